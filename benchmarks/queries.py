"""Queries over generated stores of 10k, 100k and 1M events: the CLI's `events --dyad`,
`relations` and `shifts`, and the dashboard and API through `entente serve`.

Each store is a DuckDB file of filler events (benchmarks/corpus.py: 16 countries, two years,
dyads turning between cooperation and conflict). For the server: the first answer after
it starts (shifts found in the background meanwhile), then each address's first answer,
then the address asked `--repeat` times more, each time with a query parameter of its own
(`n=1`, `n=2`, ..., which the server ignores) so that no answer comes from the server's
cache of answers (median and worst), `/api/health` asked while each of the others runs
(again uncached), and the server's peak memory.

    .venv/bin/python benchmarks/queries.py [--sizes 10000,100000,1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ENTENTE = [sys.executable, "-m", "entente.cli"]
CLI = {"events --dyad": ["events", "--dyad", "CUB", "VEN", "--limit", "100"],
       "relations": ["relations", "CUB", "VEN"],
       "shifts": ["shifts", "--top", "10"]}
PAGES = ["/", "/api/overview", "/api/shifts", "/api/events?limit=100",
         "/api/dyads/CUB/VEN", "/dyads/CUB/VEN", "/api/events?limit=100&offset=50000"]


def make_store(path: Path, events: int) -> None:
    from entente.store import open_store

    with open_store(path) as store:
        corpus.grow(store, events)


def cli_seconds(db: Path, args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([*ENTENTE, *args, "--db", str(db)], check=True, capture_output=True)
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def get(client: Any, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{url}: {response.status_code} {response.text[:200]}")
    return elapsed


def fresh(url: str, n: int) -> str:
    """`url` with a parameter the server ignores: an address its cache has not seen."""
    return f"{url}{'&' if '?' in url else '?'}n={n}"


def serve(db: Path, repeat: int) -> dict[str, Any]:
    import httpx
    import psutil

    port = free_port()
    proc = subprocess.Popen([*ENTENTE, "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        p = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                peak[0] = max(peak[0], p.memory_info().rss / 2**20)
            except psutil.Error:
                return
            time.sleep(0.05)

    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    out: dict[str, Any] = {}
    with httpx.Client(base_url=base, timeout=120) as client:
        for _ in range(600):  # until it answers, at most a minute
            try:
                client.get("/api/health")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        out["up_seconds"] = round(time.perf_counter() - started, 2)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out["first /api/shifts"] = round(get(client, "/api/shifts"), 3)
        timings: dict[str, list[float]] = {}
        firsts: dict[str, float] = {}
        health: dict[str, list[float]] = {}
        for url in PAGES:
            firsts[url] = get(client, url)
            timings[url] = [get(client, fresh(url, i)) for i in range(1, repeat + 1)]
            # /api/health while this address is being answered, several times
            health[url] = []
            for k in range(3):
                other = threading.Thread(target=get, args=(httpx.Client(
                    base_url=base, timeout=120), fresh(url, 100 + k)))
                other.start()
                time.sleep(0.005)
                while other.is_alive():
                    health[url].append(get(client, "/api/health"))
                other.join()
        out["pages"] = {u: {"first_ms": round(1000 * firsts[u], 1),
                            "median_ms": round(1000 * statistics.median(t), 1),
                            "max_ms": round(1000 * max(t), 1)} for u, t in timings.items()}
        every = [h for hs in health.values() for h in hs]
        out["health_while_busy_ms"] = {"n": len(every),
                                       "median": round(1000 * statistics.median(every), 1)
                                       if every else None,
                                       "max": round(1000 * max(every), 1) if every else None,
                                       "max_by_address": {u: round(1000 * max(h), 1)
                                                          for u, h in health.items() if h}}
    done.set()
    out["server_peak_rss_mb"] = round(peak[0], 1)
    proc.terminate()
    proc.wait(timeout=30)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", help="a folder to keep (and reuse) the stores in")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    env_path = str(ROOT / "src")
    os.environ["PYTHONPATH"] = env_path + os.pathsep + os.environ.get("PYTHONPATH", "")
    results: dict[str, Any] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        db = folder / f"events-{size}.duckdb"
        if not db.exists():
            t = time.perf_counter()
            make_store(db, size)
            print(f"made {db} in {time.perf_counter() - t:.0f} s", flush=True)
        mine: dict[str, Any] = {"cli_seconds": {}}
        for label, cli_args in CLI.items():
            runs = [cli_seconds(db, cli_args) for _ in range(max(1, args.repeat // 2))]
            mine["cli_seconds"][label] = [round(r, 2) for r in runs]
        mine["serve"] = serve(db, args.repeat)
        results[str(size)] = mine
        print(size, json.dumps(mine), flush=True)
    lines = ["| events | " + " | ".join(PAGES) + " | health while busy (max) | server RSS MB "
             "| " + " | ".join(f"`{c}` (CLI, s)" for c in CLI) + " |",
             "| ---: " * (len(PAGES) + 3 + len(CLI)) + "|"]
    for size, r in results.items():
        pages = " | ".join(f"{r['serve']['pages'][u]['median_ms']:.0f} ms "
                           f"({r['serve']['pages'][u]['first_ms']:.0f})" for u in PAGES)
        cli = " | ".join(f"{min(r['cli_seconds'][c]):.2f}" for c in CLI)
        lines.append(f"| {int(size):,} | {pages} | "
                     f"{r['serve']['health_while_busy_ms']['max']} ms | "
                     f"{r['serve']['server_peak_rss_mb']:.0f} | {cli} |")
    table = "\n".join(lines)
    print(table)
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "queries.json").write_text(json.dumps({"results": results, "table": table},
                                                     indent=2) + "\n")


if __name__ == "__main__":
    main()
