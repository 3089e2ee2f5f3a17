"""Quotes anchored in their source's text (graph.anchors): written, read, checked, repaired, in RDF."""

import csv
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.anchors import Anchor, anchor, check
from graph.datafiles import read_corpus
from graph.errors import DataError
from graph.news import Extractor, parse_article
from graph.news.ingest import ingest_article
from graph.resources import shipped_data_dir
from graph.validate import fix_anchors, validate

from .conftest import MINI, replace_once
from .test_importers import E2020, SWITCHES


def _raw_rows(directory: Path) -> list[dict[str, str]]:
    with (directory / "statements.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_anchor_takes_context_cut_at_the_ends():
    """Offsets, and up to 32 characters each side with whitespace squeezed, cut at the text's ends."""
    text = "Ann said:\n  Bob won.  Then she left, and the rest of the day went on quietly as ever."
    found = anchor(text, "Bob won.")
    assert found == Anchor(12, 20, "Ann said:", "Then she left, and the rest of")
    assert anchor(text, "Ann") == Anchor(0, 3, "", "said: Bob won. Then she left")
    assert anchor(text, "nowhere") is None


def test_anchor_picks_the_occurrence_nearest_near():
    """With several occurrences: the first, or the one nearest `near`."""
    text = "Yes. Bob won. No. Bob won. Maybe. Bob won."
    assert anchor(text, "Bob won.").start == 5
    assert anchor(text, "Bob won.", near=30).start == 34
    assert anchor(text, "Bob won.", near=20).start == 18


def test_check_ok_shifted_lost():
    """Still in place: ok; moved: shifted and repaired where prefix and suffix match; gone: lost."""
    text = "Yes. Bob won. No. Bob won. Maybe."
    second = anchor(text, "Bob won.", near=18)
    assert check(text, "Bob won.", second) == ("ok", second)
    edited = "A new first line.\n" + text
    state, repaired = check(edited, "Bob won.", second)
    assert state == "shifted" and repaired.start == second.start + 18
    assert edited[repaired.start : repaired.end] == "Bob won." and repaired.prefix.endswith(second.prefix)
    # the occurrence nearest the old offset is the first one, but only the second has its context
    text = "Intro. Bob won. Filler text. Later: Bob won. End."
    later = anchor(text, "Bob won.", near=40)
    moved = "Thirty characters of new text." + text
    assert abs(moved.find("Bob won.") - later.start) < abs(moved.rfind("Bob won.") - later.start)
    state, repaired = check(moved, "Bob won.", later)
    assert state == "shifted" and repaired.start == moved.rfind("Bob won.")
    assert check("Nothing here.", "Bob won.", second) == ("lost", None)


def test_every_seed_statement_has_a_stored_anchor_on_its_quote():
    """The shipped statements.csv records each quote's anchor, and it slices exactly to the quote."""
    corpus = read_corpus(shipped_data_dir())
    texts = {s.id: s.text for s in corpus.sources}
    raw = _raw_rows(shipped_data_dir())
    assert len(raw) == len(corpus.statements) > 0
    for row, statement in zip(raw, corpus.statements):
        start = int(row["quote_start"])
        assert texts[statement.source][start : start + len(statement.quote)] == statement.quote
        assert statement.anchor_state == "ok" and statement.anchor.start == start


def test_evidence_span_comes_from_the_rdf_selectors(seed_kg):
    """Each statement node carries oa: selectors, read back into Evidence.span."""
    texts = {s.id: s.text for s in read_corpus(shipped_data_dir()).sources}
    found = seed_kg.statements()
    assert found
    for *_, evidence in found:
        start, end = evidence.span
        assert texts[evidence.source_id][start:end] == evidence.quote
    count = list(seed_kg.store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?s oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?e ; "
        "oa:prefix ?p ; oa:suffix ?x . ?s oa:hasSelector ?t . ?t a oa:TextPositionSelector ; oa:start ?a ; oa:end ?b }",
        prefixes={"oa": "http://www.w3.org/ns/oa#"}))
    assert int(count[0]["n"].value) == len(read_corpus(shipped_data_dir()).statements)


def test_an_older_file_without_anchor_columns_still_reads(mini):
    """No anchor columns: anchors are found on reading, validate notes they are not written, --fix writes them."""
    assert "quote_start" not in (MINI / "statements.csv").read_text(encoding="utf-8")
    corpus = read_corpus(mini)
    assert {s.anchor_state for s in corpus.statements} == {"missing"}
    assert corpus.statements[0].anchor == Anchor(0, 42, "", "Bob Sample, a former Whig who j")
    notes = []
    assert validate(mini, note=notes.append) == []  # still valid: the anchors are found on reading
    assert len(notes) == 1 and "4 quote(s) have no anchor written yet" in notes[0] and "--fix" in notes[0]
    fixes = fix_anchors(mini)
    assert fixes.missing == (2, 3, 4, 5) and not fixes.shifted and not fixes.lost
    assert [r["quote_start"] for r in _raw_rows(mini)] == ["0", "43", "92", "92"]
    assert validate(mini) == []


def test_a_bad_quote_start_is_a_data_error(data_copy):
    """quote_start must be a character offset."""
    replace_once(data_copy / "statements.csv", ",17,date 2022-08-02,", ",seventeen,date 2022-08-02,")
    with pytest.raises(DataError, match="quote_start 'seventeen' is not a character offset"):
        read_corpus(data_copy)


def test_inserted_line_shifts_anchors_and_fix_repairs_them(cli, data_copy):
    """A line inserted before a quote: validate reports the shift, --fix repairs it, validate passes."""
    statement = read_corpus(data_copy).statements[0]
    source = next(s for s in read_corpus(data_copy).sources if s.id == statement.source)
    text_path = data_copy / "sources" / source.file
    text = text_path.read_text(encoding="utf-8")
    line_start = text.rfind("\n", 0, statement.anchor.start) + 1
    text_path.write_text(text[:line_start] + "An editor's note, added later.\n" + text[line_start:], encoding="utf-8")
    moved = sum(r.source == statement.source for r in read_corpus(data_copy).statements)

    result = cli("validate", "--data", str(data_copy))
    assert result.exit_code == 1
    shifted = [line for line in result.stdout.splitlines() if "quote anchor shifted" in line]
    assert len(shifted) == moved and "--fix repairs it" in shifted[0]

    result = cli("validate", "--data", str(data_copy), "--fix", "-f", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["valid"] and len(document["fixed"]["shifted"]) == moved
    assert "repaired a shifted quote anchor" in result.stderr
    after = read_corpus(data_copy).statements[0]
    assert after.anchor_state == "ok" and after.anchor.start == statement.anchor.start + 31
    assert cli("validate", "--data", str(data_copy)).exit_code == 0


def test_a_lost_quote_cannot_be_fixed(cli, data_copy):
    """A quote no longer in its text is reported, and --fix says it cannot repair it."""
    statement = read_corpus(data_copy).statements[0]
    source = next(s for s in read_corpus(data_copy).sources if s.id == statement.source)
    replace_once(data_copy / "sources" / source.file, statement.quote, statement.quote.upper())
    result = cli("validate", "--data", str(data_copy), "--fix")
    assert result.exit_code == 1
    assert "cannot fix" in result.stderr and "--fix cannot repair that" in result.stdout


def test_imported_and_ingested_rows_are_anchored(tmp_path, data_copy, seed_kg):
    """kg import and kg ingest write each quote's anchor with the row."""
    from graph.importers.run import import_files

    data = tmp_path / "imported"
    (tmp_path / "e2020.csv").write_text(E2020, encoding="utf-8")
    (tmp_path / "switches.csv").write_text(SWITCHES, encoding="utf-8")
    import_files([tmp_path / "e2020.csv", tmp_path / "switches.csv"], data)
    assert all(r["quote_start"] for r in _raw_rows(data))
    assert {s.anchor_state for s in read_corpus(data).statements} == {"ok"}

    article = parse_article("date: 2022-08-09\n\nFormer Gov. Nina Park endorsed Rep. Karen Bass on Tuesday.\n", "park.txt")
    extractor = Extractor(seed_kg.entities())
    assert ingest_article(data_copy, article, extractor.extract(article), version=extractor.version).statements
    rows = [r for r in _raw_rows(data_copy) if r["source"] == "park"]
    assert rows and all(r["quote_start"] for r in rows)
    assert {s.anchor_state for s in read_corpus(data_copy).statements} == {"ok"}


def test_shapes_check_the_selectors():
    """ontology/shapes.ttl: a selector without its offsets, or with a negative one, is a violation."""
    from graph.knowledge_graph import KnowledgeGraph
    from graph.resources import ontology_dir
    from graph.shacl import constraints, violations

    oa = "http://www.w3.org/ns/oa#"
    bad = (f'<urn:x:p> a <{oa}TextPositionSelector> ; <{oa}start> "-1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
           f'<urn:x:q> a <{oa}TextQuoteSelector> ; <{oa}exact> "Bob won." .\n')
    store = KnowledgeGraph.from_ntriples("").store  # the ontology alone
    store.load(bad.encode(), format=ox.RdfFormat.TURTLE)
    found = {(v.focus, v.path.rsplit("#", 1)[-1]) for v in violations(store, constraints(ontology_dir() / "shapes.ttl"))
             if v.focus.startswith("urn:x:")}
    assert found == {("urn:x:p", "start"), ("urn:x:p", "end"), ("urn:x:q", "prefix"), ("urn:x:q", "suffix")}


def test_fix_with_nothing_to_fix_writes_nothing(cli, tmp_path):
    """kg validate --fix on valid anchors (the shipped corpus, read-only) neither writes nor locks."""
    result = cli("validate", "--fix")
    assert result.exit_code == 0, result.output
    assert not (shipped_data_dir() / ".kg").exists()
