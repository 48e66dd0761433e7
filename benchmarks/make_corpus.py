"""A synthetic corpus of any size, for benchmarks: short wire-style articles in English and
Spanish, written from templates with actors drawn from the knowledge base, as JSONL shards.

    .venv/bin/python benchmarks/make_corpus.py --articles 2000 --shard 250 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [("Cuba", "Cuba"), ("Venezuela", "Venezuela"), ("Colombia", "Colombia"),
             ("Brazil", "Brasil"), ("Mexico", "México"), ("the United States", "Estados Unidos"),
             ("Russia", "Rusia"), ("China", "China"), ("Argentina", "Argentina"),
             ("Chile", "Chile"), ("Peru", "Perú"), ("Ecuador", "Ecuador")]
EN = ["{a} and {b} signed an agreement on energy cooperation on {day}.",
      "{a} condemned {b} for the border incident.",
      "The foreign minister of {a} met officials from {b} in the capital.",
      "{a} accused {b} of interfering in its elections.",
      "Officials said {a} would send aid to {b} next month.",
      "{a} imposed new sanctions on {b} after the vote.",
      "Analysts expect prices to rise further this year.",
      "{a} has not expelled diplomats from {b}, the ministry said.",
      "Thousands of people marched in the capital on {day}.",
      "{a} praised {b} for its support during the crisis."]
ES = ["{a} y {b} firmaron un acuerdo de cooperación energética el {day}.",
      "{a} condenó a {b} por el incidente fronterizo.",
      "El canciller de {a} se reunió con funcionarios de {b} en la capital.",
      "{a} acusó a {b} de injerencia en sus elecciones.",
      "Según fuentes oficiales, {a} enviará ayuda a {b} el próximo mes.",
      "{a} impuso nuevas sanciones a {b} tras la votación.",
      "Los analistas prevén que los precios sigan subiendo este año.",
      "{a} no ha expulsado a diplomáticos de {b}, dijo el ministerio.",
      "Miles de personas marcharon en la capital el {day}.",
      "{a} elogió a {b} por su apoyo durante la crisis."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes"]


def article(rng: random.Random, i: int) -> dict[str, str]:
    spanish = rng.random() < 0.35
    templates, days = (ES, DAYS_ES) if spanish else (EN, DAYS_EN)
    lines = []
    for _ in range(rng.randint(6, 12)):
        a, b = rng.sample(COUNTRIES, 2)
        idx = 1 if spanish else 0
        lines.append(rng.choice(templates).format(a=a[idx], b=b[idx], day=rng.choice(days)))
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
    text = "\n".join(lines) + f"\n(Synthetic article {i}.)"
    return {"id": f"syn-{i}", "text": text, "published": day.isoformat(),
            "lang": "es" if spanish else "en", "outlet": f"Outlet {i % 17}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--shard", type=int, default=250)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write(args.out, args.articles, args.shard, args.seed)


def write(out: Path, articles: int, shard: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for start in range(0, articles, shard):
        with (out / f"shard-{start // shard:05d}.jsonl").open("w", encoding="utf-8") as f:
            for i in range(start, min(start + shard, articles)):
                f.write(json.dumps(article(rng, i), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
