"""Word forms of trigger verbs, for when the lemmatizer fails.

spaCy's small models lemmatize news well but not always: headlines in capitals, Spanish
written without accents ("se reunio", "firmo"), rare verbs. Each trigger verb's common
forms are generated here (English inflections with a table of irregular verbs; Spanish
conjugations of regular verbs, with the spelling and stem changes news uses), so a form the
lemmatizer missed still finds its lemma. Keys are lowercase without accents.
"""

from __future__ import annotations

from collections.abc import Iterable

from entente.coding.patterns import lemma_key

EN_IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "send": ("sent",), "hold": ("held",), "fight": ("fought",),
    "strike": ("struck", "stricken"), "break": ("broke", "broken"),
    "freeze": ("froze", "frozen"), "give": ("gave", "given"), "seek": ("sought",),
    "fly": ("flew", "flown"), "tell": ("told",), "say": ("said",), "sell": ("sold",),
    "lend": ("lent",), "withdraw": ("withdrew", "withdrawn"), "forgive": ("forgave", "forgiven"),
    "begin": ("began", "begun"), "beat": ("beaten",), "shoot": ("shot",), "lead": ("led",),
    "bring": ("brought",), "take": ("took", "taken"), "make": ("made",), "put": ("put",),
    "cut": ("cut",), "set": ("set",), "hit": ("hit",), "speak": ("spoke", "spoken"),
    "write": ("wrote", "written"), "slay": ("slew", "slain"), "rise": ("rose", "risen"),
    "undertake": ("undertook", "undertaken"), "overthrow": ("overthrew", "overthrown"),
    "throw": ("threw", "thrown"), "draw": ("drew", "drawn"), "shake": ("shook", "shaken"),
    "go": ("went", "gone"), "come": ("came",), "become": ("became",), "run": ("ran",),
    "win": ("won",), "lose": ("lost",), "keep": ("kept",), "leave": ("left",),
    "flee": ("fled",), "seize": (), "swear": ("swore", "sworn"), "bind": ("bound",),
    "buy": ("bought",), "pay": ("paid",), "lay": ("laid",), "tear": ("tore", "torn"),
    "steal": ("stole", "stolen"), "bear": ("bore", "borne"), "blow": ("blew", "blown"),
    "shut": ("shut",), "quit": ("quit",), "spread": ("spread",), "upset": ("upset",),
    "forbid": ("forbade", "forbidden"), "foresee": ("foresaw", "foreseen"),
    "see": ("saw", "seen"), "do": ("did", "done"), "have": ("had",), "feel": ("felt",),
    "hang": ("hung", "hanged"), "sink": ("sank", "sunk"), "sting": ("stung",),
    "stand": ("stood",), "understand": ("understood",), "withhold": ("withheld",),
    "uphold": ("upheld",), "oversee": ("oversaw", "overseen"), "mislead": ("misled",),
    "arise": ("arose", "arisen"), "stick": ("stuck",), "dig": ("dug",), "bid": ("bid",),
    "shed": ("shed",), "split": ("split",), "wage": (), "wind": ("wound",),
}

# Spanish verbs whose forms change more than a regular verb's (lemma -> extra forms).
ES_IRREGULAR: dict[str, tuple[str, ...]] = {
    "hacer": ("hizo", "hicieron", "hace", "hacen", "hara", "haran", "hecho", "hecha"),
    "decir": ("dijo", "dijeron", "dice", "dicen", "dira", "diran", "dicho"),
    "poner": ("puso", "pusieron", "pone", "ponen", "pondra", "pondran", "puesto", "puesta"),
    "imponer": ("impuso", "impusieron", "impone", "imponen", "impondra", "impuesto",
                "impuesta", "impuestas", "impuestos"),
    "tener": ("tuvo", "tuvieron", "tiene", "tienen", "tendra", "tendran"),
    "mantener": ("mantuvo", "mantuvieron", "mantiene", "mantienen", "mantendra"),
    "sostener": ("sostuvo", "sostuvieron", "sostiene", "sostienen", "sostendra"),
    "detener": ("detuvo", "detuvieron", "detiene", "detienen", "detendra"),
    "retener": ("retuvo", "retuvieron", "retiene", "retienen"),
    "obtener": ("obtuvo", "obtuvieron", "obtiene", "obtienen"),
    "ir": ("fue", "fueron", "va", "van", "ira", "iran"), "dar": ("dio", "dieron", "da", "dan"),
    "venir": ("vino", "vinieron", "viene", "vienen", "vendra", "vendran"),
    "intervenir": ("intervino", "intervinieron", "interviene", "intervienen"),
    "convenir": ("convino", "convinieron"), "prevenir": ("previno", "previnieron"),
    "traer": ("trajo", "trajeron"), "ver": ("vio", "vieron", "visto"),
    "romper": ("roto", "rota", "rotos", "rotas"), "abrir": ("abierto", "abierta"),
    "cubrir": ("cubierto", "cubierta"), "volver": ("vuelto", "vuelta"),
    "devolver": ("devuelto", "devuelta", "devuelve", "devuelven"),
    "resolver": ("resuelto", "resuelta", "resuelve"), "morir": ("murio", "murieron", "muerto"),
    "pedir": ("pidio", "pidieron", "pide", "piden"), "exigir": ("exige", "exigen"),
    "elegir": ("eligio", "eligieron", "elige", "eligen"),
    "advertir": ("advirtio", "advirtieron", "advierte", "advierten"),
    "invertir": ("invirtio", "invirtieron", "invierte", "invierten"),
    "herir": ("hirio", "hirieron", "hiere"), "seguir": ("siguio", "siguieron", "sigue", "siguen"),
    "conseguir": ("consiguio", "consiguieron", "consigue"),
    "perseguir": ("persiguio", "persiguieron", "persigue", "persiguen"),
    "reunir": ("reune", "reunen"), "huir": ("huyo", "huyeron", "huye", "huyen"),
    "destruir": ("destruyo", "destruyeron", "destruye", "destruyen"),
    "construir": ("construyo", "construyeron", "construye"),
    "concluir": ("concluyo", "concluyeron", "concluye"),
    "incluir": ("incluyo", "incluyeron", "incluye"), "excluir": ("excluyo", "excluyeron"),
    "contribuir": ("contribuyo", "contribuyeron", "contribuye"),
    "distribuir": ("distribuyo", "distribuyeron", "distribuye"),
    "atribuir": ("atribuyo", "atribuyeron", "atribuye"), "oir": ("oyo", "oyeron"),
    "caer": ("cayo", "cayeron"), "leer": ("leyo", "leyeron"), "creer": ("creyo", "creyeron"),
    "ofrecer": ("ofrezca", "ofrezcan"), "reconocer": ("reconozca", "reconozcan"),
    "producir": ("produjo", "produjeron"), "reducir": ("redujo", "redujeron"),
    "conducir": ("condujo", "condujeron"), "introducir": ("introdujo", "introdujeron"),
    "saber": ("supo", "supieron", "sabe", "saben"), "querer": ("quiso", "quisieron"),
    "poder": ("pudo", "pudieron", "puede", "pueden"), "caber": ("cupo",),
    "andar": ("anduvo", "anduvieron"), "estar": ("estuvo", "estuvieron", "esta", "estan"),
    "proponer": ("propuso", "propusieron", "propone", "proponen", "propondra"),
    "oponer": ("opuso", "opusieron", "opone", "oponen"),
    "disponer": ("dispuso", "dispusieron", "dispone", "disponen"),
    "deponer": ("depuso", "depusieron", "depone"), "exponer": ("expuso", "expusieron"),
    "componer": ("compuso",), "suponer": ("supuso",), "reponer": ("repuso",),
    "satisfacer": ("satisfizo",), "deshacer": ("deshizo", "deshicieron"),
    "rehacer": ("rehizo",), "contradecir": ("contradijo",), "predecir": ("predijo",),
    "bendecir": ("bendijo",), "maldecir": ("maldijo",), "abstener": ("abstuvo", "abstuvieron"),
    "contener": ("contuvo", "contuvieron"), "entretener": ("entretuvo",),
    "atener": ("atuvo",), "prever": ("previo", "previeron", "prevé", "previsto"),
    "escribir": ("escrito", "escrita"), "describir": ("descrito",),
    "suscribir": ("suscrito", "suscrita", "suscritos", "suscritas"),
    "inscribir": ("inscrito",), "imprimir": ("impreso",), "freir": ("frito",),
    "sentir": ("sintio", "sintieron", "siente"), "mentir": ("mintio", "miente"),
    "consentir": ("consintio",), "dormir": ("durmio",), "servir": ("sirvio", "sirve"),
    "medir": ("midio",), "repetir": ("repitio", "repite"), "vestir": ("vistio",),
    "competir": ("compitio", "compite"), "impedir": ("impidio", "impidieron", "impide"),
    "despedir": ("despidio", "despidieron", "despide"), "rendir": ("rindio", "rindieron"),
    "expedir": ("expidio",), "corregir": ("corrigio", "corrige"),
    "convertir": ("convirtio", "convierte"), "divertir": ("divirtio",),
    "preferir": ("prefirio", "prefiere"), "referir": ("refirio", "refiere"),
    "transferir": ("transfirio", "transfirieron", "transfiere"),
    "sugerir": ("sugirio", "sugiere"), "requerir": ("requirio", "requiere"),
    "adquirir": ("adquiere", "adquieren"),
}

# Present-tense stem changes (e -> ie, o -> ue, e -> i): the stressed syllable changes.
_STEM_CHANGES = (("e", "ie"), ("o", "ue"), ("e", "i"))


def english_forms(lemma: str, noun: bool = False) -> set[str]:
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
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    forms |= set(EN_IRREGULAR.get(lemma, ()))
    for prefix in EN_PREFIXES:
        # "retook", "overran", "withdrew": a prefixed irregular verb is irregular like its root
        if lemma.startswith(prefix) and lemma[len(prefix):] in EN_IRREGULAR:
            forms |= {prefix + f for f in EN_IRREGULAR[lemma[len(prefix):]]}
    return forms


EN_PREFIXES = ("re", "over", "under", "out", "with", "mis", "up", "fore")


def _spelling(stem: str, ending: str) -> str:
    """Spanish spelling before e/i: atac-e -> ataque, lleg-e -> llegue, alcanz-e -> alcance."""
    if ending[:1] in ("e", "é"):
        if stem.endswith("c"):
            return stem[:-1] + "qu" + ending
        if stem.endswith("g"):
            return stem[:-1] + "gu" + ending
        if stem.endswith("z"):
            return stem[:-1] + "c" + ending
    return stem + ending


def spanish_forms(lemma: str) -> set[str]:
    """The third-person, participle, gerund and infinitive forms of a Spanish verb."""
    if len(lemma) < 3 or lemma[-2:] not in ("ar", "er", "ir"):
        return {lemma}
    stem, kind = lemma[:-2], lemma[-2:]
    endings: tuple[str, ...]
    if kind == "ar":
        endings = ("a", "an", "o", "aron", "aba", "aban", "e", "en", "ara", "aran", "ado",
                   "ada", "ados", "adas", "ando", "amos", "aste", "aria", "arian", "are",
                   "aremos", "ariamos", "emos")
    else:
        endings = ("e", "en", "io", "ieron", "ia", "ian", "a", "an", "iera", "ieran", "ido",
                   "ida", "idos", "idas", "iendo", "iria", "irian", "amos")
        # the future and conditional keep the infinitive's vowel: "venderá", "exigirá"
        vowel = kind[0]
        endings += tuple(vowel + e for e in ("ra", "ran", "re", "remos", "ria", "rian",
                                             "riamos"))
        endings += ("emos",) if kind == "er" else ("imos",)
    forms = {lemma, lemma + "a", lemma + "an", lemma + "ia", lemma + "ian", lemma + "se",
             lemma + "lo", lemma + "la", lemma + "los", lemma + "las", lemma + "le",
             lemma + "les"}
    # (the -ar verbs' spelling before e: "ataque"; an -er or -ir verb keeps its "c", "g":
    # "reconoce", "protege")
    forms |= {_spelling(stem, e) if kind == "ar" else stem + e for e in endings}
    # present-tense stem changes: cierra, vuelve, pide (the last vowel of the stem changes)
    for old, new in _STEM_CHANGES:
        at = stem.rfind(old)
        if at > 0:
            changed = stem[:at] + new + stem[at + 1:]
            forms |= {changed + e for e in (("a", "an", "e", "en") if kind == "ar"
                                            else ("e", "en", "a", "an"))}
    forms |= set(ES_IRREGULAR.get(lemma, ()))
    return {lemma_key(f) for f in forms}


class FormIndex:
    """Word form -> the trigger lemmas it can be a form of (several when forms collide)."""

    def __init__(self, lemmas: Iterable[str], lang: str) -> None:
        self.lemma_of: dict[str, tuple[str, ...]] = {}
        found: dict[str, list[str]] = {}
        for lemma in lemmas:
            forms = english_forms(lemma) if lang == "en" else spanish_forms(lemma)
            for form in forms:
                found.setdefault(lemma_key(form), []).append(lemma)
        self.lemma_of = {form: tuple(dict.fromkeys(ls)) for form, ls in found.items()}
        self.lang = lang

    def lemmas(self, word: str) -> tuple[str, ...]:
        key = lemma_key(word)
        found = self.lemma_of.get(key, ())
        if found or self.lang != "es" or len(key) < 7:
            return found
        # "reunirnos", "entregárselo", "acusándolos": an infinitive, gerund or command with
        # its pronouns written onto it is a form of its verb
        for clitic in ENCLITICS:
            if key.endswith(clitic) and len(key) - len(clitic) >= 4:
                stem = key[:-len(clitic)]
                if stem.endswith(("ar", "er", "ir", "ando", "iendo", "yendo")):
                    hit = self.lemma_of.get(stem, ())
                    if hit:
                        return hit
        return ()


# Pronouns written onto a Spanish infinitive or gerund, longest first ("-selo" before "-lo")
ENCLITICS = ("selos", "selas", "noslo", "nosla", "selo", "sela", "melo", "mela", "telo", "tela",
             "nos", "los", "las", "les", "se", "lo", "la", "le", "me", "te", "os")
