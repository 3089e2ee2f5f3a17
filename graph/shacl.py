"""The SHACL shapes of ontology/shapes.ttl checked by Oxigraph: the constraints become SPARQL
queries over the whole graph that return the nodes violating them (per node shape, one query
for all its sh:minCount/sh:maxCount; per property shape, one for its other components).

pyshacl checks shape by shape and node by node on rdflib's engine: 22 s of CPU on the seed corpus
plus the seven public datasets (15k statements), 5 s of it only to load rdflib's graph; rudof's
native engine took 8 s. These queries on Oxigraph take about 2 s of CPU together. Only
the SHACL Core components the shapes use are translated (listed in _COMPONENTS); a shape using
any other is refused with an error naming it, so the shapes file cannot say more than is
checked. tests/test_shacl.py runs pyshacl (a test dependency) on the same broken graphs and
expects the same violations.

SHACL-SPARQL constraints (sh:sparql with sh:select) run as they are, $this unbound and the
solutions kept for focus nodes of the shape's target: the same results for selects that use
$this only in triple patterns, as shapes.ttl's do.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import DataError

__all__ = ["Violation", "Constraint", "constraints", "violations"]

SH = "http://www.w3.org/ns/shacl#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE_PATH = f"<{_RDF}type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"
# what a property shape may hold: components translated here, and terms that are no constraint
_COMPONENTS = {"minCount", "maxCount", "datatype", "minLength", "nodeKind", "pattern", "class", "in", "or",
               "minInclusive", "maxInclusive"}
_NOT_CONSTRAINTS = {"path", "message", "name", "description"}
_TRUE = ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
_ILL_FORMED = "ill-formed"  # what a failed cast is replaced with, to tell it from a value


@dataclass(frozen=True)
class Violation:
    focus: str  # IRI of the node that does not conform
    path: str | None  # the property concerned (an IRI), None for a SPARQL constraint
    message: str
    value: ox.NamedNode | ox.Literal | ox.BlankNode | None = None


@dataclass(frozen=True)
class Constraint:
    """One query checking one or more SHACL components: a row per violating node (and value),
    with ?c0, ?c1, ... true for the components violated, in the order of `checks`."""

    target_class: str
    kind: str  # "counts" (every sh:minCount/maxCount of a shape), "values" (one property's other components), "sparql"
    checks: tuple[tuple[str, str, str | None], ...]  # (component: "minCount", ..., "sparql"; message; path IRI)
    query: str


def violations(store: ox.Store, shapes: list[Constraint]) -> Iterator[Violation]:
    """Every violation of `shapes` in `store` (which holds the ontology beside the data)."""
    for constraint in shapes:
        targets = None
        if constraint.kind == "sparql":
            targets = {row["this"].value for row in store.query(
                f"SELECT ?this WHERE {{ ?this {_TYPE_PATH} <{constraint.target_class}> }}")}
        solutions = store.query(constraint.query)
        has_value = ox.Variable("value") in solutions.variables
        for row in solutions:
            focus = row["this"]
            if targets is not None and focus.value not in targets:
                continue
            value = row["value"] if has_value else None
            if constraint.kind == "sparql":
                yield Violation(focus.value, None, constraint.checks[0][1], value)
                continue
            for number, (_, message, path) in enumerate(constraint.checks):
                if row[f"c{number}"] == _TRUE:
                    yield Violation(focus.value, path, message, value)


def constraints(shapes_file: Path) -> list[Constraint]:
    """The constraints of `shapes_file` as queries; DataError for Turtle it cannot read or a
    constraint component it does not translate."""
    from .ontology import check_turtle

    check_turtle(shapes_file)
    graph = ox.Store()
    graph.load(path=str(shapes_file), format=ox.RdfFormat.TURTLE)
    found = []
    for shape in _subjects(graph, _RDF + "type", ox.NamedNode(SH + "NodeShape")):
        target = _one(graph, shape, SH + "targetClass")
        if not isinstance(target, ox.NamedNode):
            raise DataError(shapes_file, f"{shape} needs one sh:targetClass (the only target kg checks)")
        counts = []
        for prop in _objects(graph, shape, SH + "property"):
            prop_counts, values = _property_checks(graph, shapes_file, prop)
            counts += prop_counts
            if values:
                found.append(_values_constraint(target.value, values))
        if counts:
            found.append(_counts_constraint(target.value, counts))
        for sparql in _objects(graph, shape, SH + "sparql"):
            select = _one(graph, sparql, SH + "select")
            message = _one(graph, sparql, SH + "message")
            message = message.value if message else "does not conform"
            found.append(Constraint(target.value, "sparql", (("sparql", message, None),), select.value))
        unknown = {_local(q.predicate) for q in graph.quads_for_pattern(shape, None, None)} - {
            "type", "targetClass", "property", "sparql"}
        if unknown:
            raise DataError(shapes_file, f"{shape} uses {', '.join(sorted('sh:' + u for u in unknown))}, "
                                         "which kg validate does not check")
    return found


Check = tuple[str, str, str, str]  # (component, SPARQL condition, message, path IRI)


def _property_checks(graph: ox.Store, shapes_file: Path, prop) -> tuple[list[Check], list[Check]]:
    """The property shape's count checks (sh:minCount, sh:maxCount: on ?n) and value checks
    (every other component: on ?value)."""
    path = _one(graph, prop, SH + "path")
    if not isinstance(path, ox.NamedNode):
        raise DataError(shapes_file, "a property shape's sh:path must be one IRI (the only paths kg checks)")
    message_term = _one(graph, prop, SH + "message")
    counts, values = [], []
    for quad in sorted(graph.quads_for_pattern(prop, None, None), key=str):
        component = _local(quad.predicate)
        if component in _NOT_CONSTRAINTS or quad.predicate.value == _RDF + "type":
            continue
        if not quad.predicate.value.startswith(SH) or component not in _COMPONENTS:
            raise DataError(shapes_file, f"the property shape on <{path.value}> uses {quad.predicate}, "
                                         "which kg validate does not check")
        test, default = _condition(graph, shapes_file, component, quad.object)
        check = (component, test, message_term.value if message_term else default, path.value)
        (counts if component in ("minCount", "maxCount") else values).append(check)
    return counts, values


def _flags(checks: list[Check]) -> tuple[str, str]:
    """BIND each check's condition to ?c0, ?c1, ...; and the filter that any holds."""
    flags = " ".join(f"BIND(({test}) AS ?c{i})" for i, (_, test, _, _) in enumerate(checks))
    return flags, " || ".join(f"?c{i}" for i in range(len(checks)))


def _counts_constraint(target: str, checks: list[Check]) -> Constraint:
    """Every count check of a shape in one pass over its focus nodes: the values of each path
    counted side by side (each path its own variable, so the counts do not mix)."""
    paths = sorted({path for *_, path in checks})
    number = {path: i for i, path in enumerate(paths)}
    optionals = " ".join(f"OPTIONAL {{ ?this <{path}> ?v{i} }}" for i, path in enumerate(paths))
    counted = " ".join(f"(COUNT(DISTINCT ?v{i}) AS ?n{i})" for i in range(len(paths)))
    tests = [(c, test.replace("?n", f"?n{number[path]}"), m, path) for c, test, m, path in checks]
    flags, any_flag = _flags(tests)
    query = (f"SELECT ?this {' '.join(f'?c{i}' for i in range(len(tests)))} WHERE {{ "
             f"{{ SELECT ?this {counted} WHERE {{ ?this {_TYPE_PATH} <{target}> . {optionals} }} GROUP BY ?this }} "
             f"{flags} FILTER({any_flag}) }}")
    return Constraint(target, "counts", tuple((c, m, path) for c, _, m, path in tests), query)


def _values_constraint(target: str, checks: list[Check]) -> Constraint:
    """Every value check of one property shape in one pass over its values."""
    (path,) = {path for *_, path in checks}
    flags, any_flag = _flags(checks)
    query = (f"SELECT DISTINCT ?this ?value {' '.join(f'?c{i}' for i in range(len(checks)))} WHERE {{ "
             f"?this {_TYPE_PATH} <{target}> ; <{path}> ?value . {flags} FILTER({any_flag}) }}")
    return Constraint(target, "values", tuple((c, m, p) for c, _, m, p in checks), query)


def _condition(graph: ox.Store, shapes_file: Path, component: str, value) -> tuple[str, str]:
    """The SPARQL condition under which ?value (?v for counts) violates the component, and the
    message pyshacl would give."""
    if component == "minCount":
        return f"?n < {int(value.value)}", f"Less than {value.value} values"
    if component == "maxCount":
        return f"?n > {int(value.value)}", f"More than {value.value} values"
    if component == "datatype":
        return _not_datatype([value]), f"Value is not Literal with datatype {value.value}"
    if component == "minLength":
        return f"STRLEN(STR(?value)) < {int(value.value)}", f"String length less than {value.value}"
    if component == "nodeKind":
        if value.value != SH + "IRI":
            raise DataError(shapes_file, f"sh:nodeKind {value} is not checked by kg validate (only sh:IRI)")
        return "!isIRI(?value)", "Value is not an IRI"
    if component == "pattern":
        return f"!REGEX(STR(?value), {ox.Literal(value.value)})", f"Value does not match pattern {value.value!r}"
    if component == "class":
        return f"NOT EXISTS {{ ?value {_TYPE_PATH} {value} }}", f"Value does not have class {value.value}"
    if component == "in":
        members = _list(graph, value)
        return f"?value NOT IN ({', '.join(str(m) for m in members)})", "Value is not in the allowed list"
    if component == "or":
        datatypes = []
        for member in _list(graph, value):
            kinds = {_local(q.predicate) for q in graph.quads_for_pattern(member, None, None)}
            if kinds != {"datatype"}:
                raise DataError(shapes_file, "sh:or is checked by kg validate only as a list of sh:datatype shapes")
            datatypes.append(_one(graph, member, SH + "datatype"))
        return _not_datatype(datatypes), "Value does not conform to any of the sh:or shapes"
    if component == "minInclusive":
        return f"!(?value >= {value})", f"Value is less than {value.value}"
    if component == "maxInclusive":
        return f"!(?value <= {value})", f"Value is greater than {value.value}"
    raise AssertionError(component)


def _not_datatype(datatypes: list) -> str:
    """A literal of none of `datatypes`, or one whose text is no value of its type (Oxigraph
    cannot cast it back to it): what SHACL calls an ill-formed literal."""
    allowed = " || ".join(
        f"(DATATYPE(?value) = {d} && {_well_formed(d)})" for d in datatypes)
    return f"!isLiteral(?value) || !({allowed})"


def _well_formed(datatype) -> str:
    name = datatype.value.rsplit("#", 1)[-1]
    if name in ("date", "decimal", "integer", "boolean", "dateTime"):  # the casts SPARQL defines
        return f'!sameTerm(COALESCE({datatype}(STR(?value)), "{_ILL_FORMED}"), "{_ILL_FORMED}")'
    if name == "string":
        return "LANG(?value) = \"\""
    return "true"


def _subjects(graph: ox.Store, predicate: str, obj) -> list:
    return sorted((q.subject for q in graph.quads_for_pattern(None, ox.NamedNode(predicate), obj)), key=str)


def _objects(graph: ox.Store, subject, predicate: str) -> list:
    return sorted((q.object for q in graph.quads_for_pattern(subject, ox.NamedNode(predicate), None)), key=str)


def _one(graph: ox.Store, subject, predicate: str):
    found = _objects(graph, subject, predicate)
    return found[0] if found else None


def _list(graph: ox.Store, head) -> list:
    items = []
    while head != ox.NamedNode(_RDF + "nil"):
        items.append(_one(graph, head, _RDF + "first"))
        head = _one(graph, head, _RDF + "rest")
    return items


def _local(term) -> str:
    return term.value.rsplit("#", 1)[-1]
