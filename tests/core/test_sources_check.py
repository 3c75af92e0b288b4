"""`tracker sources-check` against the local server: one cheap request per source, which answer
in their platform's shape, which do not (a wrong client, a server error), and which are skipped
(a token not set); the exit code says whether any failed."""

from __future__ import annotations

from datetime import date

from localserver.chicago_elms.api import ElmsAPI, ElmsState
from localserver.dc_lims.api import LimsAPI, LimsState
from localserver.legistar.corpus import build_client
from localserver.legistar.mirror import LegistarMirror
from tests.e2e.crawling import run_tracker


def entry(name: str, spider: str, **args: str) -> str:
    lines = "".join(f'{k} = "{v}"\n' for k, v in args.items())
    return (
        f'[[sources]]\nname = "{name}"\nspider = "{spider}"\njurisdiction = "{name}"\n'
        f'level = "city"\nstate = "IL"\n[sources.args]\n{lines}\n'
    )


def test_each_live_endpoint_is_tried_once(tmp_path, sqlite_url, monkeypatch) -> None:
    clients = {"testville": build_client("testville", n_matters=50, relevant=2, today=date.today())}
    with LegistarMirror(clients) as server:
        server.mount("/elms", ElmsAPI(ElmsState.build(n_matters=20, relevant=1)))
        server.mount("/lims", LimsAPI(LimsState.build(n_bills=10, relevant=1)))
        server.faults.add(r"^/elms-broken/", "500", times=None)
        server.mount("/elms-broken", ElmsAPI(ElmsState.build(n_matters=5, relevant=0)))
        registry = tmp_path / "sources.toml"
        registry.write_text(
            entry("testville", "legistar", client="testville", api_url=server.base_url)
            + entry("nowhere", "legistar", client="nowhere", api_url=server.base_url)
            + entry("chicago-elms", "chicago_elms", api_url=server.url("/elms"))
            + entry("dc-council", "dc_lims", api_url=server.url("/lims"))
            + entry("broken-elms", "chicago_elms", api_url=server.url("/elms-broken"))
            + entry(
                "tokened",
                "legistar",
                client="testville",
                api_url=server.base_url,
                token_env="TEST_UNSET_TOKEN",
            )
        )
        monkeypatch.delenv("TEST_UNSET_TOKEN", raising=False)
        done = run_tracker(tmp_path, registry, sqlite_url, "sources", "--check")
        requests = list(server.requests)
        server.requests.clear()
        # The older spelling says the same.
        again = run_tracker(tmp_path, registry, sqlite_url, "sources-check")
        assert again.stdout == done.stdout and len(server.requests) == len(requests)

    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert lines["testville"].startswith("ok: HTTP 200")
    assert lines["chicago-elms"].startswith("ok: HTTP 200")
    assert lines["dc-council"].startswith("ok: HTTP 200")
    assert lines["nowhere"].startswith("NO ANSWER: HTTP 400")
    assert "LegistarConnectionString" in lines["nowhere"]
    assert lines["broken-elms"].startswith("NO ANSWER: HTTP 500")
    assert lines["tokened"].startswith("skipped: set TEST_UNSET_TOKEN")
    assert "3 answered, 2 did not, 1 skipped" in done.stdout
    assert done.returncode == 1
    # One request each (the 500 is not retried: a check, not a crawl).
    assert [m for m, _ in requests].count("POST") == 1
    assert len(requests) == 5
    assert any(t.startswith("/v1/testville/matters?%24top=1") for _, t in requests)
