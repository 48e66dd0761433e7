"""Trigger patterns as data: which verb or noun (and object) signals which CAMEO code, and
where source and target sit. One file per language, `data/patterns_<lang>.tsv`; users add
their own files. The full format is in docs/patterns.md; in short, tab-separated:

    code    triggers            objects                 target          source
    057     sign                agreement|accord|deal   prep:with|mutual
    042     visit               -                       obj!
    042     n:visit|n:trip      -                       prep:to!        poss|prep:of
    173     n:capture           -                       prep:of|poss!   prep:by

- triggers: verb lemmas, or noun lemmas written `n:visit` for nominal events; a phrasal
  verb is written with its particle, `call off`.
- objects: lemmas one of which must be the direct object (passive: the subject), or `-`.
- target / source: slots tried left to right until one names an actor: `subj`, `obj`,
  `iobj`, `poss`, `prep:X`; `mutual` (target only) and a final `!` (target required).
  The source column may be left out for verbs: it is then `subj` (the agent in a passive).
Triggers and objects match without regard to case or accents.
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

SLOT_KINDS = ("subj", "obj", "iobj", "poss")


def lemma_key(word: str) -> str:
    """Lowercase, accents removed: the Spanish lemmatizer writes "envíar" for "enviar"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    triggers: frozenset[str]
    objects: frozenset[str]  # empty: no object required
    target: tuple[str, ...]  # slot specs, tried in order; empty: no target
    origin: str  # file:line, for debugging and error messages
    source: tuple[str, ...] = ("subj",)
    nominal: bool = False  # triggered by a noun ("the visit of ...")
    target_required: bool = False  # no resolved target, no event
    mutual: bool = False  # joint sources with no target are each other's targets
    particles: frozenset[tuple[str, str]] = frozenset()  # ("call", "off"): phrasal triggers
    plain: frozenset[str] = frozenset()  # triggers that need no particle

    def needs_particle(self, lemma: str) -> frozenset[str]:
        """Particles one of which must follow `lemma` ("call off"); empty: none needed."""
        key = lemma_key(lemma)
        if key in self.plain:
            return frozenset()
        return frozenset(p for t, p in self.particles if t == key)


def _slots(cell: str, name: str, lineno: int, column: str) -> tuple[str, ...]:
    slots = () if cell in ("-", "") else tuple(cell.split("|"))
    for slot in slots:
        if slot == "mutual" and column == "target":
            continue
        if slot not in SLOT_KINDS and not (slot.startswith("prep:") and len(slot) > 5):
            raise DataFileError(name, lineno, f"bad {column} slot {slot!r}; use subj, obj, "
                                "iobj, poss, prep:WORD" + (", mutual" if column == "target"
                                                           else "") + " or -")
    return slots


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
        if len(cells) not in (4, 5):
            raise DataFileError(name, lineno, "expected 4 or 5 tab-separated cells "
                                f"(code, triggers, objects, target[, source]), got {len(cells)}")
        code, triggers, objects, target = cells[:4]
        if code not in ontology:
            raise DataFileError(name, lineno, f"unknown CAMEO code {code!r}")
        words = [t.strip() for t in triggers.split("|") if t.strip()]
        nouns = [w for w in words if w.startswith("n:")]
        if not words:
            raise DataFileError(name, lineno, "no trigger given")
        if nouns and len(nouns) != len(words):
            raise DataFileError(name, lineno, "mix of verb and noun (n:) triggers; "
                                "put nouns on a line of their own")
        nominal = bool(nouns)
        if nominal and len(cells) < 5:
            raise DataFileError(name, lineno, "a noun trigger needs a source column "
                                "(for example poss|prep:of)")
        required = target.endswith("!")
        target_slots = _slots(target.rstrip("!"), name, lineno, "target")
        source_slots = _slots(cells[4], name, lineno, "source") if len(cells) == 5 else ("subj",)
        if not source_slots:
            raise DataFileError(name, lineno, "an event needs a source slot")
        out.append(Pattern(
            code=code,
            triggers=frozenset(lemma_key(w.removeprefix("n:").split()[0]) for w in words),
            plain=frozenset(lemma_key(w.removeprefix("n:")) for w in words if " " not in w),
            particles=frozenset((lemma_key(w.split()[0]), lemma_key(w.split()[1]))
                                for w in words if " " in w and not w.startswith("n:")),
            objects=frozenset() if objects == "-" else frozenset(
                lemma_key(o.strip()) for o in objects.split("|") if o.strip()),
            target=tuple(s for s in target_slots if s != "mutual"),
            origin=f"{name}:{lineno}",
            source=source_slots,
            nominal=nominal,
            target_required=required,
            mutual="mutual" in target_slots,
        ))
    return out


class PatternIndex:
    """Patterns of one language, indexed by trigger lemma, most specific first."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.by_verb: dict[str, list[Pattern]] = {}
        self.by_noun: dict[str, list[Pattern]] = {}
        for p in patterns:
            index = self.by_noun if p.nominal else self.by_verb
            for trigger in p.triggers:
                index.setdefault(trigger, []).append(p)
        for plist in (*self.by_verb.values(), *self.by_noun.values()):
            plist.sort(key=lambda p: not p.objects)  # object-specific patterns first

    def candidates(self, lemma: str, noun: bool = False) -> list[Pattern]:
        return (self.by_noun if noun else self.by_verb).get(lemma_key(lemma), [])

    def __len__(self) -> int:
        return len({id(p) for ps in (*self.by_verb.values(), *self.by_noun.values())
                    for p in ps})


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


def check_pattern_file(path: Path) -> list[Pattern]:
    """Parse a user's pattern file, raising DataFileError on the first bad entry."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), 0, f"cannot read: {exc}") from exc
    return parse_patterns(text, str(path))
