"""SHACL validation of a kg graph against ontologies/shapes.ttl (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import KgError
from kg.rdf.vocab import bind_prefixes


class ValidationError(KgError):
    """A graph that breaks kg's SHACL shapes."""


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, what value, and why."""

    focus: str
    path: str
    value: str
    message: str
    severity: str

    def line(self) -> str:
        """One line: focus node, path, value, message."""
        where = f" {self.path}" if self.path else ""
        value = f" = {self.value}" if self.value else ""
        return f"{self.severity}: {self.focus}{where}{value}: {self.message}"


@dataclass(frozen=True)
class Report:
    """The outcome of validating a graph."""

    conforms: bool
    violations: tuple[Violation, ...]

    def summary(self, limit: int = 20) -> str:
        """'conforms', or the number of violations and the first `limit` of them, one a line."""
        if self.conforms:
            return "conforms: the graph satisfies kg's SHACL shapes"
        lines = [f"{len(self.violations)} SHACL violation(s):"]
        lines += [f"  {v.line()}" for v in self.violations[:limit]]
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


@cache
def shapes_graph() -> Graph:
    """ontologies/shapes.ttl, parsed once."""
    from kg.rdf.ontology import SHAPES_PATH

    return bind_prefixes(Graph()).parse(SHAPES_PATH, format="turtle")


def _short(graph: Graph, node: Node | None) -> str:
    """A node as a prefixed name when possible, its literal text otherwise, '' for none."""
    if node is None:
        return ""
    try:
        return node.n3(graph.namespace_manager)
    except Exception:  # paths are blank nodes; literals n3() always works
        return str(node)


def _violations(results: Graph, data: Graph) -> tuple[Violation, ...]:
    """The validation results of a pyshacl results graph, sorted."""
    found = []
    for result in results.subjects(SH.resultSeverity, None):
        found.append(Violation(
            focus=_short(data, results.value(result, SH.focusNode)),
            path=_short(data, results.value(result, SH.resultPath)),
            value=_short(data, results.value(result, SH.value)),
            message=str(results.value(result, SH.resultMessage) or ""),
            severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        ))
    return tuple(sorted(found, key=lambda v: (v.focus, v.path, v.value, v.message)))


def validate_graph(graph: Graph) -> Report:
    """Validate a graph (all its triples, whatever their named graph) against kg's shapes."""
    import pyshacl

    data = bind_prefixes(Graph())
    for triple in graph.triples((None, None, None)):
        data.add(triple)
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True)
    return Report(bool(conforms), _violations(results, data))


def check_graph(graph: Graph) -> Report:
    """Validate a graph; raise ValidationError with the report when it breaks a shape."""
    report = validate_graph(graph)
    if not report.conforms:
        raise ValidationError(f"the graph is not valid, nothing written. {report.summary(limit=5)}")
    return report
