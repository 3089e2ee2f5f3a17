"""Export to the formats other tools read: GraphML and GEXF (Gephi), Cytoscape.js JSON,
JSON-LD with a context, an edge-list CSV; Turtle, N-Triples and the statement CSV come from
graph.export. The network formats hold one node per entity (label, type, Wikidata id) and one
edge per asserted relationship (relation, first date, statement count, one source and quote);
rival_of, being symmetric, is one edge. Output is deterministic: sorted nodes and edges.
"""

from __future__ import annotations

import json
import re

import networkx as nx

from .knowledge_graph import KnowledgeGraph
from .namespaces import PREFIXES, local_name

__all__ = ["FORMATS", "EDGELIST_HEADER", "to_networkx", "export"]

FORMATS = ("ttl", "nt", "jsonld", "csv", "graphml", "gexf", "cytoscape", "edgelist")
EDGELIST_HEADER = ("source", "target", "relation", "date", "statements", "source_title", "quote")


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """Entities as nodes (id: the entity slug), asserted relationships as edges keyed by relation."""
    graph = nx.MultiDiGraph()
    for entity in sorted(kg.entities(), key=lambda e: e.id):
        graph.add_node(entity.id, label=entity.label, type=entity.type, wikidata=entity.wikidata or "")
    for edge in sorted(kg.edges(), key=lambda e: (e.subject, e.relation, e.object)):
        s, o = local_name(edge.subject), local_name(edge.object)
        dates = sorted(ev.date for ev in edge.evidence if ev.date)
        first = edge.evidence[0]
        graph.add_edge(s, o, key=edge.relation, relation=edge.relation, date=dates[0] if dates else "",
                       statements=len(edge.evidence), source=first.source, quote=first.quote)
    return graph


# What XML 1.0 cannot hold, even escaped: most C0 controls, surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with each such character in its text replaced by U+FFFD (GraphML and GEXF are XML)."""
    for _, data in graph.nodes(data=True):
        data.update({k: _NOT_XML.sub("\ufffd", v) for k, v in data.items() if isinstance(v, str)})
    for _, _, data in graph.edges(data=True):
        data.update({k: _NOT_XML.sub("\ufffd", v) for k, v in data.items() if isinstance(v, str)})
    return graph


def _edgelist(graph: nx.MultiDiGraph, raw: bool) -> str:
    from .datafiles import csv_text
    from .spreadsheet import neutralise_rows

    rows = [
        (s, o, data["relation"], data["date"], data["statements"], data["source"], data["quote"])
        for s, o, data in graph.edges(data=True)
    ]
    return csv_text([EDGELIST_HEADER, *(rows if raw else neutralise_rows(rows))])


def _jsonld(kg: KnowledgeGraph) -> str:
    """JSON-LD with an @context of kg's prefixes (compact IRIs such as pol:endorsed)."""
    import rdflib

    from .export import export as export_rdf

    graph = rdflib.Graph().parse(data=export_rdf(kg, "nt"), format="nt")
    return graph.serialize(format="json-ld", context=dict(PREFIXES), indent=1, sort_keys=True)


def export(kg: KnowledgeGraph, fmt: str, *, raw: bool = False) -> str:
    """The graph as text in `fmt` (one of FORMATS); csv and edgelist make cells that a
    spreadsheet would run as formulas text unless `raw` (graph.spreadsheet)."""
    if fmt in ("ttl", "nt", "csv"):
        from .export import export as export_rdf

        return export_rdf(kg, fmt, raw=raw)
    if fmt == "jsonld":
        return _jsonld(kg)
    graph = to_networkx(kg)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(_xml_safe(graph))) + "\n"
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(_xml_safe(graph))) + "\n"
    if fmt == "cytoscape":
        return json.dumps(nx.cytoscape_data(graph), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if fmt == "edgelist":
        return _edgelist(graph, raw)
    raise ValueError(f"unknown format {fmt!r}")
