"""Trigger vocabulary, fourth round: refusals (12) and threats (13) said the ways news says
them, in English and Spanish (pressure withstood, concessions ruled out, doors slammed on
talks, results not recognised; reprisals threatened, threats brandished, spectres raised),
and a few families the dev misses showed missing, each with its sense traps (a hurricane
that threatens a coast, a threat level raised, workers who ignore the heat)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events ("" for none), codes not allowed)
    # -- 124 pressure withstood, concessions refused
    ("en", "Serbia resisted pressure from the EU to recognise Kosovo.", "124", set()),
    ("en", "Belgrade stood up to Brussels' demands.", "124", set()),
    ("en", "Hungary ignored the EU's demands.", "124", set()),
    ("en", "Zelensky ruled out territorial concessions to Russia.", "124", {"120"}),
    # -- the act named settles the finer code
    ("en", "The president ignored calls for his resignation.", "1231", {"124"}),
    ("en", "Israel defied calls for a ceasefire.", "1246", {"124"}),
    # -- 1245 entry refused to an international actor
    ("en", "Mali refused entry to UN investigators.", "1245", {"120"}),
    ("en", "The junta barred foreign observers from entering the country.", "1245", set()),
    # -- 120 / 125 idioms
    ("en", "Hamas turned a deaf ear to the Egyptian appeals.", "120", set()),
    ("en", "Caracas knocked back the Colombian offer.", "120", set()),
    ("en", "The Kremlin stonewalled the OPCW.", "120", set()),
    ("en", "Pyongyang slammed the door on talks with Seoul.", "125", set()),
    # -- traps of root 12
    ("en", "The workers ignored the heat.", "", {"120", "124", "128"}),
    ("en", "The army ignored the ceasefire.", "", {"124", "1246"}),
    ("en", "Israel defied the ceasefire.", "196", {"1246", "128"}),
    # -- 13x threats said with reprisals, revenge, brandished threats and raised spectres
    ("en", "Russia threatened reprisals against Poland.", "138", {"130"}),
    ("en", "The Houthis threatened revenge against the United States.", "138", set()),
    ("en", "China brandished the threat of sanctions against Lithuania.", "1312", set()),
    ("en", "Moscow raised the spectre of nuclear war.", "1385", set()),
    ("en", "Washington wielded the threat of force against Caracas.", "138", set()),
    ("en", "The gang threatened journalists with death.", "1383", {"130"}),
    ("en", "The general menaced protesters with arrest.", "137", set()),
    ("en", "The Pentagon put Tehran on notice.", "130", set()),
    ("en", "Pyongyang fired off a warning to Washington.", "130", set()),
    # -- traps of root 13
    ("en", "The hurricane threatened the coast.", "", {"130"}),
    ("en", "Moscow raised the threat level in Belgorod.", "", {"130", "138"}),
    ("en", "Rising prices raised the spectre of famine.", "", {"130", "138"}),
    ("en", "The minister raised the prospect of talks with Hamas.", "", {"130", "138"}),
    ("en", "The navy fired warning shots at the boat.", "193", {"130"}),
    # -- Spanish 12: results not recognised, entry refused, pressure withstood, deals ruled out
    ("es", "La oposición desconoció los resultados de las elecciones.", "120", set()),
    ("es", "La oposicion desconocio el triunfo de Maduro.", "120", set()),
    ("es", "El Gobierno desconoció el fallo de la Corte Interamericana.", "128", {"120"}),
    ("es", "Venezuela negó la entrada a los observadores de la ONU.", "1245", {"016"}),
    ("es", "El régimen impidió el ingreso de los inspectores del OIEA.", "1245", set()),
    ("es", "Serbia plantó cara a las presiones de Bruselas.", "124", set()),
    ("es", "Kiev descartó concesiones territoriales a Rusia.", "124", {"120"}),
    ("es", "La Casa Blanca descartó de plano un nuevo acuerdo con Irán.", "120", set()),
    ("es", "Marruecos dio la espalda a la propuesta argelina.", "120", {"160"}),
    # -- traps: turning one's back on a country is distancing (16), not a refusal
    ("es", "Marruecos dio la espalda a Argelia.", "160", {"120"}),
    # -- Spanish 13: threats brandished, time given to act
    ("es", "El Kremlin blandió la amenaza de sanciones contra Moldavia.", "1312", set()),
    ("es", "La CEDEAO dio una semana a los militares para entregar el poder.", "139", set()),
    ("es", "Irán restó importancia a las amenazas de Israel.", "120", set()),
    ("es", "Teherán minimizó las nuevas sanciones de Washington.", "120", set()),
    ("es", "Maduro se negó a dejar el poder.", "1231", {"120"}),
    ("es", "Maduro dejó el poder.", "0831", set()),
    ("es", "La junta se negó a convocar elecciones.", "120", set()),
    ("en", "China blocked a UN Security Council statement on Myanmar.", "129", set()),
    ("en", "Russia rejected the G7 statement.", "120", {"129"}),
    # -- a threat to resign is a threat to break relations (1313, the codebook's note)
    ("en", "The prime minister threatened to resign.", "1313", {"131"}),
    ("es", "El presidente amenazó con renunciar.", "1313", {"131"}),
    ("es", "Estados Unidos amenazó con demandar a México ante la OMC.", "131", {"130"}),
    ("es", "Pyongyang lanzó una dura advertencia a Seúl.", "130", set()),
    ("es", "La OMS emitió una advertencia sanitaria por el brote.", "", {"130"}),
    # -- traps: days off and rest are no ultimatum
    ("es", "El equipo dio tres días de descanso a los jugadores.", "", {"139"}),
    ("es", "El médico le dio 48 horas de reposo.", "", {"139"}),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert (not want or want in got) and not got & never, got


ROOTS = [
    # (lang, sentence, a CAMEO root that must be among the events, roots that must not):
    # families where the refinement table may give the finer code
    # -- 144 blockades of access, and blockades kept up
    ("es", "Los comuneros bloquearon el acceso a la mina Las Bambas en Perú.", "14", {"12"}),
    ("es", "Los camioneros mantienen bloqueadas las carreteras de Santa Cruz.", "14", set()),
    ("es", "Los camioneros mantuvieron cortadas las rutas de Bolivia.", "14", set()),
    # -- people named by their plight act as civilians
    ("en", "Hundreds of unemployed graduates staged a sit-in outside the oil ministry in Baghdad.",
     "14", set()),
    ("es", "Los desocupados cortaron la ruta nacional en Neuquén.", "14", set()),
    ("es", "Los ahorristas se manifestaron frente al Banco Central en Buenos Aires.", "14", set()),
    # -- 071 a disbursement approved
    ("es", "El FMI aprobó un desembolso para Argentina.", "07", set()),
    # -- 185 an attempt survived, its maker named
    ("en", "Robert Fico survived an assassination attempt by a gunman.", "18", set()),
]


@pytest.mark.parametrize("lang, text, want, never", ROOTS)
def test_roots(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.root for e in code(text, lang)}
    assert (not want or want in got) and not got & never, got


def test_demanded_access_needs_its_kind(code) -> None:  # type: ignore[no-untyped-def]
    """Bare "access" is no demand for international involvement (1055); humanitarian access is."""
    plain = {e.cameo for e in code("Depositors stormed five banks in Beirut, demanding access to "
                                   "their frozen savings.", "en")}
    assert "1055" not in plain, plain
    aid = {e.cameo for e in code("The UN demanded humanitarian access to Gaza.", "en")}
    assert "1055" in aid, aid


DYADS = [
    # (lang, sentence, code, source country, target country): the new lines find the sides too
    ("en", "Mali refused entry to UN investigators.", "1245", "MLI", "IGOUNO"),
    ("en", "Serbia resisted pressure from the EU to recognise Kosovo.", "124", "SRB", "IGOEEC"),
    ("en", "Russia threatened reprisals against Poland.", "138", "RUS", "POL"),
    ("en", "China brandished the threat of sanctions against Lithuania.", "1312", "CHN", "LTU"),
    ("es", "Venezuela negó la entrada a los observadores de la ONU.", "1245", "VEN", "IGOUNO"),
    ("es", "El Kremlin blandió la amenaza de sanciones contra Moldavia.", "1312", "RUS", "MDA"),
    ("es", "Pyongyang lanzó una dura advertencia a Seúl.", "130", "PRK", "KOR"),
    ("es", "Irán restó importancia a las amenazas de Israel.", "120", "IRN", "ISR"),
]


@pytest.mark.parametrize("lang, text, want, source, target", DYADS)
def test_sides(code, lang: str, text: str, want: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, lang) if e.cameo == want]
    assert events, [e.cameo for e in code(text, lang)]
    e = events[0]
    assert (e.source.code or "")[:3] == source[:3]
    assert e.target is not None and (e.target.code or "").startswith(target), e.target
