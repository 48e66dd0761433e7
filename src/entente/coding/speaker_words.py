"""The words that say who a speaker is: the cues that a speaker is anonymous or goes by a
pseudonym, and the nouns of bodies, officials, sources, roles and documents.

All of it is data, one tuple or set per kind, and all of it is matched with the accents
folded away: news copy written without accents ("pidio no ser identificado", "la
Fiscalia", "un diplomatico") names its speakers with the same words.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Accented vowels to plain ones, one character for one (offsets in folded text hold).
_FOLD = str.maketrans("áéíóúüàèìòùÁÉÍÓÚÜÀÈÌÒÙ", "aeiouuaeiouAEIOUUAEIOU")


def unaccent(text: str) -> str:
    """`text` with its vowels' accents taken off ("Fiscalía" -> "Fiscalia"), the same
    length."""
    return text if text.isascii() else text.translate(_FOLD)  # (nothing to fold in ASCII)


def _words(words: Iterable[str]) -> frozenset[str]:
    """A word set that holds each word as written and without its accents."""
    out = set(words)
    return frozenset(out | {unaccent(w) for w in out})


# -- anonymity and pseudonym cues (regular expressions over accent-folded text) ---------
_HIS = r"(?:his|her|their)"
_SU = r"(?:su|sus)"
_NAME_ES = r"(?:nombres?|apellidos?|identidad(?:es)?)"
# "pidió" and "pide" (news written in the present: "Pide que no se publique su nombre")
_ASKED = r"(?:pidio|pidieron|pide|piden|solicito|solicitaron|solicita|solicitan|exigio|" \
         r"exigieron|exige|exigen)"
# "que no se publicara su nombre", "que no se publique su nombre"
_WITHHELD = r"(?:publicara|revelara|divulgara|mencionara|diera|usara|citara|publique|" \
            r"revele|divulgue|mencione|de|use|cite)n?"
ANONYMOUS_CUES = {
    "en": (
        r"(?:request|ask|insist|want|wish)(?:ed|s|ing)? (?:for |on )?anonymity",
        r"(?:was|were) granted anonymity", r"speaking anonymously|spoke anonymously",
        r"(?:on|under) (?:the )?condition (?:of|that) (?:anonymity|(?:he|she|they) not be "
        r"(?:named|identified))",
        r"(?:ask|request|want|wish)(?:ed|s|ing)? (?:not )?to (?:be (?:named|identified)|remain "
        r"anonymous)", r"ask(?:ed|s|ing)? not to be (?:named|identified)",
        r"(?:declined|refused|did not want|would not agree) to be (?:named|identified)",
        r"(?:not|n't) (?:authori[sz]ed|allowed|permitted|cleared) to (?:speak|talk|comment|"
        r"discuss|brief)", r"speaking on background|spoke on background",
        rf"(?:asked|requested|insisted) that {_HIS} (?:full |family |last |real )?names? (?:not )?"
        r"be (?:used|published|withheld|given|disclosed)",
        r"(?:family|last|full|sur)names? (?:be |was |were |is |are )?withheld",
        rf"(?:gave|give|gives|giving|provided|offered|would give) only {_HIS} first names?",
        rf"(?:declin(?:ed|ing)|refus(?:ed|ing)|would not|did not|without) (?:to )?(?:give|"
        rf"giving|provide|providing|disclose|disclosing) {_HIS} (?:full |last |family )?names?",
        rf"did not (?:want|wish) {_HIS} (?:full |last )?names? (?:published|used|given)",
        r"\banonymous(?:ly)?\b",  # "an anonymous source", "two anonymous officials"
        rf"(?:asked|requested|insisted) that {_HIS} (?:full |family |last |real )?names? and "
        r"\w+ (?:not )?be (?:used|published|withheld|given|disclosed)",
        r"on condition that (?:his|her|their) names? (?:and \w+ )?(?:not|never) be "
        r"(?:used|published|disclosed|given)",
    ),
    "es": (
        r"(?:pidio|pidieron|solicito|solicitaron|exigio|exigieron|prefirio|prefirieron|"
        r"quiso|quisieron|quiere|quieren) (?:mantener |guardar )?(?:el |su )?anonimato",
        # ("bajó": the parsed text may carry an accent restored on the preposition)
        r"(?:bajo|en|con|a) (?:(?:la )?condicion de )?(?:estricto )?anonimato",
        # "a condición de no ser identificado": the same condition after "a"
        r"(?:bajo|con|en|a) (?:la )?condicion de (?:que no|no ser)",
        rf"(?:bajo|con) (?:la )?reserva de {_SU} {_NAME_ES}",
        # "un alto cargo que pidió reserva": the reserve is of the name, said or not
        rf"{_ASKED} (?:(?:la )?reserva(?: de {_SU} {_NAME_ES})?\b|"
        rf"no ser (?:identificad|nombrad|citad|mencionad)[oa]s?|(?:no )?"
        rf"(?:publicar|revelar|dar|divulgar|mencionar|usar|difundir|ocultar|reservar|"
        rf"guardar|proteger) {_SU} {_NAME_ES}|omitir "
        rf"{_SU} {_NAME_ES}|que no se {_WITHHELD} {_SU} {_NAME_ES})",
        rf"(?:prefirio|prefirieron|prefiere|prefieren|no quiso|no quisieron|no quiere|"
        rf"no quieren) (?:no )?"
        rf"(?:ser identificad[oa]s?|ser nombrad[oa]s?|identificarse|dar {_SU} {_NAME_ES}|"
        rf"revelar {_SU} {_NAME_ES})",
        rf"sin (?:dar|revelar|ofrecer|decir|publicar) {_SU} {_NAME_ES}|sin identificarse",
        # off the record: "reconoció en off", "habló off the record"
        r"\ben off\b|\boff the record\b|\bextraoficialmente\b|(?:de|en) (?:forma|manera) "
        r"extraoficial\b",
        # "identificado solo por su nombre de pila": the real first name, no more
        r"identificad[oa]s? (?:solo|solamente|unicamente) (?:por|con) su (?:primer )?nombre",
        r"de (?:forma|manera) anonima|anonimamente|desde el anonimato",
        r"no (?:estaba|esta|estaban|estan) autorizad[oa]s? (?:a|para) (?:hablar|declarar|"
        r"dar declaraciones|comentar|hablar con la prensa)",
        r"(?:dio|dieron|da|dan|ofrecio|ofrecieron) (?:solo|solamente|unicamente) su nombre"
        r"(?: de pila)?",
        r"(?:solo|solamente|unicamente) (?:dio|dieron|da|dan|ofrecio|ofrecieron) su nombre"
        r"(?: de pila)?",
        r"\banonim[oa]s?\b",  # "una fuente anónima", "testigos anónimos"
        # "que habló bajo reserva", "bajo estricta reserva": the name kept back
        r"\bbajo (?:estricta |absoluta )?reserva\b",
        # "que pidió que no la identificáramos", "que no lo nombremos": the outlet asked
        r"\bno (?:lo|la|los|las|le|les) (?:identific(?:aramos|quemos)|nombr(?:aramos|"
        r"emos))\b",
        # "accedió a hablar siempre que no se revelara su identidad"
        rf"(?:siempre|a condicion de|con tal de|con la condicion de) que no se {_WITHHELD} "
        rf"{_SU} {_NAME_ES}",
    ),
}
PSEUDONYM_CUES = {
    "en": (
        r"pseudonym|nom de guerre|not (?:his|her|their) real names?|names? (?:has|have|had) "
        r"been changed",
        r"identified only as|identified by (?:a|an|the) (?:pseudonym|assumed name|first name "
        r"only)|(?:a|an) assumed name|(?:uses|used|using|goes by) (?:that|this|the|a) "
        r"(?:name|pseudonym)|(?:a|an) (?:fictitious|invented|false) name",
        r"under the (?:name|alias|handle)|(?:whom|who) (?:we are calling|we will call|we'll "
        r"call|we call)|(?:asked|requested|agreed) to be (?:identified|called|named) (?:only )?"
        r"(?:as|by)",
    ),
    "es": (
        r"seudonimo|pseudonimo|nombre (?:ficticio|supuesto|falso|inventado)|nombre (?:ha "
        r"sido |fue )?(?:cambiado|modificado|alterado)|no es su (?:nombre (?:real|verdadero)|"
        r"verdadero nombre)|(?:usa|utiliza|emplea) (?:ese|este) nombre",
        # "que usa el alias de Tigre", "quien pidió ser identificado con el nombre de Juan"
        r"(?:usa|usan|utiliza|utilizan|emplea|usaba|utilizaba) (?:el )?alias\b|"
        r"(?:identificad|llamad|nombrad)[oa]s? (?:solo |solamente |unicamente )?con el "
        r"nombre de",
        r"identificad[oa]s? (?:solo|solamente|unicamente) como|(?:un|el) nombre que no es "
        r"el suyo",
        r"bajo el (?:nombre|alias)|(?:a quien|al que|a la que|a quienes|a los que) (?:aqui )?"
        r"(?:llamaremos|llamamos|identificaremos)|(?:pidio|pidieron|prefirio|prefirieron|"
        r"solicito|acepto) (?:ser )?(?:identificad|llamad|nombrad)[oa]s? (?:solo )?como",
        # "que pidió ser llamada Daniela", "quien pidió ser llamado solo por su apodo": to be
        # called is to be called by a name not theirs, "como" or not
        r"(?:pidio|pidieron|pide|piden|prefirio|prefirieron|prefiere|prefieren|solicito|"
        r"solicitaron|acepto|aceptaron) ser llamad[oa]s?\b",
        # "(la llamaremos María)", "lo llamaremos Jorge": the outlet names them
        r"\b(?:lo|la|los|las|le|les) (?:llamaremos|identificaremos)\b",
        # "dice El Güero, como pidió ser llamado": the name asked for
        r"como (?:pidio|pidieron|pide|piden|prefirio|prefiere|prefieren|quiso|quiere|"
        r"solicito) (?:ser )?(?:identificad|llamad|nombrad)[oa]s?",
        # "que se identifica solo por su indicativo de radio, Bisonte"
        r"se identifica(?:n|ba|ban)? (?:solo|solamente|unicamente) (?:como|por|con)|"
        r"indicativo de radio|nombre de guerra",
    ),
}
ANONYMOUS = re.compile("|".join(p for ps in ANONYMOUS_CUES.values() for p in ps), re.I)
PSEUDONYM = re.compile("|".join(p for ps in PSEUDONYM_CUES.values() for p in ps), re.I)
# The same cues matched in case, over text with its ASCII capitals lowered: the cues are
# written in lowercase ASCII, so this finds what the patterns above find (at the same
# offsets), several times faster. It does not hold for a text with one of the letters outside
# ASCII that match an ASCII letter without regard to case (Turkish dotted and dotless i, the
# long s, the Kelvin sign), which is matched the slow way.
_CUE_KINDS = ((PSEUDONYM, re.compile(PSEUDONYM.pattern), "pseudonym"),
              (ANONYMOUS, re.compile(ANONYMOUS.pattern), "anonymous"))
# Words one of which every cue of a kind holds (a test checks it against the patterns): the
# kind's pattern does not run over lowered text that holds none of them.
CUE_WORDS = {
    "pseudonym": ("pseudonym", "nom de guerre", "name", "identified", "under the", " call",
                  "to be ", "seudonimo", "nombr", "identifica", "bajo el", "llama",
                  "indicativo", "alias"),
    "anonymous": ("anonym", "anonim", "condition", "condicion", "name", "identified",
                  "authori", "allowed", "permitted", "cleared", "on background", "withheld",
                  "reserva", "identific", "nombr", "citad", "mencionad", "apellido",
                  "identidad", "en off", "off the record", "autorizad", "extraoficial"),
}
_LOWER_ASCII = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
# "did not ask for anonymity", "no pidió el anonimato": the cue denied
_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\bno|\bnunca|\bsin)\s+(?:\w+\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class Cue:
    """Words that say a speaker is anonymous or pseudonymous, as the text writes them."""

    text: str
    kind: str  # "anonymous" or "pseudonym"


@lru_cache(maxsize=1024)
def anonymity_cue(text: str) -> Cue | None:
    """The words that say a speaker is anonymous or goes by a pseudonym, unless denied
    (the pseudonym's words first: "a pseudonym, for fear of reprisals"). Kept for the last
    texts asked of (a sentence is asked of again by the quote reader's several steps)."""
    plain = unaccent(text)
    fast = FOLDS_TO_ASCII.search(plain) is None
    subject = (plain.lower() if plain.isascii() else plain.translate(_LOWER_ASCII)) \
        if fast else plain
    for caseless, cased, kind in _CUE_KINDS:
        if fast and not any(w in subject for w in CUE_WORDS[kind]):
            continue
        for m in (cased if fast else caseless).finditer(subject):
            if not _DENIED.search(plain[max(0, m.start() - 16):m.start()]):
                return Cue(text[m.start():m.end()], kind)
    return None


# -- a name withheld, in the speaker's own clause -----------------------------------------
# The cues above are phrases; these are the words a clause of the speaker's own (a relative
# clause or an apposition on the speaker: "un funcionario, que habló a cambio de que no
# apareciera su nombre", "cuya identidad no revelamos") uses to speak of the speaker's name,
# whatever its verb. The nouns of a name and of being unnamed: such a clause withholds the
# name ("su apellido", "sus iniciales"), or gives one not theirs ("un nombre"), unless the
# name is someone else's ("el nombre del hospital").
NAME_NOUNS = {"es": _words({"nombre", "nombres", "apellido", "apellidos", "identidad",
                            "iniciales", "anonimato", "seudónimo", "pseudónimo"})}
# Verbs of naming and of being allowed to speak, which keep the speaker unnamed when the
# clause denies them ("que no se identificó", "que no puede ser citado", "que no está
# autorizada"; not "que habló sin autorización", an official the gold leaves unnamed)
NAMING_WORDS = {"es": _words({"identificar", "identificado", "identificada", "identificarse",
                              "nombrar", "nombrado", "nombrada", "citar", "citado", "citada",
                              "autorizar", "autorizado", "autorizada", "identificación"})}
# Verbs that give someone a name, which a clause of the speaker's own uses to give the name
# they go by, not one the outlet vouches for: the speaker names themselves ("quien se
# identificó como Toño", "que se hace llamar Toño", "que se presentó como Rosa"), or is
# the one others call so ("al que este periódico llama Mario", "a quien apodan el Chino")
NAMING_AS = {"es": _words({"identificar", "presentar", "llamar", "apodar", "nombrar",
                           "denominar", "bautizar"})}
# Verbs that refuse what they govern, as a "no" denies it ("que declinó identificarse",
# "que rehusó ser citado", "que se negó a dar su nombre", "que evitó identificarse")
REFUSING = _words({"declinar", "rehusar", "negar", "evitar", "rechazar", "decline",
                   "refuse", "avoid"})
# The words that deny ("no", "sin que", "nunca", "ni")
DENYING = _words({"no", "sin", "nunca", "ni", "not", "never", "without"})
# Articles that make a name noun a particular name, not the speaker's ("el nombre del
# hospital"), and those that make it a name given instead of theirs ("un nombre")
DEFINITE = _words({"el", "la", "los", "las", "the"})
INDEFINITE = _words({"un", "una", "a", "an"})


# -- nouns ---------------------------------------------------------------------------------
# Words for an official that point back to the named official ("the president", "la
# mandataria").
ROLE_WORDS = _words({
    "president", "minister", "leader", "premier", "chancellor", "secretary", "general",
    "governor", "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "commander",
    "presidente", "presidenta", "mandatario", "mandataria", "ministro", "ministra",
    "canciller", "líder", "gobernador", "gobernadora", "alcalde", "alcaldesa",
    "embajador", "embajadora", "portavoz", "vocero", "vocera", "comandante", "jefe", "jefa",
    "funcionario", "funcionaria",
})
# ... those that may stand for any of them ("la mandataria" for "la presidenta"; "la
# funcionaria explicó" for the minister named before, when no unnamed official was quoted)
ANY_ROLE = _words({"leader", "líder", "mandatario", "mandataria", "jefe", "jefa",
                   "funcionario", "funcionaria"})
# Bodies that speak as such ("the ministry said", "la Fiscalía informó").
INSTITUTION_WORDS = _words({
    "ministry", "government", "police", "army", "military", "court", "office", "department",
    "council", "commission", "committee", "agency", "party", "embassy", "presidency",
    "administration", "authority", "authorities", "prosecutor's", "cabinet", "junta",
    "alliance", "coalition", "command", "headquarters", "union", "organisation",
    "organization", "group", "movement", "service", "navy", "force", "forces", "parliament",
    "congress", "senate", "assembly", "bank", "institute", "ombudsman", "tribunal",
    "board", "federation", "association", "foundation", "observatory", "network",
    "company", "firm", "municipality", "secretariat", "directorate", "bureau", "registry",
    "mission", "delegation", "front", "brigade", "battalion", "militia",
    "ministerio", "cancillería", "gobierno", "policía", "ejército", "fiscalía",
    "corte", "oficina", "alianza", "coalición", "partido", "embajada", "presidencia",
    "comisión", "comité", "consejo", "agencia", "sindicato", "movimiento", "defensa",
    "armada", "fuerzas", "parlamento", "congreso", "senado", "asamblea", "gobernación",
    "alcaldía", "ayuntamiento", "autoridades", "organización", "grupo", "comando", "banco",
    "instituto", "defensoría", "procuraduría", "contraloría", "registraduría",
    "superintendencia", "secretaría", "dirección", "federación", "asociación", "fundación",
    "observatorio", "empresa", "compañía", "municipio", "misión", "delegación",
    "frente", "brigada", "batallón", "milicia", "gendarmería", "prefectura",
    "ejecutivo", "servicio", "unidad", "colectivo", "plataforma", "central",
    "confederación", "cámara", "ong", "ongs", "ngo", "ngos", "oposición", "equipo",
    # bodies that serve the public ("el hospital informó", "la universidad aseguró")
    "hospital", "universidad", "clínica",
    # companies by their trade ("la naviera confirmó", "la petrolera informó"; not
    # "farmacéutica", as often the pharmacist)
    "airline", "carmaker", "automaker", "insurer", "naviera", "aerolínea", "petrolera",
    "minera", "automotriz", "constructora", "operadora", "cooperativa",
    "distribuidora", "aseguradora", "multinacional", "firma",
    # nouns that stand for a body named before ("señaló la dependencia", "la cartera")
    "dependencia", "entidad", "institución", "organismo", "cartera",
})
# Nouns of a person by sex or age only, which may stand for anyone quoted or told of
# before, named or not ("dijo la joven" for Yasmine; "la mujer" for a pharmacist)
SEX_AGE_NOUNS = _words({
    "woman", "man", "mujer", "hombre", "joven", "anciano", "anciana", "muchacho",
    "muchacha", "chico", "chica", "señor", "señora",
})
# The words that complete a rank before the name ("el general de brigada Héctor Ochoa",
# "capitán de navío Ramón Dizon"): the rank is the two words, the name follows
RANK_GRADES = _words({"brigada", "división", "navío", "fragata", "corbeta", "ejército",
                      "aviación", "escuadrilla", "policía", "corps", "staff"})
# People who speak for a body without being named ("a senior official said")
OFFICIAL_WORDS = _words({
    "official", "officials", "diplomat", "diplomats", "spokesperson", "spokesman",
    "spokeswoman", "officer", "officers", "aide", "aides", "adviser", "advisor", "advisers",
    "commander", "commanders", "minister", "ministers", "envoy", "negotiator", "negotiators",
    "functionary", "bureaucrat", "prosecutor", "investigator", "investigators", "delegate",
    "funcionario", "funcionarios", "funcionaria", "funcionarias", "diplomático",
    "diplomáticos", "diplomática", "portavoz", "vocero", "vocera", "oficial", "oficiales",
    "asesor", "asesores", "asesora", "comandante", "ministro", "negociador", "negociadores",
    "fiscal", "delegado", "enviado", "mando", "mandos", "agente", "agentes", "policía",
    "policías", "guard", "guards", "guardia", "guardias", "militar", "militares",
    # ranks
    "general", "colonel", "captain", "lieutenant", "sergeant", "admiral", "commissioner",
    "coronel", "capitán", "teniente", "sargento", "almirante", "comisario",
    "suboficial", "suboficiales", "inspector", "inspectora", "subcomisario",
    # "un alto cargo del Ministerio": a post, for the official who holds it
    "cargo", "cargos",
    # "un responsable de Médicos Sin Fronteras", "una representante de la ONU"
    "responsable", "responsables", "representante", "representantes",
    # members of elected bodies and of the courts, heads of public services ("un concejal
    # de la oposición", "un magistrado del tribunal", "el director de Medicina Legal")
    "lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators",
    "councillor", "councillors", "councilor", "councilors", "judge", "judges",
    "concejal", "concejala", "concejales", "edil", "ediles", "regidor", "regidora",
    "regidores", "diputado", "diputada", "diputados", "senador", "senadora", "senadores",
    "legislador", "legisladora", "legisladores", "congresista", "congresistas",
    "parlamentario", "parlamentaria", "parlamentarios", "asambleísta", "asambleístas",
    "juez", "jueza", "jueces", "magistrado", "magistrada", "magistrados", "director",
    "directora",
})
# Plural nouns of people not named, who speak as a group ("vecinos de la parroquia",
# "residents", "testigos"): unnamed people, also when a sentence opens with them and the
# tagger takes the capitalised word for a name
GROUP_WORDS = _words({
    "residents", "witnesses", "neighbours", "neighbors", "villagers", "protesters",
    "relatives", "workers", "farmers", "survivors", "parents", "students",
    "vecinos", "vecinas", "residentes", "testigos", "habitantes", "pobladores",
    "manifestantes", "familiares", "trabajadores", "campesinos", "comerciantes",
    "sobrevivientes", "supervivientes", "padres", "madres", "estudiantes", "pacientes",
    "migrantes", "desplazados", "comuneros", "productores", "transportistas",
    # people by their trade, in the plural ("Maestros bolivianos: «...»", "Médicos del
    # hospital denunciaron ...")
    "teachers", "doctors", "nurses", "miners", "fishermen", "drivers", "retirees",
    "maestros", "maestras", "docentes", "profesores", "profesoras", "médicos", "médicas",
    "enfermeros", "enfermeras", "mineros", "pescadores", "agricultores", "ganaderos",
    "jubilados", "pensionistas", "obreros", "jornaleros", "choferes", "conductores",
    "camioneros", "taxistas", "mototaxistas", "inquilinos", "usuarios", "activistas",
})
# The words of "one of them" ("uno de los diplomáticos", "una de esas fuentes")
ONE_WORDS = _words({"one", "uno", "una"})
SOURCE_WORDS = _words({
    "source", "sources", "insider", "insiders", "fuente", "fuentes", "allegado", "allegados",
    "familiar", "informant", "informante", "informantes",
    # those around someone ("en el entorno del presidente", "círculos diplomáticos")
    "entorno", "círculo", "círculos",
})
# ... less the words that in a language name people, not sources (Spanish "familiares de
# los detenidos" are relatives; English "people familiar with the talks" are sources)
NOT_SOURCES = {"es": _words({"familiar", "familiares"})}
# People unnamed but placed as sources ("people familiar with the matter", "personas
# cercanas a la negociación"), accent-folded
SOURCE_PEOPLE = ("people", "person", "persons", "personas", "persona")
SOURCE_TIES = ("familiar with", "close to", "with knowledge of", "with direct knowledge of",
               "briefed on", "cercanas? a", "con conocimiento de", "al tanto de",
               "familiarizad[oa]s? con", "proxim[oa]s? a", "conocedor[ae]s? de")
SOURCE_PHRASE = re.compile(rf"\b(?:{'|'.join(SOURCE_PEOPLE)}) (?:{'|'.join(SOURCE_TIES)})",
                           re.I)
# Nouns that are someone's words ("her testimony"), and those that are a body's ("a report")
ACCOUNT_WORDS = _words({"testimony", "account", "words", "version", "recollection",
                        "testimonio", "relato", "versión", "palabras"})
DOCUMENT_WORDS = _words({
    "report", "study", "statement", "complaint", "complaints", "document", "letter",
    "communique", "communiqué", "survey", "poll", "analysis", "investigation", "informe",
    "estudio", "comunicado", "denuncia", "denuncias", "documento", "carta", "encuesta",
    "análisis", "investigación", "nota", "declaración",
})
# The words that open a sentence pointing back at the quote just before it, its verb
# next, whatever verb it is ("«...». Así lo resumió un oficial", "Con esas palabras resume
# Aurelio Cuxil el conflicto"), accent-folded and lowercase
POINTING_BACK = {"es": re.compile(r"(?:asi(?: lo| la)?|con (?:esas|estas|tales) palabras"
                                  r"(?: lo)?|en (?:esos|estos) terminos(?: lo)?) ")}
# Where an impersonal plural speech verb says its words come from, in place of a subject
# ("aseguran desde el Ministerio", "zanjan en el entorno del presidente"): the
# prepositions, and the nouns "en" must have for it (a place after "en" is where they
# speak: "aseguran en Caracas")
SPOKEN_FROM = _words({"desde"})
SPOKEN_IN = _words({"en"})
# The words that open "according to X", "según X", "de acuerdo con X"
ACCORDING = _words({"according", "según", "acuerdo"})
# Pronouns a speaker is named by, and those of them that are plural ("él" written "el")
PRONOUNS = _words({"he", "she", "they", "él", "ella", "ellos", "ellas"})
PLURAL_PRONOUNS = _words({"they", "them", "ellos", "ellas", "both", "ambos", "ambas"})
# Verbs by which an outlet credits its own source ("citing officials", "citando a fuentes")
CITING = _words({"cite", "quote", "citar"})
# Nouns of news outlets ("el diario", "the newspaper")
OUTLET_NOUNS = _words({"newspaper", "daily", "broadcaster", "outlet", "magazine", "agency",
                       "diario", "periódico", "cadena", "emisora", "revista", "medio",
                       "agencia", "portal"})
# ... and of the press as a whole: outlets in the plural that no name singles out
# ("medios locales", "versiones de prensa", "local media") are unnamed sources
PRESS_NOUNS = OUTLET_NOUNS | _words({"media", "prensa", "press"})
