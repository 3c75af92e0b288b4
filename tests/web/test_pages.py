"""The pages people read, over a database seeded through the real store path."""

from __future__ import annotations

from lxml import html as lxml_html

from storage.web import MeasureQuery, search_measures
from tests.seeding import make_item, store_raw
from tracker.web.params import PAGE_SIZE


def doc(response):  # noqa: ANN001, ANN201
    assert response.status_code == 200, response.text[:500]
    return lxml_html.fromstring(response.text)


def texts(tree, xpath: str) -> list[str]:  # noqa: ANN001
    return [" ".join(e.text_content().split()) for e in tree.xpath(xpath)]


def test_latest_changes_lists_newest_events_first_with_feed_links(client, ids):
    tree = doc(client.get("/"))
    events = texts(tree, "//ol[@class='events']/li")
    # The NYC hearing was stored last, so it is the newest change.
    assert "Int 0214-2024" in events[0] and "Hearing Held" in events[0]
    assert not any("wildlife" in e.lower() for e in events), "untracked measures make no events"
    feeds = tree.xpath("//a[contains(@class,'feed')]/@href")
    assert "/feeds/events.atom" in feeds


def test_latest_changes_filter_by_state_narrows_and_matching_feed_follows(client, ids):
    tree = doc(client.get("/?state=TX"))
    events = texts(tree, "//ol[@class='events']/li")
    assert events and all("Texas" in e for e in events)
    assert "/feeds/events.atom?state=TX" in tree.xpath("//a[contains(@class,'feed')]/@href")
    feed = client.get("/feeds/events.atom?state=TX")
    assert feed.status_code == 200 and b"<feed" in feed.content and b"SB 4" in feed.content


def test_search_finds_words_in_title_summary_and_identifier(client, ids):
    def found(q: str) -> list[str]:
        return texts(doc(client.get("/measures", params={"q": q})), "//a[@class='measure-link']")

    assert any("O2012-4984" in t for t in found("welcoming"))  # title
    assert any("SB 4" in t for t in found("penalizes officials"))  # summary, two words
    assert any("Int 0214-2024" in t for t in found("int 0214"))  # identifier, any case
    assert found("welcoming 287(g)") == []  # every word must match
    assert found("100%_") == []  # LIKE wildcards are literal


def test_filters_and_sorting(client, ids):
    def listed(**params) -> list[str]:
        tree = doc(client.get("/measures", params=params))
        return [t.split()[0] for t in texts(tree, "//a[@class='measure-link']/strong")]

    assert listed(state="TX") == ["SB"]
    assert set(listed(status="enacted")) == {"O2012-4984", "SB"}
    assert listed(stance="restrictive") == ["SB"]
    assert listed(topic="287g", place="new-york-city-ny") == ["Int"]
    assert listed(level="state") == ["SB"]
    assert listed(year="2017") == ["SB"]
    assert "R2013-0100" not in listed(), "measures found not relevant stay out of the list"
    by_latest = listed()
    assert by_latest[0] == "Int"  # latest action 2024
    # Titles: "<script>…", "A Local Law…", "Relating to…", "Welcoming City…"
    assert listed(sort="title") == ["O2013-0001", "Int", "SB", "O2012-4984"]
    # These items carry no introduced date, so that order falls back to the newest stored first.
    assert listed(sort="introduced") == ["O2013-0001", "Int", "SB", "O2012-4984"]


def test_unknown_filter_value_is_a_clear_400(client, ids):
    response = client.get("/measures", params={"stance": "friendly"})
    assert response.status_code == 400
    assert "Unknown stance" in response.text and "protective" in response.text


def test_pagination_walks_every_result_once(client, app, ids):
    extra = [
        make_item(identifier=f"O2015-{i:04d}", platform_id=f"p{i}", session="2015")
        for i in range(PAGE_SIZE + 3)
    ]
    store_raw(app.state.engine, *extra)
    _, total = search_measures(app.state.engine, MeasureQuery(), 1)
    seen: list[str] = []
    page = 1
    while True:
        tree = doc(client.get("/measures", params={"page": page}))
        seen += tree.xpath("//a[@class='measure-link']/@href")
        if not tree.xpath("//a[@rel='next']"):
            break
        page += 1
    assert page == -(-total // PAGE_SIZE) > 1
    assert len(seen) == len(set(seen)) == total


def test_measure_page_shows_ladder_history_hearing_votes_and_evidence(client, ids):
    tree = doc(client.get(f"/measures/{ids['chicago']}"))
    assert "Welcoming City Ordinance" in texts(tree, "//h1")[0]
    current = texts(tree, "//ol[@class='ladder']/li[@aria-current='step']")
    assert current == ["Enacted"]
    assert len(tree.xpath("//ol[@class='ladder']/li[contains(@class,'done')]")) == 6
    timeline = texts(tree, "//ol[@class='timeline']/li")
    assert "Signed by Mayor" in timeline[-1] and "Introduced" in timeline[0]
    assert "Passage vote" in timeline[3] and not [t for t in timeline if "Unknown" in t]
    ahead = texts(tree, "//section[@class='hearings']/ul/li")
    assert ahead and "City Hall, Room 201" in ahead[0]
    provisions = texts(tree, "//section[@class='provisions']//li")
    assert any("judicial warrant" in p for p in provisions)
    assert texts(tree, "//section[@class='evidence']//li"), "the classifier's evidence is shown"
    links = tree.xpath("//p[@class='links']/a/@href")
    assert "https://chicago.legistar.com/View.ashx?M=F&ID=1001" in links
    assert f"/feeds/measure/{ids['chicago']}.atom" in links


def test_measure_page_shows_each_members_vote_and_the_tally(client, ids):
    tree = doc(client.get(f"/measures/{ids['chicago']}"))
    (vote,) = [v for v in texts(tree, "//section[@class='votes']/ul/li") if "Passed" in v]
    assert "Passed 2 yes, 1 no, 1 other" in " ".join(vote.split())
    rows = [
        [cell.text_content().strip() for cell in row.xpath("td")]
        for row in tree.xpath("//section[@class='votes']//details[@class='roll-call']//tbody/tr")
    ]
    assert rows == [
        ["Moreno, Proco Joe", "yes"],
        ["Burke, Edward M.", "yes"],
        ["Balcer, James A.", "no"],
        ["Cochran, Willie B.", "absent"],
    ]


def test_measure_page_votes_from_action_text(client, ids):
    tree = doc(client.get(f"/measures/{ids['nyc']}"))
    votes = texts(tree, "//section[@class='votes']//li")
    assert votes and "7 Affirmative, 1 Negative" in votes[0]
    assert texts(tree, "//ol[@class='ladder']/li[@aria-current='step']") == ["In committee"]


def test_measure_feed_link_is_a_feed_of_that_measure(client, ids):
    response = client.get(f"/feeds/measure/{ids['nyc']}.atom")
    assert response.status_code == 200
    assert b"Int 0214-2024" in response.content and b"SB 4" not in response.content


def test_missing_measure_and_place_are_404_pages(client, ids):
    assert client.get("/measures/999999").status_code == 404
    assert client.get("/places/nowhere").status_code == 404
    assert "There is no page" in client.get("/no/such/page").text


def test_place_page_lists_its_measures_only(client, ids):
    tree = doc(client.get("/places/chicago-il"))
    assert texts(tree, "//h1") == ["Chicago, IL"]
    body = tree.text_content()
    assert "O2012-4984" in body and "SB 4" not in body
    assert "/feeds/events.atom?place=chicago-il" in tree.xpath("//a/@href")


def test_map_shows_enacted_counts_per_state_and_links_into_lists(client, ids):
    tree = doc(client.get("/map"))
    states = {
        a.get("data-state"): a
        for a in tree.xpath("//svg//a[contains(concat(' ', @class, ' '), ' state ')]")
    }
    assert len(states) == 52  # 50 states, DC, Puerto Rico
    for code, link in states.items():
        assert link.get("href") == f"/measures?state={code}&status=enacted"
        assert link.xpath("title") and link.get("aria-label", "").startswith(link.get("data-name"))
        shape = link.xpath("*[contains(@class, 'shape')]")
        assert len(shape) == 1, code
        if code == "PR":  # not in the Albers layout: a labelled square
            assert shape[0].tag == "rect"
        else:
            assert shape[0].tag == "path" and shape[0].get("d").startswith("M"), code
    assert "tone-protective" in states["IL"].get("class")
    assert states["IL"].get("data-protective") == "1"
    assert "tone-restrictive" in states["TX"].get("class")
    assert "tone-none" in states["WY"].get("class")
    assert "▲0 ▼1" in states["TX"].text_content()
    assert states["DC"].xpath("rect[@class='callout']") and states["DC"].xpath("line")
    href = states["TX"].get("href")
    listed = texts(doc(client.get(href)), "//a[@class='measure-link']")
    assert len(listed) == 1 and "SB 4" in listed[0]
    points = {a.get("data-name"): a for a in tree.xpath("//svg//a[contains(@class,'point')]")}
    chicago = points["Chicago, IL"]
    assert chicago.get("href").startswith("/measures?place=") and "&status=enacted" in chicago.get(
        "href"
    )
    cx, cy = (float(v) for v in chicago.xpath("circle/@cx | circle/@cy"))
    assert 620 < cx < 650 and 215 < cy < 240  # north-east Illinois, where Chicago is
    # New York City has no coordinates in the seed: no dot, but it is still in the table.
    assert "New York City, NY" not in points
    assert "New York City, NY" in " ".join(texts(tree, "//table[@class='states']//td"))
    assert tree.xpath("//script/@src") == ["/static/map.js"]
    assert not tree.xpath("//*[@style]")


def test_compare_puts_enacted_measures_side_by_side_by_provision(client, ids):
    tree = doc(client.get("/compare"))
    rows = texts(tree, "//table[@class='compare']/tbody/tr/th")
    assert len(rows) == 2 and any("O2012-4984" in r for r in rows)
    columns = texts(tree, "//table[@class='compare']/thead/tr/th[@class='provision']")
    assert any("judicial warrant" in c for c in columns)
    assert any("honor ICE detainers" in c for c in columns)
    pending = texts(doc(client.get("/compare?pending=1")), "//table[@class='compare']/tbody/tr/th")
    assert any("Int 0214-2024" in r for r in pending)
    only_protective = texts(
        doc(client.get("/compare?stance=protective")), "//table[@class='compare']/tbody/tr/th"
    )
    assert len(only_protective) == 1


def test_status_page_shows_each_sources_last_success_and_error(client, ids):
    tree = doc(client.get("/status"))
    rows = {r.split()[0]: r for r in texts(tree, "//table[@class='sources']/tbody/tr")}
    assert "HTTP 503 from <capitol.texas.gov>" in rows["texas-legislature"]
    assert "12 seen" in rows["texas-legislature"]
    assert "never" in rows["texas-legislature"]
    assert "never" not in rows["chicago-legistar"]


def test_latest_changes_filter_by_kind_links_the_same_feed(client, ids):
    tree = doc(client.get("/?kind=new_measure&state=NY"))
    events = texts(tree, "//ol[@class='events']/li")
    assert len(events) == 1 and "Now tracked" in events[0]
    feed = "/feeds/events.atom?state=NY&kind=new_measure"
    assert feed in tree.xpath("//a[contains(@class,'feed')]/@href")
    assert client.get(feed).status_code == 200
