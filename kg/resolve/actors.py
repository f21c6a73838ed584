"""Actors: map the mentions of an article to canonical actors, one node per real actor.

`ActorRegistry` lives for a whole build (so actors merge across articles);
`ArticleActors` holds what one article has introduced (full names, titles, acronyms, affiliations)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.rdf.vocab import slug
from kg.records import Article
from kg.resolve.affiliations import (
    Link,
    appositive_links,
    bracketed_title_links,
    default_country_links,
    of_links,
    possessive_links,
    pre_name_links,
    relative_links,
    title_run,
)
from kg.resolve.gazetteer import (
    Alias,
    Entry,
    alias_words,
    city_country,
    core,
    demonym,
    entry_by_key,
    first_name_sex,
    generic_sector,
    is_capital,
    is_city,
    is_numbered_unit,
    lookup,
    lookup_alias,
    lookup_person,
    normalise,
    office_sector,
)
from kg.resolve.lexicon import (
    AIRCRAFT_MODIFIERS,
    ARMED_MEMBER_NOUNS,
    ASYLUM_SEEKERS,
    BAND_HEADS,
    BAND_WORDS,
    BLOC_MEMBER_NOUNS,
    BODY_HEAD_NOUNS,
    CAUSE_WORDS,
    COLLECTIVE_GROUPS,
    EQUIPMENT_NOUNS,
    FACILITY_WORDS,
    FAMILY_NOUNS,
    FEMALE_CUES,
    FOLLOWER_NOUNS,
    GENERIC_GROUPS,
    GROUP_HEAD_NOUNS,
    GROUP_MODIFIERS,
    INSURGENT_NOUNS,
    KIND_GROUP_HEADS,
    LEGAL_FORM_PREFIX,
    MALE_CUES,
    MEDIA_HINTS,
    MEDIA_WORDS,
    NAMED_CRAFT,
    NATIONAL_MEDIA,
    NONSTATE_GROUPS,
    NOT_ACTORS,
    ORGAN_NOUNS,
    ORGAN_WINDOW,
    OUTLET_PARTS,
    PEACE_FORCE_NOUNS,
    PEACE_FORCE_WORDS,
    PEACE_FORCES,
    PLACE_HEAD_NOUNS,
    POSTED_ABROAD,
    PRIVATE_PEOPLE,
    REGION_ADJECTIVES,
    SEATED_BODIES,
    SECRET_WORDS,
    SECTOR_NOUNS,
    SERVICE_NOUNS,
    SHARED_CHAMBERS,
    STATE_AGENCY_NOUNS,
    TIE_WORDS,
    TITLE_NOISE,
    TITLE_WORDS,
    US_ONLY_AIRCRAFT,
    VESSEL_MODIFIERS,
    VESSEL_NOUNS,
    WARLORD_MEN,
    WORLD_VERDICTS,
)
from kg.resolve.names import PARTICLES, ROYAL, is_honorific, join_tokens, name_tokens, surname_forms
from kg.resolve.registry import ActorRegistry, ActorState
from kg.resolve.spans import LEGAL_FORMS, ORG_SUFFIXES, ActorSpan, actor_spans, is_acronym, spelled_alike
from kg.resolve.titles import Holder, TitleBook, choose

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ActorRegistry", "ArticleActors", "Mention"]

# words of an organisation's own bodies: "the IAEA Board of Governors", "the NATO Secretariat"
ORGANISATION_BODY_WORDS = {
    "board",
    "of",
    "governors",
    "secretariat",
    "council",
    "assembly",
    "directorate",
    "office",
    "headquarters",
    "mission",
    "delegation",
    "commission",
    "staff",
    "leadership",
    "spokesperson",
    "spokesman",
}

# nouns for armed men, whom "anti-" before an actor makes a group of that actor's opponents
ARMED_NOUNS = {"force", "troop", "fighter", "militia", "militiaman", "soldier", "group", "rebel", "guerrilla"}
# offices whose holder is "the leader" of a country or group
HEAD_ROLES = {"president", "prime minister", "supreme leader", "leader", "chairman", "king", "emir", "chancellor"}
NON_ACTOR_ENTITIES = {
    "DATE",
    "TIME",
    "CARDINAL",
    "ORDINAL",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "LOC",
    "FAC",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "PRODUCT",
}
MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod")
OWN_TITLE_DEPS = ("compound", "amod")
PAIR_SUFFIXES = ("led", "backed", "brokered", "based", "funded", "made", "sponsored", "allied", "aligned")
SIDE_TYPES = ("country", "organisation", "armed_group", "media")
OFFICE_OBJECTS = ("state", "defense", "defence", "justice", "energy", "commerce", "treasury")  # "secretary of state"


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


class ArticleActors:
    """The actors one article mentions, found from its named entities and noun phrases."""

    def __init__(self, registry: ActorRegistry, article: Article, doc: Doc) -> None:
        self.registry = registry
        self.article = article
        self.doc = doc
        # "the Ansar al-Islam group", which the tagger takes for a person's name: a group's
        self._spans = [
            ActorSpan(s.start, s.end, "ORG") if s.label == "PERSON" and _names_a_group(doc[s.start : s.end]) else s
            for s in actor_spans(doc)
        ]
        self._by_token: dict[int, Mention] = {}  # tokens of named actors
        self._derived: dict[int, Mention | None] = {}  # other noun phrase heads, resolved on demand
        self._sexes: dict[str, str] | None = None  # person -> 'm' or 'f', read on demand
        self._names_us: bool | None = None  # whether the article names the United States, read on demand
        self._peace: tuple[Mention | None, int | None] | None = None  # its peacekeeping force, read on demand
        self._surnames: dict[str, list[tuple[int, str]]] = defaultdict(list)  # surname -> (position, person)
        self._first_names: dict[str, list[tuple[int, str]]] = defaultdict(list)  # first name -> (position, person)
        self._relatives: set[str] = set()  # people introduced as another's kin: "Hicks's father, Terry Hicks"
        self._titles = TitleBook()
        self._acronyms: dict[str, str] = {}  # acronym introduced in brackets -> key
        self._initialisms: dict[str, Mention] = {}  # initials of an organisation the article names -> its mention
        self._runs: set[int] = set()  # tokens of titles written before a name
        self._introduce_people()
        self._resolve_spans()
        self._unlabelled_surnames()
        self._link_people()
        for token in doc:
            if self._is_title_or_sector(token):
                self.mention_at(token)

    # -- named actors -----------------------------------------------------------------------------

    # full names introduced by the article make later surnames resolvable
    def _introduce_people(self) -> None:
        for span in self._spans:
            tokens = name_tokens(self.doc[span.start : span.end])
            if span.label != "PERSON" or len(tokens) < 2 or not self._is_person_name(span, tokens):
                continue
            if _editorial(self.doc, span) and lookup_person(tokens[-1].text, "PERSON"):
                continue  # "[Bashir al] Assad" introduces no one
            written = join_tokens(tokens)
            key = self.registry.person_key(written)
            if is_kin_apposition(self.doc, span.start):
                self._relatives.add(key)
            for form in {*surname_forms(self._name_of(key)), *surname_forms(written), *inner_names(written)}:
                self._surnames[normalise(form)].append((span.start, key))
            self._first_names[normalise(tokens[0].text)].append((span.start, key))

    def _resolve_spans(self) -> None:
        self._introduce_acronyms()
        self._introduce_initialisms()
        self._elliptic_pairs()
        self._elliptic_couples()
        for span in self._spans:
            if span.start in self._by_token:
                continue
            mention = self._span_mention(span)
            if mention is not None:
                for index in range(span.start, span.end):
                    self._by_token[index] = mention

    # "the International Atomic Energy Agency (IAEA)", "the IRGC (Islamic Revolutionary Guard Corps)"
    def _introduce_acronyms(self) -> None:
        for name, short in zip(self._spans, self._spans[1:], strict=False):
            if name.label == "PERSON" or short.label == "PERSON" or short.start != name.end + 1:
                continue
            if self.doc[name.end].text != "(" or short.end >= len(self.doc) or self.doc[short.end].text != ")":
                continue
            acronym, full = (short, name) if is_acronym(self.doc[short.start]) else (name, short)
            if full.end - full.start < 2 or not all(is_acronym(t) for t in self.doc[acronym.start : acronym.end]):
                continue
            acronym_text = core(self.doc[acronym.start : acronym.end].text)
            # "the National Liberation Army (ELN)": a known acronym names the actor the full name does not
            full_text = core(self.doc[full.start : full.end].text)
            known_short = lookup(full_text) is None and _spells_out(full_text, lookup(acronym_text))
            first, second = (acronym, full) if known_short else (full, acronym)
            mention = self._span_mention(first) or self._span_mention(second)
            if mention is not None:
                self._acronyms[normalise(acronym_text)] = mention.key
                self.registry.add_alias(acronym_text, mention.key)
                self._set(full, mention)
                self._set(acronym, self._at(mention, acronym))

    # "the Australian Federal Police ... an ASIO/AFP team": an acronym of the initials of an organisation the
    # article names is that organisation, before any other the gazetteer knows by it (Agence France-Presse)
    def _introduce_initialisms(self) -> None:
        used = {t.text for t in self.doc if is_acronym(t) and t.text.isalpha()}
        for span in (s for s in self._spans if s.label == "ORG" and s.end - s.start >= 2):
            words = [t for t in self.doc[span.start : span.end] if t.text[:1].isupper() and t.lower_ != "the"]
            initials = "".join(t.text[0] for t in words)
            if len(initials) < 2 or initials not in used or initials in self._initialisms:
                continue
            mention = self._by_token.get(span.start) or self._span_mention(span)  # (as read with its brackets)
            if mention is not None and mention.type != "person":
                self._initialisms[initials] = mention

    def _set(self, span: ActorSpan, mention: Mention) -> None:
        for index in range(span.start, span.end):
            self._by_token[index] = mention

    # "The main opposition Republican People's Party ... Erdogan accused the opposition": a bare "the opposition" is
    # the one party the article called the opposition before
    def _opposition_named_before(self, token: Token) -> Mention | None:
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.lefts):
            return None  # "the Syrian opposition", "the parliamentary opposition"
        parties = {
            m.key: m
            for earlier in token.doc[: token.i]
            if earlier.lower_ == "opposition"
            # "the opposition Republican People's Party", parsed with the name in apposition or "opposition" its
            # modifier
            for head in (
                *((earlier.head,) if earlier.dep_ in ("amod", "compound", "nmod") else ()),
                *(child for word in (earlier.head, earlier) for child in word.children if child.dep_ == "appos"),
            )
            if (m := self._by_token.get(head.i) or self._earlier_band(head)) is not None
            and m.type in ("organisation", "group")
        }
        return self._on_token(next(iter(parties.values())), token) if len(parties) == 1 else None

    def _earlier_band(self, head: Token) -> Mention | None:
        """'opposition forces ... the opposition': a band whose words held "opposition"."""
        return self.mention_at(head) if head.lemma_.lower() in BAND_HEADS else None

    # "Mitsotakis and Turkish President Recep Tayyip Erdogan agreed", which the parser reads with "President" a
    # conjunct and the name hung elsewhere: a title right before a person's name is that person
    def _title_before_name(self, token: Token) -> Mention | None:
        if token.lower_ not in TITLE_WORDS or token.dep_ != "conj" or token.i + 1 >= len(token.doc):
            return None
        following = self._by_token.get(token.i + 1)
        if following is None or following.type != "person" or token.nbor().head.i == token.i:
            return None
        return self._on_token(following, token)

    # "President of Ukraine Volodymyr Zelenskyy condemned ...", "President of Harvard University Lawrence Bacow", parsed
    # with the name as the object of "of": the office's holder, not its body
    def _title_of_holder(self, token: Token) -> Mention | None:
        if token.lower_ not in TITLE_WORDS:
            return None
        named = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        holder = self._by_token.get(named[0].i) if len(named) == 1 else None
        return self._on_token(holder, token) if holder is not None and holder.type == "person" else None

    def _on_token(self, mention: Mention, token: Token) -> Mention:
        """The same actor, named by one word: 'fighters' in "bin Laden's fighters"."""
        return Mention(mention.key, mention.name, mention.type, token.idx, token.idx + len(token), token.text)

    def _at(self, mention: Mention, span: ActorSpan) -> Mention:
        """The same actor, mentioned by other words."""
        text = self.doc[span.start : span.end]
        return Mention(
            mention.key,
            mention.name,
            mention.type,
            text.start_char,
            text.end_char,
            text.text,
            mention.sector,
            mention.plural,
        )

    def _span_mention(self, span: ActorSpan) -> Mention | None:
        """The actor a named span names: a known name, a person, a body of a country, an organisation."""
        words = self.doc[span.start : span.end]
        if _not_an_actor(words.text):
            return None
        if len(words) == 1 and words.text in self._initialisms:
            return self._at(self._initialisms[words.text], span)
        if normalise(core(words.text)) in self._acronyms:
            return self._known_mention(words)  # "the National Liberation Army (ELN) ... the ELN": the article's own
        alias = lookup_alias(words.text, span.label)
        if alias is not None and alias.kind == "demonym" and len(words) == 1 and _one_national(words[0]):
            return None
        if alias is not None and alias.kind == "body" and self._another_countrys_chamber(alias):
            return None
        if alias is not None and alias.kind == "body" and (owner := self._body_possessor(words)) is not None:
            if owner.key != alias.entry.key:  # "Pakistan's Foreign Office (spokesman)": the possessor's own office
                return Mention(owner.key, owner.name, "country", words.start_char, words.end_char, words.text,
                               alias.entry.sector)  # fmt: skip
        if alias is not None:
            return self._alias_mention(alias, words)
        capital = self._capital_tagged_person(span, words)
        if capital is not None:
            return capital
        if _make_of_equipment(words) and lookup_person(words.text, span.label) is None:
            return None  # "another Patriot system", "Bayraktar drones": a make no list knows names no actor
        if _names_craft(words):
            return None  # "the tanker Advantage Sweet": a ship's name, no actor
        if span.label == "PERSON":
            return self._person_mention(span)
        if generic_sector(words.text):
            return self._owned_body_mention(words)
        if is_numbered_unit(words.text) and (unit := self._owned_body_mention(words)) is not None:
            return unit  # "the U.S. Navy's 5th Fleet": its state's forces
        return (
            self._body_mention(words)
            or self._known_mention(words)
            or self._known_person(words)
            or self._surname_of_known_person(span, words)
            or self._organisation_body(words)
            or self._known_tail(span, words)
            or self._head_of_earlier_name(span, words)
            or self._new_mention(span, words)
        )

    # "The Palestinian Authority ordered the arrest ... Hamas warned the Authority": one capitalised word that ends a
    # name the article gave before is that actor
    def _head_of_earlier_name(self, span: ActorSpan, words: Span) -> Mention | None:
        names = [t for t in words if t.lower_ != "the"]
        if span.label != "ORG" or len(names) != 1 or not names[0].text[:1].isupper():
            return None
        mention = self._earlier_name_headed(names[0].text, span.start)
        return self._at(mention, span) if mention is not None else None

    # "The Northern Alliance entered Kabul ... The Alliance", "the US House of Representatives ... The House": the
    # body, group or country of the last name before whose last or head word this is
    def _earlier_name_headed(self, word: str, before: int) -> Mention | None:
        for earlier in reversed([s for s in self._spans if s.end <= before and s.end - s.start >= 2]):
            mention = self._by_token.get(earlier.end - 1)
            heads = {self.doc[earlier.end - 1].text, self.doc[earlier.start : earlier.end].root.text}
            kinds = {"organisation", "country"} | (set() if word.lower() in SECTOR_NOUNS else {"armed_group"})
            if word in heads and mention is not None and mention.type in kinds:  # not "the Army" for a rebel army
                return mention
        return None

    # "Germany will send tanks to Kyiv", where spaCy tags the capital a person: a lone capital's name that no
    # person of the article or the gazetteer bears is its government
    def _capital_tagged_person(self, span: ActorSpan, words: Span) -> Mention | None:
        if span.label != "PERSON" or len(words) != 1 or self._surnames.get(normalise(words.text)):
            return None
        capital = lookup_alias(words.text, "GPE")
        if capital is None or capital.kind != "capital" or lookup_person(words.text, "PERSON") is not None:
            return None
        return self._alias_mention(capital, words)

    # "North and South Korea", "East and West Germany": two actors sharing their last words
    def _elliptic_pairs(self) -> None:
        doc = self.doc
        for conj in (t for t in doc[1:-2] if t.lower_ == "and"):
            first, second = doc[conj.i - 1], doc[conj.i + 1]
            if not (first.text[:1].isupper() and second.text[:1].isupper()):
                continue
            for end in range(conj.i + 3, min(conj.i + 5, len(doc)) + 1):  # one or two shared words
                shared = doc[conj.i + 2 : end].text
                one, other = lookup_alias(f"{first.text} {shared}"), lookup_alias(f"{second.text} {shared}")
                if one is None or other is None or one.entry.key == other.entry.key:
                    continue
                if lookup_alias(doc[first.i : end].text) is not None:
                    break  # a name of its own: "Trinidad and Tobago"
                self._by_token[first.i] = self._alias_mention(one, doc[first.i : first.i + 1])
                for index in range(second.i, end):
                    self._by_token[index] = self._alias_mention(other, doc[second.i : end])
                break

    # "an American missionary couple, Martin and Gracia Burnham": a lone given name joined to a full name shares its
    # surname (not a known name: "Bush and Tony Blair")
    def _elliptic_couples(self) -> None:
        for span, after in zip(self._spans, self._spans[1:], strict=False):
            # (also "Martin and Gracia Burnham" with "Martin" tagged an organisation: a known given name)
            if after.label != "PERSON" or span.end - span.start != 1:
                continue
            given, tail = self.doc[span.start], name_tokens(self.doc[after.start : after.end])
            # a given name known as one, or a lone name before a full name that begins with one; not a surname
            # before a full name ("a meeting between Giuliani and Andriy Yermak")
            known = first_name_sex(given.text) is not None or first_name_sex(tail[0].text) is not None
            if not known or (span.label != "PERSON" and first_name_sex(given.text) is None):
                continue
            joined = span.end < len(self.doc) and self.doc[span.end].lower_ == "and" and after.start == span.end + 1
            if not joined or len(tail) != 2 or not given.text.istitle() or self._known_name(given.text, span.start):
                continue
            if lookup_person(given.text, "PERSON") is not None or self.registry.person_by_surname(given.text):
                continue
            key = self.registry.person_key(f"{given.text} {tail[-1].text}")
            state = self.registry.get(key)
            assert state is not None
            self._by_token[given.i] = Mention(key, state.name, "person", given.idx, given.idx + len(given), given.text)

    # "the day after the Ford-Suharto meeting", where spaCy tags no name: a surname of a person the article
    # introduced before
    def _unlabelled_surnames(self) -> None:
        named = {index for span in self._spans for index in range(span.start, span.end)}
        # people named by one word before ("Suharto"), as spaCy tagged them
        single = {
            normalise(self.doc[span.start].text): span.start
            for span in self._spans
            if span.label == "PERSON" and span.end - span.start == 1 and span.start in self._by_token
        }
        for token in self.doc:
            if token.i in self._by_token or token.i in named or token.pos_ != "PROPN" or not token.text[:1].isupper():
                continue
            people = {key for start, key in self._surnames.get(normalise(token.text), []) if start < token.i}
            earlier = single.get(normalise(token.text), len(self.doc))
            # "Abiy Ahmed ... Abiy told reporters", "Megawati Sukarnoputri ... Megawati": a name its bearer goes by
            # that is the first word of the one person introduced with it (and no place's or body's name)
            firsts = {key for start, key in self._first_names.get(normalise(token.text), []) if start < token.i}
            if len(people) == 1:  # one person by that surname before it
                mention = self._person_mention(ActorSpan(token.i, token.i + 1, "PERSON"))
            elif not people and earlier < token.i:
                mention = self._on_token(self._by_token[earlier], token)
            elif not people and len(firsts) == 1 and lookup_alias(token.text, None) is None:
                key = firsts.pop()
                introduced = next(m for m in self._by_token.values() if m.key == key)  # the full name
                mention = self._on_token(introduced, token)
            else:
                continue
            if mention is not None:
                self._by_token[token.i] = mention

    # "Arab Al Qaeda" (in "a wounded Arab Al Qaeda fighter"): a known group after words that describe it
    def _known_tail(self, span: ActorSpan, words: Span) -> Mention | None:
        if span.label != "ORG":
            return None
        for start in range(1, len(words)):
            alias = lookup_alias(words[start:].text, span.label)
            if alias is not None and alias.entry.type in ("organisation", "armed_group") and not alias.guarded:
                return self._alias_mention(alias, words[start:])
        return None

    # "His Senate colleague Kerry Nettle ... condemning the Government", in an Australian report that never names
    # the United States: a bare "Senate" or "Congress" is the United States' only where the article names it
    def _another_countrys_chamber(self, alias: Alias) -> bool:
        if alias.entry.key != "USA" or normalise(alias.form) not in SHARED_CHAMBERS:
            return False
        if self._names_us is None:
            self._names_us = any(
                self._names_the_us(self.doc[span.start : span.end].text, span.label) for span in self._spans
            )
        return not self._names_us

    def _names_the_us(self, text: str, label: str) -> bool:
        """'the U.S.', 'American', 'Washington', or a person who serves it ('Trump')."""
        alias = lookup_alias(text, label)
        if alias is not None:
            return alias.entry.key == "USA" and alias.kind != "body"
        person = lookup_person(text, label) if label == "PERSON" else None
        return person is not None and person.affiliation == "USA"

    def _alias_mention(self, alias: Alias, words: Span) -> Mention:
        if alias.kind == "demonym" and _ethnic(words[0]):
            return self._ethnic_mention(words[-1])
        entry = alias.entry
        key = self.registry.register_entry(entry, alias=None if alias.kind == "body" else alias.form)
        plural = alias.kind == "demonym" and words[-1].tag_ in ("NNS", "NNPS")
        return Mention(key, entry.name, entry.type, words.start_char, words.end_char, words.text, entry.sector, plural)

    # "the Iranian Foreign Ministry", "US Embassy", "Ministry of Foreign Affairs of Iraq": a body of a country
    def _body_mention(self, words: Span) -> Mention | None:
        tokens = list(words)
        parts = [
            (join_tokens(tokens[first:cut]), join_tokens(tokens[cut:]))
            for cut in range(1, len(tokens))
            for first in range(cut)
        ]
        text = core(words.text)
        if " of " in text:
            body, country = text.rsplit(" of ", 1)
            parts.append((country, body))
        if " in " in text:  # "the new Government in Colombo": the government that sits in a capital
            body, place = text.rsplit(" in ", 1)
            if body.split()[-1].lower() in SEATED_BODIES:
                parts.append((place, body.split()[-1]))
        for country, body in parts:
            sector = generic_sector(body) or (office_sector(body) if text.endswith(f" of {country}") else None)
            alias = lookup_alias(country, "GPE") if sector else None
            if alias is not None and alias.entry.type == "country":
                key = self.registry.register_entry(alias.entry)
                return Mention(key, alias.entry.name, "country", words.start_char, words.end_char, words.text, sector)
        return self._leaders_body(words)

    # "Mr Mugabe's Government", "the Howard Government", tagged as one name: a known leader's government is his
    # country's
    def _leaders_body(self, words: Span) -> Mention | None:
        text = core(words.text)
        leader, _, body = text.partition("'s ")
        if not body and " " in text:
            leader, _, body = text.rpartition(" ")
        if not body or body.lower() not in SEATED_BODIES:
            return None
        person = lookup_person(leader.removeprefix("Mr ").removeprefix("President "), "PERSON")
        country = entry_by_key(person.affiliation) if person is not None and person.affiliation else None
        if country is None or country.type != "country":
            return None
        key = self.registry.register_entry(country)
        return Mention(key, country.name, "country", words.start_char, words.end_char, words.text, "government")

    def _body_possessor(self, words: Span) -> Mention | None:
        """Pakistan in "Pakistan's Foreign Office spokesman": the country that owns a named body, before it."""
        root = words.root
        holders = [root, root.head] if root.dep_ == "compound" else [root]
        for holder in holders:
            for child in (c for c in holder.children if c.dep_ == "poss" and c.i < words.start):
                owner = self._by_token.get(child.i)
                if owner is not None and owner.type == "country":
                    return owner
        return None

    # "Iran's Foreign Ministry" (tagged apart), "the Parliament": a body every country has, and whose it is
    def _owned_body_mention(self, words: Span) -> Mention | None:
        owner = next(
            (
                self._by_token.get(c.i)
                for c in words.root.children
                if c.dep_ in MODIFIER_DEPS and c.i < words.start and self._by_token.get(c.i)
            ),
            None,
        )
        if owner is None or owner.type != "country":
            return None
        sector = generic_sector(words.text) or ("military" if is_numbered_unit(words.text) else None)
        return Mention(owner.key, owner.name, "country", words.start_char, words.end_char, words.text, sector)

    # "the IAEA Board of Governors", "NATO headquarters": a body of a known organisation is the organisation
    def _organisation_body(self, words: Span) -> Mention | None:
        tokens = [t for t in words if t.pos_ != "DET"]
        for cut in range(len(tokens) - 1, 0, -1):
            rest = {t.lower_ for t in tokens[cut:]}
            if not rest <= ORGANISATION_BODY_WORDS:
                continue
            entry = lookup(join_tokens(tokens[:cut]), "ORG")
            if entry is not None and entry.type in ("organisation", "armed_group"):
                key = self.registry.register_entry(entry)
                return Mention(key, entry.name, entry.type, words.start_char, words.end_char, words.text)
        return None

    def _known_person(self, words: Span) -> Mention | None:
        """A person's full name spaCy tagged as an organisation, once the build knows the person."""
        state = self.registry.get(slug(core(words.text)))
        if state is None or state.type != "person" or " " not in state.name:
            return None
        return Mention(state.key, state.name, "person", words.start_char, words.end_char, words.text)

    def _known_mention(self, words: Span) -> Mention | None:
        """An organisation the article or the build named before: an acronym, a name."""
        text = core(words.text)
        key = self._acronyms.get(normalise(text)) or self.registry.by_alias(text)
        state = self.registry.get(key) if key else None
        if state is None:
            return None
        return Mention(state.key, state.name, state.type, words.start_char, words.end_char, words.text)

    def _surname_of_known_person(self, span: ActorSpan, words: Span) -> Mention | None:
        """'Dalloway' tagged ORG in an article after another introduced 'Mark Dalloway'; 'al-Assad', a known
        surname with an Arabic particle, which spaCy tags as an organisation ("in support of al-Assad"); 'Jamal'
        tagged GPE after the article introduced 'Jamal Khashoggi'."""
        text = words.text
        particle = "-" in text and text.split("-")[0].lower() in PARTICLES and " " not in text
        if particle and lookup_person(text, "PERSON"):
            return self._person_mention(ActorSpan(span.start, span.end, "PERSON"))
        if len(words) != 1 or words[0].pos_ != "PROPN":
            return None
        key = self.registry.person_by_surname(text)
        if key is None and not is_city(text):  # "the killing of Jamal" (GPE) after "Jamal Khashoggi"
            firsts = {k for start, k in self._first_names.get(normalise(text), []) if start < span.start}
            key = firsts.pop() if len(firsts) == 1 else None
        return None if key is None else self._person_mention(ActorSpan(span.start, span.end, "PERSON"))

    def _family(self, words: Span) -> bool:
        """'the Bidens': a family, named by a person's surname in the plural."""
        text = words.text
        if len(words) != 1 or not text.endswith("s"):
            return False
        return bool(self._surnames.get(normalise(text[:-1])) or lookup_person(text[:-1], "PERSON"))

    def _new_mention(self, span: ActorSpan, words: Span) -> Mention | None:
        """An organisation, medium or place no list knows."""
        if span.label == "NORP" or self._family(words):
            return None
        name = _clean_name(words.text)
        if not name:
            return None
        place = span.label == "GPE" or is_city(name)  # "Kharkiv" tagged as an organisation is still a town
        place = place or name.split()[-1].lower() in FACILITY_WORDS  # "José Martí International Airport"
        root = words[-1] if words.root.dep_ == "det" else words.root  # "the Bayu-Undan (gasfield)", "the" its root
        place = place or (root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_HEAD_NOUNS)  # "Torkham border"
        # "the Jewish settlements of Alei Sinai and Nitzanit", "the town of Jenin": a place a place noun names
        of_place = root.dep_ == "pobj" and root.head.lower_ == "of"
        place = place or (of_place and root.head.head.lemma_.lower() in PLACE_HEAD_NOUNS)
        kind = "place" if place else ("media" if MEDIA_HINTS.search(name) else "organisation")
        bare = [t for t in words if t.lower_.rstrip(".") not in LEGAL_FORMS]
        trading = ""  # "Pioneer Ship Management" of "Pioneer Ship Management PTE LTD": the name without its legal form
        if kind == "organisation" and 0 < len(bare) < len(words) and bare[-1].i < words[-1].i:
            trading = _clean_name(words[: bare[-1].i - words.start + 1].text).rstrip(",")
        key = self.registry.register(slug(trading or name), name, kind, alias=name)
        if kind == "organisation" and len(words) >= 2 and words[-1].lower_ in ORG_SUFFIXES:
            self.registry.add_alias(_clean_name(words[:-1].text), key)  # "Mahan" for "Mahan Air"
        if trading:
            self.registry.add_alias(trading, key)  # one node for the company named with or without its legal form
        state = self.registry.get(key)
        kind = state.type if state else kind
        return Mention(key, state.name if state else name, kind, words.start_char, words.end_char, words.text)

    # -- people ---------------------------------------------------------------------------------------

    def _person_mention(self, span: ActorSpan) -> Mention | None:
        tokens = name_tokens(self.doc[span.start : span.end])
        if not self._is_person_name(span, tokens):
            return None
        name = join_tokens(tokens)
        if len(tokens) >= 2 and _editorial(self.doc, span) and lookup_person(tokens[-1].text, "PERSON"):
            tokens = tokens[-1:]  # "[Bashir al] Assad": the writer's own words are the surname
            name = join_tokens(tokens)
        key = self.registry.person_key(name) if len(tokens) >= 2 else self._single_name_key(name, span.start)
        state = self.registry.get(key)
        assert state is not None
        words = self.doc[span.start : span.end]
        return Mention(key, state.name, "person", words.start_char, words.end_char, words.text)

    def _is_person_name(self, span: ActorSpan, tokens: list[Token]) -> bool:
        """A PERSON span that is a name: not a known country or group, capitalised, not 'pro-Beijing',
        not a town spaCy took for a person ('shelled Kharkiv') unless a known person has the name."""
        words = self.doc[span.start : span.end]
        if not tokens or lookup_alias(words.text, span.label) is not None:
            return False
        town = is_city(join_tokens(tokens)) or is_capital(join_tokens(tokens))
        if town and not self._known_name(join_tokens(tokens), span.start) and not self._titled(span):
            return False
        name = join_tokens(tokens)
        return not _not_an_actor(name) and (name[:1].isupper() or tokens[0].lower_ in PARTICLES)

    # "President Bush", "Mr Bush" (Bush is also a town in Egypt): a name after a title or an honorific is a person's
    def _titled(self, span: ActorSpan) -> bool:
        before = self.doc[span.start - 1] if span.start > 0 else None
        return before is not None and (is_honorific(before) or before.lower_ in TITLE_WORDS)

    def _known_name(self, name: str, position: int) -> bool:
        """A person of this name is well known or was introduced before ('Jesse Jackson ... Jackson')."""
        if lookup_person(name, "PERSON") is not None:
            return True
        return any(start < position for start, _ in self._surnames.get(normalise(name), []))

    def _single_name_key(self, name: str, position: int) -> str:
        """'Earnest', 'Khamenei': the person the article introduced, a well-known person, or the one person
        of that surname in the build; else a person known by one name."""
        key = self._introduced(name, position)
        if key is None:
            entry = lookup_person(name, "PERSON")
            key = self.registry.register_entry(entry) if entry else self.registry.person_by_surname(name)
        if key is None:
            return self.registry.register(slug(name), name, "person", alias=name)
        return self.registry.register(key, self._name_of(key), "person", alias=name)

    def _introduced(self, surname: str, position: int) -> str | None:
        """The person of this surname the article introduced: the one well-known person if several,
        else the latest before, else the first."""
        found = self._surnames.get(normalise(surname), [])
        if not found:  # "I thank John very much": the one person introduced with that first name
            firsts = {key for _, key in self._first_names.get(normalise(surname), [])}
            if len(firsts) == 1:
                return firsts.pop()
            found = self._surnames.get(self._spelled_alike(surname) or "", [])
        if not found:
            return None
        well_known = {key for _, key in found if lookup_person(self._name_of(key))}
        if len({key for _, key in found}) > 1 and len(well_known) == 1:
            return well_known.pop()
        before = [key for start, key in found if start <= position]
        titled = position > 0 and self.doc[position - 1].lower_.rstrip(".") in ("mr", "mrs", "ms")
        principals = [key for key in before if key not in self._relatives]
        if len(set(before)) > 1 and principals and not titled:
            before = principals  # "David Hicks ... Hicks's father, Terry Hicks ... will not release Hicks": the son
        return before[-1] if before else (found[0][1] if found else None)

    def _spelled_alike(self, surname: str) -> str | None:
        """'Saree' after 'Yahya Sarea': the one introduced surname written one or two letters apart."""
        close = spelled_alike(normalise(surname), self._surnames)
        return close[0] if len(close) == 1 else None

    def _name_of(self, key: str) -> str:
        state = self.registry.get(key)
        return state.name if state else key

    # "White House spokesman Josh Earnest", "CNN's Wolf Blitzer", "Gen. Lloyd Austin, the head of ..."
    def _link_people(self) -> None:
        for span in self._spans:
            mention = self._by_token.get(span.start)
            if span.label != "PERSON" or mention is None or mention.type != "person":
                continue
            for link in self._person_links(span):
                if link.organisation:
                    self.registry.affiliate(mention.key, link.organisation, link.role)
                for title in link.titles:
                    self._titles.add(title, span.start, mention.key, link.country)

    def _person_links(self, span: ActorSpan) -> list[Link]:
        words = self.doc[span.start : span.end]
        tokens = name_tokens(words)
        first = tokens[0].i if tokens else span.start
        inside = [t for t in self.doc[span.start : first] if t.text not in "()"]
        inside += tokens[:1] if len(tokens) > 1 and tokens[0].lower_ in ROYAL else []  # "Pope Francis": a title too
        run = title_run(self.doc, span.start, span.end) + inside
        anchor = (None if run else self._coordination_anchor(words)) or span
        run = run or title_run(self.doc, anchor.start, anchor.end)
        self._runs.update(t.i for t in run)
        root = _root(tokens) if tokens else words.root
        links = [
            *pre_name_links(run, self._organisation_at),
            *possessive_links(self.doc, run, anchor.start, self._organisation_at),
            *bracketed_title_links(self.doc, span.start, self._organisation_at),
        ]
        links += default_country_links(links)
        links += appositive_links(root, self._organisation_at) + of_links(root, self._organisation_at)
        return links + relative_links(root, self._organisation_at)

    def _coordination_anchor(self, words: Span) -> ActorSpan | None:
        """'Republican Sens. John McCain and Lindsey Graham': Graham shares McCain's title."""
        root = words.root
        if root.dep_ != "conj":
            return None
        first = root.head
        return next((s for s in self._spans if s.label == "PERSON" and s.start <= first.i < s.end), None)

    def _organisation_at(self, token: Token) -> Mention | None:
        """The country or organisation a word of a title names ('White House', 'Iranian'), if any."""
        mention = self._by_token.get(token.i)
        if mention is None and token.text[:1].isupper() and not self._inside_non_actor(token):
            alias = lookup_alias(token.text, None)
            mention = self._alias_mention(alias, self.doc[token.i : token.i + 1]) if alias else None
        if mention is None and _titled_organ(token):
            mention = self._earlier_organ_owner(token)  # "ministry spokesman Aziz Ahmed Khan"
        return mention if mention is not None and mention.type != "person" else None

    # -- other noun phrases ---------------------------------------------------------------------------

    def mention_at(self, token: Token) -> Mention | None:
        """The actor a token (usually the head of a noun phrase) refers to, if any."""
        if token.i in self._by_token:
            named = self._by_token[token.i]
            if named.type == "country" and named.plural and _counted_definite(token):
                return self._band_of_people_word(token) or named  # "three Palestinian militants ... The three
                # Palestinians opened fire": the band counted before
            return named
        if token.i not in self._derived:
            self._derived[token.i] = None  # guards against loops while resolving
            self._derived[token.i] = self._token_mention(token)
        return self._derived[token.i]

    def mentions_of(self, token: Token) -> list[Mention]:
        """Every actor a token names: one, or two for 'U.S.-Iran' (as in 'U.S.-Iran talks')."""
        parts = token.text.split("-")
        if token.i not in self._by_token and len(parts) == 2 and all(parts):
            found = [self._word_mention(token, part) for part in parts]
            if all(found):
                return [m for m in found if m is not None]
        mention = self.mention_at(token)
        return [mention] if mention else []

    def _token_mention(self, token: Token) -> Mention | None:
        if (half := self._half_mention(token)) is not None:
            return half  # "The South", which spaCy tags as a location
        if token.tag_ == "NNPS" and (band := self._band_of_people_word(token)) is not None:
            return band
        if token.tag_ == "NNP" and (named := self._last_word_of_earlier_name(token)) is not None:
            return named
        if token.tag_ == "NN" and token.lower_ in BODY_HEAD_NOUNS and (named := self._body_named_before(token)):
            return named
        if _the_west(token) and not _negated_name(token):  # tagged a location or not
            return self._west_mention(token)
        if (region := _region_of(token)) is not None:
            return self._region_mention(token, region)
        if (named := self._title_before_name(token) or self._title_of_holder(token)) is not None:
            return named
        if _us_only_aircraft(token):
            return self._flier_mention(token)  # "The B-52 was flying in support of opposition forces"
        if token.pos_ == "NOUN" and token.lemma_.lower() in OUTLET_PARTS and (outlet := self._outlet_of(token)):
            return outlet  # "told the ABC's AM program", "told ABC TV's Lateline program"
        if token.lower_ in NATIONAL_MEDIA and (medium := self._national_medium(token)) is not None:
            return medium  # "Sharon told Israeli public radio"
        if self._inside_non_actor(token) or token.i in self._runs or _negated_name(token):
            return None
        if _world_at_large(token):
            return self._community_mention(token)
        if token.pos_ == "NOUN" and token.lemma_.lower() in ARMED_NOUNS and _opponent_of(token):
            return self._opponents_mention(token)
        if token.pos_ == "NOUN" and token.lemma_.lower() in FOLLOWER_NOUNS and (led := self._followers_mention(token)):
            return led
        if token.pos_ == "NOUN" and (force := self._peace_force_mention(token)) is not None:
            return force
        if token.pos_ == "NOUN" and token.lemma_.lower() in BAND_HEADS and _band_words(token):
            return self._band_mention(token)
        if token.pos_ == "NOUN" and (_aircraft(token) or _armed_vessel(token)):
            return self._noun_mention(token, "military")
        if token.pos_ == "NOUN" and token.lower_ == "opposition" and (party := self._opposition_named_before(token)):
            return party
        if token.pos_ == "NOUN" and token.lemma_.lower() in NONSTATE_GROUPS:
            return self._group_mention(token)
        if self._is_title_or_sector(token):
            return self._noun_mention(token)
        if token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ"):
            mention = self._word_mention(token, token.text, "ORG" if _the_acronym(token) else None)
            if mention is not None:
                return mention
        head, _, suffix = token.text.rpartition("-")
        return self._word_mention(token, head) if head and suffix.lower() in PAIR_SUFFIXES else None

    def _word_mention(self, token: Token, text: str, label: str | None = None) -> Mention | None:
        """A word that is an unguarded alias: 'Iranian', 'ISIL', 'U.S.' in 'U.S.-led' (or a guarded one the
        label confirms)."""
        alias = lookup_alias(text, label)
        if alias is None and _untagged_argument(token):  # "Moscow accused Kyiv", the tagger missing the capital
            capital = lookup_alias(text, "GPE")
            alias = capital if capital is not None and capital.kind == "capital" else None
        if alias is None or (alias.kind == "demonym" and _one_national(token)):
            return None
        if alias.kind == "demonym" and _ethnic(token):
            return self._ethnic_mention(token)
        key = self.registry.register_entry(alias.entry, alias=None if alias.kind == "body" else alias.form)
        plural = alias.kind == "demonym" and token.tag_ in ("NNS", "NNPS")
        entry = alias.entry
        return Mention(key, entry.name, entry.type, token.idx, token.idx + len(token), token.text, entry.sector, plural)

    # "ethnic Armenian forces", "ethnic Serbs": a people living in another's state, not the state its name is of
    def _ethnic_mention(self, token: Token) -> Mention:
        word = token.text
        if token.tag_ not in ("NNS", "NNPS") and not word.endswith(("ese", "sh", "ch", "s")):
            word = f"{word}s"  # "ethnic Armenian" -> "ethnic Armenians"; "ethnic Chinese" stays
        name = f"ethnic {word}"
        key = self.registry.register(slug(name), name, "group", alias=name)
        return Mention(key, name, "group", token.idx, token.idx + len(token), token.text, None, True)

    # "Palestinian militants", "suicide bombers", "Jewish settlers": a group named by creed or nation and
    # what its members do; "Hamas militants" are Hamas
    def _group_mention(self, token: Token) -> Mention | None:
        modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]
        members_of = [  # "militants from Hamas", "hardliners within Hamas"
            o for p in token.rights if p.dep_ == "prep" and p.lower_ in ("from", "of", "within") for o in p.children
        ]
        members_of += [a for o in members_of for a in o.children if a.dep_ == "appos"]  # "from the group Hamas"
        # parser: "bombers from the hardline Islamic movement Hamas killed 25 people", the name made a subject
        members_of += [self.doc[o.i + 1] for o in list(members_of) if self._name_made_subject(o)]
        tied = token.lemma_.lower() not in GENERIC_GROUPS and token.dep_ != "appos"  # "Ansar, a group linked to"
        members_of += [  # "militants linked to Jaish-e-Mohammed", "fighters loyal to the Taliban"
            o
            for a in token.rights
            if tied and a.dep_ in ("acl", "amod") and a.lemma_.lower() in TIE_WORDS
            for p in a.children
            if p.dep_ == "prep" and p.lower_ in ("to", "with")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for child in [*modifiers, *members_of]:  # "Hamas militants", "bombers from the Islamic movement Hamas"
            mention = self.mention_at(child)
            if mention is not None and mention.type in ("organisation", "armed_group") and not _people_name(child):
                return self._on_token(mention, token)
        lemma = token.lemma_.lower()
        if lemma in GENERIC_GROUPS:  # "the Yemeni parties", not "Islamic groups" nor "the group Hamas"
            if token.dep_ in ("compound", "appos") or any(c.dep_ == "appos" for c in token.children):
                return None
            words = [c.text for c in modifiers if (m := self.mention_at(c)) is not None and m.type == "country"]
        else:
            peoples = [c for c in modifiers if self._people_word(c) and c.lower_ not in GROUP_MODIFIERS]
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            if not peoples and token.tag_ == "NN" and definite:
                return None  # "the Islamic militia": one group named before, not a new band
            named = [self._people_word(c) or (c.text if c.lower_ in GROUP_MODIFIERS else "") for c in modifiers]
            words = [w for w in named if w] or self._town_of_group(token)
        if not words:
            return None
        name = " ".join([*words, lemma if lemma in COLLECTIVE_GROUPS else _plural(lemma)]).replace(" - ", "-")
        name = name[:1].upper() + name[1:]  # (also "Pro-Indonesian militias", a hyphen split into three tokens)
        kind = NONSTATE_GROUPS[lemma]
        same = self._same_band_before(token, words) if lemma in ARMED_MEMBER_NOUNS else None
        if same is not None:
            return self._on_token(same, token)
        key = self.registry.register(slug(name), name, kind, alias=name)
        return Mention(key, name, kind, token.idx, token.idx + len(token), token.text)

    # "three Palestinian militants ... Two Palestinian gunmen also killed an Israeli settler": armed men of one
    # people, named before by another word for armed men, are that band (one node per article)
    def _same_band_before(self, token: Token, words: list[str]) -> Mention | None:
        for earlier in token.doc[: token.i]:
            if earlier.tag_ != "NNS" or earlier.lemma_.lower() not in ARMED_MEMBER_NOUNS - {token.lemma_.lower()}:
                continue
            mention = self.mention_at(earlier)
            wanted = " ".join([*words, _plural(earlier.lemma_.lower())])
            if mention is not None and mention.type == "armed_group" and mention.name.lower() == wanted.lower():
                return mention
        return None

    # "bin Laden's fighters", "the followers of bin Laden", "Osama bin Laden's terror group": a leader's men
    # are the armed group or organisation he heads
    def _followers_mention(self, token: Token) -> Mention | None:
        leaders = [c for c in token.children if c.dep_ in ("poss", "compound")]  # also "bin Laden loyalists"
        leaders += [o for p in token.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        leaders += [  # "foreign fighters loyal to Osama bin Laden"
            o
            for a in token.rights
            if a.dep_ == "amod" and a.lower_ == "loyal"
            for p in a.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children
        ]
        for leader in (t for t in leaders if t.pos_ == "PROPN"):
            mention = self.mention_at(leader)
            led = self._affiliate(mention.key, ("armed_group", "organisation")) if mention is not None else None
            if led is not None and mention is not None and mention.type == "person":
                return Mention(led.key, led.name, led.type, token.idx, token.idx + len(token), token.text)
            if mention is not None and mention.type == "person" and token.lemma_.lower() in WARLORD_MEN:
                return self._armed_men_of(mention, token)
        return None

    # "Arafat's men arrested Hamas militants": a leader's armed men are his country's; "Gul Agha's forces killed 11
    # Taliban fighters": those of a person tied to no state or group are his own
    def _armed_men_of(self, person: Mention, token: Token) -> Mention | None:
        state = self.registry.get(person.key)
        if state is None:
            return None
        country = self._person_country(person.key)
        if country is not None:
            return self._on_token(country, token)
        tied = [self.registry.get(key) for key in state.affiliations]  # (a governed town is no side: "Kandahar")
        return None if any(t is not None and t.type != "place" for t in tied) else self._on_token(person, token)

    def _name_made_subject(self, noun: Token) -> bool:
        after = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
        return after is not None and after.pos_ == "PROPN" and after.dep_ == "nsubj" and noun.dep_ == "pobj"

    # "the Islamic militant group Hamas": a band's description with the group's name in apposition (or, "The Islamic
    # militant group Hamas has claimed responsibility", made a second subject by the parser)
    def _named_in_apposition(self, token: Token) -> Mention | None:
        names = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == token.i + 1]
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if after is not None and after.pos_ == "PROPN" and token.dep_ == after.dep_ == "nsubj":
            names += [after] if after.head == token.head else []
        for child in names:
            mention = self.mention_at(child)
            if mention is not None and mention.type in ("organisation", "armed_group", "group"):
                return mention
        return None

    # "a Somali rebel group", "Afghan opposition forces", "Pashtun tribal leaders": a band named by what
    # it is, before a noun that alone names no one; "Hamas rebel fighters" are Hamas
    def _band_mention(self, token: Token) -> Mention | None:
        named = self._named_in_apposition(token)
        if named is not None:
            return self._on_token(named, token)  # "The Islamic militant group Hamas said ...": Hamas
        kinds = _band_words(token)
        modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod") and c not in kinds]
        for child in modifiers:
            mention = self.mention_at(child)
            if mention is not None and mention.type in ("organisation", "armed_group") and not _people_name(child):
                return self._on_token(mention, token)
        if token.tag_ == "NN" and token.lemma_.lower() not in ("group", "force"):
            return None  # "a Pashtun tribal leader" is one person
        earlier = self._armed_group_named_before(token) if token.tag_ == "NN" else None
        if earlier is not None:
            return self._on_token(earlier, token)
        people = [w for c in modifiers if (w := self._people_word(c))] or self._earlier_band_people(token, kinds)
        people = people or self._band_theatre(token)
        if not people and all(k.lower_ != "tribal" for k in kinds):
            return None  # "rebel groups" alone names no band
        number = token.lower_ if token.tag_ in ("NNS", "NN") else _plural(token.lemma_.lower())
        name = " ".join([*people, *(k.lower_ for k in kinds), number])
        name = name[:1].upper() + name[1:]
        kind = "group" if any(k.lower_ in ("tribal", "opposition") for k in kinds) else "armed_group"
        key = self.registry.register(slug(name), name, kind, alias=name)
        return Mention(key, name, kind, token.idx, token.idx + len(token), token.text)

    # "The United Nations Security Council has voted ... The Council also called on Indonesia": "the" and the last word
    # of a body's name given before is that body
    def _last_word_of_earlier_name(self, token: Token) -> Mention | None:
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or not token.text[:1].isupper():
            return None
        if any(c.dep_ in ("compound", "amod", "poss") for c in token.children):
            return None
        mention = self._earlier_name_headed(token.text, token.i)
        return self._on_token(mention, token) if mention is not None else None

    # "Members of the Construction, Forestry, Mining and Energy Union walked off ... He has warned the union":
    # "the" and the head word of a body's name given before, in lower case, is that body
    def _body_named_before(self, token: Token) -> Mention | None:
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        if any(c.dep_ != "compound" or c.pos_ != "NOUN" for c in modifiers):
            return None  # "the Palestinian union", "its union": another
        for earlier in reversed([s for s in self._spans if s.end <= token.i]):  # also "the CFMEU" before
            mention = self._by_token.get(earlier.end - 1)
            name = mention.name.lower() if mention is not None else ""
            # "the construction union" after "the Construction, Forestry, Mining and Energy Union": a word of its name
            named = all(c.lower_ in name.replace(",", " ").split() for c in modifiers)
            if mention is not None and mention.type == "organisation" and name.endswith(token.lower_) and named:
                return self._on_token(mention, token)
        return None

    # "Maoist rebels killed 20 police ... The Maoists pulled out of peace talks": a people word in the plural is the
    # band the article named by it before
    def _band_of_people_word(self, token: Token) -> Mention | None:
        people = token.lower_[:-1] if token.lower_.endswith("s") else ""
        for word in (t for t in reversed(self.doc[: token.i]) if people and t.lower_ == people and t.head.i != t.i):
            band = self.mention_at(word.head)
            if band is not None and band.type == "armed_group":
                return self._on_token(band, token)
        return None

    # "Hamas has claimed responsibility. The Islamic militant group said ...": one band, described, is the armed group
    # the article named last (not "the Somali rebel group al-Ittihad", which names its own)
    def _armed_group_named_before(self, token: Token) -> Mention | None:
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if not definite or token.dep_ in ("appos", "compound") or any(c.dep_ == "appos" for c in token.children):
            return None
        for index in range(token.i - 1, -1, -1):
            mention = self._by_token.get(index)
            if mention is not None and mention.type == "armed_group":
                return mention
        return None

    # "protesters in Hong Kong", "militants in Gaza", "gunmen in Kashmir": a group named by the place it acts in
    def _town_of_group(self, token: Token) -> list[str]:
        for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                mention = self.mention_at(pobj)
                if mention is None or mention.type in ("place", "country"):
                    return [" ".join(t.text for t in pobj.subtree if t.pos_ == "PROPN")]
        return []

    # "Opposition forces claimed to have captured half of Kandahar airport": a band of no named people, in a sentence
    # whose only named towns lie in one country, is that country's
    def _band_theatre(self, token: Token) -> list[str]:
        countries = set()
        for place in (t for t in token.sent if t.ent_type_ in ("GPE", "LOC", "FAC") and t.pos_ == "PROPN"):
            mention = self.mention_at(place)
            entry = city_country(place.text) if mention is None or mention.type == "place" else None
            if entry is not None:
                countries.add(entry.key)
            elif mention is not None and mention.type == "country" and _located_in(place):
                countries.add(mention.key)  # "in eastern Afghanistan where opposition forces are closing in"
        word = demonym(next(iter(countries))) if len(countries) == 1 else None
        return [word] if word else []

    # "Afghan tribal forces ... tribal forces": a band named again without its people is the one named before
    def _earlier_band_people(self, token: Token, kinds: list[Token]) -> list[str]:
        words = {k.lower_ for k in kinds}
        for earlier in reversed(self.doc[: token.i]):
            if earlier.lemma_ == token.lemma_ and {k.lower_ for k in _band_words(earlier)} == words:
                people = [w for c in earlier.lefts if (w := self._people_word(c))]
                if people:
                    return people
        return []

    def _people_word(self, modifier: Token) -> str | None:
        """The nation, people or place a group's modifier names: 'Palestinian', 'Hong Kong', 'Kashmiri'."""
        if modifier.ent_type_ == "NORP" or _people_name(modifier):
            return modifier.text
        if modifier.ent_type_ in ("GPE", "LOC") and modifier.dep_ == "compound":
            words = [t for t in modifier.subtree if t.ent_type_ == modifier.ent_type_]
            return " ".join(t.text for t in words)
        return None

    # "The South retaliated by firing ... into the north", in an article that names North and South Korea: a
    # compass word alone is the country of the article whose name begins with it
    def _half_mention(self, token: Token) -> Mention | None:
        word = token.lower_
        if word not in ("north", "south") or token.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if any(c.dep_ == "prep" for c in token.children):
            return None  # "the north of the country" is a region
        halves = {
            m.key: m for m in self._by_token.values() if m.type == "country" and m.name.lower().startswith(f"{word} ")
        }
        if len(halves) != 1:
            return None
        return self._on_token(next(iter(halves.values())), token)

    # "a multinational force", "an international force", then "the force", "the new force", "the peacekeepers": the
    # article's peacekeeping force, by its name when the article names one ("called the International Security
    # Assistance Force"), even after this description
    def _peace_force_mention(self, token: Token) -> Mention | None:
        lemma = token.lemma_.lower()
        if lemma not in PEACE_FORCE_NOUNS or (lemma == "force" and token.tag_ != "NN"):
            return None
        words = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")}
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in token.children)
        described = lemma == "force" and bool(words & PEACE_FORCE_WORDS)
        if lemma in ("troop", "contingent") and self._owned_troops_before(token):
            return None  # "US troops ... the troops": whose troops they are is not clear
        named, described_at = self._peace_forces()
        if not described:
            owned = any(c.dep_ in ("poss", "prep") for c in token.children)  # "the force of law", "its force"
            if not definite or owned or not words <= {"new", "security", "peacekeeping"}:
                return None
            if not (named and named.start < token.idx) and not (described_at is not None and described_at < token.i):
                return None
        if named is not None:
            return self._on_token(named, token)
        name = "multinational force"
        key = self.registry.register(slug(name), name, "organisation", alias=name)
        return Mention(key, name, "organisation", token.idx, token.idx + len(token), token.text)

    def _owned_troops_before(self, token: Token) -> bool:
        """A country's troops named before a bare 'the troops' ('US troops', 'Britain's troops')."""
        return any(
            t.lemma_.lower() == "troop" and any(c.dep_ in ("poss", "amod", "compound") for c in t.children)
            for t in self.doc[: token.i]
        )

    def _peace_forces(self) -> tuple[Mention | None, int | None]:
        """The peacekeeping force the article names, and the token where it first describes one ('a
        multinational force'), read once per article."""
        if self._peace is None:
            named = next((m for _, m in sorted(self._by_token.items()) if m.key in PEACE_FORCES), None)
            forces = (t for t in self.doc if t.lemma_.lower() == "force" and t.tag_ == "NN")
            described = next((t.i for t in forces if any(c.lower_ in PEACE_FORCE_WORDS for c in t.lefts)), None)
            self._peace = (named, described)
        return self._peace

    # "anti-Taliban forces", "anti-Taliban fighters": the armed opponents of an actor, a group of their own
    def _opponents_mention(self, token: Token) -> Mention | None:
        opposed = _opponent_of(token)
        name = f"anti-{opposed} forces"
        key = self.registry.register(slug(name), name, "armed_group", alias=name)
        return Mention(key, name, "armed_group", token.idx, token.idx + len(token), token.text)

    # "the international community", "international pressure": the world's states at large, one actor
    def _community_mention(self, token: Token) -> Mention:
        name = "international community"
        key = self.registry.register(slug(name), name, "group", alias=name)
        return Mention(key, name, "group", token.idx, token.idx + len(token), token.text)

    # "Lavrov accused the West of waging war": the Western states as one bloc
    def _west_mention(self, token: Token) -> Mention:
        name = "the West"
        key = self.registry.register(WEST_KEY, name, "group", alias=name)
        return Mention(key, name, "group", token.idx, token.idx + len(token), token.text)

    # "European nations", "Southeast Asian leaders": a region's states as one group
    def _region_mention(self, token: Token, name: str) -> Mention:
        key = self.registry.register(slug(name), name, "group", alias=name)
        return Mention(key, name, "group", token.idx, token.idx + len(token), token.text)

    # "Israel" in "anti-Israeli attacks", "North Korea" in "anti-Pyongyang propaganda": whom an act is against
    def opposed_in(self, noun: Token) -> Mention | None:
        found = _opponent_word(noun)
        if found is None:
            return None
        word, name = found
        mention = self._word_mention(word, name)
        alias = lookup_alias(name, word.ent_type_) if mention is None and word.ent_type_ else None
        if alias is not None and alias.kind != "demonym":  # "anti-Pyongyang", a capital tagged as a place
            key = self.registry.register_entry(alias.entry)
            mention = Mention(key, alias.entry.name, alias.entry.type, word.idx, word.idx + len(word), word.text)
        if mention is None and (key := self.registry.by_alias(name)) is not None:
            actor = self.registry.actor(key)
            mention = Mention(key, actor.name, actor.type, word.idx, word.idx + len(word), word.text)
        return mention

    def _inside_non_actor(self, token: Token) -> bool:
        return token.ent_type_ in NON_ACTOR_ENTITIES

    def _is_title_or_sector(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and (
            token.lower_ in SECTOR_NOUNS or token.lower_ in TITLE_WORDS or described_sector(token) is not None
        )

    # "the Iraqi military", "Iran's government", "the Obama administration", "the President"
    def _noun_mention(self, token: Token, sector: str | None = None) -> Mention | None:
        owner = self._owner(token)
        person = self._title_holder(token, owner)
        if person is not None:
            return person
        sector = sector or SECTOR_NOUNS.get(token.lower_) or described_sector(token)
        # "Russia's Prosecutor General", "the Police Commissioner": an office named after a state's organ is the organ's
        # (not "Japan's chief cabinet secretary", a minister who speaks for himself)
        titled = [SECTOR_NOUNS.get(c.lower_) for c in token.children if c.dep_ == "compound"]
        organs = [t for t in titled if t in ("judiciary", "police", "military")] if token.lower_ in TITLE_WORDS else []
        sector = sector or next(iter(organs), None)
        if owner is not None and owner.type == "person":
            owner = self._person_country(owner.key)
        if owner is not None and owner.type == "place":
            owner = self._town_country(owner)  # "Mumbai police" are India's
        if owner is None and sector in ("police", "government", "judiciary") and token.lower_ not in POSTED_ABROAD:
            owner = self._town_owner(token)
        owned_by_pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
        if owner is None and token.lower_ == "administration" and not owned_by_pronoun:
            owner = self._administration(token)  # "his administration" is his, which the rules resolve
        if owner is None and _titled_organ(token):
            owner = self._earlier_organ_owner(token)  # "ministry spokesman Aziz Ahmed Khan", "an army spokesman"
        if owner is None or sector is None:
            return None
        plural = token.tag_ in ("NNS", "NNPS")
        return Mention(owner.key, owner.name, owner.type, token.idx, token.idx + len(token), token.text, sector, plural)

    # "Pakistan's Foreign Ministry announced ... ministry spokesman Aziz Ahmed Khan said": a bare organ in a
    # spokesman's title is the one owner the article gave that organ before
    def _earlier_organ_owner(self, token: Token) -> Mention | None:
        owners: dict[str, Mention] = {}
        sector = SECTOR_NOUNS.get(token.lower_, token.lower_)  # also "The Philippine military ... Army spokesman"
        for earlier in self.doc[max(0, token.i - ORGAN_WINDOW) : token.i]:
            same = SECTOR_NOUNS.get(earlier.lower_, earlier.lower_) == sector
            if same and (mention := self.mention_at(earlier)) and mention.type != "person":
                owners[mention.key] = mention
        return next(iter(owners.values())) if len(owners) == 1 else None

    def _owner(self, token: Token) -> Mention | None:
        """The actor a modifier of a noun names: 'Iraqi' in 'the Iraqi military', 'Obama' in
        'the Obama administration'."""
        peers = any(c.dep_ in ("amod", "compound") and c.lower_ == "fellow" for c in token.children)
        for child in token.children:
            if child.dep_ == "poss" and peers:
                continue  # "Mbeki's fellow leaders in the SADC": his peers, not his country's
            if child.dep_ in MODIFIER_DEPS and child.i != token.i:
                mention = self._national_unit(token, child) or self.mention_at(child) or self._portfolio_nation(child)
                flier = self._flier_mention(token) if _us_only_aircraft(child) else None  # "B-52 bombers"
                mention = mention or flier
                if mention is not None:
                    return mention
            if child.dep_ == "poss" and child.lower_ == "whose":
                clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
                antecedent = self.mention_at(clause.head) if clause is not None else None
                if antecedent is not None and antecedent.type != "person":
                    return antecedent  # "Israel, whose forces killed three Hamas members": Israel's forces
        # "Chinese fighter jets", which the parser may read as Chinese fighters' jets: the kind's modifier (of armed
        # craft and men only: "Palestinian hospital officials" are no state's voice)
        armed = SECTOR_NOUNS.get(token.lower_) in ("military", "police")
        for kind in (c for c in token.children if armed and c.dep_ == "compound" and c.pos_ == "NOUN"):
            mention = next((m for c in kind.children if c.dep_ == "amod" and (m := self.mention_at(c))), None)
            if mention is not None and mention.type == "country":
                return mention
        # "the army of Chad", "the President of Ukraine", "officers from the Australian Federal Police"
        froms = ("of", "from") if armed else ("of",)
        for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ in froms):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                mention = self.mention_at(pobj)
                if mention is not None and mention.type != "person":
                    return mention
        return self._stray_nationality(token)

    # "an Israeli Defence official": a portfolio word between a title and its nation, the nation's
    def _portfolio_nation(self, word: Token) -> Mention | None:
        if word.dep_ != "compound" or normalise(word.text) not in NOT_ACTORS:
            return None
        return self._nation_before(word)

    # the nation a word's own modifier names: "Israeli" in "Israeli Defence", "Australian" in "Australian SAS"
    def _nation_before(self, word: Token) -> Mention | None:
        nation = next((m for c in word.children if c.dep_ in ("amod", "compound") and (m := self.mention_at(c))), None)
        return nation if nation is not None and nation.type == "country" else None

    # "Australian SAS troops": armed men of a unit no list knows, named with its nation, are the nation's
    def _national_unit(self, token: Token, unit: Token) -> Mention | None:
        if SECTOR_NOUNS.get(token.lower_) not in ("military", "police") or unit.pos_ != "PROPN":
            return None
        if lookup_alias(unit.text, None) is not None:
            return None  # a known body: "Pakistani ISI agents" are the ISI's
        return self._nation_before(unit)

    def _stray_nationality(self, token: Token) -> Mention | None:
        """Parser repair: '... Yassin and Palestinian police trying to ...', where the parser joins 'Palestinian' to
        the name before and leaves 'police' bare: a nationality right before a bare armed or police noun is its."""
        if token.i == 0 or any(c.i < token.i and c.dep_ in ("det", "poss") for c in token.children):
            return None
        before = self.doc[token.i - 1]
        if before.head.i == token.i or before.pos_ != "ADJ" or before.ent_type_ != "NORP":
            return None
        if SECTOR_NOUNS.get(token.lower_) not in ("police", "military"):
            return None
        mention = self.mention_at(before)
        return mention if mention is not None and mention.type == "country" else None

    def _title_holder(self, token: Token, owner: Mention | None) -> Mention | None:
        """'the President', 'the Supreme Leader', 'the same U.S. secretary of state': a person the article
        gave that title (of the owner's country, when one is written)."""
        if token.lower_ not in TITLE_WORDS or not self._definite(token, owner):
            return None
        holders = self._titles.holders(self._title_phrase(token))
        if owner is not None:
            holders = [h for h in holders if h.person == owner.key or self._affiliated(h.person, owner.key)]
            holders = holders or self._known_holders(token, owner)
        chosen = choose(holders, token.i) or (self._home_holder(token) if owner is None else None)
        state = self.registry.get(chosen) if chosen else None
        if state is None:
            return None
        return Mention(state.key, state.name, "person", token.idx, token.idx + len(token), token.text)

    # "The Opposition Leader, Simon Crean, has accused the Prime Minister of ..., after Mr Howard confirmed ...": in an
    # outlet's home story, the one person the article names whom the people file knows to hold the office at home
    def _home_holder(self, token: Token) -> str | None:
        home = self.article.country
        title = self._title_phrase(token)
        if home is None or " " not in title:  # (a full office, "prime minister", not a bare "the minister")
            return None
        known = {
            m.key
            for m in self._by_token.values()
            if m.type == "person"
            and (entry := lookup_person(m.name)) is not None
            and entry.affiliation == home
            and (entry.role or "").lower() == title
        }
        return known.pop() if len(known) == 1 else None

    # "the Palestinian leader", "the US peace envoy": a well-known holder of the office whom the article names
    def _known_holders(self, token: Token, owner: Mention) -> list[Holder]:
        word = token.lower_
        holders: dict[str, Holder] = {}
        for index, mention in sorted(self._by_token.items()):
            state = self.registry.get(mention.key) if mention.type == "person" else None
            if state is None or owner.key not in state.affiliations or mention.key in holders:
                continue
            role = (state.affiliations[owner.key] or "").lower()
            if word in role.split() or (word == "leader" and role in HEAD_ROLES):
                holders[mention.key] = Holder(index, mention.key)
        return list(holders.values())

    def _definite(self, token: Token, owner: Mention | None) -> bool:
        """'the President', 'Iran's Supreme Leader', 'U.S. envoy': not 'a president'."""
        determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
        return (
            owner is not None
            or any(d in ("the", "this", "that") for d in determiners)
            or (not determiners and token.text[:1].isupper())
        )

    def _title_phrase(self, token: Token) -> str:
        """The office words of a noun phrase: 'the same U.S. secretary of state' -> 'secretary of state'."""
        words = [c.lower_ for c in token.lefts if c.dep_ in OWN_TITLE_DEPS and self.mention_at(c) is None]
        words = [w for w in words if w not in TITLE_NOISE] + [token.lower_]
        for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
            objects = [c.lower_ for c in prep.children if c.dep_ == "pobj" and self._by_token.get(c.i) is None]
            words += ["of", objects[0]] if objects and objects[0] in OFFICE_OBJECTS else []
        return " ".join(words)

    def _affiliated(self, person: str, organisation: str) -> bool:
        state = self.registry.get(person)
        return state is not None and organisation in state.affiliations

    def _person_country(self, person: str) -> Mention | None:
        org = self._affiliate(person, ("country",))
        return Mention(org.key, org.name, "country", 0, 0, org.name, "government") if org else None

    def _affiliate(self, person: str, types: tuple[str, ...]) -> ActorState | None:
        """The first country, organisation or group of the given types a person is tied to."""
        state = self.registry.get(person)
        tied = [self.registry.get(key) for key in state.affiliations] if state else []
        return next((org for org in tied if org is not None and org.type in types), None)

    # the medium a programme or show belongs to: "the ABC's AM program"
    def _outlet_of(self, token: Token) -> Mention | None:
        for child in (c for c in token.children if c.dep_ in ("poss", "compound")):
            mention = self.mention_at(child)
            if mention is not None and mention.type == "media":
                return self._on_token(mention, token)
        return None

    # "Sharon told Israeli public radio", "told Israeli army radio": a country's broadcaster, named for it (one node per
    # country and medium: "Israel Radio"); not a named station ("Israel Army Radio" is its own name)
    def _national_medium(self, token: Token) -> Mention | None:
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(c.lower_ in ("state", "official") for c in modifiers):
            return None  # "Iranian state television accused Israel": the state's own voice, which the sectors read
        countries = {m.key: m for c in modifiers if (m := self.mention_at(c)) is not None and m.type == "country"}
        if len(countries) != 1 or any(c.pos_ == "PROPN" and self.mention_at(c) is None for c in modifiers):
            return None  # (also "Israeli army radio", the army Israel's too)
        name = f"{next(iter(countries.values())).name} {NATIONAL_MEDIA[token.lower_]}"
        key = self.registry.register(slug(name), name, "media", alias=name)
        return Mention(key, name, "media", token.idx, token.idx + len(token), token.text)

    # aircraft only the United States flies: "B-52 bombers", "an AC-130 gunship"
    def _flier_mention(self, token: Token) -> Mention | None:
        return self._united_states_at(token, "military")

    def _united_states_at(self, token: Token, sector: str) -> Mention | None:
        """The United States, named by a word that stands for it ("the administration", "B-52")."""
        alias = lookup_alias("United States")
        if alias is None:
            return None
        key = self.registry.register_entry(alias.entry)
        return Mention(key, alias.entry.name, "country", token.idx, token.idx + len(token), token.text, sector)

    def _administration(self, token: Token) -> Mention | None:
        """'The administration': the one the article named before ('the Obama administration'), else the
        United States (the word's usual sense in news)."""
        for earlier in range(token.i - 1, -1, -1):
            if self.doc[earlier].lower_ == "administration":
                owner = self._owner(self.doc[earlier])
                owner = self._person_country(owner.key) if owner and owner.type == "person" else owner
                if owner is not None and owner.type == "country":
                    return owner
        if any(c.dep_ == "amod" and c.lower_ in ("interim", "transitional", "provisional") for c in token.children):
            return None  # "handed over power to the interim administration": a new one, not Washington's
        return self._united_states_at(token, "government")

    # -- the public interface the extraction rules use ------------------------------------------------

    def is_sector_noun(self, token: Token) -> bool:
        """A noun naming a part of a country or organisation, or a title: 'military', 'envoy'."""
        return token.lower_ in SECTOR_NOUNS or token.lower_ in TITLE_WORDS

    def unnamed_person(self, first: Token, token: Token) -> Mention:
        """The one unnamed person a story follows ("a man ... the man"), brought in at `first`: an actor of the
        article alone, named by the noun."""
        name = first.lower_
        return self._local_actor(name, "person", token)

    def _local_actor(self, name: str, kind: str, token: Token) -> Mention:
        """An actor of this article alone ("militants", "protesters", "the man"): keyed to it, named plainly."""
        key = self.registry.register(slug(f"{name} in {self.article.doc_id}"), name, kind)
        return Mention(key, name, kind, token.idx, token.idx + len(token), token.text)

    def protesters(self, token: Token) -> Mention:
        """'People took to the streets protesting ...': the protesters of the article, named by no word of their own."""
        return self._local_actor("protesters", "group", token)

    def bare_group(self, token: Token) -> Mention | None:
        """'militants', 'the gunmen', 'protesters' that nothing names: a group called by what its members do."""
        lemma = token.lemma_.lower()
        kind_group = self._kind_group(token)
        if kind_group is not None:
            return kind_group
        if self._bare_opposition(token):  # "a move the opposition denounced as a constitutional coup"
            party = self._opposition_party(token)
            if party is not None:
                return self._on_token(party, token)
            return self._local_actor("opposition", "group", token)
        if token.tag_ != "NNS" or lemma not in NONSTATE_GROUPS or lemma in GENERIC_GROUPS | COLLECTIVE_GROUPS:
            return None
        marks = [c for c in token.children if c.dep_ in ("poss", "compound", "nmod")]
        asylum = [c.lower_ for c in marks] == [ASYLUM_SEEKERS[0]] and lemma == ASYLUM_SEEKERS[1]
        if lemma == "bomber" or (marks and not asylum) or (lemma == ASYLUM_SEEKERS[1] and not asylum):
            return None  # "US B-52 bombers" are craft; "its militants" are the owner's; "job seekers" no band
        detached = [o for p in token.head.rights if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
        for pobj in detached if token.dep_ == "dobj" else []:  # "arrested 40 militants from Hamas"
            named = self.mention_at(pobj)
            if named is not None and named.type in ("armed_group", "organisation"):
                return self._on_token(named, token)
        sole = self._sole_insurgency(token)
        if sole is not None:
            return self._on_token(sole, token)
        name = f"asylum {token.lower_}" if asylum else token.lower_  # the militants of one article are not those
        # of another: a key of its own
        return self._local_actor(name, NONSTATE_GROUPS[lemma], token)

    # "the opposition", written small and described by nothing: a country's opposition that the article names no
    # other way (the capitalised "Opposition" of a Westminster outlet is a party, which the rules resolve)
    def _bare_opposition(self, token: Token) -> bool:
        children = list(token.children)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        described = any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in children)
        return token.text == "opposition" and token.tag_ == "NN" and the and not described

    # "Opposition leader Morgan Tsvangirai ... Tsvangirai's Movement for Democratic Change ... never to hand power to
    # the opposition", "the opposition Movement for Democratic Change": the one party the article calls the opposition's
    def _opposition_party(self, token: Token) -> Mention | None:
        parties: dict[str, Mention] = {}
        for word in token.doc:
            if word.lower_ != "opposition" or word.i == token.i or word.dep_ not in ("amod", "compound"):
                continue
            head = word.head
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head  # "Opposition leader Morgan Tsvangirai": the name the title runs into
            named = self._by_token.get(head.i)
            state = self.registry.get(named.key) if named is not None and named.type == "person" else None
            for key in state.affiliations if state is not None else []:
                org = self.registry.get(key)
                if org is not None and org.type == "organisation":
                    parties[key] = Mention(key, org.name, org.type, named.start, named.end, named.text)
            if named is not None and named.type == "organisation":
                parties[named.key] = named
            if named is not None and named.type == "person":
                parties.update((m.key, m) for m in self._owned_organisations(named))
        return next(iter(parties.values())) if len(parties) == 1 else None

    # "Tsvangirai's Movement for Democratic Change": the organisations the article gives a person by a possessive
    def _owned_organisations(self, person: Mention) -> list[Mention]:
        found = []
        for index, mention in self._by_token.items():
            owners = [c for c in self.doc[index].children if c.dep_ == "poss"] if mention.type == "organisation" else []
            if any((m := self._by_token.get(c.i)) is not None and m.key == person.key for c in owners):
                found.append(mention)
        return found

    # "Indonesian troops launched an offensive against separatist rebels in Aceh. ... members of the Free Aceh
    # Movement": rebels and separatists, in a story that names one armed group and never beside them, are that group
    def _sole_insurgency(self, token: Token) -> Mention | None:
        if token.lemma_.lower() not in INSURGENT_NOUNS or any(c.ent_type_ == "NORP" for c in token.children):
            return None  # "Syrian rebels" fighting the one band named are others
        bands = {m.key: m for m in self._by_token.values() if m.type == "armed_group"}
        if len(bands) != 1:
            return None
        band = next(iter(bands.values()))
        after = token.nbor() if token.i + 1 < len(self.doc) else None
        places = [o for o in after.children if o.ent_type_ in ("GPE", "LOC")] if after is not None else []
        if after is not None and after.lower_ in ("in", "on") and any(p.text not in band.name for p in places):
            return None  # "bombed the rebels in Chechnya": rebels of a place the band's name does not hold
        sentence = token.sent
        if any(sentence.start_char <= m.start < sentence.end_char for m in self._by_token.values() if m.key in bands):
            return None  # "the rebels clashed with ISIS": others than the band named beside them
        return band

    # "human rights groups criticised the Government", "aid agencies": bodies named only by their cause, which no
    # name or nation names, and counted ones of a kind ("banned two militant groups"); like bare "militants", those
    # of one article ("rebel groups" alone name no band)
    def _kind_group(self, token: Token) -> Mention | None:
        if token.tag_ != "NNS" or token.lemma_.lower() not in KIND_GROUP_HEADS:
            return None
        words = [t for t in token.doc[token.left_edge.i : token.i] if t.dep_ in ("amod", "compound")]  # "human rights"
        counted = any(c.dep_ == "nummod" for c in token.children)  # "banned two militant groups": some in particular
        kinds = CAUSE_WORDS | (BAND_WORDS if counted else set())
        if not words or any(c.lower_ not in kinds for c in words):
            return None
        if any(c.dep_ in ("poss", "nmod") for c in token.children):
            return None  # "its aid agencies" are the owner's
        name = " ".join([*(c.lower_ for c in words), token.lower_])
        kind = "armed_group" if any(c.lower_ in BAND_WORDS - CAUSE_WORDS for c in words) else "group"
        return self._local_actor(name, kind, token)

    def known_entity(self, text: str, start: int, end: int) -> Mention | None:
        """A gazetteer country or organisation written inside another word ('U.S.-led'), as a mention."""
        entry = lookup(text)
        if entry is None or entry.type not in ("country", "organisation", "armed_group"):
            return None
        key = self.registry.register_entry(entry)
        return Mention(key, entry.name, entry.type, start, end, text)

    def _town_country(self, town: Mention) -> Mention | None:
        entry = city_country(town.name)
        return self._country_at(entry, town.start, town.end, town.text) if entry else None

    # "Police in Karachi", "the authorities in Kabul", "police in India": a town's or country's police or government
    # are its country's (not "troops in Syria", which are often another country's)
    def _town_owner(self, token: Token) -> Mention | None:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
            for town in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
                country = self.mention_at(town)  # "Police in India"
                return country if country is not None and country.type == "country" else self.city_state(town)
        return None

    def _country_at(self, entry: Entry, start: int, end: int, text: str) -> Mention:
        key = self.registry.register_entry(entry)
        return Mention(key, entry.name, "country", start, end, text)

    def city_state(self, token: Token) -> Mention | None:
        """The country a large city named by this token lies in ('Haifa' -> Israel), as a mention there."""
        # the name's own words (also "the town of Haifa"), not those of a clause on it ("Tel Aviv, which the United
        # States condemned")
        clauses = [c for c in token.children if c.dep_ in ("relcl", "acl", "appos")]
        aside = {t.i for c in clauses for t in c.subtree}
        words = [t for t in token.subtree if t.pos_ == "PROPN" and t.i not in aside] or [token]
        entry = city_country(" ".join(t.text for t in words))
        if entry is None and token.ent_iob_ != "I":  # not "York" of "New York"
            entry = city_country(token.text)
        return self._country_at(entry, token.idx, token.idx + len(token), token.text) if entry else None

    def known_person(self, name: str, start: int, end: int) -> Mention | None:
        """A well-known person named outside the parsed text (a byline), as a mention at those offsets."""
        entry = lookup_person(name, "PERSON")
        if entry is None or " " not in name:
            return None
        key = self.registry.register_entry(entry, alias=name)
        return Mention(key, entry.name, "person", start, end, name)

    def sides_of(self, mention: Mention) -> set[str]:
        """The keys an actor speaks and acts for: itself, and for a person every country and organisation tied to
        them ('Hamas leader Ismail Haniyeh': Hamas, and Palestine)."""
        state = self.registry.get(mention.key) if mention.type == "person" else None
        return {mention.key, *(state.affiliations if state else ())}

    def tied_actors(self, person: Mention, types: set[str], token: Token) -> list[Mention]:
        """The countries and organisations of the given kinds tied to a person, as mentions at a token that
        stands for them ('the group' said by Hamas leader Ismail Haniyeh)."""
        states = [self.registry.get(k) for k in self.sides_of(person) - {person.key}]
        return [
            Mention(state.key, state.name, state.type, token.idx, token.idx + len(token), token.text)
            for state in states
            if state is not None and state.type in types
        ]

    def affiliated_side(self, mention: Mention) -> Mention:
        """The country or organisation a person speaks for: their first country, else organisation."""
        if mention.type != "person":
            return mention
        state = self.registry.get(mention.key)
        if state is None:
            return mention
        known = lookup_person(state.name, "PERSON")
        if known is not None and known.affiliation in state.affiliations:
            orgs = [self.registry.get(known.affiliation)]  # a well-known person's own side, whatever other
            # articles of the build called him ("the Saudi fugitive" does not make bin Laden speak for Saudi Arabia)
        else:
            orgs = [self.registry.get(k) for k in state.affiliations]
        for wanted in SIDE_TYPES:
            for org in orgs:
                if org is not None and org.type == wanted:
                    return Mention(org.key, org.name, org.type, mention.start, mention.end, mention.text)
        return mention

    def sex_of(self, person: str) -> str | None:
        """'m' or 'f' when the article tells ("Mr Amin", "Ms Lam", "spokeswoman Jen Psaki", "Hatice Cengiz,
        fiancée of ..."), else None."""
        if self._sexes is None:
            self._sexes = {}
            for token in self.doc:
                word = token.lower_.rstrip(".")
                sex = "m" if word in MALE_CUES else "f" if word in FEMALE_CUES else None
                named = self._by_token.get(token.i + 1) if sex else None
                if sex and named is None and token.dep_ == "appos":
                    named = self._by_token.get(token.head.i)  # "Hatice Cengiz, fiancée of Jamal Khashoggi"
                if named is not None and named.type == "person":
                    self._sexes.setdefault(named.key, sex)
        return self._sexes.get(person) or self._name_sex(person)

    def _name_sex(self, person: str) -> str | None:
        """The sex a person's given name tells ("Joshua Wong", "Carrie Lam"), when the article gives no cue."""
        state = self.registry.get(person)
        words = state.name.split() if state is not None else []
        return first_name_sex(words[0]) if len(words) > 1 else None

    def mentions(self) -> list[Mention]:
        """Every actor mention of the article (names, titles, sectors of countries), in text order, once each."""
        seen: dict[int, Mention] = {}
        for mention in (*self._by_token.values(), *(m for m in self._derived.values() if m is not None)):
            seen.setdefault(mention.start, mention)
        return [seen[k] for k in sorted(seen)]


def _root(tokens: list[Token]) -> Token:
    """The token of a name whose head lies outside it."""
    indices = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in indices or t.head.i == t.i), tokens[-1])


def _negated_name(token: Token) -> bool:
    """'US' in 'non-US organisations', 'Taliban' in 'anti-Taliban forces', 'the West' in 'her pro-Western
    government' (a stance, not an owner), written as three tokens."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("non", "anti", "pro")


def _world_at_large(token: Token) -> bool:
    """'community' in 'the international community'; 'international' in 'international pressure'."""
    if token.lower_ == "community" and token.pos_ == "NOUN":
        return any(c.lower_ == "international" and c.dep_ == "amod" for c in token.children)
    return token.lower_ == "international" and token.dep_ == "amod" and token.head.lemma_.lower() in WORLD_VERDICTS


# the key of the Western bloc ("the West", "Western countries")
WEST_KEY = slug("the West")
# the keys of the blocs an adjective before their states names: the West, and regions ("European nations")
BLOC_KEYS = {WEST_KEY, *(slug(name) for name in REGION_ADJECTIVES.values())}


def _untagged_argument(token: Token) -> bool:
    """'Kyiv' in 'Moscow accused Kyiv': a proper noun the tagger left unlabelled, as a clause's subject or object."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.dep_ in ("nsubj", "nsubjpass", "dobj", "poss")


def _spells_out(full_name: str, entry: Entry | None) -> bool:
    """'National Liberation Army' of the ELN (its names hold every word); not 'Revolutionary Socialist Front' of the
    RSF (the Rapid Support Forces)."""
    content = set(normalise(full_name).split()) - {"the", "of", "for", "and", "in"}
    return entry is not None and bool(content) and content <= alias_words(entry.key)


def _the_acronym(token: Token) -> bool:
    """'WHO' in 'The WHO praised China': an acronym in capitals after 'the', never the pronoun it spells."""
    return len(token.text) > 1 and token.text.isupper() and token.i > 0 and token.doc[token.i - 1].lower_ == "the"


def _region_of(token: Token) -> str | None:
    """'Europe' for 'European' in 'European nations', 'Southeast Asia' for 'Asian' in 'Southeast Asian leaders';
    not 'European tourists' nor 'American leaders'."""
    head = token.head
    if token.dep_ != "amod" or head.tag_ != "NNS" or head.lemma_.lower() not in BLOC_MEMBER_NOUNS:
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None  # "Australia's east Asian trading partners": partners of an owner, not a bloc
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in ("east", "west", "north", "south", "central", "eastern", "western", "northern", "southern"):
        return REGION_ADJECTIVES.get(f"{before} {token.lower_}")  # "east Asian" is no region of the table
    return REGION_ADJECTIVES.get(f"{before} {token.lower_}") or REGION_ADJECTIVES.get(token.lower_)


def _us_only_aircraft(token: Token) -> bool:
    """'B-52', 'B-52s', 'AC-130': a model of military aircraft only the United States flew in the news kg reads."""
    return token.lower_.removesuffix("s") in US_ONLY_AIRCRAFT


def _located_in(place: Token) -> bool:
    """'in eastern Afghanistan': a place something is in."""
    return place.dep_ == "pobj" and place.head.lower_ == "in"


def _counted_definite(token: Token) -> bool:
    """'the three Palestinians': a definite noun with a count."""
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and any(c.dep_ == "nummod" for c in children)


def _the_west(token: Token) -> bool:
    """'West' in 'the West', a bloc, and 'Western' in 'Western warnings' or 'Western sanctions'; not 'the West
    Bank', 'West Africa', 'Western Australia', 'the west of the country' nor 'Western tourists'."""
    if token.text == "Western" and token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.pos_ == "NOUN":
        return token.head.lemma_.lower() not in PRIVATE_PEOPLE  # not "five Western tourists"
    if token.text != "West" or token.dep_ == "compound" or any(c.dep_ in ("compound", "prep") for c in token.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _opponent_of(noun: Token) -> str | None:
    """'Taliban' for 'anti-Taliban forces' (three tokens or one)."""
    found = _opponent_word(noun)
    return found[1] if found else None


def _opponent_word(noun: Token) -> tuple[Token, str] | None:
    """The modifier of a noun written 'anti-' + a name, and the name: 'Taliban' in 'anti-Taliban forces'."""
    for child in (c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")):
        doc = noun.doc
        if child.lower_.startswith("anti-") and child.text[5:6].isupper():
            return child, child.text[5:]
        if (
            child.i >= 2
            and doc[child.i - 1].text == "-"
            and doc[child.i - 2].lower_ == "anti"
            and child.text[:1].isupper()
        ):
            return child, child.text  # a name: not "anti-government rebels"
    return None


def _band_words(noun: Token) -> list[Token]:
    """The words before a noun that say what band it names: 'rebel' in 'a Somali rebel group'."""
    return [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.lemma_.lower() in BAND_WORDS]


# "ministry spokesman", "an army spokesman": an organ of a state named bare in a spokesman's title
def _titled_organ(token: Token) -> bool:
    return token.lower_ in ORGAN_NOUNS and token.dep_ == "compound" and token.head.lower_ in TITLE_WORDS


# a part of a state named by a general noun and the word before it: a royal family, a secret service
def described_sector(token: Token) -> str | None:
    return royal_family(token) or secret_service(token) or armed_service(token) or state_agency(token)


# "Malaysia's anti-corruption agency", "Pakistan's accountability bureau": a state's own agency, named by its owner (not
# "Malaysia's national news agency", a medium)
def state_agency(token: Token) -> str | None:
    if token.lemma_.lower() not in STATE_AGENCY_NOUNS or not any(c.dep_ == "poss" for c in token.children):
        return None
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    return None if words & MEDIA_WORDS else "government"


# "the Saudi royal family", "members of the Jordanian royal family": a monarchy's ruling house is its government
def royal_family(token: Token) -> str | None:
    royal = token.lemma_.lower() == "family" and any(
        c.lower_ == "royal" for c in token.children if c.dep_ in ("amod", "compound")
    )
    return "government" if royal else None


# "the Israeli air force", "the Chinese coast guard": a state's armed service named by two words
def armed_service(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    named = (lemma == "force" and "air" in words) or (lemma == "guard" and "coast" in words)
    return "military" if named else None


# "the Pakistani intelligence service", "Israel's security agency": a state's secret service (not "a news agency")
def secret_service(token: Token) -> str | None:
    secret = token.lemma_.lower() in SERVICE_NOUNS and any(
        c.lower_ in SECRET_WORDS for c in token.children if c.dep_ in ("amod", "compound")
    )
    return "intelligence" if secret else None


# "US B-52 bombers", "F-16 fighter bombers": bombers named by their type are aircraft, not a group of people
def _aircraft(token: Token) -> bool:
    if token.lemma_.lower() != "bomber":
        return False
    words = [t for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod") for t in c.subtree]
    return any(any(ch.isdigit() for ch in t.text) or t.lower_ in AIRCRAFT_MODIFIERS for t in words)


def _armed_vessel(token: Token) -> bool:
    """'ships' in 'Chinese coast guard ships', 'vessels' in 'Iranian naval vessels': a state's armed craft at sea."""
    if token.lemma_.lower() not in VESSEL_NOUNS:
        return False
    words = [t for c in token.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree]
    return any(t.lower_ in VESSEL_MODIFIERS for t in words)


def _names_a_group(words: Span) -> bool:
    """'the Ansar al-Islam group', 'the Abu Sayyaf movement': a name before a group noun names the group."""
    last = next((t for t in reversed(words) if not t.is_space), None)
    head = last.head if last is not None else None
    return (
        last is not None
        and head is not None
        and last.dep_ in ("compound", "nmod")
        and head.i >= words.end
        and head.lemma_.lower() in GROUP_HEAD_NOUNS
    )


# a people's word spaCy reads as a name: "Kashmiri", "Pashtun" (no known alias, a demonym's ending)
def _people_name(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and token.ent_type_ in ("", "ORG", "NORP")
        and token.dep_ in ("amod", "nmod", "compound")
        and token.text.lower().endswith(("i", "an", "un", "ese", "ish"))
        and lookup_alias(token.text, None) is None
    )


# "the Australian arrested in Afghanistan", "an American": one person of a nation, not its state; "another
# Australian has been fighting for the Taliban" too, but "another Palestinian was killed" is a victim of the nation
def _one_national(token: Token) -> bool:
    acting = token.dep_ not in ("nsubjpass", "dobj", "pobj")
    determiners = ("the", "a", "an", *(("another", "one") if acting else ()))
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.tag_ in ("NN", "NNP")
        and token.dep_ not in ("compound", "amod")
        and any(c.dep_ in ("det", "nummod") and c.lower_ in determiners for c in token.children)
    )


def inner_names(name: str) -> list[str]:
    """'Lula' in 'Luiz Inacio Lula da Silva': in a name of four words or more, the words after the first, by which
    news may call the person."""
    words = [w for w in name.split() if w.lower() not in PARTICLES and len(w.rstrip(".")) > 1]
    return words[1:-1] if len(words) >= 4 else []


def _make_of_equipment(words: Span) -> bool:
    """'Patriot' in 'another Patriot system', 'Bayraktar' in 'Bayraktar drones': a name before arms or machines."""
    root = words.root
    return root.dep_ == "compound" and root.head.lemma_.lower() in EQUIPMENT_NOUNS and root.head.i == words.end


def _names_craft(words: Span) -> bool:
    """'True Confidence' in 'the commercial vessel True Confidence': a name set beside a ship it names."""
    root = words.root
    return root.dep_ in ("appos", "compound") and root.head.lemma_.lower() in NAMED_CRAFT and not (
        root.head.i > root.i and any(c.dep_ == "poss" for c in root.head.children)
    )


def _ethnic(token: Token) -> bool:
    """A people's word after "ethnic": "ethnic Armenian forces", "Ethnic Serbs"."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == "ethnic"


def _plural(noun: str) -> str:
    """'militant' -> 'militants', 'gunman' -> 'gunmen', 'party' -> 'parties'."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s")


def _not_an_actor(text: str) -> bool:
    """Pronouns, title words, times, web addresses, 'pro-Beijing': never an actor."""
    norm = normalise(text)
    if norm in NOT_ACTORS or norm.startswith(("pro-", "anti-", "non-", "non -")) or "://" in text or "www." in text:
        return True
    return len(text) > 80 or not re.search(r"[^\W\d_]", text)


def _clean_name(text: str) -> str:
    """An organisation's name as written, without article, possessive, a dangling word, bracket or legal form."""
    name = core(text)
    if name.count("(") != name.count(")"):
        name = name.split("(")[0]
    name = LEGAL_FORM_PREFIX.sub("", name.strip())
    return re.sub(r"\s+(of|and|in|the|for)$", "", name.strip()).strip()


def _editorial(doc: Doc, span: ActorSpan) -> bool:
    """A name with words in square brackets, which an editor put into a quote: '[Bashir al] Assad'."""
    window = doc[max(0, span.start - 1) : span.end]
    return any(t.text in ("[", "]") for t in window)


# "Hicks's father, Terry Hicks", "his widow, Yulia Navalnaya": a name set off after a noun of family, which introduces
# a relative of someone the article is about
def is_kin_apposition(doc: Doc, start: int) -> bool:
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in FAMILY_NOUNS
