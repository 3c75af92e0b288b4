"""Classifier 2.63.0 (docs/classifier-history.md): people reported to immigration authorities, or
information about them shared, by the agencies that serve them (benefits, health, schools, motor
vehicles) as by jails, with the people named between the verb and the agency and often by their
status ("prohibits the Health Care Authority from reporting applicants who are not lawfully present
to federal immigration authorities"): barred is protective, required restrictive, and a bar
repealed restrictive. Before, the bar was too far from the agency for the rules to reach and the
"not" of the people's status broke the duty, so the learned model decided, and read many of
them the opposite way; a repealed bar on reporting was read as a repealed duty to report.
A state's own arrests and crimes in more of their words ("arrest a person for unlawful entry into
this state", "arrest persons suspected of illegal entry", "a crime to transport an alien who
entered the country illegally"), a state's contract to move migrants, and state money to build
an immigration detention facility.
Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CAPTION = "An Act relating to public agencies"
SAFETY = "Public safety"

CASES: list[Case] = [
    # people reported, barred: protective
    flagged(
        CAPTION,
        "Prohibits the Health Care Authority from reporting applicants who are not lawfully"
        " present to federal immigration authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Bars public benefits offices from sharing information about unlawfully present"
        " applicants with ICE.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "School districts shall not provide information about persons not lawfully present to"
        " U.S. Immigration and Customs Enforcement.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Prohibits the Department of Motor Vehicles from disclosing the names and addresses of"
        " undocumented patients to federal immigration authorities.",
        "protective",
        "info_sharing",
    ),
    # required, or the bar repealed: restrictive
    flagged(
        CAPTION,
        "Requires the Department of Human Services to share information about persons not"
        " lawfully present with ICE.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Requires hospitals to report patients who are not citizens to federal immigration"
        " authorities.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Repeals the prohibition on the sheriff reporting unlawfully present applicants to ICE.",
        "restrictive",
        "info_sharing",
    ),
    # controls: a record of contacts kept for the public stays protective; a repealed duty to
    # report stays protective
    flagged(
        "Immigration",
        "Requires law enforcement agencies to report all requests from ICE to the council.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Immigration",
        "Requires the sheriff to report each contact with federal immigration authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Repeals the requirement that the sheriff report unlawfully present inmates to ICE.",
        "protective",
        "info_sharing",
    ),
    # a state's own arrests and crimes
    flagged(
        SAFETY,
        "Authorizes peace officers to arrest a person for unlawful entry into this state.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        SAFETY,
        "Authorizes law enforcement officers to arrest persons suspected of illegal entry.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        SAFETY,
        "Prohibits officers from arresting persons suspected of unlawful presence.",
        "protective",
        "sanctuary",
    ),
    flagged(
        SAFETY,
        "Makes it a crime to knowingly transport an alien who entered the country illegally.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        SAFETY,
        "Prohibits the state from contracting with private companies to transport migrants.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        SAFETY,
        "Provides state funds to build a state immigration detention facility.",
        "restrictive",
        "detention_contracts",
    ),
    # controls: a building's unlawful entry is burglary's; federal penalties are federal law
    not_flagged(SAFETY, "Authorizes police to arrest a person for unlawful entry into a dwelling."),
    not_flagged(
        SAFETY, "Makes it a crime to knowingly transport stolen property across state lines."
    ),
]

test_people_reported_and_state_arrests = case_table_test(CASES)
