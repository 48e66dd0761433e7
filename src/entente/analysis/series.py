"""A dyad's relations over time: per period and direction, events, Goldstein sum and mean,
QuadClass counts, and the same counts per 100 articles stored for the period, so that a busy
news month does not look like a crisis.

Only events that happened (asserted or reported) count, dated within HISTORY_DAYS (92)
before their article: older dates are mentions of history, not news of the period.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from entente.store.base import Point, Store
from entente.vocabulary import next_period, period_range

__all__ = ["DIRECTIONS", "DyadSeries", "Point", "Tally", "dyad_series", "next_period",
           "period_range"]

DIRECTIONS = ("a->b", "b->a", "both")


@dataclass
class DyadSeries:
    a: str
    b: str
    period: str
    points: dict[str, list[Point]] = field(default_factory=dict)  # direction -> points

    def to_dict(self) -> dict[str, object]:
        return {"a": self.a, "b": self.b, "period": self.period,
                "series": {d: [p.to_dict() for p in pts] for d, pts in self.points.items()}}


class Tally:
    """Events, Goldstein sum and QuadClass counts per period, added up from rows."""

    def __init__(self) -> None:
        self.cells: dict[date, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0, 0, 0])

    def add(self, period: date, events: int, goldstein_sum: float,
            quad_counts: tuple[int, int, int, int]) -> None:
        cell = self.cells[period]
        cell[0] += events
        cell[1] += goldstein_sum
        for q in range(4):
            cell[2 + q] += quad_counts[q]

    def points(self, period: str, articles: dict[date, int] | None = None,
               span: tuple[date, date] | None = None) -> list[Point]:
        """One Point per period from the first to the last (or over `span`), gaps as 0."""
        if span is None and not self.cells:
            return []
        first, last = span or (min(self.cells), max(self.cells))
        out = []
        for p in period_range(first, last, period):
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
    return DyadSeries(a, b, period, {d: t.points(period, articles, span) if span else []
                                     for d, t in tallies.items()})
