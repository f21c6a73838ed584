"""Reading and writing RDF files. Writes are atomic: a temporary file, then a rename."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

from kg.errors import InputError
from kg.rdf.vocab import bind_prefixes

# format name -> (rdflib format, file suffix, keeps named graphs)
FORMATS: dict[str, tuple[str, str, bool]] = {
    "ttl": ("turtle", ".ttl", False),
    "turtle": ("turtle", ".ttl", False),
    "nt": ("nt", ".nt", False),
    "trig": ("trig", ".trig", True),
    "nq": ("nquads", ".nq", True),
    "nquads": ("nquads", ".nq", True),
    "jsonld": ("json-ld", ".jsonld", True),
    "json-ld": ("json-ld", ".jsonld", True),
    "xml": ("xml", ".rdf", False),
}

SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads",
                  ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml"}


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a whole file or nothing: write a sibling temporary file, then rename it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8", "newline": ""})) as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def rdf_format_for(path: Path) -> str:
    """The rdflib parser name for a file, from its suffix."""
    try:
        return SUFFIX_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ".ttl, .nt, .trig, .nq, .jsonld"
        raise InputError(f"{path}: unknown RDF file type {path.suffix!r} (use {known})") from None


def _first_line(error: Exception) -> str:
    """The first line of an error message, or the error's type when it has none."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def load_dataset(path: Path) -> Dataset:
    """Read an RDF file into a Dataset (named graphs kept for TriG, N-Quads and JSON-LD); SPARQL on it
    sees the union of all its graphs by default."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    dataset = bind_prefixes(Dataset(default_union=True))
    try:
        dataset.parse(path, format=rdf_format_for(path))
    except InputError:
        raise
    except Exception as error:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: not valid RDF: {_first_line(error)}") from error
    return dataset


def load_graph(path: Path) -> Graph:
    """Read an RDF file into one Graph holding all its triples."""
    from kg.rdf.build import union_graph

    return union_graph(load_dataset(path))


def serialize(dataset: Dataset, fmt: str) -> str:
    """The dataset as text in one of FORMATS; triple formats get the union of all graphs."""
    from kg.rdf.build import union_graph

    try:
        rdflib_format, _, quads = FORMATS[fmt]
    except KeyError:
        raise InputError(f"unknown format {fmt!r}: choose one of {', '.join(sorted(FORMATS))}") from None
    target: Graph = dataset if quads else union_graph(dataset)
    if rdflib_format == "json-ld":
        text = target.serialize(format="json-ld", context=json_ld_context(), auto_compact=True)
        return lift_default_graph(text) if quads else text
    return target.serialize(format=rdflib_format)


def lift_default_graph(text: str) -> str:
    """JSON-LD whose default-graph nodes sit in the top-level @graph, as the JSON-LD spec reads them.

    rdflib writes a dataset's default graph as `{"@graph": [...]}` with no @id, which standard
    processors (Oxigraph, jsonld.js) read as a graph named by a blank node."""
    document = json.loads(text)
    entries = document.get("@graph") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        return text
    lifted: list[Any] = []
    for entry in entries:
        inner = entry["@graph"] if isinstance(entry, dict) and set(entry) == {"@graph"} else [entry]
        lifted.extend(inner if isinstance(inner, list) else [inner])
    document["@graph"] = lifted
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def json_ld_context() -> dict[str, Any]:
    """The JSON-LD context of ontologies/context.jsonld: kg's prefixes and short property names."""
    from kg.rdf.ontology import CONTEXT_PATH

    context: dict[str, Any] = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    return context
