"""Measuring the quote reader against hand-labelled passages (eval/quotes_*.jsonl).

A gold quote is found when a predicted quote of the passage overlaps it by at least half of
the shorter one's words. On the quotes found: the speaker (as written, or as first named:
either counts, when their words overlap by half the shorter), the speaker's actor (country, or
the code of a body), the anonymity class and the outlet. Quote detection and the speaker
are scored with precision, recall and F1 over all quotes; anonymity, actor and outlet as
accuracy on the quotes found.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from entente.errors import InputError
from entente.evaluation import Tally, actor_key, split
from entente.pipeline import Pipeline
from entente.records import Article, Quote


@dataclass(frozen=True, slots=True)
class GoldQuote:
    kind: str
    text: str
    speaker: str | None
    speaker_ref: str | None
    speaker_code: str | None
    anonymity: str
    outlet: str | None


@dataclass(frozen=True, slots=True)
class GoldPassage:
    id: str
    lang: str
    text: str
    quotes: tuple[GoldQuote, ...]


@dataclass
class QuoteReport:
    passages: int = 0
    found: Tally = field(default_factory=Tally)  # quotes detected
    speaker: Tally = field(default_factory=Tally)  # quotes detected with the right speaker
    checks: Counter[str] = field(default_factory=Counter)  # name -> right, on found quotes
    totals: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    # (labelled, read) anonymity classes where they differ
    anonymity_confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def accuracy(self, name: str) -> float:
        return self.checks[name] / self.totals[name] if self.totals[name] else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"passages": self.passages, "quotes": self.found.to_dict(),
                "speaker": self.speaker.to_dict(),
                "accuracy": {k: round(self.accuracy(k), 4) for k in sorted(self.totals)}}


def load_passages(path: Path) -> list[GoldPassage]:
    out: list[GoldPassage] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            quotes = tuple(GoldQuote(q["kind"], q["quote"], q.get("speaker"),
                                     q.get("speaker_ref"), q.get("speaker_code"),
                                     q.get("anonymity", "unknown"), q.get("outlet"))
                           for q in rec.get("quotes", []))
            out.append(GoldPassage(str(rec["id"]), str(rec["lang"]), str(rec["text"]), quotes))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}#{lineno}", f"bad quote record ({exc!r})",
                             "see docs/labelling.md, \"Quotes\", for the format") from exc
    return out


def evaluate_quotes(pipeline: Pipeline, passages: list[GoldPassage],
                    part: str = "all") -> QuoteReport:
    chosen = _split(passages, part)
    report = QuoteReport(passages=len(chosen))
    articles = (Article(id=p.id, text=p.text, lang=p.lang) for p in chosen)
    countries = pipeline.kb.countries.keys()
    for passage, coded in zip(chosen, pipeline.read_many(articles), strict=True):
        _score(report, passage, coded.quotes, countries)
    return report


def _split(passages: list[GoldPassage], part: str) -> list[GoldPassage]:
    from entente.evaluation import GoldSentence

    if part == "all":
        return passages
    ids = {s.id for s in split([GoldSentence(p.id, p.lang, "", None, ()) for p in passages],
                               part)}
    return [p for p in passages if p.id in ids]


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").casefold())


def _overlap(a: str, b: str) -> bool:
    wa, wb = Counter(_words(a)), Counter(_words(b))
    shared = sum((wa & wb).values())
    return bool(wa and wb) and shared * 2 >= min(sum(wa.values()), sum(wb.values()))


def _same_name(gold: GoldQuote, q: Quote) -> bool:
    """The same speaker: the naming words as written, or the fullest naming, overlap by
    half the shorter ("residents" and "residents reached by telephone")."""
    golds = [g for g in (gold.speaker, gold.speaker_ref) if g]
    mine = [m for m in (q.said_by, q.speaker_ref) if m]
    return any(_overlap(g, m) for g in golds for m in mine)


def _score(report: QuoteReport, passage: GoldPassage, predicted: list[Quote],
           countries: Any) -> None:
    left = list(predicted)
    for gold in passage.quotes:
        hit = next((q for q in left if _overlap(gold.text, q.text)), None)
        if hit is None:
            report.found.fn += 1
            report.speaker.fn += 1
            report.errors.append(f"{passage.id}: missed {gold.text[:60]!r}")
            continue
        left.remove(hit)
        report.found.tp += 1
        if gold.speaker or gold.speaker_ref:
            if _same_name(gold, hit):
                report.speaker.tp += 1
            else:
                report.speaker.fn += 1
                report.speaker.fp += bool(hit.said_by)
                report.errors.append(f"{passage.id}: speaker {hit.said_by!r} for "
                                     f"{gold.speaker!r}")
        checks = {
            "anonymity": (gold.anonymity, hit.anonymity),
            "actor": (actor_key(gold.speaker_code, countries),
                      actor_key(hit.speaker.code if hit.speaker else None, countries)),
            "outlet": (" ".join(_words(gold.outlet)), " ".join(_words(hit.outlet))),
        }
        for name, (want, got) in checks.items():
            report.totals[name] += 1
            report.checks[name] += want == got
        if gold.anonymity != hit.anonymity:
            report.anonymity_confusions[(gold.anonymity, hit.anonymity)] += 1
            report.errors.append(f"{passage.id}: anonymity {hit.anonymity} for "
                                 f"{gold.anonymity} ({hit.said_by!r})")
    report.found.fp += len(left)
    report.speaker.fp += sum(1 for q in left if q.said_by)


def format_quote_report(report: QuoteReport, show_errors: int = 20) -> str:
    lines = [f"{report.passages} passages", "",
             f"{'':<14}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for name, t in (("quotes", report.found), ("speaker", report.speaker)):
        lines.append(f"{name:<14}{t.precision:7.2f}{t.recall:7.2f}{t.f1:7.2f}{t.tp + t.fn:6d}")
    lines.append("")
    for name in sorted(report.totals):
        lines.append(f"{name} accuracy on quotes found: {report.accuracy(name):.2f} "
                     f"({report.totals[name]})")
    if report.anonymity_confusions:
        lines.append("  anonymity confusions (labelled -> read): " + ", ".join(
            f"{a}->{b} {n}" for (a, b), n in sorted(report.anonymity_confusions.items())))
    if report.errors and show_errors:
        lines += ["", "errors:"] + [f"  {e}" for e in report.errors[:show_errors]]
    return "\n".join(lines)
