"""Classifier 2.76.0 (docs/classifier-history.md): a duty to report on the work done with ICE
("report annually on their cooperation with ICE") goes to whoever oversees it, not to the agency:
it shares nothing with immigration authorities. Before, it read as a duty to notify ICE
(restrictive, `info_sharing`)."""

from __future__ import annotations

from tracker.classify import classify


def test_a_report_on_cooperation_with_ice_is_no_report_to_ice() -> None:
    res = classify(
        "Relating to immigration",
        "Requires local law enforcement agencies to report annually on their cooperation with ICE.",
    )
    assert res.relevant, res.why
    assert "info_sharing" not in res.topics, res.why
    assert not any("requires notifying immigration authorities" in w for w in res.why), res.why


def test_a_report_to_ice_is_still_one() -> None:
    res = classify(
        "Relating to immigration",
        "Requires the sheriff to report to ICE any inmate suspected of being unlawfully present.",
    )
    assert res.relevant and res.stance == "restrictive", res.why
    assert "info_sharing" in res.topics, res.why
