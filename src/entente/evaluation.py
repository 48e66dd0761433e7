"""Measuring the coder against hand-labelled sentences (see docs/labelling.md).

Two views, each with precision, recall and F1 per CAMEO root and overall:
- `code`: the CAMEO codes a sentence yields, matched as a multiset per sentence;
- `dyad`: (source country, target country, root) per sentence, actors reduced to their
  country (or their organisation code when they have none).
Modality is scored on the events matched in the `dyad` view.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from entente.errors import InputError
from entente.ingest.extract import parse_date
from entente.pipeline import Pipeline
from entente.records import Article, Event

VIEWS = ("code", "dyad")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str | None
    target: str | None
    code: str
    modality: str


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    lang: str
    text: str
    date: date | None
    events: tuple[GoldEvent, ...]
    tags: tuple[str, ...] = ()


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "gold": self.tp + self.fn, "predicted": self.tp + self.fp}


@dataclass
class SentenceResult:
    sentence: GoldSentence
    predicted: list[Event]
    misses: list[tuple[Any, ...]]
    false_alarms: list[tuple[Any, ...]]


@dataclass
class Report:
    sentences: int = 0
    overall: dict[str, Tally] = field(default_factory=lambda: {v: Tally() for v in VIEWS})
    by_root: dict[str, dict[str, Tally]] = field(default_factory=dict)
    modality: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted)
    results: list[SentenceResult] = field(default_factory=list)

    def root(self, view: str, root: str) -> Tally:
        return self.by_root.setdefault(view, {}).setdefault(root, Tally())

    @property
    def modality_accuracy(self) -> float:
        total = sum(self.modality.values())
        right = sum(n for (g, p), n in self.modality.items() if g == p)
        return right / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "overall": {v: t.to_dict() for v, t in self.overall.items()},
            "by_root": {v: {r: t.to_dict() for r, t in sorted(roots.items())}
                        for v, roots in self.by_root.items()},
            "modality_accuracy": round(self.modality_accuracy, 4),
        }


def load_gold(path: Path) -> list[GoldSentence]:
    """Read a gold JSONL file; raises InputError naming the line of a bad record."""
    out: list[GoldSentence] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}#{lineno}"
        try:
            rec = json.loads(line)
            events = tuple(GoldEvent(e.get("source"), e.get("target"), str(e["code"]),
                                     e.get("modality", "asserted"))
                           for e in rec.get("events", []))
            out.append(GoldSentence(str(rec["id"]), str(rec["lang"]), str(rec["text"]),
                                    parse_date(rec.get("date")), events,
                                    tuple(rec.get("tags", []))))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(origin, f"bad gold record ({exc!r})",
                             "see docs/labelling.md for the format") from exc
    return out


def split(sentences: Sequence[GoldSentence], part: str) -> list[GoldSentence]:
    """The development half (even ids), the held-out test half (odd ids), or all.

    Rules are studied on the development half only; the test half measures them.
    """
    if part == "all":
        return list(sentences)
    want = 0 if part == "dev" else 1
    out = []
    for s in sentences:
        digits = "".join(c for c in s.id.split("-")[-1] if c.isdigit())
        if digits and int(digits) % 2 == want:
            out.append(s)
    return out


def evaluate(pipeline: Pipeline, sentences: Sequence[GoldSentence]) -> Report:
    """Code every gold sentence on its own and score the result."""
    report = Report(sentences=len(sentences))
    articles = (Article(id=s.id, text=s.text, lang=s.lang, published=s.date) for s in sentences)
    for sentence, (_, predicted) in zip(sentences, pipeline.code_many(articles), strict=True):
        _score(report, pipeline, sentence, predicted)
    return report


def _actor_key(code: str | None, countries: Iterable[str]) -> str | None:
    if not code:
        return None
    return code[:3] if code[:3] in countries else code


def _score(report: Report, pipeline: Pipeline, s: GoldSentence, predicted: list[Event]) -> None:
    countries = pipeline.kb.countries.keys()

    def root_of(code: str) -> str:
        return code[:2]

    gold_views: dict[str, Counter[tuple[Any, ...]]] = {
        "code": Counter((e.code,) for e in s.events),
        "dyad": Counter((_actor_key(e.source, countries), _actor_key(e.target, countries),
                         root_of(e.code)) for e in s.events),
    }
    pred_views: dict[str, Counter[tuple[Any, ...]]] = {
        "code": Counter((e.cameo,) for e in predicted),
        "dyad": Counter((e.source.country or e.source.code,
                         (e.target.country or e.target.code) if e.target else None, e.root)
                        for e in predicted),
    }
    misses: list[tuple[Any, ...]] = []
    alarms: list[tuple[Any, ...]] = []
    for view in VIEWS:
        gold, pred = gold_views[view], pred_views[view]
        for key in gold.keys() | pred.keys():
            tp = min(gold[key], pred[key])
            root = key[0][:2] if view == "code" else key[2]
            for tally in (report.overall[view], report.root(view, root)):
                tally.tp += tp
                tally.fp += pred[key] - tp
                tally.fn += gold[key] - tp
            if view == "dyad":
                misses += [key] * (gold[key] - tp)
                alarms += [key] * (pred[key] - tp)
    # modality on the dyad matches, pairing gold and predicted events one to one
    unmatched = list(predicted)
    for g in s.events:
        key = (_actor_key(g.source, countries), _actor_key(g.target, countries), root_of(g.code))
        for p in unmatched:
            pkey = (p.source.country or p.source.code,
                    (p.target.country or p.target.code) if p.target else None, p.root)
            if pkey == key:
                report.modality[(g.modality, p.modality.value)] += 1
                unmatched.remove(p)
                break
    report.results.append(SentenceResult(s, predicted, misses, alarms))


def format_report(report: Report, show_errors: int = 30) -> str:
    """The report as text: per-root and overall scores, then misses and false alarms."""
    lines = [f"{report.sentences} sentences", ""]
    head = f"{'root':<8}" + "".join(f"{v + ' P':>9}{'R':>7}{'F1':>7}{'n':>5}" for v in VIEWS)
    lines.append(head)
    roots = sorted({r for v in report.by_root.values() for r in v})
    for root in [*roots, "all"]:
        row = f"{root:<8}"
        for view in VIEWS:
            t = report.overall[view] if root == "all" else report.root(view, root)
            row += f"{t.precision:9.2f}{t.recall:7.2f}{t.f1:7.2f}{t.tp + t.fn:5d}"
        lines.append(row)
    lines += ["", f"modality accuracy on matched events: {report.modality_accuracy:.2f} "
              f"({sum(report.modality.values())} events)"]
    wrong = sorted(((g, p), n) for (g, p), n in report.modality.items() if g != p)
    if wrong:
        lines.append("  modality confusions (gold -> coded): " + ", ".join(
            f"{g}->{p} {n}" for (g, p), n in wrong))
    for title, attr in (("misses", "misses"), ("false alarms", "false_alarms")):
        items = [(r, k) for r in report.results for k in getattr(r, attr)]
        lines += ["", f"{title} ({len(items)}; source, target, root):"]
        for r, key in items[:show_errors]:
            lines.append(f"  {r.sentence.id}  {key}  {r.sentence.text[:90]}")
        if len(items) > show_errors:
            lines.append(f"  ... {len(items) - show_errors} more (--errors N to see them)")
    return "\n".join(lines)


# -- floors: scores that may only rise -------------------------------------------------------

def scores(report: Report) -> dict[str, float]:
    """The metrics pinned as floors."""
    return {
        "code_f1": round(report.overall["code"].f1, 4),
        "dyad_f1": round(report.overall["dyad"].f1, 4),
        "code_precision": round(report.overall["code"].precision, 4),
        "dyad_precision": round(report.overall["dyad"].precision, 4),
    }


def below_floors(current: dict[str, dict[str, float]],
                 floors: dict[str, dict[str, float]]) -> list[str]:
    """Every (language, metric) whose score fell below its floor, described."""
    return [f"{lang} {metric}: {current.get(lang, {}).get(metric, 0.0):.4f} < floor {floor:.4f}"
            for lang, metrics in sorted(floors.items())
            for metric, floor in sorted(metrics.items())
            if current.get(lang, {}).get(metric, 0.0) < floor]


def raise_floors(current: dict[str, dict[str, float]], floors: dict[str, dict[str, float]],
                 allow_lower: bool = False) -> dict[str, dict[str, float]]:
    """New floors from the current scores; refuses to lower one unless `allow_lower`."""
    lowered = below_floors(current, floors)
    if lowered and not allow_lower:
        from entente.errors import EntenteError

        raise EntenteError("refusing to lower floors: " + "; ".join(lowered)
                           + " (pass --allow-lower if this is deliberate)")
    merged = {lang: dict(m) for lang, m in floors.items()}
    for lang, metrics in current.items():
        for metric, value in metrics.items():
            old = merged.setdefault(lang, {}).get(metric)
            merged[lang][metric] = value if allow_lower or old is None else max(old, value)
    return merged
