"""A folder of bad inputs: good documents stored, each bad one named once, nothing half-written,
and a second run after the fixes stores exactly what was missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from entente.cli import main
from entente.store import open_store

pytestmark = pytest.mark.slow

GOOD_EN = ("Venezuela and Cuba signed a new cooperation agreement in Caracas, extending the "
           "medical programme and oil shipments for three more years, officials said.")
GOOD_ES = ("La canciller venezolana se reunió con su homólogo cubano en La Habana para revisar "
           "el convenio de cooperación, según informó la cancillería en un comunicado.")


def build_folder(root: Path) -> dict[str, Path]:
    root.mkdir()
    files = {
        "empty": root / "empty.txt",
        "binary": root / "image.html",
        "latin1": root / "latin1.txt",
        "truncated": root / "truncated.html",
        "huge": root / "huge.txt",
        "jsonl": root / "wire.jsonl",
        "good": root / "good.md",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    files["latin1"].write_bytes(GOOD_ES.encode("latin-1"))
    files["truncated"].write_text(
        "<html><head><title>Talks</title></head><body><article><p>" + GOOD_EN
        + "</p><p>The talks are expected to resume next mon", encoding="utf-8")
    with files["huge"].open("wb") as f:  # 50 MB of text
        line = (GOOD_EN + "\n").encode()
        f.write(line * (50_000_000 // len(line) + 1))
    lines = [json.dumps({"id": "w1", "text": GOOD_EN + " One.", "lang": "en"}),
             '{"id": "w2", "text": "broken',
             json.dumps({"id": "w3", "text": GOOD_ES + " Dos.", "lang": "es"})]
    files["jsonl"].write_text("\n".join(lines) + "\n")
    files["good"].write_text("---\ntitle: Good\n---\n" + GOOD_EN + " Markdown copy.")
    return files


def test_bad_inputs_are_named_and_the_rest_is_stored(tmp_path: Path, db_url: str) -> None:
    files = build_folder(tmp_path / "in")
    db = db_url
    missing = tmp_path / "does-not-exist"
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(tmp_path / "in"), str(missing), "--db", str(db),
                                  "--no-progress"])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    # one line per bad input, each naming it and the reason
    assert len(errors) == 5, errors
    expect = {
        str(files["empty"]): "empty file",
        str(files["binary"]): "binary file",
        str(files["huge"]): "file too large",
        f"{files['jsonl']}#2": "malformed JSON",
        str(missing): "no such file",
    }
    for origin, reason in expect.items():
        assert any(origin in e and reason in e for e in errors), (origin, errors)
    assert "5 failed" in result.output

    with open_store(db, read_only=True) as store:
        stored = {a.origin for a in store.articles()}
    good = {str(files["latin1"]), str(files["truncated"]), str(files["good"]),
            f"{files['jsonl']}#1", f"{files['jsonl']}#3"}
    assert stored == good
    with open_store(db, read_only=True) as store:
        latin = next(a for a in store.articles() if a.origin == str(files["latin1"]))
        assert "se reunió con su homólogo" in latin.text  # decoded, not mangled

    # fix the fixable inputs and run again: exactly the missing documents are added
    files["empty"].write_text(GOOD_EN + " Now with content.")
    lines = files["jsonl"].read_text().splitlines()
    lines[1] = json.dumps({"id": "w2", "text": GOOD_EN + " Two.", "lang": "en"})
    files["jsonl"].write_text("\n".join(lines) + "\n")
    files["binary"].unlink()
    files["huge"].unlink()
    again = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(db),
                                 "--no-progress"])
    assert again.exit_code == 0, again.output
    assert "stored 2 new, 5 already stored" in again.output
    with open_store(db, read_only=True) as store:
        assert {a.origin for a in store.articles()} == good | {
            str(files["empty"]), f"{files['jsonl']}#2"}


def test_ingesting_twice_stores_once(tmp_path: Path, db_url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_EN)
    (folder / "copy.txt").write_text(GOOD_EN.upper())  # same story, same content hash
    db = db_url
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert first.exit_code == 0 and "stored 1 new, 1 already stored" in first.output
    with open_store(db, read_only=True) as store:
        before = store.stats()
    second = runner.invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert second.exit_code == 0 and "stored 0 new, 2 already stored" in second.output
    with open_store(db, read_only=True) as store:
        after = store.stats()
    assert (after.articles, after.events) == (before.articles, before.events)
    assert before.articles == 1 and before.events > 0
