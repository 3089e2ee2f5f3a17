"""Evidence that reads like a citation: an imported statement cites dataset, row and the fields
that state it, in one line, with the row's URL; consecutive terms read as one period with its
parts, in kg show and kg path alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.datafiles import read_corpus
from graph.importers.run import import_files
from graph.model import Evidence
from graph.render import periods
from graph.validate import validate

from .test_importers import E2020, SWITCHES

LEGISLATOR = """- id:
    bioguide: S001191
    wikidata: Q1556541
  name:
    first: Kyrsten
    last: Sinema
  terms:
  - type: rep
    start: '2013-01-03'
    end: '2015-01-03'
    state: AZ
    district: 9
    party: Democrat
    phone: 202-225-9888
    fax: 202-225-9731
    address: 1237 Longworth HOB; Washington DC 20515-0309
  - type: rep
    start: '2015-01-06'
    end: '2017-01-03'
    state: AZ
    district: 9
    party: Democrat
    phone: 202-225-9888
  - type: sen
    start: '2019-01-03'
    end: '2025-01-03'
    state: AZ
    party: Independent
    party_affiliations:
    - start: '2019-01-03'
      end: '2022-12-08'
      party: Democrat
    - start: '2022-12-09'
      end: '2025-01-03'
      party: Independent
"""
PRIMARY = """Candidate,State,Primary Date,Office,District,Trump,Trump Date,Club for Growth
Ann Able,Arizona,8/2/22,Representative,6,Yes,5/1/22,No
Bo Baker,Arizona,8/2/22,Representative,6,No,N/A,Yes
"""
ENDORSEMENTDB = """endorser,endorser_description,is_person,stance,target,date,source_url,source_name,quote,context
Walter Mondale,"Vice President, phone 555",True,Endorses,Clinton,2007-11-04,https://example.org/mondale,The Post,"America is ready for change.",
"""

CASES = [
    ("e2020.csv", E2020, "Kyrsten Sinema", "endorsed",
     "FiveThirtyEight 2020 endorsements, row 2: Kyrsten Sinema (Senator, AZ) endorsed Joe Biden, 2020-03-04",
     "https://example.org/sinema"),
    ("switches.csv", SWITCHES, "Kyrsten Sinema", "party_switch",
     "congress-legislators party switches, row 2: Kyrsten Sinema (U.S. Senate, AZ) switched from Democrat to Independent, 2022-12-09",
     None),
    ("legislators-current.yaml", LEGISLATOR, "Kyrsten Sinema", "member_of",
     "congress-legislators, line 8: Kyrsten Sinema, Democrat, Representative for AZ-9, 2013-01-03 to 2015-01-03", None),
    ("legislators-current.yaml", LEGISLATOR, "Kyrsten Sinema", "party_switch",
     "congress-legislators, line 33: Kyrsten Sinema, Democrat to Independent, 2022-12-09, Senator for AZ", None),
    ("primary-project-2022_rep_candidates.csv", PRIMARY, "Donald Trump", "endorsed",
     "FiveThirtyEight 2022 Republican primary candidates, row 2: Donald Trump endorsed Ann Able (Trump: Yes, 2022-05-01)",
     None),
    ("primary-project-2022_rep_candidates.csv", PRIMARY, "Ann Able", "rival_of",
     "FiveThirtyEight 2022 Republican primary candidates, rows 2 and 3: Ann Able and Bo Baker, candidates in the "
     "2022 Arizona Republican primary for U.S. House, district 6", None),
    ("endorsementdb.csv", ENDORSEMENTDB, "Walter Mondale", "endorsed",
     'EndorsementDB 2016, row 2: Walter Mondale endorses Hillary Clinton, 2007-11-04: "America is ready for change."',
     "https://example.org/mondale"),
]


@pytest.mark.parametrize(("name", "text", "subject", "relation", "quote", "url"), CASES,
                         ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_imported_statements_cite_dataset_row_and_fields(tmp_path: Path, name, text, subject, relation, quote, url) -> None:
    """Each importer's quote: one line naming dataset, row and the fields that state the relationship."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    data = tmp_path / "data"
    import_files([path], data)
    corpus = read_corpus(data)
    labels = {e.id: e.label for e in corpus.entities}
    quotes = [s.quote for s in corpus.statements if labels[s.subject] == subject and s.relation == relation]
    assert quote in quotes, quotes
    assert all("\n" not in q and "phone" not in q and "fax" not in q and "Longworth" not in q for q in quotes)
    if url:
        (statement,) = [s for s in corpus.statements if s.quote == quote]
        assert {s.url for s in corpus.sources if s.id == statement.source} == {url}
    assert validate(data) == []  # each citation is verbatim in its source's text


def _ev(date: str, end: str, source: str = "legislators", status: str = "asserted") -> Evidence:
    return Evidence("congress-legislators", source, f"term {date}", date, end_date=end, status=status, method="imported:x#1")


@pytest.mark.parametrize(
    ("evidence", "runs"),
    [
        ([_ev("2013-01-03", "2015-01-03"), _ev("2015-01-06", "2017-01-03"), _ev("2017-01-03", "2019-01-03")], [3]),
        ([_ev("2013-01-03", "2015-01-03"), _ev("2017-01-03", "2019-01-03")], [1, 1]),  # a gap of two years
        ([_ev("2013-01-03", "2015-01-03"), _ev("2015-01-06", "2017-01-03", source="other")], [1, 1]),
        ([_ev("2013-01-03", "2015-01-03"), _ev("2015-01-06", "2017-01-03", status="disputed")], [1, 1]),
        ([_ev("2013-01-03", "2015-01-03"), _ev("2015-01-06", ""), _ev("2017-01-03", "2019-01-03")], [1, 1, 1]),  # an open one ends a run
    ],
)
def test_consecutive_terms_make_one_period(evidence, runs) -> None:
    """Terms of one source following each other within a month are one period; gaps and other sources are not."""
    assert [len(run) for run in periods(evidence)] == runs


def test_show_and_path_read_terms_as_one_period(cli, tmp_path: Path) -> None:
    """kg show and kg path print the same period line, then its parts, and no YAML."""
    path = tmp_path / "legislators-current.yaml"
    path.write_text(LEGISLATOR, encoding="utf-8")
    data = tmp_path / "data"
    assert cli("init", str(data), "--seed").exit_code == 0
    assert cli("import", "--data", str(data), str(path)).exit_code == 0
    period = "2013-01-03 to 2017-01-03, 2 terms · https://github.com/unitedstates/congress-legislators:"
    part = "congress-legislators, line 17: Kyrsten Sinema, Democrat, Representative for AZ-9, 2015-01-06 to 2017-01-03"
    shown = cli("show", "sinema", "--data", str(data)).stdout
    found = cli("path", "sinema", "democratic party", "--data", str(data), "--max-hops", "1").stdout
    for out in (shown, found):
        assert period in out and part in out, out
        assert "phone" not in out and "- type:" not in out
