"""Roll calls in one shape: the words councils use for votes, and tallies that add up."""

from __future__ import annotations

import pytest

from tracker.items import VoteItem
from tracker.votes import member_vote, roll_call


@pytest.mark.parametrize(
    ("word", "vote"),
    [
        ("Yea", "yes"),
        ("AYE", "yes"),
        ("Affirmative", "yes"),
        ("Nay", "no"),
        ("No", "no"),
        ("Present", "abstain"),
        ("Recused", "abstain"),
        ("Absent", "absent"),
        ("Excused", "excused"),
        ("Not Voting", "not voting"),
        ("Paired", "other"),
        ("", "other"),
    ],
)
def test_council_words_become_one_vocabulary(word: str, vote: str) -> None:
    assert member_vote(word) == vote


def test_the_tally_counts_members_and_the_source_verdict_wins() -> None:
    call = roll_call([("A", "Yea"), ("B", "Nay"), ("C", "Nay"), ("D", "Absent")], motion="Passed")
    assert (call["yes"], call["no"], call["other"], call["result"]) == (1, 2, 1, "fail")
    # A two-thirds rule or a quorum the tally cannot see: the source's own passed flag decides.
    assert roll_call([("A", "Yea"), ("B", "Nay")], passed=False)["result"] == "fail"
    assert VoteItem.model_validate(call).members[3].vote == "absent"
    assert roll_call([]) is None and roll_call([("", "Yea")]) is None
