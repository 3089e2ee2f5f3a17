"""Check a data directory: its files parse, its RDF conforms to ontology/shapes.ttl (checked by
Oxigraph, graph.shacl), every evidence quote is a verbatim substring of its source's text, and
its anchor (graph.anchors) still slices that text to it; `fix_anchors` rewrites the anchors that
moved or are missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .confined import open_file
from .datafiles import STATEMENT_COLUMNS, Corpus, csv_text, read_corpus, statement_fields
from .errors import DataError
from .namespaces import ENT, SRC, STMT
from .resources import ontology_dir
from .triples import corpus_ntriples, statement_id

__all__ = ["Problem", "AnchorFixes", "validate", "fix_anchors"]


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


def validate(
    data_dir: Path, progress: Callable[[str], None] = lambda step: None, note: Callable[[str], None] = lambda text: None
) -> list[Problem]:
    """Every problem found in `data_dir`; an empty list means it is valid. `progress` is told
    each step as it starts; `note` what is no problem but worth doing (anchors not yet written:
    files from before anchors existed read as well, their anchors found on reading)."""
    progress("reading the data files")
    try:
        corpus = read_corpus(data_dir)
    except DataError as exc:
        message = str(exc).split(": ", 1)[-1]
        return [Problem(str(exc.path), exc.line, None, message)]
    progress("checking quotes against their sources")
    missing = [row.line for row in corpus.statements if row.anchor_state == "missing"]
    if missing:
        note(f"{corpus.directory / 'statements.csv'}: {len(missing)} quote(s) have no anchor written yet (quote_start, "
             f"quote_prefix, quote_suffix), the first on line {missing[0]}; kg validate --fix writes them")
    return _quote_problems(corpus) + _shacl_problems(corpus, progress)


def _quote_problems(corpus: Corpus) -> list[Problem]:
    """A lost quote and a moved anchor: each a problem."""
    files = {s.id: s.file for s in corpus.sources}
    path = str(corpus.directory / "statements.csv")
    problems = []
    for row in corpus.statements:
        about = f"{row.subject} {row.relation} {row.object}"
        if row.anchor_state == "lost":
            problems.append(Problem(path, row.line, about, f"quote is not verbatim in sources/{files[row.source]}: "
                                    f"{row.quote!r} (kg validate --fix cannot repair that: correct the quote or the text)"))
        elif row.anchor_state == "shifted":
            problems.append(Problem(path, row.line, about, f"quote anchor shifted: sources/{files[row.source]} now holds "
                                    f"the quote at character {row.anchor.start} (kg validate --fix repairs it)"))
    return problems


@dataclass(frozen=True)
class AnchorFixes:
    shifted: tuple[int, ...]  # lines of statements.csv whose anchor was repaired
    missing: tuple[int, ...]  # lines whose anchor was written where there was none
    lost: tuple[int, ...]  # lines whose quote is not in the text: not repairable


def fix_anchors(data_dir: Path) -> AnchorFixes:
    """Rewrite statements.csv (one transaction, under the lock) with every shifted anchor repaired
    and every missing one written; the other columns as read. Raises DataError when the data
    files do not read, ReadOnlyData when there is something to fix in the corpus shipped with kg."""
    from .datadir import ensure_writable
    from .transaction import transaction

    statements = read_corpus(data_dir).statements
    if all(r.anchor_state in ("ok", "lost") for r in statements):  # nothing to write: no lock taken
        return AnchorFixes((), (), tuple(r.line for r in statements if r.anchor_state == "lost"))
    ensure_writable(data_dir)
    with transaction(data_dir) as txn:
        corpus = read_corpus(data_dir)
        lines = {state: tuple(r.line for r in corpus.statements if r.anchor_state == state)
                 for state in ("shifted", "missing", "lost")}
        if lines["shifted"] or lines["missing"]:
            with open_file(Path(data_dir), "statements.csv") as handle:
                ending = "\r\n" if b"\r\n" in handle.read(4096) else "\n"  # the file's own line ending
            rows = [[statement_fields(row)[c] for c in STATEMENT_COLUMNS] for row in corpus.statements]
            txn.write("statements.csv", csv_text([STATEMENT_COLUMNS, *rows], ending))
    return AnchorFixes(lines["shifted"], lines["missing"], lines["lost"])


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
        STMT + statement_id(r) + node: ("statements.csv", r.line, f"{r.subject} {r.relation} {r.object}")
        for r in corpus.statements for node in ("", "-quote", "-position")  # the statement and its selectors
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
