"""kg serve's query page (graph/serve/query_page.py): the page and its vendored editor under a
strict CSP, the warnings, completions and downloads it asks the server for, the home page's
curl example; then the page in Chromium (Playwright): a named query run, a syntax error shown,
a result clicked through to a card, completion, a reopened link, a download, hostile results as
text, with no request off the server and no console error. Screenshots go to test-artifacts/."""

from __future__ import annotations

import json
import re
import urllib.parse
from pathlib import Path

import pytest

from graph.query import named_queries
from graph.serve.query_page import MAX_COMPLETIONS, QUERY_CSP
from tests.test_serve import MALLORY, client, data_dir, store_dir, store_path  # noqa: F401  (fixtures)
from tests.test_viz_browser import ARTIFACTS, CHROMIUM

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "graph" / "serve" / "static"
UNDECLARED = "SELECT ?x WHERE { ?x foaf:name ?n }"
MISSPELLED = "SELECT ?who WHERE { ?w pol:endorses ent:karen-bass ; rdfs:label ?who }"

try:
    from tests.test_serve_browser import page, server  # noqa: F401  (fixtures: a real kg serve, one watched tab)

    BROWSER_MISSING = None if CHROMIUM.exists() else "needs Debian's chromium at /usr/bin/chromium"
except pytest.skip.Exception as skipped:  # Playwright is not installed
    BROWSER_MISSING = str(skipped)
needs_browser = pytest.mark.skipif(BROWSER_MISSING is not None, reason=str(BROWSER_MISSING))


def _scripts(html: str) -> list[str]:
    return re.findall(r"<script\b([^>]*)>", html)


# --- over HTTP -----------------------------------------------------------------------------------


def test_query_page_loads_only_its_own_scripts(client) -> None:  # noqa: F811
    """/query: the editor and the page script from /static/, no inline script, a CSP that allows
    only this server's scripts, styles and fetches; every shipped query offered as an example."""
    response = client.get("/query")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == QUERY_CSP
    csp = dict(part.strip().split(" ", 1) for part in QUERY_CSP.split(";"))
    assert csp["default-src"] == "'none'" and csp["script-src"] == "'self'" and csp["connect-src"] == "'self'"
    assert "unsafe" not in QUERY_CSP and "http" not in QUERY_CSP
    scripts = _scripts(response.text)
    assert sorted(s for s in scripts if "src=" in s) == [' src="/static/codemirror/codemirror.js" defer',
                                                         ' src="/static/query.js" defer']
    assert [s for s in scripts if "src=" not in s] == [' type="application/json" id="kg-vocabulary"']
    block = re.search(r'<script type="application/json" id="kg-vocabulary">(.*?)</script>', response.text, re.S)[1]
    vocabulary = json.loads(block)
    assert [q["name"] for q in vocabulary["queries"]] == [q.name for q in named_queries()]
    assert all(f'data-name="{q.name}"' in response.text for q in named_queries())
    terms = {t["name"]: t["kind"] for t in vocabulary["terms"]}
    assert terms["endorsed"] == "relation" and terms["Politician"] == "class" and terms["quote"] == "property"
    assert vocabulary["prefixes"]["ent"] == vocabulary["entity"] == "urn:kg:entity:"
    assert "SELECT" in vocabulary["keywords"]
    assert 'href="/static/query.css"' in response.text and '<a href="/query">Query</a>' in response.text


@pytest.mark.parametrize(
    ("path", "status", "media_type"),
    [
        ("/static/codemirror/codemirror.js", 200, "text/javascript"),
        ("/static/query.js", 200, "text/javascript"),
        ("/static/query.css", 200, "text/css"),
        ("/static/codemirror/LICENSE", 404, "text/html"),
        ("/static/codemirror/VERSIONS", 404, "text/html"),
        ("/static/../app.py", 404, "text/html"),
        ("/static/%2e%2e/app.py", 404, "text/html"),
        ("/static/", 404, "text/html"),
        ("/static/query.js/", 404, "text/html"),
    ],
)
def test_static_serves_the_page_files_and_nothing_else(client, path: str, status: int, media_type: str) -> None:  # noqa: F811
    """/static/ answers the three files the page loads, byte for byte, and 404 for any other name."""
    response = client.get(path)
    assert response.status_code == status, path
    assert response.headers["content-type"].startswith(media_type)
    assert response.headers["x-content-type-options"] == "nosniff"
    if status == 200:
        assert response.content == (STATIC / path.removeprefix("/static/")).read_bytes()


def test_vendored_editor_is_pinned_with_its_licences() -> None:
    """The bundle's packages are the locked versions, each with its licence; the recipe pins
    exact versions; the bundle holds no code that would fetch anything."""
    lock = json.loads((ROOT / "tools" / "codemirror" / "package-lock.json").read_text())
    recipe = json.loads((ROOT / "tools" / "codemirror" / "package.json").read_text())
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", v) for v in recipe["dependencies"].values())
    assert all("resolved" not in entry for entry in lock["packages"].values())
    vendored = STATIC / "codemirror"
    versions = (vendored / "VERSIONS").read_text().splitlines()
    licences = (vendored / "LICENSE").read_text()
    assert len(versions) >= 10
    for line in versions:
        name, version, licence = re.fullmatch(r"(.+)@(\S+) (\S+)", line).groups()
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name
        assert f"{name}@{version} ({licence})" in licences and licence == "MIT"
    assert f"codemirror@{recipe['dependencies']['codemirror']} MIT" in versions
    bundle = (vendored / "codemirror.js").read_text()
    assert not re.search(r"\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|\bimport\(|\beval\(|new Function", bundle)


@pytest.mark.parametrize(
    ("request_kwargs", "status", "warnings"),
    [
        ({"content": MISSPELLED, "headers": {"content-type": "application/sparql-query"}}, 200,
         ["pol:endorses is not in the graph; closest: pol:endorsed"]),
        ({"params": {"query": "SELECT * WHERE { ent:karen-bas ?p ?o }"}}, 200,
         ["ent:karen-bas is not in the graph; closest: ent:karen-bass"]),
        ({"params": {"query": "SELECT * WHERE { ent:karen-bass pol:endorsed ?o }"}}, 200, []),
        ({"params": {"query": UNDECLARED}}, 200, []),
        ({"params": {"update": "DROP ALL"}}, 403, None),
        ({"params": {}}, 400, None),
    ],
)
def test_check_warns_of_terms_the_graph_lacks(client, request_kwargs, status: int, warnings) -> None:  # noqa: F811
    """/query/check answers graph.query_terms' warnings as JSON (GET or POST as /sparql takes
    queries); a bad request is a JSON error."""
    method = client.post if "content" in request_kwargs else client.get
    response = method("/query/check", **request_kwargs)
    assert response.status_code == status, response.text
    if warnings is None:
        assert set(response.json()) == {"error"} and response.json()["error"]
    else:
        found = response.json()["warnings"]
        assert [w.split(",")[0] for w in found] == warnings


@pytest.mark.parametrize(
    "query",
    [
        UNDECLARED,
        "SELECT ?x WHERE { ?x pol:endorsed ?y ",  # a brace left open
        "SELEC ?x WHERE { ?x ?p ?o }",  # a misspelled keyword
        'SELECT ?x WHERE { ?x rdfs:label "Bass }',  # a string left open
        "INSERT DATA { ent:a pol:endorsed ent:b }",  # an update
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE " + "{ " * 70 + "}" * 70,  # nested too deep
    ],
)
def test_check_refuses_with_the_words_of_sparql(client, query: str) -> None:  # noqa: F811
    """/query/check's error is /sparql's refusal of the same query, word for word, with 200: the
    page shows it without a failed request."""
    checked = client.post("/query/check", content=query, headers={"content-type": "application/sparql-query"})
    refused = client.post("/sparql", content=query, headers={"content-type": "application/sparql-query"})
    assert checked.status_code == 200 and refused.status_code in (400, 403)
    assert checked.json()["error"] == refused.text.rstrip("\n")


def test_check_passes_what_sparql_runs(client) -> None:  # noqa: F811
    """A query /sparql answers has no error at /query/check (even one that binds rows on its own)."""
    for query in (MISSPELLED, "SELECT * WHERE { VALUES ?x { 1 2 } }", "ASK { ?a ?b ?c }",
                  "CONSTRUCT { ?a pol:endorsed ?b } WHERE { ?a pol:endorsed ?b }"):
        assert client.get("/sparql", params={"query": query}).status_code == 200
        assert client.get("/query/check", params={"query": query}).json()["error"] is None, query


@pytest.mark.parametrize(
    ("word", "first", "expected"),
    [
        ("karen", "karen-bass", {"karen-bass"}),
        ("KAREN-B", "karen-bass", {"karen-bass"}),
        ("bass", None, {"karen-bass"}),  # a word of her name, not the start of her id
        ("vp harr", "kamala-harris", {"kamala-harris"}),  # her alias "VP Harris"
        ("mallory", "mallory", {"mallory"}),
        ("zzzz-nobody", None, set()),
        ("x" * 301, None, set()),
    ],
)
def test_complete_finds_entity_ids_by_id_and_name(client, word: str, first, expected: set[str]) -> None:  # noqa: F811
    """/query/complete?word= lists ent: ids whose id or a name starts with the word (ids first)."""
    response = client.get("/query/complete", params={"word": word})
    assert response.status_code == 200
    found = response.json()["completions"]
    ids = [entry["id"] for entry in found]
    assert expected <= set(ids) and len(ids) <= MAX_COMPLETIONS
    if first:
        assert ids[0] == first
    if not expected:
        assert ids == []
    if "mallory" in ids:
        assert found[ids.index("mallory")]["label"] == MALLORY
    assert len(client.get("/query/complete").json()["completions"]) == MAX_COMPLETIONS


def test_download_is_an_attachment_and_csv_is_spreadsheet_safe(client) -> None:  # noqa: F811
    """/query/download answers the page's form as a file: CSV with formula cells made text
    (as kg query -f csv), SPARQL JSON, Turtle; errors as /sparql words them."""
    query = 'SELECT ?who ?f WHERE { ent:karen-bass rdfs:label ?who BIND("=1+1" AS ?f) }'
    csv = client.post("/query/download", data={"query": query, "format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert csv.headers["content-disposition"] == 'attachment; filename="kg-query.csv"'
    assert csv.text.splitlines() == ["who,f", "Karen Bass,'=1+1"]
    raw = client.get("/sparql", params={"query": query, "format": "csv"})
    assert raw.text.splitlines()[1] == "Karen Bass,=1+1"  # what programs read is unchanged
    document = client.post("/query/download", data={"query": query, "format": "json"})
    assert document.headers["content-disposition"] == 'attachment; filename="kg-query.json"'
    assert document.json()["results"]["bindings"][0]["f"]["value"] == "=1+1"
    construct = "CONSTRUCT { ?w pol:endorsed ent:karen-bass } WHERE { ?w pol:endorsed ent:karen-bass }"
    turtle = client.post("/query/download", data={"query": construct, "format": "ttl"})
    assert turtle.status_code == 200 and turtle.headers["content-disposition"].endswith('"kg-query.ttl"')
    assert "pol:endorsed ent:karen-bass" in turtle.text
    ask = client.post("/query/download", data={"query": "ASK { ?a pol:endorsed ?b }", "format": "csv"})
    assert ask.status_code == 200 and ask.text.strip() == "true"
    assert client.post("/query/download", data={"query": construct, "format": "csv"}).status_code == 406
    bad = client.post("/query/download", data={"query": UNDECLARED, "format": "csv"})
    assert bad.status_code == 400 and "the prefix foaf: is not declared" in bad.text
    assert "content-disposition" not in bad.headers
    assert client.post("/query/download", data={"update": "DROP ALL"}).status_code == 403


@pytest.mark.parametrize("host", ["testserver", "127.0.0.1:8123", "localhost:9"])
def test_home_curl_example_names_this_server(client, host: str) -> None:  # noqa: F811
    """The home page's curl example sends to the address the page was asked for, and links the
    query page; every page's navigation does too."""
    home = client.get("/", headers={"host": host})
    assert home.status_code == 200
    assert f"LIMIT 5' http://{host}/sparql</pre>" in home.text and "HOST" not in home.text
    assert 'the <a href="/query">query page</a>' in home.text
    for path in ("/", "/path", "/entity/karen-bass", "/query", "/nowhere"):
        assert '<a href="/query">Query</a>' in client.get(path).text, path


# --- in Chromium ---------------------------------------------------------------------------------


def _shot(tab, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _open(tab, server: str, query: str | None = None) -> None:
    """The query page, with `query` in the editor (from the URL's #, as a shared link has it)."""
    tab.goto(server + "/query" + ("#" + urllib.parse.quote(query, safe="") if query is not None else ""))
    tab.wait_for_selector(".cm-content")


def _editor_text(tab) -> str:
    return tab.input_value("#query-text")  # the page keeps the form's textarea in step with the editor


def _run(tab) -> None:
    tab.click("#run")
    tab.wait_for_function("() => document.getElementById('query-status').textContent !== 'Running…'")


@needs_browser
def test_named_query_runs(server: str, page) -> None:
    """Clicking the 'most-endorsed' example loads it into the editor; Run shows its table."""
    _open(page, server)
    page.click("button.example[data-name=most-endorsed]")
    assert _editor_text(page) == next(q.text for q in named_queries() if q.name == "most-endorsed")
    _run(page)
    page.wait_for_selector("#results-table tbody tr")
    assert page.locator("#results-table th").all_inner_texts() == ["?candidate", "?endorsers"]
    first = page.locator("#results-table tbody tr").first.locator("td").all_inner_texts()
    assert first[0] == "Karen Bass" and int(first[1]) >= 3
    assert re.fullmatch(r"\d+ results? in \d+ ms", page.inner_text("#results-count"))
    assert page.locator("#query-problem").is_hidden() and page.locator("#query-warnings").is_hidden()
    _shot(page, "query-named")
    assert page.problems == []


@needs_browser
def test_syntax_error_is_shown_at_its_place(server: str, page) -> None:
    """An undeclared prefix: graph/query_errors's one line above the results, and the token
    underlined in the editor."""
    _open(page, server, UNDECLARED)
    assert _editor_text(page) == UNDECLARED
    page.click(".cm-content")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#query-problem:not([hidden])")
    message = page.inner_text("#query-problem")
    assert message.startswith("SPARQL syntax error, line 1, column 22, at 'foaf:name': the prefix foaf: is not declared.")
    page.wait_for_selector(".cm-lintRange-error")
    assert page.inner_text(".cm-lintRange-error") == "foaf"  # the word at column 22
    assert page.inner_text("#query-status") == "Not run: the query has an error."
    assert page.locator("#query-results").is_hidden()
    _shot(page, "query-syntax-error")
    assert page.problems == []


@needs_browser
def test_result_row_clicks_through_to_the_card(server: str, page) -> None:
    """The default query's ent: cells are links; the first opens that entity's card."""
    _open(page, server)
    _run(page)
    row = page.locator("#results-table tbody tr").first
    endorser = row.locator("td").nth(0)
    assert endorser.locator("a.entity").count() == 1
    entity_id = endorser.inner_text().removeprefix("ent:")
    name = row.locator("td").nth(1).inner_text()
    _shot(page, "query-results")
    endorser.locator("a").click()
    page.wait_for_url(server + "/entity/" + entity_id)
    assert page.inner_text("h1") == name
    _shot(page, "query-card")
    assert page.problems == []


@needs_browser
def test_completion_of_terms_and_entities(server: str, page) -> None:
    """Typing offers pol: terms from the ontology and ent: ids from the server, by name."""
    _open(page, server, "SELECT * WHERE { ?a ")
    page.click(".cm-content")
    page.keyboard.press("Control+End")
    page.keyboard.type("pol:endo")
    page.wait_for_selector(".cm-tooltip-autocomplete")
    assert "pol:endorsed" in page.inner_text(".cm-tooltip-autocomplete")
    page.keyboard.press("Enter")
    page.keyboard.type(" ent:bass")
    page.wait_for_selector(".cm-tooltip-autocomplete >> text=ent:karen-bass")
    _shot(page, "query-completion")
    page.keyboard.press("Enter")
    assert _editor_text(page) == "SELECT * WHERE { ?a pol:endorsed ent:karen-bass"
    assert page.problems == []


@needs_browser
def test_misspelled_term_warns_and_still_runs(server: str, page) -> None:
    """pol:endorses: the warning names pol:endorsed, the term is marked, the (empty) table shows."""
    _open(page, server, MISSPELLED)
    _run(page)
    page.wait_for_selector("#query-warnings:not([hidden])")
    assert page.inner_text("#query-warnings").startswith("pol:endorses is not in the graph; closest: pol:endorsed")
    assert page.inner_text("#results-count").startswith("0 results")
    page.wait_for_selector(".cm-lintRange-warning")
    assert page.inner_text(".cm-lintRange-warning") == "pol:endorses"
    _shot(page, "query-warning")
    assert page.problems == []


@needs_browser
def test_link_reopens_the_query(server: str, page) -> None:
    """After a run the address and 'Link to this query' hold the query; opening it restores it."""
    query = 'SELECT ?who WHERE { ?w pol:endorsed ent:karen-bass ; rdfs:label ?who } # "quotes" & #hash'
    _open(page, server, query)
    _run(page)
    href = page.get_attribute("#query-link", "href")
    assert page.url == server + href
    page.goto(server + "/")
    _open(page, server)
    page.goto(server + href)
    page.wait_for_selector(".cm-content")
    assert _editor_text(page) == query
    assert page.problems == []


@needs_browser
def test_download_from_the_page(server: str, page, tmp_path: Path) -> None:
    """The CSV button saves the last run's answer as kg-query.csv."""
    _open(page, server, "SELECT ?who WHERE { ?w pol:endorsed ent:karen-bass ; rdfs:label ?who } ORDER BY ?who")
    _run(page)
    assert page.locator("#download button:visible").all_inner_texts() == ["CSV", "JSON"]
    with page.expect_download() as info:
        page.click("#download button[value=csv]")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == "kg-query.csv"
    lines = saved.read_text().splitlines()
    assert lines[0] == "who" and "Joe Biden" in lines
    assert page.problems == []


@needs_browser
def test_hostile_results_stay_text(server: str, page) -> None:
    """Mallory's label and quote (markup, script) are shown as text in the table: no element
    is made from them, no dialog opens."""
    _open(page, server, "SELECT ?name ?quote WHERE { ent:mallory rdfs:label ?name . "
                        "?s rdf:subject ent:mallory ; pol:quote ?quote }")
    _run(page)
    page.wait_for_selector("#results-table tbody tr")
    assert page.locator("#results-table tbody td").first.inner_text() == MALLORY
    assert page.evaluate("() => document.querySelectorAll('#results-table tbody *:not(tr):not(td)').length") == 0
    _shot(page, "query-hostile")
    assert page.problems == []
