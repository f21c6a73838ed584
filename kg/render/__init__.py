"""Render: the interactive, self-contained HTML graph page, and its view in a notebook."""

from kg.render.html import render_html
from kg.render.notebook import notebook_view

__all__ = ["notebook_view", "render_html"]
