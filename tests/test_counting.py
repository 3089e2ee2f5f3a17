"""One way to count: entities, relationships (a symmetric one once) and statements mean the same
in kg stats, kg show and the views' edges, in one order (date, undated last); files written
with the user's umask."""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from pathlib import Path

import pytest

from graph.fileio import write_atomic
from graph.knowledge_graph import KnowledgeGraph, relationship_key
from graph.model import Edge, Evidence
from graph.ontology import relations
from graph.timeline import in_order

from .conftest import MINI


@pytest.fixture(scope="module", params=["seed", "mini"])
def kg(request, seed_kg) -> KnowledgeGraph:
    return seed_kg if request.param == "seed" else KnowledgeGraph.from_data(MINI)


def test_stats_count_what_edges_give(kg) -> None:
    """kg stats' relationships are KnowledgeGraph.edges' (any status, and asserted), per relation."""
    stats = kg.stats()
    every = Counter(e.relation for e in kg.edges(asserted_only=False))
    asserted = Counter(e.relation for e in kg.edges())
    for r in relations():
        assert stats.relationships_by_relation[r.name] == every[r.name], r.name
        assert stats.edges_by_relation[r.name] == asserted[r.name], r.name
    linked = {end for e in kg.edges(asserted_only=False) for end in (e.subject, e.object)}
    assert stats.linked_entities == len(linked)
    assert sum(stats.entities_by_type.values()) == len(kg.entities())
    assert sum(stats.statements_by_relation.values()) == len(kg.statements())


def test_seed_counts_of_the_issue(seed_kg) -> None:
    """Seed: 36 entities of which 31 in a relationship; 39 relationships of which 36 asserted."""
    stats = seed_kg.stats()
    assert (sum(stats.entities_by_type.values()), stats.linked_entities) == (36, 31)
    assert (sum(stats.relationships_by_relation.values()), sum(stats.edges_by_relation.values())) == (39, 36)


@pytest.mark.parametrize("name", ["bass", "caruso", "harris", "biden", "garcetti"])
def test_card_lists_each_relationship_once(seed_kg, name) -> None:
    """kg show: a symmetric relationship once, from the entity shown, with the statements of both directions."""
    iri = seed_kg.resolve(name)
    _, edges = seed_kg.card(iri)
    symmetric = {r.name for r in relations() if r.symmetric}
    keys = [relationship_key(e.subject, e.relation, e.object, e.relation in symmetric) for e in edges]
    assert len(keys) == len(set(keys))
    assert all(e.subject == iri for e in edges if e.relation in symmetric)
    statements = seed_kg.statements(subject=iri) + seed_kg.statements(object=iri)
    assert sum(len(e.evidence) for e in edges) == len(set(statements))


def test_show_bass_counts_the_rivalry_once(cli) -> None:
    """The issue's case: kg show bass says 11 relationships and lists Bass–Caruso once."""
    out = cli("show", "bass").stdout
    assert "relationships: 11 (22 statements)" in out
    assert out.count("Karen Bass —rival_of— Rick Caruso") == 1 and "Rick Caruso —rival_of— Karen Bass" not in out
    stats = json.loads(cli("stats", "-f", "json").stdout)
    assert sum(stats["relationships_by_relation"].values()) == 39 and stats["linked_entities"] == 31


def _first_date(edge: Edge) -> str:
    return edge.evidence[0].date or "9999"


@pytest.mark.parametrize("name", ["bass", "caruso", "biden"])
def test_card_in_date_order_undated_last(seed_kg, name) -> None:
    """Relationships by their first date, undated last; within one, statements by date, undated last."""
    _, edges = seed_kg.card(seed_kg.resolve(name))
    assert [_first_date(e) for e in edges] == sorted(_first_date(e) for e in edges)
    for edge in edges:
        dates = [ev.date or "9999" for ev in edge.evidence]
        assert dates == sorted(dates)


def test_in_order_puts_undated_last() -> None:
    """graph.timeline.in_order, as the views use it: dated first (partial dates by their text), undated last."""
    def ev(date):
        return Evidence("S", "s", f"q{date}", date)

    edges = [Edge("a", "endorsed", "b", (ev(None), ev("2022-08"))), Edge("a", "endorsed", "c", (ev(None),)),
             Edge("a", "endorsed", "d", (ev("2021"),))]
    ordered = in_order(edges)
    assert [e.object for e in ordered] == ["d", "b", "c"]
    assert [x.date for x in ordered[1].evidence] == ["2022-08", None]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600), (0o002, 0o664)])
def test_files_are_written_with_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    """write_atomic (kg viz --out, kg export --out, kg path --html) gives the mode the umask says, not 0600."""
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "out.html", "<p>x</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.html").stat().st_mode) == mode


def test_viz_file_is_readable_by_others_under_umask_022(cli, tmp_path: Path) -> None:
    """kg viz --out under umask 022 writes a 0644 file."""
    old = os.umask(0o022)
    try:
        assert cli("viz", "--out", str(tmp_path / "v.html")).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "v.html").stat().st_mode) == 0o644
