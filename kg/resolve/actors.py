"""Actors: map the mentions of an article to canonical actors, one node per real actor.

`ActorRegistry` lives for a whole build (so actors merge across articles);
`ArticleActors` holds what one article has introduced (full names, titles, affiliations)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.rdf.vocab import slug
from kg.records import Actor, Affiliation, Article
from kg.resolve.gazetteer import SECTOR_NOUNS, Entry, lookup, normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
HONORIFICS = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "ayatollah", "sen", "sen.", "senator", "gen", "gen.",
    "general", "president", "rep", "rep.", "gov", "gov.", "sheikh", "sir", "dame", "lt", "lt.", "col", "col.",
    "adm", "adm.", "admiral", "prof", "prof.", "king", "queen", "prince", "princess", "pope", "chancellor",
    "secretary", "minister", "premier", "prime", "emir", "imam", "rev", "rev.", "judge", "justice", "mayor",
}
# title words that may stand for a person the article has introduced: "the President"
TITLE_WORDS = {
    "president", "secretary", "leader", "minister", "chancellor", "premier", "king", "queen", "ayatollah",
    "spokesman", "spokeswoman", "ambassador", "envoy", "general", "senator", "governor", "mayor", "pope",
    "emir", "prince", "chairman", "director",
}
MEDIA_HINTS = re.compile(r"\b(news|times|post|tv|television|radio|press|agency|journal|herald|tribune|gazette|broadcasting)\b", re.I)
NOT_ACTORS = {"state", "supreme", "republican", "democrat", "democrats", "republicans", "gop", "one", "sunni", "shia", "shiite", "muslim", "muslims", "christian", "christians", "arab", "arabs", "western", "european"}


@dataclass(frozen=True)
class Mention:
    """One mention of an actor in an article."""

    key: str
    name: str
    type: str
    start: int
    end: int
    text: str
    sector: str | None = None
    plural: bool = False


@dataclass
class _ActorState:
    """An actor while the build runs; frozen into an Actor at the end."""

    key: str
    name: str
    type: str
    iso_code: str | None = None
    aliases: set[str] = field(default_factory=set)
    affiliations: dict[str, str | None] = field(default_factory=dict)

    def freeze(self) -> Actor:
        return Actor(
            key=self.key, name=self.name, type=self.type, iso_code=self.iso_code,
            aliases=tuple(sorted(self.aliases - {self.name})),
            affiliations=tuple(Affiliation(org, role) for org, role in sorted(self.affiliations.items())),
        )


class ActorRegistry:
    """All actors of a build; the same real actor gets the same key in every article."""

    def __init__(self) -> None:
        self._actors: dict[str, _ActorState] = {}
        self._surnames: dict[str, set[str]] = defaultdict(set)

    def begin(self, article: Article, doc: Doc) -> ArticleActors:
        """Start reading one article."""
        return ArticleActors(self, article, doc)

    def register(self, key: str, name: str, type_: str, alias: str | None = None, iso_code: str | None = None) -> str:
        """Record an actor (or a new alias of a known one) and return its key."""
        state = self._actors.get(key)
        if state is None:
            state = self._actors[key] = _ActorState(key, name, type_, iso_code)
            state.aliases.add(name)
            if type_ == "person" and " " in name:
                self._surnames[name.split()[-1].casefold()].add(key)
        if alias and alias.strip():
            state.aliases.add(alias.strip())
        return key

    def affiliate(self, person: str, organisation: str, role: str | None) -> None:
        """Record that a person belongs to, or has a role in, an organisation or country."""
        if person == organisation or person not in self._actors:
            return
        current = self._actors[person].affiliations.get(organisation)
        self._actors[person].affiliations[organisation] = current or role

    def person_by_surname(self, surname: str) -> str | None:
        """The one person known by this surname across the build, if exactly one."""
        keys = self._surnames.get(surname.casefold(), set())
        return next(iter(keys)) if len(keys) == 1 else None

    def actor(self, key: str) -> Actor:
        return self._actors[key].freeze()

    def get(self, key: str) -> _ActorState | None:
        return self._actors.get(key)

    def actors(self, keys: set[str] | None = None) -> tuple[Actor, ...]:
        """Frozen actors: all, or the given keys plus the organisations they are affiliated with."""
        if keys is None:
            chosen = set(self._actors)
        else:
            chosen = set(keys)
            for key in keys:
                if key in self._actors:
                    chosen.update(self._actors[key].affiliations)
        return tuple(self._actors[k].freeze() for k in sorted(chosen) if k in self._actors)


class ArticleActors:
    """The actors one article mentions, found from its named entities and noun phrases."""

    def __init__(self, registry: ActorRegistry, article: Article, doc: Doc) -> None:
        self.registry = registry
        self.article = article
        self.doc = doc
        self._surnames: dict[str, str] = {}  # surname -> person key, introduced in this article
        self._titles: dict[str, str] = {}  # title word -> person key ("president" -> barack-obama)
        self._by_token: dict[int, Mention] = {}
        self._introduce_people()
        self._resolve_entities()

    # full names introduced by the article make later surnames resolvable
    def _introduce_people(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                name = person_name(ent)
                if len(name.split()) >= 2:
                    key = self.registry.register(slug(name), name, "person", alias=name)
                    self._surnames[name.split()[-1].casefold()] = key

    def _resolve_entities(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            mention = self._entity_mention(ent)
            if mention is None:
                continue
            for token in ent:
                self._by_token[token.i] = mention
            if mention.type == "person":
                self._link_person(ent, mention.key)

    def _entity_mention(self, ent: Span) -> Mention | None:
        """The actor a named entity names: gazetteer, person, or a new organisation."""
        text = ent.text
        norm = normalise(text)
        if norm in NOT_ACTORS or not re.search(r"[A-Za-z\u00C0-\uFFFF]", text):
            return None
        surname_key = self._surnames.get(norm) if " " not in norm else None
        if ent.label_ == "PERSON" or surname_key:
            return self._person_mention(ent, surname_key)
        entry = lookup(text)
        if entry is not None:
            return self._entry_mention(entry, ent)
        if ent.label_ == "NORP":
            return None
        kind = "media" if MEDIA_HINTS.search(text) else ("place" if ent.label_ == "GPE" else "organisation")
        name = re.sub(r"^(?i:the)\s+", "", text).rstrip("’'s").strip() if text.endswith(("’s", "'s")) else re.sub(r"^(?i:the)\s+", "", text)
        key = self.registry.register(slug(name), name, kind, alias=name)
        return Mention(key, name, kind, ent.start_char, ent.end_char, text)

    def _entry_mention(self, entry: Entry, span: Span) -> Mention:
        key = self.registry.register(entry.key, entry.name, entry.type, alias=_clean_alias(span.text), iso_code=entry.iso_code)
        plural = span.text.endswith("s") and entry.type == "country" and normalise(span.text) != normalise(entry.name)
        return Mention(key, entry.name, entry.type, span.start_char, span.end_char, span.text, entry.sector, plural)

    def _person_mention(self, ent: Span, surname_key: str | None) -> Mention:
        name = person_name(ent)
        if surname_key is None and " " not in name:
            surname_key = self._surnames.get(name.casefold()) or self.registry.person_by_surname(name)
        if surname_key is not None:
            state = self.registry.get(surname_key)
            assert state is not None
            self.registry.register(surname_key, state.name, "person", alias=name)
            return Mention(surname_key, state.name, "person", ent.start_char, ent.end_char, ent.text)
        key = self.registry.register(slug(name), name, "person", alias=name)
        return Mention(key, name, "person", ent.start_char, ent.end_char, ent.text)

    # "White House spokesman Josh Earnest", "Iran Supreme Leader Ali Khamenei", "CNN's Wolf Blitzer"
    def _link_person(self, ent: Span, person: str) -> None:
        head = ent.root
        left = [t for t in head.lefts if t.i < ent.start]
        title_words = [t for t in self.doc[max(ent.start - 6, 0) : ent.start] if t.dep_ in ("compound", "amod", "nmod", "poss", "case", "punct") or t.head == head]
        for token in title_words:
            if token.lower_ in TITLE_WORDS or token.text.rstrip(".").lower() in HONORIFICS:
                self._titles[token.lower_.rstrip(".")] = person
        organisations = {m.key for t in left + title_words if (m := self._by_token.get(t.i)) and m.type != "person"}
        role = " ".join(t.text for t in title_words if t.i not in self._by_token and t.is_alpha and t.dep_ != "case") or None
        for appos in (c for c in head.children if c.dep_ == "appos"):
            role = role or appos.text
            for token in appos.subtree:
                mention = self._by_token.get(token.i)
                if mention and mention.type != "person":
                    organisations.add(mention.key)
        for organisation in organisations:
            self.registry.affiliate(person, organisation, role)

    def mention_at(self, token: Token) -> Mention | None:
        """The actor a token (usually the head of a noun phrase) refers to, if any."""
        if token.i in self._by_token:
            return self._by_token[token.i]
        lower = token.lower_
        if lower in SECTOR_NOUNS or lower in TITLE_WORDS:
            return self._modified_mention(token)
        entry = lookup(token.text) if token.pos_ in ("PROPN", "NOUN", "ADJ") and token.text[:1].isupper() else None
        if entry is not None:
            return self._entry_mention(entry, self.doc[token.i : token.i + 1])
        return None

    # "the Iraqi military", "Iran's government", "the Obama administration", "the President"
    def _modified_mention(self, token: Token) -> Mention | None:
        lower = token.lower_
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
                mention = self._by_token.get(child.i) or self.mention_at(child) if child.i != token.i else None
                if mention is None:
                    continue
                if mention.type == "person" and lower in SECTOR_NOUNS:
                    country = self._person_country(mention.key)
                    if country is not None:
                        return country
                    continue
                return Mention(mention.key, mention.name, mention.type, token.idx, token.idx + len(token), token.text,
                               SECTOR_NOUNS.get(lower), lower.endswith("s"))
        if lower in TITLE_WORDS and lower in self._titles:
            key = self._titles[lower]
            state = self.registry.get(key)
            if state is not None:
                return Mention(key, state.name, "person", token.idx, token.idx + len(token), token.text)
        if lower == "administration":
            return self._default_country("USA", token)
        return None

    def _person_country(self, person: str) -> Mention | None:
        state = self.registry.get(person)
        if state is None:
            return None
        for organisation in state.affiliations:
            org = self.registry.get(organisation)
            if org is not None and org.type == "country":
                return Mention(org.key, org.name, "country", 0, 0, org.name, "government")
        return None

    def _default_country(self, code: str, token: Token) -> Mention | None:
        entry = lookup(code)
        if entry is None:
            return None
        key = self.registry.register(entry.key, entry.name, entry.type, iso_code=entry.iso_code)
        return Mention(key, entry.name, entry.type, token.idx, token.idx + len(token), token.text, "government")

    def lookup_name(self, text: str) -> Mention | None:
        """The actor a bare name names through the gazetteer, outside any entity: 'Iran' in 'U.S.-Iran'."""
        entry = lookup(text)
        if entry is None:
            return None
        key = self.registry.register(entry.key, entry.name, entry.type, alias=text, iso_code=entry.iso_code)
        return Mention(key, entry.name, entry.type, 0, 0, text, entry.sector)

    def is_sector_noun(self, token: Token) -> bool:
        """A noun naming a part of a country or organisation, or a title: 'military', 'envoy'."""
        return token.lower_ in SECTOR_NOUNS or token.lower_ in TITLE_WORDS

    def affiliated_side(self, mention: Mention) -> Mention:
        """The country or organisation a person speaks for: their first country, else organisation."""
        if mention.type != "person":
            return mention
        state = self.registry.get(mention.key)
        if state is None:
            return mention
        orgs = [self.registry.get(k) for k in state.affiliations]
        for wanted in ("country", "organisation", "armed_group", "media"):
            for org in orgs:
                if org is not None and org.type == wanted:
                    return Mention(org.key, org.name, org.type, mention.start, mention.end, mention.text)
        return mention

    def mentions(self) -> list[Mention]:
        """Every entity mention of the article, in text order, once each."""
        seen: dict[int, Mention] = {}
        for mention in self._by_token.values():
            seen.setdefault(mention.start, mention)
        return [seen[k] for k in sorted(seen)]


def person_name(ent: Span) -> str:
    """A person's name without honorifics or possessive: 'Ayatollah Ali Khamenei' -> 'Ali Khamenei'."""
    words = [t.text for t in ent if t.text not in ("’s", "'s", "’", "'")]
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words).strip(" .,")


def _clean_alias(text: str) -> str:
    text = re.sub(r"^(?i:the)\s+", "", text.strip())
    return re.sub(r"(’s|'s)$", "", text).strip()
