"""The optional compiled build of the coder's hot modules (entente.native): used only when it
was made from the source as it is, and giving the same answers as the source."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from entente import native

ROOT = Path(__file__).resolve().parent.parent


def test_the_files_a_build_reads_are_its_modules_and_what_they_import() -> None:
    files = native.read_by(("entente.coding.coder",))
    # the module, the packages it is in, what it imports directly and through others
    assert {"entente/coding/coder.py", "entente/coding/__init__.py", "entente/__init__.py",
            "entente/records.py", "entente/coding/syntax.py",
            "entente/actors/resolver.py"} <= set(files)
    assert "entente/native.py" in files  # (entente.coding's __init__ imports it)
    # (entente's own __init__ imports the notebook API inside a function, which mypy reads
    # too, and so the stores; nothing imports the web application or the command line)
    assert "entente/services/notebook.py" in files
    assert not any(f.startswith(("entente/web/", "entente/cli/")) for f in files)
    assert files == sorted(set(files))
    assert set(native.read_by(("entente.coding.views",))) <= set(files)


def test_a_stamp_is_of_the_source_as_it_is(tmp_path: Path,
                                            caplog: pytest.LogCaptureFixture) -> None:
    stamp = native.stamp()
    assert stamp["files"] == native.read_by(native.MODULES)
    path = tmp_path / "stamp.json"
    path.write_text(json.dumps(stamp))
    assert native.made_from_this(path)
    assert not caplog.records
    # another source: a digest that is not this source's, a file the source lacks
    for changed in ({"digest": "0" * 64}, {"files": [*native.read_by(native.MODULES),
                                                     "entente/gone.py"]},
                    {"modules": list(native.MODULES[:-1])}, {"python": "2.7"}):
        path.write_text(json.dumps(stamp | changed))
        with caplog.at_level(logging.WARNING, logger="entente.native"):
            assert not native.made_from_this(path)
        assert "scripts/compile.py" in caplog.text
        caplog.clear()
    path.write_text("{not json")
    assert not native.made_from_this(path)


def test_digest_reads_names_and_contents() -> None:
    one = native.digest(["entente/coding/views.py"])
    assert one == native.digest(["entente/coding/views.py"])
    assert one != native.digest(["entente/coding/hints.py"])
    assert one != native.digest(["entente/coding/views.py", "entente/coding/hints.py"])


def test_the_compiled_folder_comes_first_only_for_a_fresh_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "coding").mkdir()
    monkeypatch.setattr(native, "NATIVE_DIR", tmp_path)
    monkeypatch.delenv("ENTENTE_NATIVE", raising=False)
    monkeypatch.setattr(native, "fresh", lambda: True)
    assert native.search_path("entente.coding", ["src"]) == [str(tmp_path / "coding"), "src"]
    assert native.search_path("entente.actors", ["src"]) == ["src"]  # nothing compiled there
    monkeypatch.setenv("ENTENTE_NATIVE", "0")
    assert native.search_path("entente.coding", ["src"]) == ["src"]
    monkeypatch.delenv("ENTENTE_NATIVE")
    monkeypatch.setattr(native, "fresh", lambda: False)
    assert native.search_path("entente.coding", ["src"]) == ["src"]


def _coded(native_on: bool) -> tuple[list[str], str]:
    """The corpus coded in a process of its own, compiled or not: the modules that ran
    compiled, and every event as JSON."""
    script = """
import dataclasses, importlib, json
from entente import native
for m in native.MODULES:
    importlib.import_module(m)
from entente.ingest.readers import read_paths
from entente.pipeline import Pipeline
from entente.records import Article
read = [r.article for r in read_paths(["examples/corpus"]) if r.article is not None]
articles = [Article(id=str(i), text=a.text, lang=a.lang or "en") for i, a in enumerate(read)]
coded = [[dataclasses.asdict(e) for e in evs] for _, evs in Pipeline().code_many(articles)]
print(json.dumps(native.compiled()))
print(json.dumps(coded, default=str, sort_keys=True))
"""
    env = {k: v for k, v in os.environ.items() if k != "ENTENTE_NATIVE"}
    if not native_on:
        env["ENTENTE_NATIVE"] = "0"
    env["PYTHONPATH"] = str(ROOT / "src")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout.splitlines()
    return json.loads(out[-2]), out[-1]


@pytest.mark.slow
def test_the_compiled_build_gives_the_same_events_as_the_source() -> None:
    if not native.fresh():
        pytest.skip("no compiled build of this source (scripts/compile.py makes one)")
    compiled, events = _coded(True)
    assert compiled == list(native.MODULES)
    source, same = _coded(False)
    assert source == []
    assert events == same
    assert len(json.loads(events)) > 50
