"""Entity resolution: Wikidata first, then name + context, fuzzy for the rest; reversible."""

from __future__ import annotations

from graph.entity_resolution import Merge, Resolver
from graph.importers.base import EntitySpec as Spec


def test_wikidata_first() -> None:
    r = Resolver([])
    a = r.resolve(Spec("Joe Manchin, III", "Politician", wikidata="Q538868", state="WV"), "a", 1)
    assert r.resolve(Spec("Joseph Manchin", "Politician", wikidata="Q538868"), "b", 2) == a
    assert [m.method for m in r.merges.values()] == ["wikidata"]


def test_van_drew_is_one_person() -> None:
    r = Resolver([])
    a = r.resolve(Spec("Jefferson Van Drew", "Politician", wikidata="Q6175202", state="NJ"), "legislators", 1)
    assert r.resolve(Spec("Jeff Van Drew", "Politician", state="NJ"), "538", 9) == a
    assert "Jeff Van Drew" in r.entities[a].aliases


def test_two_john_smiths_stay_two() -> None:
    r = Resolver([])
    a = r.resolve(Spec("John Smith", "Politician", state="NY"), "a", 1)
    b = r.resolve(Spec("John Smith", "Politician", state="TX"), "b", 1)
    c = r.resolve(Spec("John Smith", "Politician", wikidata="Q1"), "c", 1)
    d = r.resolve(Spec("John Smith", "Politician", wikidata="Q2"), "d", 1)
    assert a != b and c != d


def test_uncertain_match_is_left_for_review() -> None:
    r = Resolver([])
    a = r.resolve(Spec("Benjamin L. Cardin", "Politician", state="MD"), "a", 1)
    b = r.resolve(Spec("Ben Cardin", "Politician"), "b", 5)
    assert a != b
    (merge,) = r.merges.values()
    assert merge.status == "review" and merge.kept == a and merge.merged == b


def test_decisions_reverse_and_accept() -> None:
    first = Resolver([])
    a = first.resolve(Spec("Jefferson Van Drew", "Politician", state="NJ"), "x", 1)
    first.resolve(Spec("Jeff Van Drew", "Politician", state="NJ"), "y", 2)
    (merge,) = first.merges.values()
    rejected = Merge(merge.kept, "", merge.name, merge.state, "y", 2, merge.method, merge.score, "rejected")
    again = Resolver([], [rejected])
    again.resolve(Spec("Jefferson Van Drew", "Politician", state="NJ"), "x", 1)
    assert again.resolve(Spec("Jeff Van Drew", "Politician", state="NJ"), "y", 2) != a
    accepted = Merge("benjamin-l-cardin", "ben-cardin", "Ben Cardin", "", "b", 5, "fuzzy", 87, "accepted")
    r = Resolver([], [accepted])
    a = r.resolve(Spec("Benjamin L. Cardin", "Politician", state="MD"), "a", 1)
    assert r.resolve(Spec("Ben Cardin", "Politician"), "b", 5) == a
