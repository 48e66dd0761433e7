"""Trigger patterns as data: which verb or noun (with which particles and objects) signals
which CAMEO code, and where source and target sit.

The packaged patterns are one folder per language, `data/patterns/<lang>/`, one file per
CAMEO root (`14_protest.tsv`), so that a code's whole family reads in one place; users add
files of the same format. The format is in docs/patterns.md; in short, tab-separated:

    code    triggers                objects                 target          source
    057     sign|conclude           agreement|accord        prep:with|mutual
    143     go on|stage             strike|walkout          prep:against
    143     strike                  ~                       -
    1951    carry out               air strike|airstrike    prep:on|prep:against
    042     n:visit|n:trip          -                       prep:to!        poss|mod|prep:of
    142     n:hunger strike         -                       prep:against    poss|prep:by

- triggers: a verb lemma, optionally followed by the words that must hang from it (a
  particle, a preposition, an object: "call off", "call for", "take part"); a Spanish
  reflexive verb written with its clitic ("retirarse"); or a noun phrase written `n:...`
  whose words must stand together ("n:hunger strike", "n:huelga de hambre").
- objects: phrases one of which must be the trigger's object (the direct object, the
  subject of a passive, or the object of a preposition written in the trigger), `-` for no
  requirement, `+` for "some direct object", `~` for "no direct object".
- target / source: slots tried left to right until one names an actor.

Words match lemmas or word forms without regard to case or accents. For one trigger word,
the patterns that name particles or objects are tried first; once one of them matches,
the word's sense is settled and the patterns that name neither are not tried.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from entente.coding.ontology import load_ontology
from entente.errors import DataFileError

SLOT_KINDS = ("subj", "obj", "iobj", "poss", "obj_poss", "obj_mod", "mod", "head_obj",
              "head_subj", "speaker", "said_of")
# The code of a sense that is no event ("requested anonymity", "struck an upbeat tone"):
# it settles the word's sense so that no plainer pattern applies, and yields nothing.
NOT_AN_EVENT = "none"
ANY_OBJECT = "+"
NO_OBJECT = "~"
# Words written in a noun phrase that the phrase's head is never found on.
# Words that never head a noun phrase: a phrase is not looked up by them
FUNCTION_WORDS = frozenset({"of", "de", "del", "el", "la", "los", "las", "the", "a", "an",
                            "al", "en", "in", "on", "-", "por", "para", "y", "and", "into",
                            "onto", "against", "over", "from", "with", "to", "for", "at",
                            "by", "towards", "toward", "through", "anti", "contra", "sobre",
                            "con", "hacia", "desde", "entre", "ante", "tras", "sin", "un",
                            "una", "o", "or", "its", "their", "su", "sus"})


@lru_cache(maxsize=200_000)
def lemma_key(word: str) -> str:
    """Lowercase, accents removed: the Spanish lemmatizer writes "envíar" for "enviar"."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger of one pattern line (a line with several triggers gives several)."""

    code: str
    head: str  # the key the trigger word is indexed by (a verb's lemma, a noun's word)
    words: tuple[str, ...]  # verbs: words that must hang from the verb; nouns: the phrase
    objects: tuple[tuple[str, ...], ...]  # phrases, one of which must be the object
    target: tuple[str, ...]  # slot specs, tried in order; empty: no target
    origin: str  # file:line, for debugging and error messages
    source: tuple[str, ...] = ("subj",)
    nominal: bool = False  # triggered by a noun ("the visit of ...")
    target_required: bool = False  # no resolved target, no event
    mutual: bool = False  # joint sources with no target are each other's targets
    reflexive: bool = False  # Spanish: the verb must carry "se" ("retirarse")
    object_rule: str = "-"  # "-" free, "+" some direct object, "~" none, "list" objects
    trigger_text: str = ""  # the trigger as written in the file
    object_words: frozenset[str] = frozenset()  # every word of the objects, to test quickly

    @property
    def specificity(self) -> int:
        """Patterns naming objects or particles settle a word's sense; then object rules."""
        named = (self.object_rule == "list") + bool(self.words and not self.nominal)
        if named:
            return 1 + named
        return 1 if self.object_rule in (ANY_OBJECT, NO_OBJECT) else 0


def _slots(cell: str, name: str, lineno: int, column: str) -> tuple[str, ...]:
    slots = () if cell in ("-", "") else tuple(cell.split("|"))
    for slot in slots:
        if slot == "mutual" and column == "target":
            continue
        if slot not in SLOT_KINDS and not (slot.startswith("prep:") and len(slot) > 5):
            raise DataFileError(name, lineno, f"bad {column} slot {slot!r}; use "
                                + ", ".join(SLOT_KINDS) + ", prep:WORD"
                                + (", mutual" if column == "target" else "") + " or -")
    return slots


def _words(text: str) -> tuple[str, ...]:
    return tuple(lemma_key(w) for w in text.replace("-", " - ").split())


def _objects(cell: str, name: str, lineno: int) -> tuple[str, tuple[tuple[str, ...], ...]]:
    if cell in ("-", ANY_OBJECT, NO_OBJECT):
        return cell, ()
    phrases = tuple(_words(o) for o in cell.split("|") if o.strip())
    if not phrases or any(not p for p in phrases):
        raise DataFileError(name, lineno, "empty object; write objects as a|b|c, or -, + or ~")
    return "list", phrases


def parse_patterns(text: str, name: str, lang: str | None = None) -> list[Pattern]:
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
                                f"(code, triggers, objects, target[, source]), got {len(cells)}"
                                "; separate cells with tabs")
        code, triggers, objects, target = cells[:4]
        if code not in ontology and code != NOT_AN_EVENT:
            raise DataFileError(name, lineno, f"unknown CAMEO code {code!r} (or "
                                f"{NOT_AN_EVENT!r} for a sense that is no event)")
        written = [t.strip() for t in triggers.split("|") if t.strip()]
        if not written:
            raise DataFileError(name, lineno, "no trigger given")
        nouns = [w for w in written if w.startswith("n:")]
        if nouns and len(nouns) != len(written):
            raise DataFileError(name, lineno, "mix of verb and noun (n:) triggers; "
                                "put nouns on a line of their own")
        nominal = bool(nouns)
        if nominal and len(cells) < 5:
            raise DataFileError(name, lineno, "a noun trigger needs a source column "
                                "(for example poss|mod|prep:by)")
        rule, phrases = _objects(objects, name, lineno)
        required = target.endswith("!")
        target_slots = _slots(target.rstrip("!"), name, lineno, "target")
        source_slots = _slots(cells[4], name, lineno, "source") if len(cells) == 5 else ("subj",)
        if not source_slots:
            raise DataFileError(name, lineno, "an event needs a source slot")
        for trigger in written:
            words = _words(trigger.removeprefix("n:"))
            if not words or (nominal and all(w in FUNCTION_WORDS for w in words)):
                raise DataFileError(name, lineno, f"empty trigger {trigger!r}")
            reflexive = False
            if nominal:
                head = next(w for w in words if w not in FUNCTION_WORDS)
                extra = words
            else:
                head, extra = words[0], words[1:]
                if lang == "es" and len(head) > 4 and head.endswith("se") and \
                        head[-4:-2] in ("ar", "er", "ir"):
                    head, reflexive = head[:-2], True  # "retirarse": retirar + se
            out.append(Pattern(
                code=code, head=head, words=extra, objects=phrases, object_rule=rule,
                target=tuple(s for s in target_slots if s != "mutual"),
                origin=f"{name}:{lineno}", source=source_slots, nominal=nominal,
                target_required=required, mutual="mutual" in target_slots,
                reflexive=reflexive, trigger_text=trigger,
                object_words=frozenset(w for ph in phrases for w in ph),
            ))
    return out


class PatternIndex:
    """Patterns of one language, indexed by the trigger's head word, most specific first.

    Looking a word up is one dictionary access, however many patterns there are."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.patterns: list[Pattern] = list(patterns)
        self.by_verb: dict[str, list[Pattern]] = {}
        self.by_noun: dict[str, list[Pattern]] = {}
        for p in self.patterns:
            if p.nominal:
                # a noun phrase is found from any of its content words
                for w in dict.fromkeys(p.words):
                    if w not in FUNCTION_WORDS:
                        self.by_noun.setdefault(w, []).append(p)
            else:
                self.by_verb.setdefault(p.head, []).append(p)
        for plist in (*self.by_verb.values(), *self.by_noun.values()):
            plist.sort(key=lambda p: -p.specificity)  # stable: file order within a level

    def candidates(self, word: str, noun: bool = False) -> list[Pattern]:
        return (self.by_noun if noun else self.by_verb).get(lemma_key(word), [])

    def __len__(self) -> int:
        return len(self.patterns)


def pattern_folder(lang: str) -> str:
    return f"data/patterns/{lang}"


@cache
def _packaged(lang: str) -> tuple[Pattern, ...]:
    folder = resources.files("entente.coding").joinpath(pattern_folder(lang))
    if not folder.is_dir():
        return ()
    out: list[Pattern] = []
    for ref in sorted(folder.iterdir(), key=lambda r: r.name):
        if ref.name.endswith(".tsv"):
            out.extend(parse_patterns(ref.read_text("utf-8"), f"patterns/{lang}/{ref.name}",
                                      lang))
    return tuple(out)


def load_patterns(lang: str, extra_files: Iterable[Path] = ()) -> PatternIndex:
    """The packaged patterns for `lang` plus any user files (all for the same language)."""
    patterns = list(_packaged(lang))
    for path in extra_files:
        patterns.extend(parse_patterns(path.read_text("utf-8"), str(path), lang))
    return PatternIndex(patterns)


def check_pattern_file(path: Path) -> list[Pattern]:
    """Parse a user's pattern file, raising DataFileError on the first bad entry."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), 0, f"cannot read: {exc}") from exc
    lang = path.stem.rsplit("_", 1)[-1] if "_" in path.stem else None
    return parse_patterns(text, str(path), lang)
