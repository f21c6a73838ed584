"""Issue 3: extraction quality on the seed article against our hand-written gold."""

from __future__ import annotations

import pytest
from conftest import GOLD, SEED

from kg.evaluate import format_report, predicted_from_rows, read_gold, score
from kg.rdf.table import statement_rows

SEED_GOLD = GOLD / f"{SEED.stem}.tsv"


@pytest.fixture(scope="module")
def seed_rows(seed_graph):
    return statement_rows(seed_graph)


@pytest.fixture(scope="module")
def seed_score(seed_rows):
    result = score(read_gold(SEED_GOLD), predicted_from_rows(seed_rows))
    print(format_report(result))
    return result


def test_seed_precision(seed_score):
    assert seed_score.precision >= 0.85, format_report(seed_score)


def test_seed_recall(seed_score):
    assert seed_score.recall >= 0.80, format_report(seed_score)


def test_no_denied_relation_is_read_as_asserted(seed_score):
    assert seed_score.flipped == [], format_report(seed_score)


@pytest.mark.parametrize(
    ("phrase", "subject", "object"),
    [
        ("will not cooperate militarily with Iran", "United States", "Iran"),
        ("we’re not coordinating with Iran", "United States", "Iran"),
        ("did not notify its Mideast allies in Israel", "United States", "Israel"),
        ("we will not cooperate with the Americans", "Iran", "United States"),
    ],
)
def test_seed_denials_come_out_negated(seed_rows, phrase, subject, object):
    rows = [r for r in seed_rows if phrase in r.evidence and r.subject == subject and r.object == object]
    assert rows, f"no statement {subject} -> {object} from «{phrase}»"
    assert all(r.negated == "true" for r in rows), rows
    assert all(r.relation_class in ("cooperate", "communicate") for r in rows), rows
