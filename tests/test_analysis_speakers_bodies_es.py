"""Speakers, session 21's Spanish round outside raya dialogue: bodies, sources and
relayed speech, each class tested on new text written for this file (not copied from
the gold)."""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- the outlet that relays, named after its common noun -----------------------------


def test_the_outlet_after_a_relaying_participle_and_its_noun_is_no_speaker() -> None:
    result = run(
        "Fuentes de la naviera citadas por el diario Clarín negaron que la ruta "
        "\"haya dejado de ser rentable\". Directivos del puerto recogidos por la agencia "
        "Télam aseguraron que las grúas \"vuelven a funcionar\".",
        language="es",
    )
    assert speaker_of(result, "rentable") == "Fuentes de la naviera"
    assert speaker_of(result, "vuelven") == "Directivos del puerto"


# --- the one spoken to, after a role noun that refers back ---------------------------


def test_the_addressee_after_a_role_noun_is_not_part_of_the_speaker() -> None:
    result = run(
        "La presidenta de la cofradía, Maite Urrestarazu Beloki, aseguró que la flota "
        "\"no saldrá a faenar\" hasta el lunes. \"Nos están dejando solos\", dijo la "
        "dirigente a Europa Press en el muelle.",
        language="es",
    )
    assert speaker_of(result, "dejando solos") == "Maite Urrestarazu Beloki"


# --- one member of a plural group -----------------------------------------------------


def test_one_of_the_group_names_one_person_not_the_group() -> None:
    """``otro de los afectados``, ``una de las rederas``: the partitive is the speaker
    (one person); the bare plural would name the whole group."""
    result = run(
        "El temporal dejó sin faena a la flota de Burela durante diez días.",
        "Otro de los afectados, un marinero de 58 años, se quejó ante esta agencia: "
        "«La mar ya no da para vivir». «Nadie nos ha llamado», añadió.",
        "Una de las rederas del puerto contó que «la mitad de las redes se perdió».",
        language="es",
    )
    assert speaker_of(result, "La mar") == "Otro de los afectados"
    assert speaker_of(result, "Nadie nos") == "Otro de los afectados"
    assert speaker_of(result, "la mitad") == "Una de las rederas"


def test_one_of_the_group_after_an_addressee_in_a_raya_aside() -> None:
    """``—… —explicaba a los periodistas una de las regantes—``: the partitive's noun
    (a person's) makes it the aside's subject, not the last named speaker."""
    result = run(
        "«El canal lleva meses sin limpiar», denunció la presidenta de la comunidad de "
        "regantes, Teresa Albero, en la asamblea.",
        "—Aquí no llega el agua —explicaba a los periodistas una de las regantes—. "
        "Llevamos un mes así.",
        language="es",
    )
    assert speaker_of(result, "Aquí no llega") == "una de las regantes"


# --- a ruling speaks for the court, not for a body named in passing -------------------


def test_the_ruling_speaks_for_the_court_not_a_body_in_passing() -> None:
    result = run(
        "El Juzgado de lo Penal número 2 de Cuenca ha absuelto a un ganadero acusado de "
        "maltrato animal.",
        "Según la resolución, los perros estaban vacunados y registrados en el censo de la "
        'Diputación de Cuenca. "No consta que los animales sufrieran daño alguno", recoge '
        "el fallo.",
        language="es",
    )
    assert speaker_of(result, "No consta") == "Juzgado de lo Penal número 2 de Cuenca"


def test_the_ruling_said_takes_up_the_court() -> None:
    result = run(
        "The Colorado Court of Appeals struck down the state rule on Tuesday.",
        "The ranchers had sued after the Colorado Parks and Wildlife Commission expanded the "
        'wolf zones. "The agency exceeded its authority," the ruling said.',
        language="en",
    )
    assert speaker_of(result, "exceeded") == "Colorado Court of Appeals"


# --- a body described inside a prepositional phrase is no subject to take up ---------


def test_a_described_body_after_a_preposition_is_not_the_company_that_speaks() -> None:
    result = run(
        "Los trabajadores de la planta denuncian recortes desde 2023.",
        "El grupo Lácteos del Norte vendió en marzo la fábrica a la cooperativa gallega "
        "Agromilk. «La venta garantiza el empleo», afirmó la compañía.",
        language="es",
    )
    assert speaker_of(result, "La venta") == "Lácteos del Norte"


def test_a_body_noun_describing_a_name_reported_nothing() -> None:
    """``para la naviera danesa Nordfjell, valorado en …``: neither the described name nor
    its noun is the company that speaks; the company that opened the sentence is."""
    result = run(
        "La dirección de Astilleros Zumaia comunicó este lunes un expediente de despido "
        "para 80 trabajadores.",
        "La compañía justifica el recorte en la cancelación del pedido de dos pesqueros para "
        "la naviera danesa Nordfjell, valorado en 90 millones. «Sin ese pedido sobra "
        "plantilla», sostiene la empresa.",
        language="es",
    )
    assert speaker_of(result, "Sin ese pedido") == "compañía"
