"""Read a news article from a file: plain text or Markdown with an optional header, or HTML.

A header is a block of `key: value` lines at the top of the file (or Markdown front matter between
`---` lines) naming at least one of url, title, date and outlet; other keys are kept but unused.
HTML is reduced to its main text by trafilatura, offline. Bytes are decoded by graph.decoding
(UTF-8, per line when only some lines are not, else a guess), or refused when it cannot tell.

>>> article = parse_article("date: 2022-08-02\\noutlet: KABC\\n\\nBiden backed Bass.", "kabc.txt")
>>> article.id, article.date, article.outlet, article.text
('kabc', '2022-08-02', 'KABC', 'Biden backed Bass.')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date as _date
from pathlib import Path

from .. import decoding, slugs
from ..datafiles import field_fits
from ..decoding import Decoded
from ..errors import ArticleError

__all__ = ["Article", "read_article", "parse_article", "decode", "article_id", "MAX_BYTES"]

MAX_BYTES = 8 * 1024 * 1024  # far above any news article, HTML included
HEADER_KEYS = ("url", "title", "date", "outlet")

_HEADER_LINE = re.compile(r"([A-Za-z][\w-]{0,30}):[ \t]*(.*)")
_DATE_PREFIX = re.compile(r"\s*([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)(?![0-9])")
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+")
_HTML_START = re.compile(rb"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


@dataclass(frozen=True)
class Article:
    """One article: its id (the file stem as a slug), its text, and what its header or HTML says."""

    id: str
    text: str
    path: Path | None = None
    title: str = ""
    date: str = ""  # YYYY-MM-DD, YYYY-MM or YYYY, only when the source gives it
    url: str = ""
    outlet: str = ""
    format: str = "text"  # text, markdown or html
    encoding: str = "utf-8"
    header: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # what the reader should know (lines decoded as cp1252)


def article_id(path: Path | str) -> str:
    """The slug of a file's stem: 'Axios 2022-08-02.txt' -> 'axios-2022-08-02'."""
    try:
        return slugs.slug(Path(path).stem)
    except slugs.NoSlug:
        return "article"


def read_article(path: Path | str, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read and decode `path`; raises ArticleError when it is missing, empty, huge or not text."""
    path = Path(path)
    if not path.is_file():
        raise ArticleError(path, "no such file" if not path.exists() else "not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(
            path, f"is {size / 1e6:.1f} MB; kg reads articles of at most {max_bytes / 1e6:.0f} MB"
        )
    data = path.read_bytes()
    if not data.strip():
        raise ArticleError(path, "is empty")
    is_html = path.suffix.lower() in (".html", ".htm", ".xhtml") or bool(_HTML_START.match(data[:4096]))
    decoded = decode(data, path)
    article = _html_article(decoded.text, path, decoded.encoding) if is_html else (
        parse_article(decoded.text, path, encoding=decoded.encoding))
    return replace(article, warnings=(decoded.warning(),)) if decoded.legacy_lines else article


def decode(data: bytes, path: Path | str = "<bytes>") -> Decoded:
    """The article's text, by graph.decoding's rule; binary data is refused."""
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise ArticleError(path, "is a binary file, not text or HTML")
    try:
        return decoding.decode(data)
    except decoding.Undecodable as exc:
        raise ArticleError(path, f"{exc}; convert it first, e.g. `iconv -f latin1 -t utf-8 FILE > FILE.txt`") from None


def parse_article(text: str, path: Path | str, *, encoding: str = "utf-8") -> Article:
    """An Article from decoded plain text or Markdown, its header taken off the text."""
    path = Path(path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header, body = _split_header(text)
    body = _unwrapped(body.strip())
    if not body:
        raise ArticleError(path, "has no text after its header" if header else "is empty")
    markdown = path.suffix.lower() in (".md", ".markdown")
    title = header.get("title", "")
    if markdown and not title:
        first = body.splitlines()[0]
        if first.startswith("# "):
            title = first[2:].strip()
    return Article(
        id=article_id(path),
        text=body,
        path=path,
        title=title,
        date=_clean_date(header.get("date", "")),
        url=_clean_url(header.get("url", "")),
        outlet=header.get("outlet", ""),
        format="markdown" if markdown else "text",
        encoding=encoding,
        header=header,
    )


_TERMINAL = tuple('.!?:;"”’\'')
_BLOCK_START = re.compile(r"\s*(?:[-*#>•]|\d+[.)])\s")


def _unwrapped(body: str) -> str:
    """The text of a hard-wrapped article (an e-mail or an archive, its lines cut at a fixed
    width) with each line joined to the next within a paragraph, so that a line break no longer
    ends a sentence (see mentions._line_breaks). An article counts as hard-wrapped when most of its
    lines followed by another are 50 to 100 characters long and end mid-sentence. A space takes
    each joined line break's place, so every offset stays."""
    lines = body.split("\n")
    pairs = [(line.rstrip(), after) for line, after in zip(lines, lines[1:]) if line.strip() and after.strip()]
    wrapped = [line for line, _ in pairs if 50 <= len(line) <= 100 and not line.endswith(_TERMINAL)]
    if len(wrapped) < 5 or len(wrapped) < 0.6 * len(pairs):
        return body
    out = []
    for line, after in zip(lines, [*lines[1:], ""]):
        joined = line.strip() and after.strip() and len(line.rstrip()) >= 40 and not _BLOCK_START.match(after)
        out.append(line + (" " if joined else "\n"))
    return "".join(out)[:-1]


def _split_header(text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":  # Markdown front matter
        for end in range(1, min(len(lines), 60)):
            if lines[end].strip() == "---":
                header = _header_fields(lines[1:end])
                if header is not None:
                    return header, "\n".join(lines[end + 1 :])
                break
        return {}, text
    count = 0
    while count < min(len(lines), 30) and _HEADER_LINE.fullmatch(lines[count].strip()):
        count += 1
    header = _header_fields(lines[:count]) if count else None
    if header is None:
        return {}, text
    return header, "\n".join(lines[count:])


def _header_fields(lines: list[str]) -> dict[str, str] | None:
    """The header's fields, or None when the lines are not a header (no known key)."""
    fields: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.fullmatch(line.strip()) if field_fits(line) else None
        if match is None:
            return None
        key = match.group(1).lower()
        fields.setdefault(key, match.group(2).strip().strip('"').strip())
    return fields if any(key in fields for key in HEADER_KEYS) else None


def _clean_date(value: str) -> str:
    """The leading date of a header value ('2022-06 (approximate)' -> '2022-06'), if it is one."""
    match = _DATE_PREFIX.match(value)
    if match is None:
        return ""
    found = match.group(1)
    try:
        _date.fromisoformat(found if len(found) == 10 else (found + "-01-01")[:10])
    except ValueError:
        return ""
    return found


def _clean_url(value: str) -> str:
    match = _URL.fullmatch(value.strip())
    return match.group(0) if match else ""


def _html_article(html: str, path: Path, encoding: str) -> Article:
    import trafilatura

    text = trafilatura.extract(
        html, output_format="txt", include_comments=False, include_tables=False, with_metadata=False
    )
    if not text or not text.strip():
        raise ArticleError(path, "is HTML in which no article text was found")
    meta = trafilatura.extract_metadata(html, extensive=False)
    return Article(
        id=article_id(path),
        text=text.replace("\r\n", "\n").strip(),
        path=path,
        title=(meta.title or "") if meta and field_fits(meta.title or "") else "",
        date=_clean_date(meta.date or "") if meta else "",
        url=_clean_url(meta.url or "") if meta else "",
        outlet=(meta.sitename or "") if meta and field_fits(meta.sitename or "") else "",
        format="html",
        encoding=encoding,
    )
