"""What each page shows, built once from the store and served twice: as HTML by the
dashboard and as JSON by its twin under /api/ (`to_dict`), so the two cannot disagree.

Every function here takes an open Store and only calls its interface, which binds user
values as parameters: no SQL is ever built from request text.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from entente.analysis.series import DyadSeries, Point, dyad_series, period_range
from entente.analysis.shifts import Shift, ShiftParams, dyad_shifts, find_shifts
from entente.records import Article, Event
from entente.store import EventQuery, Store, StoreStats
from entente.web.marks import Mark, Segment, marks_for, segments


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int = 100
    offset: int = 0
    descending: bool = False

    @property
    def sort(self) -> str:
        return "-date" if self.descending else "date"


@dataclass
class EventPage:
    """One page of the events a query matches, and how many it matches in all."""

    events: list[Event]
    total: int
    paging: Paging

    @property
    def next_offset(self) -> int | None:
        after = self.paging.offset + self.paging.limit
        return after if after < self.total else None

    @property
    def previous_offset(self) -> int | None:
        if self.paging.offset <= 0:
            return None
        return max(0, self.paging.offset - self.paging.limit)

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.paging.limit, "offset": self.paging.offset,
                "sort": self.paging.sort, "events": [e.to_dict() for e in self.events]}


def page_events(store: Store, query: EventQuery, paging: Paging) -> EventPage:
    """A page of matching events, oldest or newest first, with the total count.

    The Store interface has neither a count nor a descending order, so all matches are
    fetched and paged here; a `count_events` and an order in EventQuery would let the
    database do it (this is the one place to change then).
    """
    found = store.events(dataclasses.replace(query, limit=None, offset=0))
    if paging.descending:
        found.reverse()
    return EventPage(found[paging.offset:paging.offset + paging.limit], len(found), paging)


def article_ref(article: Article | None) -> dict[str, Any] | None:
    """What a list needs to link to an article: its page here and its address, if safe."""
    if article is None:
        return None
    return {"id": article.id, "title": article.title, "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else None,
            "url": safe_url(article.url), "href": f"/articles/{article.id}"}


def safe_url(url: str | None) -> str | None:
    """An article's address if it is http(s); anything else (javascript:, data:) is
    dropped, since it would run in the reader's browser when followed."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def shift_dict(shift: Shift, articles: dict[str, Article]) -> dict[str, Any]:
    """A shift with, for each driving event, the article that states it."""
    out = shift.to_dict()
    out["drivers"] = [{**e.to_dict(), "article": article_ref(articles.get(e.article_id))}
                      for e in shift.drivers]
    return out


def driver_articles(store: Store, shifts: list[Shift]) -> dict[str, Article]:
    return store.articles_by_id(sorted({e.article_id for s in shifts for e in s.drivers}))


# -- overview --------------------------------------------------------------------------


@dataclass
class Overview:
    stats: StoreStats
    dyads: list[tuple[str, str, int]]
    shifts: list[Shift]
    articles: dict[str, Article]
    volume: list[Point]
    period: str = "month"

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.stats.articles, "events": self.stats.events,
                "events_happened": self.stats.events_happened,
                "articles_by_lang": self.stats.articles_by_lang,
                "articles_by_format": self.stats.articles_by_format,
                "dyads": [{"a": a, "b": b, "events": n} for a, b, n in self.dyads],
                "shifts": [shift_dict(s, self.articles) for s in self.shifts],
                "period": self.period, "volume": [p.to_dict() for p in self.volume]}


def overview(store: Store, period: str = "month", top_dyads: int = 20,
             top_shifts: int = 10) -> Overview:
    """Counts, the most active dyads, the biggest shifts, and events between countries
    per period by QuadClass (events that happened, as the series count them)."""
    shifts = find_shifts(store, top=top_shifts)
    acc: dict[date, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0, 0, 0])
    for r in store.dyad_periods(period):
        cell = acc[r.period]
        cell[0] += r.events
        cell[1] += r.goldstein_sum
        for q in range(4):
            cell[2 + q] += r.quad_counts[q]
    articles = store.articles_per_period(period)
    volume = [_point(p, acc.get(p), articles.get(p, 0))
              for p in (period_range(min(acc), max(acc), period) if acc else [])]
    return Overview(store.stats(top=5), store.active_dyads(1)[:top_dyads], shifts,
                    driver_articles(store, shifts), volume, period)


def _point(period: date, cell: list[float] | None, articles: int) -> Point:
    c = cell or [0, 0.0, 0, 0, 0, 0]
    return Point(period, int(c[0]), float(c[1]), (int(c[2]), int(c[3]), int(c[4]), int(c[5])),
                 articles)


# -- dyads -----------------------------------------------------------------------------


def shifts_between(store: Store, a: str, b: str, params: ShiftParams | None = None
                   ) -> list[Shift]:
    """The shifts of one dyad, exactly as `find_shifts` finds them across all dyads."""
    params = params or ShiftParams()
    first, second = sorted((a, b))
    sequence = store.dyad_sequence(first, second)
    if len(sequence) < params.min_events:
        return []
    found = dyad_shifts(sequence, first, second, params)
    return sorted(found, key=lambda s: -s.score)


@dataclass
class DyadView:
    series: DyadSeries
    shifts: list[Shift]
    articles: dict[str, Article]
    events: EventPage

    def to_dict(self) -> dict[str, Any]:
        return {**self.series.to_dict(),
                "shifts": [shift_dict(s, self.articles) for s in self.shifts],
                "events": self.events.to_dict()}


def dyad_view(store: Store, a: str, b: str, period: str, query: EventQuery,
              paging: Paging) -> DyadView:
    """A dyad's series (each way and both), its shifts, and its events (`query` narrowed
    to the dyad)."""
    shifts = shifts_between(store, a, b)
    page = page_events(store, dataclasses.replace(query, dyad=(a, b), actor=None), paging)
    return DyadView(dyad_series(store, a, b, period), shifts, driver_articles(store, shifts),
                    page)


# -- actors ----------------------------------------------------------------------------


@dataclass
class ActorView:
    code: str
    counterparts: list[tuple[str, int]]  # the other side's code, events with it
    monthly: list[Point]
    events: EventPage

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code,
                "counterparts": [{"code": c, "events": n} for c, n in self.counterparts],
                "monthly": [p.to_dict() for p in self.monthly],
                "events": self.events.to_dict()}


def actor_view(store: Store, code: str, query: EventQuery, paging: Paging) -> ActorView:
    """An actor's events (`query` narrowed to it), who it deals with, and its events per
    month by QuadClass."""
    query = dataclasses.replace(query, actor=code)
    every = store.events(dataclasses.replace(query, limit=None, offset=0))
    others: dict[str, int] = defaultdict(int)
    for e in every:
        mine_is_source = _matches(e.source.code, e.source.country, code)
        other = e.target if mine_is_source else e.source
        if other is not None:
            others[other.code or other.text] += 1
    ranked = sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))
    return ActorView(code, ranked, monthly_points(every), page_events(store, query, paging))


def _matches(actor_code: str | None, country: str | None, code: str) -> bool:
    return (actor_code or "").startswith(code) or country == code


def monthly_points(events: list[Event]) -> list[Point]:
    """Events per calendar month by QuadClass, gaps filled (articles not counted: 0)."""
    acc: dict[date, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0, 0, 0])
    for e in events:
        day = e.date or e.published
        if day is None:
            continue
        cell = acc[day.replace(day=1)]
        cell[0] += 1
        cell[1] += e.goldstein
        cell[1 + e.quad_class] += 1
    if not acc:
        return []
    return [_point(p, acc.get(p), 0) for p in period_range(min(acc), max(acc), "month")]


# -- articles --------------------------------------------------------------------------


@dataclass
class ArticleView:
    article: Article
    events: list[Event]
    marks: list[Mark] = field(default_factory=list)

    @property
    def segments(self) -> list[Segment]:
        return segments(self.article.text, self.marks)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {"id": a.id, "title": a.title, "outlet": a.outlet, "url": safe_url(a.url),
                "published": a.published.isoformat() if a.published else None,
                "lang": a.lang, "source_format": a.source_format,
                "content_hash": a.content_hash, "text": a.text,
                "marks": [m.to_dict() for m in self.marks],
                "events": [e.to_dict() for e in self.events]}


def article_view(store: Store, article_id: str) -> ArticleView | None:
    """An article, every event coded from it (whatever its modality), and where in the
    text each is stated; None if there is no such article."""
    article = store.articles_by_id([article_id]).get(article_id)
    if article is None:
        return None
    events = store.events(EventQuery(article_id=article_id, modalities=None, limit=None))
    return ArticleView(article, events, marks_for(article.text, events))
