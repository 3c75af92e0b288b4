"""Classifier 2.45.0: false alarms found in a whole stream of unlabeled bills (every bill of the
119th Congress, docs/classifier-history.md "Classifier 2.45.0"), each fixed as a class: a tracked
policy's everyday name spelled out as another act's, "secure communities" in ordinary prose,
noncitizens removed from a list of voters, federal immigration agents' own pay, hiring and
accountability, what temporary protected status gives its holders, and the Attorney General
taken for a person's lawyer. Each case names what an advocate would see: flagged or not, which
way, which topic; the controls beside them stay flagged."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test
from tracker.classify import classify, rules, triage
from tracker.classify.engine import _ALL_RULES
from tracker.classify.rules import NAMED_POLICIES

# (title, summary, text, relevant, stance, a topic that must be among the measure's, or None)
CASES: list[Case] = [
    # another act of the same name, spelled out in its summary or text
    (
        "TRUST Act of 2025",
        "Tailored Regulatory Updates for Supervisory Testing Act of 2025 or the TRUST Act of "
        "2025. This bill permits additional small insured depository institutions that are "
        "well-capitalized and well-managed to qualify for less frequent examinations.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "VA TRUST Act",
        None,
        "A BILL To amend title 38, United States Code, to modify pay rates for certain Senior "
        "Executive Service employees at the Department of Veterans Affairs. Section 1. Short "
        "title. This Act may be cited as the Veterans Affairs Transparency and Reform of the "
        "Upper Senior Tenure Act or the VA TRUST Act. Sec. 2. Pay for senior executive "
        "positions.",
        False,
        "not_relevant",
        None,
    ),
    (
        "SWAT Act of 2026",
        "Spotted Wing Abatement Trust Act of 2026 or the SWAT Act of 2026. This bill directs the "
        "Animal and Plant Health Inspection Service to establish a fund for research on spotted "
        "wing drosophila.",
        None,
        False,
        "not_relevant",
        None,
    ),
    # ... while the name alone, or spelled out around policing or immigration, stays the policy
    ("TRUST Act", None, None, True, "protective", "detainers"),
    ("California Values Act", "Law enforcement: sharing data.", None, True, None, "sanctuary"),
    (
        "TRUST Act",
        "Community Policing Trust Act or the TRUST Act. Limits when police may ask about a "
        "person's immigration status.",
        None,
        True,
        "protective",
        None,
    ),
    (
        "Welcoming City Update Resolution",
        None,
        "A resolution of the city council updating its resolution of 2017 that declared the "
        "city a welcoming city.",
        True,
        "protective",
        "sanctuary",
    ),
    # "safe and secure communities" is not the Secure Communities program
    (
        "Resolution memorializing law enforcement officers killed in the line of duty.",
        "This resolution expresses support for police officers and other law enforcement "
        "personnel. The resolution further recognizes law enforcement officers across the "
        "United States in the pursuit of preserving safe and secure communities.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Resolution opposing the county's participation in Secure Communities",
        None,
        None,
        True,
        "protective",
        "detainers",
    ),
    # noncitizens taken off a list of voters are not removed from the country
    (
        "SAVE Act",
        "This bill requires individuals to provide documentary proof of U.S. citizenship when "
        "registering to vote in federal elections. Additionally, states must remove noncitizens "
        "from their official lists of eligible voters.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Relating to immigration",
        "Authorizes the state police to arrest and remove noncitizens who are unlawfully present "
        "in this state.",
        None,
        True,
        "restrictive",
        "state_enforcement",
    ),
    # federal immigration agents' own pay, hiring, training and accountability
    (
        "To provide supplemental payments to Federal personnel performing immigration "
        "enforcement operations, and for other purposes.",
        None,
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "DHS Hiring Review Act",
        "To improve the hiring and training processes at U.S. Immigration and Customs "
        "Enforcement and U.S. Customs and Border Protection, and for other purposes.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Ending Qualified Immunity for ICE Agents Act",
        "To end qualified immunity for U.S. Immigration and Customs Enforcement agents.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "To improve immigration enforcement transparency, preserve civil rights, and improve the "
        "accountability of immigration enforcement personnel, and for other purposes.",
        None,
        None,
        False,
        "not_relevant",
        None,
    ),
    ("Requires training for sheriff deputies who assist ICE agents.", None, None, True, None, None),
    (
        "Relating to immigration enforcement",
        "Provides pay for county deputies performing immigration enforcement functions under a "
        "287(g) agreement.",
        None,
        True,
        None,
        "287g",
    ),
    # ... and how federal law protects them
    (
        "PRICE Act",
        "To amend title 18, United States Code, to increase the criminal penalties for "
        "assaulting, resisting, or impeding an officer or employee of U.S. Immigration and "
        "Customs Enforcement.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Protecting Law Enforcement from Doxxing Act",
        "To amend title 18, United States Code, to establish a criminal prohibition on the public "
        "release of the name of a Federal law enforcement officer with the intent to obstruct a "
        "criminal investigation or immigration enforcement operation.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Relating to county employees",
        "Prohibits county employees from disclosing a person's immigration status to officers of "
        "U.S. Immigration and Customs Enforcement.",
        None,
        True,
        "protective",
        "info_sharing",
    ),
    # what temporary protected status gives its holders is federal relief
    (
        "To require the Secretary of Homeland Security to designate Haiti for temporary protected "
        "status.",
        "This bill directs the Department of Homeland Security to designate Haiti for temporary "
        "protected status (TPS) for 18 months. (Eligible nationals of a TPS-designated country "
        "may obtain employment authorization, may not be detained on the basis of their "
        "immigration status, and are not subject to removal while they have TPS.)",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Relating to county jails",
        "Provides that no person may be detained by a county jail on the basis of their "
        "immigration status.",
        None,
        True,
        "protective",
        None,
    ),
    # data sharing: the agency given something, not the one whose work or staff it is, nor the
    # statute named for immigration
    (
        "Decoupling from Foreign Adversarial Battery Dependence Act",
        "The Secretary shall submit a report on the anticipated impacts on mission and costs on "
        "the Department of Homeland Security of the prohibition on procuring batteries made by "
        "foreign entities.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "DHS Suicide Prevention and Resiliency for Law Enforcement Act",
        "To provide a comprehensive approach to address the mental health and wellness of "
        "Department of Homeland Security law enforcement personnel, including by sharing data "
        "on suicides.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Identifying Potential Terrorist at the Border Act",
        "To amend section 236A of the Immigration and Nationality Act with respect to the "
        "requirement to cross reference each database under section 236A of the Immigration "
        "and Nationality Act.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Relating to county jails",
        "Requires the jail to report to the Department of Homeland Security the release dates "
        "of inmates.",
        None,
        True,
        "restrictive",
        "info_sharing",
    ),
    (
        "Relating to motor vehicle records",
        "Prohibits access to the DMV database by immigration authorities.",
        None,
        True,
        "protective",
        "info_sharing",
    ),
    # ICE's access to a place, not a person's entry that something "facilitates", nor a place
    # the statute named for immigration governs
    (
        "Alan T. Shao II Fentanyl Public Health Emergency and Overdose Prevention Act",
        "To suspend the entry of covered aliens at a port of entry or a Border Patrol station to "
        "facilitate immigration controls in response to the fentanyl public health crisis.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Protecting Military Assets Act of 2025",
        "To provide that aliens who have been convicted of entering military, naval, or coast "
        "guard property are inadmissible under section 212(a) of the Immigration and "
        "Nationality Act.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Relating to county facilities",
        "Prohibits ICE agents from entering county facilities without a judicial warrant.",
        None,
        True,
        "protective",
        "ice_access",
    ),
    # the Attorney General is the government's lawyer, not the person's
    (
        "Rapid Expulsion of Migrant Offenders who Violate and Evade (REMOVE) Act",
        "The Attorney General shall commence removal proceedings against any alien charged with "
        "an offense involving the death of another person.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Immigrant legal defense",
        "Funds attorneys for residents facing removal proceedings.",
        None,
        True,
        "protective",
        "access_to_counsel",
    ),
]


test_found_in_the_federal_stream = case_table_test(CASES)


def test_another_act_says_why_and_stays_a_look_alike() -> None:
    """The reader sees why a caption named like a tracked policy was left out, the triage does
    not send such a measure on for its text, and the name alone still is the policy."""
    title = "TRUST Act of 2025"
    summary = (
        "Tailored Regulatory Updates for Supervisory Testing Act of 2025 or the TRUST Act of "
        "2025. This bill permits small banks to qualify for less frequent examinations."
    )
    res = classify(title, summary)
    assert res.category == "none"
    assert any("spells the name out as another act's" in w for w in res.why), res.why
    assert triage(title, summary) == "no"
    # the title alone is still the policy: its text decides, so the spider fetches it
    assert classify(title).relevant


def test_everyday_names_are_rows_of_the_tables() -> None:
    """The rows whose names are everyday words are named by their labels: a label that no row
    carries (a typo, a renamed row) would silently switch the check off."""
    labels = {label for label, *_ in NAMED_POLICIES} | {rule[0] for rule in _ALL_RULES}
    missing = rules.EVERYDAY_NAMES - labels
    assert not missing
    # ... and each names one of the words an acronym spelled out is checked for
    for label in rules.EVERYDAY_NAMES:
        assert any(word in label.lower() for word in rules.EVERYDAY_WORDS), label
