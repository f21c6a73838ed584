"""Gazetteer: countries (ISO 3166 via pycountry), organisations, armed groups, media, government bodies
and well-known people, read from the tables in kg/resolve/data/ (written by kg developers).

Matching rules: an alias written with capitals needs a capital in the text ("Turkey", not "turkey"); an
acronym needs capitals throughout ("US", not "us" or "Us"); a guarded alias (a common word or a person's
name too: "Jordan", "Victoria", "WHO") needs spaCy's agreement, an entity label naming the same kind."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.rdf.vocab import slug

DATA = Path(__file__).resolve().parent / "data"
# entity labels that may confirm a guarded alias, by the kind of entry
GUARD_LABELS = {"person": {"PERSON"}, "other": {"GPE", "NORP", "ORG"}}
TRUSTED = "*"  # the label of a name a person wrote down (gold files, tests): no guard applies


@dataclass(frozen=True)
class Entry:
    """What an alias names."""

    key: str
    name: str
    type: str  # country, organisation, armed_group, media, person
    iso_code: str | None = None
    sector: str | None = None  # government bodies and capitals: the part of the country they name
    affiliation: str | None = None  # people: the country or organisation they serve
    role: str | None = None  # people: their best-known office


@dataclass(frozen=True)
class Alias:
    """One written form of an entry."""

    form: str
    entry: Entry
    guarded: bool = False
    kind: str = "name"  # name, demonym, capital (a metonym), body (a government body)


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Alias lookup form: straight quotes, no leading 'the', no possessive, single spaces, case-folded."""
    return core(text).rstrip(".").casefold()


@lru_cache(maxsize=65536)
def core(text: str) -> str:
    """The text of a name without its article, possessive and surrounding punctuation, case kept."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-")
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r"(?<=\w) ?- ?(?=\w)", "-", text)  # "al - Assad" as spaCy tokens it
    text = re.sub(r"(?i)^the\s+", "", text)
    text = re.sub(r"('s|')$", "", text).strip(' ,;:()"')
    return text if re.search(r"\b[A-Z]\.$", text) else text.rstrip(".")  # 'U.S.' keeps its last dot


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file; lines starting with '#' are comments, the first row the header."""
    lines = [line.rstrip("\n") for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    header = rows[0]
    return [dict(zip(header, row + [""] * (len(header) - len(row)), strict=False)) for row in rows[1:]]


def split_values(cell: str) -> list[tuple[str, bool]]:
    """Values of a cell and whether each is guarded ('?Jordan')."""
    values = [value.strip() for value in cell.split(";") if value.strip()]
    return [(value[1:].strip(), True) if value.startswith("?") else (value, False) for value in values]


def _add(table: dict[str, Alias], form: str, entry: Entry, guarded: bool = False, kind: str = "name") -> None:
    if form.strip():
        table.setdefault(normalise(form), Alias(form.strip(), entry, guarded, kind))


def _country_aliases(table: dict[str, Alias]) -> None:
    import pycountry

    for row in read_table("countries.tsv"):
        code = row["alpha3"]
        entry = Entry(code, row["name"], "country", iso_code=code)
        capital = Entry(code, row["name"], "country", iso_code=code, sector="government")
        for form, guarded in split_values(row["other"]):
            _add(table, form, entry, guarded)
        for form, guarded in split_values(row["demonyms"]):
            _add(table, form, entry, guarded, "demonym")
        _add(table, row["name"], entry)
        for form, _ in split_values(row["capitals"]):
            _add(table, form, capital, True, "capital")
        country = pycountry.countries.get(alpha_3=code)
        for form in (getattr(country, name, "") for name in ("name", "common_name", "official_name")):
            _add(table, form or "", entry)


def _organisation_aliases(table: dict[str, Alias]) -> None:
    for row in read_table("organisations.tsv"):
        entry = Entry(slug(row["name"]), row["name"], row["type"])
        _add(table, row["name"], entry)
        for form, guarded in split_values(row["aliases"]):
            _add(table, form, entry, guarded)


def _body_aliases(table: dict[str, Alias]) -> None:
    countries = {alias.entry.key: alias.entry for alias in table.values() if alias.entry.type == "country"}
    for row in read_table("bodies.tsv"):
        country = countries.get(row["country"])
        if country is None:
            continue
        entry = Entry(country.key, country.name, "country", country.iso_code, row["sector"])
        _add(table, row["name"], entry, kind="body")
        for form, guarded in split_values(row["aliases"]):
            _add(table, form, entry, guarded, "body")


@lru_cache(maxsize=1)
def alias_table() -> dict[str, Alias]:
    """Every alias of a country, organisation or government body (normalised) -> its form and entry."""
    table: dict[str, Alias] = {}
    _country_aliases(table)
    _organisation_aliases(table)
    _body_aliases(table)
    return table


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first word of every alias (normalised): a quick test before trying longer names."""
    return frozenset(alias.split(" ")[0].split("-")[0] for alias in alias_table())


def may_start_alias(word: str) -> bool:
    """Whether some alias starts with this word ('U.S.' starts 'U.S. Central Command')."""
    norm = normalise(word)
    return bool(norm) and norm.split(" ")[0].split("-")[0] in first_words()


@lru_cache(maxsize=1)
def generic_bodies() -> dict[str, str]:
    """Bodies every country has ('Foreign Ministry', 'Parliament'), normalised -> the sector they name."""
    table: dict[str, str] = {}
    for row in read_table("bodies.tsv"):
        if not row["country"]:
            for form, _ in [(row["name"], False), *split_values(row["aliases"])]:
                table.setdefault(normalise(form), row["sector"])
    return table


@lru_cache(maxsize=1)
def people_table() -> dict[str, Alias]:
    """Names and surnames of well-known people (normalised) -> their entry; surnames are guarded."""
    table: dict[str, Alias] = {}
    for row in read_table("people.tsv"):
        affiliation = row["country"] or None
        entry = Entry(slug(row["name"]), row["name"], "person", affiliation=affiliation, role=row["role"] or None)
        _add(table, row["name"], entry)
        for form, _ in split_values(row["aliases"]):
            _add(table, form, entry, guarded=" " not in form)
    return table


@lru_cache(maxsize=1)
def person_first_words() -> frozenset[str]:
    """First words of the well-known people's full names and multi-word aliases ('Queen Elizabeth II')."""
    return frozenset(key.split(" ")[0] for key, alias in people_table().items() if " " in key and not alias.guarded)


def may_start_person(word: str) -> bool:
    """Whether some well-known person's full name starts with this word."""
    return normalise(word) in person_first_words()


def case_agrees(form: str, text: str) -> bool:
    """Capitals in the alias need capitals in the text: 'US' is not 'us' or 'Us', 'Turkey' not 'turkey'."""
    written = core(text)
    letters = re.sub(r"[^A-Za-z]", "", form)
    if len(letters) >= 2 and letters.isupper():
        return written.isupper()
    return not form[:1].isupper() or written[:1].isupper() or written[:1].isdigit()


def _accept(alias: Alias | None, text: str, label: str | None) -> Alias | None:
    if alias is None or not case_agrees(alias.form, text):
        return None
    kind = "person" if alias.entry.type == "person" else "other"
    if alias.guarded and label != TRUSTED and label not in GUARD_LABELS[kind]:
        return None
    return alias


def lookup_alias(text: str, label: str | None = TRUSTED) -> Alias | None:
    """The alias of a country, organisation or body a text is, if any. `label` is spaCy's entity label
    of the text read from an article (None for a bare word): guarded aliases need one that agrees."""
    return _accept(alias_table().get(normalise(text)), text, label)


def lookup(text: str, label: str | None = TRUSTED) -> Entry | None:
    """The country, organisation or body an alias names, if any (see lookup_alias)."""
    alias = lookup_alias(text, label)
    return alias.entry if alias else None


def lookup_person(text: str, label: str | None = TRUSTED) -> Entry | None:
    """The well-known person a name or surname names, if any (a surname needs the label PERSON)."""
    alias = _accept(people_table().get(normalise(text)), text, label)
    return alias.entry if alias else None


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """The names of the world's large cities (cities.tsv, from GeoNames) and of regions news names as places
    (regions.tsv), normalised, with the alpha-2 code of the country of the most populous city of that name; a
    region comes first ("Bali" is the Indonesian island news names, not the Indian town)."""
    found: dict[str, str] = {}
    for row in [*read_table("regions.tsv"), *read_table("cities.tsv")]:
        found.setdefault(normalise(row["name"]), row["country"])
    return found


def is_city(text: str) -> bool:
    """'Kharkiv', 'Khan Yunis': the name of a city of 100,000 people or more that is no country or capital
    the gazetteer knows as an actor."""
    return normalise(text) in city_countries() and lookup_alias(text) is None


def is_capital(text: str) -> bool:
    """'Kyiv', 'Tehran': a capital the gazetteer reads as its country's government."""
    alias = lookup_alias(text)
    return alias is not None and alias.kind == "capital"


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {
        row["alpha3"]: forms[0][0]
        for row in read_table("countries.tsv")
        if (forms := list(split_values(row["demonyms"])))
    }


def demonym(code: str) -> str | None:
    """A country's first adjective of nationality: 'AFG' -> 'Afghan'."""
    return _demonyms().get(code)


def first_name_sex(name: str) -> str | None:
    """'m' or 'f' for a given name almost always given to one sex ('Joshua', 'Carrie'), else None."""
    return _first_names().get(name)


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    return {row["name"]: row["sex"] for row in read_table("first_names.tsv")}


def city_country(text: str) -> Entry | None:
    """The country a large city or a capital lies in: 'Kharkiv' -> Ukraine, 'Haifa' -> Israel, 'Kyiv' -> Ukraine."""
    import pycountry

    alias = lookup_alias(text)
    if alias is not None:  # "Kyiv", tagged as a person: the capital's country; a country's name is no town
        return entry_by_key(alias.entry.key) if alias.kind == "capital" else None
    code = city_countries().get(normalise(text))
    if code is None and text.endswith(" City"):  # "Gaza City" is listed as "Gaza"
        code = city_countries().get(normalise(text.removesuffix(" City")))
    country = pycountry.countries.get(alpha_2=code) if code else None
    return entry_by_key(country.alpha_3) if country is not None else None


@lru_cache(maxsize=1)
def _entries_by_key() -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for alias in alias_table().values():
        if alias.entry.sector is None:
            entries.setdefault(alias.entry.key, alias.entry)
    return entries


@lru_cache(maxsize=1)
def _words_by_key() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for form, alias in alias_table().items():
        words.setdefault(alias.entry.key, set()).update(form.split())
    return {key: frozenset(found) for key, found in words.items()}


def alias_words(key: str) -> frozenset[str]:
    """Every word of every name of an entry (normalised): 'national', 'liberation', 'army', ... for the ELN."""
    return _words_by_key().get(key, frozenset())


def entry_by_key(key: str) -> Entry | None:
    """The gazetteer country or organisation with this key."""
    return _entries_by_key().get(key)


def country_entry(text: str) -> Entry | None:
    """The country a user names by its name, a demonym or an ISO 3166 code: 'Australia', 'AU', 'aus',
    'Australian' -> Australia; anything else (an organisation, a city, a typo) -> None."""
    import pycountry

    code = text.strip().upper()
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is not None or len(code) == 3:
        entry = entry_by_key(country.alpha_3 if country is not None else code)
        if entry is not None and entry.type == "country":
            return entry
    alias = lookup_alias(text.strip()) or lookup_alias(text.strip().title())  # "new zealand" typed on a command line
    return entry_by_key(alias.entry.key) if alias is not None and alias.entry.type == "country" else None


# heads of the names of government offices: "Department of Transportation", "Federal Aviation Office"
OFFICE_HEADS = ("ministry", "department", "office", "agency", "authority", "bureau", "directorate", "service")


def generic_sector(text: str) -> str | None:
    """The sector a body every country has names: 'Foreign Ministry', 'Governments' -> 'government';
    any ministry, department or office of a government: 'Department of Transportation', 'Commerce Ministry'
    -> 'government'."""
    norm = normalise(text)
    known = generic_bodies().get(norm) or (generic_bodies().get(norm[:-1]) if norm.endswith("s") else None)
    if known:
        return known
    head = norm.split(" of ")[0].split()[-1] if norm else ""
    # "the Commerce Ministry": a ministry by its portfolio is the government's
    named_first = bool(norm) and (norm.split()[0] in ("ministry", "department") or head == "ministry")
    return "government" if head in OFFICE_HEADS and named_first else None


# heads of the names of numbered military units: "5th Fleet", "Seventh Fleet", "101st Airborne Division"
UNIT_HEADS = ("fleet", "army", "corps", "division", "brigade", "regiment", "battalion", "squadron")
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def is_numbered_unit(text: str) -> bool:
    """'the U.S. Navy's 5th Fleet', 'the Seventh Fleet': a numbered unit of a state's forces."""
    words = normalise(text).split()
    ordinal = any(re.fullmatch(r"\d+(st|nd|rd|th)", w) or w in ORDINAL_WORDS for w in words[:-1])
    return bool(words) and words[-1] in UNIT_HEADS and ordinal


def office_sector(text: str) -> str | None:
    """The sector of a government office named before its country: 'Federal Aviation Office' (of Germany)."""
    words = normalise(text).split()
    return generic_sector(text) or ("government" if words and words[-1] in OFFICE_HEADS else None)
