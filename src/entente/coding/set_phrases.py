"""Set phrases of refusal and threat that no trigger word carries on its own.

Politicians refuse and threaten in fixed turns of phrase whose words, one by one, name no
act: "Greenland is not for sale", "our sovereignty is not negotiable", "there will be no
amnesty", "we do not accept these results" are refusals (12x); "they will regret it", "you
will pay a heavy price", "that would mean war", "would put NATO at war with Russia" are
threats (13x, the codebook's "coercive or forceful warnings with serious potential
repercussions"). Each is read here from the clause's structure (its head word, a negation,
a future or conditional, the object or predicate that completes the phrase), and the coder
makes it an event of whoever says it (the `speaker` slot, or the clause's own subject for
"we do not accept"), asserted: saying it is the act.

`said_act(token, lang)` gives the phrase's code and slots, or None. It looks at the token's
own word first, so the many tokens that head no such phrase cost one set look-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from entente.coding.patterns import lemma_key as fold
from entente.coding.syntax import denied

if TYPE_CHECKING:
    from spacy.tokens import Token

THREAT, FORCE_THREAT, WMD_THREAT, REJECT, NO_YIELD = "130", "138", "1385", "120", "124"
CLAIM = "015"
SPEAKER = ("speaker",)

# "there will be no amnesty", "no habrá negociación": what is refused, by the codebook's
# sub-codes of 12 (release 1243, negotiation 125, de-escalation 1246, yielding 124)
NONE_OF = {
    "amnesty": "1243", "pardon": "1243", "pardons": "1243", "release": "1243",
    "talks": "125", "negotiations": "125", "negotiation": "125", "dialogue": "125",
    "ceasefire": "1246", "truce": "1246", "compromise": "124", "concessions": "124",
    "concession": "124", "retreat": "124", "surrender": "124",
    "amnistía": "1243", "amnistia": "1243", "indulto": "1243", "indultos": "1243",
    "negociación": "125", "negociacion": "125", "negociaciones": "125", "diálogo": "125",
    "dialogo": "125", "tregua": "1246", "concesiones": "124", "concesión": "124",
    "concesion": "124", "rendición": "124", "rendicion": "124", "marcha": "124",
}
# "is not for sale", "no está en venta", "is not up for negotiation", "no está en discusión"
NOT_FOR = frozenset({"sale", "negotiation", "discussion", "debate", "grabs", "venta",
                     "negociación", "negociacion", "discusión", "discusion"})
NEGOTIABLE = frozenset({"negotiable", "negociable", "discutible"})
NON_NEGOTIABLE = frozenset({"non-negotiable", "nonnegotiable", "innegociable",
                            "innegociables"})
# what an actor refuses when it does not accept or recognise it
ACCEPT = frozenset({"accept", "recognise", "recognize", "aceptar", "reconocer", "acatar"})
# "will regret it", "se arrepentirán"; "will pay a heavy price", "pagarán caro"
REGRET = frozenset({"regret", "rue", "arrepentir", "arrepentirse"})
PAY = frozenset({"pay", "pagar"})
PRICE = frozenset({"price", "precio"})
DEARLY = frozenset({"dearly", "caro", "cara", "caros", "caras"})
# "would mean war", "sería una declaración de guerra", "would put NATO at war"
MEAN = frozenset({"mean", "constitute", "amount", "equal", "significar", "equivaler",
                  "constituir", "suponer"})
WAR = frozenset({"war", "guerra"})
AT_WAR = frozenset({"put", "consider", "be", "deem", "regard", "find"})
WAR_NOUNS = frozenset({"act", "declaration", "acto", "declaración", "declaracion"})
NUCLEAR = frozenset({"nuclear", "atomic", "nucleares", "atómica", "atomica", "atómico",
                     "atomico"})
# what a condition of a threatened repercussion names when it is an act of force
FORCE_WORDS = frozenset({"force", "attack", "attacks", "invade", "invasion", "aggression",
                         "strike", "strikes", "fuerza", "atacar", "ataque", "ataques",
                         "invadir", "invasión", "agresión", "agresion", "agredir"})
COPULAS = frozenset({"be", "ser", "estar"})
# Verbs of warning, under which "means war" is a threat in any tense
WARNED = frozenset({"warn", "caution", "advertir", "alertar", "avisar"})
# "would take resolute countermeasures", "tomará contramedidas": non-force measures
# threatened (131); plain measures or action only on a condition (130), military ones 138
TAKE = frozenset({"take", "adopt", "tomar", "adoptar"})
COUNTERMEASURES = frozenset({"countermeasures", "countermeasure", "counter-measures",
                             "contramedidas", "contramedida", "represalias"})
MEASURES = frozenset({"measures", "action", "steps", "medidas", "acciones"})
# "there will be consequences", "habrá una respuesta": repercussions foretold (a response,
# retaliation: of force)
REPERCUSSIONS = {"consequences": THREAT, "repercussions": THREAT, "response": FORCE_THREAT,
                 "retaliation": FORCE_THREAT, "reprisals": FORCE_THREAT,
                 "consecuencias": THREAT, "repercusiones": THREAT, "respuesta": FORCE_THREAT,
                 "represalias": FORCE_THREAT}
OPTIONS = frozenset({"option", "options", "opción", "opcion", "opciones"})
ALL = frozenset({"all", "every", "todas", "todos", "toda"})
REMAIN = frozenset({"remain", "stay", "seguir", "permanecer"})
MILITARY = frozenset({"military", "militar", "militares"})
# "reserves the right to respond", "se reserva el derecho a responder"
RESERVE = frozenset({"reserve", "reservar", "reservarse"})
RIGHT = frozenset({"right", "derecho"})
ANSWERS = frozenset({"respond", "retaliate", "react", "reply", "answer", "act", "defend",
                     "strike", "responder", "reaccionar", "actuar", "defender", "defenderse",
                     "contestar", "replicar", "tomar"})
# "would be considered a legitimate target", "serán objetivos legítimos"
TARGETS = frozenset({"target", "targets", "objetivo", "objetivos", "blanco", "blancos"})
LEGITIMATE = frozenset({"legitimate", "legítimo", "legitimo", "legítimos", "legitimos",
                        "legítima", "legitima", "legítimas", "legitimas"})
# "will not be intimidated", "no nos dejaremos chantajear": pressure refused
PRESSED = frozenset({"intimidate", "blackmail", "bully", "coerce", "cow", "pressure",
                     "pressurize", "pressurise", "intimidar", "chantajear", "amedrentar",
                     "presionar", "doblegar", "amilanar"})
# "said Ukraine was behind the bombing", "afirmó que el ELN está detrás del atentado": an
# act put down to someone is an accusation, of aggression when the act is one of force
BEHIND = frozenset({"behind", "detrás", "detras"})
BLAMED_FORCE = frozenset({
    "attack", "attacks", "bombing", "bombings", "strike", "strikes", "airstrike", "shelling",
    "explosion", "explosions", "blast", "blasts", "ambush", "raid", "killing", "killings",
    "assassination", "murder", "murders", "massacre", "shooting", "sabotage", "arson",
    "hack", "hacking", "cyberattack", "kidnapping", "abduction", "plot", "coup",
    "ataque", "ataques", "atentado", "atentados", "bombardeo", "bombardeos", "explosión",
    "emboscada", "asesinato", "asesinatos", "masacre", "matanza", "sabotaje",
    "secuestro", "secuestros", "incendio", "complot", "golpe", "ciberataque", "hackeo"})
BLAMED_OTHER = frozenset({
    "unrest", "protests", "riots", "violence", "crisis", "leak", "leaks", "campaign",
    "disturbios", "protestas", "violencia", "filtración", "filtracion", "campaña"})
HEADS = (ACCEPT | REGRET | PAY | MEAN | COPULAS | NOT_FOR | NEGOTIABLE | NON_NEGOTIABLE
         | WAR_NOUNS | RESERVE | TARGETS | PRESSED | REMAIN | AT_WAR | TAKE | BEHIND
         | {"haber", "table", "mesa"})


@dataclass(frozen=True, slots=True)
class SaidAct:
    code: str
    target: tuple[str, ...]  # slots, as in a pattern
    source: tuple[str, ...]
    what: str  # the phrase, for the event's origin
    parts: tuple[int, ...] = ()  # the indexes of its other words ("war" in "mean war")
    passive: bool = False  # the clause is passive: its subject is the one acted on
    anchor: int | None = None  # the verb the phrase's clause hangs on, when not the token
    held: tuple[int, ...] = ()  # words whose prepositions name the target ("war with NATO")


def said_act(token: Token, lemma: str) -> SaidAct | None:
    """The refusal or threat a set phrase headed by `token` makes, if it is one; `lemma` is
    the token's lemma, or the verb its form is known to be of where the lemmatizer failed
    ("reconoceremos" read as "reconocerer")."""
    word = fold(token.lower_)
    if lemma not in HEADS and word not in HEADS and not word.startswith("arrepent"):
        return None
    if lemma in ACCEPT and token.pos_ in ("VERB", "AUX"):
        return _not_accepted(token)
    if lemma in REGRET or word.startswith("arrepent"):
        return _regret(token)
    if lemma in PAY:
        return _price(token)
    if lemma in MEAN or lemma in AT_WAR:
        found = _war(token)
        if found is not None or lemma not in COPULAS:
            return found
    if lemma in RESERVE:
        return _reserved(token)
    if lemma in TAKE:
        return _measures(token)
    if lemma in PRESSED or word in PRESSED:
        return _not_pressed(token)
    if word in TARGETS:
        return _legitimate_target(token)
    if word in BEHIND:
        return _behind(token)
    # (a Spanish predicate heads its clause: "sería una declaración de guerra")
    return _not_for(token, lemma, word) or _no_more(token, lemma) or _options(token, lemma) \
        or (_war(token) if lemma not in AT_WAR else None)


def _future_or_would(token: Token) -> bool:
    """"will", "would", "could", "may", "is going to"; Spanish future or conditional."""
    if "Fut" in token.morph.get("Tense", []) or "Cnd" in token.morph.get("Mood", []):
        return True
    if token.dep_ == "xcomp" and token.head.lemma_ in ("go", "ir"):
        return True
    return any(c.dep_ == "aux" and (c.lower_ in ("will", "'ll", "shall", "would", "could",
                                                 "may", "might", "'d")
                                    or "Fut" in c.morph.get("Tense", [])
                                    or "Cnd" in c.morph.get("Mood", []))
               for c in token.children)


def _condition(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "si") for m in c.children)), None)


def _subject_target(token: Token) -> tuple[str, ...]:
    """Whom a repercussion is threatened to: the clause's subject when it names someone
    ("Ethiopia will pay a heavy price"), not a pronoun ("they will regret it")."""
    own = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
    return ("subj",) if own and own[0].pos_ in ("PROPN", "NOUN") else ()


def _repercussion(token: Token, what: str) -> SaidAct | None:
    if denied(token) or not _future_or_would(token):
        return None
    condition = _condition(token)
    force = condition is not None and any(
        t.lemma_.lower() in FORCE_WORDS or t.lower_ in FORCE_WORDS for t in condition.subtree)
    code = FORCE_THREAT if force else THREAT
    target = _subject_target(token)
    if not target and token.dep_ == "ccomp" and fold(token.head.lemma_) in WARNED and any(
            c.dep_ in ("dobj", "obj", "iobj") for c in token.head.children):
        # "Israel warned Hezbollah that it would pay a heavy price": the warning's, to whom
        return SaidAct(code, ("obj", "iobj"), ("subj",), what, anchor=token.head.i)
    return SaidAct(code, target, SPEAKER, what)


def _regret(token: Token) -> SaidAct | None:
    """"They will regret it", "Ethiopia would regret it", "se arrepentirán"."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if objects and objects[0].lower_ not in ("it", "this", "that", "se", "lo"):
        return None  # "will regret the decision" is a comment, not a threat
    return _repercussion(token, "regret it")


def _price(token: Token) -> SaidAct | None:
    """"Will pay a heavy price", "would pay dearly", "pagarán caro"."""
    said = any(c.lower_ in DEARLY for c in token.children if c.dep_ in ("advmod", "amod", "obj"))
    said = said or any(c.lemma_.lower() in PRICE for c in token.children
                       if c.dep_ in ("dobj", "obj"))
    return _repercussion(token, "pay a price") if said else None


def _war(token: Token) -> SaidAct | None:
    """"Would mean war", "would be an act of war", "sería una declaración de guerra",
    "would put NATO at war with Russia": a threat of force (of nuclear arms, 1385)."""
    lemma = token.lemma_.lower()
    at = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "at"
          for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in WAR]
    if at and _future_or_would(token) and not denied(token) and lemma in AT_WAR:
        # "would put NATO at war with Russia", "would consider itself at war with NATO"
        target = ("obj", "prep:with") if lemma == "put" else ("prep:with",)
        return SaidAct(FORCE_THREAT, target, SPEAKER, "at war", (at[0].i,), held=(at[0].i,))
    if lemma == "put":
        return None
    clause = token.head if token.dep_ == "cop" else token
    warned = clause.dep_ == "ccomp" and fold(clause.head.lemma_) in WARNED
    if not _future_or_would(token) and not _future_or_would(clause) and not any(
            _future_or_would(c) for c in clause.children if c.dep_ == "cop") and not warned:
        # ("warned Taiwan that independence means war": a warning needs no future)
        return None
    if denied(clause):
        return None
    held = [c for c in clause.children if c.dep_ in ("dobj", "obj", "attr", "pobj")]
    held += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj"]  # "would amount to war"
    if clause.pos_ == "NOUN":
        held.append(clause)  # "sería una declaración de guerra": the predicate heads it
    for noun in held:
        war = noun if noun.lemma_.lower() in WAR else next((
            g for c in noun.children if c.dep_ in ("prep", "nmod") for g in (
                [c] if c.dep_ == "nmod" else [x for x in c.children if x.dep_ == "pobj"])
            if g.lemma_.lower() in WAR), None) if noun.lemma_.lower() in WAR_NOUNS else None
        if war is None:
            continue
        nuclear = any(c.lower_ in NUCLEAR for c in war.children)
        if warned:  # "China warned Taiwan that independence means war": the warning's, to whom
            return SaidAct(WMD_THREAT if nuclear else FORCE_THREAT, ("obj", "iobj"), ("subj",),
                           "means war", (noun.i, war.i, token.i), anchor=clause.head.i)
        return SaidAct(WMD_THREAT if nuclear else FORCE_THREAT, (), SPEAKER, "means war",
                       (noun.i, war.i))
    return None


def _not_for(token: Token, lemma: str, word: str) -> SaidAct | None:
    """"Greenland is not for sale", "is not up for negotiation", "is not negotiable", "is
    non-negotiable", "is not on the table", "no está en venta", "no es negociable"."""
    if token.pos_ in ("AUX", "VERB") and lemma in COPULAS:
        clause, preds = token, [c for c in token.children if c.dep_ in ("acomp", "attr")]
        preds += [g for c in token.children if c.dep_ == "prep" for g in c.children
                  if g.dep_ == "pobj"]
        preds += [g for c in token.children if c.lower_ == "up"  # "not up for negotiation"
                  for p in c.children if p.dep_ == "prep" for g in p.children
                  if g.dep_ == "pobj"]
        preds += [g for c in token.children if c.dep_ == "advmod" and c.lower_ == "up"
                  for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
                  for g in p.children if g.dep_ == "pobj"]
    elif any(c.dep_ == "cop" for c in token.children):
        clause, preds = token, [token]  # Spanish: the predicate heads its clause
    else:
        return None
    for pred in preds:
        w = fold(pred.lower_)
        doc = pred.doc
        if w in NEGOTIABLE and pred.i >= 2 and doc[pred.i - 1].text == "-" and \
                doc[pred.i - 2].lower_ == "non":
            w = "non-negotiable"  # (the parser splits "non-negotiable" in three)
        if w in NON_NEGOTIABLE:
            return SaidAct(NO_YIELD, (), SPEAKER, "non-negotiable")
        if not denied(clause):
            if w in ("table", "mesa") and any(c.lower_ == "off" for c in pred.ancestors):
                return SaidAct(REJECT, (), SPEAKER, "off the table")
            continue
        if w in NEGOTIABLE or (w in NOT_FOR and (pred.head.lower_ in ("for", "en") or any(
                c.dep_ == "case" and c.lower_ == "en" for c in pred.children))):
            # (what is not negotiable is not yielded, 124; what is not for sale, an offer
            # turned down, 120)
            return SaidAct(REJECT if w in ("sale", "venta") else NO_YIELD, (), SPEAKER,
                           "not for sale")
        if w in ("table", "mesa") and (pred.head.lower_ in ("on", "sobre") or any(
                c.dep_ == "case" and c.lower_ == "sobre" for c in pred.children)):
            return SaidAct(REJECT, (), SPEAKER, "not on the table")
    return None


def _no_more(token: Token, lemma: str) -> SaidAct | None:  # noqa: C901
    """"There will be no amnesty for those who...", "no habrá negociación": a refusal of
    what will not be, said by whoever says so."""
    if lemma == "be":
        if not any(c.dep_ == "expl" for c in token.children):
            return None
        held = [c for c in token.children if c.dep_ == "attr"
                and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)]
    elif lemma == "haber":
        held = [c for c in token.children if c.dep_ in ("obj", "nsubj")] if denied(token) \
            and "Fut" in token.morph.get("Tense", []) else []
    else:
        return None
    for noun in held:
        code = NONE_OF.get(fold(noun.lower_)) or NONE_OF.get(noun.lower_)
        if code is not None:
            return SaidAct(code, (), SPEAKER, "there will be no")
    if lemma == "be" and _future_or_would(token) and not denied(token):
        # "there will be consequences", "there will be a response"
        held = [c for c in token.children if c.dep_ == "attr"]
    elif lemma == "haber" and not denied(token) and "Fut" in token.morph.get("Tense", []):
        held = [c for c in token.children if c.dep_ in ("obj", "nsubj")]
    else:
        return None
    for noun in held:
        code = REPERCUSSIONS.get(fold(noun.lower_))
        if code is not None and not any(d.lower_ == "no" for d in noun.children):
            return SaidAct(code, ("said_of",), SPEAKER, "there will be consequences")
    return None


def _options(token: Token, lemma: str) -> SaidAct | None:
    """"All options are on the table", "todas las opciones están sobre la mesa": a threat
    of no act said (130), to whom it is said of."""
    if (lemma in COPULAS or lemma in REMAIN) and token.pos_ in ("AUX", "VERB"):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")]
        places = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "off")
                  for g in c.children if g.dep_ == "pobj" and g.lower_ == "table"]
        places += [c for c in token.children if c.dep_ in ("obl", "nmod")
                   and c.lower_ == "mesa" and any(k.lower_ == "sobre" for k in c.children)]
    elif fold(token.lower_) == "mesa" and any(c.dep_ == "cop" for c in token.children):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")]
        places = [token] if any(c.lower_ == "sobre" for c in token.children) else []
    else:
        return None
    if not places:
        return None
    off = places[0].head.lower_ == "off"
    if denied(places[0]) or denied(token) != off:
        return None  # (on the table, or not off it)
    options = [s for s in subjects if fold(s.lower_) in OPTIONS]
    military = any(t.lower_ in MILITARY for s in options for t in s.subtree)
    if not options or not (military or any(t.lower_ in ALL for s in options for t in s.subtree)):
        return None  # ("several options were on the table for the budget")
    return SaidAct(FORCE_THREAT if military else THREAT, ("said_of",), SPEAKER,
                   "all options on the table")


def _measures(token: Token) -> SaidAct | None:
    """"Will take resolute countermeasures", "would take military action if ...", "tomará
    contramedidas": measures an actor says it will take against another are threatened."""
    if denied(token) or not _future_or_would(token):
        return None
    for obj in token.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        word = fold(obj.lower_)
        military = any(fold(c.lower_) in MILITARY for c in obj.children)
        if word in COUNTERMEASURES or (word in MEASURES and (military or any(
                fold(c.lower_) in ("retaliatory", "reciprocal", "punitive", "represalia")
                for c in obj.children))):
            return SaidAct(FORCE_THREAT if military else "131", ("prep:against", "prep:contra"),
                           ("subj",), "will take countermeasures")
        if word in MEASURES and _condition(token) is not None:
            return SaidAct(THREAT, ("prep:against", "prep:contra"), ("subj",),
                           "will take measures if")
    return None


def _reserved(token: Token) -> SaidAct | None:
    """"Reserves the right to respond", "se reserva el derecho a defenderse": force
    threatened (138) by the clause's subject, to whom the answer would be given."""
    for right in token.children:
        if right.dep_ not in ("dobj", "obj") or fold(right.lower_) not in RIGHT:
            continue
        acts = [c for c in right.children if c.dep_ in ("acl", "xcomp")]
        acts += [g for c in right.children if c.dep_ in ("prep", "nmod", "acl")
                 for g in [c, *c.children] if g.pos_ == "VERB"]
        if any(a.lemma_.lower() in ANSWERS or fold(a.lower_).startswith(("respond", "defend"))
               for a in acts) and not denied(token):
            return SaidAct(FORCE_THREAT, ("prep:to", "prep:a"), ("subj",), "reserves the right")
    return None


def _behind(token: Token) -> SaidAct | None:
    """"investigators said Ukrainian intelligence was behind the car bombing", "el Gobierno
    afirmó que el ELN está detrás del atentado": whoever says so accuses the one said to be
    behind the act (of aggression, 1123, for an act of force; 112 otherwise). Said by no one
    but the outlet, it is no one's accusation."""
    copula = next((c for c in token.children if c.dep_ == "cop"), None)
    if token.pos_ == "ADP" and token.dep_ == "prep":  # English: "was behind the bombing"
        anchor = copula = token.head
        acts = [c for c in token.children if c.dep_ == "pobj"]
    elif copula is not None:  # "están detrás del atentado": the adverb heads the clause
        anchor = token
        acts = [c for c in token.children if c.dep_ in ("obl", "nmod") and any(
            g.dep_ == "case" and fold(g.lower_) in ("de", "del") for g in c.children)]
    else:
        return None
    if fold(copula.lemma_) not in COPULAS or denied(anchor) or not acts:
        return None
    act = fold(acts[0].lower_)
    code = "1123" if act in BLAMED_FORCE else "112" if act in BLAMED_OTHER else None
    if code is None:
        return None
    said_of = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not said_of or said_of[0].pos_ == "PRON":
        # "Boko Haram said it was behind the attack", "dijo que estaba detrás del atentado":
        # the speaker's own claim of the act (015)
        return SaidAct(CLAIM, (), SPEAKER, "behind an act, of itself", anchor=anchor.i)
    return SaidAct(code, ("subj",), SPEAKER, "behind an act", anchor=anchor.i)


def _legitimate_target(token: Token) -> SaidAct | None:
    """"Any ship heading to Israel would be considered a legitimate target", "las bases
    serán objetivos legítimos": force threatened (138) by whoever says so."""
    if not any(fold(c.lower_) in LEGITIMATE for c in token.children) or denied(token.head) \
            or denied(token):
        return None
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if fold(token.lower_) in ("objetivo", "blanco") and not (
            _future_or_would(verb) or fold(verb.lemma_) in ("considerar", "declarar")):
        return None  # ("es un objetivo legítimo del Gobierno": an aim, not a target)
    return SaidAct(FORCE_THREAT, (), SPEAKER, "a legitimate target", anchor=verb.i)


def _not_pressed(token: Token) -> SaidAct | None:
    """"Russia will not be intimidated by threats from Brussels", "we will not be
    blackmailed", "no nos dejaremos chantajear": pressure refused (120), by the one pressed."""
    if not denied(token) and not (token.head.i != token.i and denied(token.head)
                                    and token.dep_ == "xcomp"):
        return None
    passive = any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass") for c in token.children)
    let = token.dep_ == "xcomp" and (token.head.lemma_.lower() in ("dejar", "permitir") or
                                     fold(token.head.lower_).startswith(("dej", "permit")))
    if not (passive or let):
        return None
    source = ("obj",) if passive else ("subj", "speaker")
    return SaidAct(REJECT, ("prep:by", "prep:por"), source, "will not be intimidated",
                   passive=passive)


def _not_accepted(token: Token) -> SaidAct | None:
    """"We do not accept these results", "we will never recognise the annexation", "no
    reconocemos a Maduro": an actor that does not accept or recognise something rejects it
    (120). Not a condition ("if they do not accept"), nor a question."""
    if not denied(token) or token.dep_ in ("advcl", "relcl", "acl") or any(
            c.dep_ == "mark" for c in token.children):
        return None
    if token.tag_ in ("VBD", "VBN") or "Past" in token.morph.get("Tense", []) or \
            "Part" in token.morph.get("VerbForm", []):
        return None  # "has not recognised his victory": a recognition that did not happen
    return SaidAct(REJECT, ("obj_poss", "obj_mod", "obj"), ("subj",), "does not accept")
