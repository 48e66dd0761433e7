"""Exports: GDELT 2.0 TSV (61 columns in order), PLOVER JSON, CSV and Parquet round trips."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import duckdb

from entente.export.formats import GDELT_COLUMNS, TABLE_COLUMNS, export_events
from entente.records import Actor, Article, Modality, Place
from tests.test_records import make_event

ART = Article(id="a1", text="t", url="https://news.example/a1", outlet="Ledger",
              published=date(2026, 1, 4), content_hash="h")
CARACAS = Place("Caracas", "VEN", "VE.25", 10.48801, -66.87919, 3646738, "city", "test")
EVENTS = [
    make_event(source=Actor("U.S. troops", "USAMIL", "USA", "MIL"),
               target=Actor("Nicolás Maduro", "VENGOV", "VEN", "GOV", kb_id="nicolas_maduro"),
               cameo="173", root="17", plover="COERCE", goldstein=-5.0, quad_class=4,
               date=date(2026, 1, 3), published=date(2026, 1, 4), place=CARACAS, mentions=3),
    make_event(cameo="0211", root="02", plover="REQUEST", goldstein=3.4, quad_class=1,
               sentence_index=0, target=None, modality=Modality.REPORTED),
]
FIPS = {"VEN": "VE", "USA": "US"}


def test_gdelt_has_61_columns_in_order_with_padded_codes() -> None:
    out = io.StringIO()
    export_events(EVENTS, {"a1": ART}, "gdelt", out, FIPS)
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert len(GDELT_COLUMNS) == 61 and all(len(r) == 61 for r in rows)
    first = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert first["GlobalEventID"].isdigit()
    assert (first["Day"], first["MonthYear"], first["Year"]) == ("20260103", "202601", "2026")
    assert (first["Actor1Code"], first["Actor1CountryCode"], first["Actor1Type1Code"]) == (
        "USAMIL", "USA", "MIL")
    assert (first["Actor2Code"], first["Actor2Name"]) == ("VENGOV", "NICOLÁS MADURO")
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == (
        "173", "173", "17")
    assert (first["QuadClass"], first["GoldsteinScale"], first["NumMentions"]) == (
        "4", "-5.0", "3")
    assert (first["ActionGeo_Type"], first["ActionGeo_CountryCode"],
            first["ActionGeo_ADM1Code"], first["ActionGeo_FeatureID"]) == (
        "4", "VE", "VE25", "3646738")
    assert float(first["ActionGeo_Lat"]) == 10.488 and first["SOURCEURL"] == ART.url
    second = dict(zip(GDELT_COLUMNS, rows[1], strict=True))
    assert (second["EventCode"], second["EventBaseCode"], second["EventRootCode"]) == (
        "0211", "021", "02")  # zero-padded strings, never numbers
    assert second["Actor2Code"] == "" and second["IsRootEvent"] == "1"


def test_plover_records_carry_type_mode_actors_place_and_citation() -> None:
    out = io.StringIO()
    export_events(EVENTS, {"a1": ART}, "plover", out)
    first, second = map(json.loads, out.getvalue().splitlines())
    assert (first["event"], first["quad_code"], first["date"]) == (
        "COERCE", "MATERIAL CONFLICT", "2026-01-03")
    assert first["actor"]["code"] == "USAMIL" and first["recipient"]["kb_id"] == "nicolas_maduro"
    assert first["event_loc"]["name"] == "Caracas" and first["cite_info"]["url"] == ART.url
    assert first["text_info"]["evidence"] == EVENTS[0].evidence
    assert second["event"] == "REQUEST" and second["recipient"] is None
    assert second["modality"] == "reported"


def test_csv_round_trips_the_event_table() -> None:
    out = io.StringIO()
    export_events(EVENTS, {}, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(TABLE_COLUMNS)
    assert [(r["id"], r["source_code"], r["target_code"], r["cameo"], float(r["goldstein"]))
            for r in rows] == [(e.id, e.source.code, e.target.code if e.target else "",
                                e.cameo, e.goldstein) for e in EVENTS]
    assert rows[0]["place_geonameid"] == "3646738" and rows[0]["evidence"] == EVENTS[0].evidence


def test_parquet_has_typed_columns_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    export_events(EVENTS, {}, "parquet", path)
    con = duckdb.connect()
    types = dict(con.execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()[i][:2]
                 for i in range(len(TABLE_COLUMNS)))
    assert types["date"] == "DATE" and types["goldstein"] == "DOUBLE"
    assert types["quad_class"] == "INTEGER" and types["cameo"] == "VARCHAR"
    rows = con.execute(f"SELECT id, cameo, date, goldstein, place_latitude FROM '{path}' "
                       "ORDER BY sentence_index DESC").fetchall()
    assert rows == [(EVENTS[0].id, "173", date(2026, 1, 3), -5.0, 10.48801),
                    (EVENTS[1].id, "0211", date(2025, 3, 1), 3.4, None)]
