"""Named queries: the .rq files of kg/rdf/queries/ (the repo's queries/ links there), their
parameters, and safe substitution of parameter values into their text.

A query file opens with comments: `# NAME: title`, a description, and one line per parameter:
`# @param NAME KIND TARGET  help`. KIND `actor` takes a name, alias, ISO code or IRI, resolved to
actor IRIs (never spliced as text) and written into the query's VALUES blocks: TARGET is either a
?variable (its column takes the values) or a default term such as `actor:IRN` (every place that
term stands in a VALUES row takes the values, so one row `(actor:USA actor:IRN)` and its mirror
`(actor:IRN actor:USA)` give both directions of a pair). KIND `limit` takes a positive integer for the
`LIMIT` clause. Without a value the file's default stays, so every file is a standard SPARQL query
that runs as it is in any store."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from kg.errors import InputError
from kg.rdf.vocab import PREFIXES

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
KINDS = ("actor", "limit")
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s+(\w+)\s+(\S+)\s+(.*)$")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
# a backslash before "u" or "U": rdflib reads it as a code point escape before parsing, Oxigraph as text
_CODE_POINT_ESCAPE = re.compile(r"\\[uU]")

Resolver = Callable[[str], Sequence[URIRef]]


@dataclass(frozen=True)
class Param:
    """One parameter of a named query."""

    name: str
    kind: str  # actor or limit
    target: str  # a ?variable or a default term of its VALUES blocks, or LIMIT
    help: str


@dataclass(frozen=True)
class NamedQuery:
    """A .rq file with its title, description and parameters."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path

    def param(self, name: str) -> Param:
        """The parameter called `name`; an unknown name is an input error listing the known ones."""
        for param in self.params:
            if param.name == name:
                return param
        known = ", ".join(p.name for p in self.params) or "none"
        raise InputError(f"query {self.name!r} has no parameter {name!r} (parameters: {known})")


def parse_query_file(path: Path) -> NamedQuery:
    """A NamedQuery from a .rq file and its header comments."""
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    name, _, title = header[0].lstrip("# ").partition(":") if header else (path.stem, "", "")
    params = tuple(Param(*m.groups()) for m in (_PARAM.match(line) for line in header) if m)
    description = " ".join(line.lstrip("# ").strip() for line in header[1:] if not _PARAM.match(line)).strip()
    return NamedQuery(path.stem, title.strip() or name, description, params, text, path)


def named_queries(folder: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """Every named query of a folder, by name."""
    return {path.stem: parse_query_file(path) for path in sorted(folder.glob("*.rq"))}


def named_query(name: str, folder: Path = QUERIES_DIR) -> NamedQuery:
    """One named query; an unknown name is an input error listing the known ones."""
    queries = named_queries(folder)
    if name not in queries:
        raise InputError(f"no named query {name!r} (known: {', '.join(queries)})")
    return queries[name]


def parse_param_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """KEY=VALUE strings as a dict; a pair without '=' is an input error."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError(f"bad --param {pair!r}: expected KEY=VALUE")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(f"bad --param {key}: not UTF-8 text") from None
        values[key.strip()] = value
    return values


def sparql_string(text: str) -> str:
    """A SPARQL string literal holding exactly `text`: quotes, backslashes and line breaks escaped. Text holding a
    backslash before "u" or "U" is an input error: no escaping reads the same in every engine."""
    if _CODE_POINT_ESCAPE.search(text):
        raise InputError(f"{text!r} holds a backslash before 'u', which SPARQL engines read differently")
    escapes = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
    return '"' + "".join(escapes.get(char, char) for char in text) + '"'


def sparql_iri(iri: str) -> str:
    """An IRI as <...>; one holding characters an IRI may not is an input error."""
    if not iri or _IRI_FORBIDDEN.search(iri):
        raise InputError(f"not a valid IRI: {iri!r}")
    return f"<{iri}>"


def as_iri(value: str) -> URIRef | None:
    """The IRI a parameter value spells (<...>, http(s)://..., or kg's prefix:name), else None."""
    text = value.strip()
    if text.startswith("<"):  # an IRI in angle brackets; anything after the '>' makes it invalid
        return URIRef(text[1:-1] if text.endswith(">") else text)
    if re.match(r"^https?://", text):
        return URIRef(text)
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and re.fullmatch(r"[\w.%-]+", local):
        return URIRef(str(PREFIXES[prefix]) + local)
    return None


_VALUES = re.compile(r"VALUES\s+(?:\((?P<many>[^)]*)\)|(?P<one>\?\w+))\s*\{(?P<rows>[^}]*)\}")


def _rows(variables: list[str], body: str) -> list[list[str]]:
    """The rows of a VALUES block as lists of term texts (terms hold no spaces or parentheses)."""
    if len(variables) > 1:
        return [row.split() for row in re.findall(r"\(([^)]*)\)", body)]
    return [[term] for term in body.split()]


def _expand(variables: list[str], row: list[str], terms: dict[str, list[str]]) -> list[tuple[str, ...]]:
    """One file row with parameter values written in: a position whose variable, or whose default term,
    is a parameter's target takes each of its values (every combination)."""
    options = [terms.get(variable, terms.get(term, [term])) for variable, term in zip(variables, row, strict=True)]
    return list(itertools.product(*options))


def _values_text(variables: list[str], rows: list[tuple[str, ...]]) -> str:
    """A VALUES block of rows."""
    if len(variables) == 1:
        return f"VALUES {variables[0]} {{ {' '.join(row[0] for row in rows)} }}"
    body = " ".join("(" + " ".join(row) + ")" for row in rows)
    return f"VALUES ({' '.join(variables)}) {{ {body} }}"


def _fill_values(text: str, terms: dict[str, list[str]]) -> str:
    """Write parameter terms into the query's VALUES blocks, by target (a ?variable or a default term)."""
    filled: set[str] = set()

    def fill(match: re.Match[str]) -> str:
        variables = (match.group("many") or match.group("one")).split()
        rows = _rows(variables, match.group("rows"))
        used = {target for target in terms if target in variables or any(target in row for row in rows)}
        if not used:
            return match.group(0)
        filled.update(used)
        expanded = [new for row in rows for new in _expand(variables, row, terms)]
        return _values_text(variables, list(dict.fromkeys(expanded)))

    text = _VALUES.sub(fill, text)
    for missing in terms.keys() - filled:
        raise InputError(f"query has no VALUES block holding {missing} to fill")
    return text


def _substitute_limit(text: str, value: str) -> str:
    """Replace the query's LIMIT with a positive integer."""
    if not re.fullmatch(r"\s*\d{1,9}\s*", value) or int(value) < 1:
        raise InputError(f"limit must be a positive integer, not {value!r}")
    return re.sub(r"\bLIMIT\s+\d+", f"LIMIT {int(value)}", text)


def bind_params(query: NamedQuery, values: dict[str, str], resolve_actor: Resolver) -> str:
    """The query text with each given parameter written in: actors resolved to IRIs, limits checked."""
    text = query.text
    terms: dict[str, list[str]] = {}
    for name, value in values.items():
        param = query.param(name)
        if param.kind == "limit":
            text = _substitute_limit(text, value)
        else:
            iri = as_iri(value)
            found = [iri] if iri is not None else list(resolve_actor(value))
            terms[param.target] = [sparql_iri(str(term)) for term in found]
    return _fill_values(text, terms)


ACTOR_LOOKUP = """PREFIX kg: <https://w3id.org/kg-news/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?actor WHERE {
  VALUES ?name { %s }
  ?actor a kg:Actor ; rdfs:label|skos:altLabel|kg:isoCode ?label .
  FILTER(LCASE(STR(?label)) = LCASE(?name))
}
ORDER BY ?actor"""

ACTOR_NAMES = """PREFIX kg: <https://w3id.org/kg-news/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?label WHERE { ?actor a kg:Actor ; rdfs:label ?label . }"""


def actor_lookup_query(name: str) -> str:
    """SPARQL that finds the actors whose label, alias or ISO code is `name` (any case)."""
    return ACTOR_LOOKUP % sparql_string(name.strip())


def list_text(queries: dict[str, NamedQuery]) -> str:
    """The named queries and their parameters, for `kg query --list`."""
    lines = []
    for query in queries.values():
        lines.append(f"{query.name}: {query.title}")
        lines += [f"    --param {p.name}=...  ({p.kind}) {p.help}" for p in query.params]
    return "\n".join(lines) + "\n"
