"""The statements table, read from the RDF alone, so `kg export --format csv` equals what
`kg build` wrote."""

from __future__ import annotations

import csv
import io
from dataclasses import astuple, dataclass, fields

from rdflib import Graph

COLUMNS = (
    "subject", "relation", "object", "via", "negated", "modality", "attributed_to", "evidence",
    "doc", "start", "end", "subject_iri", "relation_iri", "object_iri", "relation_class",
    "via_iri", "statement_iri", "rule",
)

STATEMENTS_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?subject ?relation ?object ?via ?negated ?modality ?attributed_to ?evidence ?doc
       ?start ?end ?subject_iri ?relation_iri ?object_iri ?relation_class ?via_iri ?statement_iri ?rule
WHERE {
  ?statement_iri a kg:Statement ;
     kg:subject ?subject_iri ; kg:relation ?relation_iri ; kg:object ?object_iri ;
     kg:negated ?negated ; kg:modality ?modality ; kg:evidence ?sentence ;
     prov:wasDerivedFrom ?article .
  ?subject_iri rdfs:label ?subject .
  ?object_iri rdfs:label ?object .
  ?relation_iri rdfs:label ?relation .
  OPTIONAL { ?statement_iri kg:relationClass ?cls . ?cls skos:prefLabel ?relation_class }
  OPTIONAL { ?statement_iri kg:via ?via_iri . ?via_iri rdfs:label ?via }
  OPTIONAL { ?statement_iri kg:rule ?rule }
  OPTIONAL { ?statement_iri kg:attributedTo ?speaker . ?speaker rdfs:label ?attributed_to }
  ?sentence kg:text ?evidence ; kg:start ?start ; kg:end ?end .
  ?article dcterms:identifier ?doc .
}
"""


@dataclass(frozen=True)
class Row:
    subject: str
    relation: str
    object: str
    via: str
    negated: str
    modality: str
    attributed_to: str
    evidence: str
    doc: str
    start: int
    end: int
    subject_iri: str
    relation_iri: str
    object_iri: str
    relation_class: str
    via_iri: str
    statement_iri: str
    rule: str


assert tuple(f.name for f in fields(Row)) == COLUMNS


def statement_rows(graph: Graph) -> list[Row]:
    """One row per statement, sorted by article, position, then content."""
    rows = []
    for result in graph.query(STATEMENTS_QUERY):
        values = {name: result[name] for name in COLUMNS}
        rows.append(
            Row(
                **{name: "" if values[name] is None else str(values[name]) for name in COLUMNS
                   if name not in ("negated", "start", "end")},
                negated="true" if values["negated"].toPython() is True else "false",
                start=int(values["start"]),
                end=int(values["end"]),
            )
        )
    return sorted(rows, key=lambda r: (r.doc, r.start, r.subject, r.relation, r.object, r.via, r.statement_iri))


def rows_to_csv(rows: list[Row]) -> str:
    """The table as CSV text with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(astuple(row))
    return buffer.getvalue()
