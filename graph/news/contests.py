"""Rivals an article implies without saying so: a party's leadership contest (or a seat's
preselection) is one contest, so the people it reports endorsed in it are candidates against
each other ("the Conservative leadership race ... A backs X ... B has come out for Y").

Only for the contests triggers.yaml lists under rival_of `one_contest`: an article about
primaries or a slate of endorsements ("Obama endorsed 81 candidates") pairs no one."""

from __future__ import annotations

import re
from itertools import combinations

from .mentions import Mention, Sentence
from .model import Candidate, EntityRef
from .signatures import is_a

__all__ = ["contest_rivals", "contests_pattern", "race_rivals"]

_CONFIDENCE = 0.55


def contests_pattern(contests: frozenset[str]) -> re.Pattern[str] | None:
    """What finds one of the `one_contest` phrases in a sentence ("leadership  race" too)."""
    if not contests:
        return None
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(contests)), re.IGNORECASE)


def contest_rivals(sentences: list[Sentence], found: list[Candidate], named: re.Pattern[str] | None, source: str, date: str) -> list[Candidate]:
    """Every two people endorsed in an article about a contest of one post (`named`, from
    contests_pattern), as rivals, with the first sentence that names the contest for evidence."""
    if named is None:
        return []
    said = next((s for s in sentences if named.search(s.text)), None)
    if said is None:
        return []
    endorsed = [c.object for c in found if c.relation == "endorsed" and c.status == "asserted" and is_a(c.object.type, "Person")]
    people = list(dict.fromkeys(endorsed))
    return [
        Candidate(subject=a, relation="rival_of", object=b, source=source, quote=said.text, rule="contests.rival_of.endorsed",
                  confidence=_CONFIDENCE, date=date, offset=said.start)
        for a, b in combinations(people, 2)
    ]  # fmt: skip


def race_rivals(
    stands: list[tuple[EntityRef, int, str]], sentences: list[Sentence], mentions: list[Mention], offices: dict[str, str],
    race_words: frozenset[str], source: str, date: str,
) -> list[Candidate]:
    """Every two people an article says stand in one race, as rivals: "A is running for mayor
    ... B, a mayoral candidate, ... C finished third". `stands` are (person, sentence number, the
    words for the race: "mayor", "the Democratic nomination", "" for a standing) from
    parsing.candidacies. Words of no race ("running for cover") stand for nothing. The race is
    told apart by its office (`offices`, the lexicon's office words): one whose office is not said
    is the article's only one, and an article of several offices pairs only within each."""
    office_of = _office_words(offices)
    entries: list[tuple[EntityRef, int, str | None]] = []
    for person, number, words in stands:
        lowered = words.lower()
        if words and not any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in race_words) and office_of(lowered) is None:
            continue
        if any(year != date[:4] for year in _YEAR.findall(words)):
            continue  # a race of another year: "the GOP's 1994 gubernatorial nominee"
        office = office_of(lowered)
        if office is None:  # the race said by the sentence's election phrases: "finished third in the mayoral election"
            said = {m.info.office for i in sentences[number].mentions if (m := mentions[i]).kind == "E" and m.info and m.info.office}
            office = next(iter(said)) if len(said) == 1 else None
        entries.append((person, number, office))
    known = {office for _, _, office in entries if office is not None}
    races: dict[str | None, dict[str, tuple[EntityRef, int]]] = {}
    for person, number, office in entries:
        if office is None and len(known) > 1:
            continue  # which of the article's races is not said
        race = races.setdefault(office if office is not None else next(iter(known), None), {})
        race.setdefault(person.id, (person, number))
    found = []
    for race in races.values():
        if not 2 <= len(race) <= _MOST_IN_A_RACE:
            continue
        for (a, at_a), (b, at_b) in combinations(sorted(race.values(), key=lambda held: held[1]), 2):
            said = sentences[at_b]
            found.append(Candidate(subject=a, relation="rival_of", object=b, source=source, quote=said.text,
                                   rule="contests.rival_of.race", confidence=_IN_ONE_RACE, date=date, offset=said.start))
    return found


_IN_ONE_RACE = 0.5
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MOST_IN_A_RACE = 12  # more "candidates" than this are a slate or a list of races, not one field


def _office_words(offices: dict[str, str]):
    patterns = [(re.compile(rf"\b{re.escape(word.lower())}\b"), key) for word, key in sorted(offices.items(), key=lambda o: -len(o[0]))]

    def office_of(text: str) -> str | None:
        return next((key for pattern, key in patterns if pattern.search(text)), None)

    return office_of
