"""Grammatical gender of a person mention, so that "she said" skips a man named in between.

Evidence, strongest first: a gendered title or role noun right before the name ("Ms.",
"Sra.", "la ministra", "el portavoz"), then the first given name looked up in a short
hand-written list of common given names in Spanish and English news. Unknown is the
usual answer and never blocks a match.
"""

from __future__ import annotations

import re

from reader.analysis.wordlist import words

_FEMALE_NAMES = frozenset(
    words(
        """
    ana maría maria carmen isabel laura marta elena lucía lucia paula sara sofía sofia julia
    cristina patricia teresa pilar rosa mercedes beatriz raquel silvia alicia inés ines irene
    nuria montserrat rocío rocio natalia andrea claudia mónica monica verónica veronica
    gabriela daniela valentina camila fernanda adriana alejandra victoria susana yolanda
    esther eva marina clara carolina lorena sonia diana luisa antonia dolores francisca
    josefa margarita gloria rebeca celia olga amparo belén belen noelia miriam alba aurora
    ángela angela ximena paola lourdes concepción consuelo inmaculada macarena soledad
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah
    stephanie rebecca sharon cynthia kathleen amy shirley anna brenda pamela emma nicole
    helen samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce olivia kelly christina lauren joan evelyn judith
    megan cheryl andrea hannah martha jacqueline frances gloria ann kathryn alice jean
    doris sophia grace judy theresa madison beverly denise marilyn amber danielle rose
    brittany diana abigail natalie jane lori alexis tiffany kayla kate katie anne sue
    ursula angela giorgia kamala hillary nancy theresa jacinda marine ursula christine
    greta ingrid astrid sigrid birgit karin helga ilse anke petra heike ulrike katrin sabine
    monika ewa agnieszka katarzyna magdalena joanna irina olena oksana svetlana tatiana
    natasha ekaterina yulia anastasia fatima aisha amina leila yasmin priya anjali sunita
    keiko aiko hiroko sakura mette hanne marit liv nadia irma rosalind lucille wilhelmina
    marieke anouk femke joanne siobhan niamh aoife orla fiona moira eileen maureen bridget
    colleen gillian
    """
    )
)
_MALE_NAMES = frozenset(
    words(
        """
    josé jose antonio juan manuel francisco luis javier carlos jesús jesus miguel pedro
    alejandro rafael fernando pablo jorge alberto sergio ángel angel david daniel ramón
    ramon enrique andrés andres diego vicente joaquín joaquin álvaro alvaro adrián adrian
    raúl raul iván ivan rubén ruben óscar oscar ignacio gonzalo eduardo emilio guillermo
    santiago alfonso mario marcos hugo víctor victor jaime ricardo roberto salvador tomás
    tomas agustín agustin gabriel martín martin nicolás nicolas felipe gustavo héctor hector
    ernesto julio césar cesar arturo rodrigo mateo sebastián sebastian lorenzo cristóbal
    gregorio esteban mauricio leonardo xavier jordi josep pere joan iñaki gorka
    james john robert michael william richard joseph thomas charles christopher matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
    edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler
    aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
    jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy
    roy vincent ralph eugene russell bobby mason philip louis tom tim bob bill jim mike
    steve dave joe ben sam nick tony rishi boris emmanuel vladimir xi narendra olaf
    jean andrea nicola simone
    piet hans klaus jürgen jurgen wolfgang dieter helmut stefan sven lars nils erik björn
    bjorn magnus anders henrik jens søren soren mikkel rasmus pieter joost bram ruud wim
    dmitry sergei alexei mikhail nikolai andrei igor oleksandr volodymyr taras mehmet
    mustafa ahmed mohammed muhammad hassan omar ibrahim yusuf rahul arjun vikram amit
    hiroshi takeshi kenji haruki colm ciaran declan liam seamus padraig eamon niall julian
    ramunas tomasz krzysztof piotr pawel marek jakub
    """
    )
)
_FEMALE_CUES = frozenset(
    words(
        """
    ms mrs miss sra señora doña dña madame mme lady dame queen reina
    ministra presidenta senadora diputada alcaldesa secretaria directora
    jueza fiscala consejera gobernadora embajadora delegada concejala vicepresidenta
    spokeswoman chairwoman congresswoman businesswoman councilwoman actress princess
    """
    )
)
_MALE_CUES = frozenset(
    words(
        """
    mr sr señor don sir lord king rey ministro presidente senador diputado
    alcalde secretario director juez fiscal consejero gobernador embajador delegado
    concejal vicepresidente spokesman chairman congressman businessman councilman prince
    """
    )
)
_PRONOUNS = {"she": "f", "ella": "f", "he": "m", "él": "m"}
_WORD = re.compile(r"[^\W\d_]+")


def pronoun_gender(word: str) -> str:
    """``f``, ``m`` or ``""`` for a subject pronoun."""
    return _PRONOUNS.get(word.lower(), "")


def name_gender(name: str) -> str:
    """``f``, ``m`` or ``""`` from the first given name of ``name``."""
    for word in _WORD.findall(name)[:2]:
        low = word.lower()
        if low in _FEMALE_NAMES and low not in _MALE_NAMES:
            return "f"
        if low in _MALE_NAMES and low not in _FEMALE_NAMES:
            return "m"
    return ""


def cue_gender(text: str, start: int) -> str:
    """``f``, ``m`` or ``""`` from the title or role word right before ``start``."""
    words = _WORD.findall(text[max(0, start - 30) : start])
    for index in range(len(words) - 1, max(-1, len(words) - 3), -1):
        low = words[index].lower()
        if low in _FEMALE_CUES or low in _MALE_CUES:
            # "la fiscal", "la juez", "la concejal": the article tells an epicene noun's
            # gender, whatever the list says of the noun alone
            article = words[index - 1].lower() if index else ""
            if article in _ARTICLE_GENDER:
                return _ARTICLE_GENDER[article]
            return "f" if low in _FEMALE_CUES else "m"
    # "la abogada X", "el procesado, X": a noun for the person right before the name takes
    # the person's gender in its article, whatever the noun (most are in no list)
    noun = _NOUN_BEFORE.search(text, max(0, start - 40), start)
    if noun is None:
        return _role_phrase_gender(text, start) or _apposition_gender(text, start)
    if _COMPLEMENT.search(text, max(0, noun.start() - 8), noun.start()):
        return ""  # "El abogado de la viuda, X": the noun is a complement, not X's
    return _ARTICLE_GENDER.get(noun.group(1).lower(), "")


def _role_phrase_gender(text: str, start: int) -> str:
    """``al exinspector de aduanas X``, ``la jefa de prensa X``: a role noun with its
    complement right before the name takes its gender from the article that opens it
    (contracted ``al``/``del`` are masculine); the nearest article wins ("el hermano de
    la ministra Ana Paz": she is the minister)."""
    phrase = _ROLE_PHRASE.search(text, max(0, start - 50), start)
    return _PHRASE_ARTICLE_GENDER.get(phrase.group(1).lower(), "") if phrase else ""


_ROLE_PHRASE = re.compile(
    r"(?<![\w])(la|el|una|un|al|del|La|El|Una|Un|Al|Del)\s+[^\W\d_A-Z]+"
    r"\s+(?:de|del)\s+[^\W\d_A-Z]+\s+$"
)
_PHRASE_ARTICLE_GENDER = {"la": "f", "una": "f", "el": "m", "un": "m", "al": "m", "del": "m"}


def _apposition_gender(text: str, start: int) -> str:
    """``la directora provincial de su partido, X``: a role phrase closed by a comma right
    before the name takes its gender from its first article (its head's), after any
    full name inside it ("El juez Ramiro Ocaña interrogó a la testigo, X")."""
    head = text[max(0, start - 70) : start].rstrip()
    if not head.endswith(","):
        return ""
    clause = re.split(r"[.;:,«»“”\"()\n]", head[:-1])[-1]
    named = list(_FULL_NAME.finditer(clause))
    if named:
        clause = clause[named[-1].end() :]
    words = _WORD.findall(clause)
    if len(words) > 8:
        return ""
    for word in words:
        if word.lower() in _ARTICLE_GENDER:
            return _ARTICLE_GENDER[word.lower()]
    return ""


_FULL_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][^\W\d_]+\s+[A-ZÁÉÍÓÚÑ][^\W\d_]+")


_NOUN_BEFORE = re.compile(r"(?<![\w])(la|el|una|un|La|El|Una|Un)\s+[^\W\d_A-Z]+,?\s+$")
# only a genitive makes the noun another's complement ("El abogado de la viuda, X"); after
# "a", "con" … the name is that noun's ("interrogó a la testigo, X")
_COMPLEMENT = re.compile(r"(?<![\w])(?:de|of)\s+$")


def compatible(wanted: str, got: str) -> bool:
    """Unknown on either side never rules a match out."""
    return not wanted or not got or wanted == got


_ARTICLE_GENDER = {"la": "f", "una": "f", "el": "m", "un": "m"}


def phrase_gender(phrase: str) -> str:
    """``la autora`` → f, ``el portavoz`` → m, ``the spokeswoman`` → f, else unknown."""
    found = _WORD.findall(phrase.lower())
    for index, word in enumerate(found):
        if word in _FEMALE_CUES or word in _MALE_CUES:
            # "la fiscal", "la portavoz", "el modisto": an epicene noun's article tells
            # the gender, whatever the list says of the noun alone (as ``cue_gender``)
            article = found[index - 1] if index else ""
            if article in _ARTICLE_GENDER:
                return _ARTICLE_GENDER[article]
            return "f" if word in _FEMALE_CUES else "m"
    return _ARTICLE_GENDER.get(found[0], "") if found else ""
