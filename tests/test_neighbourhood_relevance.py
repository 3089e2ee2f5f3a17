"""Neighbourhoods chosen for relevance: the centre's own ties always, then personalised PageRank;
a party or an election never pulls in its members; a default size a person can read."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.knowledge_graph import KnowledgeGraph
from graph.subgraph import DEFAULT_AROUND_NODES, MAX_VIEW_NODES, neighbourhood

from . import servers
from .test_paths_ranking import write_corpus

ENT = "urn:kg:entity:"

# cen: a party of 100 other members, a race of 30 other candidates, five celebrity endorsers, a
# rival endorsed by four fans, an endorsee backed by 150 others, an adviser. Ids sort the
# party's members and the race's candidates first, as a tie broken by id would keep them.
MEMBERS = [f"a-member-{i:03d}" for i in range(100)]
CANDIDATES = [f"b-candidate-{i:02d}" for i in range(30)]
BACKERS = [f"c-backer-{i:03d}" for i in range(150)]
CELEBRITIES = [f"y-celeb-{i}" for i in range(5)]
FANS = [f"z-fan-{i}" for i in range(4)]
TIES = CELEBRITIES + ["riv", "pres", "adv"]
STATEMENTS = (
    [("cen", "member_of", "blue"), ("cen", "candidate_in", "race"), ("cen", "rival_of", "riv"),
     ("cen", "endorsed", "pres"), ("adv", "advised", "cen")]
    + [(m, "member_of", "blue") for m in MEMBERS] + [(c, "candidate_in", "race") for c in CANDIDATES]
    + [(b, "endorsed", "pres") for b in BACKERS] + [(c, "endorsed", "cen") for c in CELEBRITIES]
    + [(f, "endorsed", "riv") for f in FANS]
)
GROUPS = {"blue": ("Blue Party", "PoliticalParty"), "race": ("Town mayoral race 2022", "Election")}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    people = ["cen", "riv", "pres", "adv", *MEMBERS, *CANDIDATES, *BACKERS, *CELEBRITIES, *FANS]
    return write_corpus(tmp_path_factory.mktemp("around") / "data", people, STATEMENTS, GROUPS)


@pytest.fixture(scope="module")
def kg(data: Path) -> KnowledgeGraph:
    return KnowledgeGraph.from_data(data)


def _ids(view) -> set[str]:
    return {e.id for e in view.entities}


def test_ties_and_relevance_not_the_party_or_the_race(kg):
    """20 entities: cen, its 8 ties and 2 groups, the rival's 4 fans, then the endorsee's backers; no member or candidate."""
    view = neighbourhood(kg, [ENT + "cen"], hops=2, max_nodes=20)
    ids = _ids(view)
    assert len(ids) == 20 and {"cen", "blue", "race", *TIES, *FANS} <= ids
    assert not ids & set(MEMBERS + CANDIDATES)
    assert len(ids & set(BACKERS)) == 20 - 11 - len(FANS)
    assert view.omitted == 1 + len(TIES) + 2 + len(FANS) + len(BACKERS) - 20 and view.omitted_ties == 0


def test_ties_are_kept_past_what_else_fits(kg):
    """max_nodes 12: the centre's 8 ties always; only 3 places left for anyone else."""
    ids = _ids(neighbourhood(kg, [ENT + "cen"], hops=2, max_nodes=12))
    assert {"cen", *TIES} <= ids and len(ids) == 12


def test_more_ties_than_fit_are_counted(kg):
    """max_nodes 4: three of the 8 ties, the other 5 counted as left out."""
    view = neighbourhood(kg, [ENT + "cen"], hops=2, max_nodes=4)
    assert len(_ids(view) & set(TIES)) == 3 and view.omitted_ties == 5


def test_a_party_at_the_centre_shows_its_members(kg):
    """A group is grown from only when it is the centre."""
    ids = _ids(neighbourhood(kg, [ENT + "blue"], hops=1, max_nodes=MAX_VIEW_NODES))
    assert ids == {"blue", "cen", *MEMBERS}


def test_the_default_size_is_readable(kg):
    """DEFAULT_AROUND_NODES (50 to 80) is the default of neighbourhood and of kg viz --around."""
    assert 50 <= DEFAULT_AROUND_NODES <= 80
    view = neighbourhood(kg, [ENT + "cen"])
    assert len(view.entities) == DEFAULT_AROUND_NODES and {"cen", *TIES, *FANS} <= _ids(view)


def test_kg_viz_around_uses_the_default(cli, data, tmp_path):
    """kg viz --around without --max-nodes draws DEFAULT_AROUND_NODES entities."""
    result = cli("viz", "--around", "cen", "--data", str(data), "--out", str(tmp_path / "cen.html"))
    assert result.exit_code == 0, result.output
    assert f"{DEFAULT_AROUND_NODES} entities ·" in (tmp_path / "cen.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def remote_kg(data: Path, tmp_path_factory: pytest.TempPathFactory):
    """The same graph on a real Oxigraph server on 127.0.0.1."""
    try:
        with servers.oxigraph_graph(data, tmp_path_factory.mktemp("oxigraph")) as kg:
            yield kg
    except servers.ServerMissing as exc:
        pytest.skip(str(exc))


@pytest.mark.parametrize("max_nodes", [4, 20, DEFAULT_AROUND_NODES])
def test_remote_endpoint_gives_the_same_neighbourhood(kg, remote_kg, max_nodes):
    """Over SPARQL protocol the same entities are kept and the same relationships drawn."""
    local = neighbourhood(kg, [ENT + "cen"], max_nodes=max_nodes)
    remote = neighbourhood(remote_kg, [ENT + "cen"], max_nodes=max_nodes)
    assert (_ids(remote), remote.edges, remote.omitted) == (_ids(local), local.edges, local.omitted)


def test_when_the_ties_do_not_fit_the_best_connected_come_first(tmp_path):
    """A hub with 30 endorsers and room for 6: the 5 endorsers with ties of their own are kept, not
    the first by name (HEAD kept a-… to e-…, alphabetical)."""
    plain = [f"a-plain-{i:02d}" for i in range(25)]
    known = [f"z-known-{i}" for i in range(5)]
    others = [f"other-{i:02d}" for i in range(20)]
    statements = [(p, "endorsed", "hub") for p in plain + known]
    statements += [(o, "endorsed", k) for k in known for o in others[: 3 + known.index(k)]]
    data = write_corpus(tmp_path / "data", ["hub", *plain, *known, *others], statements, {})
    view = neighbourhood(KnowledgeGraph.from_data(data), [ENT + "hub"], hops=1, max_nodes=6)
    assert _ids(view) == {"hub", *known} and view.omitted_ties == 25
