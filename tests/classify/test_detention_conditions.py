"""Classifier 2.72.0 (docs/classifier-history.md): how people are treated in immigration
detention (solitary confinement, restraints, medical care, reporting on detainees) is oversight of
conditions, as detention standards and inspections already were, not a contract to hold people
for ICE (DOMAIN.md: `detention_contracts` is contracts to detain and bans on them). Before,
"Restricting Solitary Confinement in Immigration Detention Act" read protective on the contracts
topic and "To mandate reporting requirements pertaining to detainees in immigration detention
facilities" was made relevant by its text. A contract entered into is no entry by ICE: "entering
into contracts for immigration detention … in any facility that holds people" no longer adds
`ice_access`."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged
from tracker.classify import classify

# a federal bill's text names the contract facilities its standards reach; the words settle it
CONDITIONS_TEXT = (
    "SEC. 2. STANDARDS. The Secretary shall ensure that solitary confinement in immigration"
    " detention facilities, including facilities operated under contract with a State or unit of"
    " local government or a private entity, is used only as a last resort."
)

CASES: list[Case] = [
    not_flagged(
        "Restricting Solitary Confinement in Immigration Detention Act of 2024",
        "To limit the use of solitary confinement and other forms of restrictive housing in"
        " immigration detention, and for other purposes.",
    ),
    not_flagged(
        "Stop Inhumane Conditions in ICE Detention Act",
        "To mandate reporting requirements pertaining to detainees in immigration detention"
        " facilities.",
    ),
    not_flagged(
        "Prohibits the use of restraints on pregnant women held in immigration detention", None
    ),
    not_flagged(
        "Detainee Health Act",
        "To require adequate medical care in all immigration detention facilities.",
    ),
    not_flagged(
        "Resolution urging the Department of Homeland Security to end the use of solitary"
        " confinement in immigration detention",
        None,
    ),
    (
        "Restricting Solitary Confinement in Immigration Detention Act",
        None,
        CONDITIONS_TEXT,
        False,
        "not_relevant",
        None,
    ),
    # controls: contracts to detain, and bans on them, with or beside conditions
    flagged(
        "To prohibit U.S. Immigration and Customs Enforcement from negotiating contracts with"
        " private detention companies that require a minimum number of immigration detention beds",
        None,
        "protective",
        "detention_contracts",
    ),
    flagged(
        "Civil detention",
        "Prohibits a city, county, or local law enforcement agency from entering into a contract"
        " with a private corporation to house or detain noncitizens for purposes of civil"
        " immigration custody, and requires standards of medical care in immigration detention"
        " facilities.",
        "protective",
        "detention_contracts",
    ),
    flagged(
        "A resolution approving an intergovernmental service agreement with ICE to house"
        " immigration detainees at the county jail",
        None,
        "restrictive",
        "detention_contracts",
    ),
]

test_conditions_of_detention = case_table_test(CASES)


def test_a_contract_entered_into_is_no_entry_by_ice() -> None:
    read = classify(
        "Prohibits the county from entering into contracts for immigration detention and sets"
        " standards for medical care in any facility that holds people in civil immigration"
        " detention"
    )
    assert read.relevant and read.stance == "protective", read.why
    assert read.topics == ("detention_contracts",), read.why
    # ... while ICE let into a jail still is
    entry = classify("Prohibits the sheriff from allowing ICE agents to enter the county jail")
    assert "ice_access" in entry.topics, entry.why
