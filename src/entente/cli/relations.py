"""Commands that read a store: events, relations, shifts, report, export.

Each reads through the relations service (services/relations.py), the one the REST API,
the dashboard and the Python API use, so they all show the same things in the same shapes.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from entente.cli.common import (
    date_option_value,
    db_option,
    echo_err,
    format_option,
    print_table,
    shift_options,
    shift_params,
    write_records,
)
from entente.records import ANONYMITY, UNNAMED, Event, Quote
from entente.vocabulary import MODALITY_NAMES, PERIODS


@click.command()
@db_option
@click.option("--actor", help="Actor code prefix or country on either side (VEN, USAMIL).")
@click.option("--dyad", nargs=2, metavar="A B", help="Events between A and B, either way.")
@click.option("--directed", is_flag=True, help="With --dyad: only A as source, B as target.")
@click.option("--cameo", help="CAMEO code or prefix (042, 17).")
@click.option("--root", help="CAMEO root (two digits).")
@click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--text", "words", multiple=True, help="Word(s) that must be in the evidence.")
@click.option("--modality", type=click.Choice(MODALITY_NAMES), default="happened",
              show_default=True, help="happened = asserted or reported.")
@click.option("--limit", default=100, show_default=True, help="At most this many events.")
@click.option("--newest-first", is_flag=True, help="Newest first (undated events last).")
@click.option("--dyadic", is_flag=True,
              help="Only events with two sides resolved to countries or international bodies.")
@click.option("--asserted-by", metavar="WHO",
              help="Who says so: words of the speaker or source ('Reuters', 'doctor'), a "
                   "speaker's actor code (CUBHLH), or 'anonymous' for unnamed speakers.")
@format_option("table", "csv", "jsonl", "json")
def events(db: str, actor: str | None, dyad: tuple[str, str] | None, directed: bool,
           cameo: str | None, root: str | None, since: str | None, until: str | None,
           words: tuple[str, ...], modality: str, limit: int, newest_first: bool,
           dyadic: bool, asserted_by: str | None, fmt: str) -> None:
    """Query the stored events.

    CSV has the columns of `entente export --format csv`: every field of an event.

    \b
    Examples:
      entente events --dyad CUB VEN --since 2026-01-01
      entente events --actor USA --root 17 --format csv
      entente events --text doctors --modality all --format jsonl
      entente events --asserted-by anonymous --dyad CUB VEN
    """
    from entente.services.notebook import query, read_events

    found = read_events(db, query(actor=actor, dyad=dyad, directed=directed, cameo=cameo,
                                  root=root, since=date_option_value(since),
                                  until=date_option_value(until), words=words,
                                  modality=modality, limit=limit,
                                  newest_first=newest_first, dyadic=dyadic,
                                  asserted_by=asserted_by))
    write_records(found, fmt, Event, table=_events_table)


def _events_table(found: Sequence[Event]) -> None:
    print_table(("date", "source", "target", "cameo", "gold", "modality", "evidence"),
                ((e.date.isoformat() if e.date else "", e.source.code or "",
                  (e.target.code or "?") if e.target else "", e.cameo, f"{e.goldstein:+.1f}",
                  e.modality.value, e.evidence) for e in found))
    echo_err(f"{len(found)} events")


@click.command()
@db_option
@click.option("--speaker", help="Speaker's actor code prefix or country (CUB, VENGOV).")
@click.option("--sector", help="Speaker's sector (HLH, GOV, OPP).")
@click.option("--anonymity", type=click.Choice(ANONYMITY), multiple=True,
              help="How the speaker is known (repeat for several).")
@click.option("--anonymous", is_flag=True,
              help="Speakers without a name: anonymous, pseudonym, unnamed officials, "
                   "sources or people.")
@click.option("--outlet", help="Words of the outlet it was given or credited to.")
@click.option("--text", "words", multiple=True, help="Word(s) that must be in the quote.")
@click.option("--kind", type=click.Choice(["direct", "reported"]),
              help="Direct quotes, or reported claims ('said that', 'según').")
@click.option("--since", metavar="YYYY-MM-DD", help="Articles published on or after.")
@click.option("--until", metavar="YYYY-MM-DD", help="Articles published on or before.")
@click.option("--limit", default=100, show_default=True, help="At most this many quotes.")
@format_option("table", "csv", "jsonl", "json")
def quotes(db: str, speaker: str | None, sector: str | None, anonymity: tuple[str, ...],
           anonymous: bool, outlet: str | None, words: tuple[str, ...], kind: str | None,
           since: str | None, until: str | None, limit: int, fmt: str) -> None:
    """Who says so: the stored quotes and reported claims, with their speakers.

    Each has the speaker as written and as resolved (country, sector, knowledge-base
    entry), the speaker's description, how the speaker is known (named, pseudonym,
    anonymous, unnamed official or source, institution) with the words that say so, and
    the outlet it was given or credited to. `entente events --asserted-by` finds the events
    coded inside them.

    \b
    Examples:
      entente quotes --anonymous --speaker CUB
      entente quotes --sector HLH --format jsonl
      entente quotes --text doctors --outlet Reuters
    """
    from entente.services.stores import open_for_reading
    from entente.store import QuoteQuery

    chosen = tuple(anonymity) + (UNNAMED if anonymous else ())
    q = QuoteQuery(speaker=speaker, sector=sector, anonymity=tuple(dict.fromkeys(chosen)),
                   outlet=outlet, words=words, since=date_option_value(since),
                   until=date_option_value(until), kind=kind, limit=limit)
    with open_for_reading(db) as store:
        found = store.quotes(q)
    write_records(found, fmt, Quote, table=_quotes_table)


def _quotes_table(found: Sequence[Quote]) -> None:
    print_table(("speaker", "actor", "known as", "outlet", "quote"),
                ((q.speaker_ref or q.said_by or "?", (q.speaker.code or "") if q.speaker else "",
                  q.anonymity + (f" ({q.anonymity_cue})" if q.anonymity_cue else ""),
                  q.outlet or "", q.text) for q in found))
    echo_err(f"{len(found)} quotes")


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--period", type=click.Choice(PERIODS), default="month", show_default=True)
@format_option("table", "csv", "json")
def relations(a: str, b: str, db: str, period: str, fmt: str) -> None:
    """The relations between two countries over time, each way and combined.

    Per period: events, Goldstein sum and mean, QuadClass counts, and events per 100 articles
    stored for the period (so a busy news month does not look like a crisis). Events that
    cannot be placed in a series (no date at all, or dated long before their article) are
    counted and said.

    \b
    Example:  entente relations CUB VEN --period quarter
    """
    from entente.analysis.series import DIRECTIONS
    from entente.services.notebook import relation as read_relation

    rel = read_relation(a, b, db, period)
    series = rel.series
    if fmt == "json":
        click.echo(json.dumps(rel.to_dict(), indent=2))
        return
    note = rel.explain()
    if note:
        echo_err(note)
    rows = [{"direction": d.replace("a", series.a, 1).replace("b", series.b, 1)
             if d != "both" else "both", **p.to_dict()}
            for d in DIRECTIONS for p in series.points[d]]
    if not rows:
        echo_err(f"no events between {series.a} and {series.b} in any period")
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
        return
    for d in DIRECTIONS:
        label = {"a->b": f"{series.a} → {series.b}", "b->a": f"{series.b} → {series.a}",
                 "both": "both ways"}[d]
        cols = ("period", "events", "gold sum", "gold mean", "VC", "MC", "VK", "MK",
                "per 100 art.")
        body = []
        for p in series.points[d]:
            r = p.to_dict()
            body.append((str(r["period"]), str(r["events"]), f"{p.goldstein_sum:+.1f}",
                         "" if r["goldstein_mean"] is None else f"{r['goldstein_mean']:+.2f}",
                         *(str(c) for c in p.quad_counts),
                         "" if r["events_per_100_articles"] is None
                         else f"{r['events_per_100_articles']:.1f}"))
        print_table(cols, body, title=f"{label}, per {period}", right=cols)


@click.command()
@db_option
@shift_options
@click.option("--top", default=10, show_default=True)
@format_option("table", "json", "jsonl")
def shifts(db: str, min_events: int, min_size: int, beta: float, min_delta: float, top: int,
           fmt: str) -> None:
    """The largest changes in relations across all dyads, ranked and explained.

    Change points (PELT, ruptures) in each dyad's sequence of Goldstein scores; each shift
    lists the level before and after, its date, and the events that drive it (in JSON each
    with its article, in the shape of /api/shifts).

    \b
    Example:  entente shifts --top 5 --format json
    """
    from entente.services.relations import Relations
    from entente.services.stores import open_for_reading

    params = shift_params(min_events, min_size, beta, min_delta)
    with open_for_reading(db) as store:
        service = Relations(store)
        found = service.shifts(params, top)
        shaped = service.shift_dicts(found)
    if fmt != "table":
        write_records(shaped, fmt, dict)
        return
    if not found:
        click.echo("no shifts found (too few events per dyad?)")
    for i, (s, d) in enumerate(zip(found, shaped, strict=True), start=1):
        click.echo(f"{i}. {s.describe()}")
        for e, driver in zip(s.drivers, d["drivers"], strict=True):
            art = driver["article"]
            outlet = f" [{art['outlet']}]" if art and art["outlet"] else ""
            click.echo(f"     {e.date} {e.source.code}->{e.target.code if e.target else '-'} "
                       f"{e.cameo} {e.goldstein:+.1f}{outlet}  {e.evidence[:100]}")


@click.command()
@db_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              default="entente-report.html", show_default=True)
@click.option("--period", type=click.Choice(PERIODS[1:]), default="month", show_default=True)
@click.option("--title", default="entente: relations report", show_default=True)
@shift_options
def report(db: str, out_path: Path, period: str, title: str, min_events: int, min_size: int,
           beta: float, min_delta: float) -> None:
    """Write a self-contained HTML report that opens offline.

    \b
    Example:  entente report --out report.html
    """
    from entente.render.report import render_report
    from entente.services.relations import Relations
    from entente.services.stores import open_for_reading

    params = shift_params(min_events, min_size, beta, min_delta)
    with open_for_reading(db) as store:
        html = render_report(Relations(store).report(title=title, period=period,
                                                     params=params))
    out_path.write_text(html, encoding="utf-8")
    click.echo(f"report written to {out_path.resolve()}")


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["gdelt", "plover", "csv", "parquet"]),
              required=True)
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (standard output when left out, except Parquet).")
@click.option("--modality", type=click.Choice(MODALITY_NAMES), default="happened",
              show_default=True)
@click.option("--table", type=click.Choice(["events", "quotes"]), default="events",
              show_default=True, help="quotes: the quotes table (CSV or Parquet).")
def export_command(db: str, fmt: str, out_path: Path | None, modality: str,
                   table: str) -> None:
    """Export events: GDELT 2.0 event TSV (61 columns), PLOVER JSON, CSV or Parquet; or
    the quotes and reported claims (--table quotes; CSV or Parquet).

    CSV and Parquet have every field of an event, the columns of `entente events
    --format csv` (of `entente quotes --format csv` for quotes). PLOVER records say who
    asserts each event (`source_info`: its quote's speaker and how the speaker is known).

    \b
    Examples:
      entente export --format gdelt > events.tsv
      entente export --format parquet --out events.parquet
      entente export --table quotes --format csv --out quotes.csv
    """
    from entente.export import export_events, export_quotes
    from entente.places.gazetteer import load_gazetteer
    from entente.services.notebook import query
    from entente.services.stores import open_for_reading
    from entente.store import QuoteQuery

    if fmt == "parquet" and out_path is None:
        raise click.UsageError("Parquet needs --out FILE")
    if table == "quotes" and fmt not in ("csv", "parquet"):
        raise click.UsageError("quotes are exported as --format csv or parquet")
    with open_for_reading(db) as store:
        if table == "quotes":
            said = store.quotes(QuoteQuery(limit=None))
        else:
            found = store.events(query(modality=modality))
            articles = store.articles_by_id(sorted({e.article_id for e in found}))
            by_id = store.quotes_by_id([e.quote_id for e in found if e.quote_id]) \
                if fmt == "plover" else {}
    if table == "quotes":
        if out_path is None:
            export_quotes(said, fmt, sys.stdout)
            return
        if fmt == "parquet":
            n = export_quotes(said, fmt, out_path)
        else:
            with out_path.open("w", encoding="utf-8", newline="") as f:
                n = export_quotes(said, fmt, f)
        echo_err(f"{n} quotes written to {out_path}")
        return
    fips = load_gazetteer().fips if fmt == "gdelt" else {}
    if out_path is None:
        export_events(found, articles, fmt, sys.stdout, fips, by_id)
        return
    if fmt == "parquet":
        n = export_events(found, articles, fmt, out_path)
    else:
        with out_path.open("w", encoding="utf-8", newline="") as f:
            n = export_events(found, articles, fmt, f, fips, by_id)
    echo_err(f"{n} events written to {out_path}")


COMMANDS = (events, quotes, relations, shifts, report, export_command)
