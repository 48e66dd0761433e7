"""Built once, loaded fast: the knowledge base's name index and the gazetteer.

Building them from their data files takes a second or two; loading a pickle of the result
takes a tenth of that. A cache file is named by a hash of everything it was built from
(the data files' contents and entente's version), so a changed file or an upgrade builds
anew and an old cache is never read. The folder is $ENTENTE_CACHE, else
~/.cache/entente; if it cannot be written, things are built in memory as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from entente.records import CODER_VERSION

log = logging.getLogger(__name__)
T = TypeVar("T")


def cache_dir() -> Path:
    env = os.environ.get("ENTENTE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "entente"


# The modules whose classes are pickled: a change to their code makes new cache files.
_LAYOUT = ("actors/kb.py", "actors/names.py", "places/gazetteer.py")


def fingerprint(parts: Iterable[str | bytes]) -> str:
    digest = hashlib.sha256(CODER_VERSION.encode())
    root = Path(__file__).resolve().parent
    for module in _LAYOUT:
        digest.update((root / module).read_bytes())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:24]


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """`build()`'s result, from the cache file for (name, key) when there is one."""
    if os.environ.get("ENTENTE_CACHE") == "off":
        return build()
    path = cache_dir() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as f:
            value: T = pickle.load(f)
        return value
    except FileNotFoundError:
        pass
    except Exception as exc:  # a damaged or foreign file: build anew, overwrite it
        log.warning("cache %s unreadable (%s); rebuilding", path, exc)
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a reader never sees half a file
        _prune(path.parent, name, keep=path)
    except OSError as exc:
        log.info("cache %s not written (%s)", path, exc)
    return value


KEEP_BUILDS = 4  # builds of one cache kept: checkouts of other versions share the folder


def _prune(folder: Path, name: str, keep: Path) -> None:
    """Builds of the same cache beyond the newest few are of no more use. Not just the
    newest: two installs of different versions (or data) share the folder, and each
    deleting the other's build made both rebuild on every start."""
    def age(path: Path) -> float:
        try:
            return -path.stat().st_mtime
        except OSError:
            return 0.0

    others = sorted((p for p in folder.glob(f"{name}-*.pickle") if p != keep), key=age)
    for old in others[KEEP_BUILDS - 1:]:
        with contextlib.suppress(OSError):
            old.unlink()
