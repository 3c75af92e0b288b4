"""State measures for `tracker demo`: one state served by both aggregators on the local server.

Open States (API v3) and LegiScan each serve the sample Texas session their simulators generate
(localserver/openstates/corpus.py, localserver/legiscan/model.py: generated titles in the
platforms' real shapes, not real bills). One bill is reported by both, as in life: LegiScan
writes it "SB2" in its numeric session, Open States "SB 2" in session "89", with the same
history. The tracker must store it as one measure with one merged history.

    demo = StateDemo()
    demo.mount(server)                       # /openstates and /legiscan on a LocalServer
    registry_text = demo.registry(server)    # two registry entries pointing at it
    env.update(DEMO_KEYS)                    # keys the simulators accept, and nothing else
    demo.record_action()                     # the shared bill moves, on both aggregators
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from localserver.legiscan.model import LegiScanAPI, build_session, change_hash
from localserver.openstates.api import OpenStatesAPI
from localserver.openstates.corpus import (
    NAMESPACE,
    build_state,
    jurisdiction_id,
    make_action,
    make_bill,
)
from localserver.openstates.corpus import refresh_computed as refresh_openstates
from localserver.openstates.texts import serve_texts
from localserver.server import LocalServer

STATE = "TX"
# The bills are generated, not Texas' real ones: the place says so wherever it is shown.
JURISDICTION = "Texas (sample session)"
LEGISCAN_SESSION_ID = 2131  # LegiScan names a session by a number of its own
# Demo-only keys: the simulators accept these; real keys are never read or sent by the demo.
DEMO_KEYS = {
    "OPENSTATES_API_KEY": "demo-only-openstates-key",
    "LEGISCAN_API_KEY": "demo-only-legiscan-key",
    # A generous Open States budget, so the demo's crawls never wait for the next minute.
    "TRACKER_BUDGET_OPENSTATES": "1000/minute,10000/day",
}
# LegiScan's history texts (as its simulator writes them) in Open States' OCD classifications.
OCD_CLASSES = {
    "Filed": ["filing"],
    "Read first time": ["reading-1"],
    "Referred to State Affairs": ["referral-committee"],
    "Reported favorably": ["committee-passage-favorable"],
    "Read third time": ["reading-3"],
    "Passed": ["passage"],
    "Received from the other chamber": ["introduction"],
}
CHAMBERS = {"H": "lower", "S": "upper"}
NEW_ACTION = ("Referred to State Affairs", "H")  # what the shared bill does between two crawls


def ordinal(number: int) -> str:
    """89 -> "89th", 91 -> "91st", as legislatures are named."""
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


class StateDemo:
    """The two aggregators' simulators, with the bill they share."""

    def __init__(self, today: date | None = None) -> None:
        self.today = today or date.today()
        # The latest regular session (Texas meets in odd years: the 89th in 2025) whose sample
        # history, dated January and February, is already past.
        year = self.today.year - (self.today.year % 2 == 0)
        if self.today < date(year, 3, 1):
            year -= 2
        self.legislature = (year - 1847) // 2
        self.legiscan = LegiScanAPI(key=DEMO_KEYS["LEGISCAN_API_KEY"])
        session = build_session(
            STATE,
            LEGISCAN_SESSION_ID,
            n_bills=120,
            relevant_every=40,
            session_name=f"{ordinal(self.legislature)} Legislature Regular Session",
            year_start=year,
        )
        session.year_end = year  # Texas' regular session sits in one year
        for bill in session.bills.values():
            bill["session"]["year_end"] = year
            bill["change_hash"] = change_hash(bill)
        self.legiscan.add_session(session)
        # The first relevant bill LegiScan lists (it passed its chamber with a roll call).
        self.legiscan_bill: dict[str, Any] = list(session.bills.values())[3]
        shared = self.openstates_copy(self.legiscan_bill)
        self.openstates_bill_id: str = shared["id"]
        bills = build_state(STATE, relevant=4, mentions=1, background=12, today=self.today)
        self.openstates = OpenStatesAPI([*bills, shared], keys=(DEMO_KEYS["OPENSTATES_API_KEY"],))

    @property
    def identifier(self) -> str:
        """The shared bill as LegiScan writes it ("SB2")."""
        return str(self.legiscan_bill["bill_number"])

    def openstates_copy(self, bill: dict[str, Any]) -> dict[str, Any]:
        """BILL as Open States reports it: "SB 2" in session "89", the same dated history."""
        number = str(bill["bill_number"])
        chamber = CHAMBERS[number[0]]
        history = bill["history"]
        first_day = date.fromisoformat(history[0]["date"])
        updated = datetime.combine(self.today, datetime.min.time(), tzinfo=UTC) - timedelta(days=2)
        copy = make_bill(
            STATE,
            int(number[2:]),
            bill["description"],
            bill["title"],
            1,
            first_day,
            updated,
            chamber,
        )
        session = str(self.legislature)
        slug = copy["identifier"].replace(" ", "")
        copy.update(
            id="ocd-bill/" + str(uuid.uuid5(NAMESPACE, f"{STATE}/{session}/{slug}")),
            session=session,
            openstates_url=f"https://openstates.org/tx/bills/{session}/{slug}/",
            sources=[{"url": bill["state_link"], "note": ""}],
            actions=[
                make_action(
                    STATE,
                    CHAMBERS[row["chamber"]],
                    date.fromisoformat(row["date"]),
                    row["action"],
                    OCD_CLASSES[row["action"]],
                    order,
                )
                for order, row in enumerate(history, start=1)
            ],
        )
        refresh_openstates(copy)
        return copy

    def mount(self, server: LocalServer) -> None:
        server.mount("/openstates", self.openstates)
        server.mount("/legiscan", self.legiscan)
        # the bills' texts, where Open States links them: the legislature's site, here local
        serve_texts(self.openstates, server)

    def registry(self, server: LocalServer) -> str:
        """Registry entries for the two sources, their api_url on SERVER."""
        fast = (
            "[sources.settings]\n"
            "AUTOTHROTTLE_ENABLED = false\n"
            "DOWNLOAD_DELAY = 0\n"
            "ROBOTSTXT_OBEY = false\n"
        )
        name = JURISDICTION
        return (
            "[[sources]]\n"
            f'name = "openstates-{STATE.lower()}"\n'
            'spider = "openstates"\n'
            f'jurisdiction = "{name}"\n'
            'level = "state"\n'
            f'state = "{STATE}"\n'
            "[sources.args]\n"
            f'api_url = "{server.url("openstates")}"\n'
            f'jurisdiction_id = "{jurisdiction_id(STATE)}"\n'
            # The shared bill's history can be older than the default two years of discovery.
            "lookback_days = 1100\n" + fast + "\n"
            "[[sources]]\n"
            f'name = "legiscan-{STATE.lower()}"\n'
            'spider = "legiscan"\n'
            f'jurisdiction = "{name}"\n'
            'level = "state"\n'
            f'state = "{STATE}"\n'
            "[sources.args]\n"
            f'api_url = "{server.url("legiscan")}/"\n' + fast
        )

    def record_action(self) -> str:
        """The shared bill's new action, recorded on both aggregators (as the next scrape and
        the next LegiScan update would); returns what happened, for the demo's output."""
        description, chamber = NEW_ACTION
        day = self.today
        self.legiscan.change(
            int(self.legiscan_bill["bill_id"]), description, chamber=chamber, day=day.isoformat()
        )
        self.openstates.add_action(
            self.openstates_bill_id,
            description,
            OCD_CLASSES[description],
            which=CHAMBERS[chamber],
            day=day,
        )
        return (
            f"{JURISDICTION} {self.identifier}: {description} (House), on Open States and LegiScan"
        )
