"""LegiScan status codes (bill `status`) and progress event codes (`progress[].event`)."""

from tracker.status.ladder import OVERRIDE

STATUS_CODES: dict[int, str | None] = {
    0: None,  # N/A, pre-filed or pre-introduction
    1: "introduced",
    2: "passed_chamber",  # engrossed
    3: "passed_legislature",  # enrolled
    4: "enacted",  # passed (signed or became law)
    5: "vetoed",
    6: "failed",
}

PROGRESS_EVENTS: dict[int, str | None] = {
    **STATUS_CODES,
    7: OVERRIDE,
    8: "enacted",  # chaptered
    9: "in_committee",  # referred
    10: "passed_committee",  # report pass
    11: "failed",  # report do not pass
    12: None,  # draft
}
