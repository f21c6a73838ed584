"""Turn an Extraction into RDF: actors, articles as named graphs, statements as n-ary nodes."""

from __future__ import annotations

import datetime
import hashlib
import re

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg import __version__
from kg.rdf.ontology import add_concept
from kg.rdf.vocab import (
    ACTOR_CLASSES,
    KG,
    STATEMENT,
    actor_iri,
    article_iri,
    bind_prefixes,
    relation_class_iri,
    relation_iri,
    sentence_iri,
)
from kg.records import Actor, Article, Extraction, Statement
from kg.taxonomy import BY_NAME, RelationClass

EXTRACTOR = f"kg {__version__}"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL_CHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})"
WEB_URL = re.compile(rf"https?://[A-Za-z0-9.-]+(?::[0-9]{{1,5}})?(?:/{_URL_CHAR}*)?(?:#{_URL_CHAR}*)?")  # ASCII only


def statement_iri(statement: Statement) -> URIRef:
    """A stable IRI: a hash of what the statement says, who says it and where."""
    key = "\x1f".join(
        str(part)
        for part in (
            statement.doc_id, statement.start, statement.end, statement.subject, statement.relation,
            statement.object, statement.via, statement.negated, statement.modality, statement.attributed_to,
        )
    )
    return STATEMENT[hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]]


def add_actor(graph: Graph, actor: Actor) -> URIRef:
    """An actor node: types, canonical name, aliases, affiliations."""
    node = actor_iri(actor.key)
    graph.add((node, RDF.type, KG.Actor))
    graph.add((node, RDF.type, ACTOR_CLASSES.get(actor.type, KG.Actor)))
    graph.add((node, RDFS.label, Literal(actor.name)))
    graph.add((node, SKOS.prefLabel, Literal(actor.name)))
    for alias in sorted(set(actor.aliases) - {actor.name}):
        graph.add((node, SKOS.altLabel, Literal(alias)))
    if actor.sector:
        graph.add((node, KG.sector, Literal(actor.sector)))
    if actor.iso_code:
        graph.add((node, KG.isoCode, Literal(actor.iso_code)))
    for affiliation in actor.affiliations:
        organisation = actor_iri(affiliation.organisation)
        graph.add((node, KG.memberOf, organisation))
        role = BNode()
        graph.add((node, KG.affiliation, role))
        graph.add((role, RDF.type, KG.Affiliation))
        graph.add((role, KG.organisation, organisation))
        if affiliation.role:
            graph.add((role, KG.role, Literal(affiliation.role)))
    return node


def date_literal(text: str) -> Literal:
    """An xsd:date for an ISO date (YYYY-MM-DD), else the text as given."""
    if ISO_DATE.fullmatch(text):
        try:
            return Literal(datetime.date.fromisoformat(text))
        except ValueError:
            pass
    return Literal(text)


def source_term(text: str) -> URIRef | Literal:
    """The source as an IRI when it is a plain http(s) URL, else as text."""
    return URIRef(text) if WEB_URL.fullmatch(text) else Literal(text)


def add_article(graph: Graph, article: Article) -> URIRef:
    """An article node with Dublin Core metadata when known."""
    node = article_iri(article.doc_id)
    graph.add((node, RDF.type, KG.Article))
    graph.add((node, DCTERMS.identifier, Literal(article.doc_id)))
    if article.title:
        graph.add((node, DCTERMS.title, Literal(article.title)))
    if article.date:
        graph.add((node, DCTERMS.date, date_literal(article.date)))
    if article.source:
        graph.add((node, DCTERMS.source, source_term(article.source)))
    return node


def add_relation_terms(graph: Graph, statement: Statement) -> None:
    """The relation property and its class concept, so the graph describes its own edges."""
    relation = relation_iri(statement.relation)
    cls = relation_class(statement.relation_class)
    graph.add((relation, RDF.type, KG.Relation))
    graph.add((relation, RDF.type, OWL.ObjectProperty))
    graph.add((relation, RDFS.label, Literal(statement.relation)))
    graph.add((relation, KG.relationClass, add_concept(graph, cls)))


def relation_class(name: str) -> RelationClass:
    """The taxonomy class of a name; an unknown name is a ValueError naming the known ones."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown relation class {name!r}: expected one of {', '.join(BY_NAME)}") from None


def add_statement(graph: Graph, statement: Statement, article: URIRef) -> URIRef:
    """A statement node (W3C n-ary relation pattern), plus the direct edge when asserted."""
    node = statement_iri(statement)
    subject, obj = actor_iri(statement.subject), actor_iri(statement.object)
    relation = relation_iri(statement.relation)
    sentence = sentence_iri(statement.doc_id, statement.start, statement.end)
    graph.add((node, RDF.type, KG.Statement))
    graph.add((node, KG.subject, subject))
    graph.add((node, KG.relation, relation))
    graph.add((node, KG.relationClass, relation_class_iri(statement.relation_class)))
    graph.add((node, KG.object, obj))
    if statement.via:
        graph.add((node, KG.via, actor_iri(statement.via)))
    graph.add((node, KG.negated, Literal(statement.negated)))
    graph.add((node, KG.modality, Literal(statement.modality)))
    if statement.attributed_to:
        graph.add((node, KG.attributedTo, actor_iri(statement.attributed_to)))
    graph.add((node, KG.evidence, sentence))
    graph.add((node, PROV.wasDerivedFrom, article))
    graph.add((node, KG.extractorVersion, Literal(EXTRACTOR)))
    if statement.rule:
        graph.add((node, KG.rule, Literal(statement.rule)))
    graph.add((sentence, RDF.type, KG.Sentence))
    graph.add((sentence, KG.text, Literal(statement.evidence)))
    graph.add((sentence, KG.start, Literal(statement.start)))
    graph.add((sentence, KG.end, Literal(statement.end)))
    graph.add((sentence, KG.inArticle, article))
    if not statement.negated and statement.modality == "asserted":
        graph.add((subject, relation, obj))
    return node


def build_dataset(extraction: Extraction) -> Dataset:
    """The whole extraction as a Dataset: actors and vocabulary in the default graph,
    each article's statements in a named graph whose name is the article IRI."""
    dataset = bind_prefixes(Dataset())
    default = dataset.default_graph
    for actor in extraction.actors:
        add_actor(default, actor)
    by_doc: dict[str, list[Statement]] = {}
    described: set[URIRef] = set()
    for statement in extraction.statements:
        by_doc.setdefault(statement.doc_id, []).append(statement)
        add_concept(default, relation_class(statement.relation_class))
        if relation_iri(statement.relation) not in described:  # lemmas of one slug share the first's label
            described.add(relation_iri(statement.relation))
            add_relation_terms(default, statement)
    known = {article.doc_id for article in extraction.articles}
    orphans = tuple(Article(doc_id=doc_id, text="") for doc_id in by_doc if doc_id not in known)
    for article in (*extraction.articles, *orphans):
        node = add_article(default, article)
        named = dataset.graph(node)
        for statement in by_doc.get(article.doc_id, []):
            add_statement(named, statement, node)
    return dataset


def union_graph(dataset: Dataset) -> Graph:
    """All triples of a Dataset in one Graph (what Turtle and N-Triples hold)."""
    graph = bind_prefixes(Graph())
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph
