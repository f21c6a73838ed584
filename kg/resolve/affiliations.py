"""Affiliations: the organisation or country a person's name is tied to, and the role, one function per
construction. Each returns Links; the caller records them in the registry and remembers the titles
("Supreme Leader") so that "the Supreme Leader" later finds the person."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kg.resolve.lexicon import HONORIFIC_TITLES, HONORIFICS, NON_MEMBER, TITLE_COUNTRY, TITLE_NOISE, TITLE_WORDS
from kg.resolve.names import is_honorific, word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_RUN = 8
STOP_ENTITIES = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
PHRASE_PREPS = {"of", "for", "at", "to"}


class Named(Protocol):
    """What a mention tells the constructions: its key, kind and sector."""

    @property
    def key(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def sector(self) -> str | None: ...


MentionOf = Callable[["Token"], "Named | None"]


@dataclass(frozen=True)
class Link:
    """A person tied to an organisation or country (None: a title only), with a role and a title."""

    organisation: str | None
    role: str | None = None
    titles: tuple[str, ...] = ()  # lower-case office words that may stand for the person: "supreme leader"
    country: bool = False  # the organisation is a country


@dataclass(frozen=True)
class Reading:
    """What the words of a role phrase say: the organisations they name, the role, the title."""

    organisations: tuple[Named, ...]
    role: str | None
    titles: tuple[str, ...]


def read_role(tokens: list[Token], mention_of: MentionOf) -> Reading:
    """'Senior White House adviser' -> (United States), 'Senior White House adviser', ('adviser',).
    Country names and demonyms leave the role ('Iranian Foreign Minister' -> 'Foreign Minister');
    government bodies stay in it ('White House spokesman'); 'Gen.' is 'General', 'Ayatollah' a title only."""
    organisations: dict[str, Named] = {}
    role: list[str] = []
    office: list[str] = []
    titles: list[str] = []
    for token in tokens:
        mention = mention_of(token)
        if mention is not None and mention.type != "person":
            organisations.setdefault(mention.key, mention)
            role.extend([token.text] if mention.type != "country" or mention.sector else [])
            office = []
        elif is_honorific(token):
            expanded = HONORIFICS[word(token)]
            role.extend([expanded] if expanded else [])
            titles.extend([word(token)] if word(token) in HONORIFIC_TITLES else [])
            titles.extend([expanded.lower()] if expanded and expanded.lower() in TITLE_WORDS else [])
        elif token.lower_ not in TITLE_NOISE and token.tag_ != "POS":
            role.append(token.text)
            office.append(token.lower_)
    if any(w in TITLE_WORDS for w in office):
        titles.insert(0, " ".join(office))
    return Reading(tuple(organisations.values()), " ".join(role).replace(" - ", "-") or None, tuple(titles))


def _links(reading: Reading) -> list[Link]:
    if reading.role and reading.role.split()[-1].lower() in NON_MEMBER:
        return [Link(None, reading.role)]
    links = [Link(o.key, reading.role, reading.titles, o.type == "country") for o in reading.organisations]
    return links or ([Link(None, reading.role, reading.titles)] if reading.role or reading.titles else [])


def title_run(doc: Doc, first: int, end: int) -> list[Token]:
    """The modifiers written right before a name (tokens first..end), in its noun phrase:
    'Senior White House adviser'."""
    start = first
    while start > 0 and first - start < MAX_RUN and _run_word(doc[start - 1]):
        start -= 1
    while start < first and (doc[start].lower_ == "of" or not start <= doc[start].head.i < end):
        start += 1
    return list(doc[start:first])


def _run_word(token: Token) -> bool:
    if token.ent_type_ in STOP_ENTITIES:
        return False
    return token.pos_ in ("PROPN", "NOUN", "ADJ") or token.lower_ == "of" or token.text in ("-", "–") or is_honorific(token)


# "White House spokesman Josh Earnest", "Iran Supreme Leader Ayatollah Ali Khamenei"
def pre_name_links(run: list[Token], mention_of: MentionOf) -> list[Link]:
    return _links(read_role(run, mention_of))


# "CNN's Wolf Blitzer", "Iran's Foreign Minister Mohammad Javad Zarif"
def possessive_links(doc: Doc, run: list[Token], first: int, mention_of: MentionOf) -> list[Link]:
    start = run[0].i if run else first
    if start < 2 or doc[start - 1].tag_ != "POS":
        return []
    owner = mention_of(doc[start - 2])
    if owner is None or owner.type == "person":
        return []
    reading = read_role(run, mention_of)
    return _links(Reading((owner, *reading.organisations), reading.role, reading.titles))


# "(Iranian Foreign Minister) Dr. (Mohammad Javad) Zarif": a title in brackets before the name
def bracketed_title_links(doc: Doc, first: int, mention_of: MentionOf) -> list[Link]:
    index = first - 1
    while index >= 0 and (doc[index].text == "(" or is_honorific(doc[index])):
        index -= 1
    if index < 1 or doc[index].text != ")":
        return []
    opening = next((i for i in range(index - 1, max(index - MAX_RUN, -1), -1) if doc[i].text == "("), None)
    return [] if opening is None else _links(read_role(list(doc[opening + 1 : index]), mention_of))


# "Gen. Lloyd Austin, the head of U.S. Central Command"; "Iranian general, Qasem Soleimani"
def appositive_links(root: Token, mention_of: MentionOf) -> list[Link]:
    heads = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i:
        heads.append(root.head)
    return [link for head in heads if head.pos_ == "NOUN" for link in _links(_read_phrase(head, mention_of))]


def _read_phrase(head: Token, mention_of: MentionOf) -> Reading:
    """A role noun phrase: its modifiers, the noun, and an 'of/for/at' phrase: 'the head of U.S. Central Command'."""
    tokens = [t for left in head.lefts for t in left.subtree if t.dep_ != "det"] + [head]
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in PHRASE_PREPS):
        objects = (t for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree if t.dep_ != "det")
        tokens += [prep, *objects]
    reading = read_role(tokens, mention_of)
    own = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and mention_of(t) is None] + [head.lower_]
    title = " ".join(w for w in own if w not in TITLE_NOISE)
    return Reading(reading.organisations, reading.role, (title,) if head.lower_ in TITLE_WORDS else ())


# "Patrice Talon of Benin": a country or organisation after the name
def of_links(root: Token, mention_of: MentionOf) -> list[Link]:
    found: list[Link] = []
    for prep in (c for c in root.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            mention = mention_of(pobj)
            if mention is not None and mention.type != "person":
                found.append(Link(mention.key, None, (), mention.type == "country"))
    return found


# "Secretary of State John Kerry": an office that names its country when none is written
def default_country_links(links: list[Link]) -> Iterator[Link]:
    if any(link.country for link in links):
        return
    for link in links:
        for office, country in TITLE_COUNTRY.items():
            if any(office in title for title in link.titles):
                yield Link(country, link.role, link.titles, True)
                return
