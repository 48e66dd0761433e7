"""Compile the coder's hot modules with mypyc: an optional speed-up (entente.native).

    .venv/bin/python scripts/compile.py [--force]

Compiles the modules in `entente.native.MODULES` into one library with mypyc (which comes
with the mypy entente is checked with; it needs a C compiler) and puts the extension
modules in src/entente/_native/, with the stamp of the source they were made from. Does
nothing when the build there was made from the source as it is (unless --force). When the
compilation fails it removes what it made, says why, and exits with status 1: entente then
runs its Python source, with the same answers, only slower. C sources and objects go to
build/mypyc/ (not in git); a build takes about a minute or two on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from entente import native  # noqa: E402

BUILD = ROOT / "build" / "mypyc"


def build() -> None:
    """Compile MODULES into NATIVE_DIR and write the stamp (raises on any failure)."""
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(ROOT)  # mypy reads its settings from pyproject.toml here
    made = native.stamp()  # the source as it is when the compilation starts
    files = [str(native.source_file(m).relative_to(ROOT)) for m in native.MODULES]
    extensions = mypycify(files, group_name=native.LIBRARY, target_dir=str(BUILD / "c"),
                          opt_level="3", debug_level="0")
    lib = BUILD / "lib"
    shutil.rmtree(lib, ignore_errors=True)
    os.chdir(BUILD)  # not beside the repository's pyproject.toml, which is not this build's
    try:
        setup(name="entente-native", ext_modules=extensions,
              script_args=["--quiet", "build_ext", "--build-lib", str(lib),
                           "--build-temp", str(BUILD / "temp")])
    finally:
        os.chdir(ROOT)
    if native.stamp() != made:
        raise RuntimeError("the source changed while it was compiled; compile again")
    for built in sorted(lib.rglob("*.so")):
        target = native.NATIVE_DIR / built.parent.relative_to(lib / "entente") / built.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, target)
    native.STAMP.write_text(json.dumps(made, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="compile even when up to date")
    args = parser.parse_args()
    if not args.force and native.fresh():
        print(f"compile: the compiled modules in {native.NATIVE_DIR} are up to date")
        return
    shutil.rmtree(native.NATIVE_DIR, ignore_errors=True)
    started = time.monotonic()
    try:
        build()
    except (Exception, SystemExit) as e:  # setuptools reports a failed build by SystemExit
        shutil.rmtree(native.NATIVE_DIR, ignore_errors=True)
        print(f"compile: mypyc could not compile the coder's modules ({type(e).__name__}: "
              f"{e}); entente runs its Python source (the same answers, slower). The "
              f"compiler's messages are above; {BUILD} holds its files.", file=sys.stderr)
        sys.exit(1)
    print(f"compile: {len(native.MODULES)} modules compiled into {native.NATIVE_DIR} "
          f"in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
