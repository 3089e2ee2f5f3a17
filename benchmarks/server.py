"""The server part of benchmarks/run.py: kg against an Oxigraph server on 127.0.0.1.

The server's store is filled with `oxigraph load` (its own bulk loader) so that the numbers are
about answering; `kg build --endpoint` (HTTP loading) is timed separately on the 100k graph.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PYTHON = sys.executable
BIN = Path(PYTHON).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1 over a store loaded from an N-Triples file into <urn:kg:graph>."""

    def __init__(self, nt: Path | None) -> None:
        self.directory = tempfile.mkdtemp(prefix="kg-bench-oxigraph-")
        if nt is not None:
            subprocess.run([BIN / "oxigraph", "load", "--location", self.directory, "--file", str(nt),
                            "--graph", "urn:kg:graph", "--lenient"], check=True, capture_output=True)
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen([BIN / "oxigraph", "serve", "--location", self.directory,
                                         "--bind", f"127.0.0.1:{port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=1).read()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("oxigraph serve did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        subprocess.run(["rm", "-rf", self.directory], check=True)


_QUERY_SCRIPT = r"""
import json, statistics, sys, time
from graph.query import run_query
from graph.remote import RemoteStore
url, repeat, queries, prefixes, hub_query = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4], sys.argv[5]
store = RemoteStore(url)
hub = next(iter(store.query(prefixes + hub_query)))["hub"]
out = {}
for name, text in queries.items():
    text = text.replace("WHERE {", f"WHERE {{ VALUES ?hub {{ {hub} }}", 1)
    len(list(run_query(store, text)))
    times = []
    for _ in range(repeat):
        start = time.perf_counter(); rows = len(list(run_query(store, text))); times.append(time.perf_counter() - start)
    out[name] = (statistics.median(times), rows)
print(json.dumps(out))
"""


def _wall(command: list[str], repeat: int, env: dict[str, str]) -> float:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_server(paths: dict[str, Path], label: str, queries: dict[str, str], prefixes: str,
                 hub_query: str, repeat: int, build_data: Path | None = None) -> list[str]:
    lines = []
    server = OxigraphServer(paths["nt"])
    try:
        env = {**os.environ, "KG_ENDPOINT": f"{server.url}/query"}
        answers = json.loads(subprocess.run(
            [PYTHON, "-c", _QUERY_SCRIPT, f"{server.url}/query", str(repeat * 4), json.dumps(queries), prefixes, hub_query],
            check=True, capture_output=True, text=True).stdout)
        for name, (seconds, rows) in answers.items():
            lines.append(f"| {label}, Oxigraph server | SPARQL {name} ({rows} rows) via --endpoint | {seconds * 1000:.2f} ms | | | |")
        wall = _wall([str(BIN / "kg"), "path", "alice-anchor", "bob-anchor"], repeat, env)
        lines.append(f"| {label}, Oxigraph server | `kg path alice-anchor bob-anchor --endpoint`, whole process | {wall * 1000:.0f} ms | | | |")
    finally:
        server.stop()
    if build_data is not None:
        server = OxigraphServer(None)
        try:
            start = time.perf_counter()
            done = subprocess.run([str(BIN / "kg"), "build", "--data", str(build_data), "--endpoint", f"{server.url}/query"],
                                  check=True, capture_output=True, text=True)
            seconds = time.perf_counter() - start
            lines.append(f"| {build_data.name}, Oxigraph server | `kg build --endpoint` (HTTP, batches, atomic swap) | "
                         f"{seconds:.1f} s | | | {done.stderr.strip().split(': ', 2)[-1]} |")
        finally:
            server.stop()
    return lines
