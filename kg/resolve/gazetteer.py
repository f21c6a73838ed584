"""Gazetteer: countries (ISO 3166 via pycountry) with name variants, demonyms and capitals,
and a hand-written list of international organisations, armed groups and media."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Entry:
    """What an alias names."""

    key: str
    name: str
    type: str
    iso_code: str | None = None
    sector: str | None = None


# alpha-3 -> canonical short name, where pycountry's is formal ("Iran, Islamic Republic of")
COUNTRY_NAMES = {
    "USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria",
    "KOR": "South Korea", "PRK": "North Korea", "TUR": "Turkey", "VEN": "Venezuela", "BOL": "Bolivia",
    "TWN": "Taiwan", "VNM": "Vietnam", "LAO": "Laos", "MDA": "Moldova", "TZA": "Tanzania",
    "CZE": "Czech Republic", "PSE": "Palestine", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CIV": "Ivory Coast", "FSM": "Micronesia", "BRN": "Brunei",
    "CPV": "Cape Verde", "SWZ": "Eswatini", "MKD": "North Macedonia", "VAT": "Vatican City",
    "HKG": "Hong Kong", "MAC": "Macau",
}

# extra names, demonyms (singular and plural) and capitals used as metonyms
COUNTRY_ALIASES = {
    "USA": "US, U.S., U.S.A., USA, America, United States of America, American, Americans, Washington, U.S.-led",
    "GBR": "UK, U.K., Britain, Great Britain, British, Briton, Britons, London, Downing Street, England, English, Scotland, Scottish, Wales, Welsh",
    "RUS": "Russia, Russian, Russians, Moscow, Kremlin, the Kremlin",
    "IRN": "Iran, Iranian, Iranians, Tehran, Teheran, Persia, Islamic Republic, Islamic Republic of Iran",
    "IRQ": "Iraqi, Iraqis, Baghdad",
    "SYR": "Syrian, Syrians, Damascus",
    "ISR": "Israeli, Israelis, Jerusalem, Tel Aviv",
    "SAU": "Saudi, Saudis, Riyadh, Saudi Arabian, Kingdom of Saudi Arabia",
    "CHN": "China, Chinese, Beijing, PRC, People's Republic of China",
    "FRA": "French, Paris, Élysée, Elysee",
    "DEU": "German, Germans, Berlin",
    "TUR": "Turkish, Turks, Ankara, Türkiye, Turkiye",
    "UKR": "Ukrainian, Ukrainians, Kyiv, Kiev",
    "BLR": "Belarusian, Belarusians, Belarussian, Minsk",
    "KOR": "South Korean, South Koreans, Seoul, Republic of Korea",
    "PRK": "North Korean, North Koreans, Pyongyang, DPRK",
    "JPN": "Japanese, Tokyo",
    "IND": "Indian, Indians, New Delhi",
    "PAK": "Pakistani, Pakistanis, Islamabad",
    "AFG": "Afghan, Afghans, Kabul",
    "EGY": "Egyptian, Egyptians, Cairo",
    "LBY": "Libyan, Libyans, Tripoli",
    "YEM": "Yemeni, Yemenis, Sanaa",
    "LBN": "Lebanese, Beirut",
    "JOR": "Jordanian, Jordanians, Amman",
    "QAT": "Qatari, Qataris, Doha",
    "ARE": "UAE, U.A.E., Emirati, Emiratis, Abu Dhabi, United Arab Emirates",
    "KWT": "Kuwaiti, Kuwaitis",
    "BHR": "Bahraini, Bahrainis, Manama",
    "OMN": "Omani, Omanis, Muscat",
    "CUB": "Cuban, Cubans, Havana",
    "VEN": "Venezuelan, Venezuelans, Caracas",
    "MEX": "Mexican, Mexicans, Mexico City",
    "CAN": "Canadian, Canadians, Ottawa",
    "BRA": "Brazilian, Brazilians, Brasília, Brasilia",
    "ITA": "Italian, Italians, Rome",
    "ESP": "Spanish, Madrid",
    "POL": "Polish, Poles, Warsaw",
    "NLD": "Dutch, Netherlands, The Hague, Holland",
    "BEL": "Belgian, Belgians, Brussels",
    "CHE": "Swiss, Bern",
    "SWE": "Swedish, Swedes, Stockholm",
    "NOR": "Norwegian, Norwegians, Oslo",
    "AUS": "Australian, Australians, Canberra",
    "NGA": "Nigerian, Nigerians, Abuja",
    "BEN": "Beninese, Porto-Novo",
    "ZAF": "South African, South Africans, Pretoria",
    "MAR": "Moroccan, Moroccans, Rabat",
    "PHL": "Philippine, Filipino, Filipinos, Manila",
    "TWN": "Taiwanese, Taipei",
    "HKG": "Hong Kongers",
    "GRC": "Greek, Greeks, Athens",
    "CYP": "Cypriot, Cypriots, Nicosia",
    "ARM": "Armenian, Armenians, Yerevan",
    "AZE": "Azerbaijani, Azerbaijanis, Baku",
    "GEO": "Georgian, Georgians, Tbilisi",
    "SDN": "Sudanese, Khartoum",
    "ETH": "Ethiopian, Ethiopians, Addis Ababa",
    "KEN": "Kenyan, Kenyans, Nairobi",
    "VNM": "Vietnamese, Hanoi",
    "IDN": "Indonesian, Indonesians, Jakarta",
    "MYS": "Malaysian, Malaysians, Kuala Lumpur",
    "THA": "Thai, Bangkok",
    "ARG": "Argentine, Argentinian, Argentinians, Buenos Aires",
    "COL": "Colombian, Colombians, Bogotá, Bogota",
    "CHL": "Chilean, Chileans, Santiago",
    "PER": "Peruvian, Peruvians, Lima",
    "IRL": "Irish, Dublin",
    "AUT": "Austrian, Austrians, Vienna",
    "HUN": "Hungarian, Hungarians, Budapest",
    "CZE": "Czech, Czechs, Prague",
    "DNK": "Danish, Danes, Copenhagen",
    "FIN": "Finnish, Finns, Helsinki",
    "PRT": "Portuguese, Lisbon",
    "ROU": "Romanian, Romanians, Bucharest",
    "SRB": "Serbian, Serbs, Belgrade",
    "PSE": "Palestinian, Palestinians, Palestinian Territories, Ramallah",
    "NZL": "New Zealander, New Zealanders, Wellington",
}

# organisations, armed groups and media: canonical name -> (type, aliases)
ORGANISATIONS = {
    "ISIS": ("armed_group", "ISIL, IS, Daesh, Daish, Islamic State, Islamic State of Iraq and Syria, Islamic State of Iraq and the Levant, Islamic State group"),
    "al-Qaeda": ("armed_group", "al Qaeda, al-Qaida, al Qaida, Al-Qaeda, Al Qaeda, AQ"),
    "Taliban": ("armed_group", "the Taliban, Taleban"),
    "Hezbollah": ("armed_group", "Hizbollah, Hizballah, Hizbullah"),
    "Hamas": ("armed_group", "HAMAS"),
    "Houthis": ("armed_group", "Houthi, Houthi movement, Houthi rebels, Ansar Allah, Ansarallah"),
    "Islamic Revolutionary Guard Corps": ("armed_group", "IRGC, Revolutionary Guard, Revolutionary Guards, Islamic Revolutionary Guards Corps, Quds Force"),
    "United Nations": ("organisation", "UN, U.N., the UN, UNO, United Nations Organization"),
    "UN Security Council": ("organisation", "United Nations Security Council, UNSC, Security Council, U.N. Security Council"),
    "UN General Assembly": ("organisation", "United Nations General Assembly, UNGA, General Assembly"),
    "NATO": ("organisation", "North Atlantic Treaty Organization, Nato, the Alliance"),
    "European Union": ("organisation", "EU, E.U., the EU, Brussels"),
    "European Commission": ("organisation", "the Commission"),
    "African Union": ("organisation", "AU"),
    "Arab League": ("organisation", "League of Arab States"),
    "IAEA": ("organisation", "International Atomic Energy Agency"),
    "OPEC": ("organisation", "Organization of the Petroleum Exporting Countries"),
    "G7": ("organisation", "G-7, Group of Seven"),
    "G20": ("organisation", "G-20, Group of Twenty"),
    "P5+1": ("organisation", "P-5-plus-1, P5 + 1, P-5+1"),
    "World Health Organization": ("organisation", "WHO"),
    "International Criminal Court": ("organisation", "ICC"),
    "OPCW": ("organisation", "Organisation for the Prohibition of Chemical Weapons, Organization for the Prohibition of Chemical Weapons"),
    "CNN": ("media", "Cable News Network"),
    "BBC": ("media", "British Broadcasting Corporation"),
    "Reuters": ("media", ""),
    "Associated Press": ("media", "AP"),
    "Agence France-Presse": ("media", "AFP"),
    "Al Jazeera": ("media", "Al-Jazeera"),
    "Fars News Agency": ("media", "FARS, Fars, FARS news agency"),
    "The New York Times": ("media", "New York Times, NYT"),
    "The Washington Post": ("media", "Washington Post"),
}

# government bodies that stand for their country (metonyms), with the sector they name
GOVERNMENT_BODIES = {
    "White House": ("USA", "government"), "Pentagon": ("USA", "military"),
    "State Department": ("USA", "government"), "Department of State": ("USA", "government"),
    "U.S. Department of State": ("USA", "government"), "Congress": ("USA", "parliament"),
    "U.S. Congress": ("USA", "parliament"), "Capitol Hill": ("USA", "parliament"),
    "Senate": ("USA", "parliament"), "U.S. Senate": ("USA", "parliament"),
    "House of Representatives": ("USA", "parliament"), "U.S. House": ("USA", "parliament"),
    "Treasury": ("USA", "government"), "Department of the Treasury": ("USA", "government"),
    "U.S. Treasury": ("USA", "government"), "Central Command": ("USA", "military"),
    "U.S. Central Command": ("USA", "military"), "CENTCOM": ("USA", "military"),
    "Kremlin": ("RUS", "government"), "Downing Street": ("GBR", "government"),
    "Parliament": (None, "parliament"),
}

# nouns naming a sector of a country: "the Iraqi military", "Iran's government"
SECTOR_NOUNS = {
    "military": "military", "army": "military", "forces": "military", "troops": "military",
    "navy": "military", "air force": "military", "government": "government", "regime": "government",
    "administration": "government", "leadership": "government", "authorities": "government",
    "officials": "government", "ministry": "government", "embassy": "government", "cabinet": "government",
    "parliament": "parliament", "legislature": "parliament", "congress": "parliament",
    "police": "police", "protesters": "protesters", "protestors": "protesters", "diplomats": "government",
    "ambassador": "government", "envoy": "government", "official": "government", "president": "government",
    "leader": "government", "minister": "government", "spokesman": "government", "spokeswoman": "government",
    "negotiator": "government", "delegation": "government", "intelligence": "intelligence",
}


def normalise(text: str) -> str:
    """Alias lookup form: no leading 'the', no possessive, single spaces, case-folded."""
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r"(?i)^the\s+", "", text)
    text = re.sub(r"(’s|'s|’|')$", "", text)
    return text.strip(" .,;:").casefold()


@lru_cache(maxsize=1)
def alias_table() -> dict[str, Entry]:
    """Every alias (normalised) -> the entry it names."""
    import pycountry

    table: dict[str, Entry] = {}

    def add(alias: str, entry: Entry) -> None:
        if alias.strip():
            table.setdefault(normalise(alias), entry)

    for country in pycountry.countries:
        code = country.alpha_3
        name = COUNTRY_NAMES.get(code) or getattr(country, "common_name", None) or country.name
        entry = Entry(key=code, name=name, type="country", iso_code=code)
        for alias in (name, country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")):
            add(alias or "", entry)
        for alias in COUNTRY_ALIASES.get(code, "").split(","):
            add(alias, entry)
    for name, (kind, aliases) in ORGANISATIONS.items():
        entry = Entry(key=_slug(name), name=name, type=kind)
        table[normalise(name)] = entry
        for alias in aliases.split(","):
            add(alias, entry)
    for body, (code, sector) in GOVERNMENT_BODIES.items():
        if code:
            country = table[normalise(code)] if normalise(code) in table else None
            if country is None:
                continue
            table.setdefault(normalise(body), Entry(country.key, country.name, "country", country.iso_code, sector))
    return table


def _slug(text: str) -> str:
    from kg.rdf.vocab import slug

    return slug(text)


def lookup(text: str) -> Entry | None:
    """The gazetteer entry an alias names, if any."""
    return alias_table().get(normalise(text))
