"""Read .txt articles, with an optional metadata header (Title:, Date:, Source: ... then ---)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.boilerplate import ignored_ranges
from kg.records import Article

_HEADER_LINE = re.compile(r"^([A-Z][A-Za-z-]{1,30}):\s*(.*)$")


def iter_article_paths(inputs: Iterable[Path]) -> Iterator[Path]:
    """Each input file, or the .txt files of each input folder, in a stable order."""
    for path in inputs:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise InputError(f"{path}: folder holds no .txt files")
            yield from files
        elif path.is_file():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Metadata lines up to a line '---', and the body after it; no header, no metadata."""
    lines = raw.split("\n")
    if "---" not in (line.strip() for line in lines[:40]):
        return {}, raw
    meta: dict[str, str] = {}
    for index, line in enumerate(lines[:40]):
        if line.strip() == "---":
            return meta, "\n".join(lines[index + 1 :])
        match = _HEADER_LINE.match(line.strip())
        if not match:
            return {}, raw
        meta[match.group(1).lower()] = match.group(2).strip()
    return {}, raw


def decode(path: Path, data: bytes) -> str:
    """UTF-8 text (a BOM is dropped); binary or undecodable files are input errors."""
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data:
        raise InputError(f"{path}: binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (byte {error.start}: {error.reason})") from None


def home_country(value: str, where: str) -> str:
    """The ISO alpha-3 code of a home country given by name, demonym or code ('Australia', 'AU')."""
    from kg.resolve.gazetteer import country_entry

    entry = country_entry(value)
    if entry is None:
        raise InputError(f"{where}: unknown country {value!r} (give a country name or an ISO 3166 code, e.g. AU)")
    return entry.key


def read_article(path: Path, doc_id: str | None = None, country: str | None = None) -> Article:
    """One Article from a text file; its header's Country: line, else `country`, is its home country."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    meta, body = split_header(decode(path, data).replace("\r\n", "\n"))
    if not body.strip():
        raise InputError(f"{path}: article has no text")
    return Article(
        doc_id=doc_id or path.stem,
        text=body,
        title=meta.get("title"),
        date=meta.get("date"),
        source=meta.get("source"),
        path=str(path),
        ignored=ignored_ranges(body),
        country=home_country(meta["country"], f"{path}: Country:") if meta.get("country") else country,
    )


def read_articles(inputs: Iterable[Path], country: str | None = None) -> Iterator[Article]:
    """Articles from files and folders, lazily; ids are file stems, made unique; `country` (a name or an ISO
    code) is the home country of the articles whose header names none."""
    home = home_country(country, "--country") if country else None
    seen: set[str] = set()
    for path in iter_article_paths(inputs):
        doc_id = path.stem
        if doc_id in seen:
            doc_id = f"{path.parent.name}-{path.stem}"
        seen.add(doc_id)
        yield read_article(path, doc_id, home)
