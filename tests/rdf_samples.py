"""Hand-made Extractions for the RDF tests (no spaCy), and helpers to compare datasets."""

from __future__ import annotations

from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.records import Actor, Affiliation, Article, Extraction, Statement

SENTENCES_1 = (
    "Washington has gone through the Iraqis to communicate with Iran.",
    "The U.S. will not cooperate with Iran, officials said.",
    "Khamenei rejected U.S. overtures.",
    "The U.S. intends to meet Iran.",
)
TEXT_1 = " ".join(SENTENCES_1)
TEXT_2 = "Iran cooperates with the United States on \"security\", <sources> said."


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def _statement(doc: str, text: str, sentence: str, **fields: object) -> Statement:
    start, end = _span(text, sentence)
    return Statement(doc_id=doc, evidence=sentence, start=start, end=end, **fields)  # type: ignore[arg-type]


def sample_extraction() -> Extraction:
    """Two articles, five actors (one with affiliations), statements covering via, denial, speaker,
    a non-asserted modality and odd characters."""
    articles = (
        Article("a1", TEXT_1, title="U.S. talks to Iran via Iraq", date="2014-11-07",
                source="https://example.org/news/a1?x=1&y=2"),
        Article("a 2/é", TEXT_2, date="Friday", source="Wire service"),
    )
    actors = (
        Actor("USA", "United States", "country", aliases=("Washington", "U.S."), iso_code="USA"),
        Actor("IRN", "Iran", "country", aliases=("Iranians",), iso_code="IRN"),
        Actor("IRQ", "Iraq", "country", iso_code="IRQ"),
        Actor("ali-khamenei", "Ali Khamenei", "person", aliases=("Khamenei",),
              affiliations=(Affiliation("IRN", "Supreme Leader"),)),
        Actor("officials", "officials", "group", affiliations=(Affiliation("USA"),)),
    )
    s1, s2, s3, s4 = SENTENCES_1
    statements = (
        _statement("a1", TEXT_1, s1, subject="USA", relation="communicate", relation_class="communicate",
                   object="IRN", via="IRQ", rule="clause:via"),
        _statement("a1", TEXT_1, s2, subject="USA", relation="cooperate", relation_class="cooperate",
                   object="IRN", negated=True, attributed_to="officials", rule="clause:negated"),
        _statement("a1", TEXT_1, s3, subject="ali-khamenei", relation="reject", relation_class="reject",
                   object="USA", attributed_to="ali-khamenei"),
        _statement("a1", TEXT_1, s4, subject="USA", relation="meet", relation_class="communicate",
                   object="IRN", modality="intended"),
        _statement("a 2/é", TEXT_2, TEXT_2, subject="IRN", relation="cooperate", relation_class="cooperate",
                   object="USA"),
    )
    return Extraction(articles, actors, statements)


def graphs_by_name(dataset: Dataset) -> dict[Node, Graph]:
    """The non-empty graphs of a dataset by name (the default graph under rdflib's default id)."""
    found: dict[Node, Graph] = {}
    for graph in dataset.graphs():
        if len(graph):
            copy = Graph()
            for triple in graph:
                copy.add(triple)
            found[graph.identifier] = copy
    return found


def same_dataset(a: Dataset, b: Dataset) -> bool:
    """Same graph names and an isomorphic graph under each name."""
    left, right = graphs_by_name(a), graphs_by_name(b)
    return left.keys() == right.keys() and all(isomorphic(left[name], right[name]) for name in left)


__all__ = ["DATASET_DEFAULT_GRAPH_ID", "graphs_by_name", "same_dataset", "sample_extraction"]
