"""Trigger vocabulary of roots 06-10: senses and a sample of codes, in both languages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # -- 06 material cooperation
    ("en", "Russia and China held joint naval drills in the Sea of Japan.", "062", {"150"}),
    ("en", "The United States sold F-16 fighter jets to Turkey.", "062", {"072"}),
    ("en", "China invested $5 billion in Venezuela.", "061", {"071"}),
    ("en", "Germany trades heavily with China.", "061", set()),
    ("en", "Mexico extradited the drug lord to the United States.", "063", set()),
    ("en", "Colombia handed over the suspect to Venezuelan authorities.", "063", {"0873"}),
    ("en", "Israel shared intelligence with Jordan.", "064", set()),
    ("es", "Rusia y China realizaron maniobras navales conjuntas en el mar de Japón.", "062",
     set()),
    ("es", "Estados Unidos vendió aviones de combate F-16 a Turquía.", "062", {"072"}),
    ("es", "México extraditó al narcotraficante a Estados Unidos.", "063", set()),
    ("es", "Israel y Hamas pactaron una tregua en Gaza.", "0871", set()),
    ("es", "Israel compartió información de inteligencia con Jordania.", "064", set()),
    ("es", "RUSIA Y CHINA REALIZAN MANIOBRAS NAVALES CONJUNTAS", "062", set()),
    ("es", "Cuba y Venezuela ampliarán el comercio bilateral.", "0311", {"061"}),
    # -- 07 aid; "send troops" is no aid
    ("en", "Turkey sent humanitarian aid to Syria.", "073", {"071"}),
    ("en", "Germany sent Leopard tanks to Ukraine.", "072", set()),
    ("en", "Russia sent troops to Syria.", "154", {"072", "074"}),
    ("en", "Brazil deployed peacekeepers to Haiti.", "074", set()),
    ("en", "China forgave Cuba's debt.", "071", {"056"}),
    ("en", "Spain granted political asylum to the opposition leader.", "075", {"073"}),
    ("en", "Norway will give Sudan food aid.", "0333", {"073"}),
    ("es", "Cuba envió médicos a Italia.", "073", set()),
    ("es", "Rusia envió tropas a Siria.", "154", {"072", "074"}),
    ("es", "La Unión Europea donó 10 millones de euros a Haití.", "071", set()),
    ("es", "Ecuador concedió asilo político a Assange.", "075", set()),
    ("es", "Colombia abrió su frontera a los refugiados venezolanos.", "073", {"075"}),
    # -- 08 yield: senses of release, hand over, withdraw, lift, back, return, call off
    ("en", "Hamas released three Israeli hostages.", "0841", set()),
    ("en", "Iran released the British tanker.", "0842", {"0841"}),
    ("en", "The EU released funds to Hungary.", "071", {"0841"}),
    ("en", "The FARC handed over their weapons to the United Nations.", "0873", {"072"}),
    ("en", "The president handed power to the military.", "0831", set()),
    ("en", "The junta handed power to a civilian government.", "0834", set()),
    ("en", "Russia withdrew its troops from Syria.", "0874", set()),
    ("en", "Authorities withdrew the statement after criticism.", "015", {"0874", "0832"}),
    ("en", "The government lifted the curfew in Lima.", "0813", {"081"}),
    ("en", "The United States eased sanctions on Venezuela.", "085", set()),
    ("en", "The army lifted the siege of the city.", "0872", set()),
    ("en", "The opposition backed down.", "080", {"051"}),
    ("en", "The United States backed Israel.", "051", {"080"}),
    ("en", "Israel returned the bodies of two Palestinians.", "084", set()),
    ("en", "Protesters returned to work after the strike.", "082", {"084"}),
    ("en", "The unions called off the general strike.", "082", {"143"}),
    ("en", "Israel and Hamas declared a ceasefire in Gaza.", "0871", set()),
    ("en", "The prime minister resigned after the scandal.", "0831", set()),
    ("en", "The government scrapped the fuel price increase after the protests.", "0832", set()),
    ("en", "The president pardoned the opposition leader.", "0841", {"056"}),
    ("es", "Las FARC entregaron las armas.", "0873", {"072"}),
    ("es", "El presidente entregó el poder a los militares.", "0831", set()),
    ("es", "Hamás liberó a tres rehenes israelíes.", "0841", set()),
    ("es", "Irán liberó el petrolero británico.", "0842", {"0841"}),
    ("es", "El Gobierno levantó el toque de queda en Lima.", "0813", set()),
    ("es", "Los camioneros levantaron el paro.", "082", set()),
    ("es", "Estados Unidos levanto las sanciones contra Venezuela.", "085", set()),
    ("es", "El Gobierno derogó el decreto tras las protestas.", "0832", set()),
    ("es", "El Gobierno dio marcha atrás con la reforma tributaria.", "0832", set()),
    ("es", "Colombia y el ELN acordaron un cese al fuego bilateral.", "0871", set()),
    ("es", "Rusia y Ucrania canjearon prisioneros de guerra.", "0841", set()),
    ("es", "El ministro presentó su renuncia.", "0831", set()),
    ("es", "Rusia se retiró de Jersón.", "0874", set()),
    ("es", "El Gobierno retiró a Cuba de la lista de países patrocinadores del terrorismo.",
     "081", {"0874"}),
    ("es", "Los trabajadores volvieron al trabajo tras la huelga.", "082", set()),
    ("es", "El Gobierno puso fin al toque de queda.", "0813", set()),
    ("es", "El ministro renunció al cargo.", "0831", set()),
    ("es", "Japón prestó 1.000 millones de dólares a Indonesia.", "071", set()),
    # -- 09 investigate: what is investigated gives the sub-code
    ("en", "Police are investigating the killing of a journalist.", "091", {"190", "186"}),
    ("en", "The ICC is investigating Israel for war crimes.", "094", {"091"}),
    ("en", "The UN launched a probe into the airstrike.", "093", {"190", "195"}),
    ("en", "Brazilian police questioned Bolsonaro over the alleged coup plot.", "091", {"111"}),
    ("es", "La Fiscalia abrio una investigacion por corrupcion contra el alcalde.", "091", set()),
    ("es", "La CPI abrió una investigación por crímenes de guerra en Ucrania.", "094", set()),
    ("es", "La CIDH documentó violaciones de derechos humanos por parte de las fuerzas de "
     "seguridad.", "092", set()),
    ("es", "La Fiscalía citó a declarar al exministro.", "091", set()),
    # -- 10 demand: plain heads take the act's code; object-specific heads keep their own
    ("en", "The opposition demanded the resignation of the prime minister.", "1041", {"0831"}),
    ("en", "The United States demanded that Russia withdraw its troops from Ukraine.", "1056",
     {"0874"}),
    ("en", "Ukraine demanded more weapons from its allies.", "1032", set()),
    ("en", "Kyiv demanded security guarantees from NATO.", "1034", set()),
    ("en", "Protesters demanded an end to the curfew.", "1051", {"0813"}),
    ("en", "THE UNITED NATIONS DEMANDED HUMANITARIAN ACCESS TO GAZA", "1055", set()),
    ("es", "La oposición exigió la renuncia del presidente.", "1041", {"0831"}),
    ("es", "LA OPOSICION EXIGE LA RENUNCIA DEL PRESIDENTE", "1041", set()),
    ("es", "Estados Unidos exigió a Rusia la retirada de sus tropas.", "1056", {"0874"}),
    ("es", "Cuba exigió el fin del bloqueo.", "1054", {"0872"}),
    ("es", "Los manifestantes exigieron la liberación de los presos políticos.", "1053", {"0841"}),
    ("es", "Irán exigió una disculpa al Reino Unido.", "102", set()),
    ("es", "El ELN exigió la liberación de sus guerrilleros.", "1053", {"0841"}),
    ("es", "La empresa demandó al Gobierno.", "115", {"100"}),
    # -- known faults of the coder (see the reasons)
    # pronominal verbs with a common-noun subject, no reflexive passive
    ("es", "Las tropas rusas se retiraron de Jersón.", "0874", set()),
    ("es", "Los rebeldes se rindieron ante el Ejército.", "0874", set()),
    ("es", "Los manifestantes se dispersaron.", "082", {"175"}),
    ("es", "La ONU exigio la liberacion de los rehenes.", "1053", set()),
    ("en", "Iran allowed IAEA inspectors to visit the site.", "0862", set()),
    # an act named inside another noun or inside an object phrase is no event of its own
    ("es", "Ucrania denunció la violación del alto el fuego.", "111", {"0871"}),
    ("en", "Iran demanded the lifting of sanctions.", "1054", {"163"}),
    ("es", "Israel permitió la entrada de ayuda humanitaria en Gaza.", "0863", {"073"}),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert want in got and not got & never, got
