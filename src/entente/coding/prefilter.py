"""Not parsing what cannot hold an event.

The parse is the cost of coding. A sentence none of whose words can be a form of a trigger
verb or noun cannot yield an event, so it is never parsed. The test is on surface forms:
English inflections are generated from the lemmas (with a table of irregular verbs);
Spanish forms are recognised by stem, since conjugation changes the ending and sometimes
the stem (a table gives those). The test errs on the side of parsing: `entente eval
--no-prefilter` measures what it costs in recall (nothing, on the gold sets; see README).
"""

from __future__ import annotations

from collections.abc import Iterable

from entente.coding.patterns import PatternIndex, lemma_key

# Irregular English past forms of trigger verbs (lemma -> forms).
EN_IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "send": ("sent",), "hold": ("held",), "fight": ("fought",),
    "strike": ("struck", "stricken"), "break": ("broke", "broken"), "freeze": ("froze", "frozen"),
    "give": ("gave", "given"), "seek": ("sought",), "fly": ("flew", "flown", "flies"),
    "tell": ("told",), "say": ("said",), "sell": ("sold",), "lend": ("lent",),
    "withdraw": ("withdrew", "withdrawn"), "forgive": ("forgave", "forgiven"),
    "begin": ("began", "begun"), "beat": ("beaten",), "shoot": ("shot",), "lead": ("led",),
    "bring": ("brought",), "take": ("took", "taken"), "make": ("made",), "put": ("put",),
    "cut": ("cut",), "set": ("set",), "hit": ("hit",), "speak": ("spoke", "spoken"),
    "write": ("wrote", "written"), "slay": ("slew", "slain"), "rise": ("rose", "risen"),
    "undertake": ("undertook", "undertaken"), "overthrow": ("overthrew", "overthrown"),
    "throw": ("threw", "thrown"), "draw": ("drew", "drawn"), "shake": ("shook", "shaken"),
}

# Spanish stems that conjugation changes (lemma -> extra stems, accents removed).
ES_STEMS: dict[str, tuple[str, ...]] = {
    "pedir": ("pid",), "detener": ("detuv", "detien", "detendr"), "sostener": ("sostuv",
    "sostien", "sostendr"), "mantener": ("mantuv", "mantien", "mantendr"),
    "advertir": ("advirt", "adviert"), "reunir": ("reun",), "decir": ("dij", "dic", "dir"),
    "dar": ("da", "di", "dio", "dier", "dar"), "poner": ("pus", "pon"), "imponer": ("impus",
    "impon", "impondr"), "ofrecer": ("ofrezc",), "reconocer": ("reconozc",),
    "negar": ("nieg", "negu"), "llegar": ("llegu",), "atacar": ("ataqu",),
    "alcanzar": ("alcanc",), "comenzar": ("comienc", "comenz"), "expulsar": ("expuls",),
    "suspender": ("suspend",), "romper": ("romp", "roto", "rota"), "elegir": ("elig",),
    "repudiar": ("repudi",), "condenar": ("conden",), "invertir": ("invirt", "inviert"),
    "conceder": ("conced",), "extraditar": ("extradit",), "cerrar": ("cierr", "cerr"),
    "volar": ("vuel",), "mostrar": ("muestr",), "negociar": ("negoci",),
    "bloquear": ("bloque",), "sancionar": ("sancion",), "secuestrar": ("secuestr",),
    "sellar": ("sell",), "torturar": ("tortur",), "demandar": ("demand",),
}


def english_forms(lemma: str, noun: bool) -> set[str]:
    """Every inflected form of an English trigger we might meet."""
    forms = {lemma, lemma + "s", lemma + "es"}
    if noun:
        if lemma.endswith("y"):
            forms.add(lemma[:-1] + "ies")
        return forms
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms |= {stem + "ed", stem + "ing", lemma + "d", lemma + lemma[-1] + "ed",
              lemma + lemma[-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    forms |= set(EN_IRREGULAR.get(lemma, ()))
    return forms


def spanish_stems(lemma: str, noun: bool) -> set[str]:
    """Prefixes that begin every form of a Spanish trigger (accents removed)."""
    if noun:
        return {lemma}
    stems = set(ES_STEMS.get(lemma, ()))
    base = lemma[:-2] if lemma.endswith(("ar", "er", "ir")) else lemma
    if len(base) >= 3:
        stems.add(base)
    elif not stems:
        stems.add(lemma)
    return stems


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
