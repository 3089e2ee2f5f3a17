"""Shared fixtures: the shipped data, a small fixture corpus, and a CLI runner with its own store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from graph.knowledge_graph import KnowledgeGraph
from graph.resources import shipped_data_dir

TESTS = Path(__file__).resolve().parent
MINI = TESTS / "fixtures" / "mini"
SHARED = TESTS.parent.parent / "shared"

# Property tests are reproducible (the same examples on every run) and bounded in time; the
# store and the extractor make single examples slow, so there is no per-example deadline.
settings.register_profile("kg", derandomize=True, database=None, deadline=None, max_examples=60)
settings.load_profile("kg")


@pytest.fixture(scope="session")
def seed_kg() -> KnowledgeGraph:
    """The shipped seed corpus, in memory."""
    return KnowledgeGraph.from_data(shipped_data_dir())


@pytest.fixture(scope="session")
def mini_kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_data(MINI)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A writable copy of the small fixture corpus."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


def replace_once(path: Path, old: str, new: str) -> None:
    """Edit a fixture file in place: the first `old` becomes `new` (which must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped data directory."""
    target = tmp_path / "data"
    shutil.copytree(shipped_data_dir(), target)
    return target


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Invoke `kg ARGS...` in-process with a private store; returns typer's Result."""
    from graph.cli import app

    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    monkeypatch.delenv("KG_DATA", raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input)

    return invoke


def needs_shared() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (seed articles) is not beside the checkout")


def make_entity(id_: str, label: str, type_: str, *aliases: str):
    """An Entity of the graph for extractor tests (graph.model.Entity with its IRI)."""
    from graph.model import Entity

    return Entity(id=id_, iri=f"urn:kg:entity:{id_}", label=label, type=type_, aliases=aliases)



def us_parties() -> list:
    """The two US parties as the extractor tests' graphs know them (with their short names)."""
    return [
        make_entity("democratic-party", "Democratic Party", "PoliticalParty", "Democrats", "Democrat", "Democratic", "D"),
        make_entity("republican-party", "Republican Party", "PoliticalParty", "Republicans", "Republican", "GOP", "R"),
    ]
