"""Trigger patterns as data: which verb (and object) signals which CAMEO code, and where the
target sits. One file per language, `data/patterns_<lang>.tsv`; users add their own files.

Format, one pattern a line, tab-separated, `#` starts a comment:

    code    verbs               objects                 target
    057     sign                agreement|accord|deal   prep:with
    042     visit               -                       obj
    071     send|ship           oil|crude|fuel          prep:to|iobj

- code: a CAMEO code present in the ontology.
- verbs: verb lemmas, `|` between alternatives.
- objects: lemmas one of which must be the verb's direct object (or, in the passive, its
  subject), or `-` for none. A pattern with objects wins over one without. Verbs and
  objects match without regard to case or accents.
- target: where the target actor is, tried left to right until one resolves to an actor:
  `obj` (the direct object, which may be the trigger object: "expelled Cuban diplomats"),
  `iobj` (the indirect object), `prep:X` (the object of preposition X attached to the verb
  or to its direct object), `mutual` (joint subjects with no other target are each other's
  target: "Cuba and Venezuela signed an agreement"), or `-` for an event with no target.
  A final `!` makes the target required: no resolved target, no event ("received them"
  is no visit by anyone we know; "called the visit a success" is no appeal).
The source is always the verb's subject (or the agent of a passive).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from entente.coding.ontology import load_ontology
from entente.errors import DataFileError

SLOT_KINDS = ("obj", "iobj")


def lemma_key(word: str) -> str:
    """Lowercase, accents removed: the Spanish lemmatizer writes "envíar" for "enviar"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    verbs: frozenset[str]
    objects: frozenset[str]  # empty: no object required
    target: tuple[str, ...]  # slot specs, tried in order; empty: no target
    origin: str  # file:line, for debugging and `entente patterns` listings
    target_required: bool = False  # no resolved target, no event
    mutual: bool = False  # joint subjects with no target are each other's targets


def parse_patterns(text: str, name: str) -> list[Pattern]:
    """Parse a pattern file; raises DataFileError naming the file, line and fault."""
    ontology = load_ontology()
    out: list[Pattern] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if cells[0] == "code":
            continue  # header
        if len(cells) != 4:
            raise DataFileError(name, lineno, f"expected 4 tab-separated cells "
                                f"(code, verbs, objects, target), got {len(cells)}")
        code, verbs, objects, target = cells
        if code not in ontology:
            raise DataFileError(name, lineno, f"unknown CAMEO code {code!r}")
        required = target.endswith("!")
        slots = () if target == "-" else tuple(target.rstrip("!").split("|"))
        mutual = "mutual" in slots
        slots = tuple(s for s in slots if s != "mutual")
        for slot in slots:
            if slot not in SLOT_KINDS and not (slot.startswith("prep:") and len(slot) > 5):
                raise DataFileError(name, lineno, f"bad target slot {slot!r}; "
                                    "use obj, iobj, prep:WORD, mutual or -")
        verb_set = frozenset(lemma_key(v.strip()) for v in verbs.split("|") if v.strip())
        if not verb_set:
            raise DataFileError(name, lineno, "no verb lemma given")
        obj_set = frozenset() if objects == "-" else frozenset(
            lemma_key(o.strip()) for o in objects.split("|") if o.strip())
        out.append(Pattern(code, verb_set, obj_set, slots, f"{name}:{lineno}",
                           target_required=required, mutual=mutual))
    return out


class PatternIndex:
    """Patterns of one language, indexed by verb lemma, most specific first."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.by_verb: dict[str, list[Pattern]] = {}
        for p in patterns:
            for verb in p.verbs:
                self.by_verb.setdefault(verb, []).append(p)
        for plist in self.by_verb.values():
            plist.sort(key=lambda p: not p.objects)  # object-specific patterns first

    def candidates(self, lemma: str) -> list[Pattern]:
        return self.by_verb.get(lemma_key(lemma), [])

    def __len__(self) -> int:
        return len({id(p) for ps in self.by_verb.values() for p in ps})


def packaged_pattern_file(lang: str) -> str:
    return f"patterns_{lang}.tsv"


@cache
def _packaged(lang: str) -> tuple[Pattern, ...]:
    name = packaged_pattern_file(lang)
    ref = resources.files("entente.coding").joinpath(f"data/{name}")
    if not ref.is_file():
        return ()
    return tuple(parse_patterns(ref.read_text("utf-8"), name))


def load_patterns(lang: str, extra_files: Iterable[Path] = ()) -> PatternIndex:
    """The packaged patterns for `lang` plus any user files (all for the same language)."""
    patterns = list(_packaged(lang))
    for path in extra_files:
        patterns.extend(parse_patterns(path.read_text("utf-8"), str(path)))
    return PatternIndex(patterns)
