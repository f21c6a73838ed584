"""Issue 5: SHACL shapes catch broken graphs; `kg validate` reports them; `kg build` writes nothing
for a graph that breaks them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdf_samples import sample_extraction
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kg.cli import main
from kg.rdf.build import build_dataset, statement_iri, union_graph
from kg.rdf.io import serialize
from kg.rdf.validate import ValidationError, check_graph, validate_graph
from kg.rdf.vocab import KG, actor_iri, relation_class_iri, relation_iri

SAMPLE = sample_extraction()
ASSERTED, DENIED = statement_iri(SAMPLE.statements[0]), statement_iri(SAMPLE.statements[1])


def sample_graph() -> Graph:
    return union_graph(build_dataset(SAMPLE))


def sentence_of(graph: Graph) -> URIRef:
    return graph.value(ASSERTED, KG.evidence)  # type: ignore[return-value]


# name -> (how to break the graph, the path the violation names)
BREAKAGES: dict[str, tuple[Callable[[Graph], None], str]] = {
    "statement without a subject": (lambda g: g.remove((ASSERTED, KG.subject, None)), "kg:subject"),
    "statement with two subjects": (lambda g: g.add((ASSERTED, KG.subject, actor_iri("IRQ"))), "kg:subject"),
    "subject that is not an actor": (lambda g: g.set((ASSERTED, KG.subject, URIRef("urn:x:nobody"))), "kg:subject"),
    "negated not a boolean": (lambda g: g.set((ASSERTED, KG.negated, Literal("no"))), "kg:negated"),
    "negated as an integer": (lambda g: g.set((ASSERTED, KG.negated, Literal(0))), "kg:negated"),
    "modality outside the set": (lambda g: g.set((ASSERTED, KG.modality, Literal("perhaps"))), "kg:modality"),
    "offset start after end": (lambda g: g.set((sentence_of(g), KG.start, Literal(10_000))), "kg:start"),
    "negative offset": (lambda g: g.set((sentence_of(g), KG.end, Literal(-1))), "kg:end"),
    "offset as a string": (lambda g: g.set((sentence_of(g), KG.start, Literal("3"))), "kg:start"),
    "statement without evidence": (lambda g: g.remove((ASSERTED, KG.evidence, None)), "kg:evidence"),
    "statement without extractor version": (lambda g: g.remove((ASSERTED, KG.extractorVersion, None)),
                                            "kg:extractorVersion"),
    "direct triple without a statement": (
        lambda g: g.add((actor_iri("IRQ"), relation_iri("cooperate"), actor_iri("IRN"))), ""),
    "asserted statement without its direct triple": (
        lambda g: g.remove((actor_iri("USA"), relation_iri("communicate"), actor_iri("IRN"))), ""),
    "actor without a label": (lambda g: g.remove((actor_iri("IRQ"), RDFS.label, None)), "rdfs:label"),
    "bad ISO code": (lambda g: g.set((actor_iri("IRQ"), KG.isoCode, Literal("iraq"))), "kg:isoCode"),
    "goldstein out of range": (
        lambda g: g.set((relation_class_iri("communicate"), KG.goldstein, Literal("11.0", datatype=XSD.decimal))),
        "kg:goldstein"),
    "relation without a class": (lambda g: g.remove((relation_iri("meet"), KG.relationClass, None)),
                                 "kg:relationClass"),
    "statement both denied and not": (lambda g: g.add((ASSERTED, KG.negated, Literal(True))),
                                                     "kg:negated"),
}


def test_a_hand_made_graph_conforms() -> None:
    report = validate_graph(sample_graph())
    assert report.conforms, report.summary()


def test_the_seed_graph_conforms(seed_graph: Graph) -> None:
    report = validate_graph(seed_graph)
    assert report.conforms, report.summary()


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_a_broken_graph_is_caught(name: str) -> None:
    graph = sample_graph()
    breaks, path = BREAKAGES[name]
    breaks(graph)
    report = validate_graph(graph)
    assert not report.conforms
    assert any(v.path == path for v in report.violations), report.summary()


def test_a_denied_statement_with_a_direct_triple_is_caught() -> None:
    graph = sample_graph()
    graph.add((actor_iri("USA"), relation_iri("cooperate"), actor_iri("IRN")))
    graph.remove((actor_iri("IRN"), relation_iri("cooperate"), actor_iri("USA")))
    report = validate_graph(graph)
    assert not report.conforms
    assert any(v.focus == "kg:Relation" and v.value == "actor:USA" and "rel/cooperate" in v.message
               for v in report.violations), report.summary()


def test_check_graph_raises_with_a_readable_report() -> None:
    graph = sample_graph()
    graph.remove((DENIED, KG.subject, None))
    with pytest.raises(ValidationError, match=r"(?s)nothing written.*1 SHACL violation.*exactly one subject"):
        check_graph(graph)


def test_the_report_lists_each_violation_on_one_line() -> None:
    graph = sample_graph()
    graph.set((DENIED, KG.modality, Literal("perhaps")))
    graph.set((DENIED, KG.negated, Literal("maybe")))
    lines = validate_graph(graph).summary().splitlines()
    assert lines[0] == "2 SHACL violation(s):"
    assert any(line.strip().startswith("Violation: stmt:") and 'kg:modality = "perhaps"' in line for line in lines)
    assert any('kg:negated = "maybe"' in line for line in lines)


def write(tmp_path: Path, graph: Graph, name: str = "g.ttl") -> Path:
    path = tmp_path / name
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    return path


def test_kg_validate_passes_a_good_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "good.trig"
    path.write_text(serialize(build_dataset(SAMPLE), "trig"), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out.startswith("conforms")


def test_kg_validate_fails_a_broken_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = sample_graph()
    graph.remove((DENIED, KG.subject, None))
    graph.set((sentence_of(graph), KG.start, Literal(10_000)))
    assert main(["validate", str(write(tmp_path, graph))]) == 1
    out = capsys.readouterr().out
    assert "2 SHACL violation(s)" in out and "kg:subject" in out and "kg:start" in out


def test_kg_validate_on_a_missing_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "none.ttl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_build_writes_nothing_for_an_invalid_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import kg.build

    def broken_dataset(extraction: object):  # a statement loses its subject
        dataset = build_dataset(SAMPLE)
        for graph in dataset.graphs():
            graph.remove((ASSERTED, KG.subject, None))
        return dataset

    article = tmp_path / "article.txt"
    article.write_text("The United States talked to Iran.", encoding="utf-8")
    monkeypatch.setattr(kg.build, "load_pipeline", lambda model=None: None)
    monkeypatch.setattr(kg.build, "read_articles_into_graph", lambda *args, **kwargs: SAMPLE)
    monkeypatch.setattr(kg.build, "build_dataset", broken_dataset)
    out = tmp_path / "out"
    assert main(["build", str(article), "--out", str(out), "--store", f"oxigraph:{out / 'store'}"]) == 2
    err = capsys.readouterr().err
    assert "not valid" in err and "exactly one subject" in err
    assert not out.exists() or not any(out.iterdir())
