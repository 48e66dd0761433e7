"""Commands for the user's own knowledge files: patterns check/list/stats, actors check."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import click

from entente.cli.common import PartlyFailed, echo_err, format_option, knowledge_options
from entente.errors import EntenteError
from entente.vocabulary import LANGUAGES


@click.group()
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

    def check(f: Path) -> str:
        found = check_pattern_file(f)
        lines = len({p.origin for p in found})
        return f"{f}: {lines} pattern lines, {len(found)} triggers, all valid"

    check_each(files, check)


@patterns.command("list")
@click.option("--lang", type=click.Choice(LANGUAGES), default="en", show_default=True)
@click.option("--code", "code_prefix", default="", help="Only codes with this prefix.")
@knowledge_options
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
@click.option("--lang", "langs", type=click.Choice(LANGUAGES), multiple=True,
              help="Language(s); default all.")
@format_option("table", "json")
@knowledge_options
def patterns_stats(langs: tuple[str, ...], fmt: str, pattern_files: tuple[Path, ...],
                   actor_files: tuple[Path, ...]) -> None:
    """Trigger phrases per CAMEO code and root, and the codes that have none.

    \b
    Example:  entente patterns stats --lang es
    """
    from entente.coding.patterns import load_patterns
    from entente.coding.stats import pattern_stats

    out = {}
    for lang in langs or LANGUAGES:
        index = load_patterns(lang, [p for p in pattern_files if p.stem.endswith(f"_{lang}")])
        out[lang] = pattern_stats(index)
    if fmt == "json":
        click.echo(json.dumps({k: v.to_dict() for k, v in out.items()}, indent=2))
        return
    for lang, stats in out.items():
        click.echo(stats.describe(lang))


@click.group()
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

    def check(f: Path) -> str:
        kb = KnowledgeBase()
        add_file(kb, f.read_text("utf-8"), kind_of(f), str(f))
        return (f"{f}: {len(kb.aliases)} names, {len(kb.people)} people, "
                f"{len(kb.sectors)} sector words, all valid")

    check_each(files, check)


def check_each(files: tuple[Path, ...], check: Callable[[Path], str]) -> None:
    """Check each file, its summary on stdout or its first fault on stderr; exit status 1
    when any is bad."""
    bad = 0
    for f in files:
        try:
            click.echo(check(f))
        except (EntenteError, UnicodeDecodeError) as exc:
            echo_err(f"error: {exc}")
            bad += 1
    if bad:
        raise PartlyFailed


COMMANDS = (patterns, actors)
