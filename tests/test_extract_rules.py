"""graph.news.rules: the pattern files load, name only declared relations, and fail clearly."""

import shutil

import pytest

from graph import ontology
from graph.errors import DataError
from graph.news.lexicon import patterns_dir
from graph.news.rules import load_rules


def test_pattern_files_load_and_cover_the_relations():
    """Every rule compiles, its ids are unique, and the relations it names are in the ontology."""
    rules = load_rules()
    declared = {r.name for r in ontology.relations()}
    assert rules.rules and len({r.id for r in rules.rules}) == len(rules.rules)
    emitted = {e.relation for r in rules.rules for e in r.emits}
    assert emitted <= declared
    assert {p.stem for p in patterns_dir().glob("*.yaml")} - {"lexicon", "macros", "triggers"} <= declared
    assert len(rules.version) == 8


def _copy(tmp_path):
    target = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), target)
    return target


@pytest.mark.parametrize(
    ("file", "text", "message"),
    [
        ("endorsed.yaml", "relation: endorses\nrules: []\n", "not declared in ontology/kg.ttl"),
        ("endorsed.yaml", "relation: endorsed\nrules:\n  - id: x\n    pattern: '(?P<subj>{NAME}'\n", "bad regular expression"),
        ("endorsed.yaml", "relation: endorsed\nrules:\n  - id: x\n    pattern: '{NOPE}'\n", "unknown macro"),
        ("endorsed.yaml", "relation: endorsed\nrules:\n  - id: x\n    pattern: '(?P<subj>{NAME})'\n", "no group named 'obj'"),
        ("endorsed.yaml", "relation: endorsed\nrules:\n  - id: x\n    pattern: 'a'\n    emit: [{relation: likes, subject: a, object: b}]\n", "not declared"),
        ("lexicon.yaml", "parties: 3\n", "lexicon"),
    ],
)
def test_malformed_pattern_files_are_data_errors(tmp_path, file, text, message):
    """A broken pattern file names itself and what is wrong."""
    directory = _copy(tmp_path)
    (directory / file).write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=message) as caught:
        load_rules(directory)
    assert caught.value.path.name == file


def test_the_version_changes_with_the_patterns(tmp_path):
    """Statements record the extractor version: editing a pattern file changes it."""
    directory = _copy(tmp_path)
    before = load_rules(directory).version
    path = directory / "advised.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    load_rules.cache_clear()
    assert load_rules(directory).version != before


def test_a_rule_marked_to_yield_to_the_parse():
    """Only the rules whose pattern file marks them `yields_to_parse` give way to the parse's reading
    of whose a party is ("the Democratic congresswoman": the person named nearest before)."""
    rules = load_rules(compiled=False)
    assert {r.id for r in rules.rules if r.yields_to_parse} == {"member_of.party-role"}


def test_the_sketch_capitalizes_roles_and_descriptors_where_a_word_ends():
    """The patterns take any capitalized word as describing the name after it; the sketch
    capitalizes the lexicon's roles and descriptors so that they count too, each word of a
    phrase, and only where the word ends as a description's does (before a space or a comma)."""
    rules = load_rules(compiled=False)
    assert rules.capitalize_describing("backed by the longtime state senator, ⟦P1⟧") == "backed by the Longtime State Senator, ⟦P1⟧"
    assert rules.capitalize_describing("the governor's ally ⟦P2⟧ said") == "the governor's ally ⟦P2⟧ said"
    assert rules.capitalize_describing("the governors") == "the governors"
