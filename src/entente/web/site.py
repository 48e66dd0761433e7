"""What the web app stands on: one store, one pipeline, and the locks that share them.

The app answers requests on many threads, but a store connection (DuckDB's above all) is
not to be used by two threads at once, and a spaCy pipeline is not thread-safe either. A
Site therefore serialises store access behind one lock and coding behind another, and
codes an article outside the store lock, so reading pages stays quick while a POSTed
article is being coded.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Concatenate, ParamSpec, TypeVar

from entente.ingest.readers import parse_jsonl_record
from entente.ingest.stories import StoryIndex, signature
from entente.nlp import SUPPORTED_LANGS
from entente.pipeline import Pipeline
from entente.records import Article, Event
from entente.store import EventQuery, Store, open_store

P = ParamSpec("P")
T = TypeVar("T")
PipelineFactory = Callable[[], Pipeline]


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What became of one article sent to the API."""

    article: Article
    stored: bool  # False when the same text was already stored
    coded: bool  # False for a language the pipeline cannot code
    story_id: str | None
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.article.id, "stored": self.stored, "coded": self.coded,
                "lang": self.article.lang, "story_id": self.story_id,
                "href": f"/articles/{self.article.id}",
                "events": [e.to_dict() for e in self.events]}


class Site:
    """The store and pipeline behind the app, shared safely between request threads.

    Without a token the store is opened read-only (a DuckDB file then stays readable by
    other read-only processes); with one it is opened for writing, as POST needs.
    """

    def __init__(self, store_location: str, token: str | None = None,
                 pipeline_factory: PipelineFactory = Pipeline) -> None:
        self.token = token or None
        self.store: Store = open_store(store_location, read_only=self.token is None)
        self._pipeline_factory = pipeline_factory
        self._pipeline: Pipeline | None = None
        self._stories: StoryIndex | None = None
        self._store_lock = threading.RLock()
        self._pipeline_lock = threading.Lock()

    @property
    def writable(self) -> bool:
        return self.token is not None

    def token_matches(self, offered: str) -> bool:
        """Constant-time comparison, so the token cannot be guessed byte by byte."""
        return self.token is not None and hmac.compare_digest(offered.encode(),
                                                              self.token.encode())

    def use(self, fn: Callable[Concatenate[Store, P], T], *args: P.args,
            **kwargs: P.kwargs) -> T:
        """Run `fn(store, ...)` while holding the store for this thread alone."""
        with self._store_lock:
            return fn(self.store, *args, **kwargs)

    def pipeline(self) -> Pipeline:
        """The pipeline, made on first use (its models load lazily in turn)."""
        with self._pipeline_lock:
            if self._pipeline is None:
                self._pipeline = self._pipeline_factory()
            return self._pipeline

    def ingest(self, record: dict[str, object], source_format: str) -> IngestOutcome:
        """Read one JSON record (`text` or `html` and metadata), code it, store it once.

        The record has the shape of a line of a JSONL input, so it is read exactly as
        `entente ingest` reads one. Raises InputError when it holds no usable text.
        """
        article = parse_jsonl_record(json.dumps(record), "api")
        article = dataclasses.replace(article, origin="api", source_format=source_format)
        existing = self._existing(article)
        if existing is not None:
            return existing
        pipeline = self.pipeline()
        with self._pipeline_lock:
            events = pipeline.code_article(article)
        coded = pipeline.supports(article.lang)
        sig = signature(article.text)
        with self._store_lock:
            if self._stories is None:
                self._stories = StoryIndex().load(self.store.story_signatures())
            story = self._stories.assign(article.id, sig)
            if not self.store.add_article(article, events, story_id=story, minhash=sig):
                # another request stored the same text meanwhile
                return self._existing(article) or IngestOutcome(article, False, coded, story)
        # the events as coded from this text; a story copy's repeats are stored as mentions
        # of the story's earlier events, so the store alone would not list them all here
        found = [dataclasses.replace(e, story_id=story) for e in events]
        return IngestOutcome(article, True, coded, story, found)

    def _existing(self, article: Article) -> IngestOutcome | None:
        with self._store_lock:
            if not self.store.has_article(article.id):
                return None
            found = self.store.articles_by_id([article.id]).get(article.id, article)
            events = self._events_of(article.id)
        return IngestOutcome(found, False, found.lang in SUPPORTED_LANGS,
                             events[0].story_id if events else None, events)

    def _events_of(self, article_id: str) -> list[Event]:
        return self.store.events(EventQuery(article_id=article_id, modalities=None, limit=None))

    def close(self) -> None:
        with self._store_lock:
            self.store.close()
