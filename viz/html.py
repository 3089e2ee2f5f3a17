"""One self-contained HTML page drawing the graph with vis-network (the build bundled in pyvis).

Everything is inlined (vis-network, CSS, data) so the page works from file:// with no network.
Data reaches the page only as JSON in a ``<script type="application/json">`` block and is put into
the DOM with ``textContent``: labels, quotes and titles are always text, never HTML.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

import jinja2

from graph.model import Edge, Entity, EntityType, Evidence, Relation
from graph.corroboration import Corroboration, SourceOutlet, corroboration
from graph.timeline import evidence_key, in_order
from viz.layout import layout

__all__ = ["render_html"]

_FALLBACK_COLOR = "#999999"
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
_MAX_NODE_SIZE = 60  # hubs grow with their degree up to this radius, so they do not cover the view
_CONTEXT_FADE = 0.75  # how far context nodes' colours are mixed towards white
_IN_RING_FADE = 0.5  # how far the dot inside a party ring is mixed towards white
# Parties' customary colours (by entity id); any other party takes the next of the palette.
_PARTY_COLORS = {
    "democratic-party": "#1f5fbf",
    "republican-party": "#d0312d",
    "libertarian-party": "#e6b800",
    "green-party": "#2e9e44",
    "independent": "#7f7f7f",
}
_PARTY_PALETTE = ("#8e44ad", "#e67e22", "#16a085", "#8c564b", "#bc80bd", "#17becf")
_OTHER_PARTY = "#bbbbbb"

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
    parties: Mapping[str, tuple[str, str]] | None = None,
    hidden_relations: Collection[str] = (),
    panel_only: Collection[EdgeKey] = (),
    notes: Sequence[str] = (),
    windows: Mapping[Evidence, object] | None = None,
    outlets: Mapping[str, SourceOutlet] | None = None,
) -> str:
    """Return one self-contained HTML document drawing ``entities`` and ``edges``.

    Nodes are coloured by entity type and sized by degree, edges coloured (and dashed) by
    relation type; symmetric relations have no arrowhead. Entities in ``focus`` and edges in
    ``focus_edges`` (keyed (subject, relation, object) as in Edge) are drawn emphasized and,
    with ``context_faded``, everything else faded (a path in its context). ``as_of`` is noted
    in the heading. ``parties`` (entity id -> (party id, party label)) rings each person in
    their party's colour, with a party legend. Edges of ``hidden_relations`` start hidden (a
    checkbox shows them), and so do the nodes they alone link (a path's own hops are always
    drawn); edges in ``panel_only`` are never drawn but listed in their ends' panels. The
    legend lists only the relations and entity types drawn, and ``notes``. ``windows`` (statement ->
    graph.sources.Passage) is the source text around each quote, shown in the panel. ``outlets``
    (source id -> graph.corroboration.SourceOutlet) widens an edge by its independent outlets
    and names them in its tooltip (every source its own outlet when not given). Positions
    are computed here with a seeded layout (viz.layout), so the same input always gives the
    same bytes. The first view fits the focus and its direct ties (all when there is no focus)
    with their labels readable.

    Raises ``ValueError`` if an edge names an entity or relation type that was not passed in.
    """
    parties = parties or {}
    by_id = {e.id: e for e in entities}
    rel_by_name = {r.name: r for r in relations}
    type_by_name = {t.name: t for t in entity_types}
    merged = _merge_edges(edges, by_id, rel_by_name)
    focus_keys = {_edge_key(key, rel_by_name) for key in focus_edges if key[1] in rel_by_name}
    aside = {_edge_key(key, rel_by_name) for key in panel_only if key[1] in rel_by_name}
    drawn = [key for key in merged if key not in aside]
    # A path's own hops are drawn whatever their relation.
    shown = [key for key in drawn if key[1] not in hidden_relations or key in focus_keys]

    degree = dict.fromkeys(by_id, 0)
    for subject, _, obj in shown:
        degree[subject] += 1
        degree[obj] += 1
    size = {n: round(min(10 + 6 * math.sqrt(d), _MAX_NODE_SIZE), 1) for n, d in degree.items()}
    # A dot with its label below: up to 9 px per character of a 16 px font, 22 px of text.
    boxes = {n: (max(size[n], 4.5 * len(e.label)), size[n] + 11) for n, e in by_id.items()}
    # Laid out on what is drawn at first; what only hidden edges link sits among its neighbours.
    linked = {n for key in drawn for n in (key[0], key[2])}
    only_hidden = linked - {n for key in shown for n in (key[0], key[2])} - set(focus)
    positions = layout(sorted(set(by_id) - only_hidden), [(s, o) for s, _, o in sorted(shown)], boxes)
    positions.update(_among_neighbours(only_hidden, drawn, positions))

    present = [r for r in relations if any(key[1] == r.name for key in drawn)]
    rel_index = {r.name: i for i, r in enumerate(present)}
    party_colors = _party_colors({parties[n] for n in by_id if n in parties})

    nodes = []
    for node_id in sorted(by_id):
        entity = by_id[node_id]
        etype = type_by_name.get(entity.type)
        type_label = etype.label if etype else entity.type
        in_focus = node_id in focus
        faded = context_faded and not in_focus
        color = _color(etype.color if etype else None)
        party = parties.get(node_id)
        x, y = positions[node_id]
        nodes.append({
            "id": entity.id,
            "label": entity.label,
            "x": x,
            "y": y,
            "size": size[node_id],
            # In a party's ring the dot is lighter, so that the ring stands out from it.
            "color": _fade(color) if faded else _fade(color, _IN_RING_FADE) if party else color,
            "ring": (_fade(party_colors[party]) if faded else party_colors[party]) if party else None,
            "party": party[1] if party else None,
            "focus": in_focus,
            "context": faded,
            "title": _node_tooltip(entity, type_label, party[1] if party else None),
            "type": type_label,
            "aliases": list(entity.aliases),
            "description": entity.description,
            "wikidata": entity.wikidata,
            "edges": [],
        })

    vis_edges = []
    edge_ids: dict[EdgeKey, str] = {}
    pair_count: dict[tuple[str, str], int] = {}
    per_relation = [0] * len(present)
    for i, ((subject, rel_name, obj), evidence) in enumerate(sorted(merged.items())):
        rel = rel_by_name[rel_name]
        key = (subject, rel_name, obj)
        edge_ids[key] = f"e{i}"
        on_canvas = key not in aside
        if on_canvas:
            per_relation[rel_index[rel_name]] += 1
        # Parallel edges between the same two nodes get increasingly curved, so none hides another.
        pair = (min(subject, obj), max(subject, obj))
        nth = pair_count.get(pair, 0) if on_canvas else 0
        if on_canvas:
            pair_count[pair] = nth + 1
        in_focus = key in focus_keys
        corroborated = corroboration(evidence, outlets or {})
        vis_edges.append({
            "id": f"e{i}",
            "from": subject,
            "to": obj,
            "rel": rel_index.get(rel_name, -1),
            "relation": rel.label,
            "symmetric": rel.symmetric,
            "color": _color(rel.color),
            "dashes": rel.dashes,
            "drawn": on_canvas,
            "hidden": rel_name in hidden_relations and not in_focus,
            "faded": all(ev.status != "asserted" for ev in evidence),
            "focus": in_focus,
            "context": context_faded and not in_focus,
            "width": 6 if in_focus else 2 + min(max(corroborated.outlets, 1) - 1, 3),
            "curve": round(0.25 * nth, 2),
            "title": _edge_tooltip(by_id[subject], rel, by_id[obj], evidence, corroborated),
            "evidence": [_evidence_json(ev, (windows or {}).get(ev)) for ev in evidence],
        })
    # Each node's panel lists its relationships in the order kg show tells them.
    by_node = {n["id"]: n for n in nodes}
    for edge in in_order([Edge(s, r, o, evs) for (s, r, o), evs in merged.items()]):
        key = (edge.subject, edge.relation, edge.object)
        for end in dict.fromkeys((edge.subject, edge.object)):
            by_node[end]["edges"].append(edge_ids[key])

    types_present = {by_id[n].type for n in by_id}
    legend = {
        "relations": [
            {"label": r.label, "color": _color(r.color), "dashes": r.dashes, "symmetric": r.symmetric,
             "count": per_relation[i], "hidden": r.name in hidden_relations}
            for i, r in enumerate(present)
        ],
        "types": [{"label": t.label, "color": _color(t.color)} for t in entity_types if t.name in types_present],
        "parties": [{"label": label, "color": party_colors[(pid, label)]} for pid, label in party_colors],
        "notes": list(notes),
    }
    vis_js, vis_css = _vis_assets()
    return _template().render(
        title=title,
        legend=legend,
        n_nodes=len(nodes),
        n_edges=len(vis_edges),
        faded=any(e["faded"] and e["drawn"] for e in vis_edges),
        path_view=context_faded,
        as_of=as_of,
        undated=any(ev.date is None for evs in merged.values() for ev in evs),
        data={"nodes": nodes, "edges": vis_edges},
        vis_js=vis_js,
        vis_css=vis_css,
    )


def _among_neighbours(
    nodes: Collection[str], keys: Iterable[EdgeKey], positions: Mapping[str, tuple[int, int]]
) -> dict[str, tuple[int, int]]:
    """Each node placed at the middle of its placed neighbours, a little below (a party among
    its members), or beside the drawing when it has none placed."""
    around: dict[str, list[tuple[int, int]]] = {n: [] for n in nodes}
    for s, _, o in keys:
        if s in around and o in positions:
            around[s].append(positions[o])
        if o in around and s in positions:
            around[o].append(positions[s])
    right = max((x for x, _ in positions.values()), default=0) + 150
    placed = {}
    for i, node in enumerate(sorted(nodes)):
        points = around[node]
        if points:
            placed[node] = (round(sum(x for x, _ in points) / len(points)),
                            round(sum(y for _, y in points) / len(points)) + 40 + 30 * (i % 3))
        else:
            placed[node] = (right, 80 * i)
    return placed


def _party_colors(parties: Collection[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A colour per party (id, label): the big ones their usual colour, others from a palette, in
    label order; past the palette, grey."""
    colors: dict[tuple[str, str], str] = {}
    palette = iter(_PARTY_PALETTE)
    for party in sorted(parties, key=lambda p: (p[1].casefold(), p[0])):
        colors[party] = _PARTY_COLORS.get(party[0]) or next(palette, _OTHER_PARTY)
    return colors


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
    return {key: tuple(sorted(evs, key=lambda ev: (evidence_key(ev), ev.status))) for key, evs in merged.items()}


def _edge_key(key: EdgeKey, rel_by_name: dict[str, Relation]) -> EdgeKey:
    subject, rel_name, obj = key
    if rel_by_name[rel_name].symmetric and obj < subject:
        return (obj, rel_name, subject)
    return key


def _color(value: str | None) -> str:
    # Colours end up in style attributes and canvas calls: accept only hex colours.
    return value if value and _HEX_COLOR.fullmatch(value) else _FALLBACK_COLOR


def _fade(color: str, amount: float = _CONTEXT_FADE) -> str:
    """The hex colour mixed towards white by `amount` (drawn behind what is in focus)."""
    digits = color[1:] if len(color) == 7 else "".join(c * 2 for c in color[1:])
    channels = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in channels)


def _node_tooltip(entity: Entity, type_label: str, party: str | None) -> str:
    return f"{entity.label}\n{type_label}" + (f" · {party}" if party else "")


def _edge_tooltip(
    subject: Entity, rel: Relation, obj: Entity, evidence: Sequence[Evidence], corroborated: Corroboration
) -> str:
    arrow = "—" if rel.symmetric else "→"
    count = f"{len(evidence)} statement" + ("s" if len(evidence) != 1 else "")
    backing = f" ({corroborated.text()})" if corroborated.sources else ""
    return f"{subject.label} — {rel.label} {arrow} {obj.label}\n{count}{backing}: click to read them"


def _evidence_json(ev: Evidence, window=None) -> dict[str, object]:
    """`window`: graph.sources.Passage, the source text around the quote, which the panel shows."""
    return {
        "window": None if window is None else {
            "text": window.text, "start": window.start, "end": window.end, "before": window.before, "after": window.after},
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
