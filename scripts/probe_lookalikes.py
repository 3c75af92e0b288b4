"""Read a grid of look-alike wordings, none of them relevant, and count those the classifier flags.

Run: ``python scripts/probe_lookalikes.py [--show] [--as-texts]``.

Why: ``probe_phrasings.py`` asks whether a tracked policy's wording is read the right way round;
this asks the other question DOMAIN.md puts ("Look-alikes that must not be flagged"): whether the
same verbs and shapes, acting on something else, raise a false alarm. The things are DOMAIN.md's
look-alikes (other sanctuaries, other trusts, other detainers, other ICE, another section 287),
immigration measures outside the topics (licences, tuition, E-Verify, consultants' fraud,
heritage months), and the shield laws of other fields, which bar a state's police from helping
another government enforce its law in the very shape a sanctuary law does ("Prohibits law
enforcement agencies from assisting out-of-state investigations of abortion"). Resolutions that
urge, back or condemn another government about immigration in general are crossed with the
resolution shapes only (DOMAIN.md, "Where the line falls").

Every wording should read not relevant. Prints the count flagged by the words acting and by the
thing; ``--show`` lists every wording flagged, with the stance and topics it was given;
``--as-texts`` reads the caption wordings as a bill's text under a caption that says nothing.
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import product
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from probe_phrasings import (  # noqa: E402
    ACTORS,
    AGREEMENT_CONDITION_SHAPES,
    AGREEMENT_CONDITIONS,
    CATCHLINE_TAILS,
    FURTHERS,
    HINDERS,
    NESTED,
    OF_NOUNS,
    PUNISH_SHAPES,
    PUNISHED_OFFICIALS,
    SILENT_CAPTION,
    UNIT_MAKES,
    UNIT_UNMAKES,
    USE_ACTS,
    USE_SHAPES,
    USES,
    print_counts,
    print_listing,
    told_texts,
)

from tracker.classify import classify  # noqa: E402

# DOMAIN.md's look-alikes: the tracked words in another sense
LOOKALIKE_THINGS = (
    "Second Amendment sanctuary policies",
    "Second Amendment sanctuary counties",
    "the Second Amendment Preservation Act",
    "sanctuary cities for the unborn",
    "sanctuary protections for gender-affirming care",
    "reproductive health care sanctuary policies",
    "wildlife sanctuaries",
    "the migratory bird sanctuary",
    "national marine sanctuaries",
    "animal sanctuaries",
    "the public trust doctrine",
    "community land trusts",
    "the highway trust fund",
    "the Trust in Government Act",
    "the Interstate Agreement on Detainers",
    "forcible entry and detainer actions",
    "unlawful detainer proceedings",
    "ice rinks",
    "ice fishing on public lakes",
    "ice storm recovery",
    "internal combustion engine (ICE) vehicles",
    "section 287 of the vehicle code",
    "chapter 287 relating to workers' compensation",
    "parole violator detainers",
    "the Taxpayer Rights and Utility Spending Transparency (TRUST) Act",
    "medical freedom sanctuaries",
    "firearms carried in church sanctuaries",
    "cannabis sanctuary policies",
    # ... and sanctuaries for other amendments, other values, trust law and other groups' cards
    "Fourth Amendment sanctuary cities",
    "First Amendment sanctuary counties",
    "constitutional sanctuary county resolutions",
    "the Family Values Act",
    "the Traditional Family Values Act",
    "the Ohio Trust Code",
    "senior citizen identification cards",
    "county veteran ID cards",
    "student identification cards issued by the city",
    # ... and a place's sanctuary declared for another cause, the cause named after it
    "sanctuary ordinances for reproductive freedom",
    "sanctuary resolutions protecting gender-affirming care",
    "sanctuary declarations for wildlife",
    "sanctuary policies for medical freedom and vaccine choice",
    "the county's sanctuary resolution for gun owners",
    "senior citizen identification cards issued by the county",
)
# immigration measures outside the topics (other_immigration)
SERVICE_THINGS = (
    "driver's licenses for undocumented immigrants",
    "in-state tuition for undocumented students",
    "the use of E-Verify by private employers",
    "fraud by immigration consultants",
    "language access services for immigrant residents",
    "citizenship and naturalization classes",
    "plea advisements about immigration consequences",
    "special immigrant juvenile status findings in family court",
    "professional licenses for immigrants with work permits",
    "health coverage for undocumented children",
    "refugee resettlement programs",
    "Immigrant Heritage Month",
    "free legal help with citizenship applications",
    "grants to immigrant-owned small businesses",
    "an Office of New Americans",
)
# matters of another government a resolution may urge, back or condemn (other_immigration)
FEDERAL_MATTERS = (
    "comprehensive immigration reform",
    "Deferred Action for Childhood Arrivals",
    "Temporary Protected Status for Haitians",
    "mass deportations",
    "the conduct of federal immigration agents",
    "family separation at the border",
    "immigration raids by federal agents",
    "a path to citizenship for farmworkers",
    "the construction of a border wall",
    "more Border Patrol agents",
    "funding for immigration courts",
    "the National Guard deployment at the border",
    "reform of the nation's immigration enforcement laws",
    "the federal government's immigration enforcement laws",
)
RESOLUTION_SHAPES = (
    "Resolution supporting",
    "Resolution opposing",
    "Resolution in support of",
    "Resolution in opposition to",
    "Resolution expressing support for",
    "Resolution condemning",
    "Resolution denouncing",
    "Resolution objecting to",
    "Resolution calling for an end to",
    "Resolution urging Congress to enact",
    "Resolution urging Congress to end",
    "Memorial requesting Congress to fund",
)
# acts a shield law of another field bars or a service law sets, as (gerund, infinitive)
LOOKALIKE_ACTS = (
    ("enforcing federal firearms laws", "enforce federal firearms laws"),
    (
        "cooperating with federal agents enforcing gun regulations",
        "cooperate with federal agents enforcing gun regulations",
    ),
    (
        "assisting out-of-state investigations of abortion",
        "assist out-of-state investigations of abortion",
    ),
    (
        "sharing information about gender-affirming care with other states",
        "share information about gender-affirming care with other states",
    ),
    ("assisting federal marijuana enforcement", "assist federal marijuana enforcement"),
    (
        "honoring out-of-state subpoenas for reproductive health records",
        "honor out-of-state subpoenas for reproductive health records",
    ),
    (
        "issuing driver's licenses to undocumented immigrants",
        "issue driver's licenses to undocumented immigrants",
    ),
    (
        "granting in-state tuition to undocumented students",
        "grant in-state tuition to undocumented students",
    ),
    ("using E-Verify", "use E-Verify"),
    ("honoring detainers lodged by other states", "honor detainers lodged by other states"),
    ("filing forcible entry and detainer actions", "file forcible entry and detainer actions"),
    (
        "contracting with private prisons to house inmates",
        "contract with private prisons to house inmates",
    ),
    ("operating public ice rinks", "operate public ice rinks"),
    (
        "cooperating with federal agents enforcing vaccine mandates",
        "cooperate with federal agents enforcing vaccine mandates",
    ),
    (
        "extraditing abortion providers to other states",
        "extradite abortion providers to other states",
    ),
    ("verifying the citizenship of voters", "verify the citizenship of voters"),
    (
        "lodging probation violation detainers",
        "lodge probation violation detainers",
    ),
    # the acts of the tracked toolkits, done to someone or for something else
    ("transporting students out of the state", "transport students out of the state"),
    ("renting jail beds to other counties", "rent jail beds to other counties"),
    (
        "sharing license plate reader data with out-of-state agencies",
        "share license plate reader data with out-of-state agencies",
    ),
    (
        "providing legal representation to tenants in eviction proceedings",
        "provide legal representation to tenants in eviction proceedings",
    ),
    (
        "arresting persons suspected of unlawful entry into a dwelling",
        "arrest persons suspected of unlawful entry into a dwelling",
    ),
    ("operating juvenile detention facilities", "operate juvenile detention facilities"),
    (
        "disclosing driver's license records to private investigators",
        "disclose driver's license records to private investigators",
    ),
    # people named by their status, but their camps or a voter roll, or no status at all
    (
        "removing migrant encampments from public parks",
        "remove migrant encampments from public parks",
    ),
    ("removing noncitizens from voter rolls", "remove noncitizens from voter rolls"),
    ("arresting persons for criminal trespass", "arrest persons for criminal trespass"),
)


class Wording(NamedTuple):
    text: str
    word: str  # the words acting on the thing
    thing: str
    caption: str | None = None  # set: TEXT is the summary under this caption


def read(w: Wording):  # noqa: ANN201 - a Classification
    """A wording as a caption, or as the summary under its caption."""
    return classify(w.text) if w.caption is None else classify(w.caption, w.text)


# The shapes of a force put to use, a unit made or unmade and an official punished, with what
# has nothing to do with immigration (the rows that read them must not reach this far)
OTHER_USES = (
    "to enforce traffic laws",
    "for disaster relief",
    "to assist the FBI with drug arrests",
)
OTHER_UNITS = (
    "a task force to assist crime victims",
    "an office to coordinate services for new immigrants",
    "a unit within the Department of Public Safety to investigate human trafficking",
)
OTHER_UNMADE = ("the police department's gang unit", "the sheriff's narcotics task force")
OTHER_PUNISHED = (
    ("accept a bribe", "accepts a bribe"),
    ("disclose confidential information", "discloses confidential information"),
)


# ... and a condition before another contract, a place barred from being something else, a place
# that will cooperate on other things, a warrant before police (not ICE) enter, things handed
# over to others than ICE, proof of status asked of voters and drivers, a county's ID cards for
# others (a state's own ID cards are a family of their own, below)
OTHER_CONDITIONED = (
    "a contract for jail food services",
    "an agreement with a private prison operator to house state inmates",
    "a mutual aid agreement with a neighboring county",
)
OTHER_DECLARED = (
    "Provides that no city may be a party to a lawsuit against the state.",
    "Provides that no county may declare itself a Second Amendment sanctuary county.",
    "Resolution declaring the county a county that will cooperate with the state on road repairs",
    "Resolution declaring the city a sanctuary city for the unborn",
    "Requires a warrant before police may enter a home.",
    "Allows ice rink operators to enter a school's gym without a permit.",
    "Requires the city to hand over the keys to the ice rink.",
    "Requires police to turn evidence over to the FBI.",
    "Requires the sheriff to deliver inmates to the state prison upon sentencing.",
    "Requires the clerk to provide the council with 48 hours notice of meetings.",
    "Requires voters to provide proof of legal status when registering.",
    "Requires applicants for a driver's license to provide proof of legal status.",
    "Allows officers to detain persons they suspect are driving under the influence.",
    "Authorizes the county to issue identification cards to veterans.",
    # presence made a crime, of other people in other places
    "Makes it a crime for a person to be in the state park without a permit.",
    "Makes it a misdemeanor for a person to remain in the state capitol after closing hours.",
    "Makes it a crime for a sex offender to reside in the state without registering.",
    "Makes it a violation of state law for a person to be in the state without a valid hunting"
    " license.",
    "Makes it a crime to operate a vehicle in the state without proper documentation.",
    "Makes it a crime for a person to remain in the state hospital unlawfully.",
    # others let into a place, others taken to a border
    "Bars schools from allowing military recruiters on campus without notice.",
    "Requires the city to allow food trucks on city property.",
    "Allows police officers into the hospital without a warrant.",
    "Requires the state to transport students to the border town for the competition.",
    "Authorizes the sheriff to transport inmates to the border county jail.",
    "Provides transportation for asylum seekers to shelters.",
)


# DOMAIN.md: driver's licenses are other_immigration, and a state's own ID cards for the same
# people are the same thing (a licensing agency's card); only a city's or county's card is a
# municipal ID. Issued, allowed or barred by a state agency, in the shapes statutes use.
STATE_ID_ISSUERS = (
    "the state",
    "the Department of Motor Vehicles",
    "the Secretary of State",
    "the Department of Public Safety",
    "the Motor Vehicle Division",
)
STATE_ID_SHAPES = (
    "Requires {i} to issue {c} to {p}.",
    "Authorizes {i} to issue {c} to {p}.",
    "Allows {i} to issue {c} to {p}.",
    "Prohibits {i} from issuing {c} to {p}.",
    "An act directing {i} to issue {c} to {p}",
)
STATE_ID_CARDS = (
    "identification cards",
    "state identification cards",
    "ID cards",
    "identity documents",
    "identification cards and driver's licenses",
)
STATE_ID_HOLDERS = (
    "undocumented residents",
    "persons who cannot prove lawful presence",
    "persons not lawfully present in the United States",
    "residents regardless of immigration status",
    "illegal aliens",
    "immigrants without legal status",
)
STATE_ID_CAPTIONS = (
    "State identification cards; undocumented immigrants",
    "Identification cards for undocumented residents; Department of Motor Vehicles",
    "An act relating to state identification cards for persons without lawful status",
)


# DOMAIN.md: a resolution about federal agents' conduct is other_immigration, and federal forces
# sent to help ICE are the federal government's own (the National Guard alone, or state troopers,
# are a state's forces, which `probe_phrasings.py` reads as a tracked policy)
FEDERAL_FORCES = (
    "the deployment of federal troops",
    "the deployment of active-duty troops",
    "the use of the U.S. military",
    "the deployment of U.S. Marines",
    "the President's deployment of the National Guard",
    "the federal government's use of military personnel",
    "the Administration's deployment of troops",
)
FEDERAL_FORCE_SHAPES = (
    "Resolution opposing {f} {a}",
    "Resolution condemning {f} {a}",
    "Resolution denouncing {f} {a} in Los Angeles",
    "Resolution supporting {f} {a}",
    "Resolution calling for an end to {f} {a}",
    "Resolution urging Congress to end {f} {a}",
)
FEDERAL_DEPLOYERS = (
    "the President",
    "the federal government",
    "the Secretary of Defense",
)
FEDERAL_DEPLOY_SHAPES = (
    "Resolution condemning the decision of {d} to deploy federal troops {a}",
    "Resolution urging {d} not to deploy active-duty troops {a}",
    "Resolution opposing any plan by {d} to deploy the military {a}",
)


# DOMAIN.md: a resolution that thanks, commends or urges another government about immigration in
# general is other_immigration, its caption opened by the praise alone ("Applauding the State of
# Arizona for protecting its citizens, and calling upon the Administration to act immediately to
# enforce our Nation's immigration laws"), the call addressed to the Administration or a
# department as well as to Congress or the President
PRAISE_OPENERS = (
    "Applauding",
    "Praising",
    "Thanking",
    "Commending",
    "Honoring",
    "Recognizing",
    "Saluting",
    "A resolution applauding",
    "Expressing gratitude to",
)
PRAISED = (
    "the State of Arizona for protecting its citizens",
    "the Governor for securing the border",
    "federal immigration officers for their service",
    "the men and women of U.S. Immigration and Customs Enforcement",
)
CALLS_TO_ENFORCE = (
    ", and calling upon the Administration to act immediately to enforce our Nation's immigration"
    " laws",
    " and urging the Administration to enforce federal immigration law",
    " and calling on the Department of Homeland Security to enforce the immigration laws",
    "",
)


# The acts of enforcement a summary names (``probe_phrasings.SUMMARY_ACTS``), done by federal
# agents themselves: a resolution backing or condemning them is about the agents' conduct,
# other_immigration, though the same act named with a sheriff or a county is tracked. (Housing
# detainees is left out: a detention row reads it wherever it is, "Known limits".)
FEDERAL_AGENT_DOERS = (
    "federal agents",
    "Border Patrol agents",
    "ICE",
    "U.S. Customs and Border Protection",
    "federal immigration officers",
)
FEDERAL_AGENT_ACTS = (
    "assisting in deportations",
    "patrolling for immigration violations",
    "transporting people to ICE facilities out of state",
    "setting up immigration checkpoints",
    "making arrests for immigration violations",
    "running immigration checks on people they stop",
    "serving immigration warrants",
)
FEDERAL_AGENT_SHAPES = (
    "Resolution supporting {d} in {g}",
    "A resolution thanking {d} for {g}",
    "Resolution urging {d} to stop {g}",
    "Resolution condemning {d} for {g}",
)
# The agency's own detention facilities: the access it gives those who oversee them, and the
# facilities it builds or runs (2.66.0, 2.68.0): federal matters, with no state or locality in
# sight. ({a} the agency, {o} who oversees, {f} the facilities)
DETENTION_AGENCIES = (
    "ICE",
    "U.S. Immigration and Customs Enforcement",
    "the Department of Homeland Security",
)
OVERSEERS = ("Members of Congress", "the inspector general", "the detention ombudsman")
# (not "facilities where aliens are detained": with no rule's words, the learned model flags ten
# such wordings, docs/classifier.md "Known limits")
AGENCY_FACILITIES = ("immigration detention facilities", "immigration detention centers")
OVERSIGHT_SHAPES = (
    "Requires {a} to give {o} access to {f}.",
    "Requires {a} to permit entry by {o} to {f} for the purpose of conducting oversight.",
    "Prohibits {a} from denying {o} access to {f}.",
    "Prohibits {a} from constructing new {f}.",
    "Prohibits {a} from using federal funds to build or expand {f}.",
)

# ... and how it treats the people it holds (2.72.0): conditions of confinement, as standards
# and inspections are, not a contract to detain. ({a} the agency, {c} a condition, {f} where)
CONDITIONS = (
    "solitary confinement",
    "restrictive housing",
    "restraints on pregnant women",
    "shackling of detainees",
)
DETENTION_PLACES = ("immigration detention facilities", "immigration detention")
CONDITION_SHAPES = (
    "Limits the use of {c} in {f}.",
    "Prohibits {a} from using {c} in {f}.",
    "Requires {a} to report on the use of {c} in {f}.",
    "Requires {a} to provide adequate medical care in {f}.",
    "Sets standards for health care in {f}.",
    "Establishes reporting requirements for deaths in {f}.",
)

# ... and a memorial told by its summary under a bare caption ("Immigration" / "Urging Congress to
# enact comprehensive immigration reform"), as state digests send it
URGING_SUMMARIES = (
    "Urging Congress to enact {m}.",
    "Urges the President to end {m}.",
    "Memorializes Congress to fund {m}.",
    "Requests the federal government to address {m}.",
)
BARE_CAPTIONS = ("Immigration", "Federal immigration", "Immigration; memorial")
# ... and one about the enforcement of federal immigration law itself, no state or local part in
# it named (2.72.0): the federal government's own enforcement ({m} as in URGING_SUMMARIES)
FEDERAL_ENFORCEMENT_CALLS = (
    "Memorial urging Congress to provide for {m}.",
    "Resolution urging the federal government to ensure {m}.",
    "Requesting Congress to strengthen {m} and secure the border.",
    "Urging the President to prioritize {m}.",
    "Memorializing Congress to fund {m}.",
)
FEDERAL_ENFORCEMENT = (
    "the enforcement of federal immigration laws",
    "the enforcement of federal immigration laws at the southern border",
    "the full enforcement of federal civil immigration law",
)
FEDERAL_ENFORCEMENT_CAPTIONS = (*BARE_CAPTIONS, "Enforcement of Federal Immigration Laws")

# DOMAIN.md: services that do not touch enforcement are other_immigration, and so is the check a
# service agency makes of who may have the service (benefits, housing vouchers, Medicaid): asked,
# verified or barred from asking, it decides eligibility, not what police or jails do. (What the
# agency hands to ICE is information sharing, in ``probe_phrasings.py``.)
ELIGIBILITY_AGENCIES = (
    "the Department of Social Services",
    "state agencies",
    "the housing authority",
    "county welfare departments",
)
ELIGIBILITY_SERVICES = (
    "public assistance",
    "public benefits",
    "Medicaid",
    "housing vouchers",
    "unemployment benefits",
)
ELIGIBILITY_SHAPES = (
    "Requires {a} to verify the immigration status of applicants for {s}.",
    "Requires {a} to inquire into the immigration status of all persons applying for {s}.",
    "Prohibits {a} from inquiring into the immigration status of applicants for {s}.",
    "Prohibits {a} from asking about the immigration status of persons applying for {s}.",
    "Requires {a} to verify citizenship or immigration status before providing {s}.",
    "Requires {a} to determine the immigration status of each applicant for {s}.",
    "Requires {a} to check the immigration status of recipients of {s}.",
)
ELIGIBILITY_CAPTIONS = (
    "Social services; applications for public assistance, immigration status inquiry.",
    "Public benefits; verification of immigration status of applicants.",
    "Housing vouchers; prohibiting inquiries into an applicant's immigration status.",
)

# ... and law enforcement's access to things that are not a place's own property, or its staging
# for other ends (the "ICE-free zone" ordinances close a city's or county's own property)
OTHER_ACCESS = (
    "Limits law enforcement access to electronic data.",
    "Requires a warrant for law enforcement access to cell phone location data.",
    "Restricts law enforcement access to body-worn camera recordings.",
    "Relating to law enforcement access to the prescription drug monitoring program.",
    "Provides law enforcement access to school buildings during emergencies.",
    "Requires schools to give law enforcement access to building floor plans.",
    "Designates the city-owned parking lot as a law enforcement staging area for the parade.",
    "Approving the use of county property as a law enforcement staging area during emergencies",
    "Prohibits law enforcement access to genetic genealogy databases without a warrant.",
)

# ... arrests tied to court for other reasons, a court act of another field, and citizenship
# checked for a vote, a jury or a child's case (not of the people a jail books)
OTHER_COURT_OR_CHECK = (
    "Protect Our Courts from Foreign Manipulation Act",
    "Requires the arrest of any person who fails to appear at a court proceeding.",
    "Authorizes the arrest of persons who violate court orders while attending court proceedings.",
    "Requires the clerk to verify the citizenship of persons registering to vote.",
    "Requires jury commissioners to determine the citizenship of prospective jurors.",
    "Requires the court to determine the citizenship of a child in custody proceedings.",
    "Requires the Department of Corrections to determine the nationality of inmates eligible for"
    " prisoner transfer treaties.",
    # enforcement actions, authority and withheld funds of other fields
    "Prohibits code enforcement actions at schools during instructional hours.",
    "Limits enforcement actions against hospitals by the Department of Health.",
    "To prohibit the Department of Homeland Security from conducting cybersecurity enforcement"
    " actions at hospitals.",
    "To clarify the authority of State and local law enforcement officers to enforce traffic laws"
    " on Federal land.",
    "To clarify that States have the authority to regulate firearms.",
    "Affirms the inherent authority of counties to regulate land use.",
    "Prohibits the state from withholding funds from school districts that adopt later start"
    " times.",
    "Bars any penalty against cities that adopt renewable energy standards.",
    # names and shapes of other fields: victims, accountability, things made binding
    "Justice for Victims of Crime Act",
    "Mobilizing Against Opioids Act",
    "Resolution to hold ICE accountable for abuses at federal detention centers",
    "Makes flu vaccination mandatory for hospital workers.",
    "Makes voter identification mandatory at every polling place.",
    # agreements of a jail with others than ICE
    "Amendment No. 2 to the jail services agreement with the U.S. Marshals Service",
    "Approve an amendment to the jail medical services agreement to increase the daily rate",
    # punishments of other acts, and definitions of other sanctuaries
    "A county that adopts a Second Amendment sanctuary resolution shall be ineligible for state"
    " grants.",
    'As used in this act, "wildlife sanctuary" means land set aside to protect birds from hunting'
    " and trapping.",
)

# ... a person's status named as a ground of something other than an arrest (discrimination,
# services, plea advisements: DOMAIN.md's services that do not touch enforcement), people already
# arrested, programs that move or serve others, and room or lists for others than ICE
OTHER_STATUS_GROUNDS = (
    "Prohibits landlords from refusing to rent to a person because of the person's immigration"
    " status.",
    "Prohibits employers from discriminating against workers based on actual or perceived"
    " immigration status.",
    "Provides that a person arrested for a traffic violation shall be released on citation"
    " regardless of immigration status.",
    "Requires the court to advise a defendant that a guilty plea may affect the defendant's"
    " immigration status.",
    "Creates a refugee resettlement program to relocate refugees to other states.",
    "Prohibits schools from denying enrollment to a child because of the child's immigration"
    " status.",
    "Prohibits hospitals from denying emergency care to patients because of their immigration"
    " status.",
    "Stop Discrimination Based on Immigration Status Act",
    "Provides that no person shall be denied a marriage license because of the person's"
    " immigration status.",
    "Provides that a victim may not be detained as a material witness because of the victim's"
    " immigration status.",
    "Creates a program to provide English classes to immigrants.",
    "Appropriates $2 million for a program to help immigrants start businesses.",
    # room and lists for others than the enforcement agency (benefits, counsel, interpreters)
    "Approves the lease of office space in the county building to U.S. Citizenship and"
    " Immigration Services.",
    "Provides a room in the public library for free immigration legal clinics.",
    "Leases office space in the courthouse to the immigrant legal services nonprofit.",
    "Gives immigration attorneys a list of available interpreters.",
    # cards a local government issues to a group it names
    "Requires counties to issue identification cards to veterans.",
    "Authorizes the city to issue identification cards to employees.",
)

# DOMAIN.md: E-Verify for employers is other_immigration, whatever a digest says around it ("a
# presumption that the employer is violating immigration law", "a compliance center within ICE",
# violations reported to DHS). As captions and as the summary under bare captions.
EVERIFY_WORDINGS = (
    "Requires all employers to use E-Verify to confirm the employment eligibility of new hires;"
    " failure to use E-Verify creates a rebuttable presumption that the employer is violating"
    " immigration law.",
    "Expands the E-Verify program and requires all employers to participate; establishes a"
    " compliance inspection center within U.S. Immigration and Customs Enforcement.",
    "Requires state agencies and contractors to participate in the federal E-Verify program and"
    " report violations to the Department of Homeland Security.",
    "An act requiring employers to verify the work authorization of employees through E-Verify"
    " and providing penalties for the employment of unauthorized aliens under federal"
    " immigration law.",
    "Requires public contractors to use E-Verify; employers who knowingly employ unauthorized"
    " aliens lose their business licenses.",
)
EVERIFY_CAPTIONS = (None, "Immigration", "Employment; E-Verify")


def memorial_wordings(
    matters: tuple[str, ...], shapes: tuple[str, ...], captions: tuple[str, ...]
) -> list[Wording]:
    """Each matter in each memorial shape ({m}), as the summary under each caption."""
    return [
        Wording(shape.format(m=matter), shape.split(" {")[0], matter, caption)
        for matter in matters
        for shape in shapes
        for caption in captions
    ]


def urging_summary_wordings() -> list[Wording]:
    """A memorial to another government about immigration in general, told by its summary."""
    return memorial_wordings(FEDERAL_MATTERS, URGING_SUMMARIES, BARE_CAPTIONS)


def federal_enforcement_call_wordings() -> list[Wording]:
    """A memorial on federal enforcement itself, told by its summary (2.72.0)."""
    return memorial_wordings(
        FEDERAL_ENFORCEMENT, FEDERAL_ENFORCEMENT_CALLS, FEDERAL_ENFORCEMENT_CAPTIONS
    )


def praise_wordings() -> list[Wording]:
    """Praise of another government or its agents, with or without a call to enforce the law."""
    return [
        Wording(f"{opener} {praised}{call}", opener, praised)
        for opener in PRAISE_OPENERS
        for praised in PRAISED
        for call in CALLS_TO_ENFORCE
    ]


def federal_force_wordings() -> list[Wording]:
    """Federal forces sent to help ICE, backed or opposed: the federal government's own conduct."""
    out = [
        Wording(shape.format(f=force, a=act), shape.split(" {")[0], force)
        for force in FEDERAL_FORCES
        for act in USE_ACTS
        for shape in FEDERAL_FORCE_SHAPES
    ]
    return out + [
        Wording(shape.format(d=who, a=act), shape.split(" {")[0], who)
        for who in FEDERAL_DEPLOYERS
        for act in USE_ACTS
        for shape in FEDERAL_DEPLOY_SHAPES
    ]


def federal_agent_act_wordings() -> list[Wording]:
    """Federal agents' own acts of enforcement, backed, thanked, urged to stop or condemned: the
    federal government's conduct, with no state or locality in sight (2.65.0)."""
    return [
        Wording(shape.format(d=doer, g=act), shape.split(" {")[0], act)
        for doer in FEDERAL_AGENT_DOERS
        for act in FEDERAL_AGENT_ACTS
        for shape in FEDERAL_AGENT_SHAPES
    ]


def shape_grid(shapes: tuple[str, ...], thing: str, **choices: tuple[str, ...]) -> list[Wording]:
    """Every shape filled with every combination of CHOICES (one tuple per placeholder), the
    THING placeholder's value the thing acted on; a placeholder a shape leaves out takes only its
    first choice, so each shape comes once for what it does not name."""
    out: list[Wording] = []
    for values in product(*choices.values()):
        fill = dict(zip(choices, values, strict=True))
        for shape in shapes:
            if any(f"{{{k}}}" not in shape and v != choices[k][0] for k, v in fill.items()):
                continue
            out.append(Wording(shape.format(**fill), shape.split(" {")[0], fill[thing]))
    return out


def agency_facility_wordings() -> list[Wording]:
    """The agency's own detention facilities, overseen, built or expanded (2.66.0, 2.68.0)."""
    return shape_grid(OVERSIGHT_SHAPES, "f", a=DETENTION_AGENCIES, o=OVERSEERS, f=AGENCY_FACILITIES)


def condition_wordings() -> list[Wording]:
    """How the agency treats the people it holds (2.72.0)."""
    return shape_grid(CONDITION_SHAPES, "f", a=DETENTION_AGENCIES, c=CONDITIONS, f=DETENTION_PLACES)


def state_id_wordings() -> list[Wording]:
    """A state's ID cards for the undocumented: a licence, not a municipal ID."""
    out = [
        Wording(shape.format(i=issuer, c=card, p=holder), shape.split(" {")[0], issuer)
        for issuer in STATE_ID_ISSUERS
        for shape in STATE_ID_SHAPES
        for card in STATE_ID_CARDS
        for holder in STATE_ID_HOLDERS
    ]
    return out + [Wording(text, "caption", "a state's ID cards") for text in STATE_ID_CAPTIONS]


def eligibility_wordings() -> list[Wording]:
    """A service agency checking, or barred from checking, who may have the service."""
    out = [
        Wording(shape.format(a=agency, s=service), shape.split(" {")[0], service)
        for agency in ELIGIBILITY_AGENCIES
        for service in ELIGIBILITY_SERVICES
        for shape in ELIGIBILITY_SHAPES
    ]
    return out + [
        Wording(text, "caption", "eligibility for a service") for text in ELIGIBILITY_CAPTIONS
    ]


def everify_wordings() -> list[Wording]:
    """E-Verify required of employers, as a caption and as the summary under a bare one."""
    return [
        Wording(text, "E-Verify", "E-Verify for employers", caption)
        for text in EVERIFY_WORDINGS
        for caption in EVERIFY_CAPTIONS
    ]


def other_shape_wordings() -> list[Wording]:
    """A force put to use, a unit made or unmade, an official punished: for other ends."""
    out = [
        Wording(shape.format(u=use, a=act), shape, act)
        for use in USES
        for act in OTHER_USES
        for shape, _hinders in USE_SHAPES
    ]
    out += [Wording(f"{verb} {unit}.", verb, unit) for verb in UNIT_MAKES for unit in OTHER_UNITS]
    out += [
        Wording(f"{verb} {unit}.", verb, unit) for verb in UNIT_UNMAKES for unit in OTHER_UNMADE
    ]
    out += [
        Wording(shape.format(o=official, i=act, j=act3), shape, act)
        for official in PUNISHED_OFFICIALS
        for act, act3 in OTHER_PUNISHED
        for shape in PUNISH_SHAPES
    ]
    out += [
        Wording(shape.format(c=condition, t=contract), shape, contract)
        for contract in OTHER_CONDITIONED
        for condition in AGREEMENT_CONDITIONS
        for shape, _adds in AGREEMENT_CONDITION_SHAPES
    ]
    out += [Wording(text, "declares", text) for text in OTHER_DECLARED]
    out += [Wording(text, "access", text) for text in OTHER_ACCESS]
    out += [Wording(text, "court or check", text) for text in OTHER_COURT_OR_CHECK]
    out += [Wording(text, "status as a ground", text) for text in OTHER_STATUS_GROUNDS]
    return out


def wordings() -> list[Wording]:
    """Every wording of the grid; none is relevant by DOMAIN.md."""
    out: list[Wording] = []
    for thing in (*LOOKALIKE_THINGS, *SERVICE_THINGS):
        for third, gerund in (*HINDERS, *FURTHERS):
            for text in (
                f"An act that {third} {thing}",
                f"Ordinance {gerund} {thing}",
                f"Resolution {gerund} {thing}",
            ):
                out.append(Wording(text, third, thing))
        for words, _turns in (*NESTED, *OF_NOUNS):
            out.append(Wording(f"{words} {thing}", words, thing))
        for words in RESOLUTION_SHAPES:
            out.append(Wording(f"{words} {thing}", words, thing))
        for tail, _turns in CATCHLINE_TAILS:
            out.append(Wording(f"{thing[0].upper()}{thing[1:]}; {tail}", f"; {tail}", thing))
        out.append(Wording(f"An act that exempts the county from {thing}", "exempts", thing))
    for matter in FEDERAL_MATTERS:
        for words in RESOLUTION_SHAPES:
            out.append(Wording(f"{words} {matter}", words, matter))
    for gerund, infinitive in LOOKALIKE_ACTS:
        for actor in ACTORS:
            for text, word, _turns in told_texts(actor, gerund, infinitive):
                out.append(Wording(text, word, gerund))
            out.append(Wording(f"Penalizes {actor} for {gerund}.", "Penalizes", gerund))
    return (
        out
        + other_shape_wordings()
        + state_id_wordings()
        + federal_force_wordings()
        + federal_agent_act_wordings()
        + agency_facility_wordings()
        + condition_wordings()
        + praise_wordings()
        + urging_summary_wordings()
        + federal_enforcement_call_wordings()
        + eligibility_wordings()
        + everify_wordings()
    )


def main(argv: list[str]) -> int:
    rows = wordings()
    texts = "--as-texts" in argv
    if texts:
        rows = [w for w in rows if w.caption is None]
    by_word: Counter[str] = Counter()
    by_thing: Counter[str] = Counter()
    shown: list[str] = []
    for w in rows:
        result = classify(SILENT_CAPTION, None, w.text) if texts else read(w)
        if not result.relevant:
            continue
        by_word[w.word] += 1
        by_thing[w.thing] += 1
        shown.append(f"{result.stance:11}  {','.join(result.topics):28}  {w.text}")
    print(f"{len(rows)} wordings, {len(rows) - len(shown)} read not relevant, {len(shown)} flagged")
    print_counts((("by the words acting", by_word), ("by the thing acted on", by_thing)))
    if "--show" in argv:
        print_listing("flagged", shown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
