"""Synthetic dyads with planted changes, to measure the shift detector.

Each month brings a Poisson number of events; in a cooperative regime most of them are
cooperative CAMEO codes, in a conflictual one most are conflictual; the regime flips at the
planted months. Goldstein values come from the ontology, so the signal has the coarse
steps real data has.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

from entente.analysis.series import next_period
from entente.coding.ontology import load_ontology
from entente.records import Actor, Event


@dataclass(frozen=True, slots=True)
class PlantedDyad:
    events: list[Event]
    changes: list[date]  # first day of each month where the regime flips


def _poisson(rng: random.Random, lam: float) -> int:
    k, p, threshold = 0, 1.0, math.exp(-lam)
    while True:
        p *= rng.random()
        if p <= threshold:
            return k
        k += 1


def synthetic_dyad(rng: random.Random, months: int = 24, n_changes: int = 1,
                   events_per_month: float = 6.0, purity: float = 0.85,
                   start: date = date(2024, 1, 1)) -> PlantedDyad:
    """A dyad's events over `months` with `n_changes` regime flips at random months."""
    onto = load_ontology()
    coop = [c for c in onto.values() if len(c.code) == 3 and c.quad_class in (1, 2)
            and c.goldstein > 0]
    conflict = [c for c in onto.values() if len(c.code) == 3 and c.quad_class in (3, 4)]
    candidates = list(range(4, months - 3))
    flips: list[int] = []
    while len(flips) < n_changes and candidates:
        m = rng.choice(candidates)
        flips.append(m)
        candidates = [c for c in candidates if abs(c - m) >= 6]
    flips.sort()
    cooperative = rng.random() < 0.5
    month_start = start
    events: list[Event] = []
    changes: list[date] = []
    src, tgt = Actor("A", "AAA", "AAA"), Actor("B", "BBB", "BBB")
    for m in range(months):
        if m in flips:
            cooperative = not cooperative
            changes.append(month_start)
        days = (next_period(month_start, "month") - month_start).days
        for k in range(_poisson(rng, events_per_month)):
            pool = coop if (rng.random() < purity) == cooperative else conflict
            code = rng.choice(pool)
            day = month_start + timedelta(days=rng.randrange(days))
            events.append(Event(article_id=f"m{m}", sentence_index=k, evidence="synthetic",
                                span_start=0, span_end=9, source=src, target=tgt,
                                cameo=code.code, root=code.root, plover=code.plover,
                                goldstein=code.goldstein, quad_class=code.quad_class,
                                trigger="synthetic", date=day, published=day))
        month_start = next_period(month_start, "month")
    events.sort(key=lambda e: (e.date or start, e.article_id, e.sentence_index))
    return PlantedDyad(events, changes)


def months_apart(a: date, b: date) -> int:
    return abs((a.year - b.year) * 12 + a.month - b.month)
