"""One self-contained HTML page drawing the graph with vis-network (the build bundled in pyvis).

Everything is inlined (vis-network, CSS, data) so the page works from file:// with no network.
Data reaches the page only as JSON in a ``<script type="application/json">`` block and is put into
the DOM with ``textContent``: labels, quotes and titles are always text, never HTML.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Collection, Sequence
from functools import cache
from pathlib import Path

import jinja2

from graph.model import Edge, Entity, EntityType, Evidence, Relation
from viz.layout import layout

__all__ = ["render_html"]

_FALLBACK_COLOR = "#999999"
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
_TOOLTIP_EVIDENCE = 4  # statements shown in an edge tooltip; the side panel lists all
_MAX_NODE_SIZE = 60  # hubs grow with their degree up to this radius, so they do not cover the view
_CONTEXT_FADE = 0.75  # how far context nodes' colours are mixed towards white

EdgeKey = tuple[str, str, str]  # (subject id, relation name, object id)


def render_html(
    entities: Sequence[Entity],
    edges: Sequence[Edge],
    relations: Sequence[Relation],
    entity_types: Sequence[EntityType],
    *,
    title: str = "kg",
    focus: Collection[str] = (),
    focus_edges: Collection[EdgeKey] = (),
    context_faded: bool = False,
    as_of: str | None = None,
) -> str:
    """Return one self-contained HTML document drawing ``entities`` and ``edges``.

    Nodes are coloured by entity type and sized by degree, edges coloured (and dashed) by
    relation type; symmetric relations have no arrowhead. Entities in ``focus`` and edges in
    ``focus_edges`` (keyed (subject, relation, object) as in Edge) are drawn emphasized and,
    with ``context_faded``, everything else faded (a path in its context). ``as_of`` is noted
    in the heading. Positions are computed here with a seeded layout (viz.layout), so the same
    input always gives the same bytes.

    Raises ``ValueError`` if an edge names an entity or relation type that was not passed in.
    """
    by_id = {e.id: e for e in entities}
    rel_by_name = {r.name: r for r in relations}
    rel_index = {r.name: i for i, r in enumerate(relations)}
    type_by_name = {t.name: t for t in entity_types}
    merged = _merge_edges(edges, by_id, rel_by_name)
    focus_keys = {_edge_key(key, rel_by_name) for key in focus_edges if key[1] in rel_by_name}

    degree = dict.fromkeys(by_id, 0)
    for subject, _, obj in merged:
        degree[subject] += 1
        degree[obj] += 1
    size = {n: round(min(10 + 6 * math.sqrt(d), _MAX_NODE_SIZE), 1) for n, d in degree.items()}
    # A dot with its label below: up to 9 px per character of a 16 px font, 22 px of text.
    boxes = {n: (max(size[n], 4.5 * len(e.label)), size[n] + 11) for n, e in by_id.items()}
    positions = layout(sorted(by_id), [(s, o) for s, _, o in sorted(merged)], boxes)

    nodes = []
    for node_id in sorted(by_id):
        entity = by_id[node_id]
        etype = type_by_name.get(entity.type)
        type_label = etype.label if etype else entity.type
        in_focus = node_id in focus
        faded = context_faded and not in_focus
        color = _color(etype.color if etype else None)
        x, y = positions[node_id]
        nodes.append({
            "id": entity.id,
            "label": entity.label,
            "x": x,
            "y": y,
            "size": size[node_id],
            "color": _fade(color) if faded else color,
            "focus": in_focus,
            "context": faded,
            "title": _node_tooltip(entity, type_label),
            "type": type_label,
            "aliases": list(entity.aliases),
            "description": entity.description,
            "wikidata": entity.wikidata,
        })

    vis_edges = []
    pair_count: dict[tuple[str, str], int] = {}
    per_relation = [0] * len(relations)
    for i, ((subject, rel_name, obj), evidence) in enumerate(sorted(merged.items())):
        rel = rel_by_name[rel_name]
        per_relation[rel_index[rel_name]] += 1
        # Parallel edges between the same two nodes get increasingly curved, so none hides another.
        pair = (min(subject, obj), max(subject, obj))
        nth = pair_count.get(pair, 0)
        pair_count[pair] = nth + 1
        in_focus = (subject, rel_name, obj) in focus_keys
        vis_edges.append({
            "id": f"e{i}",
            "from": subject,
            "to": obj,
            "rel": rel_index[rel_name],
            "relation": rel.label,
            "symmetric": rel.symmetric,
            "color": _color(rel.color),
            "dashes": rel.dashes,
            "faded": all(ev.status != "asserted" for ev in evidence),
            "focus": in_focus,
            "context": context_faded and not in_focus,
            "width": 6 if in_focus else 2 + min(len(evidence) - 1, 3),
            "curve": round(0.25 * nth, 2),
            "title": _edge_tooltip(by_id[subject], rel, by_id[obj], evidence),
            "evidence": [_evidence_json(ev) for ev in evidence],
        })

    legend = {
        "relations": [
            {"label": r.label, "color": _color(r.color), "dashes": r.dashes, "symmetric": r.symmetric,
             "count": per_relation[i]}
            for i, r in enumerate(relations)
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
        path_view=context_faded,
        as_of=as_of,
        undated=any(ev.date is None for evs in merged.values() for ev in evs),
        data={"nodes": nodes, "edges": vis_edges},
        vis_js=vis_js,
        vis_css=vis_css,
    )


def _merge_edges(
    edges: Sequence[Edge], by_id: dict[str, Entity], rel_by_name: dict[str, Relation]
) -> dict[EdgeKey, tuple[Evidence, ...]]:
    """Key edges by (subject, relation, object), one key per unordered pair for symmetric ones."""
    merged: dict[EdgeKey, dict[Evidence, None]] = {}
    for edge in edges:
        for end in (edge.subject, edge.object):
            if end not in by_id:
                raise ValueError(f"Edge {edge.subject} {edge.relation} {edge.object}: "
                                 f"entity '{end}' is not in the entities given")
        if edge.relation not in rel_by_name:
            raise ValueError(f"Edge {edge.subject} {edge.relation} {edge.object}: "
                             f"relation '{edge.relation}' is not in the relations given")
        key = _edge_key((edge.subject, edge.relation, edge.object), rel_by_name)
        merged.setdefault(key, {}).update(dict.fromkeys(edge.evidence))
    return {key: tuple(sorted(evs, key=_evidence_key)) for key, evs in merged.items()}


def _edge_key(key: EdgeKey, rel_by_name: dict[str, Relation]) -> EdgeKey:
    subject, rel_name, obj = key
    if rel_by_name[rel_name].symmetric and obj < subject:
        return (obj, rel_name, subject)
    return key


def _evidence_key(ev: Evidence) -> tuple[str, str, str, str]:
    return (ev.date or "", ev.source_id, ev.quote, ev.status)


def _color(value: str | None) -> str:
    # Colours end up in style attributes and canvas calls: accept only hex colours.
    return value if value and _HEX_COLOR.fullmatch(value) else _FALLBACK_COLOR


def _fade(color: str) -> str:
    """The hex colour mixed towards white (drawn behind what is in focus)."""
    digits = color[1:] if len(color) == 7 else "".join(c * 2 for c in color[1:])
    channels = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return "#" + "".join(f"{round(c + (255 - c) * _CONTEXT_FADE):02x}" for c in channels)


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
        lines.append(f"{ev.date or 'undated'} · {ev.source}")
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
