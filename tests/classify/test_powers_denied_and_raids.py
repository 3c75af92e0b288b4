"""Classifier 2.63.0 (docs/classifier-history.md): a power or a duty denied ("sheriffs have no
authority to honor immigration detainers", "counties lack the power to enter into 287(g)
agreements", "police have no duty to …") bars the act, and one held ("have a duty to", "have the
authority to") tells or lets it; "enjoins … from" bars as "prohibits … from" does. Before, the
denial was read as the power itself, so a bar on helping ICE read restrictive. A local force's own
immigration raids ("conduct immigration raids", "participate in joint immigration sweeps") are an
act of enforcement, barred, told or let like any other.
Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CAPTION = "Public safety"

CASES: list[Case] = [
    flagged(
        CAPTION,
        "Local police have no authority to honor immigration detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION,
        "County jails lack the authority to share information with ICE.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Clarifies that sheriffs have no duty to honor immigration detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION, "Sheriffs lack the power to enter into 287(g) agreements.", "protective", "287g"
    ),
    flagged(
        CAPTION,
        "Enjoins state agencies from entering into 287(g) agreements.",
        "protective",
        "287g",
    ),
    flagged(
        CAPTION,
        "Local police have a duty to honor immigration detainers.",
        "restrictive",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Counties have the authority to enter into a contract with ICE to house detainees.",
        "restrictive",
        "detention_contracts",
    ),
    # the sanctuary side turns the same way
    flagged(
        CAPTION,
        "Cities have no authority to adopt sanctuary policies.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION,
        "Counties have the authority to adopt policies limiting cooperation with ICE.",
        "protective",
        "sanctuary",
    ),
    # raids of a local force's own
    flagged(
        "Immigration",
        "Prevents local police from conducting immigration raids.",
        "protective",
        "sanctuary",
    ),
    flagged(
        CAPTION,
        "Directs local police to conduct immigration raids.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION,
        "Local police shall not participate in joint immigration sweeps.",
        "protective",
        "sanctuary",
    ),
    # controls: rights of people, a city's duty to its residents
    flagged(
        CAPTION,
        "Immigrants have the right to legal counsel in removal proceedings.",
        "protective",
        "access_to_counsel",
    ),
    not_flagged(CAPTION, "Residents have no right to park on the sidewalk."),
    not_flagged(CAPTION, "The county has a duty to maintain the ice rink."),
]

test_powers_denied_and_raids = case_table_test(CASES)
