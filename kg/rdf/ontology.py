"""The kg ontology files (shipped inside the package) and the relation taxonomy as SKOS, generated
from kg/taxonomy.py. `python -m kg.rdf.ontology` rewrites the generated end of ontologies/kg.ttl."""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.rdf.vocab import KG, TAXONOMY, bind_prefixes, relation_class_iri
from kg.taxonomy import CLASSES, RelationClass

ONTOLOGY_DIR = Path(__file__).resolve().parent / "ontologies"
ONTOLOGY_PATH = ONTOLOGY_DIR / "kg.ttl"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT_PATH = ONTOLOGY_DIR / "context.jsonld"

GENERATED_MARKER = (
    "#################################################################\n"
    "# Relation taxonomy: generated from kg/taxonomy.py by `python -m kg.rdf.ontology`; do not edit below.\n"
    "#################################################################\n"
)


def add_concept(graph: Graph, cls: RelationClass) -> URIRef:
    """One relation class as a SKOS concept with its CAMEO root code and Goldstein score."""
    node = relation_class_iri(cls.name)
    for type_ in (SKOS.Concept, KG.RelationClass):
        graph.add((node, RDF.type, type_))
    graph.add((node, SKOS.inScheme, TAXONOMY))
    graph.add((node, SKOS.topConceptOf, TAXONOMY))
    graph.add((node, SKOS.prefLabel, Literal(cls.name)))
    graph.add((node, RDFS.label, Literal(cls.name)))
    graph.add((node, SKOS.definition, Literal(cls.description, lang="en")))
    graph.add((node, RDFS.comment, Literal(f"{cls.description} CAMEO root {cls.cameo_root} {cls.cameo_label}, "
                                           f"Goldstein {cls.goldstein:+.1f}.", lang="en")))
    graph.add((node, SKOS.scopeNote, Literal(f"CAMEO {cls.cameo_root}: {cls.cameo_label}", lang="en")))
    graph.add((node, KG.cameoRoot, Literal(cls.cameo_root)))
    graph.add((node, KG.goldstein, Literal(f"{cls.goldstein:.1f}", datatype=XSD.decimal)))
    return node


def taxonomy_graph() -> Graph:
    """The concept scheme and all the relation classes of kg/taxonomy.py."""
    graph = bind_prefixes(Graph())
    graph.add((TAXONOMY, RDF.type, SKOS.ConceptScheme))
    graph.add((TAXONOMY, SKOS.prefLabel, Literal("kg relation taxonomy", lang="en")))
    graph.add((TAXONOMY, RDFS.label, Literal("kg relation taxonomy", lang="en")))
    graph.add((TAXONOMY, RDFS.comment, Literal(
        "The classes of relation kg reads, each mapped to a CAMEO root event code and its Goldstein score "
        "(facts from the GDELT CAMEO lookup tables).", lang="en")))
    for cls in CLASSES:
        graph.add((TAXONOMY, SKOS.hasTopConcept, add_concept(graph, cls)))
    return graph


def taxonomy_turtle() -> str:
    """The taxonomy as Turtle without @prefix lines (kg.ttl declares them above the marker)."""
    text = taxonomy_graph().serialize(format="turtle")
    return "\n".join(line for line in text.splitlines() if not line.startswith("@prefix")).strip() + "\n"


def hand_written_part(text: str) -> str:
    """The part of kg.ttl above the generated marker."""
    return text.split(GENERATED_MARKER, 1)[0].rstrip() + "\n"


def regenerate(path: Path = ONTOLOGY_PATH) -> bool:
    """Rewrite the generated taxonomy at the end of kg.ttl; True when the file changed."""
    old = path.read_text(encoding="utf-8")
    new = f"{hand_written_part(old)}\n{GENERATED_MARKER}\n{taxonomy_turtle()}"
    if new == old:
        return False
    path.write_text(new, encoding="utf-8")
    return True


def load_ontology() -> Graph:
    """ontologies/kg.ttl as a Graph."""
    return bind_prefixes(Graph()).parse(ONTOLOGY_PATH, format="turtle")


def main() -> int:
    """Regenerate the taxonomy section of kg.ttl and say whether it changed."""
    changed = regenerate()
    print(f"{ONTOLOGY_PATH}: {'regenerated' if changed else 'up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
