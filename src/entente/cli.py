"""The `entente` command: thin commands over the library."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import click

from entente.errors import EntenteError, InputError
from entente.records import Article, Event, Modality

DB_HELP = "Database: a DuckDB file path. Default: $ENTENTE_DB or ./entente.duckdb."
FORMATS = ("table", "csv", "jsonl")


def _db_option(f: Any) -> Any:
    return click.option("--db", "db", envvar="ENTENTE_DB", default="entente.duckdb",
                        show_default=True, help=DB_HELP)(f)


def _err(msg: str) -> None:
    click.echo(msg, err=True)


def _knowledge_options(f: Any) -> Any:
    """--patterns and --actors: the user's own knowledge files, also from the environment."""
    f = click.option("--patterns", "pattern_files", multiple=True, envvar="ENTENTE_PATTERNS",
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Extra trigger pattern file (NAME_en.tsv or NAME_es.tsv); "
                          "repeatable; $ENTENTE_PATTERNS (':'-separated).")(f)
    f = click.option("--actors", "actor_files", multiple=True, envvar="ENTENTE_ACTORS",
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Extra actor file (people*.tsv, countries*.tsv, organisations*.tsv, "
                          "sectors*.tsv); repeatable; $ENTENTE_ACTORS (':'-separated).")(f)
    return f


def _make_pipeline(pattern_files: tuple[Path, ...] = (),
                   actor_files: tuple[Path, ...] = ()) -> Any:
    """A Pipeline with the user's files, or one clear error line and exit status 2."""
    from entente.pipeline import Pipeline

    try:
        return Pipeline(pattern_files=pattern_files, actor_files=actor_files)
    except EntenteError as exc:
        _err(f"error: {exc}")
        sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="entente")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """entente: who is doing what to whom in world politics, from the news.

    \b
    Start with:  entente demo
    Then:        entente events --dyad CUB VEN
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


# -- ingest ----------------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1)
@_db_option
@click.option("--max-bytes", default=20_000_000, show_default=True,
              help="Largest document file read (JSONL files are limited per line).")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--feeds", "feed_list", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A file listing feeds (URLs or paths), one per line.")
@click.option("--fetch", is_flag=True, help="Fetch http(s) addresses given as inputs or in "
              "--feeds, and the pages of feed entries that carry no text.")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching private, loopback and link-local addresses.")
@_knowledge_options
def ingest(paths: tuple[str, ...], db: str, max_bytes: int, no_progress: bool,
           feed_list: Path | None, fetch: bool, allow_private: bool,
           pattern_files: tuple[Path, ...], actor_files: tuple[Path, ...]) -> None:
    """Read articles from files, folders, web archives, feeds and addresses; code; store.

    Reads HTML, plain text (.txt), Markdown (.md), JSONL (.jsonl; fields text or html,
    title, url, published, outlet, lang), web archives (.warc, .warc.gz: HTML responses),
    RSS/Atom feeds (.rss, .atom, .xml) and, with --fetch, http(s) addresses of pages or
    feeds. An article already stored is skipped; copies of one story by several outlets are
    grouped. Bad inputs are reported one per line; the run goes on and exits with status 1
    if any failed.

    \b
    Example:  entente ingest examples/corpus --db news.duckdb
              entente ingest crawl.warc.gz --feeds my-feeds.txt --fetch
    """
    from entente.ingest.fetch import Fetcher

    inputs = list(paths)
    if feed_list is not None:
        inputs += [line.strip() for line in feed_list.read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.lstrip().startswith("#")]
    if not inputs:
        raise click.UsageError("give at least one file, folder or address (or --feeds FILE)")
    fetcher = Fetcher(allow_private=allow_private, max_bytes=max_bytes) if fetch else None
    report = _run_ingest(inputs, db, max_bytes, progress=not no_progress,
                         pipeline=_make_pipeline(pattern_files, actor_files), fetcher=fetcher,
                         fetch_entries=fetch)
    _print_ingest_report(report, db)
    if report.failures:
        sys.exit(1)


def _run_ingest(paths: tuple[str, ...] | list[str], db: str, max_bytes: int,
                progress: bool, pipeline: Any, fetcher: Any = None,
                fetch_entries: bool = False) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from entente.jobs import Failure, ingest_paths
    from entente.store import open_store

    def on_failure(f: Failure) -> None:
        _err(f"error: {f.origin}: {f.reason}")

    with _store_or_exit(open_store, db) as store:
        if not progress:
            return ingest_paths(store, pipeline, paths, max_bytes, on_failure=on_failure,
                                fetcher=fetcher, fetch_entries=fetch_entries)
        bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("files"), transient=True,
                       console=_stderr_console())
        with bar:
            task = bar.add_task("ingest", total=None)

            def on_file(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            return ingest_paths(store, pipeline, paths, max_bytes, on_file=on_file,
                                on_failure=on_failure, fetcher=fetcher,
                                fetch_entries=fetch_entries)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


class _store_or_exit:  # noqa: N801 - used like a function in `with`
    """Open the store, turning a StoreError into one clear line and exit status 2.

    A folder written by `entente run` is read directly: its Parquet is loaded into an
    in-memory database for the command.
    """

    def __init__(self, opener: Any, db: str, **kw: Any) -> None:
        from entente.scale.load import is_run_output

        try:
            if is_run_output(db):
                from entente.scale.load import load_output
                from entente.store.duck import DuckStore

                self.store = DuckStore(":memory:")
                load_output(self.store, Path(db))
            else:
                self.store = opener(db, **kw)
        except EntenteError as exc:
            _err(f"error: {exc}")
            sys.exit(2)

    def __enter__(self) -> Any:
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.store.close()


def _where(db: str) -> str:
    if db.startswith(("postgresql://", "postgres://")):
        from entente.store.postgres import masked

        return masked(db)
    return str(Path(db).resolve())


def _print_ingest_report(report: Any, db: str) -> None:
    langs = ", ".join(f"{k} {v}" for k, v in report.by_lang.most_common()) or "none"
    fmts = ", ".join(f"{k} {v}" for k, v in report.by_format.most_common()) or "none"
    click.echo(f"read {report.read} articles ({langs}; {fmts})")
    click.echo(f"stored {report.stored} new, {report.duplicates} already stored, "
               f"{report.events} events coded")
    if report.joined_stories:
        click.echo(f"{report.joined_stories} articles are other outlets' copies of a story: "
                   "their events count once, with more articles and sources")
    if report.not_coded:
        click.echo("not coded (language not supported): "
                   + ", ".join(f"{k} {v}" for k, v in report.not_coded.items()))
    if report.failures:
        click.echo(f"{len(report.failures)} failed (listed above); fix them and run again: "
                   "stored articles are skipped")
    click.echo(f"database: {_where(db)}")


# -- demo ------------------------------------------------------------------------------------


def _default_corpus() -> Path:
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        candidate = base / "examples" / "corpus"
        if candidate.is_dir():
            return candidate
    raise click.ClickException("cannot find examples/corpus; pass --corpus DIR")


@main.command()
@_db_option
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of articles. Default: the bundled examples/corpus.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@_knowledge_options
def demo(db: str, corpus: Path | None, no_progress: bool, pattern_files: tuple[Path, ...],
         actor_files: tuple[Path, ...]) -> None:
    """Ingest and code the bundled example corpus, then summarise what was found.

    \b
    Example:  entente demo --db demo.duckdb
    """
    from entente.store import open_store

    corpus = corpus or _default_corpus()
    started = time.perf_counter()
    click.echo(f"entente demo: reading {corpus}")
    report = _run_ingest([str(corpus)], db, 20_000_000, progress=not no_progress,
                         pipeline=_make_pipeline(pattern_files, actor_files))
    _print_ingest_report(report, db)
    with _store_or_exit(open_store, db) as store:
        stats = store.stats(top=5)
    click.echo("")
    click.echo(f"in the database: {stats.articles} articles, {stats.events} events "
               f"({stats.events_happened} that happened; the rest negated, planned, "
               "hypothetical, rumoured or asked)")
    click.echo("articles by language: "
               + ", ".join(f"{k} {v}" for k, v in stats.articles_by_lang.items()))
    click.echo("articles by format:   "
               + ", ".join(f"{k} {v}" for k, v in stats.articles_by_format.items()))
    click.echo("most active dyads (events that happened, mean Goldstein):")
    for d in stats.top_dyads:
        click.echo(f"  {d.a}-{d.b}  {d.events:4d} events  {d.goldstein_mean:+.1f}")
    from entente.analysis.report import write_report
    from entente.analysis.shifts import find_shifts

    with _store_or_exit(open_store, db, read_only=True) as store:
        found = find_shifts(store, top=3)
        report_path = (Path.cwd() / "entente-report.html" if "://" in db
                       else Path(db).resolve().with_name("entente-report.html"))
        report_path.write_text(write_report(store, title="entente demo: relations report"),
                               encoding="utf-8")
    click.echo("biggest shifts found by the change-point detector:")
    for s in found:
        click.echo(f"  {s.describe()}")
    if not found:
        click.echo("  none (too few events per dyad)")
    click.echo(f"report: {report_path}")
    click.echo(f"done in {time.perf_counter() - started:.1f} s")
    dbarg = "" if db == "entente.duckdb" else f" --db {db}"
    click.echo("")
    click.echo("next:")
    click.echo(f"  entente events{dbarg} --dyad CUB VEN          # the Cuba-Venezuela events")
    click.echo(f"  entente relations{dbarg} CUB VEN --period quarter")
    click.echo(f"  entente shifts{dbarg} --format json")
    click.echo(f"  entente export{dbarg} --format gdelt --out events.tsv")
    click.echo("  echo 'Cuba and Venezuela signed an agreement.' | entente code --lang en")
    if report.failures:
        sys.exit(1)


# -- code ------------------------------------------------------------------------------------


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--input-format", type=click.Choice(["lines", "text", "jsonl"]), default="lines",
              show_default=True,
              help="lines: each line a document; text: the whole input one document; "
                   'jsonl: {"id", "text", "date", "lang"} per line.')
@click.option("--lang", type=click.Choice(["auto", "en", "es"]), default="auto",
              show_default=True, help="Language of the input (auto: detected per document).")
@click.option("--date", "pub_date", metavar="YYYY-MM-DD",
              help="Publication date that relative dates resolve against.")
@click.option("--happened", is_flag=True,
              help="Only events that happened (asserted or reported).")
@_knowledge_options
def code(files: tuple[str, ...], input_format: str, lang: str, pub_date: str | None,
         happened: bool, pattern_files: tuple[Path, ...], actor_files: tuple[Path, ...]) -> None:
    """Code text into events: one JSON event per line on standard output, nothing stored.

    Reads the FILES given, or standard input. With --input-format jsonl each output event
    carries `doc_id` equal to the input line's `id`.

    \b
    Example:  echo "Cuba and Venezuela signed an agreement." | entente code --lang en
    """
    from entente.ingest.langid import detect_language
    from entente.nlp import SUPPORTED_LANGS

    default_date = _parse_date_option(pub_date)
    pipeline = _make_pipeline(pattern_files, actor_files)
    failures = 0

    def documents() -> Iterator[Article]:
        nonlocal failures
        for doc_id, text, doc_lang, doc_date, origin in _code_inputs(files, input_format):
            the_lang = (doc_lang or (None if lang == "auto" else lang)
                        or detect_language(text, prefer=SUPPORTED_LANGS, margin=0.0))
            if not pipeline.supports(the_lang):
                failures += 1
                _err(f"error: {origin}: language {the_lang or 'unknown'} is not supported "
                     "(use --lang en or es)")
                continue
            yield Article(id=doc_id, text=text, lang=the_lang,
                          published=doc_date or default_date, origin=origin)

    try:
        for _article, events in pipeline.code_many(documents()):
            for event in events:
                if happened and not event.modality.happened:
                    continue
                click.echo(json.dumps(event.to_dict(), ensure_ascii=False))
    except InputError as exc:
        _err(f"error: {exc}")
        sys.exit(2)
    except EntenteError as exc:
        _err(f"error: {exc}")
        sys.exit(2)
    if failures:
        sys.exit(1)


def _parse_date_option(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _code_inputs(files: tuple[str, ...], input_format: str
                 ) -> Iterator[tuple[str, str, str | None, date | None, str]]:
    """(doc_id, text, lang, date, origin) for each document of the `code` input."""
    from entente.ingest.extract import parse_date

    sources = files or ("-",)
    for name in sources:
        label = "stdin" if name == "-" else name
        stream = click.open_file(name, "r", encoding="utf-8", errors="replace")
        with stream:
            if input_format == "text":
                text = stream.read()
                if text.strip():
                    yield label, text, None, None, label
                continue
            for lineno, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                origin = f"{label}#{lineno}"
                if input_format == "lines":
                    yield str(lineno) if len(sources) == 1 else origin, line.strip(), \
                        None, None, origin
                    continue
                try:
                    rec = json.loads(line)
                    if not isinstance(rec, dict) or not str(rec.get("text") or "").strip():
                        raise ValueError("needs an object with a non-empty `text`")
                except ValueError as exc:
                    _err(f"error: {origin}: malformed input line ({exc}); skipped")
                    continue
                yield (str(rec.get("id", origin)), str(rec["text"]), rec.get("lang") or None,
                       parse_date(rec.get("date")), origin)


# -- events ----------------------------------------------------------------------------------

MODALITY_CHOICES = ["happened", "all", *(m.value for m in Modality)]


@main.command()
@_db_option
@click.option("--actor", help="Actor code prefix or country on either side (VEN, USAMIL).")
@click.option("--dyad", nargs=2, metavar="A B", help="Events between A and B, either way.")
@click.option("--directed", is_flag=True, help="With --dyad: only A as source, B as target.")
@click.option("--cameo", help="CAMEO code or prefix (042, 17).")
@click.option("--root", help="CAMEO root (two digits).")
@click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--text", "words", multiple=True, help="Word(s) that must be in the evidence.")
@click.option("--modality", type=click.Choice(MODALITY_CHOICES), default="happened",
              show_default=True, help="happened = asserted or reported.")
@click.option("--limit", default=100, show_default=True, help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def events(db: str, actor: str | None, dyad: tuple[str, str] | None, directed: bool,
           cameo: str | None, root: str | None, since: str | None, until: str | None,
           words: tuple[str, ...], modality: str, limit: int, fmt: str) -> None:
    """Query the stored events.

    \b
    Examples:
      entente events --dyad CUB VEN --since 2026-01-01
      entente events --actor USA --root 17 --format csv
      entente events --text doctors --modality all --format jsonl
    """
    from entente.store import EventQuery, open_store

    query = EventQuery(actor=actor, dyad=dyad, directed=directed, cameo=cameo, root=root,
                       since=_parse_date_option(since), until=_parse_date_option(until),
                       words=words, modalities=Modality.selection(modality), limit=limit)
    with _store_or_exit(open_store, db, read_only=True) as store:
        found = store.events(query)
    _write_events(found, fmt)


CSV_COLUMNS = ("date", "source_code", "target_code", "cameo", "root", "plover", "goldstein",
               "quad_class", "modality", "trigger", "source_text", "target_text",
               "num_articles", "num_sources", "num_mentions", "evidence", "doc_id",
               "sentence_index", "id")


def _flat(e: Event) -> dict[str, Any]:
    return {
        "date": e.date.isoformat() if e.date else "", "source_code": e.source.code or "",
        "target_code": (e.target.code or "") if e.target else "", "cameo": e.cameo,
        "root": e.root, "plover": e.plover or "", "goldstein": e.goldstein,
        "quad_class": e.quad_class, "modality": e.modality.value, "trigger": e.trigger,
        "source_text": e.source.text, "target_text": e.target.text if e.target else "",
        "num_articles": e.num_articles, "num_sources": e.num_sources,
        "num_mentions": e.mentions, "evidence": e.evidence, "doc_id": e.article_id,
        "sentence_index": e.sentence_index, "id": e.id,
    }


def _write_events(found: list[Event], fmt: str) -> None:
    if fmt == "jsonl":
        for e in found:
            click.echo(json.dumps(e.to_dict(), ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for e in found:
            writer.writerow(_flat(e))
        click.echo(buf.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for col in ("date", "source", "target", "cameo", "gold", "modality", "evidence"):
            table.add_column(col, overflow="fold")
        for e in found:
            table.add_row(e.date.isoformat() if e.date else "", e.source.code or "",
                          (e.target.code or "?") if e.target else "", e.cameo,
                          f"{e.goldstein:+.1f}", e.modality.value, e.evidence)
        Console().print(table)
        click.echo(f"{len(found)} events", err=True)


# -- eval ------------------------------------------------------------------------------------


@main.command("eval")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--errors", default=30, show_default=True, help="Misses and false alarms listed.")
@click.option("--floors", type=click.Path(dir_okay=False, path_type=Path),
              help="Floors file (JSON) to check the scores against; exit 1 below a floor.")
@click.option("--raise-floors", is_flag=True, help="Write the current scores as new floors.")
@click.option("--allow-lower", is_flag=True, help="With --raise-floors: allow lowering one.")
@click.option("--split", "part", type=click.Choice(["all", "dev", "test"]), default="all",
              show_default=True, help="dev: even ids (for studying errors); test: odd ids "
              "(held out).")
@_knowledge_options
def eval_command(files: tuple[Path, ...], fmt: str, errors: int, floors: Path | None,
                 raise_floors: bool, allow_lower: bool, part: str,
                 pattern_files: tuple[Path, ...], actor_files: tuple[Path, ...]) -> None:
    """Score the coder on hand-labelled sentences (format: docs/labelling.md).

    Prints precision, recall and F1 per CAMEO root and overall, for the code alone and for
    (source country, target country, root), per language, then the misses and false alarms.

    \b
    Example:  entente eval eval/gold_en_a.jsonl eval/gold_en_b.jsonl eval/gold_es.jsonl
    """
    from entente import evaluation

    try:
        gold = evaluation.split([s for f in files for s in evaluation.load_gold(f)], part)
    except EntenteError as exc:
        _err(f"error: {exc}")
        sys.exit(2)
    pipeline = _make_pipeline(pattern_files, actor_files)
    by_lang: dict[str, list[evaluation.GoldSentence]] = {}
    for s in gold:
        by_lang.setdefault(s.lang, []).append(s)
    reports = {lang: evaluation.evaluate(pipeline, ss) for lang, ss in sorted(by_lang.items())}
    current = {lang: evaluation.scores(r) for lang, r in reports.items()}
    if fmt == "json":
        click.echo(json.dumps({lang: r.to_dict() for lang, r in reports.items()}, indent=2))
    else:
        for lang, report in reports.items():
            click.echo(f"== {lang} ==")
            click.echo(evaluation.format_report(report, show_errors=errors))
            click.echo("")
    if floors is None:
        return
    if part != "all":
        raise click.UsageError("floors are kept for the whole set: use --split all")
    old = json.loads(floors.read_text()) if floors.exists() else {}
    if raise_floors:
        try:
            floors.write_text(json.dumps(evaluation.raise_floors(current, old, allow_lower),
                                         indent=2, sort_keys=True) + "\n")
        except EntenteError as exc:
            _err(f"error: {exc}")
            sys.exit(1)
        click.echo(f"floors written to {floors}")
        return
    below = evaluation.below_floors(current, old)
    for line in below:
        _err(f"below floor: {line}")
    if below:
        sys.exit(1)


# -- relations, shifts, report, export --------------------------------------------------------


@main.command()
@click.argument("a")
@click.argument("b")
@_db_option
@click.option("--period", type=click.Choice(["day", "week", "month", "quarter"]),
              default="month", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def relations(a: str, b: str, db: str, period: str, fmt: str) -> None:
    """The relations between two countries over time, each way and combined.

    Per period: events, Goldstein sum and mean, QuadClass counts, and events per 100 articles
    stored for the period (so a busy news month does not look like a crisis).

    \b
    Example:  entente relations CUB VEN --period quarter
    """
    from entente.analysis.series import DIRECTIONS, dyad_series
    from entente.store import open_store

    with _store_or_exit(open_store, db, read_only=True) as store:
        series = dyad_series(store, a, b, period)
    if fmt == "json":
        click.echo(json.dumps(series.to_dict(), indent=2))
        return
    rows = [{"direction": d.replace("a", series.a, 1).replace("b", series.b, 1)
             if d != "both" else "both", **p.to_dict()}
            for d in DIRECTIONS for p in series.points[d]]
    if not rows:
        _err(f"no events between {series.a} and {series.b}")
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    for d in DIRECTIONS:
        label = {"a->b": f"{series.a} → {series.b}", "b->a": f"{series.b} → {series.a}",
                 "both": "both ways"}[d]
        table = Table(title=f"{label}, per {period}")
        for col in ("period", "events", "gold sum", "gold mean", "VC", "MC", "VK", "MK",
                    "per 100 art."):
            table.add_column(col, justify="right")
        for p in series.points[d]:
            r = p.to_dict()
            table.add_row(str(r["period"]), str(r["events"]), f"{p.goldstein_sum:+.1f}",
                          "" if r["goldstein_mean"] is None else f"{r['goldstein_mean']:+.2f}",
                          *(str(c) for c in p.quad_counts),
                          "" if r["events_per_100_articles"] is None
                          else f"{r['events_per_100_articles']:.1f}")
        Console().print(table)


def _shift_params(min_events: int, min_size: int, beta: float, min_delta: float) -> Any:
    from entente.analysis.shifts import ShiftParams

    return ShiftParams(min_events=min_events, min_size=min_size, beta=beta, min_delta=min_delta)


def _shift_options(f: Any) -> Any:
    f = click.option("--min-events", default=8, show_default=True,
                     help="Events a dyad needs to be examined.")(f)
    f = click.option("--min-size", default=4, show_default=True,
                     help="Events on each side of a change, at least.")(f)
    f = click.option("--beta", default=6.0, show_default=True,
                     help="Penalty multiplier: higher finds fewer changes.")(f)
    f = click.option("--min-delta", default=3.0, show_default=True,
                     help="Smallest change of mean Goldstein reported.")(f)
    return f


@main.command()
@_db_option
@_shift_options
@click.option("--top", default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def shifts(db: str, min_events: int, min_size: int, beta: float, min_delta: float, top: int,
           fmt: str) -> None:
    """The largest changes in relations across all dyads, ranked and explained.

    Change points (PELT, ruptures) in each dyad's sequence of Goldstein scores; each shift
    lists the level before and after, its date, and the events that drive it.

    \b
    Example:  entente shifts --top 5 --format json
    """
    from entente.analysis.shifts import find_shifts
    from entente.store import open_store

    params = _shift_params(min_events, min_size, beta, min_delta)
    with _store_or_exit(open_store, db, read_only=True) as store:
        found = find_shifts(store, params, top=top)
        articles = store.articles_by_id(sorted({e.article_id for s in found for e in s.drivers}))
    if fmt == "json":
        out = []
        for s in found:
            d = s.to_dict()
            for driver in d["drivers"]:  # type: ignore[attr-defined]
                art = articles.get(driver["doc_id"])
                driver["article"] = None if art is None else {
                    "title": art.title, "outlet": art.outlet, "url": art.url,
                    "published": art.published.isoformat() if art.published else None}
            out.append(d)
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("no shifts found (too few events per dyad?)")
    for i, s in enumerate(found, start=1):
        click.echo(f"{i}. {s.describe()}")
        for e in s.drivers:
            art = articles.get(e.article_id)
            outlet = f" [{art.outlet}]" if art and art.outlet else ""
            click.echo(f"     {e.date} {e.source.code}->{e.target.code if e.target else '-'} "
                       f"{e.cameo} {e.goldstein:+.1f}{outlet}  {e.evidence[:100]}")


@main.command()
@_db_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              default="entente-report.html", show_default=True)
@click.option("--period", type=click.Choice(["week", "month", "quarter"]), default="month",
              show_default=True)
@click.option("--title", default="entente: relations report", show_default=True)
@_shift_options
def report(db: str, out_path: Path, period: str, title: str, min_events: int, min_size: int,
           beta: float, min_delta: float) -> None:
    """Write a self-contained HTML report that opens offline.

    \b
    Example:  entente report --out report.html
    """
    from entente.analysis.report import write_report
    from entente.store import open_store

    params = _shift_params(min_events, min_size, beta, min_delta)
    with _store_or_exit(open_store, db, read_only=True) as store:
        html = write_report(store, title=title, period=period, params=params)
    out_path.write_text(html, encoding="utf-8")
    click.echo(f"report written to {out_path.resolve()}")


@main.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["gdelt", "plover", "csv", "parquet"]),
              required=True)
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (standard output when left out, except Parquet).")
@click.option("--modality", type=click.Choice(MODALITY_CHOICES), default="happened",
              show_default=True)
def export_command(db: str, fmt: str, out_path: Path | None, modality: str) -> None:
    """Export events: GDELT 2.0 event TSV (61 columns), PLOVER JSON, CSV or Parquet.

    \b
    Examples:
      entente export --format gdelt > events.tsv
      entente export --format parquet --out events.parquet
    """
    from entente.export import export_events
    from entente.places.gazetteer import load_gazetteer
    from entente.store import EventQuery, open_store

    if fmt == "parquet" and out_path is None:
        raise click.UsageError("Parquet needs --out FILE")
    with _store_or_exit(open_store, db, read_only=True) as store:
        found = store.events(EventQuery(modalities=Modality.selection(modality), limit=None))
        articles = store.articles_by_id(sorted({e.article_id for e in found}))
    fips = load_gazetteer().fips if fmt == "gdelt" else {}
    if out_path is None:
        export_events(found, articles, fmt, sys.stdout, fips)
        return
    if fmt == "parquet":
        n = export_events(found, articles, fmt, out_path)
    else:
        with out_path.open("w", encoding="utf-8", newline="") as f:
            n = export_events(found, articles, fmt, f, fips)
    _err(f"{n} events written to {out_path}")


# -- web ------------------------------------------------------------------------------------


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (localhost unless you say otherwise).")
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db: str, host: str, port: int) -> None:
    """Run the web dashboard and the REST API over the store (OpenAPI at /openapi.json).

    Read-only unless $ENTENTE_TOKEN is set; writes (POST /api/articles) then need
    "Authorization: Bearer TOKEN".

    \b
    Example:  entente serve --db demo.duckdb --port 8000
    """
    from entente.web.app import serve as run_server

    try:
        run_server(db, host=host, port=port)
    except EntenteError as exc:
        _err(f"error: {exc}")
        sys.exit(2)


# -- scale ----------------------------------------------------------------------------------


@main.command("run")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the partitioned Parquet output and its manifest.")
@click.option("--scheduler", help="Address of an existing Dask scheduler (tcp://host:8786).")
@click.option("--workers", default=2, show_default=True,
              help="Worker processes of the local cluster (when no --scheduler).")
@click.option("--retries", default=2, show_default=True,
              help="Times a failing partition is retried before it is reported.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@_knowledge_options
def run_command(inputs: tuple[str, ...], out_dir: Path, scheduler: str | None, workers: int,
                retries: int, no_progress: bool, pattern_files: tuple[Path, ...],
                actor_files: tuple[Path, ...]) -> None:
    """Code a large corpus on Dask distributed into partitioned Parquet (by month).

    Runs a local cluster, or any existing one given its scheduler's address: nothing else
    changes. Resumable: run it again after a kill and only the missing partitions are coded.
    Load the result with `entente load DIR`, or point --db of any analysis command at DIR.

    \b
    Example:  entente run shards/ crawl.warc.gz --out run1 --workers 2
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from entente.scale.runner import run

    bar = Progress(TextColumn("coding partitions"), BarColumn(), MofNCompleteColumn(),
                   transient=True, console=_stderr_console(), disable=no_progress)
    with bar:
        task = bar.add_task("run", total=None)
        report = run(inputs, out_dir, scheduler=scheduler, workers=workers,
                     pattern_files=[str(p) for p in pattern_files],
                     actor_files=[str(p) for p in actor_files], retries=retries,
                     on_progress=lambda d, t: bar.update(task, completed=d, total=t))
    for origin, reason in report.failures:
        _err(f"error: {origin}: {reason}")
    for pid, reason in report.failed_partitions:
        _err(f"error: partition {pid} failed after {retries} retries: {reason}")
    click.echo(f"{report.partitions} partitions: {report.coded} coded now, {report.skipped} "
               f"done before, {len(report.failed_partitions)} failed")
    click.echo(f"{report.articles} articles, {report.events} events in {report.seconds:.1f} s")
    click.echo(f"output: {out_dir.resolve()} (manifest.json, articles/, events/month=*/)")
    if report.failed_partitions or report.failures:
        sys.exit(1)


@main.command("load")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_db_option
def load_command(out_dir: Path, db: str) -> None:
    """Load the Parquet output of `entente run` into the store (DuckDB or PostgreSQL).

    \b
    Example:  entente load run1 --db postgresql://user:pass@host/entente
    """
    from entente.scale.load import is_run_output, load_output
    from entente.store import open_store

    if not is_run_output(str(out_dir)):
        raise click.UsageError(f"{out_dir} has no manifest.json: not an `entente run` output")
    with _store_or_exit(open_store, db) as store:
        stored, skipped, events = load_output(store, out_dir)
    click.echo(f"loaded {stored} articles ({skipped} already stored), {events} events "
               f"into {_where(db)}")


# -- knowledge files -------------------------------------------------------------------------


@main.group()
def patterns() -> None:
    """Trigger patterns: check your own files, list what is loaded."""


@patterns.command("check")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
def patterns_check(files: tuple[Path, ...]) -> None:
    """Check pattern files; name the file, line and fault of the first bad entry in each.

    \b
    Example:  entente patterns check my_patterns_en.tsv
    """
    from entente.coding.patterns import check_pattern_file

    bad = 0
    for f in files:
        try:
            found = check_pattern_file(f)
        except EntenteError as exc:
            _err(f"error: {exc}")
            bad += 1
            continue
        lines = len({p.origin for p in found})
        click.echo(f"{f}: {lines} pattern lines, {len(found)} triggers, all valid")
    if bad:
        sys.exit(1)


@patterns.command("list")
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True)
@click.option("--code", "code_prefix", default="", help="Only codes with this prefix.")
@_knowledge_options
def patterns_list(lang: str, code_prefix: str, pattern_files: tuple[Path, ...],
                  actor_files: tuple[Path, ...]) -> None:
    """List the loaded patterns of a language as TSV, with where each comes from.

    \b
    Example:  entente patterns list --lang es --code 04
    """
    from entente.coding.patterns import load_patterns

    index = load_patterns(lang, [p for p in pattern_files if p.stem.endswith(f"_{lang}")])
    for p in index.patterns:
        if p.code.startswith(code_prefix):
            objects = {"list": "|".join(" ".join(o) for o in p.objects)}.get(p.object_rule,
                                                                           p.object_rule)
            click.echo("\t".join([p.code, p.trigger_text, objects, "|".join(p.target) or "-",
                                  "|".join(p.source), p.origin]))


@patterns.command("stats")
@click.option("--lang", "langs", type=click.Choice(["en", "es"]), multiple=True,
              help="Language(s); default both.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@_knowledge_options
def patterns_stats(langs: tuple[str, ...], fmt: str, pattern_files: tuple[Path, ...],
                   actor_files: tuple[Path, ...]) -> None:
    """Trigger phrases per CAMEO code and root, and the codes that have none.

    \b
    Example:  entente patterns stats --lang es
    """
    from entente.coding.patterns import load_patterns
    from entente.coding.stats import pattern_stats

    out = {}
    for lang in langs or ("en", "es"):
        index = load_patterns(lang, [p for p in pattern_files if p.stem.endswith(f"_{lang}")])
        out[lang] = pattern_stats(index)
    if fmt == "json":
        click.echo(json.dumps({k: v.to_dict() for k, v in out.items()}, indent=2))
        return
    for lang, stats in out.items():
        click.echo(stats.describe(lang))


@main.group()
def actors() -> None:
    """The actor knowledge base: check your own files."""


@actors.command("check")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
def actors_check(files: tuple[Path, ...]) -> None:
    """Check actor files (people*.tsv, countries*.tsv, organisations*.tsv, sectors*.tsv,
    regions*.tsv); name the file, line and fault of the first bad entry in each.

    \b
    Example:  entente actors check people-mine.tsv
    """
    from entente.actors.kb import KnowledgeBase, add_file, kind_of

    bad = 0
    for f in files:
        try:
            kb = KnowledgeBase()
            add_file(kb, f.read_text("utf-8"), kind_of(f), str(f))
        except (EntenteError, UnicodeDecodeError) as exc:
            _err(f"error: {exc}")
            bad += 1
            continue
        click.echo(f"{f}: {len(kb.aliases)} names, {len(kb.people)} people, "
                   f"{len(kb.sectors)} sector words, all valid")
    if bad:
        sys.exit(1)


@main.command()
@click.argument("text", required=False)
@click.option("--date", "on_date", metavar="YYYY-MM-DD", help="Date the mention is read on.")
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True)
@click.option("--context", default="", help="Nearby words that help tell places apart.")
@click.option("--input-format", type=click.Choice(["text", "jsonl"]), default="text",
              show_default=True, help='jsonl: {"id", "text", "date", "lang", "context"} per '
              "line on standard input, one resolution out per line.")
@_knowledge_options
def actor(text: str | None, on_date: str | None, lang: str, context: str, input_format: str,
          pattern_files: tuple[Path, ...], actor_files: tuple[Path, ...]) -> None:
    """Resolve an actor mention to its code, country and sector, and say why, as JSON.

    \b
    Examples:
      entente actor "Cuban doctors"
      entente actor "Nicolás Maduro" --date 2026-02-01
      echo '{"id": 1, "text": "la isla", "lang": "es"}' | entente actor --input-format jsonl
    """
    from entente.actors.kb import load_kb
    from entente.actors.resolver import resolve_text
    from entente.ingest.extract import parse_date

    try:
        kb = load_kb(actor_files)
    except EntenteError as exc:
        _err(f"error: {exc}")
        sys.exit(2)

    def resolve(rid: object, mention: str, day: date | None, the_lang: str,
                ctx: str) -> dict[str, Any]:
        found = resolve_text(mention, kb, the_lang, day, context=ctx)
        out: dict[str, Any] = {"id": rid, "text": mention, "code": None, "country": None,
                               "sector": None, "kb_id": None,
                               "how": "nothing in the knowledge base matches"}
        if found is not None:
            out.update({k: v for k, v in found.to_dict().items() if k != "text"})
            if found.code is None and found.sector:
                out["code"] = f"---{found.sector}"  # CAMEO's mark for an unknown country
        return out

    if input_format == "text":
        if not text:
            raise click.UsageError("give TEXT, or --input-format jsonl with lines on stdin")
        click.echo(json.dumps(resolve(None, text, _parse_date_option(on_date), lang, context),
                              ensure_ascii=False))
        return
    failures = 0
    for lineno, line in enumerate(click.open_file("-", "r", encoding="utf-8"), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            mention = str(rec["text"])
        except (ValueError, KeyError, TypeError) as exc:
            _err(f"error: stdin#{lineno}: malformed line ({exc!r}); skipped")
            failures += 1
            continue
        click.echo(json.dumps(resolve(rec.get("id"), mention, parse_date(rec.get("date")),
                                      rec.get("lang") or lang, rec.get("context") or ""),
                              ensure_ascii=False))
    if failures:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
