"""Did it happen? Negation, conditionals, plans, questions, rumours and reported speech,
read from the trigger verb and the clauses that govern it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from entente.coding import syntax
from entente.coding.table import children, token_table
from entente.coding.views import text_of
from entente.records import Modality

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NEGATORS = frozenset({"not", "n't", "never", "no", "nunca", "jamás", "tampoco", "ni"})
NEG_SUBJECTS = frozenset({"neither", "nobody", "none", "ninguno", "ninguna", "nadie", "nor"})
DENY = frozenset({"deny", "negar", "desmentir", "refute", "dismiss"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "si", "should"})
UNTIL_MARKS = frozenset({"until", "till", "hasta"})
MODAL_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "podría", "podrían"})
MODAL_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
PLAN_VERBS = frozenset({
    "plan", "expect", "intend", "hope", "aim", "want", "seek", "prepare", "consider",
    "propose", "schedule", "set", "wish", "try", "attempt", "weigh", "mull",
    "planear", "prever", "pretender", "esperar", "buscar", "proponer", "considerar",
    "evaluar", "querer", "intentar", "estudiar", "ir", "programar", "tener", "deber",
})
RUMOUR_WORDS = frozenset({
    "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "rumoured",
    "rumored", "unconfirmed", "presuntamente", "supuestamente", "aparentemente",
    "rumor", "rumores", "rumour", "rumours", "trascendió",
})
SPEECH_VERBS = frozenset({
    "say", "state", "tell", "announce", "claim", "report", "confirm", "add", "insist", "note",
    "explain", "declare", "assert", "write", "argue", "acknowledge", "admit", "warn",
    "decir", "afirmar", "declarar", "asegurar", "señalar", "anunciar", "informar", "indicar",
    "confirmar", "explicar", "sostener", "añadir", "agregar", "manifestar", "reconocer",
    "admitir", "advertir", "insistir", "precisar", "subrayar", "destacar", "relatar", "contar",
})
REQUEST_VERBS = frozenset({
    "urge", "ask", "demand", "press", "call", "request", "push", "encourage", "invite",
    "pressure", "order", "instruct", "exigir", "pedir", "instar", "reclamar", "solicitar",
    "exhortar", "presionar", "ordenar", "llamar", "invitar",
})
# Verbs whose complement did happen: "began to withdraw", "logró firmar".
IMPLICATIVE = frozenset({
    "begin", "start", "continue", "manage", "keep", "resume", "stop", "comenzar", "empezar",
    "continuar", "seguir", "lograr", "conseguir", "volver", "dejar", "terminar", "acabar",
})
SPEECH_OR_PLAN = SPEECH_VERBS | PLAN_VERBS
NEG_DETERMINERS = frozenset({"no", "neither", "ningún", "ninguna", "ninguno", "ni"})
CLAUSE_UP = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "csubj", "parataxis"})


def asked(text: str) -> bool:
    """A sentence's text is a question ("Will Washington send aid?", "¿Enviará...?")."""
    text = text.strip()
    return text.endswith("?") or text.startswith("¿")


def modality_of(verb: Token, sent: Span) -> tuple[Modality, str | None]:
    """The modality of the event triggered by `verb`, and who asserts it (when not the outlet)."""
    if asked(text_of(sent)):
        return Modality.QUESTION, None
    added_to = syntax.adjunct_head(verb)
    # "..., calling the charges absurd": as true as the act it is added to
    chain = [verb, *_governing_chain(added_to)] if added_to is not None else _governing_chain(verb)
    if _has_mark(verb, CONDITION_MARKS) or (
            verb.dep_ == "advcl" and syntax.condition_mark(verb) is not None):
        # "if Moscow did not agree", "a menos que el Gobierno retire": a condition
        return Modality.HYPOTHETICAL, None
    if verb.dep_ == "advcl" and _has_mark(verb, UNTIL_MARKS) and (
            _has_aux(verb.head, MODAL_FUTURE | MODAL_HYPOTHETICAL)
            or "Fut" in verb.head.morph.get("Tense", [])):
        # "will not negotiate until Russia withdraws": what is waited for has not happened
        return Modality.HYPOTHETICAL, None
    if _negated(verb) or any(t.lemma_.lower() in DENY for t in chain[1:]):
        return Modality.NEGATED, None
    if any(_negated(t) for t in chain[1:] if t.lemma_.lower() in SPEECH_OR_PLAN):
        # "did not say that X attacked Y" / "does not plan to visit": no claim the event happened
        return Modality.NEGATED, None
    if verb.dep_ in ("ROOT", "conj") and any(
            c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() == "haber" and
            "Cnd" in c.morph.get("Mood", []) for c in children(verb)) and \
            "Part" in verb.morph.get("VerbForm", []) and not any(
                c.dep_ == "advcl" and syntax.condition_mark(c) for c in children(verb)):
        # "el ministro se habría reunido con Hamás": the conditional of the Spanish press, a
        # thing reported but not confirmed
        return Modality.RUMOURED, None
    for t in chain:
        if _has_mark(t, CONDITION_MARKS) or _has_aux(t, MODAL_HYPOTHETICAL):
            return Modality.HYPOTHETICAL, None
        if "Cnd" in t.morph.get("Mood", []):
            return Modality.HYPOTHETICAL, None
    if _has_aux(verb, MODAL_FUTURE) or "Fut" in verb.morph.get("Tense", []) or _going_to(verb):
        return Modality.PLANNED, None
    accuser = syntax.accused_of(verb)
    if accuser is not None:  # "accused Russia of executing prisoners": said, by the accuser
        return Modality.REPORTED, who_says(accuser)
    for inner, outer in zip(chain, chain[1:], strict=False):
        lemma = outer.lemma_.lower()
        if inner.dep_ in ("xcomp", "ccomp") and lemma in REQUEST_VERBS:
            return Modality.HYPOTHETICAL, None  # asked for, not done
        if inner.dep_ == "xcomp" and lemma not in IMPLICATIVE:
            return Modality.PLANNED, None  # agreed, decided, plans, wants to ...
    if _rumoured(verb, sent):
        return Modality.RUMOURED, None
    speaker = _speaker(chain, sent)
    if speaker is not None and added_to is not None and \
            added_to.lemma_.lower() in SPEECH_VERBS:
        # "..., Peskov said, dismissing the plans": the speaker's own act, not a claim
        return Modality.ASSERTED, None
    if speaker is not None:
        return Modality.REPORTED, speaker
    return Modality.ASSERTED, None


def _governing_chain(verb: Token) -> list[Token]:
    """The verb and the verbs whose clause it sits in, innermost first."""
    chain = [verb]
    t = verb
    while t.head.i != t.i and len(chain) < 8:
        if t.dep_ in CLAUSE_UP:
            t = t.head
        elif t.pos_ in ("NOUN", "PROPN", "PRON", "ADP") and t.dep_ in NOUN_UP:
            t = t.head  # "could issue licences allowing trade": through the noun to its verb
        else:
            break
        if t.pos_ in ("VERB", "AUX"):
            chain.append(t)
        elif t.pos_ not in ("NOUN", "PROPN", "PRON", "ADP"):
            break
    return chain


# The dependencies a noun (or its preposition) climbs through to the verb it belongs to.
NOUN_UP = frozenset({"dobj", "obj", "pobj", "nsubjpass", "attr", "obl", "nmod", "prep",
                     "appos"})


def _negated(t: Token) -> bool:
    if (t.dep_ == "conj" and t.head.i != t.i and _negated(t.head)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children(t))):
        return True  # "did not identify the dead or say what ...": shared negation
    for child in children(t):
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "cc") and child.lower_ in NEGATORS):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in NEG_SUBJECTS
            or any(g.lower_ in NEG_SUBJECTS | NEG_DETERMINERS
                   for g in children(child) if g.dep_ in ("det", "preconj", "advmod"))
        ):
            return True
    return False


def _has_mark(t: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in children(t))


def _has_aux(t: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in children(t))


def _going_to(verb: Token) -> bool:
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_ in ("go", "ir")
            and any(c.lower_ in ("to", "a") for c in children(verb) if c.dep_ in ("aux", "mark")))


def _rumoured(verb: Token, sent: Span) -> bool:
    if _has_words(verb.doc, "rumour", RUMOUR_WORDS):  # (most documents have none)
        if any(c.lower_ in RUMOUR_WORDS for c in verb.subtree):
            return True
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "reportedly asked ... and were turned down": shared
        if first.i != verb.i and any(c.lower_ in RUMOUR_WORDS for c in children(first)):
            return True
    low = text_of(sent).lower()
    return ("según fuentes" in low or "according to unconfirmed" in low
            or "sources said" in low and "unnamed" in low or "no confirmad" in low)


def who_says(verb: Token) -> str:
    """The words of the subject of a verb of saying (or accusing), else the verb."""
    subj = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return " ".join(w.text for w in subj[0].subtree) if subj else verb.text


def _has_words(doc: Doc, name: str, words: frozenset[str]) -> bool:
    """Whether any token of the document is one of `words` (in lowercase), worked out once
    per document and kept with it."""
    key = "entente.has." + name
    found: bool | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = not words.isdisjoint(token_table(doc).lower)
    return found


_ACCORDING = frozenset({"according", "según"})


def _speaker(chain: list[Token], sent: Span) -> str | None:
    for t in chain[1:]:
        if t.lemma_.lower() in SPEECH_VERBS:
            return who_says(t)
    if not _has_words(sent.doc, "according", _ACCORDING):
        return None
    for t in sent:  # "according to X" / "según X"
        if t.lower_ == "according":
            objs = [g for c in t.subtree for g in children(c) if g.dep_ in ("pobj", "nmod")]
            phrase = " ".join(w.text for w in (objs[0].subtree if objs else t.subtree))
            return phrase or None
        if t.lower_ == "según" and t.head.i != t.i:
            # "según X": the preposition hangs from X; X's own words, not the clause
            words = [w for w in t.head.subtree if t.i < w.i < t.i + 8 and w.dep_ != "punct"]
            return " ".join(w.text for w in words) or None
    return None


# "any attack", "cualquier agresión": an act that may or may not come
ANY_DETERMINERS = frozenset({"any", "cualquier", "cualquiera"})
PLANNED_ADJECTIVES = frozenset({
    "possible", "planned", "proposed", "expected", "potential", "future", "upcoming",
    "eventual", "scheduled", "prospective", "posible", "previsto", "prevista", "próximo",
    "próxima", "futuro", "futura", "programado", "programada", "anunciado", "imminent",
    "pending", "likely", "probable", "anticipated", "inminente", "pendiente",
})
CANCEL_VERBS = frozenset({
    "cancel", "postpone", "suspend", "scrap", "delay", "shelve", "cancelar", "suspender",
    "aplazar", "posponer", "postergar", "descartar",
})


def nominal_modality(noun: Token, sent: Span) -> Modality:
    """Did the event a noun names happen? "the visit" yes; "a possible visit" planned; "the
    visit was cancelled" / "no visit" no."""
    if asked(text_of(sent)):
        return Modality.QUESTION
    for child in children(noun):
        if child.dep_ == "det" and child.lower_ in NEG_DETERMINERS:
            return Modality.NEGATED
        if child.dep_ == "det" and child.lower_ in ANY_DETERMINERS:
            return Modality.HYPOTHETICAL  # "any Indian aggression", "cualquier ataque"
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in PLANNED_ADJECTIVES:
            return Modality.PLANNED
    # "the imminent signing of the agreement", "la inminente firma del acuerdo": the noun
    # it is the object of says when
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else \
        noun.head if noun.dep_ == "nmod" and syntax._case(noun) in ("de", "del") else None
    if held is not None and held.pos_ == "NOUN" and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in PLANNED_ADJECTIVES
            for c in children(held)):
        return Modality.PLANNED
    head = noun.head
    if head.i != noun.i and head.lemma_.lower() in CANCEL_VERBS:
        return Modality.NEGATED
    return Modality.ASSERTED
