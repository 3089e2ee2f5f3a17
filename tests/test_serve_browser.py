"""The pages of `kg serve` in a real browser (Debian's Chromium driven by Playwright): the search
and path forms work, the drawn views run under the served Content-Security-Policy, and no page
requests anything from elsewhere or logs an error (a CSP violation is a console error).
Screenshots go to test-artifacts/. Skips, saying why, without /usr/bin/chromium or Playwright."""

from __future__ import annotations

import re
import signal
import subprocess
from pathlib import Path

import pytest

from tests.test_serve import KG, data_dir, store_path  # noqa: F401  (fixtures)
from tests.test_viz_browser import ARGS, ARTIFACTS, CHROMIUM

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api", reason="needs Playwright for Python (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def server(store_path: Path, data_dir: Path):  # noqa: F811
    """`kg serve` on a free 127.0.0.1 port; yields its URL."""
    process = subprocess.Popen([KG, "serve", "--port", "0", "--store", str(store_path), "--data", str(data_dir)],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        first = process.stderr.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+)/ ", first)
        assert match, first
        yield match[1]
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)


@pytest.fixture(scope="module")
def page(server: str):
    """One page that fails the test on any request off the server, console error or dialog."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        problems: list[str] = []
        tab.on("console", lambda m: m.type == "error" and problems.append(m.text))
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.on("dialog", lambda d: (problems.append(d.message), d.dismiss()))
        tab.on("request", lambda r: r.url.startswith((server, "data:")) or problems.append(r.url))
        tab.problems = problems
        yield tab
        browser.close()


def _shot(tab, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_card_and_neighbourhood(server: str, page) -> None:
    """Search 'vp harris' from the home page, land on her card, draw her neighbourhood."""
    page.goto(server + "/")
    page.fill("input[name=q]", "vp harris")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(server + "/entity/kamala-harris")
    assert page.inner_text("h1") == "Kamala Harris"
    assert page.locator(".relationship").count() == 2  # endorsed Bass; a reported rivalry (disputed)
    _shot(page, "serve-card")
    page.click("text=Draw the neighbourhood")
    page.wait_for_function("() => document.documentElement.dataset.firstDraw", timeout=60_000)
    assert page.evaluate("() => kgView.nodes.get('kamala-harris').label") == "Kamala Harris"
    _shot(page, "serve-view")
    assert page.problems == []


def test_path_form_and_path_view(server: str, page) -> None:
    """The path form connects Musk and Biden in three hops; 'draw' shows them bold."""
    page.goto(server + "/path")
    page.fill("input[name=from]", "musk")
    page.fill("input[name=to]", "biden")
    page.click("button:has-text('Connect')")
    page.wait_for_selector(".path")
    assert page.locator(".path .relationship").count() == 3
    _shot(page, "serve-path")
    page.click("text=draw")
    page.wait_for_function("() => document.documentElement.dataset.firstDraw", timeout=60_000)
    assert page.evaluate("() => kgView.edges.get({ filter: (e) => e.width === 6 }).length") == 3
    assert page.problems == []


def test_hostile_card(server: str, page) -> None:
    """Mallory's card shows her markup as text: no element, no dialog, no request."""
    page.goto(server + "/entity/mallory")
    assert page.inner_text("h1").startswith("</script><script>alert(1)</script>")
    assert page.evaluate("() => document.querySelectorAll('script, img, iframe').length") == 0
    _shot(page, "serve-hostile")
    assert page.problems == []
