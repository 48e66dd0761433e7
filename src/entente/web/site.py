"""What the web app stands on: one store, one pipeline, and the services over them.

The app answers requests on many threads. The store lends each thread a connection of its
own from a pool (store/base.py), so reads run side by side; writes go through one
ingest session, which codes an article outside its lock (a spaCy pipeline is not
thread-safe, so coding is serialised too) and stores it under the lock. Shifts are kept
per store revision in one cache for all requests, found in the background when the
site opens and after each article it stores.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from entente import __version__
from entente.errors import EntenteError
from entente.ingest.readers import checked, parse_jsonl_record
from entente.pipeline import Pipeline
from entente.services.ingest import IngestSession, Outcome, Status
from entente.services.relations import Relations, ShiftCache
from entente.store import Store, open_store

PipelineFactory = Callable[[], Pipeline]
MEMORY_ENV = "ENTENTE_DUCKDB_MEMORY"
SERVER_MEMORY = "384MB"  # DuckDB's pages a server keeps in memory (the rest is read again)
# Seconds one statement of a request may run before it is stopped (HTTP 503): a dear query
# never holds a connection, nor the clients waiting for one, for long.
QUERY_TIMEOUT = 20.0
# Seconds the health check's counts may be old: they are counted again in the background,
# so the check itself never waits for a connection that dear requests hold.
HEALTH_TTL = 1.0


class Site:
    """The store, the pipeline and the services behind the app, shared between threads.

    Without a token the store is opened read-only (a DuckDB file then stays readable by
    other read-only processes); with one it is opened for writing, as POST needs.
    """

    def __init__(self, store_location: str, token: str | None = None,
                 pipeline_factory: PipelineFactory = Pipeline) -> None:
        self.token = token or None
        self.store: Store = open_store(store_location, read_only=self.token is None,
                                       query_timeout=QUERY_TIMEOUT)
        self.relations = Relations(self.store, ShiftCache())
        self.schema_version = self.store.schema_version()  # upgraded, if at all, on opening
        self.store.limit_memory(os.environ.get(MEMORY_ENV, SERVER_MEMORY))
        self.warm()
        self._counts = self.store.counts()
        self._counted = time.monotonic()
        self.store_error: str | None = None  # why the last count failed, if it did
        # One thread, started now, counts again when asked: the health check only sets
        # an event (starting a thread waits for it to take the interpreter, several
        # milliseconds while requests hold it; the check runs on the event loop)
        self._count_asked = threading.Event()
        self._closing = False
        self._counter = threading.Thread(target=self._keep_counting, name="entente-counts",
                                         daemon=True)
        self._counter.start()
        self._pipeline_factory = pipeline_factory
        self._pipeline: Pipeline | None = None
        self._session: IngestSession | None = None
        self._lock = threading.Lock()

    @property
    def writable(self) -> bool:
        return self.token is not None

    def counts(self) -> tuple[int, int]:
        """(articles, events) stored, as last counted: at most HEALTH_TTL seconds old
        before a count in the background is started."""
        if time.monotonic() - self._counted > HEALTH_TTL:
            self._count_asked.set()
        return self._counts

    def health(self) -> dict[str, Any] | None:
        """The health check's answer, without waiting for the store (its counts are kept,
        see counts()); None while the last count failed (why: `store_error`)."""
        articles, events = self.counts()
        if self.store_error is not None:
            return None
        return {"status": "ok", "version": __version__, "schema_version": self.schema_version,
                "articles": articles, "events": events, "writes": self.writable}

    def _keep_counting(self) -> None:
        while True:
            self._count_asked.wait()
            if self._closing:
                return
            try:
                self._counts = self.store.counts()
                self.store_error = None
            except EntenteError as exc:
                self.store_error = str(exc)
            finally:
                self._counted = time.monotonic()
                self._count_asked.clear()

    def warm(self) -> None:
        """The shifts and the overview found in the background, before they are asked (the
        overview's counts beside the shifts)."""
        self.relations.cache.warm(self.store, then=self.relations.overview,
                                  beside=self.relations.overview_counts)

    def write_refusal(self, headers: dict[bytes, bytes]) -> tuple[int, str] | None:
        """Why a write with these request headers is refused (status, message), or None:
        checked before its body is read."""
        if not self.writable:
            return (403, "writes are disabled: this server is read-only; start it with a "
                         "token (ENTENTE_TOKEN) to accept articles")
        scheme, _, offered = headers.get(b"authorization", b"").decode(
            "latin-1").partition(" ")
        if scheme.lower() != "bearer" or not self.token_matches(offered.strip()):
            return 401, "a valid token is needed: send `Authorization: Bearer TOKEN`"
        return None

    def token_matches(self, offered: str) -> bool:
        """Constant-time comparison, so the token cannot be guessed byte by byte."""
        return self.token is not None and hmac.compare_digest(offered.encode(),
                                                              self.token.encode())

    def pipeline(self) -> Pipeline:
        """The pipeline, made on first use (its models load lazily in turn)."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self._pipeline_factory()
            return self._pipeline

    def session(self) -> IngestSession:
        pipeline = self.pipeline()
        with self._lock:
            if self._session is None:
                self._session = IngestSession(self.store, pipeline)
            return self._session

    def ingest(self, record: dict[str, object], source_format: str) -> dict[str, Any]:
        """Read one JSON record (`text` or `html` and metadata), code it, store it once;
        what became of it, as the API answers it.

        The record has the shape of a line of a JSONL input, so it is read exactly as
        `entente ingest` reads one. Raises InputError when it holds no usable text.
        """
        article, _warnings = checked(parse_jsonl_record(json.dumps(record), "api"))
        article = dataclasses.replace(article, origin="api", source_format=source_format)
        outcome = self.session().accept(article)
        if outcome.stored:  # shifts are found again once per change, not per request
            self.warm()
            self._counts, self._counted = self.store.counts(), time.monotonic()
        if outcome.status is Status.FAILED:
            raise EntenteError(outcome.reason or "failed")
        return self.outcome_dict(outcome)

    def outcome_dict(self, outcome: Outcome) -> dict[str, Any]:
        """An outcome as the API answers it; an article stored before comes with the
        events stored then."""
        assert outcome.article is not None
        article, events, story = outcome.article, list(outcome.events), outcome.story_id
        if not outcome.stored:
            article = self.store.articles_by_id([article.id]).get(article.id, article)
            events = self.relations.article_events(article.id)
            story = events[0].story_id if events else None
        return {"id": article.id, "stored": outcome.stored,
                "coded": self.pipeline().supports(article.lang), "lang": article.lang,
                "story_id": story, "href": f"/articles/{article.id}",
                "events": [e.to_dict() for e in events]}

    def close(self) -> None:
        self._closing = True
        self._count_asked.set()
        self._counter.join(QUERY_TIMEOUT)
        self.relations.cache.wait()
        self.store.close()
