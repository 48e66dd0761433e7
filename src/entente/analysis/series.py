"""A dyad's relations over time: per period and direction, events, Goldstein sum and mean,
QuadClass counts, and the same counts per 100 articles stored for the period, so that a busy
news month does not look like a crisis.

Only events that happened (asserted or reported) count, dated within HISTORY_DAYS (92)
before their article: older dates are mentions of history, not news of the period.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from entente.store.base import Point, Store
from entente.vocabulary import next_period, period_range

__all__ = ["DIRECTIONS", "DyadSeries", "Point", "Tally", "dyad_series", "next_period",
           "period_range"]

DIRECTIONS = ("a->b", "b->a", "both")
# A series returns at most this many periods, the latest (ten years of days): an event
# dated centuries away must not turn one request into hundreds of megabytes.
MAX_PERIODS = 3660


@dataclass
class DyadSeries:
    a: str
    b: str
    period: str
    points: dict[str, list[Point]] = field(default_factory=dict)  # direction -> points
    periods_left_out: int = 0  # earlier periods beyond MAX_PERIODS, not returned

    def to_dict(self) -> dict[str, object]:
        return {"a": self.a, "b": self.b, "period": self.period,
                "series": {d: [p.to_dict() for p in pts] for d, pts in self.points.items()},
                "periods_left_out": self.periods_left_out}


def earliest_start(last: date, period: str) -> date:
    """The start of the period MAX_PERIODS - 1 before the one starting on `last`."""
    back = MAX_PERIODS - 1
    if period in ("day", "week"):
        try:
            return last - timedelta(days=back * (1 if period == "day" else 7))
        except OverflowError:
            return date.min
    months = last.year * 12 + last.month - 1 - back * (3 if period == "quarter" else 1)
    return date(months // 12, months % 12 + 1, 1) if months >= 12 else date.min


def periods_between(first: date, later: date, period: str) -> int:
    """How many periods start from `first` (included) to `later` (excluded)."""
    if period in ("day", "week"):
        return (later - first).days // (1 if period == "day" else 7)
    months = (later.year - first.year) * 12 + later.month - first.month
    return months // (3 if period == "quarter" else 1)


class Tally:
    """Events, Goldstein sum and QuadClass counts per period, added up from rows."""

    def __init__(self) -> None:
        self.cells: dict[date, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0, 0, 0])
        self.cut_periods = 0

    def add(self, period: date, events: int, goldstein_sum: float,
            quad_counts: tuple[int, int, int, int]) -> None:
        cell = self.cells[period]
        cell[0] += events
        cell[1] += goldstein_sum
        for q in range(4):
            cell[2 + q] += quad_counts[q]

    def points(self, period: str, articles: dict[date, int] | None = None,
               span: tuple[date, date] | None = None) -> list[Point]:
        """One Point per period from the first to the last (or over `span`), gaps as 0;
        the latest MAX_PERIODS of them (`cut_periods` says how many earlier ones)."""
        if span is None and not self.cells:
            return []
        first, last = span or (min(self.cells), max(self.cells))
        starts = period_range(max(first, earliest_start(last, period)), last, period)
        self.cut_periods = periods_between(first, starts[0], period)
        out = []
        for p in starts:
            c = self.cells.get(p, [0, 0.0, 0, 0, 0, 0])
            out.append(Point(p, int(c[0]), float(c[1]),
                             (int(c[2]), int(c[3]), int(c[4]), int(c[5])),
                             (articles or {}).get(p, 0)))
        return out


def dyad_series(store: Store, a: str, b: str, period: str = "month") -> DyadSeries:
    """The series between countries `a` and `b`, each way and combined, gaps filled with 0."""
    a, b = a.upper(), b.upper()
    rows = store.dyad_periods(period, a, b)
    articles = store.articles_per_period(period)
    tallies = {d: Tally() for d in DIRECTIONS}
    for r in rows:
        for d in ("a->b" if r.source == a else "b->a", "both"):
            tallies[d].add(r.period, r.events, r.goldstein_sum, r.quad_counts)
    span = (min(r.period for r in rows), max(r.period for r in rows)) if rows else None
    points = {d: t.points(period, articles, span) if span else [] for d, t in tallies.items()}
    return DyadSeries(a, b, period, points, tallies["both"].cut_periods)
