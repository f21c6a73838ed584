"""Issue 5: every format round-trips (Turtle, N-Triples, TriG, N-Quads, JSON-LD), whatever the text,
and parses in independent parsers (pyoxigraph, rapper)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdf_samples import same_dataset, sample_extraction
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.cli import main
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.io import json_ld_context, load_dataset, serialize
from kg.rdf.store import from_oxigraph
from kg.rdf.vocab import slug
from kg.records import Actor, Affiliation, Article, Extraction, Statement

TRIPLE_FORMATS = {"ttl": "turtle", "nt": "nt"}
QUAD_FORMATS = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
OXIGRAPH_FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "nq": "N_QUADS", "jsonld": "JSON_LD"}
RAPPER_FORMATS = {"ttl": "turtle", "nt": "ntriples", "trig": "trig", "nq": "nquads"}


def rdflib_read(text: str, fmt: str) -> Graph:
    """Parse kg's serialisation with rdflib: a Graph for triple formats, a Dataset for quad formats."""
    if fmt in TRIPLE_FORMATS:
        return Graph().parse(data=text, format=TRIPLE_FORMATS[fmt])
    dataset = Dataset()
    dataset.parse(data=text, format=QUAD_FORMATS[fmt])
    return dataset


def oxigraph_read(text: str, fmt: str) -> Dataset:
    """Parse with pyoxigraph (an independent parser) into an rdflib Dataset, graph names kept."""
    dataset = Dataset()
    quads = pyoxigraph.parse(text.encode("utf-8"), format=getattr(pyoxigraph.RdfFormat, OXIGRAPH_FORMATS[fmt]))
    for quad in quads:
        name = DATASET_DEFAULT_GRAPH_ID if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) \
            else from_oxigraph(quad.graph_name)
        dataset.graph(name).add((from_oxigraph(quad.subject), from_oxigraph(quad.predicate),
                                 from_oxigraph(quad.object)))
    return dataset


def round_trips(dataset: Dataset, fmt: str, parsed: Graph) -> bool:
    """The parsed graph is the written one: isomorphic union for triple formats, per named graph for quads."""
    if fmt in TRIPLE_FORMATS:
        return isomorphic(union_graph(dataset), union_graph(parsed) if isinstance(parsed, Dataset) else parsed)
    return same_dataset(dataset, parsed)  # type: ignore[arg-type]


ALL_FORMATS = [*TRIPLE_FORMATS, *QUAD_FORMATS]


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_the_seed_round_trips_in_rdflib(seed_dataset: Dataset, fmt: str) -> None:
    assert round_trips(seed_dataset, fmt, rdflib_read(serialize(seed_dataset, fmt), fmt))


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_the_seed_round_trips_through_pyoxigraph(seed_dataset: Dataset, fmt: str) -> None:
    assert round_trips(seed_dataset, fmt, oxigraph_read(serialize(seed_dataset, fmt), fmt))


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_a_hand_made_dataset_round_trips(fmt: str) -> None:
    dataset = build_dataset(sample_extraction())
    text = serialize(dataset, fmt)
    assert round_trips(dataset, fmt, rdflib_read(text, fmt))
    assert round_trips(dataset, fmt, oxigraph_read(text, fmt))


@pytest.mark.parametrize("fmt", list(RAPPER_FORMATS))
def test_every_seed_serialisation_parses_in_rapper(seed_dataset: Dataset, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"seed.{fmt}"
    path.write_text(serialize(seed_dataset, fmt), encoding="utf-8")
    result = subprocess.run(["rapper", "-i", RAPPER_FORMATS[fmt], "-c", str(path)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    statements = len(list(seed_dataset.quads())) if fmt in QUAD_FORMATS else len(union_graph(seed_dataset))
    assert f"returned {statements} " in result.stderr, result.stderr


def test_json_ld_uses_the_shipped_context(seed_dataset: Dataset) -> None:
    text = serialize(seed_dataset, "jsonld")
    assert '"subject": "actor:' in text and '"negated": "' in text
    assert json_ld_context()["kg"] == "https://w3id.org/kg-news/ns#"


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_kg_export_writes_a_file_that_loads_back(seed_build: Path, tmp_path: Path, fmt: str) -> None:
    source = next(seed_build.glob("*.ttl"))
    out = tmp_path / f"graph.{fmt}"
    assert main(["export", str(source), "--format", fmt, "-o", str(out)]) == 0
    assert isomorphic(union_graph(load_dataset(out)), union_graph(load_dataset(source)))


def test_exporting_trig_keeps_the_article_graphs(seed_dataset: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "seed.trig"
    path.write_text(serialize(seed_dataset, "trig"), encoding="utf-8")
    assert same_dataset(seed_dataset, load_dataset(path))


# --- whatever the text: property tests on hand-made extractions -------------------------------------------

TEXT = st.text(min_size=1, max_size=120)
NAME = TEXT.filter(lambda t: t.strip() != "")


def random_extraction(subject: str, obj: str, speaker: str, sentence: str, relation: str, doc: str,
                      title: str | None, source: str | None, role: str | None) -> Extraction:
    """One article, three actors named by arbitrary text, one asserted and one denied statement."""
    keys = {"subject": subject, "object": f"o-{slug(obj)}", "speaker": f"s-{slug(speaker)}"}
    actors = (
        Actor(keys["subject"], subject, "person", aliases=(f"{subject} ({speaker})",),
              affiliations=(Affiliation(keys["object"], role),)),
        Actor(keys["object"], obj, "organisation"),
        Actor(keys["speaker"], speaker, "group"),
    )
    common = {"doc_id": doc, "evidence": sentence, "start": 0, "end": len(sentence), "relation": relation,
              "relation_class": "communicate", "attributed_to": keys["speaker"]}
    statements = (
        Statement(subject=keys["subject"], object=keys["object"], via=keys["speaker"], **common),  # type: ignore[arg-type]
        Statement(subject=keys["object"], object=keys["subject"], negated=True, **common),  # type: ignore[arg-type]
    )
    article = Article(doc, sentence, title=title, date=None, source=source)
    return Extraction((article,), actors, statements)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=NAME, obj=NAME, speaker=NAME, sentence=TEXT, relation=NAME, doc=NAME,
       title=st.none() | TEXT, source=st.none() | TEXT, role=st.none() | TEXT)
@example(subject='"Quoted" <Angle> & \\back\\', obj="Ирина Петрова", speaker="習近平", sentence="🙂 said \"no\"\r\n",
         relation="send > letter", doc="doc with spaces/é", title="Ti'tle\n", source="https://x.org/a%20b?q=1#f",
         role="Minister of \"Things\"")
@example(subject="x" * 4000, obj="😀🙃", speaker="\u200b\u00a0", sentence="\x00\x01\x7f\ufffe", relation="🙂",
         doc="a" * 300, title=None, source="http://a:b", role=None)
def test_any_text_round_trips_in_every_format(subject: str, obj: str, speaker: str, sentence: str, relation: str,
                                              doc: str, title: str | None, source: str | None,
                                              role: str | None) -> None:
    dataset = build_dataset(random_extraction(subject, obj, speaker, sentence, relation, doc, title, source, role))
    for fmt in ALL_FORMATS:
        text = serialize(dataset, fmt)
        assert round_trips(dataset, fmt, rdflib_read(text, fmt)), f"rdflib: {fmt}"
        assert round_trips(dataset, fmt, oxigraph_read(text, fmt)), f"pyoxigraph: {fmt}"


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=NAME, obj=NAME, speaker=NAME, sentence=TEXT, relation=NAME, doc=NAME)
def test_any_text_makes_a_valid_graph(subject: str, obj: str, speaker: str, sentence: str, relation: str,
                                      doc: str) -> None:
    from kg.rdf.validate import validate_graph

    extraction = random_extraction(subject, obj, speaker, sentence, relation, doc, None, None, None)
    report = validate_graph(union_graph(build_dataset(extraction)))
    assert report.conforms, report.summary()
