"""What the page shows, read from the RDF: actors, statements grouped into edges, classes, articles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.rdf.table import Row, statement_rows
from kg.rdf.vocab import ACTOR_CLASSES, KG

TYPE_OF_CLASS = {cls: key for key, cls in ACTOR_CLASSES.items()}


@dataclass(frozen=True)
class ActorView:
    iri: str
    name: str
    type: str  # a key of ACTOR_CLASSES, or "actor"
    aliases: tuple[str, ...]
    affiliations: tuple[tuple[str, str], ...]  # (organisation name, role or "")
    statements: int  # how many statements involve it (subject, object or go-between)


@dataclass(frozen=True)
class Evidence:
    text: str
    speaker: str
    doc: str
    modality: str
    start: int
    end: int
    iri: str


@dataclass(frozen=True)
class EdgeView:
    """Statements with the same subject, object, relation, negation and go-between: one edge."""

    subject: str  # actor IRIs
    object: str
    relation: str
    relation_class: str
    negated: bool
    via: str  # IRI of the go-between, or ""
    via_name: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class GraphView:
    actors: dict[str, ActorView]  # IRI -> actor, for actors in at least one statement
    edges: tuple[EdgeView, ...]
    classes: dict[str, float]  # relation class -> Goldstein score
    docs: dict[str, str]  # article identifier -> title (or "")


def edge_key(row: Row) -> tuple[str, str, str, str, str]:
    """How statements are grouped into edges."""
    return row.subject_iri, row.object_iri, row.relation_iri, row.negated, row.via_iri


def group_rows(rows: list[Row]) -> tuple[EdgeView, ...]:
    """One edge per group of rows, in order of first appearance."""
    groups: dict[tuple[str, ...], list[Row]] = {}
    for row in rows:
        groups.setdefault(edge_key(row), []).append(row)
    return tuple(_edge(group) for group in groups.values())


def _edge(rows: list[Row]) -> EdgeView:
    first = rows[0]
    evidence = tuple(Evidence(r.evidence, r.attributed_to, r.doc, r.modality, r.start, r.end, r.statement_iri)
                     for r in rows)
    return EdgeView(first.subject_iri, first.object_iri, first.relation, first.relation_class or "statement",
                    first.negated == "true", first.via_iri, first.via, evidence)


def actor_view(graph: Graph, iri: str, statements: int) -> ActorView:
    """Type, canonical name, aliases and affiliations of one actor, by graph traversal."""
    node = URIRef(iri)
    types = [TYPE_OF_CLASS[t] for t in graph.objects(node, RDF.type) if t in TYPE_OF_CLASS]
    name = graph.value(node, RDFS.label) or graph.value(node, SKOS.prefLabel) or iri.rsplit("/", 1)[-1]
    aliases = tuple(sorted(str(a) for a in graph.objects(node, SKOS.altLabel)))
    return ActorView(iri, str(name), min(types, default="actor"), aliases, _affiliations(graph, node), statements)


def _affiliations(graph: Graph, node: URIRef) -> tuple[tuple[str, str], ...]:
    """(organisation, role) from kg:affiliation, then kg:memberOf organisations not already named."""
    found = {(_label(graph, graph.value(a, KG.organisation)), str(graph.value(a, KG.role) or ""))
             for a in graph.objects(node, KG.affiliation)}
    named = {org for org, _ in found}
    found |= {(_label(graph, org), "") for org in graph.objects(node, KG.memberOf)
              if _label(graph, org) not in named}
    return tuple(sorted(found))


def _label(graph: Graph, node: object) -> str:
    return str(graph.value(node, RDFS.label) or node or "")  # type: ignore[arg-type]


def relation_classes(graph: Graph) -> dict[str, float]:
    """Every relation class the graph describes, with its Goldstein score."""
    classes = {}
    for node in graph.subjects(RDF.type, KG.RelationClass):
        name, score = graph.value(node, SKOS.prefLabel), graph.value(node, KG.goldstein)
        if name is not None:
            classes[str(name)] = float(score) if score is not None else 0.0
    return classes


def article_titles(graph: Graph) -> dict[str, str]:
    """Article identifier -> title."""
    return {str(graph.value(a, DCTERMS.identifier)): str(graph.value(a, DCTERMS.title) or "")
            for a in graph.subjects(RDF.type, KG.Article) if graph.value(a, DCTERMS.identifier) is not None}


def participation(rows: list[Row]) -> Counter[str]:
    """Actor IRI -> number of statements it takes part in (as subject, object or go-between)."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update({row.subject_iri, row.object_iri, row.via_iri} - {""})
    return counts


def read_view(graph: Graph) -> GraphView:
    """Everything the page needs from an rdflib graph."""
    rows = statement_rows(graph)
    counts = participation(rows)
    actors = {iri: actor_view(graph, iri, n) for iri, n in sorted(counts.items())}
    classes = relation_classes(graph)
    for row in rows:
        classes.setdefault(row.relation_class or "statement", 0.0)
    return GraphView(actors, group_rows(rows), classes, article_titles(graph))


def actor_graph(view: GraphView) -> nx.MultiDiGraph:
    """The networkx model of the page: actors as nodes, edge groups as keyed edges."""
    model = nx.MultiDiGraph()
    model.add_nodes_from((iri, {"actor": actor}) for iri, actor in view.actors.items())
    for index, edge in enumerate(view.edges):
        model.add_edge(edge.subject, edge.object, key=index, edge=edge)
    return model
