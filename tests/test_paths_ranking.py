"""Paths that explain: chains between people first, hubs costly, k diverse routes, parties and
elections only as a last resort and then said in words; the same on a remote endpoint."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from graph.knowledge_graph import KnowledgeGraph
from graph.paths import between_people, find_paths, shared_groups
from graph.render import paths_json, paths_text

from . import servers

ENT = "urn:kg:entity:"

# ann and bob share a party, a race and a celebrity with 20 other fans: three 2-hop paths through
# hubs. The specific chain ann -> cat -> dan -rival- bob is 3 hops; ann -> cat -> dee -rival- bob
# a variant of it through cat; ann -> gil -> hal -> ivy -rival- bob a route of its own.
# eve and fay share only the party and the race with ann.
PEOPLE = ["ann", "bob", "cat", "dan", "dee", "gil", "hal", "ivy", "eve", "fay"] + [f"fan{i:02d}" for i in range(20)]
STATEMENTS = (
    [("ann", "member_of", "blue"), ("bob", "member_of", "blue"), ("eve", "member_of", "blue"),
     ("ann", "candidate_in", "race"), ("bob", "candidate_in", "race"), ("fay", "candidate_in", "race"),
     ("ann", "endorsed", "star"), ("bob", "endorsed", "star"),
     ("ann", "endorsed", "cat"), ("cat", "endorsed", "dan"), ("dan", "rival_of", "bob"),
     ("cat", "endorsed", "dee"), ("dee", "rival_of", "bob"),
     ("ann", "endorsed", "gil"), ("gil", "endorsed", "hal"), ("hal", "endorsed", "ivy"), ("ivy", "rival_of", "bob")]
    + [(f"fan{i:02d}", "endorsed", "star") for i in range(20)]
)


def write_corpus(directory: Path, people: list[str], statements: list[tuple[str, str, str]],
                 groups: dict[str, tuple[str, str]]) -> Path:
    """A data directory (data/README.md's format) of `people`, `groups` (id: label, type) and
    `statements`, each quoted from one source text."""
    directory.mkdir()
    (directory / "sources").mkdir()
    quotes = [f"{s.title()} {r.replace('_', ' ')} {o.title()}." for s, r, o in statements]
    (directory / "sources" / "note.txt").write_text("Notes\n\n" + "\n".join(quotes) + "\n", encoding="utf-8")
    with (directory / "sources.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "outlet", "title", "date", "url", "file"],
                                 ["note", "Example Times", "Notes", "2022-03-04", "https://example.org/n", "note.txt"]])
    with (directory / "entities.csv").open("w", newline="", encoding="utf-8") as f:
        rows = [[p, p.title(), "Politician", "", "", ""] for p in people]
        rows += [[g, label, kind, "", "", ""] for g, (label, kind) in groups.items()]
        csv.writer(f).writerows([["id", "label", "type", "aliases", "wikidata", "description"], *rows])
    with (directory / "statements.csv").open("w", newline="", encoding="utf-8") as f:
        header = ["subject", "relation", "object", "from_party", "date", "end_date", "election", "source", "quote",
                  "status", "method", "confidence"]
        rows = [[s, r, o, "", "2022-03-04", "", "", "note", q, "asserted", "curated", "1"]
                for (s, r, o), q in zip(statements, quotes)]
        csv.writer(f).writerows([header, *rows])
    return directory


GROUPS = {"blue": ("Blue Party", "PoliticalParty"), "race": ("Town mayoral race 2022", "Election"),
          "star": ("Star", "Celebrity")}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("hubs") / "data", PEOPLE, STATEMENTS, GROUPS)


@pytest.fixture(scope="module")
def kg(data: Path) -> KnowledgeGraph:
    return KnowledgeGraph.from_data(data)


def _route(path) -> list[str]:
    return [path.hops[0].source[len(ENT):]] + [hop.target[len(ENT):] for hop in path.hops]


def test_relations_between_people_come_from_the_ontology():
    """endorsed, rival_of and advised tie people; member_of, candidate_in and party_switch a group."""
    assert {r.name for r in between_people()} == {"endorsed", "rival_of", "advised"}


def test_a_chain_between_people_beats_a_shared_party_race_or_hub(kg):
    """The default path is the specific 3-hop chain, not 2 hops through the party, race or celebrity."""
    (path,) = find_paths(kg, ENT + "ann", ENT + "bob")
    assert _route(path) in (["ann", "cat", "dan", "bob"], ["ann", "cat", "dee", "bob"])
    assert not shared_groups(path) and path.cost is not None


def test_fewest_hops_is_still_there(kg):
    """fewest_hops: the plain search over every relation, 2 hops through a group or the celebrity."""
    paths = find_paths(kg, ENT + "ann", ENT + "bob", fewest_hops=True, all_shortest=True)
    assert {_route(p)[1] for p in paths} == {"blue", "race", "star"}
    assert all(len(p.hops) == 2 and p.cost is None for p in paths)


def test_a_busy_person_costs_more_than_a_quiet_one(kg):
    """Only people's ties: the celebrity (22 ties) loses to the chain through two people of 2 or 3."""
    (path,) = find_paths(kg, ENT + "ann", ENT + "bob", relations=between_people())
    assert "star" not in _route(path)
    (plain,) = find_paths(kg, ENT + "ann", ENT + "bob", relations=between_people(), fewest_hops=True)
    assert _route(plain) == ["ann", "star", "bob"]


def test_k_paths_take_different_routes(kg):
    """-k 2: the second path shares no intermediate with the first (not the variant through cat)."""
    first, second = find_paths(kg, ENT + "ann", ENT + "bob", k=2)
    assert set(_route(first)[1:-1]).isdisjoint(_route(second)[1:-1])
    assert not shared_groups(first) and not shared_groups(second)


def test_k_paths_go_through_a_group_once(kg):
    """-k 3 from ann to eve: the party links them once; routes through it again via bob are variants, left out."""
    paths = find_paths(kg, ENT + "ann", ENT + "eve", k=3)
    through = [node for path in paths for node in _route(path)[1:-1] if node in ("blue", "race")]
    assert through == ["blue"] and [_route(p) for p in paths] == [["ann", "blue", "eve"]]


@pytest.mark.parametrize(
    ("other", "relation", "sentence"),
    [("eve", "member_of", "Ann and Eve are both members of the Blue Party"),
     ("fay", "candidate_in", "Ann and Fay were both candidates in the Town mayoral race 2022")],
)
def test_a_shared_group_only_when_no_chain_and_said_in_words(kg, other, relation, sentence):
    """No chain between people: the party or race links them, as one sentence citing both statements."""
    (path,) = find_paths(kg, ENT + "ann", ENT + other)
    (group,) = shared_groups(path)
    assert group.relation.name == relation and len(path.hops) == 2
    text = paths_text(kg, ENT + "ann", ENT + other, [path])
    assert text.splitlines()[0] == sentence
    assert f"—{relation}→" not in text and "    Ann: 2022-03-04" in text and f"    {other.title()}: 2022-03-04" in text
    (document,) = json.loads(paths_json(kg, ENT + "ann", ENT + other, [path]))["paths"]
    assert document["via"] == "shared group" and document["shared"][0]["text"] == sentence
    assert [hop["relation"] for hop in document["hops"]] == [relation, relation]


def test_a_chain_reads_hop_by_hop(kg):
    """A chain between people is marked so in JSON and printed one hop a line."""
    found = find_paths(kg, ENT + "ann", ENT + "bob")
    (document,) = json.loads(paths_json(kg, ENT + "ann", ENT + "bob", found))["paths"]
    assert document["via"] == "people" and document["shared"] == [] and document["cost"] > 3
    assert paths_text(kg, ENT + "ann", ENT + "bob", found).splitlines()[0] == "Ann —endorsed→ Cat"


def test_the_search_sends_only_bound_queries(kg):
    """The weighted search reads links and degrees for a frontier at a time, never the whole graph."""
    recording = servers.RecordingStore(kg.store)
    find_paths(KnowledgeGraph(recording), ENT + "ann", ENT + "bob", k=2)
    assert recording.queries and all("VALUES" in q for q in recording.queries)


@pytest.fixture(scope="module")
def remote_kg(data: Path, tmp_path_factory: pytest.TempPathFactory):
    """The same graph on a real Oxigraph server on 127.0.0.1."""
    try:
        with servers.oxigraph_graph(data, tmp_path_factory.mktemp("oxigraph")) as kg:
            yield kg
    except servers.ServerMissing as exc:
        pytest.skip(str(exc))


@pytest.mark.parametrize(
    ("ends", "options"),
    [(("ann", "bob"), {}), (("ann", "bob"), {"k": 2}), (("ann", "eve"), {}), (("ann", "bob"), {"fewest_hops": True})],
)
def test_remote_endpoint_gives_the_same_paths(kg, remote_kg, ends, options):
    """Over SPARQL protocol the ranking, the diversity and the fallback are those of the embedded store."""
    source, target = (ENT + end for end in ends)
    assert find_paths(remote_kg, source, target, **options) == find_paths(kg, source, target, **options)
