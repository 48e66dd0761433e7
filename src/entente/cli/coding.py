"""Commands that code or resolve text without a store: code, actor, eval."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click

from entente.cli.common import (
    PartlyFailed,
    actor_option,
    date_option_value,
    echo_err,
    format_option,
    knowledge_options,
    make_pipeline,
)
from entente.errors import EntenteError, clip
from entente.records import Article
from entente.vocabulary import LANGUAGES, parse_date


@dataclass
class Problems:
    """Inputs that could not be used, each already reported on stderr."""

    count: int = 0

    def report(self, message: str) -> None:
        echo_err(f"error: {message}")
        self.count += 1


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--input-format", type=click.Choice(["lines", "text", "jsonl"]), default="lines",
              show_default=True,
              help="lines: each line a document; text: the whole input one document; "
                   'jsonl: {"id", "text", "date", "lang"} per line.')
@click.option("--lang", type=click.Choice(["auto", *LANGUAGES]), default="auto",
              show_default=True, help="Language of the input (auto: detected per document).")
@click.option("--date", "pub_date", metavar="YYYY-MM-DD",
              help="Publication date that relative dates resolve against.")
@click.option("--happened", is_flag=True,
              help="Only events that happened (asserted or reported).")
@click.option("--dyadic", is_flag=True,
              help="Only events with two sides resolved to countries or international bodies.")
@click.option("--statements", is_flag=True,
              help="Also bare statements (010) made to no one in particular.")
@knowledge_options
def code(files: tuple[str, ...], input_format: str, lang: str, pub_date: str | None,
         happened: bool, dyadic: bool, statements: bool, pattern_files: tuple[Path, ...],
         actor_files: tuple[Path, ...]) -> None:
    """Code text into events: one JSON event per line on standard output, nothing stored.

    Reads the FILES given, or standard input. With --input-format jsonl each output event
    carries `doc_id` equal to the input line's `id`. A line that cannot be used (malformed
    JSON, no text, a language entente does not code) is reported and skipped, and the
    command then exits with status 1.

    \b
    Example:  echo "Cuba and Venezuela signed an agreement." | entente code --lang en
    """
    from entente.ingest.langid import detect_language
    from entente.ingest.readers import plausible_published
    from entente.services.notebook import code_articles

    default_date = date_option_value(pub_date)
    if not plausible_published(default_date):
        raise click.BadParameter(f"{pub_date} is not a plausible publication date (from 1900 "
                                 "to a week from today)", param_hint="--date")
    pipeline = make_pipeline(pattern_files, actor_files, statements=statements)
    problems = Problems()

    def documents() -> Iterator[Article]:
        for doc_id, text, doc_lang, doc_date, origin in code_inputs(files, input_format,
                                                                    problems):
            the_lang = (doc_lang or (None if lang == "auto" else lang)
                        or detect_language(text, prefer=LANGUAGES, margin=0.0))
            if not pipeline.supports(the_lang):
                problems.report(f"{origin}: language {the_lang or 'unknown'} is not supported "
                                f"(use --lang {' or '.join(LANGUAGES)})")
                continue
            if not plausible_published(doc_date):  # 9999-12-31 overflowed the coder
                problems.report(f"{origin}: date {doc_date} ignored (not a plausible "
                                "publication date)")
                doc_date = None
            yield Article(id=doc_id, text=text, lang=the_lang,
                          published=doc_date or default_date, origin=origin)

    for _article, events in code_articles(pipeline, documents()):
        for event in events:
            if (happened and not event.modality.happened) or (dyadic and not event.dyadic):
                continue
            click.echo(json.dumps(event.to_dict(), ensure_ascii=False))
    if problems.count:
        raise PartlyFailed


def code_inputs(files: tuple[str, ...], input_format: str, problems: Problems
                ) -> Iterator[tuple[str, str, str | None, date | None, str]]:
    """(doc_id, text, lang, date, origin) for each document of the `code` input."""
    sources = files or ("-",)
    for name in sources:
        label = "stdin" if name == "-" else name
        with click.open_file(name, "r", encoding="utf-8", errors="replace") as stream:
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
                    yield (str(lineno) if len(sources) == 1 else origin, line.strip(), None,
                           None, origin)
                    continue
                rec = json_line(line, origin, problems)
                if rec is not None:
                    yield (str(rec.get("id", origin)), str(rec["text"]),
                           str(rec.get("lang") or "") or None, parse_date(rec.get("date")),
                           origin)


def json_line(line: str, origin: str, problems: Problems) -> dict[str, object] | None:
    """One JSONL input line as an object with a non-empty `text`, or None (reported)."""
    try:
        rec = json.loads(line)
        if not isinstance(rec, dict) or not str(rec.get("text") or "").strip():
            raise ValueError("needs an object with a non-empty `text`")
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else clip(str(exc))
        problems.report(f"{origin}: malformed input line ({reason}); skipped")
        return None
    return rec


@click.command()
@click.argument("text", required=False)
@click.option("--date", "on_date", metavar="YYYY-MM-DD", help="Date the mention is read on.")
@click.option("--lang", type=click.Choice(LANGUAGES), default="en", show_default=True)
@click.option("--context", default="", help="Nearby words that help tell places apart.")
@click.option("--input-format", type=click.Choice(["text", "jsonl"]), default="text",
              show_default=True, help='jsonl: {"id", "text", "date", "lang", "context"} per '
              "line on standard input, one resolution out per line.")
@actor_option
def actor(text: str | None, on_date: str | None, lang: str, context: str, input_format: str,
          actor_files: tuple[Path, ...]) -> None:
    """Resolve an actor mention to its code, country and sector, and say why, as JSON
    (the shape of /api/actors/resolve).

    \b
    Examples:
      entente actor "Cuban doctors"
      entente actor "Nicolás Maduro" --date 2026-02-01
      echo '{"id": 1, "text": "la isla", "lang": "es"}' | entente actor --input-format jsonl
    """
    from entente.actors.kb import load_kb
    from entente.services.resolution import resolve

    kb = load_kb(actor_files)
    if input_format == "text":
        if not text:
            raise click.UsageError("give TEXT, or --input-format jsonl with lines on stdin")
        found = resolve(kb, text, lang, date_option_value(on_date), context)
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False))
        return
    problems = Problems()
    for lineno, line in enumerate(click.open_file("-", "r", encoding="utf-8"), start=1):
        if not line.strip():
            continue
        rec = json_line(line, f"stdin#{lineno}", problems)
        if rec is None:
            continue
        found = resolve(kb, str(rec["text"]), str(rec.get("lang") or lang),
                        parse_date(rec.get("date")), str(rec.get("context") or ""),
                        rec.get("id"))
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False))
    if problems.count:
        raise PartlyFailed


@click.command("eval")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@format_option("table", "json")
@click.option("--errors", default=30, show_default=True, help="Misses and false alarms listed.")
@click.option("--floors", type=click.Path(dir_okay=False, path_type=Path),
              help="Floors file (JSON) to check the scores against; exit 1 below a floor.")
@click.option("--raise-floors", is_flag=True, help="Write the current scores as new floors.")
@click.option("--allow-lower", is_flag=True, help="With --raise-floors: allow lowering one.")
@click.option("--split", "part", type=click.Choice(["all", "dev", "test"]), default="all",
              show_default=True, help="dev: even ids (for studying errors); test: odd ids "
              "(held out).")
@knowledge_options
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

    gold = evaluation.split([s for f in files for s in evaluation.load_gold(f)], part)
    pipeline = make_pipeline(pattern_files, actor_files)
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
            echo_err(f"error: {exc}")
            raise PartlyFailed from exc
        click.echo(f"floors written to {floors}")
        return
    below = evaluation.below_floors(current, old)
    for line in below:
        echo_err(f"below floor: {line}")
    if below:
        raise PartlyFailed


@click.command("eval-quotes")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--errors", default=20, show_default=True, help="Errors listed.")
@click.option("--split", "part", type=click.Choice(["all", "dev", "test"]), default="all",
              show_default=True, help="dev: even ids (for studying errors); test: odd ids "
              "(held out).")
@knowledge_options
def eval_quotes(files: tuple[Path, ...], fmt: str, errors: int, part: str,
                pattern_files: tuple[Path, ...], actor_files: tuple[Path, ...]) -> None:
    """Score quote reading on hand-labelled passages (format: docs/labelling.md, "Quotes").

    Precision, recall and F1 of the quotes found and of their speakers, and the accuracy of
    the speaker's actor, anonymity and outlet on the quotes found, per language.

    \b
    Example:  entente eval-quotes eval/quotes_gold.jsonl --split test
    """
    from entente.quote_eval import evaluate_quotes, format_quote_report, load_passages

    passages = [p for f in files for p in load_passages(f)]
    pipeline = make_pipeline(pattern_files, actor_files)
    reports = {lang: evaluate_quotes(pipeline, [p for p in passages if p.lang == lang], part)
               for lang in sorted({p.lang for p in passages})}
    if fmt == "json":
        click.echo(json.dumps({lang: r.to_dict() for lang, r in reports.items()}, indent=2))
        return
    for lang, report in reports.items():
        click.echo(f"== {lang} ==")
        click.echo(format_quote_report(report, show_errors=errors))
        click.echo("")


COMMANDS = (eval_quotes, code, actor, eval_command)
