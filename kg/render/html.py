"""One self-contained HTML page of the graph: vis-network (shipped with pyvis), the page's own script
and style, and the data, all inlined. A Content-Security-Policy forbids any request and any script
but these two, so the page works offline and a hostile article cannot run code in it."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources

from rdflib import Graph

from kg.render.model import read_view
from kg.render.payload import payload

PHYSICS_LIMIT = 300  # above this many actors, the layout is computed in Python and physics is off
CSP = ("default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; font-src data:; "
       "base-uri 'none'; form-action 'none'")


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's script and style sheet, as pyvis ships them."""
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    script, style = ((lib / name).read_text(encoding="utf-8") for name in ("vis-network.min.js", "vis-network.css"))
    return script, style


@cache
def page_asset(name: str) -> str:
    """A file of kg/render/static: the page template, its script or its style sheet."""
    return (resources.files("kg.render") / "static" / name).read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON that is inert inside a <script> element: no <, >, & or line separators left as is."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def script_hash(script: str) -> str:
    """The CSP source that allows exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def fill(template: str, values: dict[str, str]) -> str:
    """Replace @@NAME@@ placeholders in one pass, so inserted text is never scanned again."""
    return re.sub(r"@@([A-Z_]+)@@", lambda match: values[match.group(1)], template)


def page(data: object, title: str) -> str:
    """The HTML page around the data."""
    vis_js, vis_css = vis_assets()
    page_js = page_asset("page.js")
    csp = CSP.format(hashes=f"{script_hash(vis_js)} {script_hash(page_js)}")
    return fill(page_asset("page.html"), {
        "CSP": csp, "TITLE": html.escape(title), "VIS_CSS": vis_css, "PAGE_CSS": page_asset("page.css"),
        "DATA": script_json(data), "VIS_JS": vis_js, "PAGE_JS": page_js,
    })


def render_html(graph: Graph, title: str = "kg graph", physics_limit: int = PHYSICS_LIMIT) -> str:
    """The interactive page of a graph: actors as nodes, statements grouped into edges with their
    evidence. Up to `physics_limit` actors the browser refines the layout; above, it is fixed."""
    return page(payload(read_view(graph), title, physics_limit), title)
