"""Shared fixtures: the spaCy pipeline is loaded once per session; the seed graph is built once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_eaa983ed026da5f6.txt"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_extraction(nlp):
    from kg.ingest import read_articles
    from kg.pipeline import read_articles_into_graph

    return read_articles_into_graph(read_articles([SEED]), nlp)


@pytest.fixture(scope="session")
def seed_dataset(seed_extraction):
    from kg.rdf.build import build_dataset

    return build_dataset(seed_extraction)


@pytest.fixture(scope="session")
def seed_graph(seed_dataset):
    from kg.rdf.build import union_graph

    return union_graph(seed_dataset)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed built by the CLI, as a user runs it: returns the output folder."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("seed-build")
    assert main(["build", str(SEED), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def seed_source(seed_dataset):
    """The seed as a query source over the union of its graphs, as `kg query` sees a file."""
    from rdflib import Dataset

    from kg.rdf.store import RdflibSource

    dataset = Dataset(default_union=True)
    for quad in seed_dataset.quads():
        dataset.add(quad)
    return RdflibSource(dataset)
