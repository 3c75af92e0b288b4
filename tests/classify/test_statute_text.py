"""A statute's own sentences (lists after a colon, asides between commas, "notwithstanding")
read as the plain clauses a summary would write, in a bill's text under a bare caption."""

from __future__ import annotations

import pytest

from tracker.classify import classify
from tracker.classify.statute import plain_clauses

BARE = "An act relating to immigration"


def test_a_lists_lead_in_is_said_again_before_each_item() -> None:
    text = (
        "Sec. 2. (a) A local entity may not: (1) adopt a sanctuary policy; (2) decline"
        " detainers; or (3) limit cooperation with ICE. Sec. 3. Other matters."
    )
    assert plain_clauses(text) == (
        "Sec. 2. (a) A local entity may not adopt a sanctuary policy; A local entity may not"
        " decline detainers; A local entity may not limit cooperation with ICE. Sec. 3. Other"
        " matters."
    )


def test_an_aside_moves_to_the_clauses_end_and_keeps_its_words() -> None:
    assert plain_clauses("No county shall, by ordinance or policy, honor detainers. Next.") == (
        "No county shall honor detainers, by ordinance or policy. Next."
    )
    assert plain_clauses("A county, including a sheriff or jail, may not share data.") == (
        "A county may not share data, including a sheriff or jail."
    )
    # what the aside names is still read: "in accordance with 8 USC 1357(g)" names 287(g)
    assert "1357(g)" in plain_clauses(
        "Officials shall, in accordance with 8 USC 1357(g), communicate with ICE."
    )


def test_what_a_clause_reserves_is_set_apart_from_its_act() -> None:
    # (2.70.0) a reservation first ends at its comma, as after a semicolon
    assert plain_clauses("Sec. 3. Except as required by federal law, a county may not honor.") == (
        "Sec. 3. Except as required by federal law; a county may not honor."
    )
    # ... beside the modal or the actor it moves to the clause's end, as an aside
    assert plain_clauses(
        "A county may not, except as required by federal law, honor detainers."
    ) == ("A county may not honor detainers, except as required by federal law.")
    assert plain_clauses("A county, to the extent practicable, shall notify ICE.") == (
        "A county shall notify ICE, to the extent practicable."
    )
    # a leave that reserves the duty is a leave; a choice to act is the act
    assert plain_clauses(
        "A sheriff is authorized, but not required, to enter into agreements."
    ) == ("A sheriff is authorized to enter into agreements.")
    assert plain_clauses("A county that chooses to rent beds to ICE shall pay.") == (
        "A county that rent beds to ICE shall pay."
    )
    # not mid-clause: "upon request of ICE" after the act stays where it is
    text = "The county shall hold a person upon request of ICE, and shall notify ICE."
    assert plain_clauses(text) == text


def test_text_without_lists_or_asides_comes_back_unchanged() -> None:
    text = "Prohibits counties from honoring immigration detainers: a plain summary."
    assert plain_clauses(text) == text


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Sec. 2. (a) A local entity may not: (1) enter into 287(g) agreements; or (2) take any"
            " other action described by this section.",
            "protective",
        ),
        (
            "Sec. 2. (a) A local entity shall: (1) detain persons for ICE; and (2) report annually"
            " to the legislature on its compliance.",
            "restrictive",
        ),
        (
            "(b) No county or municipality shall, by ordinance, policy or practice, honor"
            " immigration detainers.",
            "protective",
        ),
        (
            "(a) A law enforcement agency, including a sheriff, police department or jail, shall"
            " enforce federal immigration law.",
            "restrictive",
        ),
        (
            "Section 1. Notwithstanding any other law, a local entity may detain persons for ICE.",
            "restrictive",
        ),
        (
            "Sec. 4. It shall be unlawful for any local entity to enter into 287(g) agreements.",
            "protective",
        ),
    ],
)
def test_a_statutes_words_read_as_a_summarys(text: str, stance: str) -> None:
    res = classify(BARE, None, text)
    assert res.relevant, res.why
    assert res.stance == stance, res.why


@pytest.mark.parametrize(
    ("digest", "stance"),
    [
        # the bill extends the law its digest quotes: that law's way
        (
            "Current law prohibits local agencies from adopting sanctuary policies. The bill would"
            " extend that prohibition to state agencies.",
            "restrictive",
        ),
        (
            "Current law prohibits local agencies from limiting cooperation with federal"
            " immigration authorities. The bill would extend that prohibition to state agencies.",
            "restrictive",
        ),
        # ... and repealing it goes the other way
        (
            "Existing law requires local agencies to honor immigration detainers. This bill would"
            " repeal that requirement.",
            "protective",
        ),
    ],
)
def test_a_digest_that_extends_or_repeals_the_law_it_quotes(digest: str, stance: str) -> None:
    res = classify(BARE, digest)
    assert res.relevant, res.why
    assert res.stance == stance, res.why


def test_it_shall_be_unlawful_for_reads_as_may_not() -> None:
    assert plain_clauses("Sec. 4. It shall be unlawful for any county to honor detainers.") == (
        "Sec. 4. any county may not honor detainers."
    )
    # in any case a source prints it: Title Case captions, capitals, "illegal"
    assert plain_clauses(
        "Sec. 2. It Shall Be Unlawful For Any City Officer To Honor Detainers"
    ) == ("Sec. 2. Any City Officer may not Honor Detainers")
    assert plain_clauses("IT SHALL BE ILLEGAL FOR ANY COUNTY TO HONOR DETAINERS.") == (
        "ANY COUNTY may not HONOR DETAINERS."
    )
    # a state crime in the same words stays a state crime
    res = classify(
        "Immigration",
        "It is unlawful for a person to knowingly harbor an alien who is unlawfully present.",
    )
    assert res.relevant and "state_enforcement" in res.topics, res.why
    assert res.stance == "restrictive", res.why


def test_a_hostile_list_does_not_multiply_what_the_rules_read() -> None:
    lead = "A " + "very " * 30 + "long county may not"
    items = "; ".join(f"({n}) item {n}" for n in range(1, 15))
    text = f"{lead}: {items}. " * 100
    out = plain_clauses(text)
    # at most the text again is added, and only the first twelve items of a list get the lead-in
    assert len(out) <= 2 * len(text) + len(lead) * 12
    assert out.count(f"{lead} item 12") >= 1 and f"{lead} item 13" not in out
    # colons with no lead-in before them are left as they are
    bare = ": (1) x; (2) y. " * 500
    assert plain_clauses(bare) == bare
