"""Commands that write a store: ingest, demo, load; and run (a corpus on Dask)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from entente.cli.common import (
    PartlyFailed,
    db_option,
    echo_err,
    knowledge_options,
    make_pipeline,
    pipeline_factory,
    stderr_console,
    where,
    workers_option,
)
from entente.ingest.readers import DEFAULT_MAX_BYTES
from entente.vocabulary import DEFAULT_DB


@click.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest document file read (JSONL files are limited per line).")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--feeds", "feed_list", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A file listing feeds (URLs or paths), one per line.")
@click.option("--fetch", is_flag=True, help="Fetch http(s) addresses given as inputs or in "
              "--feeds, and the pages of feed entries that carry no text (local feed files' "
              "too).")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching private, loopback and link-local addresses.")
@workers_option
@knowledge_options
def ingest(paths: tuple[str, ...], db: str, max_bytes: int, no_progress: bool,
           feed_list: Path | None, fetch: bool, allow_private: bool, workers: int,
           pattern_files: tuple[Path, ...], actor_files: tuple[Path, ...]) -> None:
    """Read articles from files, folders, web archives, feeds and addresses; code; store.

    Reads HTML, plain text (.txt), Markdown (.md), JSONL (.jsonl; fields text or html,
    title, url, published, outlet, lang), web archives (.warc, .warc.gz: HTML responses),
    RSS/Atom feeds (.rss, .atom, .xml) and, with --fetch, http(s) addresses of pages or
    feeds. An article already stored is skipped; copies of one story by several outlets are
    grouped. Bad inputs are reported one per line; the run goes on and exits with status 1
    if any failed. The output folder of `entente run` is read-only: load it first.

    \b
    Example:  entente ingest examples/corpus --db news.duckdb
              entente ingest crawl.warc.gz --feeds my-feeds.txt --fetch --workers 2
    """
    from entente.ingest.fetch import Fetcher
    from entente.ingest.readers import ReadContext

    inputs = list(paths)
    if feed_list is not None:
        inputs += [line.strip() for line in feed_list.read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.lstrip().startswith("#")]
    if not inputs:
        raise click.UsageError("give at least one file, folder or address (or --feeds FILE)")
    fetcher = Fetcher(allow_private=allow_private, max_bytes=max_bytes) if fetch else None
    report = run_ingest(inputs, db, ReadContext(max_bytes, fetcher), not no_progress,
                        make_pipeline(pattern_files, actor_files), workers,
                        pipeline_factory(pattern_files, actor_files))
    print_report(report, db)
    if report.failures:
        raise PartlyFailed


def run_ingest(inputs: Sequence[str], db: str, context: Any, progress: bool,
               pipeline: Any, workers: int = 1, factory: Any = None) -> Any:
    """One ingest session into the store at `db`, failures on stderr as they happen;
    coded in `workers` processes (each with the pipeline `factory` makes) when given."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from entente.services.ingest import IngestSession, Outcome, Status
    from entente.services.stores import open_for_writing

    def on_outcome(outcome: Outcome) -> None:
        if outcome.status is Status.FAILED:
            echo_err(f"error: {outcome.origin}: {outcome.reason}")

    with open_for_writing(db) as store:
        session = IngestSession(store, pipeline, on_outcome=on_outcome, workers=workers,
                                pipeline_factory=factory)
        bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("files"), transient=True, console=stderr_console(),
                       disable=not progress)
        with bar:
            task = bar.add_task("ingest", total=None)
            return session.ingest(inputs, context, on_input=lambda done, total: bar.update(
                task, completed=done, total=total))


def print_report(report: Any, db: str) -> None:
    from entente.services.ingest import describe

    for line in describe(report):
        click.echo(line)
    click.echo(f"database: {where(db)}")


def default_corpus() -> Path:
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        candidate = base / "examples" / "corpus"
        if candidate.is_dir():
            return candidate
    raise click.ClickException("cannot find examples/corpus; pass --corpus DIR")


@click.command()
@db_option
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of articles. Default: the bundled examples/corpus.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@workers_option
@knowledge_options
def demo(db: str, corpus: Path | None, no_progress: bool, workers: int,
         pattern_files: tuple[Path, ...], actor_files: tuple[Path, ...]) -> None:
    """Ingest and code the bundled example corpus, then summarise what was found.

    \b
    Example:  entente demo --db demo.duckdb
    """
    from entente.ingest.readers import ReadContext
    from entente.render.report import render_report
    from entente.services.relations import Relations
    from entente.services.stores import open_for_reading

    corpus = corpus or default_corpus()
    started = time.perf_counter()
    click.echo(f"entente demo: reading {corpus}")
    report = run_ingest([str(corpus)], db, ReadContext(), not no_progress,
                        make_pipeline(pattern_files, actor_files), workers,
                        pipeline_factory(pattern_files, actor_files))
    print_report(report, db)
    with open_for_reading(db) as store:
        stats = store.stats(top=5)
        relations = Relations(store)
        found = relations.shifts(top=3)
        report_path = (Path.cwd() / "entente-report.html" if "://" in db
                       else Path(db).resolve().with_name("entente-report.html"))
        report_path.write_text(render_report(relations.report(
            title="entente demo: relations report")), encoding="utf-8")
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
    click.echo("biggest shifts found by the change-point detector:")
    for s in found:
        click.echo(f"  {s.describe()}")
    if not found:
        click.echo("  none (too few events per dyad)")
    click.echo(f"report: {report_path}")
    click.echo(f"done in {time.perf_counter() - started:.1f} s")
    dbarg = "" if db == DEFAULT_DB else f" --db {db}"
    click.echo("")
    click.echo("next:")
    click.echo(f"  entente events{dbarg} --dyad CUB VEN          # the Cuba-Venezuela events")
    click.echo(f"  entente relations{dbarg} CUB VEN --period quarter")
    click.echo(f"  entente shifts{dbarg} --format json")
    click.echo(f"  entente export{dbarg} --format gdelt --out events.tsv")
    click.echo("  echo 'Cuba and Venezuela signed an agreement.' | entente code --lang en")
    if report.failures:
        raise PartlyFailed


@click.command("run")
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
@knowledge_options
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
                   transient=True, console=stderr_console(), disable=no_progress)
    with bar:
        task = bar.add_task("run", total=None)
        report = run(inputs, out_dir, scheduler=scheduler, workers=workers,
                     pattern_files=[str(p) for p in pattern_files],
                     actor_files=[str(p) for p in actor_files], retries=retries,
                     on_progress=lambda d, t: bar.update(task, completed=d, total=t))
    for origin, reason in report.failures:
        echo_err(f"error: {origin}: {reason}")
    for pid, reason in report.failed_partitions:
        echo_err(f"error: partition {pid} failed after {retries} retries: {reason}")
    click.echo(f"{report.partitions} partitions: {report.coded} coded now, {report.skipped} "
               f"done before, {len(report.failed_partitions)} failed")
    click.echo(f"{report.articles} articles, {report.events} events in {report.seconds:.1f} s")
    click.echo(f"output: {out_dir.resolve()} (manifest.json, articles/, events/month=*/)")
    if report.failed_partitions or report.failures:
        raise PartlyFailed


@click.command("load")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
def load_command(out_dir: Path, db: str) -> None:
    """Load the Parquet output of `entente run` into the store (DuckDB or PostgreSQL).

    \b
    Example:  entente load run1 --db postgresql://user:pass@host/entente
    """
    from entente.services.ingest import load_run
    from entente.services.stores import open_for_writing
    from entente.store.runs import is_run_output

    if not is_run_output(out_dir):
        raise click.UsageError(f"{out_dir} has no manifest.json: not an `entente run` output")
    with open_for_writing(db) as store:
        report = load_run(store, out_dir)
    click.echo(f"loaded {report.stored} articles ({report.duplicates} already stored), "
               f"{report.events} events into {where(db)}")


COMMANDS = (ingest, demo, run_command, load_command)
