"""Spanish written without accents, read as if it had them.

Careless web copy writes "Rusia nego las acusaciones" and "la ONU exigio la liberacion":
without its accent the preterite "negó" looks like an adjective or a noun to the tagger,
and the sentence has no verb. A line with no accented vowel at all is taken to be such
copy; in it, a word that is the unaccented third-person preterite of a known verb
("nego", "exigio", "firmo") gets its accent back before the parse, unless a determiner,
possessive, preposition or adjective before it says it is a noun ("el rechazo", "su
anuncio", "de acuerdo", "un alto cargo"), or the word before was itself a verb so
restored ("brindo apoyo"). Names (capitalised words not opening a sentence) are left
alone. The text keeps its length, so every offset still points into the original.
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
        if len(lower) > 3 and lower.endswith("o") and previous not in _NOUN_BEFORE \
                and not was and (opens or not word[:1].isupper()) \
                and any(_preterite(lower, lemma) for lemma in lemmas_of(lower)):
            chars[m.end() - 1] = "ó"
            restored = True
        previous = lower
    return "".join(chars)


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
