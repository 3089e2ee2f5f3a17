"""One as-of rule (graph.asof): the Python code and every shipped query that takes ?asOf give
the same answer; an undated statement takes its source's date; one no date tells is left out
unless asked for; answers hold no duplicates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import graph
from graph.asof import AsOf, edges_as_of, parse_as_of
from graph.errors import NoPath
from graph.knowledge_graph import KnowledgeGraph
from graph.namespaces import ENT
from graph.ontology import relation
from graph.paths import find_paths
from graph.query import named_queries, named_query, run_query
from graph.query_text import uses_variable

from .conftest import MINI

# Memberships over partial dates, ended periods, a statement dated only by its source (the
# note, 2024-03-04) and one whose source is undated too (the rumour).
_ROWS = """\
bob-sample,member_of,whigs,,2010,2023-12,,note,"Bob Sample, a former Whig",asserted,curated,1
bob-sample,member_of,tories,,2024,,,note,joined the Tories,asserted,curated,1
cy-third,member_of,whigs,,,,,note,faces Cy Third,asserted,curated,1
cy-third,member_of,tories,,2023-06,2024-02-14,,note,faces Cy Third,asserted,curated,1
cy-third,member_of,tories,,2023-06-02,2024-02,,note,Cy Third,asserted,curated,1
ann-example,member_of,tories,,,,,rumour,Ann Example is a Tory,asserted,curated,1
ann-example,member_of,whigs,,2022-02,2022-02-15,,note,Ann Example,asserted,curated,1
ann-example,member_of,whigs,,2022-02-01,,,note,Ann Example,disputed,curated,1
"""

_DATES = ("2009", "2010", "2022-01", "2022-02", "2022-02-14", "2022-02-16", "2022-03", "2023-05-31",
          "2023-06", "2023-06-01", "2023-12", "2024", "2024-01-01", "2024-02-14", "2024-02-15",
          "2024-03", "2024-03-03", "2024-03-04", "2030")


@pytest.fixture(scope="module")
def partial_kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    data = tmp_path_factory.mktemp("partial") / "mini"
    shutil.copytree(MINI, data)
    (data / "sources" / "rumour.txt").write_text("Ann Example is a Tory, they say.\n", encoding="utf-8")
    with (data / "sources.csv").open("a", encoding="utf-8") as sources:
        sources.write("rumour,,A rumour,,,rumour.txt\n")
    with (data / "statements.csv").open("a", encoding="utf-8") as rows:
        rows.write(_ROWS)
    return KnowledgeGraph.from_data(data)


def _members_in_python(kg: KnowledgeGraph, as_of: AsOf) -> list[tuple[str, str, str, str]]:
    """members-as-of's answer from graph.asof: (person, party, earliest date, latest end or "")."""
    entities = {e.id: e for e in kg.entities()}
    rows = []
    for edge in edges_as_of(kg.edges((relation("member_of"),)), as_of):
        if entities[edge.object].type != "PoliticalParty":
            continue
        dates = [ev.date for ev in edge.evidence if ev.date]
        ends = [ev.end_date for ev in edge.evidence]
        rows.append((entities[edge.subject].label, entities[edge.object].label,
                     min(dates) if dates else "", "" if None in ends else max(ends)))
    return rows


# Each shipped query that takes ?asOf, with the answer graph.asof gives.
PYTHON_ANSWERS = {"members-as-of": _members_in_python}


def _rows(kg: KnowledgeGraph, name: str, as_of: AsOf) -> list[tuple[str, ...]]:
    solutions = run_query(kg.store, named_query(name).text, as_of=as_of)
    names = [v.value for v in solutions.variables]
    return [tuple(s[n].value if s[n] is not None else "" for n in names) for s in solutions]


def test_every_shipped_as_of_query_has_its_python_answer() -> None:
    """A shipped query that takes --as-of is checked here against graph.asof (none is left untested)."""
    variables = parse_as_of("2022").bindings()
    taking = {q.name for q in named_queries() if any(uses_variable(q.text, v) for v in variables)}
    assert taking and taking == set(PYTHON_ANSWERS)


@pytest.mark.parametrize("include_undated", [False, True])
@pytest.mark.parametrize("date", _DATES)
@pytest.mark.parametrize("name", sorted(PYTHON_ANSWERS))
def test_shipped_query_agrees_with_python_on_partial_dates(partial_kg, name, date, include_undated) -> None:
    """Partial dates, ended periods, source-dated and undated statements: query == Python, no duplicates."""
    as_of = parse_as_of(date, include_undated)
    rows = _rows(partial_kg, name, as_of)
    assert len(rows) == len(set(rows))
    assert sorted(rows) == sorted(PYTHON_ANSWERS[name](partial_kg, as_of))


@pytest.mark.parametrize("include_undated", [False, True])
@pytest.mark.parametrize("date", ["2011", "2021", "2022", "2022-06", "2022-08", "2022-08-01", "2022-08-02", "2023"])
@pytest.mark.parametrize("name", sorted(PYTHON_ANSWERS))
def test_shipped_query_agrees_with_python_on_the_seed(seed_kg, name, date, include_undated) -> None:
    """The seed corpus: the shipped query and graph.asof give the same rows, each once."""
    as_of = parse_as_of(date, include_undated)
    rows = _rows(seed_kg, name, as_of)
    assert len(rows) == len(set(rows))
    assert sorted(rows) == sorted(PYTHON_ANSWERS[name](seed_kg, as_of))


def test_members_as_of_agrees_with_show(seed_kg) -> None:
    """The issue's case: as of 2022-06 Caruso is no member (his membership is dated 2022), Bass is, once."""
    rows = _rows(seed_kg, "members-as-of", parse_as_of("2022-06"))
    assert [row[:3] for row in rows] == [("Karen Bass", "Democratic Party", "2011")]


def test_an_undated_statement_takes_its_sources_date(partial_kg) -> None:
    """Cy's undated membership cites the note of 2024-03-04: it counts from that day, and says so."""
    (edge,) = [e for e in partial_kg.edges() if (e.subject, e.relation, e.object) == ("cy-third", "member_of", "whigs")]
    assert [ev.date for ev in edge.evidence] == ["2024-03-04"]
    cy, whigs = partial_kg.resolve("cy third"), partial_kg.resolve("whigs")
    assert find_paths(partial_kg, cy, whigs, max_hops=1, as_of="2024-03-04")
    with pytest.raises(NoPath):
        find_paths(partial_kg, cy, whigs, max_hops=1, as_of="2024-03-03")


def test_a_statement_no_date_tells_is_kept_only_on_request(partial_kg) -> None:
    """Ann's membership cites an undated rumour: left out of every as-of answer unless --include-undated."""
    ann, tories = partial_kg.resolve("ann"), partial_kg.resolve("tories")
    with pytest.raises(NoPath):
        find_paths(partial_kg, ann, tories, max_hops=1, as_of="2030")
    (path,) = find_paths(partial_kg, ann, tories, max_hops=1, as_of=parse_as_of("2030", include_undated=True))
    assert [ev.date for ev in path.hops[0].evidence] == [None]


def test_harris_bass_as_of_the_help_example(cli) -> None:
    """kg path harris bass --as-of 2022-05-01: no endorsement yet (the undated copy no longer counts)."""
    result = cli("path", "harris", "bass", "--as-of", "2022-05-01")
    assert result.exit_code == 4 and "endorsed" not in result.stdout, result.stdout
    undated = cli("path", "harris", "bass", "--as-of", "2022-05-01", "--include-undated")
    assert undated.exit_code == 0 and "—endorsed→" in undated.stdout
    evidence = [line for line in undated.stdout.splitlines() if line.startswith("    ") and " · " in line]
    assert evidence and all(line.strip().startswith("undated") for line in evidence)


def test_show_as_of_marks_undated_only_when_asked(cli) -> None:
    """kg show --as-of leaves out what no date tells; --include-undated keeps it, marked "undated"."""
    plain = cli("show", "caruso", "--as-of", "2022-12-31")
    assert plain.exit_code == 0 and "undated" not in plain.stdout
    assert "Rick Caruso —member_of→ Democratic Party" in plain.stdout
    kept = cli("show", "caruso", "--as-of", "2022-12-31", "--include-undated")
    assert "undated · KABC: President Biden, VP Harris back Karen Bass" in kept.stdout


@pytest.mark.parametrize(
    "args",
    [("path", "harris", "bass"), ("show", "bass"), ("viz", "--out", "-"), ("query", "-n", "members-as-of")],
)
def test_include_undated_needs_as_of(cli, args) -> None:
    """--include-undated without --as-of is a usage error (exit 2) on every command that has it."""
    result = cli(*args, "--include-undated")
    assert result.exit_code == 2 and "--include-undated goes with --as-of" in result.stderr


def test_query_binds_the_period_of_as_of(seed_kg) -> None:
    """?asOfStart, ?asOfEnd and ?includeUndated come from graph.asof, typed xsd:date and xsd:boolean."""
    (row,) = run_query(seed_kg.store, "SELECT ?asOf ?asOfStart ?asOfEnd ?includeUndated WHERE {}",
                       as_of=parse_as_of("2024-02", include_undated=True))
    assert [row[n].value for n in ("asOf", "asOfStart", "asOfEnd", "includeUndated")] == [
        "2024-02", "2024-02-01", "2024-02-29", "true"]
    assert row["asOfEnd"].datatype.value.endswith("#date")


def test_statement_dates_reach_every_library_query() -> None:
    """Each of the library's queries that returns ?date (evidence, path search, views) reads pol:saidOn."""
    queries = sorted((Path(graph.__file__).parent / "sparql").glob("*.rq"))
    dated = [q for q in queries if "?date" in q.read_text(encoding="utf-8")]
    assert any(q.stem == "statements" for q in dated)
    for query in dated:
        text = query.read_text(encoding="utf-8")
        assert "pol:saidOn ?date" in text and "pol:date ?date" not in text, query.name


def test_neighbourhood_as_of_uses_the_sources_date(seed_kg) -> None:
    """A view as of 2022-08-02 holds the Axios story's undated statements (the source is of that day)."""
    from graph.subgraph import neighbourhood

    view = neighbourhood(seed_kg, [ENT + "karen-bass"], hops=1, as_of="2022-08-02")
    rivals = [e for e in view.edges if e.relation == "rival_of" and "rick-caruso" in (e.subject, e.object)]
    assert rivals and all(ev.date == "2022-08-02" for e in rivals for ev in e.evidence)
