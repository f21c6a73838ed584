"""SPARQL results: one table type for every engine (rdflib, Oxigraph), printed as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import InputError
from kg.rdf.vocab import PREFIXES, bind_prefixes


@dataclass(frozen=True)
class Table:
    """A query answer: SELECT rows (None for an unbound cell), an ASK boolean, or a CONSTRUCT graph."""

    names: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None

    def records(self) -> list[dict[str, Node | None]]:
        """The rows as dicts keyed by column name."""
        return [dict(zip(self.names, row, strict=True)) for row in self.rows]


def read_query(query: str) -> str:
    """SPARQL text, or the text of a .rq file."""
    if query.endswith((".rq", ".sparql")):
        path = Path(query)
        if not path.is_file():
            raise InputError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def bad_query(error: Exception) -> InputError:
    """A one-line input error for a query an engine refused."""
    text = str(error).strip()
    return InputError(f"bad SPARQL query: {text.splitlines()[0] if text else type(error).__name__}")


def run_query(graph: Graph, text: str) -> Result:
    """Run SPARQL on an rdflib graph with kg's prefixes predeclared; a syntax error is an input error."""
    try:
        return graph.query(text, initNs=dict(PREFIXES))
    except Exception as error:  # pyparsing and rdflib raise several types
        raise bad_query(error) from None


def table_from_result(result: Result) -> Table:
    """An rdflib query result as a Table."""
    if result.type == "ASK":
        return Table(boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return Table(graph=result.graph)
    names = tuple(str(v) for v in result.vars or [])
    return Table(names, tuple(tuple(row[name] for name in names) for row in result))  # type: ignore[index]


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _aligned(names: tuple[str, ...], rows: list[list[str]]) -> str:
    """An aligned text table with a row count."""
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    out = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
           "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    out.append(f"({len(rows)} rows)")
    return "\n".join(out) + "\n"


def format_table(table: Table, fmt: str = "table") -> str:
    """A Table as an aligned text table, CSV or JSON (a CONSTRUCT graph as Turtle)."""
    if table.boolean is not None:
        return f"{str(table.boolean).lower()}\n"
    if table.graph is not None:
        graph = bind_prefixes(Graph())
        for triple in table.graph:
            graph.add(triple)
        return graph.serialize(format="turtle")
    rows = [[_cell(value) for value in row] for row in table.rows]
    if fmt == "json":
        records = [dict(zip(table.names, row, strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(table.names)
        writer.writerows(rows)
        return buffer.getvalue()
    return _aligned(table.names, rows)


def format_result(result: Result | Table, fmt: str = "table") -> str:
    """An rdflib result or a Table as text (see format_table)."""
    return format_table(result if isinstance(result, Table) else table_from_result(result), fmt)
