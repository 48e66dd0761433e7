"""Load on `entente serve`: requests per second and latency (p50, p99) for 1, 5 and 20
clients over a mixed read workload on the demo database, and the health check's latency
while slow requests run. Bounded in time: each step runs for `--seconds`.

The server is `entente serve` on 127.0.0.1 in its own process, as users run it. With
`--baseline SRC` (another tree's src folder, e.g. an export of an older commit) the same
steps run against that tree's server too, interleaved with this one's, so that the noise
of a shared machine falls on both alike; results are given as each's figures and their
ratio.

    .venv/bin/python benchmarks/serve_load.py [--seconds 8] [--repeat 2] [--baseline DIR]
        [--uncached]

With --uncached every address carries a query parameter of its own (`n=1`, `n=2`, ...,
which the API ignores), so no answer is ever served from the server's cache of answers:
what each request costs when it is asked for the first time.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing.queues
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

ROOT = Path(__file__).resolve().parent.parent

# The mixed read workload: what the dashboard and API clients ask for, cheap and dear.
WORKLOAD = [
    "/api/health",
    "/api/events?limit=50",
    "/api/events?actor=VEN&limit=100&sort=-date",
    "/api/events?q=oil&limit=20",
    "/api/dyads",
    "/api/dyads/CUB/VEN/series?period=month",
    "/api/dyads/CUB/VEN?period=quarter&limit=20",
    "/api/actors/VEN?limit=20",
    "/api/overview",
    "/api/shifts?top=5",
    "/",
    "/dyads/CUB/VEN",
]
# Dear requests no cache can answer: each asks something new (its offset or parameter
# changes every time), so each runs its queries and its change-point detection.
SLOW = ["/api/shifts?a=CUB&b=VEN&min_events=2&min_size=1&beta={beta}&min_delta=0",
        "/api/dyads/CUB/VEN?period=day&limit=500&modality=all&offset={n}",
        "/api/events?q=the&modality=all&limit=500&offset={n}"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(src: Path, db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(src)}
    env.pop("ENTENTE_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "entente.cli", "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    import httpx

    for _ in range(300):
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"the server of {src} did not start")


UNCACHED = False  # --uncached: each request a new address


def address(path: str, i: int) -> str:
    if not UNCACHED:
        return path
    return f"{path}{'&' if '?' in path else '?'}n={i}"


def clients(base: str, n: int, seconds: float, paths: list[str]) -> dict[str, float]:
    """`n` client threads asking `paths` in turn for `seconds`: requests/s, p50, p99 (ms)."""
    import httpx

    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    ends = time.monotonic() + seconds

    def one(k: int) -> None:
        nonlocal errors
        mine: list[float] = []
        bad = 0
        with httpx.Client(base_url=base, timeout=60) as http:
            i = k
            while time.monotonic() < ends:
                started = time.perf_counter()
                status = http.get(address(paths[i % len(paths)], i)).status_code
                mine.append(time.perf_counter() - started)
                bad += status >= 500
                i += 1
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=one, args=(k,)) for k in range(n)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - began
    return summary(latencies, took) | {"errors_5xx": errors}


def summary(latencies: list[float], took: float) -> dict[str, float]:
    ordered = sorted(latencies)
    if not ordered:
        return {"requests": 0, "requests_per_s": 0.0, "p50_ms": 0.0, "p99_ms": 0.0}
    return {"requests": len(ordered), "requests_per_s": round(len(ordered) / took, 1),
            "p50_ms": round(1000 * statistics.median(ordered), 1),
            "p99_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1)}


def health_under_slow_load(base: str, seconds: float) -> dict[str, float]:
    """The health check's latency (one poller, every 50 ms) while two clients keep slow
    requests running.

    The poller is a process of its own: in this one it shared the interpreter with the
    slow clients' threads, which parse answers of up to 660 KB, and waited for them.
    Its latencies are still the whole round trip, from before its request is sent to
    after the answer is read."""
    import multiprocessing

    import httpx

    stop = threading.Event()

    def slow(k: int) -> None:
        with httpx.Client(base_url=base, timeout=120) as http:
            i = k
            while not stop.is_set():
                http.get(SLOW[i % len(SLOW)].format(n=i % 50, beta=0.5 + i / 1000))
                i += 1

    hogs = [threading.Thread(target=slow, args=(k,)) for k in range(2)]
    for t in hogs:
        t.start()
    time.sleep(0.5)
    context = multiprocessing.get_context("spawn")
    found: multiprocessing.queues.Queue[list[float]] = context.Queue()
    poller = context.Process(target=poll_health, args=(base, seconds, found))
    poller.start()
    latencies = found.get(timeout=seconds + 120)
    poller.join()
    stop.set()
    for t in hogs:
        t.join()
    return summary(latencies, seconds)


def poll_health(base: str, seconds: float, found: Any) -> None:
    """Ask for the health check every 50 ms for `seconds` (timed from when the interpreter
    is ready); put the latencies (s) in `found`."""
    import httpx

    latencies = []
    with httpx.Client(base_url=base, timeout=60) as http:
        ends = time.monotonic() + seconds
        while time.monotonic() < ends:
            started = time.perf_counter()
            http.get("/api/health")
            latencies.append(time.perf_counter() - started)
            time.sleep(0.05)
    found.put(latencies)


def make_demo_db(folder: Path) -> Path:
    db = folder / "demo.duckdb"
    subprocess.run([sys.executable, "-m", "entente.cli", "demo", "--db", str(db),
                    "--no-progress"], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="length of each step")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of every step")
    parser.add_argument("--baseline", type=Path, help="another tree's src/ to compare with")
    parser.add_argument("--db", type=Path, help="a database to serve (default: the demo's)")
    parser.add_argument("--uncached", action="store_true",
                        help="a new address for every request (the cache of answers unused)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" /
                        "serve_load.json")
    args = parser.parse_args()
    global UNCACHED
    UNCACHED = args.uncached
    trees = {"this": ROOT / "src"}
    if args.baseline:
        trees["baseline"] = args.baseline.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or make_demo_db(Path(tmp))
        runs: dict[str, dict[str, list[dict[str, float]]]] = {t: {} for t in trees}
        for _round in range(args.repeat):
            for name, src in trees.items():  # interleaved: the noise falls on both
                copy = Path(tmp) / f"{name}.duckdb"
                copy.write_bytes(db.read_bytes())
                proc, base = start_server(src, copy)
                try:
                    clients(base, 2, 2.0, WORKLOAD)  # warm: shifts cached, pages compiled
                    for n in (1, 5, 20):
                        runs[name].setdefault(f"{n} clients", []).append(
                            clients(base, n, args.seconds, WORKLOAD))
                    runs[name].setdefault("health while slow requests run", []).append(
                        health_under_slow_load(base, args.seconds))
                finally:
                    proc.terminate()
                    proc.wait(timeout=30)
    results = {name: {step: {"median": median_of(rounds), "rounds": rounds}
                      for step, rounds in steps.items()} for name, steps in runs.items()}
    if "baseline" in results:
        results["ratio this/baseline, requests/s"] = {
            step: round(results["this"][step]["median"]["requests_per_s"]
                        / max(0.1, results["baseline"][step]["median"]["requests_per_s"]), 2)
            for step in results["this"] if step.endswith("clients")}
    report = {"seconds_per_step": args.seconds, "repeat": args.repeat, "cores": os.cpu_count(),
              "uncached": args.uncached,
              "workload": WORKLOAD, "slow": SLOW, "results": results}
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    for name in trees:
        print(name)
        for step, found in results[name].items():
            m = found["median"]
            spread = [r["requests_per_s"] for r in found["rounds"]]
            print(f"  {step:32s} {m['requests_per_s']:7.1f} req/s  p50 {m['p50_ms']:7.1f} ms"
                  f"  p99 {m['p99_ms']:7.1f} ms  (rounds: {spread})")
    if "baseline" in results:
        print("ratio (requests/s):", results["ratio this/baseline, requests/s"])


def median_of(rounds: list[dict[str, float]]) -> dict[str, float]:
    return {k: round(statistics.median(r[k] for r in rounds), 1) for k in rounds[0]}


if __name__ == "__main__":
    main()
