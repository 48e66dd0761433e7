"""The benchmarks' corpus: the 530 articles of eval/stories_gold.jsonl (English and Spanish,
110 stories each told four ways by different outlets, and 90 distinct same-topic stories)
as an ingestible JSONL file, and the same articles coded once and kept in a cache.

Used by benchmarks/store.py and benchmarks/ingest.py; not a benchmark itself.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import random
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "stories_gold.jsonl"
CACHE = Path(tempfile.gettempdir()) / "entente-bench"


def write_jsonl(out: Path, copies: int = 1) -> Path:
    """The corpus as `entente ingest` reads JSONL; with `copies` > 1 each article again
    with a changed last line (a distinct text that joins the first's story)."""
    lines = []
    for raw in GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(raw)
        for k in range(copies):
            text = rec["text"] + (f"\nCopy {k} of this report." if k else "")
            lines.append(json.dumps({"id": f"{rec['id']}-{k}", "text": text,
                                     "title": rec.get("title"), "outlet": rec.get("outlet"),
                                     "published": rec.get("date"), "lang": rec.get("lang")}))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def words(path: Path) -> int:
    return sum(len(json.loads(line)["text"].split())
               for line in path.read_text(encoding="utf-8").splitlines())


def articles(path: Path) -> list[Any]:
    from entente.ingest.readers import read_paths

    return [r.article for r in read_paths([path]) if r.article is not None]


def coded(path: Path) -> list[tuple[Any, list[Any]]]:
    """Every article of `path` with its events, coded once (kept in a cache by content)."""
    key = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cache = CACHE / f"coded-{key}.pickle"
    if cache.exists():
        with cache.open("rb") as f:
            found: list[tuple[Any, list[Any]]] = pickle.load(f)
        return found
    from entente.pipeline import Pipeline

    found = [(a, unique_ids(evs)) for a, evs in Pipeline().code_many(articles(path))]
    CACHE.mkdir(exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump(found, f)
    return found


def unique_ids(events: list[Any]) -> list[Any]:
    """The events with ids made anew where the coder gave two of them one id (a mediation
    copied to each side keeps its first id: the store's key refuses the second)."""
    from dataclasses import replace

    seen: set[str] = set()
    out = []
    for e in events:
        if e.id in seen:
            e = replace(e, id=e.make_id())
        seen.add(e.id)
        out.append(e)
    return out


def filler_rows(events: int, seed: int = 3, first: int = 0, hashed_ids: bool = False
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Flat article and event rows of a large store: `events` events in articles of ten
    (numbered from `first`), between 16 countries, over two years; dyads turn now and then
    between cooperation and conflict, so there are shifts to find. With `hashed_ids` the
    events' ids are 20 hex digits, as the coder's are (spread among the real events' ids,
    where "filler-..." ids sort after them all and let a scan by id skip the filler)."""
    from entente.columns import flat
    from entente.records import Actor, Article, Event, Modality

    rng = random.Random(seed + first)
    countries = ["USA", "CUB", "VEN", "COL", "MEX", "BRA", "KEN", "RUS", "CHN", "ARG", "UKR",
                 "ESP", "FRA", "DEU", "IRN", "ISR"]
    cooperation = [("036", "03", 4.0, 1), ("042", "04", 1.9, 1), ("057", "05", 8.0, 1),
                   ("061", "06", 6.4, 2)]
    conflict = [("111", "11", -2.0, 3), ("130", "13", -4.4, 3), ("173", "17", -5.0, 4),
                ("190", "19", -10.0, 4)]
    start = date(2024, 1, 1)
    arts, evs = [], []
    for i in range(first, first + events, 10):
        day = start + timedelta(days=rng.randrange(730))
        aid = f"filler-{i // 10:08d}"
        arts.append(flat(Article(id=aid, text=f"filler article {i}", published=day,
                                 lang="en", outlet=f"outlet {i % 97}", content_hash=aid)))
        for j in range(min(10, first + events - i)):
            a, b = rng.sample(countries, 2)
            # each dyad's mood flips every few months, by its own phase
            phase = (day.toordinal() // 120 + countries.index(a) + countries.index(b)) % 2
            kinds = cooperation if (phase == 0) == (rng.random() < 0.8) else conflict
            cameo, root, g, q = rng.choice(kinds)
            evs.append(flat(Event(
                article_id=aid, sentence_index=j, evidence="filler",
                span_start=0, span_end=6, plover="CONSULT", trigger="filler",
                source=Actor(text=a, code=f"{a}GOV", country=a),
                target=Actor(text=b, code=f"{b}GOV", country=b), cameo=cameo, root=root,
                goldstein=g, quad_class=q, modality=Modality.ASSERTED, date=day,
                published=day, story_id=aid, num_articles=1,
                num_sources=1).under_id(filler_id(f"{aid}-{j}", hashed_ids))))
    return arts, evs


def filler_id(name: str, hashed: bool) -> str:
    return hashlib.sha256(name.encode()).hexdigest()[:20] if hashed else name


def grow(store: Any, events: int, chunk: int = 50_000, hashed_ids: bool = False) -> None:
    """Add `events` filler events (and their articles and mentions) to a store, by column
    straight in SQL, `chunk` events at a time (setup, not what is timed)."""
    import datetime

    from entente.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS

    types = _types(store)
    now = datetime.datetime(2026, 1, 1)
    for first in range(0, events, chunk):
        arts, evs = filler_rows(min(chunk, events - first), first=first,
                                hashed_ids=hashed_ids)
        for a in arts:
            a["ingested_at"], a["story_id"] = now, a["id"]
        for table, cols, rows in (("articles", ARTICLE_COLUMNS, arts),
                                  ("events", EVENT_COLUMNS, evs)):
            sql = (f"INSERT INTO {table} ({', '.join(cols)}) SELECT "
                   + ", ".join(f"unnest(?::{types[table][c]}[])" for c in cols))
            store._execute(sql, [[r[c] for r in rows] for c in cols])
    store._execute("INSERT INTO mentions SELECT id, article_id, sentence_index, evidence, "
                   "'filler', 1 FROM events WHERE starts_with(article_id, 'filler-')")


def _types(store: Any) -> dict[str, dict[str, str]]:
    rows = store._execute("SELECT table_name, column_name, data_type FROM "
                          "information_schema.columns WHERE table_name IN "
                          "('articles', 'events')").fetchall()
    out: dict[str, dict[str, str]] = {"articles": {}, "events": {}}
    for table, col, kind in rows:
        out[table][col] = kind
    return out
