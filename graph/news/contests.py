"""Rivals an article implies without saying so: a party's leadership contest (or a seat's
preselection) is one contest, so the people it reports endorsed in it are candidates against
each other ("the Conservative leadership race ... A backs X ... B has come out for Y").

Only for the contests triggers.yaml lists under rival_of `one_contest`: an article about
primaries or a slate of endorsements ("Obama endorsed 81 candidates") pairs no one."""

from __future__ import annotations

import re
from itertools import combinations

from .mentions import Sentence
from .model import Candidate
from .signatures import is_a

__all__ = ["contest_rivals", "contests_pattern"]

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
