"""Classifier 2.66.0 (docs/classifier-history.md): two kinds of wording read the wrong way or
flagged where they should not be.

- The federal immigration agency's own detention, in more of the words a federal bill or a
  resolution to the federal government uses: a facility the agency itself is kept from building,
  expanding or running ("Prohibits the Department of Homeland Security from using federal funds
  to build or expand immigration detention facilities"), solitary confinement called "restrictive
  housing", a call on Congress or the Department to end its own private detention, and a House
  bill's referral clause ("within the jurisdiction of the committee concerned"), which named no
  government below the federal one but was read as one. Before: flagged as the detention_contracts
  topic, by a rule or by the learned model. A contract, a county's jail, a city's land or a
  facility planned in a place keep the topic (DOMAIN.md).
- A requirement, mandate, ban or state crime abolished, annulled or done away with, or a state
  crime struck, removed or ended, goes the other way from what it undoes: "Abolishes the
  requirement that jails honor ICE detainers" is protective, "Annuls the ban on sharing
  information with ICE" restrictive (before: both read as the requirement or ban itself).
Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CAPTION = "Immigration"

# a House bill's text as its first version prints it: the referral clause names a committee's
# jurisdiction, the body only the federal agency
REFERRAL = (
    "IN THE HOUSE OF REPRESENTATIVES. A BILL To require U.S. Immigration and Customs Enforcement"
    " to provide a medical screening to each person in immigration detention within 12 hours of"
    " arrival. Referred to the Committee on Homeland Security, and in addition to the Committee"
    " on the Judiciary, for a period to be subsequently determined by the Speaker, in each case"
    " for consideration of such provisions as fall within the jurisdiction of the committee"
    " concerned. SEC. 2. MEDICAL SCREENING. The Director of U.S. Immigration and Customs"
    " Enforcement shall ensure that each individual held in immigration detention receives a"
    " medical screening by a licensed physician within 12 hours."
)
SCREENING = "Detainee Medical Care Act"
SCREENING_SUMMARY = (
    "To require U.S. Immigration and Customs Enforcement to provide a medical screening to each"
    " person in immigration detention within 12 hours of arrival."
)

FEDERAL_DETENTION: list[Case] = [
    # a facility the agency itself builds, expands or runs
    not_flagged(
        "To prohibit the Department of Homeland Security from constructing new immigration"
        " detention facilities.",
        None,
    ),
    not_flagged(
        "Detention Expansion Limits Act",
        "Prohibits the Department of Homeland Security (DHS) from using federal funds to build or"
        " expand immigration detention facilities.",
    ),
    # ... not flagged by the learned model either
    not_flagged(
        "To prohibit U.S. Immigration and Customs Enforcement from building or acquiring new"
        " detention facilities.",
        None,
    ),
    not_flagged(
        "To require ICE to establish new immigration detention facilities near major airports.",
        None,
    ),
    # solitary confinement in its own facilities is no housing for it
    not_flagged(
        "Detainee Health Screening Act",
        "To require the Secretary of Homeland Security to limit the use of restrictive housing in"
        " immigration detention.",
    ),
    # a call on the federal government about its own detention
    not_flagged(
        "Resolution calling upon the Department of Homeland Security to terminate the use of"
        " privately-run immigration detention facilities.",
        None,
    ),
    not_flagged(
        "Resolution urging Congress to end the use of private immigration detention facilities.",
        None,
    ),
    # a House bill's referral clause is no government below the federal one
    (SCREENING, SCREENING_SUMMARY, REFERRAL, False, "not_relevant", None),
    # controls: a county named in the same text is one
    (
        SCREENING,
        SCREENING_SUMMARY,
        REFERRAL.replace("of the committee concerned", "of any county"),
        True,
        None,
        "detention_contracts",
    ),
    # ... a contract, whoever signs it (ICE's own: test_federal_detention_and_penalties.py)
    flagged(
        "Resolution calling upon the United States Department of Homeland Security to end"
        " contracts with county jails for immigration detention.",
        None,
        "protective",
        "detention_contracts",
    ),
    # ... a facility on a city's land, or planned in a place
    flagged(
        "Prohibits the Department of Homeland Security from constructing an immigration detention"
        " facility on land owned by a city.",
        None,
        "protective",
        "detention_contracts",
    ),
    flagged(
        "Resolution supporting the planned ICE processing center.",
        None,
        "restrictive",
        "detention_contracts",
    ),
    # ... and a call on a state
    flagged(
        "Resolution calling on the state to prohibit private immigration detention facilities.",
        None,
        "protective",
        "detention_contracts",
    ),
]

UNDOING_VERBS: list[Case] = [
    # a requirement or mandate abolished or done away with: the duty is undone
    flagged(
        CAPTION,
        "Abolishes the requirement that jails honor ICE detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Does away with the mandate that sheriffs enter into 287(g) agreements.",
        "protective",
        "287g",
    ),
    flagged(
        CAPTION,
        "Abolishes the prohibition on sanctuary policies.",
        "protective",
        "anti_sanctuary",
    ),
    # ... a ban or limit annulled or done away with: the help is let back
    flagged(
        CAPTION,
        "Annuls the ban on sharing information with ICE.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Does away with the limits on cooperation with federal immigration enforcement.",
        "restrictive",
        "anti_sanctuary",
    ),
    # a state crime struck, removed, ended or done away with
    flagged(
        CAPTION,
        "Strikes the crime of illegal entry into the state.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Removes the crime of illegal entry into the state.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Ends the state offense of illegal reentry.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Does away with the state crime of unlawful presence.",
        "protective",
        "state_enforcement",
    ),
    # controls: the crime made, the state's removal of people, a sanctuary policy abolished, a
    # crime removed that is no immigration crime
    flagged(
        CAPTION,
        "Establishes the crime of illegal entry into the state.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Requires the state to remove aliens convicted of illegal entry.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Abolishes the county's sanctuary policy.",
        "restrictive",
        "anti_sanctuary",
    ),
    not_flagged("Removes the crime of trespass from the list of offenses.", None),
]

test_the_agencys_own_detention_built_or_called_for = case_table_test(FEDERAL_DETENTION)
test_undoing_verbs = case_table_test(UNDOING_VERBS)
