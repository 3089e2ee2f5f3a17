"""graph.news as a library: kg ingest's workflow (ingest_files) and kg eval over several gold
files, with negatives and ambiguous rows (plan, Evaluation, evaluate_corpora)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.datafiles import read_corpus
from graph.errors import InvalidArgument, ReadOnlyData
from graph.news import Extractor, parse_article
from graph.news.evaluate import AMBIGUOUS, DENIED, NameKeys, evaluate_corpora, plan
from graph.news.ingest import accept_above, ingest_files
from graph.news.model import Candidate, EntityRef
from graph.resources import shipped_data_dir

from .conftest import SHARED, needs_shared

GOLD_HEADER = "article,subject,relation,object,explicitness,evidence\n"
WHY_HEADER = "article,subject,relation,object,why\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _corpus(folder: Path, gold: str, *, negatives: str | None = None, ambiguous: str | None = None,
            articles: tuple[str, ...] = ("01",)) -> Path:  # fmt: skip
    """A corpus folder: gold_relations.csv (rows after the header), optional negatives.csv and
    ambiguous.csv, and tiny articles."""
    _write(folder / "gold_relations.csv", GOLD_HEADER + gold)
    if negatives is not None:
        _write(folder / "negatives.csv", WHY_HEADER + negatives)
    if ambiguous is not None:
        _write(folder / "ambiguous.csv", WHY_HEADER + ambiguous)
    for stem in articles:
        _write(folder / f"{stem}.txt", f"title: {stem}\n\nSomeone said something about article {stem}.\n")
    return folder


def _person(name: str) -> EntityRef:
    return EntityRef(name.lower().replace(" ", "-"), name, "Politician", True)


def _said(article: str, subject: str, relation: str, object_: str) -> Candidate:
    return Candidate(_person(subject), relation, _person(object_), article, "quote", "rule.x", 0.9)


class _Extracted:
    """The extractor's output for articles of the tmp corpora: candidates by (folder, stem)."""

    def __init__(self, found: dict[tuple[str, str], list[tuple[str, str, str]]]) -> None:
        self.found = found

    def __call__(self, files: list[Path]):
        for path in files:
            article = parse_article(path.read_text(encoding="utf-8"), path)
            triples = self.found.get((path.parent.name, path.stem), [])
            yield article, [_said(article.id, *t) for t in triples]


# --- scoring with negatives and ambiguous rows ---------------------------------------------

SCORING = [
    # (why, negatives rows, ambiguous rows, produced) -> (predicted, correct, denied, ambiguous, false hits)
    ("a gold row found", "", "", [("Ann Lee", "endorsed", "Bob Ray")], (1, 1, 0, 0, 0)),
    ("a negatives row produced is a denied hit and a false hit",
     "01,Cy Doe,endorsed,Bob Ray,denied: would not endorse\n", "", [("Cy Doe", "endorsed", "Bob Ray")], (1, 0, 1, 0, 1)),
    ("a negatives row not produced counts nowhere", "01,Cy Doe,endorsed,Bob Ray,denied: no\n", "", [], (0, 0, 0, 0, 0)),
    ("an ambiguous row produced counts neither way", "",
     "01,Ann Lee,advised,Bob Ray,government post\n", [("Ann Lee", "advised", "Bob Ray")], (0, 0, 0, 1, 0)),
    ("an ambiguous row matches a symmetric relation either way", "",
     "01,Bob Ray,rival_of,Ann Lee,headline only\n", [("Ann Lee", "rival_of", "Bob Ray")], (0, 0, 0, 1, 0)),
    ("a row both gold and ambiguous is found", "",
     "01,Ann Lee,endorsed,Bob Ray,either\n", [("Ann Lee", "endorsed", "Bob Ray")], (1, 1, 0, 0, 0)),
    ("a row both negative and ambiguous stays a denied hit", "01,Cy Doe,endorsed,Bob Ray,denied: no\n",
     "01,Cy Doe,endorsed,Bob Ray,either\n", [("Cy Doe", "endorsed", "Bob Ray")], (1, 0, 1, 0, 1)),
    ("an ambiguous row of another article does not excuse", "",
     "02,Ann Lee,advised,Bob Ray,either\n", [("Ann Lee", "advised", "Bob Ray")], (1, 0, 0, 0, 1)),
]


@pytest.mark.parametrize(("why", "negatives", "ambiguous", "produced", "expected"), SCORING, ids=[c[0] for c in SCORING])
def test_negatives_and_ambiguous_rows(tmp_path, why, negatives, ambiguous, produced, expected):
    """negatives.csv rows produced are denied hits; ambiguous.csv rows produced count neither way."""
    gold = "01,Ann Lee,endorsed,Bob Ray,explicit,\n01,Ann Lee,advised,Cy Doe,explicit,\n01,Ann Lee,rival_of,Dee Fox,explicit,\n"
    folder = _corpus(tmp_path / "dev2", gold, negatives=negatives, ambiguous=ambiguous, articles=("01", "02"))
    evaluation = plan([folder])
    report = evaluation.score(_Extracted({("dev2", "01"): produced})(evaluation.files), NameKeys({}))
    overall = report.overall
    got = (overall.predicted, overall.correct, len(report.denied_hits), len(report.ambiguous_hits), len(report.false_hits))
    assert got == expected
    assert overall.gold == 3  # negatives and ambiguous rows are never gold


# --- which gold file scores which article --------------------------------------------------


def _layout(tmp_path: Path) -> dict[str, Path]:
    dev = _corpus(tmp_path / "dev", "01,Ann Lee,endorsed,Bob Ray,explicit,\n")
    dev2 = _corpus(tmp_path / "dev2", "01,Cy Doe,endorsed,Dee Fox,explicit,\n", negatives="01,Ann Lee,endorsed,Bob Ray,denied: no\n",
                   ambiguous="", articles=("01", "07"))  # fmt: skip
    other = _write(tmp_path / "other" / "01.txt", "Nothing here.\n")
    elsewhere = _write(tmp_path / "elsewhere" / "gold.csv", GOLD_HEADER + "01,Ann Lee,endorsed,Bob Ray,explicit,\n")
    return {"dev": dev, "dev2": dev2, "other": other, "elsewhere": elsewhere, "tmp": tmp_path}


PLANS = [
    # (why, paths) -> [(article, gold file's folder)], gold files read (names)
    ("the old form: a gold file and articles elsewhere", ["elsewhere/gold.csv", "other/01.txt"],
     [("other/01.txt", "elsewhere")], [["gold.csv"]]),
    ("a gold file by path reads negatives.csv and ambiguous.csv beside it", ["dev2/gold_relations.csv", "dev2/07.txt"],
     [("dev2/07.txt", "dev2")], [["gold_relations.csv", "negatives.csv", "ambiguous.csv"]]),
    ("two corpus folders", ["dev", "dev2"],
     [("dev/01.txt", "dev"), ("dev2/01.txt", "dev2"), ("dev2/07.txt", "dev2")],
     [["gold_relations.csv"], ["gold_relations.csv", "negatives.csv", "ambiguous.csv"]]),
    ("an article goes to the gold file of its own folder", ["dev/gold_relations.csv", "dev2/gold_relations.csv", "dev2/01.txt", "dev/01.txt"],
     [("dev2/01.txt", "dev2"), ("dev/01.txt", "dev")], [["gold_relations.csv"], ["gold_relations.csv", "negatives.csv", "ambiguous.csv"]]),
    ("a folder and its own gold file and article given again count once", ["dev", "dev/gold_relations.csv", "dev/01.txt"],
     [("dev/01.txt", "dev")], [["gold_relations.csv"]]),
]


@pytest.mark.parametrize(("why", "paths", "articles", "files"), PLANS, ids=[c[0] for c in PLANS])
def test_plan_assigns_articles_to_gold_files(tmp_path, why, paths, articles, files):
    """Gold CSV files, corpus folders and articles in any mix; each article with its folder's gold."""
    _layout(tmp_path)
    evaluation = plan([tmp_path / p for p in paths])
    got = [(str(path.relative_to(tmp_path)), evaluation.golds[i].gold.parent.name) for path, i in evaluation.articles]
    assert got == articles
    assert [[f.name for f in g.files] for g in evaluation.golds] == files


BAD_PLANS = [
    ("no gold file", ["dev/01.txt"], "no gold file"),
    ("an article outside the folders of two gold files", ["dev", "dev2", "other/01.txt"], "no gold file given in its folder"),
    ("a negatives file given as the gold", ["dev2/negatives.csv", "dev2/01.txt"], "read beside it"),
    ("a folder without gold_relations.csv", ["other"], "does not"),
    ("two articles of one name against one gold file", ["elsewhere/gold.csv", "other/01.txt", "dev/01.txt"], "would both be article '01'"),
    ("a gold file and no article", ["elsewhere/gold.csv"], "no article to score"),
]


@pytest.mark.parametrize(("why", "paths", "message"), BAD_PLANS, ids=[c[0] for c in BAD_PLANS])
def test_plan_refuses_what_is_unclear(tmp_path, why, paths, message):
    """What kg eval cannot score unambiguously is an InvalidArgument that says why."""
    _layout(tmp_path)
    with pytest.raises(InvalidArgument, match=message):
        plan([tmp_path / p for p in paths])


def test_articles_of_two_corpora_never_mix(tmp_path):
    """dev/01 and dev2/01 are scored against their own gold rows and named apart in the report."""
    layout = _layout(tmp_path)
    evaluation = plan([layout["dev"], layout["dev2"]])
    # each 01 produces the other corpus's gold row: both are false hits, both gold rows missed
    extracted = _Extracted({("dev", "01"): [("Cy Doe", "endorsed", "Dee Fox")], ("dev2", "01"): [("Ann Lee", "endorsed", "Bob Ray")]})
    report = evaluation.score(extracted(evaluation.files), NameKeys({}))
    assert (report.overall.gold, report.overall.correct) == (2, 0)
    assert sorted(g.article for g in report.misses) == ["dev/01", "dev2/01"]
    assert sorted(c.source for c in report.false_hits) == ["dev/01", "dev2/01"]
    assert [(g.article, g.subject) for g, _ in report.denied_hits] == [("dev2/01", "Ann Lee")]  # dev2's negative only


def test_one_gold_file_keeps_article_names_as_they_were(tmp_path):
    """With one gold file, articles are named by their stem alone, as before."""
    layout = _layout(tmp_path)
    evaluation = plan([layout["dev"]])
    report = evaluation.score(_Extracted({})(evaluation.files), NameKeys({}))
    assert [g.article for g in report.misses] == ["01"]


def test_relations_are_scored_per_gold_file(tmp_path):
    """A gold file that never annotates a relation does not judge it: unscored there, scored elsewhere."""
    dev = _corpus(tmp_path / "dev", "01,Ann Lee,endorsed,Bob Ray,explicit,\n")
    dev2 = _corpus(tmp_path / "dev2", "01,Ann Lee,advised,Bob Ray,explicit,\n")
    evaluation = plan([dev, dev2])
    both = [("Ann Lee", "advised", "Bob Ray"), ("Ann Lee", "endorsed", "Bob Ray")]
    report = evaluation.score(_Extracted({("dev", "01"): both, ("dev2", "01"): both})(evaluation.files), NameKeys({}))
    assert report.unscored == {"advised": 1, "endorsed": 1}
    assert (report.overall.predicted, report.overall.correct, report.false_hits) == (2, 2, ())


class _FakeExtractor:
    """Reads nothing into the text: produces what `found` says per (folder, stem)."""

    version = "test"

    def __init__(self, found, index) -> None:
        self.found, self.index = found, index

    def extract_many(self, articles):
        for article in articles:
            triples = self.found.get((article.path.parent.name, article.path.stem), [])
            yield article, [_said(article.id, *t) for t in triples]


def test_evaluate_corpora_scores_the_stems_given(tmp_path, seed_kg):
    """evaluate_corpora: each folder restricted to the stems given (None: all); an unknown stem is refused."""
    dev = _corpus(tmp_path / "dev", "01,Ann Lee,endorsed,Bob Ray,explicit,\n02,Cy Doe,endorsed,Bob Ray,explicit,\n",
                  articles=("01", "02"))  # fmt: skip
    dev2 = _corpus(tmp_path / "dev2", "01,Ann Lee,advised,Bob Ray,explicit,\n")
    extractor = _FakeExtractor({("dev", "02"): [("Cy Doe", "endorsed", "Bob Ray")]}, Extractor(seed_kg.entities()).index)
    seen = []
    report = evaluate_corpora(extractor, [(dev, {"02"}), (dev2, None)], progress=seen.append)
    assert sorted(a.path.relative_to(tmp_path).as_posix() for a in seen) == ["dev/02.txt", "dev2/01.txt"]
    assert (report.overall.gold, report.overall.correct) == (2, 1)
    assert [g.article for g in report.misses] == ["dev2/01"]
    with pytest.raises(InvalidArgument, match="no article 03"):
        evaluate_corpora(extractor, [(dev, {"01", "03"})])


# --- kg eval -------------------------------------------------------------------------------

PARK = "title: Park backs Bass\ndate: 2022-08-09\n\nFormer Gov. Nina Park endorsed Rep. Karen Bass on Tuesday.\n"


def test_kg_eval_over_two_corpus_folders(cli, tmp_path):
    """kg eval DIR DIR: the files read on stderr, articles named dev2/01, ambiguous count; json likewise."""
    dev = _corpus(tmp_path / "dev", "01,Karen Bass,rival_of,Zed Quill,explicit,\n")
    dev2 = _corpus(tmp_path / "dev2", "01,Zed Quill,endorsed,Karen Bass,explicit,\n",
                   negatives="01,Nina Park,endorsed,Karen Bass,denied: for the test\n", ambiguous="")  # fmt: skip
    _write(dev2 / "01.txt", PARK)
    result = cli("eval", str(dev), str(dev2))
    assert result.exit_code == 0, result.stderr
    assert f"kg: gold: {dev2 / 'gold_relations.csv'}, {dev2 / 'negatives.csv'}, {dev2 / 'ambiguous.csv'}" in result.stderr
    assert "  dev/01: Karen Bass —rival_of→ Zed Quill" in result.stdout
    assert "  dev2/01: Zed Quill —endorsed→ Karen Bass" in result.stdout
    assert "ambiguous readings produced (counted neither way): 0" in result.stdout
    document = json.loads(cli("eval", str(dev), str(dev2), "-f", "json").stdout)
    assert sorted(m["article"] for m in document["misses"]) == ["dev/01", "dev2/01"]
    assert document["ambiguous_produced"] == 0 and document["overall"]["gold"] == 2
    assert set(document) == {"relations", "overall", "unscored", "ambiguous_produced", "misses", "false_hits", "denied_hits"}


def test_kg_eval_refuses_an_article_without_its_gold(cli, tmp_path):
    """An article whose gold file cannot be told: exit 2, naming it."""
    layout = _layout(tmp_path)
    result = cli("eval", str(layout["dev"]), str(layout["dev2"]), str(layout["other"]))
    assert result.exit_code == 2 and "no gold file given in its folder" in result.stderr


@needs_shared()
def test_real_dev_and_dev2_corpora(seed_kg):
    """../shared/corpus/dev and dev2 together: both scored, articles keyed apart, negatives read."""
    corpora = [SHARED / "corpus" / "dev", SHARED / "corpus" / "dev2"]
    evaluation = plan(corpora)
    assert [f.name for f in evaluation.golds[1].files] == ["gold_relations.csv", "negatives.csv", "ambiguous.csv"]
    wanted = {}
    for label, gold in zip(("dev", "dev2"), evaluation.golds):
        for g in gold.rows:
            if g.explicitness not in (DENIED, AMBIGUOUS):
                wanted.setdefault(f"{label}/{g.article}", set()).add((g.subject, g.relation, g.object))
    assert {"dev/01", "dev2/01"} <= set(wanted)
    report = evaluate_corpora(Extractor(seed_kg.entities()), [(c, None) for c in corpora])
    assert report.overall.gold == sum(len(rows) for rows in wanted.values())
    assert all((g.subject, g.relation, g.object) in wanted[g.article] for g in report.misses)
    named = [g.article for g in report.misses] + [c.source for c in report.false_hits] + [g.article for g, _ in report.denied_hits]
    assert named and all(n.split("/")[0] in ("dev", "dev2") for n in named)


# --- kg ingest's workflow ------------------------------------------------------------------

ARTICLES = {
    "park.txt": PARK,
    "moe.txt": "title: Moe backs Caruso\ndate: 2022-08-10\n\nBillionaire Carl Moe threw his support behind Rick Caruso.\n",
}


def _articles(tmp_path: Path) -> list:
    return [parse_article(text, _write(tmp_path / "news" / name, text)) for name, text in ARTICLES.items()]


def test_ingest_files_writes_every_article_then_rebuilds(data_copy, tmp_path, seed_kg, capsys):
    """ingest_files: all articles extracted before the first choice, written in one change, the
    store rebuilt; again, nothing changes and nothing is rebuilt. It prints nothing."""
    extractor = Extractor(seed_kg.entities())
    events = []

    def choose(article, candidates):
        events.append(("choose", article.id))
        return accept_above(0.5)(article, candidates)

    report = ingest_files(data_copy, extractor, _articles(tmp_path), choose=choose, store_path=tmp_path / "store",
                          progress=lambda article: events.append(("extracted", article.id)))  # fmt: skip
    assert events == [("extracted", "park"), ("extracted", "moe"), ("choose", "park"), ("choose", "moe")]
    assert [(a.id, r.source_added, r.statements > 0) for a, r in report.articles] == [("park", True, True), ("moe", True, True)]
    assert report.rebuilt is not None and report.rebuilt.statements > 0 and (tmp_path / "store").exists()
    assert {"park", "moe"} <= {s.source for s in read_corpus(data_copy).statements}
    again = ingest_files(data_copy, extractor, _articles(tmp_path), choose=accept_above(0.5), store_path=tmp_path / "store")
    assert [r.source_added for _, r in again.articles] == [False, False] and again.rebuilt is None
    assert capsys.readouterr() == ("", "")


def test_ingest_files_stops_where_the_choice_says(data_copy, tmp_path, seed_kg):
    """A choice that says stop: its accepted candidates are written, the articles after it are not."""
    extractor = Extractor(seed_kg.entities())
    report = ingest_files(data_copy, extractor, _articles(tmp_path), choose=lambda article, candidates: (candidates[:1], True),
                          store_path=tmp_path / "store")  # fmt: skip
    assert [(a.id, r.statements) for a, r in report.articles] == [("park", 1)]
    assert "moe" not in {s.id for s in read_corpus(data_copy).sources}


@pytest.mark.parametrize("threshold", [-0.1, 1.5, float("nan")])
def test_accept_above_needs_a_probability(threshold):
    """accept_above refuses a threshold outside 0 to 1 (NaN included)."""
    with pytest.raises(InvalidArgument, match="between 0 and 1"):
        accept_above(threshold)


def test_ingest_files_refuses_the_shipped_corpus(tmp_path):
    """The shipped corpus is read-only, before anything is extracted."""
    extractor = _FakeExtractor({}, None)
    with pytest.raises(ReadOnlyData):
        ingest_files(shipped_data_dir(), extractor, iter(()), choose=accept_above(0.5), store_path=tmp_path / "store")
