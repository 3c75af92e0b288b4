"""Classifier 2.60.0 (docs/classifier-history.md): wordings the rules did not read, found among
the rules part's misses and wrong stances under cross-validation (where the model had not seen
the measure): people reported to the immigration agency in the passive ("be reported to ICE"), a
cooperation agreement with the agency ended, arrests whose sole basis is named in a clause of its
own, what immigration agents may do at a place, and money barred that is named by where it was
made available or by more than one government ("no state or federal funds"), and cooperation
with federal officials about immigration status.
Each case says what an advocate would see; the controls beside them, in the same words about
other matters, stay unflagged."""

from __future__ import annotations

import pytest

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged
from tracker.classify import classify, scored_with

CASES: list[Case] = [
    # people reported in the passive: a duty to tell ICE about them ...
    flagged(
        "Public assistance",
        "Requires individuals requesting public assistance who are not United States citizens"
        " be reported to United States Immigration and Customs Enforcement.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Public assistance",
        "Requires applicants who are not citizens to be reported to ICE.",
        "restrictive",
        "info_sharing",
    ),
    # ... or a bar on it
    flagged(
        "Schools",
        "Requires that no student be reported to federal immigration authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Schools",
        "Requires that students not be reported to ICE because of their immigration status.",
        "protective",
        "info_sharing",
    ),
    # an agreement with the agency, ended, by any of its names
    flagged(
        "Police department",
        "Directs the city manager to terminate the agreement with ICE.",
        "protective",
        "sanctuary",
    ),
    flagged(
        "Agreements",
        "Terminates the agreement with the Immigration and Naturalization Service.",
        "protective",
        "sanctuary",
    ),
    # (the plural is read too: the row's trigger is the stem, "memorand")
    flagged(
        "Task forces",
        "Rescinds the memoranda of understanding with ICE.",
        "protective",
        "sanctuary",
    ),
    # what immigration agents may do at a place, limited or widened
    flagged(
        "Schools",
        "Limits the authority of ICE agents at schools.",
        "protective",
        "ice_access",
    ),
    flagged(
        "Courts",
        "Expands the authority of immigration officers at courthouses.",
        "restrictive",
        "ice_access",
    ),
    # money of more than one government barred at once (money named by where it was made
    # available: below, read by the rules alone)
    flagged(
        "Immigration enforcement",
        "No state or federal funds may be used to assist immigration enforcement.",
        "protective",
        "sanctuary",
    ),
    # the same words about other matters
    not_flagged(
        "Cybersecurity",
        "Requires that cybersecurity incidents be reported to the Department of Homeland Security.",
    ),
    not_flagged("Parks", "Terminates the agreement with the county for ice rink services."),
    not_flagged(
        "Emergency management",
        "Terminates the memorandum of understanding with the Department of Homeland Security for"
        " emergency management grants.",
    ),
    not_flagged(
        "Police", "Officers shall not arrest persons when the sole basis is a parking violation."
    ),
    not_flagged("Schools", "Limits the authority of police officers at schools."),
    not_flagged("Taxation", "Requires cooperation with federal officials regarding tax status."),
    not_flagged(
        "Transit",
        "No Federal funds made available to the Department of Transportation may be used to carry"
        " out fare enforcement on public transit.",
    ),
]

test_reported_agreements_arrests = case_table_test(CASES)


ARRESTS = "arrests for a person's immigration status"
AGREEMENT = "a cooperation agreement with ICE, ended"
MONEY = "protective cue, bars using local money, staff or equipment"
COOPERATION = "local resources for immigration enforcement"


@pytest.mark.parametrize(
    ("title", "summary", "stance", "topic", "reason"),
    [
        (
            "A resolution establishing a policy that the police department will not seek to arrest"
            " persons when the sole basis for arresting such persons is that they have committed a"
            " civil immigration violation",
            None,
            "protective",
            "sanctuary",
            ARRESTS,
        ),
        (
            "Immigration enforcement",
            "Authorizes officers to arrest persons when the sole basis for the arrest is a civil"
            " immigration violation.",
            "restrictive",
            "state_enforcement",
            ARRESTS,
        ),
        (
            "Memorandum of understanding",
            "Rescinds the memorandum of understanding (MOU) with Immigration and Customs"
            " Enforcement under which police officers served on a federal task force.",
            "protective",
            "sanctuary",
            AGREEMENT,
        ),
        (
            "To provide that no Federal funds made available to the Department of Homeland Security"
            " or Department of Justice may be used to carry out any civil immigration enforcement"
            " activity on public transit or at public transit hubs.",
            None,
            "protective",
            "ice_access",
            MONEY,
        ),
        # cooperation about status, as the statutes on it say
        (
            "Local government",
            "Repeals the requirement of cooperation with federal officials with respect to the"
            " reporting of immigration status.",
            "protective",
            "sanctuary",
            COOPERATION,
        ),
        (
            "Local government",
            "Requires cooperation with federal officials regarding immigration status.",
            "restrictive",
            "anti_sanctuary",
            COOPERATION,
        ),
    ],
)
def test_read_by_the_rules_alone(
    title: str, summary: str | None, stance: str, topic: str, reason: str
) -> None:
    """The learned model already flagged these; the rules now read them on their own, so the
    reason an advocate sees names the policy, and a measure the model has not met is read too."""
    with scored_with(None):
        res = classify(title, summary)
    assert (res.relevant, res.stance) == (True, stance), res.why
    assert topic in res.topics, res.topics
    assert any(w.startswith(reason) for w in res.why), res.why
