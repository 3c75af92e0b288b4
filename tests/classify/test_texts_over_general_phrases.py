"""A caption that names only "immigration law" is placed by its text: a general phrase counts only
where no look-alike or other immigration matter is found beside it, and the text is where the
measure says what it is (DOMAIN.md: a bare official title is decided by its text when the spider
has it)."""

from __future__ import annotations

import pytest

from tracker.classify import classify

GENERAL_CAPTIONS = (
    "Relating to immigration law",
    "Concerning federal immigration laws",
    "Immigration law enforcement",
)

OUTSIDE_TEXTS = {
    "E-Verify for employers": (
        "Section 1. Every private employer with more than 25 employees shall use E-Verify to"
        " confirm the employment eligibility of each new hire. Section 2. An employer that fails"
        " to comply is subject to a civil penalty."
    ),
    "a Second Amendment sanctuary": (
        "Section 1. The county declares itself a Second Amendment sanctuary and shall not enforce"
        " any federal law that infringes the right to keep and bear arms."
    ),
    "civil rights": (
        "Section 1. No housing provider shall discriminate against a tenant on the basis of"
        " immigration status or citizenship status. Section 2. Complaints go to the human rights"
        " commission."
    ),
    "eligibility for benefits": (
        "Section 1. The director of a local department of social services shall inquire as to the"
        " immigration status of all persons applying for public assistance benefits."
    ),
}


@pytest.mark.parametrize("caption", GENERAL_CAPTIONS)
@pytest.mark.parametrize("kind", sorted(OUTSIDE_TEXTS))
def test_a_text_outside_the_topics_settles_a_general_caption(caption: str, kind: str) -> None:
    assert classify(caption).relevant  # the caption alone is read as a general measure
    res = classify(caption, None, OUTSIDE_TEXTS[kind])
    assert not res.relevant, res.why
    assert res.topics == () and res.stance == "not_relevant"
    assert any(w.startswith("the text: ") for w in res.why), res.why


@pytest.mark.parametrize("caption", GENERAL_CAPTIONS)
@pytest.mark.parametrize(
    ("text", "stance", "topic"),
    [
        (
            "Section 1. A county jail shall not hold a person on an immigration detainer unless a"
            " judicial warrant is presented.",
            "protective",
            "detainers",
        ),
        (
            "Section 1. The sheriff shall notify U.S. Immigration and Customs Enforcement of the"
            " release date of any person subject to an immigration detainer.",
            "restrictive",
            "info_sharing",
        ),
    ],
)
def test_a_text_on_a_tracked_topic_still_places_a_general_caption(
    caption: str, text: str, stance: str, topic: str
) -> None:
    res = classify(caption, None, text)
    assert res.relevant and res.stance == stance and topic in res.topics, res.why


@pytest.mark.parametrize("kind", sorted(OUTSIDE_TEXTS))
def test_a_caption_a_specific_rule_reads_keeps_its_reading(kind: str) -> None:
    # the text adds and takes nothing from a measure whose own words name its policy
    caption = "Prohibits local governments from adopting sanctuary policies"
    res = classify(caption, None, OUTSIDE_TEXTS[kind])
    assert res.relevant and res.stance == "restrictive", res.why
    assert "anti_sanctuary" in res.topics
