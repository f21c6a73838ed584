"""Where SPARQL runs: a graph file in rdflib's memory store, or an on-disk Oxigraph store
(`--store oxigraph:PATH`). Both answer the same named queries with the same Table."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import InputError
from kg.rdf.named import ACTOR_NAMES, actor_lookup_query, bind_params, named_query, parse_param_pairs
from kg.rdf.query import Table, bad_query, run_query, table_from_result
from kg.rdf.vocab import PREFIXES, bind_prefixes

if TYPE_CHECKING:
    import pyoxigraph

STORE_KINDS = ("oxigraph",)


class Source(Protocol):
    """Anything that answers SPARQL with a Table."""

    def query(self, text: str) -> Table: ...


class RdflibSource:
    """SPARQL on an rdflib Dataset; queries see the union of its graphs."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    def query(self, text: str) -> Table:
        """Run SPARQL with kg's prefixes predeclared."""
        return table_from_result(run_query(self.dataset, text))


class OxigraphSource:
    """SPARQL on a pyoxigraph Store; queries see the union of its graphs."""

    def __init__(self, store: pyoxigraph.Store) -> None:
        self.store = store

    def query(self, text: str) -> Table:
        """Run SPARQL with kg's prefixes predeclared."""
        import pyoxigraph

        prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
        try:
            result = self.store.query(text, prefixes=prefixes, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise bad_query(error) from None
        if isinstance(result, pyoxigraph.QueryBoolean):
            return Table(boolean=bool(result))
        if isinstance(result, pyoxigraph.QueryTriples):
            graph = bind_prefixes(Graph())
            for triple in result:
                graph.add(tuple(from_oxigraph(term) for term in triple))  # type: ignore[arg-type]
            return Table(graph=graph)
        names = tuple(variable.value for variable in result.variables)
        rows = tuple(tuple(_cell(solution[name]) for name in names) for solution in result)
        return Table(names, rows)


def _cell(term: object) -> Node | None:
    return None if term is None else from_oxigraph(term)


@lru_cache(maxsize=1 << 16)
def from_oxigraph(term: object) -> Node:
    """A pyoxigraph term as the rdflib term rdflib's own parsers would make (plain strings stay plain)."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == str(XSD.string) else Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"unsupported Oxigraph term {term!r}")


def oxigraph_path(spec: str) -> Path:
    """The folder of a store spec 'oxigraph:PATH'; any other spec is an input error."""
    kind, sep, path = spec.partition(":")
    if not sep or kind not in STORE_KINDS or not path:
        raise InputError(f"bad store {spec!r}: expected oxigraph:PATH (an on-disk Oxigraph store folder)")
    return Path(path)


def open_oxigraph(spec: str, must_exist: bool = True) -> pyoxigraph.Store:
    """The on-disk Oxigraph store of a spec; a missing one is an input error when it must exist."""
    import pyoxigraph

    path = oxigraph_path(spec)
    if must_exist and not path.is_dir():
        raise InputError(f"{path}: no Oxigraph store here (build one with kg build ... --store {spec})")
    try:
        return pyoxigraph.Store(str(path))
    except OSError as error:
        raise InputError(f"{path}: cannot open the Oxigraph store: {str(error).splitlines()[0]}") from None


def replace_store_contents(store: pyoxigraph.Store, dataset: Dataset) -> int:
    """Empty the store, then bulk-load every quad of a dataset (as N-Quads); the number of quads."""
    import pyoxigraph

    data = dataset.serialize(format="nquads").encode("utf-8")
    store.clear()
    store.bulk_load(data, format=pyoxigraph.RdfFormat.N_QUADS)
    store.optimize()  # compact what the bulk load wrote: queries read fewer files
    return len(store)


def load_file_into_store(store: pyoxigraph.Store, path: Path) -> int:
    """Bulk-load an RDF file (Turtle, N-Triples, TriG, N-Quads, JSON-LD) into a store; its size after."""
    import pyoxigraph

    formats = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".trig": "TRIG", ".nq": "N_QUADS", ".jsonld": "JSON_LD"}
    try:
        fmt = getattr(pyoxigraph.RdfFormat, formats[path.suffix.lower()])
    except KeyError:
        raise InputError(f"{path}: unknown RDF file type {path.suffix!r}") from None
    store.bulk_load(path=str(path), format=fmt)
    store.optimize()  # compact what the bulk load wrote: queries read fewer files
    return len(store)


def open_source(graph: Path | None, store: str | None) -> Source:
    """A graph file in rdflib's memory store, or an Oxigraph store: exactly one of the two."""
    from kg.rdf.io import load_dataset

    if (graph is None) == (store is None):
        raise InputError("give a GRAPH file or --store oxigraph:PATH (one of them)")
    if store is not None:
        return OxigraphSource(open_oxigraph(store))
    assert graph is not None
    return RdflibSource(load_dataset(graph))


def query_inputs(
    graph: str | None, query: str | None, store: str | None, name: str | None
) -> tuple[Path | None, str | None]:
    """The graph file and query text of `kg query`'s positionals: with --store, a lone positional is the query."""
    if store is not None and graph is not None and query is None and not _is_file(graph):
        graph, query = None, graph
    if name and query:
        raise InputError("give SPARQL (QUERY) or a named query (--name), not both")
    if not name and not query:
        raise InputError("no query: give SPARQL text, a .rq file or --name NAME (see kg query --list)")
    return (Path(graph) if graph is not None else None), query


def _is_file(text: str) -> bool:
    """Whether text names an existing file (False for text no file could be named, like long SPARQL)."""
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def actor_resolver(source: Source) -> ActorResolver:
    """The function that turns an actor name into the IRIs of the actors it names in `source`."""
    return ActorResolver(source)


class ActorResolver:
    """Actor names, aliases or ISO codes to actor IRIs; an unknown name is an input error with suggestions."""

    def __init__(self, source: Source) -> None:
        self.source = source

    def __call__(self, name: str) -> Sequence[URIRef]:
        """The actors whose label, alias or ISO code is `name`, in any case. No actor's name holds a backslash,
        and engines differ on one in a query (rdflib reads '\\U0000' as a code point escape before parsing), so
        such a name is answered without a query."""
        if "\\" in name:
            raise InputError(f"no actor named {name!r}")
        rows = self.source.query(actor_lookup_query(name)).rows
        found = [row[0] for row in rows if isinstance(row[0], URIRef)]
        if not found:
            raise InputError(f"no actor named {name!r}{self._suggestion(name)}")
        return found

    def _suggestion(self, name: str) -> str:
        labels = [str(row[0]) for row in self.source.query(ACTOR_NAMES).rows]
        close = difflib.get_close_matches(name, labels, n=3, cutoff=0.6)
        return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


def run_named(source: Source, name: str, params: Iterable[str] = ()) -> Table:
    """Run a named query on a source, with KEY=VALUE parameters written in safely."""
    text = bind_params(named_query(name), parse_param_pairs(params), actor_resolver(source))
    return source.query(text)
