"""Classifier 2.55.0 (docs/classifier-history.md): duties in plain words the rows
missed. People housed for ICE, or a contract to hold them for it ("contracting to house detainees
for ICE"), is an immigration detention contract; housing prisoners for the Marshals Service is
not. A record sent or forwarded to ICE ("send the fingerprints of arrestees to ICE") is
information shared with it, as one shared, transmitted or furnished is; a copy of the measure
itself sent to ICE is not. And people released to ICE custody are handed to it, as people
transferred are. And a government told to name officers for the work ("requires the sheriff to
designate officers to perform the functions of an immigration officer") is told to do it; and a
policy others are urged to respect is backed, as one they are urged to uphold is."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CASES: list[Case] = [
    flagged(
        "Corrections",
        "Prohibits the county from contracting to house detainees for ICE.",
        "protective",
        "detention_contracts",
    ),
    flagged(
        "Corrections",
        "Authorizes the sheriff to contract to house detainees for ICE.",
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "Corrections",
        "Prohibits the county jail from housing inmates for U.S. Immigration and Customs "
        "Enforcement.",
        "protective",
        "detention_contracts",
    ),
    # a hold for ICE without a contract or a house is a detainer's
    flagged(
        "Corrections",
        "Requires the sheriff to hold inmates for ICE for up to 48 hours.",
        "restrictive",
        "detainers",
    ),
    not_flagged(
        "Corrections",
        "Authorizes the county to contract to house prisoners for the U.S. Marshals Service.",
    ),
    flagged(
        "Law enforcement",
        "Requires the jail to send the fingerprints of arrestees to ICE.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Law enforcement",
        "Requires the sheriff to send information about arrestees to ICE.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Law enforcement",
        "Requires the sheriff to forward release dates to ICE.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Law enforcement",
        "Prohibits the jail from sending fingerprints to ICE.",
        "protective",
        "info_sharing",
    ),
    # people released to ICE custody are handed to it, as people transferred are
    flagged(
        "Law enforcement",
        "Requires the jail to release inmates to ICE custody.",
        "restrictive",
        "detainers",
    ),
    flagged(
        "Law enforcement",
        "Prohibits the jail from releasing inmates to ICE custody.",
        "protective",
        "detainers",
    ),
    not_flagged(
        "Law enforcement", "Requires the jail to release inmates to the custody of their parents."
    ),
    # told through the officers named for the work
    flagged(
        "Law enforcement",
        "Requires the sheriff to designate officers to perform immigration officer functions.",
        "restrictive",
        "287g",
    ),
    flagged(
        "Law enforcement",
        "Requires the sheriff to assign deputies to assist ICE.",
        "restrictive",
        "anti_sanctuary",
    ),
    not_flagged(
        "Law enforcement",
        "Requires the sheriff to designate officers to respond to domestic violence calls.",
    ),
    # a policy respected is backed, as one upheld is; a subject named "with respect to" is not
    flagged(
        "A resolution urging federal authorities to respect the city's sanctuary policy.",
        None,
        "protective",
        "sanctuary",
    ),
    flagged(
        "A resolution urging the state to respect the county's decision to end its 287(g) "
        "agreement.",
        None,
        "protective",
        "287g",
    ),
    flagged("A resolution with respect to sanctuary policies.", None, "unclear", "sanctuary"),
    flagged("An Act respecting sanctuary cities.", None, "unclear", "sanctuary"),
    not_flagged(
        "Resolution on federal immigration raids",
        "Directs the clerk to transmit certified copies of this resolution to ICE and the "
        "President.",
    ),
]

test_plain_duties = case_table_test(CASES)
