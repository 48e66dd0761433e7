"""Relations: the series of a dyad, the shifts, and the events and articles behind them.

What the CLI (`events`, `relations`, `shifts`, `report`, `demo`), the REST API, the
dashboard and the offline report show is built here once, from the store's interface
(which binds every user value as a parameter), and each front end only renders it: a
page and its JSON twin, the CLI's JSON and the API's, cannot disagree.

Shifts are found again only when the store has changed: `ShiftCache` keeps them per store
revision and detector parameters, behind a lock (the web server shares one).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from entente.analysis.marks import Mark, Segment, marks_for, segments
from entente.analysis.series import DIRECTIONS, DyadSeries, Point, Tally, dyad_series
from entente.analysis.shifts import (
    Shift,
    ShiftParams,
    explained,
    shifts_between,
    signal_shifts,
)
from entente.records import Article, Event, Quote
from entente.store import EventQuery, QuoteQuery, Store, StoreStats
from entente.store.base import LeftOut, PeriodRow
from entente.vocabulary import safe_url

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_VIEWS = 512  # views kept per revision (the overview, dyads' series), at most

# -- events ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int = 100
    offset: int = 0
    descending: bool = False

    @property
    def sort(self) -> str:
        return "-date" if self.descending else "date"

    def next_after(self, total: int) -> int | None:
        """The offset of the next page of `total` matches, if there is one."""
        after = self.offset + self.limit
        return after if after < total else None

    @property
    def previous(self) -> int | None:
        """The offset of the previous page, if there is one."""
        return None if self.offset <= 0 else max(0, self.offset - self.limit)


class _Paged:
    """A page of matches: its paging, how many match in all, where the pages around it
    start."""

    total: int
    paging: Paging

    @property
    def next_offset(self) -> int | None:
        return self.paging.next_after(self.total)

    @property
    def previous_offset(self) -> int | None:
        return self.paging.previous

    def _counts(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.paging.limit, "offset": self.paging.offset}


@dataclass
class EventPage(_Paged):
    """One page of the events a query matches, and how many it matches in all."""

    events: list[Event]
    total: int
    paging: Paging

    def to_dict(self) -> dict[str, Any]:
        return {**self._counts(), "sort": self.paging.sort,
                "events": [e.to_dict() for e in self.events]}


@dataclass
class QuotePage(_Paged):
    """One page of the quotes a query matches, and how many it matches in all."""

    quotes: list[Quote]
    total: int
    paging: Paging

    def to_dict(self) -> dict[str, Any]:
        return {**self._counts(), "quotes": [q.to_dict() for q in self.quotes]}


def page_events(store: Store, query: EventQuery, paging: Paging) -> EventPage:
    """A page of matching events, oldest or newest first, with the total count: the
    database counts and pages (Store.event_page), nothing is sliced here."""
    page = dataclasses.replace(query, limit=paging.limit, offset=paging.offset,
                               descending=paging.descending)
    return EventPage(*store.event_page(page), paging)


def article_ref(article: Article | None) -> dict[str, Any] | None:
    """What a list needs to link to an article: its page on the dashboard (`href`) and its
    address, if safe. The one shape of an article beside an event, everywhere."""
    if article is None:
        return None
    return {"id": article.id, "title": article.title, "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else None,
            "url": safe_url(article.url), "href": f"/articles/{article.id}"}


# -- shifts ------------------------------------------------------------------------------


class ShiftCache:
    """Shifts per (store revision, parameters): change-point detection over every dyad
    runs again only after the store has changed, once however many requests ask at the
    same time (the others wait for its answer). `warm` finds them in the background, so a
    server has them before the first request. Other views of the whole store (the
    overview, a dyad's series) are kept per revision too (`remember`). Safe to share
    between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the revision and what was found for it
        self._finding = threading.Lock()  # one search at a time
        self._revision: str | None = None
        self._found: dict[ShiftParams, list[Shift]] = {}
        self._views: dict[Hashable, Any] = {}
        self._computing: dict[tuple[str, Hashable], threading.Event] = {}
        self._dyads: dict[ShiftParams, dict[Pair, tuple[Fingerprint, list[Shift]]]] = {}
        self._warming: list[threading.Thread] = []

    def remember(self, store: Store, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`'s answer for `key`, computed again only after the store changed;
        while one thread computes it, another that asks waits for its answer (the
        overview, computed in the background when a server opens, was computed twice
        at once by a request that came meanwhile)."""
        revision = store.revision()
        with self._lock:
            self._turn(revision)
            if key in self._views:
                held: T = self._views[key]
                return held
            computing = self._computing.get((revision, key))
            if computing is None:
                self._computing[(revision, key)] = threading.Event()
        if computing is not None:
            computing.wait()
            with self._lock:
                if key in self._views and self._revision == revision:
                    found: T = self._views[key]
                    return found
            return compute()  # it failed, or the store changed meanwhile
        try:
            value = compute()
            with self._lock:
                if self._revision == revision and len(self._views) < MAX_VIEWS:
                    self._views[key] = value
            return value
        finally:
            with self._lock:
                self._computing.pop((revision, key)).set()

    def _turn(self, revision: str) -> None:
        if revision != self._revision:
            self._revision, self._found, self._views = revision, {}, {}

    def shifts(self, store: Store, params: ShiftParams) -> list[Shift]:
        revision = store.revision()
        hit = self._cached(revision, params)
        if hit is None:
            with self._finding:
                hit = self._cached(revision, params)  # found meanwhile by another thread
                if hit is None:
                    hit = search_dyads(store, params, self._dyads.setdefault(params, {}))
                    with self._lock:
                        if self._revision == revision:
                            self._found[params] = hit
        return list(hit)

    def peek(self, store: Store, params: ShiftParams) -> list[Shift] | None:
        """The shifts if they are found already for the store as it is, else None."""
        hit = self._cached(store.revision(), params)
        return None if hit is None else list(hit)

    def _cached(self, revision: str, params: ShiftParams) -> list[Shift] | None:
        with self._lock:
            self._turn(revision)
            return self._found.get(params)

    def warm(self, store: Store, params: ShiftParams | None = None,
             then: Callable[[], Any] | None = None,
             beside: Callable[[], Any] | None = None) -> None:
        """Find the shifts of the store as it is now in a background thread (and run
        `then`, e.g. the overview, that needs them); `beside`, what needs no shifts (the
        overview's counts), runs in a second thread meanwhile."""
        def run(first: Callable[[], Any], after: Callable[[], Any] | None) -> None:
            try:
                first()
                if after is not None:
                    after()
            except Exception:  # noqa: BLE001 - a request will find them, or say why
                log.debug("warming the cache failed", exc_info=True)

        self.wait()
        jobs = [(lambda: self.shifts(store, params or ShiftParams()), then)]
        if beside is not None:
            jobs.append((beside, None))
        self._warming = [threading.Thread(target=run, args=job, name="entente-warm",
                                          daemon=True) for job in jobs]
        for thread in self._warming:
            thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Until the background work has finished (before the store is closed)."""
        for thread in self._warming:
            thread.join(timeout)


Pair = tuple[str, str]
Fingerprint = tuple[int, str]
FEW_CHANGED = 8  # dyads read one by one when no more than this many changed


def search_dyads(store: Store, params: ShiftParams,
                 known: dict[Pair, tuple[Fingerprint, list[Shift]]]) -> list[Shift]:
    """Every dyad's shifts, biggest first, as `find_shifts` finds them; `known` holds each
    dyad's shifts with the fingerprint of its signal, and only the dyads whose signal
    changed since are searched again (after an ingest batch, the few it touched)."""
    prints = store.dyad_fingerprints(params.min_events)
    for pair in [p for p in known if p not in prints]:
        del known[pair]
    changed = {p for p, f in prints.items() if p not in known or known[p][0] != f}
    if changed:
        signals = (store.dyad_signals(params.min_events) if len(changed) > FEW_CHANGED else
                   (s for pair in sorted(changed)
                    for s in store.dyad_signals(params.min_events, pair)))
        for sig in signals:
            if (sig.a, sig.b) in changed:
                known[(sig.a, sig.b)] = (prints[(sig.a, sig.b)], signal_shifts(sig, params))
    # the order find_shifts ranks in: by score, ties in the order of the most active dyads
    order = sorted((p for p in prints if p in known), key=lambda p: (-prints[p][0], p))
    found = sorted((s for p in order for s in known[p][1]), key=lambda s: -s.score)
    return explained(store, found)


def shift_dict(shift: Shift, articles: dict[str, Article]) -> dict[str, Any]:
    """A shift with, for each driving event, the article that states it: the one JSON
    shape of a shift (`entente shifts --format json`, /api/shifts, /api/overview)."""
    out = shift.to_dict()
    out["drivers"] = [{**e.to_dict(), "article": article_ref(articles.get(e.article_id))}
                      for e in shift.drivers]
    return out


def driver_articles(store: Store, shifts: list[Shift]) -> dict[str, Article]:
    return store.articles_by_id(sorted({e.article_id for s in shifts for e in s.drivers}))


# -- the use cases -----------------------------------------------------------------------


@dataclass
class Relation:
    """A dyad's series, and the events between them it cannot count."""

    series: DyadSeries
    left_out: LeftOut

    @property
    def events(self) -> int:
        return sum(p.events for p in self.series.points["both"])

    def to_dict(self) -> dict[str, Any]:
        return {**self.series.to_dict(), "left_out": self.left_out.to_dict()}

    def explain(self) -> str | None:
        """Why events between the two are not in the series, when some are not."""
        parts = []
        if self.left_out.undated:
            parts.append(f"{self.left_out.undated} have no date (neither their own nor "
                         "their article's)")
        if self.left_out.history:
            parts.append(f"{self.left_out.history} are dated long before their article "
                         "(mentions of history)")
        if not parts:
            return None
        return (f"{sum((self.left_out.undated, self.left_out.history))} events between "
                f"{self.series.a} and {self.series.b} that happened are not in the series: "
                + "; ".join(parts) + " (`entente events` lists them)")


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


@dataclass
class DyadView:
    relation: Relation
    shifts: list[Shift]
    articles: dict[str, Article]
    events: EventPage

    @property
    def series(self) -> DyadSeries:
        return self.relation.series

    def to_dict(self) -> dict[str, Any]:
        return {**self.relation.to_dict(),
                "shifts": [shift_dict(s, self.articles) for s in self.shifts],
                "events": self.events.to_dict()}


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


@dataclass
class ArticleView:
    article: Article
    events: list[Event]
    marks: list[Mark] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def segments(self) -> list[Segment]:
        return segments(self.article.text, self.marks,
                        [(q.span_start, q.span_end) for q in self.quotes])

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {"id": a.id, "title": a.title, "outlet": a.outlet, "url": safe_url(a.url),
                "published": a.published.isoformat() if a.published else None,
                "lang": a.lang, "source_format": a.source_format,
                "content_hash": a.content_hash, "text": a.text,
                "marks": [m.to_dict() for m in self.marks],
                "events": [e.to_dict() for e in self.events],
                "quotes": [q.to_dict() for q in self.quotes]}


@dataclass
class ReportData:
    """What the offline report shows (render/report.py draws it)."""

    title: str
    written: datetime
    stats: StoreStats
    dyads: list[tuple[str, str, int]]
    shifts: list[Shift]  # the ten biggest
    articles: dict[str, Article]  # of their drivers
    relations: list[tuple[Relation, list[Shift]]]  # each top dyad and its shifts
    network_rows: list[PeriodRow]
    period: str = "month"


class Relations:
    """The relations service over one store; `cache` keeps shifts between calls (share
    one across the requests of a server)."""

    def __init__(self, store: Store, cache: ShiftCache | None = None) -> None:
        self.store = store
        self.cache = cache or ShiftCache()

    def events(self, query: EventQuery, paging: Paging | None = None) -> EventPage:
        return page_events(self.store, query, paging or Paging(limit=query.limit or 1000,
                                                               offset=query.offset))

    def relation(self, a: str, b: str, period: str = "month") -> Relation:
        """The series between countries `a` and `b`, each way and combined."""
        a, b = a.upper(), b.upper()
        return self.cache.remember(self.store, ("relation", a, b, period), lambda: Relation(
            dyad_series(self.store, a, b, period), self.store.left_out(a, b)))

    def shifts(self, params: ShiftParams | None = None, top: int | None = None,
               between: tuple[str, str] | None = None) -> list[Shift]:
        """The largest shifts, biggest first: across every dyad, or `between` two."""
        params = params or ShiftParams()
        if between:  # from the shifts of every dyad when they are found already (a server)
            pair = tuple(sorted(x.upper() for x in between))
            every = self.cache.peek(self.store, params)
            found = ([s for s in every if (s.a, s.b) == pair] if every is not None
                     else shifts_between(self.store, *between, params))
        else:
            found = self.cache.shifts(self.store, params)
        return found[:top] if top else found

    def shift_dicts(self, shifts: list[Shift]) -> list[dict[str, Any]]:
        articles = driver_articles(self.store, shifts)
        return [shift_dict(s, articles) for s in shifts]

    def overview(self, period: str = "month", top_dyads: int = 20,
                 top_shifts: int = 10) -> Overview:
        """Counts, the most active dyads, the biggest shifts, and events between countries
        per period by QuadClass (events that happened, as the series count them)."""
        return self.cache.remember(self.store, ("overview", period, top_dyads, top_shifts),
                                   lambda: self._overview(period, top_dyads, top_shifts))

    def _overview(self, period: str, top_dyads: int, top_shifts: int) -> Overview:
        shifts = self.shifts(top=top_shifts)
        stats, dyads, volume = self.overview_counts(period, top_dyads)
        return Overview(stats, dyads, shifts, driver_articles(self.store, shifts), volume,
                        period)

    def overview_counts(self, period: str = "month", top_dyads: int = 20
                        ) -> tuple[StoreStats, list[tuple[str, str, int]], list[Point]]:
        """What the overview shows that needs no shifts (found beside them when a server
        opens, so the first overview waits for the shifts alone): the counts, the most
        active dyads, events between countries per period."""
        def compute() -> tuple[StoreStats, list[tuple[str, str, int]], list[Point]]:
            volume = Tally()
            for r in self.store.dyad_periods(period):
                volume.add(r.period, r.events, r.goldstein_sum, r.quad_counts)
            return (self.store.stats(top=5), self.store.active_dyads(1, top_dyads),
                    volume.points(period, self.store.articles_per_period(period)))

        return self.cache.remember(self.store, ("overview counts", period, top_dyads),
                                   compute)

    def dyad(self, a: str, b: str, period: str, query: EventQuery, paging: Paging
             ) -> DyadView:
        """A dyad's series (each way and both), its shifts, and its events (`query`
        narrowed to the dyad)."""
        a, b = a.upper(), b.upper()
        shifts = self.shifts(between=(a, b))
        page = page_events(self.store, dataclasses.replace(query, dyad=(a, b), actor=None),
                           paging)
        return DyadView(self.relation(a, b, period), shifts,
                        driver_articles(self.store, shifts), page)

    def actor(self, code: str, query: EventQuery, paging: Paging) -> ActorView:
        """An actor's events (`query` narrowed to it), who it deals with, and its events
        per month by QuadClass."""
        query = dataclasses.replace(query, actor=code)
        monthly = Tally()
        for r in self.store.quad_periods(query, "month"):
            monthly.add(r.period, r.events, r.goldstein_sum, r.quad_counts)
        return ActorView(code, self.store.counterparts(query, code), monthly.points("month"),
                         page_events(self.store, query, paging))

    def article(self, article_id: str) -> ArticleView | None:
        """An article, every event coded from it (whatever its modality), and where in
        the text each is stated; None if there is no such article."""
        article = self.store.articles_by_id([article_id]).get(article_id)
        if article is None:
            return None
        events = self.article_events(article_id)
        said = self.store.quotes(QuoteQuery(article_id=article_id, limit=None))
        return ArticleView(article, events, marks_for(article.text, events), said)

    def quotes(self, query: QuoteQuery, paging: Paging | None = None) -> QuotePage:
        """A page of the quotes `query` matches, with the total count (SQL pages)."""
        paging = paging or Paging(limit=query.limit or 1000, offset=query.offset)
        page = dataclasses.replace(query, limit=paging.limit, offset=paging.offset)
        return QuotePage(self.store.quotes(page), self.store.count_quotes(query), paging)

    def report(self, title: str = "entente report", top_dyads: int = 6,
               period: str = "month", params: ShiftParams | None = None) -> ReportData:
        """Everything the offline report shows."""
        shifts = self.shifts(params)
        dyads = self.store.active_dyads(1, top_dyads)
        relations = [(self.relation(a, b, period), [s for s in shifts if {s.a, s.b} == {a, b}])
                     for a, b, _n in dyads]
        return ReportData(title, datetime.now(), self.store.stats(top=top_dyads), dyads,
                          shifts[:10], driver_articles(self.store, shifts[:10]), relations,
                          self.store.dyad_periods(period), period)

    def article_events(self, article_id: str) -> list[Event]:
        """Every event stored from an article, whatever its modality."""
        return self.store.events(EventQuery(article_id=article_id, modalities=None,
                                            limit=None))


__all__ = ["DIRECTIONS", "ActorView", "ArticleView", "DyadView", "EventPage", "Overview",
           "Paging", "Relation", "Relations", "ShiftCache", "article_ref", "page_events",
           "shift_dict"]
