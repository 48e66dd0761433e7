"""`entente run`: code a large corpus on Dask distributed, into partitioned Parquet.

A local cluster of `workers` processes (one thread each) when no scheduler address is given;
any existing cluster (Slurm, Kubernetes, cloud) when one is. Each worker process builds its
Pipeline once (a worker plugin warms it as the worker starts) and codes whole partitions.
Partitions already done (a marker in _done/) are skipped, so a killed run picks up where it
stopped; a partition that fails is retried, then reported, and never sinks the run.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from entente.records import CODER_VERSION
from entente.scale.partitions import (
    Partition,
    PartitionResult,
    code_partition,
    done_marker,
    plan,
)
from entente.store.runs import LAYOUT_VERSION, run_counts

PipelineKey = tuple[tuple[str, ...], tuple[str, ...]]


def build_pipeline(pattern_files: Sequence[str] = (), actor_files: Sequence[str] = ()) -> Any:
    """A Pipeline with every language's model and coder loaded (a worker's, made once)."""
    from entente.pipeline import Pipeline
    from entente.vocabulary import LANGUAGES

    pipeline = Pipeline(pattern_files=[Path(p) for p in pattern_files],
                        actor_files=[Path(p) for p in actor_files])
    for lang in LANGUAGES:  # the models, once per worker
        pipeline.models.get(lang)
        pipeline.coder(lang)
    return pipeline


def worker_pipeline(pattern_files: Sequence[str] = (), actor_files: Sequence[str] = ()) -> Any:
    """The Pipeline of this Dask worker, kept on the worker itself (no module state): built
    by the warm-up plugin as the worker starts, or on first use."""
    from distributed import get_worker

    worker = get_worker()
    key: PipelineKey = (tuple(pattern_files), tuple(actor_files))
    pipelines: dict[PipelineKey, Any] = worker.__dict__.setdefault("entente_pipelines", {})
    if key not in pipelines:  # one task at a time per worker (threads_per_worker=1)
        pipelines[key] = build_pipeline(pattern_files, actor_files)
    return pipelines[key]


def run_partition(partition: Partition, out: str, pattern_files: Sequence[str],
                  actor_files: Sequence[str]) -> dict[str, Any]:
    """The task each worker runs: code one partition (a plain function, easy to pickle)."""
    pipeline = worker_pipeline(pattern_files, actor_files)
    return code_partition(partition, Path(out), pipeline).to_dict()


@dataclass
class RunReport:
    partitions: int = 0
    skipped: int = 0  # done by an earlier run
    coded: int = 0
    articles: int = 0
    events: int = 0
    failed_partitions: list[tuple[str, str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # documents
    seconds: float = 0.0
    peak_worker_rss_mb: float = 0.0


def _warm_up_plugin(base: type, pattern_files: Sequence[str],
                    actor_files: Sequence[str]) -> Any:
    """A Dask worker plugin that builds the Pipeline as each worker starts."""

    class WarmUp(base):  # type: ignore[misc]
        name = "entente-warm-up"

        def setup(self, worker: Any) -> None:
            key = (tuple(pattern_files), tuple(actor_files))
            worker.__dict__.setdefault("entente_pipelines", {})[key] = build_pipeline(
                pattern_files, actor_files)

    return WarmUp()


def run(inputs: Iterable[str], out: Path, scheduler: str | None = None,
        workers: int = 2,
        pattern_files: Sequence[str] = (), actor_files: Sequence[str] = (), retries: int = 2,
        on_progress: Callable[[int, int], None] | None = None) -> RunReport:
    """Code every input on a Dask cluster into `out`; resumable; see the module docstring."""
    from dask.distributed import Client, LocalCluster, as_completed
    from distributed.diagnostics.plugin import WorkerPlugin

    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    partitions, bad = plan(inputs)
    report = RunReport(partitions=len(partitions))
    report.failures += [(str(b.path), b.error.reason if b.error else "unreadable") for b in bad]
    todo = [p for p in partitions if not done_marker(out, p.id).exists()]
    report.skipped = len(partitions) - len(todo)
    logging.getLogger("distributed").setLevel(logging.WARNING)
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                  processes=True, dashboard_address=None,
                                                  silence_logs=logging.WARNING)
    client = Client(scheduler or cluster)
    try:
        client.register_plugin(_warm_up_plugin(WorkerPlugin, pattern_files, actor_files))
        futures = {client.submit(run_partition, p, str(out), list(pattern_files),
                                 list(actor_files), retries=retries, pure=False, key=f"p-{p.id}"):
                   p for p in todo}
        for done, future in enumerate(as_completed(futures), start=1):
            partition = futures[future]
            try:
                result = PartitionResult(**future.result())
            except Exception as exc:  # noqa: BLE001 - a poisoned partition is reported, not fatal
                report.failed_partitions.append((partition.id, f"{exc!r}"))
            else:
                report.coded += 1
                report.articles += result.articles
                report.events += result.events
                report.peak_worker_rss_mb = max(report.peak_worker_rss_mb, result.peak_rss_mb)
                report.failures += [tuple(f) for f in result.failures]  # type: ignore[misc]
            if on_progress:
                on_progress(done, len(todo))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    # partitions count what each coded; an article two inputs hold counts once in all
    report.articles, report.events = run_counts(out)
    report.seconds = time.perf_counter() - started
    write_manifest(out, partitions, report)
    return report


def write_manifest(out: Path, partitions: Sequence[Partition], report: RunReport) -> None:
    manifest = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "coder_version": CODER_VERSION,
        "layout_version": LAYOUT_VERSION,
        "partitions": [{"id": p.id, "inputs": list(p.inputs),
                        "done": done_marker(out, p.id).exists()} for p in partitions],
        "failed_partitions": report.failed_partitions,
        "document_failures": report.failures,
        "layout": {"articles": "articles/part-<partition>.parquet",
                   "events": "events/month=YYYY-MM/part-<partition>.parquet"},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
