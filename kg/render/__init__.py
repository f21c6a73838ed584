"""Render: the interactive, self-contained HTML graph page."""

from kg.render.html import render_html

__all__ = ["render_html"]
