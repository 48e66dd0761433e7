"""How much of the codebook the trigger patterns cover, in phrases per code and per root.

A trigger phrase is one way of saying an act: a trigger with one of its objects ("sign
agreement", "sign accord" are two), or a trigger that needs no object ("attack"). The same
phrase written twice for one code counts once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from entente.coding.ontology import load_ontology
from entente.coding.patterns import PatternIndex


@dataclass
class PatternStats:
    phrases: Counter[str] = field(default_factory=Counter)  # code -> distinct phrases
    triggers: Counter[str] = field(default_factory=Counter)  # code -> distinct triggers
    missing: list[str] = field(default_factory=list)  # codes with no pattern

    @property
    def total_phrases(self) -> int:
        return sum(self.phrases.values())

    @property
    def covered(self) -> int:
        return len(self.phrases)

    def by_root(self) -> dict[str, int]:
        roots: Counter[str] = Counter()
        for code, n in self.phrases.items():
            roots[code[:2]] += n
        return dict(sorted(roots.items()))

    def to_dict(self) -> dict[str, Any]:
        return {"phrases": self.total_phrases, "codes_covered": self.covered,
                "codes_missing": self.missing, "by_root": self.by_root(),
                "by_code": dict(sorted(self.phrases.items()))}

    def describe(self, lang: str) -> str:
        lines = [f"== {lang}: {self.total_phrases} trigger phrases, {self.covered} codes "
                 f"with patterns, {len(self.missing)} without =="]
        lines.append("root  phrases")
        lines += [f"{root:<6}{n:>7}" for root, n in self.by_root().items()]
        lines.append("codes without a pattern: " + (" ".join(self.missing) or "none"))
        return "\n".join(lines)


def pattern_stats(index: PatternIndex) -> PatternStats:
    seen: dict[str, set[tuple[str, str]]] = {}
    triggers: dict[str, set[str]] = {}
    for p in index.patterns:
        objects = [" ".join(o) for o in p.objects] if p.object_rule == "list" else [""]
        trigger = p.trigger_text.lower()
        for obj in objects:
            seen.setdefault(p.code, set()).add((trigger, obj))
        triggers.setdefault(p.code, set()).add(trigger)
    stats = PatternStats(Counter({c: len(v) for c, v in seen.items()}),
                         Counter({c: len(v) for c, v in triggers.items()}))
    stats.missing = [c for c in load_ontology() if len(c) > 2 and c not in seen]
    return stats
