"""Arizona: the Legislature's bill list (azleg.gov) and bill API (apps.azleg.gov), crawled slowly.

The bill list is one HTML page per session; the session is chosen by a form post that sets a
cookie, as a browser does. Each listed bill is then one call to the bill API, whose answer holds
everything the tracker needs: the short title, the dates of each reading, committee and floor
results, transmittals and the Governor's action, from which the history is rebuilt (Arizona no
longer publishes a list of actions). There is no changed-since signal: every crawl asks for
every bill of the session. Usage:

    scrapy crawl azleg -a source=official-az
    scrapy crawl azleg -a source=official-az -a session_id=129
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import scrapy
from parsel import Selector
from scrapy.http import Response
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from spiders.base import TrackerSpider, whole

TZ = ZoneInfo("America/Phoenix")

# sessionId -> (the Legislature's name for it, its year); from azleg.gov's session selector.
SESSIONS: dict[int, tuple[str, int]] = {
    130: ("57th-2nd-regular", 2026),
    129: ("57th-1st-regular", 2025),
    128: ("56th-2nd-regular", 2024),
    127: ("56th-1st-regular", 2023),
}

# Date fields of the bill object that record a step: (key, description, chamber or None for
# the chamber of origin).
DATE_KEYS: list[tuple[str, str, str | None]] = [
    ("PreFileDate", "Prefiled", None),
    ("IntroducedDate", "Introduced", None),
    ("House1stRead", "First read in the House", "House"),
    ("House1stWaived", "First reading waived in the House", "House"),
    ("House2ndRead", "Second read in the House", "House"),
    ("House2ndWaived", "Second reading waived in the House", "House"),
    ("HouseConsentCalendarDate", "Placed on the House consent calendar", "House"),
    ("Senate1stRead", "First read in the Senate", "Senate"),
    ("Senate1stWaived", "First reading waived in the Senate", "Senate"),
    ("Senate2ndRead", "Second read in the Senate", "Senate"),
    ("Senate2ndWaived", "Second reading waived in the Senate", "Senate"),
    ("SenateConsentCalendarDate", "Placed on the Senate consent calendar", "Senate"),
    ("RequestforEnactment", "Request for enactment", None),
    ("VetoOverride", "Veto overridden", None),
]
ACTION_WORDS = {
    "DP": "do pass",
    "DPA": "do pass amended",
    "DPA/SE": "do pass amended, strike everything",
    "DPS": "do pass substituted",
    "DNP": "do not pass",
    "PFC": "proper for consideration",
    "C&P": "constitutional and in proper form",
    "FP": "failed to pass",
    "HELD": "held",
    "W/D": "withdrawn",
    "PASSED": "passed",
    "FAILED": "failed",
    "AMEND": "amended",
    "INTRO": "introduced",
}
FLOOR_NAMES = {"COW": "Committee of the Whole", "THIRD": "Third reading"}
BODIES = {"H": "House", "S": "Senate"}
DESTINATIONS = {
    "H": "the House",
    "S": "the Senate",
    "G": "the Governor",
    "SS": "the Secretary of State",
}


def az_date(value: Any) -> date | None:
    """A date field: "2026-02-01T00:00:00(.fff)"; some hold `true` instead, which says nothing."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


class ArizonaSpider(TrackerSpider):
    name = "azleg"
    vocabulary = "azleg"
    precedence = 10
    # One request at a time: the bill API is slow (Open States waits up to 80 s for it).
    custom_settings = {
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": 1.5,
        "AUTOTHROTTLE_ENABLED": True,
        "DOWNLOAD_TIMEOUT": 80,
        "COOKIES_ENABLED": True,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.site_url = str(a.get("site_url") or "https://www.azleg.gov").rstrip("/")
        self.api_url = str(a.get("api_url") or "https://apps.azleg.gov/api").rstrip("/")
        self.apps_url = str(a.get("apps_url") or "https://apps.azleg.gov").rstrip("/")
        self.session_id = int(a.get("session_id") or max(SESSIONS))
        known = SESSIONS.get(self.session_id)
        self.session = str(a.get("session") or (known[0] if known else self.session_id))
        year = a.get("session_year") or (known[1] if known else None)
        if year is None:
            raise ValueError(
                f"azleg: session {self.session_id} is not known; give -a session=NAME "
                "-a session_year=YEAR"
            )
        self.session_year = int(year)
        if a.get("timeout"):
            self.download_timeout = float(a["timeout"])
        self._triage = None

    # --- the bill list: choose the session, then read it ------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        # Every crawl asks for every bill, so last crawl's failures need no separate retry.
        yield scrapy.Request(
            f"{self.site_url}/bills/",
            callback=self.choose_session,
            errback=self.listing_failed,
            dont_filter=True,
        )

    def choose_session(self, response: Response) -> Iterator[Any]:
        yield scrapy.FormRequest(
            f"{self.site_url}/azlegwp/setsession.php",
            formdata={"sessionID": str(self.session_id)},
            headers={"Referer": f"{self.site_url}/azlegwp/"},
            callback=self.session_chosen,
            errback=self.listing_failed,
            dont_filter=True,
        )

    def session_chosen(self, response: Response) -> Iterator[Any]:
        yield scrapy.Request(
            f"{self.site_url}/bills/",
            callback=self.parse_bill_list,
            errback=self.listing_failed,
            dont_filter=True,
        )

    def parse_bill_list(self, response: Response) -> Iterator[Any]:
        # The page carries a broken comment close ("--!>") that lxml stops at.
        page = Selector(text=response.text.replace("--!>", "-->"))
        tables = page.xpath('//div[@name="HBTable" or @name="SBTable"]')
        if not whole(response) or not tables:
            self.fail(f"bill list is cut off or has no bill tables ({response.url})")
            return
        selected = page.css("select.selectSession option[selected]::attr(value)").get()
        if selected != str(self.session_id):
            self.fail(
                f"bill list shows session {selected!r}, not {self.session_id}: "
                "the session choice did not stick"
            )
            return
        numbers = []
        for table in tables:
            numbers.extend(
                " ".join(n.split()) for n in table.xpath(".//tbody//tr/th/a/text()").getall()
            )
        for number in dict.fromkeys(n for n in numbers if n):
            yield self.bill_request(number)
        self.listing_complete = True
        self.new_cursor = datetime.now(TZ).date().isoformat()

    def bill_request(self, number: str) -> scrapy.Request:
        body = BODIES.get(number[:1].upper(), "H")[:1]
        query = urlencode(
            {"billNumber": number, "sessionId": self.session_id, "legislativeBody": body}
        )
        return scrapy.Request(
            f"{self.api_url}/Bill/?{query}",
            callback=self.parse_bill,
            errback=self.bill_failed,
            cb_kwargs={"number": number},
            dont_filter=True,
        )

    # --- one bill -------------------------------------------------------------------------

    def parse_bill(self, response: Response, number: str) -> Iterator[Any]:
        try:
            data = json.loads(response.text) if response.text.strip() else None
        except ValueError as exc:
            self.count_error(f"{number}: malformed JSON from {response.url} ({exc})", number)
            return
        if not data:
            self.logger.warning("%s: the bill API knows no such bill; skipped", number)
            return
        if not isinstance(data, dict):
            self.count_error(f"{number}: expected a JSON object from {response.url}", number)
            return
        item = self.bill_item(data, number)
        if item is None:
            self.count_error(f"{number}: the bill API answered without a title or id", number)
            return
        if self._triage(item["title"], None) == "no":  # type: ignore[misc]
            yield item
            return
        # Arizona's titles are terse ("immigration; law enforcement; safe neighborhoods"):
        # for a candidate, the text decides.
        self.crawler.stats.inc_value("tracker/candidates")
        yield scrapy.Request(
            f"{self.api_url}/DocType/?{urlencode({'billStatusId': item['platform_id']})}",
            callback=self.parse_documents,
            errback=self.page_text_failed,
            cb_kwargs={"item": item},
            dont_filter=True,
            priority=10,
        )

    def parse_documents(self, response: Response, item: dict[str, Any]) -> Iterator[Any]:
        """The newest bill version's web page, from the bill's document groups."""
        try:
            groups = json.loads(response.text)
            versions = next(
                g.get("Documents") or []
                for g in groups
                if isinstance(g, dict) and g.get("DocumentGroupName") == "Bill Versions"
            )
            latest = versions[-1]
        except (ValueError, TypeError, StopIteration, IndexError, AttributeError) as exc:
            self.logger.warning(
                "no text for %s: documents unreadable (%r)", item["identifier"], exc
            )
            yield item
            return
        html, pdf = latest.get("HtmlPath"), latest.get("PdfPath")
        yield from self.page_text(item, html and self.absolute(html), pdf and self.absolute(pdf))

    def absolute(self, path: str) -> str:
        """Document paths are relative to apps.azleg.gov."""
        return path if path.startswith("http") else f"{self.apps_url}/{path.lstrip('/')}"

    def bill_item(self, data: dict[str, Any], number: str) -> dict[str, Any] | None:
        bill_id = data.get("BillId")
        title = data.get("ShortTitle")
        if bill_id is None or not isinstance(title, str) or not title.strip():
            return None
        introduced = az_date(data.get("IntroducedDate"))
        return self.base_item(
            session=self.session,
            session_start_year=self.session_year,
            session_end_year=self.session_year,
            identifier=str(data.get("Number") or number),
            platform_id=str(bill_id),
            url=f"{self.apps_url}/BillStatus/BillOverview/{bill_id}?SessionId={self.session_id}",
            title=title,
            introduced_date=introduced.isoformat() if introduced else None,
            actions=self.actions(data, str(data.get("Number") or number)),
        )

    def actions(self, data: dict[str, Any], number: str) -> list[dict[str, Any]]:
        """The history, rebuilt from the bill object, in the order the steps happen."""
        origin = BODIES.get(number[:1].upper())
        out: list[tuple[date, int, dict[str, Any]]] = []
        for rank, (key, description, chamber) in enumerate(DATE_KEYS):
            when = az_date(data.get(key))
            if when:
                actor = chamber or origin
                out.append((when, rank, self.action(when, actor, description, [key])))
        for i, row in enumerate(data.get("BillStatusAction") or []):
            made = self.status_action(row)
            if made:
                out.append((date.fromisoformat(made["date"]), 100 + i, made))
        for i, row in enumerate(data.get("BodyTransmittedTo") or []):
            when = az_date(row.get("TransmitDate")) if isinstance(row, dict) else None
            to = row.get("LegislativeBody") if when else None
            if to in DESTINATIONS:
                sender = {"S": "House", "H": "Senate"}.get(to)
                description = f"Transmitted to {DESTINATIONS[to]}"
                out.append(
                    (when, 200 + i, self.action(when, sender, description, [f"transmit:{to}"]))
                )
        governor = data.get("GovernorAction")
        when = az_date(data.get("GovernorActionDate"))
        if isinstance(governor, str) and governor.strip() and when:
            verb = governor.strip()
            action = self.action(when, "Governor", f"{verb} by the Governor", [f"governor:{verb}"])
            out.append((when, 300, action))
        return [a for _, _, a in sorted(out, key=lambda t: (t[0], t[1]))]

    def status_action(self, row: Any) -> dict[str, Any] | None:
        """A committee's or the floor's result ({Action, ReportDate, Committee{...}})."""
        if not isinstance(row, dict):
            return None
        when = az_date(row.get("ReportDate"))
        code = str(row.get("Action") or "").strip().upper()
        committee = row.get("Committee") if isinstance(row.get("Committee"), dict) else {}
        if when is None or not code:
            return None
        body = BODIES.get(str(committee.get("LegislativeBody") or "").upper())
        short = str(committee.get("CommitteeShortName") or "").strip()
        floor = str(committee.get("TypeName") or "").lower() == "floor"
        name = FLOOR_NAMES.get(short.upper()) if floor else None
        name = name or committee.get("CommitteeName") or short or "Committee"
        description = f"{name}: {ACTION_WORDS.get(code, code)}"
        if body and floor:
            description = f"{body} {description[0].lower()}{description[1:]}"
        action = self.action(when, body, description, [short, code] if short else [code])
        action["actor_kind"] = "chamber" if floor else "committee"
        return action

    @staticmethod
    def action(
        when: date, actor: str | None, description: str, classification: list[str]
    ) -> dict[str, Any]:
        kind = "executive" if actor == "Governor" else "chamber" if actor else None
        return {
            "date": when.isoformat(),
            "actor": actor,
            "actor_kind": kind,
            "description": description,
            "classification": classification,
        }

    # --- failures -------------------------------------------------------------------------

    def listing_failed(self, failure: Failure) -> None:
        self.fail(f"bill list failed ({failure.request.url}): {self.describe(failure)}")

    def bill_failed(self, failure: Failure) -> None:
        number = failure.request.cb_kwargs.get("number")
        self.count_error(
            f"{number}: {failure.request.url} failed: {self.describe(failure)}", number
        )
