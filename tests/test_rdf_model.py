"""Issue 5: every statement is a node (W3C n-ary relation pattern 1); articles are named graphs;
asserted, non-negated statements get a direct triple and denied ones never do."""

from __future__ import annotations

import dataclasses

import pytest
from rdf_samples import sample_extraction
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.rdf.build import EXTRACTOR, build_dataset, statement_iri, union_graph
from kg.rdf.vocab import KG, actor_iri, article_iri, relation_class_iri, relation_iri, sentence_iri
from kg.records import Extraction

USA, IRN, IRQ = actor_iri("USA"), actor_iri("IRN"), actor_iri("IRQ")


@pytest.fixture(scope="module")
def sample() -> Extraction:
    return sample_extraction()


@pytest.fixture(scope="module")
def dataset(sample: Extraction) -> Dataset:
    return build_dataset(sample)


@pytest.fixture(scope="module")
def graph(dataset: Dataset) -> Graph:
    return union_graph(dataset)


def test_a_statement_node_holds_every_part(sample: Extraction, graph: Graph) -> None:
    statement = sample.statements[0]
    node = statement_iri(statement)
    sentence = sentence_iri("a1", statement.start, statement.end)
    expected = {
        (RDF.type, KG.Statement), (KG.subject, USA), (KG.object, IRN), (KG.via, IRQ),
        (KG.relation, relation_iri("communicate")), (KG.relationClass, relation_class_iri("communicate")),
        (KG.negated, Literal(False)), (KG.modality, Literal("asserted")), (KG.evidence, sentence),
        (PROV.wasDerivedFrom, article_iri("a1")), (KG.extractorVersion, Literal(EXTRACTOR)),
        (KG.rule, Literal("clause:via")),
    }
    assert set(graph.predicate_objects(node)) == expected
    assert graph.value(sentence, KG.text) == Literal(statement.evidence)
    assert (graph.value(sentence, KG.start), graph.value(sentence, KG.end)) == (Literal(statement.start),
                                                                                Literal(statement.end))
    assert graph.value(sentence, KG.inArticle) == article_iri("a1")
    assert sample.articles[0].text[statement.start:statement.end] == statement.evidence


def test_literal_datatypes(sample: Extraction, graph: Graph) -> None:
    node = statement_iri(sample.statements[1])
    assert graph.value(node, KG.negated) == Literal(True)
    assert graph.value(node, KG.negated).datatype == XSD.boolean
    sentence = graph.value(node, KG.evidence)
    assert graph.value(sentence, KG.start).datatype == XSD.integer


def test_attribution_is_kept(sample: Extraction, graph: Graph) -> None:
    assert graph.value(statement_iri(sample.statements[1]), KG.attributedTo) == actor_iri("officials")
    assert graph.value(statement_iri(sample.statements[0]), KG.attributedTo) is None


def test_an_asserted_statement_gets_its_direct_triple(graph: Graph) -> None:
    assert (USA, relation_iri("communicate"), IRN) in graph
    assert (actor_iri("ali-khamenei"), relation_iri("reject"), USA) in graph
    assert (IRN, relation_iri("cooperate"), USA) in graph


def test_a_denied_statement_never_gets_a_direct_triple(graph: Graph) -> None:
    assert (USA, relation_iri("cooperate"), IRN) not in graph


def test_a_lone_negated_statement_has_no_direct_triple(sample: Extraction) -> None:
    denied = sample.statements[1]
    graph = union_graph(build_dataset(dataclasses.replace(sample, statements=(denied,))))
    assert (None, relation_iri("cooperate"), None) not in graph
    assert (statement_iri(denied), KG.negated, Literal(True)) in graph


@pytest.mark.parametrize("modality", ["attempted", "intended", "hypothetical", "requested"])
def test_a_non_asserted_statement_has_no_direct_triple(sample: Extraction, modality: str) -> None:
    statement = dataclasses.replace(sample.statements[0], modality=modality)
    graph = union_graph(build_dataset(dataclasses.replace(sample, statements=(statement,))))
    assert (USA, relation_iri("communicate"), IRN) not in graph
    assert (statement_iri(statement), KG.modality, Literal(modality)) in graph


def test_seed_denials_have_no_direct_triple_of_their_own(seed_graph: Graph) -> None:
    denied = list(seed_graph.subjects(KG.negated, Literal(True)))
    assert denied, "the seed has denials"
    for node in denied:
        s, r, o = (seed_graph.value(node, p) for p in (KG.subject, KG.relation, KG.object))
        if (s, r, o) in seed_graph:  # only when another, asserted statement says the same
            backers = set(seed_graph.subjects(KG.subject, s)) & set(seed_graph.subjects(KG.object, o))
            assert any(seed_graph.value(b, KG.negated) == Literal(False)
                       and seed_graph.value(b, KG.relation) == r for b in backers)


def test_each_article_is_a_named_graph_holding_its_statements(sample: Extraction, dataset: Dataset) -> None:
    names = {g.identifier for g in dataset.graphs() if len(g) and isinstance(g.identifier, URIRef)}
    assert {article_iri("a1"), article_iri("a 2/é")} <= names
    for statement in sample.statements:
        named = dataset.graph(article_iri(statement.doc_id))
        assert (statement_iri(statement), RDF.type, KG.Statement) in named


def test_articles_carry_dublin_core(graph: Graph) -> None:
    a1, a2 = article_iri("a1"), article_iri("a 2/é")
    assert graph.value(a1, DCTERMS.title) == Literal("U.S. talks to Iran via Iraq")
    assert graph.value(a1, DCTERMS.date) == Literal("2014-11-07", datatype=XSD.date)
    assert graph.value(a1, DCTERMS.source) == URIRef("https://example.org/news/a1?x=1&y=2")
    assert graph.value(a1, DCTERMS.identifier) == Literal("a1")
    assert graph.value(a2, DCTERMS.date) == Literal("Friday")
    assert graph.value(a2, DCTERMS.source) == Literal("Wire service")
    assert graph.value(a2, DCTERMS.title) is None


def test_actors_have_types_names_aliases_and_affiliations(graph: Graph) -> None:
    assert set(graph.objects(USA, RDF.type)) == {KG.Actor, KG.Country}
    assert graph.value(USA, RDFS.label) == Literal("United States")
    assert graph.value(USA, SKOS.prefLabel) == Literal("United States")
    assert set(graph.objects(USA, SKOS.altLabel)) == {Literal("Washington"), Literal("U.S.")}
    assert graph.value(USA, KG.isoCode) == Literal("USA")
    khamenei = actor_iri("ali-khamenei")
    assert (khamenei, RDF.type, KG.Person) in graph
    assert graph.value(khamenei, KG.memberOf) == IRN
    affiliation = graph.value(khamenei, KG.affiliation)
    assert (affiliation, RDF.type, KG.Affiliation) in graph
    assert graph.value(affiliation, KG.organisation) == IRN
    assert graph.value(affiliation, KG.role) == Literal("Supreme Leader")


def test_relations_describe_themselves(graph: Graph) -> None:
    meet = relation_iri("meet")
    assert (meet, RDF.type, KG.Relation) in graph
    assert graph.value(meet, RDFS.label) == Literal("meet")
    assert graph.value(meet, KG.relationClass) == relation_class_iri("communicate")
    concept = relation_class_iri("communicate")
    assert (concept, RDF.type, SKOS.Concept) in graph
    assert graph.value(concept, KG.cameoRoot) == Literal("04")
    assert graph.value(concept, KG.goldstein) == Literal("1.0", datatype=XSD.decimal)


def test_statement_iris_are_stable_and_tell_statements_apart(sample: Extraction) -> None:
    first = sample.statements[0]
    assert statement_iri(first) == statement_iri(dataclasses.replace(first))
    for change in ({"negated": True}, {"via": None}, {"modality": "intended"}, {"attributed_to": "IRN"},
                   {"start": first.start + 1}, {"object": "IRQ"}):
        assert statement_iri(dataclasses.replace(first, **change)) != statement_iri(first), change


def test_a_statement_of_an_unknown_article_gets_an_article_node(sample: Extraction) -> None:
    stray = dataclasses.replace(sample.statements[0], doc_id="elsewhere")
    dataset = build_dataset(dataclasses.replace(sample, statements=(stray,)))
    assert (article_iri("elsewhere"), RDF.type, KG.Article) in union_graph(dataset)
    assert (statement_iri(stray), PROV.wasDerivedFrom, article_iri("elsewhere")) in dataset.graph(
        article_iri("elsewhere"))


def test_an_unknown_relation_class_is_a_clear_error(sample: Extraction) -> None:
    bad = dataclasses.replace(sample.statements[0], relation_class="smile")
    with pytest.raises(ValueError, match="unknown relation class 'smile'"):
        build_dataset(dataclasses.replace(sample, statements=(bad,)))


def test_lemmas_sharing_a_slug_share_one_relation_label(sample: Extraction) -> None:
    one = dataclasses.replace(sample.statements[0], relation="send letter")
    two = dataclasses.replace(sample.statements[0], relation="Send  Letter", start=0, end=5)
    graph = union_graph(build_dataset(dataclasses.replace(sample, statements=(one, two))))
    assert list(graph.objects(relation_iri("send letter"), RDFS.label)) == [Literal("send letter")]


def test_seed_statements_each_live_in_one_article_graph(seed_dataset: Dataset) -> None:
    statements = set(union_graph(seed_dataset).subjects(RDF.type, KG.Statement))
    assert statements
    for node in statements:
        homes = [g.identifier for g in seed_dataset.graphs() if (node, RDF.type, KG.Statement) in g]
        assert len(homes) == 1 and homes[0] == union_graph(seed_dataset).value(node, PROV.wasDerivedFrom)

