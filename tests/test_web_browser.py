"""The dashboard in a real headless Chromium (Debian's, driven by Playwright), served by
uvicorn over the whole example corpus: what is drawn and listed must match the JSON twins."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from entente.pipeline import Coded, Pipeline
from entente.store import open_store
from entente.web.app import create_app
from tests.conftest import fill

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TOKEN = "browser-test-token"
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
# A sentence of examples/corpus/en/html/26-...: Cuba and Venezuela sign their 2026 programme.
KNOWN_EVIDENCE = "Cuba and Venezuela signed their cooperation programme for 2026 on Monday"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason=f"browser tests need Chromium at {CHROMIUM} "
                              "(apt-get install chromium)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline,
           coded_corpus: list[Coded]) -> Iterator[str]:
    """uvicorn on 127.0.0.1 and a free port, over the whole corpus; yields its base URL."""
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "corpus.duckdb"
    store = open_store(db)
    report = fill(store, coded_corpus)
    store.close()
    assert report.stored == 64 and not report.failures
    app = create_app(str(db), token=TOKEN, pipeline_factory=lambda: pipeline)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def get_json(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def dialogs() -> list[str]:
    """Messages of the script dialogs (alert, confirm) a page opened: none, ever."""
    return []


@pytest.fixture
def page(browser: Any, server: str, dialogs: list[str]) -> Iterator[Any]:
    """A fresh page in its own context; dialogs are recorded and dismissed."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    yield tab
    context.close()


def test_dyad_page_draws_the_series_and_lists_the_events(page: Any, server: str,
                                                          tmp_path: Path) -> None:
    response = page.goto(f"{server}/dyads/CUB/VEN")
    assert response.status == 200
    assert page.title().startswith("CUB–VEN")

    # the chart: one bar per (period, QuadClass) with events, counts as in the JSON twin
    series = get_json(server, "/api/dyads/CUB/VEN/series")["series"]["both"]
    expected = Counter((p["period"], q + 1, p[k]) for p in series
                       for q, k in enumerate(QUADS) if p[k])
    bars = page.eval_on_selector_all(
        "figure.dyad svg.chart rect.bar",
        "els => els.map(e => [e.dataset.period, +e.dataset.quad, +e.dataset.count])")
    assert Counter(tuple(b) for b in bars) == expected
    assert sum(b[2] for b in bars) == sum(p["events"] for p in series)
    box = page.locator("figure.dyad svg.chart").bounding_box()
    assert box is not None and box["width"] > 500 and box["height"] > 100

    # the turn towards conflict in January 2026 is marked on the chart
    shifts = page.eval_on_selector_all(
        "figure.dyad svg.chart line.shift",
        "els => els.map(e => [e.dataset.date, e.dataset.period, e.dataset.direction])")
    assert any(d.startswith("2026-01") and direction == "towards conflict"
               for d, _p, direction in shifts), shifts
    assert page.locator("figure.dyad svg.chart line.shift[data-period='2026-01-01']").count()

    # the table lists the dyad's events, as many as the API counts
    total = get_json(server, "/api/events?a=CUB&b=VEN&limit=500")["total"]
    rows = page.locator("table#events tbody tr")
    assert rows.count() == total > 20
    assert KNOWN_EVIDENCE in page.locator("table#events").inner_text()
    api_ids = [e["id"] for e in get_json(server, "/api/events?a=CUB&b=VEN&limit=500")["events"]]
    assert page.eval_on_selector_all("table#events tbody tr",
                                     "els => els.map(e => e.dataset.eventId)") == api_ids

    shot = tmp_path / "dyad.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_from_the_overview_to_a_dyad_and_an_article(page: Any, server: str) -> None:
    page.goto(server + "/")
    volume = get_json(server, "/api/overview")["volume"]
    drawn = page.eval_on_selector_all("#volume svg.chart rect.bar",
                                      "els => els.reduce((n, e) => n + +e.dataset.count, 0)")
    assert drawn == sum(p["events"] for p in volume)
    page.click("#dyads a[href='/dyads/CUB/VEN']")
    page.wait_for_url("**/dyads/CUB/VEN")
    row = page.locator("table#events tbody tr", has_text=KNOWN_EVIDENCE).first
    row.locator("a", has_text="article").click()
    page.wait_for_url("**/articles/*")
    marks = page.locator("article.source .text mark")
    assert marks.count() >= 1
    assert KNOWN_EVIDENCE in " ".join(marks.all_inner_texts())
    assert page.locator("table#events tbody tr").count() >= 1


def test_ingested_markup_is_shown_as_text_and_never_runs(page: Any, server: str,
                                                          dialogs: list[str]) -> None:
    import urllib.request as rq

    hostile = "<script>alert('xss')</script><img src=x onerror=alert('img')>"
    body = json.dumps({"text": f"Chile and Peru signed a trade agreement in Lima on Monday. "
                               f"{hostile} The deal cuts tariffs.",
                       "title": f"Deal {hostile}", "lang": "en",
                       "published": "2026-02-02"}).encode()
    request = rq.Request(f"{server}/api/articles", data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    with rq.urlopen(request, timeout=60) as response:
        created = json.loads(response.read())
    page.goto(server + created["href"])
    page.wait_for_load_state("load")
    assert dialogs == []
    assert page.locator("article.source script, article.source img").count() == 0
    assert hostile in page.locator("article.source .text").inner_text()
    assert hostile in page.locator("article.source h1").inner_text()
