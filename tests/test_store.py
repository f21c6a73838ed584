"""Issue 5: big graphs live in an on-disk Oxigraph store; the named queries give the same answers there,
and on a real Oxigraph SPARQL server over HTTP, as in rdflib."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdf_samples import sample_extraction
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.cli import main
from kg.rdf.build import build_dataset
from kg.rdf.io import serialize
from kg.rdf.named import named_queries, named_query
from kg.rdf.query import Table
from kg.rdf.store import (
    OxigraphSource,
    RdflibSource,
    open_oxigraph,
    open_source,
    oxigraph_path,
    replace_store_contents,
    run_named,
)

PARAMS = {"pair": ["a=Washington", "b=Iran"], "profile": ["actor=United States"], "via": [], "top_actors": ["limit=5"]}


def normal(value: Node | None) -> object:
    """A cell as a comparable value: numbers by value (2.0 == 2), everything else by its text."""
    if isinstance(value, Literal) and value.datatype is not None and value.datatype != XSD.string:
        return value.toPython()
    return None if value is None else str(value)


def answers(table: Table) -> list[tuple[object, ...]]:
    return [tuple(normal(cell) for cell in row) for row in table.rows]


@pytest.fixture(scope="module")
def rdflib_seed(seed_source: RdflibSource) -> RdflibSource:
    return seed_source


@pytest.fixture(scope="module")
def oxigraph_seed(seed_dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> OxigraphSource:
    spec = f"oxigraph:{tmp_path_factory.mktemp('store') / 'seed'}"
    store = open_oxigraph(spec, must_exist=False)
    replace_store_contents(store, seed_dataset)
    return OxigraphSource(store)


@pytest.mark.parametrize("name", list(named_queries()))
def test_rdflib_and_oxigraph_give_the_same_answers(rdflib_seed: RdflibSource, oxigraph_seed: OxigraphSource,
                                                   name: str) -> None:
    params = PARAMS.get(name, [])
    expected = run_named(rdflib_seed, name, params)
    assert expected.rows, f"{name} answers nothing on the seed"
    got = run_named(oxigraph_seed, name, params)
    assert got.names == expected.names
    assert answers(got) == answers(expected)


def test_the_store_keeps_the_article_graphs(oxigraph_seed: OxigraphSource, seed_dataset: Dataset) -> None:
    names = {str(n.value) for n in oxigraph_seed.store.named_graphs()}
    articles = {str(g.identifier) for g in seed_dataset.graphs() if isinstance(g.identifier, URIRef) and len(g)}
    assert articles - {"urn:x-rdflib:default"} == names
    assert len(oxigraph_seed.store) == len(list(seed_dataset.quads()))


def test_loading_again_replaces_the_store(tmp_path: Path) -> None:
    dataset = build_dataset(sample_extraction())  # holds blank nodes: loading twice must not double them
    store = open_oxigraph(f"oxigraph:{tmp_path / 'db'}", must_exist=False)
    first = replace_store_contents(store, dataset)
    assert replace_store_contents(store, dataset) == first == len(list(dataset.quads()))


def test_store_specs() -> None:
    assert oxigraph_path("oxigraph:/tmp/x") == Path("/tmp/x")
    for bad in ("/tmp/x", "sqlite:/tmp/x", "oxigraph:"):
        with pytest.raises(Exception, match="expected oxigraph:PATH"):
            oxigraph_path(bad)


def test_with_a_store_a_lone_positional_is_the_query(tmp_path: Path) -> None:
    from kg.rdf.store import query_inputs

    long_query = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 400
    assert query_inputs(long_query, None, "oxigraph:db", None) == (None, long_query)
    graph = tmp_path / "g.ttl"
    graph.write_text("", encoding="utf-8")
    assert query_inputs(str(graph), "ASK {}", None, None) == (graph, "ASK {}")


def test_querying_a_missing_store_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--store", f"oxigraph:{tmp_path / 'none'}", "--name", "denials"]) == 2
    assert "no Oxigraph store here" in capsys.readouterr().err


def test_kg_build_loads_the_store_and_kg_query_reads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    import kg.build

    article = tmp_path / "a1.txt"
    article.write_text("Washington has gone through the Iraqis to communicate with Iran.", encoding="utf-8")
    monkeypatch.setattr(kg.build, "load_pipeline", lambda model=None: None)
    monkeypatch.setattr(kg.build, "read_articles_into_graph", lambda *args, **kwargs: sample_extraction())
    spec = f"oxigraph:{tmp_path / 'store'}"
    assert main(["build", str(article), "--out", str(tmp_path / "out"), "--store", spec]) == 0
    assert f"quads into {spec}" in capsys.readouterr().out
    assert main(["query", "--store", spec, "--name", "pair", "--param", "a=USA", "--param", "b=Iran",
                 "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "communicate" in out and "Iraq" in out
    assert main(["query", "--store", spec, "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }"]) == 0
    assert capsys.readouterr().out.splitlines()[2].strip() == "5"
    ttl = tmp_path / "out" / "a1.ttl"
    expected = run_named(open_source(ttl, None), "pair", ["a=USA", "b=Iran"])
    assert answers(run_named(open_source(None, spec), "pair", ["a=USA", "b=Iran"])) == answers(expected)


def test_ask_and_construct_work_on_the_store(oxigraph_seed: OxigraphSource) -> None:
    assert oxigraph_seed.query("ASK { ?s kg:via ?v }").boolean is True
    graph = oxigraph_seed.query("CONSTRUCT { ?s kg:via ?v } WHERE { ?s kg:via ?v }").graph
    assert graph is not None and len(graph) >= 1


# --- a real Oxigraph SPARQL server over HTTP ---------------------------------------------------------------

def oxigraph_binary() -> str:
    """The `oxigraph` server binary of the `oxigraph` package (the test extra installs it)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    assert found, "the oxigraph server binary is missing: pip install -e '.[test]'"
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """An Oxigraph server on a free loopback port, stopped after the test; yields its base URL."""
    import httpx

    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "db"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # at most about 10 s
            try:
                httpx.get(f"{base}/", timeout=1.0)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read().decode() if process.stderr else "server died"
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def term_of(binding: dict[str, str]) -> Node:
    """An rdflib term from a SPARQL JSON results binding."""
    if binding["type"] == "uri":
        return URIRef(binding["value"])
    if binding["type"] == "bnode":
        return BNode(binding["value"])
    if "xml:lang" in binding:
        return Literal(binding["value"], lang=binding["xml:lang"])
    datatype = binding.get("datatype")
    return Literal(binding["value"]) if datatype in (None, str(XSD.string)) else Literal(binding["value"],
                                                                                        datatype=URIRef(datatype))


def test_a_named_query_over_http_on_an_oxigraph_server(oxigraph_server: str, seed_build: Path,
                                                       rdflib_seed: RdflibSource) -> None:
    import httpx

    turtle = next(seed_build.glob("*.ttl")).read_bytes()
    loaded = httpx.post(f"{oxigraph_server}/store?default", content=turtle,
                        headers={"Content-Type": "text/turtle"}, timeout=30)
    assert loaded.status_code in (200, 201, 204), loaded.text
    text = named_query("pair").text  # the file as it is: United States and Iran
    response = httpx.post(f"{oxigraph_server}/query", content=text.encode("utf-8"), timeout=30,
                          headers={"Content-Type": "application/sparql-query",
                                   "Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    result = response.json()
    names = tuple(result["head"]["vars"])
    rows = tuple(tuple(term_of(b[n]) if n in b else None for n in names) for b in result["results"]["bindings"])
    expected = run_named(rdflib_seed, "pair", ["a=USA", "b=IRN"])
    assert rows and names == expected.names
    assert answers(Table(names, rows)) == answers(expected)


def test_a_store_from_the_oxigraph_cli_answers_kg_query(seed_dataset: Dataset, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    location, trig = tmp_path / "db", tmp_path / "seed.trig"
    trig.write_text(serialize(seed_dataset, "trig"), encoding="utf-8")
    subprocess.run([oxigraph_binary(), "load", "--location", str(location), "--file", str(trig)], check=True,
                   capture_output=True)
    assert main(["query", "--store", f"oxigraph:{location}", "--name", "top_pairs", "--param", "limit=1"]) == 0
    assert "Iran" in capsys.readouterr().out
    assert main(["query", "--store", f"oxigraph:{location}", "ASK { GRAPH ?article { ?s a kg:Statement } }"]) == 0
    assert capsys.readouterr().out == "true\n"
