"""An article whose extraction fails (a fault of kg's met on its text) is reported with its path,
and the other articles of the batch are still extracted, by the library and by kg extract/ingest."""

import pytest

from graph.datafiles import read_corpus
from graph.errors import ExtractionError
from graph.news import Extractor
from graph.news.article import parse_article
from tests.conftest import us_parties

GOOD = "date: 2022-08-09\n\nFormer Gov. Nina Park endorsed Rep. Karen Bass on Tuesday.\n"
BAD = "date: 2022-08-09\n\nThe trap word BOOM is here, and Tom Hale endorsed Karen Bass.\n"


@pytest.fixture
def failing(monkeypatch):
    """Extraction fails on any article with BOOM in it, as a bug would."""
    candidates = Extractor._candidates

    def fragile(self, article, *args):
        if "BOOM" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return candidates(self, article, *args)

    monkeypatch.setattr(Extractor, "_candidates", fragile)


def test_the_other_articles_of_a_batch_are_still_extracted(failing):
    """With on_failure, the failing article goes to it (path and cause) and the others come out, in order."""
    extractor = Extractor(us_parties())
    articles = [parse_article(GOOD, "one.txt"), parse_article(BAD, "bad.txt"), parse_article(GOOD, "two.txt")]
    failures = []
    done = list(extractor.extract_many(articles, on_failure=failures.append))
    assert [a.id for a, _ in done] == ["one", "two"]
    assert all(("Nina Park", "Karen Bass") in {(c.subject.label, c.object.label) for c in found} for _, found in done)
    assert len(failures) == 1 and "bad" in str(failures[0]) and "RecursionError" in str(failures[0])


def test_without_a_handler_a_failure_is_raised_typed(failing):
    """ExtractionError, an ArticleError (exit 9 in the CLI), naming the article."""
    with pytest.raises(ExtractionError, match="bad"):
        Extractor(us_parties()).extract(parse_article(BAD, "bad.txt"))


def test_kg_extract_reports_the_failing_article_and_goes_on(cli, tmp_path, failing):
    """Exit 9, the article named on stderr; the other article's candidates on stdout."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    result = cli("extract", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "-f", "csv")
    assert result.exit_code == 9
    assert "bad.txt: extraction failed" in result.stderr and "could not be read or extracted" in result.stderr
    assert "Nina Park" in result.stdout and "Tom Hale" not in result.stdout


def test_kg_ingest_adds_the_other_articles(cli, tmp_path, failing):
    """The failing article is left out and named; the good one is ingested (exit 9)."""
    data = tmp_path / "data"
    assert cli("init", str(data), "--seed").exit_code == 0
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    result = cli("ingest", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "--data", str(data), "--accept-above", "0.8")
    assert result.exit_code == 9 and "bad.txt: extraction failed" in result.stderr
    sources = {s.source for s in read_corpus(data).statements}
    assert "good" in sources and "bad" not in sources
