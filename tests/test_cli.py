"""The command line: `code` contract, `events` formats, help texts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from entente.cli import main


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow
def test_code_jsonl_contract_keeps_doc_ids_and_per_line_dates() -> None:
    lines = [
        {"id": "doc-a", "text": "Cuba praised Venezuela on Monday.", "date": "2025-05-07",
         "lang": "en"},
        {"id": "doc-b", "text": "La Habana condenó a Washington.", "lang": "es"},
    ]
    code, out, err = run("code", "--input-format", "jsonl", "--date", "2026-01-21",
                         input="\n".join(json.dumps(x) for x in lines) + "\n")
    assert code == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    assert [(e["doc_id"], e["source"]["code"], e["target"]["code"], e["cameo"]) for e in events] \
        == [("doc-a", "CUB", "VEN", "051"), ("doc-b", "CUBGOV", "USAGOV", "111")]
    assert events[0]["date"] == "2025-05-05"  # Monday before the line's own date
    assert events[1]["published"] == "2026-01-21"  # --date used when the line has none
    required = {"doc_id", "sentence_index", "evidence", "source", "target", "cameo", "root",
                "plover", "goldstein", "quad_class", "date", "modality", "trigger"}
    assert required <= set(events[0])
    assert set(events[0]["source"]) >= {"code", "country", "sector", "text"}


@pytest.mark.slow
def test_code_lines_detects_language_and_marks_modality() -> None:
    text = ("Venezuela has not expelled Cuban diplomats.\n"
            "Estados Unidos impuso sanciones contra Cuba.\n")
    code, out, _ = run("code", input=text)
    assert code == 0
    got = [(e["doc_id"], e["source"]["code"], e["cameo"], e["modality"], e["lang"])
           for e in map(json.loads, out.splitlines())]
    assert got == [("1", "VEN", "161", "negated", "en"), ("2", "USA", "163", "asserted", "es")]
    code, out, _ = run("code", "--happened", input=text)
    assert [json.loads(x)["doc_id"] for x in out.splitlines()] == ["2"]


@pytest.mark.slow
def test_code_text_mode_reads_one_document_from_a_file(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("Havana condemned Washington.\nLater, Havana condemned Washington again.\n")
    code, out, _ = run("code", "--input-format", "text", "--lang", "en", str(f))
    (event,) = map(json.loads, out.splitlines())
    assert code == 0 and event["doc_id"] == str(f) and event["mentions"] == 2


@pytest.mark.slow
def test_code_bad_lines_are_reported_and_the_rest_coded() -> None:
    code, out, err = run("code", "--input-format", "jsonl",
                         input='{"id": 1, "text": "Cuba praised Venezuela."}\n{broken\n')
    assert code == 1 and len(out.splitlines()) == 1
    assert "stdin#2" in err and "malformed" in err


def test_code_refuses_a_bad_date() -> None:
    code, _, err = run("code", "--date", "21/01/2026", input="x\n")
    assert code == 2 and "YYYY-MM-DD" in err


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("in")
    (folder / "a.jsonl").write_text("\n".join(json.dumps(x) for x in [
        {"text": "Cuba and Venezuela signed an agreement on oil and medical cooperation, "
                 "officials in both capitals said on Tuesday.", "published": "2025-04-02",
         "lang": "en", "outlet": "Ledger"},
        {"text": "U.S. troops captured Nicolás Maduro in Caracas on January 3, the White "
                 "House said. Venezuela has not expelled Cuban doctors.",
         "published": "2026-01-05", "lang": "en", "outlet": "Wire"},
    ]) + "\n")
    path = str(tmp_path_factory.mktemp("db") / "e.duckdb")
    code, _, err = run("ingest", str(folder), "--db", path, "--no-progress")
    assert code == 0, err
    return path


@pytest.mark.slow
def test_events_csv_has_a_header_and_one_row_per_event(db: str) -> None:
    code, out, _ = run("events", "--db", db, "--dyad", "CUB", "VEN", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 2
    assert {(r["source_code"], r["target_code"], r["cameo"]) for r in rows} == {
        ("CUB", "VEN", "057"), ("VEN", "CUB", "057")}
    assert rows[0]["date"] == "2025-04-01"


@pytest.mark.slow
def test_events_filters_and_modality(db: str) -> None:
    _, out, _ = run("events", "--db", db, "--actor", "USAMIL", "--format", "jsonl")
    (e,) = map(json.loads, out.splitlines())
    assert (e["target"]["code"], e["date"], e["asserted_by"]) == (
        "VENGOV", "2026-01-03", "the White House")
    # expelling individuals (doctors) is CAMEO 174; this one is negated, so it did not happen
    _, out, _ = run("events", "--db", db, "--cameo", "174", "--format", "jsonl")
    assert out == ""
    _, out, _ = run("events", "--db", db, "--cameo", "174", "--modality", "negated",
                    "--format", "jsonl")
    assert [json.loads(x)["modality"] for x in out.splitlines()] == ["negated"]


@pytest.mark.slow
def test_events_table_prints_evidence(db: str) -> None:
    code, out, _ = run("events", "--db", db, "--since", "2026-01-01")
    assert code == 0 and "USAMIL" in out and "captured" in out


def test_events_on_a_missing_database_says_what_to_do(tmp_path: Path) -> None:
    code, _, err = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "entente demo" in err


def leaf_commands() -> list[list[str]]:
    import click

    out: list[list[str]] = []
    for name, cmd in main.commands.items():
        if isinstance(cmd, click.Group):
            out += [[name, sub] for sub in cmd.commands]
        else:
            out.append([name])
    return out


@pytest.mark.parametrize("command", leaf_commands(), ids=" ".join)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0 and "Example" in out
