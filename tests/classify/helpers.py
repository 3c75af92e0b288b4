"""What the classifier tests share."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tracker.classify import classify


def assert_reads(
    title: str, stance: str, summary: str | None = None, topic: str | None = None
) -> None:
    """The measure is relevant, goes the way DOMAIN.md says and, if given, carries TOPIC (its
    reasons shown if not)."""
    res = classify(title, summary)
    assert res.relevant, res.why
    assert res.stance == stance, res.why
    assert topic is None or topic in res.topics, res.why


# a bill whose caption says nothing, not even "immigration": its text decides (DOMAIN.md: a bare
# title; the caption `probe_phrasings.py --as-texts` reads its texts under)
SILENT_CAPTION = "An Act relating to public safety."


def assert_reads_as_text(text: str, stance: str, topic: str | None = None) -> None:
    """TEXT, as the text of a bill under ``SILENT_CAPTION``, is relevant, goes the way DOMAIN.md
    says and, if given, carries TOPIC (its reasons shown if not)."""
    res = classify(SILENT_CAPTION, None, text)
    assert res.relevant, res.why
    assert res.stance == stance, res.why
    assert topic is None or topic in res.topics, res.why


def assert_topic(title: str, topic: str, summary: str | None = None) -> None:
    """The measure is relevant and carries TOPIC, whichever way it goes."""
    res = classify(title, summary)
    assert res.relevant and topic in res.topics, res.why


def assert_not_flagged(title: str, summary: str | None = None) -> None:
    """The measure is not flagged as relevant (its reasons shown if it is)."""
    res = classify(title, summary)
    assert not res.relevant, res.why


def assert_case(
    title: str,
    summary: str | None,
    relevant: bool,
    stance: str | None,
    topic: str | None,
    text: str | None = None,
) -> None:
    """One row of a table of cases: flagged or not as RELEVANT says and, where given, going
    the way STANCE says and carrying TOPIC (its reasons shown if not)."""
    res = classify(title, summary, text)
    assert res.relevant is relevant, res.why
    assert stance is None or res.stance == stance, res.why
    assert topic is None or topic in res.topics, res.why


# A table of cases: (title, summary, text, relevant, stance, a topic that must be among the
# measure's, or None)
Case = tuple[str, str | None, str | None, bool, str | None, str | None]


def case_table_test(cases: list[Case]) -> Callable[..., None]:
    """A test that reads every case of CASES with `assert_case` (bind it to a test_ name)."""

    @pytest.mark.parametrize(("title", "summary", "text", "relevant", "stance", "topic"), cases)
    def test(
        title: str,
        summary: str | None,
        text: str | None,
        relevant: bool,
        stance: str | None,
        topic: str | None,
    ) -> None:
        assert_case(title, summary, relevant, stance, topic, text)

    return test


def flagged(title: str, summary: str | None, stance: str, topic: str) -> Case:
    """A case read on title and summary: relevant, going STANCE's way and carrying TOPIC."""
    return (title, summary, None, True, stance, topic)


def goes(title: str, summary: str | None, stance: str) -> Case:
    """A case read on title and summary: relevant and going STANCE's way, whatever its topics."""
    return (title, summary, None, True, stance, None)


def not_flagged(title: str, summary: str | None) -> Case:
    """A case read on title and summary that is not relevant."""
    return (title, summary, None, False, "not_relevant", None)
