"""The `entente` command: a thin layer over the services, a module per group of commands.

    common.py      the group, the one map from errors to exit codes, shared options, output
    ingesting.py   ingest, demo, run, load
    coding.py      code, actor, eval
    relations.py   events, relations, shifts, report, export
    knowledge.py   patterns check/list/stats, actors check
    serving.py     serve

Nothing imports this package; it imports everything.
"""

from __future__ import annotations

import logging

import click

from entente.cli import coding, ingesting, knowledge, relations, serving
from entente.cli.common import Group

__all__ = ["main"]


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
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


for module in (ingesting, coding, relations, knowledge, serving):
    for command in module.COMMANDS:
        main.add_command(command)
