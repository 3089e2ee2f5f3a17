"""HTML network views of the knowledge graph."""

from viz.html import render_html
from viz.page import view_page

__all__ = ["render_html", "view_page"]
