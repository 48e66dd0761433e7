"""The store interface every backend implements, and the records it speaks."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import Any

from entente.records import Actor, Article, Event, Modality, Place
from entente.store.schema import ACTOR_COLUMNS, PLACE_COLUMNS


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for `Store.events`; every field is optional and they combine with AND."""

    actor: str | None = None  # actor code prefix or country on either side ("VEN", "USAMIL")
    dyad: tuple[str, str] | None = None  # two actors, either direction unless `directed`
    directed: bool = False
    cameo: str | None = None  # code prefix: "04", "042", "0421"
    root: str | None = None
    since: date | None = None
    until: date | None = None
    words: tuple[str, ...] = ()  # all must appear in the evidence (case-insensitive)
    modalities: tuple[Modality, ...] | None = (Modality.ASSERTED, Modality.REPORTED)
    article_id: str | None = None
    limit: int | None = 1000
    offset: int = 0


@dataclass(frozen=True, slots=True)
class DyadCount:
    a: str
    b: str
    events: int
    goldstein_mean: float


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """Events from one country to another in one period."""

    period: date
    source: str
    target: str
    events: int
    goldstein_sum: float
    quad_counts: tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class StoreStats:
    articles: int
    events: int
    events_happened: int
    articles_by_lang: dict[str, int] = field(default_factory=dict)
    articles_by_format: dict[str, int] = field(default_factory=dict)
    top_dyads: list[DyadCount] = field(default_factory=list)


class Store(ABC):
    """Articles and their events; one transaction per article so nothing is half-written."""

    location: str

    @abstractmethod
    def has_article(self, article_id: str) -> bool: ...

    @abstractmethod
    def add_article(self, article: Article, events: Sequence[Event], story_id: str | None = None,
                    minhash: bytes | None = None) -> bool:
        """Store an article and its events atomically; False if it was already there.

        With a `story_id` of an earlier article, an event the story already holds (same
        source, target, code and modality) is not stored again: it gains a mention,
        and its counts of articles and outlets are updated; the earliest-published article
        becomes its first source.
        """

    @abstractmethod
    def story_signatures(self) -> list[tuple[str, str, bytes]]:
        """(article id, story id, MinHash signature) of every article that has one."""

    @abstractmethod
    def events(self, query: EventQuery) -> list[Event]: ...

    @abstractmethod
    def articles(self, limit: int = 100) -> list[Article]: ...

    @abstractmethod
    def stats(self, top: int = 5) -> StoreStats: ...

    @abstractmethod
    def dyad_periods(self, period: str, a: str | None = None,
                     b: str | None = None) -> list[PeriodRow]:
        """Events per period and direction (all country pairs, or between `a` and `b`)."""

    @abstractmethod
    def articles_per_period(self, period: str) -> dict[date, int]: ...

    @abstractmethod
    def dyad_sequence(self, a: str, b: str) -> list[Event]:
        """Every current event between two countries, oldest first."""

    @abstractmethod
    def active_dyads(self, min_events: int) -> list[tuple[str, str, int]]: ...

    @abstractmethod
    def articles_by_id(self, ids: list[str]) -> dict[str, Article]: ...

    @abstractmethod
    def schema_version(self) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def event_row(event: Event) -> tuple[Any, ...]:
    """An Event as a row in EVENT_COLUMNS order."""
    def actor_cells(actor: Actor | None) -> list[Any]:
        if actor is None:
            return [None] * len(ACTOR_COLUMNS)
        return [getattr(actor, col) for col in ACTOR_COLUMNS]

    return (
        event.id, event.article_id, event.sentence_index, event.span_start, event.span_end,
        event.evidence, *actor_cells(event.source), *actor_cells(event.target),
        event.cameo, event.root, event.plover, event.plover_mode, event.goldstein,
        event.quad_class, event.trigger, event.modality.value, event.date,
        event.date_precision, event.published, event.asserted_by, event.mentions,
        event.lang, event.coder_version,
        *([getattr(event.place, col) for col in PLACE_COLUMNS] if event.place
          else [None] * len(PLACE_COLUMNS)),
        event.story_id, event.num_articles, event.num_sources, event.credited_source,
        event.intended, event.quote_id,
    )


def row_event(row: dict[str, Any]) -> Event:
    """A row (column name -> value) back as an Event."""
    def actor(side: str) -> Actor | None:
        cells = {col: row[f"{side}_{col}"] for col in ACTOR_COLUMNS}
        if cells["text"] is None and cells["code"] is None:
            return None
        return Actor(text=cells["text"] or "", code=cells["code"], country=cells["country"],
                     sector=cells["sector"], kb_id=cells["kb_id"], how=cells["how"])

    source = actor("source")
    assert source is not None, "events always have a source"
    return Event(
        id=row["id"], article_id=row["article_id"], sentence_index=row["sentence_index"],
        span_start=row["span_start"], span_end=row["span_end"], evidence=row["evidence"],
        source=source, target=actor("target"), cameo=row["cameo"], root=row["root"],
        plover=row["plover"], plover_mode=row["plover_mode"], goldstein=row["goldstein"],
        quad_class=row["quad_class"], trigger=row["trigger"],
        modality=Modality(row["modality"]), date=row["date"],
        date_precision=row["date_precision"], published=row["published"],
        asserted_by=row["asserted_by"], mentions=row["mentions"], lang=row["lang"],
        coder_version=row["coder_version"],
        place=Place(**{col: row[f"place_{col}"] for col in PLACE_COLUMNS})
        if row.get("place_name") else None,
        story_id=row.get("story_id"), num_articles=row.get("num_articles") or 1,
        num_sources=row.get("num_sources") or 1, credited_source=row.get("credited_source"),
        intended=row.get("intended"), quote_id=row.get("quote_id"),
    )


def article_row(article: Article, ingested_at: Any, story_id: str | None) -> tuple[Any, ...]:
    return (article.id, article.content_hash, article.title, article.outlet, article.url,
            article.published, article.lang, article.origin, article.source_format,
            article.text, ingested_at, story_id or article.id)


def row_article(row: dict[str, Any]) -> Article:
    return Article(id=row["id"], text=row["text"], title=row["title"], outlet=row["outlet"],
                   url=row["url"], published=row["published"], lang=row["lang"],
                   origin=row["origin"], source_format=row["source_format"],
                   content_hash=row["content_hash"])
