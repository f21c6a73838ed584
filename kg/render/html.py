"""A self-contained HTML page of the graph: vis-network (shipped with pyvis) inlined, no network."""

from __future__ import annotations

import json
from importlib import resources

from rdflib import Graph

from kg.rdf.table import statement_rows


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _script_json(data: object) -> str:
    """JSON that is safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(graph: Graph, title: str = "kg graph") -> str:
    """The page for a graph: actors as nodes, statements as edges with their evidence."""
    rows = statement_rows(graph)
    nodes: dict[str, dict[str, object]] = {}
    edges = []
    for row in rows:
        for iri, name in ((row.subject_iri, row.subject), (row.object_iri, row.object)):
            nodes.setdefault(iri, {"id": iri, "label": name})
        edges.append({"from": row.subject_iri, "to": row.object_iri, "label": row.relation, "title": row.evidence,
                      "arrows": "to", "dashes": row.negated == "true"})
    js, css = _vis_assets()
    data = _script_json({"nodes": list(nodes.values()), "edges": edges})
    escaped_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{escaped_title}</title>
<style>{css} html,body,#graph{{height:100%;margin:0}}</style></head>
<body><div id="graph"></div>
<script>{js}</script>
<script>
const data = {data};
new vis.Network(document.getElementById("graph"), {{nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}}, {{}});
</script></body></html>
"""
