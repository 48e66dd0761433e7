"""Finer codes from cue words (data/refinements.tsv).

A pattern says what was done; other words of its clause often say more. CAMEO splits
protests by what they demand (leadership change 14x1, policy 14x2, rights 14x3, regime
14x4) and force by its means (small arms 193, artillery 194, aircraft 195): "marched to
demand his resignation" is 1411, "jets struck" 195. An event whose code a line of the table
refines, and whose words hold that line's cues, takes the finer code; the first line that
matches wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from entente.coding.ontology import load_ontology
from entente.errors import DataFileError

SCOPES = ("clause", "means", "all")


@dataclass(frozen=True, slots=True)
class Refinement:
    codes: frozenset[str]
    to: str  # a code, or "+N": append the digit
    lang: str
    scope: str
    cues: re.Pattern[str]

    def code_for(self, code: str) -> str:
        return code + self.to[1:] if self.to.startswith("+") else self.to


@dataclass(frozen=True, slots=True)
class Refinements:
    lines: tuple[Refinement, ...]
    codes: frozenset[str] = frozenset()  # every code some line refines

    def __post_init__(self) -> None:
        object.__setattr__(self, "codes", frozenset(c for r in self.lines for c in r.codes))

    def refine(self, code: str, lang: str, clause: str, means: str, whole: str = "") -> str:
        """The finer code the words say: `clause`, the trigger's clause without its subject;
        `means`, the words that say how it was done (its subject, modifiers, "with");
        `whole`, all the trigger's words."""
        for r in self.lines:
            words = {"clause": clause, "means": means, "all": whole}[r.scope]
            if code in r.codes and r.lang == lang and r.cues.search(words):
                return r.code_for(code)
        return code


def parse_refinements(text: str, name: str = "refinements.tsv") -> Refinements:
    ontology = load_ontology()
    lines: list[Refinement] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("from\t"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if len(cells) != 5:
            raise DataFileError(name, lineno, "expected 5 cells: from, to, lang, scope, words")
        codes, to, lang, scope, words = cells
        if scope not in SCOPES:
            raise DataFileError(name, lineno, f"scope must be one of {', '.join(SCOPES)}")
        line = Refinement(frozenset(codes.split("|")), to, lang, scope, re.compile(
            r"(?<!\w)(?:" + "|".join(sorted((re.escape(w.strip()) for w in words.split("|")
                                            if w.strip()), key=len, reverse=True))
            + r")(?!\w)", re.IGNORECASE))
        for code in line.codes:
            if code not in ontology or line.code_for(code) not in ontology:
                raise DataFileError(name, lineno, f"unknown CAMEO code in {codes!r} -> {to!r}")
        lines.append(line)
    return Refinements(tuple(lines))


@cache
def load_refinements() -> Refinements:
    ref = resources.files("entente.coding").joinpath("data/refinements.tsv")
    return parse_refinements(ref.read_text("utf-8"))
