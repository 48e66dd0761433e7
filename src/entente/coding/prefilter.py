"""Not parsing what cannot hold an event.

The parse is the cost of coding. A sentence none of whose words can be a form of a trigger
verb or noun cannot yield an event, so it is never parsed. The test is on surface forms:
English inflections are generated from the lemmas (coding/inflect.py); Spanish forms are
recognised by the stems of the forms that module generates. The test errs on the side of
parsing: `entente eval --no-prefilter` measures what it costs in recall (see README).
"""

from __future__ import annotations

from collections.abc import Iterable

from entente.coding.inflect import english_forms, spanish_forms
from entente.coding.patterns import PatternIndex, lemma_key


def spanish_stems(lemma: str, noun: bool) -> set[str]:
    """Prefixes that begin every form of a Spanish trigger (accents removed)."""
    if noun:
        return {lemma}
    stems = {f[:max(3, len(lemma) - 3)] for f in spanish_forms(lemma)}
    base = lemma[:-2] if lemma.endswith(("ar", "er", "ir")) else lemma
    if len(base) >= 3:
        stems.add(base)
    return {s for s in stems if len(s) >= 3} or {lemma}


class TriggerFilter:
    """Answers, from surface forms alone, whether a sentence could hold an event."""

    def __init__(self, patterns: PatternIndex, lang: str) -> None:
        self.forms: set[str] = set()
        self.stems: tuple[str, ...] = ()
        verbs = set(patterns.by_verb)
        nouns = set(patterns.by_noun)
        if lang == "en":
            for v in verbs:
                self.forms |= english_forms(v, noun=False)
            for n in nouns:
                self.forms |= english_forms(n, noun=True)
        else:
            stems: set[str] = set()
            for v in verbs:
                stems |= spanish_stems(v, noun=False)
            for n in nouns:
                stems |= spanish_stems(n, noun=True)
            self.stems = tuple(sorted(stems))

    def could_hold_event(self, words: Iterable[str]) -> bool:
        for word in words:
            key = lemma_key(word)
            if key in self.forms:
                return True
            if self.stems and key.startswith(self.stems):
                return True
        return False
