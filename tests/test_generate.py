"""benchmarks/generate.py: deterministic, valid, the size asked for, anchors connected."""

from pathlib import Path

import pytest

from benchmarks.generate import ANCHORS, SYMMETRIC, _RELATIONS, generate
from graph import ontology
from graph.datafiles import read_corpus
from graph.knowledge_graph import KnowledgeGraph
from graph.namespaces import entity_iri
from graph.paths import find_paths
from graph.store import build
from graph.validate import validate

TARGET = 10_000


@pytest.fixture(scope="module")
def data_10k(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A 10k-triple corpus, generated once for the module."""
    out = tmp_path_factory.mktemp("kg-10k")
    return out, generate(out, triples=TARGET, seed=7)


def _files(directory: Path) -> dict[str, bytes]:
    files = sorted(p for p in directory.rglob("*") if p.is_file())
    return {str(p.relative_to(directory)): p.read_bytes() for p in files}


def test_same_seed_same_bytes(tmp_path, data_10k):
    """The same seed and size give byte-identical files; another seed gives other files."""
    again = generate(tmp_path / "again", triples=TARGET, seed=7)
    assert _files(tmp_path / "again") == _files(data_10k[0])
    assert again == data_10k[1]
    generate(tmp_path / "other", triples=TARGET, seed=8)
    assert _files(tmp_path / "other") != _files(data_10k[0])


def test_refuses_to_overwrite_without_asking(data_10k):
    """An output directory that already holds data is only replaced with overwrite=True."""
    with pytest.raises(FileExistsError):
        generate(data_10k[0], triples=TARGET, seed=7)


def test_relation_types_match_the_ontology():
    """The generator's relation names and symmetric ones are those of ontology/kg.ttl."""
    assert set(_RELATIONS) == {r.name for r in ontology.relations()}
    assert SYMMETRIC == {r.name for r in ontology.relations() if r.symmetric}


def test_10k_reads_with_verbatim_quotes_and_ontology_types(data_10k):
    """The 10k corpus reads; every quote is in its source; subjects and objects fit domain and range."""
    corpus = read_corpus(data_10k[0])
    assert len(corpus.statements) == data_10k[1]["statements"]
    assert {s.relation for s in corpus.statements} == set(_RELATIONS)
    assert {s.status for s in corpus.statements} == {"asserted", "disputed", "negated"}
    assert len(corpus.sources) <= len(corpus.statements) // 40
    texts = {s.id: s.text for s in corpus.sources}
    assert all(s.quote in texts[s.source] for s in corpus.statements)

    types = {e.id: e.type for e in corpus.entities}
    persons = {"Person", "Politician", "Celebrity"}
    objects = {"endorsed": persons, "rival_of": persons, "advised": persons,
               "party_switch": {"PoliticalParty"}, "member_of": {"PoliticalParty"},
               "candidate_in": {"Election"}}  # fmt: skip
    for s in corpus.statements:
        assert types[s.object] in objects[s.relation], s
        assert s.relation == "endorsed" or types[s.subject] in persons, s
        assert not s.from_party or (types[s.from_party] == "PoliticalParty" and s.from_party != s.object)
        assert not s.election or types[s.election] == "Election"


def test_small_corpus_passes_kg_validate(tmp_path):
    """A generated corpus passes SHACL and the quote check (2k triples: SHACL is slow above that)."""
    generate(tmp_path, triples=2_000, seed=7)
    assert validate(tmp_path) == []


def test_build_stores_the_target_triple_count(tmp_path, data_10k):
    """A real build stores within 10% of the target, and within 1% of the generator's own count."""
    report = build(data_10k[0], tmp_path / "store")
    assert abs(report.triples - TARGET) <= 0.10 * TARGET
    assert abs(report.triples - data_10k[1]["triples"]) <= 0.01 * TARGET


def test_anchors_are_four_hops_apart(data_10k):
    """alice-anchor and bob-anchor are connected by the planted 4-hop path through the hub."""
    kg = KnowledgeGraph.from_data(data_10k[0])
    (path,) = find_paths(kg, *(entity_iri(a) for a in ANCHORS))
    assert [h.relation.name for h in path.hops] == ["advised", "endorsed", "endorsed", "advised"]
    assert [h.direction for h in path.hops] == ["forward", "forward", "backward", "backward"]
    assert path.hops[0].source == entity_iri("alice-anchor")
    assert path.hops[-1].target == entity_iri("bob-anchor")
