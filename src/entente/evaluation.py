"""Measuring the coder against hand-labelled sentences (see docs/labelling.md).

Two views, each with precision, recall and F1 per CAMEO root and overall:
- `code`: the CAMEO codes a sentence yields, matched as a multiset per sentence;
- `dyad`: (source country, target country, root) per sentence, actors reduced to their
  country (or their organisation code when they have none).
Modality is scored on the events matched in the `dyad` view. Beside them: recall of
one-sided events (gold target null), of intents and threats (roots 03 and 13), the share of
coded events below the root, and the share with an actor known by its sector only or not
known at all.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from entente.errors import InputError
from entente.pipeline import Pipeline
from entente.records import Article, Event
from entente.vocabulary import parse_date

VIEWS = ("code", "dyad")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str | None
    target: str | None
    code: str
    modality: str


def _one_sided(e: GoldEvent) -> bool:
    return e.target is None


def _intent_threat(e: GoldEvent) -> bool:
    return e.code[:2] in ("03", "13")


# Gold events whose recall is reported on its own: one-sided acts, intents and threats.
FOCUS: dict[str, Callable[[GoldEvent], bool]] = {
    "one_sided": _one_sided, "intent_threat": _intent_threat}


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
    focus: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in FOCUS})
    predicted: Counter[str] = field(default_factory=Counter)  # kinds of coded events
    failed: list[str] = field(default_factory=list)  # sentences the coder failed on, and why

    def root(self, view: str, root: str) -> Tally:
        return self.by_root.setdefault(view, {}).setdefault(root, Tally())

    @property
    def modality_accuracy(self) -> float:
        total = sum(self.modality.values())
        right = sum(n for (g, p), n in self.modality.items() if g == p)
        return right / total if total else 0.0

    def share(self, kind: str) -> float:
        """Share of coded events that are of `kind`: below_root, sector_only, unresolved."""
        total = self.predicted["all"]
        return self.predicted[kind] / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "overall": {v: t.to_dict() for v, t in self.overall.items()},
            "by_root": {v: {r: t.to_dict() for r, t in sorted(roots.items())}
                        for v, roots in self.by_root.items()},
            "modality_accuracy": round(self.modality_accuracy, 4),
            "recall": {k: round(t.recall, 4) for k, t in self.focus.items()},
            "share": {k: round(self.share(k), 4)
                      for k in ("below_root", "sector_only", "unresolved")},
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


EVAL_BATCH = 64  # gold sentences coded together


def evaluate(pipeline: Pipeline, sentences: Sequence[GoldSentence]) -> Report:
    """Code every gold sentence on its own and score the result."""
    from entente.services.workers import code_batch

    report = Report(sentences=len(sentences))
    for lo in range(0, len(sentences), EVAL_BATCH):
        chunk = sentences[lo:lo + EVAL_BATCH]
        articles = [Article(id=s.id, text=s.text, lang=s.lang, published=s.date)
                    for s in chunk]
        for sentence, (_, predicted, _quotes) in zip(chunk, code_batch(pipeline, articles),
                                                     strict=True):
            if isinstance(predicted, str):  # the coder failed on it: a miss, and said
                report.failed.append(f"{sentence.id}: {predicted}")
                predicted = []
            _score(report, pipeline, sentence, predicted)
    return report


def actor_key(code: str | None, countries: Iterable[str]) -> str | None:
    """What the dyad view compares: the country ("---" when only the sector is known), an
    international body by its organisation (first six letters), else the code."""
    if not code:
        return None
    if code.startswith("---"):
        return "---"
    if code[:3] in countries:
        return code[:3]
    if code[:3] in ("IGO", "NGO", "IMG"):
        return code[:6]
    return code


def _event_key(e: Event, countries: Iterable[str]) -> tuple[Any, ...]:
    return (actor_key(e.source.code, countries),
            actor_key(e.target.code, countries) if e.target else None, e.root)


def _gold_key(e: GoldEvent, countries: Iterable[str]) -> tuple[Any, ...]:
    return (actor_key(e.source, countries), actor_key(e.target, countries), e.code[:2])


def _score(report: Report, pipeline: Pipeline, s: GoldSentence, predicted: list[Event]) -> None:
    countries = pipeline.kb.countries.keys()
    gold_views: dict[str, Counter[tuple[Any, ...]]] = {
        "code": Counter((e.code,) for e in s.events),
        "dyad": Counter(_gold_key(e, countries) for e in s.events),
    }
    pred_views: dict[str, Counter[tuple[Any, ...]]] = {
        "code": Counter((e.cameo,) for e in predicted),
        "dyad": Counter(_event_key(e, countries) for e in predicted),
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
    # modality, and the focus recalls, on the dyad matches, paired one to one
    unmatched = list(predicted)
    for g in s.events:
        key = _gold_key(g, countries)
        hit = next((p for p in unmatched if _event_key(p, countries) == key), None)
        if hit is not None:
            report.modality[(g.modality, hit.modality.value)] += 1
            unmatched.remove(hit)
        for name, wanted in FOCUS.items():
            if wanted(g):
                report.focus[name].tp += hit is not None
                report.focus[name].fn += hit is None
    for e in predicted:
        report.predicted["all"] += 1
        report.predicted["below_root"] += len(e.cameo) > 2 and not e.cameo.endswith("0")
        actors = [a for a in (e.source, e.target) if a is not None]
        report.predicted["sector_only"] += any((a.code or "").startswith("---") for a in actors)
        report.predicted["unresolved"] += any(a.code is None for a in actors)
    report.results.append(SentenceResult(s, predicted, misses, alarms))


def format_report(report: Report, show_errors: int = 30) -> str:
    """The report as text: per-root and overall scores, then misses and false alarms."""
    lines = [f"{report.sentences} sentences", ""]
    if report.failed:  # scored as misses
        lines[1:1] = [f"the coder failed on {len(report.failed)} (scored as misses):",
                      *(f"  {f}" for f in report.failed[:10])]
    head = f"{'root':<8}" + "".join(f"{v + ' P':>9}{'R':>7}{'F1':>7}{'n':>5}" for v in VIEWS)
    lines.append(head)
    roots = sorted({r for v in report.by_root.values() for r in v})
    for root in [*roots, "all"]:
        row = f"{root:<8}"
        for view in VIEWS:
            t = report.overall[view] if root == "all" else report.root(view, root)
            row += f"{t.precision:9.2f}{t.recall:7.2f}{t.f1:7.2f}{t.tp + t.fn:5d}"
        lines.append(row)
    one, intent = report.focus["one_sided"], report.focus["intent_threat"]
    lines += ["", f"recall of one-sided events: {one.recall:.2f} ({one.tp + one.fn}); "
              f"of intents and threats: {intent.recall:.2f} ({intent.tp + intent.fn})",
              f"coded events: {report.predicted['all']}; below the root "
              f"{report.share('below_root'):.2f}; with a sector-only actor "
              f"{report.share('sector_only'):.2f}; with an unresolved actor "
              f"{report.share('unresolved'):.2f}"]
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
