"""The one chart renderer: inline SVG drawn on the server, for the dashboard and the offline
report alike. No script, no network, readable by tests.

Each drawn element carries its data as attributes (`data-period`, `data-quad`,
`data-count` on bars; `data-date` on shift markers) so a browser test can compare what is
drawn with the JSON twin of the page, and a <title> child so a pointer shows the numbers.
Colours come from classes (q1..q4, shift, pos, neg) styled in static/style.css, which the
dashboard links and the report inlines.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from html import escape

from markupsafe import Markup

from entente.analysis.series import Point
from entente.analysis.shifts import Shift
from entente.store.base import PeriodRow
from entente.vocabulary import next_period, period_label

QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict",
              "material conflict")
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 44, 12, 16, 34


def period_index(points: Sequence[Point], day: date, period: str) -> int | None:
    """The index of the point whose period holds `day`, or None if none does."""
    for i, p in enumerate(points):
        if p.period <= day < next_period(p.period, period):
            return i
    return None


def quad_bars(points: Sequence[Point], period: str, label: str,
              shifts: Sequence[Shift] = (), width: int = 960, height: int = 240) -> Markup:
    """Stacked bars of events per period by QuadClass, with dashed lines at shifts.

    One <rect> per (period, QuadClass) with events; empty cells are not drawn. A shift
    whose date falls outside the periods shown is left out.
    """
    if not points:
        return Markup("<p class='empty'>No events to chart.</p>")
    inner_w = width - PAD_LEFT - PAD_RIGHT
    inner_h = height - PAD_TOP - PAD_BOTTOM
    peak = max(max(sum(p.quad_counts) for p in points), 1)
    step = inner_w / len(points)
    bar_w = max(min(step - 2, 48.0), 1.0)
    base = PAD_TOP + inner_h
    out = [f"<svg class='chart' data-chart='quad-bars' data-period-unit='{escape(period)}' "
           f"xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' role='img' "
           f"aria-label='{escape(label, quote=True)}'><title>{escape(label)}</title>",
           f"<line class='axis' x1='{PAD_LEFT}' x2='{width - PAD_RIGHT}' y1='{base}' "
           f"y2='{base}'/>",
           f"<text class='tick' x='{PAD_LEFT - 6}' y='{PAD_TOP + 4}' text-anchor='end'>"
           f"{peak}</text>",
           f"<text class='tick' x='{PAD_LEFT - 6}' y='{base}' text-anchor='end'>0</text>"]
    label_every = max(1, len(points) // 12)
    for i, p in enumerate(points):
        x = PAD_LEFT + i * step + (step - bar_w) / 2
        y = float(base)
        for q, count in enumerate(p.quad_counts):
            if not count:
                continue
            h = inner_h * count / peak
            y -= h
            out.append(
                f"<rect class='bar q{q + 1}' data-period='{p.period.isoformat()}' "
                f"data-quad='{q + 1}' data-count='{count}' x='{x:.1f}' y='{y:.1f}' "
                f"width='{bar_w:.1f}' height='{h:.1f}'><title>"
                f"{period_label(p.period, period)}: {count} {QUAD_NAMES[q]}</title></rect>")
        if i % label_every == 0:
            out.append(f"<text class='tick' x='{x + bar_w / 2:.1f}' y='{height - 12}' "
                       f"text-anchor='middle'>{period_label(p.period, period)}</text>")
    for s in shifts:
        at = period_index(points, s.date, period)
        if at is None:
            continue
        x = PAD_LEFT + at * step
        out.append(
            f"<line class='shift' data-date='{s.date.isoformat()}' "
            f"data-period='{points[at].period.isoformat()}' "
            f"data-direction='{escape(s.direction, quote=True)}' x1='{x:.1f}' x2='{x:.1f}' "
            f"y1='{PAD_TOP - 8}' y2='{base}'><title>{escape(s.describe())}</title></line>")
    out.append("</svg>")
    return Markup("".join(out))


def network(rows: Sequence[PeriodRow], size: int = 560, top: int = 14) -> Markup:
    """The countries with the most events on a circle, a line per pair: its width the
    number of events, its class pos (cooperative on average) or neg (conflictual)."""
    pairs: dict[tuple[str, str], list[float]] = {}
    for r in rows:
        cell = pairs.setdefault((min(r.source, r.target), max(r.source, r.target)), [0, 0.0])
        cell[0] += r.events
        cell[1] += r.goldstein_sum
    weight: dict[str, float] = {}
    for (a, b), (n, _g) in pairs.items():
        weight[a] = weight.get(a, 0) + n
        weight[b] = weight.get(b, 0) + n
    nodes = sorted(weight, key=lambda c: (-weight[c], c))[:top]
    if not nodes:
        return Markup("<p class='empty'>No relations between countries yet.</p>")
    centre, radius = size / 2, size / 2 - 50
    pos = {c: (centre + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
               centre + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2))
           for i, c in enumerate(nodes)}
    shown = {k: v for k, v in pairs.items() if k[0] in pos and k[1] in pos}
    most = max(n for n, _g in shown.values()) if shown else 1
    out = [f"<svg class='network' data-chart='network' xmlns='http://www.w3.org/2000/svg' "
           f"viewBox='0 0 {size} {size}' width='{size}' role='img' "
           "aria-label='network of relations'><title>network of relations</title>"]
    for (a, b), (n, g) in sorted(shown.items(), key=lambda kv: (kv[1][0], kv[0])):
        mean = g / n
        (x1, y1), (x2, y2) = pos[a], pos[b]
        out.append(f"<line class='link {'pos' if mean >= 0 else 'neg'}' data-pair='{a}-{b}' "
                   f"data-count='{int(n)}' x1='{x1:.0f}' y1='{y1:.0f}' x2='{x2:.0f}' "
                   f"y2='{y2:.0f}' stroke-width='{1 + 9 * n / most:.1f}'><title>{a}–{b}: "
                   f"{int(n)} events, mean Goldstein {mean:+.1f}</title></line>")
    heaviest = max(weight.values())
    for c, (cx, cy) in pos.items():
        size_c = 8 + 14 * math.sqrt(weight[c] / heaviest)
        out.append(f"<circle class='node' cx='{cx:.0f}' cy='{cy:.0f}' r='{size_c:.0f}'/>"
                   f"<text class='label' x='{cx:.0f}' y='{cy + 4:.0f}' "
                   f"text-anchor='middle'>{escape(c)}</text>")
    out.append("</svg>")
    return Markup("".join(out))
