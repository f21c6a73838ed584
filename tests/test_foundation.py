"""Issue 2: an article in, a knowledge graph out."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED

from kg.cli import main

STEM = SEED.stem


def test_build_writes_turtle_html_and_csv(seed_build: Path) -> None:
    for suffix in (".ttl", ".html", ".csv"):
        path = seed_build / f"{STEM}{suffix}"
        assert path.is_file() and path.stat().st_size > 0, path


def test_design_card_statement(seed_build: Path) -> None:
    rows = list(csv.DictReader((seed_build / f"{STEM}.csv").open(encoding="utf-8")))
    card = [
        r
        for r in rows
        if r["subject"] == "United States"
        and r["object"] == "Iran"
        and r["via"] == "Iraq"
        and "gone through the Iraqis to communicate with Iran" in r["evidence"]
    ]
    assert card, "US communicates via Iraq with Iran is missing"
    row = card[0]
    assert row["negated"] == "false"
    text = SEED.read_text(encoding="utf-8")
    assert text[int(row["start"]) : int(row["end"])].strip() == row["evidence"]


def test_table_columns_come_first_in_order(seed_build: Path) -> None:
    header = next(csv.reader((seed_build / f"{STEM}.csv").open(encoding="utf-8")))
    assert header[:14] == [
        "subject",
        "relation",
        "object",
        "via",
        "negated",
        "modality",
        "attributed_to",
        "evidence",
        "doc",
        "start",
        "end",
        "subject_iri",
        "relation_iri",
        "object_iri",
    ]


def test_export_csv_reproduces_the_build_table(seed_build: Path, tmp_path: Path) -> None:
    out = tmp_path / "again.csv"
    assert main(["export", str(seed_build / f"{STEM}.ttl"), "--format", "csv", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (seed_build / f"{STEM}.csv").read_text(encoding="utf-8")


def test_turtle_parses_in_rapper(seed_build: Path) -> None:
    result = subprocess.run(
        ["rapper", "-i", "turtle", "-c", str(seed_build / f"{STEM}.ttl")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "returned" in result.stderr


def test_turtle_parses_in_pyoxigraph(seed_build: Path) -> None:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(seed_build / f"{STEM}.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 100


README_QUERY = """SELECT ?subject ?relation ?object ?negated WHERE {
  ?s a kg:Statement ; kg:subject ?si ; kg:relation ?r ; kg:object ?oi ; kg:negated ?negated .
  ?si rdfs:label ?subject . ?oi rdfs:label ?object . ?r rdfs:label ?relation .
  FILTER(?si = actor:IRN || ?oi = actor:IRN)
} ORDER BY ?subject ?relation ?object"""


def test_readme_example_query_runs(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert README_QUERY in readme, "the README's example query changed: update this test with it"
    assert main(["query", str(seed_build / f"{STEM}.ttl"), README_QUERY, "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert rows and all("Iran" in (r["subject"], r["object"]) for r in rows)
    assert any(r["subject"] == "United States" and r["negated"] == "true" for r in rows)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"caf\xe9 latin-1", "not UTF-8")],
)
def test_bad_input_is_a_one_line_error(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(bad), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert message in result.stderr and str(bad) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() or not any(out.iterdir())


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(tmp_path / "nope.txt"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "no such file" in result.stderr


def test_help_does_not_import_spacy() -> None:
    code = "import sys; from kg.cli import parser; parser(); print('spacy' in sys.modules, 'rdflib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_every_verb_has_help_with_an_example() -> None:
    from kg.cli import parser

    top = parser()
    verbs = top._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, sub in verbs.items():
        assert "Example: kg " + name in (sub.description or ""), name


def test_parallel_build_gives_the_same_table(seed_build: Path, tmp_path: Path) -> None:
    assert main(["build", str(SEED), "--out", str(tmp_path), "--jobs", "2"]) == 0
    assert (tmp_path / f"{STEM}.csv").read_text(encoding="utf-8") == (seed_build / f"{STEM}.csv").read_text(
        encoding="utf-8"
    )


def test_jobs_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEED), "--out", str(tmp_path), "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err
