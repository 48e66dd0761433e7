"""Spanish trigger vocabulary added for whole families of codes: trade resumed and works
opened together (061), joint patrols (062), joint police operations (063), intelligence
agreements restored (064), property returned (0842), humanitarian access (0863), surrender
(0874), what is investigated (093, 094), formal complaints and retorts (114, 111), orders
defied (128), names of crime (1121), hunger strikes and stoppages (142, 143), aid agencies
expelled (1663), alert levels, incursions and cyber-commands (150, 152, 155), alliances
defended and awards dedicated (051, 052), talks hosted between others (045), mass
deportation (201) and chemical canisters (2041)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # -- 04/05 consultation and diplomacy
    ("es", "Catar acogió las negociaciones entre Estados Unidos y los talibanes.", "045",
     {"043"}),
    ("es", "Catar acogió una cumbre con Irán.", "043", {"045"}),
    ("es", "El Gobierno de Noruega se ofreció a acoger una ronda de negociaciones entre "
     "Venezuela y su oposición.", "039", {"036"}),
    ("es", "China defendió su alianza estratégica con Rusia ante las críticas de Washington.",
     "052", set()),
    # -- 06 material cooperation
    ("es", "Chile y Argentina retomaron el comercio de carne tras dos años de veto sanitario.",
     "061", set()),
    ("es", "Brasil y Bolivia inauguraron un gasoducto financiado con capital brasileño.", "061",
     set()),
    ("es", "Indonesia y Malasia ampliaron su mecanismo de comercio en monedas locales.", "061",
     set()),
    ("es", "Colombia pidió a Ecuador ampliar las patrullas conjuntas en la frontera.", "0212",
     {"020"}),
    ("es", "La policía francesa y la marroquí colaboraron en un operativo conjunto contra el "
     "tráfico de armas.", "063", {"060"}),
    ("es", "Tokio y Seúl restablecieron su acuerdo de intercambio de información militar.",
     "064", set()),
    # -- 07 aid, asked for
    ("es", "El Banco Mundial aprobó un desembolso de 500 millones de dólares para Ecuador.",
     "071", set()),
    ("es", "Haití pidió a la ONU el envío de alimentos para los desplazados.", "0233", {"020"}),
    ("es", "Haití solicitó a la ONU el despliegue de una fuerza internacional.", "0234",
     {"020"}),
    # -- 08 yield
    ("es", "Francia devolvió a Benín veintiséis obras saqueadas durante la colonia.", "0842",
     set()),
    ("es", "Egipto permitió la entrada de camiones con ayuda humanitaria en Gaza.", "0863",
     set()),
    ("es", "La ONU pidió a Sudán que permita la entrada de la ayuda humanitaria en Darfur.",
     "0255", {"020"}),
    ("es", "La ONU exigió a Israel que permita la entrada de las agencias humanitarias en "
     "Gaza.", "1055", {"100"}),
    ("es", "Unos 50 guerrilleros se entregaron al Ejército peruano en el valle del VRAEM.",
     "0874", set()),
    # -- 09 investigate: what is investigated gives the sub-code
    ("es", "El Congreso de Colombia investiga el ataque contra la lancha en el Pacífico.",
     "093", {"090"}),
    ("es", "Rumanía investiga el impacto del dron que cayó en su territorio.", "093", {"090"}),
    ("es", "La ONU investiga el presunto uso de armas químicas por parte del Ejército sirio.",
     "094", {"090"}),
    ("es", "Fiscales sirios investigan como crimen de guerra el bombardeo de un hospital en "
     "Idlib.", "094", {"093"}),
    # -- 11 disapprove, 12 reject
    ("es", "Bukele tildó al alcalde de corrupto.", "1121", {"111"}),
    ("es", "Venezuela denunció ante la ONU las maniobras militares de Estados Unidos.", "114",
     {"111"}),
    ("es", "La Guardia Costera de Filipinas denunció ante la ONU las incursiones chinas.",
     "114", {"111"}),
    ("es", "«Usted miente», le espetó el diputado al ministro del Interior.", "111", set()),
    ("es", "Los militares se negaron a obedecer las órdenes del presidente.", "128", {"016"}),
    ("es", "El Gobierno polaco se negó a ejecutar la orden de detención de la CPI contra "
     "Putin.", "128", {"120"}),
    # -- 14 protest
    ("es", "Los taxistas colapsaron el centro de Lima en protesta por las extorsiones.", "144",
     set()),
    ("es", "Los estudiantes mantienen un campamento frente al rectorado de la Universidad de "
     "Chile.", "141", set()),
    ("es", "Un activista lleva 30 días en huelga de hambre frente al consulado de Marruecos.",
     "142", set()),
    ("es", "Los médicos paralizaron los hospitales públicos de Madrid en reclamo de más "
     "personal.", "143", set()),
    # -- 15 force posture
    ("es", "Corea del Sur creó un mando de ciberdefensa para frenar los ataques de Corea del "
     "Norte.", "155", set()),
    ("es", "Rusia movilizó a sus unidades de ciberguerra contra Estonia.", "155", set()),
    ("es", "Japón elevó el nivel de alerta de sus fuerzas armadas tras el lanzamiento "
     "norcoreano.", "152", set()),
    ("es", "Taiwán elevó su nivel de alerta tras detectar buques chinos.", "152", set()),
    ("es", "Bombarderos rusos incursionaron en el espacio aéreo de Noruega.", "150", set()),
    # -- 16 reduce relations
    ("es", "El Gobierno de Sudán ordenó la expulsión de Médicos Sin Fronteras.", "1663",
     {"174"}),
    # -- 20 mass violence
    ("es", "Argelia llevó a cabo una deportación masiva de migrantes nigerinos.", "201",
     {"174"}),
    ("es", "Rusia deportó masivamente a niños ucranianos.", "201", {"174"}),
    ("es", "La Fuerza Aérea siria lanzó cilindros de gas cloro sobre un barrio de Alepo.",
     "2041", set()),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert want in got and not got & never, got
