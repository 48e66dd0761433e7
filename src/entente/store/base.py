"""The store interface every backend implements, and the records it speaks."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType

from entente.records import HAPPENED, Article, Event, Modality


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
    modalities: tuple[Modality, ...] | None = HAPPENED
    article_id: str | None = None
    limit: int | None = 1000
    offset: int = 0
    descending: bool = False  # newest first (undated events last)


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
class QuadPeriod:
    """Events in one period, by QuadClass (for charts of any selection of events)."""

    period: date
    events: int
    goldstein_sum: float
    quad_counts: tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class LeftOut:
    """Events between two countries that a series cannot place: with no date of their own
    nor their article's, or dated long before their article (a mention of history)."""

    undated: int = 0
    history: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"undated": self.undated, "history": self.history}


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
    def events(self, query: EventQuery) -> list[Event]:
        """The events `query` matches, in date order (newest first with `descending`),
        the page `limit` and `offset` select."""

    @abstractmethod
    def count_events(self, query: EventQuery) -> int:
        """How many events `query` matches in all (its limit and offset aside)."""

    @abstractmethod
    def counterparts(self, query: EventQuery, actor: str) -> list[tuple[str, int]]:
        """Who `actor` deals with among the events `query` matches: the other side's code
        (or text when it has none) and its number of events, most first."""

    @abstractmethod
    def quad_periods(self, query: EventQuery, period: str) -> list[QuadPeriod]:
        """The events `query` matches per period by QuadClass (dated ones only)."""

    @abstractmethod
    def left_out(self, a: str, b: str) -> LeftOut:
        """Events that happened between countries `a` and `b` that no series counts."""

    @abstractmethod
    def revision(self) -> str:
        """Changes whenever the stored events may have: a key for caches of results."""

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
