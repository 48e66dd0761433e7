"""entente serve: the web dashboard and the REST API."""

from __future__ import annotations

import click

from entente.cli.common import db_option


@click.command()
@db_option
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

    run_server(db, host=host, port=port)


COMMANDS = (serve,)
