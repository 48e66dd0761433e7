"""Shifts in relations: change points in the Goldstein scores of a dyad's events.

For every pair of countries with at least `min_events` events that happened, the events are
put in date order and their Goldstein scores treated as a signal. A penalised search for a
change in mean (ruptures' KernelCPD with a linear kernel: the "l2" cost of PELT, searched in
compiled code) splits it where the mean level moves; the penalty is
`beta * sigma^2 * ln(n)`, with sigma estimated robustly from successive differences (a BIC-
style penalty that does not need tuning per dyad). Segments have at least `min_size` events.
Each change is ranked by |after - before| * sqrt(support), support being the smaller of the
two segments, and explained by the events after the change that moved the level most.

The store hands each dyad over as a `Signal` (ids, scores and days, aggregated in SQL),
not as records: only the events that explain a shift are read whole.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from statistics import fmean, median
from typing import Any

from entente.records import Event
from entente.store.base import Store
from entente.store.model import Signal


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
    driver_ids: tuple[str, ...] = ()  # the drivers' ids, until they are read whole

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


def change_points(signal: Sequence[float], params: ShiftParams) -> list[int]:
    """Indexes where a new segment starts (excluding 0 and len(signal))."""
    n = len(signal)
    if n < 2 * params.min_size:
        return []
    import numpy as np

    diffs = [abs(signal[i + 1] - signal[i]) for i in range(n - 1)]
    # MAD of successive differences / (0.6745 * sqrt 2) estimates sigma despite level shifts
    sigma = median(diffs) / (0.6745 * math.sqrt(2)) if diffs else 0.0
    sigma = max(sigma, 1.0)  # Goldstein steps are coarse; never let the penalty vanish
    penalty = params.beta * sigma**2 * math.log(n)
    # the linear kernel's cost is the l2 cost; KernelCPD searches it in C (PELT in Python
    # took seconds per large dyad); benchmarks/shifts.py compares their breakpoints
    path = _pelt_l2()(np.ascontiguousarray(signal, dtype=np.float64).reshape(-1, 1),
                      float(penalty), params.min_size)
    ends, end = [], n
    while end > 0:  # the search's path back from the end, as KernelCPD.predict reads it
        ends.append(end)
        end = int(path[end])
    return [i for i in reversed(ends) if 0 < i < n]


@cache
def _pelt_l2() -> Callable[[Any, float, int], Any]:
    """KernelCPD's compiled search for the linear kernel (ruptures' ekcpd_pelt_L2), loaded
    on its own: importing ruptures imports every cost it has and scipy.stats with them,
    seconds of start-up for each command that shows shifts. Falls back to the package."""
    try:
        spec = importlib.util.find_spec("ruptures")  # found, not imported
        assert spec is not None and spec.submodule_search_locations
        folder = Path(spec.submodule_search_locations[0]) / "detection" / "_detection"
        found = [folder / f"ekcpd{suffix}" for suffix in importlib.machinery.EXTENSION_SUFFIXES
                 if (folder / f"ekcpd{suffix}").exists()]
        loader = importlib.machinery.ExtensionFileLoader("ekcpd", str(found[0]))
        module_spec = importlib.util.spec_from_loader("ekcpd", loader)
        assert module_spec is not None
        module = importlib.util.module_from_spec(module_spec)
        loader.exec_module(module)
        search: Callable[[Any, float, int], Any] = module.ekcpd_pelt_L2
        return search
    except Exception:  # noqa: BLE001 - another layout of ruptures: its own import path
        from ruptures.detection.kernelcpd import ekcpd_pelt_L2

        fallback: Callable[[Any, float, int], Any] = ekcpd_pelt_L2
        return fallback


def event_day(e: Event) -> date:
    day = e.date or e.published
    assert day is not None, "the store only returns dated events here"
    return day


def signal_shifts(sig: Signal, params: ShiftParams) -> list[Shift]:
    """The changes in one dyad's signal; each shift names its drivers by id."""
    g = sig.goldstein
    bounds = [0, *change_points(g, params), len(g)]
    shifts = []
    for i in range(1, len(bounds) - 1):
        start, cut, end = bounds[i - 1], bounds[i], bounds[i + 1]
        level_before = fmean(g[start:cut])
        level_after = fmean(g[cut:end])
        if abs(level_after - level_before) < params.min_delta:
            continue
        sign = 1 if level_after > level_before else -1
        order = sorted(range(cut, end), key=lambda k: -sign * (g[k] - level_before))
        shifts.append(Shift(sig.a, sig.b, sig.days[cut], level_before, level_after,
                            cut - start, end - cut,
                            driver_ids=tuple(sig.ids[k] for k in order[:params.drivers])))
    return shifts


def dyad_shifts(events: list[Event], a: str, b: str, params: ShiftParams) -> list[Shift]:
    """The changes in one dyad's event sequence (oldest first)."""
    by_id = {e.id: e for e in events}
    found = signal_shifts(Signal(a, b, [e.id for e in events], [e.goldstein for e in events],
                                  [event_day(e) for e in events]), params)
    for shift in found:
        shift.drivers = [by_id[i] for i in shift.driver_ids]
    return found


def explained(store: Store, shifts: list[Shift]) -> list[Shift]:
    """The shifts with their driving events read from the store."""
    events = store.events_by_id(sorted({i for s in shifts for i in s.driver_ids}))
    for shift in shifts:
        shift.drivers = [events[i] for i in shift.driver_ids if i in events]
    return shifts


def ranked(signals: Iterable[Signal], params: ShiftParams) -> list[Shift]:
    found: list[Shift] = []
    for sig in signals:
        found += signal_shifts(sig, params)
    found.sort(key=lambda s: -s.score)
    return found


def find_shifts(store: Store, params: ShiftParams | None = None,
                top: int | None = None) -> list[Shift]:
    """The largest shifts across every dyad with enough events, biggest first."""
    params = params or ShiftParams()
    found = ranked(store.dyad_signals(params.min_events), params)
    return explained(store, found[:top] if top else found)


def shifts_between(store: Store, a: str, b: str, params: ShiftParams | None = None
                   ) -> list[Shift]:
    """The shifts of one dyad, exactly as `find_shifts` finds them across all dyads."""
    params = params or ShiftParams()
    first, second = sorted((a.upper(), b.upper()))
    return explained(store, ranked(store.dyad_signals(params.min_events, (first, second)),
                                   params))
