"""Open Civic Data action classifications (Open States and pupa scrapers)."""

from tracker.status.ladder import OVERRIDE, PASSAGE

# When an action carries several classifications, the one listed first here decides.
CLASSIFICATIONS: list[tuple[str, str | None]] = [
    ("veto-override-passage", OVERRIDE),
    ("veto-override-failure", "vetoed"),
    ("executive-veto", "vetoed"),
    ("executive-veto-line-item", None),  # the rest of the bill is signed: a separate action
    ("became-law", "enacted"),
    ("executive-signature", "enacted"),
    ("executive-receipt", "sent_to_executive"),
    ("enrolled", "passed_legislature"),
    ("concurrence", "passed_legislature"),
    ("passage", PASSAGE),
    ("failure", "failed"),
    ("withdrawal", "failed"),
    ("committee-failure", "failed"),
    ("committee-passage-favorable", "passed_committee"),
    ("committee-passage", "passed_committee"),
    ("committee-passage-unfavorable", None),  # reported out against: no step either way
    ("referral-committee", "in_committee"),
    ("referral", "in_committee"),
    ("hearing-held", "in_committee"),
    ("introduction", "introduced"),
    ("filing", "introduced"),
    ("reading-1", "introduced"),
    ("reading-2", None),
    ("reading-3", None),
    ("deferral", None),
    ("carried-over", None),
    ("substitution", None),
]
