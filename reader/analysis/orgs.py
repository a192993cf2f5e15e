"""Well-known organisations and generic name parts (written for the project).

Only names that newsrooms everywhere cite daily: international bodies, wire agencies,
broadcasters and the largest companies. Evidence, not an exhaustive list.
"""

from __future__ import annotations

from reader.analysis.wordlist import words

KNOWN_ORGS = frozenset(
    words(
        """
        ONU OTAN NATO UN UE EU OEA OAS FMI IMF OMS WHO OMC WTO OPEP OPEC UNESCO UNICEF
        ACNUR UNHCR FAO OIT ILO OCDE OECD BID BCE ECB FIFA UEFA COI IOC CPI ICC CIJ ICJ
        Interpol Europol Frontex Mercosur ASEAN Unasur Celac Reuters EFE AFP AP
        Bloomberg Xinhua TASS Sputnik RIA Novosti DPA ANSA Telesur CNN BBC NBC CBS ABC
        Fox MSNBC NPR PBS Al Jazeera Google Alphabet Apple Microsoft Amazon Facebook
        Meta Twitter Tesla Netflix YouTube TikTok Instagram WhatsApp Telegram OpenAI
        Nvidia Intel IBM Samsung Sony Huawei Toyota Volkswagen Boeing Airbus Pfizer
        Moderna AstraZeneca Gazprom Rosneft Pemex PDVSA Petrobras Repsol Iberdrola
        Telefónica Santander BBVA Inditex Walmart ExxonMobil Chevron Shell BP Goldman
        Sachs JPMorgan Kremlin Kremlin Pentágono Pentagon Hamás Hamas Hezbolá Hezbollah
        Talibán Taliban FARC ELN Vox Podemos Sumar PSOE PP Morena Congress Senado Senate
        Parliament Parlamento Bundestag Duma Knesset Estado Nature Lancet Science JAMA BMJ
        Junts Compromís Bildu Esquerra Télam Notimex Colpisa COLPISA Servimedia
        SERVIMEDIA Lusa Andina
        PNAS NEJM Nasdaq Dow
        Renfe Adif Aena Correos Mercadona Endesa Naturgy Iberia Vueling Cepsa Ferrovial
        Acciona Indra CaixaBank Bankinter Unicaja Mapfre Cercanías Ecopetrol
        Codelco YPF Bancolombia Televisa Cemex Femsa Avianca
        """
    )
)

# Multi-word names whose parts would mislead the rules.
KNOWN_MULTI = {
    "Cruz Roja": "ORG",
    "Cruz Roja Española": "ORG",
    "Cruz Roja Mexicana": "ORG",
    "Cruz Roja Colombiana": "ORG",
    "Cruz Roja Argentina": "ORG",
    "Cruz Roja Chilena": "ORG",
    "Cruz Roja Internacional": "ORG",
    "Media Luna Roja": "ORG",
    "Red Cross": "ORG",
    "Casa Blanca": "LOC",
    "Gran Canaria": "LOC",
    "El Hierro": "LOC",
    "White House": "LOC",
    "House": "ORG",  # the chamber ("the House passed the bill")
    "House of Commons": "ORG",
    "House of Lords": "ORG",
    "House of Representatives": "ORG",
    "Naciones Unidas": "ORG",
    # ombudsmen: an office named by its holder's title and a place noun ("Pueblo")
    "Defensor del Pueblo": "ORG",
    "Defensora del Pueblo": "ORG",
    "Defensoría del Pueblo": "ORG",
    "Defensor del Paciente": "ORG",
    "Defensor del Menor": "ORG",
    "Procurador del Común": "ORG",
    "Procuradora del Común": "ORG",
    "Diputado del Común": "ORG",
    "Diputada del Común": "ORG",
    "Justicia de Aragón": "ORG",
    "Síndic de Greuges": "ORG",
    "Síndica de Greuges": "ORG",
    "Valedora do Pobo": "ORG",
    "Valedor do Pobo": "ORG",
    "Alto Comisionado de las Naciones Unidas": "ORG",
    "Alto Comisionado de las Naciones Unidas para los Refugiados": "ORG",
    "Alto Comisionado de las Naciones Unidas para los Derechos Humanos": "ORG",
    "United Nations": "ORG",
    "Unión Europea": "ORG",
    "European Union": "ORG",
    "Estado Islámico": "ORG",
    "Islamic State": "ORG",
    "Wall Street": "LOC",
    "Vaca Muerta": "LOC",  # Argentina's shale formation, not a person
    "Al Jazeera": "ORG",
    "Goldman Sachs": "ORG",
    "Europa Press": "ORG",
    "Mossos d'Esquadra": "ORG",
    "Mossos d’Esquadra": "ORG",
    "Prensa Latina": "ORG",
    "Reserva Federal": "ORG",
    "Federal Reserve": "ORG",
    "Tribunal Supremo": "ORG",
    "Supreme Court": "ORG",
    "Partido Demócrata": "ORG",
    "Partido Republicano": "ORG",
    "El Niño": "MISC",
    "El País": "ORG",
    "El Mundo": "ORG",
    "La Vanguardia": "ORG",
    "El Confidencial": "ORG",
    "La Razón": "ORG",
    "El Periódico": "ORG",
    "El Tiempo": "ORG",
    "La Nación": "ORG",
    "El Universal": "ORG",
    "El Comercio": "ORG",
    "La Jornada": "ORG",
    "Le Monde": "ORG",
    "The Guardian": "ORG",
    "Financial Times": "ORG",
    "Wall Street Journal": "ORG",
    "New York Times": "ORG",
    "Washington Post": "ORG",
    "Dow Jones": "ORG",
    "Dow Jones Industrial Average": "ORG",
    "Brent": "MISC",
    # stock indices are things, not organisations ("el Ibex 35 cayó")
    "Ibex": "MISC",
    "FTSE": "MISC",
    "Nikkei": "MISC",
    "DAX": "MISC",
    "CAC": "MISC",
    "Stoxx": "MISC",
    "STOXX": "MISC",
    "Euro Stoxx": "MISC",
    "Merval": "MISC",
    "Bovespa": "MISC",
    "IPSA": "MISC",
    "Hang Seng": "MISC",
    "WTI": "MISC",
    "West Texas Intermediate": "MISC",
    "Champions League": "MISC",
    "Africa Cup of Nations": "MISC",
    "Copa America": "MISC",
    "Copa América": "MISC",
    "Europa League": "MISC",
    "Premier League": "MISC",
    "World Cup": "MISC",
    "Copa del Mundo": "MISC",
    "Copa del Rey": "MISC",
    "Liga de Campeones": "MISC",
    "Primera Federación": "MISC",
    "Segunda Federación": "MISC",
    "Tercera Federación": "MISC",
    "Primera RFEF": "MISC",
    "Segunda RFEF": "MISC",
    "Mundial": "MISC",
    "Juegos Olímpicos": "MISC",
    "Olympic Games": "MISC",
    "Olympics": "MISC",
    "Nobel": "MISC",
    "Tour de Francia": "MISC",
    "Tour de France": "MISC",
    "La Niña": "MISC",
}
