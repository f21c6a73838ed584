"""Actor spans: spaCy's entities, repaired where the context is clear.

Repairs, one function each: known names spaCy missed or cut ("Washington Post" over "Washington");
person names spaCy split ("(Mohammad Javad) Zarif"); title fragments tagged as organisations ("Supreme"
in "Supreme Leader", "State" in "Secretary of State"); surnames tagged as organisations or not at all
("Earnest" once the article has introduced "Josh Earnest"); acronyms introduced in brackets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from kg.resolve.gazetteer import is_city, lookup, lookup_person, may_start_alias, may_start_person, normalise
from kg.resolve.lexicon import GROUP_HEAD_NOUNS, HONORIFICS, INSTITUTIONS, NOT_ACTORS, TITLE_WORDS
from kg.resolve.names import ROYAL, is_honorific, is_title_part, name_tokens, person_name, surname_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
MISFILED_LABELS = {"FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT"}
# words that name a part of a country: "Northern Syria", "eastern Ukraine"
REGION_WORDS = {
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
}
# last words that make a name an organisation's: "Mahan Air", "Deutsche Bank"
ORG_SUFFIXES = {
    "air",
    "airlines",
    "airways",
    "bank",
    "group",
    "corporation",
    "corp",
    "company",
    "inc",
    "ltd",
    "agency",
    "foundation",
    "party",
    "front",
    "movement",
    "brigade",
    "brigades",
    "council",
    "committee",
    "institute",
    "network",
    "aviation",
    "telekom",
    "oil",
    "petroleum",
    "energy",
}
MAX_ALIAS_TOKENS = 7
# a company's legal form, written after its name: "Pioneer Ship management PTE LTD"
LEGAL_FORMS = {"pte", "ltd", "llc", "inc", "co", "corp", "plc", "gmbh", "ag", "sa", "limited", "pty"}


@dataclass(frozen=True)
class ActorSpan:
    """Tokens [start, end) of a doc that name one actor, with the kind of name they are."""

    start: int
    end: int
    label: str  # PERSON, ORG, GPE, NORP

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def actor_spans(doc: Doc) -> list[ActorSpan]:
    """The spans of a doc that name actors, in text order."""
    spans = entity_spans(doc)
    spans = add_misfiled_names(doc, spans)
    spans = add_known_names(doc, spans)
    spans = merge_split_names(doc, spans)
    spans = merge_unknown_places(doc, spans)
    spans = merge_legal_forms(doc, spans)
    spans = merge_joined_names(doc, spans)
    spans = split_names_of_places(doc, spans)
    spans = split_titled_countries(doc, spans)
    spans = split_listed_countries(doc, spans)
    spans = cut_destinations(doc, spans)
    spans = drop_title_fragments(doc, spans)
    spans = drop_possessed_things(doc, spans)
    spans = relabel_institutions(doc, spans)
    spans = relabel_named_settlements(doc, spans)
    spans = relabel_titled_names(doc, spans)
    spans = relabel_names_tagged_as_groups(doc, spans)
    spans = relabel_surnames(doc, spans)
    spans = add_bracketed_acronyms(doc, spans)
    spans = add_repeated_acronyms(doc, spans)
    spans = add_short_names(doc, spans)
    spans = relabel_listed_people(doc, spans)
    spans = add_listed_people(doc, spans)
    spans = add_first_names(doc, spans)
    spans = add_last_names(doc, spans)
    spans = add_royal_titles(doc, spans)
    return sorted(spans, key=lambda s: s.start)


# the portfolio of a minister's or secretary's title: "Foreign Secretary", "Defence Minister"
PORTFOLIO_WORDS = {"foreign", "defence", "defense", "interior", "home", "finance", "trade", "justice"}


# "Pope Francis", "King Charles" tagged as the one name alone: the royal title is part of the name
def add_royal_titles(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    covered = {i for s in spans for i in range(s.start, s.end)}
    result: list[ActorSpan] = []
    for span in spans:
        before = doc[span.start - 1] if span.start else None
        if (
            span.label == "PERSON"
            and span.end - span.start == 1
            and before is not None
            and before.i not in covered
            and before.text[:1].isupper()
            and before.lower_ in ROYAL - {"crown"}
        ):
            span = ActorSpan(span.start - 1, span.end, span.label)
        result.append(span)
    return result


# "Sheikh Mohammed bin Abdulrahman Al Thani" tagged without "Al Thani": the name runs on to its head
def add_last_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    covered = {i for s in spans for i in range(s.start, s.end)}
    result: list[ActorSpan] = []
    for span in spans:
        end = span.end
        last = doc[end - 1]
        if span.label == "PERSON" and last.dep_ == "compound" and last.head.i >= end and last.head.i - end <= 2:
            following = doc[end : last.head.i + 1]
            if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in covered for t in following):
                end = last.head.i + 1
        result.append(ActorSpan(span.start, end, span.label))
    return result


# "Dmitry Aleksandrovich Pumpyanskiy" tagged from "Aleksandrovich": the first name spaCy left out
def add_first_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    covered = {i for s in spans for i in range(s.start, s.end)}
    result: list[ActorSpan] = []
    for span in spans:
        if span.label == "PERSON":
            start = _first_name_start(doc, doc[span.end - 1], covered - set(range(span.start, span.end)), span.start)
            span = ActorSpan(min(start, span.start), span.end, span.label)
        result.append(span)
    return result


# spaCy's entities of the labels that name actors
def entity_spans(doc: Doc) -> list[ActorSpan]:
    return [ActorSpan(e.start, e.end, e.label_) for e in doc.ents if e.label_ in ACTOR_LABELS] + region_spans(doc)


# "Northern Syria", "eastern Ukraine": a region of a country, tagged LOC, stands for the country
def region_spans(doc: Doc) -> list[ActorSpan]:
    found: list[ActorSpan] = []
    for ent in doc.ents:
        if ent.label_ != "LOC" or len(ent) < 2:
            continue
        words = [t for t in ent if t.pos_ != "DET"]
        if len(words) >= 2 and words[0].lower_ in REGION_WORDS and lookup(doc[words[1].i : ent.end].text, "GPE"):
            found.append(ActorSpan(words[1].i, ent.end, "GPE"))
    return found


# names spaCy filed as facilities or works: "Mahan Air" (FAC), "Nicolás Maduro" (WORK_OF_ART)
def add_misfiled_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    found = list(spans)
    for ent in doc.ents:
        if ent.label_ not in MISFILED_LABELS or any(s.overlaps(ent.start, ent.end) for s in found):
            continue
        if ent[-1].lower_ in ORG_SUFFIXES and len(ent) >= 2:
            found.append(ActorSpan(ent.start, ent.end, "ORG"))
        elif lookup_person(ent.text, "PERSON") is not None:
            found.append(ActorSpan(ent.start, ent.end, "PERSON"))
    return found


# "Mahan" after "Mahan Air": an organisation's name without its last word, later in the article
def add_short_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    shorts = {
        normalise(doc[s.start : s.end - 1].text): s.start
        for s in spans
        if s.label == "ORG" and s.end - s.start >= 2 and doc[s.end - 1].lower_ in ORG_SUFFIXES
    }
    if not shorts:
        return spans
    found = [ActorSpan(s.start, s.end, "ORG") if normalise(doc[s.start : s.end].text) in shorts else s for s in spans]
    for token in (t for t in doc if t.pos_ == "PROPN"):
        first = shorts.get(normalise(token.text))
        if first is None or token.i <= first or any(s.overlaps(token.i, token.i + 1) for s in found):
            continue
        found.append(ActorSpan(token.i, token.i + 1, "ORG"))
    return found


# "Nikos Dendias, Nikos Christodoulides (ORG) and Jean-Yves Le Drian": a name in a list of people
def relabel_listed_people(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    people_roots = {doc[s.start : s.end].root.i for s in spans if s.label == "PERSON"}
    found = []
    for span in spans:
        words = doc[span.start : span.end]
        if span.label == "ORG" and 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" for t in words):
            linked = {t.i for t in (words.root.head, *words.root.conjuncts, *words.root.children)}
            if words.root.dep_ in ("conj", "appos") and linked & people_roots:
                span = ActorSpan(span.start, span.end, "PERSON")
        found.append(span)
    return found


# "Adam Schiff and Elijah Cummings" with "Elijah Cummings" untagged: a full name joined to a person's name
def add_listed_people(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    people_roots = {doc[s.start : s.end].root.i for s in spans if s.label == "PERSON"}
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = list(spans)
    for token in doc:
        if token.dep_ != "conj" or token.pos_ != "PROPN" or token.i in covered or token.ent_type_:
            continue
        if not {t.i for t in (token.head, *token.conjuncts)} & people_roots:
            continue
        start = _first_name_start(doc, token, covered)
        words = doc[start : token.i + 1]
        if 2 <= len(words) <= 3 and all(t.text[:1].isupper() and not t.ent_type_ for t in words):
            found.append(ActorSpan(start, token.i + 1, "PERSON"))
    return found


Entities = list[tuple[int, int, str]]  # spaCy's entities as (start, end, label), read once per doc


def entities(doc: Doc) -> Entities:
    """spaCy's entities, without a leading "the" ("the Abu Sayyaf" tagged FAC is the name "Abu Sayyaf")."""
    return [(e.start + (e[0].lower_ == "the" and len(e) > 1), e.end, e.label_) for e in doc.ents]


def _known_label(ents: Entities, start: int, end: int) -> str | None:
    """The entity label of exactly these tokens, if spaCy tagged them so."""
    return next((label for s, e, label in ents if (s, e) == (start, end)), None)


def _inside_other_entity(ents: Entities, start: int, end: int) -> bool:
    """Tokens that are a strict part of an entity (a place, a date, an organisation...); not the name a sum is
    tagged with ("fined Google 4.3 billion euros", tagged MONEY whole)."""
    return any(s <= start and end <= e and (s, e) != (start, end) and not (label == "MONEY" and s == start)
               for s, e, label in ents)  # fmt: skip


# gazetteer names spaCy missed, or cut shorter ("Washington Post" tagged GPE "Washington")
def add_known_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    found: list[ActorSpan] = []
    ents = entities(doc)
    sentence_end = [0] * len(doc)
    for sent in doc.sents:
        sentence_end[sent.start : sent.end] = [sent.end] * len(sent)
    index = 0
    while index < len(doc):
        match = _known_name_at(doc, index, sentence_end[index], ents)
        if match is None:
            index += 1
            continue
        found.append(match)
        index = match.end
    kept = [
        s for s in spans if not any(f.overlaps(s.start, s.end) and f.end - f.start > s.end - s.start for f in found)
    ]
    added = [f for f in found if not any(s.overlaps(f.start, f.end) for s in kept)]
    return kept + added


def _known_name_at(doc: Doc, start: int, sentence_end: int, ents: Entities) -> ActorSpan | None:
    """The longest gazetteer name starting at a token (within its sentence), labelled as spaCy would."""
    if not (doc[start].text[:1].isupper() or doc[start].lower_ == "al") or doc[start].pos_ == "DET":
        return None
    person_start = may_start_person(doc[start].text)
    if not may_start_alias(doc[start].text) and not person_start:
        return None
    for end in range(min(sentence_end, start + MAX_ALIAS_TOKENS), start, -1):
        if end - start == 1 and doc[start].pos_ not in ("PROPN", "ADJ", "NOUN"):
            continue
        if doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS":
            continue
        if _inside_other_entity(ents, start, end):
            continue
        label = _known_label(ents, start, end)
        entry = lookup(doc[start:end].text, label)
        if entry is not None:
            return ActorSpan(start, end, label or ("GPE" if entry.type == "country" else "ORG"))
        if person_start and end - start >= 2 and lookup_person(doc[start:end].text, None) is not None:
            return ActorSpan(start, end, "PERSON")  # "Queen Elizabeth II", which spaCy leaves untagged
    return None


# "(Mohammad Javad) Zarif", "Mohammad Javad ) Zarif", "Sheikh Sharif Sheikh Ahmed": parts of one name split by
# brackets or honorifics,
# or a last name spaCy left untagged after the bracket
def merge_split_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    merged: list[ActorSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = merged[-1] if merged else None
        inner = previous is not None and previous.end == span.start and is_honorific(doc[span.start])
        # (also "Sheikh Sharif (PERSON) Sheikh Ahmed (PERSON)": one name with "Sheikh" inside)
        split = previous is not None and (_only_brackets(doc, previous.end, span.start) or inner)
        if previous and previous.label == span.label == "PERSON" and split:
            merged[-1] = ActorSpan(previous.start, span.end, "PERSON")
        else:
            merged.append(span)
    covered = {i for s in merged for i in range(s.start, s.end)}
    return [_with_bracketed_surname(doc, s, covered) if s.label == "PERSON" else s for s in merged]


def _with_bracketed_surname(doc: Doc, span: ActorSpan, covered: set[int]) -> ActorSpan:
    after = span.end + 1
    if span.start > 0 and doc[span.start - 1].text == "(" and after < len(doc) and doc[span.end].text == ")":
        if doc[after].pos_ == "PROPN" and doc[after].text[:1].isupper() and after not in covered:
            return ActorSpan(span.start, after + 1, "PERSON")
    return span


# "Jamal (GPE) Khashoggi (GPE)": two one-word places tagged side by side, the first a compound of the second,
# neither a place the gazetteer or the city list knows, are a person's first name and surname
def merge_unknown_places(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    merged: list[ActorSpan] = []
    for span in spans:
        previous = merged[-1] if merged else None
        if previous is not None and _first_and_last_name(doc, previous, span):
            merged[-1] = ActorSpan(previous.start, span.end, "PERSON")
        else:
            merged.append(span)
    return merged


# "The Australian Competition and (ORG) Consumer Commission (ORG)": a name tagged in two at its "and" is one
def merge_joined_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    merged: list[ActorSpan] = []
    for span in spans:
        previous = merged[-1] if merged else None
        joined = previous is not None and previous.label == span.label == "ORG" and previous.end == span.start
        if previous is not None and joined and doc[previous.end - 1].lower_ in ("and", "&"):
            merged[-1] = ActorSpan(previous.start, span.end, "ORG")
        else:
            merged.append(span)
    return merged


# "Pioneer Ship (ORG) management PTE LTD (ORG)": a company's legal form tagged apart ends the name before it, the
# words between compounds of it
def merge_legal_forms(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    merged: list[ActorSpan] = []
    for span in spans:
        previous = merged[-1] if merged else None
        words = [t.lower_.rstrip(".") for t in doc[span.start : span.end]]
        legal = span.label == "ORG" and all(w in LEGAL_FORMS for w in words)
        joined = previous is not None and previous.label == "ORG" and doc[previous.end - 1].dep_ == "compound"
        between = doc[previous.end : span.start] if previous is not None else []
        joined = joined and len(between) <= 2 and all(t.dep_ == "compound" for t in between)
        if previous is not None and legal and joined:
            merged[-1] = ActorSpan(previous.start, span.end, "ORG")
        else:
            merged.append(span)
    return merged


def _first_and_last_name(doc: Doc, first: ActorSpan, last: ActorSpan) -> bool:
    words = (doc[first.start], doc[last.start])
    return (
        first.label == last.label == "GPE"
        and first.end == last.start
        and first.end - first.start == last.end - last.start == 1
        and words[0].dep_ == "compound"
        and words[0].head == words[1]
        and all(w.pos_ == "PROPN" and lookup(w.text) is None and not is_city(w.text) for w in words)
    )


# "John Okafor of Nigeria" tagged as one PERSON: the person, and the country
def split_names_of_places(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    result: list[ActorSpan] = []
    for span in spans:
        of = next((t.i for t in doc[span.start : span.end] if t.lower_ == "of"), None)
        if span.label == "PERSON" and of is not None and of + 1 < span.end and lookup(doc[of + 1 : span.end].text):
            result += [ActorSpan(span.start, of, "PERSON"), ActorSpan(of + 1, span.end, "GPE")]
        else:
            result.append(span)
    return result


# "President of Ukraine Volodymyr Zelenskyy", "Ukraine Volodymyr Zelenskyy" tagged as one name: the country of an
# office, then the name of its holder
def split_titled_countries(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    result: list[ActorSpan] = []
    for span in spans:
        titled = span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in TITLE_WORDS
        cut = next((i for i in range(span.start + 1, span.end - 1) if _names_country(doc[span.start : i])), None)
        if titled and cut is not None and all(t.is_title for t in doc[cut : span.end]):
            result += [ActorSpan(span.start, cut, "GPE"), ActorSpan(cut, span.end, "PERSON")]
        else:
            result.append(span)
    return result


def _names_country(words: Span) -> bool:
    entry = lookup(words.text)
    return entry is not None and entry.type == "country"


# "Mali, Burkina Faso (ORG) and Niger": countries listed with commas, tagged as one name, are each a name
def split_listed_countries(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    result: list[ActorSpan] = []
    for span in spans:
        commas = [t.i for t in doc[span.start : span.end] if t.text == ","]
        bounds = [span.start, *(i + 1 for i in commas)]
        parts = [(start, end) for start, end in zip(bounds, [*commas, span.end], strict=True) if end > start]
        if commas and all(_names_country(doc[start:end]) for start, end in parts):
            result += [ActorSpan(start, end, "GPE") for start, end in parts]
        else:
            result.append(span)
    return result


# "welcomed Biden to Jeddah", tagged as one name: the name ends before the "to" of a destination
def cut_destinations(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    result: list[ActorSpan] = []
    for span in spans:
        to = next((t.i for t in doc[span.start + 1 : span.end - 1] if t.text in ("to", "at", "from")), None)
        if to is None or not doc[to + 1].text[:1].isupper():
            result.append(span)
            continue
        label = "PERSON" if lookup_person(doc[span.start : to].text, None) else span.label
        result.append(ActorSpan(span.start, to, label))
    return result


def _only_brackets(doc: Doc, start: int, end: int) -> bool:
    between = doc[start:end]
    brackets = [t for t in between if t.text in "()"]
    return len(between) <= 3 and bool(brackets) and all(t.text in "()" or is_honorific(t) for t in between)


# "Iran Supreme Leader", "Secretary of State John Kerry": words of a title spaCy tagged as an organisation
def drop_title_fragments(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    return [s for s in spans if not _is_title_fragment(doc, s)]


def _is_title_fragment(doc: Doc, span: ActorSpan) -> bool:
    text = normalise(doc[span.start : span.end].text)
    if text in NOT_ACTORS or text in TITLE_WORDS or text in HONORIFICS:
        return True
    if span.label == "ORG" and doc[span.end - 1].lower_ in TITLE_WORDS and lookup(text, span.label) is None:
        return True  # "National Security Advisor", "High Representative": an office, not a body
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    if span.label == "ORG" and doc[span.end - 1].lower_ in PORTFOLIO_WORDS and following in TITLE_WORDS:
        return True  # "Philippine Foreign (Secretary Enrique Manalo)": the first words of a title
    return all(t.pos_ == "PRON" for t in doc[span.start : span.end])


# "his dirty red Ford Sierra" tagged PERSON: a name owned by a pronoun through adjectives alone is a thing
# (not "his son Hunter Biden", whose kinship noun stands between)
def drop_possessed_things(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    return [s for s in spans if s.label != "PERSON" or not _possessed_thing(doc, s)]


def _possessed_thing(doc: Doc, span: ActorSpan) -> bool:
    index = span.start - 1
    while index >= 0 and doc[index].pos_ == "ADJ":
        index -= 1
    owned = index >= 0 and doc[index].lower_ in ("his", "her", "their", "its") and index < span.start - 1
    return owned and lookup_person(doc[span.start : span.end].text, None) is None


# "John Radcliffe Hospital" tagged PERSON: a name ending in an institution noun is an organisation; so is
# one that names a group before its noun ("the Ansar al-Islam group", "the Abu Sayyaf movement")
def relabel_institutions(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    return [
        ActorSpan(s.start, s.end, "ORG")
        if s.label == "PERSON" and (doc[s.end - 1].lower_ in INSTITUTIONS or _names_group(doc, s))
        else s
        for s in spans
    ]


def _names_group(doc: Doc, span: ActorSpan) -> bool:
    """A name spaCy calls a person that modifies a group noun after it, and no known person's."""
    after = doc[span.end] if span.end < len(doc) else None
    return (
        after is not None
        and after.lower_ in GROUP_HEAD_NOUNS
        and doc[span.end - 1].head.i == after.i
        and lookup_person(doc[span.start : span.end].text, None) is None
    )


# nouns for a settlement or area, whose "of" names a place: "the town of Avdiivka"
SETTLEMENT_NOUNS = {"town", "city", "village", "region", "province", "district", "port", "camp", "area", "suburb"}


# "the town of Avdiivka", "the village of Beit Jala" tagged PERSON or ORG: a place
def relabel_named_settlements(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    return [ActorSpan(s.start, s.end, "GPE") if _names_a_settlement(doc[s.start : s.end]) else s for s in spans]


# "Norway's Foreign Minister, Thorbjorn Jagland," with the name tagged GPE ("the Nigerian President, Olusegun Obasanjo,"
# tagged ORG): a two-word name set beside or after a title, or a name after "Mr", which no gazetteer knows as a place
# or a body, is a person's
def relabel_titled_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    return [ActorSpan(s.start, s.end, "PERSON") if _titled_unknown_name(doc[s.start : s.end]) else s for s in spans]


def _titled_unknown_name(words: Span) -> bool:
    if words.label_ not in ("GPE", "LOC", "ORG") and words[0].ent_type_ not in ("GPE", "LOC", "ORG"):
        return False
    if lookup(words.text, None) is not None or is_city(words.text):
        return False
    if len(words) >= 2 and words[0].lower_.rstrip(".") in HONORIFICS:
        return True  # "Tony Blair criticised Mr Mbeki", the name tagged GPE
    if len(words) != 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    head = words.root
    titled = head.dep_ == "appos" and head.head.lemma_.lower() in TITLE_WORDS
    # "South African President Thabo Mbeki", the name tagged GPE: a title before the name
    return titled or any(c.dep_ == "compound" and c.i < words.start and c.lower_ in TITLE_WORDS for c in head.children)


def _names_a_settlement(words: Span) -> bool:
    head = words.root
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in SETTLEMENT_NOUNS
        and lookup(words.text, "GPE") is None
    )


# "Spokesperson Ned Price", "Ukraine Volodymyr Zelenskyy", "Nikki Haley" tagged ORG: a person's name, after
# titles and a country, that the article tags PERSON elsewhere or the gazetteer knows
def relabel_names_tagged_as_groups(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    people = [doc[s.start : s.end] for s in spans if s.label == "PERSON"]
    names = {normalise(person_name(p)) for p in people}
    last_words = {normalise(p[-1].text) for p in people}
    return [_as_named_person(doc, s, names, last_words) if s.label != "PERSON" else s for s in spans]


def _as_named_person(doc: Doc, span: ActorSpan, names: set[str], last_words: set[str]) -> ActorSpan:
    words = doc[span.start : span.end]
    if lookup(words.text, span.label) is not None:
        return span
    start = span.start
    while start < span.end - 1 and (is_title_part(doc[start]) or lookup(doc[start].text, "GPE") is not None):
        start += 1
    rest = doc[start : span.end]
    if not 2 <= len(rest) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
        return span
    known = normalise(rest.text) in names or lookup_person(rest.text) is not None
    return ActorSpan(start, span.end, "PERSON") if known or normalise(rest[-1].text) in last_words else span


# "Earnest" tagged ORG, or not tagged, once the article has introduced "Josh Earnest"
def relabel_surnames(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    surnames = introduced_surnames(doc, spans)
    ents = entities(doc)
    relabelled = [_as_person(doc, s, surnames) for s in spans]
    covered = {i for s in relabelled for i in range(s.start, s.end)}
    for token in doc:
        if token.i not in covered and token.pos_ == "PROPN" and _surname_of(token.text, surnames):
            if not _inside_other_entity(ents, token.i, token.i + 1) and token.ent_type_ not in ("DATE", "TIME"):
                relabelled.append(ActorSpan(_first_name_start(doc, token, covered), token.i + 1, "PERSON"))
    return relabelled


# "Junius Ho" untagged after "Cyd Ho": a first name before the surname makes it another person
def _first_name_start(doc: Doc, surname: Token, covered: set[int], start: int | None = None) -> int:
    start = surname.i if start is None else start
    while start > 0:
        previous = doc[start - 1]
        if previous.i in covered or previous.pos_ != "PROPN" or previous.head.i != surname.i:
            break
        if not previous.text[:1].isupper() or is_title_part(previous):
            break
        start -= 1
    return start


def introduced_surnames(doc: Doc, spans: list[ActorSpan]) -> set[str]:
    """Surnames (case-folded) of the full person names the article writes."""
    surnames: set[str] = set()
    for span in spans:
        if span.label == "PERSON" and len(name_tokens(doc[span.start : span.end])) >= 2:
            surnames.update(normalise(form) for form in surname_forms(person_name(doc[span.start : span.end])))
    return surnames


def _surname_of(text: str, surnames: set[str]) -> bool:
    """A capitalised word that is an introduced surname, or the one written a letter or two apart
    ('Saree' after 'Yahya Sarea')."""
    if not text[:1].isupper():
        return False
    word = normalise(text)
    return word in surnames or len(spelled_alike(word, surnames)) == 1


def spelled_alike(word: str, names: Iterable[str]) -> list[str]:
    """The names a word could be a variant spelling of: same first letter, close in length and letters."""
    if len(word) < 5:
        return []
    return [
        name
        for name in names
        if name[:1] == word[:1] and abs(len(name) - len(word)) <= 2 and SequenceMatcher(None, name, word).ratio() >= 0.8
    ]


def _as_person(doc: Doc, span: ActorSpan, surnames: set[str]) -> ActorSpan:
    text = doc[span.start : span.end].text
    if span.label == "PERSON" or lookup(text, None) is not None:
        return span
    well_known = span.end - span.start == 1 and lookup_person(text, "PERSON") is not None  # "Erdogan" as GPE
    return ActorSpan(span.start, span.end, "PERSON") if well_known or _surname_of(text, surnames) else span


# "the International Atomic Energy Agency (IAEA)", "the NFC (Northern Fisheries Council)": an acronym
# in brackets right after a name, or a name in brackets right after an acronym
def add_bracketed_acronyms(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    covered = {i for s in spans for i in range(s.start, s.end)}
    added: list[ActorSpan] = []
    for span in (s for s in spans if s.label != "PERSON"):
        for index in (_acronym_after(doc, span), _acronym_before(doc, span)):
            if index is not None and index not in covered:
                added.append(ActorSpan(index, index + 1, span.label))
    return spans + added


# "... Action Group (CMAG) ... CMAG ministers will meet", "a group called UTN ... it was the UTN that": an
# acronym the article introduced in brackets, or that the tagger once read as an organisation, names its actor
# wherever it comes again, also where the tagger missed it or took it for a person
def add_repeated_acronyms(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    introduced: dict[str, tuple[int, str]] = {}  # acronym -> (token index, label)
    for span in spans:
        bracketed = span.start > 0 and doc[span.start - 1].text == "("
        if span.end - span.start == 1 and is_acronym(doc[span.start]) and span.label != "PERSON":
            if bracketed or span.label == "ORG":
                introduced.setdefault(doc[span.start].text, (span.start, span.label))
    spans = [
        ActorSpan(s.start, s.end, introduced[doc[s.start].text][1])
        if s.label == "PERSON" and s.end - s.start == 1 and doc[s.start].text in introduced
        else s
        for s in spans
    ]
    covered = {i for s in spans for i in range(s.start, s.end)}
    added = [
        ActorSpan(token.i, token.i + 1, introduced[token.text][1])
        for token in doc
        if token.text in introduced and token.i > introduced[token.text][0] and token.i not in covered
    ]
    return spans + added


def _acronym_after(doc: Doc, span: ActorSpan) -> int | None:
    inner = span.end + 1
    bracketed = inner + 1 < len(doc) and doc[span.end].text == "(" and doc[inner + 1].text == ")"
    return inner if bracketed and is_acronym(doc[inner]) else None


def _acronym_before(doc: Doc, span: ActorSpan) -> int | None:
    outer = span.start - 2
    bracketed = outer >= 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"
    return outer if bracketed and is_acronym(doc[outer]) else None


def is_acronym(token: Token) -> bool:
    """'IAEA', 'U.N.', 'P5+1': capitals, at most eight characters."""
    letters = [c for c in token.text if c.isalpha()]
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters)
