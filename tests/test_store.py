"""The DuckDB store: round trips, filters, atomicity, schema versions, one writer."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from entente.errors import StoreError
from entente.records import Actor, Article, Modality, Place
from entente.store import EventQuery, open_store
from entente.store.base import Store
from entente.store.schema import SCHEMA_VERSION
from tests.test_records import make_event

ART = Article(id="a1", text="Cuba and Venezuela signed an agreement.", title="Pact",
              outlet="Ledger", published=date(2025, 3, 2), lang="en", origin="x.txt",
              source_format="text", content_hash="h1")


def seed(store: Store) -> None:
    cub, ven, usa = (Actor(c, c, c) for c in ("CUB", "VEN", "USA"))
    events = [
        make_event(),
        make_event(source=ven, target=cub, sentence_index=3),
        make_event(source=Actor("U.S. troops", "USAMIL", "USA", "MIL"),
                   target=Actor("Maduro", "VENGOV", "VEN", "GOV"), cameo="173", root="17",
                   goldstein=-5.0, quad_class=4, date=date(2026, 1, 3), sentence_index=4,
                   evidence="U.S. troops captured Maduro on January 3."),
        make_event(source=usa, target=cub, cameo="163", root="16", sentence_index=5,
                   modality=Modality.NEGATED, evidence="The U.S. has not imposed sanctions."),
    ]
    assert store.add_article(ART, events)


def test_article_and_events_round_trip(store: Store) -> None:
    seed(store)
    got = store.events(EventQuery(modalities=None))
    assert len(got) == 4
    # every field comes back as it went in, with the story it now belongs to
    assert got[0] == replace(make_event(), story_id=ART.id)
    assert store.articles()[0] == ART


def test_same_article_is_stored_once(store: Store) -> None:
    seed(store)
    assert store.add_article(ART, [make_event(sentence_index=9)]) is False
    assert store.stats().articles == 1 and store.stats().events == 4


@pytest.mark.parametrize("query, expected", [
    (EventQuery(actor="USA"), {4}),  # the negated USA event is not counted by default
    (EventQuery(actor="USA", modalities=None), {4, 5}),
    (EventQuery(actor="VENGOV"), {4}),
    (EventQuery(dyad=("VEN", "CUB")), {2, 3}),
    (EventQuery(dyad=("VEN", "CUB"), directed=True), {3}),
    (EventQuery(cameo="17"), {4}),
    (EventQuery(root="5"), {2, 3}),
    (EventQuery(since=date(2026, 1, 1)), {4}),
    (EventQuery(until=date(2025, 12, 31)), {2, 3}),
    (EventQuery(words=("captured", "january")), {4}),
    (EventQuery(modalities=(Modality.NEGATED,)), {5}),
])
def test_event_filters(store: Store, query: EventQuery, expected: set[int]) -> None:
    seed(store)
    assert {e.sentence_index for e in store.events(query)} == expected


def test_filter_text_is_a_parameter_not_sql(store: Store) -> None:
    seed(store)
    assert store.events(EventQuery(actor="'; DROP TABLE events; --")) == []
    assert store.stats().events == 4


def test_a_failed_insert_leaves_nothing_half_written(store: Store) -> None:
    bad = replace(make_event(sentence_index=7, cameo="042"), evidence=None)  # NOT NULL
    with pytest.raises(StoreError, match="article a1 not stored"):
        store.add_article(ART, [make_event(), bad])
    assert not store.has_article(ART.id)
    assert store.stats().events == 0
    seed(store)  # and the store still works afterwards
    assert store.stats().articles == 1


def test_stats_count_languages_formats_and_dyads(store: Store) -> None:
    seed(store)
    s = store.stats()
    assert s.articles_by_lang == {"en": 1} and s.articles_by_format == {"text": 1}
    assert s.events_happened == 3
    top = [(d.a, d.b, d.events) for d in s.top_dyads]
    assert top[0] == ("CUB", "VEN", 2) and ("USA", "VEN", 1) in top


def test_the_window_of_current_events_holds_its_bounds(store: Store) -> None:
    """An event dated up to HISTORY_DAYS before its article, or a day after, is current
    (the series count it); a day further either way it is history (left out)."""
    from datetime import timedelta

    from entente.vocabulary import HISTORY_DAYS

    published = date(2025, 6, 30)
    offsets = (-HISTORY_DAYS - 1, -HISTORY_DAYS, 0, 1, 2)
    article = Article(id="w1", text="w1", published=published, lang="en", content_hash="w1")
    assert store.add_article(article, [
        make_event(article_id="w1", sentence_index=i, date=published + timedelta(days=d),
                   published=published) for i, d in enumerate(offsets)])
    rows = store.dyad_periods("day", "CUB", "VEN")
    assert sorted((r.period - published).days for r in rows) == [-HISTORY_DAYS, 0, 1]
    assert store.left_out("CUB", "VEN").history == 2


def test_schema_is_versioned_and_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "e.duckdb"
    with open_store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer than this entente"):
        open_store(path)


def test_reopening_keeps_data_and_does_not_migrate_twice(tmp_path: Path) -> None:
    path = tmp_path / "e.duckdb"
    with open_store(path) as s:
        seed(s)  # type: ignore[arg-type]
    with open_store(path) as s:
        assert s.stats().events == 4
        assert s.schema_version() == SCHEMA_VERSION


@contextmanager
def locked_by_another_process(path: Path) -> Iterator[subprocess.Popen[str]]:
    """A process holding a DuckDB file open for writing while the block runs."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ok', flush=True);"
         " time.sleep(30)", str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        yield holder
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_second_writer_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    with locked_by_another_process(path) as holder:
        with pytest.raises(StoreError) as info:
            open_store(path)
        msg = str(info.value)
        assert "in use by another process" in msg and str(holder.pid) in msg


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "e.duckdb")


def test_an_older_database_is_upgraded_in_place(tmp_path: Path) -> None:
    from entente.store.schema import MIGRATIONS

    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                "applied_at TIMESTAMP NOT NULL)")
    for statement in MIGRATIONS[0]:
        con.execute(statement)
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.execute("INSERT INTO articles VALUES ('a1', 'h1', 'T', 'O', NULL, DATE '2025-03-02', "
                "'en', 'x.txt', 'text', 'Cuba praised Venezuela.', now())")
    con.execute("INSERT INTO events (id, article_id, sentence_index, span_start, span_end, "
                "evidence, source_code, source_country, source_text, target_code, "
                "target_country, target_text, cameo, root, plover, goldstein, quad_class, "
                "trigger, modality, mentions, coder_version) VALUES ('e1', 'a1', 0, 0, 23, "
                "'Cuba praised Venezuela.', 'CUB', 'CUB', 'Cuba', 'VEN', 'VEN', 'Venezuela', "
                "'051', '05', 'SUPPORT', 3.4, 1, 'praised', 'asserted', 1, '0.1.0')")
    con.close()
    with open_store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION >= 2
        (event,) = s.events(EventQuery())
        assert (event.source.code, event.target.code, event.place) == ("CUB", "VEN", None)
        caracas = Place("Caracas", "VEN", "VE.25", 10.5, -66.9, 3646738, "city", "test")
        placed = make_event(article_id="a2", sentence_index=5, place=caracas)
        assert s.add_article(replace(ART, id="a2", content_hash="h2"), [placed])
        back = s.events(EventQuery(article_id="a2"))
        assert back == [replace(placed, story_id="a2")]
