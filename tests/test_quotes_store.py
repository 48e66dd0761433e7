"""Quotes and reported claims kept, queried and exported: the store's quotes table, `entente
quotes`, `events --asserted-by`, the quotes export and the PLOVER records' source fields."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from entente.cli import main
from entente.pipeline import Pipeline
from entente.records import UNNAMED, Article
from entente.services.ingest import IngestSession
from entente.store import EventQuery, QuoteQuery, open_store

pytestmark = pytest.mark.slow

TESTIMONY = (
    "CARACAS — Venezuela has stopped paying the Cuban doctors who work in its clinics, "
    "three doctors said this week.\n"
    "“Venezuela cancelled our contracts without a word,” said a Cuban doctor in Maracaibo "
    "who asked not to be named for fear of reprisals.\n"
    "Cuba's health minister, José Ángel Portal, told Prensa Latina that Havana would bring "
    "the 100% of its staff home.")
STATEMENT = ("Colombia's foreign minister said on Monday that Bogotá would reopen its border "
             "with Venezuela next month.")


@pytest.fixture
def db(tmp_path: Path, pipeline: Pipeline) -> str:
    location = str(tmp_path / "q.duckdb")
    with open_store(location) as store:
        session = IngestSession(store, pipeline)
        for i, text in enumerate((TESTIMONY, STATEMENT)):
            session.accept(Article(id=f"a{i}", text=text, lang="en", outlet="Andes Wire",
                                   published=date(2026, 2, 10)))
    return location


def test_quotes_are_stored_with_their_speakers_and_queried(db: str) -> None:
    with open_store(db, read_only=True) as store:
        every = store.quotes(QuoteQuery(limit=None))
        assert store.count_quotes(QuoteQuery()) == len(every) >= 3
        unnamed = store.quotes(QuoteQuery(anonymity=UNNAMED, limit=None))
        assert unnamed and all(q.anonymity in UNNAMED for q in unnamed)
        doctor = [q for q in unnamed if "contracts" in q.text]
        assert doctor and doctor[0].speaker is not None and doctor[0].speaker.code == "CUBHLH"
        assert "asked not to be named" in (doctor[0].anonymity_cue or "")
        minister = store.quotes(QuoteQuery(speaker="CUBGOV", limit=None))
        assert minister and minister[0].outlet == "Prensa Latina"
        # a LIKE wildcard in the words is a character, not "anything"
        assert store.count_quotes(QuoteQuery(words=("100%",))) == 1
        assert store.count_quotes(QuoteQuery(words=("10_%",))) == 0
        assert set(store.quotes_by_id([q.id for q in every])) == {q.id for q in every}
        # the events coded inside a quote point to it, and `asserted_by` finds them
        inside = store.events(EventQuery(asserted_by="anonymous", modalities=None))
        assert inside and all(e.quote_id in {q.id for q in unnamed} for e in inside)
        assert store.count_events(EventQuery(asserted_by="CUBHLH", modalities=None)) >= 1
        assert store.count_events(EventQuery(asserted_by="nobody-at-all", modalities=None)) == 0


def test_the_quotes_command_and_the_exports(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(main, ["quotes", "--db", db, "--anonymous", "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and {r["anonymity"] for r in rows} <= set(UNNAMED)
    assert {"said_by", "speaker", "description", "anonymity_cue", "outlet", "span"} <= set(rows[0])
    table = runner.invoke(main, ["quotes", "--db", db, "--speaker", "CUB"])
    assert table.exit_code == 0 and "CUBHLH" in table.stdout
    events = runner.invoke(main, ["events", "--db", db, "--asserted-by", "anonymous",
                                  "--modality", "all", "--format", "jsonl"])
    assert events.exit_code == 0 and events.stdout.strip()
    assert all(json.loads(line)["quote_id"] for line in events.stdout.splitlines())
    exported = runner.invoke(main, ["export", "--db", db, "--table", "quotes", "--format",
                                    "csv"])
    cells = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert exported.exit_code == 0 and len(cells) >= 3 and "speaker_code" in cells[0]
    plover = runner.invoke(main, ["export", "--db", db, "--format", "plover", "--modality",
                                  "all"])
    records = [json.loads(line) for line in plover.stdout.splitlines()]
    quoted = [r for r in records if r["source_info"]["quote"]]
    assert quoted and all(r["source_info"]["quote"]["anonymity"] for r in quoted)
    refused = runner.invoke(main, ["export", "--db", db, "--table", "quotes", "--format",
                                   "gdelt"])
    assert refused.exit_code == 2


def test_dyadic_events_only(db: str) -> None:
    with open_store(db, read_only=True) as store:
        found = store.events(EventQuery(dyadic=True, modalities=None, limit=None))
        assert found and all(e.dyadic for e in found)
        assert len(found) < store.count_events(EventQuery(modalities=None))
