"""Speakers, session 24's Spanish round on the gold_wire34 batch: classes found on its
errors, each tested on new text written for this file (not copied from the gold)."""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- officials who answer reporters' questions: the untagged questions are the press's --


def test_officials_answering_reporters_do_not_ask_the_questions() -> None:
    result = run(
        "Tras la reunión del comité de crisis, el consejero de Medio Ambiente, Ramón Ibarra "
        "Soler, y la jefa de bomberos, Pilar Cuesta Aranda, contestaron a las preguntas de "
        "la prensa en el ayuntamiento.",
        "—¿Está controlado el fuego?",
        "—Está estabilizado, pero no controlado —explicó el consejero—. Esta noche será clave.",
        "—¿Cuántas casas se han desalojado?",
        "—Unas doscientas. Los vecinos duermen en el polideportivo.",
        "—¿Y los medios aéreos?",
        "—Vuelven al amanecer —añadió Pilar Cuesta Aranda—. De noche no pueden volar.",
        language="es",
    )
    for question in ("Está controlado", "Cuántas casas", "Y los medios"):
        assert speaker_of(result, question) is None
    assert speaker_of(result, "Está estabilizado") == "Ramón Ibarra Soler"
    assert speaker_of(result, "Unas doscientas") == "Ramón Ibarra Soler"
    assert speaker_of(result, "Vuelven al amanecer") == "Pilar Cuesta Aranda"


# --- a colon after a title noun ("del barco:") introduces speech, not the noun's name --


def test_a_quotation_after_a_colon_that_follows_a_title_noun_is_speech() -> None:
    result = run(
        "La patrona Marta Vidal Ferro hablaba mientras amarraba el barco: «Hemos pasado tres "
        "días sin dormir y el mar no nos ha dado tregua».",
        language="es",
    )
    quote = next(q for q in result.quotes if "tres días" in q.text)
    assert quote.is_speech
    assert speaker_of(result, "tres días") == "Marta Vidal Ferro"


def test_a_ship_named_right_after_its_noun_is_still_a_title() -> None:
    result = run("El barco «Nuevo Horizonte Azul» zarpó ayer de Vigo.", language="es")
    assert not next(q for q in result.quotes if "Horizonte" in q.text).is_speech


# --- an indefinite trade noun with no person ending is an unnamed speaker -------------


def test_an_unnamed_guide_speaks_not_the_director_named_before() -> None:
    result = run(
        "La directora del parque, Elena Sáez Moreno, dijo que la temporada será corta.",
        "Junto a la taquilla, un guía que sube grupos desde hace diez años comentó que "
        '"en agosto apenas vienen extranjeros".',
        language="es",
    )
    assert speaker_of(result, "apenas vienen") == "guía"


def test_an_unnamed_galician_trade_in_eiro_speaks() -> None:
    result = run(
        "El conselleiro, Andrés Lago Riveiro, prometió ayudas «antes de fin de mes».",
        "En la lonja de Cangas, un percebeiro con treinta años de oficio lo contaba así: "
        "«Este invierno el mar no nos ha dejado salir ni diez días».",
        language="es",
    )
    assert speaker_of(result, "ni diez días") == "percebeiro"


# --- a role phrase before a name ("al exjefe de compras X") gives the name its gender --


def test_the_judge_is_not_the_defendant_named_with_a_masculine_role_phrase() -> None:
    result = run(
        "Un juzgado de Valencia condenó ayer a tres años de cárcel al exjefe de compras "
        "Jeffry Beltrán Roig por desviar fondos de la empresa.",
        'La presidenta de la sala, Sonia Marín Gil, dijo al leer el fallo que el acusado '
        '"actuó con frialdad". Según la sentencia, Beltrán gastó el dinero en viajes.',
        '"Los extractos bancarios no dejan lugar a dudas sobre el destino del dinero", '
        "añadió la jueza.",
        language="es",
    )
    assert speaker_of(result, "extractos bancarios") == "Sonia Marín Gil"


# --- "la dirección" is a body that issues a note, not the union named before ----------


def test_a_note_from_the_management_is_not_the_unions() -> None:
    result = run(
        "El paro, convocado por el sindicato CSIF, afecta a las cocinas del hospital.",
        "La dirección contestó por la tarde con una nota en la que defiende los turnos. "
        "«El servicio de comidas está garantizado para todos los pacientes», añade el texto.",
        language="es",
    )
    assert speaker_of(result, "servicio de comidas") == "dirección"


# --- "cifró en «…»": a figure put in the speaker's own words is reported speech -------


def test_a_figure_quoted_after_cifro_en_is_the_subjects() -> None:
    result = run(
        "Según el último informe del organismo, los embalses siguen bajando. «La reserva no "
        "alcanza el 20 % en ninguna cuenca», señala el informe.",
        "El presidente del Consejo Regulador de la denominación Aceite de Jaén, Manuel Ortega "
        "Ruiz, cifró en «entre doce y quince millones de euros» las ventas perdidas desde la "
        "helada y advirtió de que las almazaras «ya compran aceituna portuguesa».",
        language="es",
    )
    assert speaker_of(result, "entre doce y quince") == "Manuel Ortega Ruiz"


# --- ", y su portavoz, X, advirtió": a coordinated clause with a person of its own -----


def test_a_coordinated_clause_with_its_own_named_subject_speaks() -> None:
    result = run(
        "La asociación de vecinos cifró en 300 las firmas recogidas, y su presidente, Tomás "
        'Ugarte Sanz, advirtió de que el barrio "no aceptará más retrasos".',
        language="es",
    )
    assert speaker_of(result, "más retrasos") == "Tomás Ugarte Sanz"


# --- "Se declaró «…» el alcalde, X": the subject inverted right after the quotation ----


def test_a_subject_inverted_after_a_quoted_complement_speaks() -> None:
    result = run(
        "La jueza, Marta Olivares Peña, leyó la sentencia durante media hora.",
        'Se declaró "muy satisfecho con el acuerdo" el alcalde del municipio, Rubén Castro Gil, '
        "que pidió más vigilancia en el puerto.",
        language="es",
    )
    assert speaker_of(result, "muy satisfecho") == "Rubén Castro Gil"
