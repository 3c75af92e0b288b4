"""The California spider's reading of PUBINFO extracts: the official loader's column orders, the
one real BILL_HISTORY_TBL row published (issue 1905), rows changed in place, malformed rows and
zips, and the items it yields, every field."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from localserver.calegislature.downloads import Downloads, build_corpus, build_zip
from spiders.calegislature.pubinfo import (
    BILL_COLUMNS,
    HISTORY_COLUMNS,
    VERSION_COLUMNS,
    Extract,
    ExtractError,
    read_rows,
)
from spiders.calegislature.spider import CALegislatureSpider, listing_stamp
from tracker.items import validate_item

RESPONSES = Path(__file__).with_name("responses")


def load_columns(name: str) -> tuple[str, ...]:
    """The column list of an official LOAD DATA script (`@var1` is the bill_xml .lob name)."""
    script = (RESPONSES / name).read_text()
    inside = script[script.index("(") + 1 : script.index(")")]
    columns = [c.strip().lower() for c in inside.replace("\n", "").split(",")]
    return tuple("bill_xml" if c == "@var1" else c for c in columns)


def test_column_orders_are_the_official_loaders() -> None:
    assert load_columns("CA_pubinfo_bill_tbl_load.sql.txt") == BILL_COLUMNS
    assert load_columns("CA_pubinfo_bill_history_tbl_load.sql.txt") == HISTORY_COLUMNS
    assert load_columns("CA_pubinfo_bill_version_tbl_load.sql.txt") == VERSION_COLUMNS


def real_history_line() -> str:
    """The issue 1905 row back in .dat form: tabs, backticks kept, the Markdown bold removed."""
    row = [
        line
        for line in (RESPONSES / "CA_bill_history_row_issue1905.txt").read_text().splitlines()
        if line.startswith("`")
    ][0]
    fields = [f.strip().replace("**", "") for f in row.split("|")]
    return "\t".join(fields) + "\n"


def make_spider(triage=lambda title, summary: "candidate") -> CALegislatureSpider:
    spider = CALegislatureSpider.from_crawler(
        get_crawler(CALegislatureSpider),
        base_url="http://127.0.0.1:9/ca",
        session_year="2025",
        jurisdiction="California",
        level="state",
        state="CA",
    )
    spider._triage = triage
    return spider


def test_the_real_history_row_reads_whole() -> None:
    (row,) = list(read_rows(real_history_line(), HISTORY_COLUMNS))
    assert row["bill_id"] == "201720180AB81"
    assert row["bill_history_id"] == "111189254"
    assert row["action"] == "In committee:  Referred to   suspense file."
    assert row["trans_update_dt"] == "9/1/2017 19:20"
    assert (row["primary_location"], row["secondary_location"], row["ternary_location"]) == (
        "Senate",
        "Committee",
        "CS61",
    )
    action = make_spider().action(row)
    assert action == {
        "date": "2017-06-26",
        "actor": "Senate",
        "actor_kind": "committee",
        "description": "In committee:  Referred to   suspense file.",
        "classification": ["300"],
    }


def test_a_row_changed_in_place_keeps_its_newest_copy() -> None:
    (old,) = list(read_rows(real_history_line(), HISTORY_COLUMNS))
    newer = {
        **old,
        "action": "In committee: Hearing postponed by committee.",
        "trans_update_dt": "2017-09-08 10:00:00",
    }
    for order in ([old, newer], [newer, old]):
        extract = Extract()
        for row in order:
            extract.add("BILL_HISTORY_TBL", dict(row))
        (kept,) = extract.tables["BILL_HISTORY_TBL"].values()
        assert kept["action"] == "In committee: Hearing postponed by committee."


def test_nulls_escapes_and_malformed_rows() -> None:
    text = (
        "`202520260AB4`\t1\t2025-01-06 00:00:00\t`Read \\`first\\` time.\\tTo print.`\tNULL"
        "\t2025-01-06 18:00:00\t1\tNULL\tNULL\t`Assembly`\tNULL\tNULL\tNULL\n"
        "`202520260AB4`\t2\tonly three fields\n"
    )
    good, bad = list(read_rows(text, HISTORY_COLUMNS))
    assert good["action"] == "Read `first` time.\tTo print."
    assert good["trans_uid"] is None and good["action_code"] is None
    assert isinstance(bad, str) and "only three fields" in bad


def test_a_zip_that_is_not_one_is_an_extract_error() -> None:
    body = build_zip(build_corpus(2025, n_other=1))
    with pytest.raises(ExtractError, match="not a readable zip"):
        Extract().read_zip(body[: len(body) // 2], "pubinfo_daily_Tue.zip")
    with pytest.raises(ExtractError, match="no BILL_TBL"):
        Extract().read_zip(build_zip([])[:0] or _empty_zip(), "pubinfo_daily_Wed.zip")


def _empty_zip() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("CODES_TBL.dat", "")
    return buffer.getvalue()


def test_the_folder_listing() -> None:
    downloads = Downloads(build_corpus(2025, n_other=1))
    downloads.publish_yearly(2025, "2025-06-01 03:12")
    downloads.publish_daily("Mon", "2025-06-02 3:40", [])
    url = "http://127.0.0.1:9/ca/"
    response = HtmlResponse(url=url, body=downloads.listing(), request=scrapy.Request(url))
    files = make_spider().files(response)
    assert files["pubinfo_2025.zip"] == "2025-06-01T03:12"
    assert files["pubinfo_daily_Mon.zip"] == "2025-06-02T03:40"
    assert "pubinfo_load.zip" in files
    assert listing_stamp("junk") is None


def test_an_extract_becomes_items_with_every_field() -> None:
    bills = build_corpus(2025, n_other=1)
    extract = Extract()
    extract.read_zip(build_zip(bills), "pubinfo_2025.zip")
    spider = make_spider()
    spider.extract = extract
    items = {i["platform_id"]: validate_item(i) for i in spider.items()}
    item = items["202520260AB4"]
    assert item.identifier == "AB4" and item.session == "20252026"
    assert (item.session_start_year, item.session_end_year, item.session_special) == (
        2025,
        2026,
        None,
    )
    assert item.url == (
        "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202520260AB4"
    )
    assert item.title.startswith("Immigration enforcement: state and local law enforcement")
    assert item.measure_type == "AB" and item.raw_status == "Enrolled"
    assert item.introduced_date == date(2025, 1, 6)
    assert item.modified == "2025-06-15 17:00:00"
    assert "hold request from federal immigration authorities" in item.full_text
    assert item.precedence == 10 and item.vocabulary == "calegislature"
    descriptions = [a.description for a in item.actions]
    assert descriptions[0].startswith("Introduced. Read first time.")
    assert descriptions[-1] == "Approved by the Governor."
    passed = next(a for a in item.actions if "Passed" in a.description)
    assert (passed.vote.yes, passed.vote.no) == (52, 20)
    assert passed.actor == "Assembly" and passed.actor_kind == "chamber"
    assert datetime.fromisoformat(str(item.modified)).year == 2025
    assert re.fullmatch(r"[A-Z]+\d+", item.identifier)
