"""Affiliations: the organisation or country a person's name is tied to, and the role, one function per
construction. Each returns Links; the caller records them in the registry and remembers the titles
("Supreme Leader") so that "the Supreme Leader" later finds the person."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kg.resolve.lexicon import HONORIFIC_TITLES, HONORIFICS, NON_MEMBER, TITLE_COUNTRY, TITLE_NOISE, TITLE_WORDS
from kg.resolve.names import is_honorific, word
from kg.taxonomy import LEXICON, verb_of_gerund

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_RUN = 8
MAX_ROLE_WORDS = 8
# a title word that takes its country after 'to' or 'for': "U.S. Ambassador to Germany Richard Grenell", "US
# Special Representative for Iran Brian Hook"
TO_TITLES = {"ambassador", "envoy", "representative", "emissary", "delegate", "ambassador-designate"}
STOP_ENTITIES = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
PHRASE_PREPS = {"of", "for", "at", "to"}
# verbs of heading an organisation, whose relative clause ties a person to it: "who heads Hamas"
HEADING_VERBS = {"head", "lead", "chair", "run", "command"}


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
    """'Senior White House adviser' -> (United States), 'White House adviser', ('adviser',).
    Country, organisation names and demonyms leave the role ('Iranian Foreign Minister' -> 'Foreign Minister',
    'Reuters reporter' -> 'reporter'); government bodies stay in it ('White House spokesman');
    'Gen.' is 'General'; 'Ayatollah' is a title only."""
    organisations: dict[str, Named] = {}
    role: list[Token] = []
    office: list[str] = []
    titles: list[str] = []
    preposition = None
    for token in tokens:
        mention = mention_of(token)
        if token.pos_ == "ADP":
            preposition = token.lower_
            role.append(token)
            office.append(token.lower_)
        elif mention is not None and mention.type != "person":
            if _member_after(preposition, mention):
                organisations.setdefault(mention.key, mention)
            keep = (mention.type == "country" and mention.sector) or preposition  # 'White House spokesman'
            role.extend([token] if keep else [])
            office = office if preposition else []
        elif is_honorific(token):
            expanded = HONORIFICS[word(token)]
            titles.extend([word(token)] if word(token) in HONORIFIC_TITLES else [])
            titles.extend([expanded.lower()] if expanded and expanded.lower() in TITLE_WORDS else [])
            role.extend([token] if expanded else [])
        elif token.lower_ not in TITLE_NOISE and token.tag_ != "POS":
            role.append(token)
            office.append(token.lower_)
    while office and office[-1] in ("of", "to", "for", "at"):
        office.pop()
    if any(w in TITLE_WORDS for w in office):
        titles.insert(0, " ".join(office))
    # "Saudi Foreign Minister Prince Faisal bin Farhan": an office of two words or more before a rank is one too
    if office and office[-1] in TITLE_WORDS:
        titles.extend(" ".join(office[: i + 1]) for i, w in enumerate(office[:-1]) if i >= 1 and w in TITLE_WORDS)
    return Reading(tuple(organisations.values()), _role_text(role), tuple(titles))


def _member_after(preposition: str | None, mention: Named) -> bool:
    """'head of U.S. Central Command', 'spokesman for the State Department' are members;
    'Ambassador to Germany', 'envoy for Ukraine negotiations' are not members of Germany or Ukraine."""
    if preposition in (None, "of", "at", "in"):
        return True
    return preposition == "for" and (mention.type != "country" or bool(mention.sector))


def _role_text(tokens: list[Token]) -> str | None:
    """A role as written, honorific abbreviations spelt out: 'Gen.' -> 'General'."""
    words = [HONORIFICS[word(t)] or "" if is_honorific(t) else t.text for t in tokens]
    text = " ".join(w for w in words if w).replace(" - ", "-").replace(" – ", "-")
    return " ".join(text.split()[:MAX_ROLE_WORDS]) or None


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
    if is_honorific(token):
        return True
    if token.ent_type_ in STOP_ENTITIES:
        return False
    if token.lower_ in ("to", "for"):  # "Ambassador to Germany", "Special Representative for Iran"
        return token.i > 0 and token.doc[token.i - 1].lower_ in TO_TITLES
    if token.pos_ == "NOUN" and any(verb in LEXICON for verb in verb_of_gerund(token.lower_)):
        return False  # "the US killing of Qasem Soleimani": an act done to the one named, no title
    return token.pos_ in ("PROPN", "NOUN", "ADJ") or token.lower_ == "of" or token.text in "-–" or is_honorific(token)


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
    # also a capitalised title, which the parser tags a name: "Argentina's new President, Eduardo Duhalde"
    heads = [h for h in heads if h.pos_ == "NOUN" or (h.pos_ == "PROPN" and h.lower_ in TITLE_WORDS)]
    return [link for head in heads for link in _links(_read_phrase(head, mention_of))]


def _read_phrase(head: Token, mention_of: MentionOf) -> Reading:
    """A role noun phrase: its modifiers, the noun, and an 'of/for/at' phrase: 'the head of U.S. Central Command'."""
    tokens = [t for left in head.lefts for t in _phrase(left)] + [head]
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in PHRASE_PREPS):
        tokens += [prep, *(t for pobj in prep.children if pobj.dep_ == "pobj" for t in _phrase(pobj))]
    reading = read_role(tokens, mention_of)
    own = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and mention_of(t) is None] + [head.lower_]
    title = " ".join(w for w in own if w not in TITLE_NOISE)
    return Reading(reading.organisations, reading.role, (title,) if head.lower_ in TITLE_WORDS else ())


def _phrase(token: Token) -> list[Token]:
    """A noun phrase without its determiners, clauses and appositions."""
    if token.dep_ in ("det", "relcl", "acl", "appos", "punct", "cc", "conj"):
        return []
    return sorted([token, *(t for child in token.children for t in _phrase(child))], key=lambda t: t.i)


# "Mohammed Deif, who heads the Qassam Brigades", "John Smith, who leads the Labor Party": a relative clause of
# heading an organisation after the name
def relative_links(root: Token, mention_of: MentionOf) -> list[Link]:
    found: list[Link] = []
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in HEADING_VERBS):
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            continue
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            mention = mention_of(obj)
            if mention is not None and mention.type != "person":
                found.append(Link(mention.key, "head", (), mention.type == "country"))
    return found


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
