"""Writing events out: GDELT 2.0 event files (61 tab-separated columns, no header), PLOVER
JSON records (one per line), CSV and Parquet of the event table (the flat Event of
columns.py: the store's columns, in the same order as every other CSV of events).

GDELT's QuadClass is the root mapping of our ontology (docs/ontology.md); geography uses FIPS
10-4 country codes as GDELT does; fields entente does not produce (ethnic, religion, tone)
are left empty, as GDELT leaves unknown fields.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from entente.columns import column_names
from entente.records import Article, Event, Quote
from entente.tables import write_csv, write_parquet

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
        "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

TABLE_COLUMNS: tuple[str, ...] = column_names(Event)  # CSV and Parquet: the flat Event
PLOVER_QUADS = {1: "VERBAL COOPERATION", 2: "MATERIAL COOPERATION", 3: "VERBAL CONFLICT",
                4: "MATERIAL CONFLICT"}
FORMATS = ("gdelt", "plover", "csv", "parquet")


def gdelt_row(e: Event, article: Article | None, fips: dict[str, str]) -> list[str]:
    """One event as the 61 cells of a GDELT 2.0 event record."""
    day = e.date or e.published
    cells: dict[str, str] = dict.fromkeys(GDELT_COLUMNS, "")
    cells["GlobalEventID"] = str(int(e.id[:15], 16))
    if day is not None:
        cells["Day"] = day.strftime("%Y%m%d")
        cells["MonthYear"] = day.strftime("%Y%m")
        cells["Year"] = str(day.year)
        cells["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    for n, actor in ((1, e.source), (2, e.target)):
        if actor is None:
            continue
        cells[f"Actor{n}Code"] = actor.code or ""
        cells[f"Actor{n}Name"] = actor.text.upper()
        cells[f"Actor{n}CountryCode"] = actor.country or ""
        if actor.code and actor.code.startswith(("IGO", "NGO")):
            cells[f"Actor{n}KnownGroupCode"] = actor.code[3:6]
        cells[f"Actor{n}Type1Code"] = actor.sector or ""
    cells["IsRootEvent"] = "1" if e.sentence_index == 0 else "0"
    cells["EventCode"] = e.cameo
    cells["EventBaseCode"] = e.cameo[:3]
    cells["EventRootCode"] = e.root
    cells["QuadClass"] = str(e.quad_class)
    cells["GoldsteinScale"] = f"{e.goldstein:.1f}"
    cells["NumMentions"] = str(e.mentions)
    cells["NumSources"] = str(e.num_sources)
    cells["NumArticles"] = str(e.num_articles)
    if e.place is not None:
        p = e.place
        country_fips = fips.get(p.country or "", "")
        cells["ActionGeo_Type"] = "1" if p.precision == "country" else (
            ("2" if p.country == "USA" else "5") if p.precision == "region" else
            "3" if p.country == "USA" else "4")
        cells["ActionGeo_FullName"] = p.name
        cells["ActionGeo_CountryCode"] = country_fips
        if p.admin1:
            cells["ActionGeo_ADM1Code"] = country_fips + p.admin1.split(".")[-1]
        if p.latitude is not None and p.longitude is not None:
            cells["ActionGeo_Lat"] = f"{p.latitude:.4f}"
            cells["ActionGeo_Long"] = f"{p.longitude:.4f}"
        if p.geonameid:
            cells["ActionGeo_FeatureID"] = str(p.geonameid)
    if e.published is not None:
        cells["DATEADDED"] = e.published.strftime("%Y%m%d") + "000000"
    if article is not None and article.url:
        cells["SOURCEURL"] = article.url
    return [cells[c].replace("\t", " ").replace("\n", " ") for c in GDELT_COLUMNS]


def plover_record(e: Event, article: Article | None, quote: Quote | None = None
                  ) -> dict[str, Any]:
    """One event as a PLOVER-style JSON record; `source_info` says who asserts it (the
    quote it was coded in, its speaker and how the speaker is known)."""

    def actor(a: Any) -> dict[str, Any] | None:
        if a is None:
            return None
        return {"text": a.text, "code": a.code, "country": a.country, "agent": a.sector,
                "wiki": None, "kb_id": a.kb_id}

    place = e.place
    day = e.date or e.published
    return {
        "id": e.id, "date": day.isoformat() if day else None,
        "event": e.plover, "mode": e.plover_mode, "context": [],
        "quad_code": PLOVER_QUADS[e.quad_class],
        "actor": actor(e.source), "recipient": actor(e.target),
        "cameo": e.cameo, "goldstein": e.goldstein, "modality": e.modality.value,
        "event_loc": None if place is None else {
            "name": place.name, "country": place.country, "admin1": place.admin1,
            "lat": place.latitude, "lon": place.longitude, "geonameid": place.geonameid},
        "text_info": {"doc_id": e.article_id, "sentence_index": e.sentence_index,
                      "evidence": e.evidence, "trigger": e.trigger, "lang": e.lang},
        "cite_info": None if article is None else {
            "url": article.url, "outlet": article.outlet, "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "credited_source": e.credited_source},
        "source_info": {
            "asserted_by": e.asserted_by, "credited_source": e.credited_source,
            "quote": None if quote is None else {
                "id": quote.id, "kind": quote.kind, "text": quote.text,
                "speaker": quote.speaker_ref or quote.said_by,
                "speaker_actor": actor(quote.speaker), "description": quote.description,
                "anonymity": quote.anonymity, "anonymity_cue": quote.anonymity_cue,
                "outlet": quote.outlet}},
    }


def export_events(events: Sequence[Event], articles: dict[str, Article], fmt: str,
                  out: IO[str] | Path, fips: dict[str, str] | None = None,
                  quotes: dict[str, Quote] | None = None) -> int:
    """Write events in `fmt` to a text stream (Parquet: to a path). Returns rows written.
    `quotes` (by id) give the PLOVER records their speakers."""
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("Parquet is written to a file: give --out FILE")
        return write_parquet(Event, events, out)
    assert not isinstance(out, Path)
    if fmt == "gdelt":
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar="\\")
        for e in events:
            writer.writerow(gdelt_row(e, articles.get(e.article_id), fips or {}))
    elif fmt == "plover":
        for e in events:
            quote = (quotes or {}).get(e.quote_id) if e.quote_id else None
            out.write(json.dumps(plover_record(e, articles.get(e.article_id), quote),
                                 ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(Event, events, out)
    else:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return len(events)


def export_quotes(quotes: Sequence[Quote], fmt: str, out: IO[str] | Path) -> int:
    """Write quotes as CSV or JSONL to a text stream, or Parquet to a path (the quotes
    table: every field, the columns of `entente quotes --format csv`)."""
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("Parquet is written to a file: give --out FILE")
        return write_parquet(Quote, quotes, out)
    assert not isinstance(out, Path)
    if fmt == "csv":
        write_csv(Quote, quotes, out)
    elif fmt == "jsonl":
        for q in quotes:
            out.write(json.dumps(q.to_dict(), ensure_ascii=False) + "\n")
    else:
        raise ValueError(f"quotes are exported as csv, jsonl or parquet, not {fmt!r}")
    return len(quotes)
