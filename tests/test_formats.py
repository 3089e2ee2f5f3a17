"""Exports round-trip through their standard readers: networkx for GraphML/GEXF/Cytoscape, rdflib for RDF."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from graph.formats import EDGELIST_HEADER, export, to_networkx


@pytest.mark.parametrize("fmt,reader", [
    ("graphml", lambda t: nx.read_graphml(io.BytesIO(t.encode()))),
    ("gexf", lambda t: nx.read_gexf(io.BytesIO(t.encode()))),
    ("cytoscape", lambda t: nx.cytoscape_graph(json.loads(t))),
])
def test_network_formats_round_trip(seed_kg, fmt, reader) -> None:
    graph = to_networkx(seed_kg)
    back = reader(export(seed_kg, fmt))
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert sorted(d["relation"] for *_, d in back.edges(data=True)) == sorted(d["relation"] for *_, d in graph.edges(data=True))


@pytest.mark.parametrize("fmt,rdf", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_formats_round_trip(seed_kg, fmt, rdf) -> None:
    reference = rdflib.Graph().parse(data=export(seed_kg, "nt"), format="nt")
    back = rdflib.Graph().parse(data=export(seed_kg, fmt), format=rdf)
    assert isomorphic(reference, back)


def test_jsonld_has_a_context(seed_kg) -> None:
    assert json.loads(export(seed_kg, "jsonld"))["@context"]["pol"] == "urn:kg:pol:"


def test_edgelist_csv(seed_kg) -> None:
    rows = list(csv.reader(io.StringIO(export(seed_kg, "edgelist"))))
    assert tuple(rows[0]) == EDGELIST_HEADER and len(rows) - 1 == to_networkx(seed_kg).number_of_edges()
