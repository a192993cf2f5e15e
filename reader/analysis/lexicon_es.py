"""Spanish word lists for the built-in analyser (written for the project).

Each list is a whitespace-separated string turned into a frozenset once at import; the
lists are small and generic (grammar words, titles, reporting verbs), never names taken
from any article.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that are capitalised only because they open a sentence, a heading or a quotation.
FUNCTION_WORDS = _words(
    """
    a al algo alguien algún alguna algunas alguno algunos allí ambos ambas ante antes aquel
    aquella aquellas aquellos aquí así aun aún bajo bien cada casi como cómo con contra cual
    cuál cuales cuando cuándo cuanto cuánto cuya cuyo de del desde donde dónde durante e el él
    ella ellas ello ellos en entre era eran es esa esas ese eso esos esta está estaba estaban
    estas este esto estos fue fueron ha había habían han hasta hay la las le les lo los más
    me mi mientras mis mucho muchos muy nada nadie ni ningún ninguna ninguno no nos nosotros
    nuestra nuestro nunca o os otra otras otro otros para pero poco por porque pues que qué
    quien quién quienes se sea según ser si sí sido siempre sin sino sobre su sus también
    tan tanto te tras tu tú un una unas uno unos usted ustedes ya yo vosotros
    además asimismo previamente posteriormente finalmente igualmente actualmente entonces
    luego después antes mientras sin embargo aunque incluso ahora hoy ayer mañana anoche
    tampoco todavía apenas solo sólo tal vez quizá quizás acaso primero segundo tercero
    cuarto quinto último última primera segunda tercera cerca lejos dentro fuera arriba abajo
    ademas segun este esta estos estas esos esas aquellos aquellas tales todo toda todos todas
    varios varias otros muchas pocos pocas mayor menor cierto cierta dicho dicha dichos
    pese frente respecto acerca junto conforme mediante salvo excepto hacia vía tal ello
    sí no bueno bien claro efectivamente precisamente concretamente especialmente
    principalmente particularmente recientemente anteriormente inicialmente oficialmente
    foto fotos archivo cortesía imagen imágenes vídeo video fuente crédito créditos
    señor señora don doña
    """
)

# Title and role words that announce a person's name right after them.
PERSON_TITLES = _words(
    """
    presidente presidenta expresidente expresidenta vicepresidente vicepresidenta ministro
    ministra exministro exministra embajador embajadora canciller secretario secretaria
    portavoz vocero vocera senador senadora diputado diputada alcalde alcaldesa gobernador
    gobernadora juez jueza fiscal abogado abogada director directora líder jefe jefa rey
    reina príncipe princesa papa cardenal obispo padre general coronel comandante capitán
    teniente sargento almirante mariscal consejero consejera concejal concejala primer
    primera mandatario mandataria dirigente delegado delegada cónsul entrenador entrenadora
    técnico seleccionador jugador jugadora delantero defensa portero escritor escritora
    periodista actor actriz cantante autor autora investigador investigadora doctor doctora
    profesor profesora economista analista experto experta opositor opositora activista
    candidato candidata empresario empresaria magnate sr sra srta dr dra lic ing don doña
    fray sor san santa señor señora
    """
)

# Nouns that make a name an organisation wherever they appear in it.
ORG_WORDS = _words(
    """
    consejería conselleria boletín delegación subdelegación
    unidad dirección superintendencia intendencia autoridad operador sistema audiencia juzgado
    pleno sala
    ministerio ministerios secretaría universidad universidades agencia banco partido
    comisión gobierno ejecutivo consejo tribunal corte congreso senado asamblea parlamento
    ejército armada policía guardia fuerza fuerzas fundación instituto academia asociación
    federación confederación sindicato unión liga comité oficina dirección departamento
    servicio servicios organización organismo fiscalía procuraduría defensoría contraloría
    cámara junta ayuntamiento alcaldía gobernación diputación generalitat xunta cabildo
    empresa compañía corporación grupo holding industrias laboratorios aerolíneas
    aerolínea radio televisión tv diario periódico revista editorial agencias noticias
    club equipo escuela colegio hospital clínica museo biblioteca teatro orquesta coalición
    movimiento frente alianza bloque sociedad cooperativa mutua caja bolsa mercado
    observatorio centro red plataforma oenegé ong iglesia seguridad social cruz
    fc cf cd ud sd rcd real atlético deportivo sporting athletic energía
    s.a. s.l. s.a s.l sa sl cía
    """
)

# Nouns that open a place name ("Golfo de México", "Ciudad de Panamá").
LOC_WORDS = _words(
    """
    cajón quebrada laguna arroyo volcán glaciar nevado embalse represa comuna cuenca
    ciudad golfo mar océano isla islas río lago monte montes sierra cordillera cabo bahía
    península valle desierto canal estrecho provincia región comunidad estado distrito
    departamento municipio condado península plaza calle avenida barrio puerto cerro volcán
    parque playa costa delta humedal humedales marisma marismas llanura meseta altiplano
    selva palacio glaciares tierra tierras ribera comarca
    """
)

# Words that make a name an event, a work or another kind of name (MISC).
MISC_WORDS = _words(
    """
    encuesta índice informe censo exposición exhibición salón código constitución estatuto
    copa mundial campeonato juegos olimpiadas olímpicos torneo premio premios festival
    guerra cumbre conferencia foro feria bienal gran premio ley acuerdo tratado plan
    operación día semana año huracán tormenta borrasca tifón ciclón pacto protocolo
    """
)

# Connectors that may sit inside a name ("Banco de España", "José de la Torre").
CONNECTORS = _words(
    "de del la las los y e da das do dos di van von der den bin ibn para sobre contra por"
)

# Reporting verbs: stems are matched against the start of a word (dij-, afirm-, ...).
REPORTING_STEMS: tuple[str, ...] = (
    "dij",
    "dic",
    "dec",
    "dirá",
    "diría",
    "afirm",
    "asegur",
    "asever",
    "señal",
    "subray",
    "indic",
    "explic",
    "añad",
    "agreg",
    "sostuv",
    "sostien",
    "sostener",
    "advirt",
    "advier",
    "advert",
    "destac",
    "apunt",
    "manifest",
    "declar",
    "reconoc",
    "admit",
    "neg",
    "insist",
    "precis",
    "recalc",
    "reiter",
    "denunci",
    "respond",
    "respondi",
    "anunci",
    "confirm",
    "coment",
    "expres",
    "inform",
    "cit",
    "record",
    "recuerd",
    "reafirm",
    "pregunt",
    "critic",
    "lament",
    "alert",
    "aclar",
    "concluy",
    "conclu",
    "prometi",
    "promet",
    "asum",
    "opin",
    "estim",
    "consider",
    "calific",
    "acus",
    "reclam",
    "pidi",
    "pid",
    "ped",
    "exig",
    "sentenci",
    "resalt",
    "remarc",
    "reconoc",
    "defend",
    "defendi",
    "agradec",
    "celebr",
    "valor",
    "escrib",
    "escribi",
    "tuit",
    "publicó",
    "abog",
    "plante",
    "relat",
    "cont",
    "narr",
    "replic",
    "matiz",
    "zanj",
    "insinu",
    "reflexion",
    "enfatiz",
    "garantiz",
    "avis",
    "comunic",
    "transmit",
)
# Words that start like a reporting verb but are not one ("decena", "contra", ...).
NOT_REPORTING = _words(
    """
    decena decenas década décadas decisión decisiones decreto decir declive contra contrario
    contrato contratos contexto contenido control cita citas citado citada record récord
    record récords récord nega negativo negativa negativos negocio negocios negociación
    negociaciones negro negra necesidad necesario dice-se cuenta cuentas cont contar contando
    contó contaba contra contexto consideración consideraciones valor valores valoración
    indice indicador indicadores señal señales informe informes información apuntes
    opinión opiniones declaración declaraciones pregunta preguntas comentario comentarios
    anuncio anuncios confirmación expresión acusación acusaciones respuesta respuestas
    denuncia denuncias defensa crítica críticas alerta alertas estimación estimaciones
    exigencia exigencias plan planes cuento cuentos relato relatos
    """
)

PRONOUN_SUBJECTS = _words("él ella ellos ellas")

# Role nouns that refer back to a person already named ("el mandatario", "la ministra").
ROLE_NOUNS = PERSON_TITLES | _words(
    """
    líder mandatario mandataria jefe jefa titular dirigente funcionario funcionaria vocero
    portavoz político política gobernante exmandatario homólogo homóloga pontífice
    regidor regidora magistrado magistrada patrón
    """
)

# Non-person things that can speak: a statement, a report, a ministry.
SOURCE_NOUNS = _words(
    """
    comunicado documento informe nota texto declaración carta mensaje resolución estudio
    encuesta sentencia auto fallo reporte boletín decreto atestado jurado tribunal acta
    escrito querella demanda fuentes fuente investigadores autores expertos organizadores
    sindicatos patronal empresarios vecinos trabajadores agricultores ganaderos familias
    afectados manifestantes ministerio ayuntamiento
    """
)

SPEECH_NOUNS_AFTER = _words("según")
ACCORDING = (
    "según",
    "de acuerdo con",
    "de acuerdo a",
    "a juicio del",
    "a juicio de",
    "en palabras del",
    "en palabras de",
)

DETERMINERS = _words(
    "el la los las un una unos unas lo su sus este esta ese esa como llamado llamada "
    "denominado denominada supuesto supuesta"
)

PREPOSITIONS = _words(
    """
    a ante bajo con contra de del desde durante en entre hacia hasta para por según sin
    sobre tras al vía
    """
)

MONTHS = _words(
    """
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre lunes martes miércoles jueves viernes sábado domingo navidad nochebuena
    nochevieja
    """
)

NUMBER_WORDS = _words(
    """
    dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta
    cincuenta cien cientos mil miles millón millones billón billones docena docenas decena
    decenas centenar centenares mitad tercio cuarto doble triple
    """
)

COMPARATIVE = _words(
    """
    más menos mayor menor mayores menores mejor peor mejores peores superior inferior
    segundo tercero primer primero primera segunda tercera récord máximo mínimo máxima
    mínima liderar lidera lideró supera superó superar duplicó triplicó aumentó aumento
    disminuyó creció crecimiento cayó caída subió bajó incremento reducción redujo
    """
)

FACTUAL_VERBS = _words(
    """
    es son fue fueron era eran tiene tienen tuvo cuenta cuentan contaba ha han había habían
    registró registra alcanzó alcanza suma sumó cuesta costó posee poseía controla
    controlaba gobierna gobernó ocupa ocupó ganó gana perdió pierde firmó aprobó aprobó
    invirtió invierte recibió recibe vendió compró produjo produce exporta importa
    murieron murió fallecieron fallecidos heridos detenidos
    """
)

# Determiners of a speaker nobody names ("un operador", "one trader", "several brokers").
INDEFINITES = _words("un una otro otra varios varias algunos algunas unos unas")

# Unstressed pronouns between an aside's dash and its verb ("—le pregunta un vecino").
CLITICS = _words("le les se me nos te lo la")

# Common nouns that alone stand for the organisation last named ("la empresa sostiene").
STANDALONE_ORG_NOUNS = _words(
    "empresa compañía firma operadora aerolínea grupo banco entidad consultora concesionaria "
    "aseguradora constructora sindicato patronal asociación federación cooperativa"
)

# Relative pronouns that open a clause with no subject of its own.
RELATIVES = _words("que quien quienes cual cuales")

# Roles in a team written right after its name ("Argentina seleccionador" is rare in Spanish).
TEAM_ROLES = _words("")

# Words of a sports report: a town after "el" in such a sentence is a club.
SPORT_WORDS = _words(
    """
    ganó gana venció vence empató empata derrotó derrota goleó golea perdió pierde
    jugará juega juegan jugó enfrenta enfrentará partido partidos liga gol goles
    victoria derrota empate entrenador club fichaje eliminatoria jornada remontó
    remonta visitará recibirá penalti
    """
)

# Articles before a club's name ("el Getafe", "al Alavés", "del Celta").
CLUB_ARTICLES = _words("el al del")

# Abbreviated regions written after a dateline.
REGION_ABBREVIATIONS = _words("")

# Phrases of a sentence that reports the reporting, not a fact.
PROCEDURAL = (
    "se limitó a",
    "declinó",
    "no quiso",
    "no respondió",
    "no ha respondido",
    "preguntado por",
    "preguntada por",
    "no explicó por qué",
    "tuvo que llamar al orden",
)
