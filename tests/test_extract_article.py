"""graph.news.article: headers, Markdown, HTML, encodings, empty and huge files."""

import pytest

from graph.errors import ArticleError
from graph.news.article import article_id, parse_article, read_article


def test_header_lines_are_taken_off_the_text(tmp_path):
    """url/title/date/outlet lines fill the metadata; other header keys are kept but not text."""
    path = tmp_path / "Some Story.txt"
    path.write_text(
        "url: https://example.org/a\ntitle: Roe backs Doe\ndate: 2021-03 (approximate)\n"
        "outlet: Example News\nnotes: not article text\n\nSen. Jane Roe endorsed John Doe.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.id, article.url, article.title, article.date, article.outlet) == (
        "some-story", "https://example.org/a", "Roe backs Doe", "2021-03", "Example News",
    )
    assert article.text == "Sen. Jane Roe endorsed John Doe."
    assert article.header["notes"] == "not article text"


def test_text_without_header_is_all_text():
    """A first line that merely contains a colon is text, not a header."""
    article = parse_article("Why it matters: Roe endorsed Doe.\nMore text.", "x.txt")
    assert article.text.startswith("Why it matters:") and article.date == ""


def test_bad_header_values_are_dropped():
    """An invalid date or URL in the header is left empty rather than guessed."""
    article = parse_article("date: 2021-02-30\nurl: not a url\n\nText here.", "x.txt")
    assert article.date == "" and article.url == ""


def test_markdown_front_matter_and_title(tmp_path):
    """Markdown front matter works like a header; a '# ' first line gives the title."""
    path = tmp_path / "note.md"
    path.write_text("---\ndate: 2020-04-13\n---\n# Sanders backs Biden\n\nBody text.", encoding="utf-8")
    article = read_article(path)
    assert article.format == "markdown" and article.date == "2020-04-13"
    assert article.title == "Sanders backs Biden" and article.text.startswith("# Sanders")


def test_html_main_text_and_metadata(tmp_path):
    """HTML is reduced to its main text, offline; navigation and footer are left out."""
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Roe backs Doe</title><meta property='og:site_name' content='Example News'></head>"
        "<body><nav>Home | Politics | Sports</nav><article><h1>Roe backs Doe</h1>"
        "<p>Sen. Jane Roe endorsed Rep. John Doe on Tuesday in the race for governor of the state.</p>"
        "<p>Doe is vying with businessman Carl Moe, who has outspent him by a wide margin.</p>"
        "</article><footer>Copyright 2022 Example News</footer></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.format == "html" and article.title == "Roe backs Doe" and article.outlet == "Example News"
    assert "Sen. Jane Roe endorsed Rep. John Doe" in article.text
    assert "Copyright" not in article.text and "Sports" not in article.text


def test_latin1_is_decoded(tmp_path):
    """Text that is not UTF-8 is decoded with the detected encoding."""
    path = tmp_path / "latin.txt"
    sentence = "La sénatrice Hélène Dupré a soutenu le député José Núñez à la mairie de la ville. " * 4
    path.write_bytes(sentence.encode("latin-1"))
    article = read_article(path)
    assert article.encoding != "utf-8" and "Hélène Dupré" in article.text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"title: Only a header\ndate: 2022-01-01\n\n", "has no text after its header"),
        (b"\x00\x01\x02binary\x00", "binary file"),
    ],
)
def test_unreadable_articles_are_refused_with_a_reason(tmp_path, content, message):
    """Empty, header-only and binary files give an ArticleError that says why."""
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_article(path)


def test_undecodable_bytes_are_refused(tmp_path):
    """Bytes no encoding explains are refused with advice, not decoded into nonsense."""
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 8)
    with pytest.raises(ArticleError, match="not UTF-8"):
        read_article(path)


def test_huge_and_missing_files(tmp_path):
    """A file over the size limit is refused before it is read; a missing one is named."""
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(ArticleError, match="at most"):
        read_article(path, max_bytes=1000)
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "missing.txt")


def test_article_id_is_a_slug():
    """The id is the file stem as a slug."""
    assert article_id("News/Axios 2022-08-02.TXT") == "axios-2022-08-02"


WRAPPED = (
    "date: 2006-03-19\n\n"
    "In the hunt for campaign talent this spring, Sen. John Mack of Arizona \n"
    "(R-Ariz.) has bagged a big one, aides to the senator said on Friday.\n\n"
    "Terry Nolan, who served as national political director for President \n"
    "Bush's reelection race in 2004, has signed on as a senior adviser to \n"
    "Mack's political action committee, which he founded in early 2005.\n\n"
    "Nolan's formal role will be to make the most of the committee's reach \n"
    "among the party's donors and activists across the early states, a job \n"
    "that puts him at the center of the senator's preparations for 2008.\n"
)


def test_a_hard_wrapped_article_is_read_as_its_sentences():
    """Lines cut at a fixed width are joined within a paragraph (a space for each break: offsets stay)."""
    article = parse_article(WRAPPED, "wrapped.txt")
    assert "Sen. John Mack of Arizona  (R-Ariz.) has bagged" in article.text
    assert "\n\n" in article.text and len(article.text) == len(WRAPPED.split("\n\n", 1)[1].strip())


def test_lines_that_end_their_sentences_stay_lines():
    """An article with a paragraph per line, or headings, is left as it is."""
    text = "date: 2022-08-09\n\nHeadline of the story here\nFirst paragraph that ends with a full stop and says a lot.\nSecond one.\n"
    assert parse_article(text, "plain.txt").text == text.split("\n\n", 1)[1].strip()
