"""The facade: one object that answers everything the CLI and the views ask of the graph."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox

from . import ontology, sparql
from .errors import AmbiguousEntity
from .model import Edge, Entity, Evidence, Relation
from .namespaces import POL, WD, local_name
from .resolve import NameSuggester, name_key

__all__ = ["KnowledgeGraph", "Stats"]


@dataclass(frozen=True)
class Stats:
    entities_by_type: dict[str, int]
    edges_by_relation: dict[str, int]
    statements_by_relation: dict[str, int]
    statements_by_status: dict[str, int]
    sources: int
    triples: int


class KnowledgeGraph:
    """A read-only view of a kg store (on disk or in memory).

    >>> kg = KnowledgeGraph.from_data(shipped_data_dir())  # doctest: +SKIP
    >>> kg.entity(kg.resolve("VP Harris")).label  # doctest: +SKIP
    'Kamala Harris'
    """

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._labels: dict[str, str] = {}

    @classmethod
    def open(cls, store_path: Path, data_dir: Path, *, rebuild: bool = False) -> KnowledgeGraph:
        """The persistent store at `store_path`, (re)built from `data_dir` when missing or stale.
        The build it reads stays on disk while the returned object lives."""
        import weakref

        from .store import open_pinned

        store, release = open_pinned(store_path, data_dir, rebuild=rebuild)
        kg = cls(store)
        weakref.finalize(kg, release)
        return kg

    @classmethod
    def from_data(cls, data_dir: Path) -> KnowledgeGraph:
        """An in-memory graph built from `data_dir` (for tests and one-off checks)."""
        from .datafiles import read_corpus
        from .triples import corpus_ntriples

        return cls.from_ntriples("".join(corpus_ntriples(read_corpus(data_dir))))

    @classmethod
    def from_ntriples(cls, text: str) -> KnowledgeGraph:
        """An in-memory graph of the ontology and `text`, N-Triples from graph.triples."""
        store = ox.Store()
        store.extend(ontology.ontology_store().quads_for_pattern(None, None, None))
        store.load(input=text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return cls(store)

    # --- entities and names ----------------------------------------------------------------

    @cached_property
    def _suggester(self) -> NameSuggester:
        """Every name in the graph: loaded only to suggest names after a miss."""
        return NameSuggester(
            (row["entity"].value, row["name"].value, row["label"].value)
            for row in sparql.select(self.store, "names")
        )

    def resolve(self, name: str) -> str:
        """The IRI of the entity called `name`: its label, an alias or its id, ignoring case,
        accents and punctuation; failing that, the one entity whose label ends with `name`."""
        key = ox.Literal(name_key(name))
        for query in ("resolve", "resolve_last_word"):
            matches = [(row["entity"].value, row["label"].value) for row in sparql.select(self.store, query, key=key)]
            if len(matches) == 1:
                self._labels[matches[0][0]] = matches[0][1]
                return matches[0][0]
            if matches:
                raise AmbiguousEntity(name, [f"{label} ({local_name(iri)})" for iri, label in matches])
        raise self._suggester.unknown(name)

    def label(self, iri: str) -> str:
        """The entity's label (looked up once, then remembered)."""
        if iri not in self._labels:
            rows = list(sparql.select(self.store, "label", entity=ox.NamedNode(iri)))
            self._labels[iri] = rows[0]["label"].value if rows else local_name(iri)
        return self._labels[iri]

    def entities(self) -> list[Entity]:
        return [_entity(row) for row in sparql.select(self.store, "entities")]

    def entity(self, iri: str) -> Entity:
        return _entity(next(sparql.select(self.store, "entities", entity=ox.NamedNode(iri))))

    # --- relationships ---------------------------------------------------------------------

    def statements(
        self,
        *,
        subject: str | None = None,
        relation: Relation | None = None,
        object: str | None = None,
        status: str | None = None,
    ) -> list[tuple[str, str, str, Evidence]]:
        """(subject IRI, relation name, object IRI, evidence) for each matching statement."""
        bindings = {}
        if subject:
            bindings["subject"] = ox.NamedNode(subject)
        if relation:
            bindings["relation"] = ox.NamedNode(relation.iri)
        if object:
            bindings["object"] = ox.NamedNode(object)
        if status:
            bindings["status"] = ox.NamedNode(POL + status)
        out = []
        for row in sparql.select(self.store, "statements", **bindings):
            s = subject or row["subject"].value
            o = object or row["object"].value
            r = relation.name if relation else local_name(row["relation"].value)
            out.append((s, r, o, _evidence(row, status)))
        return out

    def evidence(self, subject: str, relation: Relation, object: str) -> tuple[Evidence, ...]:
        """Asserted statements behind one relationship (either way round for symmetric ones)."""
        found = [e for *_, e in self.statements(subject=subject, relation=relation, object=object, status="asserted")]
        if relation.symmetric:
            found += [e for *_, e in self.statements(subject=object, relation=relation, object=subject, status="asserted")]
        return tuple(sorted(set(found), key=_evidence_order))

    def edges(self, relations: Sequence[Relation] | None = None, *, asserted_only: bool = True) -> list[Edge]:
        """Every relationship with its evidence, for views and exports; with `asserted_only`
        off, also the claims that are only disputed or negated (their evidence says so)."""
        return _group_edges(self.statements(status="asserted" if asserted_only else None), relations)

    def edges_among(self, iris: Sequence[str], relations: Sequence[Relation] | None = None) -> list[Edge]:
        """Every relationship (any status) whose two ends are both among `iris`, with its
        evidence: one query bound to those entities, however large the graph."""
        inside = set(iris)
        terms = [ox.NamedNode(iri) for iri in sorted(inside)]
        # First which statements join two of them (a lean query), then only their provenance.
        rows = sparql.select_values(self.store, "statement_objects", "subject", terms) if terms else []
        between = sorted({row["statement"].value for row in rows if row["object"].value in inside})
        rows = sparql.select_values(self.store, "statements", "statement", map(ox.NamedNode, between)) if between else []
        statements = [
            (row["subject"].value, local_name(row["relation"].value), row["object"].value, _evidence(row, None))
            for row in rows
        ]
        return _group_edges(statements, relations)

    def entities_among(self, iris: Sequence[str]) -> list[Entity]:
        """The entities with these IRIs (unknown ones are left out), sorted by id."""
        terms = [ox.NamedNode(iri) for iri in sorted(set(iris))]
        return [_entity(row) for row in sparql.select_values(self.store, "entities", "entity", terms)] if terms else []

    def linked_entity_count(self, relations: Sequence[Relation] | None = None) -> int:
        """How many entities take part in a statement (any status) of these relation types
        (all when None): the size of the whole-graph view, counted by the store."""
        if not relations:
            return _count(self.store, "linked_entity_count")
        terms = (ox.NamedNode(r.iri) for r in relations)
        return int(next(iter(sparql.select_values(self.store, "linked_entity_count", "relation", terms)))["n"].value)

    def card(self, iri: str) -> tuple[Entity, list[Edge]]:
        """The entity and every relationship it is part of, any status, in its own direction."""
        grouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
        for s, r, o, ev in self.statements(subject=iri) + self.statements(object=iri):
            grouped[(s, r, o)].append(ev)
        edges = [
            Edge(s, r, o, tuple(sorted(set(evs), key=_evidence_order)))
            for (s, r, o), evs in sorted(grouped.items(), key=lambda kv: (kv[0][1], kv[0]))
        ]
        return self.entity(iri), edges

    def stats(self) -> Stats:
        """Counts by entity type, relation and status, computed by the store (aggregate queries)."""
        relations = ontology.relations()
        types = {local_name(r["type"].value): int(r["n"].value) for r in sparql.select(self.store, "entity_counts")}
        edges = {r["relation"].value: int(r["n"].value) for r in sparql.select(self.store, "edge_counts")}
        statements: Counter[str] = Counter()
        statuses: Counter[str] = Counter()
        for row in sparql.select(self.store, "statement_counts"):
            statements[row["relation"].value] += int(row["n"].value)
            statuses[local_name(row["status"].value)] += int(row["n"].value)
        return Stats(
            entities_by_type=dict(sorted((t, n) for t, n in types.items() if n)),
            edges_by_relation={
                r.name: edges.get(r.iri, 0) // (2 if r.symmetric else 1) for r in relations
            },
            statements_by_relation={r.name: statements.get(r.iri, 0) for r in relations},
            statements_by_status=dict(sorted(statuses.items())),
            sources=_count(self.store, "source_count"),
            triples=_count(self.store, "count_triples"),
        )

def _group_edges(
    statements: Sequence[tuple[str, str, str, Evidence]], relations: Sequence[Relation] | None
) -> list[Edge]:
    """(subject IRI, relation name, object IRI, evidence) rows as Edges, one per relationship
    (one per unordered pair for symmetric relations), limited to `relations` (None: all)."""
    grouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    symmetric = {r.name for r in ontology.relations() if r.symmetric}
    wanted = {r.name for r in relations} if relations else None
    for s, r, o, ev in statements:
        if wanted is not None and r not in wanted:
            continue
        if r in symmetric and s > o:
            s, o = o, s
        grouped[(s, r, o)].append(ev)
    return [
        Edge(local_name(s), r, local_name(o), tuple(sorted(set(evs), key=_evidence_order)))
        for (s, r, o), evs in sorted(grouped.items())
    ]


def _count(store: ox.Store, query: str) -> int:
    return int(next(iter(sparql.select(store, query)))["n"].value)


def _entity(row: ox.QuerySolution) -> Entity:
    aliases = row["aliases"].value.split("|") if row["aliases"] and row["aliases"].value else []
    wikidata = row["wikidata"]
    description = row["description"]
    return Entity(
        id=local_name(row["entity"].value),
        iri=row["entity"].value,
        label=row["label"].value,
        type=local_name(row["type"].value),
        aliases=tuple(sorted(set(aliases), key=str.casefold)),
        wikidata=wikidata.value[len(WD) :] if wikidata else None,
        description=description.value if description else None,
    )


def _evidence(row: ox.QuerySolution, status: str | None) -> Evidence:
    return Evidence(
        source=row["sourceLabel"].value,
        source_id=local_name(row["source"].value),
        quote=row["quote"].value,
        date=sparql.value(row, "date"),
        end_date=sparql.value(row, "end"),
        url=sparql.value(row, "url"),
        status=status or local_name(row["status"].value),
        method=row["method"].value,
        confidence=float(row["confidence"].value),
        election=sparql.value(row, "electionLabel"),
        from_party=sparql.value(row, "fromPartyLabel"),
    )


def _evidence_order(evidence: Evidence) -> tuple[str, str, str]:
    return (evidence.date or "9999", evidence.source, evidence.quote)
