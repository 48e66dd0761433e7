"""Reading who-did-what-to-whom off a dependency parse, for English (ClearNLP labels) and
Spanish (Universal Dependencies labels) alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from entente.actors.resolver import Word

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
IOBJ_DEPS = frozenset({"dative", "iobj"})
PREP_ATTACH_DEPS = frozenset({"obl", "nmod", "obl:arg", "obl:agent"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "que", "quien", "quienes", "cual"})
# Dependents kept when a noun phrase is read for its actor; clauses and conjuncts are cut.
PHRASE_DEPS = frozenset({
    "compound", "amod", "poss", "nmod:poss", "det", "flat", "flat:name", "appos", "nummod",
    "case", "fixed", "nn", "prep", "pobj", "nmod", "name",
})
PHRASE_PREPS = frozenset({"of", "de", "del"})
# "authorities in Bangladesh", "la policía en Lima": where a sector actor is from
LOCATIVE_PHRASE_PREPS = frozenset({"in", "en"})


def is_passive(verb: Token) -> bool:
    """True for "was captured" and "fue capturado" (not for the Spanish reflexive passive)."""
    for child in verb.children:
        if child.dep_ in ("auxpass", "nsubjpass", "aux:pass", "nsubj:pass"):
            return True
        if (child.dep_ in ("aux", "cop") and child.lemma_ == "ser"
                and "Part" in verb.morph.get("VerbForm", [])):
            return True
    return False


def subjects(verb: Token) -> list[Token]:
    """The grammatical subject heads of `verb`, borrowed from the governing verb for
    infinitive complements and coordinated verbs, and from the noun a relative clause modifies.
    """
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own:
        if own[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ in ("relcl", "acl", "acl:relcl"):
            return [verb.head]
        return own
    if verb.dep_ == "xcomp" and verb.head is not verb:
        # object control: "urged both sides to talk", "pressed Caracas to cut ties"
        controller = direct_objects(verb.head)
        return controller or subjects(verb.head)
    if verb.dep_ == "conj" and verb.head is not verb:
        return subjects(verb.head)
    return []


def agents(verb: Token) -> list[Token]:
    """Who did it in a passive: "by U.S. troops", "por tropas estadounidenses"."""
    found = []
    for child in verb.children:
        if child.dep_ == "agent":
            found += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in PREP_ATTACH_DEPS | OBJECT_DEPS and _case(child) == "por":
            found.append(child)  # the Spanish model sometimes labels "por tropas" obj
    return found


def direct_objects(verb: Token) -> list[Token]:
    """Direct objects, with the Spanish personal "a" ("criticó a Venezuela") that the model
    sometimes attaches as an oblique."""
    return [c for c in verb.children
            if (c.dep_ in OBJECT_DEPS and _case(c) != "por")
            or (c.dep_ in ("obl", "obl:arg") and _case(c) == "a" and c.pos_ == "PROPN")]


def indirect_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in IOBJ_DEPS]


def prep_objects(head: Token, prep: str) -> list[Token]:
    """Objects of preposition `prep` attached to `head` ("with Cuba", "con Cuba")."""
    found = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == prep:
            found += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in PREP_ATTACH_DEPS and _case(child) == prep:
            found.append(child)
    return found


def possessors(head: Token) -> list[Token]:
    """"Díaz-Canel's visit": the possessive modifier of a noun."""
    return [c for c in head.children if c.dep_ in ("poss", "nmod:poss")]


# "waves of air strikes", "dozens of prisoners", "decenas de presos": the noun that counts
QUANTITY_NOUNS = frozenset({
    "wave", "series", "barrage", "string", "number", "dozen", "dozens", "hundreds",
    "thousands", "group", "round", "volley", "salvo", "batch", "handful", "pair", "couple",
    "oleada", "serie", "decena", "centenar", "millar", "grupo", "ronda", "docena", "par",
})


def look_through(tokens: list[Token]) -> list[Token]:
    """Replace a quantity noun by what it counts: "dozens of prisoners" -> "prisoners"."""
    out: list[Token] = []
    for t in tokens:
        inner = (prep_objects(t, "of") + prep_objects(t, "de")
                 if t.lemma_.lower() in QUANTITY_NOUNS else [])
        out.extend(inner or [t])
    return out


def has_particle(verb: Token, particles: frozenset[str]) -> bool:
    return any(c.dep_ in ("prt", "compound:prt") and c.lower_ in particles
               for c in verb.children)


def expand(heads: list[Token]) -> list[Token]:
    """Heads plus their coordinated conjuncts: "Cuba and Venezuela" gives both."""
    out: list[Token] = []
    for h in heads:
        for t in (h, *h.conjuncts):
            if t not in out:
                out.append(t)
    return out


def phrase_words(head: Token) -> list[Word]:
    """The words of the noun phrase headed by `head`, as the actor resolver reads them."""
    keep = sorted(_phrase_tokens(head, None), key=lambda pair: pair[0].i)
    return [Word(t.text, t.lemma_.lower(), is_head=t is head, space_after=bool(t.whitespace_),
                 proper=t.pos_ == "PROPN", locative=via)
            for t, via in keep]


def _phrase_tokens(head: Token, via: bool | None) -> Iterator[tuple[Token, bool]]:
    yield head, bool(via)
    for child in head.children:
        if child.dep_ not in PHRASE_DEPS:
            continue
        locative = False
        if child.dep_ == "prep":
            if child.lower_ in LOCATIVE_PHRASE_PREPS:
                locative = True
            elif child.lower_ not in PHRASE_PREPS:
                continue
        if child.dep_ == "nmod":
            case = _case(child)
            if case in LOCATIVE_PHRASE_PREPS:
                locative = True
            elif case not in (*PHRASE_PREPS, None):
                continue
        yield from _phrase_tokens(child, via or locative)


def _case(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "case":
            return str(child.lower_)
    return None


LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "en", "cerca"})
VISIT_PREPS = frozenset({"to", "a"})


def place_heads(trigger: Token, visit: bool = False, depth: int = 3) -> list[Token]:
    """Heads of the place phrases around a trigger, nearest first: "in Caracas", "en
    Mérida", "at the border with Colombia" (its head is "border"); for visits also "to X".
    """
    preps = LOCATIVE_PREPS | VISIT_PREPS if visit else LOCATIVE_PREPS
    found: list[Token] = []
    frontier = [trigger]
    for _ in range(depth):
        following: list[Token] = []
        for tok in frontier:
            for child in tok.children:
                if child.dep_ in SUBJECT_DEPS:
                    continue
                if child.dep_ == "prep" and child.lower_ in preps:
                    found += [g for g in child.children if g.dep_ == "pobj"]
                elif child.dep_ in PREP_ATTACH_DEPS and _case(child) in preps:
                    found.append(child)
                following.append(child)
        frontier = following
    return found


def place_name(head: Token) -> str:
    """The name a place phrase gives: the head with its compound and flat parts."""
    parts = [t for t in head.subtree
             if t is head or (t.head is head and t.dep_ in ("compound", "flat", "flat:name"))]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def border_country(head: Token) -> Token | None:
    """"the border with Colombia" / "la frontera con Colombia": the other side."""
    if head.lemma_.lower() not in ("border", "frontier", "frontera"):
        return None
    for prep in ("with", "con"):
        found = prep_objects(head, prep)
        if found:
            return found[0]
    return None
