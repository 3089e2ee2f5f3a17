"""Corroboration: copies of one story found and linked to their original; sources and independent
outlets counted per edge in kg show, kg path, JSON, SPARQL; kg path --min-outlets. Every
article text here is invented."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from graph import copies
from graph.copies import find_copies
from graph.corroboration import SourceOutlet, corroboration, outlet_keys
from graph.datafiles import SourceRow
from graph.errors import NoPath
from graph.knowledge_graph import KnowledgeGraph
from graph.model import Evidence
from graph.namespaces import ENT
from graph.paths import find_paths
from graph.query import named_query, run_query

BODY = """SPRINGFIELD (Example Wire) - State Senator Maria Delgado endorsed Thomas Whitfield for mayor of \
Springfield on Tuesday, giving the former school board president a boost in a crowded race.
"Thomas Whitfield knows every neighborhood of this city and has the plan to fix our buses," Delgado \
said at a rally outside the central library.
Whitfield thanked Delgado and said he would campaign across the east side this week. The election \
is set for November, and early polling shows a close contest among four candidates.
Delgado, who served two terms on the city council before joining the state senate, had stayed \
neutral in the primary until this week.
"""
WIRE = f"outlet: Example Wire\ntitle: Delgado backs Whitfield for Springfield mayor\ndate: 2031-05-04\n\n{BODY}"
COPY = (
    "outlet: Springfield Daily Bugle\ntitle: State senator endorses Whitfield\n\n"
    f"By Bugle Staff | Springfield Daily Bugle | Local News\n\n{BODY}\n"
    "Copyright Springfield Daily Bugle. Subscribe for more local coverage.\n"
)
# The same event in other words: shares names and a few facts, not the text.
OTHER_REPORT = """Whitfield wins Delgado's backing. Thomas Whitfield picked up the support of State Senator \
Maria Delgado on Tuesday. Speaking to supporters near the library, the senator praised his transit \
plan and his years leading the school board. Whitfield, one of four candidates, said the endorsement \
would help him on the east side. Polls suggest the November race remains tight.
"""


def _source(id: str, text: str, date: str = "", outlet: str = "") -> SourceRow:
    return SourceRow(id, outlet, "", date, "", f"{id}.txt", text, 0)


def test_wire_copy_counts_once_and_names_its_original(cli, tmp_path):
    """The same story ingested under two outlets' headers: 2 sources, 1 independent outlet, original named."""
    data = tmp_path / "d"
    assert cli("init", str(data), "--seed").exit_code == 0
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
    ingest = cli("ingest", "--data", str(data), str(tmp_path / "wire.txt"), str(tmp_path / "copy.txt"))
    assert ingest.exit_code == 0, ingest.output
    card = cli("show", "Maria Delgado", "--data", str(data)).stdout
    assert "Maria Delgado —endorsed→ Thomas Whitfield\n    2 sources, 1 independent outlet\n" in card
    (copy_line,) = [line for line in card.splitlines() if "Springfield Daily Bugle" in line]
    assert copy_line.endswith("· copy of Example Wire: Delgado backs Whitfield for Springfield mayor")
    text = cli("path", "delgado", "whitfield", "--data", str(data)).stdout
    assert text.splitlines()[1] == "    2 sources, 1 independent outlet"
    (hop,) = json.loads(cli("path", "delgado", "whitfield", "--data", str(data), "-f", "json").stdout)["paths"][0]["hops"]
    assert hop["outlets"] == 1 and {ev["source_id"] for ev in hop["evidence"]} == {"wire", "copy"}
    assert all(set(ev["span"]) == {"start", "end"} for ev in hop["evidence"] if ev["span"] is not None)
    rows = cli("query", "-n", "corroboration", "-f", "csv", "--data", str(data)).stdout.splitlines()
    assert "Maria Delgado,endorsed,Thomas Whitfield,2,1,1" in rows
    copied = cli("query", "-f", "csv", "--data", str(data), "SELECT ?c ?o WHERE { ?c pol:copyOf ?o }").stdout
    assert copied.splitlines()[1:] == ["urn:kg:source:copy,urn:kg:source:wire"]
    weak = cli("path", "delgado", "whitfield", "--min-outlets", "2", "--data", str(data))
    assert weak.exit_code == 4 and weak.stdout == ""


def test_two_reports_of_one_event_are_not_copies():
    """Two stories about the same event in their own words are independent."""
    assert find_copies([_source("a", BODY), _source("b", OTHER_REPORT)]) == {}


def test_header_and_footer_do_not_hide_a_copy():
    """A wire copy with another outlet's byline and footer is a copy (similarity above the threshold)."""
    assert copies.similarity(copies.shingles(WIRE), copies.shingles(COPY)) >= copies.THRESHOLD
    assert copies.similarity(copies.shingles(BODY), copies.shingles(OTHER_REPORT)) < 0.1


def test_the_original_is_the_earliest_dated_else_the_first_listed():
    """Earliest date wins; undated sources come after dated ones; ties go to the first listed."""
    undated, late, early = _source("u", COPY), _source("l", COPY, "2031-05-06"), _source("e", WIRE, "2031-05-04")
    assert find_copies([undated, late, early]) == {"u": "e", "l": "e"}
    assert find_copies([_source("x", COPY), _source("y", WIRE)]) == {"y": "x"}


def test_minhash_sketches_find_copies_among_many():
    """Among 33 texts, the sketches propose the copy (and only pairs worth comparing)."""
    others = [_source(f"s{i}", f"Report {i}: " + " ".join(f"item{i}x{j} said{j}" for j in range(80))) for i in range(30)]
    found = find_copies([*others, _source("w", WIRE, "2031-05-04"), _source("c", COPY), _source("o", OTHER_REPORT)])
    assert found == {"c": "w"}


def test_a_dataset_counts_as_one_outlet_and_copies_as_their_original():
    """Rows of one dataset are one outlet; a copy counts as its original's outlet; no outlet: the source itself."""
    sources = [_source("r1", "a"), _source("r2", "b"), _source("w", "c", outlet="Example  Wire"),
               _source("c", "c", outlet="Bugle"), _source("n", "d")]  # fmt: skip
    keys = outlet_keys(sources, {"c": "w"}, {"r1": "rows.csv", "r2": "rows.csv"})
    assert keys == {"r1": "dataset:rows.csv", "r2": "dataset:rows.csv", "w": "outlet:example wire",
                    "c": "outlet:example wire", "n": "source:n"}  # fmt: skip
    outlets = {key: SourceOutlet(value) for key, value in keys.items()}
    evidence = [Evidence("", s, "q") for s in keys] + [Evidence("", "n", "denied", status="negated")]
    assert corroboration(evidence, outlets).text() == "5 sources, 3 independent outlets"


def _add(data: Path, source: str, outlet: str, text: str, rows: list[dict[str, str]]) -> None:
    """A source and its statements written into a data directory's files."""
    (data / "sources" / f"{source}.txt").write_text(text, encoding="utf-8")
    with (data / "sources.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow([source, outlet, "", "", "", f"{source}.txt"])
    with (data / "statements.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    with (data / "statements.csv").open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header, restval="")
        for row in rows:
            writer.writerow({"source": source, "status": "asserted", "confidence": "1", **row})


@pytest.fixture
def imported_kg(data_copy: Path) -> KnowledgeGraph:
    """The seed data plus Garner's endorsement of Harris from two rows of one dataset and a wire
    story carried by two outlets."""
    row = {"subject": "jennifer-garner", "relation": "endorsed", "object": "kamala-harris"}
    for n in (1, 2):
        _add(data_copy, f"rows-{n}", "Example Data", f"row {n}: Jennifer Garner endorsed Kamala Harris",
             [{**row, "quote": f"row {n}: Jennifer Garner endorsed Kamala Harris", "method": f"imported:rows.csv#{n}"}])
    story = "Actor Jennifer Garner endorsed Kamala Harris on Monday at a fundraiser in the hills above the city."
    for source, outlet in (("wire-a", "Example Wire"), ("wire-b", "Other Paper")):
        _add(data_copy, source, outlet, f"{outlet} reports. {story} More soon.",
             [{**row, "quote": story, "method": "curated"}])
    return KnowledgeGraph.from_data(data_copy)


def test_min_outlets_follows_only_well_corroborated_edges(imported_kg):
    """--min-outlets N: edges with fewer independent outlets are not followed (two dataset rows and a copy count once)."""
    kg = imported_kg
    garner, harris = ENT + "jennifer-garner", ENT + "kamala-harris"
    (path,) = find_paths(kg, garner, harris, fewest_hops=True)
    assert len(path.hops) == 1 and len({ev.source_id for ev in path.hops[0].evidence}) == 4
    (path,) = find_paths(kg, garner, harris, fewest_hops=True, min_outlets=2)
    assert len(path.hops) == 1
    with pytest.raises(NoPath):
        find_paths(kg, garner, harris, min_outlets=3)
    relations = kg.links_of([garner], min_outlets=2)
    assert [(link.relation.name, link.other) for link in relations] == [("endorsed", harris)]


def test_corroboration_query_counts_per_edge(imported_kg):
    """The shipped SPARQL query gives each edge its sources, independent outlets and copies."""
    rows = {
        (row["subject"].value, row["relation"].value, row["object"].value): (row["sources"].value, row["outlets"].value, row["copies"].value)
        for row in run_query(imported_kg.store, named_query("corroboration").text)
    }
    assert rows[("Jennifer Garner", "endorsed", "Kamala Harris")] == ("4", "2", "1")
    assert rows[("Kamala Harris", "endorsed", "Karen Bass")] == ("3", "3", "0")


def test_views_widen_edges_by_independent_outlets(imported_kg):
    """The view draws an edge wider for more independent outlets (not for copies or dataset rows) and names them in its tooltip."""
    from graph.subgraph import neighbourhood
    from tests.test_viz_html import _data, _parse
    from viz import view_page

    kg = imported_kg
    data = _data(_parse(view_page(kg, neighbourhood(kg, [ENT + "jennifer-garner"], hops=1))))
    edges = {(e["from"], e["relation"], e["to"]): e for e in data["edges"]}
    garner = edges[("jennifer-garner", "endorsed", "kamala-harris")]
    assert "4 statements (4 sources, 2 independent outlets)" in garner["title"]
    harris = edges[("kamala-harris", "endorsed", "karen-bass")]
    assert "3 sources, 3 independent outlets" in harris["title"]
    assert not garner["focus"] and not harris["focus"]
    assert garner["width"] == 3 and harris["width"] == 4
