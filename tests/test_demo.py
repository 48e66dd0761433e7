"""End to end: `entente demo` on the bundled corpus, checked event by event."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from entente.cli import main
from entente.records import Event
from entente.store import EventQuery
from entente.store.duck import DuckStore
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, DuckStore]]:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = CliRunner().invoke(main, ["demo", "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output + result.stderr
    store = DuckStore(db, read_only=True)
    yield result.output, store
    store.close()


def find(store: DuckStore, source: str, target: str, cameo: str, words: tuple[str, ...],
         modalities: tuple[str, ...] = ("asserted", "reported")) -> list[Event]:
    """Events with exactly this dyad and code whose evidence holds all `words`."""
    events = store.events(EventQuery(dyad=(source, target), directed=True, cameo=cameo,
                                     words=words, modalities=None, limit=None))
    return [e for e in events if e.source.code == source and e.target is not None
            and e.target.code == target and e.cameo == cameo
            and e.modality.value in modalities]


def test_summary_names_what_was_read_and_found(demo: tuple[str, DuckStore]) -> None:
    output, _ = demo
    assert "read 64 articles (en 42, es 22;" in output
    assert "stored 64 new" in output
    dyads = output.split("most active dyads")[1].splitlines()[1:3]
    assert {d.split()[0] for d in dyads} == {"CUB-VEN", "USA-VEN"}
    assert "database:" in output and "next:" in output


# Each case: a sentence of the corpus (quoted in words) and the event it states, labelled from
# the text: (source, target, CAMEO, words of the evidence, event date).
EXPECTED = [
    ("USAMIL", "VENGOV", "173", ("forces captured", "pre-dawn operation"), date(2026, 1, 3)),
    ("CUB", "VEN", "057", ("twelve new agreements",), date(2024, 10, 30)),
    ("VEN", "CUB", "057", ("twelve new agreements",), date(2024, 10, 30)),
    ("VENGOV", "CUB", "051", ("older brother",), None),
    ("VENGOV", "CUB", "112", ("Yván Gil", "interfering"), date(2026, 3, 18)),
    # suspending official visits reduces diplomatic relations: 161 (the codebook's note)
    ("VENGOV", "CUB", "161", ("suspende las visitas",), None),
    ("VENGOV", "CUB", "112", ("Funcionarios del gobierno interino", "injerencia"), None),
    ("USAGOV", "VENGOV", "040", ("special envoy met",), date(2026, 3, 4)),
    ("ARG", "BRA", "057", ("memorandum of understanding",), None),
    # the act accused of (violating a ceasefire, 196) makes it an accusation of aggression
    ("IND", "PAK", "1123", ("violating a ceasefire",), None),
]


@pytest.mark.parametrize("source, target, cameo, words, day", EXPECTED)
def test_specific_events_are_coded(demo: tuple[str, DuckStore], source: str, target: str,
                                   cameo: str, words: tuple[str, ...],
                                   day: date | None) -> None:
    _, store = demo
    found = find(store, source, target, cameo, words)
    assert found, f"no {source}->{target} {cameo} event with {words}"
    if day is not None:
        assert day in {e.date for e in found}


def negatives() -> list[tuple[str, str]]:
    rows = []
    for lang in ("en", "es"):
        for line in (CORPUS / lang / "NEGATIVES.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                _, kind, sentence = line.split("\t")
                rows.append((kind, sentence.strip()))
    return rows


def test_sentences_that_state_no_event_never_count_as_happened(
        demo: tuple[str, DuckStore]) -> None:
    _, store = demo
    # the speaking itself (root 01: "officials said", "the ministry denied") is an act that
    # did happen, and so is the accusation a denial answers ("rejected claims by U.S.
    # officials that...": 112 by the officials, labelling rule 10); what must not count is
    # the event the sentence denies, conditions or plans
    happened = [e for e in store.events(EventQuery(limit=None)) if e.root != "01"]
    rows = negatives()
    assert len(rows) >= 100
    wrong = [(kind, s) for kind, s in rows
             if any((e.evidence in s or s in e.evidence)
                    and not (kind == "denial" and e.cameo.startswith("112")) for e in happened)]
    assert wrong == []


def test_cuba_venezuela_relations_turn_in_2026(demo: tuple[str, DuckStore]) -> None:
    _, store = demo
    events = store.events(EventQuery(dyad=("CUB", "VEN"), limit=None))
    before = [e.goldstein for e in events if e.date and e.date < date(2026, 1, 3)]
    after = [e.goldstein for e in events if e.date and e.date >= date(2026, 1, 3)]
    assert len(before) >= 8 and len(after) >= 4
    assert sum(before) / len(before) > 1.0 > 0 > sum(after) / len(after)


def test_second_demo_run_is_idempotent(tmp_path: Path) -> None:
    db = str(tmp_path / "d.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["demo", "--db", db, "--no-progress", "--corpus",
                                 str(CORPUS / "es")])
    second = runner.invoke(main, ["demo", "--db", db, "--no-progress", "--corpus",
                                  str(CORPUS / "es")])
    assert first.exit_code == second.exit_code == 0
    assert "stored 22 new" in first.output
    assert "stored 0 new, 22 already stored" in second.output


def test_demo_names_the_turn_found_by_the_detector_and_writes_the_report(
        demo: tuple[str, DuckStore]) -> None:
    output, store = demo
    shifts = output.split("biggest shifts found by the change-point detector:")[1]
    named = [line.strip() for line in shifts.strip().splitlines()[:3]]
    # the corpus tells two turns of 2026: Venezuela away from Cuba in January, towards the
    # United States in March; both are among the biggest the detector finds
    assert any(s.startswith("CUB-VEN turned towards conflict around 2026-01") for s in named), \
        named
    assert any(s.startswith("USA-VEN turned towards cooperation around 2026-0") for s in named), \
        named
    report = Path(store.location).with_name("entente-report.html")
    html = report.read_text(encoding="utf-8")
    assert 'data-dyad="CUB-VEN"' in html and "turned towards conflict" in html


def test_relations_shifts_and_exports_from_the_command_line(demo: tuple[str, DuckStore],
                                                            tmp_path: Path) -> None:
    import json

    _, store = demo
    runner = CliRunner()
    rel = runner.invoke(main, ["relations", "CUB", "VEN", "--db", store.location, "--period",
                               "quarter", "--format", "json"])
    series = json.loads(rel.stdout)["series"]
    assert set(series) == {"a->b", "b->a", "both"}
    means = {p["period"]: p["goldstein_mean"] for p in series["both"]}
    assert means["2025-10-01"] > 0 > means["2026-01-01"]
    sh = runner.invoke(main, ["shifts", "--db", store.location, "--format", "json"])
    found = json.loads(sh.stdout)
    assert [s["score"] for s in found] == sorted((s["score"] for s in found), reverse=True)
    (top,) = [s for s in found[:2] if (s["a"], s["b"], s["direction"])
              == ("CUB", "VEN", "towards conflict") and s["date"].startswith("2026-01")]
    assert top["drivers"] and all(d["evidence"] and d["article"] for d in top["drivers"])
    gdelt = runner.invoke(main, ["export", "--db", store.location, "--format", "gdelt"])
    lines = gdelt.stdout.splitlines()
    assert len(lines) > 100 and all(len(line.split("\t")) == 61 for line in lines)
    missing = runner.invoke(main, ["export", "--db", store.location, "--format", "parquet"])
    assert missing.exit_code == 2 and "--out" in missing.stderr
    out = tmp_path / "e.parquet"
    ok = runner.invoke(main, ["export", "--db", store.location, "--format", "parquet",
                              "--out", str(out)])
    assert ok.exit_code == 0 and out.stat().st_size > 0
