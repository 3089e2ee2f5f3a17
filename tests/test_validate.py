"""kg validate: SHACL shapes plus verbatim quotes; every problem with file, line and entity."""

import csv

from graph.validate import validate


def _edit_statements(directory, edit):
    path = directory / "statements.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    edit(rows)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_shipped_data_is_valid():
    """The curated seed corpus passes every check."""
    from graph.resources import shipped_data_dir

    assert validate(shipped_data_dir()) == []


def test_broken_copy_reports_each_problem(data_copy):
    """A changed quote and two type errors are each reported with file, line and entity."""

    def edit(rows):
        rows[0]["quote"] = "Biden endorsed everyone"
        rows[1]["relation"], rows[1]["object"] = "member_of", "la-mayor-2022"
        rows[2]["relation"], rows[2]["object"] = "candidate_in", "joe-biden"

    _edit_statements(data_copy, edit)
    problems = validate(data_copy)
    by_line = {p.line: p for p in problems}
    assert set(by_line) == {2, 3, 4}
    assert "quote is not verbatim" in by_line[2].message and by_line[2].subject == "joe-biden endorsed karen-bass"
    assert "rdfs:range" in by_line[3].message and "la-mayor-2022" in by_line[3].message
    assert "rdfs:range" in by_line[4].message
    assert all(p.file.endswith("statements.csv") for p in problems)
    assert str(by_line[2]).startswith(f"{data_copy / 'statements.csv'}:2: [joe-biden endorsed karen-bass]")


def test_party_switch_to_the_same_party_is_caught(data_copy):
    """The SHACL rule that from-party and to-party differ."""

    def edit(rows):
        for row in rows:
            if row["relation"] == "party_switch":
                row["from_party"] = row["object"]

    _edit_statements(data_copy, edit)
    (problem,) = validate(data_copy)
    assert "party_switch" in problem.message and problem.subject == "rick-caruso party_switch democratic-party"


def test_malformed_file_is_one_problem(data_copy):
    """A data file that cannot be read is reported as such, not as a crash."""
    (data_copy / "entities.csv").write_text("id,label\n")
    (problem,) = validate(data_copy)
    assert problem.file.endswith("entities.csv") and problem.line == 1
