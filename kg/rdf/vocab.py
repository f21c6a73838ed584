"""The kg vocabulary: one closed namespace, and the IRIs kg mints. Prefixes are bound here."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

BASE = "https://w3id.org/kg-news/"


class KG(DefinedNamespace):
    """Terms of ontologies/kg.ttl. A typo raises at once instead of minting a wrong IRI."""

    _fail = True
    _NS = Namespace(BASE + "ns#")

    # classes
    Actor: URIRef
    Person: URIRef
    Organisation: URIRef
    Country: URIRef
    ArmedGroup: URIRef
    MediaOutlet: URIRef
    Sector: URIRef
    Group: URIRef
    Statement: URIRef
    Article: URIRef
    Sentence: URIRef
    Relation: URIRef
    RelationClass: URIRef
    Affiliation: URIRef
    # statement properties
    subject: URIRef
    object: URIRef
    via: URIRef
    relation: URIRef
    relationClass: URIRef
    negated: URIRef
    modality: URIRef
    attributedTo: URIRef
    evidence: URIRef
    extractorVersion: URIRef
    rule: URIRef
    # sentence properties
    text: URIRef
    start: URIRef
    end: URIRef
    inArticle: URIRef
    # actor properties
    sector: URIRef
    isoCode: URIRef
    affiliation: URIRef
    organisation: URIRef
    role: URIRef
    memberOf: URIRef
    # taxonomy properties
    cameoRoot: URIRef
    goldstein: URIRef


REL = Namespace(BASE + "rel/")  # one property per relation lemma: the direct edge
TAX = Namespace(BASE + "taxonomy/")  # relation classes (SKOS concepts)
TAXONOMY = URIRef(BASE + "taxonomy")  # the SKOS concept scheme of the relation classes
ONTOLOGY = URIRef(BASE + "ns")  # the owl:Ontology
ACTOR = Namespace(BASE + "id/actor/")
STATEMENT = Namespace(BASE + "id/statement/")
ARTICLE = Namespace(BASE + "id/article/")
SENTENCE = Namespace(BASE + "id/sentence/")

PREFIXES: dict[str, Namespace] = {
    "kg": KG._NS,
    "rel": REL,
    "tax": TAX,
    "actor": ACTOR,
    "stmt": STATEMENT,
    "article": ARTICLE,
    "sent": SENTENCE,
    "prov": PROV,
    "skos": SKOS,
    "schema": SDO,
    "foaf": FOAF,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}

ACTOR_CLASSES: dict[str, URIRef] = {
    "person": KG.Person,
    "organisation": KG.Organisation,
    "country": KG.Country,
    "armed_group": KG.ArmedGroup,
    "media": KG.MediaOutlet,
    "sector": KG.Sector,
    "group": KG.Group,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg's prefixes once, in one place."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def slug(text: str, max_length: int = 80) -> str:
    """A lower-case ASCII slug safe in any IRI; falls back to a hash for non-Latin text."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:max_length].strip("-")
    if cleaned and len(cleaned) * 2 >= len(re.sub(r"\W", "", text)):
        return cleaned
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return f"{cleaned}-{digest}" if cleaned else f"x-{digest}"


def iri_segment(text: str) -> str:
    """Percent-encode one path segment so the IRI stays valid."""
    return quote(text, safe="-._~")


def actor_iri(key: str) -> URIRef:
    return ACTOR[iri_segment(key)]


def article_iri(doc_id: str) -> URIRef:
    return ARTICLE[iri_segment(doc_id)]


def sentence_iri(doc_id: str, start: int, end: int) -> URIRef:
    return SENTENCE[f"{iri_segment(doc_id)}-{start}-{end}"]


def relation_iri(lemma: str) -> URIRef:
    return REL[slug(lemma)]


def relation_class_iri(name: str) -> URIRef:
    return TAX[slug(name)]
