"""Path finding over asserted relationships, reported in the direction the sources state."""

import shutil

import pytest

from graph.asof import parse_as_of
from graph.errors import InvalidArgument, NoPath
from graph.ontology import parse_relations
from graph.paths import find_paths


def _names(kg, path):
    return [(kg.label(h.source), h.relation.name, h.direction, kg.label(h.target)) for h in path.hops]


def test_harris_endorsed_bass(seed_kg):
    """One hop, forward, with the Axios quote and date among its evidence."""
    (path,) = find_paths(seed_kg, seed_kg.resolve("harris"), seed_kg.resolve("bass"))
    assert _names(seed_kg, path) == [("Kamala Harris", "endorsed", "forward", "Karen Bass")]
    dated = [ev for ev in path.hops[0].evidence if ev.date == "2022-08-02" and ev.source == "Axios 2022-08-02"]
    assert dated and "joint endorsement" in dated[0].quote


def test_musk_to_biden_goes_through_the_rivalry(seed_kg):
    """Musk →endorsed→ Caruso —rival_of— Bass ←endorsed— Biden."""
    paths = find_paths(seed_kg, seed_kg.resolve("musk"), seed_kg.resolve("biden"), all_shortest=True)
    assert [_names(seed_kg, p) for p in paths] == [[
        ("Elon Musk", "endorsed", "forward", "Rick Caruso"),
        ("Rick Caruso", "rival_of", "forward", "Karen Bass"),
        ("Karen Bass", "endorsed", "backward", "Joe Biden"),
    ]]
    assert all(h.evidence for h in paths[0].hops)


def test_disputed_rivalry_is_not_a_path(seed_kg):
    """Harris–Bass 'frenemies' is disputed: with only rival_of allowed there is no path."""
    with pytest.raises(NoPath):
        find_paths(seed_kg, seed_kg.resolve("harris"), seed_kg.resolve("bass"), relations=parse_relations("rival_of"))


def test_k_shortest_paths_grow_in_length(seed_kg):
    """-k 3 gives three distinct simple paths, shortest first."""
    paths = find_paths(seed_kg, seed_kg.resolve("musk"), seed_kg.resolve("biden"), k=3)
    lengths = [len(p.hops) for p in paths]
    assert len(paths) == 3 and lengths == sorted(lengths) and lengths[0] == 3
    assert len({tuple(h.target for h in p.hops) for p in paths}) == 3


def test_max_hops_limits_the_search(seed_kg):
    """No path within 2 hops from Musk to Biden: NoPath names both and the limit."""
    with pytest.raises(NoPath, match="Elon Musk and Joe Biden within 2 hops"):
        find_paths(seed_kg, seed_kg.resolve("musk"), seed_kg.resolve("biden"), max_hops=2)


def test_isolated_entity_has_no_path(seed_kg):
    """Jonathan Martin is named but has no relationship."""
    with pytest.raises(NoPath):
        find_paths(seed_kg, seed_kg.resolve("jonathan martin"), seed_kg.resolve("bass"))


@pytest.mark.parametrize(("kwargs", "message"), [({"max_hops": 0}, "--max-hops"), ({"k": 0}, "-k")])
def test_bad_arguments(seed_kg, kwargs, message):
    """Nonsense limits are refused before any search."""
    with pytest.raises(InvalidArgument, match=message):
        find_paths(seed_kg, seed_kg.resolve("musk"), seed_kg.resolve("biden"), **kwargs)


def test_same_entity_is_refused(seed_kg):
    """A path from a person to themself is a usage error."""
    with pytest.raises(InvalidArgument, match="same entity"):
        find_paths(seed_kg, seed_kg.resolve("bass"), seed_kg.resolve("Karen Bass"))


def test_as_of_keeps_only_what_was_said_by_then(seed_kg):
    """Harris endorsed Bass on 2022-08-02: as of 2022-05 only an undated story says so, kept on request only."""
    harris, bass = seed_kg.resolve("harris"), seed_kg.resolve("bass")
    (now,) = find_paths(seed_kg, harris, bass)
    assert any(ev.date == "2022-08-02" for ev in now.hops[0].evidence)
    with pytest.raises(NoPath):
        find_paths(seed_kg, harris, bass, as_of="2022-05")
    (then,) = find_paths(seed_kg, harris, bass, as_of=parse_as_of("2022-05", include_undated=True))
    assert then.hops[0].evidence and all(ev.date is None for ev in then.hops[0].evidence)


def test_as_of_before_an_endorsement_cuts_the_path(seed_kg):
    """Musk's endorsement of Caruso is dated 2022: as of 2021 Musk reaches nobody."""
    musk, biden = seed_kg.resolve("musk"), seed_kg.resolve("biden")
    assert find_paths(seed_kg, musk, biden, as_of="2022")
    with pytest.raises(NoPath):
        find_paths(seed_kg, musk, biden, as_of="2021")


def test_as_of_follows_a_membership_only_while_it_lasted(tmp_path):
    """A member_of with an end date links the two until that period is over."""
    from graph.knowledge_graph import KnowledgeGraph

    from .conftest import MINI

    data = tmp_path / "mini"
    shutil.copytree(MINI, data)
    with (data / "statements.csv").open("a", encoding="utf-8") as rows:
        rows.write('bob-sample,member_of,whigs,,2010,2023-12-31,,note,"Bob Sample, a former Whig",asserted,curated,1\n')
    kg = KnowledgeGraph.from_data(data)
    bob, whigs = kg.resolve("bob"), kg.resolve("whigs")
    (path,) = find_paths(kg, bob, whigs, max_hops=1, as_of="2023-12-31")
    assert [ev.end_date for ev in path.hops[0].evidence] == ["2023-12-31"]
    for later in ("2024-01-01", "2024"):
        with pytest.raises(NoPath):
            find_paths(kg, bob, whigs, max_hops=1, as_of=later)
    with pytest.raises(NoPath):
        find_paths(kg, bob, whigs, max_hops=1, as_of="2009")
