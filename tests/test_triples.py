"""The RDF made from the data: compared as graphs with a hand-written golden file."""

import rdflib
import pyoxigraph as ox
from rdflib.compare import graph_diff, to_isomorphic

from graph.datafiles import read_corpus
from graph.namespaces import STMT
from graph.triples import corpus_ntriples, statement_id

from .conftest import MINI, TESTS


def _blank_statements(graph: rdflib.Graph) -> rdflib.Graph:
    """Statement IRIs are content hashes: compare them as blank nodes."""
    nodes = {}

    def swap(term):
        if isinstance(term, rdflib.URIRef) and str(term).startswith(STMT):
            return nodes.setdefault(term, rdflib.BNode())
        return term

    out = rdflib.Graph()
    for s, p, o in graph:
        out.add((swap(s), p, swap(o)))
    return out


def test_mini_corpus_matches_golden_turtle():
    """Entities, sources, statement nodes and direct triples are exactly the golden graph."""
    made = rdflib.Graph().parse(data="".join(corpus_ntriples(read_corpus(MINI))), format="nt")
    golden = rdflib.Graph().parse(TESTS / "golden" / "mini.ttl", format="turtle")
    made_iso, golden_iso = to_isomorphic(_blank_statements(made)), to_isomorphic(golden)
    if made_iso != golden_iso:
        _, only_made, only_golden = graph_diff(made_iso, golden_iso)
        raise AssertionError(
            "RDF differs from tests/golden/mini.ttl\nonly made:\n"
            + only_made.serialize(format="nt")
            + "\nonly golden:\n"
            + only_golden.serialize(format="nt")
        )


def test_statement_ids_are_stable_and_distinct():
    """The same row gives the same statement IRI on every run; different rows differ."""
    rows = read_corpus(MINI).statements
    ids = [statement_id(r) for r in rows]
    assert ids == [statement_id(r) for r in read_corpus(MINI).statements]
    assert len(set(ids)) == len(ids)


def test_only_asserted_statements_give_direct_triples(mini_kg):
    """The negated 'Cy Third endorsed Bob Sample' is a statement node but not an edge."""
    endorsed = ox.NamedNode("urn:kg:pol:endorsed")
    pairs = {(q.subject.value, q.object.value) for q in mini_kg.store.quads_for_pattern(None, endorsed, None)}
    assert pairs == {("urn:kg:entity:ann-example", "urn:kg:entity:bob-sample")}


def test_literals_are_escaped():
    """Quotes, backslashes and line breaks in text survive the trip through N-Triples."""
    import dataclasses

    corpus = read_corpus(MINI)
    tricky = 'He said "no" \\ then\nleft\r.'
    entity = dataclasses.replace(corpus.entities[0], label=tricky, aliases=())
    corpus = dataclasses.replace(corpus, entities=(entity,), statements=())
    parsed = rdflib.Graph().parse(data="".join(corpus_ntriples(corpus)), format="nt")
    labels = {str(o) for s, p, o in parsed if str(p).endswith("#label") and "ann-example" in str(s)}
    assert labels == {tricky}
