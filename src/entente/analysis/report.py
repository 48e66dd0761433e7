"""The offline HTML report: one self-contained file (inline SVG and CSS, no script, no
network) with the most active dyads, the biggest shifts, a chart of each top dyad over time
by QuadClass with its shifts marked, the network of relations, and the events behind each
shift with links to their articles.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from html import escape

from entente.analysis.series import DyadSeries, dyad_series
from entente.analysis.shifts import Shift, ShiftParams, find_shifts
from entente.records import Article, Event
from entente.store.base import PeriodRow, Store

QUAD_COLOURS = ("#4c9a2a", "#1f6f3f", "#e39b2d", "#b8312f")  # vc, mc, vk, mk
QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict",
              "material conflict")
CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em 2em;
color:#222}h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border-bottom:1px solid #eee;
padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f6f6f6}
.num{text-align:right}.neg{color:#b8312f}.pos{color:#1f6f3f}.legend span{display:inline-block;
margin-right:1em}.sw{display:inline-block;width:.9em;height:.9em;margin-right:.3em;
vertical-align:middle}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}
.ev{color:#555}.small{font-size:.85em;color:#666}
"""


def write_report(store: Store, title: str = "entente report", top_dyads: int = 6,
                 period: str = "month", params: ShiftParams | None = None) -> str:
    """The report as one HTML string."""
    shifts = find_shifts(store, params)
    dyads = store.active_dyads(1)[:top_dyads]
    article_ids = {e.article_id for s in shifts[:10] for e in s.drivers}
    articles = store.articles_by_id(sorted(article_ids))
    stats = store.stats(top=top_dyads)
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
             f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
             f"<h1>{escape(title)}</h1>",
             f"<p class='small'>Written {datetime.now().strftime('%Y-%m-%d %H:%M')} from "
             f"{stats.articles} articles and {stats.events_happened} events that happened "
             f"(of {stats.events} coded). Series count events dated within 92 days of their "
             "article.</p>",
             _overview(dyads, shifts),
             "<h2>Relations over time</h2>", _legend()]
    for a, b, _n in dyads:
        series = dyad_series(store, a, b, period)
        parts.append(_dyad_chart(series, [s for s in shifts if {s.a, s.b} == {a, b}]))
    parts += ["<h2>Network of relations</h2>", _network(store.dyad_periods(period))]
    parts += ["<h2>Shifts and the events behind them</h2>",
              *(_shift_section(i, s, articles) for i, s in enumerate(shifts[:10], start=1))]
    if not shifts:
        parts.append("<p>No dyad has enough events for a shift to be found.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _overview(dyads: Sequence[tuple[str, str, int]], shifts: Sequence[Shift]) -> str:
    rows = "".join(f"<tr><td>{a}–{b}</td><td class='num'>{n}</td></tr>" for a, b, n in dyads)
    shift_rows = "".join(
        f"<tr><td><a href='#shift-{i}'>{s.a}–{s.b}</a></td><td>{s.date.isoformat()}</td>"
        f"<td class='{'neg' if s.delta < 0 else 'pos'}'>{s.direction}</td>"
        f"<td class='num'>{s.before:+.1f} → {s.after:+.1f}</td>"
        f"<td class='num'>{s.events_before} / {s.events_after}</td></tr>"
        for i, s in enumerate(shifts[:10], start=1))
    return ("<h2>Overview</h2><div style='display:flex;gap:2em'><div style='flex:1'>"
            "<h3>Most active dyads</h3><table><tr><th>dyad</th><th class='num'>events</th></tr>"
            f"{rows}</table></div><div style='flex:2'><h3>Biggest shifts</h3><table><tr>"
            "<th>dyad</th><th>around</th><th>direction</th><th class='num'>mean Goldstein</th>"
            f"<th class='num'>events before / after</th></tr>{shift_rows}</table></div></div>")


def _legend() -> str:
    items = "".join(f"<span><i class='sw' style='background:{c}'></i>{n}</span>"
                    for c, n in zip(QUAD_COLOURS, QUAD_NAMES, strict=True))
    return (f"<p class='legend'>{items}<span><i class='sw' style='background:#333'></i>"
            "a shift</span></p>")


def _dyad_chart(series: DyadSeries, shifts: Sequence[Shift], width: int = 1000,
                height: int = 220) -> str:
    points = series.points["both"]
    if not points:
        return ""
    pad_l, pad_b, pad_t = 40, 30, 10
    inner_w, inner_h = width - pad_l - 10, height - pad_b - pad_t
    peak = max(max(sum(p.quad_counts) for p in points), 1)
    bar_w = min(inner_w / len(points), 60.0)
    svg = [f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' "
           f"width='100%' role='img' aria-label='events between {series.a} and {series.b} "
           "per period by QuadClass'>"]
    for i, p in enumerate(points):
        x = pad_l + i * bar_w
        y: float = pad_t + inner_h
        for q, count in enumerate(p.quad_counts):
            h = inner_h * count / peak
            if count:
                y -= h
                svg.append(f"<rect x='{x + 1:.1f}' y='{y:.1f}' width='{max(bar_w - 2, 1):.1f}' "
                           f"height='{h:.1f}' fill='{QUAD_COLOURS[q]}'><title>"
                           f"{p.period.isoformat()}: {count} {QUAD_NAMES[q]}</title></rect>")
        if len(points) <= 24 or i % max(1, len(points) // 12) == 0:
            svg.append(f"<text x='{x + bar_w / 2:.1f}' y='{height - 10}' font-size='10' "
                       f"text-anchor='middle'>{p.period.strftime('%Y-%m')}</text>")
    for s in shifts:
        i = _index_of(points, s.date, series.period)
        x = pad_l + i * bar_w
        svg.append(f"<line x1='{x:.1f}' x2='{x:.1f}' y1='{pad_t}' y2='{pad_t + inner_h}' "
                   f"stroke='#333' stroke-width='2' stroke-dasharray='4 3'><title>"
                   f"{escape(s.describe())}</title></line>")
    svg.append(f"<text x='4' y='{pad_t + 10}' font-size='10'>{peak}</text>")
    svg.append(f"<line x1='{pad_l}' x2='{width - 10}' y1='{pad_t + inner_h}' "
               f"y2='{pad_t + inner_h}' stroke='#999'/></svg>")
    caption = (f"{series.a}–{series.b}: events per {series.period} by QuadClass "
               f"({sum(p.events for p in points)} in all)")
    return (f"<figure class='dyad' data-dyad='{series.a}-{series.b}'>{''.join(svg)}"
            f"<figcaption>{escape(caption)}</figcaption></figure>")


def _index_of(points: Sequence[object], day: date, period: str) -> int:
    from entente.analysis.series import next_period

    for i, p in enumerate(points):
        start = p.period  # type: ignore[attr-defined]
        if start <= day < next_period(start, period):
            return i
    return len(points) - 1


def _network(rows: Sequence[PeriodRow], size: int = 560, top: int = 14) -> str:
    pairs: dict[tuple[str, str], list[float]] = {}
    for r in rows:
        key = (min(r.source, r.target), max(r.source, r.target))
        cell = pairs.setdefault(key, [0, 0.0])
        cell[0] += r.events
        cell[1] += r.goldstein_sum
    weight: dict[str, float] = {}
    for (a, b), (n, _g) in pairs.items():
        weight[a] = weight.get(a, 0) + n
        weight[b] = weight.get(b, 0) + n
    nodes = sorted(weight, key=lambda c: -weight[c])[:top]
    if not nodes:
        return "<p>No relations between countries yet.</p>"
    centre, radius = size / 2, size / 2 - 50
    pos = {c: (centre + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
               centre + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2))
           for i, c in enumerate(nodes)}
    most = max(n for (a, b), (n, _g) in pairs.items() if a in pos and b in pos) if pairs else 1
    svg = [f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {size} {size}' "
           f"width='{size}' role='img' aria-label='network of relations'>"]
    for (a, b), (n, g) in sorted(pairs.items(), key=lambda kv: kv[1][0]):
        if a not in pos or b not in pos:
            continue
        mean = g / n
        colour = QUAD_COLOURS[1] if mean >= 0 else QUAD_COLOURS[3]
        (x1, y1), (x2, y2) = pos[a], pos[b]
        svg.append(f"<line x1='{x1:.0f}' y1='{y1:.0f}' x2='{x2:.0f}' y2='{y2:.0f}' "
                   f"stroke='{colour}' stroke-opacity='.7' stroke-width='{1 + 9 * n / most:.1f}'>"
                   f"<title>{a}–{b}: {int(n)} events, mean Goldstein {mean:+.1f}</title></line>")
    for c, (cx, cy) in pos.items():
        radius_c = 8 + 14 * math.sqrt(weight[c] / max(weight.values()))
        svg.append(f"<circle cx='{cx:.0f}' cy='{cy:.0f}' r='{radius_c:.0f}' fill='#fff' "
                   f"stroke='#333'/><text x='{cx:.0f}' y='{cy + 4:.0f}' font-size='11' "
                   f"text-anchor='middle'>{c}</text>")
    svg.append("</svg>")
    return ("<figure>" + "".join(svg) + "<figcaption>Countries with the most events; line "
            "width is the number of events, green cooperative and red conflictual on average"
            "</figcaption></figure>")


def _shift_section(i: int, s: Shift, articles: dict[str, Article]) -> str:
    rows = "".join(_event_row(e, articles.get(e.article_id)) for e in s.drivers)
    return (f"<h3 id='shift-{i}'>{i}. {escape(s.describe())}</h3><table><tr><th>date</th>"
            "<th>source → target</th><th>event</th><th class='num'>Goldstein</th>"
            f"<th>evidence</th><th>article</th></tr>{rows}</table>")


def _event_row(e: Event, article: Article | None) -> str:
    link = ""
    if article is not None:
        label = escape(article.outlet or article.title or article.id)
        link = (f"<a href='{escape(article.url, quote=True)}'>{label}</a>" if article.url
                else label)
    target = e.target.code if e.target else "—"
    return (f"<tr><td>{e.date.isoformat() if e.date else ''}</td>"
            f"<td>{escape(e.source.code or '')} → {escape(target or '')}</td>"
            f"<td>{e.cameo}</td><td class='num'>{e.goldstein:+.1f}</td>"
            f"<td class='ev'>{escape(e.evidence)}</td><td>{link}</td></tr>")
