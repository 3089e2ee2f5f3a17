"""kg viz --around/--as-of and kg path --html: focused views from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import graph.subgraph
import viz.page


def _data(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL).group(1))


def _labels(path: Path) -> set[str]:
    return {n["label"] for n in _data(path)["nodes"]}


def test_viz_around(cli, tmp_path: Path) -> None:
    """--around NAME --hops 1: the person and their direct relations, the person emphasized."""
    target = tmp_path / "bass.html"
    result = cli("viz", "--around", "Rep. Karen Bass", "--hops", "1", "--out", str(target))
    assert result.exit_code == 0, result.output
    data = _data(target)
    assert {"Karen Bass", "Rick Caruso", "Joe Biden", "Kamala Harris"} <= _labels(target)
    assert "Elon Musk" not in _labels(target)  # two hops away, through Caruso
    assert [n["id"] for n in data["nodes"] if n["focus"]] == ["karen-bass"]
    assert "<title>kg: around Karen Bass</title>" in target.read_text()
    assert re.search(r"kg: open file://", result.stderr)


def test_viz_around_max_nodes_and_relations(cli, tmp_path: Path) -> None:
    """--max-nodes caps the view (and says how many were left out); -r limits the relations."""
    target = tmp_path / "few.html"
    result = cli("viz", "--around", "bass", "--max-nodes", "5", "-r", "endorsed", "--out", str(target))
    assert result.exit_code == 0, result.output
    data = _data(target)
    assert len(data["nodes"]) == 5 and {e["relation"] for e in data["edges"]} == {"endorsed"}
    assert re.search(r"kg: \d+ less relevant entities within reach left out, \d+ of them the centre's own ties; open file://", result.stderr)


def test_viz_as_of(cli, tmp_path: Path) -> None:
    """--as-of keeps statements dated by then; --include-undated also those no date tells, and says so."""
    target = tmp_path / "early.html"
    result = cli("viz", "--as-of", "2013", "--out", str(target))
    assert result.exit_code == 0, result.output
    dates = {ev["date"] for e in _data(target)["edges"] for ev in e["evidence"]}
    assert dates and None not in dates and all(d <= "2013" for d in dates)
    undated = tmp_path / "undated.html"
    assert cli("viz", "--as-of", "2013", "--include-undated", "--out", str(undated)).exit_code == 0
    assert None in {ev["date"] for e in _data(undated)["edges"] for ev in e["evidence"]}
    assert "as of 2013 · undated statements kept" in undated.read_text()
    later = cli("viz", "--as-of", "2022-08-02", "--out", str(tmp_path / "later.html"))
    assert later.exit_code == 0
    assert len(_data(tmp_path / "later.html")["edges"]) > len(_data(target)["edges"])


def test_path_html(cli, tmp_path: Path) -> None:
    """kg path A B --html FILE prints the path as usual and writes it as a view."""
    target = tmp_path / "path.html"
    result = cli("path", "musk", "biden", "--html", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Elon Musk —endorsed→ Rick Caruso")
    data = _data(target)
    assert {n["id"] for n in data["nodes"] if n["focus"]} == {"elon-musk", "rick-caruso", "karen-bass", "joe-biden"}
    assert sum(e["focus"] for e in data["edges"]) == 3
    assert all(n["context"] for n in data["nodes"] if not n["focus"])
    assert "<title>kg: Elon Musk to Joe Biden</title>" in target.read_text()
    both = cli("path", "musk", "biden", "--all", "--format", "json", "--html", str(tmp_path / "all.html"))
    assert json.loads(both.stdout)["paths"] and (tmp_path / "all.html").exists()


def test_views_are_deterministic(cli, tmp_path: Path) -> None:
    """The same graph gives the same bytes, run after run."""
    for args in (["viz", "--around", "caruso"], ["path", "musk", "biden", "--html"], ["viz", "--as-of", "2022"]):
        first, second = tmp_path / "first.html", tmp_path / "second.html"
        cli(*args, str(first)) if args[0] == "path" else cli(*args, "--out", str(first))
        cli(*args, str(second)) if args[0] == "path" else cli(*args, "--out", str(second))
        assert first.read_bytes() == second.read_bytes(), args


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--around", "nobody-at-all"], 3, "No entity named"),
        (["--hops", "2"], 2, "--hops and --max-nodes go with --around"),
        (["--around", "bass", "--hops", "0"], 2, "--hops must be at least 1"),
        (["--around", "bass", "--max-nodes", "0"], 2, "--max-nodes must be between 1 and 5000"),
        (["--around", "bass", "--max-nodes", "5001"], 2, "--max-nodes must be between 1 and 5000"),
        (["--as-of", "2022-13-01"], 2, "is not a date"),
        (["-r", "hated"], 2, "Unknown relation"),
    ],
)
def test_viz_bad_input(cli, tmp_path: Path, args: list[str], code: int, message: str) -> None:
    """Bad options and names exit with their documented code and write nothing."""
    target = tmp_path / "view.html"
    result = cli("viz", *args, "--out", str(target))
    assert result.exit_code == code and message in result.stderr
    assert not target.exists()


def test_viz_refuses_a_view_too_large(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the limit kg viz exits 8, writes nothing and suggests a focused view."""
    monkeypatch.setattr(viz.page, "MAX_READABLE_NODES", 10)  # the whole-graph view's limit (issue 13)
    target = tmp_path / "all.html"
    result = cli("viz", "--out", str(target))
    assert result.exit_code == 8 and not target.exists()
    assert "would draw 31 entities" in result.stderr and "--around NAME" in result.stderr
    assert cli("viz", "-r", "advised", "--out", str(target)).exit_code == 0  # narrowed: fits
    monkeypatch.setattr(graph.subgraph, "MAX_VIEW_NODES", 10)  # --max-nodes past any view's limit
    assert cli("viz", "--around", "bass", "--max-nodes", "11", "--out", str(target)).exit_code == 2
