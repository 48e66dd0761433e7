"""Every benchmark, one after another, each with the arguments the README's figures came
from; each writes its results to benchmarks/results/. `make bench` runs this.

    .venv/bin/python benchmarks/run.py [--only NAME ...] [--list]

Run it on a quiet machine: the benchmarks compare paths within one run, but a busy
machine widens every spread.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> arguments, as in the README's "Measured" section
BENCHMARKS: dict[str, list[str]] = {
    "coding": ["coding.py", "--repeat", "4"],
    "ingest": ["ingest.py", "--repeat", "2"],
    "store": ["store.py"],
    "stories": ["stories.py"],
    "shifts": ["shifts.py"],
    "actors": ["actors.py"],
    "queries": ["queries.py"],
    "serve_load": ["serve_load.py", "--seconds", "6", "--repeat", "2"],
    "scale": ["scale.py", "--articles", "1200"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), default=None,
                        help="run only these")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    args = parser.parse_args()
    if args.list:
        for name, argv in BENCHMARKS.items():
            print(f"{name}: {' '.join(argv)}")
        return
    failed = []
    for name in args.only or list(BENCHMARKS):
        argv = BENCHMARKS[name]
        started = time.perf_counter()
        print(f"== {name}: {' '.join(argv)}", flush=True)
        code = subprocess.call([sys.executable, str(HERE / argv[0]), *argv[1:]])
        print(f"== {name}: exit {code}, {time.perf_counter() - started:.0f} s", flush=True)
        if code:
            failed.append(name)
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
