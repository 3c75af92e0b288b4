"""Free action text of state sites without a classification ("Read first time and referred to
Committee on Judiciary", "Passed Senate", "Chaptered by Secretary of State")."""

from tracker.status.ladder import OVERRIDE, PASSAGE

ACTIONS: list[tuple[str, str | None]] = [
    (r"veto (was )?(overrid|overturn)|overrid(e|den)|override", OVERRIDE),
    (r"veto (was )?sustained|vetoed|\bveto\b", "vetoed"),
    (
        r"chaptered|signed by (the )?governor|approved by (the )?governor|became law|"
        r"law without (the )?(governor'?s? )?signature|\bact no\b|public act|session law|"
        r"effective date",
        "enacted",
    ),
    (
        r"(sent|presented|delivered|transmitted|enrolled and presented) to (the )?governor|"
        r"to governor|to executive",
        "sent_to_executive",
    ),
    (
        r"died|failed|defeated|withdrawn|tabled|indefinitely postponed|stricken|"
        r"held in committee without|do not pass|lost",
        "failed",
    ),
    (
        r"enrolled|concurred|passed both|final passage in both|sent to enrolling",
        "passed_legislature",
    ),
    (
        r"do pass|reported (out )?(favorably|with|as amended)|recommend(ed)? (for )?passage|"
        r"ordered reported|reported from committee|favorabl",
        "passed_committee",
    ),
    (r"passed|third reading.*(adopted|passed)|adopted", PASSAGE),
    (r"referred|re-referred|hearing|committee|in committee|assigned", "in_committee"),
    (r"introduced|first reading|read first time|prefiled|pre-filed|filed|reading 1", "introduced"),
]
