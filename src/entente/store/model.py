"""What the store is asked (EventQuery) and what it answers besides records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from entente.records import HAPPENED, Article, Event, Modality, Quote


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
    # who says so: words of the event's asserted_by, or of its quote's speaker, or the
    # speaker's actor code prefix ("CUBHLH"); "anonymous" for speakers without a name
    asserted_by: str | None = None
    dyadic: bool = False  # only events with two sides resolved to countries or bodies
    limit: int | None = 1000
    offset: int = 0
    descending: bool = False  # newest first (undated events last)


@dataclass(frozen=True, slots=True)
class QuoteQuery:
    """Filters for `Store.quotes`; every field is optional and they combine with AND."""

    speaker: str | None = None  # actor code prefix or country of the speaker ("CUB", "VENGOV")
    sector: str | None = None  # the speaker's sector ("HLH", "GOV")
    anonymity: tuple[str, ...] = ()  # any of these (records.ANONYMITY)
    outlet: str | None = None  # words of the outlet it was given or credited to
    words: tuple[str, ...] = ()  # all must appear in the quoted text (case-insensitive)
    since: date | None = None  # the article's publication date
    until: date | None = None
    article_id: str | None = None
    kind: str | None = None  # direct | reported
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
class Point:
    """Events in one period, by QuadClass: of a dyad (with the articles stored for the
    period, all of them, not only this dyad's), or of any selection of events."""

    period: date
    events: int
    goldstein_sum: float
    quad_counts: tuple[int, int, int, int]
    articles: int = 0

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_sum / self.events if self.events else None

    @property
    def events_per_100_articles(self) -> float | None:
        return 100 * self.events / self.articles if self.articles else None

    def to_dict(self) -> dict[str, object]:
        mean = self.goldstein_mean
        per = self.events_per_100_articles
        return {"period": self.period.isoformat(), "events": self.events,
                "goldstein_sum": round(self.goldstein_sum, 2),
                "goldstein_mean": None if mean is None else round(mean, 2),
                "verbal_cooperation": self.quad_counts[0],
                "material_cooperation": self.quad_counts[1],
                "verbal_conflict": self.quad_counts[2], "material_conflict": self.quad_counts[3],
                "articles": self.articles,
                "events_per_100_articles": None if per is None else round(per, 2)}


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


@dataclass(frozen=True, slots=True)
class Pending:
    """An article to store with its events and its quotes: in the story of an earlier
    article (`story_id`), or a story of its own; `minhash` is its signature for grouping."""

    article: Article
    events: Sequence[Event]
    story_id: str | None = None
    minhash: bytes | None = None
    quotes: Sequence[Quote] = ()


@dataclass(frozen=True, slots=True)
class Signal:
    """A dyad's current events in date order, as change-point detection sees them: their
    ids, Goldstein scores and days."""

    a: str
    b: str
    ids: Sequence[str]
    goldstein: Sequence[float]
    days: Sequence[date]
