"""Benchmark: the `pair` named query (and `top_pairs`) on a graph of at least a million triples, in
rdflib's memory store and in an on-disk Oxigraph store, in the same run.

The corpus is read once with kg's library (spaCy runs once); its statements are then replicated
under renamed article ids (so new statement, sentence and article IRIs) until the graph holds the
target number of triples, written as N-Quads, and loaded into both stores.

Usage: .venv/bin/python bench/bench_store.py [FOLDER] [--triples N] [--a NAME] [--b NAME] [--repeat N] [--reuse]
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.records import Extraction  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus/news")


def default_corpus() -> Path:
    """The shared news corpus when it is there, else the repo's seeds/."""
    return DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else ROOT / "seeds"


def read_corpus(folder: Path) -> Extraction:
    """Read every .txt article of a folder with kg's library (spaCy runs here, once)."""
    from kg.ingest import read_articles
    from kg.nlp import load_pipeline
    from kg.pipeline import read_articles_into_graph

    return read_articles_into_graph(read_articles([folder]), load_pipeline())


def copy_of(extraction: Extraction, index: int, with_actors: bool) -> Extraction:
    """The extraction's articles and statements under article ids suffixed with `~index`."""
    def doc(doc_id: str) -> str:
        return f"{doc_id}~{index}"

    articles = tuple(dataclasses.replace(a, doc_id=doc(a.doc_id)) for a in extraction.articles)
    statements = tuple(dataclasses.replace(s, doc_id=doc(s.doc_id)) for s in extraction.statements)
    return Extraction(articles, extraction.actors if with_actors else (), statements)


def nquads_of(extraction: Extraction) -> str:
    """The extraction's dataset as N-Quads."""
    from kg.rdf.build import build_dataset

    return build_dataset(extraction).serialize(format="nquads")


def quads_per_copy(extraction: Extraction) -> tuple[int, int]:
    """Quads of the first copy (with actors and vocabulary) and of each further copy."""
    first = set(nquads_of(copy_of(extraction, 0, True)).splitlines())
    second = set(nquads_of(copy_of(extraction, 1, False)).splitlines())
    return len(first), len(second - first)


def write_replicated(extraction: Extraction, target: int, path: Path) -> int:
    """Write copies of the extraction as N-Quads until `target` quads; the number of copies."""
    first, each = quads_per_copy(extraction)
    copies = 1 + max(0, math.ceil((target - first) / max(each, 1)))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for index in range(copies):
            out.write(nquads_of(copy_of(extraction, index, with_actors=index == 0)))
    return copies


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """Seconds an action takes, and what it returned."""
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def load_rdflib(path: Path) -> object:
    """The N-Quads file in rdflib's memory store, as `kg query GRAPH` loads it."""
    from kg.rdf.io import load_dataset
    from kg.rdf.store import RdflibSource

    return RdflibSource(load_dataset(path))


def load_oxigraph(path: Path, location: Path) -> object:
    """The N-Quads file in a fresh on-disk Oxigraph store, as `kg build --store` loads it."""
    import shutil

    from kg.rdf.store import OxigraphSource, load_file_into_store, open_oxigraph

    shutil.rmtree(location, ignore_errors=True)
    store = open_oxigraph(f"oxigraph:{location}", must_exist=False)
    load_file_into_store(store, path)
    return OxigraphSource(store)


def engine_query(source: object, text: str) -> Callable[[], int]:
    """The query alone through the engine's own API, every row read: rdflib's Dataset.query or
    pyoxigraph's Store.query (union default graph)."""
    if hasattr(source, "store"):
        store = source.store  # type: ignore[attr-defined]
        return lambda: len(list(store.query(text, use_default_graph_as_union=True)))
    dataset = source.dataset  # type: ignore[attr-defined]
    return lambda: len(list(dataset.query(text)))


def query_times(source: object, name: str, params: list[str], repeat: int) -> dict[str, list[float]]:
    """Times of a named query end to end as `kg query --name NAME` runs it (actor look-up, query,
    rdflib terms), and of the bound query alone; the first run of each is left out of the median."""
    from kg.rdf.store import run_named

    alone = engine_query(source, bind_params_text(source, name, params))
    return {
        "kg query": [timed(lambda: run_named(source, name, params))[0] for _ in range(repeat + 1)],  # type: ignore[arg-type]
        "engine": [timed(alone)[0] for _ in range(repeat + 1)],
    }


def bind_params_text(source: object, name: str, params: list[str]) -> str:
    """A named query with its parameters written in, as `kg query` binds them."""
    from kg.rdf.named import bind_params, named_query, parse_param_pairs
    from kg.rdf.store import actor_resolver

    return bind_params(named_query(name), parse_param_pairs(params), actor_resolver(source))  # type: ignore[arg-type]


def report(name: str, times: dict[str, list[float]], rows: int) -> dict[str, float]:
    """Print one query's times on one store; the medians (first runs left out)."""
    medians = {kind: statistics.median(values[1:]) for kind, values in times.items()}
    print(f"  {name} ({rows} rows): "
          + ", ".join(f"{kind} first {values[0] * 1000:.0f} ms, median {medians[kind] * 1000:.0f} ms"
                      for kind, values in times.items()))
    return medians


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=None, help="folder of .txt articles")
    parser.add_argument("--triples", type=int, default=1_000_000, help="at least this many triples (default 1M)")
    parser.add_argument("--a", default="United States", help="first actor of the pair query")
    parser.add_argument("--b", default="Iran", help="second actor of the pair query")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs after the first (default 5)")
    parser.add_argument("--queries", default="pair,top_pairs", help="named queries to time (default pair,top_pairs)")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "out", help="scratch folder")
    parser.add_argument("--reuse", action="store_true", help="reuse WORK/replicated.nq from an earlier run")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build, replicate, load both stores, time the pair query on each, print times and the ratio."""
    args = parse_args(argv)
    nquads = args.work / "replicated.nq"
    if args.reuse and nquads.is_file():
        print(f"reusing {nquads}")
    else:
        corpus = args.corpus or default_corpus()
        seconds, extraction = timed(lambda: read_corpus(corpus))
        print(f"read {corpus}: {len(extraction.articles)} articles, {len(extraction.statements)} statements "  # type: ignore[attr-defined]
              f"in {seconds:.1f} s")
        seconds, copies = timed(lambda: write_replicated(extraction, args.triples, nquads))  # type: ignore[arg-type]
        print(f"replicated {copies} copies into {nquads} in {seconds:.1f} s")
    params = {"pair": [f"a={args.a}", f"b={args.b}"]}
    medians: dict[tuple[str, str], dict[str, float]] = {}
    for store, load in (("rdflib (memory)", lambda: load_rdflib(nquads)),
                        ("oxigraph (disk)", lambda: load_oxigraph(nquads, args.work / "store"))):
        load_seconds, source = timed(load)
        size = len(source.store) if hasattr(source, "store") else len(list(source.dataset.quads()))  # type: ignore[attr-defined]
        print(f"{store}: {size} quads loaded in {load_seconds:.1f} s")
        for name in args.queries.split(","):
            rows = engine_query(source, bind_params_text(source, name, params.get(name, [])))()
            times = query_times(source, name, params.get(name, []), args.repeat)
            medians[(store, name)] = report(name, times, rows)
        del source
    for name in args.queries.split(","):
        for kind in ("kg query", "engine"):
            ratio = medians[("rdflib (memory)", name)][kind] / medians[("oxigraph (disk)", name)][kind]
            print(f"ratio {name} ({kind}): Oxigraph {ratio:.1f}x faster than rdflib")
    return 0


if __name__ == "__main__":
    sys.exit(main())
