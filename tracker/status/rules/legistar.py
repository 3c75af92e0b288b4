"""Granicus Legistar: action names (MatterHistoryActionName), the passed flag, matter status names.

Every Legistar client names its actions a little differently; these cover the common names seen in
public Legistar data (Chicago, Seattle, NYC, Philadelphia, San Francisco, Madison and others).
"""

from tracker.status.ladder import OVERRIDE, PASSAGE

# Bodies whose action is a committee's, not the whole council's.
COMMITTEE_BODY = r"\b(committee|subcommittee|commission|task force|working group)\b"

# (action-name pattern, step). The passed flag then refines PASSAGE: 0 means the vote failed.
ACTIONS: list[tuple[str, str | None]] = [
    (r"veto (was )?(overrid|overturn)|override (of )?(the )?veto|veto override", OVERRIDE),
    (r"veto (was )?sustained", "vetoed"),
    (r"\bvetoed\b|\bveto\b", "vetoed"),
    (
        r"(signed|approved|executed) by (the )?(mayor|county executive|executive|president)",
        "enacted",
    ),
    (r"became (law|effective)|without (the )?(mayor'?s? )?signature|\benacted\b", "enacted"),
    (r"^signed\b|mayor'?s? signature", "enacted"),
    (
        r"(sent|transmitted|presented|forwarded|delivered) to (the )?"
        r"(mayor|county executive|executive|president)",
        "sent_to_executive",
    ),
    (
        r"recommend(ed)? (to )?(not|do not) pass|do not pass|recommended for rejection|"
        r"unfavorabl",
        "failed",
    ),
    (r"failed|defeated|not (passed|adopted)|rejected|\blost\b|\bdied\b", "failed"),
    (r"withdrawn|tabled|laid on the table|placed on file|stricken|expired", "failed"),
    (
        r"recommend|do pass|reported (out )?favorabl|approved (by|in) committee|"
        r"forwarded with|favorabl",
        "passed_committee",
    ),
    (r"passed|adopted|approved|\bpass\b|concurred", PASSAGE),
    (r"referred|re-referred|assigned|committed to|sent to committee", "in_committee"),
    (r"hearing|held in committee|discussed|laid over|continued|deferred|amended", "in_committee"),
    (r"introduced|introduction|\bfiled\b|received|submitted|first reading|intro", "introduced"),
]

# MatterStatusName, used only for measures whose history was not fetched.
STATUS_NAMES: list[tuple[str, str | None]] = [
    (r"veto", "vetoed"),
    (r"failed|defeated|withdrawn|tabled|placed on file|expired|dead|lost", "failed"),
    (r"enacted|signed|approved by mayor|became law|effective|adopted", "enacted"),
    (r"mayor|executive", "sent_to_executive"),
    (r"passed", "passed_legislature"),
    (r"committee|referred|hearing", "in_committee"),
    (r"introduced|filed|pending|draft|agenda ready|^new$", "introduced"),
]
