"""What every command shares: the command group, the one map from entente's errors to exit
codes, the shared options (--db, --patterns/--actors, the shift detector's, --format) and
the writers of records in each output format."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import click

from entente.errors import EntenteError
from entente.vocabulary import DB_ENV, DEFAULT_DB

# -- exit codes ----------------------------------------------------------------------------


class PartlyFailed(Exception):
    """Some inputs failed and were each reported; the rest was done."""


# The one place that turns entente's errors into exit codes: 0 all done, 1 some inputs
# failed (each named on stderr, the rest done), 2 nothing could be done (a bad option, a
# store, model or knowledge file that cannot be used; the message says what to do).
EXIT_PARTLY_FAILED = 1
EXIT_ERROR = 2


class Group(click.Group):
    """A command group whose commands' failures end in the exit codes above."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PartlyFailed:
            ctx.exit(EXIT_PARTLY_FAILED)
        except EntenteError as exc:
            echo_err(f"error: {exc}")
            ctx.exit(EXIT_ERROR)


def echo_err(msg: str) -> None:
    click.echo(msg, err=True)


def stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


# -- options -------------------------------------------------------------------------------

DB_HELP = f"Database: a DuckDB file path. Default: ${DB_ENV} or ./{DEFAULT_DB}."
# One vocabulary of output formats; each command offers those that apply to it.
FORMATS = ("table", "csv", "jsonl", "json")


def db_option(f: Any) -> Any:
    return click.option("--db", "db", envvar=DB_ENV, default=DEFAULT_DB,
                        show_default=True, help=DB_HELP)(f)


def format_option(*allowed: str, default: str = "table") -> Callable[[Any], Any]:
    assert set(allowed) <= set(FORMATS), allowed
    return click.option("--format", "fmt", type=click.Choice(allowed), default=default,
                        show_default=True, help="Output format.")


def pattern_option(f: Any) -> Any:
    return click.option("--patterns", "pattern_files", multiple=True, envvar="ENTENTE_PATTERNS",
                        type=click.Path(exists=True, dir_okay=False, path_type=Path),
                        help="Extra trigger pattern file (NAME_en.tsv or NAME_es.tsv); "
                             "repeatable; $ENTENTE_PATTERNS (':'-separated).")(f)


def actor_option(f: Any) -> Any:
    return click.option("--actors", "actor_files", multiple=True, envvar="ENTENTE_ACTORS",
                        type=click.Path(exists=True, dir_okay=False, path_type=Path),
                        help="Extra actor file (people*.tsv, countries*.tsv, "
                             "organisations*.tsv, sectors*.tsv); repeatable; $ENTENTE_ACTORS "
                             "(':'-separated).")(f)


def knowledge_options(f: Any) -> Any:
    """--patterns and --actors: the user's own knowledge files, also from the environment."""
    return actor_option(pattern_option(f))


def make_pipeline(pattern_files: Sequence[Path] = (), actor_files: Sequence[Path] = (),
                  statements: bool = False) -> Any:
    """A Pipeline with the user's files (a bad file is an EntenteError: exit status 2)."""
    from entente.pipeline import Pipeline

    return Pipeline(pattern_files=pattern_files, actor_files=actor_files, statements=statements)


def pipeline_factory(pattern_files: Sequence[Path] = (), actor_files: Sequence[Path] = ()
                     ) -> Any:
    """What makes the same Pipeline in a worker process (picklable)."""
    import functools

    from entente.pipeline import Pipeline

    return functools.partial(Pipeline, pattern_files=tuple(pattern_files),
                             actor_files=tuple(actor_files))


def workers_option(f: Any) -> Any:
    from entente.services.workers import default_workers

    return click.option("--workers", type=click.IntRange(min=1), default=default_workers(),
                        show_default="one per core",
                        help="Processes that code articles (this one stores them, in the "
                             "input's order); 1 codes here.")(f)


def shift_options(f: Any) -> Any:
    from entente.analysis.shifts import ShiftParams

    d = ShiftParams()
    f = click.option("--min-events", default=d.min_events, show_default=True,
                     help="Events a dyad needs to be examined.")(f)
    f = click.option("--min-size", default=d.min_size, show_default=True,
                     help="Events on each side of a change, at least.")(f)
    f = click.option("--beta", default=d.beta, show_default=True,
                     help="Penalty multiplier: higher finds fewer changes.")(f)
    f = click.option("--min-delta", default=d.min_delta, show_default=True,
                     help="Smallest change of mean Goldstein reported.")(f)
    return f


def shift_params(min_events: int, min_size: int, beta: float, min_delta: float) -> Any:
    from entente.analysis.shifts import ShiftParams

    return ShiftParams(min_events=min_events, min_size=min_size, beta=beta, min_delta=min_delta)


def date_option_value(value: str | None) -> date | None:
    """A YYYY-MM-DD option, or a usage error naming the form."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def where(db: str) -> str:
    """The database as messages name it (a PostgreSQL address without its password)."""
    if db.startswith(("postgresql://", "postgres://")):
        from entente.store.postgres import masked

        return masked(db)
    return str(Path(db).resolve())


# -- output --------------------------------------------------------------------------------


def write_records(records: Sequence[Any], fmt: str, kind: type,
                  table: Callable[[Sequence[Any]], None] | None = None) -> None:
    """Records in one of FORMATS: jsonl (one JSON object a line), json (one list), csv
    (the record's flat columns, as every CSV of that record), table (`table` draws it)."""
    if fmt == "jsonl":
        for r in records:
            click.echo(json.dumps(_json(r), ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps([_json(r) for r in records], indent=2, ensure_ascii=False))
    elif fmt == "csv":
        from entente.tables import write_csv

        write_csv(kind, records, sys.stdout)
    else:
        assert table is not None, f"{fmt} needs a table renderer"
        table(records)


def _json(record: Any) -> Any:
    return record if isinstance(record, dict) else record.to_dict()


def print_table(columns: Iterable[str], rows: Iterable[Sequence[str]], title: str | None = None,
                right: Iterable[str] = ()) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    right_aligned = set(right)
    for col in columns:
        table.add_column(col, overflow="fold",
                         justify="right" if col in right_aligned else "left")
    for row in rows:
        table.add_row(*row)
    Console().print(table)
