"""Reading who-did-what-to-whom off a dependency parse, for English (ClearNLP labels) and
Spanish (Universal Dependencies labels) alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from entente.actors.resolver import Word
from entente.coding.table import children
from entente.coding.views import conjuncts

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
    if verb.dep_ in ("acl", "amod") and agents(verb) and (
            verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm", [])):
        return True  # "a deal brokered by China", "un acuerdo mediado por Qatar"
    for child in children(verb):
        if child.dep_ in ("auxpass", "nsubjpass", "aux:pass", "nsubj:pass"):
            return True
        if (child.dep_ in ("aux", "cop") and child.lemma_ == "ser"
                and "Part" in verb.morph.get("VerbForm", [])):
            return True
    return False


# Verbs whose subject is what is set off when no one is named setting it off ("a car bomb
# exploded", "two bombs went off", "estalló un coche bomba"): read as a passive, the
# weapon is what the patterns' objects name ("detonate a car bomb"), and no one is the agent.
ERGATIVE_VERBS = frozenset({"explode", "detonate", "estallar", "explotar", "detonar"})
ERGATIVE_PHRASAL = frozenset({("go", "off")})


def set_off_unnamed(verb: Token) -> bool:
    """"A car bomb exploded outside the ministry": the verb's subject was set off, by no one
    named (the verb has no direct object of its own)."""
    lemma = verb.lemma_.lower()
    phrasal = any((lemma, c.lower_) in ERGATIVE_PHRASAL for c in children(verb)
                  if c.dep_ in ("prt", "compound:prt"))
    if lemma not in ERGATIVE_VERBS and not phrasal:
        return False
    if any(c.dep_ in OBJECT_DEPS for c in children(verb)):
        return False
    return any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in children(verb))


# Documents whose words are their issuers' ("a statement in which they condemned")
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "letter",
                             "resolution", "comunicado", "declaración", "carta", "resolución",
                             "nota", "pronunciamiento"})


# ... and the verbs that make them theirs (not "vetoed a resolution demanding ...")
ISSUE_VERBS = frozenset({"issue", "release", "publish", "sign", "send", "adopt", "pass",
                         "approve", "emitir", "publicar", "firmar", "difundir", "enviar",
                         "suscribir", "aprobar", "adoptar", "divulgar", "presentar"})


def issuers(verb: Token) -> list[Token]:
    """"issued a joint statement in which they condemned the strikes", "emitieron un
    comunicado en el que rechazan la intervención": who issued the document a clause says
    the words of (the subjects of the verb the document is the object of)."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl", "acl:relcl") or noun.i == verb.i or \
            noun.lemma_.lower() not in STATEMENT_NOUNS or noun.dep_ not in OBJECT_DEPS or \
            noun.head.lemma_.lower() not in ISSUE_VERBS:
        return []
    own = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    if any(c.pos_ != "PRON" for c in own):
        return []
    return subjects(noun.head)


QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”", "‘", "’", "'"})


def subjects(verb: Token) -> list[Token]:
    """The grammatical subject heads of `verb`, borrowed from the governing verb for
    infinitive complements and coordinated verbs, and from the noun a relative clause modifies.
    """
    issued = issuers(verb)
    if issued:
        return issued
    own = [k for c in children(verb) if c.dep_ in SUBJECT_DEPS
           for k in ([g for g in children(c) if g.dep_ in ("flat", "compound", "appos")
                      and g.pos_ == "PROPN"][:1] if c.text in QUOTE_MARKS else [c])]
    # (a quotation mark the parser took for the subject is none, «Estamos dispuestos», or
    # stands for the name it hangs on itself: «Irán debe...»)
    # (the run of spaces left where a dateline was, taken for the subject with the real one
    # hung on it: "LA PAZ.- Transportistas bloquearon")
    own = [k for c in own for k in ([g for g in children(c) if g.pos_ in ("NOUN", "PROPN")][:1]
                                    or [c] if c.is_space else [c])]
    if verb.dep_ == "ccomp":
        # "anunció que levantará las sanciones": the conjunction the parser took for the
        # subject of the clause it opens
        own = [c for c in own if c.lower_ not in ("que", "that")]
    if own:
        if own[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ in ("relcl", "acl", "acl:relcl"):
            return [verb.head]
        # "Thailand, Cambodia agree to...": a headline lists its subjects with a comma, and
        # the parser hangs the first on the verb as a modifier
        doc = verb.doc
        listed = [c for c in children(verb) if c.dep_ in ("npadvmod", "dep") and
                  c.pos_ == "PROPN" and c.i < own[0].i and c.i + 1 < len(doc) and
                  doc[c.i + 1].text == "," and c.i + 2 == own[0].left_edge.i]
        return listed + own
    accuser = accused_of(verb)
    if accuser is not None:
        # "accused Russia of executing prisoners", "acusó a Hamás de violar la tregua"
        return direct_objects(accuser) or indirect_objects(accuser)
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        # object control: "urged both sides to talk", "pressed Caracas to cut ties"; not
        # where the object is where one goes ("visited India to meet Modi": Putin meets)
        controller = direct_objects(verb.head) \
            if verb.head.lemma_.lower() not in GOING_VERBS else []
        if not controller and verb.head.pos_ == "ADJ" and verb.head.head.i != verb.head.i:
            return subjects(verb.head.head)  # "Ukraine is ready to meet": the copula's
        return controller or subjects(verb.head)
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return subjects(verb.head)
    if verb.dep_ == "advcl" and verb.head.i != verb.i and \
            verb.lemma_.lower() in PURPOSE_PROTESTS and any(
                c.lower_ in ("to", "para") for c in children(verb)):
        # "farmers came to Brussels to protest": who came protested
        return subjects(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and verb.head.tag_ in ("VBD", "VBN") and \
            verb.head.lemma_.lower() in RELATION_PARTICIPLES and verb.head.i < verb.i and \
            not direct_objects(verb.head):
        # "Fighters linked to al-Qaeda killed 60 civilians": the parser reads the participle
        # of a relative cut short as the main verb, and the real one as its adverbial
        return subjects(verb.head)
    if verb.dep_ == "ccomp" and verb.head.i != verb.i and verb.head.pos_ == "VERB" and \
            "Fin" in verb.morph.get("VerbForm", []) and \
            verb.morph.get("Number", []) == verb.head.morph.get("Number", ["?"]) and \
            verb.morph.get("Person", ["3"]) == ["3"]:
        # "anunciaron que reconocerán a Palestina": a clause whose subject is left out is
        # most often about the one who says it (the Spanish parser marks it; English
        # clauses name their subject)
        return subjects(verb.head)
    if verb.dep_ in ("acl", "relcl", "acl:relcl", "advcl") and verb.head.i != verb.i and \
            "Fin" in verb.morph.get("VerbForm", []) and verb.morph.get("Person", ["3"]) == ["3"] \
            and any(c.lower_ in ("donde", "adonde", "cuando") and c.i < verb.i
                    for c in children(verb)):
        # "viajó a Caracas, donde se reunió con Maduro": a clause of where or when with its
        # subject left out is about the subject of the clause it hangs from
        up = verb.head
        while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.pos_ in ("VERB", "AUX") and up.i != verb.i and \
                verb.morph.get("Number", []) == up.morph.get("Number", ["?"]):
            return subjects(up)
    if verb.dep_ in ("acl", "amod") and verb.head.i != verb.i and (
            verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm", [])):
        return [verb.head]  # "the ceasefire brokered by Qatar": what was brokered
    return headline_subjects(verb)


# How a parser hangs a headline's subject on a verb it took for a noun
HEADLINE_SUBJECT_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod", "dep"})


def headline_subjects(verb: Token) -> list[Token]:
    """"Pakistan expels Afghan refugees", "Thousands rally in Tbilisi": in a headline with
    no word read as a verb with a subject, the parser takes the verb for a noun heading the
    sentence and hangs its subject on it as a modifier; that modifier is the subject."""
    if verb.pos_ in ("VERB", "AUX") or not (verb.dep_ == "ROOT" or _compound_verb(verb)) or \
            _has_clause(verb):
        return []
    left = [c for c in children(verb) if c.i < verb.i and c.dep_ in HEADLINE_SUBJECT_DEPS
            and c.pos_ in ("PROPN", "NOUN", "ADJ")]
    # (a noun before an adjective: "Kenyan police fire tear gas" is the police's act)
    nouns = [c for c in left if c.pos_ != "ADJ"]
    return nouns[-1:] or left[:1]


def _has_clause(token: Token) -> bool:
    """The token's sentence has a word read as a verb with a subject (worked out once per
    sentence and kept with the document: headline_subjects asks it of many nouns)."""
    sent = token.sent
    start, end = sent.start, sent.end
    doc = token.doc
    headline = doc[end - 1].text not in (".", "!", "?", "»", '"', "”")
    if headline:
        # "Sudan's RSF shells Zamzam camp, dozens killed": a headline's parts between commas
        # are clauses of their own, and a clause under "as", "after" is no main one
        start = max([t.i + 1 for t in doc[sent.start:token.i] if t.text in HEADLINE_BREAKS],
                    default=sent.start)
        end = min([t.i for t in doc[token.i:sent.end] if t.text in HEADLINE_BREAKS],
                  default=sent.end)
    cache: dict[int, bool] = doc.user_data.setdefault("entente.clauses", {})
    found = cache.get(start)
    if found is None:
        found = cache[start] = any(
            t.pos_ == "VERB" and any(c.dep_ in SUBJECT_DEPS for c in children(t)) and
            (not headline or t.dep_ in ("ROOT", "conj", "dep", "parataxis"))
            for t in doc[start:end])
    return found


# What parts a headline's clauses: "RSF shells camp, dozens killed", "X: Y says"
HEADLINE_BREAKS = frozenset({",", ";", ":", "—", "–"})


def _compound_verb(token: Token) -> bool:
    """"Kenyan police fire tear gas at protesters", "Armenia and Azerbaijan swap prisoners":
    a headline's verb the parser took for a noun compounded with its object."""
    return token.dep_ == "compound" and token.head.i > token.i and \
        token.head.pos_ in ("NOUN", "PROPN", "VERB") and token.i > token.sent.start


def headline_object(verb: Token) -> list[Token]:
    """The object of a headline's verb read as a compound: the noun it was compounded with
    ("fire tear gas": "gas"), when the sentence has no verb read with a subject."""
    if _compound_verb(verb) and headline_subjects(verb):
        return [verb.head]
    return []


ACCUSE_VERBS = frozenset({"accuse", "blame", "acusar", "culpar", "responsabilizar"})


def accused_of(verb: Token) -> Token | None:
    """"accused Russia of executing prisoners", "acusó a Hamás de violar la tregua": the verb
    of accusing whose object is said to have done `verb`, if it is one."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for"):
        head = head.head
    elif not (verb.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "mark" and c.lower_ in ("de", "por") for c in children(verb))):
        return None
    return head if head.i != verb.i and head.lemma_.lower() in ACCUSE_VERBS else None


def accused_noun_of(noun: Token) -> Token | None:
    """"accused Israel of genocide", "acusó a Azerbaiyán de limpieza étnica": the verb of
    accusing whose object is said to have done the act the noun names, if it is one."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "for"):
        head = head.head
    elif noun.dep_ in ("nmod", "obl") and _case(noun) in ("de", "por"):
        if head.dep_ in ("dobj", "obj", "obl") and head.head.i != head.i:
            head = head.head  # the parser hangs "de genocidio" on the accused
    else:
        return None
    return head if head.i != noun.i and head.lemma_.lower() in ACCUSE_VERBS else None


def adjunct_head(verb: Token) -> Token | None:
    """"filed a case, accusing Israel of genocide", "retiró a su embajador, acusando a Irán":
    the verb a gerund's clause without a subject of its own is added to. Set off by a comma,
    it is the sentence's main act's ("Washington demanded that Moscow free him, calling the
    charges absurd": Washington calls them so, though the parser hangs it on "free")."""
    if any(c.dep_ in SUBJECT_DEPS for c in children(verb)) or verb.head.i == verb.i:
        return None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in TIME_PREPS and \
            verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head  # "deported them after accusing them of ..."
    if verb.dep_ == "advcl" and "Inf" in verb.morph.get("VerbForm", []) and any(
            c.dep_ == "mark" and c.lower_ in TIME_PREPS for c in children(verb)):
        return verb.head  # "los deportó tras acusarlos de ..."
    if verb.dep_ != "advcl" or not (
            verb.tag_ == "VBG" or "Ger" in verb.morph.get("VerbForm", [])):
        return None
    head = verb.head
    start = verb.left_edge.i
    if start > 0 and verb.doc[start - 1].text == ",":
        while head.dep_ in ("ccomp", "xcomp") and head.head.i != head.i and head.i > head.head.i:
            head = head.head
    return head


# "after accusing them", "tras acusarlos", "al denunciar": a clause of time with no subject
TIME_PREPS = frozenset({"after", "before", "upon", "tras", "al", "después", "despues", "antes"})
ENCLITICS = ("los", "las", "les", "lo", "la", "le")


def enclitic_antecedents(verb: Token) -> list[Token]:
    """"tras acusarlos", "acusándola": the objects of the act a subjectless clause is added
    to, that the pronoun written onto the verb stands for."""
    lemma = verb.lemma_.lower()
    form = verb.lower_
    if not any(form.endswith(e) and len(form) > len(e) + 2 for e in ENCLITICS) or \
            (form.startswith(lemma) and form == lemma):
        return []
    act = adjunct_head(verb)
    return direct_objects(act) if act is not None else []


def adjunct_antecedents(pronoun: Token) -> list[Token]:
    """"sued Myanmar, accusing it", "issued a warrant for Putin, accusing him": the objects
    of the act a gerund is added to (and what its object is for or against), nearest first,
    that a pronoun object of the gerund may stand for."""
    gerund = pronoun.head
    if pronoun.dep_ not in ("dobj", "obj") or gerund.i == pronoun.i:
        return []
    act = adjunct_head(gerund)
    if act is None:
        return []
    found = []
    for obj in direct_objects(act):
        found.append(obj)
        found += prep_objects(obj, "for") + prep_objects(obj, "against")
    return found + prep_objects(act, "against")


# Verbs whose object is the place one goes to: an infinitive under them is the goer's
GOING_VERBS = frozenset({"visit", "tour", "travel", "fly", "reach", "enter", "visitar",
                         "recorrer", "alcanzar"})


def adjunct_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb a subjectless gerund's clause is added to (`adjunct_head`)."""
    head = adjunct_head(verb)
    return subjects(head) if head is not None else []


def agents(verb: Token) -> list[Token]:
    """Who did it in a passive: "by U.S. troops", "por tropas estadounidenses"."""
    found = []
    for child in children(verb):
        if child.dep_ == "agent":
            found += [g for g in children(child) if g.dep_ == "pobj"]
        elif child.dep_ in PREP_ATTACH_DEPS | OBJECT_DEPS and _case(child) == "por":
            found.append(child)  # the Spanish model sometimes labels "por tropas" obj
    return found


def direct_objects(verb: Token) -> list[Token]:
    """Direct objects, with the Spanish personal "a" ("criticó a Venezuela", "retiró a su
    embajador") that the model sometimes attaches as an oblique."""
    own = [c for c in children(verb) if c.dep_ in OBJECT_DEPS and _case(c) != "por"]
    counted = [c for c in children(verb) if c.dep_ in ("obl", "obl:arg") and
               _case(c) == "hasta" and any(d.dep_ == "nummod" for d in children(c))]
    if counted:
        # "enviar hasta 20.000 soldados a Gaza": a count up to a number, which the parser
        # takes for an oblique, is the object (and "a Gaza" where they go)
        return counted + [c for c in own if _case(c) != "a"]
    personal = [c for c in children(verb)
                if c.dep_ in ("obl", "obl:arg") and _case(c) == "a" and (
                    c.pos_ == "PROPN" or (not own and c.pos_ == "NOUN" and _person_noun(c)))]
    if not own and not personal and not any(c.dep_ in ("ccomp", "xcomp") for c in children(
            verb)):
        # "Secuestran a 280 alumnos": with no object and no clause, the person after the
        # personal "a" that the parser took for an indirect object is the one acted on
        personal = [c for c in children(verb) if c.dep_ == "iobj" and _case(c) == "a" and
                    c.pos_ == "NOUN" and _person_noun(c)]
    if not own:
        # "Somalia expels Ethiopian ambassador over port deal": in a headline's clipped
        # English the parser may take the object for an adverbial noun
        own = [c for c in children(verb) if c.dep_ == "npadvmod" and c.i > verb.i
               and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in TIME_NOUNS
               and not any(d.dep_ == "nummod" for d in children(c))]
    if not own:
        # "struck what officials said was a camp": a free relative is the object
        own = [c for c in children(verb) if c.dep_ == "ccomp" and c.i > verb.i
               and any(t.lower_ in ("what", "whatever")
                       for t in verb.doc[verb.i + 1:c.left_edge.i + 1])]
    if not own:
        # "allowed inspectors to visit", "urged Iran to talk", "branded the sanctions
        # illegal": the parser makes the object the subject of the infinitive or of the
        # predicate
        own = [g for c in children(verb) if c.dep_ in ("ccomp", "xcomp") and (
            c.pos_ == "ADJ" or any(a.lower_ == "to" and a.dep_ in ("aux", "mark")
                                   for a in children(c)))
               for g in children(c) if g.dep_ == "nsubj"]
    if not own and not personal and verb.pos_ == "NOUN":
        own = headline_object(verb)
    going_on = _going_on(verb) if not own and not personal else None
    if going_on is not None:
        # "seguir apoyando a Ucrania": the Spanish parser hangs the gerund's object on
        # the verb of going on
        return direct_objects(going_on)
    return own + personal


# Verbs of protest whose infinitive of purpose says what an act done was (coder's
# _protest_purpose)
PURPOSE_PROTESTS = frozenset({"protest", "demonstrate", "protestar", "manifestarse",
                              "denunciar", "rechazar", "repudiar"})
# Participles that say whose side someone is on ("rebels linked to", "militias backed by")
RELATION_PARTICIPLES = frozenset({"link", "back", "ally", "align", "affiliate", "tie", "fund",
                                  "arm", "support", "train", "sponsor", "inspire", "loyal",
                                  "connect", "associate"})
# Verbs of going on doing something ("seguir apoyando", "continuar enviando")
CONTINUE_VERBS = frozenset({"seguir", "continuar", "proseguir"})


def _going_on(verb: Token) -> Token | None:
    """The verb of going on a gerund hangs on ("seguir apoyando"), if any."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in CONTINUE_VERBS \
            and "Ger" in verb.morph.get("VerbForm", []):
        return head
    return None


# Nouns of time and measure a verb's adverbial noun may be ("met last week", "a day later")
TIME_NOUNS = frozenset({
    "day", "week", "month", "year", "hour", "minute", "morning", "evening", "night",
    "afternoon", "weekend", "today", "tonight", "yesterday", "tomorrow", "time", "times",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "decade",
    "century", "season", "spring", "summer", "autumn", "winter", "percent", "mile", "kilometre",
    "kilometer", "way", "home", "part"})

# Nouns for people the Spanish personal "a" comes before ("retiró a su embajador").
PERSON_NOUNS = frozenset({
    "embajador", "embajadora", "embajadores", "diplomático", "diplomáticos", "diplomatico",
    "diplomaticos", "soldado", "soldados", "tropas", "militares", "médicos", "medicos",
    "periodista", "periodistas", "ministro", "ministra", "presidente", "presidenta",
    "opositor", "opositores", "activista", "activistas", "manifestantes", "presos",
    "detenidos", "rehenes", "prisioneros", "funcionarios", "funcionario", "asesores",
    "personal", "delegación", "delegacion", "observadores", "inspectores", "ciudadanos",
    "migrantes", "refugiados", "civiles", "líderes", "lideres", "dirigentes", "agentes",
    "policías", "policias", "espías", "espias", "cónsul", "consul", "enviado", "emisario",
    "miembros", "integrantes", "personas", "sospechosos", "presuntos", "jóvenes", "jovenes",
    "estudiantes", "alumnos", "menores", "niños", "ninos", "mujeres", "hombres", "militantes",
    "dirigente", "líder", "lider", "candidato", "candidata", "alcalde",
    "gobernador", "exministro", "expresidente", "expresidenta", "narcotraficantes",
    "pandilleros", "guerrilleros", "rebeldes", "disidentes", "manifestante",
    "cabecilla", "cabecillas", "empresario", "empresarios", "trabajadores", "campesinos",
    "indígenas", "indigenas", "pescadores", "turistas", "militar", "agente",
    "oficial", "oficiales", "marinos", "tripulantes", "pasajeros", "colaboradores",
})


def _person_noun(t: Token) -> bool:
    return t.lower_ in PERSON_NOUNS or t.lemma_.lower() in PERSON_NOUNS


def indirect_objects(verb: Token) -> list[Token]:
    return [c for c in children(verb) if c.dep_ in IOBJ_DEPS]


# Spanish "al" is "a el", "del" is "de el": "prep:a" takes "al ejército" too
CONTRACTIONS = {"al": {"a"}, "del": {"de"}}
CONTRACTED = {plain: joined for joined, plains in CONTRACTIONS.items() for plain in plains}


def prep_objects(head: Token, prep: str) -> list[Token]:
    """Objects of preposition `prep` attached to `head` ("with Cuba", "con Cuba"); "por
    parte de los rebeldes" and "at the hands of rebels" give the rebels."""
    found = []
    for child in children(head):
        # the English parser often labels "to"/"for" before a recipient dative
        if child.dep_ in ("prep", "dative") and child.lower_ == prep:
            found += [g for g in children(child) if g.dep_ == "pobj"]
        elif (child.dep_ in PREP_ATTACH_DEPS or child.dep_ in OBJECT_DEPS
              or child.dep_ == "compound") and _case(child) in (prep, CONTRACTED.get(prep, prep)):
            # the Spanish model labels some "de Cuba" obj, and some "en huelga" (before
            # another object) compound
            found.append(child)
    return [_through_parte(t) for t in found]


def _through_parte(t: Token) -> Token:
    """"por parte de X" -> X; "at the hands of X" -> X; "frente a X" -> X."""
    if t.lemma_.lower() in ("parte", "hand", "frente"):
        inner = [c for c in children(t) if (c.dep_ == "prep" and c.lower_ == "of")
                 or (c.dep_ in PREP_ATTACH_DEPS and _case(c) in ("de", "del", "a", "al"))]
        if inner:
            obj = inner[0]
            if obj.dep_ == "prep":
                pobj = [g for g in children(obj) if g.dep_ == "pobj"]
                return pobj[0] if pobj else t
            return obj
    return t


# "Russian strikes", "U.S. sanctions", "el ataque ruso": the modifiers that can name who acts
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nn", "flat", "poss", "nmod:poss"})


def modifiers(noun: Token) -> list[Token]:
    """The modifiers of an event noun that may name its agent (no prepositional ones)."""
    return [c for c in children(noun) if c.dep_ in MODIFIER_DEPS and _case(c) is None
            and c.pos_ in ("ADJ", "PROPN", "NOUN")]


def head_subjects(noun: Token) -> list[Token]:
    """"Trump survived an assassination attempt": the subject of the verb an event noun is
    the object of (the one the act was aimed at)."""
    if noun.dep_ in ("dobj", "obj") and noun.head.i != noun.i:
        return subjects(noun.head)
    return []


def head_objects(noun: Token) -> list[Token]:
    """"Israeli strikes killed 20 soldiers": the objects of the verb an event noun is the
    subject of."""
    if noun.dep_ in ("nsubj", "csubj") and noun.head.i != noun.i:
        return direct_objects(noun.head)
    return []


def hangs_from(verb: Token, words: tuple[str, ...]) -> bool:
    """Every word of `words` hangs from the verb, as a child or a child's case marker
    ("call off", "call for", "take part", "llamar a consultas"); the subject's words do not
    count."""
    cache: dict[int, set[str]] = verb.doc.user_data.setdefault("entente.near", {})
    near = cache.get(verb.i)
    if near is None:
        near = cache[verb.i] = _near_words(verb)
    return all(w in near for w in words)


def _near_words(verb: Token) -> set[str]:
    from entente.coding.patterns import lemma_key

    near: set[str] = set()
    for child in children(verb):
        if child.dep_ in SUBJECT_DEPS:
            continue
        near.add(lemma_key(child.text))
        near.add(lemma_key(child.lemma_))
        near |= CONTRACTIONS.get(child.lower_, set())
        for grand in children(child):
            near |= CONTRACTIONS.get(grand.lower_, set())
            if grand.dep_ == "prep" and child.dep_ in ("oprd", "attr", "acomp"):
                continue  # "what New Delhi called retaliation for the killing": no "call for"
            if grand.dep_ in ("case", "mark", "fixed", "det", "pobj", "prt", "compound",
                              "prep"):
                near.add(lemma_key(grand.text))
                near.add(lemma_key(grand.lemma_))
                if grand.dep_ == "pobj" and child.dep_ == "prep" and not direct_objects(verb):
                    # "would respond to any provocation with force": a second preposition
                    # of a verb with no object, hung by the parser on the first one's object
                    near |= {lemma_key(g.lower_) for g in children(grand) if g.dep_ == "prep"}
            elif grand.dep_ in ("nmod", "obl") and child.dep_ in OBJECT_DEPS:
                # "acusó a Ucrania de crímenes": the case of a phrase hung on the object
                near.add(_case(grand) or "")
    going_on = _going_on(verb)
    if going_on is not None:
        # "seguir apoyando militarmente a Ucrania": the words the parser hung on the verb
        # of going on
        near |= {lemma_key(c.text) for c in children(going_on) if c.i != verb.i
                 and c.dep_ not in SUBJECT_DEPS}
    return near


def reflexive(verb: Token) -> bool:
    """Spanish "se retiró", "retirarse", "retirándose": the verb carries its clitic."""
    if verb.lower_.endswith(("se", "nos")) and verb.lower_[:-2].endswith(("ar", "er", "ir",
                                                                          "ndo")):
        return True
    return any(c.lower_ in ("se", "nos") and c.dep_ in ("expl:pv", "expl", "obj", "iobj",
                                                        "expl:pass", "expl:impers")
               for c in children(verb))


def preposition_objects(verb: Token, words: tuple[str, ...]) -> list[Token]:
    """Objects of the prepositions written in a trigger: "went on strike" -> strike,
    "se declararon en huelga" -> huelga; through a verb after the preposition, its object:
    "accused of committing war crimes", "acusó de cometer crímenes"."""
    found: list[Token] = []
    for w in words:
        found += prep_objects(verb, w)
        for child in children(verb):
            if child.dep_ == "prep" and child.lower_ == w:
                for comp in children(child):
                    if comp.dep_ == "pcomp":
                        found += direct_objects(comp)
            elif child.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == w
                                              for c in children(child)):
                found += direct_objects(child)
            elif child.dep_ in ("prep", "prt", "advmod") and child.lower_ in words:
                # "walked out of the talks", "pulled away from": the parser hangs the
                # second preposition on the first
                found += [o for g in children(child) if g.dep_ == "prep" and g.lower_ == w
                          for o in children(g) if o.dep_ == "pobj"]
    return found


AGAINST = ("against", "contra")


def against_objects(verb: Token, depth: int = 3, words: tuple[str, ...] = AGAINST
                    ) -> list[Token]:
    """What an act is against, wherever the clause says it: "marched to protest against the
    blockade", "began a strike against the cuts", "stopped work in protest against the coup",
    "marcharon en protesta contra la reforma". The subject's words are never searched."""
    found: list[Token] = []
    frontier = [c for c in children(verb) if c.dep_ not in SUBJECT_DEPS]
    for _ in range(depth):
        following = []
        for t in frontier:
            if t.lower_ in words and t.dep_ in ("prep", "case"):
                found += [g for g in children(t) if g.dep_ in ("pobj", "pcomp")] or (
                    [t.head] if t.dep_ == "case" else [])
            elif t.pos_ in ("NOUN", "VERB", "ADP", "PART") and t.dep_ not in ("conj", "ccomp"):
                following += [c for c in children(t) if c.dep_ not in SUBJECT_DEPS]
        frontier = following
    return found


def possessors(head: Token) -> list[Token]:
    """"Díaz-Canel's visit": the possessive modifier of a noun."""
    return [c for c in children(head) if c.dep_ in ("poss", "nmod:poss")]


# "waves of air strikes", "dozens of prisoners", "decenas de presos": the noun that counts
QUANTITY_NOUNS = frozenset({
    "wave", "series", "barrage", "string", "number", "dozen", "dozens", "hundreds",
    "thousands", "group", "round", "volley", "salvo", "batch", "handful", "pair", "couple",
    "oleada", "serie", "decena", "centenar", "millar", "grupo", "ronda", "docena", "par",
    "miles", "cientos", "centenares", "decenas", "millares", "millones", "millions",
    "mil", "scores", "batallón", "contingente", "contingent", "veintena", "treintena",
    "cuarentena", "cincuentena", "quincena", "docenas", "veintenas",
    "cantidad", "número", "numero", "total", "hundred", "thousand", "tens",
    # "its 16th package of sanctions", "un nuevo paquete de sanciones"
    "package", "raft", "tranche", "slate", "paquete", "batería", "bateria", "tanda",
    # "record volumes of Russian crude" (not Spanish "toneladas de alimentos a Afganistán":
    # the parser hangs the destination on the quantity)
    "volume", "volumes", "barrels", "cargoes", "amount", "amounts", "quantities",
    "tonnes", "tons", "tonne", "ton", "toneladas", "tonelada", "kilos", "truckloads",
    "shipment", "shipments", "cargamento", "cargamentos", "lote",
    # "some of the sanctions", "algunas de las sanciones": the part is of the whole
    "some", "several", "many", "most", "part", "rest", "all", "alguna", "algunas", "algunos",
    "varias", "varios", "muchas", "muchos", "parte", "mayoría", "mayoria", "resto",
    # "a single square inch of its territory", "ni un centímetro de nuestro territorio"
    "inch", "inches", "centimetre", "centimetres", "centimeter", "centimeters", "millimetre",
    "metre", "metres", "meter", "palmo", "centímetro", "centímetros", "milímetro", "metro",
})


# "pledged $50 million in aid", "50 millones de dólares en ayuda": a sum given in something
# What a sum is given in, where the parser hangs it on the verb ("envió 50 millones de
# dólares en ayuda"), not where it went ("depositó 2.000 millones en el banco central")
GIVEN_IN = frozenset({"aid", "assistance", "loan", "loans", "grant", "grants", "credit",
                      "credits", "funding", "ayuda", "asistencia", "préstamo", "préstamos",
                      "crédito", "créditos", "donación", "donaciones", "financiamiento",
                      "financiación", "subvención", "subvenciones", "cooperación"})
MONEY_NOUNS = frozenset({
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee", "rupees",
    "franc", "francs", "million", "millions", "billion", "billions", "$", "€", "£",
    "dólar", "dólares", "dolares", "millón", "millones", "millon", "peso", "pesos",
})


# How many people an act is done to before it counts as done to a great number
MANY = 20
MANY_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions",
                        "decenas", "cientos", "centenares", "miles", "millares",
                        "hundred", "thousand", "centenar", "millar"})
_NUMBER_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                 "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
                 "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100}


def many_killed(verb: Token) -> bool:
    """The people the verb (or its noun) was done to are many: "at least 200 villagers",
    "dozens of worshippers", "decenas de civiles", "the killing of at least 43 worshippers"."""
    held = (prep_objects(verb, "of") + prep_objects(verb, "de")) if verb.pos_ == "NOUN" else \
        subjects(verb) if is_passive(verb) else direct_objects(verb)
    for t in held:
        if t.lower_ in MANY_WORDS or t.lemma_.lower() in MANY_WORDS:
            return True
        for n in [t] + [c for c in children(t) if c.dep_ in ("nummod", "quantmod")]:
            if n.lower_ in MANY_WORDS:
                return True
            digits = n.text.replace(",", "").replace(".", "")
            if (digits.isdigit() and int(digits) >= MANY) or \
                    _NUMBER_WORDS.get(n.lower_, 0) >= MANY:
                return True
    return False


def predicates(verb: Token) -> list[Token]:
    """What a verb of naming says its object is: "called the seizure a *violation*",
    "branded the sanctions *illegal*", "calificó *ilegales* las sanciones"."""
    if verb.dep_ == "cop" and verb.head.i != verb.i:
        return [verb.head]  # "«Es una provocación», dijo": the copula's noun
    return [c for c in children(verb) if c.dep_ in ("oprd", "acomp", "attr") or (
        c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN")) or (
        c.dep_ in ("obl", "advcl", "nmod") and any(  # "como una provocación"
            g.dep_ in ("mark", "case") and g.lower_ == "como" for g in children(c)))]


def counted_by(token: Token) -> Token | None:
    """The quantity or sum `look_through` found the token behind: "80 *tonnes* of food",
    "*$12 billion* in aid", "15 *toneladas* de alimentos" (whose own prepositions, as the
    parser hangs them, may hold the act's target: "toneladas de alimentos a Afganistán")."""
    up = token.head.head if token.dep_ == "pobj" else token.head
    if up.i == token.i:
        return None
    lemma = up.lemma_.lower()
    counts = lemma in QUANTITY_NOUNS or up.lower_ in QUANTITY_NOUNS or lemma in MONEY_NOUNS \
        or up.lower_ in MONEY_NOUNS
    return up if counts else None


def look_through(tokens: list[Token]) -> list[Token]:
    """Replace a quantity noun by what it counts: "dozens of prisoners" -> "prisoners", and a
    sum by what it is given in: "$50 million in aid" -> "aid"."""
    out: list[Token] = []
    for t in tokens:
        lemma = t.lemma_.lower()
        inner = (prep_objects(t, "of") + prep_objects(t, "de")
                 if lemma in QUANTITY_NOUNS or t.lower_ in QUANTITY_NOUNS
                 or lemma in ("thousand", "hundred", "million") else [])
        if lemma in MONEY_NOUNS or t.lower_ in MONEY_NOUNS:
            given_in = prep_objects(t, "in") + prep_objects(t, "en") + \
                [o for d in prep_objects(t, "de") if d.lower_ in MONEY_NOUNS
                 for o in prep_objects(d, "en")]
            if not given_in and t.dep_ in OBJECT_DEPS and t.head.i != t.i:
                # "envió 50 millones de dólares en ayuda humanitaria": the parser hangs what
                # the sum is given in on the verb
                given_in = [o for o in prep_objects(t.head, "en") + prep_objects(t.head, "in")
                            if o.lemma_.lower() in GIVEN_IN]
            inner = given_in or inner
        if not inner and t.pos_ == "ADJ":
            # "mataron a cientos de civiles alauíes", parsed with the adjective for the head
            # and the quantity hung on it, holding the noun: what the quantity counts
            inner = [g for c in children(t) if c.dep_ == "nummod" and (
                c.lower_ in QUANTITY_NOUNS or c.lemma_.lower() in QUANTITY_NOUNS)
                for g in children(c) if g.dep_ in ("compound", "nmod") and g.i > c.i]
        for kept in inner or [t]:
            if kept not in out:
                out.append(kept)
        if inner:  # "dozens of protesters and several journalists": the quantity's conjuncts
            out.extend(c for c in conjuncts(t) if c not in out and c not in tokens)
    return out


def has_particle(verb: Token, particles: frozenset[str]) -> bool:
    return any(c.dep_ in ("prt", "compound:prt") and c.lower_ in particles
               for c in children(verb))


def expand(heads: list[Token]) -> list[Token]:
    """Heads plus their coordinated conjuncts: "Cuba and Venezuela" gives both."""
    out: list[Token] = []
    for h in heads:
        for t in (h, *conjuncts(h)):
            # (a quantity coordinated with the head is what it counts: "several journalists
            # and dozens of students" gives the students, not "dozens")
            for u in look_through([t]) if t is not h else [t]:
                if u not in out:
                    out.append(u)
    return out


def phrase_words(head: Token) -> list[Word]:
    """The words of the noun phrase headed by `head`, as the actor resolver reads them."""
    keep = sorted(_phrase_tokens(head, None), key=lambda pair: pair[0].i)
    kept = {t.i for t, _via in keep}
    # a word the phrase leaves out (a comma, a clause) still parts its neighbours
    return [Word(t.text, t.lemma_.lower(), is_head=t.i == head.i,
                 space_after=bool(t.whitespace_) or t.i + 1 not in kept,
                 proper=t.pos_ == "PROPN", locative=via)
            for t, via in keep]


def _phrase_tokens(head: Token, via: bool | None) -> Iterator[tuple[Token, bool]]:
    yield head, bool(via)
    for child in children(head):
        if child.dep_ not in PHRASE_DEPS:
            continue
        if via is None and child.dep_ == "case" and child.i < head.i and child.text.islower():
            continue  # "a los manifestantes", "de vecinos": the phrase's own preposition
            # (not "Al" of "Al Shabab", which the parser reads as "a el")
        locative = False
        if child.dep_ == "prep":
            if child.lower_ in LOCATIVE_PHRASE_PREPS:
                locative = True
            elif child.lower_ not in PHRASE_PREPS and not _name_part(head, child):
                continue
        if child.dep_ == "nmod":
            case = _case(child)
            if case in LOCATIVE_PHRASE_PREPS:
                locative = True
            elif case is not None and case not in PHRASE_PREPS:
                continue
        yield from _phrase_tokens(child, via or locative)


def _name_part(head: Token, prep: Token) -> bool:
    """"Commission on Human Rights", "Organization for Security and Co-operation": a
    preposition inside a name joins two capitalised words."""
    return head.text[:1].isupper() and any(
        g.dep_ == "pobj" and g.text[:1].isupper() for g in children(prep))


def coordinated_modifiers(head: Token) -> list[Token]:
    """"the Chinese and Russian navies": the coordinated modifiers, each naming an actor."""
    for child in children(head):
        if child.dep_ in ("amod", "compound") and conjuncts(child):
            return [child, *conjuncts(child)]
    return []


def clause_subjects(verb: Token) -> list[Token]:
    """"demanded that Japan buy more rice", "urged that Caracas release": the subjects of
    the verb's clause complement."""
    for child in children(verb):
        if child.dep_ in ("ccomp", "xcomp"):
            own = [c for c in children(child) if c.dep_ in SUBJECT_DEPS]
            if own:
                return own
    return []


def _case(token: Token) -> str | None:
    for child in children(token):
        if child.dep_ == "case":
            return str(child.lower_)
    return None


LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "through", "across",
                            "around", "throughout", "along", "en", "cerca", "por", "frente"})
VISIT_PREPS = frozenset({"to", "a"})


# clauses of their own under a trigger: "met Petro to discuss the crisis in Venezuela"
OWN_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp", "acl", "relcl", "acl:relcl", "conj",
                             "parataxis"})


def place_heads(trigger: Token, visit: bool = False, depth: int = 3,
                clauses: bool = True) -> list[Token]:
    """Heads of the place phrases around a trigger, nearest first: "in Caracas", "en
    Mérida", "at the border with Colombia" (its head is "border"); for visits also "to X".
    Without `clauses`, only the trigger's own phrases, not those of a clause under it.
    """
    preps = LOCATIVE_PREPS | VISIT_PREPS if visit else LOCATIVE_PREPS
    found: list[Token] = _where_antecedent(trigger)
    frontier = [trigger]
    for _ in range(depth):
        following: list[Token] = []
        for tok in frontier:
            for child in children(tok):
                if child.dep_ in SUBJECT_DEPS or (not clauses and child.dep_ in OWN_CLAUSE_DEPS):
                    continue
                if child.dep_ == "prep" and child.lower_ in preps:
                    found += [g for g in children(child) if g.dep_ == "pobj"]
                elif child.dep_ in PREP_ATTACH_DEPS and _case(child) in preps:
                    found.append(child)
                following.append(child)
        frontier = following
    return found


def _where_antecedent(verb: Token) -> list[Token]:
    """"flew to Kinshasa on Monday, where he met Tshisekedi", "llegó a Caracas, donde se
    reunió con": the place a relative "where" stands for, the nearest proper name before it
    after a preposition of place or of going."""
    where = next((c for c in children(verb) if c.dep_ in ("advmod", "obl", "mark") and
                  c.lower_ in ("where", "donde") and c.i < verb.i), None)
    if where is None:
        return []
    doc = verb.doc
    for i in range(where.i - 1, max(-1, where.i - 12), -1):
        t = doc[i]
        if t.pos_ == "PROPN" and (t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS |
                                  VISIT_PREPS or _case(t) in LOCATIVE_PREPS | VISIT_PREPS):
            return [t]
    return []


def place_name(head: Token) -> str:
    """The name a place phrase gives: the head with its compound and flat parts."""
    parts = [t for t in head.subtree
             if t.i == head.i
             or (t.head.i == head.i and t.dep_ in ("compound", "flat", "flat:name"))]
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


def group_members(head: Token) -> list[Token]:
    """"the leaders of Kenya, Uganda and Tanzania", "los cancilleres de Colombia y Ecuador":
    the coordinated owners of a plural noun, each of whom the noun stands for."""
    if "Plur" not in head.morph.get("Number", []) and not head.lower_.endswith("s"):
        return []
    owners = prep_objects(head, "of") + prep_objects(head, "de")
    # (the Spanish model may hang "de Armenia" on a capitalised head as a name's part)
    owners += [c for c in children(head) if c.dep_ == "flat" and _case(c) in ("de", "del")]
    for owner in owners:
        if conjuncts(owner):
            return [owner, *conjuncts(owner)]
    return []


AGENT_PREPS = frozenset({"by", "por"})


def between(verb: Token) -> list[Token]:
    """"entre Cuba y Venezuela" on the verb or on its subject: the two sides."""
    found = prep_objects(verb, "entre") + prep_objects(verb, "between")
    for subj in subjects(verb):
        found += prep_objects(subj, "entre") + prep_objects(subj, "between")
    return found


def reflexive_passive(verb: Token) -> bool:
    """Spanish "se firmó un acuerdo", "se impusieron sanciones": "se" with a thing as the
    subject and no object is a passive (the subject is what was acted on)."""
    if not reflexive(verb):
        return False
    subj = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    objs = [c for c in children(verb) if c.dep_ in OBJECT_DEPS and c.lower_ not in ("se", "nos")]
    return bool(subj) and not objs and all(t.pos_ == "NOUN" for t in subj)


# "since the invasion", "until the ceasefire", "desde la captura": an act named as a time
# (an act "after" or "tras" which the news happened is itself news: "called off the talks
# after Israeli strikes on its nuclear sites")
BACKGROUND_PREPS = frozenset({"since", "until", "desde", "hasta", "antes", "before"})

# "over the killing of", "in retaliation for the strike", "por el asesinato de": an act named
# as the cause of another
CAUSE_PREPS = frozenset({"over"})
# Verbs whose "por" says what they answer ("advirtió a X por", "criticó a X por")
BLAMING_VERBS = frozenset({"advertir", "alertar", "avisar", "amenazar", "criticar", "condenar",
                           "protestar", "sancionar", "castigar", "multar", "reprochar",
                           "censurar", "recriminar", "felicitar", "agradecer", "elogiar"})
CAUSE_HEADS = frozenset({"retaliation", "revenge", "response", "responsibility", "punishment",
                         "reprisal", "reprisals", "justice", "accountability", "blame",
                         "vengeance", "condolences", "apology", "represalia", "represalias",
                         "venganza", "respuesta", "castigo", "responsabilidad", "condolencias",
                         "disculpas", "justicia"})


def in_background(noun: Token) -> bool:
    """A noun inside a temporal phrase, or spoken of ("none mentioned the attacks"): the
    act it names is a time or a topic, not the news."""
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in MENTION_VERBS:
        return True
    if noun.dep_ in ("pobj", "nmod") and (noun.head.lower_ in ("about", "on", "sobre") or
                                          _case(noun) == "sobre"):
        # "declined to comment on the attack", "informaciones sobre una posible reunión":
        # an act spoken about
        told = noun.head.head if noun.dep_ == "pobj" else noun.head
        if told.lemma_.lower() in MENTION_VERBS or told.lower_ in TOLD_NOUNS:
            return True
    if _investigated(noun):
        return True
    t, steps = noun, 0
    while steps < 4 and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in BACKGROUND_PREPS:
            return True
        if t.dep_ == "pobj" and (t.head.lower_ in CAUSE_PREPS or (
                t.head.lower_ == "for" and t.head.head.lemma_.lower() in CAUSE_HEADS)):
            return True  # "expelled diplomats over the killing", "in retaliation for"
        if t.dep_ in ("nmod", "obl") and _case(t) in ("por", "a") and (
                t.head.lemma_.lower() in CAUSE_HEADS or (t.left_edge.i > 0 and t.doc[
                    t.left_edge.i - 1].lemma_.lower() in CAUSE_HEADS) or (
                    _case(t) == "por" and t.head.lemma_.lower() in BLAMING_VERBS)):
            # ("advierte a EE.UU. por la venta de armas", "sancionó a Rusia por la invasión":
            # what a warning, a complaint or a penalty is for)
            return True  # "en represalia por el atentado", "en respuesta a los ataques"
        if _case(t) in BACKGROUND_PREPS or any(
                c.dep_ in ("case", "fixed") and c.lower_ in BACKGROUND_PREPS
                for c in children(t)):
            return True
        if t.pos_ == "VERB":
            return False
        t, steps = t.head, steps + 1
    return False


# An inquiry into an act: the act is what is asked about, not news
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "investigación", "pesquisa",
                           "indagación", "indagatoria"})
INQUIRY_PREPS = frozenset({"into", "over", "of", "on", "sobre", "de", "por", "en"})


def _investigated(noun: Token) -> bool:
    """"opened an investigation into war crimes", "una investigación sobre las denuncias de
    torturas": the act under an inquiry (or under the allegations it looks into)."""
    t, steps = noun, 0
    while steps < 3 and t.head.i != t.i:
        prep = t.head.lower_ if t.dep_ == "pobj" else _case(t)
        owner = t.head.head if t.dep_ == "pobj" else t.head
        if prep in INQUIRY_PREPS and owner.lemma_.lower() in INQUIRY_NOUNS:
            return True
        t, steps = owner, steps + 1
    return False


# Verbs whose object names an act their subject does: "sent signals of distancing",
# "announced the suspension of flights", "ordenó la expulsión de".
LIGHT_VERBS = frozenset({
    "send", "announce", "order", "decree", "approve", "declare", "begin", "start", "launch",
    "carry", "conduct", "make", "hold", "stage", "complete", "continue", "resume",
    "intensify", "step", "escalate", "authorize", "authorise", "signal", "give",
    "enviar", "anunciar", "ordenar", "decretar", "aprobar", "declarar", "iniciar", "comenzar",
    "empezar", "lanzar", "realizar", "llevar", "hacer", "emprender", "intensificar",
    "reanudar", "completar", "autorizar", "dar", "efectuar",
})
# Verbs whose object is spoken of, not done: "none mentioned the attacks".
MENTION_VERBS = frozenset({
    "mention", "discuss", "recall", "remember", "cite", "describe", "refer", "debate",
    "mencionar", "recordar", "citar", "describir", "referir", "debatir", "evocar", "aludir",
    "speculate", "especular",
})
# What is said about something: "reports about a possible meeting", "rumores sobre"
TOLD_NOUNS = frozenset({"reports", "report", "rumours", "rumors", "speculation", "questions",
                        "informaciones", "información", "informacion", "versiones", "rumores",
                        "especulaciones", "preguntas", "noticias"})


def governing_subjects(noun: Token) -> list[Token]:
    """The subject of the light verb whose object holds `noun`, through "of" phrases:
    "Caracas sent signals of distancing", "Venezuela announced the suspension of flights"."""
    t, steps = noun, 0
    while steps < 3 and t.head.i != t.i:
        head = t.head
        if t.dep_ in ("pobj",) and head.dep_ == "prep" and head.lower_ in ("of", "de"):
            t = head.head
        elif t.dep_ in ("nmod",) and _case(t) in ("de", "del"):
            t = head
        elif t.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
            if head.lemma_.lower() not in LIGHT_VERBS:
                return []
            return [c for c in children(head) if c.dep_ in ("nsubj",)] or (
                subjects(head) if head.dep_ in ("xcomp", "conj") else [])
        else:
            return []
        steps += 1
    return []


def saying_verb(token: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of saying whose words the token's clause is: "'This is a violation,' the
    minister said", "«Es una provocación», dijo el ministro"."""
    clause = token.head if token.dep_ == "cop" and token.head.i != token.i else token
    if clause.dep_ in ("ccomp", "parataxis") and clause.head.i != clause.i and \
            clause.head.lemma_.lower() in verbs:
        return clause.head
    return next((c for c in children(clause) if c.dep_ in ("parataxis", "ccomp", "conj")
                 and c.lemma_.lower() in verbs and c.i > clause.i), None)


def earlier_subject(pronoun: Token) -> Token | None:
    """"Ruto flew to Kinshasa, where he met Tshisekedi": the subject, named before the
    pronoun, of a clause the pronoun's clause hangs from (the nearest such clause up)."""
    t, steps = pronoun, 0
    while t.head.i != t.i and steps < 6:
        t = t.head
        steps += 1
        if t.pos_ not in ("VERB", "AUX"):
            continue
        named = [c for c in children(t) if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i
                 and c.pos_ in ("PROPN", "NOUN")]
        if named:
            return named[0]
    return None


def reporting_subject(pronoun: Token) -> Token | None:
    """"The Kremlin said it was considering...": the subject of the verb whose clause
    complement the pronoun is the subject of."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    own = [c for c in children(verb.head) if c.dep_ in SUBJECT_DEPS]
    return own[0] if own and own[0].pos_ != "PRON" else None


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "su", "sus"})
# ... and a person's: "during his visit to Jerusalem"
PERSONAL_POSSESSIVES = POSSESSIVE_PRONOUNS | {"his", "her"}
# ... a speaker's own side: "his country", "our forces", "nuestro país" ("their", "su" may be
# anyone's)
OWN_POSSESSIVES = frozenset({"his", "her", "its", "our", "my", "nuestro", "nuestra", "nuestros",
                             "nuestras", "mi", "mis"})
# ... any of them (the Spanish parser labels "su marcha", "sus protestas" as determiners)
ANY_POSSESSIVES = PERSONAL_POSSESSIVES | OWN_POSSESSIVES


def possessive_owner(noun: Token, pronouns: frozenset[str] = POSSESSIVE_PRONOUNS
                     ) -> Token | None:
    """"the ministry denied that its planes had bombed", "negó que sus tropas hubieran":
    the subject of the nearest verb above the noun that has one of its own (not a
    pronoun), which "its", "their", "su", "sus" stand for."""
    if noun.dep_ in OBJECT_DEPS or noun.dep_ in ("iobj", "dative") or not any(
            c.lower_ in pronouns and c.dep_ in ("poss", "det", "nmod:poss")
            for c in children(noun)):
        return None  # ("expelled its ambassador": whose is the other side's as often)
    t, steps = noun, 0
    while t.head.i != t.i and steps < 8:
        t, steps = t.head, steps + 1
        if t.pos_ not in ("VERB", "AUX"):
            continue
        own = [c for c in children(t) if c.dep_ in SUBJECT_DEPS
               and c.pos_ != "PRON" and noun not in c.subtree]
        if own:
            return own[0]
    return None


UNLESS_OPENINGS = ("a menos que", "salvo que", "a no ser que", "salvo si")


def condition_mark(clause: Token) -> str | None:
    """"if" for a clause that sets a condition ("if", "si"), "unless" for one that sets a
    demand ("unless", "a menos que", "salvo que"), else None."""
    if any(c.dep_ == "mark" and c.lower_ == "unless" for c in children(clause)):
        return "unless"
    opening = " ".join(t.lower_ for t in clause.subtree if t.i < clause.i)
    if opening.startswith(UNLESS_OPENINGS):
        return "unless"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "si") for c in children(clause)):
        return "if"
    return None


NEVER = frozenset({"never", "nunca", "jamás", "jamas"})


def denied(token: Token) -> bool:
    """A "not", "never", "no" on the word itself: "will not negotiate", "no negociaremos",
    "is not for sale", "would not hesitate"."""
    return any(c.dep_ == "neg" or c.lower_ in NEVER or (c.lower_ == "no" and c.dep_ == "advmod")
               for c in children(token))
