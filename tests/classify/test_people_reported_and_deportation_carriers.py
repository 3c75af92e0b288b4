"""Classifier 2.67.0 (docs/classifier-history.md): two kinds of wording not read before.

- People named by their lack of status, reported or referred to "the federal government",
  "federal agencies" or "federal authorities" (the anti-sanctuary statutes' words, a benefits
  agency's, a hospital's or a school's duty): "Requires the Health Care Authority to report
  applicants who are unlawfully present to federal agencies" shares information with immigration
  authorities, though no "immigration" stands beside the agency (before: not flagged, or flagged
  by the learned model with no side). A bar on it is protective, a repeal of the duty protective,
  a tally of such people ("the number of …") no report of them.
- Businesses that carry the people the agency deports, as a sanctuary place's contracts name
  them: "airlines that transport individuals who have been detained by U.S. Immigration and
  Customs Enforcement", "charter companies that operate deportation flights" (before: not
  flagged). A bar on contracting with them is protective, its repeal restrictive.
Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CAPTION = "Immigration"

PEOPLE_REPORTED: list[Case] = [
    flagged(
        CAPTION,
        "Requires the Health Care Authority to report applicants who are unlawfully present to"
        " federal agencies.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Requires the Authority to verify applicants' immigration status and report unlawfully"
        " present applicants to the federal government.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Requires hospitals to report undocumented patients to the federal government.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Requires schools to report students who are not lawfully present in the United States to"
        " federal authorities.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Requires state agencies to refer undocumented applicants to the federal government.",
        "restrictive",
        "info_sharing",
    ),
    # barred, or the duty repealed
    flagged(
        CAPTION,
        "Prohibits state agencies from reporting undocumented patients to federal authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Repeals the requirement that state agencies report illegal aliens to federal authorities.",
        "protective",
        "info_sharing",
    ),
    # controls: a tally, a report to the legislature
    not_flagged(
        CAPTION,
        "Requires the department to report the number of unlawfully present applicants to the"
        " federal government.",
    ),
    not_flagged(
        CAPTION,
        "Requires the department to report unlawfully present applicants to the legislature.",
    ),
]

CARRIERS: list[Case] = [
    flagged(
        "Enacts the state airport facilities accountability act",
        "Prohibits public entities from contracting with airlines that transport individuals who"
        " have been detained by U.S. Immigration and Customs Enforcement.",
        "protective",
        "sanctuary",
    ),
    flagged(
        CAPTION,
        "Prohibits the city from contracting with charter companies that operate deportation"
        " flights.",
        "protective",
        "sanctuary",
    ),
    flagged(
        CAPTION,
        "Prohibits the state from contracting with airlines that fly people for ICE.",
        "protective",
        "sanctuary",
    ),
    flagged(
        CAPTION,
        "Repeals the ban on state contracts with airlines that transport people detained by ICE.",
        "restrictive",
        "anti_sanctuary",
    ),
    # control: an airline's passengers
    not_flagged(
        "Requires the airport authority to contract with airlines that transport passengers for"
        " the Department of Transportation.",
        None,
    ),
]

test_people_reported_to_the_federal_government = case_table_test(PEOPLE_REPORTED)
test_carriers_of_the_people_deported = case_table_test(CARRIERS)
