"""Who says so: quotes and reported claims as records.

Two kinds:

- **direct**: words between quotation marks (“...”, "...", «...») or after a Spanish
  dialogue dash ("—No nos iremos —dijo—"); a quote that runs over several paragraphs (each
  opening with a mark, only the last closing) is one;
- **reported**: a claim a speech verb governs ("X said that...", "X dijo que...") or that
  "according to X" / "según X" credits.

For each, the speaker as written nearest the quote ("she", "Mariana", "sources in
Caracas"), the fullest naming of that speaker in the article ("she" -> "Mariana"), the
speaker as an actor, the words that describe them ("a 32-year-old Cuban doctor"), whether
they are named, pseudonymous, anonymous, an unnamed official or source, an unnamed person
or an institution (with the words that say so), and the outlet the words were given or
credited to ("in a statement to 14ymedio").

Quote marks are found on the article's text; the attribution on the parse of the sentence
that holds the quote's end (or its start, for "X said: “...”").
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

# (at run time, not for type checking only: the compiled dataclasses read their annotations,
# entente.native)
from spacy.tokens import Doc, Span, Token

from entente.actors.kb import KnowledgeBase
from entente.actors.resolver import resolve_words
from entente.coding import syntax
from entente.coding.attribution import credited_outlet, is_outlet
from entente.coding.modality import NEG_SUBJECTS
from entente.coding.speaker_words import (
    ACCORDING,
    ACCOUNT_WORDS,
    ANY_ROLE,
    CITING,
    DENYING,
    DOCUMENT_WORDS,
    GROUP_WORDS,
    INDEFINITE,
    INSTITUTION_WORDS,
    NAME_NOUNS,
    NAMING_AS,
    NAMING_WORDS,
    NOT_SOURCES,
    OFFICIAL_WORDS,
    ONE_WORDS,
    OUTLET_NOUNS,
    PLURAL_PRONOUNS,
    POINTING_BACK,
    PRESS_NOUNS,
    PRONOUNS,
    RANK_GRADES,
    REFUSING,
    ROLE_WORDS,
    SEX_AGE_NOUNS,
    SOURCE_PHRASE,
    SOURCE_WORDS,
    SPOKEN_FROM,
    SPOKEN_IN,
    Cue,
    anonymity_cue,
    unaccent,
)
from entente.coding.table import children, token_table
from entente.coding.views import sentence_of, text_of
from entente.records import Actor, Event, Quote

SPEECH = {
    "en": frozenset({
        "say", "tell", "state", "add", "explain", "assure", "claim", "allege", "insist",
        "warn", "note", "argue", "deny", "confirm", "announce", "report", "write", "stress",
        "recall", "describe", "acknowledge", "admit", "complain", "denounce", "declare",
        "reply", "respond", "recount", "testify",
        "maintain", "contend", "assert", "emphasize", "emphasise", "observe", "remark",
        "concede", "vow", "promise", "caution", "lament",
        "reveal", "disclose", "reiterate", "underscore", "underline", "boast", "predict",
    }),
    "es": frozenset({
        "decir", "afirmar", "asegurar", "señalar", "senalar", "explicar", "añadir",
        "anadir", "agregar", "indicar", "sostener", "declarar", "advertir", "denunciar",
        "reconocer", "admitir", "negar", "confirmar", "anunciar", "informar", "relatar",
        "contar", "subrayar", "destacar", "precisar", "comentar", "manifestar", "apuntar",
        "insistir", "recordar", "expresar", "lamentar", "reiterar", "aseverar",
        "alegar", "responder", "replicar", "narrar", "testificar", "enfatizar",
        "resaltar", "opinar", "prometer", "defender",
        "alertar", "revelar", "detallar", "aclarar", "puntualizar", "recalcar", "remarcar",
        "argumentar", "reportar", "avisar", "acotar", "proclamar", "vaticinar", "pronosticar",
        # "resumió un diplomático", "ironizó uno de ellos", "se queja el hombre"
        "resumir", "ironizar", "quejar", "bromear", "sentenciar", "exclamar", "zanjar",
        # the narrator's verbs of dialogue: "—¿Quién nos va a devolver a nuestros hijos?
        # —preguntó Elvira Quiroga—.", "—¡Fuera! —gritaban los vecinos"
        "preguntar", "gritar", "susurrar",
        # as in English ("write", "describe")
        "escribir", "describir",
    }),
}


def _preterites(verbs: frozenset[str]) -> frozenset[str]:
    """The third persons of the preterite of regular Spanish verbs, written without their
    accents ("resumio", "ironizaron"), which the tagger may lemmatise wrongly or take for
    nouns."""
    out = set()
    for verb in verbs:
        stem, end = verb[:-2], verb[-2:]
        if end == "ar":
            out |= {stem + "o", stem + "aron"}
        elif end in ("er", "ir"):
            out |= {stem + "io", stem + "ieron"}
    return frozenset(out)


PRETERITES = {"es": _preterites(SPEECH["es"])}


def speech_lemmas(form: str) -> tuple[str, ...]:
    """The Spanish speech verbs `form` may be the unaccented third-person preterite of
    ("conto" of "contar", "advirtio" of "advertir"): what the accents' restorer is told of
    a form besides the event verbs, so that "conto a Diario de Cuba que ..." is parsed with
    its verb."""
    if form not in PRETERITES["es"]:
        return ()
    stems = [form[:-1] + "ar"] if form.endswith("o") and not form.endswith("io") else []
    if form.endswith("io"):
        stems += [form[:-2] + "er", form[:-2] + "ir", form[:-1] + "ar"]
    return tuple(v for v in stems if v in SPEECH["es"])
_OPEN_CLOSE = {"“": "”", "«": "»", '"': '"', "„": "“"}
# What may open a quote: an opening mark, or a dialogue dash
_OPENERS = re.compile("[" + re.escape("".join(_OPEN_CLOSE)) + "—]")
_QUOTE_CHARS = frozenset('“”«»"‘’„')
_PARA = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True, slots=True)
class _Marked:
    """A direct quote found by its marks: the inner text's offsets in the article."""

    start: int
    end: int
    within: _Marked | None = None  # the quote it is quoted in ("told me, ‘Leave’”")


# A quote inside a quote: “... ‘...’ ...”, «... “...” ...»
_INNER = {"“": ("‘", "’"), "«": ("“", "”"), "„": ("‚", "‘")}


def quote_marks(text: str) -> list[_Marked]:
    """The direct quotes of a text, by their marks (see the module's docstring), and the
    quotes quoted inside them.

    >>> [m.within is not None for m in quote_marks("«Dijo: “Vuelvan a casa”, y se fue»")]
    [False, True]
    """
    found = _outer_marks(text)
    inner = [m for outer in found for m in _inner_marks(text, outer)]
    return sorted(found + inner, key=lambda m: (m.start, m.within is not None))


def _inner_marks(text: str, outer: _Marked) -> list[_Marked]:
    """The quotes inside a quote, by the marks one level down (a closing ’ followed by a
    letter is an apostrophe: “don’t”)."""
    pair = _INNER.get(text[outer.start - 1]) if outer.start > 0 else None
    if pair is None:
        return []
    opening, closing = pair
    out: list[_Marked] = []
    i = text.find(opening, outer.start, outer.end)
    while i >= 0:
        j = i + 1
        while True:
            j = text.find(closing, j, outer.end)
            if j < 0 or j + 1 >= len(text) or not text[j + 1].isalpha():
                break
            j += 1
        close = j if j >= 0 else outer.end
        if close - i > 2:
            out.append(_Marked(i + 1, close, outer))
        i = text.find(opening, close + 1, outer.end) if j >= 0 else -1
    return out


def _outer_marks(text: str) -> list[_Marked]:
    found: list[_Marked] = []
    i = 0
    while i < len(text):
        opener = _OPENERS.search(text, i)  # no other character opens a quote
        if opener is None:
            break
        i = opener.start()
        c = text[i]
        closing = _OPEN_CLOSE.get(c)
        if closing is None:
            if c == "—" and _line_start(text, i):
                end = _dash_end(text, i + 1)
                if end > i + 2:
                    found.append(_Marked(i + 1, end))
                    i = end
                    continue
            i += 1
            continue
        start = i + 1
        j = start
        while True:
            close = text.find(closing, j)
            para = _next_paragraph(text, j)
            if close < 0:
                close = len(text)
            if para is not None and para < close:
                # the paragraph ends inside the quote: it goes on if the next one opens
                # with a mark again ("“... \n“...”"); else the quote was never closed
                nxt = para
                while nxt < len(text) and text[nxt] in " \t\n":
                    nxt += 1
                if nxt < len(text) and text[nxt] == c:
                    j = nxt + 1
                    continue
                close = para
            break
        inner_end = close
        if inner_end - start >= 2 and inner_end - start < 3000:
            found.append(_Marked(start, inner_end))
        i = close + 1
    return found


def _line_start(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] == "\n" or text[max(0, i - 2):i].strip() == ""


def _dash_end(text: str, start: int) -> int:
    """A dialogue dash quote ends at the dash that opens the narrator's words, or at the
    end of its paragraph."""
    m = re.compile(r"\s—|\n").search(text, start)
    return m.start() if m else len(text)


def _next_paragraph(text: str, start: int) -> int | None:
    m = _PARA.search(text, start)
    return m.start() if m else None


@dataclass
class QuoteMemory:
    """The speakers an article has quoted so far, for "she says" and "the doctor says"."""

    speakers: list[list[Any]] = field(default_factory=list)
    # [fullest naming, description, actor, anonymity, plural] of the people and bodies
    # quoted
    last: Quote | None = None  # the last direct quote with a speaker
    lead: Token | None = None  # the person the last sentences were about (their subject)
    # the subject of the sentence just before, whoever it is: a Spanish verb with its
    # subject dropped and no one quoted yet has it for its speaker
    topic: Token | None = None
    named: list[str] = field(default_factory=list)  # countries the article names, in order
    # what a later sentence says of a speaker (by fullest naming): "The officer spoke on
    # condition of anonymity"
    later: dict[str, Cue] = field(default_factory=dict)

    def settle(self, quotes: list[Quote]) -> list[Quote]:
        """The quotes, each speaker with the anonymity a later sentence gave them."""
        out = []
        for q in quotes:
            cue = self.later.get(q.speaker_ref or "")
            if cue is not None and q.anonymity != "institution":
                q = replace(q, anonymity=cue.kind, anonymity_cue=cue.text)
            out.append(q)
        return out

    @property
    def country(self) -> str | None:
        """The country the article is about: the one it names most (ties: the first)."""
        if not self.named:
            return None
        counts: dict[str, int] = {}
        for c in self.named:
            counts[c] = counts.get(c, 0) + 1
        return max(counts, key=lambda c: (counts[c], -self.named.index(c)))

    def refer(self, phrase: str, head: Token) -> list[Any] | None:
        # (the speakers are read backwards by slice, not reversed(): mypyc cannot compile
        # reversed() over lists of list[Any], entente.native)
        if not self.speakers:
            return None
        people = [e for e in self.speakers if e[3] != "institution"]
        if head.lower_ == "it" and head.pos_ == "PRON":
            return next((e for e in self.speakers[::-1] if e[3] == "institution"), None)
        # "one of them", "una de ellas", "both": one of the people quoted together
        of_them = head.lower_ in ("one", "uno", "una") and any(
            unaccent(g.lower_) in PLURAL_PRONOUNS for c in children(head) for g in c.subtree)
        if of_them or (head.lower_ in PLURAL_PRONOUNS and head.lower_ not in PRONOUNS):
            return next((e for e in people[::-1] if e[4]), None)
        group = _one_of(head)
        if group is not None and group.pos_ == "NOUN" and head.is_ancestor(group):
            # "uno de los diplomáticos": one of the diplomats quoted together before
            lemma = unaccent(group.lemma_.lower())
            for entry in people[::-1]:
                if entry[4] and any(w.startswith(lemma)
                                    for w in unaccent(str(entry[0]).lower()).split()):
                    together: list[Any] = entry
                    return together
        # "according to her testimony", "según su relato": the one who testifies
        told = head.lemma_.lower() in ACCOUNT_WORDS and any(
            c.dep_ in ("poss", "det") and c.lower_ in ("her", "his", "their", "su", "sus")
            for c in children(head))
        if is_pronoun(head) or told:
            plural = head.lower_ in PLURAL_PRONOUNS or (
                told and any(c.lower_ in ("their", "sus") for c in children(head)))
            found: list[Any] | None = next(
                (e for e in people[::-1] if e[4] == plural), None)
            return found
        if head.pos_ == "PROPN":
            # "Dayana" again: the speaker of that name quoted before, as she was described
            for entry in self.speakers[::-1]:
                if head.text in str(entry[0]).split():
                    again: list[Any] = entry
                    return again
        if is_noun(head) and any(c.lower_ in ("the", "el", "la", "this", "este", "esta")
                                 for c in children(head) if c.dep_ == "det"):
            lemma = unaccent(head.lemma_.lower())
            for entry in self.speakers[::-1]:
                words = unaccent(f"{entry[0]} {entry[1]}".lower()).split()
                if any(w == lemma or (len(lemma) > 3 and w.startswith(lemma)
                                      and len(w) - len(lemma) <= 2) for w in words):
                    same: list[Any] = entry
                    return same
            if lemma in SEX_AGE_NOUNS or unaccent(head.lower_) in SEX_AGE_NOUNS:
                # "dijo la joven": the last single person quoted, however named
                person: list[Any] | None = next((e for e in people[::-1] if not e[4]), None)
                if person is not None:
                    return person
            if lemma in OFFICIAL_WORDS:
                # "the officer", "el oficial": the unnamed official quoted last
                for entry in self.speakers[::-1]:
                    if entry[3] in ("unnamed_official", "anonymous") and \
                            set(unaccent(str(entry[0]).lower()).split()) & OFFICIAL_WORDS:
                        official: list[Any] = entry
                        return official
            if lemma in ROLE_WORDS or head.lower_ in ROLE_WORDS:
                # "the president said", "la mandataria": the named official quoted last
                for entry in self.speakers[::-1]:
                    other = set(str(entry[1]).lower().split()) & ROLE_WORDS
                    if other and not {lemma, head.lower_} & (other | ANY_ROLE):
                        continue  # "the prime minister" is not the spokeswoman quoted
                    if entry[3] == "named" and entry[2] is not None and \
                            entry[2].sector in ("GOV", "MIL", "LEG"):
                        role: list[Any] = entry
                        return role
        return None


class QuoteReader:
    """Reads the quotes of one language's sentences."""

    def __init__(self, lang: str, kb: KnowledgeBase) -> None:
        self.lang = lang
        self.kb = kb
        self.verbs = SPEECH.get(lang, SPEECH["en"])
        self.preterites = PRETERITES.get(lang, frozenset())

    def read(self, sent: Span, offset: int, text: str, marks: list[_Marked],
             article_id: str, sentence_index: int, day: date | None,
             memory: QuoteMemory) -> list[Quote]:
        """The quotes whose end falls in this sentence (direct), or that it reports."""
        start, end = offset + sent.start_char, offset + sent.end_char
        out: list[Quote] = []
        used: set[int] = set()  # speech verbs already given a direct quote
        for mark in marks:
            if mark.within is not None:
                if start <= mark.end <= end:
                    out += self._quoted_in_quote(sent, offset, text, mark, article_id,
                                                 sentence_index, day, memory)
                continue
            if start <= mark.end <= end or (mark.start >= start and mark.start < end
                                            and mark.end > end and _opens_with_colon(
                                                text, mark.start)):
                verb = self._speech_verb(sent, offset, mark)
                told = None
                if verb is None:
                    verb, told = self._narrator_after(sent, offset, text, mark)
                if verb is None:
                    verb, told = self._pointed_back(sent, offset, text, mark)
                quoted = text[mark.start:mark.end]
                if verb is None and len(quoted.split()) < 4 and not quoted.rstrip(
                        " ,”»\"").endswith((".", "!", "?")):
                    continue  # "descubanización", a "Cuban accent": words marked, not said
                aside = None if verb is not None else self._aside_in(sent, offset, text, mark)
                if aside is not None:  # «La situación —advirtió el director— es peor»
                    verb, said, told, lo, hi = aside
                    quoted = f"{text[mark.start:lo].rstrip()} {text[hi:mark.end].lstrip()}"
                if verb is not None:
                    used.add(verb.i)
                head = None if verb is not None else self._introducer(sent, offset, text,
                                                                      mark, memory)
                if aside is not None:
                    head = said
                record = self._record("direct", quoted, mark.start, mark.end, verb, sent,
                                      offset, text, article_id, sentence_index, day, memory,
                                      head=head, region=told)
                if not record.said_by and memory.last is not None and \
                        mark.start - memory.last.span_end < 400:
                    # a quote with no speaker of its own goes on the last speaker's words
                    record = _said_by_last(record, memory.last)
                out.append(record)
                if record.said_by:
                    memory.last = record
        for verb, claim in self._reported(sent, offset, marks):
            cs, ce = offset + claim[0], offset + claim[1]
            if any(m.start <= offset + verb.idx < m.end for m in marks):
                continue  # "«Nadie nos dice dónde está»": the quoted person's own words
            lead = re.match(r"(?:that|(?:de )?que)\s+", text[cs:ce], re.I)
            if verb.i in used and any(m.start < ce and cs < m.end for m in marks) and \
                    not lead and not _partly_quoted(text, cs, ce, marks):
                continue  # the claim is the direct quote its verb introduces (not "said
                # that “...”": a claim, quoted)
            if lead:  # "said that ...": the claim is what follows
                cs += lead.end()
            record = self._record("reported", text[cs:ce], cs, ce, verb, sent, offset, text,
                                  article_id, sentence_index, day, memory)
            if not record.said_by and memory.last is not None and \
                    verb.lower_ not in ACCORDING:
                record = _said_by_last(record, memory.last)  # "Añadió que...": the same
            out.append(record)
            if record.said_by:
                memory.last = record
        last = memory.last
        if not out and last is not None and last.speaker_ref and _about(sent, last):
            cue = anonymity_cue(text_of(sent))
            if cue is not None:  # "Both spoke on condition of anonymity"
                memory.later[last.speaker_ref] = cue
                for entry in memory.speakers:
                    if entry[0] == last.speaker_ref and entry[3] != "institution":
                        entry[3] = cue.kind
        memory.lead = _lead(sent, offset, marks) or memory.lead
        memory.topic = _topic(sent, offset, marks)
        memory.named += [self.kb.subdivisions[a.key].country if a.kind.startswith("subdiv")
                         else a.key for _s, _e, a in self.kb.find(text_of(sent), self.lang)
                         if a.kind in ("country", "capital", "demonym", "subdivision",
                                       "subdivision_adj") and a.key]
        return sorted(out, key=lambda q: q.span_start)

    def _quoted_in_quote(self, sent: Span, offset: int, text: str, mark: _Marked,
                         article_id: str, sentence_index: int, day: date | None,
                         memory: QuoteMemory) -> list[Quote]:
        """A quote the quoted person quotes ("told me, ‘Either you leave or ...’"; "como
        dijo el papa Francisco, “...”"): by the subject of the speech verb inside the outer
        quote nearest before it (else after it); none without one. What the article's
        memory holds of its speakers is left as it was."""
        outer = mark.within
        assert outer is not None
        verbs = [t for t in self._speech_in(sent)
                 if outer.start <= offset + t.idx < outer.end
                 and not mark.start <= offset + t.idx < mark.end]
        before = [t for t in verbs if offset + t.idx < mark.start]
        verb = max(before, key=lambda t: t.i) if before else min(verbs, key=lambda t: t.i,
                                                                  default=None)
        if verb is None or self._speaker_head(verb, (mark.start - offset,
                                                     mark.end - offset)) is None:
            return []
        scratch = QuoteMemory(speakers=[list(e) for e in memory.speakers],
                              named=list(memory.named))
        around = text[outer.start:mark.start] + " " + text[mark.end:outer.end]
        return [self._record("direct", text[mark.start:mark.end], mark.start, mark.end, verb,
                             sent, offset, text, article_id, sentence_index, day, scratch,
                             region=around)]

    def _introducer(self, sent: Span, offset: int, text: str, mark: _Marked,
                    memory: QuoteMemory) -> Token | None:
        """Who a quote with no speech verb of its own is by: whom "según" names before it in
        the sentence, the subject of the clause that introduces it with a colon ("X read
        the response to reporters: “...”"), or of the sentence before it ("X described the
        change. “A year ago...”")."""
        for t in sent:  # "Según Díaz, la CEOE «prefiere el conflicto»": Díaz's words
            if t.lower_ in ("según", "segun") and offset + t.idx < mark.start:
                found = self._speaker_head(t)
                if found is not None:
                    return found
        if sent.start > 0 and re.search(r":\s*—?$", text[max(0, mark.start - 6):mark.start]):
            # "Lo dice Ramón Aguirre, pescador de Chiapas:\n—El camarón se acabó": the
            # speaker of the speech verb of the line the colon ends
            prev = sentence_of(sent.doc[sent.start - 1])
            verbs = [t for t in prev if self._is_speech(t)]
            found = self._speaker_head(verbs[-1]) if verbs else None
            if found is not None:
                return found
        if _opens_with_colon(text, mark.start):
            before = [t for t in sent if offset + t.idx < mark.start
                      and t.dep_ in ("nsubj", "nsubjpass") and any(ch.isalnum() for ch in t.text)]
            if before:
                return before[0]
            headed = _headline_speaker(sent, offset, text, mark)
            if headed is not None:
                return headed
        told = _account_after(sent, offset, text, mark)
        if told is not None:  # "«Nos pagaban por cada muerto»: el relato de un exsoldado"
            return told
        if memory.lead is not None and _opens_sentence(text, mark.start) and \
                offset + memory.lead.idx < mark.start:
            return memory.lead
        return None

    # -- finding the speech verb ----------------------------------------------------------

    def _speech_verb(self, sent: Span, offset: int, mark: _Marked) -> Token | None:
        """The speech verb outside the quote nearest its end (", she says"), else before
        its start ("Lavrov said: “...”")."""
        outside = [t for t in self._speech_in(sent)
                   if not mark.start <= offset + t.idx < mark.end]
        after = [t for t in outside if offset + t.idx >= mark.end]
        before = [t for t in outside if offset + t.idx < mark.start]
        if after:
            return min(after, key=lambda t: t.idx)
        if before:
            return max(before, key=lambda t: t.idx)
        return self._inverted_verb(sent, offset, mark)

    def _inverted_verb(self, sent: Span, offset: int, mark: _Marked) -> Token | None:
        """The verb of an inverted attribution, whatever verb it is: right after the quote
        and its comma (a pronoun may come between: "«...», se quejó"), with the quote's
        words hung on it and a subject of its own ("«Esto es un ajuste», criticó Germán
        Martínez"). The construction says the quote is the subject's words."""
        doc = sent.doc
        for t in sent:
            if offset + t.idx < mark.end:
                continue
            if t.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and
                                        offset + c.idx >= mark.end for c in children(t)) and \
                    any(mark.start <= offset + w.idx < mark.end and w.head.i == t.i
                        for w in sent):
                between = doc[sent.start:t.i]
                gap = [w for w in between if offset + w.idx >= mark.end]
                if any(w.text == "," for w in gap) and all(
                        w.is_punct or w.pos_ == "PRON" for w in gap):
                    return t
            if not (t.is_punct or t.is_space or t.pos_ == "PRON"):
                return None  # only the comma and a pronoun come between
        return None

    def _narrator_after(self, sent: Span, offset: int, text: str,
                        mark: _Marked) -> tuple[Token | None, str | None]:
        """The narrator's speech verb of a dialogue dash quote that ends its sentence with
        "?", "!" or "." ("—¿Quién nos va a devolver a nuestros hijos? —preguntó Elvira
        Quiroga—."): the verb that opens the next sentence after the dash, and that
        sentence's words (where the speaker's cues and outlet are)."""
        if mark.start == 0 or text[mark.start - 1] != "—" or \
                not re.match(r"\s*—", text[mark.end:mark.end + 3]):
            return None, None
        doc = sent.doc
        if sent.end >= len(doc) or offset + doc[sent.end].idx > mark.end + 3:
            return None, None
        nxt = doc[sent.end].sent
        words = [t for t in nxt if any(ch.isalnum() for ch in t.text)]
        if not words or not self._is_speech(words[0]):
            return None, None
        return words[0], text_of(nxt)

    def _pointed_back(self, sent: Span, offset: int, text: str,
                      mark: _Marked) -> tuple[Token | None, str | None]:
        """The verb of the sentence after a quote that is a sentence of its own, when that
        sentence opens by pointing back at it ("«Esto no es una tregua». Así lo resumió un
        oficial ...", "Con esas palabras resume Aurelio Cuxil ..."), whatever verb it is,
        with a subject of its own; and that sentence's words (the speaker's cues)."""
        pointing = POINTING_BACK.get(self.lang)
        doc = sent.doc
        if pointing is None or sent.end >= len(doc) or any(
                t.is_alpha for t in sent if offset + t.idx < mark.start) \
                or not re.fullmatch(r"[\s.»”\"’']*", text[mark.end:offset + doc[sent.end].idx]):
            return None, None
        nxt = doc[sent.end].sent
        opening = pointing.match(unaccent(text_of(nxt).lower()))
        if opening is None:
            return None, None
        at = nxt.start_char + opening.end()
        verb = next((t for t in nxt if t.idx >= at and t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.idx - at > 4 or self._speaker_head(verb) is None:
            return None, None
        return verb, text_of(nxt)

    def _aside_in(self, sent: Span, offset: int, text: str,
                  mark: _Marked) -> tuple[Token, Token, str, int, int] | None:
        """The narrator's aside between dashes inside a quote ("«La situación —advirtió el
        director del hospital— es peor que nunca»"): its speech verb, right after the
        opening dash, and its subject in the aside; the aside's words (where the speaker's
        cues are) and its character span, dashes included."""
        inner = text[mark.start:mark.end]
        for m in re.finditer(r"\s[—–]\s*(?=\w)([^—–]+)[—–]", inner):
            at = mark.start + m.start(1)
            verb = next((t for t in sent if offset + t.idx == at), None)
            if verb is None or not self._is_speech(verb):
                continue
            end = mark.start + m.end()
            head = self._speaker_head(verb)
            if head is None or not at <= offset + head.idx < end:
                # the subject after the verb, in the aside, that the parser made its object
                # (and the quote's first words its subject)
                head = next((c for c in children(verb) if c.dep_ in ("nsubj", "obj")
                             and c.pos_ in ("NOUN", "PROPN") and at <= offset + c.idx < end),
                            None)
            if head is not None:
                return verb, head, m.group(1), mark.start + m.start(), end
        return None

    def _is_speech(self, t: Token) -> bool:
        """Whether the token is a speech verb (`_speech`), worked out for the whole document
        on first asking and kept with it: every sentence's readers ask of every token."""
        return t.i in self._speech_at(t.doc)[0]

    def _speech_at(self, doc: Doc) -> tuple[frozenset[int], tuple[int, ...]]:
        """The indices of the document's speech verbs, as a set and in order."""
        key = "entente.speech." + self.lang
        found: tuple[frozenset[int], tuple[int, ...]] | None = doc.user_data.get(key)
        if found is None:
            order = tuple(i for i in self._speech_candidates(doc) if self._speech(doc[i]))
            found = doc.user_data[key] = (frozenset(order), order)
        return found

    def _speech_candidates(self, doc: Doc) -> Iterator[int]:
        """The tokens `_speech` can say yes to, from the document's table: a preterite's
        form, one after a closing quote and its comma, or a verb of a speech verb's lemma."""
        table = token_table(doc)
        lower, pos, lemma = table.lower, table.pos, table.lemma
        preterites, verbs = self.preterites, self.verbs
        for i, low in enumerate(lower):
            if low in preterites or (pos[i] in ("VERB", "AUX") and lemma[i].lower() in verbs) \
                    or (i >= 2 and lower[i - 1] == "," and lower[i - 2] in "»”\""
                        and unaccent(low) in preterites):
                yield i

    def _speech_in(self, sent: Span) -> list[Token]:
        """The sentence's speech verbs, in order (`_is_speech` of each of its tokens)."""
        order = self._speech_at(sent.doc)[1]
        doc = sent.doc
        return [doc[i] for i in order[bisect_left(order, sent.start):
                                      bisect_left(order, sent.end)]]

    def _speech(self, t: Token) -> bool:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NEG_SUBJECTS
               for c in children(t)):
            return False  # "nadie denuncia porque ...": no one says it
        if self.lang == "es" and unaccent(t.lemma_.lower()) == "negar" and \
                any(c.lower_ == "se" for c in t.children) and any(
                    c.dep_ == "xcomp" or any(g.lower_ == "a" for g in c.children
                                             if g.dep_ in ("mark", "case"))
                    for c in t.children if c.i > t.i):
            return False  # "se negó a dar su nombre": refused, not a denial that says so
        if t.lower_ in self.preterites and (t.pos_ in ("VERB", "AUX") or any(
                c.dep_ == "nsubj" for c in children(t)) or _after_el(t)):
            return True  # "ironizo uno de ellos" (lemma "ironacer"), "resumio un diplomatico"
            # (a noun with a subject is a verb the tagger missed)
        if t.i >= 2 and t.doc[t.i - 1].text == "," and t.doc[t.i - 2].text in "»”\"" and \
                unaccent(t.lower_) in self.preterites:
            return True  # "«...», zanjó la portavoz": the word after a quote and its comma,
            # which the tagger took for a noun
        return (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.verbs
                and "Ger" not in t.morph.get("VerbForm", []) and t.tag_ != "VBG")

    def _reported(self, sent: Span, offset: int,
                  marks: list[_Marked]) -> Iterator[tuple[Token, tuple[int, int]]]:
        """(speech verb, claim's character span) of each reported claim in the sentence."""
        for t in self._speech_in(sent):
            comp = [c for c in children(t) if c.dep_ in ("ccomp", "xcomp") and (c.pos_ in (
                "VERB", "AUX") or _opened_by_that(c))] or _that_clause(t)
            if not comp and _after_el(t):  # "El nego que la policia ...", a noun's clause
                comp = [c for c in children(t) if c.dep_ in ("acl", "relcl", "acl:relcl")
                        and c.left_edge.lower_ == "que" and c.i > t.i]
            pro_drop = self.lang == "es" and "3" in t.morph.get("Person", [])
            if not comp or (self._speaker_head(t) is None and not pro_drop):
                continue
            for span in self._claims(comp[0]):
                if any(m.start <= offset + span[0] and offset + span[1] <= m.end + 2
                       for m in marks):
                    continue  # the whole clause is a direct quote, read as one
                yield t, span
        for t in sent:  # "according to X, ...", "según X, ...", "de acuerdo con X"
            if t.lower_ in ("according", "según", "segun") or (
                    t.lower_ == "acuerdo" and t.i > 0 and t.nbor(-1).lower_ == "de"
                    and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "con"):
                head = None if t.lower_ == "according" else _according_head(t)
                yield from self._according(t, head, sent)

    def _according(self, cue: Token, head: Token | None,
                   sent: Span) -> Iterator[tuple[Token, tuple[int, int]]]:
        clause = _said_clause(cue) if head is not None else None
        phrase = [w for w in cue.subtree] if head is None else [
            w for w in (clause or head).subtree if w.i > cue.i]
        if cue.head.i == cue.i and cue.lower_ != "according":
            phrase = _cut_at_comma(cue)
        if not phrase:
            return
        lo = min(w.idx for w in phrase)
        hi = max(w.idx + len(w.text) for w in phrase)
        clause = _relative_around(head or cue)
        within = sent if clause is None else sorted(clause.subtree, key=lambda w: w.i)
        words = [w for w in within if not lo <= w.idx < hi and w.i != cue.i and not w.is_punct]
        if words:
            yield cue, (words[0].idx, words[-1].idx + len(words[-1].text))

    # -- the record -----------------------------------------------------------------------

    def _record(self, kind: str, quoted: str, qs: int, qe: int, verb: Token | None,
                sent: Span, offset: int, text: str, article_id: str, sentence_index: int,
                day: date | None, memory: QuoteMemory, head: Token | None = None,
                region: str | None = None) -> Quote:
        """The record of a quote or claim; `region` is where its speaker's cues and outlet
        are, if not the sentence around it (for a quote inside a quote: the outer quote)."""
        around = region
        speaker_head = head or self._speaker_head(verb, (qs - offset, qe - offset))
        cited_by = None
        if speaker_head is not None:
            cited = self._cited(sent, speaker_head)
            if cited is not None:  # "Bloomberg reported, citing people familiar with ...":
                # those people speak, to the outlet
                cited_by, speaker_head = _words_text(_speaker_words(speaker_head)[0]), cited
        if speaker_head is None and verb is not None and memory.lead is not None:
            speaker_head = memory.lead  # "..., contó a Efecto Cocuyo": the one told of
        if speaker_head is None and verb is not None and memory.last is None and \
                memory.topic is not None and self.lang == "es" and \
                "3" in verb.morph.get("Person", []) and \
                sentence_of(memory.topic).end == sent.start:
            # "La fiscal del caso pidió 40 años. «...», sostuvo": the subject dropped is
            # the one the sentence before was about
            speaker_head = memory.topic
        if speaker_head is not None and is_pronoun(speaker_head) and \
                memory.refer("", speaker_head) is None and memory.lead is not None:
            speaker_head = memory.lead  # "he claimed": the person the story is about
        if speaker_head is not None and speaker_head.pos_ == "NOUN" and \
                (speaker_head.lemma_.lower() in ROLE_WORDS or speaker_head.lower_ in ROLE_WORDS) \
                and any(c.dep_ == "det" and c.lower_ in ("the", "el", "la")
                        for c in children(speaker_head)) \
                and memory.refer("", speaker_head) is None and memory.lead is not None and \
                memory.lead.pos_ == "PROPN" and not _a_body(memory.lead) and \
                sentence_of(memory.lead) != sentence_of(speaker_head):
            speaker_head = memory.lead  # "sostuvo la mandataria": the president named before
            # (a person: "El Gobierno dijo ... El ministro de Economía aseguró ..." is
            # another speaker, not the body)
        if speaker_head is not None and memory.lead is not None and \
                memory.lead.pos_ in ("PROPN", "NOUN") and \
                sentence_of(memory.lead) != sentence_of(speaker_head) and \
                _described_again(speaker_head, memory.lead) and \
                memory.refer("", speaker_head) is None:
            speaker_head = memory.lead  # "dijo la mujer": the woman described before
        said_by = description = cue_text = None
        actor: Actor | None = None
        anonymity = "unknown"
        ref = None
        if speaker_head is not None:
            name_words, desc_tokens = _speaker_words(speaker_head)
            said_by = _words_text(name_words)
            description = _words_text(desc_tokens) or None
            region = around or _attribution_text(sent, offset, qs, qe)
            if around is None and sentence_of(speaker_head).start != sent.start:
                # the speaker introduced in an earlier sentence, as that sentence describes
                # them ("Nadia, whose name has been changed, was 14 when ...")
                region += " " + text_of(sentence_of(speaker_head))
            # the cue in the speaker's own words too, where the claim holds them ("según
            # el diario, que citó a una fuente anónima del ministerio, ...")
            own = doc_text(speaker_head.left_edge, speaker_head.right_edge)
            cue = anonymity_cue(said_by) or anonymity_cue(own)
            if cue is None:
                cue = anonymity_cue(region)
                if cue is not None and _cue_of_another(sent, speaker_head, cue):
                    cue = None  # "una fuente que pidió el anonimato contó que el ministro
                    # dijo: «...»": the source's cue, not the minister's
            cue_text = cue.text if cue else None
            referred = memory.refer(said_by, speaker_head)
            if referred is not None:
                ref, ref_desc, actor, anonymity, _plural = referred
                description = description or ref_desc or None
                if cue is not None and not _one_of_several(speaker_head, referred):
                    # what a later mention says of the speaker holds, for the quotes before
                    # too ("Una fuente de la Fiscalía reveló ... La fuente, que no está
                    # autorizada a hablar, añadió ..."); not what one of several people says
                    # of themselves ("Vecinos dijeron ... Uno de ellos, que pidió no ser
                    # identificado, contó ...")
                    if ref and referred[3] != "institution":
                        memory.later.setdefault(ref, cue)
                    referred[3] = cue.kind
            else:
                actor = self._actor(speaker_head, day)
                anonymity = self._anonymity(speaker_head, name_words, actor, region)
                ref = said_by
                group = _one_of(speaker_head)
                if group is not None:  # "uno de los diplomáticos": as the diplomats are
                    group_words = _speaker_words(group)[0]
                    anonymity = self._anonymity(group, group_words, actor, region)
                    if not group.is_ancestor(speaker_head) and \
                            not speaker_head.is_ancestor(group):
                        ref = _words_text(group_words)  # "uno de ellos": those named before
                named = self._names_in(speaker_head)
                if _role_then_name(speaker_head) is not None:
                    # "el canciller venezolano, Yván Gil": the name; "la empresa LUMA
                    # Energy": a body's name
                    anonymity = "institution" if _body_noun(speaker_head) else "named"
                elif named and speaker_head.pos_ != "PROPN":
                    # the title, then the name deeper in its phrase ("la jefa de la oficina
                    # de la ONU en Haití, Ulrika Sandberg"; "a trader who gave only his first
                    # name, Issoufou")
                    ref = _words_text(named)
                    description = said_by
                    anonymity = "named"
                if anonymity not in ("institution", "unnamed_source") and \
                        (actor is None or not actor.country) and memory.country:
                    # a person the article places ("marched through Nairobi ... said Brian
                    # Otieno, a taxi driver"): its country, with the sector the words give
                    sector = actor.sector if actor is not None else None
                    actor = Actor(ref or said_by, memory.country + (sector or ""),
                                  memory.country, sector,
                                  how="a person quoted in an article about "
                                      f"{self.kb.countries.get(memory.country, memory.country)}")
            if cue is None:  # the name withheld in the speaker's own clause, in any words
                cue = _withheld_name(speaker_head, verb, self.lang)
                cue_text = cue.text if cue else None
            if cue is None:  # the name they go by, given in their own clause
                cue = _name_given(speaker_head, verb, self.lang)
                cue_text = cue.text if cue else None
            if cue is None and referred is None and speaker_head.pos_ == "PROPN":
                cue = _cue_of_name(sent, speaker_head)  # "identificada como Marta"
                cue_text = cue.text if cue else None
            if cue is None and anonymity == "named":
                initials = next((w for w in (ref, said_by, speaker_head.text)
                                 if w and _INITIALS.fullmatch(w.strip())), None)
                if initials is not None:  # "J.M., de 34 años": a name kept back
                    cue, cue_text = Cue(initials, "anonymous"), initials
            if cue is not None:
                anonymity = cue.kind
            if referred is None and _person_like(speaker_head, description, anonymity):
                memory.speakers.append([ref or said_by, description or "", actor,
                                        anonymity, "Plur" in speaker_head.morph.get("Number",
                                                                                   [])])
        region = around or _attribution_text(sent, offset, qs, qe)
        outlet = cited_by or credited_outlet(region, self.lang, self.kb)
        if outlet is not None and said_by and outlet in said_by:
            outlet = None  # "Reuters reported that...": the speaker, not an outlet spoken to
        qid = hashlib.sha256(f"{article_id}|{qs}|{qe}".encode()).hexdigest()[:20]
        return Quote(
            id=qid, article_id=article_id, sentence_index=sentence_index, kind=kind,
            text=" ".join(quoted.split()), span_start=qs, span_end=qe,
            said_by=said_by, speaker_ref=ref, speaker=actor,
            description=description, anonymity=anonymity, anonymity_cue=cue_text,
            outlet=outlet, cue=verb.text if verb is not None else None, lang=self.lang)

    def _cited(self, sent: Span, speaker: Token) -> Token | None:
        """Whom an outlet that speaks cites ("Bloomberg reported, citing two people familiar
        with the matter"; "el diario La Nación, que citó a una fuente anónima"): the object
        of the citing verb, if the speaker is an outlet."""
        if not self._outlet(speaker):
            return None
        for t in sent:
            if t.pos_ == "VERB" and unaccent(t.lemma_.lower()) in CITING and t.i != speaker.i:
                objs = [c for c in children(t) if c.dep_ in ("dobj", "obj", "obl")
                        and c.pos_ in ("NOUN", "PROPN")]
                if objs:
                    return objs[0]
        for t in sent:  # "reveló The New York Times a partir del testimonio de tres
            # funcionarios": the people whose account the outlet reports
            own = t.i == speaker.i or speaker.is_ancestor(t) or t.is_ancestor(speaker)
            if not own and is_noun(t) and unaccent(t.lemma_.lower()) in ACCOUNT_WORDS and \
                    not any(c.dep_ in ("det", "poss") and c.lower_ in ("su", "sus", "his",
                                                                      "her", "their")
                            for c in children(t)):
                of = [c for c in children(t) if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")
                      and any(g.dep_ == "case" and g.lower_ in ("de", "of") for g in children(c))]
                if of:
                    return of[0]
        return None

    def _outlet(self, head: Token) -> bool:
        """A speaker that is a news outlet ("Bloomberg", "el diario La Nación")."""
        if head.pos_ == "NOUN" and unaccent(head.lower_) in OUTLET_NOUNS:
            return True
        name = _words_text(_speaker_words(head)[0])
        return bool(name) and is_outlet(name.removeprefix("The ").removeprefix("the "),
                                        self.kb, self.lang)

    def _speaker_head(self, verb: Token | None,
                      inside: tuple[int, int] | None = None) -> Token | None:
        """The speaker of a speech verb: its subject (one outside the quote, whose span in
        the parsed text `inside` gives), else one it borrows, else the first before it."""
        if verb is None:
            return None
        if verb.lower_ in ACCORDING:
            objs = [g for c in verb.subtree for g in children(c) if g.dep_ in ("pobj", "nmod")]
            if verb.lower_ != "according":
                found = _according_head(verb)
                return None if found.i == verb.i else found
            return objs[0] if objs else None
        if _after_el(verb):
            return verb.doc[verb.i - 1]  # "El nego que ...": "Él", the accent dropped
        said = {w.i for c in children(verb) if c.dep_ in ("ccomp", "xcomp") for w in c.subtree}

        def outside(t: Token) -> bool:  # the speaker is never in what is said
            return not (inside and inside[0] <= t.idx < inside[1]) and t.i not in said

        subj = [t for t in (_past_blank(c) for c in children(verb)
                            if c.dep_ in ("nsubj", "nsubjpass"))
                if any(ch.isalnum() for ch in t.text)  # the Spanish model's "—" subjects
                and outside(t)]
        if len(subj) > 1:
            # "dijo a la agencia EFE un funcionario": the outlet's name the parser made a
            # subject is the name of the noun it follows, the one the words were told to
            subj = [t for t in subj if not (t.pos_ == "PROPN" and t.i > 0 and any(
                c.dep_ == "case" and c.lower_ in ("a", "al", "to")
                for c in children(t.doc[t.i - 1])))] or subj
        if subj:
            return subj[0]
        governing = self._governing(verb)
        if governing is not None:  # "denied that ... and said ...", "dijo que no comentaría"
            return self._speaker_head(governing, inside)
        borrowed = [t for t in syntax.subjects(verb) if outside(t)]
        worded = [t for t in map(_past_blank, borrowed) if any(ch.isalnum() for ch in t.text)]
        if worded:  # past a blanked dateline the parser made a subject too ("[CARACAS.–]
            # El Gobierno rechazó ... y aseguró que ...")
            return worded[0]
        # "cuenta a 14ymedio Dairon, un joven...": a speaker after the verb and its outlet
        def told(t: Token) -> bool:  # in "a la agencia Europa Press": the outlet
            while t.i != verb.i and t.head.i != t.i:
                if any(c.dep_ == "case" and c.lower_ in ("a", "al", "to") for c in children(t)):
                    return True
                t = t.head
            return False

        sentence = sentence_of(verb)
        after = [t for t in sentence if t.i > verb.i and outside(t) and (t.pos_ in (
                 "PROPN", "NOUN") or _one_of(t) is not None)
                 and t.dep_ in ("nsubj", "obj", "appos", "flat", "nmod", "conj")
                 and t.head.i in {verb.i, *(c.i for c in children(verb))} and not told(t)
                 and not any(c.dep_ == "case" for c in children(t))]
        if self.lang == "es" and after and (after[0].pos_ == "PROPN" or any(
                c.dep_ in ("det", "nummod") for c in children(after[0]))
                or _one_of(after[0]) is not None):
            return after[0]  # ("..., dijeron bajo condición de anonimato dos diplomáticos":
            # a number of people counts them as an article would)
        if self.lang == "es" and "3" in verb.morph.get("Person", []) and \
                "Plur" in verb.morph.get("Number", []):
            whence = _spoken_from(verb)
            if whence is not None:
                return whence
        if self.lang == "es" and verb.pos_ not in ("VERB", "AUX"):
            # a verb the tagger took for a noun ("«...», zanjó la portavoz del Gobierno"):
            # the speaker is the noun phrase right after it
            nxt = verb.i + 1
            while nxt < sentence.end and verb.doc[nxt].pos_ == "DET":
                nxt += 1
            if nxt < sentence.end and nxt - verb.i <= 2 and \
                    verb.doc[nxt].pos_ in ("NOUN", "PROPN"):
                return verb.doc[nxt]
        if borrowed:  # the dash the model took for a subject, and no one after the verb:
            # the phrase set off just before the verb ("En declaraciones a Radio Nacional,
            # una oyente que no quiso identificarse denunció que ..."), else the dash
            return _set_off_before(verb) or _before_aside(borrowed[0]) or borrowed[0]
        if self.lang == "es" and "3" in verb.morph.get("Person", []):
            # "«...», cuenta a 14ymedio Dairon, un joven ...": the name right after the
            # outlet told, however the parser took it; else "Añadió que...": the subject
            # is dropped, the speaker is the last
            return self._named_after_outlet(verb)
        # a parse that hangs the speaker elsewhere: the first subject before the verb
        before = [t for t in sentence if t.i < verb.i and t.dep_ in ("nsubj", "nsubjpass")
                  and any(ch.isalnum() for ch in t.text) and outside(t)]
        return before[0] if before else None

    def _named_after_outlet(self, verb: Token) -> Token | None:
        """The name that follows a speech verb and the outlet it was told to ("cuenta a
        14ymedio Dairon, ...", "dijo a este diario Pedro —nombre ficticio—, ..."): the
        outlet is a noun of outlets, a name of one the knowledge base or its words know,
        or both; the name is the capitalised word after it. None when what follows "a" is
        no outlet ("dijo a María López": whom it was told)."""
        doc, end = verb.doc, sentence_of(verb).end
        j = verb.i + 1
        if j >= end or doc[j].lower_ not in ("a", "al"):
            return None
        j += 1
        while j < end and doc[j].pos_ == "DET":
            j += 1
        noun = j < end and unaccent(doc[j].lower_) in OUTLET_NOUNS
        if noun:
            j += 1
        # the outlet's name: the longest run of up to four words the knowledge base knows
        # as one outlet ("BBC Mundo"), else the shortest that reads as one ("14ymedio")
        runs = [n for n in range(1, min(4, end - j) + 1)
                if not any(w.is_punct for w in doc[j:j + n])]
        run = next((n for n in reversed(runs) if self._whole_outlet(doc[j:j + n].text)),
                   None) or next((n for n in runs if is_outlet(doc[j:j + n].text, self.kb,
                                                                self.lang)), 0)
        if not (noun or run):
            return None
        j += run
        k = j  # the name, then a description after a comma or a dash
        while k < end and doc[k].is_alpha and doc[k].text[:1].isupper() and \
                doc[k].pos_ not in ("DET", "ADP"):
            k += 1
        if k > j and k < end and doc[k].text in (",", "—", "("):
            return doc[j]
        return None

    def _whole_outlet(self, name: str) -> bool:
        """A name the knowledge base knows, whole, as an outlet's."""
        return any(s == 0 and e >= len(name) - 1 and a.kind == "org" and
                   self.kb.orgs[a.key].role_on(None).sector == "MED"
                   for s, e, a in self.kb.find(name, self.lang))

    def _governing(self, verb: Token) -> Token | None:
        """The speech verb whose claim holds a speech verb with no subject of its own, or
        that it is coordinated with ("Tehran denied that it had ... and said ...", "el
        ministerio dijo que no comentaría"): the same speaker."""
        t = verb
        while t.dep_ in ("conj", "ccomp", "xcomp") and t.head.i != t.i:
            t = t.head
            lo, hi = sorted((t.i, verb.i))
            if any(w.text in _QUOTE_CHARS for w in verb.doc[lo:hi]):
                return None  # the quoted person's words ("“He told me, ‘...’”, she said")
            if self._is_speech(t) and any(c.dep_ in ("ccomp", "xcomp") for c in children(t)):
                return t  # a verb that reports ("declare a state of emergency" does not)
        return None

    def _claims(self, clause: Token) -> list[tuple[int, int]]:
        """The claims a "that" clause makes: one, or one per coordinated "that" clause
        ("informó que detuvo a 12 ... y que incautó fusiles"); a speech verb coordinated
        with it reports a claim of its own ("denied that it had ... and said ...")."""
        conj = [c for c in children(clause) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        own = [c for c in conj if self._is_speech(c)]
        parts = [c for c in conj if c not in own and _opened_by_that(c)]
        cut = {p.i for p in parts + own}
        skip = {t.i for p in parts + own for t in p.subtree}
        first = sorted((w for w in clause.subtree if w.i not in skip and not w.is_punct
                        and not w.is_space and not (w.dep_ == "cc" and w.head.i in cut)),
                       key=lambda w: w.i)
        spans = [(first[0].idx, first[-1].idx + len(first[-1].text))] if first else []
        return spans + [_subtree_span(p, skip_cc=True) for p in parts]

    def _actor(self, head: Token, day: date | None) -> Actor | None:
        """The speaker as an actor: by the name, else by the description ("a Cuban doctor")."""
        appos = [c for c in children(head) if c.dep_ == "appos"]
        names = [c for c in appos if c.pos_ == "PROPN"]
        for phrase in (names, [head], appos):
            if not phrase:
                continue
            found = resolve_words(syntax.phrase_words(phrase[0]), self.kb, self.lang, day)
            if found is not None and found.code:
                return found
            if found is not None and found.sector:
                return replace(found, code=f"---{found.sector}")  # country not stated
        return None

    def _person_name(self, words: list[Token]) -> bool:
        """Capitalised words that are no body's, country's or place's name the knowledge
        base knows ("Ulrika Sandberg", "Issoufou"; not "Haití", "Estados Unidos")."""
        if not words or not all(w.text[:1].isupper() for w in words):
            return False
        phrase = _words_text(words)
        return not any(a.kind != "person" and e - s >= len(phrase) - 1
                       for s, e, a in self.kb.find(phrase, self.lang))

    def _names_in(self, head: Token) -> list[Token]:
        """The person's name a speaker's phrase gives after a comma: an apposition in the
        phrase ("a trader who gave only his first name, Issoufou"; not "el hospital
        Nasser"), or, where the parser hangs it elsewhere, the capitalised words set off by
        commas a few words after a role ("la jefa de la oficina de la ONU en Haití, Ulrika
        Sandberg, ante el Consejo")."""
        doc = head.doc

        def set_off(t: Token) -> bool:  # ", Issoufou"; ", monseñor Luis Herrera"
            first = t.left_edge.i
            return doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")

        def ranked(t: Token) -> bool:  # ", capitán de navío Ramón Dizon,": the name after
            # a rank of two words, set off
            return unaccent(t.lower_) in RANK_GRADES and t.head.dep_ == "appos" and \
                set_off(t.head)

        for c in head.subtree:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i and (
                    set_off(c) or (c.head.dep_ == "appos" and set_off(c.head))
                    or ranked(c.head)):
                words = _speaker_words(c)[0]
                if self._person_name(words):
                    return words
        if head.pos_ != "NOUN" or not ({head.lower_, head.lemma_.lower()} &
                                       (ROLE_WORDS | OFFICIAL_WORDS)):
            return []
        j = head.right_edge.i + 1
        sentence_end = sentence_of(head).end
        end = min(sentence_end, j + 5)
        while j < end and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX") and \
                not doc[j].is_punct:
            j += 1
        if j >= end or doc[j].text != ",":
            return []
        run = []
        k = j + 1
        while k < sentence_end and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
                and doc[k].text.isalpha():
            run.append(doc[k])
            k += 1
        closed = k >= sentence_end or doc[k].text in (",", ".", ";")
        return run if len(run) >= 2 and closed and self._person_name(run) else []

    def _body_name(self, head: Token, name_words: list[Token]) -> bool:
        """Whether the speaker's head word lies in a name the knowledge base has for a
        body, a country or a capital ("Amnesty International", "Tehran")."""
        if not name_words:
            return False
        phrase = _words_text(name_words)
        first = min(t.idx for t in name_words)
        at = head.idx - first
        found = self.kb.find(phrase, self.lang)
        bodies = [(s, e) for s, e, a in found if s <= at < e
                  and a.kind in ("org", "country", "capital", "nickname", "subdivision")]
        if not bodies:
            return False
        # "Ana Lima": a person's name that ends in a city's; every capitalised word before
        # the body's name must itself be a name the knowledge base knows ("Russia's Gazprom")
        start = min(s for s, _ in bodies)
        return all(any(s <= w.idx - first < e for s, e, _a in found)
                   for w in name_words if w.idx - first < start and w.text[:1].isupper()
                   and w.dep_ != "det")

    def _of_a_name(self, head: Token) -> bool:
        """A common noun of a person that a person's name completes with "de" ("el abogado
        de Alex Saab", "un portavoz de Maduro"; not "un funcionario de la Cancillería", a
        body, nor "el presidente de Francia", a country): the one they are of."""
        for c in head.children:
            if c.dep_ in ("nmod", "obl") and c.i > head.i and c.pos_ == "PROPN" and \
                    any(g.dep_ == "case" and g.lower_ == "de" for g in c.children) and \
                    not any(g.dep_ == "det" for g in c.children):
                words = [w for w in _speaker_words(c)[0] if w.dep_ != "case"]
                return self._person_name(words)
        return False

    def _anonymity(self, head: Token, name_words: list[Token], actor: Actor | None,
                   region: str) -> str:
        lemmas = {w.lemma_.lower() for w in name_words} | {w.lower_ for w in name_words}
        lemma = head.lemma_.lower()
        if not any(ch.isalnum() for ch in head.text):
            return "unknown"  # a dash or a blank the parser made the speaker: no name
        if lemma in DOCUMENT_WORDS:
            return "institution"  # "a 2024 report", "the complaints": a document speaks
        sources = SOURCE_WORDS - NOT_SOURCES.get(self.lang, frozenset())
        if lemmas & sources or SOURCE_PHRASE.search(unaccent(region)) or \
                _unnamed_press(head, name_words):
            return "unnamed_source"
        common = _capitalised_first(head)
        if common & GROUP_WORDS:
            return "unnamed"  # "Vecinos de la parroquia ... aseguraron": capitalised as the
            # sentence's first word, not a name
        if common & OFFICIAL_WORDS:
            return "unnamed_official"  # "Portavoces de la Policía Nacional aseguraron"
        if head.pos_ == "PROPN" and not head.text[:1].islower():
            # a name: a person's, unless it is (part of) the name of a body, a country, a city
            if lemma in INSTITUTION_WORDS or head.lower_ in INSTITUTION_WORDS:
                return "institution"  # "el Gobierno de Nicolás Maduro": the body, not him
            if actor is not None and actor.kb_id in self.kb.people:
                return "named"
            if lemma in INSTITUTION_WORDS or head.lower_ in INSTITUTION_WORDS or any(
                    w.text[:1].isupper() and w.lower_ in INSTITUTION_WORDS for w in name_words):
                # "la Fiscalía", "el Gobierno de Nicaragua", "el Comando Conjunto de las
                # Fuerzas Armadas"
                return "institution"
            return "institution" if self._body_name(head, name_words) else "named"
        members = _group_of_people(head)
        if members is not None:  # "un grupo de vecinos": the people, not a body
            return self._anonymity(members, _speaker_words(members)[0], actor, region)
        if (lemma in INSTITUTION_WORDS or head.lower_ in INSTITUTION_WORDS) and \
                not _a_member(head):
            return "institution"
        if is_noun(head) and self._of_a_name(head):
            # "un portavoz de Maduro", "la esposa de Leopoldo López": someone of the person
            # named, not them, whoever the words resolve to
            official = lemma in OFFICIAL_WORDS or head.lower_ in OFFICIAL_WORDS
            return "unnamed_official" if official else "unnamed"
        if actor is not None and actor.kb_id in self.kb.people:
            return "named"
        if is_noun(head) and (lemma in OFFICIAL_WORDS or head.lower_ in OFFICIAL_WORDS):
            return "unnamed_official"  # "a senior Taliban official", "un diplomático"
        if _institutional(actor):
            # "un taxista de la Isla Trinitaria", "una vecina del barrio Los Pinos": a
            # person, whatever place the phrase names; "the ministry of ...": a body
            return "unnamed" if _indefinite(head) else "institution"
        if actor is not None and actor.sector in ("GOV", "MIL", "COP", "JUD", "LEG", "SPY"):
            return "unnamed_official"
        return "unnamed"


def _unnamed_press(head: Token, name_words: list[Token]) -> bool:
    """The press in the plural, no outlet named ("medios locales", "Medios ecuatorianos",
    "versiones de prensa", "local media"): outlets' nouns, or accounts of them, that a
    source could be any of."""
    if "Plur" not in head.morph.get("Number", []) and not head.lower_.endswith("s") and \
            head.lower_ != "media":
        return False
    if any(w.pos_ == "PROPN" and w.text[:1].isupper() and w.i != head.i for w in name_words):
        return False  # "los diarios El Tiempo y El Espectador": named
    words = {unaccent(head.lower_), unaccent(head.lemma_.lower())} | _capitalised_first(head)
    if words & PRESS_NOUNS and head.lower_ not in ("prensa", "press"):
        return True
    return bool(words & ACCOUNT_WORDS) and any(
        c.dep_ == "nmod" and unaccent(c.lower_) in PRESS_NOUNS for c in children(head))


def _capitalised_first(head: Token) -> frozenset[str]:
    """A sentence's first word that the tagger took for a name for its capital, a plural of
    people or of outlets ("Portavoces de la Policía ...", "Medios ecuatorianos ...",
    "Vecinos de ..."): the word and its singular, accent-folded; else nothing."""
    if head.pos_ != "PROPN" or any(w.is_alpha for w in
                                   head.doc[sentence_of(head).start:head.i]):
        return frozenset()
    word = unaccent(head.lower_)
    forms = {word}
    if word.endswith("ces"):
        forms.add(word[:-3] + "z")  # "portavoces"
    if word.endswith("es"):
        forms.add(word[:-2])  # "concejales"
    if word.endswith("s"):
        forms.add(word[:-1])  # "medios"
    return frozenset(forms) & (GROUP_WORDS | OFFICIAL_WORDS | PRESS_NOUNS)


def _spoken_from(verb: Token) -> Token | None:
    """Where an impersonal plural speech verb with no subject says its words come from
    ("aseguran desde el Ministerio de Hacienda", "Desde el PP explican que ...", "zanjan en
    el entorno del presidente"): after "desde" or "en", those around someone or a body's
    name, and after "desde" any name; not a place ("explican en Caracas", "gritan desde
    la ventana")."""
    for c in children(verb):
        if c.dep_ not in ("obl", "obl:arg", "nmod", "obj") or c.pos_ not in ("NOUN", "PROPN"):
            continue
        case = {unaccent(g.lower_) for g in children(c) if g.dep_ == "case"}
        word = unaccent(c.lower_)
        body = word in SOURCE_WORDS or (c.text[:1].isupper() and word in INSTITUTION_WORDS)
        if (case & SPOKEN_FROM and (body or c.pos_ == "PROPN" and c.text[:1].isupper())) or \
                (case & SPOKEN_IN and body):
            return c
    return None


def _a_body(name: Token) -> bool:
    """A name that is a body's ("el Gobierno", "la Fiscalía", "el Ministerio de Salud"):
    its word, or a capitalised word of its naming, is a body's noun."""
    return unaccent(name.lower_) in INSTITUTION_WORDS or any(
        w.text[:1].isupper() and unaccent(w.lower_) in INSTITUTION_WORDS
        for w in _speaker_words(name)[0])


def _body_noun(head: Token) -> bool:
    """A name set after a body's noun ("la empresa LUMA Energy", "la ONG Foro Penal"), an
    outlet's among them ("el diario Reforma"): the noun that heads the words before the
    name."""
    words = {unaccent(head.lemma_.lower()), unaccent(head.lower_)}
    return bool(words & (INSTITUTION_WORDS | OUTLET_NOUNS)) and not _a_member(head)


# A name given only by its initials ("J.M.", "R. A. P."), which keeps the person unnamed
_INITIALS = re.compile(r"(?:[A-ZÁÉÍÓÚÑ]\.\s?){1,4}")
# The words that open a relative clause ("que", "quien", "cuyo nombre")
_RELATIVES = frozenset({"que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "who",
                        "whose", "whom"})


def _own_clauses(head: Token, verb: Token | None) -> list[Token]:
    """The clauses that describe the speaker: the relative clauses, appositions and
    coordinated relative clauses on the speaker's word ("un soldado que combate en ..., y
    que pidió ..."), and a relative clause the parser hung on the speech verb that opens
    right after the speaker's phrase ("relató un comerciante, que no quiso ...")."""
    doc = head.doc

    def relative(c: Token) -> bool:  # opens with "que", "quien", "cuyo" (after a comma)
        return any(unaccent(w.lower_) in _RELATIVES for w in doc[c.left_edge.i:c.left_edge.i + 2])

    own = [c for c in children(head) if c.dep_ in ("relcl", "acl", "acl:relcl", "appos")
           or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    # a relative clause set off by commas that the parser hung on a word of the speaker's
    # phrase ("Un oficial destacado en Járkov, cuya identidad no revelamos, ...")
    own += [c for c in head.subtree if c.i != head.i and c.head.i != head.i
            and c.dep_ in ("relcl", "acl", "acl:relcl") and c.left_edge.i > 0
            and doc[c.left_edge.i].text == "," and relative(c)]
    if verb is not None and verb.i != head.i:
        after = head.right_edge.i + 1
        own += [c for c in children(verb) if c.i > head.i and c.dep_ not in ("ccomp", "obj")
                and c.left_edge.i in (after, after + 1) and relative(c)]
    return own


def _withheld_name(head: Token, verb: Token | None, lang: str) -> Cue | None:
    """A clause of the speaker's own that withholds their name, in whatever words: one
    that speaks of their name or identity ("que pidió que omitiéramos su apellido", "cuya
    identidad no revelamos", "que por miedo no da su nombre": anonymous; "que usa un nombre
    falso", "que firma con seudónimo": a pseudonym), or denies that they are named or
    allowed to speak ("quien no se identificó", "que no puede ser citado", "que no está
    autorizado"). A name of someone else's ("el nombre de su hija") says nothing of the
    speaker's."""
    nouns, naming = NAME_NOUNS.get(lang), NAMING_WORDS.get(lang)
    if not nouns or not naming:
        return None
    for clause in _own_clauses(head, verb):
        for t in clause.subtree:
            words = {unaccent(t.lower_), unaccent(t.lemma_.lower())}
            kind = None
            if words & nouns and t.pos_ in ("NOUN", "PROPN") and not _of_another(t):
                pseudo = bool(words & {"seudonimo", "pseudonimo"}) or any(
                    c.dep_ == "det" and c.lower_ in INDEFINITE for c in children(t))
                kind = "pseudonym" if pseudo else "anonymous"
            elif words & naming and _denied(t, clause) and (
                    t.pos_ == "NOUN" or "Part" in t.morph.get("VerbForm", [])
                    or t.lower_.endswith("se") or any(c.lower_ == "se" for c in children(t))):
                kind = "anonymous"
            if kind is not None:
                return Cue(doc_text(clause.left_edge, clause.right_edge).strip(" ,"), kind)
    aside = _aside_after(head)
    for t in aside:  # "Un joven de 19 años —su nombre se omite por ser menor— contó ...":
        # an aside right after the speaker's phrase that speaks of their own name
        if {unaccent(t.lower_), unaccent(t.lemma_.lower())} & nouns and \
                t.pos_ in ("NOUN", "PROPN") and not _of_another(t) and \
                any(c.lower_ in ("su", "sus") for c in t.children):
            return Cue(doc_text(aside[0], aside[-1]), "anonymous")
    return None


def _aside_after(head: Token) -> list[Token]:
    """The words of an aside between dashes or brackets right after the speaker's phrase
    ("Pedro —nombre ficticio—", "Un joven (su nombre se reserva)"), without the marks."""
    doc = head.doc
    end = min(len(doc), sentence_of(head).end)
    # the first mark after the speaker's word, with no verb or comma before it (the parser
    # may hang the aside's words on the phrase)
    i = next((k for k in range(head.i + 1, min(end, head.i + 12))
              if doc[k].text in ("—", "–", "(") or doc[k].text == "," or
              doc[k].pos_ in ("VERB", "AUX")), end)
    if i >= end or doc[i].text not in ("—", "–", "("):
        return []
    closing = ")" if doc[i].text == "(" else doc[i].text
    j = next((k for k in range(i + 1, min(end, i + 25)) if doc[k].text == closing), None)
    return list(doc[i + 1:j]) if j is not None and j > i + 1 else []


def _name_given(head: Token, verb: Token | None, lang: str) -> Cue | None:
    """A clause of the speaker's own that gives the name they go by, not one the outlet
    vouches for (a pseudonym): a verb of naming, not denied, with a name after it, whose
    subject names themselves ("quien se identificó como comandante Jhon", "que se hace
    llamar Toño") or whose object is the speaker ("al que este periódico llama Mario",
    also when the parser hangs that clause on the speech verb further on)."""
    naming = NAMING_AS.get(lang)
    if not naming:
        return None
    clauses = _own_clauses(head, verb)
    if verb is not None and verb.i != head.i:
        # "relató ... un joven excarcelado tras ocho meses en el Cecot, al que este
        # periódico llama Mario": a clause on the verb after the speaker, with only
        # adverbial phrases between them, is theirs when it names its object
        between = [c for c in verb.children if head.right_edge.i < c.i and c.dep_ in (
            "nsubj", "nsubjpass", "obj", "iobj")]
        clauses += [c for c in verb.children if c.i > head.i and c not in clauses
                    and c.left_edge.i > 0 and "," in (head.doc[c.left_edge.i].text,
                                                       head.doc[c.left_edge.i - 1].text)
                    and _object_relative(c) and not any(b.i < c.i for b in between)]
    for clause in clauses:
        for t in clause.subtree:
            if t.pos_ not in ("VERB", "AUX") or \
                    unaccent(t.lemma_.lower()) not in naming or _denied(t, clause):
                continue
            named = [c for c in t.children if c.i > t.i and c.dep_ not in ("nsubj", "advcl")
                     and _a_name(c)]
            if t.dep_ == "xcomp":  # "se hace llamar Cholo", the name hung on "hace"
                named += [c for c in t.head.children if c.i > t.i and
                          c.dep_ not in ("advcl", "ccomp") and _a_name(c)]
            # "se identificó como", "se hace llamar"; not "se llama Juan", their name
            themselves = any(c.lower_ == "se" for c in t.children) and \
                unaccent(t.lemma_.lower()) != "llamar" or t.dep_ == "xcomp" and any(
                    c.lower_ == "se" for c in t.head.children)
            if named and (themselves or _object_relative(t)):
                return Cue(doc_text(clause.left_edge, clause.right_edge).strip(" ,"),
                           "pseudonym")
    return None


def _object_relative(verb: Token) -> bool:
    """A verb whose object is the relative pronoun ("al que llaman", "a quien apodan")."""
    return any(c.dep_ in ("obj", "iobj") and unaccent(c.lower_) in _RELATIVES
               for c in verb.children)


def _a_name(t: Token) -> bool:
    """A capitalised name, alone or after a title ("Toño", "el Chino", "comandante
    Jhon")."""
    if t.pos_ == "PROPN" and t.text[:1].isupper():
        return True
    return t.pos_ == "NOUN" and any(c.dep_ in ("appos", "flat") and c.pos_ == "PROPN"
                                    and c.text[:1].isupper() for c in t.children)


def _of_another(name: Token) -> bool:
    """A name noun that is someone else's or something's ("el nombre de su hija", "la
    identidad del testigo", "el nombre de Chávez"; not "su nombre de pila")."""
    return any(c.dep_ == "nmod" and c.i > name.i and (
        c.pos_ in ("PROPN", "PRON") or any(g.dep_ == "det" or g.lower_ in ("del", "al", "of")
                                           for g in children(c))) for c in children(name))


def _denied(t: Token, clause: Token) -> bool:
    """Whether a word is denied within its clause: a "no", "sin", "nunca" on it or on a
    word it hangs on, up to the clause's head, or a verb of refusing it hangs on ("que
    declinó identificarse")."""
    first = t
    while True:
        if any(c.lower_ in DENYING for c in children(t)):
            return True
        if t.i != first.i and unaccent(t.lemma_.lower()) in REFUSING and \
                t.pos_ in ("VERB", "AUX"):
            return True  # "que declinó identificarse": refused, as denied
        if t.i == clause.i or t.head.i == t.i:
            return False
        t = t.head


def _cue_of_name(sent: Span, name: Token) -> Cue | None:
    """A name an earlier sentence gave as not the speaker's own, or for someone who asked
    not to be named ("Una inquilina, quien pidió ser identificada como Marta, ..."; "Carmen,
    nombre ficticio, ..."): that sentence's cue, when it holds the name."""
    for earlier in name.doc.sents:
        if earlier.start >= sent.start:
            break
        if any(t.text == name.text for t in earlier):
            cue = anonymity_cue(text_of(earlier))
            if cue is not None:
                return cue
    return None


def doc_text(first: Token, last: Token) -> str:
    """The text from one token to another, both included."""
    return first.doc[first.i:last.i + 1].text


def _cue_of_another(sent: Span, head: Token, cue: Cue) -> bool:
    """Whether the cue is in the relative clause of another subject of the sentence than
    the speaker ("Una fuente que pidió el anonimato contó que el ministro dijo: «...»":
    the source asked, the minister is named), or, for a speaker named by name, of another
    person the sentence names."""
    own = {t.i for t in head.subtree} | {t.i for t in head.ancestors}
    doc, after = head.doc, head.right_edge.i + 1
    for sib in children(head.head) if head.head.i != head.i else []:
        # "dijo por teléfono Ahmed, un padre de Rafah que pidió ...": the apposition set off
        # right after the speaker is theirs, though the parser hung it beside them
        if sib.dep_ == "appos" and sib.i > head.i and after < len(doc) and \
                doc[after].text == "," and sib.left_edge.i in (after, after + 1):
            own |= {t.i for t in sib.subtree}
    named = (head.pos_ == "PROPN" and head.text[:1].isupper()) or \
        _role_then_name(head) is not None
    people = OFFICIAL_WORDS | SOURCE_WORDS | GROUP_WORDS
    def person(n: Token) -> bool:  # "un asesor", "una fuente", "los vecinos"
        return bool({unaccent(n.lower_), unaccent(n.lemma_.lower())} & people) or \
            _indefinite(n)

    for t in sent:
        other = t.head
        # the words the clause's noun hangs on, up to the speaker's (as "del ministerio" on
        # "un asesor del ministerio que pidió el anonimato")
        phrase = [other] + [a for a in other.ancestors if a.i not in own]
        if t.dep_ in ("acl", "relcl", "acl:relcl") and other.i not in own and \
                other.pos_ in ("NOUN", "PROPN") and (
                    other.dep_ in ("nsubj", "nsubjpass") or (named and any(
                        person(n) for n in phrase if n.pos_ in ("NOUN", "PROPN")))):
            # another subject's clause; or, for a speaker named by name, any other
            # person's ("Según una fuente que pidió el anonimato, el ministro Héctor
            # Obregón dijo ...": the source's cue)
            found = anonymity_cue(doc_text(t.left_edge, t.right_edge))
            if found is not None and found.text == cue.text:
                return True
    return False


def _one_of_several(head: Token, referred: list[Any]) -> bool:
    """A speaker who is one of the several people quoted together before ("uno de ellos",
    "una de las vecinas", "one of them")."""
    return bool(referred[4]) and unaccent(head.lower_) in ONE_WORDS


def _group_of_people(head: Token) -> Token | None:
    """The people a group's noun gathers ("un grupo de vecinos", "un grupo de madres de
    desaparecidos"): a plural of people after "de"; none for a body ("el grupo rebelde
    M23", "un grupo de expertos de la ONU")."""
    if unaccent(head.lemma_.lower()) not in ("grupo", "group"):
        return None
    return next((c for c in children(head) if c.dep_ in ("nmod", "obl") and c.i > head.i
                 and unaccent(c.lower_) in GROUP_WORDS and any(
                     g.dep_ == "case" and g.lower_ in ("de", "of") for g in children(c))), None)


def _a_member(head: Token) -> bool:
    """A noun that names a body and one of its members ("policía") names a member when no
    definite article makes it the body ("un policía", "dos policías"; not "la policía")."""
    return head.lower_ in OFFICIAL_WORDS and not any(
        c.dep_ == "det" and c.lower_ in ("the", "el", "la", "los", "las") for c in children(head))


def _one_of(head: Token) -> Token | None:
    """The group a speaker is one of ("uno de los diplomáticos", "una de esas fuentes",
    "one of the officials"): its noun; for "uno de ellos", the last plural noun of
    officials, sources or people the sentences before name ("a partir del testimonio de
    tres funcionarios del Departamento de Estado")."""
    if unaccent(head.lower_) not in ONE_WORDS:
        return None
    group = next((c for c in children(head) if c.dep_ in ("nmod", "pobj", "prep", "obl")
                  and any(g.lower_ in ("de", "of") for g in children(c))
                  or c.lower_ == "of"), None)
    if group is not None and group.lower_ == "of":  # English: "one" -> "of" -> noun
        group = next((g for g in children(group) if g.dep_ == "pobj"), None)
    if group is None:
        return None
    if group.pos_ == "NOUN":
        return group
    if unaccent(group.lower_) not in PLURAL_PRONOUNS:
        return None
    sent = sentence_of(head)
    people = OFFICIAL_WORDS | SOURCE_WORDS | GROUP_WORDS
    earlier = [t for t in head.doc[max(0, sent.start - 80):sent.start] if t.pos_ == "NOUN"
               and "Plur" in t.morph.get("Number", [])
               and {unaccent(t.lower_), unaccent(t.lemma_.lower())} & people]
    return earlier[-1] if earlier else None


def _set_off_before(verb: Token) -> Token | None:
    """The noun phrase between a comma and the verb, which the parser hung on the opening
    phrase before it ("En entrevista con W Radio, el gobernador del Cauca, Octavio Guzman,
    aseguro ..."): its last naming set off by commas, a name or a noun with its article."""
    doc = verb.doc
    end = verb.i - 1
    if end > 0 and doc[end].text == ",":
        end -= 1
    found = None
    for t in sentence_of(verb):
        if t.i >= verb.i:
            break
        first = t.left_edge.i
        if t.pos_ in ("NOUN", "PROPN") and first > 0 and "," in (doc[first].text,
                                                                  doc[first - 1].text) and \
                t.right_edge.i in (end, end + 1) and \
                (t.pos_ == "PROPN" or any(c.dep_ == "det" for c in children(t))):
            found = t  # the last: the name after its role
    return found


def _before_aside(dash: Token) -> Token | None:
    """The noun phrase before an aside set off by dashes, when the dash that closes it is
    what the parser made the verb's subject ("Un joven de 19 años —su nombre se omite por
    ser menor de edad— contó que ..."): the phrase that ends right before the opening
    dash, a name or a noun with its article."""
    if dash.text not in ("—", "–"):
        return None
    sentence = sentence_of(dash)
    opening = next((t for t in reversed(sentence.doc[sentence.start:dash.i])
                    if t.text == dash.text), None)
    if opening is None:
        return None
    before = sentence.doc[sentence.start:opening.i]
    inside = {t.i for t in before}
    tops = [t for t in before if t.head.i not in inside or t.head.i == t.i]
    if len(tops) != 1:
        return None  # the phrase before the aside is not one noun phrase
    top = tops[0]
    named = top.pos_ == "PROPN" or any(c.dep_ == "det" for c in top.children)
    return top if top.pos_ in ("NOUN", "PROPN") and named else None


def _indefinite(head: Token) -> bool:
    """A noun with an indefinite article ("una vecina", "a resident"): one of many, no
    body."""
    return any(c.dep_ == "det" and c.lower_ in ("un", "una", "unos", "unas", "a", "an")
               for c in children(head))


def _institutional(actor: Actor | None) -> bool:
    """A body speaking as such: an organisation, a country, a capital ("the ministry of
    foreign affairs", "Amnesty International", "Havana")."""
    if actor is None:
        return False
    return (actor.how or "").startswith(("country", "capital", "nickname", "organisation",
                                         "'"))


def _lead(sent: Span, offset: int, marks: list[_Marked]) -> Token | None:
    """The person a sentence is about: its first subject that is a name of people, or
    names one in apposition ("Peru's prime minister, Gonzalo Ferrer, met ..."); a subject
    inside a quote is the quoted person's ("«México no es colonia de nadie», sostuvo")."""
    for t in sent:
        if t.dep_ not in ("nsubj", "nsubjpass") or any(
                m.start <= offset + t.idx < m.end for m in marks):
            continue
        t = _past_blank(t)
        if t.head.dep_ in ("ccomp", "advcl") and t.pos_ == "PROPN":
            continue  # "informó de que Rusia lanzó ...", "cuando Estados Unidos lo envió":
            # the subject of a clause the sentence reports or times, not whom it is about
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            return t
        # a name set off in apposition on the subject ("Peru's prime minister, Gonzalo
        # Ferrer,", "El portavoz ..., coronel Marcelo Espinosa,"), not the name of a place
        # in its phrase ("Un médico del hospital Calixto García": the hospital's)
        named = [c for c in t.subtree if c.dep_ == "appos" and c.pos_ == "PROPN" and (
            c.head.i == t.i or (c.head.dep_ == "appos" and c.head.head.i == t.i) or (
                c.left_edge.i > 0 and t.doc[c.left_edge.i - 1].text == ","))]
        if t.pos_ == "NOUN" and named:
            return named[0]
        if is_noun(t) and anonymity_cue(text_of(t.doc[t.left_edge.i:t.right_edge.i + 1])):
            return t  # "Una madre ..., que prefirió no dar su nombre, habló con La Capital"
            # (also "Un medico ...", a noun the tagger took for an adjective)
    said = anonymity_cue(text_of(sent))
    if said is not None:
        # a sentence that says someone asked not to be named, or goes by another name, is
        # about the first person it names ("Carmen, nombre ficticio que usamos, no ve ..."),
        # never a word of the cue ("Pide que no se publique su nombre")
        at = sent.start_char + text_of(sent).find(said.text)
        for t in sent:
            if t.pos_ in ("NOUN", "PROPN") and t.text[:1].isalpha() and not any(
                    m.start <= offset + t.idx < m.end for m in marks) and \
                    not at <= t.idx < at + len(said.text):
                return t
    first = sent[0]
    if first.dep_ == "ROOT" and first.pos_ == "PROPN" and first.text[:1].isupper() and \
            not any(m.start <= offset + first.idx < m.end for m in marks):
        return first  # a parse that makes the name opening the sentence its root ("Ahmed,
        # whose name has been changed, fled in March")
    return None


def _past_blank(t: Token) -> Token:
    """A blanked dateline the parser made a subject: the name it hung on it, right after it
    ("[MARACAY.–] Mirla Contreras no ha vuelto ...", "[MÉXICO.–] Claudia Sheinbaum,
    presidenta de México, sostuvo que ..."); any other word as it is."""
    if not t.is_space:
        return t
    return next((c for c in t.children if c.pos_ == "PROPN" and c.text[:1].isupper()
                 and c.i == t.i + 1), t)


def _topic(sent: Span, offset: int, marks: list[_Marked]) -> Token | None:
    """The subject of a sentence's main verb, outside its quotes: a noun with its article
    or a name ("La fiscal del caso pidió ...", "El ministerio informó ...")."""
    root = sent.root
    for c in children(root):
        if c.dep_ in ("nsubj", "nsubjpass") and not any(
                m.start <= offset + c.idx < m.end for m in marks) and (
                (c.pos_ == "PROPN" and c.text[:1].isupper()) or (
                    c.pos_ == "NOUN" and any(d.dep_ == "det" for d in children(c)))):
            return c
    return None


def _about(sent: Span, last: Quote) -> bool:
    """A sentence about the speaker just quoted, naming no one new: its subject a pronoun
    ("He asked that his name not be used"), "both", the speaker's noun again ("The officer
    spoke on condition ..."), or none said ("Pidió no ser identificado")."""
    # the sentence's own subject, not one of a clause inside it ("Habló con la condición
    # de que no se publicara su nombre ni el de la ONG que la emplea")
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                and any(ch.isalnum() for ch in t.text)]
    if not subjects:
        return True
    head = subjects[0]
    if unaccent(head.lower_) in PRONOUNS | PLURAL_PRONOUNS or is_pronoun(head):
        return True
    if head.pos_ != "NOUN" or not any(c.lower_ in ("the", "el", "la", "los", "las")
                                      for c in children(head)):
        return False
    lemma = unaccent(head.lemma_.lower())
    if {lemma, unaccent(head.lower_)} & SEX_AGE_NOUNS and last.anonymity != "institution":
        return True  # "La mujer solicitó reserva de su nombre": the pharmacist just quoted
    named = unaccent(f"{last.said_by} {last.speaker_ref} {last.description}".lower()).split()
    return any(w == lemma or (len(lemma) > 3 and w.startswith(lemma)) for w in named)


def _described_again(head: Token, lead: Token) -> bool:
    """A speaker named by a common noun with "the" ("the woman", "la mujer", "el ex
    agente") that may be the person an earlier sentence was about: a person's noun, not a
    body's, a document's or a source's, for a person described there without a name; an
    official's noun only if that sentence described the person as one."""
    if not is_noun(head) or not any(c.dep_ == "det" and c.lower_ in ("the", "el", "la")
                                    for c in children(head)):
        return False  # ("dijo la docente": a noun the tagger took for an adjective)
    words = {unaccent(head.lemma_.lower()), unaccent(head.lower_)}
    if words & (INSTITUTION_WORDS | DOCUMENT_WORDS | SOURCE_WORDS | ROLE_WORDS):
        return False
    if any(unaccent(t.lower_) in words and t.i != lead.i and is_noun(t)
           for t in sentence_of(lead)):
        return True  # "explicó la enfermera" for "Una enfermera ..., a quien llamaremos
        # Yanelis": the noun that introduced the person, again
    if words & OFFICIAL_WORDS:
        return any(unaccent(t.lower_) in OFFICIAL_WORDS for t in sentence_of(lead))
    if words & SEX_AGE_NOUNS:
        return True  # "dijo la joven": Yasmine, named before, as well as a woman described
    return lead.pos_ == "NOUN"  # not "el dirigente cubano" for the president named before


def _opened_by_that(clause: Token) -> bool:
    """A clause whose first word is "that" or "que" (whatever the tagger made of it:
    "y que incautó", "que el conteo avanza")."""
    first = min((w for w in clause.subtree if not (w.is_punct or w.is_space
                                                    or w.dep_ == "cc")),
                key=lambda w: w.i, default=None)  # the parse may not be projective
    return first is not None and first.i < clause.i and first.lower_ in ("that", "que")


def _opens_sentence(text: str, start: int) -> bool:
    """A quote whose opening mark (just before `start`) begins a sentence or paragraph:
    its speaker may be the person the sentences before were about."""
    before = text[max(0, start - 200):max(0, start - 1)].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", "”", "»", '"', ":"))


def _that_clause(verb: Token) -> list[Token]:
    """"said in a report that detainees had been tortured": a clause the parser hangs on a
    noun of the speech verb's, opened by "that" or "que"."""
    for child in children(verb):
        for grand in child.subtree:
            if grand.dep_ in ("ccomp", "acl", "relcl") and grand.pos_ in ("VERB", "AUX") and \
                    any(m.lower_ in ("that", "que") and m.dep_ == "mark"
                        for m in children(grand)):
                return [grand]
    return []


def _according_head(cue: Token) -> Token:
    """Who "según X" and "de acuerdo con X" name: X (the cue is its case marker, or part of
    one)."""
    head = cue.head
    told = _told_by(cue)
    if told is not None:  # "según relató a la AFP un testigo": the one who tells
        return told
    if cue.lower_ == "acuerdo" and head.dep_ == "case" and head.head.i != head.i:
        head = head.head  # "De acuerdo con la OIM": "acuerdo" hangs on "De"
    if cue.pos_ in ("VERB", "AUX") and head.i != cue.i:
        head = cue  # "segun fuentes de ...", taken for a verb: its object is X
    if head.i == cue.i:  # the parser took "Segun" for a name and made it the root
        after = [c for c in children(cue) if c.i > cue.i and c.pos_ in ("NOUN", "PROPN")]
        return after[0] if after else cue
    return head


def _relative_around(t: Token) -> Token | None:
    """The relative clause a word lies in ("Un alto cargo, que informó en condición de
    anonimato según las reglas de la sesión, dijo ..."): what "según" there says is of that
    clause, not of the sentence."""
    while t.head.i != t.i:
        if t.dep_ in ("acl", "relcl", "acl:relcl") and any(
                unaccent(w.lower_) in _RELATIVES
                for w in t.doc[t.left_edge.i:t.left_edge.i + 2]):  # (after its comma)
            return t
        t = t.head
    return None


def _said_clause(cue: Token) -> Token | None:
    """The speech clause "según" opens ("según explicó el ministro", "según relató a la AFP
    un testigo"): its verb."""
    head = cue.head
    if cue.dep_ == "mark" and head.i > cue.i and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _told_by(cue: Token) -> Token | None:
    """Who tells in the speech clause "según" opens: the verb's subject, else the noun after
    it that the parser made its object and no preposition marks (the outlet it was told to
    has "a")."""
    verb = _said_clause(cue)
    if verb is None:
        return None
    found = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")] or [
        c for c in children(verb) if c.dep_ == "obj" and c.i > verb.i and
        c.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in children(c))]
    return found[0] if found else None


def _cut_at_comma(cue: Token) -> list[Token]:
    """"Segun fuentes cercanas a la negociacion, ...", parsed with the cue as the root: X is
    the words from the cue to the comma."""
    sent = sentence_of(cue)
    out = []
    for w in sent[cue.i - sent.start + 1:]:
        if w.text == ",":
            break
        out.append(w)
    return out


def _said_by_last(record: Quote, last: Quote) -> Quote:
    """A quote or claim whose speaker is not named again ("«...», lamentó", "Añadió que"):
    the last speaker's."""
    return replace(record, said_by=last.said_by, speaker_ref=last.speaker_ref,
                   speaker=last.speaker, description=last.description,
                   anonymity=last.anonymity, anonymity_cue=last.anonymity_cue,
                   outlet=record.outlet or last.outlet)


def _partly_quoted(text: str, start: int, end: int, marks: list[_Marked]) -> bool:
    """A claim that quotes some of its words ("aseguró que el país «vive su peor crisis»"):
    both the claim and the quote are records."""
    inside = [m for m in marks if start <= m.start and m.end <= end + 2]
    if not inside:
        return False
    rest = text[start:end]
    for m in inside:
        rest = rest.replace(text[m.start:m.end], " ")
    return len(re.findall(r"\w+", rest)) >= 3


def _person_like(head: Token, description: str | None, anonymity: str) -> bool:
    """A speaker "she", "it", "the doctor" or "the ministry" can point back to: a person
    (officials and sources too) or a body, not a document."""
    return anonymity != "unknown" and \
        head.lemma_.lower() not in DOCUMENT_WORDS | ACCOUNT_WORDS and (
            head.pos_ == "PROPN" or bool(description) or head.pos_ == "NOUN")


def is_noun(head: Token) -> bool:
    """A noun, or a word the tagger took for an adjective that a determiner makes a noun
    ("admitió el oficial"), or for a name though it is written in lowercase ("un guardia
    nacional": names are capitalised)."""
    return head.pos_ == "NOUN" or (head.pos_ == "ADJ" and any(
        c.dep_ == "det" for c in children(head))) or (head.pos_ == "PROPN"
                                                     and head.text[:1].islower())


def is_pronoun(head: Token) -> bool:
    """A speaker named by a personal pronoun ("she", "ella", "él" written "el" with no noun
    after it: "dijo el en la homilía")."""
    if head.pos_ == "PRON":
        return head.lower_ in PRONOUNS
    return head.lower_ == "el" and (head.dep_ in ("nsubj", "nsubjpass") or (
        head.i + 1 < len(head.doc) and _after_el(head.doc[head.i + 1])))


def _after_el(t: Token) -> bool:
    """A speech verb's preterite written without its accent after "El" written for "Él",
    at the start of a sentence and before "que" and the claim's first words, which the
    tagger reads as a noun (the root of the sentence) and its article ("El nego que la
    policía ...", "El aseguro que nadie ..."; not "El relato que hizo la víctima es
    estremecedor", where the noun is a subject, nor "El aviso que llegó ayer")."""
    if t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.i == 0 or t.dep_ != "ROOT" or \
            t.lower_ not in PRETERITES["es"]:
        return False
    el, doc = t.doc[t.i - 1], t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "que" or \
            doc[t.i + 2].pos_ in ("VERB", "AUX"):
        return False  # "El aviso que llegó ayer": a noun and its relative clause
    return el.text == "El" and el.head.i == t.i and (
        el.i == 0 or el.is_sent_start or el.nbor(-1).is_punct)


def _words_text(words: list[Token]) -> str:
    """The words as the text writes them (spacing and hyphens kept)."""
    if not words:
        return ""
    doc = words[0].doc
    first, last = min(w.i for w in words), max(w.i for w in words)
    return doc[first:last + 1].text.strip(" ,")


def _speaker_words(head: Token) -> tuple[list[Token], list[Token]]:
    """The words that name the speaker, and those that describe them (appositions)."""
    named = _role_then_name(head)
    if named is not None:
        return named
    if is_pronoun(head):
        return [head], []
    desc: list[Token] = []
    skip: set[int] = set()
    for child in children(head):
        if child.dep_ == "appos":
            desc = sorted(child.subtree, key=lambda t: t.i)
            skip |= {t.i for t in child.subtree}
        elif child.dep_ in ("relcl", "acl", "acl:relcl", "punct", "cc", "conj") or (
                child.text in ("—", "–") and child.i > head.i):  # an aside, however tagged
            skip |= {t.i for t in child.subtree}
    name = [t for t in sorted(head.subtree, key=lambda t: t.i)
            if t.i not in skip and not t.is_punct and any(ch.isalnum() for ch in t.text)]
    while name and name[0].dep_ in ("case", "mark") and name[0].i != head.i:
        name = name[1:]  # "según fuentes": the speaker is the sources
    if head.pos_ == "PROPN" and head.text[:1].isupper() and name and name[0].i < head.i:
        # "Mexican President Claudia Sheinbaum": the name, and the title that describes
        proper = [t for t in name if t.i <= head.i]
        start = len(proper)
        while start > 0 and proper[start - 1].pos_ == "PROPN" and \
                proper[start - 1].text[:1].isupper() and not proper[start - 1].text.endswith("."):
            start -= 1
        title = [t for t in name[:start] if t.i < head.i]
        if title and start < len(name):
            return name[start:], title + [t for t in desc if not t.is_punct or t.text == "-"]
    return name, [t for t in desc if not t.is_punct or t.text == "-"]


def _role_then_name(head: Token) -> tuple[list[Token], list[Token]] | None:
    """"el portavoz del Ministerio, Juan Pérez", "el dirigente indígena ecuatoriano Segundo
    Tenesaca": a role with the person's name after it is the person, described by the
    role (the name is an apposition, or, as the parser often leaves it, the capitalised
    words that follow the role and its adjectives)."""
    if head.pos_ != "NOUN":
        return None
    doc = head.doc
    for child in children(head):
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > head.i and \
                child.text[:1].isupper():  # a name ("gazatí" is a mis-tagged adjective)
            name = [t for t in sorted(child.subtree, key=lambda t: t.i) if not t.is_punct]
            role = [t for t in sorted(head.subtree, key=lambda t: t.i)
                    if t.i < child.left_edge.i and not t.is_punct and t.dep_ != "det"]
            return name, role
    j = head.i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text.islower():
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in ("de", "of") and \
            doc[j + 1].text.islower() and unaccent(doc[j + 1].lower_) in RANK_GRADES and \
            unaccent(head.lower_) in OFFICIAL_WORDS:
        j += 2  # "el general de brigada Héctor Ochoa": the rank's two words, then the name
    run: list[Token] = []
    if j + 1 < len(doc) and doc[j].text in ("El", "La", "Los", "Las") and \
            doc[j + 1].pos_ == "PROPN" and unaccent(head.lower_) in OUTLET_NOUNS:
        run.append(doc[j])  # "el diario El Comercio": an outlet's name opens with its article
        j += 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and \
            doc[j].text.isalpha():
        run.append(doc[j])
        j += 1
    if not any(t.pos_ == "PROPN" for t in run) or j == head.i + 1:
        return None
    role = [t for t in doc[head.i:run[0].i] if not t.is_punct]
    return run, role


def _subtree_span(t: Token, skip_cc: bool = False) -> tuple[int, int]:
    """Character offsets (in the parsed text) of a token's subtree, punctuation aside
    (and the conjunction that joins it to the one before, with `skip_cc`)."""
    words = sorted((w for w in t.subtree if not w.is_punct and not w.is_space),
                   key=lambda w: w.i) or [t]
    while skip_cc and len(words) > 1 and words[0].dep_ == "cc" and words[0].head.i == t.i:
        words = words[1:]
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _attribution_text(sent: Span, offset: int, qs: int, qe: int) -> str:
    """The sentence's words outside the quote (where speaker, cues and outlet are)."""
    s0 = offset + sent.start_char
    text = text_of(sent)
    lo, hi = max(qs - s0, 0), max(min(qe - s0, len(text)), 0)
    return (text[:lo] + " " + text[hi:]).strip()


def _account_after(sent: Span, offset: int, text: str, mark: _Marked) -> Token | None:
    """Whose words a quote that opens a line is, when a colon or a comma after it calls
    them someone's account ("«Nos pagaban por cada muerto»: el relato de un exsoldado",
    "«No volveremos», el testimonio de una madre de Gaza"): the one of the account."""
    after = re.match(r"[»”\"’']*\s*[:,]\s*", text[mark.end:mark.end + 8])
    if after is None or not _line_start(text, max(0, mark.start - 1)):
        return None
    at = mark.end + after.end()
    first = next((t for t in sent if offset + t.idx >= at and t.pos_ != "DET"), None)
    if first is None or offset + first.idx - at > 4 or \
            unaccent(first.lemma_.lower()) not in ACCOUNT_WORDS:
        return None
    return next((c for c in children(first) if c.dep_ in ("nmod", "obl") and c.i > first.i
                 and c.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "case" and g.lower_ == "de"
                                                         for g in children(c))), None)


def _headline_speaker(sent: Span, offset: int, text: str, mark: _Marked) -> Token | None:
    """The speaker of a line that names them and a colon, and no verb, before the quote
    ("Enfermeros del hospital Roosevelt: «...»", a headline's way): the word that heads the
    words before the colon, a noun's or a name's (however the tagger took it), not one
    after a preposition ("En Caracas: «...»")."""
    words = [t for t in sent if offset + t.idx < mark.start and not (t.is_space or t.is_punct)]
    if not words or not _line_start(text, offset + words[0].idx) or \
            any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    inside = {t.i for t in words}
    tops = [t for t in words if t.head.i == t.i or t.head.i not in inside]
    if len(tops) != 1 or tops[0].pos_ not in ("NOUN", "PROPN", "ADJ") or \
            any(c.dep_ == "case" for c in children(tops[0])):
        return None
    return tops[0]


def _opens_with_colon(text: str, start: int) -> bool:
    """"Lavrov said: “...”": the attribution comes before the quote."""
    return bool(re.search(r":\s*[“«\"]?$", text[max(0, start - 4):start]))


def link_events(events: list[Event], quotes: list[Quote]) -> list[Event]:
    """Point each event at the quote it was coded inside: a direct quote its sentence
    overlaps, or the claim its sentence reports; the quote's speaker asserts it."""
    if not quotes:
        return events
    out = []
    for e in events:
        holder = next((q for q in quotes if (q.kind == "direct" and q.span_start < e.span_end
                                             and e.span_start < q.span_end)), None) or \
            next((q for q in quotes if q.kind == "reported"
                  and q.sentence_index == e.sentence_index), None)
        if holder is None:
            out.append(e)
            continue
        out.append(replace(e, quote_id=holder.id,
                           asserted_by=e.asserted_by or holder.speaker_ref))
    return out
