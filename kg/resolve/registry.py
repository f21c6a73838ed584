"""The actors of a whole build: one state per real actor, found again by key, alias or surname."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.rdf.vocab import slug
from kg.records import Actor, Affiliation
from kg.resolve.gazetteer import Entry, entry_by_key, lookup_person, normalise, people_table
from kg.resolve.names import given_names, same_person, surname_forms, without_middle_initials
from kg.resolve.spans import spelled_alike

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.records import Article
    from kg.resolve.actors import ArticleActors


@dataclass
class ActorState:
    """An actor while the build runs; frozen into an Actor at the end."""

    key: str
    name: str
    type: str
    iso_code: str | None = None
    aliases: set[str] = field(default_factory=set)
    affiliations: dict[str, str | None] = field(default_factory=dict)

    def freeze(self) -> Actor:
        return Actor(
            key=self.key,
            name=self.name,
            type=self.type,
            iso_code=self.iso_code,
            aliases=tuple(sorted(self.aliases - {self.name})),
            affiliations=tuple(Affiliation(org, role) for org, role in sorted(self.affiliations.items())),
        )


class ActorRegistry:
    """All actors of a build; the same real actor gets the same key in every article."""

    def __init__(self) -> None:
        self._actors: dict[str, ActorState] = {}
        self._surnames: dict[str, set[str]] = defaultdict(set)  # surname slug -> person keys
        self._aliases: dict[str, str] = {}  # normalised alias -> key, for organisations read from text

    def begin(self, article: Article, doc: Doc) -> ArticleActors:
        """Start reading one article."""
        from kg.resolve.actors import ArticleActors

        return ArticleActors(self, article, doc)

    def register(self, key: str, name: str, type_: str, alias: str | None = None, iso_code: str | None = None) -> str:
        """Record an actor (or a new alias of a known one) and return its key."""
        state = self._actors.get(key)
        if state is None:
            state = self._actors[key] = ActorState(key, name, type_, iso_code)
            state.aliases.add(name)
            if type_ == "person":
                self._index_person(key, name)
            elif type_ != "country":
                self._aliases.setdefault(normalise(name), key)
        if alias and alias.strip() and alias.strip() != name:
            state.aliases.add(alias.strip())
            if type_ == "person":
                self._index_person(key, alias.strip())
        return key

    def register_entry(self, entry: Entry, alias: str | None = None) -> str:
        """Record a gazetteer actor, with a well-known person's office."""
        key = self.register(entry.key, entry.name, entry.type, alias, entry.iso_code)
        if entry.affiliation:
            self.affiliate(key, entry.affiliation, entry.role)
        return key

    def _index_person(self, key: str, name: str) -> None:
        for form in surname_forms(name):
            self._surnames[slug(form)].add(key)

    def add_alias(self, alias: str, key: str) -> None:
        """Another name of an organisation read from an article: an acronym it introduced."""
        self._aliases.setdefault(normalise(alias), key)
        if key in self._actors:
            self._actors[key].aliases.add(alias)

    def by_alias(self, text: str) -> str | None:
        """The organisation a name was given to earlier in the build."""
        return self._aliases.get(normalise(text))

    def affiliate(self, person: str, organisation: str, role: str | None) -> None:
        """Record that a person belongs to, or has a role in, an organisation or country."""
        if person == organisation or person not in self._actors:
            return
        if organisation not in self._actors:
            self._register_organisation(organisation)
        current = self._actors[person].affiliations.get(organisation)
        self._actors[person].affiliations[organisation] = current or role

    def _register_organisation(self, key: str) -> None:
        """A country or organisation named by its key only (a well-known person's office)."""
        entry = entry_by_key(key)
        if entry is not None:
            self.register(entry.key, entry.name, entry.type, iso_code=entry.iso_code)

    def person_key(self, name: str) -> str:
        """The key of a person written by full name ('Ali Khamenei'): a well-known person, a person known
        under another form of the name ('John R. Bolton' ~ 'John Bolton'), or a new person."""
        entry = lookup_person(name, "PERSON") or _well_known_like(name)
        if entry is not None:
            return self.register_entry(entry, alias=name)
        key = self.person_like(name)
        if key is not None:
            return self.register(key, self._actors[key].name, "person", alias=name)
        # (keyed without middle initials: "Wendy R. Sherman" is wendy-sherman, as a reader would write her)
        return self.register(slug(without_middle_initials(name)), name, "person", alias=name)

    def person_by_surname(self, surname: str) -> str | None:
        """The one person known by this surname across the build, if exactly one."""
        keys = self._surnames.get(slug(surname), set())
        return next(iter(keys)) if len(keys) == 1 else None

    def person_like(self, name: str) -> str | None:
        """A person already known under another form of this full name ('John R. Bolton' ~ 'John Bolton')."""
        if slug(name) in self._actors and self._actors[slug(name)].type == "person":
            return slug(name)
        forms = surname_forms(name)
        candidates = self._surnames.get(slug(forms[0]), set()) if forms else set()
        matches = [
            k for k in sorted(candidates) if " " in self._actors[k].name and same_person(name, self._actors[k].name)
        ]
        return matches[0] if len(matches) == 1 else None

    def actor(self, key: str) -> Actor:
        return self._actors[key].freeze()

    def get(self, key: str) -> ActorState | None:
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


def _well_known_like(name: str) -> Entry | None:
    """A well-known person written with another form of the name: 'Antony J. Blinken', 'J. Blinken'."""
    forms = surname_forms(name)
    entry = lookup_person(forms[0], "PERSON") if forms else None
    # (not "Tommy Suharto" for "Suharto": given names before one known by a single name are another person's)
    mononym = entry is not None and " " not in entry.name and bool(given_names(name))
    return entry if entry is not None and same_person(name, entry.name) and not mononym else _spelled_like(name, forms)


@lru_cache(maxsize=1)
def _one_word_names() -> tuple[str, ...]:
    """The well-known people's surnames and other one-word names, normalised."""
    return tuple(key for key in people_table() if " " not in key)


def _spelled_like(name: str, forms: list[str]) -> Entry | None:
    """'Ayman al-Zawihiri': a well-known person whose surname is spelled a letter or two apart, with the same
    given names."""
    given = given_names(name)
    if not given:
        return None
    surnames = _one_word_names()
    for form in forms:
        entries = {people_table()[close].entry for close in spelled_alike(normalise(form), surnames)}
        if len(entries) == 1:
            entry = entries.pop()
            return entry if given_names(entry.name) == given else None
    return None
