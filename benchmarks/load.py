"""Load test of `kg serve` on a generated graph: concurrent clients over loopback; prints numbers.

    python benchmarks/load.py                                  # 1M triples, 16 clients, ≤2,000 requests, ≤60 s
    python benchmarks/load.py --triples 10k --clients 4 --requests 200 --seconds 20
    python benchmarks/load.py --triples 100k --clients 20 --slow 10 --seconds 40 --timeout 5   # an attack

The graph is benchmarks/generate.py's (seed 7), generated into --workdir and reused (as
benchmarks/run.py does); the server builds its store there on first use. `kg serve` runs as a
subprocess on a free 127.0.0.1 port. Each client is a thread with one keep-alive HTTP connection,
sending requests of three kinds in a seeded random mix until --requests have been sent in all or
--seconds have passed:
- path: /api/path between the planted anchors (alice-anchor to bob-anchor, 4 hops through the
  busiest hub) or between an anchor and an entity drawn from the graph's endorsers;
- 1-hop: SPARQL, who endorsed X, for X drawn from the 50 most endorsed (the hub: thousands of rows);
- aggregate: SPARQL, the 10 most endorsed, counted over every endorsement.
With --slow N, N more of the clients each send, one after the other, a query that runs until the
time limit stops it (a cartesian product, counted): an attacker keeping the workers busy. The
other clients measure what everyone else gets. With --unique-slow, every slow query differs (a
numbered comment), so the server cannot know it from the last one.
It reports, per kind and overall (the slow queries on their own row, outside "all"), the requests sent, the answers by status, errors (anything
but 200, and 404 "no path" for paths), throughput and p50/p99 latency; then checks /health and
stops the server with SIGINT. The clients run in this process, on the same cores as the server.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import ANCHORS, generate  # noqa: E402
from benchmarks.run import KG, PREFIXES, parse_size, size_label  # noqa: E402

AGGREGATE = """SELECT ?candidate (COUNT(?who) AS ?n) WHERE { ?who pol:endorsed ?candidate }
GROUP BY ?candidate ORDER BY DESC(?n) LIMIT 10"""
TARGETS = """SELECT ?target (COUNT(?who) AS ?n) WHERE { ?who pol:endorsed ?target }
GROUP BY ?target ORDER BY DESC(?n) LIMIT 50"""
ENDORSERS = "SELECT DISTINCT ?who WHERE { ?who pol:endorsed ?target } LIMIT 500"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
KINDS = ("path", "1-hop", "aggregate")


def start_server(data: Path, store: Path, workers: int, timeout: float, log: Path) -> tuple[subprocess.Popen, str]:
    """`kg serve --port 0` (building the store first if needed); its URL once it listens."""
    command = [KG, "serve", "--port", "0", "--data", str(data), "--store", str(store),
               "--workers", str(workers), "--timeout", str(timeout)]
    handle = log.open("w")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=handle)
    deadline = time.monotonic() + 900  # a first build of 5M triples takes minutes
    while time.monotonic() < deadline:
        match = re.search(r"at (http://127\.0\.0\.1:\d+)/ ", log.read_text())
        if match:
            return process, match[1]
        if process.poll() is not None:
            raise SystemExit(f"kg serve exited ({process.returncode}):\n{log.read_text()}")
        time.sleep(0.2)
    process.kill()
    raise SystemExit("kg serve did not start within 15 minutes")


def sparql_path(query: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": PREFIXES + query})


def get_json(url: str, path: str, accept: str = "application/json") -> dict:
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    connection.request("GET", path, headers={"accept": accept})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.status != 200:
        raise SystemExit(f"GET {path[:80]}: {response.status} {body[:200]!r}")
    return json.loads(body)


def values(document: dict, name: str) -> list[str]:
    return [row[name]["value"] for row in document["results"]["bindings"]]


def plan(url: str) -> dict[str, list[str]]:
    """The requests' variety: most endorsed targets and some endorsers, asked of the server."""
    accept = "application/sparql-results+json"
    targets = values(get_json(url, sparql_path(TARGETS), accept), "target")
    endorsers = [iri.rsplit(":", 1)[1] for iri in values(get_json(url, sparql_path(ENDORSERS), accept), "who")]
    return {"targets": targets, "endorsers": [e for e in endorsers if e not in ANCHORS]}


def request_for(kind: str, rng: random.Random, variety: dict[str, list[str]]) -> str:
    if kind == "path":
        alice, bob = ANCHORS
        ends = rng.choice([(alice, bob), (alice, rng.choice(variety["endorsers"])), (rng.choice(variety["endorsers"]), bob)])
        return "/api/path?" + urllib.parse.urlencode({"from": ends[0], "to": ends[1]})
    if kind == "1-hop":
        return sparql_path(f"SELECT ?who WHERE {{ ?who pol:endorsed <{rng.choice(variety['targets'])}> }}")
    return sparql_path(AGGREGATE)


class Load:
    """Shared by the client threads: the budget of requests and time, and what they measured."""

    def __init__(self, requests: int, seconds: float) -> None:
        self.left = requests
        self.deadline = time.monotonic() + seconds
        self.lock = threading.Lock()
        self.results: list[tuple[str, int, float]] = []  # (kind, status or 0 for a failure, seconds)

    def take(self) -> bool:
        with self.lock:
            if self.left <= 0 or time.monotonic() >= self.deadline:
                return False
            self.left -= 1
            return True

    def record(self, kind: str, status: int, seconds: float) -> None:
        with self.lock:
            self.results.append((kind, status, seconds))


def client(url: str, load: Load, variety: dict[str, list[str]], seed: int, timeout: float, slow: bool = False,
           unique: bool = False) -> None:
    """Send requests until the budget is spent; a slow client sends only SLOW, until the deadline."""
    rng = random.Random(seed)
    parts = urllib.parse.urlsplit(url)
    connection = None
    while (time.monotonic() < load.deadline and load.left > 0) if slow else load.take():
        kind = "slow" if slow else rng.choice(KINDS)
        path = sparql_path(SLOW + (f" # {seed} {rng.random()}" if unique else "")) if slow else request_for(kind, rng, variety)
        start = time.perf_counter()
        try:
            if connection is None:
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
            connection.request("GET", path, headers={"accept": "application/sparql-results+json, application/json"})
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            status = 0
            if connection is not None:
                connection.close()
            connection = None
        load.record(kind, status, time.perf_counter() - start)
    if connection is not None:
        connection.close()


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0-100) of a non-empty list."""
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def is_error(kind: str, status: int) -> bool:
    return not (status == 200 or (kind == "path" and status == 404))


def report(load: Load, elapsed: float) -> None:
    print("| kind | requests | answers by status | errors | p50 | p99 | mean |")
    print("|---|---|---|---|---|---|---|")
    fast = [(k, s, t) for k, s, t in load.results if k != "slow"]
    for kind in (*KINDS, "all", "slow"):
        rows = [(k, s, t) for k, s, t in (fast if kind == "all" else load.results) if kind in ("all", k)]
        if not rows:
            continue
        times = [t * 1000 for _, _, t in rows]
        statuses = Counter(s for _, s, _ in rows)
        shown = ", ".join(f"{s or 'failed'}: {n}" for s, n in sorted(statuses.items()))
        errors = sum(1 for k, s, _ in rows if is_error(k, s)) if kind != "slow" else "-"
        print(f"| {kind} | {len(rows)} | {shown} | {errors} | {percentile(times, 50):.1f} ms | "
              f"{percentile(times, 99):.1f} ms | {sum(times) / len(times):.1f} ms |")
    total = len(fast)
    errors = sum(1 for k, s, _ in fast if is_error(k, s))
    print(f"\n{total} requests in {elapsed:.1f} s: {total / elapsed:.1f} requests/s, {errors} errors")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=parse_size, default=1_000_000, help="graph size, e.g. 10k, 1M")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=2000, help="most requests sent in all")
    parser.add_argument("--seconds", type=float, default=60.0, help="most seconds of load")
    parser.add_argument("--slow", type=int, default=0, help="clients sending only queries that run to the time limit")
    parser.add_argument("--unique-slow", action="store_true", help="make every slow query a different text")
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers")
    parser.add_argument("--timeout", type=float, default=10.0, help="kg serve --timeout (seconds)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench"))
    args = parser.parse_args()
    if min(args.clients, args.requests, args.workers) < 1 or args.seconds <= 0:
        parser.error("--clients, --requests, --workers and --seconds must be positive")
    if not 0 <= args.slow < args.clients:
        parser.error("--slow must be at least 0 and fewer than --clients")

    args.workdir.mkdir(parents=True, exist_ok=True)
    data = args.workdir / f"data-{args.triples}"
    store = args.workdir / f"serve-store-{args.triples}"
    if not (data / "statements.csv").exists():
        print(f"generating {size_label(args.triples)} triples into {data} ...", file=sys.stderr, flush=True)
        generate(data, triples=args.triples, seed=7, overwrite=True)
    log = args.workdir / f"serve-{args.triples}.log"
    started = time.perf_counter()
    process, url = start_server(data, store, args.workers, args.timeout, log)
    print(f"kg serve up at {url} in {time.perf_counter() - started:.1f} s (store: {store}; log: {log})", flush=True)
    try:
        variety = plan(url)
        attack = f" ({args.slow} sending slow queries)" if args.slow else ""
        print(f"{size_label(args.triples)} triples · {args.clients} clients{attack} · {args.workers} workers · "
              f"at most {args.requests} requests or {args.seconds:g} s · time limit {args.timeout:g} s\n", flush=True)
        load = Load(args.requests, args.seconds)
        threads = [threading.Thread(target=client, args=(url, load, variety, seed, args.timeout * 3 + 30, seed < args.slow,
                                                    args.unique_slow))
                   for seed in range(args.clients)]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        report(load, time.perf_counter() - start)
        health = get_json(url, "/health")
        print(f"\n/health after the load: {health['status']}, {health['triples']:,} triples, "
              f"{health['timeouts']} queries stopped at the time limit, {health['restarts']} workers restarted")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    print(f"kg serve stopped (exit code {process.returncode})")


if __name__ == "__main__":
    main()
