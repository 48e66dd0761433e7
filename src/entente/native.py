"""The coder's hot modules compiled with mypyc: an optional speed-up, the source the truth.

`scripts/compile.py` (run by scripts/setup.sh) compiles the modules in MODULES with mypyc
into NATIVE_DIR (src/entente/_native/, kept out of git) and writes a stamp there: the
digest of every source file the compilation read, the modules themselves and the entente
modules they import (compiled code trusts their annotations). A package that holds
compiled modules puts their folder before its own on its search path (`search_path`), and
only while the stamp matches its source files as they are now: after an edit to any of
those files the package runs its source and says so once in the log, until the modules are
compiled again. ENTENTE_NATIVE=0 in the environment runs the source whatever is there.
Compiled or not, entente gives the same answers (benchmarks/same_answers.py checks it)."""

from __future__ import annotations

import ast
import hashlib
import json
import logging
import os
import sys
from functools import cache
from pathlib import Path

# The modules compiled: the coder's own Python, which `benchmarks/coder_only.py` measures.
MODULES = (
    "entente.coding.coder",
    "entente.coding.syntax",
    "entente.coding.quotes",
    "entente.coding.patterns",
    "entente.coding.table",
    "entente.coding.modality",
    "entente.coding.set_phrases",
    "entente.coding.inflect",
    "entente.coding.views",
    "entente.coding.hints",
    "entente.coding.speaker_words",
    "entente.coding.dates",
    "entente.coding.memory",
    "entente.coding.attribution",
    "entente.coding.casing",
)
# The library mypyc puts the compiled code of all of them in (a module of this package)
LIBRARY = "entente.coding.native"
SRC = Path(__file__).resolve().parent.parent  # the folder entente is in
NATIVE_DIR = SRC / "entente" / "_native"
STAMP = NATIVE_DIR / "stamp.json"

log = logging.getLogger(__name__)


def source_file(module: str) -> Path:
    """The source file of an entente module (a package's __init__.py)."""
    base = SRC.joinpath(*module.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def imported(module: str) -> set[str]:
    """The entente modules `module` imports anywhere in its source (functions included)."""
    tree = ast.parse(source_file(module).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from entente.coding import syntax` imports a module, not a name
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return {m for m in found if m.split(".")[0] == "entente" and source_file(m).exists()}


def read_by(modules: tuple[str, ...]) -> list[str]:
    """The source files (relative to SRC) of `modules` and every entente module they import,
    directly or not, with the packages those are in."""
    seen: set[str] = set()
    todo = list(modules)
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        parts = module.split(".")
        todo.extend(".".join(parts[:i]) for i in range(1, len(parts)))
        todo.extend(imported(module))
    return sorted(source_file(m).relative_to(SRC).as_posix() for m in seen)


def digest(files: list[str]) -> str:
    """One digest of the files (relative to SRC), their names and contents."""
    h = hashlib.sha256()
    for name in files:
        data = (SRC / name).read_bytes()
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def stamp() -> dict[str, object]:
    """What a compiled build was made from: the files read, their digest, the Python."""
    files = read_by(MODULES)
    return {"modules": list(MODULES), "files": files, "digest": digest(files),
            "python": sys.version}


def made_from_this(stamp_file: Path) -> bool:
    """Whether the build a stamp is of was made from the source as it is now (and for this
    Python); says so in the log when it was not."""
    try:
        made = json.loads(stamp_file.read_text(encoding="utf-8"))
        same = bool(made["modules"] == list(MODULES) and made["python"] == sys.version
                    and made["digest"] == digest(made["files"]))
    except (OSError, ValueError, KeyError, TypeError):
        same = False
    if not same:
        log.warning("the compiled modules in %s were made from other source than this; "
                    "running the Python source (run scripts/compile.py to compile again)",
                    stamp_file.parent)
    return same


@cache
def fresh() -> bool:
    """Whether a compiled build is there and was made from the source as it is now."""
    return STAMP.exists() and made_from_this(STAMP)


def search_path(package: str, path: list[str]) -> list[str]:
    """A package's search path (its `__path__`), with its compiled modules' folder first
    when a compiled build of this source is there (and ENTENTE_NATIVE is not 0)."""
    folder = NATIVE_DIR.joinpath(*package.split(".")[1:])
    if os.environ.get("ENTENTE_NATIVE") == "0" or not folder.is_dir() or not fresh():
        return path
    return [str(folder), *path]


def compiled() -> list[str]:
    """The modules of MODULES that run compiled in this process (those imported so far)."""
    return [m for m in MODULES
            if m in sys.modules and not str(sys.modules[m].__file__).endswith(".py")]
