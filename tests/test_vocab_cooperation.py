"""Trigger vocabulary of roots 01-05: senses and a sample of codes, in both languages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # 01 statements
    ("en", "The Kremlin declined to comment on the report.", "011", {"010"}),
    ("en", "Moscow denied accusations by Kyiv that it bombed the hospital.", "016", {"010"}),
    ("en", "Hamas claimed responsibility for the attack.", "015", {"016"}),
    ("en", "Mexico declared three days of national mourning.", "017", {"010"}),
    ("en", "Biden expressed condolences to the families of the victims.", "018", {"010"}),
    ("en", "Washington is weighing new sanctions against Caracas.", "014", {"163"}),
    ("en", "Lula remained optimistic about the talks.", "013", {"012"}),
    ("en", "Putin and Xi agreed on the need for a multipolar world.", "019", {"030"}),
    ("es", "El Kremlin declinó hacer comentarios.", "011", {"010"}),
    # the denial is 016; the accusation it names was made, 112 by Ukraine (labelling rule 10)
    ("es", "Rusia negó las acusaciones de Ucrania.", "016", {"111"}),
    ("es", "Rusia nego las acusaciones de Ucrania.", "016", set()),
    ("es", "El ELN reivindicó el atentado contra la base militar.", "015", {"190"}),
    ("es", "Petro expresó sus condolencias a las familias de las víctimas.", "018", {"010"}),
    ("es", "México decretó tres días de duelo nacional.", "017", {"010"}),
    ("es", "Lula se mostró optimista sobre las negociaciones.", "013", {"012"}),
    ("es", "EEUU estudia nuevas sanciones contra Venezuela.", "014", {"163"}),
    ("es", "Rusia y China coincidieron en la necesidad de reformar la ONU.", "019", set()),
    # 02 appeals: "call for" (appeal) against "call" (phone), "llamar a" against "llamar por
    # teléfono", and the act named through data/families.tsv
    ("en", "The UN called for a ceasefire in Gaza.", "0256", {"041", "087"}),
    ("en", "Russia urged Ukraine to withdraw its troops from the region.", "0256", {"087"}),
    ("en", "Haiti appealed for humanitarian aid after the earthquake.", "0233", {"023"}),
    ("en", "The opposition called for new elections.", "0241", set()),
    ("en", "Cuba called for an end to the embargo.", "0254", set()),
    ("en", "Kyiv asked Washington for weapons.", "0232", set()),
    ("es", "La ONU pidió un alto el fuego en Gaza.", "0256", {"087"}),
    ("es", "Petro instó a Maduro a liberar a los presos políticos.", "0253", set()),
    ("es", "Cuba pidió el fin del bloqueo.", "0254", set()),
    ("es", "Ucrania pidió más armas a Estados Unidos.", "0232", set()),
    ("es", "Maduro llamo a los venezolanos a votar.", "020", {"041"}),
    ("es", "Pedro Sánchez llamó por teléfono a Biden.", "041", {"020"}),
    ("es", "Japón pidió perdón a Corea del Sur.", "055", {"020"}),
    # 03 intents
    ("en", "Cuba agreed to send doctors to Haiti.", "0333", {"073"}),
    ("en", "The EU pledged $500 million in humanitarian aid to Ukraine.", "0333", {"033", "0331"}),
    ("en", "Qatar offered to mediate between Israel and Hamas.", "039", {"045"}),
    ("en", "Iran agreed to resume talks with the United States.", "036", {"046"}),
    ("en", "Russia offered security guarantees to Ukraine.", "0334", set()),
    ("en", "Lula accepted an invitation from Xi to visit Beijing.", "036", {"042"}),
    ("en", "Israel accepted Egyptian mediation.", "038", set()),
    ("es", "Cuba se comprometio a enviar medicos a Haiti.", "0333", {"073"}),
    ("es", "China prometió ayuda humanitaria a Venezuela.", "0333", {"033"}),
    ("es", "Brasil ofreció mediar entre Rusia y Ucrania.", "039", {"045"}),
    ("es", "Rusia está dispuesta a negociar con Ucrania.", "036", {"046"}),
    ("es", "Maduro aceptó la invitación de Xi para visitar Pekín.", "036", {"042"}),
    # 04 consultations
    ("en", "Biden spoke by phone with Macron on Tuesday.", "041", {"040"}),
    ("en", "ERDOGAN HOLDS PHONE CALL WITH PUTIN", "041", {"040"}),
    ("en", "Putin and Xi met on the sidelines of the G20 summit.", "044", {"040"}),
    ("en", "Modi arrived in Moscow on Monday.", "042", set()),
    ("en", "Xi welcomed Lula in Beijing.", "043", {"051"}),
    ("en", "Egypt mediated between Israel and Hamas.", "045", set()),
    ("en", "Iran and the United States held talks in Oman.", "046", {"040"}),
    ("es", "Petro conversó telefónicamente con Lula.", "041", {"040"}),
    ("es", "MADURO Y PETRO CONVERSAN TELEFONICAMENTE", "041", {"040"}),
    ("es", "Petro se reunió con Boric al margen de la cumbre de la Celac.", "044", {"040"}),
    ("es", "PETRO SE REUNE CON LULA", "040", set()),  # (in Bogotá, it is Lula's visit: 042)
    ("es", "Lula viajo a Pekin para reunirse con Xi.", "042", set()),
    ("es", "Xi recibió a Lula en Pekín.", "043", set()),
    ("es", "Qatar medió entre Israel y Hamás.", "045", set()),
    ("es", "Rusia y Ucrania reanudaron las negociaciones en Estambul.", "046", {"040"}),
    # 05 diplomatic cooperation: "back" + object against "back down", "welcome" a decision
    # against "welcome" a visitor, "strike a deal" against an attack, "llegar a un acuerdo"
    # against a visit
    ("en", "Russia backed Venezuela.", "051", {"080"}),
    ("en", "Russia backed down after the warning.", "080", {"051"}),
    ("en", "Brazil welcomed Russia's decision to withdraw.", "051", {"043"}),
    ("en", "Russia and Ukraine struck a deal on grain exports.", "057", {"190"}),
    ("en", "RUSSIA AND CHINA SIGN NEW ENERGY AGREEMENT", "057", set()),
    ("en", "Spain recognized Palestine.", "054", set()),
    ("en", "Japan apologized to South Korea for the incident.", "055", set()),
    ("en", "Cuba and the US restored diplomatic relations.", "050", set()),
    ("es", "España respaldó a Ucrania.", "051", set()),
    ("es", "Brasil saludó la decisión de Rusia.", "051", set()),
    ("es", "España reconoció a Palestina.", "054", set()),
    ("es", "CUBA Y VENEZUELA FIRMAN ACUERDO DE COOPERACIÓN", "057", set()),
    ("es", "Colombia y el ELN llegaron a un acuerdo.", "057", {"042"}),
    ("es", "Cuba y Estados Unidos restablecieron relaciones diplomáticas.", "050", set()),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert want in got and not got & never, got
