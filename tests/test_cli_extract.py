"""kg init, extract, ingest and eval through typer's CliRunner."""

import csv
import io
import json

from graph.datafiles import read_corpus

from .conftest import TESTS

ARTICLE = (
    "title: Park backs Bass\ndate: 2022-08-09\n\n"
    "Former Gov. Nina Park endorsed Rep. Karen Bass on Tuesday.\n"
    "Billionaire Carl Moe threw his support behind Rick Caruso.\n"
    "Tom Hale declined to endorse Karen Bass.\n"
)


def _article(tmp_path, name="park.txt", text=ARTICLE):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extract_csv_has_the_documented_header(cli, tmp_path):
    """csv: subject,relation,object,date,source,quote,rule,confidence; asserted candidates only."""
    result = cli("extract", str(_article(tmp_path)), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["subject", "relation", "object", "date", "source", "quote", "rule", "confidence"]
    assert ["Nina Park", "endorsed", "Karen Bass", "2022-08-09", "park",
            "Former Gov. Nina Park endorsed Rep. Karen Bass on Tuesday.", "endorsed.verb", "0.9"] in rows
    assert not any(r[0] == "Tom Hale" for r in rows)


def test_extract_json_and_table(cli, tmp_path):
    """json carries every candidate with its status and whether entities are new; table marks them."""
    path = _article(tmp_path)
    document = json.loads(cli("extract", str(path), "-f", "json").stdout)
    declined = next(c for c in document if c["subject"]["label"] == "Tom Hale")
    assert declined["status"] == "negated" and declined["subject"]["new"] is True
    table = cli("extract", str(path)).stdout
    assert "Carl Moe* —endorsed→ Rick Caruso" in table and "Tom Hale* —endorsed (negated)→ Karen Bass" in table
    assert "* new entity" in table


def test_extract_writes_nothing_and_reports_unreadable_files(cli, tmp_path):
    """An unreadable file is named and gives exit 9; the others are still extracted."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = cli("extract", str(empty), str(_article(tmp_path)), "-f", "csv")
    assert result.exit_code == 9
    assert "empty.txt: is empty" in result.stderr and "Nina Park" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "park.txt", "store"]


def test_ingest_refuses_the_shipped_corpus(cli, tmp_path):
    result = cli("ingest", str(_article(tmp_path)))
    assert result.exit_code == 10 and "kg init" in result.stderr


def test_init_then_ingest_then_reingest(cli, tmp_path):
    """kg init --seed, kg ingest (accepted above the threshold, store rebuilt), and again: nothing new."""
    data = tmp_path / "data"
    assert cli("init", str(data), "--seed").exit_code == 0
    path = _article(tmp_path)
    result = cli("ingest", str(path), "--data", str(data), "--accept-above", "0.8")
    assert result.exit_code == 0, result.stderr
    assert "added as source park" in result.stderr and "rebuilt" in result.stderr
    rows = [s for s in read_corpus(data).statements if s.source == "park"]
    assert {(r.subject, r.relation, r.object, r.status) for r in rows} == {
        ("nina-park", "endorsed", "karen-bass", "asserted"),
        ("carl-moe", "endorsed", "rick-caruso", "asserted"),
        ("tom-hale", "endorsed", "karen-bass", "negated"),
    }
    shown = cli("show", "nina park", "--data", str(data))
    assert shown.exit_code == 0 and "Karen Bass" in shown.stdout
    again = cli("ingest", str(path), "--data", str(data))
    assert again.exit_code == 0 and "already there as source park; 0 statement(s)" in again.stderr
    assert cli("validate", "--data", str(data)).exit_code == 0


def test_ingest_review_accepts_rejects_and_edits(cli, tmp_path):
    """--review: accept the first, reject the second, edit the third's relation (a bad one first)."""
    data = tmp_path / "data"
    cli("init", str(data), "--seed")
    answers = "a\nr\ne\nmember_of\ne\nrival_of\na\n"
    result = cli("ingest", str(_article(tmp_path)), "--data", str(data), "--review", input=answers)
    assert result.exit_code == 0, result.stderr
    assert "member_of needs an object of type PoliticalParty" in result.stderr
    rows = {(r.subject, r.relation, r.object) for r in read_corpus(data).statements if r.source == "park"}
    assert rows == {("nina-park", "endorsed", "karen-bass"), ("tom-hale", "rival_of", "karen-bass")}


def test_ingest_review_quit_keeps_what_was_accepted(cli, tmp_path):
    data = tmp_path / "data"
    cli("init", str(data))
    result = cli("ingest", str(_article(tmp_path)), "--data", str(data), "--review", input="a\nq\n")
    assert result.exit_code == 0, result.stderr
    assert len(read_corpus(data).statements) == 1


def test_ingest_rejects_a_bad_threshold(cli, tmp_path):
    result = cli("ingest", str(_article(tmp_path)), "--accept-above", "2", "--data", str(tmp_path))
    assert result.exit_code == 2 and "between 0 and 1" in result.stderr


def test_eval_on_the_seed_gold(cli):
    """kg eval prints scores per relation, overall, misses and false hits; json has the same."""
    from graph.resources import shipped_data_dir

    articles = [str(p) for p in sorted((shipped_data_dir() / "sources").glob("*.txt"))]
    gold = str(TESTS / "fixtures" / "seed_relations_gold.csv")
    result = cli("eval", gold, *articles)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("relation") and "overall" in result.stdout and "misses (" in result.stdout
    document = json.loads(cli("eval", gold, *articles, "--format", "json").stdout)
    assert document["overall"]["recall"] >= 0.95 and document["denied_hits"] == []


def test_eval_with_a_missing_gold_file(cli, tmp_path):
    result = cli("eval", str(tmp_path / "nope.csv"), str(_article(tmp_path)))
    assert result.exit_code == 6 and "gold file not found" in result.stderr
