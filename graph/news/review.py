"""Walk candidates one by one and let a person accept, reject or change the relation of each.

The conversation goes through two callables the caller supplies (the CLI passes typer's prompt
and echo), so this module itself never reads or prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from .. import ontology
from .model import Candidate
from .output import candidates_table
from .signatures import is_a, signature

__all__ = ["review", "fits"]

Ask = Callable[[str, str], str]  # (question, default answer) -> answer
Say = Callable[[str], None]


def fits(candidate: Candidate, relation: str) -> str | None:
    """Why `candidate` cannot be a statement of `relation`, or None when it can."""
    names = [r.name for r in ontology.relations()]
    if relation not in names:
        return f"unknown relation {relation!r}; one of: {', '.join(names)}"
    domain, range_ = signature(relation)
    if not is_a(candidate.subject.type, domain):
        return f"{relation} needs a subject of type {domain}, and {candidate.subject.label} is a {candidate.subject.type}"
    if not is_a(candidate.object.type, range_):
        return f"{relation} needs an object of type {range_}, and {candidate.object.label} is a {candidate.object.type}"
    return None


def review(candidates: Iterable[Candidate], threshold: float, ask: Ask, say: Say) -> tuple[list[Candidate], bool]:
    """(accepted candidates, whether the person quit early). The default answer is accept for a
    candidate at or above `threshold`, reject below it."""
    accepted: list[Candidate] = []
    for candidate in candidates:
        say(candidates_table([candidate]).rstrip("\n"))
        default = "a" if candidate.confidence >= threshold else "r"
        while True:
            answer = ask("[a]ccept, [r]eject, [e]dit relation, [q]uit", default).strip().lower()[:1]
            if answer == "q":
                return accepted, True
            if answer == "r":
                break
            if answer == "a":
                accepted.append(candidate)
                break
            if answer == "e":
                relation = ask("relation", candidate.relation).strip()
                problem = fits(candidate, relation)
                if problem:
                    say(f"  {problem}")
                    continue
                left = candidate.from_party if relation == candidate.relation else None  # the party left goes with a switch
                candidate = replace(candidate, relation=relation, from_party=left)
                say(candidates_table([candidate]).rstrip("\n"))
                continue
            say("  answer a, r, e or q")
    return accepted, False
