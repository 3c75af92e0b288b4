"""Classifier 2.63.0 (docs/classifier-history.md): more of the ways a summary names cooperation,
found by wordings a rule did not read: a place's contracts with the businesses that serve
immigration enforcement ("prohibits the city from contracting with companies that do business
with ICE", the sanctuary topic); a jail coordinating with ICE; a person kept "past release" for
ICE; land or a building leased for immigration detention; the people held or stopped asked about
their citizenship (a status check); and a condition named before the word for it ("removes the
judicial warrant requirement for transfers to ICE", which read as opposing transfers, the other
way). Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CAPTION = "Relating to public safety"

CASES: list[Case] = [
    flagged(
        CAPTION,
        "Prohibits the city from contracting with companies that do business with ICE.",
        "protective",
        "sanctuary",
    ),
    flagged(
        CAPTION,
        "Requires the Department of Corrections to identify inmates who are foreign nationals and"
        " coordinate with ICE for their removal.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION,
        "Allows jails to keep a person in custody past release when ICE has issued a detainer.",
        "restrictive",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Prohibits jails from holding a person beyond their scheduled release date at the request"
        " of immigration authorities.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Authorizes the state to lease state land to the federal government for immigration"
        " detention.",
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        CAPTION,
        "Requires law enforcement to ask every person arrested about their citizenship.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Prohibits police from asking arrested persons about their citizenship.",
        "protective",
        "sanctuary",
    ),
    flagged(
        "Immigration",
        "Removes the judicial warrant requirement for transfers to ICE.",
        "restrictive",
        "detainers",
    ),
    # controls
    flagged(
        "Immigration",
        "Requires law enforcement to obtain a judicial warrant before transferring a person to"
        " ICE.",
        "protective",
        "detainers",
    ),
    not_flagged(
        CAPTION, "Requires the clerk to ask applicants about their citizenship for jury service."
    ),
    not_flagged(
        CAPTION,
        "Prohibits the city from contracting with companies that do business"
        " with sanctioned foreign governments.",
    ),
    not_flagged(
        CAPTION,
        "Authorizes the state to lease state land to the federal government for a national park.",
    ),
]

test_contracts_holds_and_conditions = case_table_test(CASES)
