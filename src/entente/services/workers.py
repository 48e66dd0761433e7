"""Coding on every core: worker processes that each hold a Pipeline and code batches of
articles, while the process that started them reads, groups stories and is the one writer.

Results come back in the order the batches went out, so what is stored, and in which
order, is what one process would store. A batch that fails to code is coded one article
at a time in its worker, so one poisoned document never sinks the others.

Workers never copy the writing process (its open database, its threads). Where the
system can fork (Linux, macOS), they are forked from a fork server: a fresh process,
started with this process's environment and entente's folder first on its search path,
that has loaded what every worker loads at its start (the models of every language, the
knowledge base, the patterns, the gazetteer; `warm`) and runs nothing else, so each worker
starts with them loaded, in its own copy of the memory, and a start-up is paid once, not
once per worker. Elsewhere, or with ENTENTE_WORKER_START=spawn, each worker starts fresh
("spawn") and loads its own. Either way a worker's pipeline is made by the factory in the
worker, and models it finds loaded are the ones it would load (by name), never used
before: the same answers.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from pathlib import Path
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
    """End this worker once the process it codes for is gone (killed, say): a worker is
    never left holding its models' memory with no one to code for. (A forked worker's
    parent is the fork server, so the writer is watched by its process id.)"""
    while _alive(parent):
        time.sleep(ORPHAN_CHECK)
    os._exit(1)


def _alive(pid: int) -> bool:
    """Whether process `pid` runs (a killed process not yet reaped does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True  # no /proc: the signal test alone
    return state != "Z"


# Set in the fork server's environment: its import of entente.services.warm loads (warm)
WARM_ENV = "ENTENTE_FORKSERVER_WARM"
_server_lock = threading.Lock()
_server_env: dict[str, str] | None = None  # `_read_env()` when this process started one


def _read_env() -> dict[str, str]:
    """The environment entente reads (ENTENTE_*, and HOME for the cache folder); not the
    start method, which this process decides."""
    return {k: v for k, v in os.environ.items()
            if (k.startswith("ENTENTE_") and k != "ENTENTE_WORKER_START") or k == "HOME"}


def start_context() -> BaseContext:
    """How workers start: forked from the fork server (started now if it is not running
    yet, with `warm` loaded), or spawned where there is no fork server or
    ENTENTE_WORKER_START=spawn says so, and once the environment entente reads is no
    longer the one the fork server was started with (a forked worker has the server's,
    where a spawned one has this process's as it is: ENTENTE_MODEL_EN, ENTENTE_NATIVE,
    ...)."""
    global _server_env
    if os.environ.get("ENTENTE_WORKER_START") == "spawn" or \
            "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    from multiprocessing import forkserver

    with _server_lock:  # (the environment is the process's: changed and put back here)
        if _server_env is not None:
            return get_context("forkserver" if _read_env() == _server_env else "spawn")
        _server_env = _read_env()
        saved = {k: os.environ.get(k) for k in ("PYTHONPATH", WARM_ENV)}
        here = str(Path(__file__).resolve().parent.parent.parent)  # entente's folder
        path = saved["PYTHONPATH"]
        if not path or path.split(os.pathsep)[0] != here:  # this entente, not another
            os.environ["PYTHONPATH"] = here + (os.pathsep + path if path else "")
        os.environ[WARM_ENV] = "1"
        try:
            forkserver.set_forkserver_preload(["entente.services.warm"])
            forkserver.ensure_running()  # (nothing changes if it runs already)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    return get_context("forkserver")


def warm() -> None:
    """Load what each worker loads at its start, in the fork server the workers are forked
    from: the models of every language (kept for the workers' pipelines, `nlp.keep`), and
    the knowledge base, patterns, ontology, gazetteer and story hashing a default pipeline
    loads (kept in their loaders' caches); nothing is parsed or coded. What fails to load
    here is loaded, or fails with its message, in each worker as without a fork server."""
    try:
        from entente.ingest.stories import signature
        from entente.nlp import SUPPORTED_LANGS, keep
        from entente.pipeline import Pipeline
        from entente.places.gazetteer import load_gazetteer

        pipeline = Pipeline()
        for lang in sorted(SUPPORTED_LANGS):
            pipeline.models.get(lang)
            pipeline.coder(lang)
        keep(pipeline.models)
        load_gazetteer()  # (a dateline's place)
        signature("warm")  # (the permutations)
    except Exception:  # noqa: BLE001 - the workers load for themselves then
        log.warning("the fork server could not load the coding models; each worker "
                    "loads its own", exc_info=True)


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
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=start_context(),
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
