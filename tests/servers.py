"""Real SPARQL servers for tests: Oxigraph server and Virtuoso, each on 127.0.0.1, a free port and
a temporary directory, started by a context manager that always stops them.

    with start("oxigraph", tmp_path) as endpoint:
        store = endpoint.store()

`start` raises `ServerMissing` when the server's program is not installed (tests turn it into a
skip); `ServerFailed` (with the end of the server's log) when it does not come up.
- Oxigraph: PyPI `oxigraph` (its `oxigraph` script beside the test interpreter or on PATH), run as
  `oxigraph serve --location DIR --bind 127.0.0.1:PORT`; routes /query, /update, /store.
- Virtuoso: Debian `virtuoso-opensource` (`virtuoso-t`), run as `virtuoso-t +configfile INI
  +foreground` with a copy of the package's virtuoso.ini whose files live in DIR and whose two
  ServerPorts are 127.0.0.1 ports. Queries go to /sparql (anonymous, read-only); writes to
  /sparql-auth (SPARQL Update) and /sparql-graph-crud-auth (Graph Store Protocol) as the
  database administrator dba/dba (a fresh database's default) with HTTP digest authentication.
A server is stopped by SIGTERM (then SIGKILL) on leaving `start`, and gets SIGTERM from the kernel
if the test process dies first (PR_SET_PDEATHSIG). `silent_server` and `answering_server` are
tiny in-process servers for error tests (one never answers, one answers a fixed status).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.remote import RemoteStore

__all__ = [
    "SERVERS",
    "Endpoint",
    "ServerFailed",
    "ServerMissing",
    "answering_server",
    "free_port",
    "silent_server",
    "start",
]

SERVERS = ("oxigraph", "virtuoso")
HOST = "127.0.0.1"
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_INI_TEMPLATE = Path("/usr/share/virtuoso-opensource-7/virtuoso.ini")
START_TIMEOUT = 60.0


class ServerMissing(Exception):
    """The server's program is not installed."""


class ServerFailed(Exception):
    """The server did not start; the message ends with its log."""


@dataclass(frozen=True)
class Endpoint:
    name: str
    version: str
    query_url: str
    update_url: str
    graph_store_url: str
    user: str | None = None
    password: str | None = None
    log: Path = field(default=Path(os.devnull))

    def store(self, *, graph_store: bool = True, **options) -> RemoteStore:
        """A RemoteStore on this server; `graph_store=False` loads with SPARQL Update only."""
        return RemoteStore(
            self.query_url,
            update_url=self.update_url,
            graph_store_url=self.graph_store_url if graph_store else None,
            user=self.user,
            password=self.password,
            **options,
        )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (at the time of asking)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def oxigraph_program() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def virtuoso_program() -> str | None:
    return shutil.which("virtuoso-t")


@contextlib.contextmanager
def start(name: str, directory: Path) -> Iterator[Endpoint]:
    """Start server `name` with its files under `directory`; stop it on leaving, whatever happens."""
    if name not in SERVERS:
        raise ValueError(f"unknown server {name!r}; known: {', '.join(SERVERS)}")
    directory.mkdir(parents=True, exist_ok=True)
    for attempt in range(3):  # a free port can be taken between asking and binding
        command, endpoint = (_oxigraph if name == "oxigraph" else _virtuoso)(directory, free_port(), free_port())
        process = _spawn(command, directory, endpoint.log)
        try:
            _wait_until_up(process, endpoint)
        except ServerFailed:
            _stop(process)
            log = endpoint.log.read_text(errors="replace")
            if attempt == 2 or not re.search(r"in use|bind|listen", log, re.IGNORECASE):
                raise
            continue
        except BaseException:
            _stop(process)
            raise
        try:
            yield endpoint
        finally:
            _stop(process)
        return


def _oxigraph(directory: Path, port: int, _: int) -> tuple[list[str], Endpoint]:
    program = oxigraph_program()
    if program is None:
        raise ServerMissing("the oxigraph server is not installed (pip install oxigraph)")
    asked = subprocess.run([program, "--version"], check=False, capture_output=True, text=True, timeout=30)
    version = asked.stdout.strip()
    base = f"http://{HOST}:{port}"
    location = directory / f"oxigraph-{port}"
    command = [program, "serve", "--location", str(location), "--bind", f"{HOST}:{port}"]
    endpoint = Endpoint(
        "oxigraph", version, f"{base}/query", f"{base}/update", f"{base}/store", log=directory / f"oxigraph-{port}.log"
    )
    return command, endpoint


def _virtuoso(directory: Path, http_port: int, sql_port: int) -> tuple[list[str], Endpoint]:
    program = virtuoso_program()
    template = VIRTUOSO_INI if VIRTUOSO_INI.is_file() else VIRTUOSO_INI_TEMPLATE
    if program is None or not template.is_file():
        raise ServerMissing(
            "Virtuoso is not installed (apt-get install virtuoso-opensource: virtuoso-t and its virtuoso.ini)"
        )
    asked = subprocess.run([program, "+help"], check=False, capture_output=True, text=True, timeout=30)
    match = re.search(r"Version (\S+)", asked.stdout + asked.stderr)
    db = directory / f"virtuoso-{http_port}"
    db.mkdir()
    ini = db / "virtuoso.ini"
    ini.write_text(_virtuoso_ini(template.read_text(), db, http_port, sql_port))
    base = f"http://{HOST}:{http_port}"
    endpoint = Endpoint(
        "virtuoso",
        f"virtuoso-t {match.group(1) if match else '?'}",
        f"{base}/sparql",
        f"{base}/sparql-auth",
        f"{base}/sparql-graph-crud-auth",
        user="dba",
        password="dba",
        log=db / "stdout.log",
    )
    return [program, "+configfile", str(ini), "+foreground"], endpoint


def _virtuoso_ini(template: str, db: Path, http_port: int, sql_port: int) -> str:
    """The package's virtuoso.ini with every file in `db` and both ports on 127.0.0.1."""
    lines, section = [], ""
    for line in template.splitlines():
        header = re.match(r"\s*\[(.+?)\]", line)
        if header:
            section = header.group(1)
        setting = re.match(r"(\s*)(\w+)(\s*=\s*)([^;]*?)(\s*(?:;.*)?)$", line)
        if setting:
            indent, key, equals, value, comment = setting.groups()
            if section in ("Database", "TempDatabase") and key in (
                "DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file"
            ):
                value = str(db / Path(value).name)
            elif key == "ServerPort" and section == "Parameters":
                value = f"{HOST}:{sql_port}"
            elif key == "ServerPort" and section == "HTTPServer":
                value = f"{HOST}:{http_port}"
            elif key == "DefaultHost" and section == "URIQA":
                value = f"{HOST}:{http_port}"
            line = f"{indent}{key}{equals}{value}{comment}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _die_with_parent() -> None:
    """In the child: be sent SIGTERM if the test process dies without stopping us (Linux)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _spawn(command: list[str], directory: Path, log: Path) -> subprocess.Popen:
    with open(log, "wb") as out:
        return subprocess.Popen(
            command,
            cwd=directory,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )


def _wait_until_up(process: subprocess.Popen, endpoint: Endpoint) -> None:
    """Poll an ASK query until the server answers 200 (only 127.0.0.1 is ever contacted)."""
    url = f"{endpoint.query_url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    assert url.startswith(f"http://{HOST}:")
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerFailed(f"{endpoint.name} exited with {process.returncode}:\n{_tail(endpoint.log)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise ServerFailed(f"{endpoint.name} did not answer within {START_TIMEOUT:g} s:\n{_tail(endpoint.log)}")


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL after 20 s; only this one process, by its id."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """A URL on 127.0.0.1 whose server accepts connections and reads requests but never answers."""
    import threading

    stop = threading.Event()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind((HOST, 0))
    listener.listen(8)
    listener.settimeout(0.1)
    accepted: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{listener.getsockname()[1]}/sparql"
    finally:
        stop.set()
        thread.join(timeout=5)
        for connection in accepted:
            connection.close()
        listener.close()


@contextlib.contextmanager
def answering_server(status: int, body: bytes, headers: dict[str, str] | None = None) -> Iterator[str]:
    """A URL on 127.0.0.1 whose server answers every POST with `status`, `headers` and `body`."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # http.server's naming
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            for name, value in {"Content-Type": "text/plain; charset=utf-8", **(headers or {})}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer((HOST, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextlib.contextmanager
def oxigraph_graph(data: Path, directory: Path) -> Iterator:  # of graph.knowledge_graph.KnowledgeGraph
    """The graph of data directory `data` (with the ontology) on a real Oxigraph server on
    127.0.0.1, as a KnowledgeGraph over its endpoint; ServerMissing when oxigraph is not installed."""
    import pyoxigraph as ox

    from graph.datafiles import read_corpus
    from graph.knowledge_graph import KnowledgeGraph
    from graph.resources import ontology_dir
    from graph.corroboration import corroboration_chunk
    from graph.triples import corpus_ntriples

    with start("oxigraph", directory) as endpoint:
        ontology = ox.parse(path=str(ontology_dir() / "kg.ttl"), format=ox.RdfFormat.TURTLE)
        read = read_corpus(data)
        corpus = ox.parse("".join(corpus_ntriples(read)) + corroboration_chunk(read), format=ox.RdfFormat.N_TRIPLES)
        endpoint.store().replace_graph([ox.Triple(q.subject, q.predicate, q.object) for q in [*ontology, *corpus]])
        yield KnowledgeGraph(endpoint.store())


class RecordingStore:
    """A store that remembers every query sent to it."""

    def __init__(self, store) -> None:
        self.store, self.queries = store, []

    def query(self, text, **kwargs):
        self.queries.append(text)
        return self.store.query(text, **kwargs)

