"""kg serve: the SPARQL endpoint (formats, negotiation, read-only, limits), the browse pages and
the real `kg serve` process. The store is the seed corpus plus one hostile entity and source."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from markupsafe import escape

with warnings.catch_warnings():  # Starlette 1.10 would rather have httpx2; httpx 0.28 works the same here
    warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient` is deprecated")
    from starlette.testclient import TestClient

from graph.resources import shipped_data_dir
from graph.serve import Limits, listen, store_directory
from graph.serve.app import create_app
from graph.serve.protocol import ProtocolError, choose, parse_request
from graph.serve.workers import WorkerPool
from tests.test_viz_html import HOSTILE

KG = str(Path(sys.executable).parent / "kg")
MALLORY = HOSTILE + " Mallory Evil"
SELECT_BASS = "SELECT ?who WHERE { ?w pol:endorsed ent:karen-bass ; rdfs:label ?who } ORDER BY ?who"
CONSTRUCT_BASS = "CONSTRUCT { ?w pol:endorsed ent:karen-bass } WHERE { ?w pol:endorsed ent:karen-bass }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 10^9 rows to count


def _append(path: Path, row: dict[str, str]) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        columns = next(csv.reader(handle))
    with path.open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, columns, lineterminator="\n").writerow(row)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    """The seed corpus, plus Mallory (markup and script in every string) endorsing Karen Bass in
    a source with a hostile title (the data files refuse a javascript: URL; see test_evidence_links)."""
    target = tmp_path_factory.mktemp("serve") / "data"
    shutil.copytree(shipped_data_dir(), target)
    quote = f"Mallory said {HOSTILE} about Bass."
    (target / "sources" / "hostile.txt").write_text(quote + "\n", encoding="utf-8")
    _append(target / "sources.csv", {"id": "hostile", "outlet": "Evil Times", "title": HOSTILE,
                                     "date": "2022-09-01", "url": "", "file": "hostile.txt"})
    _append(target / "entities.csv", {"id": "mallory", "label": MALLORY, "type": "Politician",
                                      "aliases": HOSTILE, "description": HOSTILE})
    _append(target / "statements.csv", {"subject": "mallory", "relation": "endorsed", "object": "karen-bass",
                                        "date": "2022-09-01", "source": "hostile", "quote": quote,
                                        "status": "asserted", "method": "curated", "confidence": "1"})
    return target


@pytest.fixture(scope="module")
def store_path(data_dir: Path) -> Path:
    return data_dir.parent / "store"


@pytest.fixture(scope="module")
def store_dir(data_dir: Path, store_path: Path) -> Path:
    return store_directory(store_path, data_dir)


@pytest.fixture(scope="module")
def client(store_dir: Path):
    """The app over two workers with generous time and small size and memory limits."""
    pool = WorkerPool(store_dir, Limits(timeout=60, max_rows=100, max_triples=200, max_memory=1024), 2)
    with TestClient(create_app(pool), follow_redirects=False) as test_client:
        yield test_client


def _query(client, query: str, accept: str | None = None, **params: str):
    headers = {"accept": accept} if accept else {}
    return client.get("/sparql", params={"query": query, **params}, headers=headers)


def _whos(response) -> list[str]:
    bindings = response.json()["results"]["bindings"]
    return [b["who"]["value"] for b in bindings]


# --- the SPARQL endpoint -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media_type", "check"),
    [
        (None, "application/sparql-results+json", lambda text: "Joe Biden" in _whos_json(text)),
        ("application/sparql-results+json", "application/sparql-results+json", lambda text: "Joe Biden" in _whos_json(text)),
        ("application/sparql-results+xml", "application/sparql-results+xml",
         lambda text: "<literal>Joe Biden</literal>" in text and text.startswith("<?xml")),
        ("text/csv", "text/csv", lambda text: text.splitlines()[0] == "who" and "Joe Biden" in text.splitlines()),
        ("text/tab-separated-values", "text/tab-separated-values",
         lambda text: text.splitlines()[0] == "?who" and '"Joe Biden"' in text.splitlines()),
    ],
)
def test_select_in_each_results_format(client, accept, media_type, check) -> None:
    """A SELECT answers SPARQL JSON (the default), XML, CSV or TSV, by the Accept header."""
    response = _query(client, SELECT_BASS, accept)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media_type
    assert response.headers["vary"] == "Accept"
    assert check(response.text)


def _whos_json(text: str) -> list[str]:
    return [b["who"]["value"] for b in json.loads(text)["results"]["bindings"]]


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        (None, ox.RdfFormat.TURTLE),
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_construct_in_each_rdf_format(client, accept, rdf_format) -> None:
    """A CONSTRUCT answers Turtle (the default), N-Triples, JSON-LD or RDF/XML: the same triples."""
    response = _query(client, CONSTRUCT_BASS, accept)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == rdf_format.media_type
    triples = {(q.subject.value, q.object.value) for q in ox.parse(input=response.content, format=rdf_format)}
    assert ("urn:kg:entity:joe-biden", "urn:kg:entity:karen-bass") in triples
    assert ("urn:kg:entity:mallory", "urn:kg:entity:karen-bass") in triples


def test_ask_and_describe(client) -> None:
    """ASK answers a boolean in results JSON (or CSV); DESCRIBE a graph."""
    assert _query(client, "ASK { ent:joe-biden pol:endorsed ent:karen-bass }").json() == {"head": {}, "boolean": True}
    assert _query(client, "ASK { ent:karen-bass pol:endorsed ent:joe-biden }", "text/csv").text.strip() == "false"
    described = _query(client, "DESCRIBE ent:karen-bass", "application/n-triples")
    assert described.status_code == 200 and "<urn:kg:entity:karen-bass>" in described.text


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/*", "text/csv"),
        ("*/*", "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml"),
        ("text/csv;q=0, */*;q=0.1", "application/sparql-results+json"),
    ],
)
def test_content_negotiation(client, accept, expected) -> None:
    """q-values and wildcards pick the format; a refused type (q=0) is never sent."""
    response = _query(client, SELECT_BASS, accept)
    assert response.headers["content-type"].split(";")[0] == expected


def test_format_parameter_overrides_accept(client) -> None:
    """format=csv wins over the Accept header; format=json on a CONSTRUCT means JSON-LD."""
    assert _query(client, SELECT_BASS, "application/sparql-results+xml", format="csv").text.startswith("who\r\n")
    jsonld = _query(client, CONSTRUCT_BASS, format="json")
    assert jsonld.headers["content-type"] == "application/ld+json" and isinstance(jsonld.json(), list)
    assert _query(client, SELECT_BASS, format="yaml").status_code == 400


def test_not_acceptable(client) -> None:
    """406 when nothing the client accepts fits the answer, saying what would."""
    nothing = _query(client, SELECT_BASS, "image/png")
    assert nothing.status_code == 406 and "text/csv" in nothing.text
    wrong_kind = _query(client, SELECT_BASS, "text/turtle")
    assert wrong_kind.status_code == 406 and "SELECT and ASK answers come as" in wrong_kind.text
    assert _query(client, CONSTRUCT_BASS, format="csv").status_code == 406


def test_post_body_and_post_form(client) -> None:
    """POST application/sparql-query and POST application/x-www-form-urlencoded both answer
    (HEAD as GET); another body type is 415."""
    body = client.post("/sparql", content=SELECT_BASS.encode(), headers={"content-type": "application/sparql-query"})
    form = client.post("/sparql", data={"query": SELECT_BASS}, headers={"accept": "text/csv"})
    assert _whos(body) == _whos(_query(client, SELECT_BASS)) and "Joe Biden" in _whos(body)
    assert form.headers["content-type"].startswith("text/csv") and "Joe Biden" in form.text.splitlines()
    other = client.post("/sparql", content=b"SELECT * {}", headers={"content-type": "text/plain"})
    assert other.status_code == 415
    assert client.head("/sparql", params={"query": "ASK {}"}).status_code == 200


def _triples(client) -> int:
    return int(_query(client, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(
    "send",
    [
        lambda c: c.post("/sparql", data={"update": "INSERT DATA { <urn:x> <urn:y> <urn:z> }"}),
        lambda c: c.post("/sparql", content=b"INSERT DATA { <urn:x> <urn:y> <urn:z> }",
                         headers={"content-type": "application/sparql-update"}),
        lambda c: _query(c, "PREFIX x: <urn:x:>\n# add one\nINSERT DATA { <urn:x> <urn:y> <urn:z> }"),
        lambda c: _query(c, "DROP ALL"),
        lambda c: c.get("/sparql", params={"update": "CLEAR DEFAULT"}),
    ],
    ids=["form-update", "update-body", "update-in-query", "drop-in-query", "update-param-get"],
)
def test_updates_are_refused(client, send) -> None:
    """Every way of sending an update gets 403 with a clear message, and the store is unchanged."""
    before = _triples(client)
    response = send(client)
    assert response.status_code == 403
    assert "read-only" in response.text and "updates are refused" in response.text
    assert _triples(client) == before


def test_store_is_opened_read_only(store_dir: Path) -> None:
    """The workers' way of opening the store cannot write, whatever reaches it."""
    store = ox.Store.read_only(str(store_dir))
    with pytest.raises(RuntimeError, match="read-write"):
        store.update("INSERT DATA { <urn:x> <urn:y> <urn:z> }")


def test_bad_queries(client) -> None:
    """A syntax error is 400 with the parser's message; no query, an empty one or two are 400."""
    broken = _query(client, "SELECT ?x WHERE { ?x ?y }")
    assert broken.status_code == 400 and broken.text.startswith("SPARQL syntax error, line 1, column ")
    assert "line 1" in broken.text or "column" in broken.text or "expected" in broken.text.lower()
    assert client.get("/sparql").status_code == 400
    assert _query(client, "   ").status_code == 400
    assert client.get("/sparql?query=ASK{}&query=ASK{}").status_code == 400
    graph = client.get("/sparql", params={"query": "ASK {}", "default-graph-uri": "urn:g"})
    assert graph.status_code == 400 and "default-graph-uri" in graph.text
    federated = _query(client, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert federated.status_code == 400 and "SERVICE" in federated.text


def test_result_size_limits(client) -> None:
    """Past --max-rows (100 here) or --max-triples (200) the answer is 413, and the next query answers."""
    rows = _query(client, "SELECT * { ?s ?p ?o }", "text/csv")
    assert rows.status_code == 413 and "more than 100 rows" in rows.text
    cartesian = _query(client, "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert cartesian.status_code == 413
    triples = _query(client, "CONSTRUCT WHERE { ?s ?p ?o }")
    assert triples.status_code == 413 and "more than 200 triples" in triples.text
    assert len(_query(client, "SELECT * { ?s ?p ?o } LIMIT 100").json()["results"]["bindings"]) == 100
    assert _query(client, SELECT_BASS).status_code == 200


def test_request_body_limit(client) -> None:
    """A body over 1 MB is refused with 413 before it reaches a worker."""
    huge = b"ASK {} #" + b"x" * 1_000_001
    assert client.post("/sparql", content=huge, headers={"content-type": "application/sparql-query"}).status_code == 413


def test_time_limit_stops_the_query_and_the_server_goes_on(store_dir: Path) -> None:
    """A query past --timeout is answered 503 in about that time, its worker is killed and
    replaced, the server answers meanwhile, and the next query succeeds."""
    pool = WorkerPool(store_dir, Limits(timeout=1.0), 1)
    with TestClient(create_app(pool)) as tight:
        worker_pid = next(iter(pool._alive)).process.pid
        slow: dict[str, object] = {}

        def run_slow() -> None:
            start = time.perf_counter()
            slow["response"] = _query(tight, SLOW)
            slow["seconds"] = time.perf_counter() - start

        thread = threading.Thread(target=run_slow)
        thread.start()
        time.sleep(0.3)
        start = time.perf_counter()
        health = tight.get("/health")
        assert health.status_code == 200 and time.perf_counter() - start < 0.5  # not blocked by the query
        assert health.json()["busy"] == 1
        thread.join(30)

        response = slow["response"]
        assert response.status_code == 503
        assert "more than 1 s" in response.text and "--timeout" in response.text
        assert 0.9 < slow["seconds"] < 5
        assert _query(tight, SELECT_BASS).status_code == 200  # waits for the fresh worker
        assert _gone(worker_pid)  # SIGKILL was sent; a loaded machine takes a moment to carry it out
        state = tight.get("/health").json()
        assert state["timeouts"] == 1 and state["restarts"] == 1 and state["status"] == "ok"


def test_memory_limit_stops_the_query(client) -> None:
    """A query that needs more than --max-memory (1 GB here: sorting 10^9 rows) is stopped with
    503 and its worker replaced; the next query answers."""
    before = client.get("/health").json()["restarts"]
    response = _query(client, "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g")
    assert response.status_code == 503 and "--max-memory" in response.text and "1,024 MB" in response.text, response.text
    assert _query(client, SELECT_BASS).status_code == 200
    deadline = time.monotonic() + 30
    while client.get("/health").json()["restarts"] == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert client.get("/health").json()["restarts"] == before + 1


def test_busy_workers_answer_503_with_retry_after(store_dir: Path) -> None:
    """A request that finds no free worker within the time limit gets 503 and Retry-After, and
    is answered once a worker is free again."""
    pool = WorkerPool(store_dir, Limits(timeout=1.0), 1)
    with TestClient(create_app(pool)) as tight:
        held = tight.portal.call(pool._idle.get)  # the only worker, taken as a long query would
        start = time.perf_counter()
        waiting = _query(tight, SELECT_BASS)
        assert 0.9 < time.perf_counter() - start < 5
        assert waiting.status_code == 503 and waiting.headers["retry-after"] == "1"
        assert "busy" in waiting.text
        tight.portal.call(pool._idle.put_nowait, held)
        assert _query(tight, SELECT_BASS).status_code == 200


def _gone(pid: int, within: float = 5.0) -> bool:
    deadline = time.perf_counter() + within
    while _alive(pid):
        if time.perf_counter() > deadline:
            return False
        time.sleep(0.05)
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}/stat").exists() else "X"
    return status not in ("Z", "X")


def test_only_loopback_host_names_when_asked(store_dir: Path) -> None:
    """With allowed_hosts (what kg serve sets on loopback), another Host header gets 400."""
    pool = WorkerPool(store_dir, Limits(), 1)
    with TestClient(create_app(pool, allowed_hosts=["127.0.0.1", "localhost"])) as local:
        assert local.get("/health", headers={"host": "localhost:8000"}).status_code == 200
        assert local.get("/health", headers={"host": "127.0.0.1"}).status_code == 200
        rebound = local.get("/sparql", params={"query": "ASK {}"}, headers={"host": "attacker.example:8000"})
        assert rebound.status_code == 400 and "content-security-policy" in rebound.headers


def test_health(client) -> None:
    """/health: 200 JSON with the triple count, the workers and the limits."""
    response = client.get("/health")
    assert response.status_code == 200
    state = response.json()
    assert state["status"] == "ok" and state["triples"] == _triples(client) > 1000
    assert state["workers"] == 2
    assert state["limits"] == {"timeout": 60, "max_rows": 100, "max_triples": 200, "max_memory": 1024}


def test_protocol_parsing_without_a_server() -> None:
    """parse_request and choose on their own: where the query is, which format wins."""
    form = parse_request("POST", {}, "application/x-www-form-urlencoded; charset=utf-8",
                         b"query=ASK%20%7B%7D&format=tsv", None)
    assert (form.query, form.accept) == ("ASK {}", "text/tab-separated-values")
    with pytest.raises(ProtocolError) as refused:
        parse_request("POST", {"query": ["ASK {}"]}, "application/sparql-update", b"", None)
    assert refused.value.status == 403
    with pytest.raises(ProtocolError) as bad_body:
        parse_request("POST", {}, "application/sparql-query", b"\xff", None)
    assert bad_body.value.status == 400
    assert choose("application/n-triples;q=0.4, text/turtle;q=0.3", ("text/turtle", "application/n-triples")) == "application/n-triples"
    assert choose("text/turtle;q=0.5, text/*;q=1", ("text/turtle", "text/plain")) == "text/plain"
    assert choose("", ("text/turtle",)) is None


# --- the browse pages ----------------------------------------------------------------------------


class _Tags(HTMLParser):
    """Every start tag, with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def _assert_safe_page(response) -> None:
    """Browse pages run no script, load nothing from elsewhere and carry a strict CSP."""
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "unsafe" not in csp
    tags = _tags(response.text)
    assert not [t for t, _ in tags if t in ("script", "img", "iframe", "object", "embed")]
    assert not [a for t, a in tags if any(k.startswith("on") for k in a)]
    for tag, attrs in tags:
        for name in ("href", "src", "action"):
            value = attrs.get(name)
            if value is not None:
                assert value.startswith(("/", "http://", "https://", "data:,")), (tag, name, value)


def test_home_page(client) -> None:
    """/ has the search box, the path form and how to use the SPARQL endpoint."""
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert 'name="q"' in response.text and 'action="/path"' in response.text and "/sparql" in response.text
    _assert_safe_page(response)


def test_search_goes_to_the_card(client) -> None:
    """A name or alias that names one entity redirects to its card."""
    response = client.get("/", params={"q": "VP Harris"})
    assert response.status_code == 303 and response.headers["location"] == "/entity/kamala-harris"


def test_search_suggests_and_lists_candidates(client) -> None:
    """An unknown name lists close names as links; an ambiguous one links each candidate."""
    unknown = client.get("/", params={"q": "harri"})
    assert unknown.status_code == 200
    assert "No one is called &#39;harri&#39;." in unknown.text
    assert '<a href="/?q=Kamala+Harris">Kamala Harris</a>' in unknown.text
    ambiguous = client.get("/", params={"q": "party"})
    assert ambiguous.status_code == 200
    assert '<a href="/entity/democratic-party">Democratic Party</a>' in ambiguous.text
    assert '<a href="/entity/republican-party">Republican Party</a>' in ambiguous.text
    _assert_safe_page(ambiguous)


def test_card_page_shows_the_evidence(client) -> None:
    """/entity/ID: type, aliases and each relationship with date, source and quote, like kg show."""
    response = client.get("/entity/karen-bass")
    assert response.status_code == 200
    page = response.text
    assert "<h1>Karen Bass</h1>" in page and "Politician" in page
    assert '<a href="/entity/joe-biden">Joe Biden</a>' in page
    assert "2022-08-02" in page and "Axios" in page
    assert "supporting Rep. Karen Bass (D-Calif.)" in page
    assert 'href="/view?around=karen-bass"' in page
    _assert_safe_page(response)
    assert client.get("/entity/nobody-at-all").status_code == 404


def test_path_page(client) -> None:
    """/path: each hop of the shortest connection with its relation and evidence, like kg path."""
    response = client.get("/path", params={"from": "musk", "to": "biden"})
    assert response.status_code == 200, response.text
    hops = re.findall(r'<h3><a href="/entity/([^"]+)">.*?</a> <span class="relation">(.*?)</span> '
                      r'<a href="/entity/([^"]+)">', response.text)
    assert hops == [("elon-musk", "—endorsed→", "rick-caruso"), ("rick-caruso", "—rival of—", "karen-bass"),
                    ("karen-bass", "←endorsed—", "joe-biden")]
    assert "<blockquote>" in response.text and 'href="/view?from=elon-musk&amp;to=joe-biden"' in response.text
    _assert_safe_page(response)


def test_path_page_errors(client) -> None:
    """Unknown ends get suggestions and no path within max_hops a message (answers: 200); a bad
    max_hops is a 400."""
    unknown = client.get("/path", params={"from": "harri", "to": "bass"})
    assert unknown.status_code == 200 and '<a href="/?q=Kamala+Harris">Kamala Harris</a>' in unknown.text
    assert client.get("/path", params={"from": "harris", "to": "bass", "max_hops": "many"}).status_code == 400
    assert client.get("/path", params={"from": "harris", "to": "bass", "max_hops": "99"}).status_code == 400
    far = client.get("/path", params={"from": "musk", "to": "biden", "max_hops": "1"})
    assert far.status_code == 200 and "No connection between Elon Musk and Joe Biden within 1 hops." in far.text


def test_path_api(client) -> None:
    """/api/path answers kg path's JSON; errors as JSON with suggestions or candidates."""
    response = client.get("/api/path", params={"from": "harris", "to": "bass"})
    assert response.status_code == 200
    document = response.json()
    assert (document["from"], document["to"]) == ("Kamala Harris", "Karen Bass")
    assert document["paths"][0]["hops"][0]["relation"] == "endorsed"
    unknown = client.get("/api/path", params={"from": "harri", "to": "bass"})
    assert unknown.status_code == 404 and unknown.json()["suggestions"] == ["Kamala Harris"]
    assert client.get("/api/path", params={"from": "party", "to": "bass"}).json()["candidates"]
    assert client.get("/api/path", params={"from": "harris"}).status_code == 400


def test_view_pages_carry_a_hash_csp(client) -> None:
    """/view draws a neighbourhood or a path with viz's page; only its own scripts may run."""
    around = client.get("/view", params={"around": "bass", "hops": "1"})
    assert around.status_code == 200 and "<h1>kg: around Karen Bass</h1>" in around.text
    csp = around.headers["content-security-policy"]
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";")[0]
    assert len(re.findall(r"'sha256-[A-Za-z0-9+/=]+'", csp)) == 2
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', around.text, re.S)[1])
    assert "karen-bass" in {node["id"] for node in data["nodes"]}
    path = client.get("/view", params={"from": "musk", "to": "biden"})
    assert path.status_code == 200 and "<h1>kg: Elon Musk to Joe Biden</h1>" in path.text
    assert client.get("/view", params={"around": "bass", "hops": "9"}).status_code == 400
    assert client.get("/view", params={"around": "harri"}).status_code == 404


def test_hostile_names_are_text_everywhere(client) -> None:
    """Markup and script in a label, alias, description, source title and quote come out escaped
    on every page."""
    pages = [
        client.get("/entity/mallory"),
        client.get("/entity/karen-bass"),
        client.get("/path", params={"from": "mallory", "to": "biden"}),
        client.get("/", params={"q": HOSTILE + " the second"}),
        client.get("/", params={"q": "mallory evi"}),
    ]
    for response in pages:
        assert response.status_code == 200, response.text
        _assert_safe_page(response)
        assert "javascript:" not in " ".join(str(a.get("href")) for _, a in _tags(response.text))
        assert "<script>alert(1)" not in response.text and "<img src=x" not in response.text
    card = pages[0].text
    assert f"<h1>{escape(MALLORY)}</h1>" in card
    assert str(escape(f"Mallory said {HOSTILE} about Bass.")) in card
    assert re.search(rf'<span class="source">[^<]*{re.escape(str(escape(HOSTILE)))}</span>', card)  # its readable name
    assert client.get("/", params={"q": HOSTILE}).headers["location"] == "/entity/mallory"  # by its alias
    suggestion = f'<a href="/?{escape(urllib.parse.urlencode({"q": MALLORY}))}">{escape(MALLORY)}</a>'
    assert suggestion in pages[4].text
    api = client.get("/api/path", params={"from": "mallory", "to": "biden"}).json()
    assert api["from"] == MALLORY
    view = client.get("/view", params={"around": "mallory", "hops": "1"})
    assert view.text.lower().count("</script") == 3 and "<img" not in view.text.lower()


def test_evidence_links_only_web_urls() -> None:
    """A source is a link on the pages only when its URL is http or https."""
    from graph.model import Evidence
    from graph.serve.browse import _evidence

    def url(value: str) -> str | None:
        return _evidence(Evidence("S", "s", "q", url=value))["url"]

    assert url("https://example.org/a") == "https://example.org/a" and url("HTTP://example.org") == "HTTP://example.org"
    assert url("javascript:alert(1)") is None and url(" https://x") is None and url("data:text/html,x") is None


# --- the command ---------------------------------------------------------------------------------


def test_serve_help_teaches(cli) -> None:
    """kg serve --help names the routes, the limits and an example."""
    out = cli("serve", "--help").stdout
    for expected in ("/sparql", "--timeout", "--max-rows", "--max-triples", "127.0.0.1", "Example: kg serve"):
        assert expected in out


def test_serve_refuses_bad_options(cli, store_path: Path, data_dir: Path) -> None:
    """Nonsense limits exit 2 with a message, before anything starts."""
    result = cli("serve", "--timeout", "0", "--store", str(store_path), "--data", str(data_dir))
    assert result.exit_code == 2 and "--timeout must be positive" in result.stderr
    assert cli("serve", "--workers", "0").exit_code == 2


def test_listen_refuses_a_taken_port() -> None:
    """A port in use is an InvalidArgument (exit 2) naming host and port."""
    from graph.errors import InvalidArgument

    taken = listen("127.0.0.1", 0)
    try:
        with pytest.raises(InvalidArgument, match=r"cannot listen on 127\.0\.0\.1:\d+"):
            listen("127.0.0.1", taken.getsockname()[1])
    finally:
        taken.close()


def _listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp*) of sockets listening on `port`."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_kg_serve_process(store_path: Path, data_dir: Path) -> None:
    """The real `kg serve`: binds 127.0.0.1 by default, answers SPARQL, pages and /health over
    HTTP, logs each request to stderr, and stops cleanly on Ctrl-C (SIGINT)."""
    process = subprocess.Popen(
        [KG, "serve", "--port", "0", "--store", str(store_path), "--data", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first = process.stderr.readline()
        match = re.search(r"at (http://127\.0\.0\.1:(\d+))/ ", first)
        assert match, first
        url, port = match[1], int(match[2])
        assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1 only

        query = urllib.parse.urlencode({"query": SELECT_BASS})
        request = urllib.request.Request(f"{url}/sparql?{query}", headers={"accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert "Joe Biden" in response.read().decode().splitlines()
        with urllib.request.urlopen(f"{url}/health", timeout=30) as response:
            assert json.load(response)["status"] == "ok"
        with urllib.request.urlopen(f"{url}/?q=bass", timeout=30) as response:  # follows the redirect
            assert response.url.endswith("/entity/karen-bass") and "<h1>Karen Bass</h1>" in response.read().decode()
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert re.search(r"kg: 127\.0\.0\.1 GET /sparql 200 \d+ ms", err)
    assert err.rstrip().endswith("kg: stopped")
