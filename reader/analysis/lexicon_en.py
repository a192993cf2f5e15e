"""English word lists for the built-in analyser (written for the project)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = _words(
    """
    a about above across after afterwards again against all almost along already also
    although always among an and another any anyone anything are around as at back be
    because been before behind being below besides between beyond both but by can cannot
    could did do does doing done down during each either else even ever every everyone
    everything few for from further had has have having he her here hers herself him
    himself his how however i if in indeed inside instead into is it its itself just last
    later least less like many may me meanwhile might mine more moreover most much must my
    myself neither never nevertheless next no nobody none nor not nothing now of off often
    on once one only onto or other others otherwise our ours ourselves out over own per
    perhaps rather same several she should since so some someone something sometimes soon
    still such than that the their theirs them themselves then there therefore these they
    this those though through thus to today together tomorrow too toward towards under
    unless until up upon us very via was we well were what whatever when whenever where
    whereas whether which while who whoever whole whom whose why will with within without
    would yes yet yesterday you your yours yourself yourselves first second third finally
    initially previously currently recently earlier later separately additionally
    furthermore similarly likewise consequently accordingly meanwhile nonetheless overall
    instead elsewhere asked speaking according despite amid following including
    photo photos file courtesy image picture video credit source don't can't won't isn't
    it's i'm we're that's there's here's let's what's doesn't didn't aren't wasn't
    mr mrs ms
    """
)

PERSON_TITLES = _words(
    """
    president vice-president vice minister secretary ambassador chancellor senator sen
    representative rep congressman congresswoman governor gov mayor judge justice attorney
    prosecutor director chairman chairwoman chair chief ceo cfo founder spokesman
    spokeswoman spokesperson leader king queen prince princess pope cardinal bishop father
    rev reverend general gen colonel col commander captain capt lieutenant lt sergeant sgt
    admiral marshal adviser advisor counsellor councillor councilman councilwoman
    commissioner coach manager player striker midfielder goalkeeper writer author journalist
    actor actress singer researcher professor prof dr doctor economist analyst expert
    activist candidate businessman businesswoman mr mrs ms miss sir dame lord lady premier
    prime sheikh emir negotiator official officer lawyer economist spokesperson founder
    owner president-elect executive head
    """
)

ORG_WORDS = _words(
    """
    ministry ministries department agency bank party commission government council court
    congress senate assembly parliament army navy police guard force forces foundation
    institute academy association federation confederation union league committee office
    service services organization organisation authority board bureau administration
    company corporation corp corp. co co. inc inc. ltd ltd. llc plc group holdings
    industries laboratories labs airlines airways radio television tv news times post
    journal herald tribune gazette magazine press club team school college university
    hospital clinic museum library theatre theater orchestra coalition movement front
    alliance bloc society fund exchange reserve network centre center church systems
    technologies motors bank survey robotics electronics pharmaceuticals logistics
    partners ventures holdings media communications telecom software steel authority
    fc afc capital securities brokerage investments bancorp financial system united
    rovers wanderers hotspur albion daily unit energy research
    """
)

LOC_WORDS = _words(
    """
    glacier canyon creek
    city gulf sea ocean island islands river lake mount mountains cape bay peninsula valley
    desert canal strait province region state county district street avenue square park
    beach coast port delta wetlands plain plateau forest volcano palace glaciers
    """
)

MISC_WORDS = _words(
    """
    cup championship games olympics olympic tournament prize award awards festival war
    summit conference forum fair act treaty accord plan operation day week exhibition code
    constitution
    expo show survey index census report hurricane storm typhoon cyclone agreement pact
    protocol
    """
)

CONNECTORS = _words(
    "of the and & de del la da van von der den al bin ibn le du for against on upon"
)

REPORTING_STEMS: tuple[str, ...] = (
    "said",
    "says",
    "say",
    "told",
    "tell",
    "added",
    "adds",
    "add",
    "claim",
    "stated",
    "state",
    "argu",
    "insist",
    "warn",
    "not",
    "explain",
    "announc",
    "denied",
    "deny",
    "denies",
    "admit",
    "wrote",
    "write",
    "asked",
    "ask",
    "repl",
    "respond",
    "confirm",
    "stress",
    "emphasi",
    "declar",
    "acknowledg",
    "conced",
    "recall",
    "predict",
    "suggest",
    "tweet",
    "posted",
    "remark",
    "comment",
    "complain",
    "boast",
    "vow",
    "pledg",
    "promis",
    "urg",
    "caution",
    "observ",
    "conclud",
    "point",
    "maintain",
    "contend",
    "assert",
    "describ",
    "call",
    "quot",
)
NOT_REPORTING = _words(
    """
    state states statement statements note notes nothing notable notably notice noticed
    notion addition additional address addresses addressed ask-price tell-tale
    pointless points pointed call calls called caller callers observers observer
    statesman state-owned notwithstanding quota quotas quote-unquote explanation
    confirmation declaration description describe-d recalled-cars warning warnings
    claims claim-d writes-off argument arguments stress-test remarkable remarkably
    promise promises pledge pledges vow vows tellers
    """
)

PRONOUN_SUBJECTS = _words("he she they")

ROLE_NOUNS = PERSON_TITLES | _words("leader official officials spokesman spokeswoman chief head")

SOURCE_NOUNS = _words(
    """
    statement report document note text letter message resolution study survey ruling
    release announcement filing complaint lawsuit jury paper indictment sources source
    researchers authors scientists experts organisers organizers investigators
    ministry department government council police military army prosecutors officials
    """
)

ACCORDING = ("according to", "in the words of", "as told by")

DETERMINERS = _words("the a an its his her their this that so-called called dubbed as")

PREPOSITIONS = _words(
    """
    in on at to from by with into onto for of about over under between among through
    across against toward towards near via
    """
)

MONTHS = _words(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter
    """
)

NUMBER_WORDS = _words(
    """
    two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty hundred hundreds thousand thousands million millions billion billions trillion
    dozen dozens half third quarter double triple twice
    """
)

COMPARATIVE = _words(
    """
    more less fewer greater larger smaller higher lower better worse best worst biggest
    largest smallest highest lowest most least record top first second third rose fell
    increased decreased doubled tripled grew growth dropped declined surged jumped
    plunged outpaced exceeded surpassed leads led
    """
)

FACTUAL_VERBS = _words(
    """
    is are was were has have had owns owned controls controlled governs won lost signed
    approved invested received sold bought produced exports imports killed died injured
    arrested reached recorded totals totaled costs cost employs employed holds held
    """
)

# Capitalised adjectives of nationality, religion, language: MISC in newswire conventions.
DEMONYMS = _words(
    """
    American Americans African Afghan Albanian Algerian Argentine Argentinian Armenian
    Asian Australian Austrian Azerbaijani Bangladeshi Belarusian Belgian Bolivian Bosnian
    Brazilian British Briton Britons Bulgarian Burmese Cambodian Cameroonian Canadian
    Catalan Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch
    Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European Europeans
    Filipino Finnish French Georgian German Germans Ghanaian Greek Guatemalan Haitian
    Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Israelis
    Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kurds
    Kuwaiti Latin Latvian Lebanese Libyan Lithuanian Malaysian Malian Maltese Mexican
    Moldovan Mongolian Moroccan Nepali Nicaraguan Nigerian Norwegian Pakistani Palestinian
    Palestinians Panamanian Paraguayan Persian Peruvian Polish Portuguese Qatari Romanian
    Russian Russians Rwandan Salvadoran Saudi Scottish Senegalese Serbian Singaporean
    Slovak Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese
    Tajik Thai Tunisian Turkish Turkmen Ugandan Ukrainian Ukrainians Uruguayan Uzbek
    Venezuelan Venezuelans Vietnamese Welsh Yemeni Zambian Zimbabwean Arab Arabs Muslim
    Muslims Christian Christians Jewish Jews Catholic Catholics Protestant Islamic Sunni
    Shia Shiite Hindu Buddhist Soviet Western Nordic Balkan Caribbean Baltic Latino
    Latinos Hispanic Democrat Democrats Republican Republicans Arabic Hebrew Mandarin
    Cantonese Swahili Urdu Hindi Eastern Lankan Antarctic Arctic Anglo Dutch-speaking
    """
)

# Determiners of a speaker nobody names ("un operador", "one trader", "several brokers").
INDEFINITES = _words("a an one another several some two three many")

# Unstressed pronouns between an aside's dash and its verb ("—le pregunta un vecino").
CLITICS = _words("")

# Common nouns that alone stand for the organisation last named ("the company said").
STANDALONE_ORG_NOUNS = _words(
    "company firm airline carrier carmaker automaker group bank lender insurer retailer "
    "union charity manufacturer maker"
)

# Relative pronouns that open a clause with no subject of its own.
RELATIVES = _words("who which that whom")

# Roles in a team written right after its name ("Brazil coach", "England forward").
TEAM_ROLES = _words(
    """
    coach manager forward striker midfielder goalkeeper keeper defender captain winger
    squad boss skipper
    """
)

# Words of a sports report, and verbs with a team as subject or object.
SPORT_WORDS = _words(
    """
    beat beats defeated defeat drew draw lost won win host hosts hosted face faces
    play plays played edged thrashed routed scored qualifier qualifiers match league
    cup goal goals equalized equaliser equalizer striker midfielder coach
    """
)

# English names clubs without an article.
CLUB_ARTICLES = _words("")

# U.S. state and Canadian province abbreviations written after a dateline.
REGION_ABBREVIATIONS = _words(
    """
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass.
    Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa.
    R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. Wis. Wyo. W.Va. Alta. B.C. Man. Ont. Que.
    Sask. D.C.
    """
)

# Phrases of a sentence that reports the reporting, not a fact.
PROCEDURAL = (
    "asked why",
    "asked whether",
    "asked if",
    "declined to comment",
    "did not respond",
    "could not be reached",
    "was not explained",
    "did not explain",
    "would not say",
    "refused to say",
)
