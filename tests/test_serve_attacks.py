"""kg serve under attack: odd paths, forged log lines, huge answers, clients that never read or
go away, slow queries sent to starve the others, and names too long to look up."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graph.serve import Limits
from graph.serve.app import PENDING_ANSWERS, create_app
from graph.serve.workers import WorkerPool
from tests.test_serve import KG, SELECT_BASS, SLOW, TestClient, _query, data_dir, store_dir, store_path  # noqa: F401

MAX_BYTES = 4 << 20
# One row, one value of about 3.6 MB on the test corpus: under MAX_BYTES, and more than the
# kernel's socket buffers take in for a client that reads nothing.
BIG_ROW = ("SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { { SELECT ?o WHERE { ?s ?p ?o . ?a ?b ?c } "
           "LIMIT 100000 } }")
HUGE_ROW = BIG_ROW.replace("100000", "200000")  # about 7 MB


@pytest.fixture(scope="module")
def server(store_path: Path, data_dir: Path, tmp_path_factory):
    """A real `kg serve` (small --max-bytes, 10 s time limit) whose stderr goes to a file: (url, pid, log)."""
    log = tmp_path_factory.mktemp("attacks") / "serve.log"
    with log.open("w") as handle:
        process = subprocess.Popen(
            [KG, "serve", "--port", "0", "--store", str(store_path), "--data", str(data_dir),
             "--timeout", "10", "--max-bytes", str(MAX_BYTES)],
            stdout=subprocess.DEVNULL, stderr=handle,
        )
    try:
        deadline = time.monotonic() + 60
        while not (match := re.search(r"at (http://127\.0\.0\.1:\d+)/ ", log.read_text())):
            assert process.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        yield match[1], process.pid, log
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def _get(url: str, path: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url + path, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _health(url: str) -> dict:
    return json.loads(_get(url, "/health")[1])


def _sparql(query: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query})


def _raw_get(url: str, path: str) -> socket.socket:
    """A connection that sends GET `path` and reads nothing back."""
    parts = urllib.parse.urlsplit(url)
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # before connecting: a small window
    sock.connect((parts.hostname, parts.port))
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    return sock


def _rss_mb(pid: int) -> float:
    line = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


# --- paths and the log -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/entity/%00",
        "/entity/a%20b",
        "/entity/%0d%0aSet-Cookie:x",
        "/entity/..%2F..%2Fetc%2Fpasswd",
        "/entity/a/b",
        "/entity/%3Cscript%3E",
        "/entity/%7B%7D",
        "/view?around=%00",
        "/view?from=%00&to=a%20b",
        "/view?around=a/../b",
    ],
)
def test_bad_paths_are_404_without_a_traceback(server, path: str) -> None:
    """An id or name no entity can have is a 404 page, and the server logs no traceback."""
    url, _, log = server
    seen = len(log.read_text())
    status, body = _get(url, path)
    assert status == 404, body
    assert "<html" in body.lower()
    time.sleep(0.1)
    logged = log.read_text()[seen:]
    assert "Traceback" not in logged and " 404 " in logged, logged


def test_the_log_escapes_what_it_prints(server) -> None:
    """A path with escape sequences and line breaks is logged on one line, its controls shown escaped."""
    url, _, log = server
    _get(url, "/entity/%1b%5b31mEvil%0d%0akg:%20127.0.0.1%20GET%20/forged%20200%200%20ms%07")
    time.sleep(0.2)
    text = log.read_text()
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert not any(line.startswith("kg: 127.0.0.1 GET /forged") for line in text.splitlines())
    assert re.search(r"^kg: 127\.0\.0\.1 GET /entity/\\x1b\[31mEvil kg: 127\.0\.0\.1 GET /forged 200 0 ms\\x07 404 ",
                     text, re.M), text


# --- bytes -------------------------------------------------------------------------------------


def test_an_answer_past_max_bytes_is_413(store_dir: Path) -> None:  # noqa: F811
    """One row (or a few triples) over --max-bytes is refused with 413, whatever the format."""
    pool = WorkerPool(store_dir, Limits(timeout=60, max_rows=100, max_triples=200, max_bytes=10_000), 1)
    with TestClient(create_app(pool)) as client:
        for query, accept in [
            ("SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?s ?p ?o }", "text/tab-separated-values"),
            ("SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?s ?p ?o }", "application/sparql-results+xml"),
            ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 200", "text/turtle"),
        ]:
            response = _query(client, query, accept)
            assert response.status_code == 413 and "--max-bytes" in response.text, response.text
        assert _query(client, SELECT_BASS).status_code == 200


def test_clients_that_do_not_read_cannot_fill_the_server(server) -> None:
    """Answers nobody reads: the server holds at most PENDING_ANSWERS x --max-bytes for them,
    turns the rest away with 503, and lets go of all of it when the clients go."""
    url, pid, _ = server
    assert _get(url, _sparql(HUGE_ROW))[0] == 413
    status, body = _get(url, _sparql(BIG_ROW))
    assert status == 200 and len(body) > MAX_BYTES // 2
    before = _rss_mb(pid)
    clients = []
    try:
        # One at a time (on a loaded machine, two at once could take the slow lane's room), with
        # distinct texts (an answer that took over half a second would make its text "known slow").
        for i in range(2 * PENDING_ANSWERS):
            clients.append(_raw_get(url, _sparql(f"{BIG_ROW} # {i}")))
            deadline = time.monotonic() + 10
            while (state := _health(url))["busy"] + state["slow"] == 0 and time.monotonic() < deadline:
                time.sleep(0.02)  # until it started
            while (state := _health(url))["busy"] + state["slow"] and time.monotonic() < deadline:
                time.sleep(0.05)  # until it was answered
        held = _health(url)["pending_bytes"]
        grown = _rss_mb(pid) - before
        assert PENDING_ANSWERS * MAX_BYTES // 2 < held <= PENDING_ANSWERS * MAX_BYTES
        assert grown < PENDING_ANSWERS * MAX_BYTES / 2**20 + 40, f"the server grew by {grown:.0f} MB"
        if held + len(body) > PENDING_ANSWERS * MAX_BYTES:
            assert _get(url, _sparql(BIG_ROW + " # one more"))[0] == 503
    finally:
        for sock in clients:
            sock.close()
    deadline = time.monotonic() + 10
    while _health(url)["pending_bytes"] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _health(url)["pending_bytes"] == 0
    assert _get(url, _sparql(SELECT_BASS))[0] == 200


# --- slow queries and clients that go away -----------------------------------------------------


def test_fast_requests_are_answered_while_slow_queries_run(store_dir: Path) -> None:  # noqa: F811
    """With both workers on slow queries, fast requests are still answered at once; a slow query
    past the slow lane's room is stopped with 503 and Retry-After."""
    pool = WorkerPool(store_dir, Limits(timeout=8), 2)
    with TestClient(create_app(pool)) as client:
        slow: list = []
        threads = [threading.Thread(target=lambda: slow.append(_query(client, SLOW))) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(1.5)  # both have turned slow
        assert client.get("/health").json()["slow"] == 2
        for _ in range(5):
            start = time.perf_counter()
            assert _query(client, SELECT_BASS).status_code == 200
            assert time.perf_counter() - start < 2.5
        start = time.perf_counter()
        third = _query(client, SLOW)
        assert third.status_code == 503 and "slow queries" in third.text and third.headers["retry-after"]
        assert time.perf_counter() - start < 3
        for thread in threads:
            thread.join(30)
        assert [response.status_code for response in slow] == [503, 503]  # still stopped at --timeout
        state = client.get("/health").json()
        assert state["slow"] == 0 and state["timeouts"] == 2


def test_a_query_whose_client_went_away_is_stopped(server) -> None:
    """A client that disconnects mid-query has its worker killed and replaced at once, not at --timeout."""
    url, _, _ = server
    before = _health(url)
    sock = _raw_get(url, _sparql(SLOW))
    time.sleep(0.5)
    sock.close()
    deadline = time.monotonic() + 3  # the time limit is 10 s
    while _health(url)["abandoned"] == before["abandoned"] and time.monotonic() < deadline:
        time.sleep(0.1)
    state = _health(url)
    assert state["abandoned"] == before["abandoned"] + 1
    assert state["busy"] == 0 and state["slow"] == 0 and state["timeouts"] == before["timeouts"]
    while _health(url)["restarts"] == before["restarts"] and time.monotonic() < deadline + 5:
        time.sleep(0.1)
    assert _health(url)["restarts"] == before["restarts"] + 1
    assert _get(url, _sparql(SELECT_BASS))[0] == 200


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["show"], ["path", "harris"]])
def test_a_long_name_is_refused_at_once_by_the_cli(cli, command: list[str]) -> None:
    """`kg show`/`kg path` with a 100,000 character name: unknown (exit 3), a short message, in < 2 s."""
    assert cli("show", "harris").exit_code == 0  # builds the store first
    start = time.perf_counter()
    result = cli(*command, "x" * 50_000 + "y" * 50_000)
    assert time.perf_counter() - start < 2
    assert result.exit_code == 3 and "at most 300" in result.output and len(result.output) < 500


@pytest.mark.parametrize("path", ["/?q=", "/view?around=", "/path?from=harris&to=", "/api/path?from=harris&to="])
def test_a_long_name_is_refused_at_once_by_the_server(server, path: str) -> None:
    """A 7,000 character name in a search, a view or a path is answered as unknown, shortened, in < 2 s."""
    url, _, _ = server
    start = time.perf_counter()
    status, body = _get(url, path + "x" * 3_500 + "y" * 3_500)
    assert time.perf_counter() - start < 2
    assert status in (200, 404) and ("No one is called" in body or "at most 300" in body)
