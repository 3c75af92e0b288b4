"""Classifier 2.64.0 (docs/classifier-history.md): acts of enforcement as one-line summaries word
them, told, let or barred like any other act. Release dates given to ICE ("give ICE the release
date of an inmate"); people kept in jail or moved for ICE; a local force's own street work
(patrols, checkpoints, status checks, arrests for immigration violations: DOMAIN.md's
state_enforcement); questions about status; status recorded; money and data used for
enforcement; warrants served; requests answered; task forces joined; office space given; help
with deportations and arrests; landlords barred from renting to "persons not lawfully
present". An employer told to check its own workers' status is employment
law, as E-Verify is (DOMAIN.md). Before, many of these were not read as acts: a bar read no side, a
mandate read protective by the learned model, and several were not flagged at all.
Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CAPTION = "Immigration"

CASES: list[Case] = [
    # release dates and records
    flagged(
        "Public safety",
        "Requires jails to give ICE the release date of an inmate.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Public safety",
        "Allows the sheriff to provide ICE with release information.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Prohibits state agencies from giving driver's license data to immigration authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Requires the sheriff to record the immigration status of people they arrest.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Empowers local police to notify federal authorities of a person's immigration status.",
        "restrictive",
        "info_sharing",
    ),
    # people held, moved or housed for ICE
    flagged(
        CAPTION, "Requires the sheriff to keep people in jail for ICE.", "restrictive", "detainers"
    ),
    flagged(
        CAPTION,
        "Allows the county jail to house immigration detainees.",
        "restrictive",
        "detention_contracts",
    ),
    # a local force's own street work
    flagged(
        CAPTION,
        "Requires local police to make arrests for immigration violations.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Bars local police from patrolling for immigration violations.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Prohibits the county from setting up immigration checkpoints.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Requires officers to run immigration checks on people they stop.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Allows local police to ask crime victims about their immigration status.",
        "restrictive",
        "state_enforcement",
    ),
    # help in general words
    flagged(
        CAPTION, "Prohibits the sheriff from assisting in deportations.", "protective", "sanctuary"
    ),
    flagged(
        CAPTION,
        "Requires the sheriff to assist federal agents with immigration arrests.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION, "Allows the sheriff to join ICE task forces.", "restrictive", "anti_sanctuary"
    ),
    flagged(
        CAPTION,
        "Requires local police to take part in immigration enforcement.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION,
        "Requires local police to enforce civil immigration law.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION,
        "Prohibits the sheriff from cooperating with deportation efforts.",
        "protective",
        "sanctuary",
    ),
    flagged(CAPTION, "Bars deputies from serving immigration warrants.", "protective", "sanctuary"),
    flagged(
        CAPTION,
        "Requires the sheriff to respond to ICE requests for information.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION, "Allows the county to act as immigration agents.", "restrictive", "anti_sanctuary"
    ),
    flagged(
        CAPTION,
        "Requires the sheriff to use license plate reader data for immigration enforcement.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Prohibits the county from giving ICE office space in the courthouse.",
        "protective",
        "ice_access",
    ),
    # a landlord barred from renting to people by their status after them (DOMAIN.md: landlord
    # ordinances are a locality's own enforcement)
    flagged(
        CAPTION,
        "Bars landlords from leasing dwellings to persons not lawfully present in the United"
        " States.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        "Housing",
        "Repeals the prohibition on renting to persons not lawfully present.",
        "protective",
        "state_enforcement",
    ),
    not_flagged("Housing", "Prohibits landlords from renting to persons convicted of arson."),
    # controls: the same verbs on other work
    not_flagged("Public safety", "Requires the sheriff to set up sobriety checkpoints."),
    not_flagged("Public safety", "Requires police to make arrests for traffic violations."),
    not_flagged("Corrections", "Requires the department to share release dates with victims."),
    not_flagged("Employment", "Requires employers to run E-Verify checks on new hires."),
    # a status asked by others than a government is no act of enforcement
    not_flagged(
        "Insurance", "Prohibits insurers from asking about the immigration status of applicants."
    ),
    not_flagged(
        "Employment",
        "Prohibits employers from asking job applicants about their immigration status.",
    ),
    # an employer checking its own workers is employment law (DOMAIN.md: E-Verify for employers)
    not_flagged(
        "Employment", "Requires employers to verify the immigration status of new employees."
    ),
    not_flagged(
        "Workforce",
        "Requires state contractors to verify the immigration status of their employees.",
    ),
    # the federal agents' own checkpoints are a federal matter, not a locality's enforcement
    not_flagged(
        "To prohibit U.S. Customs and Border Protection from operating immigration checkpoints"
        " more than 25 miles from the border.",
        None,
    ),
    flagged(
        CAPTION,
        "Requires the sheriff to verify the immigration status of inmates.",
        "restrictive",
        "state_enforcement",
    ),
]

test_acts_in_summaries = case_table_test(CASES)
