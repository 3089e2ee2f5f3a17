"""The ontology is the single list of relation types and entity types."""

import pytest

from graph import ontology
from graph.errors import UnknownRelation


def test_relation_types_are_read_from_the_ontology():
    """The six relation types of the product, with labels, definitions and display settings."""
    names = [r.name for r in ontology.relations()]
    assert names == ["advised", "candidate_in", "endorsed", "member_of", "party_switch", "rival_of"]
    for relation in ontology.relations():
        assert relation.label and relation.definition
        assert relation.color.startswith("#") and len(relation.color) == 7


def test_only_rival_of_is_symmetric():
    """rival_of is declared owl:SymmetricProperty; the others are directed."""
    assert {r.name for r in ontology.relations() if r.symmetric} == {"rival_of"}


def test_entity_types():
    """Every entity class with a colour, including PoliticalParty and Election."""
    assert {t.name for t in ontology.entity_types()} == {
        "Celebrity", "Election", "Organization", "Person", "PoliticalParty", "Politician"
    }


def test_parse_relations_checks_names():
    """--relations takes comma-separated names and rejects unknown ones, listing the known."""
    assert [r.name for r in ontology.parse_relations("endorsed, rival_of,endorsed")] == ["endorsed", "rival_of"]
    assert ontology.parse_relations("") is None
    with pytest.raises(UnknownRelation, match="Known relations: advised"):
        ontology.parse_relations("endorses")


def test_no_python_list_repeats_the_relation_names():
    """No module of graph/ or viz/ spells out relation names as a list: they come from the ontology.

    (A module may name the one relation it produces, e.g. an importer's mapping.)"""
    import re
    from pathlib import Path

    names = "|".join(r.name for r in ontology.relations())
    listed = re.compile(rf"[\"'](?:{names})[\"']\s*,\s*[\"'](?:{names})[\"']")
    root = Path(__file__).resolve().parent.parent
    for path in list((root / "graph").rglob("*.py")) + list((root / "viz").rglob("*.py")):
        assert not listed.search(path.read_text(encoding="utf-8")), path
