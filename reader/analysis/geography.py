"""Physical geography that the place gazetteer (cities, countries, regions) leaves out.

A modest hand-written list of the rivers, mountain ranges, seas, deserts, lakes and islands that
news in Spanish and English names most, written for the project from general knowledge;
head words ("río", "Sierra", "Gulf", "Glacier") catch the rest (``lexicon_*.LOC_WORDS``).
"""

from __future__ import annotations

from reader.analysis.wordlist import words

NATURAL_PLACES = frozenset(
    words(
        """
        Amazonas Amazon Orinoco Paraná Magdalena Misisipi Mississippi Misuri Missouri
        Nilo Nile Danubio Danube Rin Rhine Volga Ganges Indo Indus Yangtsé Yangtze Mekong
        Éufrates Euphrates Tigris Jordán Ebro Tajo Duero Guadalquivir Guadiana Miño Segura
        Júcar Sena Seine Támesis Thames Loira Loire Ródano Rhône Po Dniéper Dnieper Congo
        Níger Niger Zambeze Zambezi Colorado Bravo Titicaca Victoria Baikal Tanganica
        Andes Alpes Alps Pirineos Pyrenees Himalaya Himalayas Apalaches Appalachians
        Rocosas Rockies Urales Urals Cárpatos Carpathians Balcanes Balkans Cáucaso Caucasus
        Atlas Karakórum Karakoram Everest Aconcagua Kilimanjaro Teide Mulhacén Moncayo
        Sáhara Sahara Atacama Gobi Kalahari Patagonia Amazonia Siberia Antártida
        Antarctica Ártico Arctic Mediterráneo Mediterranean Cantábrico Caribe Caribbean
        Báltico Baltic Adriático Adriatic Egeo Aegean Atlántico Atlantic Pacífico Pacific
        Índico Caspio Caspian Doñana Tablas Daimiel Everglades Sinaí Sinai Yukón Yukon
        Tenerife Lanzarote Fuerteventura Mallorca Menorca Formentera Cerdeña Sardinia
        Córcega Corsica Sicilia Sicily Creta Crete Madeira Azores Galápagos Galapagos
        Malvinas Falklands Tasmania Borneo Sumatra Java Groenlandia Greenland
        """
    )
)
