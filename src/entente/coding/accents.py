"""Spanish written without accents, read as if it had them.

Careless web copy writes "Rusia nego las acusaciones" and "la ONU exigio la liberacion":
without its accent the preterite "negó" looks like an adjective or a noun to the tagger,
and the sentence has no verb. A line with no accented vowel at all is taken to be such
copy; in it, a word that is the unaccented third-person preterite of a known verb
("nego", "exigio", "firmo") gets its accent back before the parse, unless a determiner,
possessive, preposition or adjective before it says it is a noun ("el rechazo", "su
anuncio", "de acuerdo", "un alto cargo"), or the word before was itself a verb so
restored ("brindo apoyo"). Names (capitalised words not opening a sentence) are left
alone. Words that are no word without their accent ("segun", "policia", "liberacion",
and "mas" before "de" or "que") get it back wherever they are. The text keeps its length, so
every offset still points into the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ACCENTED = re.compile(r"[áéíóúÁÉÍÓÚ]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Words after which a form in -o is a noun or an adjective, not a verb.
_NOUN_WORDS = """
el la los las lo un una unos unas su sus mi mis tu tus nuestro nuestra nuestros nuestras
este esta estos estas ese esa esos esas aquel aquella del al de en por para con sin sobre
tras ante bajo entre hacia hasta desde segun contra cuyo cuya otro otra nuevo nueva primer a
primero gran buen mal cada todo toda mismo misma dicho dicha tal mucho poco cierto
alto alta altos altas
"""
_NOUN_BEFORE = frozenset(_NOUN_WORDS.split())


def restore_accents(line: str, lemmas_of: Callable[[str], tuple[str, ...]]) -> str:
    """`line` with the accents of unaccented preterites restored, if it has no accent at
    all; `lemmas_of` gives the verb lemmas a word form can be (empty for no verb)."""
    if _ACCENTED.search(line):
        return line
    chars = list(line)
    previous, restored = "", False
    for n, m in enumerate(_WORD.finditer(line)):
        word = m.group()
        lower = word.lower()
        was, restored = restored, False
        opens = n == 0 or line[:m.start()].rstrip().endswith((".", "!", "?"))
        accented = _ALWAYS.get(lower) or _always_accented(lower) or (
            _NATIONALITIES.get(word) if word.islower() else None) or (
            "más" if lower == "mas" and _NEXT_WORD.match(line, m.end()) else None)
        if accented:  # "segun" is no word but "según", "mas de cien" is "más de cien"
            chars[m.start():m.end()] = [a.upper() if c.isupper() else a
                                        for c, a in zip(word, accented, strict=True)]
        elif len(lower) > 3 and lower.endswith("o") and previous not in _NOUN_BEFORE \
                and not was and (opens or not word[:1].isupper()) \
                and any(_preterite(lower, lemma) for lemma in lemmas_of(lower)):
            chars[m.end() - 1] = "ó"
            restored = True
        elif len(lower) > 4 and lower.endswith(("a", "an")) and (
                opens or not word[:1].isupper()) and _future_said(
                    line[max(0, m.start() - 60):m.start()]) and any(
                    lower in (lemma + "a", lemma + "an") for lemma in lemmas_of(lower)):
            # "Guatemala enviara 150 soldados", "anuncio que liberara a los presos": the
            # future ("enviará"), which a main clause or a clause of saying has; after
            # "que" of asking or wanting, "si", "aunque" it is the subjunctive, left alone
            chars[m.end() - (1 if lower.endswith("a") else 2)] = "á"
            restored = True
        previous = lower
    return "".join(chars)


# Words that are written without their accent and are no other word
_ALWAYS = {"segun": "según", "policia": "policía", "policias": "policías", "pais": "país",
           "paises": "países", "dolares": "dólares", "millon": "millón", "tambien": "también",
           "ademas": "además", "despues": "después", "dia": "día", "dias": "días",
           "traves": "través", "ningun": "ningún", "algun": "algún", "lider": "líder",
           "lideres": "líderes", "energia": "energía", "economia": "economía",
           "principe": "príncipe", "principes": "príncipes"}
# ... and nationalities, which Spanish writes in lowercase (a capitalised "Frances" is a name)
_NATIONALITIES = {
    "aleman": "alemán",
    **{w: w[:-1] + "í" for w in (
        "saudi", "irani", "iraqui", "israeli", "marroqui", "pakistani", "paquistani",
        "yemeni", "kuwaiti", "catari", "qatari", "omani", "somali", "bengali", "huti",
        "bahreini", "emirati")},
    **{w: w[:-3] + "íes" for w in (
        "saudies", "iranies", "iraquies", "israelies", "marroquies", "pakistanies",
        "paquistanies", "yemenies", "kuwaities", "cataries", "somalies", "huties")},
    **{w: w[:-2] + "és" for w in (
        "frances", "japones", "portugues", "holandes", "irlandes", "escoces", "danes",
        "finlandes", "libanes", "senegales", "congoles", "ruandes", "sudanes",
        "taiwanes", "tailandes", "gabones", "togoles", "nepales", "camerunes",
        "birmanes", "cingales", "groenlandes", "neerlandes")}}
# "mas" before these is "más" ("mas de cien", "mas que nunca"): the conjunction "mas" (but)
# is not written before them
_NEXT_WORD = re.compile(r"\s+(?:de|del|que)\b", re.IGNORECASE)


def _always_accented(word: str) -> str | None:
    """No Spanish word ends in an unaccented "-cion" or "-sion": "liberacion" is
    "liberación", "mision" "misión"."""
    if len(word) > 5 and word.endswith(("cion", "sion")):
        return word[:-2] + "ón"
    return None
# Verbs of saying (preterite, unaccented) after which "que" opens a clause in the indicative
_SAYING_WORDS = """
anuncio dijo afirmo aseguro informo declaro confirmo advirtio prometio senalo indico explico
sostuvo reitero garantizo adelanto comunico preciso agrego añadio anadio manifesto asevero
revelo expreso insistio recalco subrayo destaco anunciaron dijeron afirmaron aseguraron
informaron declararon confirmaron advirtieron prometieron
"""
_SAYING = frozenset(_SAYING_WORDS.split())
# Words after which a form in -ara/-iera is the subjunctive ("si enviara", "para que")
_SUBJUNCTIVE_WORDS = "que si aunque cuando como ojala quien cual donde mientras hasta antes despues"
_SUBJUNCTIVE_BEFORE = frozenset(_SUBJUNCTIVE_WORDS.split())


def _future_said(before: str) -> bool:
    """Whether a form that is both an unaccented future and a subjunctive ("enviara") is
    the future by the words of its clause before it (`before`, the text up to it): none
    that asks for the subjunctive ("si", "aunque", "que" of asking or wanting), or "que"
    after a verb of saying ("anuncio que liberara")."""
    clause = re.split(r"[,;:.!?()«»\"]", before)[-1]
    words = _WORD.findall(clause.lower())[-5:]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _SUBJUNCTIVE_BEFORE:
            return words[k] == "que" and k > 0 and words[k - 1] in _SAYING
    return not words or words[-1] not in _NOUN_BEFORE


def _preterite(form: str, lemma: str) -> bool:
    """"nego" of "negar", "exigio" of "exigir", "pidio" of "pedir": the form is the
    preterite's, not the first person of the present ("niego", "exijo")."""
    if lemma.endswith("ar"):
        return form == _plain(lemma[:-2]) + "o"
    if lemma.endswith(("er", "ir")):
        return form.endswith("io") or form.endswith("yo")
    return False


def _plain(word: str) -> str:
    return word.translate(str.maketrans("áéíóúü", "aeiouu"))
