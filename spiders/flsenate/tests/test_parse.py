"""The Florida spider's parse methods on bill list and bill pages in flsenate.gov's structure,
asserting every field, and the splitting of packed history cells."""

from __future__ import annotations

from pathlib import Path

import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from spiders.flsenate.spider import FloridaSpider, split_actions
from tracker.items import validate_item

RESPONSES = Path(__file__).with_name("responses")
SITE = "https://www.flsenate.gov"


def page(name: str, url: str) -> HtmlResponse:
    body = (RESPONSES / name).read_bytes()
    return HtmlResponse(url=url, body=body, encoding="utf-8", request=scrapy.Request(url))


def make_spider(triage=lambda title, summary: "candidate", **args) -> FloridaSpider:
    crawler = get_crawler(FloridaSpider)
    spider = FloridaSpider.from_crawler(
        crawler, session="2026", jurisdiction="Florida", level="state", state="FL", **args
    )
    spider._triage = triage
    return spider


def test_a_packed_cell_becomes_separate_actions_without_journal_cites() -> None:
    cell = (
        "\u2022 Referred to Judiciary Committee; State Affairs Committee -HJ 123 "
        "\u2022 Now in Judiciary Committee -HJ 123 \u2022 1st Reading (Original Filed Version)"
    )
    assert split_actions(cell) == [
        ("Referred to Judiciary Committee; State Affairs Committee", "HJ 123"),
        ("Now in Judiciary Committee", "HJ 123"),
        ("1st Reading (Original Filed Version)", None),
    ]
    assert split_actions("  \u2022  ") == []


def test_the_bill_list_page() -> None:
    verdicts = {"Immigration Enforcement": "candidate"}
    spider = make_spider(triage=lambda title, summary: verdicts.get(title, "no"))
    url = f"{SITE}/Session/Bills/2026?chamber=both"
    out = list(spider.parse_list(page("bills_2026_page1.html", url), 1))
    items = [o for o in out if isinstance(o, dict)]
    requests = [o for o in out if isinstance(o, scrapy.Request)]
    assert len(items) == 24  # 25 rows, one of them a candidate whose page is asked for
    first = items[0]
    assert first == {
        "source": "flsenate",
        "jurisdiction": "Florida",
        "level": "state",
        "state": "FL",
        "vocabulary": "flsenate",
        "precedence": 10,
        "session": "2026",
        "session_start_year": 2026,
        "session_end_year": 2026,
        "session_special": None,
        "identifier": "HB 1355",
        "platform_id": "2026/1355",
        "url": f"{SITE}/Session/Bill/2026/1355",
        "title": "Unauthorized Aliens",
        # The list's last action, as the only status a bill not read further has.
        "raw_status": "On Committee agenda-- Rules, 01/20/26, 9:00 am, 412 Knott Building",
        "modified": "2026-01-07",
    }
    bill, following = requests
    assert bill.url == f"{SITE}/Session/Bill/2026/1718/ByCategory"
    assert bill.cb_kwargs["item"]["identifier"] == "SB 1718"
    assert following.url == f"{SITE}/Session/Bills/2026?chamber=both&pageNumber=2"
    assert not spider.listing_complete
    # The last page has no "next" link: the listing is complete and the cursor may move.
    last = list(spider.parse_list(page("bills_2026_page2.html", following.url), 2))
    assert all(isinstance(o, dict) for o in last) and len(last) == 20
    assert spider.listing_complete and spider.new_cursor


def test_unchanged_bills_are_skipped_after_the_first_crawl() -> None:
    spider = make_spider(triage=lambda title, summary: "no")
    spider.cursor = "2026-01-29"  # less two days of overlap: last actions from 01/27/2026 on
    url = f"{SITE}/Session/Bills/2026?chamber=both"
    out = list(spider.parse_list(page("bills_2026_page1.html", url), 1))
    kept = [o["identifier"] for o in out if isinstance(o, dict)]
    assert kept == ["HB 2111", "HB 2117", "SB 168", "SB 1718"]


def test_a_bill_page_gives_the_whole_history_one_action_per_bullet() -> None:
    spider = make_spider()
    item = {"identifier": "SB 1718", "platform_id": "2026/1718", "title": "Immigration Enforcement"}
    url = f"{SITE}/Session/Bill/2026/1718/ByCategory"
    (text,) = spider.parse_bill(page("bill_2026_1718.html", url), dict(item), "2026/1718")
    # The latest version's web page comes next: terse titles need the text.
    assert text.url == f"{SITE}/Session/Bill/2026/1718/BillText/c1/HTML"
    done = text.cb_kwargs["item"]
    actions = done["actions"]
    assert len(actions) == 21  # 13 dated rows, 21 actions
    assert actions[1] == {
        "date": "2025-12-28",
        "actor": "Senate",
        "actor_kind": "chamber",
        "description": "Referred to Rules; Fiscal Policy",
        "text": "SJ 45",
        "vote": None,
    }
    passed = next(a for a in actions if a["description"].startswith("CS passed as amended"))
    assert passed["vote"] == {
        "motion": "CS passed as amended",
        "result": "pass",
        "yes": 28,
        "no": 10,
    }
    assert [a["description"] for a in actions[-2:]] == [
        "Approved by Governor",
        "Chapter No. 2026-40",
    ]
    assert actions[-1]["actor"] == "Governor" and actions[-1]["actor_kind"] == "executive"
    assert done["text_url"] == f"{SITE}/Session/Bill/2026/1718/BillText/c1/HTML"
    (with_text,) = spider.parse_page_text(page("bill_2026_1718_text_c1.html", text.url), done)
    assert with_text["full_text"] == (
        "SB 1718 c1 A bill to be entitled An act relating to immigration enforcement; amending "
        "s. 1.01, F.S.; providing an effective date. Be It Enacted by the Legislature of the "
        "State of Florida:"
    )


def test_a_retried_bill_is_named_from_its_page() -> None:
    spider = make_spider()
    url = f"{SITE}/Session/Bill/2026/1325/ByCategory"
    (text,) = spider.parse_bill(page("bill_2026_1325.html", url), None, "2026/1325")
    done = text.cb_kwargs["item"]
    assert (done["identifier"], done["title"]) == ("HB 1325", "Unauthorized Aliens")
    assert done["url"] == f"{SITE}/Session/Bill/2026/1325"
    assert [a["description"] for a in done["actions"]][-2:] == [
        "Died in State Affairs Committee",
        "Laid on Table; Companion bill(s) passed, see CS/SB 1246 (Ch. 2026-101)",
    ]
    stored = validate_item(done)
    assert len(stored.actions) == 8


def test_a_cut_off_page_is_an_error_not_a_crash() -> None:
    spider = make_spider()
    url = f"{SITE}/Session/Bill/2026/1718/ByCategory"
    body = (RESPONSES / "bill_2026_1718.html").read_bytes()
    cut = HtmlResponse(url=url, body=body[: len(body) // 2], request=scrapy.Request(url))
    assert list(spider.parse_bill(cut, {"identifier": "SB 1718"}, "2026/1718")) == []
    assert spider.failed_ids == {"2026/1718"}
    listing = f"{SITE}/Session/Bills/2026?chamber=both"
    body = (RESPONSES / "bills_2026_page1.html").read_bytes()
    cut = HtmlResponse(url=listing, body=body[: len(body) // 2], request=scrapy.Request(listing))
    assert list(spider.parse_list(cut, 1)) == []
    assert "cut off" in spider.fatal_error and not spider.listing_complete


def test_a_cut_off_text_keeps_the_bill_without_it() -> None:
    spider = make_spider()
    url = f"{SITE}/Session/Bill/2026/1718/BillText/c1/HTML"
    body = (RESPONSES / "bill_2026_1718_text_c1.html").read_bytes()
    cut = HtmlResponse(url=url, body=body[: len(body) // 2], request=scrapy.Request(url))
    item = {"identifier": "SB 1718", "title": "Immigration Enforcement", "actions": []}
    (kept,) = spider.parse_page_text(cut, dict(item))
    assert kept == item and not spider.failed_ids
