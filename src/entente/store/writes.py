"""The store's write path: a batch of articles with their events in one transaction.

Rows go in by column (`columnar_insert`: each column one array parameter, unnested by the
database), a few statements per batch whatever its size, where one statement per row
cost milliseconds each. An article that joins an earlier story repeats that story's
events: the story's events are read once per batch and kept here while the batch is open
(under the story's lock on PostgreSQL), each repeat becomes a mention, and the counts of
every event a batch touched are recounted from its mentions in one set-based statement.

A batch gives exactly the rows that storing its articles one at a time gives: the story
event an article repeats is the one with the smallest id among those with its source,
target, code and modality, and the earliest-published article is its first source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from entente.columns import flat
from entente.records import Article, Event
from entente.store.model import Pending
from entente.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS

# The key that makes two events of one story the same event, whatever date each copy's
# relative expressions resolved to against its own publication day.
StoryKey = tuple[str, str | None, str | None, str, str]

# The fields an earlier-published copy gives the event it repeats (its first source).
FIRST_SOURCE_FIELDS = ("article_id", "sentence_index", "span_start", "span_end", "evidence",
                       "published", "date", "date_precision")
MENTION_COLUMNS = ("event_id", "article_id", "sentence_index", "evidence", "outlet",
                   "mentions")
MENTION_TYPES = ("VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "VARCHAR", "INTEGER")


def story_key(e: Event) -> StoryKey:
    return (str(e.story_id), e.source.code, e.target.code if e.target else None, e.cameo,
            e.modality.value)


def columnar_insert(table: str, names: Sequence[str], types: Sequence[str],
                    conflict: bool = False, returning: str | None = None) -> str:
    """INSERT of many rows from one array parameter per column (DuckDB and PostgreSQL
    both zip unnests of equal length in a SELECT list)."""
    cols = ", ".join(f"unnest(?::{t}[])" for t in types)
    sql = f"INSERT INTO {table} ({', '.join(names)}) SELECT {cols}"
    if conflict:
        sql += " ON CONFLICT DO NOTHING"
    if returning:
        sql += f" RETURNING {returning}"
    return sql


def by_column(rows: Sequence[Sequence[Any]], width: int) -> list[list[Any]]:
    """Rows as one list per column."""
    return [list(col) for col in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]


def story_events_sql(count: int) -> str:
    """The events of some stories, as a batch's cache needs them."""
    marks = ", ".join("?" for _ in range(count))
    return ("SELECT id, published, story_id, source_code, target_code, cameo, modality "
            f"FROM events WHERE story_id IN ({marks})")


def recount_sql() -> str:
    """Articles, outlets and mentions of the given events, from their mentions, at once.

    The mentions are found by the index on their event (schema version 8), so the cost
    does not grow with the store: PostgreSQL looks each id of the array up in it, DuckDB
    when the array has at most 50 ids (its `dynamic_or_filter_threshold`: a batch of the
    default size touches fewer), and scans the mentions for a longer one."""
    return """
        UPDATE events SET num_articles = m.num_articles, num_sources = m.num_sources,
                          mentions = m.mentions
        FROM (SELECT event_id, count(DISTINCT article_id) AS num_articles,
                     count(DISTINCT coalesce(outlet, article_id)) AS num_sources,
                     sum(mentions) AS mentions
              FROM mentions WHERE event_id = ANY(?::VARCHAR[])
              GROUP BY event_id) AS m
        WHERE events.id = m.event_id
    """


def first_source_sql() -> str:
    sets = ", ".join(f"{c} = ?" for c in FIRST_SOURCE_FIELDS)
    return f"UPDATE events SET {sets} WHERE id = ?"


@dataclass
class Known:
    """A story event as the batch knows it: its id and its first source's date."""

    id: str
    published: Any


@dataclass
class BatchPlan:
    """What one batch writes, worked out in memory before anything is sent."""

    new_events: dict[str, Event] = field(default_factory=dict)  # in insertion order
    first_sources: dict[str, Event] = field(default_factory=dict)  # stored event id -> copy
    mentions: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)  # events to recount
    known: dict[StoryKey, Known] = field(default_factory=dict)

    def learn(self, key: StoryKey, known: Known) -> None:
        """Remember a story event; of several with one key, the smallest id stands."""
        held = self.known.get(key)
        if held is None or known.id < held.id:
            self.known[key] = known

    def mention(self, event_id: str, e: Event, outlet: str | None) -> None:
        self.mentions.setdefault((event_id, e.article_id),
                                 [event_id, e.article_id, e.sentence_index, e.evidence, outlet,
                                  e.mentions])

    def add_new_story(self, events: Sequence[Event], outlet: str | None) -> None:
        for e in events:
            self.new_events[e.id] = e
            self.learn(story_key(e), Known(e.id, e.published))
            self.mention(e.id, e, outlet)

    def add_copy(self, events: Sequence[Event], outlet: str | None) -> None:
        """The events of an article that joins a story: repeats become mentions."""
        for e in events:
            key = story_key(e)
            found = self.known.get(key)
            if found is None:
                self.new_events[e.id] = e
                self.learn(key, Known(e.id, e.published))
                event_id = e.id
            else:
                event_id = found.id
                if e.published and (found.published is None or e.published < found.published):
                    self._make_first_source(event_id, e)
                    found.published = e.published
            self.mention(event_id, e, outlet)
            self.touched.add(event_id)

    def _make_first_source(self, event_id: str, e: Event) -> None:
        pending = self.new_events.get(event_id)
        if pending is not None:  # not sent yet: change the row itself
            self.new_events[event_id] = replace(
                pending, **{f: getattr(e, f) for f in FIRST_SOURCE_FIELDS}).under_id(event_id)
        else:
            self.first_sources[event_id] = e


def article_rows(batch: Sequence[Pending], now: datetime) -> list[list[Any]]:
    """The articles' rows; each a microsecond later than the one before, so the store's
    order of ingestion is the batch's order."""
    rows = []
    for i, p in enumerate(batch):
        article = p.article
        if not article.content_hash:  # an article made by hand, not by a reader
            article = replace(article, content_hash=Article.hash_text(article.text))
        row = {**flat(article), "ingested_at": now + timedelta(microseconds=i),
               "story_id": p.story_id or p.article.id}
        rows.append([*(row[c] for c in ARTICLE_COLUMNS), p.minhash])
    return rows


def event_cells(e: Event) -> list[Any]:
    row = flat(e)
    return [row[c] for c in EVENT_COLUMNS]


def quote_rows(batch: Sequence[Pending]) -> list[list[Any]]:
    """The quotes and reported claims of the batch's articles."""
    rows = []
    for p in batch:
        for q in p.quotes:
            row = flat(q)
            rows.append([row[c] for c in QUOTE_COLUMNS])
    return rows


def story_id_of(p: Pending) -> str:
    return p.story_id or p.article.id


def one_per_id(events: Sequence[Event]) -> list[Event]:
    """An article's events with one per id: two with the same id are one event (the same
    in everything the store keeps apart), its mentions added up."""
    kept: dict[str, Event] = {}
    for e in events:
        first = kept.get(e.id)
        kept[e.id] = e if first is None else replace(first, mentions=first.mentions + e.mentions)
    return list(kept.values())


def with_story(p: Pending) -> list[Event]:
    """The article's events, one per id, in its story."""
    story = story_id_of(p)
    return [replace(e, story_id=story) for e in one_per_id(p.events)]


__all__ = ["FIRST_SOURCE_FIELDS", "MENTION_COLUMNS", "MENTION_TYPES", "BatchPlan", "Known",
           "article_rows", "by_column", "columnar_insert", "event_cells", "first_source_sql",
           "one_per_id", "quote_rows", "recount_sql", "story_events_sql", "story_id_of",
           "story_key", "with_story"]
