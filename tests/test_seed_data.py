"""The curated seed data: everything the three articles state, nothing they deny."""

import csv
import io

from graph.export import export
from graph.resources import shipped_data_dir

from .conftest import TESTS, SHARED, needs_shared

DENIED = [
    ("Barack Obama", "endorsed", "Eric Garcetti"),  # "declined to endorse"
    ("Barack Obama", "endorsed", "Wendy Greuel"),
    ("Kamala Harris", "rival_of", "Karen Bass"),  # reported "frenemies", denied by Bass
    ("Karen Bass", "rival_of", "Kamala Harris"),
    ("Marvin Hier", "endorsed", "Rick Caruso"),  # "This was not an endorsement event"
]


def _exported(kg):
    rows = list(csv.DictReader(io.StringIO(export(kg, "csv"))))
    return rows, {(r["subject"], r["relation"], r["object"]) for r in rows}


def _gold():
    with (TESTS / "fixtures" / "seed_gold.csv").open(newline="", encoding="utf-8") as handle:
        return {(r["subject"], r["relation"], r["object"]) for r in csv.DictReader(handle)}


def test_export_holds_every_stated_relationship(seed_kg):
    """Each relationship in tests/fixtures/seed_gold.csv is in kg export --format csv."""
    _, triples = _exported(seed_kg)
    symmetric = {(o, r, s) for s, r, o in triples if r == "rival_of"}
    assert _gold() - (triples | symmetric) == set()


def test_export_holds_nothing_denied(seed_kg):
    """Declined, rejected and disputed claims never appear as relationships."""
    _, triples = _exported(seed_kg)
    assert not set(DENIED) & triples
    assert not [t for t in triples if t[0] == "Rick Caruso" and t[1] == "endorsed"], "Caruso rejected, not endorsed"


def test_denials_are_recorded_not_dropped(seed_kg):
    """Obama's declined endorsement and the disputed rivalry stay visible as statements."""
    statuses = {(seed_kg.label(s), r, seed_kg.label(o)): ev.status for s, r, o, ev in seed_kg.statements()}
    assert statuses[("Barack Obama", "endorsed", "Eric Garcetti")] == "negated"
    assert statuses[("Kamala Harris", "rival_of", "Karen Bass")] == "disputed"


def test_every_row_has_quote_and_source(seed_kg):
    """Each exported relationship carries its source and a non-empty quote."""
    rows, _ = _exported(seed_kg)
    assert rows and all(r["quote"] and r["source"] for r in rows)


@needs_shared()
def test_source_texts_are_the_seed_articles():
    """data/sources/*.txt are byte-for-byte the articles in ../shared/seeds."""
    seeds = {p.read_bytes() for p in (SHARED / "seeds").glob("*.txt")}
    shipped = {p.read_bytes() for p in (shipped_data_dir() / "sources").glob("*.txt")}
    assert shipped == seeds
