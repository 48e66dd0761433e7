"""What entente shows, drawn once for the dashboard and the offline report: one chart
renderer (charts.py, inline SVG), one template engine (Jinja2, autoescaped, templates/),
one stylesheet (static/style.css) and one rule for links (vocabulary.safe_url)."""

from __future__ import annotations

from importlib import resources

import jinja2

from entente.analysis.shifts import ShiftParams
from entente.vocabulary import period_label, safe_url

__all__ = ["environment", "stylesheet"]


def environment() -> jinja2.Environment:
    """The Jinja2 environment of every page and report: autoescaped (text from articles
    is always shown as text), strict about missing names, `safe_url` as a filter."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("entente.render", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["safe_url"] = safe_url
    env.filters["period_label"] = period_label
    env.globals["shift_params"] = ShiftParams()  # pages state the detector's real thresholds
    return env


def stylesheet() -> str:
    """The one stylesheet, as text (the report inlines it: it opens offline)."""
    return (resources.files("entente.render") / "static" / "style.css").read_text("utf-8")
