"""What the classifier tests share."""

from __future__ import annotations

from tracker.classify import classify


def assert_reads(title: str, stance: str, summary: str | None = None) -> None:
    """The measure is relevant and goes the way DOMAIN.md says (its reasons shown if not)."""
    res = classify(title, summary)
    assert res.relevant, res.why
    assert res.stance == stance, res.why


def assert_not_flagged(title: str, summary: str | None = None) -> None:
    """The measure is not flagged as relevant (its reasons shown if it is)."""
    res = classify(title, summary)
    assert not res.relevant, res.why
