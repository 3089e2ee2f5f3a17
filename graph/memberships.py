"""Parties and races of the people in a view, read for those people only (bound queries).

A view draws a person in their party (as of the view's date, by graph.asof.in_force; with no
date, their latest membership) and draws a race of more than two candidates as its election
node rather than as every pair of rivals. Both are read here from the store, one query bound to
the view's entities, never from the whole graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from . import sparql
from .asof import in_force
from .knowledge_graph import KnowledgeGraph

__all__ = ["Party", "Race", "parties", "races"]


@dataclass(frozen=True)
class Party:
    iri: str
    label: str


@dataclass(frozen=True)
class Race:
    iri: str
    label: str
    candidates: frozenset[str]  # IRIs of everyone standing in it (as of the view's date)


def parties(kg: KnowledgeGraph, people: Sequence[str], as_of: str | None = None) -> dict[str, Party]:
    """Each person's party (IRI -> Party): among the memberships in force `as_of` (all when
    None), the one that ends last (open ones first), then began last; people with none are left out."""
    best: dict[str, tuple[tuple[str, str, str], Party]] = {}
    for row in _rows(kg, "memberships", "person", people):
        date, end = sparql.value(row, "date"), sparql.value(row, "end")
        if as_of is not None and not in_force(date, end, as_of):
            continue
        person, party = row["person"].value, Party(row["party"].value, row["partyLabel"].value)
        rank = (end or "9999", date or "", party.iri)
        if person not in best or rank > best[person][0]:
            best[person] = (rank, party)
    return {person: party for person, (_, party) in best.items()}


def races(kg: KnowledgeGraph, people: Sequence[str], as_of: str | None = None) -> list[Race]:
    """The elections any of `people` stood in, each with all its candidates, by IRI."""
    labels: dict[str, str] = {}
    for row in _candidacies(kg, "person", people, as_of):
        labels[row["election"].value] = row["electionLabel"].value
    candidates: dict[str, set[str]] = defaultdict(set)
    for row in _candidacies(kg, "election", sorted(labels), as_of):
        candidates[row["election"].value].add(row["person"].value)
    return [Race(iri, labels[iri], frozenset(candidates[iri])) for iri in sorted(labels)]


def _candidacies(kg: KnowledgeGraph, variable: str, iris: Sequence[str], as_of: str | None):
    for row in _rows(kg, "candidacies", variable, iris):
        if as_of is None or in_force(sparql.value(row, "date"), sparql.value(row, "end"), as_of):
            yield row


def _rows(kg: KnowledgeGraph, query: str, variable: str, iris: Sequence[str]):
    if not iris:
        return []
    return sparql.select_values(kg.store, query, variable, (ox.NamedNode(iri) for iri in sorted(set(iris))))
