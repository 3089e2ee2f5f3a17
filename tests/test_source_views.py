"""The article opened at the quote (issue 15, point 2): kg serve's /source page and card links,
and the static view's panel carrying a window of text around each quote."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graph.serve.browse import BROWSE_CSP
from tests.test_serve import HOSTILE, client, data_dir, store_dir, store_path  # noqa: F401  (pytest fixtures)
from tests.test_view_legible import needs_browser

try:
    from tests.test_viz_browser import browser, open_view  # noqa: F401  (pytest fixtures)
except pytest.skip.Exception:
    pass

CARUSO = "caruso-rejects-endorsement-2022-08-03"
REJECTED = "Rick Caruso, has rejected the endorsement of his opponent Karen Bass"


def test_source_page_marks_each_quote(client) -> None:  # noqa: F811
    """/source/ID: the text as text, each quote a <mark> with its span-START anchor, strict CSP."""
    response = client.get(f"/source/{CARUSO}")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == BROWSE_CSP
    start = response.text.index(f'<mark id="span-53" title="Rick Caruso rival_of Karen Bass">{REJECTED}</mark>')
    assert "by President Biden and Vice President Kamala Harris" in response.text[start:start + 300]
    assert "<script" not in response.text


def test_source_page_escapes_hostile_text(client) -> None:  # noqa: F811
    """A source whose title and text hold markup shows it as text."""
    response = client.get("/source/hostile")
    assert response.status_code == 200
    assert HOSTILE not in response.text
    assert "<mark" in response.text


@pytest.mark.parametrize("path", ["/source/nothing-here", "/source/a%20b", "/source/%00"])
def test_unknown_source_page_is_404(client, path) -> None:  # noqa: F811
    """An id no source has, or no IRI at all, is a 404 page."""
    assert client.get(path).status_code == 404


def test_card_links_each_statement_to_its_quote(client) -> None:  # noqa: F811
    """The entity card links each statement to its quote in the source page."""
    response = client.get("/entity/rick-caruso")
    assert f'href="/source/{CARUSO}?at=53#span-53"' in response.text
    linked = client.get(f"/source/{CARUSO}?at=53")
    assert 'id="span-53"' in linked.text


def _view_data(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))


def test_view_carries_a_window_around_each_quote(cli, tmp_path: Path) -> None:
    """kg viz: each quoted statement carries up to 600 characters of its source on each side."""
    target = tmp_path / "caruso.html"
    assert cli("viz", "--around", "caruso", "--hops", "1", "--out", str(target)).exit_code == 0
    evidence = [ev for edge in _view_data(target.read_text(encoding="utf-8"))["edges"] for ev in edge["evidence"]]
    windows = [ev["window"] for ev in evidence if ev["window"]]
    assert len(windows) == len(evidence)
    for ev in evidence:
        window = ev["window"]
        assert window["text"][window["start"]:window["end"]] == ev["quote"]
        assert len(window["text"]) <= len(ev["quote"]) + 1200
    (rejected,) = [ev["window"] for ev in evidence if ev["quote"] == REJECTED]
    assert "by President Biden and Vice President Kamala Harris" in rejected["text"][rejected["end"]:]


@needs_browser
def test_panel_opens_the_quote_highlighted(cli, tmp_path: Path, open_view) -> None:  # noqa: F811
    """In the panel, "Read it in the source" shows the text around the quote, the quote in a <mark>."""
    target = tmp_path / "caruso.html"
    cli("viz", "--around", "caruso", "--hops", "1", "--out", str(target))
    view = open_view(target, "#node=rick-caruso")
    view.page.click("#details details.in-source summary >> nth=0")
    marks = view.js("() => [...document.querySelectorAll('#details details.in-source mark')].map((m) => m.textContent)")
    assert REJECTED in marks
    view.page.evaluate("() => document.querySelectorAll('#details details').forEach((d) => { d.open = true; })")
    shown = view.js("() => [...document.querySelectorAll('#details details.in-source')].map((d) => d.innerText)")
    assert any(REJECTED + " by President Biden" in text for text in shown)
    view.assert_clean()
