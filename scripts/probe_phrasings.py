"""Read a grid of plain phrasings of the tracked policies and count the stances it gets wrong.

Run: ``python scripts/probe_phrasings.py [--show] [--triggers] [--as-texts]``.

Why: the labeled data shows how the measures it holds are worded; it cannot show how the
classifier reads a wording none of them uses. The grid crosses things a measure acts on
(enforcement tools a state or locality runs or helps, and sanctuary policies) with words that
further or hinder them ("requires", "authorizes"; "forbids", "preempts", "repeals"), in three
caption shapes, plus double negatives ("repeals the ban on …"), exemptions and resolutions that
back or oppose. What each should read follows DOMAIN.md ("stance follows what a measure does"):
furthering an enforcement tool is restrictive and hindering it protective, the other way round
for a sanctuary policy, and each hindering word turns the side over.

The figures are a map of blind spots, not a score: real measures seldom use most of these wordings,
and a rule written for every cell did not help on the held-out part (docs/classifier-history.md,
"Phrasings no row names"). Prints the wrong and not-relevant counts by word and by thing acted on;
``--show`` lists every phrasing read wrong; ``--as-texts`` reads the caption phrasings as a bill's
text under a caption that says nothing, as a spider hands over a bill whose title is bare.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.classify import classify  # noqa: E402

# furthering these is restrictive
ENFORCEMENT_TOOLS = (
    "287(g) agreements with Immigration and Customs Enforcement",
    "cooperation with federal immigration authorities",
    "compliance with immigration detainers",
    "honoring ICE detainer requests",
    "sharing information with federal immigration authorities",
    "local enforcement of federal immigration law",
    "immigration status checks by police during traffic stops",
    "contracts with ICE to detain immigrants in the county jail",
    "state crimes of illegal entry",
    "a state program transporting unauthorized aliens out of the state",
    "the use of county resources to assist ICE",
    # ... named by the people it takes (2.73.0)
    "the use of city resources for the apprehension of undocumented immigrants",
    # ... a local place put to the agency's detention (2.74.0)
    "the use of the county jail for ICE detention",
    "immigration status verification by landlords",
    "the Warrant Service Officer program",
    "ICE access to county jails",
    "intergovernmental service agreements with ICE",
    "immigration holds",
    "notifying ICE of inmates' release dates",
    "police inquiries into immigration status",
    "the sheriff's immigration enforcement unit",
    # a measure aimed at sanctuary places, named by what it targets
    "the executive order targeting sanctuary cities",
    "the federal law aimed at sanctuary jurisdictions",
    "the state's crackdown on sanctuary cities",
)
# furthering these is protective
SANCTUARY_POLICIES = (
    "sanctuary policies",
    "sanctuary city ordinances",
    "policies that limit cooperation with federal immigration authorities",
    "limits on honoring immigration detainers",
    "policies restricting information sharing with ICE",
    "the Trust Act",
    "the state's sanctuary law",
    # a welcoming or ICE-free policy by its name (DOMAIN.md: a named policy carries its topic)
    "welcoming city ordinances",
    "the ICE-Free Schools Act",
    "the municipal ID program",
    "public legal defense for immigrants facing deportation",
    "U visa certification for crime victims",
    "limits on ICE access to county jails",
    "the county's policy against honoring ICE detainers",
    # ... its owner named at length
    "the State of California's sanctuary laws",
)
# (third person, gerund)
HINDERS = (
    ("prohibits", "prohibiting"),
    ("bans", "banning"),
    ("repeals", "repealing"),
    ("ends", "ending"),
    ("restricts", "restricting"),
    ("limits", "limiting"),
    ("bars", "barring"),
    ("forbids", "forbidding"),
    ("preempts", "preempting"),
)
FURTHERS = (
    ("requires", "requiring"),
    ("authorizes", "authorizing"),
    ("allows", "allowing"),
    ("mandates", "mandating"),
    ("expands", "expanding"),
    ("establishes", "establishing"),
    ("encourages", "encouraging"),
    ("permits", "permitting"),
)
# (words before the thing, how many times they turn it over)
NESTED = (
    ("An act that repeals the prohibition on", 2),
    ("An act that repeals the ban on", 2),
    ("An act that repeals the requirement for", 1),
)
# Time, money and the courts: what a measure does to a thing's clock, its budget or its case
# in court goes the way of the verb, as "repeals" or "expands" does
# (words before the thing, how many times they turn it over, words after it)
TIME_MONEY_COURTS = (
    ("An act that delays the effective date of", 1, ""),
    ("An act that extends the sunset date of", 0, ""),
    ("An act that allows", 1, " to expire"),
    ("An act that removes the sunset provision from", 0, ""),
    ("An act that cuts funding for", 1, ""),
    ("An act that increases funding for", 0, ""),
    ("An act that defunds", 1, ""),
    ("Resolution authorizing the city attorney to challenge", 1, " in court"),
    ("Resolution directing the attorney general to defend", 0, " in court"),
    ("Resolution joining litigation to block", 1, ""),
    ("Resolution supporting the legal challenge to", 1, ""),
    # made binding or left to choice: "To make 287(g) agreements mandatory"
    ("An act that makes", 0, " mandatory"),
    ("An act that makes", 1, " optional"),
    # ... or said to be so: "Provides that compliance with immigration detainers is voluntary"
    ("Provides that", 0, " shall be mandatory"),
    ("Provides that", 1, " shall be voluntary"),
)
RESOLUTIONS = (
    ("Resolution supporting", 0),
    ("Resolution opposing", 1),
    ("Resolution urging the legislature to reject", 1),
    ("Resolution urging the governor to sign a bill expanding", 0),
    # how councils and legislatures word backing and opposition
    ("Resolution in support of", 0),
    ("Resolution expressing support for", 0),
    ("A resolution affirming", 0),
    ("A resolution reaffirming the city's commitment to", 0),
    ("Resolution endorsing", 0),
    ("Resolution calling on the legislature to strengthen", 0),
    ("Memorial requesting Congress to fund", 0),
    ("Resolution directing the city manager to implement", 0),
    ("Resolution in opposition to", 1),
    ("Resolution expressing opposition to", 1),
    ("Resolution denouncing", 1),
    ("Resolution condemning", 1),
    ("Resolution objecting to", 1),
    ("Resolution deploring", 1),
    ("Resolution protesting", 1),
    ("Resolution decrying", 1),
    ("Resolution calling for an end to", 1),
    ("Resolution calling on the sheriff to end", 1),
    ("Resolution requesting the governor to veto a bill expanding", 1),
    ("Resolution urging the county to withdraw from", 1),
    ("Resolution requesting the county to discontinue", 1),
    ("Resolution calling on the legislature to repeal", 1),
    # regret and concern oppose; celebration and solidarity back
    ("Resolution disapproving", 1),
    ("Resolution expressing concern about", 1),
    ("Resolution regretting", 1),
    ("Resolution asking the county to reconsider", 1),
    ("Resolution celebrating the passage of", 0),
    ("Resolution standing with", 0),
    ("Resolution in solidarity with", 0),
    # opposing words stacked on one object are one opposition, not two that cancel
    ("Resolution denouncing and opposing", 1),
    ("Resolution strongly opposing and rejecting", 1),
    ("Resolution condemning, denouncing and opposing", 1),
)
# Opposing an undoing backs the thing; opposing its growth, or backing its undoing, opposes it
# (DOMAIN.md: stance follows what the measure does): two turns cancel
DOUBLE_TURNS = (
    ("Resolution opposing the repeal of", 0),
    ("Resolution opposing efforts to repeal", 0),
    ("Resolution opposing any attempt to end", 0),
    ("Resolution urging the Governor to veto legislation repealing", 0),
    ("Resolution urging the legislature to reject any bill that would repeal", 0),
    ("Resolution condemning the elimination of", 0),
    ("Resolution opposing the termination of", 0),
    ("Resolution opposing cuts to", 0),
    ("Resolution opposing any weakening of", 0),
    ("Resolution opposing the defunding of", 0),
    ("Resolution opposing a delay of", 0),
    # ... and a ban opposed: "opposing the ban on sanctuary policies" backs them
    ("Resolution opposing the ban on", 0),
    ("Resolution opposing the bill banning", 0),
    ("Resolution opposing any legislation that would prohibit", 0),
    ("Resolution opposing the expansion of", 1),
    ("Resolution opposing legislation to expand", 1),
    ("Resolution urging the Governor to veto the bill extending", 1),
    ("Resolution supporting the repeal of", 1),
    ("Resolution in support of legislation to end", 1),
)
# ... and in other words: opposing an undoing by any name ("any rollback of", "the rescission
# of", "efforts to overturn") backs the thing; backing one opposes it. Urging that it be kept
# ("maintain", "uphold", "retain") backs it; opposing its renewal, extension or reinstatement
# opposes it.
UNDONE_OR_KEPT = (
    ("Resolution opposing any rollback of", 0),
    ("Resolution opposing efforts to roll back", 0),
    ("Resolution opposing efforts to weaken", 0),
    ("Resolution opposing attempts to gut", 0),
    ("Resolution opposing efforts to undermine", 0),
    ("Resolution opposing the dismantling of", 0),
    ("Resolution opposing any erosion of", 0),
    ("Resolution opposing the rescission of", 0),
    ("Resolution opposing the revocation of", 0),
    ("Resolution opposing efforts to overturn", 0),
    ("Resolution opposing the suspension of", 0),
    ("Resolution opposing any attempt to abolish", 0),
    ("Resolution opposing legislation that would nullify", 0),
    ("Resolution supporting efforts to roll back", 1),
    ("Resolution supporting the rescission of", 1),
    ("Resolution supporting the dismantling of", 1),
    ("Resolution urging the legislature to preserve", 0),
    ("Resolution urging the legislature to protect", 0),
    ("Resolution urging the county to maintain", 0),
    ("Resolution urging the state to uphold", 0),
    ("Resolution urging the council to retain", 0),
    ("Resolution opposing any strengthening of", 1),
    ("Resolution opposing the renewal of", 1),
    ("Resolution opposing the extension of", 1),
    ("Resolution supporting the renewal of", 0),
    ("Resolution opposing the continuation of", 1),
    ("Resolution opposing the adoption of", 1),
    ("Resolution opposing the reinstatement of", 1),
    ("Resolution supporting the reinstatement of", 0),
    ("Resolution supporting the restoration of", 0),
    ("Resolution opposing the restoration of", 1),
    # kept as it is: "opposing any changes to …", "any rollback in …"
    ("Resolution opposing any changes to", 0),
    ("Resolution opposing any rollback in", 0),
)
OTHER = {"protective": "restrictive", "restrictive": "protective"}

# Ended, or kept, in other words, with what is ended named: a ban, a moratorium, an executive order,
# a designation, a duty, a program (DOMAIN.md: repealing a ban on sanctuary policies is
# protective). (what is named, the side of keeping it)
ENDED_THINGS = (
    ("the moratorium on 287(g) agreements", "protective"),
    ("the moratorium on immigration detention contracts", "protective"),
    ("the state's ban on sanctuary cities", "restrictive"),
    ("the ban on 287(g) agreements", "protective"),
    ("the governor's executive order limiting cooperation with ICE", "protective"),
    ("the executive order requiring state agencies to cooperate with ICE", "restrictive"),
    ("the city's designation as a sanctuary city", "protective"),
    ("the requirement that jails honor ICE detainers", "restrictive"),
    ("the county's contract with ICE to house immigration detainees", "restrictive"),
    ("the 287(g) program", "restrictive"),
    ("cooperation with ICE", "restrictive"),
    ("the sheriff's policy of declining ICE detainers", "protective"),
)
ENDS = (
    "Ends",
    "Terminates",
    "Revokes",
    "Rescinds",
    "Sunsets",
    "Cancels",
    "Phases out",
    "Winds down",
    "Scales back",
    "Rolls back",
    "Eliminates",
)
# ... or put off: what is delayed is opposed as what is ended (2.74.0)
DELAYS = (
    "Delays the effective date of",
    "Postpones the implementation of",
    "Delays enforcement of",
    "Defers the implementation of",
)
# ... and a limit or a punishment lessened: (the thing, its side) the measure weakens (2.74.0)
LESSENED_THINGS = (
    ("the penalties for sanctuary cities", "restrictive"),
    ("the fines imposed on sanctuary jurisdictions", "restrictive"),
    ("the penalties for local officials who limit cooperation with ICE", "restrictive"),
    ("the restrictions on honoring ICE detainers", "protective"),
    ("the limits on cooperation with ICE", "protective"),
    ("the restrictions on 287(g) agreements", "protective"),
)
LESSENS = ("Reduces", "Eases", "Loosens", "Lessens")
# (verb, whether it is said only of a tool furthered: "steps up cooperation with ICE")
KEEPS = (
    ("Steps up", True),
    ("Ramps up", True),
    ("Bolsters", True),
    ("Enhances", True),
    ("Makes permanent", False),
    ("Continues", False),
    ("Extends", False),
)
# A state or local force taking people for their status itself (DOMAIN.md: state enforcement,
# "state transport or detention programs"): told, funded or barred. Read as the summary under a
# bare caption; each should carry state_enforcement. ((infinitive, gerund), the forces)
STATE_TAKES = (
    ("arrest illegal aliens", "arresting illegal aliens"),
    (
        "detain migrants in state-run detention facilities",
        "detaining migrants in state-run detention facilities",
    ),
    ("apprehend undocumented immigrants", "apprehending undocumented immigrants"),
    ("deport illegal aliens", "deporting illegal aliens"),
    ("remove unauthorized aliens from the state", "removing unauthorized aliens from the state"),
    ("jail migrants for criminal trespass", "jailing migrants for criminal trespass"),
    ("detain and deport illegal immigrants", "detaining and deporting illegal immigrants"),
    ("arrest migrants crossing the border", "arresting migrants crossing the border"),
    # a state's transport or removal program (DOMAIN.md: state transport programs)
    (
        "transport migrants who entered illegally to the border",
        "transporting migrants who entered illegally to the border",
    ),
    ("return illegal aliens to the border", "returning illegal aliens to the border"),
    (
        "remove aliens convicted of a crime to the border",
        "removing aliens convicted of a crime to the border",
    ),
    ("relocate migrants to other states", "relocating migrants to other states"),
    ("bus migrants to sanctuary cities", "busing migrants to sanctuary cities"),
)
STATE_FORCES = (
    "the Department of Public Safety",
    "the state",
    "state police",
    "the National Guard",
    "county sheriffs",
)
# (shape, whether it bars the act) with {a} the force, {A} capitalized, {i} and {g} the act
STATE_TAKES_SHAPES = (
    ("Authorizes {a} to {i}.", False),
    ("Requires {a} to {i}.", False),
    ("Creates a program for {a} to {i}.", False),
    ("Appropriates funds for {a} to {i}.", False),
    ("Prohibits {a} from {g}.", True),
    ("Bars {a} from {g}.", True),
    ("{A} may not {i}.", True),
)
# An agenda item on an agreement with ICE (county boards approve, renew, amend or end 287(g)
# agreements and detention contracts as consent items): its yes furthers the agreement
# (restrictive), its no ends it (protective). ({o} the agreement)
AGENDA_AGREEMENTS = (
    "the 287(g) agreement with ICE",
    "the Memorandum of Agreement with U.S. Immigration and Customs Enforcement under section"
    " 287(g)",
    "the intergovernmental service agreement with ICE",
    "the IGSA with U.S. Immigration and Customs Enforcement",
    "the ICE detention contract",
    "the contract with ICE to house immigration detainees",
    "the Sheriff's 287(g) Task Force Model agreement",
    "the agreement to rent jail beds to ICE",
    "the jail services agreement with ICE",
    # the agency named after the people housed (2.74.0)
    "the agreement for housing of federal detainees with U.S. Marshals Service and ICE",
)
# (shape, whether it ends the agreement)
AGENDA_SHAPES = (
    ("Approve {o}", False),
    ("Authorize the Chair to sign {o}", False),
    ("Ratify {o}", False),
    ("Approve the renewal of {o}", False),
    ("Approve extending {o} for one year", False),
    ("Approve an amendment to {o} to increase the daily bed rate", False),
    # the item named by what it is, as agendas list them
    ("Amendment to {o} to increase the daily bed rate", False),
    ("Amendment No. 3 to {o}", False),
    ("Consider approval of {o}", False),
    ("Ratify the Sheriff's execution of {o}", False),
    ("Approve a one-year extension of {o}", False),
    ("Renew {o}", False),
    ("Deny {o}", True),
    ("Reject {o}", True),
    ("Deny the renewal of {o}", True),
    ("Decline to renew {o}", True),
    ("Approve the withdrawal of the County from {o}", True),
    ("Approve the non-renewal of {o}", True),
    ("Approve termination of {o}", True),
    ("Authorize the Sheriff to terminate {o}", True),
    ("Approve the cancellation of {o}", True),
    ("Disapprove {o}", True),
    ("Do not renew {o}", True),
)
# The list of offenses a condition names (DOMAIN.md: "a list of offenses" before a jail may honor
# a detainer is a condition): widened, the condition loosens (restrictive); narrowed, it
# tightens (protective). Read as the summary under a bare caption. ({a} what the list allows)
LISTED_ACTS = (
    "local law enforcement may honor an immigration detainer",
    "a jail may notify ICE of an inmate's release date",
    "a person may be transferred to ICE custody",
    "officers may cooperate with federal immigration authorities",
    "the sheriff may hold a person on an ICE detainer",
)
LIST_SHAPES = (
    ("Expands the list of offenses for which {a}.", "restrictive"),
    ("Adds offenses to the list of crimes for which {a}.", "restrictive"),
    ("Adds misdemeanors to the offenses for which {a}.", "restrictive"),
    ("Increases the number of offenses for which {a}.", "restrictive"),
    ("Broadens the categories of crimes for which {a}.", "restrictive"),
    ("Narrows the list of offenses for which {a}.", "protective"),
    ("Removes offenses from the list of crimes for which {a}.", "protective"),
    ("Reduces the number of offenses for which {a}.", "protective"),
    ("Limits the offenses for which {a} to serious or violent felonies.", "protective"),
    ("Restricts the categories of crimes for which {a}.", "protective"),
)
# The thing first, then what is done to it in the passive, as statutes and summaries often say it
# ("Sanctuary policies are prohibited", "Immigration detainers shall be honored", "A 287(g)
# agreement is void"), read as the summary under a bare caption. (subject, its side, what it is:
# "detainer", "data", "agreement" or "other", which decides the verbs it takes)
PASSIVE_SUBJECTS = (
    ("Immigration detainers", "restrictive", "detainer"),
    ("An immigration detainer request", "restrictive", "detainer"),
    ("ICE detainer requests", "restrictive", "detainer"),
    ("A request from ICE for notification of an inmate's release date", "restrictive", "detainer"),
    ("287(g) agreements", "restrictive", "agreement"),
    ("A 287(g) agreement", "restrictive", "agreement"),
    ("Contracts with ICE to detain immigrants", "restrictive", "agreement"),
    ("Information about an inmate's release date", "restrictive", "data"),
    ("Personal information", "restrictive", "data"),
    ("Civil immigration arrests at courthouses", "restrictive", "other"),
    ("Access to county jails by ICE agents", "restrictive", "other"),
    ("Immigration detention contracts", "restrictive", "agreement"),
    ("Sanctuary policies", "protective", "policy"),
    ("A sanctuary policy", "protective", "policy"),
    (
        "Policies that limit cooperation with federal immigration authorities",
        "protective",
        "policy",
    ),
)
# (the verb, plural and singular, how many times it turns the thing over, the kinds it is said of;
# "" for all but data)
PASSIVE_VERBS = (
    ("are prohibited", "is prohibited", 1, ""),
    ("are banned", "is banned", 1, ""),
    ("are void and unenforceable", "is void and unenforceable", 1, ""),
    ("are hereby rescinded", "is hereby rescinded", 1, ""),
    ("are required", "is required", 0, ""),
    ("are authorized", "is authorized", 0, ""),
    ("shall not be honored", "shall not be honored", 1, "detainer"),
    ("may not be honored", "may not be honored", 1, "detainer"),
    ("shall be honored", "shall be honored", 0, "detainer"),
    ("must be honored", "must be honored", 0, "detainer"),
    ("shall not be entered into", "shall not be entered into", 1, "agreement"),
    ("may not be renewed", "may not be renewed", 1, "agreement"),
    ("shall be terminated", "shall be terminated", 1, "agreement"),
    ("shall not be shared with ICE", "shall not be shared with ICE", 1, "data"),
    ("shall be shared with ICE", "shall be shared with ICE", 0, "data"),
    (
        "shall be provided to federal immigration authorities",
        "shall be provided to federal immigration authorities",
        0,
        "data",
    ),
    ("shall not be enforced", "shall not be enforced", 1, "policy"),
    ("shall be enforced", "shall be enforced", 0, "policy"),
)
# Short titles named for what the act does to its object: "No Sanctuary Cities Act", "287(g)
# Prohibition Act", "ICE Cooperation Restoration Act". (the object as a title names it, its side,
# the topics it may carry: any one will do)
SHORT_NAMES = (
    ("Sanctuary Cities", "protective", ("sanctuary", "anti_sanctuary")),
    ("Sanctuary Policies", "protective", ("sanctuary", "anti_sanctuary")),
    ("Sanctuary State", "protective", ("sanctuary", "anti_sanctuary")),
    ("Sanctuary Jurisdictions", "protective", ("sanctuary", "anti_sanctuary")),
    ("287(g)", "restrictive", ("287g",)),
    ("287(g) Agreements", "restrictive", ("287g",)),
    ("ICE Detainers", "restrictive", ("detainers",)),
    ("Immigration Detainers", "restrictive", ("detainers",)),
    ("ICE Cooperation", "restrictive", ("anti_sanctuary", "sanctuary")),
    ("Immigration Detention Contracts", "restrictive", ("detention_contracts",)),
    ("Courthouse Immigration Arrests", "restrictive", ("ice_access",)),
    ("Immigration Status Checks", "restrictive", ("state_enforcement", "info_sharing")),
    ("ICE Raids at Schools", "restrictive", ("ice_access",)),
)
# (style, how many times it turns the object over, which objects it is said of: any, sanctuary
# policies only, tools of enforcement only)
NAME_STYLES = (
    ("No {t} Act", 1, "any"),
    ("Stop {t} Act", 1, "any"),
    ("End {t} Act", 1, "any"),
    ("{t} Ban Act", 1, "any"),
    ("{t} Prohibition Act", 1, "any"),
    ("Ban {t} Act", 1, "any"),
    ("{t} Repeal Act", 1, "any"),
    ("Abolish {t} Act", 1, "any"),
    ("Restrict {t} Act", 1, "any"),
    ("Limit {t} Act", 1, "any"),
    ("{t} Restoration Act", 0, "any"),
    ("{t} Expansion Act", 0, "any"),
    ("Expand {t} Act", 0, "any"),
    ("Restore {t} Act", 0, "any"),
    ("An Act banning {t}", 1, "any"),
    ("An Act to end {t}", 1, "any"),
    ("An Act to prohibit {t}", 1, "any"),
    # its money cut off
    ("No Bailout for {t} Act", 1, "any"),
    ("No Tax Dollars for {t} Act", 1, "any"),
    ("Protect {t} Act", 0, "policies"),
    ("{t} Protection Act", 0, "policies"),
    # a policy held to account is restricted: "Sanctuary City Accountability Act"
    ("{t} Accountability Act", 1, "policies"),
    # "Immigration Detainer Compliance Act"
    ("{t} Compliance Act", 0, "tools"),
)
# ... and named inside a resolution that backs or opposes the act (a name that says what the act
# does, after "the"). (shape, how many times it turns the act over)
NAMED_INSIDE_SHAPES = (
    ("Resolution urging Congress to pass the {n}", 0),
    ("Resolution opposing the {n}", 1),
)

# Exemptions and exceptions (DOMAIN.md: "exempting a place from a state's sanctuary law is
# restrictive"): a way out of a law goes against the law's side; narrowing the way out, or
# widening where the law applies, goes with it. (law, its side)
EXEMPTED_LAWS = (
    ("the state's ban on sanctuary policies", "restrictive"),
    ("the prohibition on honoring immigration detainers", "protective"),
    ("the requirement to honor ICE detainers", "restrictive"),
    ("the ban on 287(g) agreements", "protective"),
    ("the Trust Act", "protective"),
    ("the state's sanctuary law", "protective"),
    ("the state's anti-sanctuary law", "restrictive"),
    ("the requirement that jails notify ICE of release dates", "restrictive"),
    ("the prohibition on sharing information with ICE", "protective"),
    ("the ban on immigration detention contracts", "protective"),
    ("the mandate that sheriffs enter into 287(g) agreements", "restrictive"),
)
# (shape, whether it turns the law over) with {l} the law, {w} who is let out or brought in, {p}
# the people an exception names
EXEMPTION_SHAPES = (
    ("Exempts {w} from {l}.", True),
    ("Creates an exception to {l} for {p}.", True),
    ("Adds exceptions to {l} for {p}.", True),
    ("Expands the exceptions to {l}.", True),
    ("Provides that {l} does not apply to {p}.", True),
    ("Makes {l} inapplicable to {w}.", True),
    ("Waives {l} for {w}.", True),
    ("Suspends enforcement of {l}.", True),
    ("Excludes {p} from {l}.", True),
    ("Narrows the exceptions to {l}.", False),
    # ... the exceptions in or under it (2.75.0)
    ("Expands the exceptions in {l}.", True),
    ("Adds exceptions under {l} for {p}.", True),
    ("Narrows the exceptions in {l}.", False),
    ("Eliminates the exemptions under {l}.", False),
    ("Removes the exemption for {w} from {l}.", False),
    ("Extends {l} to {w}.", False),
    ("Applies {l} to {w}.", False),
)
EXEMPTED = ("counties with populations under 50,000", "school districts")
EXCEPTED = ("persons convicted of violent felonies", "juveniles")

# Catch-line captions name the thing and then the verb as a participle or noun ("Sanctuary
# policies; prohibited", "Immigration detainers; compliance required")
CATCHLINE_TAILS = (
    ("prohibited", 1),
    ("prohibition", 1),
    ("ban", 1),
    ("repeal", 1),
    ("restrictions", 1),
    ("limitations", 1),
    ("required", 0),
    ("mandated", 0),
    ("authorized", 0),
    ("authorization", 0),
    ("expanded", 0),
)
# and the verb as a noun with "of": "Relating to the repeal of …"
OF_NOUNS = (
    ("Relating to the repeal of", 1),
    ("Relating to the prohibition of", 1),
    ("Relating to the expansion of", 0),
    ("Relating to the authorization of", 0),
)

# Summaries name the government a measure binds, then what it must, may or may not do:
# "Prohibits local governments from declining immigration detainer requests".
ACTORS = ("local governments", "counties and cities", "law enforcement agencies")
# ... and by other names: one office, a state department, a body of officers (read in a third of
# the shapes, every third in order, which spreads over every kind of verb; only the shapes that
# name the government after their verb, since "No the sheriff may" is no English)
MORE_ACTORS = (
    "the sheriff",
    "the department of corrections",
    "state agencies",
    "the county jail",
    "peace officers",
    "state and local law enforcement agencies",
)
# acts that help enforcement (doing them is restrictive), as (gerund, infinitive)
ENFORCEMENT_ACTS = (
    ("entering into 287(g) agreements", "enter into 287(g) agreements"),
    ("honoring immigration detainers", "honor immigration detainers"),
    ("complying with ICE detainer requests", "comply with ICE detainer requests"),
    (
        "sharing information with federal immigration authorities",
        "share information with federal immigration authorities",
    ),
    ("enforcing federal immigration law", "enforce federal immigration law"),
    (
        "cooperating with federal immigration authorities",
        "cooperate with federal immigration authorities",
    ),
    ("inquiring about immigration status", "inquire about immigration status"),
    ("detaining persons for ICE", "detain persons for ICE"),
    ("contracting with ICE to house detainees", "contract with ICE to house detainees"),
    (
        "using public resources to assist immigration enforcement",
        "use public resources to assist immigration enforcement",
    ),
    ("notifying ICE of an inmate's release date", "notify ICE of an inmate's release date"),
    ("granting ICE access to jails", "grant ICE access to jails"),
    # detention contracts, access and data by their plainest words
    ("renting jail beds to ICE", "rent jail beds to ICE"),
    (
        "entering into intergovernmental service agreements to detain immigrants",
        "enter into intergovernmental service agreements to detain immigrants",
    ),
    (
        "operating private immigration detention facilities",
        "operate private immigration detention facilities",
    ),
    (
        "making civil immigration arrests at courthouses",
        "make civil immigration arrests at courthouses",
    ),
    (
        "sharing license plate reader data with ICE",
        "share license plate reader data with ICE",
    ),
    (
        "disclosing driver's license records to immigration authorities",
        "disclose driver's license records to immigration authorities",
    ),
    # a state or locality enforcing immigration law itself
    (
        "arresting persons suspected of illegal entry into the state",
        "arrest persons suspected of illegal entry into the state",
    ),
    ("transporting migrants out of the state", "transport migrants out of the state"),
    ("verifying the immigration status of tenants", "verify the immigration status of tenants"),
    (
        "ordering unauthorized aliens to return to a foreign nation",
        "order unauthorized aliens to return to a foreign nation",
    ),
    # the act behind a layer of means: what the money or the rule is for decides
    (
        "using public funds to assist ICE with immigration arrests",
        "use public funds to assist ICE with immigration arrests",
    ),
    # help named by what it helps, not by the agency's name; raids and operations joined; a
    # state's own transport program
    (
        "assisting federal authorities with immigration enforcement",
        "assist federal authorities with immigration enforcement",
    ),
    ("participating in immigration raids", "participate in immigration raids"),
    # raids of their own, or sweeps joined (2.63.0)
    ("conducting immigration raids", "conduct immigration raids"),
    ("participating in joint immigration sweeps", "participate in joint immigration sweeps"),
    (
        "taking part in federal immigration enforcement operations",
        "take part in federal immigration enforcement operations",
    ),
    (
        "running a program to relocate unauthorized aliens to other states",
        "run a program to relocate unauthorized aliens to other states",
    ),
    # a detainer by what it is: a request from the department to hold a person
    (
        "complying with requests from the Department of Homeland Security to hold persons",
        "comply with requests from the Department of Homeland Security to hold persons",
    ),
    # a status check of the people a jail books, through a federal system
    (
        "using the federal immigration verification system for all persons arrested",
        "use the federal immigration verification system for all persons arrested",
    ),
    # status information in the federal statutes' words (8 U.S.C. 1373; 2.69.0)
    (
        "sending information regarding the immigration status of any individual to the"
        " Department of Homeland Security",
        "send information regarding the immigration status of any individual to the Department"
        " of Homeland Security",
    ),
    # the people a state's force takes, named by how they came
    (
        "arresting persons who cross the border illegally",
        "arrest persons who cross the border illegally",
    ),
    # ... or by what the officer believes they are
    (
        "arresting persons believed to be aliens unlawfully present in the state",
        "arrest persons believed to be aliens unlawfully present in the state",
    ),
)
# acts of a sanctuary place (doing them is protective)
SANCTUARY_ACTS = (
    ("adopting sanctuary policies", "adopt sanctuary policies"),
    (
        "limiting cooperation with federal immigration authorities",
        "limit cooperation with federal immigration authorities",
    ),
    ("declining immigration detainer requests", "decline immigration detainer requests"),
    ("refusing to honor ICE detainers", "refuse to honor ICE detainers"),
    ("restricting information sharing with ICE", "restrict information sharing with ICE"),
    (
        "requiring a judicial warrant before honoring an immigration detainer",
        "require a judicial warrant before honoring an immigration detainer",
    ),
    (
        "prohibiting officers from asking about immigration status",
        "prohibit officers from asking about immigration status",
    ),
    # the proactive tools of the same toolkits
    (
        "providing legal representation to immigrants in removal proceedings",
        "provide legal representation to immigrants in removal proceedings",
    ),
    ("issuing municipal identification cards", "issue municipal identification cards"),
    (
        "certifying U visa requests from crime victims",
        "certify U visa requests from crime victims",
    ),
    (
        "using public funds to limit cooperation with federal immigration authorities",
        "use public funds to limit cooperation with federal immigration authorities",
    ),
    (
        "enacting ordinances that restrict information sharing with ICE",
        "enact ordinances that restrict information sharing with ICE",
    ),
    (
        "adopting policies that prohibit officers from honoring immigration detainers",
        "adopt policies that prohibit officers from honoring immigration detainers",
    ),
)
# each list of acts with the side a measure takes by furthering them
ACTS_BY_SIDE = ((ENFORCEMENT_ACTS, "restrictive"), (SANCTUARY_ACTS, "protective"))
# A government's own decision, policy or refusal, named as a noun, as resolutions back or oppose
# it ("supporting the sheriff's decision to stop honoring ICE detainers"): what it decided not to
# do turns the act over, and opposing the decision turns it again. (shape, how many times it
# turns the act over) with {p} the government's possessive, {a} the government, {g} the gerund,
# {i} the infinitive
DECISION_SHAPES = (
    ("Resolution supporting {p} decision to stop {g}", 1),
    ("Resolution supporting {p} decision to {i}", 0),
    ("Resolution commending {p} decision to cease {g}", 1),
    ("Resolution applauding {p} decision to discontinue {g}", 1),
    ("Resolution supporting {p} refusal to {i}", 1),
    ("Resolution supporting {p} decision not to {i}", 1),
    ("Resolution affirming {p} policy of not {g}", 1),
    ("Resolution affirming {p} policy of {g}", 0),
    ("Resolution endorsing {p} practice of {g}", 0),
    ("Resolution in support of {p} plan to {i}", 0),
    ("Resolution ratifying {p} decision to stop {g}", 1),
    ("Resolution condemning {p} decision to stop {g}", 0),
    ("Resolution opposing {p} decision to {i}", 1),
    ("Resolution opposing {p} refusal to {i}", 0),
    ("Resolution objecting to {p} practice of {g}", 1),
    ("Resolution denouncing {p} policy of not {g}", 0),
    ("Resolution opposing {p} plan to {i}", 1),
    ("Resolution opposing {p} decision to end {g}", 0),
    ("Resolution urging {a} to reverse its decision to stop {g}", 0),
    ("Resolution urging {a} to reverse its decision to {i}", 1),
    ("Resolution asking {a} to reconsider its policy of {g}", 1),
    ("Resolution asking {a} to rescind its policy of {g}", 1),
)
# (the possessive, the government)
DECIDERS = (
    ("the sheriff's", "the sheriff"),
    ("the county's", "the county"),
    ("the police department's", "the police department"),
)
# (shape, whether it turns the act over); {a} the government, {A} capitalized, {g} the gerund,
# {i} the infinitive, {n} the government without an article
TOLD_SHAPES = (
    ("Prohibits {a} from {g}.", True),
    ("Bars {a} from {g}.", True),
    ("Prohibiting {a} from {g}", True),
    ("{A} are prohibited from {g}.", True),
    ("{A} may not {i}.", True),
    ("{A} shall not {i}.", True),
    ("Provides that {a} may not {i}.", True),
    ("{A} are not permitted to {i}.", True),
    ("No {n} may {i}.", True),
    ("No {n} shall {i}.", True),
    ("It is unlawful for {a} to {i}.", True),
    ("Creates a prohibition on {a} {g}.", True),
    ("Establishes a ban on {a} {g}.", True),
    ("Repeals the requirement that {a} {i}.", True),
    ("Requires {a} to {i}.", False),
    ("Authorizes {a} to {i}.", False),
    ("Allows {a} to {i}.", False),
    ("Directs {a} to {i}.", False),
    ("Provides that {a} shall {i}.", False),
    ("{A} must {i}.", False),
    ("{A} may {i}.", False),
    ("{A} are required to {i}.", False),
    ("{A} are authorized to {i}.", False),
    ("Establishes a requirement that {a} {i}.", False),
    ("Repeals the prohibition on {a} {g}.", False),
    # a policy named by what it bars, undone; an exemption from a bar (2.65.0)
    ("Prohibits any policy that keeps {a} from {g}.", False),
    ("Voids any ordinance that bars {a} from {g}.", False),
    ("Exempts {a} from the prohibition on {g}.", False),
    # a requirement or a ban abolished, annulled or done away with (2.66.0)
    ("Abolishes the requirement that {a} {i}.", True),
    ("Does away with the requirement that {a} {i}.", True),
    ("Annuls the prohibition on {a} {g}.", False),
    ("Does away with the ban on {a} {g}.", False),
    # barred in other words
    ("Blocks {a} from {g}.", True),
    ("Disallows {a} from {g}.", True),
    ("Keeps {a} from {g}.", True),
    ("{A} may no longer {i}.", True),
    ("Makes it unlawful for {a} to {i}.", True),
    ("{A} may not engage in {g}.", True),
    # a duty denied, a practice ended, discouraged; another government barred from requiring
    # it; a discretion given (2.69.0)
    ("{A} are not required to {i}.", True),
    ("{A} shall not be required to {i}.", True),
    ("Ends the practice of {a} {g}.", True),
    ("Discourages {a} from {g}.", True),
    ("Prohibits the state from requiring {a} to {i}.", True),
    ("{A} shall have the discretion to {i}.", False),
    # a power or a duty taken away, and given in other words
    ("Revokes the authority of {a} to {i}.", True),
    ("Strips {a} of the power to {i}.", True),
    ("Relieves {a} of the duty to {i}.", True),
    ("Gives {a} the authority to {i}.", False),
    ("Grants {a} the power to {i}.", False),
    ("Compels {a} to {i}.", False),
    ("Obligates {a} to {i}.", False),
    ("Instructs {a} to {i}.", False),
    # told to stop doing it: what a council asks of its own sheriff or police as often as a
    # statute asks it of them ("urging the sheriff to stop honoring ICE detainers")
    ("Requires {a} to stop {g}.", True),
    ("Directs {a} to cease {g}.", True),
    ("Requires {a} to discontinue {g}.", True),
    ("{A} shall cease {g}.", True),
    ("{A} must stop {g}.", True),
    ("Resolution urging {a} to stop {g}", True),
    ("Resolution calling on {a} to cease {g}", True),
    ("Prohibits {a} from continuing to {i}.", True),
    ("Requires {a} to end the practice of {g}.", True),
    ("{A} may not discontinue {g}.", False),
    # told to go on doing it: the act's own side
    ("Requires {a} to continue {g}.", False),
    ("{A} shall continue to {i}.", False),
    ("{A} shall continue {g}.", False),
    ("Resolution urging {a} to continue {g}", False),
    # punished for it, or rewarded (DOMAIN.md: anti-sanctuary measures "punish officials, cut
    # funding"; the same tools are turned on helping enforcement, as a state that denies grants
    # to agencies that contract with ICE): a punishment turns the act over, a reward keeps it
    ("Withholds state funds from {a} that {i}.", True),
    ("Denies state grants to {a} that {i}.", True),
    ("Cuts off state funding to {a} that {i}.", True),
    ("Reduces state aid to {a} that {i}.", True),
    ("Makes {a} that {i} ineligible for state grants.", True),
    ("Subjects {a} that {i} to civil penalties.", True),
    ("Imposes civil penalties on {a} that {i}.", True),
    ("Removes from office the officials of {a} who {i}.", True),
    ("Authorizes the attorney general to sue {a} that {i}.", True),
    ("Creates a cause of action against {a} that {i}.", True),
    ("Waives the governmental immunity of {a} that {i}.", True),
    ("Withholds state funds from {a} for {g}.", True),
    ("Imposes a civil penalty on {a} for {g}.", True),
    ("Provides grants to {a} that {i}.", False),
    ("Reimburses {a} that {i}.", False),
    ("Creates a grant program for {a} that {i}.", False),
    ("Reimburses {a} for {g}.", False),
    ("Indemnifies {a} for {g}.", False),
    ("Grants immunity from civil liability to {a} for {g}.", False),
    # ... let or told to punish, or to shield, in other words (2.62.0)
    ("Authorizes the attorney general to prosecute {a} that {i}.", True),
    ("The attorney general shall seek civil penalties against {a} that {i}.", True),
    ("Requires the state to defend and indemnify {a} that {i}.", False),
    ("Provides a legal defense to {a} that {i}.", False),
    ("Shields {a} that {i} from liability.", False),
    ("Protects {a} that {i} from retaliation.", False),
    # ... and the punishment itself taken away
    ("Repeals the penalties imposed on {a} that {i}.", False),
    ("Prohibits the state from withholding funds from {a} that {i}.", False),
    # stopped, prevented or freed in still other words; a power limited or widened
    ("Stops {a} from {g}.", True),
    ("Would stop {a} from {g}.", True),
    ("Prevents {a} from {g}.", True),
    ("Precludes {a} from {g}.", True),
    ("Forbids {a} from {g}.", True),
    ("Forbids {a} to {i}.", True),
    ("Restricts {a} from {g}.", True),
    ("{A} are barred from {g}.", True),
    ("{A} are forbidden to {i}.", True),
    ("{A} are precluded from {g}.", True),
    ("{A} shall refrain from {g}.", True),
    ("Ensures that {a} do not {i}.", True),
    ("Limits the authority of {a} to {i}.", True),
    ("Restricts the ability of {a} to {i}.", True),
    ("Ends the ability of {a} to {i}.", True),
    ("Removes the authority of {a} to {i}.", True),
    ("Exempts {a} from any duty to {i}.", True),
    ("Mandates that {a} {i}.", False),
    ("Requires that {a} {i}.", False),
    ("Orders {a} to {i}.", False),
    ("Forces {a} to {i}.", False),
    ("Empowers {a} to {i}.", False),
    ("Enables {a} to {i}.", False),
    ("Encourages {a} to {i}.", False),
    ("Expands the authority of {a} to {i}.", False),
    ("Affirms the authority of {a} to {i}.", False),
    ("Restores the authority of {a} to {i}.", False),
    # a power or a duty denied or held, a court's word for a bar (2.63.0)
    ("{A} have no authority to {i}.", True),
    ("{A} lack the authority to {i}.", True),
    ("{A} have no duty to {i}.", True),
    ("Enjoins {a} from {g}.", True),
    ("{A} have a duty to {i}.", False),
    ("{A} have the authority to {i}.", False),
    # a duty denied to every one of them (2.74.0)
    ("Provides that no {n} shall be required to {i}.", True),
    ("No {n} may be compelled to {i}.", True),
    ("No {n} is required to {i}.", True),
)


# DOMAIN.md: "adding any condition before a jail may honor a detainer (a warrant, an official's
# approval, a list of offenses) is protective; repealing such conditions is restrictive"
CONDITIONS = (
    "a judicial warrant",
    "a warrant signed by a judge",
    "a court order",
    "the written approval of the county executive",
    "a conviction for a violent felony",
    "a finding of probable cause by a judge",
    "written notice to the person held",
    "reimbursement by ICE of the cost of the hold",
)
# (shape, whether it adds the condition) with {c} the condition
CONDITION_SHAPES = (
    ("Requires {c} before a jail may honor an immigration detainer.", True),
    ("Prohibits jails from honoring ICE detainers without {c}.", True),
    ("Provides that no person may be held on an immigration detainer without {c}.", True),
    ("Jails may honor immigration detainers only upon {c}.", True),
    ("Limits compliance with immigration detainers to cases with {c}.", True),
    ("Conditions compliance with ICE detainers on {c}.", True),
    ("Repeals the requirement of {c} before a jail may honor an immigration detainer.", False),
    ("Allows jails to honor immigration detainers without {c}.", False),
    ("Eliminates the requirement for {c} before honoring ICE detainers.", False),
    ("Removes {c} as a condition of honoring immigration detainers.", False),
    ("Requires jails to honor immigration detainers even without {c}.", False),
)


# Who is told (DOMAIN.md: ICE access covers "interview consent"): a jail that tells the person it
# holds about ICE's interview or detainer (a TRUTH-Act notice) shields that person; a jail that
# tells ICE about the person helps enforcement. (shape, side, thing) with {j} the jail, {p} the
# person held
NOTICE_JAILS = ("jails", "the sheriff", "local law enforcement agencies")
NOTICE_PERSONS = ("inmates", "detainees", "a person in custody", "the individual")
NOTICE_SHAPES = (
    ("Requires {j} to notify {p} of ICE interview requests.", "protective", "the person told"),
    (
        "Requires that {p} be notified before any interview with ICE.",
        "protective",
        "the person told",
    ),
    (
        "Requires that {p} be informed of the right to decline an interview with ICE.",
        "protective",
        "the person told",
    ),
    (
        "Requires {j} to give {p} a copy of any ICE detainer request.",
        "protective",
        "the person told",
    ),
    (
        "Requires {j} to provide {p} with written notice when ICE requests a release date.",
        "protective",
        "the person told",
    ),
    (
        "Requires {j} to inform {p} in writing that an interview with ICE is voluntary.",
        "protective",
        "the person told",
    ),
    (
        "Requires that {p} be given a copy of any immigration detainer.",
        "protective",
        "the person told",
    ),
    (
        "Requires {j} to tell {p} when ICE asks for notice of release.",
        "protective",
        "the person told",
    ),
    ("Requires {j} to notify ICE of the release date of {p}.", "restrictive", "ICE told"),
    ("Requires that ICE be notified before the release of {p}.", "restrictive", "ICE told"),
    (
        "Requires that federal immigration authorities be informed of the release of {p}.",
        "restrictive",
        "ICE told",
    ),
    ("Requires {j} to provide ICE with the release date of {p}.", "restrictive", "ICE told"),
    (
        "Requires that immigration authorities be told the release date of {p}.",
        "restrictive",
        "ICE told",
    ),
)
# Access let in without a warrant or consent drops a condition (restrictive); barred without one,
# or let in only with one, adds it (protective). (shape, side) with {w} the place
ACCESS_PLACES = (
    "public schools",
    "hospitals",
    "county jails",
    "courthouses",
    "non-public areas of county buildings",
    "city facilities",
)
ACCESS_SHAPES = (
    ("Allows ICE agents to enter {w} without a warrant.", "restrictive"),
    ("Requires {w} to admit immigration officers without a judicial warrant.", "restrictive"),
    (
        "Requires {w} to allow immigration agents onto their premises without a warrant.",
        "restrictive",
    ),
    ("Permits {w} to grant ICE access without a court order.", "restrictive"),
    ("Authorizes ICE to interview people held in {w} without their consent.", "restrictive"),
    ("Bars immigration agents from entering {w} without a judicial warrant.", "protective"),
    ("Allows immigration officers to enter {w} only with a judicial warrant.", "protective"),
    ("Prohibits {w} from granting ICE access without a judicial warrant.", "protective"),
    ("No {w} shall permit access by immigration agents without a judicial warrant.", "protective"),
    ("{W} may not admit immigration officers without a judicial warrant.", "protective"),
    # the warrant asked of the agents themselves
    (
        "Requires ICE agents to present a judicial warrant before entering {w}.",
        "protective",
    ),
    ("Requires immigration officers to obtain a judicial warrant to enter {w}.", "protective"),
    ("Requires a judicial warrant for immigration agents to enter {w}.", "protective"),
    (
        "Repeals the requirement that immigration agents present a judicial warrant to enter {w}.",
        "restrictive",
    ),
)
# How long, who pays, on what consent (DOMAIN.md: Trust Acts allow "shorter holds, ICE pays the
# cost"; ICE access covers "interview consent"): a shorter hold, a cost ICE must bear first, or
# consent first limits cooperation; a longer hold extends it. (shape, side, thing) with {j} the
# jail, {J} capitalized, {h} a short hold, {H} a long one
HOLD_SHORT = ("24 hours", "12 hours")
HOLD_LONG = ("96 hours", "five days")
HOLD_SHAPES = (
    ("Limits immigration holds by {j} to {h}.", "protective", "a shorter hold"),
    (
        "Reduces the time {j} may hold a person on an ICE detainer to {h}.",
        "protective",
        "a shorter hold",
    ),
    (
        "Shortens the period {j} may hold a person on an immigration detainer to {h}.",
        "protective",
        "a shorter hold",
    ),
    (
        "Prohibits {j} from holding a person on an immigration detainer for more than {h}.",
        "protective",
        "a shorter hold",
    ),
    (
        "Extends the time {j} may hold a person on an ICE detainer to {H}.",
        "restrictive",
        "a longer hold",
    ),
    (
        "Lengthens the period {j} may hold a person on an immigration detainer to {H}.",
        "restrictive",
        "a longer hold",
    ),
    (
        "Allows {j} to hold persons on immigration detainers for up to {H}.",
        "restrictive",
        "a longer hold",
    ),
    (
        "Repeals the limit on how long {j} may hold a person on an immigration detainer.",
        "restrictive",
        "a longer hold",
    ),
    (
        "Allows {j} to honor ICE detainers only if the federal government agrees to reimburse"
        " all costs.",
        "protective",
        "ICE pays",
    ),
    (
        "Prohibits {j} from honoring immigration detainers unless ICE agrees to pay the cost of"
        " detention.",
        "protective",
        "ICE pays",
    ),
    (
        "Requires the federal government to reimburse {j} for the cost of immigration holds as a"
        " condition of honoring detainers.",
        "protective",
        "ICE pays",
    ),
    (
        "Repeals the requirement that ICE reimburse {j} before honoring a detainer.",
        "restrictive",
        "ICE pays",
    ),
    (
        "Allows ICE to interview persons held by {j} only with their written consent.",
        "protective",
        "consent first",
    ),
    (
        "Permits immigration agents to interview people in the custody of {j} only with the"
        " person's consent.",
        "protective",
        "consent first",
    ),
    (
        "{J} may allow an ICE interview of a person in custody only with the person's written"
        " consent.",
        "protective",
        "consent first",
    ),
)
HOLD_JAILS = ("the county jail", "the sheriff", "local law enforcement agencies")
NOTICE_TOPICS: dict[str, frozenset[str]] = {
    "the person told": frozenset({"ice_access", "detainers"}),
    "ICE told": frozenset({"info_sharing", "detainers"}),
    "access without a condition": frozenset({"ice_access"}),
    "a shorter hold": frozenset({"detainers"}),
    "a longer hold": frozenset({"detainers"}),
    "ICE pays": frozenset({"detainers"}),
    "consent first": frozenset({"ice_access"}),
}


# A resolution backing or opposing a bill elsewhere, described by what it does (DOMAIN.md: it
# carries that bill's topic and stance): (words, how many times they turn it over)
BACKS_A_BILL = (
    ("Resolution supporting", 0),
    ("Resolution in support of", 0),
    ("Resolution urging the Governor to sign", 0),
    ("Resolution urging passage of", 0),
    ("Resolution endorsing", 0),
    ("Resolution opposing", 1),
    ("Resolution in opposition to", 1),
    ("Resolution urging the Governor to veto", 1),
    ("Resolution urging the legislature to reject", 1),
)
BILLS = ("Senate Bill 54", "House Bill 1105", "AB 4", "H.R. 2267")
# (what the bill does, the side it takes, the topics it carries)
BILL_DOES = (
    ("which would prohibit 287(g) agreements", "protective", ("287g",)),
    (
        "which limits cooperation with federal immigration authorities",
        "protective",
        ("sanctuary", "anti_sanctuary"),
    ),
    (
        "that would fund legal representation for immigrants facing deportation",
        "protective",
        ("access_to_counsel",),
    ),
    ("which bars ICE from arresting people at courthouses", "protective", ("ice_access",)),
    ("that requires jails to honor ICE detainers", "restrictive", ("detainers",)),
    ("which bans sanctuary cities", "restrictive", ("sanctuary", "anti_sanctuary")),
    ("which creates a state crime of illegal entry", "restrictive", ("state_enforcement",)),
    ("to repeal the state's sanctuary law", "restrictive", ("sanctuary", "anti_sanctuary")),
    # the crime named by its offense, a bar said as "stop … from", leave said as "let"
    ("which would make illegal entry a state crime", "restrictive", ("state_enforcement",)),
    (
        "that would stop local police from helping ICE",
        "protective",
        ("sanctuary", "anti_sanctuary"),
    ),
    (
        "which would let police ask about immigration status during traffic stops",
        "restrictive",
        ("state_enforcement", "sanctuary", "info_sharing"),
    ),
)


# A statute's own words, read as a bill's text under a bare caption: enumerations after a colon,
# commas around "by ordinance or policy", an exception or a "notwithstanding" before the duty.
# (shape, whether it turns the act over); {n} the government, singular, {i} the infinitive
BARE_CAPTION = "An act relating to immigration"
TEXT_ACTORS = ("local entity", "county or municipality", "law enforcement agency")
TEXT_SHAPES = (
    (
        "Sec. 2. (a) A {n} may not: (1) {i}; or (2) take any other action described by this"
        " section.",
        True,
    ),
    (
        "Sec. 2. (a) A {n} shall: (1) {i}; and (2) report annually to the legislature on its"
        " compliance.",
        False,
    ),
    ("(b) No {n} shall, by ordinance, policy or practice, {i}.", True),
    ("(a) Except as provided in subsection (c), a {n} may not {i}.", True),
    ("(a) A {n}, including a sheriff, police department or jail, may not {i}.", True),
    ("(a) A {n}, including a sheriff, police department or jail, shall {i}.", False),
    ("Section 1. Notwithstanding any other law, a {n} may {i}.", False),
    ("Sec. 4. It shall be unlawful for any {n} to {i}.", True),
)


# The anti-sanctuary statutes' bar on barring (Texas SB 4, Florida SB 168, Iowa SF 481): a
# government may not bar or limit its officers "from" an act; two negatives keep the act's side,
# for an act of enforcement and for what a sanctuary place does alike. {n} the actor, {g} the
# gerund.
BARRING_SHAPES = (
    "A {n} may not prohibit or materially limit a peace officer from {g}.",
    "No {n} shall prohibit or in any way restrict its employees from {g}.",
    "A {n} shall not adopt a policy under which it prohibits or discourages its officers from {g}.",
    "A {n} may not, as demonstrated by pattern or practice, prohibit its officers from {g}.",
    "A {n} shall not limit, restrict, or prohibit its personnel from {g}.",
    # ... or by a verb that bars it "from" barring (2.69.0)
    "Prohibits a {n} from prohibiting or restricting its employees from {g}.",
    "A {n} is prohibited from restricting its officers from {g}.",
    "Bars a {n} from limiting its personnel from {g}.",
    "Prohibits any {n} from preventing its employees from {g}.",
    "Prohibits the state from barring a {n} from {g}.",
)


# What a statute reserves or sets around its own clause (2.70.0): an exception for what federal
# law requires, the extent it permits, an appropriation, a request, a leave that reserves the
# duty, a choice punished, a policy adopted that bars the act. {n} the actor, {i}/{g} the act;
# True where the act is turned.
RESERVATION_SHAPES = (
    ("Unless required by federal law, a {n} shall not {i}.", True),
    ("Except as required by federal law, a {n} may not {i}.", True),
    ("To the extent permitted by federal law, a {n} shall not {i}.", True),
    ("A {n} may not, except as required by federal law, {i}.", True),
    ("Subject to appropriation, a {n} shall {i}.", False),
    ("Upon request, a {n} shall {i}.", False),
    ("A {n}, to the extent practicable, shall {i}.", False),
    ("In accordance with federal law, a {n} shall {i}.", False),
    ("Each {n} shall, to the extent permitted by law, {i}.", False),
    ("A {n} is authorized, but not required, to {i}.", False),
    ("A {n} that chooses to {i} shall be subject to a civil penalty.", True),
    ("The governing body of a {n} shall adopt a written policy that prohibits {g}.", True),
)


# A council's own pledge, intent or policy about its government (2.71.0): committed, pledged or
# set as a policy that it will or will not act. {i}/{g} the act; True where the act is turned.
PLEDGE_SHAPES = (
    (
        "A resolution directing the City Manager to ensure that the police department does not {i}",
        True,
    ),
    ("A resolution declaring the city's intent to {i}", False),
    ("A resolution establishing a policy that the police department will not {i}", True),
    ("A resolution establishing a policy that the police department will {i}", False),
    ("A resolution committing the county to {i}", False),
    ("A resolution committing the county not to {i}", True),
    ("A resolution stating that the sheriff shall not {i}", True),
    ("Resolution affirming the county's practice of {g}", False),
    ("An ordinance amending the municipal code to prohibit city employees from {g}", True),
    ("An ordinance amending the municipal code to require city employees to {i}", False),
    ("Motion directing staff to draft an ordinance that would prohibit the city from {g}", True),
    ("A resolution pledging that the city will never {i}", True),
)


# A request from ICE refused by its name (2.41.0): barred, it is a mandate to honor it; allowed,
# it is what a sanctuary place does. {n} the actor, {g}/{i} the refusal, {r} the request
REQUESTS_REFUSED = (
    "a request from federal immigration authorities to hold an inmate",
    "a request from Immigration and Customs Enforcement to detain a person",
    "any request by the Department of Homeland Security to hold a person in custody",
    "an immigration detainer",
    "detainer requests from ICE",
)
REFUSALS = (
    ("declining", "decline"),
    ("refusing", "refuse"),
    ("ignoring", "ignore"),
    ("disregarding", "disregard"),
)
REFUSAL_SHAPES = (
    ("Prohibits a {n} from {g} {r}.", "restrictive"),
    ("A {n} may not {i} {r}.", "restrictive"),
    ("No {n} shall {i} {r}.", "restrictive"),
    ("Authorizes a {n} to {i} {r}.", "protective"),
    ("Allows a {n} to {i} {r}.", "protective"),
)
# A limit on cooperation named first, then voided, punished or made the matter of a complaint,
# as a state's ban on sanctuary policies enforces itself (2.42.0; DOMAIN.md: penalties for
# officials and funding cut-offs are restrictive); or protected from the penalty. {n} the
# actor, {l} what it limits
LIMITS_NAMED = (
    "limits cooperation with federal immigration authorities",
    "restricts the sharing of immigration status information with federal authorities",
    "prohibits its officers from communicating with ICE",
    "declines to honor immigration detainers",
    "refuses to comply with immigration detainers",
    "limits the enforcement of immigration laws",
)
LIMIT_CONDEMNED_SHAPES = (
    ("A {n} that {l} shall lose state shared revenue.", "restrictive"),
    ("A {n} that {l} is ineligible for state grants.", "restrictive"),
    ("A {n} that {l} is subject to a civil penalty.", "restrictive"),
    ("A {n} that {l} shall forfeit state funds.", "restrictive"),
    ("Any policy under which a {n} {l} is void.", "restrictive"),
    ("Any policy under which a {n} {l} is unlawful.", "restrictive"),
    ("The attorney general shall investigate complaints that a {n} {l}.", "restrictive"),
    ("A {n} that {l} shall not lose state funding.", "protective"),
    ("A {n} that {l} is not subject to any penalty.", "protective"),
    ("A {n} that {l} may not be penalized.", "protective"),
)
# An officer or employee who refuses to cooperate, shielded from punishment or punished for it
# (2.43.0; DOMAIN.md: penalties for officials who limit cooperation are restrictive, so a bar on
# them protects the limit). {o} who, {f}/{g}/{i} the refusal said finite, as a gerund, as a plural
REFUSERS = ("officer", "employee", "official")
REFUSALS_OF_COOPERATION = (
    (
        "declines to comply with an immigration detainer",
        "declining to comply with an immigration detainer",
        "decline to comply with an immigration detainer",
    ),
    (
        "refuses to honor an ICE detainer request",
        "refusing to honor an ICE detainer request",
        "refuse to honor an ICE detainer request",
    ),
    (
        "declines to share immigration status information with ICE",
        "declining to share immigration status information with ICE",
        "decline to share immigration status information with ICE",
    ),
    (
        "refuses to participate in a 287(g) agreement",
        "refusing to participate in a 287(g) agreement",
        "refuse to participate in a 287(g) agreement",
    ),
)
REFUSER_SHAPES = (
    ("No {o} who {f} may be removed from office.", "protective"),
    ("No {o} who {f} shall be subject to discipline.", "protective"),
    ("An {o} who {f} may not be disciplined.", "protective"),
    ("No {o} may be disciplined for {g}.", "protective"),
    ("An {o} shall not be penalized for {g}.", "protective"),
    ("Prohibits retaliation against any {o} who {f}.", "protective"),
    ("Protects each {o} who {f} from discipline.", "protective"),
    ("An {o} who {f} shall be removed from office.", "restrictive"),
    ("An {o} who {f} is subject to a civil penalty.", "restrictive"),
    ("No {o} may {i}.", "restrictive"),
)
# A government or its officials barred from standing in enforcement's way, or made criminals
# for it (2.43.0; DOMAIN.md: anti-sanctuary laws punish officials). {n} who
OBSTRUCTERS = ("local officials", "a public official", "county employees", "the city")
OBSTRUCTION_SHAPES = (
    "Prohibits {n} from interfering with federal immigration enforcement operations.",
    "Prohibits {n} from obstructing immigration enforcement.",
    "Makes it a felony for {n} to obstruct immigration enforcement.",
    "Makes it a crime for {n} to impede federal immigration enforcement.",
    "Bars {n} from hindering ICE.",
)
# An immigration detention site proposed where the government is, backed or opposed; a permit
# or license required of those who hold people (2.43.0; DOMAIN.md: contracts to detain and bans
# on them; a moratorium on detention facilities is a condition). {p} the site
DETENTION_SITES = (
    "the proposed ICE detention facility in the county",
    "a new immigration detention center",
    "the planned ICE processing center",
    "the construction of an ICE processing center",
)
DETENTION_SITE_SHAPES = (
    ("A resolution opposing {p}.", "protective"),
    ("Resolution supporting {p}.", "restrictive"),
    ("A resolution in support of {p}.", "restrictive"),
    ("An ordinance prohibiting {p}.", "protective"),
)
DETENTION_PERMITS = (
    "An ordinance requiring a special use permit for private detention facilities that hold"
    " immigrants for ICE.",
    "Requires a conditional use permit for any immigration detention facility.",
    "Requires a state license for private detention facilities that detain immigrants.",
)
# The places of care and public life the 2025 laws add to schools and hospitals, closed to
# immigration enforcement or given policies for it (2.43.0; DOMAIN.md: ICE access to sensitive
# places). {p} the place
CARE_PLACE_NAMES = (
    "child care centers",
    "day care facilities",
    "health clinics",
    "community health centers",
    "food banks",
    "public parks",
    "colleges and universities",
)
CARE_PLACE_SHAPES = (
    ("Prohibits civil immigration arrests at {p}.", "protective"),
    ("Prohibits immigration enforcement at {p} without a judicial warrant.", "protective"),
    (
        "Requires {p} to adopt policies limiting access by immigration enforcement officers.",
        "protective",
    ),
    ("Requires {p} to adopt policies on responding to immigration enforcement.", "protective"),
)
# A state's own enforcement law named, acted on or made; people in custody handed over or
# asked (2.43.0; DOMAIN.md: state_enforcement and the measures that repeal or bar it; interview
# consent)
STATE_LAW_WORDINGS = (
    ("Resolution opposing the state's new illegal entry law.", "protective"),
    ("Resolution supporting the state's new illegal entry law.", "restrictive"),
    ("Prohibits the enforcement of the state's illegal entry law.", "protective"),
    ("Repeals the state's alien registration crime.", "protective"),
    ("Makes it a crime to transport an unauthorized alien into the state.", "restrictive"),
    (
        "Prohibits cities from adopting ordinances that require landlords to verify immigration"
        " status.",
        "protective",
    ),
    ("Creates a state immigration enforcement agency.", "restrictive"),
    (
        "Bans the transfer of persons in state custody to federal immigration authorities.",
        "protective",
    ),
    ("Establishes the right of persons in custody to decline interviews with ICE.", "protective"),
)
# A public step or a record required before or of cooperation (2.41.0; DOMAIN.md: a condition
# added is protective): {n} the actor, {c} the cooperation
PUBLIC_STEP_SHAPES = (
    "Requires a {n} to hold a community forum before {c}.",
    "Requires a public hearing before a {n} begins {c}.",
    "Requires a {n} to obtain approval by its governing board before {c}.",
    "Requires a {n} to document each request from Immigration and Customs Enforcement before {c}.",
)
COOPERATION_GIVEN = (
    "providing ICE access to any individual",
    "entering into an agreement under section 287(g)",
    "renewing an agreement with Immigration and Customs Enforcement",
    "sharing personal information with federal immigration authorities",
)
# Legislative Counsel's style): only the second part says which way the bill goes.
# (shape, whether the bill turns the act over); {g} the gerund, {i} the infinitive
DIGEST_SHAPES = (
    (
        "Existing law prohibits local agencies from {g}. This bill would repeal that prohibition.",
        False,
    ),
    (
        "Existing law requires local agencies to {i}. This bill would instead prohibit local"
        " agencies from {g}.",
        True,
    ),
    (
        "Existing law authorizes local agencies to {i}. This bill would prohibit local agencies"
        " from {g}.",
        True,
    ),
    (
        "Under current law, local agencies may {i}. This bill would require local agencies to {i}.",
        False,
    ),
    (
        "Current law prohibits local agencies from {g}. The bill would extend that prohibition to"
        " state agencies.",
        True,
    ),
    (
        "Existing law requires local agencies to {i}. This bill would repeal that requirement.",
        True,
    ),
)


# The topics an act carries (any one will do: DOMAIN.md and the labels read some acts under
# more than one), checked on the wordings of a government barred, told or punished
ACT_TOPICS: dict[str, frozenset[str]] = {
    gerund: frozenset(topics)
    for gerund, topics in (
        ("entering into 287(g) agreements", ("287g",)),
        ("honoring immigration detainers", ("detainers",)),
        ("complying with ICE detainer requests", ("detainers",)),
        ("sharing information with federal immigration authorities", ("info_sharing",)),
        ("enforcing federal immigration law", ("anti_sanctuary", "sanctuary", "state_enforcement")),
        ("cooperating with federal immigration authorities", ("anti_sanctuary", "sanctuary")),
        ("inquiring about immigration status", ("sanctuary", "info_sharing", "state_enforcement")),
        ("detaining persons for ICE", ("detainers", "detention_contracts")),
        ("contracting with ICE to house detainees", ("detention_contracts",)),
        (
            "using public resources to assist immigration enforcement",
            ("sanctuary", "anti_sanctuary"),
        ),
        ("notifying ICE of an inmate's release date", ("info_sharing",)),
        ("granting ICE access to jails", ("ice_access",)),
        ("renting jail beds to ICE", ("detention_contracts",)),
        (
            "entering into intergovernmental service agreements to detain immigrants",
            ("detention_contracts",),
        ),
        ("operating private immigration detention facilities", ("detention_contracts",)),
        ("making civil immigration arrests at courthouses", ("ice_access",)),
        ("sharing license plate reader data with ICE", ("info_sharing",)),
        ("disclosing driver's license records to immigration authorities", ("info_sharing",)),
        ("arresting persons suspected of illegal entry into the state", ("state_enforcement",)),
        ("transporting migrants out of the state", ("state_enforcement",)),
        ("verifying the immigration status of tenants", ("state_enforcement",)),
        ("ordering unauthorized aliens to return to a foreign nation", ("state_enforcement",)),
        (
            "assisting federal authorities with immigration enforcement",
            ("sanctuary", "anti_sanctuary"),
        ),
        ("participating in immigration raids", ("sanctuary", "anti_sanctuary")),
        (
            "conducting immigration raids",
            ("sanctuary", "anti_sanctuary", "state_enforcement"),
        ),
        ("participating in joint immigration sweeps", ("sanctuary", "anti_sanctuary")),
        (
            "taking part in federal immigration enforcement operations",
            ("sanctuary", "anti_sanctuary"),
        ),
        (
            "running a program to relocate unauthorized aliens to other states",
            ("state_enforcement",),
        ),
        (
            "complying with requests from the Department of Homeland Security to hold persons",
            ("detainers",),
        ),
        (
            "using the federal immigration verification system for all persons arrested",
            ("sanctuary", "info_sharing", "state_enforcement"),
        ),
        ("arresting persons who cross the border illegally", ("state_enforcement",)),
        (
            "sending information regarding the immigration status of any individual to the"
            " Department of Homeland Security",
            ("info_sharing",),
        ),
        (
            "arresting persons believed to be aliens unlawfully present in the state",
            ("state_enforcement",),
        ),
        (
            "using public funds to assist ICE with immigration arrests",
            ("sanctuary", "anti_sanctuary"),
        ),
        ("adopting sanctuary policies", ("sanctuary", "anti_sanctuary")),
        (
            "limiting cooperation with federal immigration authorities",
            ("sanctuary", "anti_sanctuary"),
        ),
        ("declining immigration detainer requests", ("detainers",)),
        ("refusing to honor ICE detainers", ("detainers",)),
        ("restricting information sharing with ICE", ("info_sharing",)),
        ("requiring a judicial warrant before honoring an immigration detainer", ("detainers",)),
        (
            "prohibiting officers from asking about immigration status",
            ("sanctuary", "info_sharing"),
        ),
        (
            "providing legal representation to immigrants in removal proceedings",
            ("access_to_counsel",),
        ),
        ("issuing municipal identification cards", ("municipal_id",)),
        ("certifying U visa requests from crime victims", ("u_visa",)),
        (
            "using public funds to limit cooperation with federal immigration authorities",
            ("sanctuary", "anti_sanctuary"),
        ),
        (
            "enacting ordinances that restrict information sharing with ICE",
            ("info_sharing", "sanctuary", "anti_sanctuary"),
        ),
        (
            "adopting policies that prohibit officers from honoring immigration detainers",
            ("detainers", "anti_sanctuary", "sanctuary"),
        ),
    )
}


# ... and the topics a thing of the first grid carries, whatever the verb
THING_TOPICS: dict[str, frozenset[str]] = {
    thing: frozenset(topics)
    for thing, topics in (
        ("287(g) agreements with Immigration and Customs Enforcement", ("287g",)),
        ("cooperation with federal immigration authorities", ("anti_sanctuary", "sanctuary")),
        ("the executive order targeting sanctuary cities", ("anti_sanctuary", "sanctuary")),
        ("the federal law aimed at sanctuary jurisdictions", ("anti_sanctuary", "sanctuary")),
        ("the state's crackdown on sanctuary cities", ("anti_sanctuary", "sanctuary")),
        ("the State of California's sanctuary laws", ("anti_sanctuary", "sanctuary")),
        ("compliance with immigration detainers", ("detainers",)),
        ("honoring ICE detainer requests", ("detainers",)),
        ("sharing information with federal immigration authorities", ("info_sharing",)),
        (
            "local enforcement of federal immigration law",
            ("anti_sanctuary", "sanctuary", "state_enforcement", "287g"),
        ),
        ("immigration status checks by police during traffic stops", ("state_enforcement",)),
        ("contracts with ICE to detain immigrants in the county jail", ("detention_contracts",)),
        ("state crimes of illegal entry", ("state_enforcement",)),
        (
            "a state program transporting unauthorized aliens out of the state",
            ("state_enforcement",),
        ),
        ("the use of county resources to assist ICE", ("sanctuary", "anti_sanctuary")),
        (
            "the use of city resources for the apprehension of undocumented immigrants",
            ("sanctuary", "anti_sanctuary", "state_enforcement"),
        ),
        ("the use of the county jail for ICE detention", ("detention_contracts",)),
        ("welcoming city ordinances", ("sanctuary", "anti_sanctuary")),
        ("the ICE-Free Schools Act", ("ice_access",)),
        ("the Warrant Service Officer program", ("287g",)),
        ("ICE access to county jails", ("ice_access",)),
        ("intergovernmental service agreements with ICE", ("detention_contracts",)),
        ("the municipal ID program", ("municipal_id",)),
        ("public legal defense for immigrants facing deportation", ("access_to_counsel",)),
        ("U visa certification for crime victims", ("u_visa",)),
        ("limits on ICE access to county jails", ("ice_access",)),
        ("immigration holds", ("detainers",)),
        ("notifying ICE of inmates' release dates", ("info_sharing", "detainers")),
        (
            "police inquiries into immigration status",
            ("sanctuary", "state_enforcement", "info_sharing"),
        ),
        (
            "the sheriff's immigration enforcement unit",
            ("sanctuary", "anti_sanctuary", "state_enforcement"),
        ),
        ("the county's policy against honoring ICE detainers", ("detainers",)),
        ("immigration status verification by landlords", ("state_enforcement",)),
        ("sanctuary policies", ("sanctuary", "anti_sanctuary")),
        ("sanctuary city ordinances", ("sanctuary", "anti_sanctuary")),
        (
            "policies that limit cooperation with federal immigration authorities",
            ("sanctuary", "anti_sanctuary"),
        ),
        ("limits on honoring immigration detainers", ("detainers",)),
        ("policies restricting information sharing with ICE", ("info_sharing",)),
        ("the Trust Act", ("detainers", "sanctuary")),
        ("the state's sanctuary law", ("sanctuary", "anti_sanctuary")),
    )
}


# A bill described by a list of what it does, in one relative clause ("which would require
# jails to honor ICE detainers and prohibit sanctuary policies"): every item is the bill's, so a
# resolution opposing it turns them all. ({b} the bill; the clause, its side)
LISTED_BILL_DOES = (
    (
        "which would require jails to honor ICE detainers and prohibit sanctuary policies",
        "restrictive",
    ),
    (
        "which requires local police to cooperate with ICE and prohibits sanctuary cities",
        "restrictive",
    ),
    (
        "that would ban sanctuary cities, require 287(g) agreements and create a state crime of"
        " illegal entry",
        "restrictive",
    ),
    (
        "which would prohibit 287(g) agreements and require a judicial warrant before a jail"
        " honors an immigration detainer",
        "protective",
    ),
    (
        "which limits cooperation with ICE and prohibits the sharing of personal data with"
        " immigration authorities",
        "protective",
    ),
)

# The caption takes a side on a bill and the summary tells what the bill does ("Resolution
# opposing Senate Bill 4" | "Senate Bill 4 would require local jails to honor ICE detainers"):
# the caption's side governs the bill's. A summary that says what the resolution itself does
# goes its own way. ({b} the bill's name as the summary repeats it; the summary, its side,
# whether it tells the bill (True) or the resolution's own act (False))
CAPTIONED_BILL_SUMMARIES = (
    ("{b} would require local jails to honor ICE detainers.", "restrictive", True),
    ("{b} prohibits sanctuary policies and requires cooperation with ICE.", "restrictive", True),
    ("The bill would create a state crime of illegal entry.", "restrictive", True),
    ("This bill requires every sheriff to enter into a 287(g) agreement.", "restrictive", True),
    ("{b} would prohibit state and local police from assisting ICE.", "protective", True),
    ("The legislation bars 287(g) agreements.", "protective", True),
    ("The bill limits when a jail may honor an immigration detainer.", "protective", True),
    # "it" with a verb to come is the bill ("It would …"); "it" with the resolution's own verb
    # ("It supports …") is read as it stands
    ("It would require local jails to honor ICE detainers.", "restrictive", True),
    ("It would bar 287(g) agreements.", "protective", True),
    (
        "Reaffirms the city's policy of limiting cooperation with federal immigration authorities.",
        "protective",
        False,
    ),
    ("Directs the police department to continue to honor ICE detainers.", "restrictive", False),
)
CAPTIONED_BILLS = (("Senate Bill 4", "Senate Bill 4"), ("HB 1105", "HB 1105"))

# A force put to use for enforcement, or a place's part in it, named as a noun ("the use of
# county deputies to assist ICE", "the deployment of the National Guard to enforce immigration
# law", "participation in federal immigration enforcement programs"). ({u} the use, {a} the
# act; shape, whether it hinders the use)
USES = (
    "the use of county deputies",
    "the use of city police",
    "the use of state resources",
    "the deployment of the National Guard",
    "the deployment of state troopers",
)
USE_ACTS = (
    "to assist ICE",
    "to enforce federal immigration law",
    "to carry out immigration arrests",
    "for federal immigration enforcement",
    "in federal immigration enforcement",
)
USE_SHAPES = (
    ("Prohibits {u} {a}.", True),
    ("Resolution opposing {u} {a}", True),
    ("Resolution condemning {u} {a}", True),
    ("Ends {u} {a}.", True),
    ("Authorizes {u} {a}.", False),
    ("Resolution supporting {u} {a}", False),
    ("Requires {u} {a}.", False),
)
# ... and the force put to it by a verb: "urging the Governor to deploy the National Guard to
# assist ICE". ({f} the force, {a} the act; shape, whether it hinders)
DEPLOYED = ("the National Guard", "state troopers", "county deputies")
DEPLOY_SHAPES = (
    ("Resolution urging the Governor to deploy {f} {a}", False),
    ("Authorizes the Governor to deploy {f} {a}.", False),
    ("Prohibits the Governor from deploying {f} {a}.", True),
    ("Resolution opposing any plan to deploy {f} {a}", True),
)
PARTICIPATION_SHAPES = (
    ("Requires sheriffs to participate in {p}.", False),
    ("Authorizes the sheriff to participate in {p}.", False),
    ("Sheriff; authorize to participate in {p}.", False),
    ("Requires the participation of local law enforcement in {p}.", False),
    ("Ends the county's participation in {p}.", True),
    ("Prohibits the county from participating in {p}.", True),
    ("Withdraws the sheriff's office from {p}.", True),
    ("Resolution opposing the county's participation in {p}", True),
)
PROGRAMS = (
    "federal immigration enforcement programs",
    "immigration enforcement task forces",
    "ICE's Warrant Service Officer program",
)

# An official punished for an act in other words than "penalizes": a crime, removal from
# office, official misconduct (DOMAIN.md: anti-sanctuary measures "punish officials"; punishing
# help to ICE shields). ({o} the official, {i} the act, {j} said of one; the act's side)
PUNISHED_OFFICIALS = ("an official", "a public official", "a county officer")
PUNISHED_ACTS = (
    ("adopt a sanctuary policy", "adopts a sanctuary policy", "protective"),
    # (2.62.0)
    ("bar ICE agents from a county jail", "bars ICE agents from a county jail", "protective"),
    (
        "hold a person on an immigration detainer",
        "holds a person on an immigration detainer",
        "restrictive",
    ),
    ("vote for a sanctuary policy", "votes for a sanctuary policy", "protective"),
    (
        "refuse to honor an immigration detainer",
        "refuses to honor an immigration detainer",
        "protective",
    ),
    ("refuse to cooperate with ICE", "refuses to cooperate with ICE", "protective"),
    (
        "share a person's immigration status with ICE without a judicial warrant",
        "shares a person's immigration status with ICE without a judicial warrant",
        "restrictive",
    ),
    (
        "give ICE access to a county jail without a judicial warrant",
        "gives ICE access to a county jail without a judicial warrant",
        "restrictive",
    ),
)
PUNISH_SHAPES = (
    "Makes it a crime for {o} to {i}.",
    "Makes it a Class A misdemeanor for {o} to {i}.",
    "Makes it a felony for {o} to {i}.",
    "Removes from office {o} who {j}.",
    "Provides for the removal from office of {o} who {j}.",
    "Makes it official misconduct for {o} to {i}.",
    # the punishment as a noun (2.61.0)
    "Creates a criminal penalty for {o} who {j}.",
    "Establishes civil penalties for {o} who {j}.",
    "Imposes a fine of $5,000 on {o} who {j}.",
    # ... or said after the act (2.61.0)
    "Provides that {o} who {j} is guilty of a Class A misdemeanor.",
    "Makes {o} who {j} guilty of a misdemeanor.",
    "Provides that {o} who {j} commits official misconduct.",
    # ... or punished in the passive (2.62.0)
    "Provides that {o} who {j} may be prosecuted.",
    "Provides that {o} who {j} may be sued by any resident.",
    "Provides that {o} who {j} shall be fined.",
    "Provides that {o} who {j} shall be subject to suspension.",
    "Provides that {o} who {j} forfeits state funding.",
    # ... or let, or told, by a verb of punishing (2.62.0)
    "Authorizes the attorney general to prosecute {o} who {j}.",
    "Authorizes the attorney general to penalize {o} who {j}.",
    "The attorney general shall bring an action against {o} who {j}.",
    "Allows any resident to file suit against {o} who {j}.",
    # ... or a complaint filed against them (2.75.0)
    "Allows any resident to file a complaint with the attorney general against {o} who {j}.",
    "Requires the attorney general to seek civil penalties against {o} who {j}.",
    "Permits a district attorney to punish {o} who {j}.",
    "Authorizes the attorney general to investigate {o} who {j}.",
)

# A unit, office or task force made or unmade for enforcement ("Creates the State Immigration
# Enforcement Unit", "Abolishes the sheriff's immigration enforcement unit"). (shape, whether it
# unmakes one) with {u} what it is for
UNITS = (
    "a task force to assist federal immigration enforcement",
    "an office to coordinate immigration enforcement with federal authorities",
    "a unit within the Department of Public Safety to enforce immigration law",
)
UNMADE = (
    "the sheriff's immigration enforcement unit",
    "the county's 287(g) task force",
    "the police department's immigration task force",
)
UNIT_MAKES = ("Creates", "Establishes", "Funds")
UNIT_UNMAKES = ("Abolishes", "Disbands", "Dissolves", "Eliminates funding for")


# A condition before a 287(g) agreement or a detention contract (DOMAIN.md: a condition added
# before a jail may honor a detainer is protective, repealing one restrictive; the same holds for
# the other tools a place enters): an approval, a hearing, a vote first. ({c} the condition,
# {t} the agreement; shape, whether it adds the condition)
AGREEMENT_CONDITIONS = (
    "approval by the county commission",
    "a public hearing",
    "approval by the voters",
    "a vote of the board of supervisors",
    "the approval of the county board",
    "the consent of the city council",
)
CONDITIONED_AGREEMENTS = (
    "a 287(g) agreement",
    "a contract with ICE to detain immigrants",
    "an intergovernmental service agreement with ICE",
)
AGREEMENT_CONDITION_SHAPES = (
    ("Requires {c} before the sheriff enters into {t}.", True),
    ("Requires {c} before a county may enter into {t}.", True),
    ("Prohibits the sheriff from entering into {t} without {c}.", True),
    ("Provides that no county may enter into {t} without {c}.", True),
    ("Repeals the requirement of {c} before the sheriff enters into {t}.", False),
    ("Allows the sheriff to enter into {t} without {c}.", False),
    ("Requires {c} before the sheriff may enter {t}.", True),
    ("Removes the requirement of {c} for {t}.", False),
)
# ... the condition said as a clause: who must approve, and when ({b} the body, {t} the agreement,
# {u} the agreement without its article)
APPROVING_BODIES = ("the county board", "the city council", "the voters")
CLAUSE_CONDITION_SHAPES = (
    ("Requires {b} to approve {t} before the sheriff enters into it.", True),
    ("Requires that {b} approve {t} before it takes effect.", True),
    ("Provides that the sheriff may not enter into {t} unless {b} approves it.", True),
    ("Repeals the requirement that {b} approve {t}.", False),
    ("Provides that {t} no longer requires the approval of {b}.", False),
    ("Requires that any {u} be approved by {b}.", True),
    ("Provides that each {u} must be approved by {b}.", True),
)
# ... the terms named as such, not one by one (2.74.0): {n} the terms, {t} the agreement
TERMS_NAMED = ("conditions", "criteria", "requirements", "standards")
TERMS_SHAPES = (
    ("Establishes {n} that a county must meet before entering into {t}.", True),
    ("Sets {n} that must be met before a sheriff may enter into {t}.", True),
    ("Requires a county to meet certain {n} before participating in {t}.", True),
    ("Places {n} on participation in {t}.", True),
    ("Establishes {n} for entering into {t}.", True),
    ("Repeals the {n} that a county must meet before entering into {t}.", False),
    ("Removes {n} on participation in {t}.", False),
)

# ... and a condition before a place limits its cooperation (DOMAIN.md: a condition put in the way
# of a sanctuary policy hinders it, restrictive; taken away, protective). ({c} the condition,
# {a} the act as a clause, {i} as an infinitive; shape, whether it adds the condition)
SANCTUARY_CONDITIONS = (
    "approval by the legislature",
    "a referendum",
    "approval by the voters",
    "a two-thirds vote of the council",
)
CONDITIONED_LIMITS = (
    ("a city adopts a sanctuary policy", "adopt a sanctuary policy"),
    ("a county limits cooperation with ICE", "limit cooperation with ICE"),
    ("a city declines to honor ICE detainers", "decline to honor ICE detainers"),
)
SANCTUARY_CONDITION_SHAPES = (
    ("Requires {c} before {a}.", True),
    ("Provides that no local government may {i} without {c}.", True),
    ("Repeals the requirement of {c} before {a}.", False),
    ("Allows local governments to {i} without {c}.", False),
)
# ... the terms named as such (2.74.0): {n} the terms
SANCTUARY_TERMS_SHAPES = (
    ("Establishes {n} that must be met before {a}.", True),
    ("Repeals the {n} that must be met before {a}.", False),
)
# Immigration agents let into a place by the government that holds it, or kept out (DOMAIN.md: ICE
# access to jails, courthouses, schools, hospitals). ({a} the agents, {p} the place with its
# preposition, {q} the place alone; shape, side)
LET_IN_AGENTS = ("ICE agents", "immigration agents", "federal immigration officers")
LET_IN_PLACES = (
    "on campus",
    "on school grounds",
    "into the hospital",
    "into nonpublic areas of city buildings",
    "in the courthouse",
    "into the county jail",
)
LET_IN_SHAPES = (
    ("Bars schools from allowing {a} {p} without a judicial warrant.", "protective"),
    ("Prohibits the county from allowing {a} {p}.", "protective"),
    ("Requires the city to allow {a} {p}.", "restrictive"),
    ("Allows {a} {p} without a warrant.", "restrictive"),
    ("Prohibits {a} from entering {q} without a judicial warrant.", "protective"),
    # ... kept out by a verb of barring (2.62.0)
    ("Bars {a} from {q}.", "protective"),
    ("Keeps {a} out of {q}.", "protective"),
    ("Excludes {a} from {q}.", "protective"),
    ("Prohibits counties from barring {a} from {q}.", "restrictive"),
    ("Withholds state funds from cities that bar {a} from {q}.", "restrictive"),
)
# A veto overridden backs the measure, a veto sustained opposes it. ({x} the measure, its side)
VETOED = (
    ("the ordinance limiting cooperation with ICE", "protective"),
    ("the Trust Act", "protective"),
    ("Senate Bill 4, which bans sanctuary cities", "restrictive"),
    ("the resolution supporting the 287(g) agreement", "restrictive"),
    ("the sanctuary state bill", "protective"),
    ("the sanctuary city ordinance", "protective"),
)
VETO_SHAPES = (
    ("Override of the Mayor's veto of {x}", True),
    ("Overriding the Governor's veto of {x}", True),
    ("Motion to override the Mayor's veto of {x}", True),
    ("Veto override: {x}", True),
    ("Sustaining the Mayor's veto of {x}", False),
    # tabled or put off for good: the measure is killed (DOMAIN.md: "tabled" is an outcome of
    # failure)
    ("Motion to table {x}", False),
    ("Motion to postpone indefinitely {x}", False),
    # a veto asked for or praised, a signature asked for (2.43.0): what is vetoed is opposed
    ("A resolution urging the Governor to veto {x}", False),
    ("A resolution commending the Mayor for vetoing {x}", False),
    ("A resolution urging the Governor to sign {x}", True),
)

# A place declaring what it is, or barred from being one ("no city may be a sanctuary city",
# "Resolution declaring the county a law and order county that will cooperate with federal
# immigration authorities"; not one that only "supports ICE", which commends federal agents).
# (shape, side) with {n} the place
DECLARED_PLACES = ("the county", "the city", "Smith County")
DECLARATION_SHAPES = (
    ("Provides that no city in the state may be a sanctuary city.", "restrictive"),
    ("Provides that no county may declare itself a sanctuary county.", "restrictive"),
    ("Provides that no municipality shall become a sanctuary jurisdiction.", "restrictive"),
    (
        "Resolution declaring {n} a law and order county that will cooperate with federal"
        " immigration authorities",
        "restrictive",
    ),
    ("Resolution declaring that {n} will fully cooperate with ICE", "restrictive"),
    ("Resolution declaring {n} a sanctuary for immigrants and refugees", "protective"),
    ("Resolution declaring {n} a sanctuary for all immigrants", "protective"),
    ("Resolution declaring that {n} will not cooperate with ICE", "protective"),
    (
        "Resolution declaring that {n} will not use its resources to assist federal immigration"
        " enforcement",
        "protective",
    ),
)

# ICE at one sensitive place, in the singular and after "before" ("Requires a judicial warrant
# before ICE may enter a school"). (shape, side) with {w} the place
ONE_PLACE = ("a school", "a hospital", "a courthouse", "a shelter")
ONE_PLACE_SHAPES = (
    ("Requires a judicial warrant before ICE may enter {w}.", "protective"),
    ("Requires a judicial warrant before immigration agents may enter {w}.", "protective"),
    ("Prohibits ICE agents from entering {w} without a judicial warrant.", "protective"),
    ("Allows ICE agents to enter {w} without a warrant.", "restrictive"),
    ("Requires {w} to admit ICE agents without a warrant.", "restrictive"),
)


# ICE told of a person, or handed one, in other words than "notify" or "transfer" (DOMAIN.md:
# info sharing covers "sharing release dates"; a hand-over is what a detainer asks). (infinitive,
# gerund) with the shapes below; {j} the jail
HANDED_OVER = (
    (
        "provide ICE with 48 hours notice before releasing a noncitizen",
        "providing ICE with 48 hours notice before releasing a noncitizen",
    ),
    (
        "give ICE advance notice of an inmate's release",
        "giving ICE advance notice of an inmate's release",
    ),
    (
        "tell ICE when an undocumented immigrant is released",
        "telling ICE when an undocumented immigrant is released",
    ),
    ("send inmates' fingerprints to ICE", "sending inmates' fingerprints to ICE"),
    ("turn inmates over to ICE", "turning inmates over to ICE"),
    ("hand over inmates to ICE", "handing over inmates to ICE"),
    ("deliver inmates to ICE upon release", "delivering inmates to ICE upon release"),
    ("release inmates into ICE custody", "releasing inmates into ICE custody"),
    # ... and records turned over (info sharing, not a hand-over of the person)
    ("turn over inmates' records to ICE", "turning over inmates' records to ICE"),
    (
        "hand over personal data to immigration authorities",
        "handing over personal data to immigration authorities",
    ),
)
HANDING_JAILS = ("county jails", "the sheriff", "the Department of Corrections")
HANDING_SHAPES = (
    ("Requires {j} to {i}.", "restrictive"),
    ("Authorizes {j} to {i}.", "restrictive"),
    ("Prohibits {j} from {g}.", "protective"),
    ("Bars {j} from {g}.", "protective"),
)
# ... and a jail paid back for the cost of a hold, in other words (DOMAIN.md: paying for
# cooperation furthers it)
REPAID = (
    "Allows sheriffs to seek reimbursement from the state for costs of complying with immigration"
    " detainers.",
    "Creates a fund to reimburse counties for the costs of honoring ICE detainers.",
    "Reimburses jails for the costs of holding persons for ICE.",
    "To provide for the reimbursement of States and localities for the costs of detaining aliens"
    " pursuant to detainers.",
    "Authorizes counties to recover from the state the costs of holding inmates on immigration"
    " detainers.",
)


# A named sanctuary law amended ("Amends the Illinois TRUST Act. Provides that the Act does not
# apply to persons convicted of a forcible felony"): the amendment's side is what it changes, not
# the law's (DOMAIN.md: exempting from a sanctuary law is restrictive, repealing a ban on 287(g)
# is restrictive). ({l} the law; what the amendment does, its side)
AMENDED_LAWS = ("the Illinois TRUST Act", "the California Values Act", "the Trust Act")
AMENDMENTS = (
    (
        "Provides that the Act does not apply to persons convicted of a forcible felony.",
        "restrictive",
    ),
    ("Creates exceptions for persons who are gang members.", "restrictive"),
    ("Repeals the prohibition on 287(g) agreements.", "restrictive"),
    (
        "Provides that a law enforcement agency may honor an immigration detainer for a person"
        " convicted of a felony.",
        "restrictive",
    ),
    ("Limits the Act to persons held in county jails.", "restrictive"),
    (
        "Deletes a provision prohibiting law enforcement from detaining a person on an"
        " immigration detainer.",
        "restrictive",
    ),
    ("Extends the Act's protections to schools and hospitals.", "protective"),
    ("Prohibits law enforcement agencies from entering into 287(g) agreements.", "protective"),
    (
        "Provides that a law enforcement agency may not transfer a person to ICE custody.",
        "protective",
    ),
)
AMENDED_TO = (
    ("to exempt persons convicted of violent felonies from its protections", "restrictive"),
    ("to allow cooperation with ICE for persons convicted of serious felonies", "restrictive"),
    ("to bar local police from entering into 287(g) agreements", "protective"),
)


# A state's own enforcement in a statute's or a digest's words (DOMAIN.md: "state crimes of illegal
# entry or presence", police status checks during stops): the crime by where one enters, a stop on
# suspicion of presence, papers asked for. (wording, side)
STATE_ENFORCEMENT_WORDS = (
    (
        "Makes it a crime for an alien to enter the state other than at a port of entry.",
        "restrictive",
    ),
    (
        "Makes it a crime for an alien to enter or attempt to enter this state directly from a"
        " foreign nation at any location other than a lawful port of entry.",
        "restrictive",
    ),
    (
        "Repeals the offense of entering the state other than at a lawful port of entry.",
        "protective",
    ),
    ("Allows officers to detain persons they suspect are in the country illegally.", "restrictive"),
    (
        "Authorizes police to arrest anyone they reasonably suspect of being in the United States"
        " unlawfully.",
        "restrictive",
    ),
    (
        "Prohibits police from detaining persons on suspicion of being in the country illegally.",
        "protective",
    ),
    # an arrest on what the officer believes the person is
    (
        "A law enforcement officer may arrest a person the officer has probable cause to believe"
        " is an alien unlawfully present in this state.",
        "restrictive",
    ),
    (
        "A peace officer may arrest, without a warrant, any person whom the officer has probable"
        " cause to believe entered the United States illegally.",
        "restrictive",
    ),
    (
        "A state trooper may detain an individual the trooper reasonably suspects of being"
        " unlawfully present in the United States.",
        "restrictive",
    ),
    (
        "A peace officer shall not arrest a person whom the officer believes to be an alien"
        " unlawfully present in the United States.",
        "protective",
    ),
    (
        "A law enforcement officer may not detain an individual on the belief that the individual"
        " is not lawfully present in the United States.",
        "protective",
    ),
    (
        "Repeals the authority of peace officers to arrest persons believed to be unlawfully"
        " present in the state.",
        "protective",
    ),
    ("Allows police to ask for proof of citizenship during traffic stops.", "restrictive"),
    ("Requires officers to demand proof of legal status from persons they stop.", "restrictive"),
    ("Prohibits police from asking for proof of citizenship during traffic stops.", "protective"),
    ("Prohibits officers from demanding immigration papers from persons they stop.", "protective"),
)


# A detainer said by what it asks, in a statute's words ("a request from U.S. Immigration and
# Customs Enforcement to detain a person beyond the time the person would otherwise be
# released"), as a bill's text under a bare caption and as a summary. ({d} the request; shape,
# side, part)
DETAINERS_DESCRIBED = (
    "a request from U.S. Immigration and Customs Enforcement to detain a person beyond the time"
    " the person would otherwise be released",
    "a request from ICE to hold an inmate past the inmate's release date",
    "an ICE request to keep a person in custody",
)
DESCRIBED_SHAPES = (
    ("A county jail may not comply with {d}.", "protective", "text"),
    ("A county jail shall comply with {d}.", "restrictive", "text"),
    ("Prohibits jails from complying with {d}.", "protective", "summary"),
    ("Requires jails to comply with {d}.", "restrictive", "summary"),
)


# A government praised or blamed for what it did ("Resolution commending the police chief for
# refusing to honor ICE detainers", "censuring the mayor for signing the sanctuary city
# ordinance"): praise backs the act, blame opposes it; praise of the thing itself backs it.
# ((word, whether it blames); the government; (the act, its side))
PRAISE_WORDS = (
    ("thanking", False),
    ("commending", False),
    ("applauding", False),
    ("congratulating", False),
    ("praising", False),
    ("criticizing", True),
    ("censuring", True),
    ("rebuking", True),
    ("condemning", True),
    ("reprimanding", True),
)
PRAISED = ("the sheriff", "the county", "the police chief", "the mayor")
PRAISED_ACTS = (
    ("refusing to honor ICE detainers", "protective"),
    ("ending the 287(g) agreement", "protective"),
    ("signing the sanctuary city ordinance", "protective"),
    ("limiting cooperation with ICE", "protective"),
    ("honoring ICE detainers", "restrictive"),
    ("entering into a 287(g) agreement", "restrictive"),
    ("cooperating with federal immigration authorities", "restrictive"),
    ("renting jail beds to ICE", "restrictive"),
)
CASES = (
    ("Resolution recognizing the sheriff's cooperation with ICE", "restrictive"),
    ("Resolution commending the sheriff's participation in the 287(g) program", "restrictive"),
    (
        "Resolution recognizing the county's policy of limiting cooperation with ICE",
        "protective",
    ),
)


# A case in court against a policy, backed or opposed ("Resolution authorizing the city to join
# the lawsuit challenging Senate Bill 4, which bans sanctuary cities", "opposing the federal
# lawsuit against the city's welcoming ordinance"): the case hinders what it is against, and
# backing or opposing it goes with or against the case. ((words, how many times they turn it);
# the case; (what it is against, its side))
CASE_WORDS = (
    ("Resolution supporting", 0),
    ("Resolution authorizing the city to join", 0),
    ("Resolution opposing", 1),
    ("Resolution condemning", 1),
    ("Resolution in support of the plaintiffs in", 0),
)
CASES_IN_COURT = (
    "the lawsuit against",
    "the lawsuit challenging",
    "the Attorney General's lawsuit against",
    "the federal lawsuit challenging",
    "litigation against",
)
CASE_OBJECTS = (
    ("the state's sanctuary law", "protective"),
    ("the city's welcoming ordinance", "protective"),
    ("the California Values Act", "protective"),
    ("the state's ban on sanctuary cities", "restrictive"),
    ("Senate Bill 4, which bans sanctuary cities", "restrictive"),
    ("the 287(g) program", "restrictive"),
    ("sanctuary cities", "protective"),
    ("the state's immigration enforcement law", "restrictive"),
    ("the state law making unlawful entry a state crime", "restrictive"),
)


# Local ID cards said by who may get them (DOMAIN.md: municipal ID cards are relevant, a ban on
# local ID cards for undocumented residents restrictive; a state's cards and driver's licenses are
# other immigration, in the look-alike probe). ({i} the issuer, {p} the people; shape, side)
ID_ISSUERS = ("counties", "the city", "municipalities", "local governments")
ID_PEOPLE = (
    "persons who cannot prove lawful presence",
    "residents regardless of immigration status",
    "undocumented residents",
    "illegal aliens",
    # the residents alone: a local government's own card program
    "residents",
)
# ... and presence in the state made a crime in a statute's or a digest's own words ("Makes it a
# violation of state law for individuals to be in the state without proper documentation"), or
# that crime repealed. ({w} who, {p} the presence; shape, side)
PRESENT_WHO = ("an alien", "a person", "individuals", "an undocumented immigrant")
PRESENCES = (
    "be in the state without proper documentation",
    "be present in the state without lawful status",
    "be in this state without proper immigration documents",
    "remain in the state unlawfully",
    "be present in this state in violation of federal immigration law",
    "reside in the state without legal authorization",
)
PRESENCE_CRIME_SHAPES = (
    ("Makes it a crime for {w} to {p}.", "restrictive"),
    ("Makes it a state misdemeanor for {w} to {p}.", "restrictive"),
    ("Makes it a violation of state law for {w} to {p}.", "restrictive"),
    ("Provides that it is a criminal offense for {w} to {p}.", "restrictive"),
    ("Repeals the provision that makes it a crime for {w} to {p}.", "protective"),
)
ID_SHAPES = (
    ("Authorizes {i} to issue identification cards to {p}.", "protective"),
    ("Prohibits {i} from issuing identification cards to {p}.", "restrictive"),
)

# A person's immigration status handed to immigration authorities, or kept from them (DOMAIN.md:
# info sharing covers "personal data"), whoever holds it: a service agency as well as a jail.
# ({a} who holds it, {p} whose status; shape, side)
STATUS_HOLDERS = ("the housing authority", "state agencies", "the Department of Social Services")
STATUS_OF = (
    "applicants for Medicaid",
    "tenants of public housing",
    "persons in custody",
    "applicants for public assistance",
)
STATUS_SHARE_SHAPES = (
    (
        "Prohibits {a} from sharing the immigration status of {p} with federal immigration"
        " authorities.",
        "protective",
    ),
    (
        "Prohibits {a} from disclosing the citizenship or immigration status of {p} to ICE.",
        "protective",
    ),
    (
        "Requires {a} to report the immigration status of {p} to the Department of Homeland"
        " Security.",
        "restrictive",
    ),
    (
        "Requires {a} to share the immigration status of {p} with federal immigration authorities.",
        "restrictive",
    ),
    ("Requires {a} to provide the citizenship status of {p} to ICE upon request.", "restrictive"),
)
# A place's own property closed to law enforcement's staging or its non-public areas (DOMAIN.md:
# ICE access; the "ICE-free zone" ordinances of 2025 name law enforcement in general, since a
# city cannot single out one federal agency). ({p} the place; shape, side)
CLOSED_PLACES = (
    "city-owned property",
    "county facilities",
    "non-public areas of city buildings",
    "village property",
)
CLOSED_SHAPES = (
    ("Prohibits law enforcement staging operations on {p}.", "protective"),
    ("Ordinance prohibiting law enforcement staging on {p}", "protective"),
    ("Limits law enforcement access to {p}.", "protective"),
    ("Ordinance restricting law enforcement access to {p}", "protective"),
    ("An ordinance relating to law enforcement access to {p}", "protective"),
    ("Requires a judicial warrant for law enforcement access to {p}.", "protective"),
    ("Repeals the limits on law enforcement access to {p}.", "restrictive"),
)
# Money for an enforcement tool accepted, or turned down (DOMAIN.md: paying for cooperation
# furthers it). ({m} the money, {t} what it pays for, with its topic; shape, whether it takes it)
FUNDS = ("a grant", "reimbursement", "federal funds", "payments")
FUNDED_TOOLS = (
    ("the 287(g) program", "287g"),
    ("the costs of the 287(g) agreement", "287g"),
    ("housing immigration detainees", "detention_contracts"),
)
FUNDS_SHAPES = (
    ("Accepting {m} from ICE for {t}", True),
    (
        "Authorizing the sheriff to accept {m} from Immigration and Customs Enforcement for {t}",
        True,
    ),
    ("Approving the acceptance of {m} for {t}", True),
    ("Declining {m} for {t}", False),
    ("Resolution rejecting {m} for {t}", False),
)

# Money for a state's or locality's own part in enforcement, as grant programs give it (DOMAIN.md:
# a state or locality enforcing immigration law itself): made, taken or backed is restrictive;
# ended, barred or turned down is protective. Read as the summary under a bare caption. ({p} the
# money and what it pays for; shape, side)
LOCAL_ENFORCEMENT_MONEY = (
    "the Local Law Enforcement Immigration Grant Program",
    "a grant program for local immigration enforcement",
    "state grants to sheriffs for immigration enforcement",
    "funding for local law enforcement to cooperate with ICE",
    "grants to local law enforcement agencies for immigration enforcement",
    "the immigration enforcement grant program",
    "bonuses for officers who assist federal immigration enforcement",
    "state funding for local immigration enforcement",
    "an incentive program for law enforcement agencies that participate in immigration enforcement",
    "funds to the department of public safety for immigration enforcement",
)
LOCAL_ENFORCEMENT_MONEY_SHAPES = (
    ("Approves the application to {p}.", "restrictive"),
    ("Accepts {p}.", "restrictive"),
    ("Creates {p}.", "restrictive"),
    ("Establishes {p}.", "restrictive"),
    ("Appropriates $5,000,000 for {p}.", "restrictive"),
    ("Expands {p}.", "restrictive"),
    ("Authorizes the city manager to accept {p}.", "restrictive"),
    ("Supporting {p}.", "restrictive"),
    ("Repeals {p}.", "protective"),
    ("Eliminates {p}.", "protective"),
    ("Ends {p}.", "protective"),
    ("Prohibits {p}.", "protective"),
    ("Declines {p}.", "protective"),
    ("Opposing {p}.", "protective"),
)
MONEY_CAPTION = "An act relating to public safety"

# People reported to immigration authorities, or information about them shared, by the agencies
# that serve them (benefits, health, schools, motor vehicles) as by jails, with the people named
# between the verb and the agency, often by their status (DOMAIN.md: info_sharing): required is
# restrictive; barred, or its bar repealed, goes the other way. ({a} the agency, {A}
# capitalized, {p} the people, {u} the agency told; shape, side)
REPORTING_AGENCIES = (
    "the Health Care Authority",
    "the Department of Human Services",
    "school districts",
    "hospitals",
    "the Department of Motor Vehicles",
    "public benefits offices",
    "the sheriff",
)
REPORTED_PEOPLE = (
    "applicants who are not lawfully present",
    "unlawfully present applicants",
    "undocumented patients",
    "persons not lawfully present",
    "inmates who are not citizens",
)
AGENCIES_TOLD = (
    "federal immigration authorities",
    "U.S. Immigration and Customs Enforcement",
    "ICE",
)
REPORT_SHAPES = (
    ("Prohibits {a} from reporting {p} to {u}.", "protective"),
    ("Bars {a} from sharing information about {p} with {u}.", "protective"),
    ("Prohibits {a} from disclosing the names and addresses of {p} to {u}.", "protective"),
    ("{A} may not report {p} to {u}.", "protective"),
    ("{A} shall not provide information about {p} to {u}.", "protective"),
    ("Requires {a} to report {p} to {u}.", "restrictive"),
    ("Requires {a} to share information about {p} with {u}.", "restrictive"),
    ("Repeals the prohibition on {a} reporting {p} to {u}.", "restrictive"),
)
REPORT_CAPTION = "An Act relating to public agencies"
# ... and the federal government told, with no "immigration" beside it: only people named by
# their lack of status make it the immigration agency (not "inmates who are not citizens")
FEDERAL_TOLD = ("the federal government", "federal agencies", "federal authorities")
REPORTED_WITHOUT_STATUS = tuple(p for p in REPORTED_PEOPLE if "not citizens" not in p)

# A state's own arrests for how people came, and its crimes of moving or sheltering them, with the
# people named by their status after them (DOMAIN.md: state crimes of illegal entry, state
# enforcement): made or let is restrictive; barred or repealed protective. Read as the summary
# under a caption that says nothing. ({o} the officers, {b} the basis, {p} the people)
STATE_ARRESTERS = ("peace officers", "law enforcement officers", "state troopers", "sheriffs")
ARREST_BASES = (
    "unlawful entry into this state",
    "illegal entry",
    "unlawful entry into the United States",
    "illegal reentry",
)
STATE_ARREST_SHAPES = (
    ("Authorizes {o} to arrest a person for {b}.", "restrictive"),
    ("Authorizes {o} to arrest persons suspected of {b}.", "restrictive"),
    ("Prohibits {o} from arresting persons suspected of {b}.", "protective"),
    ("Requires {o} to arrest any person charged with {b}.", "restrictive"),
    ("Prohibits {o} from arresting a person for {b}.", "protective"),
)
MOVED_PEOPLE = (
    "an alien who entered the country illegally",
    "a person who is unlawfully present",
    "an immigrant who entered this state without authorization",
    "an alien who illegally entered the United States",
)
MOVED_SHAPES = (
    ("Makes it a crime to knowingly transport {p}.", "restrictive"),
    ("Makes it a felony to harbor {p}.", "restrictive"),
    ("Creates the offense of transporting {p}.", "restrictive"),
    ("Repeals the crime of transporting {p}.", "protective"),
    # abolished or eliminated as repealed (2.65.0)
    ("Abolishes the crime of harboring {p}.", "protective"),
    ("Eliminates the offense of transporting {p}.", "protective"),
    # struck or done away with the same (2.66.0)
    ("Strikes the crime of harboring {p}.", "protective"),
    ("Does away with the offense of transporting {p}.", "protective"),
)
SAFETY_CAPTION = "Public safety"

# The businesses that serve immigration enforcement, whose contracts a sanctuary place refuses
# (the sanctuary topic): contracts with them barred, or money taken out, is protective; the bar
# repealed, or a refusal barred, restrictive. ({v} the businesses, {r} what they do; shape, side)
VENDORS = ("companies", "vendors", "contractors", "data brokers")
VENDOR_RELATIONS = (
    "that do business with ICE",
    "that provide services to U.S. Immigration and Customs Enforcement",
    "that sell data to federal immigration authorities",
    "that contract with immigration enforcement agencies",
)
# ... and those that carry the people it deports (2.67.0)
CARRIERS = ("airlines", "charter companies", "air carriers")
CARRIER_RELATIONS = (
    "that transport people detained by ICE",
    "that fly individuals in the custody of U.S. Immigration and Customs Enforcement",
    "that transport detainees for deportation",
)
VENDOR_SHAPES = (
    ("Prohibits the city from contracting with {v} {r}.", "protective"),
    ("Bars county contracts with {v} {r}.", "protective"),
    ("Requires the state to divest from {v} {r}.", "protective"),
    ("Repeals the ban on city contracts with {v} {r}.", "restrictive"),
    ("Prohibits cities from refusing to contract with {v} {r}.", "restrictive"),
)
# One-line summaries in the many shapes the classes of 2.63.0 came from (each read under a
# caption that says nothing, and under a bare "Immigration"): (summary, side)
SUMMARY_SAMPLER = (
    (
        "Prohibits law enforcement officers from arresting a person solely on the basis"
        " of immigration status.",
        "protective",
    ),
    (
        "Prohibits peace officers from stopping or detaining a person to determine"
        " immigration status.",
        "protective",
    ),
    (
        "Authorizes peace officers to arrest a person for unlawful entry into this state.",
        "restrictive",
    ),
    (
        "Requires the state to reimburse counties for the cost of holding persons on"
        " immigration detainers.",
        "restrictive",
    ),
    (
        "Prohibits the state from contracting with private companies to transport migrants.",
        "protective",
    ),
    (
        "Requires county jails to allow federal immigration officers to interview inmates.",
        "restrictive",
    ),
    (
        "Requires written consent before an inmate is interviewed by immigration officers.",
        "protective",
    ),
    ("Prohibits the use of state databases for immigration enforcement purposes.", "protective"),
    (
        "Allows the Department of Motor Vehicles to share driver records with immigration"
        " authorities.",
        "restrictive",
    ),
    ("Requires schools to verify the immigration status of enrolling students.", "restrictive"),
    ("Prohibits schools from inquiring about the immigration status of students.", "protective"),
    (
        "Creates a state crime of illegal reentry and authorizes state judges to order removal.",
        "restrictive",
    ),
    ("Repeals the state crime of illegal entry.", "protective"),
    (
        "Establishes a fund to provide legal representation to immigrants facing deportation.",
        "protective",
    ),
    (
        "Eliminates funding for the universal representation program for immigrants in"
        " removal proceedings.",
        "restrictive",
    ),
    ("Prohibits counties from renewing contracts to detain immigrants for ICE.", "protective"),
    (
        "Authorizes the county to enter into an intergovernmental service agreement with"
        " ICE to house detainees.",
        "restrictive",
    ),
    ("Requires law enforcement agencies to certify U visa requests within 90 days.", "protective"),
    (
        "Prohibits the issuance of municipal identification cards to persons who are not"
        " lawfully present.",
        "restrictive",
    ),
    (
        "Requires the sheriff to notify an inmate before an ICE interview and to obtain consent.",
        "protective",
    ),
    (
        "Requires each sheriff to enter into a written agreement with ICE under section 287(g).",
        "restrictive",
    ),
    ("Prohibits sheriffs from entering into agreements under 8 U.S.C. 1357(g).", "protective"),
    ("Declares the city a welcoming city and limits police cooperation with ICE.", "protective"),
    (
        "Requires the attorney general to publish model policies limiting immigration"
        " enforcement at schools and hospitals.",
        "protective",
    ),
    (
        "Repeals the requirement that the attorney general publish model policies"
        " limiting immigration enforcement at schools.",
        "restrictive",
    ),
    (
        "Makes it a crime to knowingly transport an alien who entered the country illegally.",
        "restrictive",
    ),
    ("Prohibits landlords from inquiring about the immigration status of tenants.", "protective"),
    (
        "Requires employers in the city to verify employment eligibility and penalizes"
        " landlords who rent to undocumented immigrants.",
        "restrictive",
    ),
    ("Prohibits the National Guard from assisting federal immigration enforcement.", "protective"),
    (
        "Authorizes the governor to deploy the National Guard to assist with immigration"
        " enforcement.",
        "restrictive",
    ),
    (
        "Prohibits state and local agencies from collecting information on immigration"
        " status except as required by law.",
        "protective",
    ),
    ("Prohibits immigration enforcement in courthouses without a judicial warrant.", "protective"),
    ("Prohibits civil arrests in and around courthouses.", "protective"),
    ("Allows immigration arrests at courthouses.", "restrictive"),
    (
        "Requires law enforcement agencies to honor detainers issued by the Department of"
        " Homeland Security.",
        "restrictive",
    ),
    ("Bars state funds from being used to build immigration detention facilities.", "protective"),
    ("Provides state funds to build a state immigration detention facility.", "restrictive"),
    (
        "Repeals the law barring local governments from contracting with private"
        " immigration detention companies.",
        "restrictive",
    ),
    (
        "Requires the state police to participate in the federal 287(g) task force program.",
        "restrictive",
    ),
    ("Ends the state police's participation in the 287(g) task force program.", "protective"),
    (
        "Prohibits public employees from disclosing a person's place of birth to federal"
        " immigration officers.",
        "protective",
    ),
    ("Directs local police to participate in immigration raids.", "restrictive"),
    (
        "Shields immigrants from detention by local police for civil immigration violations.",
        "protective",
    ),
    ("Prohibits the city from contracting with companies that do business with ICE.", "protective"),
    (
        "Requires the state pension fund to divest from private prison companies that"
        " operate immigration detention centers.",
        "protective",
    ),
    (
        "Bars city contracts with vendors that provide data to Immigration and Customs"
        " Enforcement.",
        "protective",
    ),
    (
        "Prohibits the county from entering into contracts with data brokers that sell"
        " information to immigration authorities.",
        "protective",
    ),
    (
        "Requires the Department of Corrections to identify inmates who are foreign"
        " nationals and coordinate with ICE for their removal.",
        "restrictive",
    ),
    ("Requires county jails to give ICE access to booking records.", "restrictive"),
    (
        "Prohibits the use of automated license plate reader data for immigration enforcement.",
        "protective",
    ),
    (
        "Requires state agencies to deny public benefits to persons not lawfully present"
        " and report them to ICE.",
        "restrictive",
    ),
    (
        "Prohibits law enforcement from asking crime victims and witnesses about their"
        " immigration status.",
        "protective",
    ),
    (
        "Requires law enforcement to ask every person arrested about their citizenship.",
        "restrictive",
    ),
    (
        "Prohibits jails from extending a person's detention to allow ICE to take custody.",
        "protective",
    ),
    (
        "Requires jails to hold a person for up to 48 hours after release at the request of ICE.",
        "restrictive",
    ),
    (
        "Provides that a person may not be held past their release date on the basis of"
        " an immigration detainer.",
        "protective",
    ),
    (
        "Allows jails to keep a person in custody past release when ICE has issued a detainer.",
        "restrictive",
    ),
    (
        "Requires the governor to designate a state agency to coordinate with federal"
        " immigration authorities.",
        "restrictive",
    ),
    (
        "Creates a state task force to assist ICE in locating and detaining illegal aliens.",
        "restrictive",
    ),
    ("Abolishes the state's immigration enforcement task force.", "protective"),
    (
        "Prohibits the state from using state-owned land for immigration detention facilities.",
        "protective",
    ),
    (
        "Authorizes the state to lease state land to the federal government for"
        " immigration detention.",
        "restrictive",
    ),
    (
        "Requires school resource officers to refrain from assisting ICE on school grounds.",
        "protective",
    ),
    ("Permits ICE agents to enter school grounds without a warrant.", "restrictive"),
    (
        "Establishes a rapid response network and legal hotline for residents facing"
        " immigration enforcement.",
        "protective",
    ),
    ("Creates a fund for deportation defense.", "protective"),
    ("Prohibits the use of county funds for deportation defense.", "restrictive"),
    (
        "Terminates the county's agreement with ICE to house detainees in the county jail.",
        "protective",
    ),
    ("Approves the renewal of the county's agreement with ICE to house detainees.", "restrictive"),
    (
        "Prohibits public hospitals from sharing patient information with immigration authorities.",
        "protective",
    ),
    (
        "Requires public colleges to share student records with federal immigration"
        " authorities upon request.",
        "restrictive",
    ),
    (
        "Requires law enforcement to obtain a judicial warrant before transferring a"
        " person to ICE.",
        "protective",
    ),
    ("Removes the judicial warrant requirement for transfers to ICE.", "restrictive"),
)
SAMPLER_CAPTIONS = ("Relating to public safety", "Immigration")

# Acts of enforcement as one-line summaries word them (2.64.0), as (gerund, infinitive): release
# dates given, people kept or moved for ICE, a local force's own street work, questions about
# status, status recorded, money and data used, warrants served, requests answered, task forces
# joined, office space given, help with deportations and arrests
SUMMARY_ACTS = (
    ("sharing release dates with ICE", "share release dates with ICE"),
    ("giving ICE the release date of an inmate", "give ICE the release date of an inmate"),
    ("providing ICE with release information", "provide ICE with release information"),
    (
        "giving driver's license data to immigration authorities",
        "give driver's license data to immigration authorities",
    ),
    (
        "arresting people for federal immigration violations",
        "arrest people for federal immigration violations",
    ),
    ("making arrests for immigration violations", "make arrests for immigration violations"),
    ("patrolling for immigration violations", "patrol for immigration violations"),
    ("setting up immigration checkpoints", "set up immigration checkpoints"),
    (
        "running immigration checks on people they stop",
        "run immigration checks on people they stop",
    ),
    (
        "questioning people about their immigration status",
        "question people about their immigration status",
    ),
    ("keeping people in jail for ICE", "keep people in jail for ICE"),
    ("holding inmates for immigration authorities", "hold inmates for immigration authorities"),
    ("transporting people to ICE facilities", "transport people to ICE facilities"),
    ("housing immigration detainees", "house immigration detainees"),
    ("assisting in deportations", "assist in deportations"),
    (
        "assisting federal agents with immigration arrests",
        "assist federal agents with immigration arrests",
    ),
    ("joining ICE task forces", "join ICE task forces"),
    ("taking part in immigration enforcement", "take part in immigration enforcement"),
    ("using city money for immigration enforcement", "use city money for immigration enforcement"),
    (
        "using license plate reader data for immigration enforcement",
        "use license plate reader data for immigration enforcement",
    ),
    (
        "recording the immigration status of people they arrest",
        "record the immigration status of people they arrest",
    ),
    ("serving immigration warrants", "serve immigration warrants"),
    ("enforcing civil immigration law", "enforce civil immigration law"),
    ("cooperating with deportation efforts", "cooperate with deportation efforts"),
    ("responding to ICE requests for information", "respond to ICE requests for information"),
    ("giving ICE office space in the courthouse", "give ICE office space in the courthouse"),
    (
        "notifying federal authorities of a person's immigration status",
        "notify federal authorities of a person's immigration status",
    ),
    # agents let in, given access or let question the people held (2.65.0)
    (
        "giving immigration agents access to the jail",
        "give immigration agents access to the jail",
    ),
    ("letting ICE agents interview inmates", "let ICE agents interview inmates"),
    (
        "permitting immigration agents to question inmates",
        "permit immigration agents to question inmates",
    ),
    ("admitting ICE agents to the courthouse", "admit ICE agents to the courthouse"),
)
# The acts of SUMMARY_ACTS as a resolution's title names them (2.65.0): a resolution urging or
# backing a bar on one names a tracked policy, not immigration in general. (shape, side)
RESOLUTION_ACT_DOERS = ("the sheriff", "local police", "the county")
RESOLUTION_ACT_SHAPES = (
    ("Resolution urging the legislature to prohibit {a} from {g}", "protective"),
    ("Resolution supporting legislation to prohibit {a} from {g}", "protective"),
    ("Resolution opposing legislation to require {a} to {i}", "protective"),
    ("Resolution supporting a bill that would require {a} to {i}", "restrictive"),
    ("Resolution urging the governor to sign a bill requiring {a} to {i}", "restrictive"),
    ("Resolution opposing any effort to prohibit {a} from {g}", "restrictive"),
    ("Resolution directing {a} to stop {g}", "protective"),
    ("Resolution directing {a} to {i}", "restrictive"),
    ("A resolution calling on {a} to end the practice of {g}", "protective"),
)
# A place's own immigration enforcement or compliance act by its short title (2.64.0), made,
# backed, opposed or repealed. (shape, side): {p} the place, {k} "Enforcement" or "Compliance"
PLACE_ACT_PLACES = ("Oklahoma", "Kansas", "Ohio", "Tennessee")
PLACE_ACT_SHAPES = (
    ("{p} Immigration {k} Act", "restrictive"),
    ("{p} Public Safety and Immigration {k} Act", "restrictive"),
    ("AN ACT TO ENACT THE {P} IMMIGRATION {K} ACT", "restrictive"),
    ("An act relating to immigration; creating the {p} Immigration {k} Act.", "restrictive"),
    ("Resolution supporting the {p} Immigration {k} Act", "restrictive"),
    ("Resolution opposing the {p} Immigration {k} Act", "protective"),
    ("Repeals the {p} Immigration {k} Act.", "protective"),
    # undone in part or suspended, the name read the other way (2.65.0)
    ("Repeals the {p} Illegal Immigration {k} Act.", "protective"),
    ("Suspends the {p} Public Safety and Immigration {k} Act.", "protective"),
    ("Amends the {p} Immigration {k} Act to exempt schools.", "protective"),
    ("Exempts churches from the {p} Immigration {k} Act.", "protective"),
)
SUMMARY_ACT_DOERS = (
    "the sheriff",
    "local police",
    "the county",
    "state agencies",
    "the department of corrections",
)
# (shape, side): {g} the gerund, {i} the infinitive, {a} who acts
SUMMARY_ACT_SHAPES = (
    ("Prohibits {a} from {g}.", "protective"),
    ("Bars {a} from {g}.", "protective"),
    ("Stops {a} from {g}.", "protective"),
    ("Prevents {a} from {g}.", "protective"),
    ("Requires {a} to {i}.", "restrictive"),
    ("Allows {a} to {i}.", "restrictive"),
    ("Empowers {a} to {i}.", "restrictive"),
    ("Repeals the prohibition on {a} {g}.", "restrictive"),
    # a policy named by what it bars, undone; an exemption from a bar (2.65.0)
    ("Prohibits any policy that keeps {a} from {g}.", "restrictive"),
    ("Exempts {a} from the prohibition on {g}.", "restrictive"),
)

# Arrests of people on their way to or from court (DOMAIN.md: ICE access to courthouses; a short
# title naming a ban on sensitive-place arrests carries its topic alone). (wording, side)
COURT_ARRESTS = (
    (
        "Prohibits the arrest of any person going to, attending, or returning from a court"
        " proceeding without a judicial warrant.",
        "protective",
    ),
    (
        "Exempts witnesses and parties from civil arrest while going to, remaining at, or"
        " returning from a court proceeding.",
        "protective",
    ),
    (
        "Provides that no person shall be subject to arrest while traveling to or from a court"
        " proceeding, except under a judicial warrant.",
        "protective",
    ),
    ("Prohibits the arrest of persons attending court proceedings.", "protective"),
    ("Protect Our Courts Act", "protective"),
    ("Courts Open to All Act", "protective"),
    (
        "Repeals the prohibition on the arrest of persons attending court proceedings.",
        "restrictive",
    ),
    (
        "Allows the arrest of persons attending court proceedings without a judicial warrant.",
        "restrictive",
    ),
)
# A jail or its officers checking the citizenship of the people it books (DOMAIN.md: police
# status checks are state enforcement). ({j} who checks; shape, side)
BOOKING_CHECKERS = ("each county jail", "the sheriff", "law enforcement officers", "jailers")
BOOKING_CHECK_SHAPES = (
    (
        "Requires {j} to determine the citizenship of every person booked into the jail.",
        "restrictive",
    ),
    ("Requires {j} to verify the nationality of all persons arrested.", "restrictive"),
    (
        "Requires {j} to ascertain the citizenship of each prisoner confined in the jail.",
        "restrictive",
    ),
    ("Requires {j} to determine the immigration status of persons arrested.", "restrictive"),
    (
        "Prohibits {j} from determining the citizenship of persons booked into custody.",
        "protective",
    ),
)

# ... and E-Verify beside a tracked policy in one summary: the policy is still read (DOMAIN.md:
# E-Verify for employers is other_immigration, the rest of an omnibus bill is not). (wording,
# side, topic)
EVERIFY_BESIDE = (
    (
        "Requires employers to use E-Verify and requires law enforcement officers to verify the"
        " immigration status of persons stopped.",
        "restrictive",
        "state_enforcement",
    ),
    (
        "Requires employers to use E-Verify and prohibits sanctuary policies.",
        "restrictive",
        "anti_sanctuary",
    ),
    (
        "Requires employers to use E-Verify; requires jails to honor immigration detainers.",
        "restrictive",
        "detainers",
    ),
    (
        "Requires law enforcement officers to verify the immigration status of persons stopped and"
        " employers to use E-Verify.",
        "restrictive",
        "state_enforcement",
    ),
    (
        "Repeals the requirement that employers use E-Verify and prohibits state agencies from"
        " sharing information with ICE.",
        "protective",
        "info_sharing",
    ),
)

# A place shielded from punishment for limiting cooperation (DOMAIN.md: anti-sanctuary measures
# "cut funding"; barring the cut shields the place). ({p} the places; shape)
SHIELDED_PLACES = (
    "sanctuary jurisdictions",
    "cities that limit cooperation with ICE",
    "counties that decline immigration detainer requests",
)
SHIELD_SHAPES = (
    "To prohibit the use of Federal funds to penalize {p}.",
    "Prohibits the state from withholding funds from {p}.",
    "To prohibit the Attorney General from denying grants to {p}.",
    "Bars any penalty against {p}.",
    # ... in Congress's other words (2.43.0): kept from losing, the power to cut limited, the
    # money restored or kept flowing
    "To protect {p} from losing Federal grants.",
    "To shield {p} from Federal funding cuts.",
    "To limit the authority of the Attorney General to withhold grants from {p}.",
    "To prevent the Federal Government from defunding {p}.",
    "To restore Federal grants to {p}.",
    "To ensure that {p} continue to receive Federal funds.",
    # ... or a punishment denied in the negative (2.62.0)
    "The attorney general may not sue {p}.",
    "No state agency shall withhold funds from {p}.",
    "The state shall not penalize {p}.",
    "A district attorney may not prosecute {p}.",
    # ... or the duty to punish undone (2.62.0)
    "Removes the requirement that the attorney general sue {p}.",
    "Ends state prosecution of {p}.",
)
# A government's authority to act, repealed, or affirmed as it stands, as federal bills say it
# ("To repeal the authority of the Secretary to enter into agreements under section 287(g)", "To
# clarify the authority of State and local law enforcement to arrest aliens"). ({g} who, {a} the
# act; the act's side)
AUTHORITY_HOLDERS = (
    ("State and local law enforcement officers", "have"),
    ("States", "have"),
    ("a county sheriff", "has"),
)
AUTHORITY_ACTS = (
    ("enter into agreements under section 287(g)", "restrictive"),
    ("enforce Federal immigration law", "restrictive"),
    ("arrest and detain aliens for violations of immigration law", "restrictive"),
    ("decline immigration detainer requests", "protective"),
    ("limit their cooperation with Federal immigration enforcement", "protective"),
)
AUTHORITY_SHAPES = (
    ("To repeal the authority of {g} to {a}.", True),
    ("Revokes the authority of {g} to {a}.", True),
    ("To clarify the authority of {g} to {a}.", False),
    ("To clarify that {g} {v} the authority to {a}.", False),
    ("Affirms the inherent authority of {g} to {a}.", False),
    # ... and a program that lets it, ended
    ("To discontinue the Federal program that authorizes {g} to {a}.", True),
    ("Terminates the program that allows {g} to {a}.", True),
)
# ... and the federal side of an agreement: the Secretary's authority to enter into them
SECRETARY_AUTHORITY = (
    (
        "To repeal the authority of the Secretary of Homeland Security to enter into agreements"
        " under section 287(g).",
        "protective",
    ),
    (
        "To clarify that the Secretary of Homeland Security has the authority to enter into"
        " agreements under section 287(g) with any State or locality.",
        "restrictive",
    ),
)
# Enforcement actions at sensitive places, as federal bills and DHS policy name them (DOMAIN.md:
# ICE access to schools, hospitals, courthouses). (wording, side)
ENFORCEMENT_ACTIONS = (
    (
        "To prohibit the Department of Homeland Security from conducting enforcement actions at"
        " sensitive locations.",
        "protective",
    ),
    (
        "Prohibits enforcement actions by U.S. Immigration and Customs Enforcement at schools,"
        " hospitals, and places of worship.",
        "protective",
    ),
    ("Restricts immigration enforcement actions at or near sensitive locations.", "protective"),
    (
        "To limit enforcement actions at courthouses by the Department of Homeland Security.",
        "protective",
    ),
    (
        "Allows the Department of Homeland Security to conduct enforcement actions at sensitive"
        " locations.",
        "restrictive",
    ),
)

# Counsel for people facing removal, said by who has it (DOMAIN.md: public legal defense in
# removal proceedings is relevant by definition). (wording, side)
COUNSEL_WORDINGS = (
    ("Ensures that children in removal proceedings are represented by counsel.", "protective"),
    ("Guarantees that detained immigrants facing deportation have an attorney.", "protective"),
    ("Funds attorneys for detained immigrants in deportation cases.", "protective"),
    ("Requires the state to provide counsel to persons in immigration detention.", "protective"),
    (
        "Provides that every person in removal proceedings has the right to appointed counsel.",
        "protective",
    ),
    (
        "Prohibits the use of county funds for legal representation of persons in removal"
        " proceedings.",
        "restrictive",
    ),
    # an agenda item for the services ("removal" here is the case, not an act of the county)
    ("Authorize agreement with nonprofit to provide removal defense legal services", "protective"),
    ("Authorizes the county to contract for removal defense services.", "protective"),
    (
        "Authorizes the public defender to represent residents in removal proceedings.",
        "protective",
    ),
)
# Acts named against sanctuary places in other words than a ban ("Justice for Victims of
# Sanctuary Cities Act", "Mobilizing Against Sanctuary Cities Act"), and places held to account
ANTI_SANCTUARY_NAMES = (
    "Justice for Victims of Sanctuary Cities Act",
    "Mobilizing Against Sanctuary Cities Act",
    "Victims of Sanctuary Jurisdictions Act",
    "To hold sanctuary jurisdictions accountable for the release of criminal aliens.",
    "Holds sanctuary cities accountable for crimes committed by released aliens.",
)

# A bar or a duty negated, and the room a government has narrowed or widened, as digests say it
# ("Provides that a law enforcement agency may not be prohibited from cooperating with federal
# immigration authorities", "Narrows the circumstances under which a jail may honor an
# immigration detainer"). ({a} who, {g} the gerund, {i} the infinitive; shape, how many times it
# turns the act over)
NEGATED_ACTORS = ("a local law enforcement agency", "a county jail")
NEGATED_SHAPES = (
    ("Provides that {a} may not be prohibited from {g}.", 0),
    ("Provides that {a} shall not be prevented from {g}.", 0),
    ("Provides that no state law requires {a} to {i}.", 1),
    ("Narrows the circumstances under which {a} may {i}.", 1),
    ("Broadens the circumstances under which {a} may {i}.", 0),
)
# ... and a law's protections extended to more people, or taken from some (DOMAIN.md: exempting
# from a sanctuary law is restrictive). (law, its side; shape, whether it turns the law over)
PROTECTED_BY = (("the state's sanctuary law", "protective"), ("the Trust Act", "protective"))
PROTECTION_SHAPES = (
    ("Extends the protections of {l} to persons on probation.", False),
    ("Expands the protections of {l} to persons held in state prisons.", False),
    ("Exempts persons convicted of a felony from the protections of {l}.", True),
)

# A statute's definitions say what a term means, not what the bill does: an anti-sanctuary law
# defines a "sanctuary policy" by the limits it bans, a sanctuary law defines "civil immigration
# enforcement" by the acts it keeps its agencies out of. Read as a bill's text under a bare
# caption, the operative section decides. ({d} the definition; the operative section, its side)
DEFINITIONS = (
    '"Sanctuary policy" means any order, ordinance, or policy of a local governmental entity that'
    " prohibits or restricts a law enforcement agency from communicating or exchanging information"
    " with a federal immigration agency; limits the ability of a law enforcement agency to comply"
    " with an immigration detainer; prohibits inquiries into the immigration status of any person;"
    " or requires a judicial warrant before honoring an immigration detainer.",
    '"Civil immigration enforcement" means any action to investigate, detain, arrest or remove a'
    " person for a violation of federal civil immigration law, including honoring an immigration"
    " detainer or sharing information with a federal immigration agency.",
    '"Immigration detainer" means a written request from a federal immigration agency that a law'
    " enforcement agency hold a person and notify the agency before the person is released.",
)
DEFINED_OPERATIVE = (
    (
        "A local governmental entity may not adopt or have in effect a sanctuary policy.",
        "restrictive",
    ),
    (
        "A local governmental entity that adopts a sanctuary policy shall be ineligible for state"
        " grants.",
        "restrictive",
    ),
    (
        "A law enforcement agency shall comply with any request made in an immigration detainer.",
        "restrictive",
    ),
    (
        "No law enforcement agency shall honor an immigration detainer unless it is accompanied by"
        " a judicial warrant.",
        "protective",
    ),
    ("No agency shall use its resources for civil immigration enforcement.", "protective"),
)

# A government named first, then what it did, then its punishment, as statutes say it ("A local
# governmental entity that adopts a sanctuary policy shall be ineligible for state grants").
# ({n} the government; the act and its side; the punishment)
PUNISHED_AFTER_GOVS = ("A local governmental entity", "Any county or municipality")
PUNISHED_AFTER_ACTS = (
    ("adopts a sanctuary policy", "protective"),
    ("declines an immigration detainer request", "protective"),
    ("enters into a 287(g) agreement", "restrictive"),
    ("shares information with federal immigration authorities", "restrictive"),
)
PUNISHMENTS = (
    "shall be ineligible for state grants",
    "is subject to a civil penalty of up to $25,000",
    "shall be liable for damages",
)

# Arrests for a person's status (DOMAIN.md: a ban on status inquiries is a sanctuary policy, police
# status checks and a state's own arrests for presence are state enforcement; the labels read a
# police department that "will not arrest persons when the sole basis is a civil immigration
# violation" as sanctuary): barred, protective and `sanctuary`; allowed or required, restrictive
# and `state_enforcement`. ({b} the basis; shape, side)
ARREST_BASES = (
    "on the basis of immigration status",
    "because of the person's immigration status",
    "based on actual or suspected citizenship or immigration status",
    "for being unlawfully present in the United States",
    "for unlawful presence in the United States",
    "for a civil immigration violation",
    "for a violation of federal civil immigration law",
    "on suspicion of being unlawfully present in the country",
)
ARREST_SHAPES = (
    ("No person shall be arrested solely {b}.", "protective"),
    ("A person may not be arrested or detained solely {b}.", "protective"),
    (
        "Provides that individuals shall not be stopped, arrested, or detained solely {b}.",
        "protective",
    ),
    ("Prohibits the arrest of any person solely {b}.", "protective"),
    ("Prohibits peace officers from arresting a person solely {b}.", "protective"),
    ("Law enforcement officers may not arrest a person solely {b}.", "protective"),
    ("Bars warrantless arrests made solely {b}.", "protective"),
    ("Authorizes peace officers to arrest a person {b}.", "restrictive"),
    ("Requires law enforcement officers to arrest persons {b}.", "restrictive"),
    (
        "Provides that a law enforcement officer may arrest a person without a warrant {b}.",
        "restrictive",
    ),
    ("Allows warrantless arrests of persons {b}.", "restrictive"),
    ("Repeals the prohibition on arresting persons solely {b}.", "restrictive"),
)
ARREST_TOPIC = {"protective": "sanctuary", "restrictive": "state_enforcement"}
# ICE's access to a jail or to the people it holds, refused, denied or prevented (DOMAIN.md:
# sanctuary policies limit ICE access to jails, anti-sanctuary measures ban such limits): a
# government told or let to refuse it, protective; barred from refusing it, punished for it, or
# told to grant it, restrictive. ({a} the agents, {w} the place; shape, side)
REFUSED_AGENTS = ("ICE", "immigration officers", "federal immigration agents")
REFUSED_PLACES = ("county jails", "the jail", "persons in custody")
REFUSED_SHAPES = (
    ("Authorizes sheriffs to deny {a} access to {w}.", "protective"),
    ("Allows counties to refuse {a} access to {w}.", "protective"),
    ("Requires sheriffs to deny {a} access to {w} absent a judicial warrant.", "protective"),
    ("Bars localities from refusing {a} access to {w}.", "restrictive"),
    ("Prohibits counties from denying {a} access to {w}.", "restrictive"),
    ("Local governments may not deny {a} access to {w}.", "restrictive"),
    ("Penalizes sheriffs who deny {a} access to {w}.", "restrictive"),
    ("Requires sheriffs to grant {a} access to {w}.", "restrictive"),
    ("Requires sheriffs to give {a} access to {w}.", "restrictive"),
)
# ... and kept out of a jail by a verb of its own: "preventing ICE agents from entering" ({a} the
# agents, {w} the jail; shape, side)
PREVENTED_SHAPES = (
    ("Prohibits sheriffs from preventing {a} from entering {w}.", "restrictive"),
    ("Bars counties from blocking {a} from entering {w}.", "restrictive"),
    ("Authorizes sheriffs to prevent {a} from entering {w}.", "protective"),
)
# Immigration enforcement barred at a place in the passive, or a place declared one where it is
# not permitted (DOMAIN.md: ICE access to schools, hospitals and other sensitive places). ({w} the
# place; shape, side)
BARRED_AT_PLACES = (
    "schools and hospitals",
    "public libraries",
    "courthouses",
    "places of worship",
    "county buildings",
)
BARRED_AT_SHAPES = (
    ("Immigration enforcement actions are prohibited at {w}.", "protective"),
    ("Immigration enforcement shall not be permitted in {w}.", "protective"),
    ("Provides that civil immigration enforcement is barred at {w}.", "protective"),
    ("Designates {w} as safe zones where immigration enforcement is not permitted.", "protective"),
    ("Declares {w} zones where immigration enforcement activities are prohibited.", "protective"),
    ("Provides that immigration enforcement actions are permitted at {w}.", "restrictive"),
    ("Repeals the prohibition on immigration enforcement actions at {w}.", "restrictive"),
)
# A state program to move migrants, or a place's beds let for immigration detention, made,
# funded or ended (DOMAIN.md: state transport programs are state enforcement; contracts to hold
# people for immigration detention). ({p} the program; shape, side) and the topic it carries
MIGRANT_PROGRAMS = (
    ("a program to transport migrants out of the state", "state_enforcement"),
    ("a program to relocate unauthorized aliens to other states", "state_enforcement"),
    ("the Migrant Relocation Program", "state_enforcement"),
    ("a program for the transport of migrants from the border", "state_enforcement"),
)
PROGRAM_SHAPES = (
    ("Creates {p}.", "restrictive"),
    ("Establishes {p}.", "restrictive"),
    ("Appropriates $12 million for {p}.", "restrictive"),
    ("Funds {p}.", "restrictive"),
    ("Ends {p}.", "protective"),
    ("Repeals {p}.", "protective"),
    ("Prohibits the state from operating {p}.", "protective"),
)
# Information shielded from immigration enforcement (DOMAIN.md: info sharing covers personal data),
# said as a protection. ({t} the information; shape)
SHIELDED_DATA = (
    "personal identifying information",
    "student records",
    "personal information held by state agencies",
)
DATA_SHIELD_SHAPES = (
    "Concerning the protection of {t} from federal immigration enforcement.",
    "Protects {t} from federal immigration authorities.",
    "Relating to protecting {t} from immigration enforcement.",
)
LEASED_BEDS = (
    "jail beds to the federal government for the detention of immigrants",
    "jail space to the federal government to hold immigration detainees",
    "detention beds to the United States for persons in immigration custody",
)
LEASE_SHAPES = (
    ("Authorizes the county to lease {p}.", "restrictive"),
    ("Approves an agreement to rent {p}.", "restrictive"),
    ("Prohibits the county from renting {p}.", "protective"),
    ("Ends the county's practice of leasing {p}.", "protective"),
)
# Sanctuary places named as such and punished (DOMAIN.md: anti-sanctuary measures "cut funding"
# and "punish"): the punishment first or the places first. ({p} the places, {P} capitalized;
# shape, side)
SANCTUARY_PLACES = ("sanctuary cities", "sanctuary jurisdictions", "sanctuary counties")
PLACES_PUNISHED_SHAPES = (
    ("Makes {p} ineligible for state grant funds.", "restrictive"),
    ("Renders {p} ineligible for state funding.", "restrictive"),
    ("{P} shall be ineligible for state grants.", "restrictive"),
    ("{P} are ineligible for state economic development funds.", "restrictive"),
    ("Makes {p} liable for damages caused by crimes committed by released aliens.", "restrictive"),
    ("Repeals the provision that makes {p} ineligible for state grants.", "protective"),
)
# A resolution asking, in a that-clause, that a government stop an act or do it ("Resolution
# requesting that the Sheriff stop honoring ICE detainers"). (shape, whether it turns the act
# over) with {g} the gerund, {i} the infinitive
REQUESTED_THAT_SHAPES = (
    ("Resolution requesting that the Sheriff stop {g}", True),
    ("Resolution asking that the county cease {g}", True),
    ("Resolution to stop {g}", True),
    ("Resolution requesting that the Sheriff {i}", False),
)
# Officials suspended or investigated for an act (DOMAIN.md: anti-sanctuary measures "punish
# officials"). ({o} the officials; shape) and (act, its side)
SUSPENDED_OFFICIALS = ("local officials", "sheriffs")
SUSPENDED_ACTS = (
    ("adopt sanctuary policies", "protective"),
    ("refuse to honor immigration detainers", "protective"),
    ("share information with ICE", "restrictive"),
)
SUSPEND_SHAPES = (
    "Authorizes the Governor to suspend {o} who {a}.",
    "Provides for the suspension from office of any {o} who {a}.",
    "Requires the attorney general to investigate {o} that {a}.",
)
# A state body made or unmade for immigration enforcement (as a unit is). (shape, side)
STATE_BODIES = (
    ("Creates the State Board of Immigration Enforcement.", "restrictive"),
    (
        "Establishes the Office of State Immigration Enforcement within the Department of Law.",
        "restrictive",
    ),
    ("Abolishes the State Board of Immigration Enforcement.", "protective"),
)
# A place's procedures for ICE's requests for access (DOMAIN.md: ICE access to sensitive places),
# ICE given access to a government's databases (info sharing), and state money to move migrants
# (state enforcement). (text, side, thing)
MORE_TOOL_WORDINGS = (
    *(
        (
            f"Requires {w} to adopt procedures for responding to requests for access by immigration"
            " enforcement officers.",
            "protective",
            "access procedures",
        )
        for w in ("hospitals", "school districts", "public libraries")
    ),
    (
        "Resolution asking the County Executive to terminate the ICE contract at the county jail",
        "protective",
        "contract at the jail",
    ),
    (
        "Approve renewal of the ICE contract at the county detention center",
        "restrictive",
        "contract at the jail",
    ),
    # a local government barred from issuing cards at all
    (
        "Prohibits municipalities from issuing identification cards.",
        "restrictive",
        "local ID cards",
    ),
    # local officers serving as immigration officers (287(g))
    ("Bars deputies from acting as immigration officers.", "protective", "acting as officers"),
    (
        "Authorizes deputies to act as immigration officers under an agreement with ICE.",
        "restrictive",
        "acting as officers",
    ),
    (
        "Prohibits county jailers from serving as federal immigration agents.",
        "protective",
        "acting as officers",
    ),
    # room in a jail for ICE, and the people held handed over as a list
    (
        "Requires the sheriff to provide office space in the jail to ICE officers.",
        "restrictive",
        "room for ICE",
    ),
    (
        "Requires jails to allow ICE to use a room in the jail for interviews.",
        "restrictive",
        "room for ICE",
    ),
    ("Prohibits the use of jail space by immigration agents.", "protective", "room for ICE"),
    ("Terminates the lease of county office space to ICE.", "protective", "room for ICE"),
    (
        "Approves the lease of office space in the county building to Immigration and Customs"
        " Enforcement.",
        "restrictive",
        "room for ICE",
    ),
    (
        "Requires the Department of Corrections to give ICE a list of foreign-born inmates each"
        " month.",
        "restrictive",
        "a list for ICE",
    ),
    (
        "Prohibits jails from providing immigration authorities with lists of inmates born abroad.",
        "protective",
        "a list for ICE",
    ),
    (
        "Requires law enforcement agencies to provide ICE with access to their databases.",
        "restrictive",
        "database access",
    ),
    (
        "Prohibits state agencies from providing ICE with access to their databases.",
        "protective",
        "database access",
    ),
    ("Prohibits the use of state funds to transport migrants.", "protective", "money to move"),
    (
        "Authorizes the use of state funds to relocate migrants to other states.",
        "restrictive",
        "money to move",
    ),
    (
        "Prohibits the use of public funds to bus migrants out of the state.",
        "protective",
        "money to move",
    ),
)
# A law's violators punished or sued (DOMAIN.md: stance follows what the measure does): enforcing a
# law goes the law's way. ({l} the law; shape) and (law, its side)
VIOLATED_LAWS = (
    ("the state's sanctuary law", "protective"),
    ("the California Values Act", "protective"),
    ("the prohibition on 287(g) agreements", "protective"),
    ("the state ban on sanctuary cities", "restrictive"),
    ("the law requiring compliance with immigration detainers", "restrictive"),
)
VIOLATOR_SHAPES = (
    "Authorizes the attorney general to sue local law enforcement agencies that violate {l}.",
    "Imposes civil penalties on officers who violate {l}.",
    "Creates a private right of action against agencies that violate {l}.",
    "Makes it a misdemeanor for an official to knowingly violate {l}.",
)
# A state's own detention built, run or barred (DOMAIN.md: state enforcement covers "state transport
# or detention programs"). ({t} the facility; shape, side)
STATE_DETENTION = (
    "immigration detention facilities",
    "a state immigration detention center",
    "temporary detention facilities for illegal aliens",
)
STATE_DETENTION_SHAPES = (
    ("Authorizes the state to build and operate {t}.", "restrictive"),
    ("Appropriates funds to construct {t}.", "restrictive"),
    ("Directs the Division of Emergency Management to establish {t}.", "restrictive"),
    ("Prohibits the state from constructing {t}.", "protective"),
    ("Prohibits the state from operating {t}.", "protective"),
)


class Phrasing(NamedTuple):
    text: str
    expected: str
    word: str  # the words acting on the thing
    thing: str
    caption: str | None = None  # set: TEXT is read under this caption, as a text or summary
    part: str = "text"


def _side(thing_side: str, turns: int) -> str:
    return thing_side if turns % 2 == 0 else OTHER[thing_side]


def phrasings() -> list[Phrasing]:
    """Every phrasing of the grid with the stance DOMAIN.md gives it."""
    out: list[Phrasing] = []
    for things, side in ((ENFORCEMENT_TOOLS, "restrictive"), (SANCTUARY_POLICIES, "protective")):
        for thing in things:
            for verbs, turns in ((HINDERS, 1), (FURTHERS, 0)):
                for third, gerund in verbs:
                    expected = _side(side, turns)
                    for text in (
                        f"An act that {third} {thing}",
                        f"Ordinance {gerund} {thing}",
                        f"Resolution {gerund} {thing}",
                    ):
                        out.append(Phrasing(text, expected, third, thing))
            for words, turns in (*NESTED, *RESOLUTIONS, *OF_NOUNS, *DOUBLE_TURNS, *UNDONE_OR_KEPT):
                out.append(Phrasing(f"{words} {thing}", _side(side, turns), words, thing))
            for tail, turns in CATCHLINE_TAILS:
                caption = f"{thing[0].upper()}{thing[1:]}; {tail}"
                out.append(Phrasing(caption, _side(side, turns), f"; {tail}", thing))
                # ... and as the summary under a bare official title, as some sources send it
                out.append(
                    Phrasing(
                        caption, _side(side, turns), f"; {tail}", thing, "Immigration", "summary"
                    )
                )
            for words, turns, after in TIME_MONEY_COURTS:
                text = f"{words} {thing}{after}"
                out.append(Phrasing(text, _side(side, turns), words, thing))
            # an exemption from a sanctuary law is restrictive (DOMAIN.md); from an enforcement
            # duty, protective
            out.append(
                Phrasing(
                    f"An act that exempts the county from {thing}", OTHER[side], "exempts", thing
                )
            )
    return (
        out
        + told_phrasings()
        + exemption_phrasings()
        + condition_phrasings()
        + notice_phrasings()
        + bill_phrasings()
        + text_phrasings()
        + digest_phrasings()
        + name_phrasings()
        + passive_phrasings()
        + list_phrasings()
        + agenda_phrasings()
        + state_taking_phrasings()
        + ended_phrasings()
        + listed_bill_phrasings()
        + captioned_bill_phrasings()
        + use_phrasings()
        + punished_phrasings()
        + unit_phrasings()
        + agreement_condition_phrasings()
        + declaration_phrasings()
        + one_place_phrasings()
        + handed_over_phrasings()
        + amendment_phrasings()
        + state_words_phrasings()
        + described_detainer_phrasings()
        + praise_phrasings()
        + case_phrasings()
        + id_phrasings()
        + sanctuary_condition_phrasings()
        + veto_phrasings()
        + let_in_phrasings()
        + status_share_phrasings()
        + closed_place_phrasings()
        + funds_phrasings()
        + local_money_phrasings()
        + reported_people_phrasings()
        + state_arrest_phrasings()
        + vendor_phrasings()
        + court_arrest_phrasings()
        + booking_check_phrasings()
        + everify_beside_phrasings()
        + shield_phrasings()
        + authority_phrasings()
        + enforcement_action_phrasings()
        + counsel_phrasings()
        + anti_sanctuary_name_phrasings()
        + negated_phrasings()
        + definition_phrasings()
        + punished_after_phrasings()
        + arrest_phrasings()
        + refused_access_phrasings()
        + barred_at_phrasings()
        + program_phrasings()
        + places_punished_phrasings()
        + barring_phrasings()
        + reservation_phrasings()
        + pledge_phrasings()
        + refusal_phrasings()
        + public_step_phrasings()
        + limit_condemned_phrasings()
        + refuser_phrasings()
        + obstruction_phrasings()
        + detention_site_phrasings()
        + care_place_phrasings()
        + state_law_phrasings()
        + summary_act_phrasings()
        + place_act_phrasings()
        + resolution_act_phrasings()
    )


def id_phrasings() -> list[Phrasing]:
    """Local ID cards said by who may get them, let or barred."""
    return [
        Phrasing(shape.format(i=issuer, p=people), side, shape, people)
        for issuer in ID_ISSUERS
        for people in ID_PEOPLE
        for shape, side in ID_SHAPES
    ]


def case_phrasings() -> list[Phrasing]:
    """A case in court against a policy, backed or opposed."""
    return [
        Phrasing(f"{words} {case} {thing}", _side(side, turns + 1), words, thing)
        for words, turns in CASE_WORDS
        for case in CASES_IN_COURT
        for thing, side in CASE_OBJECTS
    ]


def praise_phrasings() -> list[Phrasing]:
    """A government praised or blamed for an act, or the act itself praised."""
    out = [
        Phrasing(f"Resolution {word} {who} for {act}", OTHER[side] if blames else side, word, act)
        for word, blames in PRAISE_WORDS
        for who in PRAISED
        for act, side in PRAISED_ACTS
    ]
    out += [Phrasing(text, side, "case", text) for text, side in CASES]
    return out


def described_detainer_phrasings() -> list[Phrasing]:
    """A detainer said by what it asks, as a text under a bare caption or as a summary."""
    out: list[Phrasing] = []
    for request in DETAINERS_DESCRIBED:
        for shape, side, part in DESCRIBED_SHAPES:
            caption = BARE_CAPTION if part == "text" else "Immigration"
            out.append(Phrasing(shape.format(d=request), side, shape, request, caption, part))
    return out


def presence_crime_texts() -> list[tuple[str, str]]:
    """Presence in the state made a crime, or that crime repealed: (wording, side)."""
    return [
        (shape.format(w=who, p=presence), side)
        for who in PRESENT_WHO
        for presence in PRESENCES
        for shape, side in PRESENCE_CRIME_SHAPES
    ]


def state_words_phrasings() -> list[Phrasing]:
    """A state's own enforcement in a statute's words, as a caption and as a summary."""
    texts = list(STATE_ENFORCEMENT_WORDS) + presence_crime_texts()
    out: list[Phrasing] = []
    for text, side in texts:
        out.append(Phrasing(text, side, "state words", text))
        out.append(Phrasing(text, side, "state words", text, "Immigration", "summary"))
    return out


def amendment_phrasings() -> list[Phrasing]:
    """A named sanctuary law amended: the side is what the amendment does (as a caption, and as
    the summary under a bare one)."""
    out: list[Phrasing] = []
    for law in AMENDED_LAWS:
        for does, side in AMENDMENTS:
            out.append(Phrasing(f"Amends {law}. {does}", side, does, law))
        for does, side in AMENDED_TO:
            text = f"Amends {law} {does}."
            out.append(Phrasing(text, side, does, law))
            out.append(Phrasing(text, side, does, law, "Immigration", "summary"))
    return out


def handed_over_phrasings() -> list[Phrasing]:
    """ICE told of a person or handed one, in other words; a jail paid back for a hold."""
    out = [
        Phrasing(shape.format(j=jail, i=infinitive, g=gerund), side, shape, infinitive)
        for infinitive, gerund in HANDED_OVER
        for jail in HANDING_JAILS
        for shape, side in HANDING_SHAPES
    ]
    out += [Phrasing(text, "restrictive", "repaid", text) for text in REPAID]
    return out


def agreement_condition_phrasings() -> list[Phrasing]:
    """A condition added before a place enters an agreement with ICE, or taken away."""
    filled = (
        [
            (shape, adds, agreement, {"c": condition, "t": agreement})
            for agreement in CONDITIONED_AGREEMENTS
            for condition in AGREEMENT_CONDITIONS
            for shape, adds in AGREEMENT_CONDITION_SHAPES
        ]
        + [
            (shape, adds, agreement, {"b": body, "t": agreement, "u": agreement.split(" ", 1)[1]})
            for agreement in CONDITIONED_AGREEMENTS
            for body in APPROVING_BODIES
            for shape, adds in CLAUSE_CONDITION_SHAPES
        ]
        + [
            (shape, adds, agreement, {"n": terms, "t": agreement})
            for agreement in CONDITIONED_AGREEMENTS
            for terms in TERMS_NAMED
            for shape, adds in TERMS_SHAPES
        ]
    )
    return _conditioned(filled, "protective")


def sanctuary_condition_phrasings() -> list[Phrasing]:
    """A condition put before a place limits its cooperation, or taken away."""
    filled = [
        (shape, adds, clause, {"c": condition, "a": clause, "i": infinitive})
        for clause, infinitive in CONDITIONED_LIMITS
        for condition in SANCTUARY_CONDITIONS
        for shape, adds in SANCTUARY_CONDITION_SHAPES
    ] + [
        (shape, adds, clause, {"n": terms, "a": clause})
        for clause, _infinitive in CONDITIONED_LIMITS
        for terms in TERMS_NAMED
        for shape, adds in SANCTUARY_TERMS_SHAPES
    ]
    return _conditioned(filled, "restrictive")


def _conditioned(
    filled: list[tuple[str, bool, str, dict[str, str]]], adding_side: str
) -> list[Phrasing]:
    """Each (shape, whether it adds the condition, the thing, its names) as a phrasing: a
    condition added goes ADDING_SIDE's way, one taken away the other."""
    return [
        Phrasing(shape.format(**names), _side(adding_side, not adds), shape, thing)
        for shape, adds, thing, names in filled
    ]


def let_in_phrasings() -> list[Phrasing]:
    """Immigration agents let into a place, or kept out."""
    out: list[Phrasing] = []
    for agents in LET_IN_AGENTS:
        for place in LET_IN_PLACES:
            alone = place.split(" ", 1)[1]
            for shape, side in LET_IN_SHAPES:
                out.append(Phrasing(shape.format(a=agents, p=place, q=alone), side, shape, place))
    return out


def status_share_phrasings() -> list[Phrasing]:
    """A person's immigration status handed to immigration authorities, or kept from them."""
    return [
        Phrasing(shape.format(a=holder, p=whose), side, shape, "the immigration status of a person")
        for holder in STATUS_HOLDERS
        for whose in STATUS_OF
        for shape, side in STATUS_SHARE_SHAPES
    ]


def closed_place_phrasings() -> list[Phrasing]:
    """A place's own property closed to law enforcement's staging or non-public areas."""
    return [
        Phrasing(shape.format(p=place), side, shape, "a place closed to law enforcement")
        for place in CLOSED_PLACES
        for shape, side in CLOSED_SHAPES
    ]


def funds_phrasings() -> list[Phrasing]:
    """Money for an enforcement tool accepted or turned down."""
    return [
        Phrasing(
            shape.format(m=money, t=tool), "restrictive" if takes else "protective", shape, tool
        )
        for money in FUNDS
        for tool, _topic in FUNDED_TOOLS
        for shape, takes in FUNDS_SHAPES
    ]


def local_money_phrasings() -> list[Phrasing]:
    """Money for a state's or locality's own enforcement made, taken, ended or turned down."""
    return [
        Phrasing(shape.format(p=money), side, shape, "money for local enforcement", MONEY_CAPTION)
        for money in LOCAL_ENFORCEMENT_MONEY
        for shape, side in LOCAL_ENFORCEMENT_MONEY_SHAPES
    ]


def reported_people_phrasings() -> list[Phrasing]:
    """People reported to immigration authorities, or information about them shared, required or
    barred; and people named by their lack of status reported to the federal government (2.67.0)."""
    return [
        Phrasing(
            shape.format(a=agency, A=agency[0].upper() + agency[1:], p=people, u=told),
            side,
            shape,
            "people reported",
            REPORT_CAPTION,
        )
        for agency in REPORTING_AGENCIES
        for people, agencies in (
            *((people, AGENCIES_TOLD) for people in REPORTED_PEOPLE),
            *((people, FEDERAL_TOLD) for people in REPORTED_WITHOUT_STATUS),
        )
        for told in agencies
        for shape, side in REPORT_SHAPES
    ]


def state_arrest_phrasings() -> list[Phrasing]:
    """A state's own arrests for entry, and its crimes of moving or sheltering people, made,
    let, barred or repealed."""
    out = [
        Phrasing(shape.format(o=officers, b=basis), side, shape, "a state's arrest", SAFETY_CAPTION)
        for officers in STATE_ARRESTERS
        for basis in ARREST_BASES
        for shape, side in STATE_ARREST_SHAPES
    ]
    out += [
        Phrasing(shape.format(p=people), side, shape, "a state's arrest", SAFETY_CAPTION)
        for people in MOVED_PEOPLE
        for shape, side in MOVED_SHAPES
    ]
    return out


def vendor_phrasings() -> list[Phrasing]:
    """Contracts with the businesses that serve immigration enforcement (or carry the people it
    deports) barred, ended or let; and the one-line summaries of ``SUMMARY_SAMPLER``."""
    out = [
        Phrasing(shape.format(v=vendors, r=relation), side, shape, "vendors", SAMPLER_CAPTIONS[0])
        for businesses, relations in ((VENDORS, VENDOR_RELATIONS), (CARRIERS, CARRIER_RELATIONS))
        for vendors in businesses
        for relation in relations
        for shape, side in VENDOR_SHAPES
    ]
    out += [
        Phrasing(summary, side, "a one-line summary", "a one-line summary", caption, "summary")
        for summary, side in SUMMARY_SAMPLER
        for caption in SAMPLER_CAPTIONS
    ]
    return out


def _acts_in_shapes(
    doers: tuple[str, ...],
    shapes: tuple[tuple[str, str], ...],
    thing: str,
    caption: str | None = None,
    part: str = "text",
) -> list[Phrasing]:
    """Each act of SUMMARY_ACTS done by each of DOERS, in each of SHAPES ({a} who acts, {g} the
    gerund, {i} the infinitive), read as a caption or, with CAPTION, as the PART under it."""
    return [
        Phrasing(shape.format(a=doer, g=gerund, i=infinitive), side, shape, thing, caption, part)
        for gerund, infinitive in SUMMARY_ACTS
        for doer in doers
        for shape, side in shapes
    ]


def summary_act_phrasings() -> list[Phrasing]:
    """Acts of enforcement as one-line summaries word them, barred, required, let or freed of a
    ban, under a bare official title."""
    return _acts_in_shapes(
        SUMMARY_ACT_DOERS,
        SUMMARY_ACT_SHAPES,
        "an act in a summary's words",
        "Immigration",
        "summary",
    )


def resolution_act_phrasings() -> list[Phrasing]:
    """The same acts as a council's resolution names them: urged on a legislature, backed,
    opposed, or directed at its own sheriff or police."""
    return _acts_in_shapes(
        RESOLUTION_ACT_DOERS, RESOLUTION_ACT_SHAPES, "an act in a resolution's words"
    )


def place_act_phrasings() -> list[Phrasing]:
    """A place's own immigration enforcement or compliance act by its short title."""
    return [
        Phrasing(
            shape.format(p=place, P=place.upper(), k=kind, K=kind.upper()),
            side,
            shape,
            f"a place's immigration {kind.lower()} act",
        )
        for place in PLACE_ACT_PLACES
        for kind in ("Enforcement", "Compliance")
        for shape, side in PLACE_ACT_SHAPES
    ]


def court_arrest_phrasings() -> list[Phrasing]:
    """Arrests of people on their way to or from court, barred or allowed."""
    return [
        Phrasing(text, side, "court", "an arrest on the way to court")
        for text, side in COURT_ARRESTS
    ]


def booking_check_phrasings() -> list[Phrasing]:
    """A jail checking the citizenship of the people it books."""
    return [
        Phrasing(shape.format(j=checker), side, shape, "a check of the people booked")
        for checker in BOOKING_CHECKERS
        for shape, side in BOOKING_CHECK_SHAPES
    ]


def everify_beside_phrasings() -> list[Phrasing]:
    """E-Verify beside a tracked policy: the policy is read."""
    return [Phrasing(text, side, "E-Verify and", text) for text, side, _topic in EVERIFY_BESIDE]


def shield_phrasings() -> list[Phrasing]:
    """A place shielded from punishment for limiting cooperation."""
    return [
        Phrasing(shape.format(p=places), "protective", shape, "a place shielded from a penalty")
        for places in SHIELDED_PLACES
        for shape in SHIELD_SHAPES
    ]


def authority_phrasings() -> list[Phrasing]:
    """A government's authority to act, repealed or affirmed."""
    out = [
        Phrasing(
            shape.format(g=holder, v=verb, a=act), OTHER[side] if repeals else side, shape, act
        )
        for holder, verb in AUTHORITY_HOLDERS
        for act, side in AUTHORITY_ACTS
        for shape, repeals in AUTHORITY_SHAPES
    ]
    return out + [
        Phrasing(text, side, "the Secretary", "287(g)") for text, side in SECRETARY_AUTHORITY
    ]


def enforcement_action_phrasings() -> list[Phrasing]:
    """Enforcement actions at sensitive places, barred or allowed."""
    return [
        Phrasing(text, side, "actions", "enforcement actions at a place")
        for text, side in ENFORCEMENT_ACTIONS
    ]


def counsel_phrasings() -> list[Phrasing]:
    """Counsel for people facing removal, said by who has it."""
    return [
        Phrasing(text, side, "counsel", "counsel for people facing removal")
        for text, side in COUNSEL_WORDINGS
    ]


def anti_sanctuary_name_phrasings() -> list[Phrasing]:
    """Acts named against sanctuary places, and places held to account."""
    return [
        Phrasing(text, "restrictive", "named against", "sanctuary places named against")
        for text in ANTI_SANCTUARY_NAMES
    ]


def negated_phrasings() -> list[Phrasing]:
    """A bar or a duty negated, and a government's room narrowed or widened."""
    out = [
        Phrasing(shape.format(a=actor, g=gerund, i=infinitive), _side(side, turns), shape, gerund)
        for actor in NEGATED_ACTORS
        for acts, side in (
            (ENFORCEMENT_ACTS[:6], "restrictive"),
            (SANCTUARY_ACTS[:4], "protective"),
        )
        for gerund, infinitive in acts
        for shape, turns in NEGATED_SHAPES
    ]
    return out + [
        Phrasing(shape.format(l=law), OTHER[side] if turns else side, shape, law)
        for law, side in PROTECTED_BY
        for shape, turns in PROTECTION_SHAPES
    ]


def definition_phrasings() -> list[Phrasing]:
    """A statute's definitions, then its operative section, as a bill's text."""
    return [
        Phrasing(
            f"Section 1. Definitions. As used in this act: {definition} Section 2. {operative}",
            side,
            "definitions",
            operative,
            BARE_CAPTION,
        )
        for definition in DEFINITIONS
        for operative, side in DEFINED_OPERATIVE
    ]


def arrest_phrasings() -> list[Phrasing]:
    """Arrests for a person's status, barred or allowed."""
    return [
        Phrasing(shape.format(b=basis), side, shape, f"an arrest for status ({side})")
        for basis in ARREST_BASES
        for shape, side in ARREST_SHAPES
    ]


def refused_access_phrasings() -> list[Phrasing]:
    """ICE's access to a jail refused, denied or prevented; told, let, barred or punished."""
    out = [
        Phrasing(shape.format(a=agents, w=place), side, shape, "access refused")
        for agents in REFUSED_AGENTS
        for place in REFUSED_PLACES
        for shape, side in REFUSED_SHAPES
    ]
    out += [
        Phrasing(shape.format(a=agents, w=place), side, shape, "access refused")
        for agents in ("ICE agents", "immigration officers")
        for place in REFUSED_PLACES[:2]
        for shape, side in PREVENTED_SHAPES
    ]
    return out


def barred_at_phrasings() -> list[Phrasing]:
    """Immigration enforcement barred at a place, in the passive."""
    return [
        Phrasing(shape.format(w=place), side, shape, "enforcement actions at a place")
        for place in BARRED_AT_PLACES
        for shape, side in BARRED_AT_SHAPES
    ]


def program_phrasings() -> list[Phrasing]:
    """A state program to move migrants, or beds let for immigration detention, made or ended;
    information shielded from immigration enforcement."""
    out = [
        Phrasing(shape.format(p=program), side, shape, program)
        for program, _topic in MIGRANT_PROGRAMS
        for shape, side in PROGRAM_SHAPES
    ]
    out += [
        Phrasing(shape.format(t=data), "protective", shape, "data shielded")
        for data in SHIELDED_DATA
        for shape in DATA_SHIELD_SHAPES
    ]
    out += [
        Phrasing(shape.format(p=beds), side, shape, beds)
        for beds in LEASED_BEDS
        for shape, side in LEASE_SHAPES
    ]
    return out


def places_punished_phrasings() -> list[Phrasing]:
    """Sanctuary places named as such and punished; a law's violators punished; a state's own
    detention built or barred; officials suspended or investigated; state bodies, access
    procedures, databases and money to move migrants."""
    out = [
        Phrasing(
            shape.format(p=places, P=places[0].upper() + places[1:]),
            side,
            shape,
            "sanctuary places punished",
        )
        for places in SANCTUARY_PLACES
        for shape, side in PLACES_PUNISHED_SHAPES
    ]
    out += [
        Phrasing(shape.format(l=law), side, shape, law)
        for law, side in VIOLATED_LAWS
        for shape in VIOLATOR_SHAPES
    ]
    out += [
        Phrasing(shape.format(t=facility), side, shape, facility)
        for facility in STATE_DETENTION
        for shape, side in STATE_DETENTION_SHAPES
    ]
    out += [
        Phrasing(shape.format(o=officials, a=act), OTHER[side], shape, "officials suspended")
        for officials in SUSPENDED_OFFICIALS
        for act, side in SUSPENDED_ACTS
        for shape in SUSPEND_SHAPES
    ]
    out += [Phrasing(text, side, "state body", "a state body") for text, side in STATE_BODIES]
    out += [
        Phrasing(
            shape.format(g=gerund, i=infinitive), OTHER[side] if turns else side, shape, gerund
        )
        for acts, side in ACTS_BY_SIDE
        for gerund, infinitive in acts[:6]
        # (a call to "enforce federal immigration law" alone is a call about immigration in
        # general: docs/classifier.md, Known limits)
        if "enforc" not in gerund
        for shape, turns in REQUESTED_THAT_SHAPES
    ]
    out += [Phrasing(text, side, "tool", thing) for text, side, thing in MORE_TOOL_WORDINGS]
    return out


def punished_after_phrasings() -> list[Phrasing]:
    """A government named first, then what it did, then its punishment."""
    return [
        Phrasing(f"{gov} that {act} {punishment}.", OTHER[side], "punished after", act)
        for gov in PUNISHED_AFTER_GOVS
        for act, side in PUNISHED_AFTER_ACTS
        for punishment in PUNISHMENTS
    ]


def veto_phrasings() -> list[Phrasing]:
    """A veto overridden or sustained."""
    return [
        Phrasing(shape.format(x=measure), side if backs else OTHER[side], shape, measure)
        for measure, side in VETOED
        for shape, backs in VETO_SHAPES
    ]


def declaration_phrasings() -> list[Phrasing]:
    """A place declaring what it is, or barred from being a sanctuary."""
    out: dict[str, Phrasing] = {}
    for place in DECLARED_PLACES:
        for shape, side in DECLARATION_SHAPES:
            text = shape.format(n=place)
            out.setdefault(text, Phrasing(text, side, shape, place))
    return list(out.values())


def one_place_phrasings() -> list[Phrasing]:
    """ICE let into, or kept out of, one sensitive place."""
    return [
        Phrasing(shape.format(w=place), side, shape, place)
        for place in ONE_PLACE
        for shape, side in ONE_PLACE_SHAPES
    ]


def listed_bill_phrasings() -> list[Phrasing]:
    """A bill described by a list of what it does, backed or opposed."""
    return [
        Phrasing(f"{words} {bill}, {does}", _side(side, turns), words, does)
        for words, turns in BACKS_A_BILL
        for bill in BILLS[:2]
        for does, side in LISTED_BILL_DOES
    ]


def captioned_bill_phrasings() -> list[Phrasing]:
    """The caption's side on a bill, the summary's account of what the bill (or the resolution
    itself) does."""
    out: list[Phrasing] = []
    for words, turns in BACKS_A_BILL:
        for bill, said in CAPTIONED_BILLS:
            for summary, side, tells_bill in CAPTIONED_BILL_SUMMARIES:
                expected = _side(side, turns) if tells_bill else side
                text = summary.format(b=said)
                out.append(Phrasing(text, expected, words, summary, f"{words} {bill}", "summary"))
    return out


def use_phrasings() -> list[Phrasing]:
    """A force put to use for enforcement, or a place's part in a program, as a noun."""
    out = [
        Phrasing(shape.format(u=use, a=act), _side("restrictive", hinders), shape, use)
        for use in USES
        for act in USE_ACTS
        for shape, hinders in USE_SHAPES
    ]
    out += [
        Phrasing(shape.format(f=force, a=act), _side("restrictive", hinders), shape, force)
        for force in DEPLOYED
        for act in USE_ACTS
        for shape, hinders in DEPLOY_SHAPES
    ]
    out += [
        Phrasing(shape.format(p=program), _side("restrictive", ends), shape, program)
        for program in PROGRAMS
        for shape, ends in PARTICIPATION_SHAPES
    ]
    return out


def punished_phrasings() -> list[Phrasing]:
    """An official punished for an act: punishing a sanctuary act is restrictive, punishing help
    to ICE protective."""
    return [
        Phrasing(shape.format(o=official, i=act, j=act3), OTHER[side], shape, act)
        for official in PUNISHED_OFFICIALS
        for act, act3, side in PUNISHED_ACTS
        for shape in PUNISH_SHAPES
    ]


def unit_phrasings() -> list[Phrasing]:
    """A unit, office or task force for enforcement made (restrictive) or unmade (protective)."""
    out = [
        Phrasing(f"{verb} {unit}.", "restrictive", verb, unit)
        for verb in UNIT_MAKES
        for unit in UNITS
    ]
    out += [
        Phrasing(f"{verb} {unit}.", "protective", verb, unit)
        for verb in UNIT_UNMAKES
        for unit in UNMADE
    ]
    return out


def ended_phrasings() -> list[Phrasing]:
    """A ban, an order, a designation, a duty or a tool ended, or kept, in other words."""
    out: list[Phrasing] = []
    for thing, side in ENDED_THINGS:
        for verb in ENDS:
            out.append(Phrasing(f"{verb} {thing}", OTHER[side], verb, thing))
        for verb, tools_only in KEEPS:
            if tools_only and not thing.startswith(("cooperation", "the 287(g) program")):
                continue
            out.append(Phrasing(f"{verb} {thing}", side, verb, thing))
        if thing.startswith("the "):  # a law, an order or a program, not an act
            out.extend(Phrasing(f"{verb} {thing}", OTHER[side], verb, thing) for verb in DELAYS)
    out.extend(
        Phrasing(f"{verb} {thing}", OTHER[side], verb, thing)
        for thing, side in LESSENED_THINGS
        for verb in LESSENS
    )
    return out


def state_taking_phrasings() -> list[Phrasing]:
    """A state or local force told, funded or barred to take people for their status."""
    return [
        Phrasing(
            shape.format(a=force, A=force[0].upper() + force[1:], i=infinitive, g=gerund),
            "protective" if bars else "restrictive",
            shape,
            infinitive,
            "Immigration",
            "summary",
        )
        for infinitive, gerund in STATE_TAKES
        for force in STATE_FORCES
        for shape, bars in STATE_TAKES_SHAPES
    ]


def agenda_phrasings() -> list[Phrasing]:
    """An agenda item that approves, renews, amends or ends an agreement with ICE."""
    return [
        Phrasing(
            shape.format(o=agreement), "protective" if ends else "restrictive", shape, agreement
        )
        for agreement in AGENDA_AGREEMENTS
        for shape, ends in AGENDA_SHAPES
    ]


def list_phrasings() -> list[Phrasing]:
    """The list of offenses a condition names, widened or narrowed."""
    return [
        Phrasing(shape.format(a=act), side, shape, act, "Immigration detainers", "summary")
        for act in LISTED_ACTS
        for shape, side in LIST_SHAPES
    ]


def passive_phrasings() -> list[Phrasing]:
    """The thing first, then what is done to it in the passive, under a bare caption."""
    out: list[Phrasing] = []
    for subject, side, kind in PASSIVE_SUBJECTS:
        plural = subject.split()[0] not in ("A", "An")
        for are, is_, turns, kinds in PASSIVE_VERBS:
            if kinds != kind and (kinds or kind == "data"):
                continue
            text = f"{subject} {are if plural else is_}."
            out.append(Phrasing(text, _side(side, turns), are, subject, "Immigration", "summary"))
    return out


def name_phrasings() -> list[Phrasing]:
    """Short titles named for what the act does to its object, alone and inside a resolution."""
    out: list[Phrasing] = []
    for name, side, _topics in SHORT_NAMES:
        for style, turns, said_of in NAME_STYLES:
            if said_of != "any" and said_of != ("policies" if side == "protective" else "tools"):
                continue
            full = style.format(t=name)
            out.append(Phrasing(full, _side(side, turns), style, name))
            if full.startswith("An Act"):
                continue
            for shape, more in NAMED_INSIDE_SHAPES:
                text = shape.format(n=full)
                out.append(Phrasing(text, _side(side, turns + more), shape, name))
    return out


def told_texts(
    actor: str, gerund: str, infinitive: str, shapes: tuple[tuple[str, bool], ...] = TOLD_SHAPES
) -> list[tuple[str, str, bool]]:
    """Every wording of SHAPES (``TOLD_SHAPES``) with ACTOR and an act, as (text, the words
    acting, whether the shape turns the act over); the look-alike probe reads the same shapes."""
    names = {"a": actor, "A": actor[0].upper() + actor[1:], "n": actor}
    out: list[tuple[str, str, bool]] = []
    for shape, turns in shapes:
        text = shape.format(g=gerund, i=infinitive, **names)
        word = shape.split("{", 1)[0].strip() or shape.split("} ", 1)[1].split(" {")[0]
        out.append((text, word, turns))
    return out


MORE_ACTOR_SHAPES = tuple(
    (shape, turns) for shape, turns in TOLD_SHAPES if "{A}" not in shape and "{n}" not in shape
)[::3]


def print_counts(sections: tuple[tuple[str, Counter[str]], ...]) -> None:
    """Each titled count, most common first (the three probes print their misses so)."""
    for title, counts in sections:
        print(f"\n{title}:")
        for name, n in counts.most_common():
            print(f"  {n:4}  {name}")


def print_listing(title: str, lines: list[str]) -> None:
    """A titled listing, one indented line each (what ``--show`` prints)."""
    print(f"\n{title}:")
    print("\n".join(f"  {line}" for line in lines))


def told_phrasings() -> list[Phrasing]:
    """A government named, then an act it is barred from, told or let to do, or punished for."""
    out: list[Phrasing] = []
    for acts, side in ACTS_BY_SIDE:
        for gerund, infinitive in acts:
            for actor in ACTORS:
                for text, word, turns in told_texts(actor, gerund, infinitive):
                    expected = OTHER[side] if turns else side
                    out.append(Phrasing(text, expected, word, gerund))
                # punishing a place for declining to help enforcement, or for a sanctuary act,
                # is restrictive either way
                punished = f"refusing to {infinitive}" if side == "restrictive" else gerund
                out.append(
                    Phrasing(
                        f"Penalizes {actor} for {punished}.", "restrictive", "Penalizes", gerund
                    )
                )
            for actor in MORE_ACTORS:
                for text, word, turns in told_texts(actor, gerund, infinitive, MORE_ACTOR_SHAPES):
                    out.append(Phrasing(text, OTHER[side] if turns else side, word, gerund))
            for shape, turns in DECISION_SHAPES:
                for possessive, actor in DECIDERS:
                    text = shape.format(p=possessive, a=actor, g=gerund, i=infinitive)
                    out.append(Phrasing(text, _side(side, turns), shape, gerund))
    return out


def exemption_phrasings() -> list[Phrasing]:
    """A way out of a law, narrowed, or the law widened."""
    out: dict[str, Phrasing] = {}
    for law, side in EXEMPTED_LAWS:
        for shape, turns in EXEMPTION_SHAPES:
            word = shape.split("{", 1)[0].strip()
            for who, people in zip(EXEMPTED, EXCEPTED, strict=True):
                text = shape.format(l=law, w=who, p=people)
                out.setdefault(text, Phrasing(text, OTHER[side] if turns else side, word, law))
    return list(out.values())


def condition_phrasings() -> list[Phrasing]:
    """A condition added before a jail may honor a detainer, or taken away."""
    out: list[Phrasing] = []
    for condition in CONDITIONS:
        for shape, adds in CONDITION_SHAPES:
            word = shape.split("{c}")[0].strip() or shape.split("{c} ")[1]
            out.append(
                Phrasing(
                    shape.format(c=condition),
                    "protective" if adds else "restrictive",
                    word,
                    condition,
                )
            )
    return out


def notice_phrasings() -> list[Phrasing]:
    """The person held told about ICE, or ICE told about the person; access let in without a
    warrant, or barred without one; a hold made shorter or longer, ICE made to pay, consent
    asked first."""
    out: dict[str, Phrasing] = {}
    for shape, side, thing in NOTICE_SHAPES:
        word = shape.split("{", 1)[0].strip()
        for jail in NOTICE_JAILS:
            for person in NOTICE_PERSONS:
                text = shape.format(j=jail, p=person)
                out.setdefault(text, Phrasing(text, side, word, thing))
    for shape, side in ACCESS_SHAPES:
        word = shape.split("{", 1)[0].strip()
        for place in ACCESS_PLACES:
            text = shape.format(w=place, W=place[0].upper() + place[1:])
            out[text] = Phrasing(text, side, word, "access without a condition")
    for shape, side, thing in HOLD_SHAPES:
        word = shape.split("{", 1)[0].strip() or shape.split("} ", 1)[1].split(" ", 2)[0]
        for jail in HOLD_JAILS:
            for short, long in zip(HOLD_SHORT, HOLD_LONG, strict=True):
                names = {"j": jail, "J": jail[0].upper() + jail[1:], "h": short, "H": long}
                text = shape.format(**names)
                out.setdefault(text, Phrasing(text, side, word, thing))
    return list(out.values())


def bill_phrasings() -> list[Phrasing]:
    """A resolution backing or opposing a bill elsewhere that it describes."""
    out: list[Phrasing] = []
    for words, turns in BACKS_A_BILL:
        for bill in BILLS:
            for does, side, _topics in BILL_DOES:
                out.append(Phrasing(f"{words} {bill}, {does}", _side(side, turns), words, does))
    return out


def text_phrasings() -> list[Phrasing]:
    """A statute's words, as a bill's text under a bare caption."""
    out: list[Phrasing] = []
    for acts, side in ACTS_BY_SIDE:
        for gerund, infinitive in acts:
            for actor in TEXT_ACTORS:
                for shape, turns in TEXT_SHAPES:
                    text = shape.format(n=actor, i=infinitive)
                    expected = OTHER[side] if turns else side
                    word = shape.split("{n}")[1].split("{i}")[0].strip(" ,") or shape
                    out.append(Phrasing(text, expected, word, gerund, BARE_CAPTION))
    return out


def _as_caption_and_text(text: str, side: str, word: str, thing: str) -> tuple[Phrasing, ...]:
    """TEXT read as a caption, and as a bill's text under ``BARE_CAPTION``."""
    return (Phrasing(text, side, word, thing), Phrasing(text, side, word, thing, BARE_CAPTION))


def barring_phrasings() -> list[Phrasing]:
    """A bar on barring an act, as a caption and as a bill's text under a bare caption."""
    out: list[Phrasing] = []
    for acts, side in ACTS_BY_SIDE:
        for gerund, _infinitive in acts:
            for actor in TEXT_ACTORS:
                for shape in BARRING_SHAPES:
                    text = shape.format(n=actor, g=gerund)
                    word = shape.split("{n}")[1].split("{g}")[0].strip(" ,")
                    out.extend(_as_caption_and_text(text, side, word, gerund))
    return out


def reservation_phrasings() -> list[Phrasing]:
    """A statute's clause with what it reserves or sets around it, as a caption and as a text."""
    out: list[Phrasing] = []
    for acts, side in ACTS_BY_SIDE:
        for gerund, infinitive in acts:
            for actor in TEXT_ACTORS:
                for shape, turns in RESERVATION_SHAPES:
                    text = shape.format(n=actor, i=infinitive, g=gerund)
                    word = shape.split("{n}")[0].strip(" ,") or shape.split("{n}")[1][:30]
                    out.extend(_as_caption_and_text(text, _side(side, turns), word, gerund))
    return out


def pledge_phrasings() -> list[Phrasing]:
    """A council's own pledge, intent or policy about its government, as a caption."""
    out: list[Phrasing] = []
    for acts, side in ACTS_BY_SIDE:
        for gerund, infinitive in acts:
            for shape, turns in PLEDGE_SHAPES:
                text = shape.format(i=infinitive, g=gerund)
                word = shape.split("{")[0].strip()
                out.append(Phrasing(text, _side(side, turns), word, gerund))
    return out


def refusal_phrasings() -> list[Phrasing]:
    """A request from ICE refused by its name, barred or allowed, as a caption and as a text."""
    out: list[Phrasing] = []
    for request in REQUESTS_REFUSED:
        for gerund, infinitive in REFUSALS:
            for actor in TEXT_ACTORS:
                for shape, side in REFUSAL_SHAPES:
                    text = shape.format(n=actor, g=gerund, i=infinitive, r=request)
                    word = shape.split("{n}")[0].strip() + " … " + gerund
                    out.extend(_as_caption_and_text(text, side, word, "a request from ICE refused"))
    return out


def public_step_phrasings() -> list[Phrasing]:
    """A public step or a record required before cooperation, as a caption and as a text."""
    out: list[Phrasing] = []
    for given in COOPERATION_GIVEN:
        for actor in TEXT_ACTORS:
            for shape in PUBLIC_STEP_SHAPES:
                text = shape.format(n=actor, c=given)
                word = shape.split("{n}")[1].split("before")[0].strip()
                out.extend(
                    _as_caption_and_text(
                        text, "protective", word, "a public step before cooperation"
                    )
                )
    return out


def limit_condemned_phrasings() -> list[Phrasing]:
    """A limit on cooperation named, then punished or protected, as a caption and as a text."""
    out: list[Phrasing] = []
    for limit in LIMITS_NAMED:
        for actor in TEXT_ACTORS:
            for shape, side in LIMIT_CONDEMNED_SHAPES:
                text = shape.format(n=actor, l=limit)
                word = shape.split("{l}")[1].strip(" .") or shape.split("{n}")[0].strip()
                out.extend(_as_caption_and_text(text, side, word, "a limit named, then judged"))
    return out


def refuser_phrasings() -> list[Phrasing]:
    """An officer who refuses to cooperate, shielded or punished, as a caption and as a text."""
    out: list[Phrasing] = []
    for finite, gerund, infinitive in REFUSALS_OF_COOPERATION:
        for who in REFUSERS:
            for shape, side in REFUSER_SHAPES:
                text = shape.format(o=who, f=finite, g=gerund, i=infinitive)
                word = shape  # the shape itself: its gaps say where the refusal goes
                out.extend(_as_caption_and_text(text, side, word, "a refusal shielded or punished"))
    return out


def obstruction_phrasings() -> list[Phrasing]:
    """Officials barred from obstructing enforcement, as a caption and as a text."""
    out: list[Phrasing] = []
    for who in OBSTRUCTERS:
        for shape in OBSTRUCTION_SHAPES:
            text = shape.format(n=who)
            word = shape.split("{n}")[0].strip()
            out.extend(_as_caption_and_text(text, "restrictive", word, "officials obstructing"))
    return out


def detention_site_phrasings() -> list[Phrasing]:
    """A detention site proposed, backed or opposed; a permit required of such sites."""
    out: list[Phrasing] = []
    for site in DETENTION_SITES:
        for shape, side in DETENTION_SITE_SHAPES:
            text = shape.format(p=site)
            word = shape.split("{p}")[0].strip()
            out.extend(_as_caption_and_text(text, side, word, "a detention site"))
    for text in DETENTION_PERMITS:
        out.extend(
            _as_caption_and_text(text, "protective", "a permit required", "a detention site")
        )
    return out


def care_place_phrasings() -> list[Phrasing]:
    """Places of care and public life closed to enforcement, as a caption and as a text."""
    out: list[Phrasing] = []
    for place in CARE_PLACE_NAMES:
        for shape, side in CARE_PLACE_SHAPES:
            word = shape.split("{p}")[0].strip() or shape.split("{p}")[1].strip()
            out.extend(_as_caption_and_text(shape.format(p=place), side, word, place))
    return out


def state_law_phrasings() -> list[Phrasing]:
    """A state's own enforcement law and people in custody, as a caption and as a text."""
    out: list[Phrasing] = []
    for text, side in STATE_LAW_WORDINGS:
        out.extend(_as_caption_and_text(text, side, text.split()[0], "a state law or custody"))
    return out


def digest_phrasings() -> list[Phrasing]:
    """A digest of the law as it stands and what the bill does to it, under a bare caption."""
    out: list[Phrasing] = []
    for acts, side in ACTS_BY_SIDE:
        for gerund, infinitive in acts:
            for shape, turns in DIGEST_SHAPES:
                digest = shape.format(g=gerund, i=infinitive)
                expected = OTHER[side] if turns else side
                word = shape.split(". ", 1)[1].split("{")[0].strip() or shape
                out.append(Phrasing(digest, expected, word, gerund, BARE_CAPTION, "summary"))
    return out


@cache
def read(p: Phrasing):  # noqa: ANN201 - a Classification
    """How the classifier reads a phrasing: as a caption, or as a text under its caption.
    Remembered: the listing and ``topic_misses`` read the same grid, and so does the suite's
    check of the listing, in one process (a grid read takes most of a minute on a slow
    machine)."""
    if p.caption is None:
        return classify(p.text)
    if p.part == "summary":
        return classify(p.caption, p.text)
    return classify(p.caption, None, p.text)


# A caption that says nothing, not even "immigration" (as ``BARE_CAPTION`` does), over a bill's
# text that decides (DOMAIN.md: a bare official title is decided by its text): what
# ``--as-texts`` reads each caption phrasing under
SILENT_CAPTION = "An Act relating to public safety."


def as_texts(rows: list[Phrasing]) -> list[Phrasing]:
    """The caption phrasings as the text of a bill under ``SILENT_CAPTION`` (resolutions left out:
    a council's words under an act's caption are neither). The rules read a text more warily
    than a caption: a general phrase there ("may not enforce federal immigration law") makes no
    bill relevant (docs/classifier-history.md, "texts over general phrases"), so these are
    expected not relevant and counted apart."""
    return [
        p._replace(caption=SILENT_CAPTION, part="text")
        for p in rows
        if p.caption is None and not p.text.lower().startswith(("resolution", "a resolution"))
    ]


def main(argv: list[str]) -> int:
    rows = phrasings()
    if "--as-texts" in argv:
        rows = as_texts(rows)
    wrong: Counter[str] = Counter()
    by_word: Counter[str] = Counter()
    by_thing: Counter[str] = Counter()
    shown: list[str] = []
    for p in rows:
        result = read(p)
        got = result.stance if result.relevant else "not relevant"
        if got == p.expected:
            continue
        kind = got if got in ("unclear", "not relevant") else "opposite"
        wrong[kind] += 1
        by_word[p.word] += 1
        by_thing[p.thing] += 1
        shown.append(f"{p.expected:11}  read {got:12}  {p.text}")
    total = sum(wrong.values())
    print(f"{len(rows)} phrasings, {len(rows) - total} read right, {total} wrong", end="")
    print(f" ({', '.join(f'{n} {k}' for k, n in wrong.most_common())})" if total else "")
    print_counts((("by the words acting", by_word), ("by the thing acted on", by_thing)))
    # the topic check reads the caption grid, so a run ``--as-texts`` leaves it to a plain run
    missing = None if "--as-texts" in argv else topic_misses()
    if missing is not None:
        print(f"\n{len(missing)} wordings read without a topic their thing or act carries")
    if "--show" in argv:
        print_listing("read wrong", shown)
        if missing is not None:
            print_listing("without their thing's or act's topic", missing)
    if "--triggers" in argv:
        hidden = hidden_matches(rows)
        print(f"\n{len(hidden)} rows whose pattern matches a wording their triggers miss")
        print_listing("hidden behind missing triggers", hidden)
    return 0


def hidden_matches(rows: list[Phrasing]) -> list[str]:
    """Rows whose pattern matches a wording of the grid while none of their triggers occurs in
    it: the row never runs there (the suite checks this on the rules part's measures only, and
    a new family's words are not among them). About a minute over the whole grid."""
    from tracker.classify import engine

    found: dict[str, str] = {}
    for p in rows:
        for text in (p.text, p.caption or ""):
            for label, phrase in engine.untriggered_matches(engine.normalize(text)):
                found.setdefault(label, f"{label}: {phrase!r} in {text!r}")
    return sorted(found.values())


def topic_misses() -> list[str]:
    """The wordings read relevant without any topic their thing, act, described bill or
    condition carries (``THING_TOPICS``, ``ACT_TOPICS``, ``BILL_DOES``; a condition on honoring
    detainers carries detainers), each with the topics read."""
    topics_of = {
        **THING_TOPICS,
        **ACT_TOPICS,
        **{does: frozenset(topics) for does, _side, topics in BILL_DOES},
        **{condition: frozenset({"detainers"}) for condition in CONDITIONS},
        **NOTICE_TOPICS,
        **{name: frozenset(topics) for name, _side, topics in SHORT_NAMES},
        **{infinitive: frozenset({"state_enforcement"}) for infinitive, _gerund in STATE_TAKES},
        **{text: frozenset({"state_enforcement"}) for text, _side in presence_crime_texts()},
        "the immigration status of a person": frozenset({"info_sharing"}),
        "a place closed to law enforcement": frozenset({"ice_access"}),
        "an arrest on the way to court": frozenset({"ice_access"}),
        "a place shielded from a penalty": frozenset({"anti_sanctuary", "sanctuary", "detainers"}),
        "enforcement actions at a place": frozenset({"ice_access"}),
        "counsel for people facing removal": frozenset({"access_to_counsel"}),
        "sanctuary places named against": frozenset({"anti_sanctuary"}),
        **{text: frozenset({topic}) for text, _side, topic in EVERIFY_BESIDE},
        "a check of the people booked": frozenset({"state_enforcement", "sanctuary"}),
        **{tool: frozenset({topic}) for tool, topic in FUNDED_TOOLS},
        **{f"an arrest for status ({side})": frozenset({t}) for side, t in ARREST_TOPIC.items()},
        "access refused": frozenset({"ice_access"}),
        "data shielded": frozenset({"info_sharing"}),
        # (the act's own topic will do: "refuse to honor immigration detainers", detainers)
        "officials suspended": frozenset(
            {"anti_sanctuary", "sanctuary", "detainers", "info_sharing"}
        ),
        # (a board oversees the places' cooperation; the state's own police unit is state
        # enforcement)
        "a state body": frozenset({"state_enforcement", "anti_sanctuary", "sanctuary"}),
        "access procedures": frozenset({"ice_access"}),
        "database access": frozenset({"info_sharing"}),
        "contract at the jail": frozenset({"detention_contracts"}),
        "room for ICE": frozenset({"ice_access"}),
        "acting as officers": frozenset({"287g"}),
        "local ID cards": frozenset({"municipal_id"}),
        "a list for ICE": frozenset({"info_sharing"}),
        "money to move": frozenset({"state_enforcement"}),
        "money for local enforcement": frozenset({"state_enforcement", "287g"}),
        "people reported": frozenset({"info_sharing"}),
        "a state's arrest": frozenset({"state_enforcement", "sanctuary"}),
        "vendors": frozenset({"sanctuary", "anti_sanctuary", "info_sharing"}),
        **{program: frozenset({topic}) for program, topic in MIGRANT_PROGRAMS},
        **{beds: frozenset({"detention_contracts"}) for beds in LEASED_BEDS},
        "sanctuary places punished": frozenset({"anti_sanctuary", "sanctuary"}),
        **{t: frozenset({"state_enforcement", "detention_contracts"}) for t in STATE_DETENTION},
    }
    out: list[str] = []
    for p in phrasings():
        if p.thing not in topics_of:
            continue
        result = read(p)
        if result.relevant and not set(result.topics) & topics_of[p.thing]:
            out.append(f"{','.join(result.topics):30}  {p.text}")
    return out


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
