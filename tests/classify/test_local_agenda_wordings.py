"""Classifier 2.74.0 (docs/classifier-history.md): a local jail put to the agency's detention, as
county agendas word it. The agency named after the detainees ("agreement for housing of federal
detainees with U.S. Marshals Service and ICE") and "ICE detention" in a local place ("the use of
the county jail for ICE detention") are detention contracts; before, neither was read at all. A
resolution that opposes or rejects such detention is protective, unless what it opposes is the
contract's end ("opposing the termination of the county's detention contract with ICE"): before,
the resolutions read no direction."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CASES: list[Case] = [
    flagged(
        "Approve renewal of agreement for housing of federal detainees with U.S. Marshals Service"
        " and ICE",
        None,
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "Resolution opposing the use of county jail for ICE detention",
        None,
        "protective",
        "detention_contracts",
    ),
    flagged(
        "Resolution opposing the use of the county jail to detain people for ICE",
        None,
        "protective",
        "detainers",
    ),
    flagged(
        "Resolution opposing the termination of the county's detention contract with ICE",
        None,
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "Resolution rejecting the sheriff's proposal to end the ICE detention contract",
        None,
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "Resolution opposing the moratorium on immigration detention",
        None,
        "restrictive",
        "detention_contracts",
    ),
    # controls: other people housed under agreement, and the agency's own detention elsewhere
    not_flagged(
        "Approve agreement for housing of inmates with the Department of Corrections", None
    ),
    not_flagged(
        "Approve agreement for housing of federal prisoners with the U.S. Marshals Service", None
    ),
    not_flagged("Resolution condemning the detention of children by CBP at the border", None),
]

POLICIES: list[Case] = [
    flagged(
        "Amend Sheriff's Office Policy 428 Immigration Violations", None, "unclear", "sanctuary"
    ),
    flagged("Police Department Policy on Immigration Violations", None, "unclear", "sanctuary"),
    flagged(
        "Adopt Police Department General Order regarding civil immigration violations",
        None,
        "unclear",
        "sanctuary",
    ),
    # control: a federal penalty names no force's own rules
    not_flagged("To establish penalties for immigration violations by employers", None),
]

SENSITIVE_PLACES: list[Case] = [
    flagged(
        "Resolution requesting that ICE not conduct enforcement at schools",
        None,
        "protective",
        "ice_access",
    ),
    flagged(
        "Resolution requesting that ICE refrain from enforcement actions at schools, hospitals"
        " and churches",
        None,
        "protective",
        "ice_access",
    ),
    flagged(
        "Resolution urging ICE to cease immigration enforcement at courthouses",
        None,
        "protective",
        "ice_access",
    ),
    flagged("Allows immigration enforcement at courthouses", None, "restrictive", "ice_access"),
    # control: the police's own work at schools, named beside no agency
    not_flagged(
        "Resolution supporting increased police presence and law enforcement in schools", None
    ),
]

test_a_local_jail_put_to_ice_detention = case_table_test(CASES)
test_the_agency_asked_to_keep_away_from_sensitive_places = case_table_test(SENSITIVE_PLACES)
test_a_force_s_own_policy_on_immigration_violations = case_table_test(POLICIES)
