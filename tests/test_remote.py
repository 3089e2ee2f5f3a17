"""kg on a remote SPARQL 1.1 endpoint: the same answers as the embedded store, from real servers.

Each server (Oxigraph server, Virtuoso; see tests/servers.py) is started once for this module on
127.0.0.1 and loaded with the shipped seed graph; the suite is skipped for a server whose program
is not installed. The error tests use tiny servers of their own, also on 127.0.0.1.
"""

from __future__ import annotations

import doctest
import re
import time
import urllib.parse
import urllib.request
from collections import Counter

import pyoxigraph as ox
import pytest

import graph.remote
from graph.datafiles import read_corpus
from graph.errors import QueryError, ReadOnlyQuery, StoreError, UnknownEntity
from graph.knowledge_graph import KnowledgeGraph
from graph.namespaces import PREFIXES
from graph.paths import find_paths
from graph.query import render, run_query
from graph.remote import EndpointError, RemoteQueryError, RemoteStore
from graph.resources import ontology_dir, shipped_data_dir
from graph.corroboration import corroboration_chunk
from graph.triples import corpus_ntriples

from . import servers

SCRATCH_GRAPH = "urn:kg:test:scratch"


def seed_triples() -> list[ox.Triple]:
    """What `kg build` puts in the store: the ontology, then the shipped corpus (as N-Triples)."""
    ontology = ox.parse(path=str(ontology_dir() / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    seed = read_corpus(shipped_data_dir())
    text = "".join(corpus_ntriples(seed)) + corroboration_chunk(seed)
    corpus = ox.parse(text, format=ox.RdfFormat.N_TRIPLES)
    return [ox.Triple(q.subject, q.predicate, q.object) for q in [*ontology, *corpus]]


# --- comparing answers ---------------------------------------------------------------------------


def _term(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str | None:
    return None if term is None else "_:" if isinstance(term, ox.BlankNode) else str(term)


def _answer(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, query: str = "") -> object:
    """A result as comparable data: rows as a multiset (order aside), a boolean, a set of triples.
    GROUP_CONCATs of `query` are compared as multisets too (their order is unspecified)."""
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QueryTriples):
        return sorted(str(t) for t in result)
    concats = re.findall(r'GROUP_CONCAT\([^;)]*;\s*separator\s*=\s*"(.)"\s*\)\s+AS\s+\?(\w+)', query, re.IGNORECASE)
    concat = {name: separator for separator, name in concats}

    def cell(name: str, term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> object:
        if name in concat and isinstance(term, ox.Literal):
            return tuple(sorted(term.value.split(concat[name])))
        return _term(term)

    names = [v.value for v in result.variables]
    return sorted(names), Counter(tuple(sorted((n, cell(n, row[n])) for n in names)) for row in result)


class RecordingStore:
    """An embedded store that remembers every query kg sends it."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store
        self.calls: list[tuple[str, dict]] = []

    def query(self, query: str, **options: object) -> object:
        self.calls.append((query, options))
        return self._store.query(query, **options)

    def __len__(self) -> int:
        return len(self._store)

    def __getattr__(self, name: str) -> object:
        return getattr(self._store, name)


def exercise(kg: KnowledgeGraph) -> dict[str, object]:
    """The facade's main uses, with their answers."""
    harris, bass, musk, biden = (kg.resolve(n) for n in ("harris", "bass", "musk", "biden"))
    return {
        "resolved": (harris, bass, musk, biden, kg.resolve("VP Harris"), kg.resolve("Karen Bass")),
        "harris-bass": find_paths(kg, harris, bass),
        "musk-biden": find_paths(kg, musk, biden, all_shortest=True),
        "musk-biden-k3": find_paths(kg, musk, biden, k=3),
        "card": kg.card(harris),
        "entity": kg.entity(bass),
        "labels": [kg.label(iri) for iri in (harris, bass, musk, biden)],
        "stats": kg.stats(),
        "edges": kg.edges(),
    }


@pytest.fixture(scope="module")
def facade_calls(seed_kg: KnowledgeGraph) -> list[tuple[str, dict]]:
    """Every query (text and options) the facade runs in `exercise`, on the embedded store."""
    recorder = RecordingStore(seed_kg.store)
    exercise(KnowledgeGraph(recorder))
    return recorder.calls


# --- the servers ---------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=servers.SERVERS)
def endpoint(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A running server (one per module and kind), stopped after the module even if tests fail."""
    try:
        with servers.start(request.param, tmp_path_factory.mktemp(request.param)) as running:
            yield running
    except servers.ServerMissing as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def loaded(endpoint: servers.Endpoint) -> tuple[servers.Endpoint, int, int]:
    """The server with the seed graph loaded (Graph Store Protocol): (endpoint, produced, read back)."""
    triples = seed_triples()
    started = time.monotonic()
    count = endpoint.store().replace_graph(triples)
    print(f"{endpoint.name}: loaded {count} triples in {time.monotonic() - started:.2f} s")
    return endpoint, len(set(triples)), count


@pytest.fixture
def remote_kg(loaded: tuple[servers.Endpoint, int, int]) -> KnowledgeGraph:
    return KnowledgeGraph(loaded[0].store())


def _other_graphs(endpoint: servers.Endpoint) -> dict[str, int]:
    """Triples per named graph whose IRI starts with urn:kg: (asked without default-graph-uri)."""
    query = (
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'urn:kg:')) } GROUP BY ?g"
    )
    request = urllib.request.Request(
        endpoint.query_url,
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        rows = ox.parse_query_results(response.read(), format=ox.QueryResultsFormat.JSON)
        return {row["g"].value: int(row["n"].value) for row in rows}


def test_load_reads_back_every_triple(loaded, seed_kg):
    """The count read back after loading equals the triples produced (and the embedded store's)."""
    endpoint, produced, count = loaded
    assert count == produced == len(seed_kg.store)
    assert len(endpoint.store()) == produced
    assert not [g for g in _other_graphs(endpoint) if "staging" in g]


def test_resolve_names_the_same_entities(remote_kg, seed_kg):
    """Names, aliases and ids resolve to the same IRIs as on the embedded store."""
    for name in ("harris", "VP Harris", "bass", "musk", "biden", "Karen Bass"):
        assert remote_kg.resolve(name) == seed_kg.resolve(name)
    assert remote_kg.resolve("harris") == "urn:kg:entity:kamala-harris"


def test_quotes_in_a_name_are_data_not_syntax(remote_kg):
    """A name full of SPARQL syntax is just an unknown name (bound as a literal, never spliced in)."""
    with pytest.raises(UnknownEntity):
        remote_kg.resolve('harris" } ; DROP ALL ; SELECT * { "\\')


def _names(kg, path):
    return [(kg.label(h.source), h.relation.name, h.direction, kg.label(h.target)) for h in path.hops]


def test_harris_endorsed_bass(remote_kg, seed_kg):
    """One forward hop with the Axios evidence, exactly as on the embedded store."""
    paths = find_paths(remote_kg, remote_kg.resolve("harris"), remote_kg.resolve("bass"))
    assert [_names(remote_kg, p) for p in paths] == [[("Kamala Harris", "endorsed", "forward", "Karen Bass")]]
    assert any(ev.date == "2022-08-02" and ev.source == "Axios 2022-08-02" for ev in paths[0].hops[0].evidence)
    assert paths == find_paths(seed_kg, seed_kg.resolve("harris"), seed_kg.resolve("bass"))


def test_musk_to_biden_goes_through_the_rivalry(remote_kg, seed_kg):
    """Musk →endorsed→ Caruso —rival_of— Bass ←endorsed— Biden, with the same evidence."""
    musk, biden = remote_kg.resolve("musk"), remote_kg.resolve("biden")
    paths = find_paths(remote_kg, musk, biden, all_shortest=True)
    assert [_names(remote_kg, p) for p in paths] == [[
        ("Elon Musk", "endorsed", "forward", "Rick Caruso"),
        ("Rick Caruso", "rival_of", "forward", "Karen Bass"),
        ("Karen Bass", "endorsed", "backward", "Joe Biden"),
    ]]
    assert paths == find_paths(seed_kg, musk, biden, all_shortest=True)


def test_k_shortest_paths_match_embedded(remote_kg, seed_kg):
    """The three shortest Musk–Biden paths have the embedded store's lengths, the first the same."""
    musk, biden = seed_kg.resolve("musk"), seed_kg.resolve("biden")
    remote, embedded = find_paths(remote_kg, musk, biden, k=3), find_paths(seed_kg, musk, biden, k=3)
    # Which of several equally long paths comes next depends on row and set order (graph.paths).
    assert [len(p.hops) for p in remote] == [len(p.hops) for p in embedded]
    assert remote[0] == embedded[0]


def test_card_matches_embedded(remote_kg, seed_kg):
    """An entity's card (entity and every edge with its evidence) is the embedded store's."""
    harris = seed_kg.resolve("harris")
    assert remote_kg.card(harris) == seed_kg.card(harris)


def test_stats_match_embedded(remote_kg, seed_kg):
    """kg stats on the server equals kg stats on the embedded store built from the same data."""
    assert remote_kg.stats() == KnowledgeGraph.from_data(shipped_data_dir()).stats()


@pytest.mark.parametrize("fmt", ["nt", "csv"])
def test_export_matches_embedded(remote_kg, seed_kg, fmt):
    """`kg export` of the remote graph is the embedded export, byte for byte."""
    from graph.export import export

    assert export(remote_kg, fmt) == export(seed_kg, fmt)


def test_facade_queries_answer_the_same(loaded, seed_kg, facade_calls):
    """Every query the facade ran on the embedded store gets the same answer from the server."""
    store = loaded[0].store()
    assert facade_calls
    for text, options in facade_calls:
        remote, embedded = store.query(text, **options), seed_kg.store.query(text, **options)
        assert _answer(remote, text) == _answer(embedded, text), text


def test_run_query_select_ask_construct(loaded, seed_kg):
    """`kg query` results (SELECT, ASK, CONSTRUCT) equal the embedded ones and render the same."""
    store = loaded[0].store()
    queries = [
        "SELECT ?person ?label WHERE { ?person a/rdfs:subClassOf* pol:Person ; rdfs:label ?label } ORDER BY ?label",
        "ASK { ent:kamala-harris pol:endorsed ent:karen-bass }",
        "ASK { ent:karen-bass pol:endorsed ent:kamala-harris }",
        "CONSTRUCT { ?s pol:endorsed ?o } WHERE { ?s pol:endorsed ?o }",
        "DESCRIBE ent:karen-bass",
    ]
    for text in queries:
        remote, embedded = run_query(store, text), run_query(seed_kg.store, text)
        assert type(remote) is type(embedded), text
        if text.startswith("DESCRIBE"):  # what DESCRIBE returns is up to each server
            assert "urn:kg:entity:karen-bass" in render(remote, "csv")
            continue
        assert _answer(remote) == _answer(embedded), text
    table = render(run_query(store, queries[0]), "table")
    assert table == render(run_query(seed_kg.store, queries[0]), "table")
    assert "Kamala Harris" in table


def test_syntax_errors_and_updates_are_refused(loaded):
    """A malformed query is a QueryError naming the server's complaint; an update is ReadOnlyQuery."""
    endpoint, produced, _ = loaded
    store = endpoint.store()
    with pytest.raises(QueryError, match="HTTP 400") as caught:
        store.query("SELEC ?s WHERE { ?s ?p ?o }")
    assert isinstance(caught.value, SyntaxError) and endpoint.query_url in str(caught.value)
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        run_query(store, "SELECT ?s WHERE { ?s ?p ")
    with pytest.raises(ReadOnlyQuery):
        run_query(store, "DELETE WHERE { ?s ?p ?o }")
    assert len(store) == produced


def test_replace_graph_twice_leaves_one_copy(loaded):
    """Replacing a graph twice (SPARQL Update, small batches) leaves exactly one copy, no staging."""
    endpoint, produced, _ = loaded
    store = endpoint.store(graph_store=False, graph=SCRATCH_GRAPH)
    triples = seed_triples()
    assert store.replace_graph(triples, batch_size=100) == produced
    assert store.replace_graph(iter(triples), batch_size=100) == produced
    assert store.replace_graph(triples[:10]) == 10
    graphs = _other_graphs(endpoint)
    assert graphs[SCRATCH_GRAPH] == 10 and not [g for g in graphs if "staging" in g]
    assert store.replace_graph([]) == 0


def test_big_update_batches_are_split(loaded):
    """4,000 triples in one INSERT DATA are too many for Virtuoso's SPARQL compiler: the load
    splits the batch and every triple arrives."""
    endpoint = loaded[0]
    store = endpoint.store(graph_store=False, graph=SCRATCH_GRAPH)
    p = ox.NamedNode("urn:kg:test:p")
    value = ox.Literal('a "quoted" value, é')
    triples = (ox.Triple(ox.NamedNode(f"urn:kg:test:{i}"), p, value) for i in range(4_000))
    assert store.replace_graph(triples) == 4_000


def test_wrong_password_is_a_store_error(loaded):
    """A server that wants a password and gets a wrong one: StoreError with HTTP 401."""
    endpoint = loaded[0]
    if endpoint.user is None:
        pytest.skip(f"{endpoint.name} asks for no password here")
    store = RemoteStore(endpoint.query_url, update_url=endpoint.update_url, user=endpoint.user, password="wrong")
    with pytest.raises(StoreError, match="HTTP 401"):
        store.replace_graph([])


def test_replace_graph_without_move(loaded, monkeypatch):
    """A server that refuses MOVE gets the same replacement written with INSERT ... WHERE."""
    endpoint, produced, _ = loaded
    store = endpoint.store(graph=SCRATCH_GRAPH)
    update = store._update

    def no_move(text: str) -> None:
        if "MOVE" in text:
            raise EndpointError("MOVE is not supported here", url=store.update_url, status=501)
        update(text)

    monkeypatch.setattr(store, "_update", no_move)
    store.replace_graph(seed_triples()[:50])
    assert store.replace_graph(seed_triples(), batch_size=400) == produced
    assert not [g for g in _other_graphs(endpoint) if "staging" in g]


def test_failed_load_leaves_the_graph_as_it_was(loaded):
    """When the triples run out with an error mid-load, the graph is untouched and staging dropped."""
    endpoint, _, _ = loaded
    store = endpoint.store(graph=SCRATCH_GRAPH)
    store.replace_graph(seed_triples()[:20])

    def broken():
        yield from seed_triples()[:300]
        raise RuntimeError("the data ran out")

    with pytest.raises(RuntimeError, match="ran out"):
        store.replace_graph(broken(), batch_size=100)
    assert len(store) == 20
    assert not [g for g in _other_graphs(endpoint) if "staging" in g]


def test_blank_nodes_survive_a_round_trip(loaded):
    """Blank nodes load in one request (labels kept) and come back readable in results."""
    endpoint, _, _ = loaded
    store = endpoint.store(graph=SCRATCH_GRAPH)
    b1, b2 = ox.BlankNode(), ox.BlankNode()
    p = ox.NamedNode("urn:kg:test:p")
    a = ox.NamedNode("urn:kg:test:a")
    triples = [ox.Triple(b1, p, b2), ox.Triple(b2, p, ox.Literal("end")), ox.Triple(a, p, b1)]
    assert store.replace_graph(triples, batch_size=1) == 3
    rows = list(store.query("SELECT ?x ?y WHERE { <urn:kg:test:a> ?p ?x . ?x ?p ?y . ?y ?p ?end }"))
    assert len(rows) == 1 and all(isinstance(rows[0][v], ox.BlankNode) for v in ("x", "y"))
    assert len(list(store.query("CONSTRUCT WHERE { ?s ?p ?o }"))) == 3


def test_truncated_results_are_an_error(loaded):
    """Results the server cut short (Virtuoso's ResultSetMaxRows, 10000) raise StoreError."""
    endpoint, _, _ = loaded
    query = "SELECT ?a ?b WHERE { ?a ?p ?x . ?b ?q ?y } LIMIT 20000"
    if endpoint.name == "virtuoso":
        with pytest.raises(StoreError, match="ResultSetMaxRows"):
            endpoint.store().query(query)
    else:
        assert len(list(endpoint.store().query(query))) == 20000


# --- without a server ----------------------------------------------------------------------------


def test_module_examples():
    """The examples in graph.remote's docstrings run."""
    assert doctest.testmod(graph.remote).failed == 0


def test_closed_port_is_a_store_error_quickly():
    """Nobody listening: StoreError at once, naming the URL and the refused connection."""
    url = f"http://127.0.0.1:{servers.free_port()}/sparql"
    started = time.monotonic()
    with pytest.raises(StoreError, match="connection refused") as caught:
        RemoteStore(url).query("ASK {}")
    assert url in str(caught.value) and time.monotonic() - started < 3


def test_silent_server_times_out():
    """A server that accepts and never answers: StoreError after the timeout, saying so."""
    with servers.silent_server() as url:
        started = time.monotonic()
        with pytest.raises(StoreError, match="timeout of 0.5 s") as caught:
            len(RemoteStore(url, timeout=0.5))
        assert url in str(caught.value) and time.monotonic() - started < 5


def test_http_error_is_a_store_error_with_the_servers_words():
    """HTTP 500: StoreError naming the URL, the status and the server's (shortened) message."""
    with servers.answering_server(500, b"Internal error: the disk is full\n" + b"x" * 5000) as url:
        with pytest.raises(StoreError, match="HTTP 500.*the disk is full") as caught:
            RemoteStore(url).query("ASK {}")
    assert url in str(caught.value) and len(str(caught.value)) < 500
    assert not isinstance(caught.value, QueryError)


def test_http_400_is_a_query_error():
    """HTTP 400 to a query: QueryError (and SyntaxError, as from pyoxigraph) with the server's words."""
    with servers.answering_server(400, b"Parse error at line 1: unexpected SELEC") as url:
        with pytest.raises(RemoteQueryError, match="unexpected SELEC"):
            RemoteStore(url).query("SELEC ?x {}")
        # told as Oxigraph reads the same text, so the message is the same whichever engine answers
        with pytest.raises(QueryError, match="SPARQL syntax error, line 1, column 1, at 'SELEC': not a SPARQL keyword; did you mean SELECT"):
            run_query(RemoteStore(url), "SELEC ?x {}")
        # a query Oxigraph reads but the server refuses keeps the server's words
        with pytest.raises(QueryError, match=r"SPARQL syntax error, http://.* refused the query \(HTTP 400\): Parse error at line 1: unexpected SELEC"):
            run_query(RemoteStore(url), "SELECT ?x {}")


def test_unreadable_answer_is_a_store_error():
    """A 200 whose body is not what its Content-Type says raises StoreError, not a parser error."""
    with servers.answering_server(200, b"{not json", {"Content-Type": "application/sparql-results+json"}) as url:
        with pytest.raises(StoreError, match="unreadable"):
            RemoteStore(url).query("SELECT * WHERE { ?s ?p ?o }")


def test_deeply_nested_answer_is_a_store_error():
    """A hostile endpoint's JSON nested 100,000 deep (with a bnode, so kg relabels it) raises StoreError."""
    body = b'{"head":{},"results":{"bindings":[{"x":{"type":"bnode","value":' + b"[" * 100_000 + b"]" * 100_000 + b"}}]}}"
    with servers.answering_server(200, body, {"Content-Type": "application/sparql-results+json"}) as url:
        with pytest.raises(StoreError, match="unreadable"):
            RemoteStore(url).query("SELECT * WHERE { ?s ?p ?o }")


def test_updates_are_refused_before_sending():
    """query() refuses SPARQL Update itself, as pyoxigraph does (some servers would run it)."""
    with servers.answering_server(500, b"should not be asked") as url:
        with pytest.raises(RemoteQueryError, match="update"):
            RemoteStore(url).query("INSERT DATA { <urn:a> <urn:b> <urn:c> }", prefixes=PREFIXES)


def test_writing_needs_an_update_url():
    """A store opened with a query URL only is read-only."""
    with pytest.raises(StoreError, match="update URL"):
        RemoteStore("http://127.0.0.1:9/sparql").replace_graph([])
