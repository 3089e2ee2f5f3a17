"""Names resolve through labels, aliases and ids, ignoring case, accents and punctuation."""

import pytest

from graph.errors import AmbiguousEntity, UnknownEntity
from graph.resolve import normalize

HARRIS = "urn:kg:entity:kamala-harris"


@pytest.mark.parametrize("name", ["harris", "Kamala Harris", "VP Harris", "kamala", "KÁMALA  harris", "kamala-harris"])
def test_harris_by_any_name(seed_kg, name):
    """The forms the issue names, plus accents, spacing and the id."""
    assert seed_kg.resolve(name) == HARRIS


def test_misspellings_from_the_sources_resolve(seed_kg):
    """'Katie Perry' and 'Wendy Gruel' appear in the articles and are aliases."""
    assert seed_kg.resolve("Katie Perry") == "urn:kg:entity:katy-perry"
    assert seed_kg.resolve("wendy gruel") == "urn:kg:entity:wendy-greuel"


def test_last_name_resolves_when_unique(seed_kg):
    """'musk' is no alias, but it is the last word of exactly one label."""
    assert seed_kg.resolve("musk") == "urn:kg:entity:elon-musk"


def test_unknown_name_suggests_close_names(seed_kg):
    """A miss names the input and offers the nearest labels."""
    with pytest.raises(UnknownEntity) as info:
        seed_kg.resolve("Karen Bas")
    assert "Karen Bass" in info.value.suggestions
    assert "Did you mean: Karen Bass" in str(info.value)


def test_ambiguous_name_lists_candidates(tmp_path):
    """Two entities sharing a name: an error listing both, never a guess."""
    import shutil

    from graph.knowledge_graph import KnowledgeGraph

    from .conftest import MINI

    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    with (data / "entities.csv").open("a") as handle:
        handle.write("john-smith,John Smith,Person,,,\njohn-smith-2,John Smith,Politician,,,\n")
    kg = KnowledgeGraph.from_data(data)
    with pytest.raises(AmbiguousEntity) as info:
        kg.resolve("john smith")
    assert info.value.candidates == ("John Smith (john-smith)", "John Smith (john-smith-2)")


def test_ambiguous_last_word(mini_kg):
    """'party' ends two labels (Tory Party, Whig Party): ambiguous, both listed."""
    with pytest.raises(AmbiguousEntity, match=r"Tory Party \(tories\), Whig Party \(whigs\)"):
        mini_kg.resolve("party")


def test_normalize():
    """Case, accents, punctuation and runs of spaces are folded."""
    assert normalize("  Rep.  Karen  BÁSS ") == "rep karen bass"
    assert normalize("Samuel L. Jackson") == "samuel l jackson"


def test_empty_name_is_unknown(seed_kg):
    """An empty or punctuation-only name is an unknown entity, not a crash."""
    with pytest.raises(UnknownEntity):
        seed_kg.resolve(" .. ")
