"""Person names: the honorifics and titles around a name, surnames, and when two names are one person."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.rdf.vocab import slug
from kg.resolve.gazetteer import core, lookup_alias
from kg.resolve.lexicon import HONORIFICS, RANK_MODIFIERS, TITLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "abu",
    "von",
    "van",
    "der",
    "den",
    "de",
    "di",
    "da",
    "du",
    "le",
    "la",
    "del",
    "dos",
    "ben",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
ROYAL = {"king", "queen", "prince", "princess", "pope", "emir", "sultan", "sheikh", "crown"}
# a politician's party, which may lead a name like a title: "Republican Chuck Hagel", "Democrat Adam Schiff"
PARTY_WORDS = {"republican", "democrat", "tory"}
# words of an office that may lead a name inside spaCy's PERSON span: "Crown Prince", "Foreign Minister"
TITLE_PARTS = (
    TITLE_WORDS
    | RANK_MODIFIERS
    | ROYAL
    | PARTY_WORDS
    | {
        "prime",
        "foreign",
        "supreme",
        "acting",
        "chief",
        "senior",
        "defence",
        "defense",
        "interior",
        "finance",
        "state",
        "of",
        "spokesperson",
        "opposition",
        "affairs",  # "Vice Minister for Foreign Affairs Takeo Mori", tagged from "Affairs"
        # offices of parliament, police and courts: "Conservative MP Philip Hammond", "Chief Constable Nick Adderley"
        "mp",
        "mep",
        "constable",
        "commissioner",
        "superintendent",
        "detective",
        "inspector",
        "prosecutor",
        "judge",
        "magistrate",
        # lawmakers, and plural titles before a list of names: "Representatives Eliot Engel, Adam Schiff and ..."
        "representatives",
        "senators",
        "congressman",
        "congresswoman",
        "congressmen",
        "rep",
        "sen",
        "ministers",
        "mps",
        "meps",
    }
)


def word(token: Token) -> str:
    """A token's lower-case text without a final full stop: 'Gen.' -> 'gen'."""
    return token.lower_.rstrip(".")


def is_honorific(token: Token) -> bool:
    return word(token) in HONORIFICS


def is_title_part(token: Token) -> bool:
    return word(token) in TITLE_PARTS or is_honorific(token)


def is_people_word(token: Token) -> bool:
    """'Americans' in 'freed Americans Ryan Corbett and William McKenty': a people's plural before a name."""
    if not token.text.endswith("s") or token.text[:1].islower():
        return False
    alias = lookup_alias(token.text)
    return alias is not None and alias.kind == "demonym"


def leading_titles(tokens: Sequence[Token]) -> int:
    """How many leading tokens of a PERSON span are titles, not name: 'Crown Prince Mohammad bin Salman' -> 2.
    A royal title stays when it would leave a single name ('Queen Elizabeth')."""
    count = 0
    while count < len(tokens) - 1 and (is_title_part(tokens[count]) or is_people_word(tokens[count])):
        count += 1
    if count and len(tokens) - count == 1 and any(word(t) in ROYAL for t in tokens[:count]):
        return 0
    return count


def join_tokens(tokens: Sequence[Token]) -> str:
    """The text of tokens as written, a space where tokens were left out: '(Mohammad Javad) Zarif'."""
    parts: list[str] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        parts.append(token.text_with_ws if following is not None and following.i == token.i + 1 else token.text + " ")
    return core("".join(parts))


def name_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The tokens of a PERSON span that are the name: no titles, brackets, possessive or honorifics."""
    kept = [t for t in tokens if t.text not in ("(", ")", "'s", "’s", "'", "’", ",", "[", "]")]
    kept = kept[leading_titles(kept) :]
    while len(kept) > 1 and kept[-1].lower_ in ("of", "and", "the", "-"):
        kept = kept[:-1]
    return kept


def person_name(tokens: Sequence[Token]) -> str:
    """A person's name without honorifics or possessive: 'Ayatollah Ali Khamenei' -> 'Ali Khamenei'."""
    return join_tokens(name_tokens(tokens))


def surname_forms(name: str) -> list[str]:
    """The ways a text may name a person by surname: 'Bashar al-Assad' -> ['al-Assad', 'Assad'];
    'Luigi Di Maio' -> ['Di Maio']; 'Barack Obama' -> ['Obama']."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in SUFFIXES]
    if not words:
        return []
    last = len(words) - 1
    while last > 0 and words[last - 1].lower() in PARTICLES:
        last -= 1
    surname = " ".join(words[last:])
    forms = [surname]
    head, _, rest = surname.partition("-")
    if rest and head.lower() in PARTICLES:
        forms.append(rest)
    if " " in surname and words[last].lower() in ("al", "el"):
        forms.append(words[-1])  # 'Bashar al Assad' -> 'Assad'
    return forms


def without_middle_initials(name: str) -> str:
    """A full name without the initials between its given name and surname: 'Wendy R. Sherman' -> 'Wendy Sherman'."""
    words = name.split()
    kept = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or len(w.rstrip(".")) > 1]
    return " ".join(kept)


def given_names(name: str) -> set[str]:
    """Given names, without initials: 'John R. Bolton' -> {'john'}."""
    words = name.split()
    surname = surname_forms(name)
    count = len(words) - len(surname[0].split()) if surname else 0
    return {slug(w) for w in words[:count] if len(w.rstrip(".")) > 1}


def same_person(one: str, other: str) -> bool:
    """Two full names of one person: the same surname, and given names of one within the other's
    ('John Bolton' ~ 'John R. Bolton', 'Javad Zarif' ~ 'Mohammad Javad Zarif', not 'Joe Biden' ~ 'Hunter Biden')."""
    if slug(surname_forms(one)[0]) != slug(surname_forms(other)[0]):
        return False
    mine, theirs = given_names(one), given_names(other)
    if mine <= theirs or theirs <= mine:
        return True
    mine, theirs = {transliterated(n) for n in mine}, {transliterated(n) for n in theirs}
    return (mine <= theirs or theirs <= mine) and all(len(n) >= 3 for n in mine | theirs)


# "Hamed Karzai" ~ "Hamid Karzai", "Mohammed" ~ "Muhammad": a given name transliterated with other vowels has the
# same consonants
def transliterated(name: str) -> str:
    return "".join(c for c in name if c not in "aeiouy-")
