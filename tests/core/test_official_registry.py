"""The bundled registry's official state sources: one entry per state, its own spider, the live
endpoint, precedence 10, the spider that `tracker crawl` loads by name."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from tracker.sources import load_sources

OFFICIAL = {
    "official-ny": (
        "nysenate",
        "NY",
        "New York",
        "api_url",
        "https://legislation.nysenate.gov/api/3",
    ),
    "official-ca": (
        "calegislature",
        "CA",
        "California",
        "base_url",
        "https://downloads.leginfo.legislature.ca.gov",
    ),
    "official-il": ("ilga", "IL", "Illinois", "base_url", "https://www.ilga.gov/ftp/legislation"),
    "official-tx": ("txlege", "TX", "Texas", "ftp_url", "ftp://ftp.legis.state.tx.us"),
}


@pytest.mark.parametrize("name", sorted(OFFICIAL))
def test_each_official_source_is_registered(name: str) -> None:
    spider, state, jurisdiction, url_arg, live = OFFICIAL[name]
    entry = {e.name: e for e in load_sources()}[name]
    assert (entry.spider, entry.state, entry.jurisdiction, entry.level) == (
        spider,
        state,
        jurisdiction,
        "state",
    )
    assert entry.args[url_arg] == live  # the live endpoint is the default for users
    assert entry.args["precedence"] == 10
    loader = SpiderLoader.from_settings(Settings({"SPIDER_MODULES": ["spiders"]}))
    spidercls = loader.load(spider)
    assert spidercls.precedence == 10
    assert spidercls.vocabulary == spider


def test_the_new_york_source_declares_its_key() -> None:
    from spiders.nysenate.spider import NYSenateSpider

    assert NYSenateSpider.requires_env == ("NYSENATE_API_KEY",)
