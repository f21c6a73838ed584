"""Actor spans: spaCy's entities, repaired where the context is clear.

Repairs, one function each: known names spaCy missed or cut ("Washington Post" over "Washington");
person names spaCy split ("(Mohammad Javad) Zarif"); title fragments tagged as organisations ("Supreme"
in "Supreme Leader", "State" in "Secretary of State"); surnames tagged as organisations or not at all
("Earnest" once the article has introduced "Josh Earnest"); acronyms introduced in brackets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.resolve.gazetteer import lookup, normalise
from kg.resolve.lexicon import NOT_ACTORS, TITLE_WORDS
from kg.resolve.names import is_honorific, name_tokens, person_name, surname_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
MAX_ALIAS_TOKENS = 7


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
    spans = add_known_names(doc, spans)
    spans = merge_split_names(doc, spans)
    spans = drop_title_fragments(doc, spans)
    spans = relabel_surnames(doc, spans)
    spans = add_bracketed_acronyms(doc, spans)
    return sorted(spans, key=lambda s: s.start)


# spaCy's entities of the labels that name actors
def entity_spans(doc: Doc) -> list[ActorSpan]:
    return [ActorSpan(e.start, e.end, e.label_) for e in doc.ents if e.label_ in ACTOR_LABELS]


def _known_label(doc: Doc, start: int, end: int) -> str | None:
    """The entity label of exactly these tokens, if spaCy tagged them so."""
    return next((e.label_ for e in doc.ents if e.start == start and e.end == end), None)


def _inside_other_entity(doc: Doc, start: int, end: int) -> bool:
    """Tokens that are a strict part of an entity (a place, a date, an organisation...)."""
    return any(e.start <= start and end <= e.end and (e.start, e.end) != (start, end) for e in doc.ents)


# gazetteer names spaCy missed, or cut shorter ("Washington Post" tagged GPE "Washington")
def add_known_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    found: list[ActorSpan] = []
    sentence_end = [0] * len(doc)
    for sent in doc.sents:
        sentence_end[sent.start : sent.end] = [sent.end] * len(sent)
    index = 0
    while index < len(doc):
        match = _known_name_at(doc, index, sentence_end[index])
        if match is None:
            index += 1
            continue
        found.append(match)
        index = match.end
    kept = [s for s in spans if not any(f.overlaps(s.start, s.end) and f.end - f.start > s.end - s.start
                                        for f in found)]
    added = [f for f in found if not any(s.overlaps(f.start, f.end) for s in kept)]
    return kept + added


def _known_name_at(doc: Doc, start: int, sentence_end: int) -> ActorSpan | None:
    """The longest gazetteer name starting at a token (within its sentence), labelled as spaCy would."""
    if not (doc[start].text[:1].isupper() or doc[start].lower_ == "al") or doc[start].pos_ == "DET":
        return None
    for end in range(min(sentence_end, start + MAX_ALIAS_TOKENS), start, -1):
        if end - start == 1 and doc[start].pos_ not in ("PROPN", "ADJ", "NOUN"):
            continue
        if doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS":
            continue
        if _inside_other_entity(doc, start, end):
            continue
        label = _known_label(doc, start, end)
        entry = lookup(doc[start:end].text, label)
        if entry is not None:
            return ActorSpan(start, end, label or ("GPE" if entry.type == "country" else "ORG"))
    return None


# "(Mohammad Javad) Zarif", "Mohammad Javad ) Zarif": parts of one name split by brackets or honorifics
def merge_split_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    merged: list[ActorSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = merged[-1] if merged else None
        if previous and previous.label == span.label == "PERSON" and _only_brackets(doc, previous.end, span.start):
            merged[-1] = ActorSpan(previous.start, span.end, "PERSON")
        else:
            merged.append(span)
    return merged


def _only_brackets(doc: Doc, start: int, end: int) -> bool:
    between = doc[start:end]
    brackets = [t for t in between if t.text in "()"]
    return len(between) <= 3 and bool(brackets) and all(t.text in "()" or is_honorific(t) for t in between)


# "Iran Supreme Leader", "Secretary of State John Kerry": words of a title spaCy tagged as an organisation
def drop_title_fragments(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    return [s for s in spans if not _is_title_fragment(doc, s)]


def _is_title_fragment(doc: Doc, span: ActorSpan) -> bool:
    text = normalise(doc[span.start : span.end].text)
    if text in NOT_ACTORS or text in TITLE_WORDS:
        return True
    return all(t.pos_ == "PRON" for t in doc[span.start : span.end])


# "Earnest" tagged ORG, or not tagged, once the article has introduced "Josh Earnest"
def relabel_surnames(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    surnames = introduced_surnames(doc, spans)
    relabelled = [_as_person(doc, s, surnames) for s in spans]
    covered = {i for s in relabelled for i in range(s.start, s.end)}
    for token in doc:
        if token.i not in covered and token.pos_ == "PROPN" and _surname_of(token.text, surnames):
            if not _inside_other_entity(doc, token.i, token.i + 1) and token.ent_type_ not in ("DATE", "TIME"):
                relabelled.append(ActorSpan(token.i, token.i + 1, "PERSON"))
    return relabelled


def introduced_surnames(doc: Doc, spans: list[ActorSpan]) -> set[str]:
    """Surnames (case-folded) of the full person names the article writes."""
    surnames: set[str] = set()
    for span in spans:
        if span.label == "PERSON" and len(name_tokens(doc[span.start : span.end])) >= 2:
            surnames.update(normalise(form) for form in surname_forms(person_name(doc[span.start : span.end])))
    return surnames


def _surname_of(text: str, surnames: set[str]) -> bool:
    return text[:1].isupper() and normalise(text) in surnames


def _as_person(doc: Doc, span: ActorSpan, surnames: set[str]) -> ActorSpan:
    text = doc[span.start : span.end].text
    if span.label == "PERSON" or not _surname_of(text, surnames) or lookup(text, None) is not None:
        return span
    return ActorSpan(span.start, span.end, "PERSON")


# "the International Atomic Energy Agency (IAEA)": an acronym in brackets right after a name
def add_bracketed_acronyms(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    added: list[ActorSpan] = []
    covered = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        inner = span.end + 1
        if span.label == "PERSON" or inner + 1 >= len(doc) or doc[span.end].text != "(" or doc[inner + 1].text != ")":
            continue
        if is_acronym(doc[inner]) and inner not in covered:
            added.append(ActorSpan(inner, inner + 1, span.label))
    return spans + added


def is_acronym(token: Token) -> bool:
    """'IAEA', 'U.N.', 'P5+1': capitals, at most eight characters."""
    letters = [c for c in token.text if c.isalpha()]
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters)
