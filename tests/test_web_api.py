"""The REST API and the dashboard pages, in-process (httpx's ASGI transport), over a store
of the bundled corpus coded with the real Pipeline."""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from entente.pipeline import Coded, Pipeline
from entente.records import UNNAMED
from entente.store import EventQuery, open_store
from entente.vocabulary import safe_url
from entente.web.app import create_app
from tests.conftest import fill

pytestmark = pytest.mark.slow

TOKEN = "test-token-0123456789"
HOSTILE = "<script>alert(1)</script>"
NEW_ARTICLE = {
    "text": ("Chile and Peru signed a new trade agreement in Lima on Monday, officials of both "
             "governments said.\n\nThe deal cuts tariffs on copper and fruit."),
    "title": "Chile and Peru sign trade deal", "published": "2026-02-02",
    "outlet": "Andes Wire", "lang": "en", "url": "https://andes.example/chile-peru"}


class Client:
    """A synchronous face on httpx's ASGI transport: each call runs the app in-process."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport,
                                         base_url="http://testserver") as client:
                return await client.request(method, url, **kwargs)

        return asyncio.run(go())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def json(self, url: str) -> Any:
        response = self.get(url)
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture(scope="module", params=["duckdb", "postgres"])
def corpus_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
              coded_corpus: list[Coded]) -> Iterator[str]:
    """A database of the whole example corpus, closed, to be copied for each app: a DuckDB
    file, or a PostgreSQL database used as a template."""
    if request.param == "duckdb":
        location = str(tmp_path_factory.mktemp("web") / "corpus.duckdb")
    else:
        location = next(pg_databases.create())
    store = open_store(location)
    report = fill(store, coded_corpus)
    store.close()
    assert report.stored == 64 and not report.failures
    yield location
    if request.param == "postgres":
        pg_databases.drop(location)


class pg_databases:  # noqa: N801 - a small namespace of helpers
    @staticmethod
    def create(template: str | None = None) -> Iterator[str]:
        import uuid
        from urllib.parse import urlsplit, urlunsplit

        import psycopg

        from tests.conftest import PG_ADMIN

        if not PG_ADMIN:
            pytest.skip("PostgreSQL tests need ENTENTE_TEST_PG (set by .ci/run)")
        name = f"entente_web_{uuid.uuid4().hex[:12]}"
        clause = f" TEMPLATE {urlsplit(template).path.lstrip('/')}" if template else ""
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}{clause}")
        yield urlunsplit(urlsplit(PG_ADMIN)._replace(path=f"/{name}"))

    @staticmethod
    def drop(url: str) -> None:
        from urllib.parse import urlsplit

        import psycopg

        from tests.conftest import PG_ADMIN

        assert PG_ADMIN
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {urlsplit(url).path.lstrip('/')} "
                          "WITH (FORCE)")


def copy_of(corpus_db: str, folder: Path) -> str:
    """A fresh copy of the corpus database for one app."""
    if corpus_db.startswith("postgresql"):
        return next(pg_databases.create(template=corpus_db))
    copy = folder / f"copy-{len(list(folder.glob('copy-*')))}.duckdb"
    shutil.copy(corpus_db, copy)
    return str(copy)


@pytest.fixture(scope="module")
def client(corpus_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """A read-only app (no token) over the corpus."""
    location = copy_of(corpus_db, tmp_path_factory.mktemp("ro"))
    app = create_app(location)
    yield Client(app)
    app.state.site.close()
    if location.startswith("postgresql"):
        pg_databases.drop(location)


@pytest.fixture
def writer(corpus_db: str, tmp_path: Path, pipeline: Pipeline) -> Iterator[Client]:
    """An app with a token over a fresh copy of the corpus database."""
    location = copy_of(corpus_db, tmp_path)
    app = create_app(location, token=TOKEN, pipeline_factory=lambda: pipeline)
    yield Client(app)
    app.state.site.close()
    if location.startswith("postgresql"):
        pg_databases.drop(location)


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The one error shape: {"error": {"code", "message", "detail"}}, nothing else."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    error: dict[str, Any] = body["error"]
    return error


# -- description and health ------------------------------------------------------------


def test_openapi_lists_the_endpoints_and_docs_need_no_cdn(client: Client) -> None:
    spec = client.json("/openapi.json")
    paths = spec["paths"]
    for path in ("/api/health", "/api/overview", "/api/events", "/api/dyads",
                 "/api/dyads/{a}/{b}", "/api/dyads/{a}/{b}/series", "/api/shifts",
                 "/api/actors/resolve", "/api/actors/{code}", "/api/articles/{article_id}",
                 "/api/articles", "/api/quotes"):
        assert path in paths, path
    assert "post" in paths["/api/articles"]
    assert not any(p.startswith(("/dyads", "/search")) for p in paths)  # pages are not API
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"actor", "a", "b", "directed", "cameo", "root", "since", "until", "text", "q",
            "modality", "limit", "offset", "sort"} <= params
    error_schema = paths["/api/events"]["get"]["responses"]["422"]["content"][
        "application/json"]["schema"]
    assert error_schema["$ref"].endswith("/ErrorResponse")
    # an event's schema is derived from the Event record's fields
    page = spec["components"]["schemas"]["EventPageOut"]["properties"]["events"]["items"]
    assert {"doc_id", "span", "source", "cameo", "modality", "intended"} <= set(
        page["properties"])
    assert page["properties"]["modality"]["enum"][0] == "asserted"
    # Swagger UI and ReDoc load scripts from a CDN: they are off
    assert client.get("/docs").status_code == 404


def test_health_reports_the_store(client: Client) -> None:
    health = client.json("/api/health")
    assert health["status"] == "ok"
    assert health["articles"] == 64 and health["events"] > 200
    assert health["writes"] is False


# -- events: filters and paging --------------------------------------------------------


def test_event_filters(client: Client) -> None:
    def events(query: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = client.json(f"/api/events?limit=500&{query}")["events"]
        return found

    def sides(e: dict[str, Any]) -> list[str]:
        return [s["code"] or "" for s in (e["source"], e["target"]) if s]

    cub = events("actor=cub")
    assert cub and all(any(c.startswith("CUB") for c in sides(e)) or "CUB" in (
        e["source"]["country"], (e["target"] or {}).get("country")) for e in cub)
    both_ways = events("a=VEN&b=CUB")
    directed = events("a=VEN&b=CUB&directed=true")
    assert 0 < len(directed) < len(both_ways)
    assert all(e["source"]["code"].startswith("VEN") for e in directed)
    assert all(e["cameo"].startswith("04") for e in events("cameo=04"))
    assert all(e["root"] == "17" for e in events("root=17")) and events("root=17")
    window = events("since=2026-01-01&until=2026-01-31")
    assert window and all("2026-01-01" <= (e["date"] or e["published"]) <= "2026-01-31"
                          for e in window)
    doctors = events("q=Cuban+doctors")
    assert doctors and all("cuban" in e["evidence"].lower() and "doctors" in
                           e["evidence"].lower() for e in doctors)
    assert {e["id"] for e in events("text=Cuban&text=doctors")} == {e["id"] for e in doctors}
    happened = events("")
    assert {e["modality"] for e in happened} <= {"asserted", "reported"}
    negated = events("modality=negated")
    assert negated and {e["modality"] for e in negated} == {"negated"}
    assert len(events("modality=all")) > len(happened)


def test_paging_and_sorting(client: Client) -> None:
    everything = client.json("/api/events?a=CUB&b=VEN&limit=500")
    total = everything["total"]
    assert total == len(everything["events"]) > 10
    ids = [e["id"] for e in everything["events"]]
    pages: list[str] = []
    url: str | None = "/api/events?a=CUB&b=VEN&limit=7"
    while url:
        page = client.json(url)
        assert page["total"] == total and len(page["events"]) <= 7
        pages += [e["id"] for e in page["events"]]
        url = page["next"]
    assert pages == ids
    newest = client.json("/api/events?a=CUB&b=VEN&limit=500&sort=-date")
    assert [e["id"] for e in newest["events"]] == ids[::-1]
    dates = [e["date"] or e["published"] for e in newest["events"]]
    dated = [d for d in dates if d is not None]
    assert dates == dated + [None] * (len(dates) - len(dated))  # undated events last
    assert dated == sorted(dated, reverse=True)
    last = client.json(f"/api/events?a=CUB&b=VEN&limit=5&offset={total - 2}")
    assert len(last["events"]) == 2 and last["next"] is None and last["previous"]


@pytest.mark.parametrize("query", ["limit=501", "limit=0", "offset=-1", "sort=date_desc"])
def test_page_limits_are_enforced(client: Client, query: str) -> None:
    error = assert_error(client.get(f"/api/events?{query}"), 422, "invalid_request")
    assert error["detail"][0]["loc"] == ["query", query.split("=")[0]]
    assert query.split("=")[0] in error["message"]


# -- the one error shape ---------------------------------------------------------------


@pytest.mark.parametrize(("url", "status", "code"), [
    ("/api/no-such-thing", 404, "not_found"),
    ("/api/articles/0000000000000000", 404, "not_found"),
    ("/api/events?since=2026-13-01", 422, "invalid_request"),
    ("/api/events?since=1767225600", 422, "invalid_request"),  # a timestamp, not a date
    ("/api/events?until=2026-01-01&since=2026-02-01", 422, "invalid_request"),
    ("/api/events?a=CUB", 422, "invalid_request"),
    ("/api/events?actor=VEN%27%20OR%201=1--", 422, "invalid_request"),
    ("/api/events?cameo=abc", 422, "invalid_request"),
    ("/api/events?modality=maybe", 422, "invalid_request"),
    ("/api/dyads/CUB/VEN/series?period=year", 422, "invalid_request"),
    ("/api/dyads/CUBA/VEN/series", 422, "invalid_request"),
    ("/api/actors/resolve", 422, "invalid_request"),
    ("/api/actors/resolve?text=Cuba&lang=fr", 422, "invalid_request"),
    ("/api/shifts?a=CUB", 422, "invalid_request"),
])
def test_errors_share_one_shape(client: Client, url: str, status: int, code: str) -> None:
    assert_error(client.get(url), status, code)


def test_method_not_allowed_has_the_shape_too(client: Client) -> None:
    assert_error(client.request("DELETE", "/api/events"), 405, "method_not_allowed")


def test_pages_show_errors_as_html_with_the_same_code(client: Client) -> None:
    for url, status, code in (("/no-such-page", 404, "not_found"),
                              ("/articles/0000000000000000", 404, "not_found"),
                              ("/dyads/CUB/VEN?limit=9999", 422, "invalid_request")):
        response = client.get(url)
        assert response.status_code == status
        assert response.headers["content-type"].startswith("text/html")
        assert f'data-error-code="{code}"' in response.text


# -- dyads, series, shifts -------------------------------------------------------------


def test_dyads_and_series_each_way_and_both(client: Client) -> None:
    dyads = client.json("/api/dyads")["dyads"]
    assert dyads[0]["a"] == "CUB" and dyads[0]["b"] == "VEN"
    assert client.json("/api/dyads?min_events=10")["dyads"] == [
        d for d in dyads if d["events"] >= 10]
    for period in ("day", "week", "month", "quarter"):
        series = client.json(f"/api/dyads/CUB/VEN/series?period={period}")
        assert series["period"] == period and set(series["series"]) == {"a->b", "b->a", "both"}
        fwd, back, both = (series["series"][d] for d in ("a->b", "b->a", "both"))
        assert len(fwd) == len(back) == len(both) > 0
        for f, b, t in zip(fwd, back, both, strict=True):
            assert f["period"] == b["period"] == t["period"]
            assert f["events"] + b["events"] == t["events"]
            assert t["events"] == sum(t[k] for k in ("verbal_cooperation",
                                                     "material_cooperation",
                                                     "verbal_conflict", "material_conflict"))
    assert sum(p["events"] for p in both) == dyads[0]["events"]
    twin = client.json("/api/dyads/cub/ven?period=quarter")
    assert twin["series"] == client.json("/api/dyads/CUB/VEN/series?period=quarter")["series"]
    assert twin["events"]["total"] == client.json("/api/events?a=CUB&b=VEN")["total"]


def test_a_dyads_events_are_the_pages_of_a_plain_query(client: Client) -> None:
    """The dyad's page of events (one statement in the store) against LIMIT/OFFSET over
    the whole order, every page both ways, and its total against a plain count."""
    from entente.store.queries import select_events

    store = client.app.state.site.store
    plain = EventQuery(dyad=("CUB", "VEN"), limit=None)
    total = store.count_events(plain)
    assert total > 7
    for sort, descending in (("date", False), ("-date", True)):
        sql, params = select_events(replace(plain, descending=descending))
        ids = [r[0] for r in store._execute(sql, params).rows]
        for offset in range(0, total + 7, 7):
            got = client.json(f"/api/dyads/CUB/VEN?limit=7&offset={offset}&sort={sort}")
            assert got["events"]["total"] == total
            assert [e["id"] for e in got["events"]["events"]] == ids[offset:offset + 7]


def test_shifts_come_with_their_drivers_and_articles(client: Client) -> None:
    shifts = client.json("/api/shifts")["shifts"]
    turn = [s for s in shifts if (s["a"], s["b"]) == ("CUB", "VEN")
            and s["direction"] == "towards conflict"]
    assert turn and "2025-12-01" <= turn[0]["date"] <= "2026-02-28"
    for driver in turn[0]["drivers"]:
        assert driver["evidence"] and driver["goldstein"] < turn[0]["before"]
        article = driver["article"]
        assert article["id"] == driver["doc_id"] and article["href"] == f"/articles/{article['id']}"
        assert client.get(article["href"]).status_code == 200
    one = client.json("/api/shifts?a=VEN&b=CUB")["shifts"]
    assert [(s["date"], s["delta"]) for s in one] == [
        (s["date"], s["delta"]) for s in shifts if (s["a"], s["b"]) == ("CUB", "VEN")]
    assert client.json("/api/shifts?min_delta=20")["shifts"] == []


# -- actors and articles ---------------------------------------------------------------


def test_resolving_a_mention_says_how(client: Client) -> None:
    doctors = client.json("/api/actors/resolve?text=Cuban%20doctors")
    assert doctors["resolved"] and doctors["code"] == "CUBHLH"
    assert doctors["country"] == "CUB" and "Cuban" in doctors["how"]
    maduro = client.json("/api/actors/resolve?text=Nicol%C3%A1s%20Maduro&date=2025-06-01")
    assert maduro["code"] == "VENGOV" and maduro["kb_id"] and maduro["date"] == "2025-06-01"
    spanish = client.json("/api/actors/resolve?text=los%20m%C3%A9dicos%20cubanos&lang=es")
    assert spanish["code"] == "CUBHLH"
    nothing = client.json("/api/actors/resolve?text=qwzx")
    assert not nothing["resolved"] and nothing["code"] is None and nothing["how"]


def test_actor_lists_its_events(client: Client) -> None:
    actor = client.json("/api/actors/vengov?limit=500")
    assert actor["code"] == "VENGOV" and actor["events"]["total"] > 10
    for e in actor["events"]["events"]:
        assert "VENGOV" in (e["source"]["code"], (e["target"] or {}).get("code"))
    assert actor["counterparts"][0]["events"] >= actor["counterparts"][-1]["events"]
    assert sum(p["events"] for p in actor["monthly"]) <= actor["events"]["total"]


def test_quotes_are_listed_with_their_speakers_and_paged_in_sql(client: Client) -> None:
    every = client.json("/api/quotes?limit=500")
    assert every["total"] == len(every["quotes"]) > 50
    assert {"said_by", "speaker", "anonymity", "anonymity_cue", "outlet", "span"} \
        <= set(every["quotes"][0])
    unnamed = client.json("/api/quotes?anonymous=true&limit=500")
    assert 0 < unnamed["total"] < every["total"]
    assert all(q["anonymity"] in UNNAMED for q in unnamed["quotes"])
    cuban = client.json("/api/quotes?speaker=CUB&limit=5")
    assert cuban["quotes"] and all(q["speaker"]["code"].startswith("CUB")
                                   for q in cuban["quotes"])
    assert cuban["next"] is not None or cuban["total"] <= 5
    assert client.get("/api/quotes?anonymity=secret").status_code == 422
    page = client.json("/openapi.json")["components"]["schemas"]["QuotePageOut"]
    assert {"said_by", "anonymity", "speaker_ref"} <= set(
        page["properties"]["quotes"]["items"]["properties"])


def test_article_page_highlights_its_quotes_with_their_speakers(client: Client) -> None:
    quote = client.json("/api/quotes?anonymous=true&kind=direct&limit=1")["quotes"][0]
    article = client.json(f"/api/articles/{quote['doc_id']}")
    assert quote["id"] in {q["id"] for q in article["quotes"]}
    html = client.get(f"/articles/{quote['doc_id']}").text
    assert f'data-quote="{quote["id"]}"' in html and 'id="article-quotes"' in html
    assert html.count(f'id="quote-{quote["id"]}"') == 1


def test_article_marks_its_events_as_character_spans(client: Client) -> None:
    driver = client.json("/api/shifts")["shifts"][0]["drivers"][0]
    article = client.json(f"/api/articles/{driver['doc_id']}")
    text = article["text"]
    assert driver["id"] in {e["id"] for e in article["events"]}
    marked = {i for m in article["marks"] for i in m["event_ids"]}
    assert marked == {e["id"] for e in article["events"]}
    evidence = {e["id"]: e["evidence"] for e in article["events"]}
    for mark in article["marks"]:
        assert 0 <= mark["start"] < mark["end"] <= len(text)
        for event_id in mark["event_ids"]:
            assert evidence[event_id] in text[mark["start"]:mark["end"]]


# -- writing ---------------------------------------------------------------------------


def test_writes_are_refused_without_a_configured_token(client: Client) -> None:
    error = assert_error(client.post("/api/articles", json=NEW_ARTICLE), 403, "forbidden")
    assert "disabled" in error["message"]
    assert_error(client.post("/api/articles", json=NEW_ARTICLE, headers=auth()), 403,
                 "forbidden")


def test_writes_need_the_token(writer: Client) -> None:
    for headers in ({}, auth("wrong"), {"Authorization": TOKEN}, {"Authorization": "Basic x"}):
        response = writer.post("/api/articles", json=NEW_ARTICLE, headers=headers)
        assert_error(response, 401, "unauthorized")
        assert response.headers["www-authenticate"] == "Bearer"
    assert writer.json("/api/health")["articles"] == 64


def test_posted_article_is_coded_and_stored_once(writer: Client) -> None:
    first = writer.post("/api/articles", json=NEW_ARTICLE, headers=auth())
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["stored"] and body["coded"] and body["lang"] == "en"
    assert any(e["source"]["country"] in ("CHL", "PER") and e["cameo"].startswith("0")
               for e in body["events"]), body["events"]
    article = writer.json(body["href"].replace("/articles/", "/api/articles/"))
    assert article["title"] == NEW_ARTICLE["title"] and article["published"] == "2026-02-02"
    assert {e["id"] for e in article["events"]} == {e["id"] for e in body["events"]}
    again = writer.post("/api/articles", json={**NEW_ARTICLE, "title": "Copy"}, headers=auth())
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    assert not again.json()["stored"]
    assert {e["id"] for e in again.json()["events"]} == {e["id"] for e in body["events"]}
    health = writer.json("/api/health")
    assert health["articles"] == 65 and health["writes"] is True


def test_posted_html_is_read_for_its_main_text(writer: Client) -> None:
    page = (f"<html><head><title>Pact</title>{HOSTILE}</head><body><nav>Home</nav><article>"
            f"<p>{NEW_ARTICLE['text']}</p><p>Talks will continue in May, the ministers "
            "said after the meeting.</p></article></body></html>")
    response = writer.post("/api/articles", json={"html": page, "published": "2026-02-02"},
                           headers=auth())
    assert response.status_code == 201, response.text
    article = writer.json(f"/api/articles/{response.json()['id']}")
    assert "Chile and Peru" in article["text"] and "<script" not in article["text"]
    assert article["source_format"] == "html"


@pytest.mark.parametrize("body", [
    {},
    {"text": "   "},
    {"title": "no text"},
    {**NEW_ARTICLE, "published": "02/02/2026"},
    {**NEW_ARTICLE, "lang": "english"},
    {**NEW_ARTICLE, "url": "javascript:alert(1)"},
    {**NEW_ARTICLE, "extra": 1},
])
def test_bad_article_bodies_are_rejected(writer: Client, body: dict[str, Any]) -> None:
    assert_error(writer.post("/api/articles", json=body, headers=auth()), 422,
                 "invalid_request")


def test_malformed_json_is_rejected(writer: Client) -> None:
    response = writer.post("/api/articles", content=b"{not json",
                           headers={**auth(), "Content-Type": "application/json"})
    assert_error(response, 422, "invalid_request")


def test_bodies_over_the_limit_are_refused(writer: Client) -> None:
    big = {"text": "Cuba and Venezuela signed an agreement. " * 60_000}  # ~2.4 MB
    error = assert_error(writer.post("/api/articles", json=big, headers=auth()), 413,
                         "payload_too_large")
    assert error["detail"]["max_bytes"] == 2 * 1024 * 1024

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it comes
        yield b'{"text": "'
        for _ in range(300):
            yield b"x" * 10_000
        yield b'"}'

    assert_error(writer.post("/api/articles", content=chunks(), headers=auth()), 413,
                 "payload_too_large")
    assert writer.json("/api/health")["articles"] == 64


# -- escaping --------------------------------------------------------------------------


def test_article_text_is_shown_escaped(writer: Client) -> None:
    text = (f"Cuba and Venezuela signed a health agreement in Havana on Monday. {HOSTILE} "
            "Officials said the accord covers doctors and nurses.")
    response = writer.post("/api/articles", headers=auth(), json={
        "text": text, "title": f"Deal {HOSTILE}", "outlet": "<b>Wire</b>", "lang": "en",
        "published": "2026-02-03"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["events"], "the sentence before the script should be coded"
    page = writer.get(body["href"])
    assert page.status_code == 200
    html = page.text
    assert "<script" not in html and "<b>Wire" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark " in html  # the coded sentence is marked, as markup of our own
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none'
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"


def test_only_web_addresses_become_links() -> None:
    assert safe_url("https://andes.example/a") == "https://andes.example/a"
    for url in ("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//x", "",
                None):
        assert safe_url(url) is None


# -- pages and their JSON twins --------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/dyads/CUB/VEN", "/dyads/VEN/CUB?period=quarter",
                                 "/actors/CUBGOV", "/search?q=doctors&actor=CUB",
                                 "/search?a=USA&b=VEN&sort=-date",
                                 # the search form sends its empty fields: no filter, no error
                                 "/search?q=doctors&actor=&a=&b=&cameo=&since=&until="
                                 "&modality=happened&sort=date"])
def test_every_page_has_a_json_twin(client: Client, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    twin = page.text.split('class="twin"')[0].rsplit('href="', 1)[1].split('"')[0]
    twin = twin.replace("&amp;", "&")
    assert twin.startswith("/api/")
    data = client.json(twin)
    # the twin holds what the page shows: its events and their total, its dyads, its shifts
    page_events = re.findall(r'<tr data-event-id="([^"]+)"', page.text)
    twin_events = data.get("events", {})
    if isinstance(twin_events, dict):
        assert [e["id"] for e in twin_events["events"]] == page_events
        assert f'data-total="{twin_events["total"]}"' in page.text
    for dyad in data.get("dyads", []):
        assert f'href="/dyads/{dyad["a"]}/{dyad["b"]}"' in page.text
    for shift in data.get("shifts", []):
        assert f'data-date="{shift["date"]}" data-dyad="{shift["a"]}-{shift["b"]}"' in page.text


def test_dyad_page_draws_the_series_and_lists_the_events(client: Client) -> None:
    html = client.get("/dyads/CUB/VEN").text
    both = client.json("/api/dyads/CUB/VEN/series")["series"]["both"]
    cells = sum(1 for p in both for k in ("verbal_cooperation", "material_cooperation",
                                          "verbal_conflict", "material_conflict") if p[k])
    assert html.count("<rect class='bar ") == cells
    assert "class='shift' data-date='2026-01" in html
    total = client.json("/api/events?a=CUB&b=VEN")["total"]
    assert html.count("<tr data-event-id=") == min(total, 100)


def test_search_page_filters_like_the_api(client: Client) -> None:
    html = client.get("/search?q=doctors&modality=all").text
    api = client.json("/api/events?q=doctors&modality=all&limit=100")
    assert html.count("<tr data-event-id=") == len(api["events"]) > 0
    assert f"of {api['total']}" in html
    assert 'value="doctors"' in html


def test_overview_counts_match_the_store(client: Client) -> None:
    overview = client.json("/api/overview")
    assert overview["articles"] == 64
    assert (overview["dyads"][0]["a"], overview["dyads"][0]["b"]) == ("CUB", "VEN")
    assert sum(p["events"] for p in overview["volume"]) == sum(
        d["events"] for d in overview["dyads"])
    assert overview["shifts"] and date.fromisoformat(overview["volume"][0]["period"])
