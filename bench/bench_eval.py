"""Extraction quality over the corpus gold: precision, recall and F1 per article and overall.

Usage: python bench/bench_eval.py [CORPUS_DIR] [--gold tests/gold] [--country CODE]
CORPUS_DIR holds the .txt articles named like the gold files (default: ../shared/corpus/news
next to the repository, when it exists). The seed article is scored too when its gold is present.
--country gives the articles' home country, as `kg build --country` does (the Lee corpus is the
Australian Broadcasting Corporation's: AU).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.evaluate import Score, predicted_from_rows, read_gold, score
from kg.ingest import read_articles
from kg.nlp import load_pipeline
from kg.pipeline import read_articles_into_graph
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.table import statement_rows

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news"


def find_article(doc: str, folders: list[Path]) -> Path | None:
    for folder in folders:
        candidate = folder / f"{doc}.txt"
        if candidate.is_file():
            return candidate
    return None


def line(name: str, result: Score) -> str:
    return (
        f"{name[:60]:60}  P {result.precision:5.3f}  R {result.recall:5.3f}  F1 {result.f1:5.3f}  "
        f"(gold {len(result.matched) + len(result.missed)}, extracted {result.correct + len(result.false)}, "
        f"denied-as-asserted {len(result.flipped)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    parser.add_argument("--country", help="the articles' home country (kg build --country), e.g. AU")
    args = parser.parse_args()
    folders = [args.corpus, ROOT / "seeds"]
    pairs = [(g, find_article(g.stem, folders)) for g in sorted(args.gold.glob("*.tsv"))]
    missing = [g.name for g, a in pairs if a is None]
    if missing:
        print(
            f"no article for {len(missing)} gold files (give the corpus folder): {', '.join(missing)}", file=sys.stderr
        )
    pairs = [(g, a) for g, a in pairs if a is not None]
    if not pairs:
        print("nothing to evaluate", file=sys.stderr)
        return 2
    started = time.perf_counter()
    extraction = read_articles_into_graph(read_articles([a for _, a in pairs], args.country), load_pipeline())
    predicted = predicted_from_rows(statement_rows(union_graph(build_dataset(extraction))))
    print(f"built {len(pairs)} articles in {time.perf_counter() - started:.1f} s\n")
    all_gold = []
    corpus_gold = []
    for gold_path, _ in pairs:
        gold = read_gold(gold_path)
        all_gold += gold
        if gold_path.stem != "000_eaa983ed026da5f6":
            corpus_gold += gold
        print(line(gold_path.stem, score(gold, predicted)))
    print()
    if corpus_gold:
        print(line("CORPUS (all but the seed)", score(corpus_gold, predicted)))
    print(line("ALL", score(all_gold, predicted)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
