"""RDF: the kg vocabulary, graph building, serialisation, SPARQL queries, validation."""
