"""Classifier 2.53.0 (docs/classifier-history.md): a wording the rules rewrite before
reading it (money barred in the passive, money no one may be given, a bar barred, a motion to
table, a thing made mandatory, a place held to account, a room narrowed) reads the same in a
caption set in capitals, in Title Case, and with a line break inside the phrase, as official
captions and fetched texts often are. Before, the rewrites ran only where the phrase stood in
lower case on one line: "NO PUBLIC FUNDS SHALL BE USED TO ENTER INTO … 287(G)" read restrictive,
the same words in lower case protective."""

from __future__ import annotations

import textwrap

import pytest

from tests.classify.helpers import assert_case, assert_reads_as_text

# (summary under "Relating to immigration", stance, a topic that must be among the measure's)
WORDINGS: list[tuple[str, str, str]] = [
    (
        "No public funds shall be used to enter into an agreement under section 287(g) of the "
        "Immigration and Nationality Act.",
        "protective",
        "287g",
    ),
    (
        "State funds may not be expended to transport unauthorized aliens out of the state.",
        "protective",
        "state_enforcement",
    ),
    (
        "No city money may be spent to operate a municipal identification card program.",
        "restrictive",
        "municipal_id",
    ),
    (
        "No money shall be appropriated to any city that limits cooperation with federal "
        "immigration authorities.",
        "restrictive",
        "anti_sanctuary",
    ),
    (
        "A county jail may not be prohibited from honoring immigration detainers.",
        "restrictive",
        "detainers",
    ),
    (
        "Motion to table the sanctuary city ordinance.",
        "restrictive",
        "anti_sanctuary",
    ),
    (
        "To make 287(g) agreements mandatory for every county sheriff.",
        "restrictive",
        "287g",
    ),
    (
        "To hold sanctuary jurisdictions accountable for the release of criminal aliens.",
        "restrictive",
        "anti_sanctuary",
    ),
]


def _broken(summary: str) -> str:
    """SUMMARY as a fetched text wraps it: a line break after every fourth word."""
    words = summary.split(" ")
    return "\n".join(" ".join(words[i : i + 4]) for i in range(0, len(words), 4))


VARIANTS = {
    "as written": lambda s: s,
    "in capitals": str.upper,
    "in title case": str.title,
    "with line breaks": _broken,
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize(
    ("summary", "stance", "topic"), WORDINGS, ids=[w[0][:40] for w in WORDINGS]
)
def test_rewritten_wording_reads_the_same_in_any_case(
    summary: str, stance: str, topic: str, variant: str
) -> None:
    assert_case("Relating to immigration", VARIANTS[variant](summary), True, stance, topic)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_bar_on_refusing_a_protective_tool_still_protects(variant: str) -> None:
    """The control: "No person may be denied …" is not money barred, whatever its case."""
    summary = (
        "No person may be denied a municipal identification card because of immigration status."
    )
    assert_case(
        "Relating to immigration", VARIANTS[variant](summary), True, "protective", "municipal_id"
    )


# A bill's text as a PDF or the Government Publishing Office's plain text gives it: wrapped at a
# fixed width, so a line break falls inside the phrase the rules read ("shall\nbe used", "of
# the\nImmigration and Nationality Act"), and in a long bill among sections about other things.
TEXTS: list[tuple[str, str, str]] = [
    (
        "Sec. 2. No public funds shall be used to enter into an agreement under section 287(g) of "
        "the Immigration and Nationality Act.",
        "protective",
        "287g",
    ),
    (
        "Sec. 2. A county jail may not be prohibited from honoring a detainer request issued by "
        "United States Immigration and Customs Enforcement.",
        "restrictive",
        "detainers",
    ),
    (
        "Sec. 2. A law enforcement agency shall not use agency money or personnel to investigate, "
        "interrogate, detain, detect or arrest persons for immigration enforcement purposes.",
        "protective",
        "sanctuary",
    ),
    (
        "Sec. 2. No money shall be appropriated to any city that limits cooperation with federal "
        "immigration authorities.",
        "restrictive",
        "anti_sanctuary",
    ),
]

# sections about other things, so the text is long enough to be read in windows around its
# subject, as a long bill is
OTHER_SECTIONS = " ".join(
    f"Sec. {n + 3}. The department shall maintain the public roads of the county in good repair "
    f"and shall report to the board each year on the condition of bridge number {n}."
    for n in range(40)
)


def _wrapped(text: str, width: int) -> str:
    return textwrap.fill(text, width)


@pytest.mark.parametrize("width", [40, 72])
@pytest.mark.parametrize("long_bill", [False, True], ids=["short text", "long bill"])
@pytest.mark.parametrize(("text", "stance", "topic"), TEXTS, ids=[t[0][8:48] for t in TEXTS])
def test_a_wrapped_text_reads_as_it_does_on_one_line(
    text: str, stance: str, topic: str, long_bill: bool, width: int
) -> None:
    if long_bill:
        text = f"{OTHER_SECTIONS} {text}"
    assert len(text) > 5_000 or not long_bill  # long enough to be read in windows
    assert_reads_as_text(_wrapped(text, width), stance, topic)
