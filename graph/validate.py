"""Check a data directory: its files parse, its RDF conforms to ontology/shapes.ttl, and every
evidence quote is a verbatim substring of its source's text.

The shapes' core constraints are checked by pyshacl. Their SPARQL constraints (sh:sparql) are
run by Oxigraph once over the whole graph, with $this left unbound, instead of by pyshacl once
per focus node on rdflib's engine: on the seven public datasets (15k statements) pyshacl had
not finished them after 4 minutes. This gives the same results for constraints that use $this
only in triple patterns, as shapes.ttl's do, on shapes that target a class.

The data's N-Triples are parsed by Oxigraph and handed to rdflib term by term: rdflib's own
N-Triples parser took 298 s over one 7.9 MB article.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .datafiles import Corpus, read_corpus
from .errors import DataError
from .namespaces import ENT, SRC, STMT
from .resources import ontology_dir
from .triples import corpus_ntriples, statement_id

__all__ = ["Problem", "validate"]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    subject: str | None  # the entity, source or statement concerned
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        about = f" [{self.subject}]" if self.subject else ""
        return f"{where}:{about} {self.message}"


def validate(data_dir: Path) -> list[Problem]:
    """Every problem found in `data_dir`; an empty list means it is valid."""
    try:
        corpus = read_corpus(data_dir)
    except DataError as exc:
        message = str(exc).split(": ", 1)[-1]
        return [Problem(str(exc.path), exc.line, None, message)]
    return _quote_problems(corpus) + _shacl_problems(corpus)


def _quote_problems(corpus: Corpus) -> list[Problem]:
    texts = {s.id: s for s in corpus.sources}
    problems = []
    for row in corpus.statements:
        source = texts[row.source]
        if row.quote not in source.text:
            problems.append(
                Problem(
                    str(corpus.directory / "statements.csv"),
                    row.line,
                    f"{row.subject} {row.relation} {row.object}",
                    f"quote is not verbatim in sources/{source.file}: {row.quote!r}",
                )
            )
    return problems


def _shacl_problems(corpus: Corpus) -> list[Problem]:
    import pyshacl
    import rdflib

    ntriples = "".join(corpus_ntriples(corpus))
    from .ontology import check_turtle

    check_turtle(ontology_dir() / "shapes.ttl")  # rdflib's own syntax errors say neither what nor where
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    sparql_constraints = _take_sparql_constraints(shapes)
    data = rdflib.Graph()
    data.parse(ontology_dir() / "kg.ttl", format="turtle")
    data += _rdflib_triples(ntriples)
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    found = [] if conforms else _pyshacl_results(results)
    found += _sparql_results(ntriples, sparql_constraints)
    if not found:
        return []

    where = {ENT + e.id: ("entities.csv", e.line, e.id) for e in corpus.entities}
    where |= {SRC + s.id: ("sources.csv", s.line, s.id) for s in corpus.sources}
    where |= {
        STMT + statement_id(r): ("statements.csv", r.line, f"{r.subject} {r.relation} {r.object}")
        for r in corpus.statements
    }
    problems = []
    for focus, detail in found:
        file, line, subject = where.get(focus, ("ontology", None, focus))
        problems.append(Problem(str(corpus.directory / file), line, subject, detail))
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.message))


_SH = "http://www.w3.org/ns/shacl#"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _rdflib_triples(ntriples: str):  # -> Iterator[tuple[rdflib term, ...]]
    """The triples of `ntriples`, parsed by Oxigraph, as rdflib terms: the same terms rdflib's
    N-Triples parser makes (a plain literal has no datatype, a language-tagged one no xsd type)."""
    import pyoxigraph as ox
    import rdflib

    bnodes: dict[str, rdflib.BNode] = {}

    def term(t):
        if isinstance(t, ox.NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return bnodes.setdefault(t.value, rdflib.BNode())
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        datatype = t.datatype.value
        return rdflib.Literal(t.value, datatype=None if datatype == _XSD_STRING else rdflib.URIRef(datatype))

    for triple in ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        yield term(triple.subject), term(triple.predicate), term(triple.object)


def _pyshacl_results(results) -> list[tuple[str, str]]:  # results: rdflib.Graph
    """(focus node, what is wrong) for each sh:ValidationResult of a pyshacl report."""
    import rdflib

    sh = rdflib.Namespace(_SH)
    found = []
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        path = results.value(result, sh.resultPath)
        message = str(results.value(result, sh.resultMessage) or "does not conform")
        value = results.value(result, sh.value)
        detail = f"{_short(path)}: {message}" if path is not None else message
        if value is not None:
            detail += f" (value: {_short(value)})"
        found.append((str(results.value(result, sh.focusNode)), detail))
    return found


@dataclass(frozen=True)
class _SparqlConstraint:
    target_class: str
    select: str
    message: str


def _take_sparql_constraints(shapes) -> list[_SparqlConstraint]:  # shapes: rdflib.Graph
    """Remove the sh:sparql constraints from `shapes` and return them."""
    import rdflib

    sh = rdflib.Namespace(_SH)
    taken = []
    for shape, constraint in list(shapes.subject_objects(sh.sparql)):
        target = shapes.value(shape, sh.targetClass)
        if target is None:
            raise DataError(ontology_dir() / "shapes.ttl", f"{shape} has sh:sparql constraints but no sh:targetClass")
        message = str(shapes.value(constraint, sh.message) or "does not conform")
        taken.append(_SparqlConstraint(str(target), str(shapes.value(constraint, sh.select)), message))
        shapes.remove((shape, sh.sparql, constraint))
    return taken


def _sparql_results(ntriples: str, constraints: list[_SparqlConstraint]) -> list[tuple[str, str]]:
    """(focus node, what is wrong) for each solution of each constraint, evaluated by Oxigraph."""
    import pyoxigraph as ox

    from .knowledge_graph import KnowledgeGraph

    store = KnowledgeGraph.from_ntriples(ntriples).store
    found = []
    for constraint in constraints:
        targets = {
            row["x"].value
            for row in store.query(
                "SELECT ?x ?class WHERE { ?x a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?class }",
                substitutions={ox.Variable("class"): ox.NamedNode(constraint.target_class)},
            )
        }
        solutions = store.query(constraint.select)
        has_value = ox.Variable("value") in solutions.variables
        for row in solutions:
            focus = row["this"].value
            if focus in targets:
                value = row["value"] if has_value else None
                found.append((focus, constraint.message + (f" (value: {_short(value.value)})" if value is not None else "")))
    return found


def _short(term: object) -> str:
    text = str(term)
    for namespace, prefix in ((ENT, "ent:"), ("urn:kg:pol:", "pol:"), (SRC, "src:")):
        if text.startswith(namespace):
            return prefix + text[len(namespace) :]
    return text
