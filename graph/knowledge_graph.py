"""The facade: one object that answers everything the CLI and the views ask of the graph."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pyoxigraph as ox

from . import ontology, sparql
from .errors import AmbiguousEntity
from .model import Edge, Entity, Evidence, Relation
from .namespaces import POL, SRC, WD, local_name
from .resolve import NameSuggester, name_key
from .timeline import evidence_key

if TYPE_CHECKING:
    from .corroboration import SourceOutlet

__all__ = ["KnowledgeGraph", "Link", "Stats", "relationship_key"]


class Link(NamedTuple):
    """A relationship at the edge of a frontier: `node` (in the frontier) is its subject when
    `forward`, else its object (a symmetric relationship is always forward); `other` the other end."""

    node: str
    relation: Relation
    other: str
    forward: bool


@dataclass(frozen=True)
class Stats:
    """What kg stats counts. An entity is any entity of the graph; linked_entities are those in at
    least one relationship (what a whole-graph view draws). A relationship is one (subject,
    relation, object) with its statements of any status, a symmetric relation's pair once
    (`relationship_key`): what KnowledgeGraph.edges(asserted_only=False), kg show and the views
    count; edges_by_relation counts those with an asserted statement (KnowledgeGraph.edges())."""

    entities_by_type: dict[str, int]
    linked_entities: int
    relationships_by_relation: dict[str, int]
    edges_by_relation: dict[str, int]
    statements_by_relation: dict[str, int]
    statements_by_status: dict[str, int]
    sources: int
    triples: int


def relationship_key(subject: str, relation: str, object: str, symmetric: bool) -> tuple[str, str, str]:
    """Which relationship a statement belongs to: (subject, relation, object), a symmetric
    relation's two ends in order, so that A rival_of B and B rival_of A are one relationship.
    (The store's count, graph/sparql/relationship_counts.rq, orders the ends the same way.)"""
    if symmetric and object < subject:
        return (object, relation, subject)
    return (subject, relation, object)


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
        from .corroboration import corroboration_chunk
        from .datafiles import read_corpus
        from .triples import corpus_ntriples

        corpus = read_corpus(data_dir)
        return cls.from_ntriples("".join(corpus_ntriples(corpus)) + corroboration_chunk(corpus))

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
        """Every entity, in the order of their IRIs."""
        return sorted((_entity(row) for row in sparql.select(self.store, "entities")), key=lambda e: e.iri)

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
        source: str | None = None,
    ) -> list[tuple[str, str, str, Evidence]]:
        """(subject IRI, relation name, object IRI, evidence) for each matching statement
        (`source`: the IRI of the source it cites)."""
        bindings = {}
        if source:
            bindings["source"] = ox.NamedNode(source)
        if subject:
            bindings["subject"] = ox.NamedNode(subject)
        if relation:
            bindings["relation"] = ox.NamedNode(relation.iri)
        if object:
            bindings["object"] = ox.NamedNode(object)
        if status:
            bindings["status"] = ox.NamedNode(POL + status)
        rows = list(sparql.select(self.store, "statements", **bindings))
        spans = self._quote_spans(rows)
        out = []
        for row in rows:
            s = subject or row["subject"].value
            o = object or row["object"].value
            r = relation.name if relation else local_name(row["relation"].value)
            out.append((s, r, o, _evidence(row, status, spans)))
        return out

    def _quote_spans(self, rows: Sequence[ox.QuerySolution]) -> dict[str, tuple[int, int]]:
        """Statement IRI -> (start, end) of its quote in its source's text (graph.anchors)."""
        statements = sorted({row["statement"].value for row in rows})
        if not statements:
            return {}
        found = sparql.select_values(self.store, "quote_spans", "statement", map(ox.NamedNode, statements))
        return {row["statement"].value: (int(row["start"].value), int(row["end"].value)) for row in found}

    def evidence(self, subject: str, relation: Relation, object: str) -> tuple[Evidence, ...]:
        """Asserted statements behind one relationship (either way round for symmetric ones)."""
        found = [e for *_, e in self.statements(subject=subject, relation=relation, object=object, status="asserted")]
        if relation.symmetric:
            found += [e for *_, e in self.statements(subject=object, relation=relation, object=subject, status="asserted")]
        return tuple(sorted(set(found), key=evidence_key))

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
        rows = list(sparql.select_values(self.store, "statements", "statement", map(ox.NamedNode, between))) if between else []
        spans = self._quote_spans(rows)
        statements = [
            (row["subject"].value, local_name(row["relation"].value), row["object"].value, _evidence(row, None, spans))
            for row in rows
        ]
        return _group_edges(statements, relations)

    def source_outlets(self, source_ids: Iterable[str]) -> dict[str, SourceOutlet]:
        """Each source's independent outlet and, for a copy of a story, its original (by source id;
        graph.corroboration): one bound query."""
        from .corroboration import SourceOutlet

        terms = [ox.NamedNode(SRC + source_id) for source_id in sorted(set(source_ids))]
        rows = sparql.select_values(self.store, "source_outlets", "source", terms) if terms else []
        return {
            local_name(row["source"].value): SourceOutlet(
                row["outlet"].value,
                local_name(row["original"].value) if row["original"] is not None else None,
                sparql.value(row, "originalLabel"),
            )
            for row in rows
        }

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

    # --- frontier expansion (paths and neighbourhoods) ---------------------------------------

    def links_of(
        self,
        frontier: Iterable[str],
        relations: Sequence[Relation] | None = None,
        as_of: object | None = None,
        *,
        asserted_only: bool = True,
        limit: int | None = None,
        min_outlets: int = 1,
    ) -> list[Link]:
        """Every relationship of `relations` (None: all) between an entity of `frontier` (IRIs)
        and another entity, once each, sorted: bound queries for the whole frontier, never the
        whole graph (with no `as_of`, the direct triples for asserted relationships and one more
        query for disputed and negated claims; with `as_of`, the statements and their dates). With `as_of`, only statements in force then (graph.asof.in_force decides); with
        `asserted_only` off, disputed and negated claims link too (as views draw them); with
        `limit`, each query reads at most that many rows (for counting, see `degrees`); with
        `min_outlets` above 1, only relationships whose asserted statements come from at least that
        many independent outlets (graph.corroboration; one more bound query)."""
        wanted = {r.iri: r for r in (relations or ontology.relations())}
        terms = [ox.NamedNode(iri) for iri in sorted(set(frontier))]
        found: set[Link] = set()
        if not terms:
            return []
        if as_of is None:  # asserted relationships from the direct triples, the others' claims apart
            queries = [("neighbours_out", "object", True), ("neighbours_in", "subject", False)]
            for query, end, outgoing in queries + ([] if asserted_only else [("claim_links", "other", None)]):
                for row in sparql.select_values(self.store, query, "node", terms, limit=limit):
                    relation = wanted.get(row["relation"].value)
                    node, other = row["node"].value, row[end].value
                    if relation is not None and node != other:
                        forward = outgoing if outgoing is not None else row["out"] is not None
                        found.add(Link(node, relation, other, forward or relation.symmetric))
        else:
            from .asof import in_force

            asserted = POL + "asserted"
            for row in sparql.select_values(self.store, "dated_statement_links", "node", terms, limit=limit):
                relation = wanted.get(row["relation"].value)
                node, other = row["node"].value, row["other"].value
                if relation is None or node == other or (asserted_only and row["status"].value != asserted):
                    continue
                if in_force(sparql.value(row, "date"), sparql.value(row, "end"), as_of):
                    found.add(Link(node, relation, other, relation.symmetric or row["out"] is not None))
        if min_outlets > 1:
            outlets: defaultdict[tuple[str, str, str, bool], set[str]] = defaultdict(set)
            for row in sparql.select_values(self.store, "outlet_links", "node", terms):
                relation = wanted.get(row["relation"].value)
                if relation is not None:
                    forward = relation.symmetric or row["out"] is not None
                    outlets[(row["node"].value, relation.iri, row["other"].value, forward)].add(row["outlet"].value)
            found = {link for link in found if len(outlets[(link.node, link.relation.iri, link.other, link.forward)]) >= min_outlets}
        return sorted(found, key=lambda link: (link.node, link.relation.name, link.other, not link.forward))

    def degrees(
        self, iris: Iterable[str], relations: Sequence[Relation] | None = None, as_of: object | None = None, *, cap: int
    ) -> dict[str, int]:
        """How many relationships each of `iris` has (as `links_of` counts them), up to `cap`:
        reading at most `cap` rows per entity, so that a hub of thousands costs no more than
        one of `cap`. One bound query (two with no `as_of`) per entity: ask for few."""
        return {iri: min(cap, len(self.links_of([iri], relations, as_of, limit=cap))) for iri in sorted(set(iris))}

    def link_counts(self, iris: Iterable[str]) -> dict[str, int]:
        """How many statements each of `iris` is in, any relation, status or time: how well
        connected it is. One aggregate query for all of them."""
        terms = [ox.NamedNode(iri) for iri in sorted(set(iris))]
        if not terms:
            return {}
        return {row["node"].value: int(row["n"].value) for row in sparql.select_values(self.store, "link_counts", "node", terms)}

    def card(self, iri: str) -> tuple[Entity, list[Edge]]:
        """The entity and every relationship it is part of, any status (subject and object as
        IRIs), in its own direction; a symmetric one once, from this entity. In graph.timeline's order."""
        from .timeline import in_order

        symmetric = {r.name for r in ontology.relations() if r.symmetric}
        grouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
        for s, r, o, ev in self.statements(subject=iri) + self.statements(object=iri):
            if r in symmetric and o == iri:
                s, o = o, s
            grouped[(s, r, o)].append(ev)
        return self.entity(iri), in_order(Edge(s, r, o, tuple(evs)) for (s, r, o), evs in grouped.items())

    def stats(self) -> Stats:
        """Counts by entity type, relation and status, computed by the store (aggregate queries)."""
        relations = ontology.relations()
        types = {local_name(r["type"].value): int(r["n"].value) for r in sparql.select(self.store, "entity_counts")}
        edges = Counter({r["relation"].value: int(r["n"].value) for r in sparql.select(self.store, "edge_counts")})
        for r in relations:  # a symmetric relation's direct triple is stored both ways
            edges[r.iri] //= 2 if r.symmetric else 1
        relationships = edges + Counter(
            {r["relation"].value: int(r["n"].value) for r in sparql.select(self.store, "relationship_counts")})
        statements: Counter[str] = Counter()
        statuses: Counter[str] = Counter()
        for row in sparql.select(self.store, "statement_counts"):
            statements[row["relation"].value] += int(row["n"].value)
            statuses[local_name(row["status"].value)] += int(row["n"].value)
        return Stats(
            entities_by_type=dict(sorted((t, n) for t, n in types.items() if n)),
            linked_entities=sum(types.values()) - _count(self.store, "unlinked_entity_count"),
            relationships_by_relation={r.name: relationships[r.iri] for r in relations},
            edges_by_relation={r.name: edges[r.iri] for r in relations},
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
        grouped[relationship_key(s, r, o, r in symmetric)].append(ev)
    return [
        Edge(local_name(s), r, local_name(o), tuple(sorted(set(evs), key=evidence_key)))
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


def _evidence(row: ox.QuerySolution, status: str | None, spans: dict[str, tuple[int, int]]) -> Evidence:
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
        span=spans.get(row["statement"].value),
    )

