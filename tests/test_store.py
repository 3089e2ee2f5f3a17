"""The persistent store: built once, reopened, rebuilt when data changes, never half-written."""

import os
import time

import pytest

from graph import store
from graph.errors import DataError
from graph.knowledge_graph import KnowledgeGraph

from .conftest import MINI


@pytest.fixture
def mini(tmp_path):
    import shutil

    target = tmp_path / "data"
    shutil.copytree(MINI, target)
    return target


def _current(store_path):
    return (store_path / "current").resolve()


def test_build_then_reopen_without_rebuilding(tmp_path, mini):
    """The first open builds; the second finds the store fresh and reuses the same build."""
    path = tmp_path / "store"
    assert store.is_stale(path, mini)
    kg = KnowledgeGraph.open(path, mini)
    first = _current(path)
    assert kg.resolve("Ann") == "urn:kg:entity:ann-example"
    assert not store.is_stale(path, mini)
    KnowledgeGraph.open(path, mini)
    assert _current(path) == first
    report = (first / "build.json").read_text()
    assert '"statements": 4' in report


def test_store_holds_what_the_build_produced(tmp_path, mini):
    """The triple count in the store equals the in-memory build of the same data."""
    report = store.build(mini, tmp_path / "store")
    assert report.triples == len(KnowledgeGraph.from_data(mini).store)


def test_changed_data_makes_the_store_stale(tmp_path, mini):
    """Editing a data file is noticed from its size and mtime, and the next open rebuilds."""
    path = tmp_path / "store"
    KnowledgeGraph.open(path, mini)
    entities = mini / "entities.csv"
    entities.write_text(entities.read_text() + "dee-four,Dee Four,Person,,,\n")
    later = time.time() + 5
    os.utime(entities, (later, later))
    assert store.is_stale(path, mini)
    kg = KnowledgeGraph.open(path, mini)
    assert kg.resolve("dee four") == "urn:kg:entity:dee-four"
    assert len(list(path.glob("build-*"))) == 1, "the old build is removed"


def test_malformed_data_leaves_the_previous_store_untouched(tmp_path, mini):
    """A build that fails on bad data raises DataError and the old store still answers."""
    path = tmp_path / "store"
    KnowledgeGraph.open(path, mini)
    before = _current(path)
    statements = mini / "statements.csv"
    statements.write_text(statements.read_text().replace("endorsed", "endorses", 1))
    with pytest.raises(DataError, match="statements.csv:2"):
        store.build(mini, path)
    assert _current(path) == before
    assert not list(path.glob("staging-*"))
    assert KnowledgeGraph(store.ox.Store.read_only(str(before / "oxigraph"))).resolve("Bob")


def test_a_build_clears_what_killed_builds_left_but_not_a_build_in_use(tmp_path, mini):
    """Staging folders and temporary links of killed builds go at the next build; a build that a
    KnowledgeGraph has open stays (and answers) until the object is gone."""
    import gc

    path = tmp_path / "store"
    kg = KnowledgeGraph.open(path, mini)
    in_use = _current(path)
    (path / "staging-killed").mkdir()
    (path / "current.999").symlink_to(in_use.name)
    store.build(mini, path)
    assert _current(path) != in_use and (in_use / "build.json").is_file()
    assert not (path / "staging-killed").exists() and not (path / "current.999").is_symlink()
    assert kg.resolve("Ann") == "urn:kg:entity:ann-example"
    del kg
    gc.collect()
    store.build(mini, path)
    assert sorted(p.name.split("-")[0] for p in path.iterdir()) == ["build", "current", "lock"]


def test_default_store_path_follows_xdg_cache_home(monkeypatch, tmp_path):
    """Without --store or KG_STORE the store lives in $XDG_CACHE_HOME/kg/store."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert store.default_store_path() == tmp_path / "kg" / "store"
