"""The offline HTML report: one self-contained file (inline SVG and CSS, no script, no
network) with the most active dyads, the biggest shifts, a chart of each top dyad over time
by QuadClass with its shifts marked, the network of relations, and the events behind each
shift with links to their articles. Drawn with the dashboard's chart renderer, templates
and stylesheet; links to articles go through the dashboard's safe-URL rule.
"""

from __future__ import annotations

from entente.render import environment, stylesheet
from entente.render.charts import network, quad_bars
from entente.services.relations import ReportData
from entente.vocabulary import HISTORY_DAYS

__all__ = ["REPORT_CSP", "render_report"]

# The report opens from a file, with no server to send headers: its policy is a meta tag.
# No script runs, nothing is fetched, no form is sent; its one stylesheet is inline.
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
              "base-uri 'none'; form-action 'none'")


def render_report(data: ReportData) -> str:
    """The report as one HTML string."""
    charts = []
    for relation, shifts in data.relations:
        series = relation.series
        points = series.points["both"]
        if not points:
            continue
        label = f"events between {series.a} and {series.b} per {series.period} by QuadClass"
        charts.append({"a": series.a, "b": series.b, "events": relation.events,
                       "svg": quad_bars(points, series.period, label, shifts)})
    return environment().get_template("report.html").render(
        data=data, css=stylesheet(), charts=charts, history_days=HISTORY_DAYS, csp=REPORT_CSP,
        network=network(data.network_rows))
