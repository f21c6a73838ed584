"""Frozen records passed between the stages: ingest -> nlp -> extract -> resolve -> rdf."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known of it."""

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    path: str | None = None
    ignored: tuple[tuple[int, int], ...] = ()  # character ranges that are not the article (captions...)
    country: str | None = None  # ISO alpha-3 code of the outlet's home country: whose government a bare
    # "the Federal Government" is when the text names no country it could be


@dataclass(frozen=True)
class Affiliation:
    """A person's membership of, or role in, an organisation or country."""

    organisation: str  # actor key of the organisation or country
    role: str | None = None


@dataclass(frozen=True)
class Actor:
    """A real-world actor: one node of the graph."""

    key: str  # stable slug: ISO alpha-3 for countries, slug of the canonical name otherwise
    name: str  # canonical name
    type: str  # person, organisation, country, armed_group, media, sector, group
    aliases: tuple[str, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    sector: str | None = None  # military, government, parliament... for generic sector actors
    iso_code: str | None = None


@dataclass(frozen=True)
class Statement:
    """One actor-relation-actor statement read from a sentence."""

    subject: str  # actor key
    relation: str  # normalised lemma phrase, e.g. "communicate", "send letter"
    relation_class: str  # class of the kg relation taxonomy, e.g. "communicate"
    object: str  # actor key
    doc_id: str
    evidence: str  # the sentence
    start: int  # sentence offsets in the article text
    end: int
    via: str | None = None  # actor key of the go-between
    negated: bool = False
    modality: str = "asserted"  # asserted, attempted, intended, hypothetical, requested
    attributed_to: str | None = None  # actor key of the speaker
    rule: str = ""  # the extraction rule that produced it


@dataclass(frozen=True)
class Extraction:
    """What the pipeline read from a set of articles."""

    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...] = field(default=())
