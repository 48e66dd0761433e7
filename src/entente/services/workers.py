"""Coding on every core: worker processes that each hold a Pipeline and code batches of
articles, while the process that started them reads, groups stories and is the one writer.

Results come back in the order the batches went out, so what is stored, and in which
order, is what one process would store. A batch that fails to code is coded one article
at a time in its worker, so one poisoned document never sinks the others. Workers are
started fresh ("spawn": nothing of the parent's open database or threads is copied) and
each loads its models once.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from types import TracebackType
from typing import TYPE_CHECKING

from entente.records import Article, Event, Quote

if TYPE_CHECKING:
    from entente.pipeline import Pipeline

log = logging.getLogger(__name__)

# What coding one article gave: its events, or why it could not be coded, and its quotes.
Coded = tuple[Article, list[Event] | str, list[Quote]]
PipelineFactory = Callable[[], "Pipeline"]


def default_workers() -> int:
    """Processes that code: one per core."""
    return max(1, os.cpu_count() or 1)


def code_batch(pipeline: Pipeline, batch: list[Article]) -> list[Coded]:
    """Each article of `batch` with its events and quotes, in order; a batch that fails is
    coded again one article at a time, and an article that fails says why."""
    try:
        return [(c.article, c.events, c.quotes)
                for c in pipeline.read_many(batch, batch_size=len(batch))]
    except Exception:  # noqa: BLE001 - isolate the culprit below
        coded: list[Coded] = []
        for article in batch:
            try:
                one = next(iter(pipeline.read_many([article])))
                coded.append((article, one.events, one.quotes))
            except Exception as exc:  # noqa: BLE001 - one bad document is reported
                log.exception("coding failed for %s", article.origin or article.id)
                coded.append((article, f"coding failed: {exc!r}", []))
        return coded


_pipeline: Pipeline | None = None  # a worker's own
ORPHAN_CHECK = 1.0  # seconds between a worker's looks at whether its parent still runs


def _start(factory: PipelineFactory, parent: int) -> None:
    global _pipeline
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()
    _pipeline = factory()


def _orphaned(parent: int) -> None:
    """End this worker once the process that started it is gone (killed, say): a worker
    is never left holding its models' memory with no one to code for."""
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK)
    os._exit(1)


def _work(batch: list[Article], signatures: bool) -> tuple[list[Coded], dict[str, bytes]]:
    assert _pipeline is not None, "the worker was started with its pipeline"
    coded = code_batch(_pipeline, batch)
    if not signatures:
        return coded, {}
    from entente.ingest.stories import signature

    return coded, {a.id: signature(a.text, a.published, a.title) for a in batch}


class CodingPool:
    """`workers` processes, each with the Pipeline `factory` makes (a picklable callable:
    the Pipeline class, or a functools.partial of it with the user's files)."""

    def __init__(self, workers: int, factory: PipelineFactory, signatures: bool = False
                 ) -> None:
        self.workers = workers
        self._signatures = signatures
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                         initializer=_start,
                                         initargs=(factory, os.getpid()))

    def code(self, batches: Iterable[list[Article]]
             ) -> Iterator[tuple[list[Coded], dict[str, bytes]]]:
        """Each batch coded, in the order given, with its articles' MinHash signatures
        for story grouping (id -> signature; made here too, off the writer's core, when
        asked for); a few batches per worker in flight."""
        waiting: deque[Future[tuple[list[Coded], dict[str, bytes]]]] = deque()
        for batch in batches:
            waiting.append(self._pool.submit(_work, batch, self._signatures))
            if len(waiting) >= 2 * self.workers:
                yield waiting.popleft().result()
        while waiting:
            yield waiting.popleft().result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> CodingPool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


__all__ = ["CodingPool", "Coded", "PipelineFactory", "code_batch", "default_workers"]
