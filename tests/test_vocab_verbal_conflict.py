"""Trigger vocabulary of roots 11-16 (disapprove, reject, threaten, force posture, reduce
relations): senses and a sample of codes, in both languages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # -- 11 disapprove --------------------------------------------------------------------
    ("en", "The European Union condemned Russia for the attack.", "111", {"112"}),
    ("en", "The president hit out at China over its trade policy.", "111", set()),
    ("en", "The plan drew sharp criticism from the European Union.", "111", set()),
    ("en", "Venezuela accused Colombia of corruption.", "1121", {"112"}),
    ("en", "The EU accused Russia of war crimes in Ukraine.", "1124", {"1123"}),
    ("en", "Russia accused Ukraine of chemical attacks.", "1124", {"1123"}),
    ("en", "China accused the United States of espionage.", "1125", set()),
    ("en", "Ukraine rallied international opposition against Russia.", "113", {"141"}),
    # "protest to" is an official complaint; "protested against" is a demonstration
    ("en", "China protested to Japan over the visit.", "114", {"140", "141"}),
    ("en", "Argentina sued the United States.", "115", set()),
    ("en", "Cuba filed a lawsuit against the United States.", "115", set()),
    ("es", "El Gobierno de Venezuela acusó a Colombia de corrupción.", "1121", {"112"}),
    ("es", "Rusia acuso a Ucrania de crimenes de guerra.", "1124", {"112"}),
    ("en", "The opposition accused the government of electoral fraud.", "1121", {"112"}),
    # the subject of the small clause "guilty" is the verb's object (syntax.direct_objects)
    ("en", "A court found the company guilty of fraud.", "116", set()),
    ("es", "El presidente de Argentina arremetió contra el Fondo Monetario Internacional.",
     "111", set()),
    ("es", "Maduro tachó de golpista al presidente de Colombia.", "111", set()),
    # condenar: criticism, or a prison sentence (173 by the codebook's note on 116)
    ("es", "Cuba condenó el bloqueo de Estados Unidos.", "111", {"173"}),
    ("es", "El tribunal condenó a Fujimori a 25 años de prisión.", "173", {"111"}),
    # rechazar alone is criticism; with a proposal it is a refusal
    ("es", "Cuba rechazó las sanciones de Estados Unidos.", "111", {"120"}),
    ("es", "Argentina presentó una nota de protesta ante el Reino Unido.", "114", set()),
    # -- 12 reject ------------------------------------------------------------------------
    ("en", "Hamas rejected the proposal from Egypt.", "120", set()),
    ("en", "Hamas rejected the ceasefire proposal.", "1246", {"120"}),
    ("en", "Israel rejected calls for a ceasefire.", "1246", {"120"}),
    ("en", "Iran refused to release the tanker.", "1243", {"0841"}),
    ("en", "Iran declined to attend the talks in Geneva.", "125", set()),
    # "declined to comment" is no refusal
    ("en", "The ministry declined to comment on the report.", "011", {"120", "125"}),
    # rejecting accusations is a denial (016), not a refusal
    ("en", "Israel rejected the accusations of genocide.", "016", {"120"}),
    ("en", "Russia vetoed a UN resolution on Syria.", "129", set()),
    ("es", "Venezuela rechazó la propuesta de Colombia.", "120", {"111"}),
    ("es", "Cuba se negó a liberar a los presos políticos.", "1243", {"016", "0841"}),
    ("es", "Maduro se nego a dialogar con la oposicion.", "125", {"016"}),
    ("es", "Cuba rechaza la propuesta de Estados Unidos.", "120", {"111"}),
    ("es", "Venezuela rechazó la propuesta de alto el fuego de Colombia.", "1246", {"120"}),
    ("es", "El Gobierno de Perú se negó a comentar.", "011", {"120", "016"}),
    # -- 13 threaten ----------------------------------------------------------------------
    ("en", "Russia threatened to cut gas supplies to Ukraine.", "1311", set()),
    ("en", "The United States threatened Iran with sanctions.", "1312", set()),
    ("en", "Washington threatened Venezuela with military action.", "138", {"190"}),
    ("en", "Iran vowed to retaliate against Israel.", "138", set()),
    ("en", "Trump warned Iran against attacking U.S. forces.", "1384", set()),
    # "warn of" a catastrophe is no threat
    ("en", "The Kremlin warned of a humanitarian catastrophe.", "", {"130"}),
    ("en", "RUSSIA THREATENS TO CUT TIES WITH MOLDOVA", "1313", set()),
    ("es", "Estados Unidos amenazó con sanciones a Cuba.", "1312", set()),
    ("es", "Rusia amenazó con cortar el suministro de gas a Ucrania.", "1311", set()),
    ("es", "Corea del Norte amenazó con un ataque nuclear contra Estados Unidos.", "1385",
     {"1384"}),
    ("es", "RUSIA EXPULSA A DIPLOMATICOS DE ALEMANIA", "161", {"174"}),
    ("es", "Israel suspendio las negociaciones con Hamas.", "164", set()),
    ("es", "China lanzó un ultimátum a Taiwán.", "139", set()),
    # -- 15 exhibit force posture ---------------------------------------------------------
    ("en", "Russia massed troops along the border with Ukraine.", "154", set()),
    ("en", "China launched military drills around Taiwan.", "150", set()),
    ("en", "North Korea put its forces on high alert.", "152", set()),
    ("en", "North Korea test-fired a ballistic missile.", "150", {"190", "195"}),
    ("en", "France deployed riot police in Paris.", "153", {"150"}),
    ("es", "Estados Unidos desplegó buques de guerra frente a las costas de Venezuela.", "150",
     set()),
    ("es", "Rusia concentró tropas en la frontera con Ucrania.", "154", {"141"}),
    ("es", "COREA DEL NORTE PONE EN ALERTA A SUS TROPAS", "152", set()),
    # -- 16 reduce relations --------------------------------------------------------------
    ("en", "Colombia cut diplomatic ties with Israel.", "161", set()),
    # "cut a deal" is no cut in relations
    ("en", "Venezuela cut a deal with Chevron.", "", {"160", "161", "163"}),
    ("en", "Poland expelled 45 Russian diplomats.", "161", {"174"}),
    ("en", "Mexico recalled its ambassador from Peru.", "161", set()),
    ("en", "The United States imposed sanctions on Venezuela.", "163", set()),
    # freeze: assets (sanctions) or talks
    ("en", "Washington froze the assets of Venezuelan officials.", "163", {"171"}),
    ("en", "The EU froze talks with Turkey.", "164", set()),
    # denounce a treaty is to withdraw from it
    ("en", "Russia denounced the Open Skies Treaty.", "160", {"111"}),
    ("en", "Mali withdrew from ECOWAS.", "160", set()),
    ("en", "Mali expelled the UN peacekeeping mission.", "1661", set()),
    ("en", "Sudan expelled 13 aid agencies.", "1663", set()),
    ("es", "Nicaragua rompió relaciones diplomáticas con Taiwán.", "161", set()),
    # llamar a consultas a un embajador (161), not an appeal
    ("es", "México llamó a consultas a su embajador en Perú.", "161", {"020"}),
    ("es", "Rusia expulso al embajador de Polonia.", "161", {"174"}),
    # personal "a" before a common noun: the parser makes it an oblique, "retirar a" finds it
    ("es", "Estados Unidos retiró a su embajador en Venezuela.", "161", set()),
    ("es", "Mali expulsó a los cascos azules de la ONU.", "1661", {"174"}),
    ("es", "China desplegó a miles de soldados cerca de la frontera con India.", "154", set()),
    ("es", "Washington impuso aranceles a las importaciones de México.", "163", set()),
    ("es", "España congeló los activos de la empresa rusa.", "163", {"171"}),
    ("es", "Israel suspendió las negociaciones con Hamás.", "164", set()),
    ("es", "El Gobierno de Nicaragua canceló la personería jurídica de 1.500 ONG.", "1663",
     set()),
    ("es", "EEUU SUSPENDE LA AYUDA MILITAR A UCRANIA", "1622", {"162"}),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert (not want or want in got) and not got & never, got
