"""graph.shacl: the shapes of ontology/shapes.ttl checked by Oxigraph give the same violations as
pyshacl (the reference SHACL engine, a test dependency) on graphs broken one way each."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.errors import DataError
from graph.knowledge_graph import KnowledgeGraph
from graph.namespaces import ENT, POL, RDF, RDFS, SKOS, STMT
from graph.resources import ontology_dir
from graph.shacl import constraints, violations
from tests.conftest import MINI

XSD = "http://www.w3.org/2001/XMLSchema#"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


def _statement(store: ox.Store) -> ox.NamedNode:
    return sorted(q.subject for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), ox.NamedNode(POL + "Statement")))[0]


def _entity(store: ox.Store) -> ox.NamedNode:
    return sorted(q.subject for q in store.quads_for_pattern(None, ox.NamedNode(RDFS + "label"), None) if q.subject.value.startswith(ENT))[0]


def _replace(store, subject, predicate, new):
    for quad in list(store.quads_for_pattern(subject, ox.NamedNode(predicate), None)):
        store.remove(quad)
    if new is not None:
        store.add(ox.Quad(subject, ox.NamedNode(predicate), new))


def _add(store, subject, predicate, new):
    store.add(ox.Quad(subject, ox.NamedNode(predicate), new))


def _literal(text, datatype=None, language=None):
    if language:
        return ox.Literal(text, language=language)
    return ox.Literal(text, datatype=ox.NamedNode(XSD + datatype)) if datatype else ox.Literal(text)


# (what is broken, how): each breaks one component of one property shape
BREAKS = [
    ("no quote (minCount)", lambda s: _replace(s, _statement(s), POL + "quote", None)),
    ("two labels (maxCount)", lambda s: _add(s, _entity(s), RDFS + "label", _literal("Another"))),
    ("label with a language (datatype)", lambda s: _replace(s, _entity(s), RDFS + "label", _literal("X", language="en"))),
    ("empty alias (minLength)", lambda s: _add(s, _entity(s), SKOS + "altLabel", _literal(""))),
    ("sameAs a literal (nodeKind)", lambda s: _add(s, _entity(s), OWL_SAME_AS, _literal("Q1"))),
    ("sameAs not Wikidata (pattern)", lambda s: _add(s, _entity(s), OWL_SAME_AS, ox.NamedNode("http://example.org/Q1"))),
    ("subject no entity (class)", lambda s: _replace(s, _statement(s), RDF + "subject", ox.NamedNode(POL + "asserted"))),
    ("unknown status (in)", lambda s: _replace(s, _statement(s), POL + "status", ox.NamedNode(POL + "rumoured"))),
    ("date as text (or)", lambda s: _replace(s, _statement(s), POL + "date", _literal("2022-08-02"))),
    ("ill-formed date (or)", lambda s: _replace(s, _statement(s), POL + "date", _literal("2022-13-45", "date"))),
    ("confidence above 1 (maxInclusive)", lambda s: _replace(s, _statement(s), POL + "confidence", _literal("1.5", "decimal"))),
    ("confidence below 0 (minInclusive)", lambda s: _replace(s, _statement(s), POL + "confidence", _literal("-0.1", "decimal"))),
    ("confidence as text (datatype)", lambda s: _replace(s, _statement(s), POL + "confidence", _literal("high"))),
]


def _pyshacl_violations(store: ox.Store) -> set[tuple[str, str | None]]:
    import pyshacl
    import rdflib

    data = rdflib.Graph().parse(data=ox.serialize(store, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    for shape, constraint in list(shapes.subject_objects(sh.sparql)):  # those are run as they are
        shapes.remove((shape, sh.sparql, constraint))
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return {
        (str(report.value(r, sh.focusNode)), str(report.value(r, sh.resultPath)))
        for r in report.subjects(rdflib.RDF.type, sh.ValidationResult)
    }


def _our_violations(store: ox.Store) -> set[tuple[str, str | None]]:
    core = [c for c in constraints(ontology_dir() / "shapes.ttl") if c.kind != "sparql"]
    return {(v.focus, v.path) for v in violations(store, core)}


@pytest.fixture
def mini_store() -> ox.Store:
    return KnowledgeGraph.from_data(MINI).store


def test_the_intact_graph_conforms(mini_store) -> None:
    """No violation on the fixture corpus, by either engine."""
    assert _our_violations(mini_store) == set() == _pyshacl_violations(mini_store)


@pytest.mark.parametrize(("name", "breaking"), BREAKS, ids=[name for name, _ in BREAKS])
def test_same_violations_as_pyshacl(mini_store, name, breaking) -> None:
    """Each broken graph: the same (focus node, path) violations as pyshacl, and at least one."""
    breaking(mini_store)
    ours = _our_violations(mini_store)
    assert ours, name
    assert ours == _pyshacl_violations(mini_store)


def test_a_component_kg_does_not_check_is_refused(tmp_path) -> None:
    """A shapes file using a component graph.shacl does not translate is an error naming it."""
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix pol: <urn:kg:pol:> .\n"
        "pol:S a sh:NodeShape ; sh:targetClass pol:Entity ; sh:property [ sh:path pol:x ; sh:uniqueLang true ] .\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="uniqueLang"):
        constraints(shapes)


def test_violation_messages_name_the_value(mini_store) -> None:
    """The shape's sh:message is used, and the offending value is kept."""
    statement = _statement(mini_store)
    _replace(mini_store, statement, POL + "status", ox.NamedNode(POL + "rumoured"))
    core = [c for c in constraints(ontology_dir() / "shapes.ttl") if c.kind == "values" and c.checks[0][2] == POL + "status"]
    (violation,) = violations(mini_store, core)
    assert violation.focus == statement.value and violation.value == ox.NamedNode(POL + "rumoured")
    assert violation.focus.startswith(STMT)
