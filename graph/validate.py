"""Check a data directory: its files parse, its RDF conforms to ontology/shapes.ttl (checked by
Oxigraph, graph.shacl), and every evidence quote is a verbatim substring of its source's text.
"""

from __future__ import annotations

from collections.abc import Callable
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


def validate(data_dir: Path, progress: Callable[[str], None] = lambda step: None) -> list[Problem]:
    """Every problem found in `data_dir`; an empty list means it is valid. `progress` is told
    each step as it starts."""
    progress("reading the data files")
    try:
        corpus = read_corpus(data_dir)
    except DataError as exc:
        message = str(exc).split(": ", 1)[-1]
        return [Problem(str(exc.path), exc.line, None, message)]
    progress("checking quotes against their sources")
    return _quote_problems(corpus) + _shacl_problems(corpus, progress)


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


def _shacl_problems(corpus: Corpus, progress: Callable[[str], None]) -> list[Problem]:
    from .knowledge_graph import KnowledgeGraph
    from .shacl import constraints, violations

    shapes = constraints(ontology_dir() / "shapes.ttl")
    progress("loading the graph")
    store = KnowledgeGraph.from_ntriples("".join(corpus_ntriples(corpus))).store
    found = []
    for number, constraint in enumerate(shapes, 1):
        progress(f"SHACL check {number} of {len(shapes)}")
        for violation in violations(store, [constraint]):
            detail = f"{_short(violation.path)}: {violation.message}" if violation.path else violation.message
            if violation.value is not None:
                detail += f" (value: {_short(violation.value.value)})"
            found.append((violation.focus, detail))
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
    return sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.message))


def _short(term: object) -> str:
    text = str(term)
    for namespace, prefix in ((ENT, "ent:"), ("urn:kg:pol:", "pol:"), (SRC, "src:")):
        if text.startswith(namespace):
            return prefix + text[len(namespace) :]
    return text
