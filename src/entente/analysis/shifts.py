"""Shifts in relations: change points in the Goldstein scores of a dyad's events.

For every pair of countries with at least `min_events` events that happened, the events are
put in date order and their Goldstein scores treated as a signal. PELT (ruptures, cost "l2":
a change in mean) splits it where the mean level moves; the penalty is
`beta * sigma^2 * ln(n)`, with sigma estimated robustly from successive differences (a BIC-
style penalty that does not need tuning per dyad). Segments have at least `min_size` events.
Each change is ranked by |after - before| * sqrt(support), support being the smaller of the
two segments, and explained by the events after the change that moved the level most.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean, median

from entente.records import Event
from entente.store.base import Store


@dataclass(frozen=True, slots=True)
class ShiftParams:
    min_events: int = 8  # a dyad needs this many events to be examined
    min_size: int = 4  # events on each side of a change, at least
    beta: float = 6.0  # penalty multiplier: higher, fewer changes
    min_delta: float = 3.0  # changes of the mean Goldstein smaller than this are ignored
    drivers: int = 5  # events listed to explain each change


@dataclass
class Shift:
    a: str
    b: str
    date: date  # date of the first event after the change
    before: float  # mean Goldstein before
    after: float  # mean Goldstein after
    events_before: int
    events_after: int
    drivers: list[Event] = field(default_factory=list)

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def score(self) -> float:
        return abs(self.delta) * math.sqrt(min(self.events_before, self.events_after))

    @property
    def direction(self) -> str:
        return "towards conflict" if self.delta < 0 else "towards cooperation"

    def describe(self) -> str:
        return (f"{self.a}-{self.b} turned {self.direction} around {self.date.isoformat()}: "
                f"mean Goldstein {self.before:+.1f} over {self.events_before} events before, "
                f"{self.after:+.1f} over {self.events_after} after")

    def to_dict(self) -> dict[str, object]:
        return {"a": self.a, "b": self.b, "date": self.date.isoformat(),
                "direction": self.direction, "before": round(self.before, 2),
                "after": round(self.after, 2), "delta": round(self.delta, 2),
                "events_before": self.events_before, "events_after": self.events_after,
                "score": round(self.score, 2), "summary": self.describe(),
                "drivers": [e.to_dict() for e in self.drivers]}


def change_points(signal: list[float], params: ShiftParams) -> list[int]:
    """Indexes where a new segment starts (excluding 0 and len(signal))."""
    n = len(signal)
    if n < 2 * params.min_size:
        return []
    import numpy as np
    import ruptures as rpt

    diffs = [abs(signal[i + 1] - signal[i]) for i in range(n - 1)]
    # MAD of successive differences / (0.6745 * sqrt 2) estimates sigma despite level shifts
    sigma = median(diffs) / (0.6745 * math.sqrt(2)) if diffs else 0.0
    sigma = max(sigma, 1.0)  # Goldstein steps are coarse; never let the penalty vanish
    penalty = params.beta * sigma**2 * math.log(n)
    algo = rpt.Pelt(model="l2", min_size=params.min_size, jump=1)
    ends = algo.fit(np.asarray(signal, dtype=float).reshape(-1, 1)).predict(pen=penalty)
    return [i for i in ends if 0 < i < n]


def event_day(e: Event) -> date:
    day = e.date or e.published
    assert day is not None, "the store only returns dated events here"
    return day


def dyad_shifts(events: list[Event], a: str, b: str, params: ShiftParams) -> list[Shift]:
    """The changes in one dyad's event sequence (oldest first)."""
    signal = [e.goldstein for e in events]
    bounds = [0, *change_points(signal, params), len(signal)]
    shifts = []
    for i in range(1, len(bounds) - 1):
        before = events[bounds[i - 1]:bounds[i]]
        after = events[bounds[i]:bounds[i + 1]]
        level_before = fmean(e.goldstein for e in before)
        level_after = fmean(e.goldstein for e in after)
        if abs(level_after - level_before) < params.min_delta:
            continue
        sign = 1 if level_after > level_before else -1
        drivers = sorted(after, key=lambda e: -sign * (e.goldstein - level_before))
        shifts.append(Shift(a, b, event_day(after[0]), level_before, level_after, len(before),
                            len(after), drivers[:params.drivers]))
    return shifts


def find_shifts(store: Store, params: ShiftParams | None = None,
                top: int | None = None) -> list[Shift]:
    """The largest shifts across every dyad with enough events, biggest first."""
    params = params or ShiftParams()
    found: list[Shift] = []
    for a, b, _n in store.active_dyads(params.min_events):
        found += dyad_shifts(store.dyad_sequence(a, b), a, b, params)
    found.sort(key=lambda s: -s.score)
    return found[:top] if top else found
