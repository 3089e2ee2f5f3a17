"""The Python API (graph.api): the README's notebook block runs as written, and each answer is the
command line's."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import graph
from graph.errors import NoPath, QueryError, UnknownEntity

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def kg(tmp_path_factory) -> graph.Graph:
    return graph.open(store=tmp_path_factory.mktemp("store") / "store")


def test_readme_python_block_runs(tmp_path, monkeypatch) -> None:
    """Every example of the README's Python block gives the output written under it."""
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    (block,) = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    test = doctest.DocTestParser().get_doctest(block, {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
    assert len(test.examples) >= 8


def test_module_docstring_runs(tmp_path, monkeypatch) -> None:
    """graph.api's own examples run."""
    import graph.api

    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    assert doctest.testmod(graph.api, optionflags=doctest.ELLIPSIS).failed == 0


def test_path_prints_as_kg_path(kg, cli) -> None:
    """str(kg.path(a, b)) is what `kg path a b` prints."""
    assert str(kg.path("musk", "biden")) + "\n" == cli("path", "musk", "biden").stdout


def test_card_prints_as_kg_show(kg, cli) -> None:
    """str(kg.show(name)) is what `kg show name` prints."""
    assert str(kg.show("bass")) + "\n" == cli("show", "bass").stdout


def test_query_rows_and_frame(kg) -> None:
    """Rows keep the query's column order; unbound cells are None; the DataFrame matches."""
    rows = kg.query("SELECT ?label ?qid WHERE { ent:karen-bass rdfs:label ?label OPTIONAL { ent:karen-bass pol:nothing ?qid } }")
    assert rows.columns == ["label", "qid"] and rows == [{"label": "Karen Bass", "qid": None}]
    frame = rows.to_pandas()
    assert list(frame.columns) == ["label", "qid"] and frame.iloc[0]["label"] == "Karen Bass"
    assert "<td>Karen Bass</td>" in rows._repr_html_()


def test_query_takes_select_only(kg) -> None:
    """ASK is refused with a QueryError that says what to use instead."""
    with pytest.raises(QueryError, match="SELECT"):
        kg.query("ASK { ?s ?p ?o }")


def test_to_networkx_whole_graph(kg) -> None:
    """The whole seed graph: every linked entity a node, every relationship an edge with its statements."""
    from graph.subgraph import whole_graph

    nx_graph = kg.to_networkx()
    whole = whole_graph(kg.kg)
    assert nx_graph.number_of_nodes() == len(whole.entities) and nx_graph.number_of_edges() == len(whole.edges)
    evidence = nx_graph.get_edge_data("kamala-harris", "karen-bass")["endorsed"]["evidence"]
    assert any("joint endorsement" in ev["quote"] for ev in evidence)


def test_view_repr_is_a_sandboxed_iframe(kg, tmp_path) -> None:
    """A view shows in Jupyter as the page in a sandboxed iframe, and saves as that page."""
    view = kg.view(around="bass", hops=1)
    shown = view._repr_html_()
    assert shown.startswith('<iframe sandbox="allow-scripts"') and "allow-same-origin" not in shown
    assert "&lt;!DOCTYPE html&gt;" in shown or "&lt;!doctype html&gt;" in shown.lower()
    saved = view.save(tmp_path / "bass.html")
    assert saved.read_text(encoding="utf-8") == view.html


def test_path_view_and_errors(kg) -> None:
    """A path's view draws it; unknown names and missing paths raise the typed errors."""
    assert "Karen Bass" in kg.path("harris", "bass").view().html
    with pytest.raises(UnknownEntity):
        kg.path("nobody-at-all", "bass")
    with pytest.raises(NoPath):
        kg.path("harris", "bass", as_of="2022-05-01")
