"""Spanish trigger vocabulary, third round: breadth from the codebook's definitions of roots
02, 03, 04, 11, 12, 13, 14 and 18, in the wording of Spanish-language news from Spain and
Latin America (light verbs, idioms, passives, regional words), and the senses of those
words that are no event ("la amenaza de lluvias", "una bomba de agua", "se tomó un café").
Each sentence was written and labelled before it was run."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # -- 02 appeals: weapons asked for by their names, trade asked for
    ("es", "Zelenski pidió a sus aliados europeos más sistemas de defensa aérea.", "0232",
     {"022"}),
    ("es", "El Gobierno ucraniano solicitó a Alemania el envío de blindados.", "0232", set()),
    ("es", "Bolivia pidió a Chile un tratado de libre comercio.", "0211", set()),
    ("es", "El Vaticano imploró la paz en Ucrania.", "027", set()),
    ("es", "El Consejo de Seguridad instó a Israel y a Hamás a acordar una tregua humanitaria.",
     "0256", set()),
    # -- 03 intents
    ("es", "Japón se comprometió a donar 20 millones de dólares a Ecuador.", "0331", set()),
    ("es", "Estados Unidos garantizó a Guyana su apoyo frente a las reclamaciones venezolanas.",
     "032", set()),
    ("es", "Colombia se mostró dispuesta a extraditar al narcotraficante a Estados Unidos.",
     "0313", set()),
    ("es", "Lula se declaró dispuesto a mediar entre Rusia y Ucrania.", "039", set()),
    # -- 04 consult
    ("es", "Los cancilleres de Chile y Perú se dieron cita el lunes.", "040", set()),
    # (in Lima, a meeting in Peru is Chile's visit: 042 and 043, tests/test_coder_rules.py)
    ("es", "El rey Felipe VI dio la bienvenida al presidente de Colombia en el Palacio Real.",
     "043", {"051"}),
    ("es", "El canciller brasileño hizo escala en Caracas antes de viajar a La Habana.", "042",
     set()),
    ("es", "Delegados de Armenia y Azerbaiyán iniciaron una ronda de contactos en Ginebra.",
     "046", set()),
    # -- 11 disapprove
    ("es", "El Gobierno de Venezuela puso en tela de juicio la legitimidad de la OEA.", "111",
     set()),
    ("es", "El Gobierno venezolano denostó a los observadores de la Unión Europea.", "111",
     set()),
    ("es", "Amnistía Internacional acusó a la policía de Nicaragua de torturar a presos "
     "políticos.", "1122", set()),
    # -- 12 reject
    ("es", "Venezuela desechó la propuesta de Brasil de repetir las elecciones.", "120", set()),
    ("es", "Maduro se aferra al poder pese a la presión internacional.", "1231", set()),
    ("es", "El Gobierno israelí cerró la puerta a cualquier negociación con Hamás.", "125",
     set()),
    ("es", "Irán dio un portazo a la oferta de diálogo de Washington.", "125", set()),
    ("es", "El Kremlin descartó hacer concesiones territoriales a Ucrania.", "124", set()),
    ("es", "El Gobierno de Panamá se mantuvo firme ante las exigencias de Washington.", "124",
     set()),
    ("es", "Venezuela resistió la presión de Estados Unidos.", "124", set()),
    ("es", "El Gobierno de Guatemala hizo oídos sordos a los llamados de la ONU.", "120", set()),
    ("es", "Los transportistas se negaron a levantar el paro pese al llamado del Gobierno de "
     "Perú.", "1242", set()),
    ("es", "La propuesta de paz de Kiev fue rechazada por Moscú.", "127", set()),
    ("es", "El proyecto de resolución fue vetado por Rusia en el Consejo de Seguridad.", "129",
     set()),
    # -- 13 threaten
    ("es", "Irán lanzó una advertencia a Israel.", "130", set()),
    ("es", "Los cárteles profirieron amenazas contra periodistas mexicanos.", "130", set()),
    ("es", "Qatar amenazó con abandonar su papel de mediador entre Israel y Hamás.", "135",
     set()),
    ("es", "Qatar amenazó con la suspensión de su mediación entre Israel y Hamás.", "135",
     set()),
    ("es", "Moscú blandió la amenaza nuclear contra Occidente.", "1385", set()),
    # -- 14 protest
    ("es", "Los médicos de la sanidad pública española están de huelga desde el lunes.", "143",
     set()),
    ("es", "Miles de catalanes formaron una cadena humana por la independencia.", "1414",
     set()),
    ("es", "Taxistas realizaron un bocinazo frente al Congreso de Perú.", "141", set()),
    ("es", "Activistas chilenos se encadenaron frente al Ministerio de Medio Ambiente.", "141",
     set()),
    ("es", "Agricultores franceses bloquearon con tractores los accesos a París.", "144",
     set()),
    ("es", "Los mineros bolivianos marcharon rumbo a La Paz.", "141", set()),
    ("es", "Manifestantes quemaron contenedores en el centro de Barcelona.", "145", set()),
    # -- 18 assault
    ("es", "El ELN atentó contra una estación de policía en Arauca.", "180", set()),
    ("es", "Desconocidos envenenaron a un periodista ruso en Moscú.", "180", set()),
    ("es", "Una mujer fue violada por tres soldados etíopes en Tigray.", "1821", set()),
    # -- second set: passives, "se" passives, headlines without accents or in capitals,
    # event nouns with their slots, regional words
    ("es", "La ONU reclamo acceso humanitario a Gaza", "0255", set()),
    ("es", "Ucrania reclamó a Occidente aviones de combate.", "0232", set()),
    ("es", "El Vaticano pidió clemencia a Irán para la activista condenada.", "025", set()),
    ("es", "El canciller de Japón pidió disculpas a Corea del Sur.", "055", {"020"}),
    ("es", "Brasil prometio enviar ayuda humanitaria a Gaza", "0333", set()),
    ("es", "Chile se comprometió a acoger a 500 refugiados sirios.", "0333", set()),
    ("es", "El Gobierno de Bolivia se mostró abierto al diálogo con los transportistas.", "036",
     set()),
    ("es", "Venezuela anunció que liberará a los presos políticos.", "0353", set()),
    ("es", "El canciller argentino se reunio con su homologo chileno", "040", set()),
    ("es", "La canciller mexicana visito Guatemala", "042", set()),
    ("es", "Cuba condeno el bloqueo estadounidense", "111", set()),
    ("es", "El presidente de Guatemala fue duramente criticado por la oposición guatemalteca.",
     "111", set()),
    ("es", "CHINA RECHAZA LA PROPUESTA DE DIÁLOGO DE TAIWÁN", "125", set()),
    ("es", "Israel rechazo la tregua propuesta por Egipto", "1246", set()),
    ("es", "La solicitud de asilo del opositor fue denegada por Ecuador.", "1223", set()),
    ("es", "El Gobierno de Ortega negó el ingreso de la misión de la CIDH.", "1245", set()),
    ("es", "Hungría vetó las sanciones de la Unión Europea contra Rusia.", "129", set()),
    ("es", "Trump amenazo con aranceles a Mexico", "1312", set()),
    ("es", "El cártel lanzó amenazas de muerte contra el alcalde de Culiacán.", "1383", set()),
    ("es", "El alcalde de Culiacán recibió amenazas de muerte de un cártel mexicano.", "1383",
     set()),
    ("es", "Un periodista mexicano fue amenazado de muerte por el cártel de Sinaloa.", "1383",
     set()),
    ("es", "La amenaza de Trump de imponer aranceles a Canadá sacudió los mercados.", "1312",
     set()),
    ("es", "MILES DE ESTUDIANTES MARCHAN EN SANTIAGO DE CHILE CONTRA LA REFORMA EDUCATIVA",
     "1412", set()),
    ("es", "Un avión de Avianca fue secuestrado por dos hombres armados.", "181", set()),
    ("es", "Dos soldados colombianos fueron torturados por la guerrilla.", "1822", set()),
    ("es", "Hombres armados plagiaron a dos turistas estadounidenses en Guerrero.", "181",
     set()),
    ("es", "Productores rurales argentinos realizaron un tractorazo en Rosario.", "141", set()),
    ("es", "El Gobierno de Perú instaló una mesa de trabajo con los transportistas.", "046",
     set()),
    ("es", "Cuba solicitó a México frazadas y leche en polvo para los damnificados.", "0233",
     set()),
    ("es", "Argentina pidió al FMI un salvataje.", "0231", set()),
    ("es", "China prometió a Honduras nuevas líneas de crédito.", "0331", set()),
    ("es", "Hamás mantiene cautivos a decenas de rehenes israelíes.", "181", set()),
    ("es", "Dos hombres armados tomaron el control de un avión de Avianca.", "181", set()),
    # -- senses: the act, not its homonym
    ("es", "Los rebeldes tomaron la ciudad de Goma.", "192", set()),
]

# Sentences whose words are triggers in another sense: no event of these roots.
NO_EVENT = [
    ("es", "La amenaza de lluvias obligó a suspender el desfile militar en Bogotá.",
     {"13"}),
    ("es", "El atleta keniano rechazó el cansancio y siguió corriendo.", {"11", "12"}),
    ("es", "El ministro de Economía de Argentina atacó el problema de la inflación con nuevas "
     "medidas.", {"11", "18", "19"}),
    ("es", "Un ataque de tos interrumpió el discurso del presidente de Chile.", {"18", "19"}),
    ("es", "Venezuela instaló bombas de agua en los barrios inundados de Maracaibo.", {"18"}),
    ("es", "El presidente de Ecuador se tomó un café con los periodistas.", {"19"}),
    ("es", "El Servicio Meteorológico de México advirtió de fuertes lluvias.", {"13"}),
    ("es", "El presidente de Bolivia se marchó del país tras perder las elecciones.", {"14"}),
    ("es", "El Gobierno de Perú lanzó un plan de vivienda social.", {"18", "19"}),
    ("es", "Las exportaciones de Chile se dispararon en marzo.", {"18", "19"}),
    ("es", "Brasil pidió la palabra durante la sesión de la OEA.", {"02"}),
    ("es", "El Gobierno de Colombia tomó medidas contra la inflación.", {"19"}),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert want in got and not got & never, got


@pytest.mark.parametrize("lang, text, roots", NO_EVENT)
def test_other_sense(code, lang: str, text: str, roots: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert not {c for c in got if c[:2] in roots}, got
