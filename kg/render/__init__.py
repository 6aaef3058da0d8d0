"""Renderers of a cr-kg graph for people: the interactive explorer page (graph.html).

Public surface::

    from kg.render import write_html
    write_html(graph, Path("out/graph.html"), title="China–Russia relations")

The page is one self-contained HTML file (vis-network, its CSS, the explorer's own
JS/CSS and the data are inlined) that works from file:// with no network access.
"""

from kg.render.explorer import build_explorer_data, render_html, write_html

__all__ = ["build_explorer_data", "render_html", "write_html"]
