"""Parties and races drawn as what they are (issue 13, point 2): a person's party is the ring of
their dot (as of the view's date), member_of edges start hidden behind a checkbox, and a race of
three or more candidates is its election node instead of a clique of rival_of edges."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from graph.knowledge_graph import KnowledgeGraph
from graph.memberships import parties, races
from graph.namespaces import entity_iri
from graph.subgraph import neighbourhood, whole_graph
from viz import view_page

DEMOCRATIC, REPUBLICAN = "#1f5fbf", "#d0312d"

ENTITIES = """\
id,label,type,aliases,wikidata,description
ann-arbor,Ann Arbor,Politician,,,
bob-bell,Bob Bell,Politician,,,
cy-cole,Cy Cole,Politician,,,
dee-dunn,Dee Dunn,Politician,,,
eve-east,Eve East,Politician,,,
democratic-party,Democratic Party,PoliticalParty,,,
republican-party,Republican Party,PoliticalParty,,,
blue-sky-party,Blue Sky Party,PoliticalParty,,,
race-2022,2022 Springfield primary,Election,,,
duel-2021,2021 Shelbyville runoff,Election,,,
"""
STATEMENTS = """\
subject,relation,object,from_party,date,end_date,election,source,quote,status,method,confidence
ann-arbor,member_of,republican-party,,2010,2019-12-31,,note,Ann Arbor,asserted,curated,1
ann-arbor,member_of,democratic-party,,2020,,,note,Ann Arbor,asserted,curated,1
bob-bell,member_of,republican-party,,2015,,,note,Bob Bell,asserted,curated,1
cy-cole,member_of,blue-sky-party,,2018,,,note,Cy Cole,asserted,curated,1
ann-arbor,candidate_in,race-2022,,2022,,race-2022,note,Ann Arbor,asserted,curated,1
bob-bell,candidate_in,race-2022,,2022,,race-2022,note,Bob Bell,asserted,curated,1
cy-cole,candidate_in,race-2022,,2022,,race-2022,note,Cy Cole,asserted,curated,1
dee-dunn,candidate_in,race-2022,,2022,,race-2022,note,Dee Dunn,asserted,curated,1
ann-arbor,rival_of,bob-bell,,2022,,race-2022,note,Ann Arbor,asserted,curated,1
ann-arbor,rival_of,cy-cole,,2022,,race-2022,note,Ann Arbor,asserted,curated,1
bob-bell,rival_of,cy-cole,,2022,,race-2022,note,Bob Bell,asserted,curated,1
dee-dunn,rival_of,ann-arbor,,2022,,race-2022,note,Dee Dunn,asserted,curated,1
dee-dunn,candidate_in,duel-2021,,2021,,duel-2021,note,Dee Dunn,asserted,curated,1
eve-east,candidate_in,duel-2021,,2021,,duel-2021,note,Eve East,asserted,curated,1
dee-dunn,rival_of,eve-east,,2021,,duel-2021,note,Dee Dunn,asserted,curated,1
eve-east,rival_of,ann-arbor,,2019,,,note,Eve East,asserted,curated,1
eve-east,endorsed,bob-bell,,2021,,,note,Eve East,asserted,curated,1
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory: three parties (one switch, one end date), a five-candidate race, a duel."""
    root = tmp_path_factory.mktemp("town")
    (root / "sources").mkdir()
    (root / "sources" / "note.txt").write_text("Ann Arbor, Bob Bell, Cy Cole, Dee Dunn and Eve East.\n")
    (root / "sources.csv").write_text(textwrap.dedent("""\
        id,outlet,title,date,url,file
        note,Example Times,A short note,2023-01-02,https://example.org/note,note.txt
        """))
    (root / "entities.csv").write_text(ENTITIES)
    (root / "statements.csv").write_text(STATEMENTS)
    return root


@pytest.fixture(scope="module")
def town_kg(town: Path) -> KnowledgeGraph:
    return KnowledgeGraph.from_data(town)


def _data(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))


def _nodes(html: str) -> dict[str, dict]:
    return {n["id"]: n for n in _data(html)["nodes"]}


@pytest.mark.parametrize(("as_of", "expected"), [
    (None, {"ann-arbor": "Democratic Party", "bob-bell": "Republican Party", "cy-cole": "Blue Sky Party"}),
    ("2015", {"ann-arbor": "Republican Party", "bob-bell": "Republican Party"}),
    ("2019-12", {"ann-arbor": "Republican Party", "bob-bell": "Republican Party", "cy-cole": "Blue Sky Party"}),
    ("2020-06", {"bob-bell": "Republican Party", "cy-cole": "Blue Sky Party"}),  # "2020" may be later
    ("2020-12", {"ann-arbor": "Democratic Party", "bob-bell": "Republican Party", "cy-cole": "Blue Sky Party"}),
    ("2009", {}),
])
def test_party_as_of(town_kg: KnowledgeGraph, as_of: str | None, expected: dict[str, str]) -> None:
    """The party in force as of the date (graph.asof.in_force); with no date, the latest."""
    people = [entity_iri(p) for p in ("ann-arbor", "bob-bell", "cy-cole", "dee-dunn", "eve-east")]
    found = parties(town_kg, people, as_of)
    assert {iri.rsplit(":", 1)[-1]: p.label for iri, p in found.items()} == expected


def test_party_read_for_the_view_only(town_kg: KnowledgeGraph) -> None:
    """Only the people asked about are looked up (one query bound to them)."""
    assert set(parties(town_kg, [entity_iri("bob-bell")])) == {entity_iri("bob-bell")}
    assert parties(town_kg, []) == {}


def test_races_count_every_candidate(town_kg: KnowledgeGraph) -> None:
    """A race lists all its candidates, also those outside the people asked about."""
    (race,) = [r for r in races(town_kg, [entity_iri("ann-arbor")])]
    assert race.label == "2022 Springfield primary" and len(race.candidates) == 4


def test_rings_and_party_legend(town_kg: KnowledgeGraph) -> None:
    """Each person's ring is their party's colour (big parties fixed, others a palette), with a
    party legend; as of 2015 Ann is still a Republican."""
    html = view_page(town_kg, whole_graph(town_kg))
    nodes = _nodes(html)
    assert (nodes["ann-arbor"]["ring"], nodes["bob-bell"]["ring"]) == (DEMOCRATIC, REPUBLICAN)
    assert nodes["cy-cole"]["ring"] not in (None, DEMOCRATIC, REPUBLICAN)
    assert nodes["dee-dunn"]["ring"] is None and nodes["ann-arbor"]["party"] == "Democratic Party"
    legend = re.search(r'<ul id="legend-parties">(.*?)</ul>', html, re.S).group(1)
    assert re.findall(r"</span>([^<]+)</li>", legend) == [
        "Blue Sky Party", "Democratic Party", "Republican Party", "no party known"]
    early = _nodes(view_page(town_kg, whole_graph(town_kg, as_of="2015"), as_of="2015"))
    assert early["ann-arbor"]["ring"] == REPUBLICAN and "cy-cole" not in early


def test_member_of_edges_start_hidden(town_kg: KnowledgeGraph) -> None:
    """member_of edges are in the page but hidden, their checkbox unticked; other relations shown.
    Asked for by name (-r member_of), they are drawn."""
    html = view_page(town_kg, whole_graph(town_kg))
    edges = _data(html)["edges"]
    assert {e["hidden"] for e in edges if e["relation"] == "member of"} == {True}
    assert {e["hidden"] for e in edges if e["relation"] != "member of"} == {False}
    assert re.search(r'<input type="checkbox" data-rel="\d+">[^\n]*member of', html)
    from graph.ontology import relation

    asked = _data(view_page(town_kg, whole_graph(town_kg, relations=[relation("member_of")]), [relation("member_of")]))
    assert {e["hidden"] for e in asked["edges"]} == {False}


def test_big_race_is_its_election(town_kg: KnowledgeGraph) -> None:
    """The four-candidate race: its rivalries are not drawn but kept for the panels, the election
    is drawn with candidate_in edges; the two-candidate duel and a rivalry outside any race stay
    rival_of edges."""
    data = _data(view_page(town_kg, whole_graph(town_kg)))
    rivals = {(e["from"], e["to"]): e for e in data["edges"] if e["relation"] == "rival of"}
    race_pairs = {("ann-arbor", "bob-bell"), ("ann-arbor", "cy-cole"), ("bob-bell", "cy-cole"), ("ann-arbor", "dee-dunn")}
    assert {pair for pair, e in rivals.items() if not e["drawn"]} == race_pairs
    assert {pair for pair, e in rivals.items() if e["drawn"]} == {("dee-dunn", "eve-east"), ("ann-arbor", "eve-east")}
    candidates = {e["from"] for e in data["edges"] if e["relation"] == "candidate in" and e["to"] == "race-2022" and e["drawn"]}
    assert candidates == {"ann-arbor", "bob-bell", "cy-cole", "dee-dunn"}
    nodes = {n["id"]: n for n in data["nodes"]}
    by_id = {e["id"]: e for e in data["edges"]}
    # Ann's panel still lists her three rivalries in the race and the one with Eve.
    assert sum(by_id[i]["relation"] == "rival of" for i in nodes["ann-arbor"]["edges"]) == 4


def test_race_drawn_even_when_not_asked_for(town_kg: KnowledgeGraph) -> None:
    """-r rival_of around Ann: the race's election and candidate_in edges are added to the view."""
    from graph.ontology import relation

    wanted = [relation("rival_of")]
    view = neighbourhood(town_kg, [entity_iri("ann-arbor")], hops=1, relations=wanted)
    assert "race-2022" not in {e.id for e in view.entities}
    data = _data(view_page(town_kg, view, wanted))
    assert "race-2022" in {n["id"] for n in data["nodes"]}
    assert {e["from"] for e in data["edges"] if e["relation"] == "candidate in"} == {"ann-arbor", "bob-bell", "cy-cole", "dee-dunn"}


def test_every_view_has_parties(cli, tmp_path: Path, seed_kg: KnowledgeGraph) -> None:
    """kg viz, kg path --html and kg serve's view page all ring Karen Bass as a Democrat, and kg
    serve's page is the CLI's page for the same view (one function draws both)."""
    from graph.serve.browse import view_page as serve_view_page
    from graph.serve.replies import Limits

    for args in (["viz"], ["viz", "--around", "bass"], ["path", "musk", "bass", "--html"]):
        target = tmp_path / "view.html"
        assert cli(*args, str(target) if args[0] == "path" else "--out", *([] if args[0] == "path" else [str(target)])).exit_code == 0
        assert _nodes(target.read_text())["karen-bass"]["ring"] == DEMOCRATIC, args
    served = serve_view_page(seed_kg, Limits(), around="bass").body.decode()
    assert _nodes(served)["karen-bass"]["ring"] == DEMOCRATIC
    view = neighbourhood(seed_kg, [entity_iri("karen-bass")])
    assert served == view_page(seed_kg, view, None, "kg: around Karen Bass")


try:  # the browser fixtures; without Playwright only the browser test skips
    from tests.test_viz_browser import CHROMIUM, browser, open_view  # noqa: F401 (pytest fixtures)
except pytest.skip.Exception:
    CHROMIUM = None


@pytest.mark.skipif(CHROMIUM is None or not CHROMIUM.exists(), reason="needs Chromium and Playwright")
def test_member_of_toggle_in_the_browser(cli, town: Path, tmp_path: Path, open_view) -> None:
    """At first the parties and their member_of edges are hidden; ticking member_of shows both,
    unticking hides them again; the race's rivalries are never drawn."""
    target = tmp_path / "town.html"
    assert cli("viz", "--data", str(town), "--out", str(target)).exit_code == 0
    view = open_view(target)
    hidden_nodes = "() => kgView.nodes.get({ filter: (n) => n.hidden }).map((n) => n.id).sort()"
    parties_ = ["blue-sky-party", "democratic-party", "republican-party"]
    assert view.js(hidden_nodes) == parties_
    assert view.js("() => kgView.edges.get().filter((e) => e.from === 'ann-arbor' && e.to === 'bob-bell').length") == 0
    box = view.page.locator("label", has_text="member of").locator("input")
    box.check()
    assert view.js(hidden_nodes) == []
    assert view.js("() => kgView.edges.get({ filter: (e) => e.hidden }).length") == 0
    box.uncheck()
    assert view.js(hidden_nodes) == parties_
    view.assert_clean()


def test_a_view_around_a_party_shows_its_members_edges(town_kg: KnowledgeGraph) -> None:
    """Around a party its members are the neighbourhood: their member_of edges are drawn (hidden,
    only the party's dot would show); around a person they start hidden as anywhere."""
    around_party = _data(view_page(town_kg, neighbourhood(town_kg, [entity_iri("republican-party")], hops=1)))
    members = [e for e in around_party["edges"] if e["relation"] == "member of"]
    assert members and {e["hidden"] for e in members} == {False}
    around_person = _data(view_page(town_kg, neighbourhood(town_kg, [entity_iri("bob-bell")], hops=1)))
    assert {e["hidden"] for e in around_person["edges"] if e["relation"] == "member of"} == {True}
