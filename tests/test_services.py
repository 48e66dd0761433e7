"""The services layer every front end shares, and the defects found on the way to it: each
of those tests failed before the fix."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from entente.analysis import shifts as shifts_module
from entente.analysis.shifts import ShiftParams
from entente.cli import main
from entente.columns import column_names
from entente.errors import StoreError
from entente.pipeline import Coded, Pipeline
from entente.records import Actor, Article, Event
from entente.scale.partitions import Partition, code_partition
from entente.services import relations as relations_module
from entente.services.ingest import IngestSession, Status
from entente.services.relations import Paging, Relations, ShiftCache, page_events
from entente.services.stores import open_for_reading, open_for_writing
from entente.store import EventQuery, open_store
from entente.store.base import Store
from entente.store.runs import LAYOUT_VERSION, read_run, write_partition
from tests.conftest import fill
from tests.test_records import make_event


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory: pytest.TempPathFactory,
                coded_corpus: list[Coded]) -> str:
    path = str(tmp_path_factory.mktemp("services") / "corpus.duckdb")
    with open_store(path) as store:
        assert fill(store, coded_corpus).stored == 64
    return path


def make_run(out: Path, coded: list[tuple[Article, list[Event]]]) -> None:
    write_partition(out, "p1", coded)
    (out / "manifest.json").write_text(json.dumps({"layout_version": LAYOUT_VERSION}))


ART = Article(id="a1", text="Russia and Ukraine swapped prisoners.", lang="en",
              content_hash="h1", outlet="Wire")


# -- defect 1: ingest into a run's output folder kept nothing --------------------------


def test_ingest_refuses_a_run_output_folder_as_its_database(tmp_path: Path) -> None:
    out = tmp_path / "run1"
    make_run(out, [(ART, [make_event(article_id="a1")])])
    doc = tmp_path / "new.txt"
    doc.write_text("Chile and Peru signed a trade agreement in Lima on Monday.\n")
    code, out_text, err = run("ingest", str(doc), "--db", str(out), "--no-progress")
    assert code == 2 and "stored" not in out_text
    assert "output of `entente run`" in err and "entente load" in err
    with pytest.raises(StoreError, match="entente load"):
        open_for_writing(str(out))
    with open_for_reading(str(out)) as store:  # reading a run's output still works
        assert [a.id for a in store.articles()] == ["a1"]


# -- defect 3: a partition whose files all fail crashed with a DuckDB error ---------------


def test_a_partition_whose_files_all_fail_reports_why(tmp_path: Path,
                                                      pipeline: Pipeline) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    part = Partition("p0", (str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt")))
    out = tmp_path / "out"
    result = code_partition(part, out, pipeline)
    assert result.articles == 0 and len(result.failures) == 2
    reasons = " ".join(reason for _origin, reason in result.failures)
    assert "empty" in reasons and "binary" in reasons
    (out / "manifest.json").write_text(json.dumps({"layout_version": LAYOUT_VERSION}))
    assert list(read_run(out)) == []


# -- defect 4: the CLI and the API gave a shift's drivers different article objects ------


def api_json(db: str, url: str) -> Any:
    from entente.web.app import create_app

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(db))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return await client.get(url)

    response = asyncio.run(go())
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.slow
def test_shifts_have_one_json_shape_in_the_cli_and_the_api(corpus_file: str) -> None:
    code, out, err = run("shifts", "--db", corpus_file, "--format", "json", "--top", "3")
    assert code == 0, err
    cli = json.loads(out)
    api = api_json(corpus_file, "/api/shifts?top=3")["shifts"]
    assert cli and cli == api
    article = cli[0]["drivers"][0]["article"]
    assert set(article) == {"id", "title", "outlet", "published", "url", "href"}


# -- defect 5: entente code exited 0 on a malformed line; actor --patterns was ignored ----


@pytest.mark.slow
def test_a_malformed_input_line_exits_1_in_code_as_in_actor() -> None:
    bad = '{"id": 1, "text": "Cuba praised Venezuela."}\n{broken\n'
    code_status, out, err = run("code", "--input-format", "jsonl", input=bad)
    assert code_status == 1 and len(out.splitlines()) == 1 and "stdin#2" in err
    actor_status, out, err = run("actor", "--input-format", "jsonl", input=bad)
    assert actor_status == 1 and len(out.splitlines()) == 1 and "stdin#2" in err


def test_actor_refuses_the_patterns_option_it_would_ignore(tmp_path: Path) -> None:
    patterns = tmp_path / "mine_en.tsv"
    patterns.write_text("")
    code, _, err = run("actor", "Cuban doctors", "--patterns", str(patterns))
    assert code == 2 and "No such option" in err


# -- defect 6: relations said "no events" for a dyad whose events are undated ------------


def undated_store(store: Store) -> None:
    rus, ukr = Actor("Russia", "RUS", "RUS"), Actor("Ukraine", "UKR", "UKR")
    events = [make_event(article_id="a1", source=rus, target=ukr, date=None, published=None,
                         date_precision=None, sentence_index=i, cameo="057", root="05")
              for i in range(2)]
    assert store.add_article(ART, events)


def test_relations_says_how_many_events_it_cannot_place(tmp_path: Path) -> None:
    db = str(tmp_path / "u.duckdb")
    with open_store(db) as store:
        undated_store(store)
    code, out, _ = run("events", "--db", db, "--dyad", "RUS", "UKR", "--format", "jsonl")
    assert len(out.splitlines()) == 2
    code, _out, err = run("relations", "RUS", "UKR", "--db", db)
    assert code == 0 and "2 events between RUS and UKR" in err and "no date" in err
    code, out, _ = run("relations", "RUS", "UKR", "--db", db, "--format", "json")
    assert json.loads(out)["left_out"] == {"undated": 2, "history": 0}


def test_the_dyad_page_counts_what_it_lists(tmp_path: Path) -> None:
    from entente.web.app import create_app

    db = str(tmp_path / "u.duckdb")
    with open_store(db) as store:
        undated_store(store)

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(db))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return await client.get("/dyads/RUS/UKR")

    html = asyncio.run(go()).text
    assert html.count("<tr data-event-id=") == 2
    assert 'data-undated="2"' in html and "2 with no date" in html


def test_an_event_without_a_date_takes_its_articles(duck_store: Store) -> None:
    article = replace(ART, published=date(2026, 3, 2))
    event = make_event(article_id="a1", date=None, date_precision=None,
                       published=date(2026, 3, 2))
    outcome = IngestSession(duck_store).accept(article, [event])
    assert outcome.status is Status.STORED
    (stored,) = duck_store.events(EventQuery())
    assert (stored.date, stored.date_precision) == (date(2026, 3, 2), "published")


# -- one column specification --------------------------------------------------------------


@pytest.mark.slow
def test_every_csv_of_events_has_the_same_columns(corpus_file: str, tmp_path: Path) -> None:
    code, events_csv, err = run("events", "--db", corpus_file, "--format", "csv",
                                "--limit", "1000")
    assert code == 0, err
    out = tmp_path / "e.csv"
    code, _, err = run("export", "--db", corpus_file, "--format", "csv", "--out", str(out))
    assert code == 0, err
    queried = list(csv.reader(io.StringIO(events_csv)))
    with out.open(encoding="utf-8") as f:
        exported = list(csv.reader(f))
    assert queried[0] == exported[0] == list(column_names(Event))
    assert sorted(queried[1:]) == sorted(exported[1:])


def test_a_run_of_another_layout_is_refused_with_what_to_do(tmp_path: Path) -> None:
    out = tmp_path / "old"
    make_run(out, [(ART, [make_event(article_id="a1")])])
    assert [a.id for a, _ in read_run(out)] == ["a1"]
    (out / "manifest.json").write_text(json.dumps({"coder_version": "0.1.0"}))  # layout 1
    with pytest.raises(StoreError, match="run `entente run` again"):
        list(read_run(out))
    (out / "manifest.json").write_text(json.dumps({"layout_version": LAYOUT_VERSION + 1}))
    with pytest.raises(StoreError, match="upgrade entente"):
        list(read_run(out))


# -- the store pages, counts and sorts ---------------------------------------------------


def test_pages_come_from_the_database_in_either_order(store: Store) -> None:
    events = [make_event(article_id="a1", sentence_index=i, date=date(2025, 1, 1 + i))
              for i in range(7)]
    events.append(make_event(article_id="a1", sentence_index=9, date=None, published=None))
    assert store.add_article(ART, events)
    every = store.events(EventQuery(limit=None))
    assert every[0].date is None  # undated first, so newest first shows them last
    assert store.count_events(EventQuery()) == 8
    page = page_events(store, EventQuery(), Paging(limit=3, offset=3, descending=True))
    assert page.total == 8 and [e.id for e in page.events] == [e.id for e in every[::-1][3:6]]
    assert page.next_offset == 6 and page.previous_offset == 0


def test_shifts_are_found_again_only_when_the_store_changes(duck_store: Store,
                                                            monkeypatch: Any) -> None:
    calls = []
    real = relations_module.search_dyads

    def counting(store: Store, params: Any, known: Any) -> Any:
        calls.append(1)
        return real(store, params, known)

    monkeypatch.setattr("entente.services.relations.search_dyads", counting)
    service = Relations(duck_store, ShiftCache())
    service.shifts()
    service.shifts()
    assert len(calls) == 1
    assert duck_store.add_article(ART, [make_event(article_id="a1")])
    service.shifts()
    assert len(calls) == 2


def test_readers_share_the_store_from_many_threads(store: Store) -> None:
    assert store.add_article(ART, [make_event(article_id="a1", sentence_index=i)
                                   for i in range(5)])
    errors: list[BaseException] = []
    counts: list[int] = []

    def read() -> None:
        try:
            for _ in range(20):
                counts.append(len(store.events(EventQuery(modalities=None))))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and counts == [5] * 120


# -- the Python API ----------------------------------------------------------------------


@pytest.mark.slow
def test_the_python_api_codes_texts(pipeline: Pipeline) -> None:
    import entente

    events = entente.code(["Cuba and Venezuela signed an agreement."], lang="en",
                          published="2026-01-21", pipeline=pipeline)
    assert [(e.article_id, e.source.code, e.target.code if e.target else None)
            for e in events] == [("1", "CUB", "VEN"), ("1", "VEN", "CUB")]


def test_the_python_api_reads_a_store_as_dataframes(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    import entente

    db = str(tmp_path / "p.duckdb")
    with open_store(db) as store:
        assert store.add_article(ART, [make_event(article_id="a1")])
    df = entente.events(db, dyad=("CUB", "VEN"))
    assert isinstance(df, pd.DataFrame) and list(df.columns) == list(column_names(Event))
    assert df.loc[0, "source_code"] == "CUB"
    series = entente.series("CUB", "VEN", db=db)
    assert set(series["direction"]) == {"a->b", "b->a", "both"}


@pytest.mark.slow
def test_a_mention_resolves_to_one_shape_in_the_cli_and_the_api(tmp_path: Path) -> None:
    db = str(tmp_path / "r.duckdb")
    open_store(db).close()
    code, out, err = run("actor", "Cuban doctors", "--date", "2026-02-01")
    assert code == 0, err
    cli = json.loads(out)
    api = api_json(db, "/api/actors/resolve?text=Cuban%20doctors&date=2026-02-01")
    assert cli == api and (cli["code"], cli["resolved"]) == ("CUBHLH", True)


def test_a_run_written_before_a_field_existed_still_loads(tmp_path: Path) -> None:
    import duckdb

    out = tmp_path / "run"
    make_run(out, [(ART, [make_event(article_id="a1", intended="173")])])
    (part,) = out.glob("events/*/*.parquet")
    con = duckdb.connect()
    con.execute("COPY (SELECT * EXCLUDE (intended, credited_source) FROM read_parquet(?)) "
                "TO ? (FORMAT parquet)", [str(part), str(part) + ".old"])
    con.close()
    Path(str(part) + ".old").replace(part)
    ((_article, (event,)),) = list(read_run(out))
    assert event.intended is None and event.credited_source is None and event.cameo == "057"


def test_requests_at_once_find_the_shifts_once(duck_store: Store, monkeypatch: Any) -> None:
    """Each waiting request once ran its own search of every dyad, all at the same time."""
    import threading
    import time

    calls = []
    real = relations_module.search_dyads

    def slow(store: Store, params: Any, known: Any) -> Any:
        calls.append(1)
        time.sleep(0.2)
        return real(store, params, known)

    monkeypatch.setattr("entente.services.relations.search_dyads", slow)
    assert duck_store.add_article(ART, [make_event(article_id="a1")])
    cache = ShiftCache()
    threads = [threading.Thread(target=Relations(duck_store, cache).shifts) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    cache.warm(duck_store)  # nothing changed: the background search finds it cached
    cache.wait()
    assert len(calls) == 1


def test_the_overviews_counts_are_found_beside_the_shifts(duck_store: Store,
                                                          monkeypatch: Any) -> None:
    """A server opening finds the overview's counts while the shifts are searched, and
    the overview then uses them: the same overview, its volume read once."""
    for i, day in enumerate((date(2025, 1, 3), date(2025, 2, 3), date(2025, 3, 3))):
        assert duck_store.add_article(
            Article(id=f"o{i}", text=f"o{i}", published=day, lang="en", content_hash=f"o{i}"),
            [make_event(article_id=f"o{i}", date=day, published=day)])
    expected = Relations(duck_store).overview().to_dict()
    reads: list[str] = []
    real = duck_store.dyad_periods

    def counted(period: str, a: str | None = None, b: str | None = None) -> Any:
        reads.append(period)
        return real(period, a, b)

    monkeypatch.setattr(duck_store, "dyad_periods", counted)
    relations = Relations(duck_store, ShiftCache())
    relations.cache.warm(duck_store, then=relations.overview,
                         beside=relations.overview_counts)
    relations.cache.wait()
    assert reads == ["month"]
    assert relations.overview().to_dict() == expected and reads == ["month"]
    assert sum(p["events"] for p in expected["volume"]) == 3


def test_after_a_batch_only_the_dyads_it_touched_are_searched_again(
        store: Store, monkeypatch: Any) -> None:
    """Every dyad's change points were searched again on every change of the store."""
    import random

    from entente.analysis.synthetic import synthetic_dyad

    rng = random.Random(5)
    for pair, n in ((("CUB", "VEN"), 1), (("COL", "USA"), 2), (("ARG", "BRA"), 0)):
        for i, e in enumerate(synthetic_dyad(rng, n_changes=n).events):
            aid = f"{pair[0]}{i}"
            ev = make_event(article_id=aid, source=Actor(pair[0], pair[0], pair[0]),
                            target=Actor(pair[1], pair[1], pair[1]), cameo=e.cameo,
                            root=e.root, goldstein=e.goldstein, quad_class=e.quad_class,
                            date=e.date, published=e.date)
            store.add_article(Article(id=aid, text=aid, published=e.date, lang="en",
                                      content_hash=aid), [ev])
    searched: list[str] = []
    real = relations_module.signal_shifts

    def counting(sig: Any, params: Any) -> Any:
        searched.append(f"{sig.a}-{sig.b}")
        return real(sig, params)

    monkeypatch.setattr("entente.services.relations.signal_shifts", counting)
    cache = ShiftCache()
    first = cache.shifts(store, ShiftParams())
    assert sorted(searched) == ["ARG-BRA", "COL-USA", "CUB-VEN"]
    assert [s.to_dict() for s in first] == [s.to_dict() for s in
                                            shifts_module.find_shifts(store)]
    late = make_event(article_id="late", source=Actor("VEN", "VEN", "VEN"),
                      target=Actor("CUB", "CUB", "CUB"), cameo="190", root="19",
                      goldstein=-10.0, quad_class=4, date=date(2025, 12, 30),
                      published=date(2025, 12, 30))
    store.add_article(Article(id="late", text="late", published=date(2025, 12, 30),
                              lang="en", content_hash="late"), [late])
    searched.clear()
    again = cache.shifts(store, ShiftParams())
    assert searched == ["CUB-VEN"]
    assert [s.to_dict() for s in again] == [s.to_dict() for s in
                                            shifts_module.find_shifts(store)]


def test_a_view_asked_while_it_is_computed_is_computed_once() -> None:
    """The overview, computed in the background when a server opens, was computed again
    by a request that asked meanwhile; the request now waits for the first answer."""
    class Revisioned:
        def revision(self) -> str:
            return "r1"

    cache, started, release = ShiftCache(), threading.Event(), threading.Event()
    calls: list[int] = []

    def compute() -> str:
        calls.append(1)
        started.set()
        release.wait(10)
        return "view"

    answers: list[str] = []
    first = threading.Thread(target=lambda: answers.append(
        cache.remember(Revisioned(), "k", compute)))  # type: ignore[arg-type]
    first.start()
    started.wait(10)
    second = threading.Thread(target=lambda: answers.append(
        cache.remember(Revisioned(), "k", compute)))  # type: ignore[arg-type]
    second.start()
    second.join(0.2)  # it waits for the first (no timing: only that it is not done yet)
    release.set()
    first.join(10)
    second.join(10)
    assert answers == ["view", "view"] and calls == [1]
