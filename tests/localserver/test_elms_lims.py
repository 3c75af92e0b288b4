"""The local eLMS and LIMS servers answer like the real ones: paging metadata, the offset
ceiling and bad filters as 400 with a message, unknown ids as 404."""

from __future__ import annotations

import httpx

from localserver.chicago_elms.api import ElmsAPI, ElmsState
from localserver.dc_lims.api import LimsAPI, LimsState
from localserver.server import LocalServer


def test_elms_pages_filters_and_refuses_what_elms_refuses() -> None:
    state = ElmsState.build(n_matters=150, relevant=2)
    state.offset_max = 120
    with LocalServer() as server:
        server.mount("/elms", ElmsAPI(state))
        base = server.url("/elms")
        page = httpx.get(f"{base}/matter", params={"top": 500, "skip": 100}).json()
        assert page["meta"] == {"skip": 100, "top": 100, "count": 150, "pages": 2}
        assert len(page["data"]) == 50 and "actions" not in page["data"][0]
        one = page["data"][0]
        since = one["introductionDate"].replace("+00:00", "Z")
        found = httpx.get(
            f"{base}/matter",
            params={"filter": f"introductionDate ge {since}", "sort": "introductionDate asc"},
        ).json()
        assert found["meta"]["count"] == 50 and found["data"][0]["matterId"] == one["matterId"]
        lambda_ = httpx.get(
            f"{base}/matter", params={"filter": f"actions/any(a: a/actionDate ge {since})"}
        ).json()
        assert lambda_["meta"]["count"] == 50
        too_far = httpx.get(f"{base}/matter", params={"skip": 121})
        assert too_far.status_code == 400 and "120" in too_far.json()["message"]
        bad = httpx.get(f"{base}/matter", params={"filter": "colour eq 'red'"})
        assert bad.status_code == 400 and "colour" in bad.json()["message"]
        detail = httpx.get(f"{base}/matter/{one['matterId']}").json()
        assert detail["actions"][0]["actionName"] == "Referred"
        assert httpx.get(f"{base}/matter/nope").status_code == 404


def test_lims_search_pages_the_period_and_details_follow_the_recorded_shape() -> None:
    state = LimsState.build(n_bills=30, relevant=2)
    with LocalServer() as server:
        server.mount("/lims", LimsAPI(state))
        base = server.url("/lims")
        body = {"councilPeriodId": {"ids": [26]}, "pagination": {"pageIndex": 1, "pageSize": 20}}
        page = httpx.post(f"{base}/api/Search/LegislationSearch", json=body).json()
        assert page["pagination"]["totalCount"] == 30
        assert len(page["searchResults"]["results"]) == 10
        other = {**body, "councilPeriodId": {"ids": [25]}}
        assert (
            httpx.post(f"{base}/api/Search/LegislationSearch", json=other).json()["pagination"][
                "totalCount"
            ]
            == 0
        )
        refused = httpx.post(f"{base}/api/Search/LegislationSearch", json={"searchTerm": "x"})
        assert refused.status_code == 400
        number = page["searchResults"]["results"][0]["legislationNumber"]
        detail = httpx.get(f"{base}/api/Search/GetLegislationDetails/{number}").json()
        assert detail["legislationNumber"] == number
        assert detail["legislationHistory"][0]["type"] == "Introduction"
        assert httpx.get(f"{base}/api/Search/GetLegislationDetails/B26-9999").status_code == 404
