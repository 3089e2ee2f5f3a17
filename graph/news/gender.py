"""Who, in one article, is a woman and who a man, so that "she" is never taken for a man the
article calls "Mr" (see `genders` in lexicon.yaml). What the article says counts: a word just
before a name ("Ms Truss", "Congresswoman Bass"), "she"/"he" after a person's name in a sentence
that names no one else ("Bass said she ..."), and a first name nearly only one gender bears
("Sonia"). A title outweighs pronouns, which outweigh a first name when two say so."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import Lexicon
from .mentions import Mention, Sentence

__all__ = ["article_genders", "pronoun_gender"]

_WORD = re.compile(r"[\w.]+")
_FIRST_WORD = re.compile(r"\W*(\w+)")
_TITLE_WEIGHT = 3
_FIRST_NAME_WEIGHT = 1.5


def pronoun_gender(text: str, position: int, lexicon: Lexicon) -> str | None:
    """The gender of the pronoun at `position` of `text`, if a gendered pronoun is there."""
    word = _FIRST_WORD.match(text, position)
    return lexicon.gender_pronouns.get(word.group(1).lower()) if word else None


def article_genders(text: str, sentences: list[Sentence], mentions: list[Mention], lexicon: Lexicon) -> dict[str, str]:
    """Person id -> "female" or "male", for the people the article says one of."""
    votes: dict[str, Counter] = {}
    for mention in mentions:
        if mention.kind != "P" or mention.ref is None:
            continue
        for word in text[max(0, mention.start - 30) : mention.start].split()[-2:]:
            gender = lexicon.gender_words.get(word.strip(",").lower())
            if gender:
                votes.setdefault(mention.ref.id, Counter())[gender] += _TITLE_WEIGHT
    for ref in {m.ref.id: m.ref for m in mentions if m.kind == "P" and m.ref is not None}.values():
        gender = lexicon.first_name_genders.get(ref.label.split()[0])
        if gender:
            votes.setdefault(ref.id, Counter())[gender] += _FIRST_NAME_WEIGHT
    for sentence in sentences:
        people = [mentions[i] for i in sentence.mentions if mentions[i].kind == "P" and mentions[i].ref is not None]
        if len({m.ref.id for m in people}) != 1:
            continue
        after = text[people[-1].end : sentence.end]
        for word in _WORD.findall(after):
            gender = lexicon.gender_pronouns.get(word.lower()) if word.lower() in lexicon.subject_pronouns else None
            if gender:  # "X said she": a subject, as an object would mean someone else ("X backed her")
                votes.setdefault(people[0].ref.id, Counter())[gender] += 1
                break
    out = {}
    for id_, counts in votes.items():
        (best, n), *rest = counts.most_common()
        if not rest or n > rest[0][1]:
            out[id_] = best
    return out
