"""The build cache of the knowledge base and the gazetteer (entente/cache.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from entente import cache


def test_two_versions_sharing_the_folder_do_not_rebuild_each_other(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each build deleted every other: two checkouts with different data rebuilt on every
    start, one after the other."""
    monkeypatch.setenv("ENTENTE_CACHE", str(tmp_path))
    builds: list[str] = []

    def build(key: str) -> str:
        builds.append(key)
        return f"built {key}"

    for key in ("one", "two", "one", "two"):
        assert cache.cached("kb", key, lambda k=key: build(k)) == f"built {key}"
    assert builds == ["one", "two"]
    for key in ("three", "four", "five"):
        cache.cached("kb", key, lambda k=key: build(k))
    left = sorted(p.name for p in tmp_path.glob("kb-*.pickle"))
    assert len(left) == cache.KEEP_BUILDS and "kb-five.pickle" in left
