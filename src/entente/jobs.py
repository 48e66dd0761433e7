"""Whole jobs the CLI, the server and scripts share: ingest paths into a store.

Reading, coding and storing, one article per transaction, so a broken input or a crash
loses nothing but that input and never leaves half an article in the database.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from entente.errors import EntenteError, InputError
from entente.ingest.fetch import Fetcher
from entente.ingest.readers import DEFAULT_MAX_BYTES, ReadResult, discover, read_discovered
from entente.ingest.web import is_url, read_url
from entente.pipeline import Pipeline
from entente.records import Article, Event
from entente.store.base import Store

log = logging.getLogger(__name__)


@dataclass
class Failure:
    origin: str
    reason: str


@dataclass
class IngestReport:
    """What one ingest run did."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    joined_stories: int = 0  # stored articles that are another outlet's copy of a story
    events: int = 0
    not_coded: Counter[str] = field(default_factory=Counter)  # language -> articles
    by_lang: Counter[str] = field(default_factory=Counter)
    by_format: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)


def ingest_paths(
    store: Store,
    pipeline: Pipeline,
    paths: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[int, int], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    fetcher: Fetcher | None = None,
    fetch_entries: bool = False,
) -> IngestReport:
    """Read, code and store every document under `paths` (files, folders, http(s)
    addresses of pages or feeds); report what happened.

    `on_file(done, total)` is called as inputs are finished (for progress bars);
    `on_failure` as soon as a document fails (for immediate messages). Addresses are read
    with `fetcher` (refused when None); feed entries' pages are fetched with `fetch_entries`.
    """
    from entente.ingest.stories import StoryIndex, signature

    report = IngestReport()
    inputs = [str(p) for p in paths]
    urls = [p for p in inputs if is_url(p)]
    found = discover([p for p in inputs if not is_url(p)])
    total = len(found) + len(urls)
    stories = StoryIndex().load(store.story_signatures())

    def results() -> Iterator[tuple[int, Iterator[ReadResult]]]:
        for done, item in enumerate(found, start=1):
            yield done, read_discovered(item, max_bytes)
        for done, url in enumerate(urls, start=len(found) + 1):
            if fetcher is None:
                yield done, iter([ReadResult(url, "url", error=InputError(
                    url, "fetching is not enabled", "pass --fetch to read addresses"))])
            else:
                yield done, read_url(url, fetcher, fetch_entries)

    def fail(origin: str, reason: str) -> None:
        failure = Failure(origin, reason)
        report.failures.append(failure)
        if on_failure:
            on_failure(failure)

    def fresh_articles() -> Iterator[Article]:
        for done, read in results():
            for result in read:
                article = _accept(result, report, fail)
                if article is None:
                    continue
                if store.has_article(article.id):
                    report.duplicates += 1
                    continue
                yield article
            if on_file:
                on_file(done, total)

    for article, events in code_safely(pipeline, fresh_articles(), fail):
        if not pipeline.supports(article.lang):
            report.not_coded[article.lang or "unknown"] += 1
        try:
            sig = signature(article.text)
            story = stories.assign(article.id, sig)
            if store.add_article(article, events, story_id=story, minhash=sig):
                report.stored += 1
                report.events += len(events)
                report.joined_stories += story != article.id
            else:
                report.duplicates += 1
        except EntenteError as exc:
            fail(article.origin or article.id, f"not stored: {exc}")
    return report


def _accept(result: ReadResult, report: IngestReport,
            fail: Callable[[str, str], None]) -> Article | None:
    if result.error is not None or result.article is None:
        err = result.error or InputError(result.origin, "unreadable")
        fail(err.origin, err.reason + (f" ({err.fix})" if err.fix else ""))
        return None
    report.read += 1
    report.by_lang[result.article.lang or "unknown"] += 1
    report.by_format[result.source_format] += 1
    return result.article


def code_safely(pipeline: Pipeline, articles: Iterator[Article],
                 fail: Callable[[str, str], None]) -> Iterator[tuple[Article, list[Event]]]:
    """Code in batches; if a batch fails, code its articles one by one to isolate the culprit."""
    batch: list[Article] = []

    def flush() -> Iterator[tuple[Article, list[Event]]]:
        try:
            yield from list(pipeline.code_many(batch, batch_size=len(batch)))
        except Exception:  # noqa: BLE001 - one poisoned document must not sink the run
            for article in batch:
                try:
                    yield article, pipeline.code_article(article)
                except Exception as exc:  # noqa: BLE001
                    log.exception("coding failed for %s", article.origin)
                    fail(article.origin or article.id, f"coding failed: {exc!r}")

    for article in articles:
        batch.append(article)
        if len(batch) >= 16:
            yield from flush()
            batch = []
    if batch:
        yield from flush()
