"""The web app: the REST API under /api/ and the dashboard pages, over one store.

    create_app(store_location, token=None) -> FastAPI   # for tests and other servers
    serve(db, host="127.0.0.1", port=8000, token=None)  # what `entente serve` runs

Read-only unless a token is configured (argument, or ENTENTE_TOKEN for `serve`); with one,
POST /api/articles codes and stores articles for clients that send it as a bearer token.
FastAPI's /docs and /redoc are off because they load their scripts from a CDN; the API is
described at /openapi.json.
"""

from __future__ import annotations

import gc
import ipaddress
import logging
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from entente import __version__
from entente.render import environment
from entente.web import api, pages
from entente.web.cache import RevisionCache
from entente.web.errors import install_error_handlers
from entente.web.middleware import DEFAULT_MAX_BODY, BodyLimit, ProbeFirst, SecurityHeaders
from entente.web.site import PipelineFactory, Site

log = logging.getLogger(__name__)

TOKEN_ENV = "ENTENTE_TOKEN"
HEALTH_PATH = "/api/health"  # answered first: by the server's protocol, else by ProbeFirst

__all__ = ["create_app", "serve", "tune_interpreter"]


def _default_pipeline_factory() -> PipelineFactory:
    from entente.pipeline import Pipeline

    return Pipeline


def create_app(store_location: str, token: str | None = None,
               pipeline_factory: PipelineFactory | None = None,
               max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The app over the store at `store_location` (a DuckDB path or postgresql:// URL).

    The store is opened now, so a missing or locked database fails here with a
    StoreError rather than on the first request; it is closed when the app shuts down.
    `pipeline_factory` makes the Pipeline on the first POST (tests pass a loaded one).
    """
    site = Site(store_location, token, pipeline_factory or _default_pipeline_factory())

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            site.close()

    app = FastAPI(title="entente", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Political events coded from news articles: events, dyads "
                              "and their series, shifts in relations, actors, articles. "
                              "Every dashboard page has its JSON twin here. Errors have one "
                              "shape: {\"error\": {\"code\", \"message\", \"detail\"}}.")
    app.state.site = site
    app.state.templates = Jinja2Templates(env=environment())
    install_error_handlers(app, pages.render_error)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("entente.render", "static")]), name="static")
    app.add_middleware(RevisionCache, revision=site.store.revision)
    writes = frozenset(r.path for r in api.router.routes if isinstance(r, APIRoute)
                       and set(r.methods or ()) - {"GET", "HEAD"})  # the token first on these
    app.add_middleware(BodyLimit, max_bytes=max_body, gate=site.write_refusal, gated=writes)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(ProbeFirst, path=HEALTH_PATH, probe=site.health)  # outermost
    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None) -> None:
    """Run the app with uvicorn until interrupted; the token defaults to $ENTENTE_TOKEN."""
    import uvicorn

    from entente.web.fastprobe import probe_protocol

    token = token or os.environ.get(TOKEN_ENV) or None
    if token and not _is_loopback(host):
        log.warning("serving on %s with writes enabled: the token travels in clear over "
                    "HTTP; put a TLS proxy in front", host)
    app = create_app(db, token=token)
    tune_interpreter()
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                http=probe_protocol(HEALTH_PATH, app.state.site.health))


# The collector's thresholds while serving (Python's own: 700, 10, 10).
GC_THRESHOLDS = (20_000, 20, 20)
# Seconds a thread may hold the interpreter while another waits (Python's own: 0.005).
# Measured with the health check's poller while slow requests run (4 rounds each, load
# 6-8): p99 25-41 ms at 0.0005, 37-54 at 0.001, 49-64 at 0.002; 0.00025 gained no more.
SWITCH_INTERVAL = 0.0005


def tune_interpreter() -> None:
    """Settings for a server whose requests share the interpreter, so that a short one (the
    health check) is not held up by the work of dear ones, once the app is made.

    Requests run on threads: a short one waits at most SWITCH_INTERVAL (0.5 ms, not 5)
    each time it needs the interpreter while a dear one runs Python. The cyclic garbage
    collector stops every thread while it runs, and a dear request's rows and dicts set
    it off every 700 allocations; measured under slow requests, its collections took 0.7
    s in 15 s, the longest 86-125 ms (a full one, over every object made at start-up).
    What start-up made is therefore frozen (never scanned again), and the young are
    collected every 20,000 allocations.
    """
    sys.setswitchinterval(SWITCH_INTERVAL)
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
