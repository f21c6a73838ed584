"""Word lists of the resolver: honorifics, titles, sector nouns, words that are never actors."""

from __future__ import annotations

import re

# words before a name that are not part of it; abbreviations map to the role they stand for
HONORIFICS: dict[str, str | None] = {
    "mr": None, "mrs": None, "ms": None, "miss": None, "dr": None, "sir": None, "dame": None, "lord": None,
    "lady": None, "hon": None, "rev": None, "prof": None, "ayatollah": None, "sheikh": None, "imam": None,
    "sen": "Senator", "sens": "Senator", "senator": "Senator",
    "rep": "Representative", "reps": "Representative", "gov": "Governor", "gen": "General", "general": "General",
    "lt": "Lieutenant", "col": "Colonel", "maj": "Major", "capt": "Captain", "adm": "Admiral",
    "admiral": "Admiral", "sgt": "Sergeant", "amb": "Ambassador", "pres": "President", "st": None,
}

# honorifics that also stand for the person later: "the Ayatollah"
HONORIFIC_TITLES = {"ayatollah", "sheikh", "imam"}

# head words of titles that may later stand for the person: "the President", "the Secretary"
TITLE_WORDS = {
    "president", "secretary", "leader", "minister", "chancellor", "premier", "king", "queen", "ayatollah",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "general", "senator", "governor",
    "mayor", "pope", "emir", "prince", "princess", "chairman", "chairwoman", "chair", "director", "commander",
    "adviser", "advisor", "negotiator", "speaker", "sheikh", "sultan", "monarch", "representative",
    "secretary-general", "chief", "head", "diplomat", "admiral", "colonel", "executive",
}

# a rank that makes another office: a Deputy Secretary is not "the Secretary"
RANK_MODIFIERS = {"deputy", "vice", "assistant", "under", "associate", "former", "ex", "vice-president"}

# words of a title that are not the office: "the same U.S. secretary of state"
TITLE_NOISE = {"the", "a", "an", "same", "then", "current", "new", "top", "senior", "own", "its", "their", "his", "her"}

# titles that name a country's office when no country is written: "Secretary of State John Kerry"
TITLE_COUNTRY = {"secretary of state": "USA"}

# role heads that do not make a person a member: "Kremlin critic Alexei Navalny"
NON_MEMBER = {
    "critic", "critics", "opponent", "opponents", "rival", "rivals", "enemy", "foe", "hostage", "prisoner",
    "detainee", "victim", "captive", "defector", "dissident", "guest", "visitor", "counterpart", "ally",
    "wife", "husband", "widow", "son", "daughter", "mother", "father", "brother", "sister", "fiancee",
    "fiancée", "partner", "lawyer", "attorney",
}

# nouns naming a part of a country or organisation: "the Iraqi military", "Iran's government"
SECTOR_NOUNS = {
    "military": "military", "army": "military", "forces": "military", "troops": "military", "navy": "military",
    "militaries": "military", "soldiers": "military", "commanders": "military",
    "government": "government", "governments": "government", "regime": "government",
    "administration": "government", "leadership": "government", "authorities": "government",
    "ministry": "government", "embassy": "government", "cabinet": "government", "diplomats": "government",
    "ambassador": "government", "envoy": "government", "president": "government", "leader": "government",
    "leaders": "government", "minister": "government", "spokesman": "government",
    "spokeswoman": "government", "spokesperson": "government", "negotiator": "government",
    "negotiators": "government", "delegation": "government", "presidency": "government",
    "officials": "officials", "official": "officials",
    "parliament": "parliament", "legislature": "parliament", "congress": "parliament", "lawmakers": "parliament",
    "legislators": "parliament", "senate": "parliament",
    "police": "police", "intelligence": "intelligence",
    "protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
}

# entity texts spaCy tags that never name an actor
NOT_ACTORS = {
    "state", "supreme", "foreign", "deputy", "acting", "secretary", "minister", "president", "leader",
    "republican", "democrat", "democrats", "republicans", "gop", "one", "sunni", "shia", "shiite", "muslim",
    "muslims", "christian", "christians", "arab", "arabs", "western", "european", "islam", "islamic",
    "we", "they", "us", "them", "our", "their", "i", "you", "he", "she", "it", "who",
    "utc", "gmt", "bst", "est", "edt", "a.m", "p.m", "am", "pm", "md", "cc", "covid-19", "covid",
    "administration", "department", "house", "board", "intelligence", "representatives", "transportation",
    "allies", "brexit", "landscape", "social welfare", "foreign affairs", "parliament", "council",
}

# last words of a name that make it an organisation, whatever spaCy says: "John Radcliffe Hospital"
INSTITUTIONS = {
    "hospital", "university", "college", "school", "institute", "foundation", "company", "corporation",
    "bank", "airport", "airline", "airlines", "agency", "ministry", "council", "party", "committee",
    "commission", "court", "group", "association", "union", "fund", "trust", "centre", "center", "inc", "ltd",
}

# words in an organisation's name that make it a news medium
MEDIA_HINTS = re.compile(
    r"\b(news|times|post|tv|television|radio|press|journal|herald|tribune|gazette|broadcasting|"
    r"channel|daily|magazine|newspaper)\b",
    re.I,
)
