"""Reading a source (issue 15, point 2): kg source, quotes in their sentences (--context), and
every source named readably."""

from __future__ import annotations

import json

import pytest

from graph.errors import UnknownSource
from graph.model import Evidence
from graph.sources import find_source, passage, quote_span, read_source
from graph.triples import source_label

CARUSO = "caruso-rejects-endorsement-2022-08-03"
REJECTED = "Rick Caruso, has rejected the endorsement of his opponent Karen Bass"
WHO_ENDORSED = f"«{REJECTED}» by President Biden and Vice President Kamala Harris"
KABC_TITLE = "President Biden, VP Harris back Karen Bass in LA mayoral race, prompting response from Rick Caruso"


def test_found_by_id_title_or_name_in_any_case(seed_kg) -> None:
    """A source is found by its id, its title or its name, whatever the case."""
    assert find_source(seed_kg, CARUSO) == CARUSO
    assert find_source(seed_kg, KABC_TITLE.upper()) == "kabc-biden-harris-back-bass"
    assert find_source(seed_kg, "axios 2022-08-02") == "axios-2022-08-02"


def test_unknown_source_suggests_close_ones(cli, seed_kg) -> None:
    """An unknown source exits 3 and names the close ones."""
    result = cli("source", "caruso rejected")
    assert result.exit_code == 3
    assert f"Did you mean: {CARUSO}" in result.output
    with pytest.raises(UnknownSource):
        read_source(seed_kg, "nothing-here")


def test_no_source_is_named_by_its_slug(seed_kg) -> None:
    """Outlet and title, else outlet and date, else the article's first line: never the id."""
    assert read_source(seed_kg, CARUSO).name.startswith("LA’s mayoral candidate, billionaire Rick Caruso")
    assert read_source(seed_kg, "kabc-biden-harris-back-bass").name == f"KABC: {KABC_TITLE}"
    assert read_source(seed_kg, "axios-2022-08-02").name == "Axios 2022-08-02"
    assert source_label("", "", "2024-01-02", "\n\n  Short piece.\nSecond line") == "Short piece. (2024-01-02)"
    assert len(source_label("", "", "", "word " * 100)) <= 92
    # a scraped date marker before the first line is no part of its name; the date is said after it
    assert source_label("", "", "2022-08-03", " date 2022-08-03 Caruso rejected the endorsement.\n") == (
        "Caruso rejected the endorsement. (2022-08-03)")


def test_json_spans_slice_to_their_quotes(cli) -> None:
    """kg source --format json: every span's [start, end) of text is the quote of its statements."""
    result = cli("source", CARUSO, "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == {"id", "name", "outlet", "title", "date", "url", "text", "spans"}
    assert document["id"] == CARUSO and document["date"] == "2022-08-03"
    assert len(document["spans"]) >= 15
    for span in document["spans"]:
        assert all(document["text"][span["start"]:span["end"]] == s["quote"] for s in span["statements"])
    first = document["spans"][0]["statements"][0]
    assert (first["subject"], first["relation"], first["object"]) == ("Rick Caruso", "rival_of", "Karen Bass")


def test_text_marks_each_quoted_passage(cli) -> None:
    """kg source prints the metadata, then the text with « » around each quote, numbered."""
    result = cli("source", KABC_TITLE)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"name:   KABC: {KABC_TITLE}\noutlet: KABC\n")
    caruso = cli("source", CARUSO).stdout
    assert f"billionaire «{REJECTED}»[1] by President Biden" in caruso
    assert "  [1] Rick Caruso —rival_of→ Karen Bass" in caruso


def test_recorded_span_wins_over_the_first_occurrence() -> None:
    """quote_span: the statement's anchor when it has one, else the quote's first occurrence."""
    text = "ab ab ab"
    assert quote_span(Evidence("s", "s", "ab"), text) == (0, 2)
    assert quote_span(Evidence("s", "s", "ab", span=(6, 8)), text) == (6, 8)
    assert quote_span(Evidence("s", "s", "zz"), text) is None


def test_passage_is_whole_sentences() -> None:
    """The quote's sentence, then N more on each side; never a cut sentence in the middle."""
    text = "One is here. Two says the quote here. Three follows. Four ends."
    start = text.index("the quote")
    found = passage(text, (start, start + 9), 0)
    assert found.text == "Two says the quote here."
    assert found.text[found.start:found.end] == "the quote" and found.before and found.after
    wider = passage(text, (start, start + 9), 1)
    assert wider.text == "One is here. Two says the quote here. Three follows."


def test_show_context_gives_the_sentence_that_says_who_endorsed_whom(cli) -> None:
    """kg show caruso --context 1: the Caruso/Bass quote in its sentence; without it, as before."""
    result = cli("show", "caruso", "--context", "1")
    assert result.exit_code == 0, result.output
    assert WHO_ENDORSED in result.stdout
    assert "«" not in cli("show", "caruso").stdout


def test_path_context(cli) -> None:
    """kg path --context 1 prints each quote in its sentence in the source."""
    result = cli("path", "harris", "bass", "--context", "1")
    assert result.exit_code == 0, result.output
    assert "«" in result.stdout and "»" in result.stdout
    assert "«" not in cli("path", "harris", "bass").stdout
