"""HTML network views of the knowledge graph."""

from viz.html import render_html

__all__ = ["render_html"]
