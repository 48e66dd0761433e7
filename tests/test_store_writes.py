"""The store's batched write path: a batch gives the rows of one article at a time, in a
few statements whatever its size, and a replay changes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from entente.records import Actor, Article, Event
from entente.store.base import Pending, Store
from entente.store.duck import DuckStore
from entente.store.schema import ARTICLE_COLUMNS, SCHEMA_VERSION
from tests.test_records import make_event

CUB, VEN, USA = (Actor(c, c, c) for c in ("CUB", "VEN", "USA"))


def article(aid: str, day: int, outlet: str) -> Article:
    return Article(id=aid, text=f"text of {aid}", title=aid, outlet=outlet,
                   published=date(2025, 3, day), lang="en", content_hash=aid)


def events_of(a: Article, *specs: tuple[Actor, Actor, str]) -> list[Event]:
    assert a.published is not None
    return [make_event(article_id=a.id, sentence_index=i, source=s, target=t, cameo=c,
                       root=c[:2], published=a.published, date=a.published,
                       evidence=f"{a.id} sentence {i}")
            for i, (s, t, c) in enumerate(specs)]


def stories() -> list[Pending]:
    """Two stories told by several outlets: copies published earlier and later than the
    first one stored, a copy with an event of its own, one event stated twice in one
    article, and the same article twice."""
    a1, a2, a3 = article("a1", 5, "Ledger"), article("a2", 2, "Wire"), article("a3", 9, "Post")
    b1, b2 = article("b1", 7, "Ledger"), article("b2", 8, "Ledger")
    return [
        Pending(a1, events_of(a1, (CUB, VEN, "036"), (VEN, CUB, "042"), (CUB, VEN, "036"))),
        Pending(b1, events_of(b1, (USA, VEN, "173"))),
        Pending(a2, events_of(a2, (CUB, VEN, "036")), story_id="a1"),
        Pending(a3, events_of(a3, (VEN, CUB, "042"), (USA, CUB, "111")), story_id="a1"),
        Pending(b2, events_of(b2, (USA, VEN, "173")), story_id="b1"),
        Pending(a2, events_of(a2, (CUB, VEN, "036")), story_id="a1"),
    ]


def tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    cols = ", ".join(c for c in ARTICLE_COLUMNS if c != "ingested_at")
    return {name: store._execute(sql).fetchall() for name, sql in (
        ("articles", f"SELECT {cols}, minhash FROM articles ORDER BY id"),
        ("events", "SELECT * FROM events ORDER BY id"),
        ("mentions", "SELECT * FROM mentions ORDER BY event_id, article_id"),
        ("quotes", "SELECT * FROM quotes ORDER BY id"))}


def test_a_batch_gives_the_rows_of_one_article_at_a_time(db_url: str) -> None:
    from entente.store import open_store

    results = {}
    for size in (1, 2, 6):
        with open_store(db_url) as store:
            for table in ("mentions", "events", "articles"):
                store._execute(f"DELETE FROM {table}")
            batch = stories()
            answers = []
            for i in range(0, len(batch), size):
                answers += store.add_articles(batch[i:i + size])
            assert answers == [True, True, True, True, True, False]
            results[size] = tables(store)
    assert results[1] == results[2] == results[6]


def test_a_story_counts_its_copies_and_takes_the_earliest_as_first_source(
        store: Store) -> None:
    store.add_articles(stories())
    got = store._execute("SELECT source_code, cameo, article_id, published, num_articles, "
                         "num_sources, mentions FROM events WHERE story_id = 'a1' "
                         "ORDER BY source_code, cameo, id").fetchall()
    # CUB->VEN 036 twice in a1 (two events, the smaller id takes the copies' mentions),
    # first told by a2 (published on the 2nd): a2 is its first source
    cub = [r for r in got if r[0] == "CUB"]
    assert len(cub) == 2
    assert sorted((r[2], r[4]) for r in cub) == [("a1", 1), ("a2", 2)]
    ven = [r for r in got if r[0] == "VEN"]
    assert [(r[2], r[4], r[5]) for r in ven] == [("a1", 2, 2)]  # a1 and a3, two outlets
    assert [r[2] for r in got if r[0] == "USA"] == ["a3"]  # a3's own event
    b = store._execute("SELECT num_articles, num_sources FROM events WHERE story_id = 'b1'"
                       ).fetchall()
    assert b == [(2, 1)]  # two articles of one outlet


def mention_indexes(store: Store) -> set[str]:
    sql = ("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'mentions'"
           if isinstance(store, DuckStore) else
           "SELECT indexname FROM pg_indexes WHERE tablename = 'mentions'")
    return {r[0] for r in store._execute(sql).fetchall()}


def test_a_store_of_version_7_gains_the_index_of_mentions_by_event(db_url: str) -> None:
    """Version 8 indexes the mentions by event (the recount's look-up): a store of
    version 7 gains it in place, keeps its rows, and goes on counting a story's copies."""
    from entente.store import open_store

    with open_store(db_url) as store:
        assert "mentions_event" in mention_indexes(store)
        store.add_articles(stories())
        store._execute("DROP INDEX mentions_event")  # what version 7 left
        store._execute("DELETE FROM schema_version WHERE version = 8")
        assert "mentions_event" not in mention_indexes(store)
        before = tables(store)
    with open_store(db_url) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 8
        assert "mentions_event" in mention_indexes(store)
        assert tables(store) == before
        a4 = article("a4", 6, "Herald")
        assert store.add_articles([Pending(a4, events_of(a4, (VEN, CUB, "042")),
                                           story_id="a1")]) == [True]
        got = store._execute("SELECT num_articles, num_sources, mentions FROM events "
                             "WHERE story_id = 'a1' AND source_code = 'VEN'").fetchall()
        assert got == [(3, 3, 3)]  # a1, a3 and a4, three outlets


def test_a_replay_changes_nothing(store: Store) -> None:
    assert store.add_articles(stories()) == [True] * 5 + [False]
    before = tables(store)
    assert store.add_articles(stories()) == [False] * 6
    assert tables(store) == before


@pytest.mark.parametrize("copies", [4, 40])
def test_a_batch_takes_a_few_statements_whatever_its_size(duck_store: Store,
                                                          copies: int) -> None:
    first = article("a1", 1, "Ledger")
    duck_store.add_articles([Pending(first, events_of(first, (CUB, VEN, "036"),
                                                      (VEN, CUB, "042")))])
    batch = []
    for i in range(copies):
        copy = Article(id=f"c{i}", text=f"copy {i}", outlet=f"outlet {i}",
                       published=date(2025, 2, 20), lang="en", content_hash=f"c{i}")
        batch.append(Pending(copy, events_of(copy, (CUB, VEN, "036"), (VEN, CUB, "042"),
                                             (USA, CUB, "111")), story_id="a1"))
    statements = []
    run = duck_store._run

    def counting(con: Any, sql: str, params: Any) -> Any:
        statements.append(sql)
        return run(con, sql, params)

    duck_store._run = counting  # type: ignore[method-assign]
    assert all(duck_store.add_articles(batch))
    # begin, existing ids, articles, the story's events, events, first sources, mentions,
    # recount, commit: before batches, three or four statements per repeated event
    assert len(statements) <= 9
    row = duck_store._execute("SELECT num_articles, num_sources, article_id FROM events "
                              "WHERE cameo = '036'").fetchall()
    assert row == [(copies + 1, copies + 1, "c0")]
