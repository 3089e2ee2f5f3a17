"""Path finding over asserted relationships, reported in the direction the sources state."""

import pytest

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
