"""One self-contained HTML page drawing the graph with vis-network (the build bundled in pyvis).

Everything is inlined (vis-network, CSS, data) so the page works from file:// with no network.
Data reaches the page only as JSON in a ``<script type="application/json">`` block and is put into
the DOM with ``textContent``: labels, quotes and titles are always text, never HTML.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import jinja2

from graph.model import Edge, Entity, EntityType, Evidence, Relation

__all__ = ["render_html"]

_FALLBACK_COLOR = "#999999"
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
_KAMADA_KAWAI_MAX_NODES = 200  # above this, the spring layout is much faster (~0.5 s here)
_TOOLTIP_EVIDENCE = 4  # statements shown in an edge tooltip; the side panel lists all


def render_html(
    entities: Sequence[Entity],
    edges: Sequence[Edge],
    relations: Sequence[Relation],
    entity_types: Sequence[EntityType],
    *,
    title: str = "kg",
) -> str:
    """Return one self-contained HTML document drawing ``entities`` and ``edges``.

    Nodes are coloured by entity type and sized by degree, edges coloured (and dashed) by
    relation type; symmetric relations have no arrowhead. Positions are computed here with a
    seeded networkx layout, so the same input always gives the same bytes.

    Raises ``ValueError`` if an edge names an entity or relation type that was not passed in.
    """
    by_id = {e.id: e for e in entities}
    rel_by_name = {r.name: r for r in relations}
    type_by_name = {t.name: t for t in entity_types}
    merged = _merge_edges(edges, by_id, rel_by_name)

    degree = dict.fromkeys(by_id, 0)
    for subject, _, obj in merged:
        degree[subject] += 1
        degree[obj] += 1
    positions = _layout(sorted(by_id), sorted(merged))

    nodes = []
    for node_id in sorted(by_id):
        entity = by_id[node_id]
        etype = type_by_name.get(entity.type)
        type_label = etype.label if etype else entity.type
        x, y = positions[node_id]
        nodes.append({
            "id": entity.id,
            "label": entity.label,
            "x": x,
            "y": y,
            "size": round(10 + 6 * math.sqrt(degree[node_id]), 1),
            "color": _color(etype.color if etype else None),
            "title": _node_tooltip(entity, type_label),
            "type": type_label,
            "aliases": list(entity.aliases),
            "description": entity.description,
            "wikidata": entity.wikidata,
        })

    vis_edges = []
    pair_count: dict[tuple[str, str], int] = {}
    for i, ((subject, rel_name, obj), evidence) in enumerate(sorted(merged.items())):
        rel = rel_by_name[rel_name]
        # Parallel edges between the same two nodes get increasingly curved, so none hides another.
        pair = (min(subject, obj), max(subject, obj))
        nth = pair_count.get(pair, 0)
        pair_count[pair] = nth + 1
        vis_edges.append({
            "id": f"e{i}",
            "from": subject,
            "to": obj,
            "relation": rel.label,
            "symmetric": rel.symmetric,
            "color": _color(rel.color),
            "dashes": rel.dashes,
            "faded": all(ev.status != "asserted" for ev in evidence),
            "width": 2 + min(len(evidence) - 1, 3),
            "curve": round(0.25 * nth, 2),
            "title": _edge_tooltip(by_id[subject], rel, by_id[obj], evidence),
            "evidence": [_evidence_json(ev) for ev in evidence],
        })

    legend = {
        "relations": [
            {"label": r.label, "color": _color(r.color), "dashes": r.dashes, "symmetric": r.symmetric}
            for r in relations
        ],
        "types": [{"label": t.label, "color": _color(t.color)} for t in entity_types],
    }
    vis_js, vis_css = _vis_assets()
    return _template().render(
        title=title,
        legend=legend,
        n_nodes=len(nodes),
        n_edges=len(vis_edges),
        faded=any(e["faded"] for e in vis_edges),
        data={"nodes": nodes, "edges": vis_edges},
        vis_js=vis_js,
        vis_css=vis_css,
    )


def _merge_edges(
    edges: Sequence[Edge], by_id: dict[str, Entity], rel_by_name: dict[str, Relation]
) -> dict[tuple[str, str, str], tuple[Evidence, ...]]:
    """Key edges by (subject, relation, object), one key per unordered pair for symmetric ones."""
    merged: dict[tuple[str, str, str], dict[Evidence, None]] = {}
    for edge in edges:
        for end in (edge.subject, edge.object):
            if end not in by_id:
                raise ValueError(f"Edge {edge.subject} {edge.relation} {edge.object}: "
                                 f"entity '{end}' is not in the entities given")
        rel = rel_by_name.get(edge.relation)
        if rel is None:
            raise ValueError(f"Edge {edge.subject} {edge.relation} {edge.object}: "
                             f"relation '{edge.relation}' is not in the relations given")
        subject, obj = edge.subject, edge.object
        if rel.symmetric and obj < subject:
            subject, obj = obj, subject
        merged.setdefault((subject, rel.name, obj), {}).update(dict.fromkeys(edge.evidence))
    return {key: tuple(sorted(evs, key=_evidence_key)) for key, evs in merged.items()}


def _evidence_key(ev: Evidence) -> tuple[str, str, str, str]:
    return (ev.date or "", ev.source_id, ev.quote, ev.status)


def _layout(node_ids: list[str], pairs: list[tuple[str, str, str]]) -> dict[str, tuple[int, int]]:
    """Node positions in pixels, deterministic (rounded, so float noise does not leak out)."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(node_ids)
    graph.add_edges_from((s, o) for s, _, o in pairs)
    scale = 110 * math.sqrt(max(len(node_ids), 1))
    if len(node_ids) <= _KAMADA_KAWAI_MAX_NODES:
        # Kamada-Kawai spaces small graphs evenly. It puts unreachable pairs 1e6 apart, which
        # would squeeze each component to a dot: give them a distance just past the diameter.
        hops = dict(nx.all_pairs_shortest_path_length(graph))
        far = 1 + max((d for row in hops.values() for d in row.values()), default=0)
        dist = {a: {b: hops[a].get(b, far) for b in node_ids} for a in node_ids}
        pos = nx.kamada_kawai_layout(graph, dist=dist, scale=scale)
    else:
        pos = nx.spring_layout(graph, seed=42, scale=scale)
    return {n: (round(float(x)), round(float(y))) for n, (x, y) in pos.items()}


def _color(value: str | None) -> str:
    # Colours end up in style attributes and canvas calls: accept only hex colours.
    return value if value and _HEX_COLOR.fullmatch(value) else _FALLBACK_COLOR


def _node_tooltip(entity: Entity, type_label: str) -> str:
    lines = [entity.label, type_label]
    if entity.aliases:
        lines.append("also: " + ", ".join(entity.aliases))
    return "\n".join(lines)


def _edge_tooltip(subject: Entity, rel: Relation, obj: Entity, evidence: Sequence[Evidence]) -> str:
    arrow = "—" if rel.symmetric else "→"
    lines = [f"{subject.label} — {rel.label} {arrow} {obj.label}"]
    for ev in evidence[:_TOOLTIP_EVIDENCE]:
        lines.append("")
        lines.append(" · ".join(part for part in (ev.date, ev.source) if part))
        lines.append(f"“{ev.quote}”")
        if ev.status != "asserted":
            lines.append(f"status: {ev.status}")
    if len(evidence) > _TOOLTIP_EVIDENCE:
        lines += ["", f"… {len(evidence) - _TOOLTIP_EVIDENCE} more: click the edge"]
    return "\n".join(lines)


def _evidence_json(ev: Evidence) -> dict[str, object]:
    return {
        "date": ev.date,
        "source": ev.source,
        "url": ev.url,
        "quote": ev.quote,
        "status": ev.status,
        "method": ev.method,
        "confidence": ev.confidence,
    }


@cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped in pyvis (importing pyvis itself pulls in IPython)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise RuntimeError("pyvis is not installed")
    lib = Path(spec.origin).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # Inlined verbatim: a closing tag inside would end the element early.
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("vis-network assets contain a closing tag; cannot inline them")
    return js, css


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template("view.html")
