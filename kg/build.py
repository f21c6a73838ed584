"""Build: articles in, graph files out (Turtle, HTML, statements CSV), each written atomically."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.ingest import home_country, iter_article_paths, read_articles
from kg.nlp import load_pipeline
from kg.pipeline import BuildOptions, read_articles_into_graph
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.io import serialize, write_atomic
from kg.rdf.store import open_oxigraph, oxigraph_path, replace_store_contents
from kg.rdf.table import rows_to_csv, statement_rows
from kg.rdf.validate import check_graph
from kg.records import Article
from kg.render import render_html


@dataclass(frozen=True)
class BuildReport:
    articles: int
    actors: int
    statements: int
    triples: int
    seconds: float
    outputs: tuple[Path, ...]
    store_quads: int | None = None  # quads loaded into the Oxigraph store, when one was given

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.actors} actors, {self.statements} statements, "
            f"{self.triples} triples in {self.seconds:.1f} s"
        )


def default_name(inputs: Sequence[Path]) -> str:
    """The input's stem for one file, 'graph' otherwise."""
    return inputs[0].stem if len(inputs) == 1 and inputs[0].is_file() else "graph"


def build(
    inputs: Sequence[Path],
    out_dir: Path,
    name: str | None = None,
    model: str | None = None,
    progress: Callable[[int, Article], None] | None = None,
    store: str | None = None,
    jobs: int = 1,
    country: str | None = None,
) -> BuildReport:
    """Read every article of `inputs`, check the graph against kg's SHACL shapes, write NAME.ttl, NAME.html
    and NAME.csv into `out_dir`, and load the graph into an Oxigraph store when `store` (oxigraph:PATH) is given.
    `country` (a name or ISO code) is the home country of articles whose header names none: whose government a
    bare "the Government" is when the article names no country it could be.
    A graph that breaks a shape raises ValidationError before any file is written."""
    started = time.perf_counter()
    list(iter_article_paths(inputs))  # fail on a missing input before loading the model
    if country is not None:
        home_country(country, "--country")  # and on an unknown country
    if store is not None:
        oxigraph_path(store)  # fail on a bad store spec before loading the model
    nlp = load_pipeline(model)
    extraction = read_articles_into_graph(read_articles(inputs, country), nlp, BuildOptions(n_process=jobs), progress)
    dataset = build_dataset(extraction)
    graph = union_graph(dataset)
    check_graph(graph)
    stem = name or default_name(inputs)
    outputs = (out_dir / f"{stem}.ttl", out_dir / f"{stem}.html", out_dir / f"{stem}.csv")
    texts = (serialize(dataset, "ttl"), render_html(graph, title=stem), rows_to_csv(statement_rows(graph)))
    for path, text in zip(outputs, texts, strict=True):
        write_atomic(path, text)
    quads = replace_store_contents(open_oxigraph(store, must_exist=False), dataset) if store is not None else None
    return BuildReport(
        len(extraction.articles),
        len(extraction.actors),
        len(extraction.statements),
        len(graph),
        time.perf_counter() - started,
        outputs,
        quads,
    )
