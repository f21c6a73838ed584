"""SPARQL: run a query on a graph and print its result as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Graph
from rdflib.query import Result

from kg.errors import InputError
from kg.rdf.vocab import PREFIXES


def read_query(query: str) -> str:
    """SPARQL text, or the text of a .rq file."""
    if query.endswith((".rq", ".sparql")):
        path = Path(query)
        if not path.is_file():
            raise InputError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def run_query(graph: Graph, text: str) -> Result:
    """Run SPARQL with kg's prefixes predeclared; a syntax error is an input error."""
    try:
        return graph.query(text, initNs={p: ns for p, ns in PREFIXES.items()})
    except Exception as error:  # pyparsing and rdflib raise several types
        raise InputError(f"bad SPARQL query: {str(error).splitlines()[0]}") from None


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def format_result(result: Result, fmt: str = "table") -> str:
    """A query result as an aligned text table, CSV or JSON."""
    if result.type == "ASK":
        return f"{bool(result.askAnswer)}\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.serialize(format="turtle").decode("utf-8") if result.graph is not None else ""
    names = [str(v) for v in result.vars or []]
    rows = [[_cell(row[name]) for name in names] for row in result]
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue()
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    out.append(f"({len(rows)} rows)")
    return "\n".join(out) + "\n"
