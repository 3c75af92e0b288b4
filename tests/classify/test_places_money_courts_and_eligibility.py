"""A place's own property closed to law enforcement, money taken for a tool, arrests on the way to
court, a jail checking whom it books, a person's status handed to ICE, measures tabled or whose
veto is overridden or sustained, cases backed through their plaintiffs and state enforcement laws
by what they are (DOMAIN.md); and a service agency checking who may have a service, which is
eligibility, not enforcement."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads
from tracker.classify import classify


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        # "ICE-free zone" ordinances name law enforcement in general
        (
            "Adding a chapter to the Legislative Code to prohibit law enforcement staging"
            " operations on city-owned properties and limit access to non-public City spaces",
            "protective",
            "ice_access",
        ),
        (
            "An ordinance of the county code relating to law enforcement access to county"
            " facilities",
            "protective",
            "ice_access",
        ),
        (
            "Requires a judicial warrant for law enforcement access to non-public areas of city"
            " buildings.",
            "protective",
            "ice_access",
        ),
        ("Repeals the limits on law enforcement access to village property.", "restrictive", None),
    ],
)
def test_a_places_own_property_closed_to_law_enforcement(
    title: str, stance: str, topic: str | None
) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    "title",
    [
        "Limits law enforcement access to electronic data.",
        "Requires a warrant for law enforcement access to cell phone location data.",
        "Designates the city-owned parking lot as a law enforcement staging area for the parade.",
        "Provides law enforcement access to school buildings during emergencies.",
    ],
)
def test_law_enforcement_access_to_other_things_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        ("Accepting a grant from ICE to reimburse 287(g) program costs", "restrictive", "287g"),
        (
            "Authorizing the sheriff to accept reimbursement from Immigration and Customs"
            " Enforcement for housing immigration detainees",
            "restrictive",
            "detention_contracts",
        ),
        ("Declining federal funds for the 287(g) program", "protective", "287g"),
        (
            "Resolution rejecting payments for housing immigration detainees",
            "protective",
            "detention_contracts",
        ),
    ],
)
def test_money_taken_or_turned_down_for_a_tool(title: str, stance: str, topic: str) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Prohibits the arrest of any person going to, attending, or returning from a court"
            " proceeding without a judicial warrant.",
            "protective",
        ),
        (
            "Provides that no person shall be subject to arrest while traveling to or from a"
            " court proceeding, except under a judicial warrant.",
            "protective",
        ),
        ("Protect Our Courts Act", "protective"),
        ("In the Matter of Adopting a Policy Required by the Courts Open to All Act", "protective"),
        (
            "Allows the arrest of persons attending court proceedings without a judicial warrant.",
            "restrictive",
        ),
        (
            "Repeals the prohibition on the arrest of persons attending court proceedings.",
            "restrictive",
        ),
    ],
)
def test_arrests_on_the_way_to_court(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="ice_access")


@pytest.mark.parametrize(
    "title",
    [
        "Protect Our Courts from Foreign Manipulation Act",
        "Requires the arrest of any person who fails to appear at a court proceeding.",
        "Requires jury commissioners to determine the citizenship of prospective jurors.",
        "Requires the court to determine the citizenship of a child in custody proceedings.",
    ],
)
def test_other_arrests_and_other_checks_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "Requires each county jail to determine the citizenship of every person booked into"
            " the jail.",
            "restrictive",
            "state_enforcement",
        ),
        (
            "Requires the sheriff to verify the nationality of all persons arrested.",
            "restrictive",
            "state_enforcement",
        ),
        (
            "Prohibits jailers from determining the citizenship of persons booked into custody.",
            "protective",
            "sanctuary",
        ),
    ],
)
def test_a_jail_checking_whom_it_books(title: str, stance: str, topic: str) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Prohibits the housing authority from sharing the immigration status of applicants"
            " for Medicaid with federal immigration authorities.",
            "protective",
        ),
        (
            "Prohibits the housing authority from disclosing the citizenship or immigration status"
            " of persons in custody to ICE.",
            "protective",
        ),
        (
            "Requires state agencies to report the immigration status of applicants for public"
            " assistance to the Department of Homeland Security.",
            "restrictive",
        ),
    ],
)
def test_a_persons_status_handed_to_ice_is_information_sharing(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="info_sharing")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Social Services, Department of; applications for public assistance, immigration"
            " status inquiry.",
            "Requires the director of a local department of social services to inquire as to the"
            " immigration status of all persons applying for public assistance benefits.",
        ),
        (
            "Rent Supplement Program Eligibility Amendment Act",
            "Would allow applicants for rent supplement vouchers to self-certify eligibility"
            " factors. It would prohibit the Housing Authority from inquiring into an applicant's"
            " immigration status.",
        ),
        (
            "Requires state agencies to verify the immigration status of applicants for Medicaid.",
            None,
        ),
        (
            "Requires county welfare departments to verify citizenship or immigration status"
            " before providing public benefits.",
            None,
        ),
    ],
)
def test_a_service_agency_checking_eligibility_is_not_flagged(
    title: str, summary: str | None
) -> None:
    assert_not_flagged(title, summary)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Motion to table the sanctuary city ordinance", "restrictive"),
        (
            "Motion to postpone indefinitely the ordinance limiting cooperation with ICE",
            "restrictive",
        ),
        ("Motion to table Senate Bill 4, which bans sanctuary cities", "protective"),
        ("Veto override: the sanctuary state bill", "protective"),
        ("Sustaining the Mayor's veto of the sanctuary state bill", "restrictive"),
    ],
)
def test_a_measure_tabled_or_its_veto_decided(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "Resolution in support of the plaintiffs in the lawsuit against the state's sanctuary"
            " law",
            "restrictive",
            None,
        ),
        (
            "Resolution in support of the plaintiffs challenging the state's immigration"
            " enforcement law",
            "protective",
            "state_enforcement",
        ),
        (
            "Resolution opposing the lawsuit against the state law making unlawful entry a state"
            " crime",
            "restrictive",
            "state_enforcement",
        ),
    ],
)
def test_cases_backed_through_plaintiffs_and_state_enforcement_laws(
    title: str, stance: str, topic: str | None
) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    "title",
    [
        "Resolution urging Congress to reform the nation's immigration enforcement laws",
        "Resolution opposing the federal government's immigration enforcement laws",
    ],
)
def test_the_nations_enforcement_laws_are_not_a_states(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "A bill to expand the use of E-Verify to hold employers accountable",
            "This bill expands the E-Verify program by requiring all employers to use it. Failure"
            " to use E-Verify shall create a rebuttable presumption that the employer is violating"
            " immigration law.",
        ),
        (
            "Immigration",
            "Requires state agencies and contractors to participate in the federal E-Verify program"
            " and report violations to the Department of Homeland Security.",
        ),
    ],
)
def test_e_verify_for_employers_is_not_flagged(title: str, summary: str) -> None:
    assert_not_flagged(title, summary)


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "Requires employers to use E-Verify and prohibits sanctuary policies.",
            "restrictive",
            "anti_sanctuary",
        ),
        (
            "Requires law enforcement officers to verify the immigration status of persons stopped"
            " and employers to use E-Verify.",
            "restrictive",
            "state_enforcement",
        ),
    ],
)
def test_a_tracked_policy_beside_e_verify_is_still_read(
    title: str, stance: str, topic: str
) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # a bar on punishing a place shields it
        ("To prohibit the use of Federal funds to penalize sanctuary jurisdictions.", "protective"),
        (
            "To prohibit the Attorney General from denying grants to sanctuary jurisdictions.",
            "protective",
        ),
        ("Bars any penalty against cities that limit cooperation with ICE.", "protective"),
        # a government's authority to act, repealed or affirmed
        (
            "To repeal the authority of States to arrest and detain aliens for violations of"
            " immigration law.",
            "protective",
        ),
        (
            "To clarify that States have the authority to enforce Federal immigration law.",
            "restrictive",
        ),
        (
            "Affirms the inherent authority of a county sheriff to enter into agreements under"
            " section 287(g).",
            "restrictive",
        ),
        (
            "To amend the Immigration and Nationality Act to clarify the authority of State and"
            " local law enforcement personnel to investigate, identify, apprehend, arrest, detain,"
            " or transfer to Federal custody aliens in the United States.",
            "restrictive",
        ),
        # paid back for holds
        (
            "To provide for the reimbursement of States and localities for the costs of detaining"
            " aliens pursuant to detainers.",
            "restrictive",
        ),
        # enforcement actions at sensitive places
        (
            "To prohibit the Department of Homeland Security from conducting enforcement actions at"
            " sensitive locations.",
            "protective",
        ),
    ],
)
def test_federal_shapes_of_shields_authority_and_sensitive_places(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    "title",
    [
        "To prohibit the Department of Homeland Security from conducting cybersecurity enforcement"
        " actions at hospitals.",
        "To clarify that States have the authority to regulate firearms.",
        "Prohibits the state from withholding funds from school districts that adopt later start"
        " times.",
        "Prohibits sanctuary policies and penalizes sanctuary cities.",
    ],
)
def test_other_authority_shields_and_actions_are_not_read_so(title: str) -> None:
    res = classify(title)
    # not flagged, or (the last) read the way it goes: a ban is not a shield
    assert not res.relevant or res.stance == "restrictive", res.why


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Ensures that children in removal proceedings are represented by counsel.", "protective"),
        ("Guarantees that detained immigrants facing deportation have an attorney.", "protective"),
        ("Funds attorneys for detained immigrants in deportation cases.", "protective"),
    ],
)
def test_counsel_for_people_facing_removal_said_by_who_has_it(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="access_to_counsel")


def test_counsel_in_other_proceedings_is_not_flagged() -> None:
    assert_not_flagged(
        "Ensures that defendants in criminal proceedings are represented by counsel."
    )


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("To make 287(g) agreements mandatory for jurisdictions that request them.", "restrictive"),
        ("An act that makes compliance with immigration detainers optional", "protective"),
        ("An act that makes sanctuary policies mandatory", "protective"),
        ("Justice for Victims of Sanctuary Cities Act", "restrictive"),
        ("Mobilizing Against Sanctuary Cities Act", "restrictive"),
        (
            "To hold sanctuary jurisdictions accountable for the release of criminal aliens.",
            "restrictive",
        ),
    ],
)
def test_things_made_binding_and_places_held_to_account(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    "title",
    [
        "Justice for Victims of Crime Act",
        "Resolution to hold ICE accountable for abuses at federal detention centers",
        "Makes flu vaccination mandatory for hospital workers.",
    ],
)
def test_other_victims_accountability_and_mandates_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # a bar barred is leave
        (
            "Provides that a local law enforcement agency may not be prohibited from cooperating"
            " with federal immigration authorities.",
            "restrictive",
        ),
        (
            "Provides that a county jail shall not be prevented from honoring immigration"
            " detainers.",
            "restrictive",
        ),
        (
            "Provides that a county jail may not be prohibited from declining immigration detainer"
            " requests.",
            "protective",
        ),
        # no law that makes a duty
        (
            "Provides that no state law requires a county jail to honor immigration detainers.",
            "protective",
        ),
        # a government's room widened, and a law's protections extended
        (
            "Broadens the circumstances under which a local law enforcement agency may cooperate"
            " with federal immigration authorities.",
            "restrictive",
        ),
        (
            "Extends the protections of the state's sanctuary law to persons on probation.",
            "protective",
        ),
    ],
)
def test_bars_and_duties_negated_and_room_widened(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "Amendment to the jail services agreement with ICE to increase the daily bed rate",
            "restrictive",
            "detention_contracts",
        ),
        (
            "Amendment No. 3 to the IGSA with U.S. Immigration and Customs Enforcement",
            "restrictive",
            None,
        ),
        ("Do not renew the jail services agreement with ICE", "protective", "detention_contracts"),
        (
            "Consideration of a resolution requesting the Sheriff to apply for the 287(g) program",
            "restrictive",
            "287g",
        ),
    ],
)
def test_agenda_items_named_by_what_they_are(title: str, stance: str, topic: str | None) -> None:
    assert_reads(title, stance, topic=topic)


def test_an_amendment_to_another_jail_agreement_is_not_flagged() -> None:
    assert_not_flagged(
        "Amendment No. 2 to the jail services agreement with the U.S. Marshals Service"
    )


ANTI_SANCTUARY_TEXT = (
    'Section 1. Definitions. As used in this act: "Sanctuary policy" means any order, ordinance,'
    " or policy of a local governmental entity that prohibits or restricts a law enforcement"
    " agency from communicating or exchanging information with a federal immigration agency;"
    " limits the ability of a law enforcement agency to comply with an immigration detainer; or"
    " requires a judicial warrant before honoring an immigration detainer. Section 2. A local"
    " governmental entity may not adopt or have in effect a sanctuary policy. Section 3. A local"
    " governmental entity that adopts a sanctuary policy shall be ineligible for state grants."
)


def test_a_statutes_definitions_do_not_give_the_bill_its_side() -> None:
    # the definition names the limits the bill bans: the bill bans them
    res = classify("AN ACT relating to immigration.", None, ANTI_SANCTUARY_TEXT)
    assert res.relevant and res.stance == "restrictive", res.why


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "A local governmental entity that adopts a sanctuary policy shall be ineligible for"
            " state grants.",
            "restrictive",
        ),
        (
            "Any county or municipality that enters into a 287(g) agreement is subject to a civil"
            " penalty of up to $25,000.",
            "protective",
        ),
        (
            "A local governmental entity may not adopt or have in effect a sanctuary policy.",
            "restrictive",
        ),
    ],
)
def test_a_government_named_first_then_punished(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    "title",
    [
        "A county that adopts a Second Amendment sanctuary resolution shall be ineligible for state"
        " grants.",
        'As used in this act, "wildlife sanctuary" means land set aside to protect birds from'
        " hunting and trapping.",
    ],
)
def test_other_punishments_and_definitions_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)
