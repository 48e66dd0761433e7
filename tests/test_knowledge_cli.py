"""Users extend the knowledge without Python: check commands, options, and the actor command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from entente.cli import main


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_patterns_check_names_the_bad_line(tmp_path: Path) -> None:
    good = tmp_path / "mine_en.tsv"
    good.write_text("# my patterns\n042\tpop|drop\t-\tprep:by!\n")
    bad = tmp_path / "bad_en.tsv"
    bad.write_text("042\tvisit\t-\tobj\n999\tvisit\t-\tobj\n")
    code, out, err = run("patterns", "check", str(good), str(bad))
    assert code == 1
    assert f"{good}: 1 pattern lines, 2 triggers, all valid" in out
    assert f"{bad}:2: unknown CAMEO code '999'" in err


def test_actors_check_names_the_bad_entry(tmp_path: Path) -> None:
    good = tmp_path / "people-mine.tsv"
    good.write_text("id\tnames\tcountry\tsector\trole\tstart\tend\n"
                    "ana_perez\tAna Pérez\tVEN\tGOV\tMinister of Oil\t2026-02\t\n")
    bad = tmp_path / "people-bad.tsv"
    bad.write_text("id\tnames\tcountry\tsector\trole\tstart\tend\n"
                   "x\tX Y\tVEN\tGOV\tMinister\t2026-13-01\t\n")
    code, out, err = run("actors", "check", str(good), str(bad))
    assert code == 1 and f"{good}: 1 names, 1 people" in out
    assert f"{bad}:2: bad date '2026-13-01'" in err


@pytest.mark.slow
def test_user_actor_and_pattern_files_change_the_coding(tmp_path: Path) -> None:
    people = tmp_path / "people-mine.tsv"
    people.write_text("id\tnames\tcountry\tsector\trole\tstart\tend\n"
                      "ana_perez\tAna Pérez\tVEN\tGOV\tMinister of Oil\t2026-02\t\n")
    pats = tmp_path / "mine_en.tsv"
    pats.write_text("051\tsalute\t-\tobj!\n")
    text = "Ana Pérez saluted Cuba.\n"
    _, before, _ = run("code", "--lang", "en", "--date", "2026-03-01", input=text)
    # without her file Ana Pérez is a name the knowledge base lacks: no code, event kept
    (plain,) = map(json.loads, before.splitlines())
    assert (plain["source"]["code"], plain["source"]["text"], plain["cameo"]) \
        == (None, "Ana Pérez", "051")
    code, out, _ = run("code", "--lang", "en", "--date", "2026-03-01", "--actors", str(people),
                       "--patterns", str(pats), input=text)
    (event,) = map(json.loads, out.splitlines())
    assert code == 0 and (event["source"]["code"], event["target"]["code"], event["cameo"]) \
        == ("VENGOV", "CUB", "051")
    assert event["source"]["kb_id"] == "ana_perez"


def test_a_bad_user_file_stops_with_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad_en.tsv"
    bad.write_text("042\tvisit\t-\tsomewhere\n")
    code, _, err = run("code", "--patterns", str(bad), input="x\n")
    assert code == 2 and f"{bad}:1: bad target slot 'somewhere'" in err


@pytest.mark.parametrize("text, date, expect", [
    ("Cuban doctors", None, ("CUBHLH", "CUB", "HLH")),
    ("Nicolás Maduro", "2025-06-01", ("VENGOV", "VEN", "GOV")),
    ("Nicolás Maduro", "2026-02-01", ("VENELI", "VEN", "ELI")),  # out of office: an elite
    ("Havana", None, ("CUBGOV", "CUB", "GOV")),
])
def test_actor_command_resolves_and_says_why(text: str, date: str | None,
                                             expect: tuple[str | None, ...]) -> None:
    args = ["actor", text] + (["--date", date] if date else [])
    code, out, _ = run(*args)
    got = json.loads(out)
    assert code == 0 and (got["code"], got["country"], got["sector"]) == expect
    assert got["how"]


def test_actor_jsonl_keeps_ids_and_uses_context() -> None:
    lines = [{"id": "a", "text": "Georgia", "context": "Georgia's parliament in Tbilisi"},
             {"id": "b", "text": "Georgia", "context": "the governor of Georgia, in Atlanta"},
             {"id": "c", "text": "los médicos cubanos", "lang": "es"}]
    code, out, _ = run("actor", "--input-format", "jsonl",
                       input="\n".join(json.dumps(x) for x in lines) + "\n")
    got = {r["id"]: r["code"] for r in map(json.loads, out.splitlines())}
    # the U.S. state is part of the United States (a subdivision carries its country)
    assert code == 0 and got == {"a": "GEO", "b": "USA", "c": "CUBHLH"}
