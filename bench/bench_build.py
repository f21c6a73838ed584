"""Build speed: kg's whole pipeline against bare spaCy parsing of the same texts, in one run.

Usage: python bench/bench_build.py [INPUT ...] [--repeat N]
INPUT: .txt files or folders (default: ../shared/corpus/news when it exists, else seeds/).
Prints articles per second for both and the ratio kg / spaCy (the cost of kg on top of parsing).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.ingest import read_articles
from kg.nlp import load_pipeline
from kg.pipeline import parse_text, read_articles_into_graph
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.io import serialize
from kg.rdf.table import rows_to_csv, statement_rows
from kg.render import render_html

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "news"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="copies of the corpus to stream (default 3)")
    args = parser.parse_args()
    inputs = args.inputs or [DEFAULT if DEFAULT.is_dir() else ROOT / "seeds"]
    articles = list(read_articles(inputs)) * args.repeat
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_pipeline()
    list(nlp.pipe(parse_text(a) for a in articles[:2]))  # warm up

    started = time.perf_counter()
    for _ in nlp.pipe((parse_text(a) for a in articles), batch_size=16):
        pass
    spacy_seconds = time.perf_counter() - started

    started = time.perf_counter()
    extraction = read_articles_into_graph(iter(articles), nlp)
    extract_seconds = time.perf_counter() - started
    dataset = build_dataset(extraction)
    graph = union_graph(dataset)
    serialize(dataset, "ttl")
    rows_to_csv(statement_rows(graph))
    render_html(graph)
    total_seconds = time.perf_counter() - started

    print(f"{len(articles)} articles, {words} words; {len(extraction.statements)} statements, {len(graph)} triples")
    print(f"bare spaCy parse           {spacy_seconds:7.2f} s  {len(articles) / spacy_seconds:7.1f} articles/s")
    print(f"kg parse + extract         {extract_seconds:7.2f} s  ratio {extract_seconds / spacy_seconds:5.2f}x spaCy")
    print(f"kg whole build (RDF, CSV, HTML) {total_seconds:7.2f} s  ratio {total_seconds / spacy_seconds:5.2f}x spaCy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
