"""LegiScan payloads into item fields: the real AK HB1 dataset file field by field, the real roll
call, envelopes, master lists, and dataset ZIPs as LegiScan sends them (Base64 in JSON)."""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from spiders.legiscan import parse
from spiders.legiscan.dataset import Dataset, save_zip
from spiders.legiscan.parse import LegiScanError
from tracker.items import validate_item
from tracker.status.mapping import map_raw_status

RESPONSES = Path(__file__).with_name("responses")


def load(name: str) -> dict:
    return json.loads((RESPONSES / name).read_text(encoding="utf-8"))


BILL = load("LEGISCAN_dataset_bill_AK_HB1.json")["bill"]
ROLL_CALL = load("LEGISCAN_dataset_rollcall_154366.json")["roll_call"]
PERSON = load("LEGISCAN_dataset_person_8630.json")["person"]


def test_every_field_of_the_real_alaska_bill() -> None:
    fields = parse.bill_item_fields(BILL)
    assert fields == {
        "session": "122",
        "session_start_year": 2011,
        "session_end_year": 2012,
        "session_special": None,
        "identifier": "HB1",
        "platform_id": "230084",
        "url": "http://www.legis.state.ak.us/basis/get_bill.asp?session=27&bill=HB1",
        "title": "Policy For Securing Health Care Services",
        "summary": "An Act stating a public policy that allows a person to accept or decline any "
        "offered mode of securing health care services.",
        "measure_type": "B",
        "raw_status": "2",
        "introduced_date": "2011-01-18",
        "change_hash": "38558907f12c02a238b1cd43d2a37393",
        "modified": "2011-04-11",
    }
    # Engrossed: passed its first chamber.
    assert map_raw_status("legiscan", fields["raw_status"]) == "passed_chamber"


def test_history_rows_become_actions_with_progress_codes_on_their_day() -> None:
    actions = parse.actions(BILL)
    assert len(actions) == len(BILL["history"]) == 27
    assert [a["description"] for a in actions[:3]] == [
        "PREFILE RELEASED 1/7/11",
        "READ THE FIRST TIME - REFERRALS",
        "HSS, JUD",
    ]
    # Alaska's rows carry no chamber ("" with chamber_id 0): no actor is invented.
    assert {a["actor"] for a in actions} == {None}
    coded = [
        (a["date"], a["description"], a["classification"]) for a in actions if a["classification"]
    ]
    # Each progress event sits on an important row of its day, in the history's order.
    assert coded == [
        ("2011-01-18", "READ THE FIRST TIME - REFERRALS", ["1"]),
        ("2011-01-18", "HSS, JUD", ["9"]),
        ("2011-03-16", "HSS RPT CS(HSS) 2DP 3NR", ["11"]),
        ("2011-04-07", "JUD RPT CS(JUD) NT 5DP 1NR", ["10"]),
        ("2011-04-11", "TRANSMITTED TO (S)", ["2"]),
        ("2011-04-12", "HSS, JUD", ["9"]),
    ]
    assert all("vote" not in a for a in actions)  # HB1 has no roll calls


def test_the_real_bill_validates_as_an_item() -> None:
    item = validate_item(
        {
            "source": "legiscan-ak",
            "jurisdiction": "Alaska",
            "level": "state",
            "state": "AK",
            "vocabulary": "legiscan",
            "precedence": 60,
            **parse.bill_item_fields(BILL),
            "actions": parse.actions(BILL),
        }
    )
    assert item.identifier == "HB1" and item.session == "122"
    assert item.actions is not None and item.actions[1].classification == ["1"]


def test_chamber_letters_are_rendered_as_chamber_names() -> None:
    bill = {
        **BILL,
        "history": [
            {"date": "2011-01-18", "action": "Filed", "chamber": "H", "importance": 1},
            {"date": "2011-02-01", "action": "Received", "chamber": "S", "importance": 1},
            {"date": "2011-02-02", "action": "", "chamber": "S", "importance": 1},
            {"date": "", "action": "No date", "chamber": "S", "importance": 1},
        ],
        "progress": [],
    }
    actions = parse.actions(bill)
    assert [(a["actor"], a["description"]) for a in actions] == [
        ("House", "Filed"),
        ("Senate", "Received"),
    ]


def test_a_roll_call_with_members_lands_on_its_row() -> None:
    call = {**ROLL_CALL, "votes": ROLL_CALL["votes"][:2] + [{"people_id": 1, "vote_text": "Nay"}]}
    bill = {
        **BILL,
        "history": [
            {"date": "2012-02-14", "action": "READ THE FIRST TIME", "chamber": "S"},
            {"date": "2012-02-14", "action": "Introduced and Referred to S10", "chamber": "S"},
            {"date": "2012-02-14", "action": "Introduced and Referred", "chamber": "H"},
        ],
        "progress": [],
        "votes": [{k: v for k, v in ROLL_CALL.items() if k != "votes"}],
    }
    names = {8641: "Senator One", 8642: "Senator Two"}
    actions = parse.actions(bill, {154366: call}, names)
    voted = [a for a in actions if a.get("vote")]
    assert [a["description"] for a in voted] == ["Introduced and Referred to S10"]
    assert voted[0]["vote"] == {
        "motion": "S Introduced and Referred to S10",
        "result": "pass",
        "yes": 30,
        "no": 0,
        "other": 0,
        "members": [
            {"name": "Senator One", "vote": "yes"},
            {"name": "Senator Two", "vote": "yes"},
            {"name": "people_id 1", "vote": "no"},
        ],
    }


def test_error_envelopes_and_malformed_bodies_are_errors() -> None:
    with pytest.raises(LegiScanError, match="ERROR: Unknown bill id"):
        parse.envelope(
            b'{"status":"ERROR","alert":{"message":"Unknown bill id"}}', "bill", "getBill 1"
        )
    with pytest.raises(LegiScanError, match="malformed JSON"):
        parse.envelope(b'{"status":"OK","bill":{', "bill", "getBill 1")
    with pytest.raises(LegiScanError, match="no 'bill'"):
        parse.envelope(b'{"status":"OK"}', "bill", "getBill 1")
    assert parse.envelope(b'{"status":"OK","bill":{"bill_id":1}}', "bill", "x") == {"bill_id": 1}


def test_master_list_is_an_object_whose_session_key_is_skipped() -> None:
    listing = {
        "session": {"session_id": 2131, "session_name": "89th Legislature"},
        "0": {"bill_id": 1, "number": "HB1", "change_hash": "a"},
        "1": {"bill_id": "2", "number": "HB2", "change_hash": "b"},
        "2": {"number": "HB3"},  # no bill_id: cannot be followed
    }
    assert [r["number"] for r in parse.masterlist_rows(listing, "x")] == ["HB1", "HB2"]
    with pytest.raises(LegiScanError):
        list(parse.masterlist_rows("nope", "x"))


def test_current_sessions_leave_out_prior_ones() -> None:
    rows = [
        {"session_id": 1, "year_start": 2023, "year_end": 2024, "prior": 1, "special": 0},
        {"session_id": 2, "year_start": 2025, "year_end": 2026, "prior": 0, "special": 0},
        {"session_id": 3, "year_start": 2025, "year_end": 2025, "prior": 0, "special": 1,
         "session_name": "89th Legislature 1st Special Session"},
        {"session_id": 4, "year_start": 2011, "year_end": 2012, "prior": 0, "special": 0},
    ]  # fmt: skip
    chosen = parse.current_sessions(rows, 2026)
    assert [s["session_id"] for s in chosen] == [2, 3]
    assert parse.session_fields(chosen[1]) == {
        "session": "3",
        "session_start_year": 2025,
        "session_end_year": 2025,
        "session_special": 1,
    }


def dataset_reply(files: dict[str, dict], escape_slashes: bool = True) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in files.items():
            archive.writestr(name, json.dumps(payload))
    body = json.dumps(
        {
            "status": "OK",
            "dataset": {"session_id": 122, "zip": base64.b64encode(buffer.getvalue()).decode()},
        }
    )
    return (body.replace("/", "\\/") if escape_slashes else body).encode()


@pytest.mark.parametrize("escape_slashes", [True, False])
def test_dataset_zip_is_decoded_and_read_member_by_member(tmp_path, escape_slashes) -> None:
    folder = "AK/2011-2012_27th_Legislature"
    reply = dataset_reply(
        {
            f"{folder}/bill/HB1.json": {"bill": BILL},
            f"{folder}/vote/154366.json": {"roll_call": ROLL_CALL},
            f"{folder}/people/8630.json": {"person": PERSON},
            f"{folder}/bill/HB2.json": {"nothing": 1},
        },
        escape_slashes,
    )
    path = tmp_path / "d.zip"
    with path.open("wb") as handle:
        meta = save_zip(reply, handle)
    assert meta == {"session_id": 122}
    dataset = Dataset(str(path))
    try:
        bills = list(dataset.bills())
        assert [name.rsplit("/", 1)[-1] for name, _ in bills] == ["HB1.json", "HB2.json"]
        assert bills[0][1]["bill_id"] == 230084
        assert isinstance(bills[1][1], LegiScanError)
        assert dataset.names() == {8630: "Agriculture, State and Public Lands and Water Resources"}
        assert dataset.roll_calls({"votes": [{"roll_call_id": 154366}]})[154366]["yea"] == 30
    finally:
        dataset.close()


def test_a_dataset_error_envelope_or_broken_zip_is_an_error(tmp_path) -> None:
    with (tmp_path / "a.zip").open("wb") as handle, pytest.raises(LegiScanError, match="access"):
        save_zip(b'{"status":"ERROR","alert":{"message":"Invalid access_key"}}', handle)
    with (tmp_path / "b.zip").open("wb") as handle, pytest.raises(LegiScanError, match="Base64"):
        save_zip(b'{"status":"OK","dataset":{"zip":"@@@@"}}', handle)
    half = dataset_reply({"AK/x/bill/HB1.json": {"bill": BILL}})
    with (tmp_path / "c.zip").open("wb") as handle, pytest.raises(LegiScanError):
        save_zip(half[: len(half) // 2], handle)


def test_latest_text_is_the_newest_state_link_of_the_real_bill() -> None:
    bill = json.loads((RESPONSES / "LEGISCAN_dataset_bill_AK_HB1.json").read_text())["bill"]
    # Three PDF versions (A, B, C); the newest by date is C, a PDF on the state's site, and
    # LegiScan's copy of it is document 234834.
    assert parse.latest_text(bill) == (
        None,
        "http://www.legis.state.ak.us/PDF/27/Bills/HB0001C.PDF",
        234834,
        "https://legiscan.com/AK/text/HB1/id/234834",
    )
    word = dict(bill["texts"][-1], mime="application/msword", date="2012-01-01")
    assert parse.latest_text({"texts": [*bill["texts"], word]}).pdf.endswith("HB0001C.PDF")
    page = dict(bill["texts"][0], mime="text/html", date="2012-01-01", state_link="http://x/h")
    assert parse.latest_text({"texts": [*bill["texts"], page]})[:3] == ("http://x/h", None, 153588)
    # No state link: only LegiScan's copy.
    assert parse.latest_text({"texts": [dict(page, state_link="")]})[:3] == (None, None, 153588)
    assert parse.latest_text({"texts": [word]}) is None
    assert parse.latest_text({}) is None


def bill_text_reply(**text: object) -> bytes:
    return json.dumps({"status": "OK", "text": {"doc_id": 1, **text}}).encode()


def test_a_getbilltext_reply_gives_its_document_or_a_clear_error() -> None:
    html = b"<html><body><p>Be it enacted.</p></body></html>"
    reply = bill_text_reply(mime="text/html", doc=base64.b64encode(html).decode())
    assert parse.text_document(reply, "getBillText for HB1") == (html, "text/html")
    bad = {
        b"{": "malformed JSON",
        json.dumps({"status": "ERROR", "alert": {"message": "Unknown document id"}}).encode(): (
            "LegiScan answered ERROR: Unknown document id"
        ),
        json.dumps({"status": "OK", "text": []}).encode(): "'text' is not an object",
        bill_text_reply(mime="application/msword", doc="AAAA"): "type application/msword is not",
        bill_text_reply(mime="application/pdf", doc="not base64!"): "is not Base64",
        bill_text_reply(mime="application/pdf", doc=""): "the document is empty",
    }
    for body, why in bad.items():
        with pytest.raises(LegiScanError, match=re.escape(why)) as raised:
            parse.text_document(body, "getBillText for HB1")
        assert str(raised.value).startswith("getBillText for HB1: ")
