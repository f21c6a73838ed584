"""Word lists of the resolver: honorifics, titles, sector nouns, words that are never actors."""

from __future__ import annotations

import re

# words before a name that are not part of it; abbreviations map to the role they stand for
HONORIFICS: dict[str, str | None] = {
    "mr": None,
    "mrs": None,
    "ms": None,
    "miss": None,
    "dr": None,
    "sir": None,
    "dame": None,
    "lord": None,
    "lady": None,
    "hon": None,
    "rev": None,
    "reverend": None,  # "Reverend Jesse Jackson", "Father Augustine Geve": clergy
    "father": None,
    "fr": None,
    "bishop": None,
    "archbishop": None,
    "cardinal": None,
    "pastor": None,
    "rabbi": None,
    "prof": None,
    "justice": None,  # "trial judge Justice Richard Curtis"
    "ayatollah": None,
    "sheikh": None,
    "imam": None,
    "maulana": None,
    "mufti": None,
    "sen": "Senator",
    "sens": "Senator",
    "senator": "Senator",
    "rep": "Representative",
    "reps": "Representative",
    "gov": "Governor",
    "gen": "General",
    "general": "General",
    "lt": "Lieutenant",
    "col": "Colonel",
    "maj": "Major",
    "capt": "Captain",
    "adm": "Admiral",
    "admiral": "Admiral",
    "commodore": "Commodore",  # "Commodore Bainimarama" (session 26)
    "undersecretary": "Undersecretary",  # "Foreign Affairs Undersecretary Theresa Lazaro"
    "brigadier": "Brigadier",
    "sgt": "Sergeant",
    "amb": "Ambassador",
    "pres": "President",
    "st": None,
}

# words before a name that tell a person's sex, for "he" and "she": "Mr Amin", "Ms Lam", "spokeswoman X"
MALE_CUES = {
    "mr", "sir", "lord", "king", "prince", "husband", "father", "son", "brother", "spokesman", "chairman",
    "congressman", "uncle", "nephew",
}  # fmt: skip
FEMALE_CUES = {
    "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "wife", "mother", "daughter", "sister",
    "spokeswoman", "chairwoman", "congresswoman", "fiancee", "fiancée", "widow", "aunt", "niece",
}  # fmt: skip

# honorifics that also stand for the person later: "the Ayatollah"
HONORIFIC_TITLES = {"ayatollah", "sheikh", "imam", "archbishop", "bishop", "cardinal"}

# head words of titles that may later stand for the person: "the President", "the Secretary"
TITLE_WORDS = {
    "president",
    "secretary",
    "leader",
    "minister",
    "chancellor",
    "premier",
    "king",
    "queen",
    "ayatollah",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "general",
    "senator",
    "governor",
    "mayor",
    "pope",
    "emir",
    "prince",
    "princess",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "commander",
    "adviser",
    "advisor",
    "negotiator",
    "speaker",
    "sheikh",
    "archbishop",
    "bishop",
    "cardinal",
    "sultan",
    "monarch",
    "representative",
    "secretary-general",
    "chief",
    "head",
    "diplomat",
    "admiral",
    "commodore",
    "undersecretary",
    "colonel",
    "executive",
    "treasurer",  # "The Treasurer, Peter Costello," (which spaCy may tag as a name)
    "attorney-general",
}

# a rank that makes another office: a Deputy Secretary is not "the Secretary"
RANK_MODIFIERS = {"deputy", "vice", "assistant", "under", "associate", "former", "ex", "vice-president"}

# words of a title that are not the office: "the same U.S. secretary of state", "the 63-year-old Sheikh"
TITLE_NOISE = {
    "the", "a", "an", "same", "then", "current", "new", "top", "senior", "own", "its", "their", "his", "her", "old",
    "retired",  # "the retired general": still the general the article named
}  # fmt: skip

# titles that name a country's office when no country is written: "Secretary of State John Kerry"
TITLE_COUNTRY = {"secretary of state": "USA"}

# role heads that do not make a person a member: "Kremlin critic Alexei Navalny"
NON_MEMBER = {
    "critic",
    "critics",
    "opponent",
    "opponents",
    "rival",
    "rivals",
    "enemy",
    "foe",
    "hostage",
    "prisoner",
    "detainee",
    "victim",
    "captive",
    "defector",
    "dissident",
    "guest",
    "visitor",
    "counterpart",
    "ally",
    "wife",
    "husband",
    "widow",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "fiancee",
    "fiancée",
    "partner",
    "lawyer",
    "attorney",
}

# nouns naming a part of a country or organisation: "the Iraqi military", "Iran's government"
SECTOR_NOUNS = {
    "military": "military",
    "army": "military",
    "forces": "military",
    "troops": "military",
    "navy": "military",
    "militaries": "military",
    "soldiers": "military",
    "commanders": "military",
    "marines": "military",
    "officers": "military",
    "warplanes": "military",
    "aircraft": "military",
    "planes": "military",
    "jets": "military",
    "helicopters": "military",
    "gunships": "military",
    "tanks": "military",
    "paratroopers": "military",
    "peacekeepers": "military",  # "British peacekeepers are patrolling Kabul"
    "commandos": "military",
    # one craft or soldier, and more craft: "an Israeli F-16 fighter jet struck", "a US drone killed"
    # (not "bombers", which NONSTATE_GROUPS reads as "suicide bombers")
    "soldier": "military",
    "marine": "military",  # "A US Marine was killed in a firefight with Taliban fighters"
    "paratrooper": "military",
    "commando": "military",
    "warplane": "military",
    "plane": "military",  # "the crew of the US surveillance plane" (a member noun through "of": its state's)
    "jet": "military",
    "helicopter": "military",
    "gunship": "military",
    "tank": "military",
    "drone": "military",
    "drones": "military",
    "missile": "military",
    "missiles": "military",
    "warship": "military",
    "warships": "military",
    "gunboat": "military",
    "gunboats": "military",
    "destroyer": "military",
    "destroyers": "military",
    "frigate": "military",
    "frigates": "military",
    "submarine": "military",
    "submarines": "military",
    "artillery": "military",
    "services": "intelligence",
    "agents": "intelligence",  # "Saudi agents murdered Khashoggi"
    "operatives": "intelligence",
    "spies": "intelligence",
    "policemen": "police",
    "government": "government",
    "governments": "government",
    "regime": "government",
    "junta": "government",  # "Niger's military junta ordered French troops to leave"
    "juntas": "government",
    "rulers": "government",  # "Niger's military rulers have expelled French troops"
    "state": "government",  # "has waged an insurgency against the Turkish state"
    "administration": "government",
    "leadership": "government",
    "authorities": "government",
    "ministry": "government",
    "embassy": "government",
    "cabinet": "government",
    "royals": "government",  # "secret meetings between Saudi royals and al-Qaeda"
    "diplomats": "government",
    "ambassador": "government",
    "d'affaires": "government",  # "summoned the Turkish charge d'affaires"
    "commissioner": "government",  # "summoned Zimbabwe's high commissioner in London"
    "envoy": "government",
    "counterpart": "government",
    "counterparts": "government",  # "his engagement with Russian counterparts"
    "envoys": "government",
    "ambassadors": "government",
    "ministers": "government",
    "president": "government",
    # heads of government and state by other titles (session 20): '"We support Israel," the German chancellor said'
    "chancellor": "government",
    "premier": "government",
    "king": "government",
    "emir": "government",
    "secretary-general": "government",
    "leader": "government",
    "leaders": "government",
    "minister": "government",
    "spokesman": "government",
    "spokeswoman": "government",
    "spokesperson": "government",
    "negotiator": "government",
    "mediator": "government",
    "mediators": "government",
    "intermediaries": "government",
    "negotiators": "government",
    "delegation": "government",
    "presidency": "government",
    "officials": "officials",
    "official": "officials",
    "source": "officials",  # "a US diplomatic source told Reuters"
    "sources": "officials",
    "representatives": "officials",  # "British military representatives"
    "advisers": "officials",  # "Philippine troops backed by US advisers"
    "advisors": "officials",
    "instructors": "military",  # "sent military instructors to Georgia"
    "inspectors": "officials",  # "UN weapons inspectors have arrived in Baghdad ... cooperate with the inspectors"
    "monitors": "officials",  # "EU monitors"
    "observers": "officials",  # "refused to let British observers monitor the poll" (session 39)
    "parliament": "parliament",
    "legislature": "parliament",
    "congress": "parliament",
    "lawmakers": "parliament",
    "legislators": "parliament",
    "senate": "parliament",
    "police": "police",
    "intelligence": "intelligence",
    # a state's courts: "A court in military-ruled Myanmar sentenced Aung San Suu Kyi"
    "court": "judiciary",
    "courts": "judiciary",
    "judiciary": "judiciary",
    "prosecutors": "judiciary",
    "prosecutor": "judiciary",  # "Russia's prosecutor", "the Russian Prosecutor General" (session 40)
}

# nouns of a state's agencies, which a country's possessive makes the state's: "Malaysia's anti-corruption agency"
STATE_AGENCY_NOUNS = {"agency", "bureau"}  # (not "commission": "Britain's commission" may be any of its bodies)
# words that make such a noun a medium, no state organ: "the country's national news agency"
MEDIA_WORDS = {"news", "press", "wire", "media", "broadcasting"}
# general nouns that name a secret service through a word before them: "the Pakistani intelligence service"
SERVICE_NOUNS = {"service", "agency"}
# such words before them: "intelligence", "security", "spy", "secret"
SECRET_WORDS = {"intelligence", "security", "spy", "secret"}

# organs of a state that a spokesman's title may name bare: "ministry spokesman Aziz Ahmed Khan"
ORGAN_NOUNS = {"ministry", "army", "military", "police", "government", "embassy"}
ORGAN_WINDOW = 400  # tokens back that such a bare organ may find its owner

# a country's representatives abroad: "its embassy in Damascus" is not Syria's, "the envoy in Kabul" not Afghanistan's
POSTED_ABROAD = {"embassy", "embassies", "consulate", "ambassador", "envoy", "diplomats", "mission", "counterpart"}

# weapons that spaCy tags as names: "US-made Apaches blasted a building"
WEAPON_NAMES = {
    "apache", "apaches", "f-16", "f-16s", "f-15", "f-15s", "f-35", "f-35s", "black hawk", "black hawks",
    "tomahawk", "tomahawks", "scud", "scuds", "cobra", "cobras", "kalashnikov", "kalashnikovs", "ak-47", "ak-47s",
    "himars", "javelin", "javelins", "stinger", "stingers", "katyusha", "katyushas", "qassam", "qassams",
}  # fmt: skip
# entity texts spaCy tags that never name an actor
NOT_ACTORS = WEAPON_NAMES | {
    "line of control",  # ceasefire lines, which spaCy tags as organisations (session 39): "troops moved towards the
    "blue line",  # Line of Control in Kashmir"
    "green line",
    "world trade centre",  # buildings that spaCy tags as organisations
    "world trade center",
    "twin towers",
    "state",
    "supreme",
    "foreign",
    "deputy",
    "acting",
    "secretary",
    "minister",
    "president",
    "leader",
    # portfolios, which spaCy tags as organisations before a title: "the Defence Minister, Peter Reith"
    "defence",
    "defense",
    "immigration",
    "treasury",
    "republican",
    "democrat",
    "democrats",
    "republicans",
    "gop",
    "one",
    "sunni",
    "shia",
    "shiite",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "arab",
    "arabs",
    "western",
    "european",
    "islam",
    "islamic",
    "we",
    "they",
    "us",
    "them",
    "our",
    "their",
    "i",
    "you",
    "he",
    "she",
    "it",
    "who",
    "utc",
    "gmt",
    "bst",
    "est",
    "edt",
    "a.m",
    "p.m",
    "am",
    "pm",
    "md",
    "cc",
    "covid-19",
    "covid",
    "administration",
    "department",
    "house",
    "board",
    "intelligence",
    "representatives",
    "transportation",
    "allies",
    "brexit",
    "landscape",
    "social welfare",
    "foreign affairs",
    "parliament",
    "council",
}

# nouns after a group's name, which make it a group whatever the tagger took the name for: "the Ansar al-Islam
# group", "the Wagner network", "the al-Nusra front" (one list: an earlier copy with "front" had been shadowed by this)
GROUP_HEAD_NOUNS = {
    "group", "groups", "movement", "network", "organisation", "organization", "militia", "faction", "brigade",
    "brigades", "front",
}  # fmt: skip
# last words of a name that make it an organisation, whatever spaCy says: "John Radcliffe Hospital"
INSTITUTIONS = {
    "hospital",
    "university",
    "college",
    "school",
    "institute",
    "foundation",
    "company",
    "corporation",
    "bank",
    "airport",
    "airline",
    "airlines",
    "agency",
    "ministry",
    "council",
    "party",
    "committee",
    "commission",
    "court",
    "group",
    "association",
    "union",
    "fund",
    "trust",
    "centre",
    "center",
    "inc",
    "ltd",
    # companies by their trade: "a Japanese national working for Astellas Pharma" (session 32)
    "pharma",
    "pharmaceuticals",
    "motors",
    "holdings",
    "industries",
}

# words in an organisation's name that make it a news medium
MEDIA_HINTS = re.compile(
    r"\b(news|times|post|tv|television|radio|press|journal|herald|tribune|gazette|broadcasting|"
    r"channel|daily|magazine|newspaper)\b",
    re.I,
)
# the last word of a facility's name, which names a place, not an actor: "José Martí International Airport"
FACILITY_WORDS = {"airport", "airbase", "stadium", "bridge", "dam", "refinery", "mosque", "square", "hotel"}
# nouns of places that an unknown name before them names: "the Torkham border crossing", "the Jenin refugee camp"
PLACE_HEAD_NOUNS = {
    "crossing", "checkpoint", "camp", "village", "town", "city", "district", "province", "region", "valley", "port",
    "airport", "base", "border", "area", "neighbourhood", "neighborhood", "suburb", "settlement", "field", "strait",
    "gasfield", "oilfield", "mine", "refinery", "pipeline",
}  # fmt: skip
# a company's legal form written before its name, which is no part of the name: "Joint Stock Company State
# Transportation Leasing Company", "PJSC Sberbank"
LEGAL_FORM_PREFIX = re.compile(
    r"^(?:(?:public|closed|open|private)\s+)?joint[-\s]stock\s+company\s+|^(?:PJSC|OJSC|CJSC|JSC|PAO|OAO|ZAO)\s+",
    re.I,
)

# the head words of bodies' names, which "the" alone refers back by: "the union", "the movement" (not "the party",
# which a story of several parties gives to the one it follows)
BODY_HEAD_NOUNS = {"union", "movement", "front", "association", "federation", "alliance", "league", "council"}
# the people words of an insurgency, which a story naming one armed group calls its members by (not "militants",
# "gunmen", "terrorists": words a story also gives to others than the band it names)
INSURGENT_NOUNS = {"rebel", "separatist", "guerrilla", "guerilla", "insurgent"}

# nouns for people who act together outside any state: "Palestinian militants", "Jewish settlers";
# with a nationality or creed before them they name a group of their own, not the state
NONSTATE_GROUPS = {
    "militant": "armed_group",
    "gunman": "armed_group",
    "hijacker": "armed_group",
    "extremist": "armed_group",
    "bomber": "armed_group",
    "insurgent": "armed_group",
    "rebel": "armed_group",
    "guerrilla": "armed_group",
    "guerilla": "armed_group",
    "jihadist": "armed_group",
    "hardliner": "armed_group",
    "separatist": "armed_group",
    "terrorist": "armed_group",
    "settler": "group",
    "mob": "group",
    "opposition": "group",
    "protester": "group",
    "protestor": "group",
    "demonstrator": "group",
    "hacker": "group",
    "militia": "armed_group",
    "militiaman": "armed_group",
    "proxy": "armed_group",  # "Iranian proxies attacked US forces"
    "mercenary": "armed_group",  # "Russian mercenaries of the Wagner Group", not Russia's army
    "paramilitary": "armed_group",
    "pirate": "armed_group",
    "crowd": "group",
    "union": "group",  # "The Police Federation and unions are criticising the Government"
    "detainee": "group",  # "three tear-gas canisters were used to subdue detainees"
    "seeker": "group",  # "asylum seekers" (the only compound such a noun takes: ASYLUM_SEEKERS)
    "faction": "group",
    "party": "group",
    "group": "group",
}
# the one compound that names a group of "seekers": "Nauru will take up to 1,200 asylum seekers"
ASYLUM_SEEKERS = ("asylum", "seeker")
# words that make "bombers" aircraft, not people: "B-52 bombers", "F-16 fighter bombers", "long-range bombers", and
# the air forces that fly them ("backed by US bombers", "Russian bombers"; not "Palestinian bombers")
AIRCRAFT_MODIFIERS = {
    "fighter", "stealth", "strategic", "heavy", "range", "jet", "us", "u.s.", "american", "russian", "british",
    "allied", "coalition",
}  # fmt: skip
# arms and machines whose maker's or model's name before them names no actor: "another Patriot system", "Leopard
# tanks", "Bayraktar drones"
EQUIPMENT_NOUNS = {
    "system", "missile", "tank", "jet", "drone", "helicopter", "rocket", "launcher", "battery", "aircraft",
    "plane", "vehicle", "howitzer", "interceptor",
}  # fmt: skip
# craft at sea, which these words make a state's armed ones: "Chinese coast guard ships", "Iranian naval vessels"
VESSEL_NOUNS = {"ship", "vessel", "boat", "cutter", "craft"}
VESSEL_MODIFIERS = {"guard", "coastguard", "naval", "navy", "patrol", "military", "militia"}
# craft that bear names of their own, which name no actor: "the commercial vessel True Confidence", "the tanker
# Advantage Sweet"
NAMED_CRAFT = VESSEL_NOUNS | {"tanker", "freighter", "frigate", "destroyer", "submarine", "ferry", "trawler", "yacht"}
# names of the United States' chambers in bodies.tsv that other parliaments' chambers share: "the Senate"
SHARED_CHAMBERS = {"senate", "congress", "house of representatives"}
# the peacekeeping forces of organisations.tsv, which an article may also call "the force" or "the peacekeepers"
PEACE_FORCES = {
    "international-security-assistance-force", "kosovo-force", "united-nations-interim-force-in-lebanon",
    "international-force-for-east-timor", "african-union-mission-in-somalia",
}  # fmt: skip
# nouns that may stand for a peacekeeping force the article named or described before: "the force", "the
# peacekeepers", "with Britain leading the troops", "the contingents are to help guard government buildings"
PEACE_FORCE_NOUNS = {"force", "peacekeeper", "troop", "contingent"}
# words that make "a force" a peacekeeping force sent by several states: "a multinational force"
PEACE_FORCE_WORDS = {
    "multinational", "multi-national", "international", "peacekeeping", "stabilisation", "stabilization",
}  # fmt: skip
# nouns for the men or the body a leader heads: "bin Laden's fighters", "the followers of bin Laden"
FOLLOWER_NOUNS = {
    "fighter", "follower", "supporter", "loyalist", "man", "militant", "militiaman", "gunman", "guerrilla",
    "group", "network", "organisation", "organization", "movement", "militia", "faction", "force", "troop",
}  # fmt: skip
# parts of a medium that stand for it: "told the ABC's AM program", "told ABC TV's Lateline program"
OUTLET_PARTS = {"program", "programme", "show", "bulletin"}
# media a country's people-word names: "Israeli public radio", "Israeli army radio" (not "Iranian state television",
# the state's own voice)
NATIONAL_MEDIA = {"radio": "Radio", "television": "Television", "tv": "TV", "broadcaster": "Broadcaster"}
# models of military aircraft only the United States flies (in the news of 2001-2024): "B-52 bombers pounded Taliban
# positions", "an AC-130 gunship"
US_ONLY_AIRCRAFT = {"b-52", "b-1", "b-1b", "b-2", "ac-130", "f-117"}
# such nouns for the armed men a person leads, who are his when he has no state or group: "Gul Agha's forces"
WARLORD_MEN = {"fighter", "loyalist", "man", "militiaman", "gunman", "guerrilla", "militia", "force", "troop"}
# such nouns for armed men, which an article may use one for another: "three Palestinian militants ... the
# Palestinian gunmen"
ARMED_MEMBER_NOUNS = {"militant", "gunman", "guerrilla", "guerilla", "insurgent", "rebel", "militiaman"}
# such nouns that say nothing of what the group does, so only a nation names them: "the Yemeni parties"
GENERIC_GROUPS = {"group", "party", "faction"}
# such nouns that name one body, so keep their number: "a Palestinian mob"
COLLECTIVE_GROUPS = {"mob", "crowd", "opposition"}
# words besides nationalities that make such a noun a named group: "suicide bombers", "Islamic extremists"
GROUP_MODIFIERS = {
    "suicide",
    "islamic",
    "islamist",
    "jewish",
    "muslim",
    "christian",
    "hindu",
    "sikh",
    "sunni",
    "shia",
    "shiite",
}

# nouns that name a band of people only through a word before them: "a Somali rebel group",
# "Afghan opposition forces", "Pashtun tribal leaders"
BAND_HEADS = {"group", "force", "leader", "elder", "fighter", "chief"}
# such words before them, which say what the band is: the armed groups' nouns, and "opposition", "tribal"
BAND_WORDS = {word for word, kind in NONSTATE_GROUPS.items() if kind == "armed_group"} | {"opposition", "tribal"}
# nouns of a body of people that a kind word before them can name: "militant groups", "aid agencies"
KIND_GROUP_HEADS = {"group", "organisation", "organization", "agency", "leader"}  # also "church leaders"
# words of a cause or a calling that name such a body: "human rights groups", "aid agencies"
CAUSE_WORDS = {
    "human", "rights", "aid", "relief", "humanitarian", "environmental", "civil", "society", "advocacy", "consumer",
    "refugee", "support", "welfare", "conservation", "environment", "lobby", "community", "church", "peace",
    "aboriginal", "indigenous",
}  # fmt: skip
# words that tie a group or a thing to the actor it belongs to: "militants linked to", "ships linked to Israel",
# "fighters loyal to" (lemmas, and the participles spaCy leaves as adjectives)
TIE_WORDS = {"link", "linked", "tie", "tied", "affiliate", "affiliated", "connect", "connected", "loyal", "belong"}

# nouns of what the world at large does to an actor, whose "international" names the international community:
# "under international pressure", "international condemnation"
WORLD_VERDICTS = {
    "pressure", "condemnation", "criticism", "outcry", "censure", "isolation", "sanction", "support", "call", "demand",
    "appeal", "plea", "concern", "warning",
}  # fmt: skip

# private people, whom "Western" describes without making them the Western bloc: "kidnapped five Western tourists"
PRIVATE_PEOPLE = {
    "tourist", "hostage", "journalist", "reporter", "national", "civilian", "visitor", "traveller", "traveler",
    "backpacker", "worker", "student", "businessman", "resident", "expatriate", "citizen", "man", "woman", "captive",
}  # fmt: skip

# adjectives of a world region that, before a noun for its states or their leaders, name the region's states as one
# group: "European nations have refused to repatriate ISIS fighters", "Southeast Asian leaders criticised Myanmar"
REGION_ADJECTIVES = {
    "european": "Europe",
    "african": "Africa",
    "arab": "the Arab states",
    "asian": "Asia",
    "southeast asian": "Southeast Asia",
    "latin american": "Latin America",
    "caribbean": "the Caribbean",
}
# plural nouns of states, and of those who speak or act for them, that a bloc's adjective makes the bloc: "Western
# countries condemned Russia", "Western observers have condemned the election" (not "Western tourists")
BLOC_MEMBER_NOUNS = {
    "country", "nation", "power", "government", "state", "democracy", "ally", "observer", "diplomat", "leader",
    "official", "minister", "partner",
}  # fmt: skip
# words for a government named by the capital it sits in ("the new Government in Colombo", tagged as one name), or
# by its leader ("Mr Mugabe's Government")
SEATED_BODIES = {"government", "regime", "administration", "authorities", "leadership"}
# nouns of family, after which a name set off introduces a relative: "Hicks's father, Terry Hicks"
FAMILY_NOUNS = {
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece", "cousin", "widow",
    "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother",
}  # fmt: skip
