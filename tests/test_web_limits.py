"""What the server and the report refuse (issue 17): a stranger's body, wildcards in search
words, series of thousands of years, NUL bytes and absurd dates in a POST, links that would
run script; and what the lock message says (defects 8, 9, 10, 16)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from entente.errors import StoreError
from entente.pipeline import Pipeline
from entente.records import Actor, Article
from entente.services.relations import Relations
from entente.store import EventQuery, open_store
from entente.store.base import Store
from entente.web.app import create_app
from tests.test_records import make_event
from tests.test_store import ART, locked_by_another_process
from tests.test_web_api import NEW_ARTICLE as SAMPLE
from tests.test_web_api import Client, auth

TOKEN = "limits-token"


def post_counting_reads(app: Any, headers: list[tuple[bytes, bytes]]) -> tuple[int, int]:
    """POST /api/articles straight to the ASGI app; (status, body chunks it asked for)."""
    asked, status = 0, 0

    async def receive() -> dict[str, Any]:
        nonlocal asked
        asked += 1
        return {"type": "http.request", "body": b"x" * 65536, "more_body": asked < 30}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {"type": "http", "method": "POST", "path": "/api/articles", "raw_path":
             b"/api/articles", "query_string": b"", "headers": headers, "http_version": "1.1",
             "scheme": "http", "server": ("testserver", 80), "client": ("127.0.0.1", 1),
             "root_path": "", "app": app}
    asyncio.run(app(scope, receive, send))
    return status, asked


def test_the_token_is_checked_before_a_body_is_read(tmp_path: Path) -> None:
    """Defect 16: the server read up to 2 MB of an unauthenticated POST before refusing."""
    app = create_app(str(tmp_path / "w.duckdb"), token=TOKEN)
    try:
        status, asked = post_counting_reads(app, [(b"content-type", b"application/json")])
        assert (status, asked) == (401, 0)
        status, asked = post_counting_reads(app, [(b"authorization", b"Bearer wrong")])
        assert (status, asked) == (401, 0)
    finally:
        app.state.site.close()
    read_only = create_app(str(tmp_path / "w.duckdb"))
    try:
        assert post_counting_reads(read_only, [])[0] == 403
    finally:
        read_only.state.site.close()


def test_wildcards_in_search_words_are_taken_literally(store: Store) -> None:
    """Defect 16: `%` and `_` in a search word matched every event."""
    events = [make_event(evidence="Cuba cut 50% of its oil imports from Venezuela."),
              make_event(sentence_index=3, evidence="Cuba and Venezuela signed an agreement."),
              make_event(sentence_index=4, evidence="The snake_case word list of Cuba.")]
    store.add_article(ART, events)

    def found(*words: str) -> list[str]:
        return [e.evidence for e in store.events(EventQuery(words=words, modalities=None))]

    assert found("%") == [events[0].evidence]
    assert found("_") == [events[2].evidence]
    assert found("50%") == [events[0].evidence]
    assert len(found("cuba")) == 3
    cameo = store.events(EventQuery(cameo="0_", modalities=None))
    assert cameo == []


def test_a_series_returns_a_bounded_number_of_periods(store: Store) -> None:
    """Defect 9: an event dated 0001-01-01 made each day-series of its dyad span 2,025
    years (a 468 MB answer to one request)."""
    from entente.analysis.series import MAX_PERIODS

    cub, ven = Actor("Cuba", "CUB", "CUB"), Actor("Venezuela", "VEN", "VEN")
    undated = replace(ART, published=None)
    store.add_article(undated, [make_event(source=cub, target=ven, date=date(1, 1, 1),
                                           published=None),
                                make_event(source=cub, target=ven, date=date(2026, 1, 5),
                                           published=None, sentence_index=3)])
    relation = Relations(store).relation("CUB", "VEN", "week")
    both = relation.series.points["both"]
    assert len(both) <= MAX_PERIODS and both[-1].period == date(2026, 1, 5)
    assert relation.to_dict()["periods_left_out"] > 100_000


@pytest.fixture
def writer(tmp_path: Path, pipeline: Pipeline) -> Iterator[Client]:
    app = create_app(str(tmp_path / "api.duckdb"), token=TOKEN,
                     pipeline_factory=lambda: pipeline)
    yield Client(app)
    app.state.site.close()


@pytest.mark.slow
def test_a_posted_article_with_nul_bytes_or_an_absurd_date_is_stored(writer: Client) -> None:
    """Defects 8 and 9 on the API: a NUL byte gave HTTP 500 on PostgreSQL, 9999-12-31 an
    OverflowError in the coder."""
    body = {**SAMPLE, "text": SAMPLE["text"].replace("signed", "sig\u0000ned"),
            "published": "9999-12-31"}
    response = writer.post("/api/articles", json=body, headers=auth(TOKEN))
    assert response.status_code == 201, response.text
    stored = writer.get(response.json()["href"].replace("/articles", "/api/articles")).json()
    assert "\x00" not in stored["text"] and "signed" in stored["text"]
    assert stored["published"] is None


def test_the_report_links_only_to_web_addresses_and_forbids_script(tmp_path: Path) -> None:
    """Defect 10: the offline report linked javascript: and vbscript: addresses (dialogs
    opened on click); it now follows the dashboard's rule and carries a policy."""
    from entente.render.report import render_report
    from entente.vocabulary import safe_url

    hostile = ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "vbscript:msgbox(1)",
               "data:text/html,<script>alert(1)</script>", "\x01javascript:alert(1)",
               "java\tscript:alert(1)", "https:javascript:alert(1)", "//evil.example/x",
               'https://ok.example/a" onclick="alert(1)']
    assert [safe_url(u) for u in hostile][:-1] == [None] * (len(hostile) - 1)
    with open_store(tmp_path / "r.duckdb") as store:
        cub, ven = Actor("Cuba", "CUB", "CUB"), Actor("Venezuela", "VEN", "VEN")
        for i, url in enumerate(hostile * 2):
            article = Article(id=f"h{i}", text=f"text {i}", url=url, outlet=f"Outlet {i}",
                              published=date(2026, 1, 1 + i % 20), lang="en",
                              content_hash=f"h{i}")
            store.add_article(article, [make_event(
                article_id=article.id, source=cub if i % 2 else ven, target=ven if i % 2
                else cub, goldstein=-8.0 if i > 9 else 7.0, date=article.published,
                published=article.published)])
        html = render_report(Relations(store).report())
    lowered = unescape(html).lower()
    for scheme in ("javascript:", "vbscript:", "data:text"):
        assert f'href="{scheme}' not in lowered and f"href='{scheme}" not in lowered
    assert '" onclick="' not in html  # quotes in an address stay inside its attribute
    assert '<meta http-equiv="content-security-policy"' in lowered
    assert "default-src 'none'" in lowered and "<script" not in html.lower()


def test_the_lock_message_names_the_holder_and_its_command(tmp_path: Path) -> None:
    """Defect 16: the message read "process 26946).)." and missed the holder's command."""
    path = tmp_path / "locked.duckdb"
    with locked_by_another_process(path) as holder:
        with pytest.raises(StoreError) as info:
            open_store(path)
        msg = str(info.value)
        assert f"(process {holder.pid}: {sys.executable} -c import duckdb" in msg, msg
        assert ").)" not in msg and "\n" not in msg


def test_a_statement_past_the_time_limit_is_stopped(tmp_path: Path) -> None:
    """Defect 17: nothing bounded a request; one dear query held its connection and every
    client queued behind it. A read statement now stops at the store's time limit."""
    import time

    with open_store(tmp_path / "t.duckdb", query_timeout=0.3) as store:
        started = time.monotonic()
        with pytest.raises(StoreError, match="took longer than"):
            store._execute("SELECT count(*) FROM range(100000000000) a")
        assert time.monotonic() - started < 5
        assert store.counts() == (0, 0)  # and the connection still serves


def test_statements_are_timed_by_one_thread_not_one_each(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement's time limit started a threading.Timer per query, a thread start and
    end each time (some 70 a second in the load benchmark); one watchdog thread now keeps
    every statement's deadline, and still stops the one that runs past it."""
    import threading

    started: list[str] = []
    real_start = threading.Thread.start

    def counted(thread: threading.Thread) -> None:
        started.append(thread.name)
        real_start(thread)

    monkeypatch.setattr(threading.Thread, "start", counted)
    with open_store(tmp_path / "w.duckdb", query_timeout=0.3) as store:
        for _ in range(30):
            assert store.counts() == (0, 0)
        assert started == ["entente-watchdog"], started
        with pytest.raises(StoreError, match="took longer than"):
            store._execute("SELECT count(*) FROM range(100000000000) a")
        for _ in range(5):  # the interrupt reached that statement, not the next ones
            assert store.counts() == (0, 0)
        assert started == ["entente-watchdog"], started
        watchdog = store.watchdog  # type: ignore[attr-defined]
        assert watchdog.interrupted == 1 and watchdog.running
    assert not watchdog.running  # closed with the store


def test_repeated_gets_are_answered_per_store_revision(tmp_path: Path) -> None:
    """Defect 17: every request ran its queries under load; an answer is now kept until
    the store changes, and a change is seen at once."""
    path = tmp_path / "c.duckdb"
    with open_store(path) as store:
        store.add_article(ART, [make_event()])
    app = create_app(str(path), token=TOKEN)
    client = Client(app)
    try:
        first = client.get("/api/events?modality=all").json()
        calls = []
        real = app.state.site.store.event_page
        app.state.site.store.event_page = lambda q: calls.append(q) or real(q)
        assert client.get("/api/events?modality=all").json() == first and calls == []
        app.state.site.store.add_article(replace(ART, id="a2", content_hash="h2"),
                                         [make_event(article_id="a2")])
        again = client.get("/api/events?modality=all").json()
        assert again["total"] == first["total"] + 1 and calls
    finally:
        app.state.site.close()


def test_the_health_check_waits_for_no_connection(tmp_path: Path) -> None:
    """The health check once queried the store, so it waited behind dear requests for a
    pooled connection: with every connection held it now still answers, from counts kept
    in the background."""
    import threading

    from entente.store.base import POOL_SIZE

    path = tmp_path / "h.duckdb"
    with open_store(path) as store:
        store.add_article(ART, [make_event()])
    app = create_app(str(path))
    client = Client(app)
    store = app.state.site.store
    release = threading.Event()
    held = threading.Barrier(POOL_SIZE + 1)

    def hold() -> None:
        with store.pool.connection():
            held.wait()
            release.wait(30)

    threads = [threading.Thread(target=hold) for _ in range(POOL_SIZE)]
    try:
        for t in threads:
            t.start()
        held.wait(30)  # every connection is lent out
        answers: list[Any] = []
        asking = threading.Thread(target=lambda: answers.append(client.json("/api/health")))
        asking.start()
        asking.join(10)  # a bound, not a timing: without its counts it waits 30 s here
        assert answers, "the health check waited for a connection"
        health = answers[0]
        assert (health["status"], health["articles"], health["events"]) == ("ok", 1, 1)
    finally:
        release.set()
        for t in threads:
            t.join()
        app.state.site.close()


def test_the_health_probe_is_answered_before_the_app(tmp_path: Path) -> None:
    """The health check is answered by the outermost layer, so it waits for nothing the app
    does (routing, dependencies, a worker thread): with the app behind it stuck it still
    answers, with the route's JSON and the security headers; when the last count failed it
    leaves the answer (503, the shared error shape) to the app."""
    from entente.web.middleware import SECURITY_HEADERS, ProbeFirst

    path = tmp_path / "p.duckdb"
    with open_store(path) as store:
        store.add_article(ART, [make_event()])
    app = create_app(str(path))
    site = app.state.site
    try:
        expected = site.health()
        assert Client(app).json("/api/health") == expected
        assert (expected["status"], expected["articles"], expected["events"]) == ("ok", 1, 1)

        async def stuck(scope: Any, receive: Any, send: Any) -> None:
            await asyncio.Event().wait()  # never set: an app that never answers

        probe = ProbeFirst(stuck, path="/api/health", probe=site.health)
        response = asyncio.run(asyncio.wait_for(_get(probe, "/api/health"), 10))
        assert response.status_code == 200 and response.json() == expected
        assert all(response.headers[k.decode()] == v.decode() for k, v in SECURITY_HEADERS)
        with pytest.raises(TimeoutError):  # any other path goes to the app
            asyncio.run(asyncio.wait_for(_get(probe, "/api/overview"), 0.2))

        site.store_error = "the store could not be read: disk gone"
        failed = Client(app).get("/api/health")
        assert failed.status_code == 503
        assert "disk gone" in failed.json()["error"]["message"]
    finally:
        site.close()


async def _get(app: Any, path: str) -> Any:
    import httpx

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://testserver") as client:
        return await client.get(path)


def test_serving_freezes_start_up_for_the_collector() -> None:
    """`entente serve` tunes the interpreter once the app is made: threads switch every
    half millisecond, what start-up made is never scanned by the collector again, and young
    objects are collected less often (app.py says why)."""
    import gc

    from entente.web.app import GC_THRESHOLDS, tune_interpreter

    before = gc.get_threshold(), sys.getswitchinterval()
    try:
        tune_interpreter()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == GC_THRESHOLDS
        assert sys.getswitchinterval() == pytest.approx(0.0005)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before[0])
        sys.setswitchinterval(before[1])
