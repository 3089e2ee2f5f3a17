"""Queries written to slip past kg's reading of them: SERVICE hidden from the lexer (server-side
request forgery) and nesting hidden behind the same tokens (a crash), through `kg query` and
`kg serve`, against a loopback listener that must record no connection. And the containment
under the lexer: the processes that evaluate queries cannot open a network socket, and an
engine crash in `kg query` is an error, not a dead process."""

from __future__ import annotations

import multiprocessing
import os
import socket
import threading
import warnings
from pathlib import Path

import pytest

from graph.errors import QueryError
from graph.query import run_isolated
from graph.sandbox import forbid_network
from graph.serve import Limits, store_directory
from graph.serve.app import create_app
from graph.serve.workers import WorkerPool
from tests.conftest import MINI
from tests.test_bad_input import failed, listener, succeeded  # noqa: F401 (listener is a fixture)

with warnings.catch_warnings():  # as in test_serve
    warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient` is deprecated")
    from starlette.testclient import TestClient

GROUP = "{ ?a ?b ?c }"
URL = "<http://127.0.0.1:{port}/sparql>"
# Each hides SERVICE from a reading that is not Oxigraph's; Oxigraph evaluates every one of them.
SERVICE_FORMS = {
    "comment ended by CR": f"SELECT * WHERE {{ # x\rSERVICE {URL} {GROUP} }}",
    "CR comment, SILENT": f"SELECT * WHERE {{ # x\rSERVICE SILENT {URL} {GROUP} }}",
    "mixed case": f"SELECT * WHERE {{ sErViCe {URL} {GROUP} }}",
    "SILENT glued on": f"SELECT * WHERE {{ SERVICESILENT {URL} {GROUP} }}",
    "glued after true": f"SELECT * WHERE {{ ?s ?p trueSERVICE {URL} {GROUP} }}",
    "glued after a number": f"SELECT * WHERE {{ ?s ?p 1SERVICE {URL} {GROUP} }}",
    "prefixed name as the URL": f"PREFIX : <http://127.0.0.1:{{port}}/> SELECT * WHERE {{ SERVICE:x {GROUP} }}",
    "invalid IRI falls back to the prefix": f"PREFIX p: <http://a:> SELECT * WHERE {{ ?s ?p p:SERVICE{URL}{GROUP} }}",
    "\\u escape in an IRI before #": f"SELECT * WHERE {{ ?s ?p <urn:\\u0041#> SERVICE {URL} {GROUP} }}",
    "\\u escape in the URL": f"SELECT * WHERE {{ SERVICE <http://\\u0031\\u0032\\u0037.0.0.1:{{port}}/> {GROUP} }}",
    "local name escape \\#": f"SELECT * WHERE {{ ?s ?p ent:a\\# SERVICE {URL} {GROUP} }}",
    "local name escape \\'": f"SELECT * WHERE {{ ?s ?p ent:a\\' SERVICE {URL} {GROUP} . ?s ?p 'x' }}",
    "string with an escaped quote": f"SELECT * WHERE {{ ?s ?p 'a\\'' SERVICE {URL} {GROUP} }}",
    "string with a \\u quote": f"SELECT * WHERE {{ ?s ?p 'a\\u0027' SERVICE {URL} {GROUP} }}",
    "long string with quotes": f"SELECT * WHERE {{ ?s ?p '''a'' ''' SERVICE {URL} {GROUP} }}",
    'long "string" with quotes': f'SELECT * WHERE {{ ?s ?p """x"y""" SERVICE {URL} {GROUP} }}',
    "< as an operator, not an IRI": f"SELECT * WHERE {{ ?s ?p ?o FILTER(!(?o<?o&&'x>'=?o)) SERVICE {URL} {GROUP} }} #'",
    "variable service": f"SELECT * WHERE {{ VALUES ?u {{ {URL} }} SERVICE ?u {GROUP} }}",
}
# The same hiding, SERVICE inside each kind of nested group.
WRAPPERS = {
    "subquery": "SELECT * WHERE {{ {{ SELECT * WHERE {{ {} }} }} }}",
    "OPTIONAL": "SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ {} }} }}",
    "MINUS": "SELECT * WHERE {{ ?x ?y ?z MINUS {{ {} }} }}",
    "EXISTS": "SELECT * WHERE {{ ?x ?y ?z FILTER EXISTS {{ {} }} }}",
    "NOT EXISTS": "ASK {{ FILTER NOT EXISTS {{ {} }} }}",
    "GRAPH": "SELECT * WHERE {{ GRAPH ?g {{ {} }} }}",
    "UNION": "SELECT * WHERE {{ {{ ?x ?y ?z }} UNION {{ {} }} }}",
}
HIDING = {  # what comes before SERVICE inside the group
    "CR comment": "# x\r",
    "\\u in an IRI": "?s ?p <urn:\\u0041#> ",
    "local name escape": "?s ?p ent:a\\# ",
    "glued": "?s ?p true",
}
NESTED_SERVICE = {
    f"{wrapper}, {hiding}": WRAPPERS[wrapper].format(HIDING[hiding] + f"SERVICE {URL} {GROUP}")
    for wrapper in WRAPPERS for hiding in HIDING
}
DEEP = 5000
# Nesting hidden behind each token: Oxigraph would overflow its stack parsing these.
NESTING_FORMS = {
    name: f"SELECT * WHERE {{ {prefix}" + "{" * DEEP + "}" * DEEP + " }"
    for name, prefix in {
        "CR comment": "# x\r",
        "\\u in an IRI": "?s ?p <urn:\\u0041#> . ",
        "local name escape \\#": "?s ?p ent:a\\# . ",
        "local name escape \\'": "?s ?p ent:a\\' . ",
        "escaped quote": "?s ?p 'a\\'' . ",
        "long string": "?s ?p '''a'' ''' . ",
    }.items()
} | {
    "parentheses in an IRI-looking operand": "ASK { FILTER(1<" + "(" * DEEP + "1" + ")" * DEEP + "&&1>0) }",
}


@pytest.mark.parametrize("query", list(SERVICE_FORMS.values()) + list(NESTED_SERVICE.values()),
                         ids=list(SERVICE_FORMS) + list(NESTED_SERVICE))
def test_hidden_service_is_refused_by_kg_query(cli, listener, query):  # noqa: F811
    """kg query refuses each SERVICE form with exit 5 and one line; nothing connects."""
    port, connections = listener
    result = cli("query", query.replace("{port}", str(port)))
    failed(result, 5, "SERVICE")
    assert result.stdout == ""
    assert connections == []


@pytest.mark.parametrize("query", list(NESTING_FORMS.values()), ids=list(NESTING_FORMS))
def test_hidden_nesting_is_refused_by_kg_query(cli, query):
    """kg query refuses 5,000-deep nesting behind each token with exit 5, before evaluation."""
    failed(cli("query", query), 5, "brackets deep")


def test_the_service_refusal_names_no_false_words(cli, listener):  # noqa: F811
    """What only looks like SERVICE (in strings, comments, IRIs, variables) still runs."""
    port, connections = listener
    for query in (
        "SELECT ?service WHERE { ?service rdfs:label 'SERVICE' } # SERVICE <x>\n",
        f"ASK {{ <http://127.0.0.1:{port}/SERVICE> ?p \"\"\"SERVICE\"\"\" }}",
        "ASK { ?s ?p '''a'' SERVICE''' } # x\r# SERVICE",
    ):
        succeeded(cli("query", query))
    assert connections == []


@pytest.fixture
def no_lexer(monkeypatch):
    """Turn off kg's reading of the query (SERVICE and size checks), leaving the containment."""
    import graph.query as query_module
    import graph.query_text as query_text

    monkeypatch.setattr(query_text, "check_size", lambda text: None)
    monkeypatch.setattr(query_module, "_refuse_service", lambda text: None)


def test_kg_query_cannot_fetch_even_when_the_lexer_misses(cli, listener, no_lexer):  # noqa: F811
    """With the lexer's SERVICE check off, Oxigraph's SERVICE fails in the sandboxed child:
    exit 5, and the listener records no connection."""
    port, connections = listener
    result = cli("query", f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {GROUP} }}")
    failed(result, 5, "The query failed")
    assert connections == []


def test_an_engine_crash_is_a_query_error(cli, no_lexer):
    """With the size check off, a 5,000-deep query segfaults the evaluating child, and kg query
    says so on one line with exit 5 (the test process goes on)."""
    result = cli("query", "SELECT * WHERE " + "{" * DEEP + "}" * DEEP)
    failed(result, 5, "crashed", "SIGSEGV")
    assert result.stdout == ""
    succeeded(cli("query", "ASK {}"))


def test_large_outputs_stream_through_the_pipe(tmp_path):
    """An answer far larger than a pipe's buffer arrives whole and in pieces."""
    from graph.store import pin_build

    directory, release = pin_build(tmp_path / "store", MINI)
    try:
        query = "SELECT ?i WHERE { VALUES ?x { " + " ".join(str(i) for i in range(300)) + " } " \
                "VALUES ?y { " + " ".join(str(i) for i in range(300)) + " } BIND(?x * 1000 + ?y AS ?i) }"
        pieces = list(run_isolated(directory, query, "csv"))
    finally:
        release()
    lines = "".join(pieces).splitlines()
    assert len(pieces) > 1 and lines[0] == "i" and len(lines) == 90_001
    assert sorted(int(line) for line in lines[1:]) == [x * 1000 + y for x in range(300) for y in range(300)]


def test_errors_from_the_child_keep_their_type(tmp_path):
    """A syntax error in the child is a QueryError in the parent, with Oxigraph's message."""
    from graph.store import pin_build

    directory, release = pin_build(tmp_path / "store", MINI)
    try:
        with pytest.raises(QueryError, match="SPARQL syntax error"):
            list(run_isolated(directory, "SELECT ?x WHERE { ?x ?y }", "table"))
    finally:
        release()


# --- the sandbox ---------------------------------------------------------------------------------


def _in_child(check) -> int:
    """Run `check()` in a forked child; its exit status (0: every assertion held)."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            check()
            code = 0
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_forbid_network_blocks_inet_sockets_in_every_thread(listener):  # noqa: F811
    """After forbid_network(), IPv4 and IPv6 sockets fail (in threads started before, too),
    while pipes and Unix socket pairs still work; the listener sees nothing."""
    port, connections = listener
    started = threading.Event()
    attempt = threading.Event()
    results: list[str] = []

    def thread() -> None:
        started.set()
        attempt.wait()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
            results.append("connected")
        except OSError:
            results.append("refused")

    def check() -> None:
        worker = threading.Thread(target=thread)
        worker.start()
        started.wait()
        assert forbid_network()
        attempt.set()
        worker.join()
        assert results == ["refused"]
        for family in (socket.AF_INET, socket.AF_INET6):
            with pytest.raises(PermissionError):
                socket.socket(family)
        left, right = socket.socketpair()
        left.send(b"x")
        assert right.recv(1) == b"x"
        readable, writable = os.pipe()
        os.write(writable, b"y")
        assert os.read(readable, 1) == b"y"

    assert _in_child(check) == 0
    assert connections == []


def test_forbid_network_is_never_active_in_the_test_process(cli):
    """kg query installs the filter only in its child: this process can still open sockets."""
    succeeded(cli("query", "ASK {}"))
    assert _seccomp_mode(os.getpid()) == 0
    socket.socket(socket.AF_INET).close()


def _seccomp_mode(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("Seccomp:")[1].split()[0])


# --- kg serve ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """kg serve's app over two workers, on the mini corpus."""
    store = store_directory(tmp_path_factory.mktemp("attacks") / "store", MINI)
    pool = WorkerPool(store, Limits(timeout=30, max_memory=1024), 2)
    with TestClient(create_app(pool), follow_redirects=False) as test_client:
        yield test_client


def test_serve_workers_cannot_open_network_sockets(client):
    """Every query worker runs under the seccomp filter (mode 2); the server process does not."""
    workers = [p for p in multiprocessing.active_children() if p.name == "kg-serve-worker"]
    assert workers
    assert all(_seccomp_mode(worker.pid) == 2 for worker in workers)
    assert _seccomp_mode(os.getpid()) == 0


@pytest.mark.parametrize("query", list(SERVICE_FORMS.values()) + list(NESTED_SERVICE.values()),
                         ids=list(SERVICE_FORMS) + list(NESTED_SERVICE))
def test_hidden_service_is_refused_by_kg_serve(client, listener, query):  # noqa: F811
    """/sparql answers each SERVICE form 400 (never a fetch); nothing connects."""
    port, connections = listener
    response = client.get("/sparql", params={"query": query.replace("{port}", str(port))})
    assert response.status_code == 400 and "SERVICE" in response.text
    assert connections == []


@pytest.mark.parametrize("query", list(NESTING_FORMS.values()), ids=list(NESTING_FORMS))
def test_hidden_nesting_is_refused_by_kg_serve(client, query):
    """/sparql answers 5,000-deep nesting behind each token 400, and goes on answering."""
    response = client.post("/sparql", content=query, headers={"content-type": "application/sparql-query"})
    assert response.status_code == 400 and "brackets deep" in response.text
    assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200


def test_a_child_killed_before_answering_is_forked_once_more(tmp_path, monkeypatch):
    """A child that dies of a signal before sending anything (a fork that came up broken) is tried
    again, and the answer comes from the second child; one that dies twice is a QueryError."""
    import signal

    from graph import query as query_module
    from graph.store import pin_build

    evaluate = query_module._evaluate_in_child
    marker = tmp_path / "crashed-once"

    def crash_first(*args):  # runs in the forked child
        if not marker.exists():
            marker.write_text("")
            os.kill(os.getpid(), signal.SIGSEGV)
        evaluate(*args)

    monkeypatch.setattr(query_module, "_evaluate_in_child", crash_first)
    directory, release = pin_build(tmp_path / "store", MINI)
    try:
        assert "".join(run_isolated(directory, "ASK {}", "csv")).strip() == "true"
        monkeypatch.setattr(query_module, "_evaluate_in_child", lambda *args: os.kill(os.getpid(), signal.SIGSEGV))
        with pytest.raises(QueryError, match="crashed on this query"):
            list(run_isolated(directory, "ASK {}", "csv"))
    finally:
        release()
