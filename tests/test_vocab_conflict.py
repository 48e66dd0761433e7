"""Trigger vocabulary of roots 14, 17-20: senses and a sample of codes, in both languages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # -- senses: "strike" (labour strike with no object, attack with one)
    ("en", "Workers at the port went on strike on Monday.", "143", {"190"}),
    # the jets make it an aerial attack (coding/data/refinements.tsv)
    ("en", "Russian jets struck rebel positions near Idlib.", "195", {"143"}),
    ("en", "Teachers in Chile struck for higher wages.", "1432", {"190"}),
    # against a reform: a strike for policy change (refinements.tsv)
    ("en", "French unions called a general strike against the pension reform.", "1432",
     {"190"}),
    ("en", "Russian jets carried out air strikes on Idlib.", "195", {"143", "190"}),
    ("en", "The United States carried out a drone strike against al-Shabaab in Somalia.",
     "1952", {"143", "195"}),
    ("en", "Teachers in Argentina staged a hunger strike.", "142", {"143", "190"}),
    # -- "fire": shots, missiles, tear gas
    # force against protesters is repression, protesters' force a riot (coder._by_sides)
    ("en", "Israeli troops opened fire on protesters in Gaza.", "175", {"194"}),
    ("en", "Russia fired missiles at Kyiv.", "194", {"193"}),
    ("en", "Kenyan police fired tear gas at protesters in Nairobi.", "175", {"193", "194"}),
    # -- "charge": a charge, a baton charge
    ("en", "Prosecutors charged the former Peruvian president with corruption.", "173",
     {"175"}),
    ("en", "Riot police charged protesters with batons in Santiago.", "175", {"173"}),
    # -- "seize", "capture", "clash": property, territory, protest, battle
    ("en", "Iran seized a British tanker in the Strait of Hormuz.", "1711", {"192"}),
    ("en", "Russian forces captured the town of Avdiivka.", "192", {"173"}),
    ("en", "Police arrested the opposition leader in Caracas.", "173", set()),
    ("en", "POLICE ARREST OPPOSITION LEADER IN CARACAS", "173", set()),
    ("en", "Protesters clashed with police in Paris.", "145", {"190"}),
    ("en", "Ukrainian troops clashed with Russian forces near Bakhmut.", "190", {"145"}),
    # -- protests by purpose, one-sided acts
    ("en", "Protesters rallied outside the U.S. embassy in Caracas.", "141", set()),
    ("en", "Hong Kong protesters protested against the extradition bill.", "1412", set()),
    ("en", "Thousands of Venezuelans demonstrated for democracy in Caracas.", "1414", set()),
    ("en", "Farmers blocked highways across France.", "144", {"191"}),
    ("en", "Rioters stormed the parliament in Nairobi.", "145", set()),
    # -- a sample of codes
    ("en", "The Nicaraguan government banned the opposition party.", "1722", set()),
    ("en", "Ecuador's president declared a state of emergency.", "1724", {"010"}),
    ("en", "The Kenyan government imposed a curfew in Nairobi.", "1723", set()),
    ("en", "Nicaragua expelled 18 foreign nuns.", "174", {"166"}),
    ("en", "Russian hackers hacked the email accounts of German lawmakers.", "176", set()),
    ("en", "Gunmen kidnapped two French journalists in Mali.", "181", {"173"}),
    ("en", "Militants detonated a car bomb outside the Afghan ministry.", "1832", {"183"}),
    ("en", "A suicide bomber blew himself up at a mosque in Peshawar.", "1831", {"1712"}),
    ("en", "Israel assassinated the Hezbollah commander in Beirut.", "186", set()),
    ("en", "Russia violated the ceasefire with Ukraine.", "196", set()),
    ("en", "The Israeli navy enforced a naval blockade of Gaza.", "191", {"144"}),
    ("en", "Myanmar's army massacred villagers in Sagaing.", "202", set()),
    ("en", "Azerbaijan expelled the Armenian population from Nagorno-Karabakh.", "201", {"174"}),
    ("en", "Syria used chemical weapons against civilians in Ghouta.", "2041", set()),
    ("en", "Syria carried out a chemical attack on Ghouta.", "2041", {"190"}),
    ("en", "Thousands of people protested in Madrid against the government.", "140", set()),
    ("en", "There was an assassination attempt on the Slovak prime minister.", "185", {"186"}),
    ("en", "Activists went on hunger strike to demand the release of political prisoners.",
     "1423", set()),
    # -- Spanish senses: "tomar", "disparar", "lanzar", "violar", "manifestar(se)", "derribar"
    ("es", "Los manifestantes tomaron las calles de Santiago.", "141", {"192"}),
    ("es", "Las tropas rusas tomaron la ciudad de Avdiivka.", "192", {"141", "144"}),
    ("es", "Los estudiantes tomaron la universidad en protesta contra la reforma.", "1442",
     {"192"}),
    ("es", "Hamás tomó como rehenes a cientos de israelíes.", "181", {"192", "173"}),
    ("es", "La policía disparó gases lacrimógenos contra los manifestantes en Lima.", "175",
     {"193", "194"}),
    ("es", "Irán disparó misiles balísticos contra Israel.", "194", {"193", "175"}),
    ("es", "Los militares dispararon contra los manifestantes en Jartum.", "175", {"194"}),
    ("es", "Rusia lanzó un ataque con drones contra Kiev.", "1952", {"190"}),
    ("es", "RUSIA LANZA UN ATAQUE CON DRONES CONTRA KIEV", "1952", {"190"}),
    ("es", "Rusia lanzó un ataque masivo contra Ucrania.", "190", set()),
    ("es", "Israel lanzó bombas sobre Gaza.", "195", {"183"}),
    ("es", "Los manifestantes lanzaron piedras contra la policía en Quito.", "145", {"194"}),
    ("es", "Israel violó la tregua con Hamás.", "196", {"1821"}),
    ("es", "Los guerrilleros del ELN violaron a una niña en Arauca.", "1821", {"196"}),
    ("es", "El ministro manifestó su apoyo al presidente.", "051", {"141"}),
    ("es", "Miles de catalanes se manifestaron por la independencia en Barcelona.", "1414",
     set()),
    ("es", "Rusia derribó un dron ucraniano.", "190", {"1712"}),
    ("es", "El Ejército de Israel derribó viviendas palestinas en Cisjordania.", "1712",
     {"190"}),
    ("es", "Rusia ocupó Crimea en 2014.", "192", set()),
    # -- huelgas, paros, bloqueos, protestas con propósito
    ("es", "Los médicos chilenos se declararon en huelga.", "143", {"190"}),
    ("es", "Los transportistas colombianos iniciaron un paro nacional.", "143", set()),
    ("es", "Los presos políticos iniciaron una huelga de hambre en Caracas.", "142", {"143"}),
    ("es", "Los manifestantes cortaron la carretera Panamericana en Ecuador.", "144", {"191"}),
    ("es", "Los camioneros bloquearon las carreteras en Bolivia.", "144", {"191"}),
    ("es", "Los estudiantes venezolanos marcharon contra la reforma educativa en Caracas.",
     "1412", set()),
    ("es", "Los agricultores franceses protestaron contra el acuerdo con Mercosur.", "1412",
     set()),
    ("es", "Los manifestantes se enfrentaron a la policía en París.", "145", {"190"}),
    # -- una muestra de códigos, con y sin tildes
    ("es", "La policia detuvo a tres periodistas en Managua.", "173", set()),
    ("es", "El Gobierno ecuatoriano decreto el estado de excepcion.", "1724", set()),
    ("es", "El Gobierno keniano impuso un toque de queda en Nairobi.", "1723", set()),
    ("es", "El CNE inhabilitó a la opositora venezolana.", "1722", set()),
    ("es", "Estados Unidos deportó a cientos de migrantes venezolanos.", "174", set()),
    ("es", "Irán incautó un petrolero británico en el estrecho de Ormuz.", "1711", {"192"}),
    ("es", "Hackers rusos hackearon las cuentas de correo de diputados alemanes.", "176",
     set()),
    ("es", "Las FARC secuestraron a tres soldados colombianos.", "181", {"173"}),
    ("es", "La Guardia Nacional reprimió a los manifestantes en Caracas.", "175", set()),
    ("es", "Israel asesinó a un líder de Hamás en Beirut.", "186", {"190"}),
    ("es", "El ELN perpetró un atentado con coche bomba contra una base militar en Cúcuta.",
     "1832", {"180", "183"}),
    ("es", "Israel perpetró una masacre en Gaza.", "202", set()),
    ("es", "Azerbaiyán expulsó a la población armenia de Nagorno Karabaj.", "201", {"174"}),
    ("es", "Siria usó armas químicas contra civiles en Guta.", "2041", set()),
    ("es", "Miles de personas se manifestaron en Madrid contra el Gobierno.", "141", set()),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert want in got and not got & never, got
