"""Issue 3: the batteries of bench/batteries (sessions 32 to 34), texts written with their statements by helper
sessions that had not read kg's code. Whatever kg reads or misses there, it never reads a relation the text denies as
asserted, and every gold file has its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import predicted_from_rows, read_gold, score
from kg.ingest import read_articles
from kg.pipeline import read_articles_into_graph
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.table import statement_rows

BATTERIES = Path(__file__).resolve().parent.parent / "bench" / "batteries"


@pytest.mark.parametrize("name", ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"])
def test_no_denied_relation_of_a_battery_is_read_as_asserted(nlp, name):
    golds = sorted((BATTERIES / name / "gold").glob("*.tsv"))
    texts = [BATTERIES / name / "texts" / f"{g.stem}.txt" for g in golds]
    assert golds and all(t.exists() for t in texts)
    extraction = read_articles_into_graph(read_articles(texts), nlp)
    predicted = predicted_from_rows(statement_rows(union_graph(build_dataset(extraction))))
    result = score([s for g in golds for s in read_gold(g)], predicted)
    assert result.flipped == [], [(g.doc, g.evidence) for g, _ in result.flipped]
    assert result.matched  # the battery is read at all
