"""The JSON API and its OpenAPI description."""

from __future__ import annotations


def test_measures_api_filters_and_paginates(client, ids):
    first = client.get("/api/measures", params={"limit": 2}).json()
    assert first["total"] == 4 and len(first["items"]) == 2
    second = client.get("/api/measures", params={"limit": 2, "offset": 2}).json()
    ids_seen = [m["id"] for m in first["items"] + second["items"]]
    assert len(set(ids_seen)) == 4
    texas = client.get("/api/measures", params={"state": "tx"}).json()["items"]
    assert [m["identifier"] for m in texas] == ["SB 4"]
    everything = client.get("/api/measures", params={"relevant": "false"}).json()["items"]
    assert [m["identifier"] for m in everything] == ["R2013-0100"]


def test_measure_detail_has_history_hearings_and_evidence(client, ids):
    data = client.get(f"/api/measures/{ids['chicago']}").json()
    assert data["status"] == "enacted"
    assert [a["description"] for a in data["actions"]][-1] == "Signed by Mayor"
    assert data["hearings"][0]["location"] == "City Hall, Room 201"
    assert data["why"] and data["feed_url"].endswith(f"/feeds/measure/{ids['chicago']}.atom")


def test_measure_detail_carries_each_roll_call(client, ids):
    from tests.web.seed import ROLL_CALL

    actions = client.get(f"/api/measures/{ids['chicago']}").json()["actions"]
    passed = next(a for a in actions if a["description"] == "Passed")
    assert passed["vote"] == ROLL_CALL
    assert all(a["vote"] is None for a in actions if a is not passed)


def test_missing_measure_is_json_404(client, ids):
    response = client.get("/api/measures/999999")
    assert response.status_code == 404 and response.json()["detail"]


def test_bad_filter_is_422_with_allowed_values(client, ids):
    response = client.get("/api/measures", params={"stance": "friendly"})
    assert response.status_code == 422
    assert "protective" in response.text


def test_events_api_pages_backwards_without_gaps(client, ids):
    all_events = client.get("/api/events", params={"limit": 500}).json()["items"]
    assert len(all_events) >= 5
    seen, before = [], None
    while True:
        params = {"limit": 2, **({"before": before} if before else {})}
        page = client.get("/api/events", params=params).json()
        seen += [e["uid"] for e in page["items"]]
        before = page["next_before"]
        if before is None:
            break
    assert seen == [e["uid"] for e in all_events]
    nyc = client.get("/api/events", params={"measure_id": ids["nyc"]}).json()["items"]
    assert [e["kind"] for e in nyc] == ["action", "new_measure"]


def test_places_api_counts_enacted_measures(client, ids):
    places = {p["slug"]: p for p in client.get("/api/places").json()}
    assert places["chicago-il"]["enacted_protective"] == 1
    assert places["chicago-il"]["tracked"] == 2
    assert places["texas"]["enacted_restrictive"] == 1


def test_openapi_describes_the_api(client, ids):
    spec = client.get("/openapi.json").json()
    for path in ("/api/measures", "/api/measures/{measure_id}", "/api/events", "/api/places"):
        assert path in spec["paths"]
    params = {p["name"]: p for p in spec["paths"]["/api/measures"]["get"]["parameters"]}
    assert set(params) >= {"q", "state", "place", "level", "topic", "stance", "status", "year"}
    assert "/measures" not in spec["paths"], "HTML pages stay out of the API description"
