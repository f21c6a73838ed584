"""The graph page inside a Jupyter notebook: an <iframe srcdoc> holding the whole page."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.render.html import PHYSICS_LIMIT, render_html

if TYPE_CHECKING:
    from IPython.display import HTML


def iframe(page: str, height: int = 650) -> str:
    """An iframe holding a whole page, escaped into its srcdoc; scripts run sandboxed from the notebook."""
    return (f'<div class="kg-graph"><iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #dde2e7;border-radius:4px"></iframe></div>')


def notebook_view(graph: Graph, title: str = "kg graph", height: int = 650,
                  physics_limit: int = PHYSICS_LIMIT) -> HTML:
    """The interactive page of `graph`, shown inline by Jupyter."""
    from IPython.display import HTML

    return HTML(iframe(render_html(graph, title=title, physics_limit=physics_limit), height))
