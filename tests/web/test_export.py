"""CSV and JSON export of any measures result."""

from __future__ import annotations

import csv
import io

from tests.web.seed import HOSTILE_TITLE
from tracker.web.export import COLUMNS


def _csv(client, **params) -> list[dict]:  # noqa: ANN001
    response = client.get("/measures", params={**params, "format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert not rows or tuple(rows[0]) == COLUMNS
    return rows


def test_csv_export_of_a_filtered_search_has_exactly_its_results(client, ids):
    rows = _csv(client, status="enacted")
    assert sorted(r["identifier"] for r in rows) == ["O2012-4984", "SB 4"]
    texas = next(r for r in rows if r["identifier"] == "SB 4")
    assert texas["stance"] == "restrictive" and texas["state"] == "TX"
    assert texas["topics"] == "detainers;anti_sanctuary"
    assert texas["page_url"] == f"http://tracker.test/measures/{ids['texas']}"


def test_csv_export_is_not_limited_to_one_page(client, ids):
    all_rows = _csv(client)
    assert len(all_rows) == 4  # every tracked measure in the seed
    assert any(r["title"] == HOSTILE_TITLE for r in all_rows)


def test_csv_cells_cannot_become_spreadsheet_formulas(client, app, ids):
    from sqlmodel import select

    from storage.db import session_scope
    from storage.models import Measure

    with session_scope(app.state.engine) as session:
        row = session.exec(select(Measure).where(Measure.id == ids["nyc"])).one()
        row.title = '=HYPERLINK("http://evil.example","click")'
    rows = _csv(client, q="0214")
    assert rows[0]["title"] == "'" + '=HYPERLINK("http://evil.example","click")'


def test_json_export_matches_the_page_and_the_api(client, ids):
    response = client.get("/measures", params={"state": "IL", "format": "json"})
    assert response.status_code == 200
    data = response.json()
    assert {m["identifier"] for m in data} == {"O2012-4984", "O2013-0001"}
    api = client.get("/api/measures", params={"state": "IL"}).json()
    assert {m["id"] for m in api["items"]} == {m["id"] for m in data}


def test_unknown_export_format_is_refused(client, ids):
    response = client.get("/measures", params={"format": "xlsx"})
    assert response.status_code == 400 and "csv" in response.text
