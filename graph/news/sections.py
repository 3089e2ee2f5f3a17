"""An article told in sections headed by people's names ("Rishi Sunak", then a paragraph about
him, "Penny Mordaunt", then one about her): who each section is about. A pronoun or a role
("the former chancellor") in a section means its heading's person, and a list of candidates so
headed ("the candidates and their backers") is one contest.

A heading is a line of its own, without a full stop, that is a person's name and nothing else, or
the name and a colon ("Ann Lee:"), with prose after it: names on lines one after another are a
list. One such line may be a byline or a caption, so an article needs two before its lines are
taken for headings. Where two or more end with a colon, only those are headings: a name alone on
a line under them is an item of the list the heading opens.

An article that says it is about endorsements and lists, under each candidate's name, its backers
a line at a time (a roundup: "Ann Lee:", then "Sen. Tom Reyes", "U.S. Reps. A and B", "United
Auto Workers") says each of them endorsed the candidate. So does one under a line that says whom its people support ("MPs
supporting Ann Lee:"), in any article; and a sentence that says some people back one person
("five party elders who have declared their support for Ann Lee"), followed by paragraphs that
number them ("1. Former minister Tom Reyes.", then prose about him, "2. ...")."""

from __future__ import annotations

import re
from itertools import combinations

from .mentions import Mention, Sentence
from .model import Candidate, EntityRef

__all__ = ["headings", "section_people", "heading_rivals", "listed_endorsers", "numbered_endorsers", "endorsed_in_a_list"]

_HEADING_WORDS = 8  # a line longer than this is a paragraph, not a heading
_ITEM_WORDS = 12  # a line longer than this, or ending with a full stop, is prose, not a list's item
_CONFIDENCE = 0.6


def _own_line(text: str, sentence: Sentence) -> bool:
    after = text[sentence.end :].lstrip(" \t")
    return _line_start(text, sentence) and (not after or after.startswith("\n"))


def _line_start(text: str, sentence: Sentence) -> bool:
    before = text[: sentence.start].rstrip(" \t")
    return not before or before.endswith("\n")


def _heading(text: str, sentence: Sentence) -> bool:
    """A line of its own, short, not ending as a sentence does."""
    words = sentence.text.split()
    return _own_line(text, sentence) and 0 < len(words) <= _HEADING_WORDS and sentence.text.rstrip()[-1] not in ".!?;,\"'”"


def _person_heading(sentence: Sentence, mentions: list[Mention]) -> EntityRef | None:
    people = [mentions[i] for i in sentence.mentions if mentions[i].kind == "P" and mentions[i].ref is not None]
    if len(people) == 1 and len(sentence.mentions) == 1:
        name = people[0]
        if _colon_stripped(sentence) == name.text.strip():
            return name.ref
    return None


def _colon_stripped(sentence: Sentence) -> str:
    return sentence.text.strip().removesuffix(":").rstrip()


def headings(text: str, sentences: list[Sentence], mentions: list[Mention]) -> dict[int, EntityRef | None]:
    """Sentence number -> the person a heading line names (None: a heading naming no one)."""
    found = {n: _person_heading(s, mentions) for n, s in enumerate(sentences) if _heading(text, s)}
    colons = [n for n in found if sentences[n].text.rstrip().endswith(":")]
    if sum(found[n] is not None for n in colons) >= 2:  # "Ann Lee:" heads a list, in which "Tom Reyes" on a line is an item
        return {n: found[n] for n in colons}
    found = {n: person for n, person in found.items() if n not in colons or person is not None}
    # a name on a line with another such line right after it is an item of a list, not the head of a section
    return {n: person for n, person in found.items() if person is None or (n + 1 < len(sentences) and n + 1 not in found)}


def section_people(sentences: list[Sentence], heading_lines: dict[int, EntityRef | None]) -> list[tuple[EntityRef, int] | None]:
    """Per sentence, the person whose name heads its section and where the heading starts (None
    outside such sections and on heading lines); all None unless two headings name people."""
    if sum(p is not None for p in heading_lines.values()) < 2:
        return [None] * len(sentences)
    owner: tuple[EntityRef, int] | None = None
    out: list[tuple[EntityRef, int] | None] = []
    for n, sentence in enumerate(sentences):
        if n in heading_lines:
            person = heading_lines[n]
            owner = (person, sentence.start) if person is not None else None
        out.append(None if n in heading_lines else owner)
    return out


def heading_rivals(
    sentences: list[Sentence], heading_lines: dict[int, EntityRef | None], contest_nouns: frozenset[str], contests: tuple[str, ...],
    source: str, date: str,
) -> list[Candidate]:
    """The people heading the sections of an article that says, before its first heading, that
    it lists the candidates of a contest: rivals, pairwise, with that sentence for evidence. The
    sentence has the plural of a noun for the people of one contest ("the candidates"), or one
    such noun and a contest ("the leadership race ... their favourite candidate")."""
    people = list(dict.fromkeys(p for p in heading_lines.values() if p is not None))
    if len(people) < 2:
        return []
    nouns = "|".join(map(re.escape, sorted(contest_nouns)))
    plural = re.compile(rf"\b(?:{nouns})s\b", re.IGNORECASE)
    either = re.compile(rf"\b(?:{nouns})s?\b", re.IGNORECASE)
    contest = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, contests)), re.IGNORECASE)
    said = next((s for s in sentences[: min(heading_lines)] if plural.search(s.text) or either.search(s.text) and contest.search(s.text)), None)
    if said is None:
        return []
    return [
        Candidate(subject=a, relation="rival_of", object=b, source=source, quote=said.text, rule="sections.rival_of.headings",
                  confidence=_CONFIDENCE, date=date, offset=said.start)
        for a, b in combinations(people, 2)
    ]  # fmt: skip


def listed_endorsers(
    text: str, sentences: list[Sentence], mentions: list[Mention], heading_lines: dict[int, EntityRef | None],
    endorsing: re.Pattern[str], source: str, date: str,
) -> list[Candidate]:
    """In an article that speaks of endorsements (`endorsing`) before its first heading, the
    people, groups and parties each line of a list under a person's heading names endorsed that
    person; the evidence runs from the heading to the item. A list ends at the first line of prose."""
    people = sorted(n for n, p in heading_lines.items() if p is not None)
    if len(people) < 2 or not any(endorsing.search(s.text) for s in sentences[: min(heading_lines)]):
        people = []
    lists = {n: heading_lines[n] for n in people}
    told = _endorsed_headings(text, sentences, mentions, endorsing)
    lists.update(told)
    found = []
    for first, candidate in sorted(lists.items()):
        heading = sentences[first]
        for n in range(first + 1, len(sentences)):
            item = sentences[n]
            if n in lists or (n in heading_lines and first not in told) or not _item(text, item):
                break
            # every one the item names: "U.S. Reps. A and B", "State Sens. A, B and C"
            for backer in (mentions[i] for i in item.mentions if mentions[i].kind in "POG" and mentions[i].ref is not None):
                if backer.ref.id != candidate.id:
                    found.append(Candidate(subject=backer.ref, relation="endorsed", object=candidate, source=source,
                                           quote=text[heading.start : item.end], rule="sections.endorsed.listed",
                                           confidence=_CONFIDENCE, date=date, offset=heading.start))
    return found


_NUMBER = re.compile(r"\s*(\d{1,2})[.)](?:\s|$)")


def numbered_endorsers(
    text: str, sentences: list[Sentence], mentions: list[Mention], endorsing: re.Pattern[str], source: str, date: str,
) -> list[Candidate]:
    """Each person a numbered list names, one item to a paragraph ("1. Former minister Tom Reyes."
    or "1." and the item after it), under a sentence naming one person after a word of endorsing
    (not after "by"): they endorsed that person. The numbers must run 1, 2, 3 ...; two items at least."""
    found: list[Candidate] = []
    if not any(_NUMBER.match(s.text) and _line_start(text, s) for s in sentences):
        return found
    for n, lead in enumerate(sentences):
        people = [mentions[i] for i in lead.mentions if mentions[i].kind == "P" and mentions[i].ref is not None]
        if len(people) != 1:
            continue
        before = text[lead.start : people[0].start]
        if not endorsing.search(before) or re.search(r"\bby\b", before, re.IGNORECASE):
            continue
        candidate, items = people[0].ref, []
        for k in range(n + 1, len(sentences)):
            numbered = _NUMBER.match(sentences[k].text)
            if numbered is None or not _line_start(text, sentences[k]):
                continue
            if int(numbered.group(1)) != len(items) + 1:
                break
            item = sentences[k] if sentences[k].text[numbered.end() :].strip() or k + 1 == len(sentences) else sentences[k + 1]
            backer = next((mentions[i] for i in item.mentions if mentions[i].kind == "P" and mentions[i].ref is not None), None)
            items.append((backer, item))
        if len(items) < 2:
            continue
        found += [Candidate(subject=backer.ref, relation="endorsed", object=candidate, source=source,
                            quote=text[lead.start : item.end], rule="sections.endorsed.numbered",
                            confidence=_CONFIDENCE, date=date, offset=lead.start)
                  for backer, item in items if backer is not None and backer.ref.id != candidate.id]  # fmt: skip
    return found


_BULLET = re.compile(r"\s*(?:[-–•*]|\d{1,2}[.)])?\s*")


def endorsed_in_a_list(
    text: str, sentences: list[Sentence], mentions: list[Mention], endorsing: re.Pattern[str], source: str, date: str,
) -> list[Candidate]:
    """Under a sentence that ends with a colon and says who endorses ("The union endorsed the
    following candidates:", named before the word of endorsing; "Candidates endorsed by the
    union:", named after "by"), each line of the list that opens with a person's name ("Ann Lee",
    "- Ann Lee, District 4") names one they endorsed. A list ends at the first line of prose."""
    found: list[Candidate] = []
    for n, lead in enumerate(sentences):
        word = endorsing.search(lead.text)
        if word is None or not lead.text.rstrip().endswith(":"):
            continue
        at = lead.start + word.start()
        named = [mentions[i] for i in lead.mentions if mentions[i].kind in "POG" and mentions[i].ref is not None]
        by = re.match(r"\S*\s+by\s", text[at : lead.end])
        endorsers = [m for m in named if m.start > at] if by else [m for m in named if m.end <= at]
        if len(endorsers) != 1 or (not by and any(m.start > at for m in named)):
            continue  # (not "MPs supporting Ann Lee:", the other way round: listed_endorsers)
        for k in range(n + 1, len(sentences)):
            item = sentences[k]
            if not _item(text, item):
                break
            opening = item.start + _BULLET.match(item.text).end()
            person = next((mentions[i] for i in item.mentions if mentions[i].start == opening and mentions[i].kind == "P"), None)
            if person is not None and person.ref is not None and person.ref.id != endorsers[0].ref.id:
                found.append(Candidate(subject=endorsers[0].ref, relation="endorsed", object=person.ref, source=source,
                                       quote=text[lead.start : item.end], rule="sections.endorsed.list",
                                       confidence=_CONFIDENCE, date=date, offset=lead.start))
    return found


def _endorsed_headings(text: str, sentences: list[Sentence], mentions: list[Mention], endorsing: re.Pattern[str]) -> dict[int, EntityRef]:
    """Sentence number -> the person a line of its own heading a list says is endorsed, named
    after the word of endorsing: "MPs supporting Ann Lee:", "Endorsements for Ann Lee" (not
    "Endorsed by Ann Lee", "Lee-backed candidates", "Lee's endorsements")."""
    found = {}
    for n, sentence in enumerate(sentences):
        people = [mentions[i] for i in sentence.mentions if mentions[i].kind == "P" and mentions[i].ref is not None]
        if len(people) != 1 or len(sentence.mentions) != 1 or not _heading(text, sentence):
            continue
        before = text[sentence.start : people[0].start]
        if endorsing.search(before) and not re.search(r"\bby\b", before, re.IGNORECASE):
            found[n] = people[0].ref
    return found


def _item(text: str, sentence: Sentence) -> bool:
    """A line of its own, short, not ending as a sentence does."""
    return _own_line(text, sentence) and 0 < len(sentence.text.split()) <= _ITEM_WORDS and sentence.text.rstrip()[-1] not in ".!?:"
