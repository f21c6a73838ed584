"""Issue 5: ontologies/kg.ttl is an OWL ontology others can use, in sync with the code's vocabulary,
aligned with PROV-O, schema.org, FOAF, SKOS and Dublin Core; its taxonomy is kg/taxonomy.py's."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT
from rdf_samples import sample_extraction
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDFS, SDO, SKOS, XSD

from kg.rdf.build import build_dataset, union_graph
from kg.rdf.ontology import (
    CONTEXT_PATH,
    GENERATED_MARKER,
    ONTOLOGY_PATH,
    SHAPES_PATH,
    load_ontology,
    taxonomy_graph,
    taxonomy_turtle,
)
from kg.rdf.vocab import BASE, KG, ONTOLOGY, PREFIXES, TAX, TAXONOMY, actor_iri
from kg.taxonomy import CLASSES

KG_NS = str(KG._NS)
CAMEO = next((p for p in (ROOT.parent / "shared" / "reference" / "cameo", Path("/work/shared/reference/cameo"))
              if p.is_dir()), Path("/work/shared/reference/cameo"))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def kg_terms_of(graph: Graph) -> set[str]:
    """Local names of every kg: IRI a graph mentions."""
    nodes = {node for triple in graph for node in triple if isinstance(node, URIRef)}
    return {str(node)[len(KG_NS):] for node in nodes if str(node).startswith(KG_NS) and str(node) != KG_NS}


def code_namespace_terms() -> set[str]:
    """The terms the closed DefinedNamespace KG declares."""
    return set(KG.__annotations__)


def terms_used_in_files() -> dict[str, set[str]]:
    """kg: terms written in code, queries, shapes, the JSON-LD context and the README, by file."""
    files = [*ROOT.joinpath("kg").rglob("*.py"), *ROOT.joinpath("kg/rdf/queries").glob("*.rq"),
             SHAPES_PATH, CONTEXT_PATH, ROOT / "README.md"]
    patterns = (r"\bKG\.([A-Za-z]\w*)", r"(?<![\w/])kg:([A-Za-z]\w*)", re.escape(KG_NS) + r"([A-Za-z]\w*)")
    used = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        used[str(path.relative_to(ROOT))] = {m for p in patterns for m in re.findall(p, text)}
    return used


def test_the_ontology_is_an_owl_ontology(ontology: Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    for predicate in (RDFS.label, RDFS.comment, OWL.versionInfo, DCTERMS.license):
        assert ontology.value(ONTOLOGY, predicate) is not None, predicate


def test_every_code_term_is_in_the_ontology_and_back(ontology: Graph) -> None:
    in_code, in_ontology = code_namespace_terms(), kg_terms_of(ontology)
    assert in_code - in_ontology == set(), "terms of kg/rdf/vocab.py missing from ontologies/kg.ttl"
    assert in_ontology - in_code == set(), "terms of ontologies/kg.ttl missing from KG in kg/rdf/vocab.py"


def test_every_term_written_anywhere_is_defined(ontology: Graph) -> None:
    defined = kg_terms_of(ontology)
    unknown = {path: terms - defined for path, terms in terms_used_in_files().items() if terms - defined}
    assert unknown == {}


def test_every_term_is_declared_labelled_and_commented(ontology: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for name in code_namespace_terms():
        term = KG[name]
        assert set(ontology.objects(term, RDF.type)) & kinds, f"{name} is not declared"
        assert ontology.value(term, RDFS.label) is not None, f"{name} has no rdfs:label"
        assert ontology.value(term, RDFS.comment) is not None, f"{name} has no rdfs:comment"


def test_properties_have_a_domain_and_a_range(ontology: Graph) -> None:
    for prop in {*ontology.subjects(RDF.type, OWL.ObjectProperty), *ontology.subjects(RDF.type, OWL.DatatypeProperty)}:
        assert ontology.value(prop, RDFS.domain) is not None, prop
        assert ontology.value(prop, RDFS.range) is not None, prop
    assert ontology.value(KG.negated, RDFS.range) == XSD.boolean
    assert ontology.value(KG.subject, RDFS.range) == KG.Actor


@pytest.mark.parametrize(
    ("term", "predicate", "target"),
    [
        (KG.Statement, RDFS.subClassOf, PROV.Entity),
        (KG.attributedTo, RDFS.subPropertyOf, PROV.wasAttributedTo),
        (KG.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (KG.Actor, RDFS.subClassOf, PROV.Agent),
        (KG.Person, RDFS.subClassOf, SDO.Person),
        (KG.Person, RDFS.subClassOf, FOAF.Person),
        (KG.Organisation, RDFS.subClassOf, SDO.Organization),
        (KG.Country, RDFS.subClassOf, SDO.Country),
        (KG.RelationClass, RDFS.subClassOf, SKOS.Concept),
        (KG.Article, RDFS.subClassOf, PROV.Entity),
        (KG.inArticle, RDFS.subPropertyOf, DCTERMS.isPartOf),
    ],
)
def test_aligned_with_standard_vocabularies(ontology: Graph, term: URIRef, predicate: URIRef, target: URIRef) -> None:
    assert (term, predicate, target) in ontology


def test_the_taxonomy_section_is_generated_from_kg_taxonomy(ontology: Graph) -> None:
    text = ONTOLOGY_PATH.read_text(encoding="utf-8")
    assert GENERATED_MARKER in text
    assert text.split(GENERATED_MARKER, 1)[1].strip() == taxonomy_turtle().strip(), \
        "kg/taxonomy.py changed: run `python -m kg.rdf.ontology` to regenerate ontologies/kg.ttl"
    generated = taxonomy_graph()
    section = Graph()
    for s, p, o in ontology:
        if s == TAXONOMY or str(s).startswith(str(TAX)):
            section.add((s, p, o))
    assert isomorphic(section, generated)


def test_the_taxonomy_is_a_skos_scheme_of_18_concepts(ontology: Graph) -> None:
    concepts = set(ontology.subjects(SKOS.inScheme, TAXONOMY))
    assert len(concepts) == len(CLASSES) == 18
    assert (TAXONOMY, RDF.type, SKOS.ConceptScheme) in ontology
    for cls in CLASSES:
        node = URIRef(f"{BASE}taxonomy/{cls.name}")
        assert node in concepts
        assert ontology.value(node, SKOS.prefLabel) == Literal(cls.name)
        assert ontology.value(node, SKOS.definition) == Literal(cls.description, lang="en")
        assert ontology.value(node, KG.cameoRoot) == Literal(cls.cameo_root)
        assert float(ontology.value(node, KG.goldstein).toPython()) == cls.goldstein
        assert ontology.value(node, RDFS.label) is not None and ontology.value(node, RDFS.comment) is not None


def _cameo_table(name: str) -> dict[str, str]:
    lines = (CAMEO / name).read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


@pytest.mark.skipif(not CAMEO.is_dir(), reason="the GDELT CAMEO lookup tables are not beside the repo")
def test_taxonomy_facts_agree_with_the_gdelt_cameo_tables() -> None:
    codes, scores = _cameo_table("CAMEO.eventcodes.txt"), _cameo_table("CAMEO.goldsteinscale.txt")
    for cls in CLASSES:
        assert codes[cls.cameo_root].strip() == cls.cameo_label, cls.name
        assert float(scores[cls.cameo_root]) == cls.goldstein, cls.name


def test_owl_rl_closure_runs_and_infers_the_alignments(ontology: Graph) -> None:
    import owlrl

    graph = Graph()
    for triple in (*ontology, *union_graph(build_dataset(sample_extraction()))):
        graph.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    khamenei = actor_iri("ali-khamenei")
    assert (khamenei, RDF.type, SDO.Person) in graph
    assert (khamenei, RDF.type, PROV.Agent) in graph
    assert (actor_iri("USA"), RDF.type, SDO.Country) in graph
    statements = set(graph.subjects(RDF.type, KG.Statement))
    assert statements and all((s, RDF.type, PROV.Entity) in graph for s in statements)
    assert any(graph.triples((None, PROV.wasAttributedTo, khamenei)))


@pytest.mark.parametrize("path", [ONTOLOGY_PATH, SHAPES_PATH], ids=lambda p: p.name)
def test_ontology_files_parse_in_independent_parsers(path: Path) -> None:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(path, format="turtle"))
    result = subprocess.run(["rapper", "-q", "-i", "turtle", "-c", str(path)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr


def test_the_json_ld_context_matches_kgs_prefixes() -> None:
    context = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    for prefix, namespace in PREFIXES.items():
        assert context[prefix] == str(namespace), prefix


def test_the_repo_folders_point_into_the_package() -> None:
    assert (ROOT / "ontologies" / "kg.ttl").resolve() == ONTOLOGY_PATH
    assert (ROOT / "ontologies" / "shapes.ttl").resolve() == SHAPES_PATH
    assert (ROOT / "ontologies" / "context.jsonld").resolve() == CONTEXT_PATH
