"""Write the Lee corpus texts (ABC news, 2001-2002; Lee, Pincombe & Welsh 2005) as one .txt file per
article, from a gensim wheel that ships them as test data, for scoring against tests/gold/lee/.

The texts are not in this repository. Fetch the wheel once from PyPI, then:

    pip download --no-deps gensim -d /tmp/gensim
    .venv/bin/python bench/lee_corpus.py /tmp/gensim/gensim-*.whl /tmp/lee
    .venv/bin/python bench/bench_eval.py /tmp/lee --gold tests/gold/lee/dev

File names: bg_NNN.txt is line NNN+1 of lee_background.cor, lee_NNN.txt line NNN+1 of lee.cor.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

MEMBERS = {"bg": "gensim/test/test_data/lee_background.cor", "lee": "gensim/test/test_data/lee.cor"}


def write_texts(wheel: Path, out: Path) -> int:
    """One file per line of each corpus file in the wheel; the number of files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    with zipfile.ZipFile(wheel) as archive:
        for prefix, member in MEMBERS.items():
            lines = archive.read(member).decode("latin-1").splitlines()
            for number, line in enumerate(lines):
                (out / f"{prefix}_{number:03d}.txt").write_text(line.strip() + "\n", encoding="utf-8")
                written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="a gensim wheel (.whl) from PyPI")
    parser.add_argument("out", type=Path, help="folder to write the .txt articles into")
    args = parser.parse_args(argv)
    if not args.wheel.is_file():
        print(f"error: {args.wheel}: no such file", file=sys.stderr)
        return 2
    try:
        count = write_texts(args.wheel, args.out)
    except (zipfile.BadZipFile, KeyError) as error:
        print(f"error: {args.wheel}: not a gensim wheel with the Lee corpus ({error})", file=sys.stderr)
        return 2
    print(f"wrote {count} articles into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
