"""Classifier 2.70.0 (docs/classifier-history.md): what a statute reserves or sets around its own
clause is not the clause's act. "Except as required by federal law, a county may not enter into a
287(g) agreement" bars the agreement (before: read as a requirement to enter it); "Subject to
appropriation, …", "Upon request, …", "To the extent permitted by law, …" and "in accordance
with federal law" start or sit beside a clause whose actor and act the rows then read; a leave
"authorized, but not required" is a leave; "a county that chooses to …" does it; a policy
adopted that prohibits an act bars the act, and is no ban on sanctuary policies."""

from __future__ import annotations

from tests.classify.helpers import SILENT_CAPTION, Case, case_table_test, flagged, not_flagged


def text(words: str, stance: str, topic: str) -> Case:
    """A case read as a bill's text under a caption that says nothing."""
    return (SILENT_CAPTION, None, f"Sec. 3. {words}", True, stance, topic)


CASES: list[Case] = [
    text(
        "Except as required by federal law, a local entity may not enter into an agreement under"
        " 8 U.S.C. 1357(g).",
        "protective",
        "287g",
    ),
    text(
        "A law enforcement agency may not, except as required by federal law, notify ICE of an"
        " inmate's release date.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Immigration",
        "Subject to appropriation, each sheriff shall honor immigration detainers.",
        "restrictive",
        "detainers",
    ),
    text(
        "Upon request, a local entity shall grant ICE access to jails.", "restrictive", "ice_access"
    ),
    text(
        "A county, to the extent practicable, shall notify ICE of an inmate's release date.",
        "restrictive",
        "info_sharing",
    ),
    text(
        "In accordance with federal law, a law enforcement agency shall detain persons for ICE.",
        "restrictive",
        "detainers",
    ),
    flagged(
        "Immigration",
        "A sheriff is authorized, but not required, to enter into 287(g) agreements.",
        "restrictive",
        "287g",
    ),
    text(
        "A county that chooses to rent jail beds to ICE shall be subject to a civil penalty.",
        "protective",
        "detention_contracts",
    ),
    flagged(
        "Immigration",
        "Requires each county to adopt a policy prohibiting participation in 287(g) agreements.",
        "protective",
        "287g",
    ),
    text(
        "The governing body of a county shall adopt a written policy that prohibits transporting"
        " migrants out of the state.",
        "protective",
        "state_enforcement",
    ),
    text(
        "Except as required by federal law, a county or municipality may not enter into 287(g)"
        " agreements.",
        "protective",
        "287g",
    ),
    text(
        "To the extent permitted by federal law, a local entity shall not arrest persons who cross"
        " the border illegally.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        "Immigration",
        "Upon request, a law enforcement agency shall participate in joint immigration sweeps.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Immigration",
        "In accordance with federal law, a county shall detain persons for ICE.",
        "restrictive",
        "detainers",
    ),
    flagged(
        "Immigration",
        "A county is authorized, but not required, to enter into intergovernmental service"
        " agreements to detain immigrants.",
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "Immigration",
        "Prohibits limiting cooperation with federal immigration authorities.",
        "restrictive",
        "anti_sanctuary",
    ),
    # controls: a condition kept beside its act, a duty and a bar in plain words, and no
    # immigration at all
    text(
        "Unless presented with a judicial warrant, a jail shall not honor an immigration detainer.",
        "protective",
        "detainers",
    ),
    flagged("Immigration", "A county shall enter into a 287(g) agreement.", "restrictive", "287g"),
    flagged("Immigration", "Prohibits detaining persons for ICE.", "protective", "detainers"),
    not_flagged("Civil rights", "Prohibits racial profiling by law enforcement."),
]

test_what_a_statute_reserves_is_not_its_act = case_table_test(CASES)
