"""Rivals an article implies without saying so, each pair at a low confidence and quoting one
sentence of the two that imply it:

- contest_rivals: a party's leadership contest (or a seat's preselection) is one contest, so the
  people it reports endorsed in it are candidates against each other ("the Conservative
  leadership race ... A backs X ... B has come out for Y"). Only for the contests triggers.yaml
  lists under rival_of `one_contest`: an article about primaries or a slate of endorsements
  ("Obama endorsed 81 candidates") pairs no one.
- race_rivals: the people an article says stand in one race ("A is running for mayor ... B, a
  mayoral candidate ... C finished third") are rivals; races are told apart by office, place and
  year. On the never-read passages this pairing is right about 6 times in 10 (issue 12's note)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations

from .dates import YEAR
from .lexicon import Lexicon
from .mentions import Mention, Sentence
from .model import Candidate, EntityRef
from .names import ElectionInfo
from .signatures import is_a

__all__ = ["ALSO", "contest_rivals", "contests_pattern", "race_rivals"]

ALSO = "(also)"  # the words of a stand said to be as well as others' ("X is also running"): in the race told of

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
    if len(people) > _MOST_IN_A_RACE:
        return []  # (a slate of endorsements in a story that names a leadership race, not its field)
    return [
        Candidate(subject=a, relation="rival_of", object=b, source=source, quote=said.text, rule="contests.rival_of.endorsed",
                  confidence=_CONFIDENCE, date=date, offset=said.start)
        for a, b in combinations(people, 2)
    ]  # fmt: skip


def race_rivals(
    stands: list[tuple[EntityRef, int, str]], sentences: list[Sentence], mentions: list[Mention], lexicon: Lexicon,
    race_words: frozenset[str], source: str, date: str, found: Iterable[Candidate] = (), country: str | None = None,
    text: str = "",
) -> list[Candidate]:
    """Every two people an article says stand in one race, as rivals: "A is running for mayor
    ... B, a mayoral candidate, ... C finished third". `stands` are (person, sentence number, the
    words for the race: "mayor", "the Democratic nomination", "" for a standing) from
    parsing.candidacies. Words of no race ("running for cover") stand for nothing. A race is told
    apart by its year (the sentence's, else, in the past tense, the last one its paragraph gave
    before it: "a 1995 primary ... Other candidates that year included"; its pairs are of that
    year), by its office and by its places (the lexicon's), from its words or else from the
    sentence's (or that paragraph's) election phrases; one whose office or place is not said is
    the article's only one that fits, if there is only one. An article that tells of
    two matchups apart ("A against B in one seat, C against D in another": the rivalries in
    `found`) is about several races, and pairs no one."""
    of_this_year = [c for c in found if (c.date or date)[:4] == date[:4]]
    also = next((number for _, number, words in stands if words == ALSO), None)
    joining = {person.id for person, _, words in stands if words == ALSO}
    stands = [(person, number, "" if words == ALSO else words) for person, number, words in stands]
    before = [c for c in of_this_year if c.subject.id not in joining and c.object.id not in joining]
    if also is not None and len(set((matchups := _matchups(before)).values())) == 1:
        # "A is taking on B ... C and D are also running": the one matchup told stands in the race too
        people = {r.id: r for c in before if c.relation == "rival_of" for r in (c.subject, c.object)}
        stands += [(people[i], also, "") for i in matchups if i in people]
    if len(stands) < 2:
        return []
    home: list[str | None] = []  # the article's place, read once if a race names a place
    told = " ".join(s.text for s in sentences)
    # the office of a race whose own is not said: the article's, else the one the others' words name
    usual = _usual_office(lexicon, told) or _only({o for _, _, words in stands if (o := _office(lexicon, words.lower())) is not None})
    entries: list[tuple[EntityRef, int, str | None, frozenset[str], str | None, str | None, bool, str]] = []
    told_in: dict[int, str] = {}  # sentence number -> the office its stands' own words name
    for person, number, words in sorted(stands, key=lambda stand: stand[1]):
        sentence, lowered = sentences[number], words.lower()
        if words and not any(_says(w, lowered) for w in race_words) and _office(lexicon, lowered) is None:
            continue
        if re.search(r"\btheir\b", lowered) and any(_says(w, lowered, plural_only=True) for w in race_words):
            continue  # "A and B won their primaries": a race each, not one
        years = YEAR.findall(words) or YEAR.findall(sentence.text)
        dated_by = None  # a sentence before that gives this one its year: a past told on ("Other candidates that year included")
        if not years and not _PRESENT.search(sentence.text) and (dated_by := _dated_before(number, sentences, text)) is not None:
            years = YEAR.findall(sentences[dated_by].text)
        now = not years or any(year in _this_year_or_next(date) for year in years)
        # (next year's race is the one a campaign told now runs for: "the race to challenge X in 2008", told in 2007)
        if not now and len(set(years)) > 1:
            continue  # a race of which of the years?
        era = "now" if now else years[0]  # a race of another year is a race of its own: "the GOP's 1994 gubernatorial nominee"
        if _PAST_RACE.search(words) or (not years and _PAST_RACE.search(sentence.text)):
            continue  # "elected in last year's by-election", "Two years ago X was elected", "in the last election"
        said = _elections_named(sentence, mentions)
        told_on = _elections_named(sentences[dated_by], mentions) if dated_by is not None else []  # (the past race told on)
        own = _office(lexicon, lowered)
        if own is not None:
            told_in.setdefault(number, own)
        # a stand with no words of its own right after a sentence of one race's stands is in that race
        # ("In the governor's race, A led with 39 percent ... C was third with 20 percent")
        office = (own or _only({i.office for i in said if i.office}) or _only({i.office for i in told_on if i.office})
                  or (told_in.get(number - 1) if not words else None) or usual)
        places = (_places(lexicon, words) or _only({i.places for i in said if i.places}) or _only({i.places for i in told_on if i.places})
                  or _recent_places(number, sentences, mentions))
        if places and not home:
            home.append(_home(lexicon, told))
        if places and home[0] is not None and home[0] not in places:
            continue  # a race elsewhere than the article's place: "X managed Y's Georgia Senate campaign" in a Kansas story
        district = _only(_districts(words)) or _only(_districts(sentence.text))
        entries.append((person, number, office, places, _party(lexicon, words, country), district, _DEPUTY.search(words) is not None, era))
    keys = {(office, places) for _, _, office, places, *_ in entries if office is not None and places}
    keys |= {(office, frozenset()) for _, _, office, places, *_ in entries
             if office is not None and not places and not any(k[0] == office for k in keys)}  # fmt: skip
    keys = keys or {(None, frozenset())}  # no office said: the article's one race
    # a party's nomination is a race of its own: "seeking the Democratic nomination" is not the Republican primary;
    # nor is one district's seat another's ("the 25th Senate District", "HD 33")
    # (and a deputy's contest is not the leader's: "deputy leadership contender B")
    parties = {party for *_, party, _, _, _ in entries if party is not None}
    districts = {district for *_, district, _, _ in entries if district is not None}
    keys = {(*k, party, district, deputy, era) for k in keys for party in parties or {None} for district in districts or {None}
            for deputy in {deputy for *_, deputy, _ in entries} for era in {era for *_, era in entries}}  # fmt: skip
    races: dict[tuple, dict[str, tuple[EntityRef, int]]] = {}
    for person, number, office, places, party, district, deputy, era in entries:
        fits = [k for k in keys if (office is None or k[0] == office) and (not places or not k[1] or k[1] == places)
                and (party is None or k[2] == party) and (district is None or k[3] == district) and k[4] == deputy and k[5] == era]  # fmt: skip
        if len(fits) == 1:
            races.setdefault(fits[0], {}).setdefault(person.id, (person, number))
    standing = {person.id for race in races.values() for person, _ in race.values()}
    apart = [c for c in before if not (c.subject.id in standing and c.object.id in standing)]
    if len(set(_matchups(apart).values())) > 1:  # (matchups of people standing in the race are in it, not apart)
        return []  # (a matchup of another year is no other race of this one's: "A defeated B in a 2019 runoff")
    paired = []
    for key, race in races.items():
        if not 2 <= len(race) <= _MOST_IN_A_RACE:
            continue
        for (a, at_a), (b, at_b) in _within_matchups(race, before, text):
            said = sentences[at_b]
            paired.append(Candidate(subject=a, relation="rival_of", object=b, source=source, quote=said.text,
                                   rule="contests.rival_of.race", confidence=_IN_ONE_RACE, date=date if key[5] == "now" else key[5],
                                   offset=said.start))
    return paired


def _within_matchups(race: dict[str, tuple[EntityRef, int]], found: list[Candidate], text: str) -> Iterator[tuple[tuple[EntityRef, int], ...]]:
    """Every two people of a race, in the order of their stands. But matchups among them that do
    not meet, each told in paragraphs of its own ("A will face B ... Across town, C received 12%
    and D 30%"), are races the article's words did not tell apart (in two cities, of two
    parties): then every two of one matchup, each other person joining the matchup told nearest
    before them (else the first)."""
    held = sorted(race.values(), key=lambda stand: stand[1])
    matchups = [c for c in found if c.relation == "rival_of" and c.status == "asserted" and c.subject.id in race and c.object.id in race]
    told = _matchups(matchups)
    # (matchups told in one paragraph are parts of one race: "A took 39 percent, while B took 25 ... C and D took 23")
    lines: dict[str, set[int]] = {}
    for c in matchups:
        lines.setdefault(told[c.subject.id], set()).add(text.count("\n", 0, c.offset) if c.offset is not None else -1)
    if len(lines) < 2 or any(a & b for a, b in combinations(lines.values(), 2)):
        yield from combinations(held, 2)
        return
    placed = [(number, told[person.id]) for person, number in held if person.id in told]
    groups: dict[str, list[tuple[EntityRef, int]]] = {}
    for person, number in held:
        group = told.get(person.id) or next(
            (g for at, g in reversed(placed) if at <= number), placed[0][1])
        groups.setdefault(group, []).append((person, number))
    for members in groups.values():
        yield from combinations(members, 2)


def _dated_before(number: int, sentences: list[Sentence], text: str) -> int | None:
    """The nearest sentence before this one in its paragraph that names a year, if any."""
    for before in range(number - 1, -1, -1):
        if "\n" in text[sentences[before].end : sentences[before + 1].start]:
            return None
        if YEAR.search(sentences[before].text):
            return before
    return None


def _districts(text: str) -> set[str]:
    return {"".join(groups) for groups in _DISTRICT.findall(text)}


def _recent_places(number: int, sentences: list[Sentence], mentions: list[Mention]) -> frozenset[str]:
    """The places of the race the two sentences before this one name, the nearest that names one
    ("It's less clear whether B will play kingmaker in the Atlanta mayoral race. ... B received 14%")."""
    for before in range(number - 1, max(number - 3, -1), -1):
        named = {info.places for info in _elections_named(sentences[before], mentions) if info.places}
        if named:
            return _only(named) or frozenset()
    return frozenset()


def _elections_named(sentence: Sentence, mentions: list[Mention]) -> list[ElectionInfo]:
    """What the sentence's election phrases say (office, places, year)."""
    return [m.info for i in sentence.mentions if (m := mentions[i]).kind == "E" and m.info is not None]


def _this_year_or_next(date: str) -> tuple[str, ...]:
    return (date[:4], str(int(date[:4]) + 1)) if date[:4].isdigit() else (date[:4],)


def _matchups(found: Iterable[Candidate]) -> dict[str, str]:
    """Person id -> one id per group of people that the asserted rivalries in `found` join."""
    group: dict[str, str] = {}

    def root(person: str) -> str:
        while group.setdefault(person, person) != person:
            person = group[person]
        return person

    for c in found:
        if c.relation == "rival_of" and c.status == "asserted":
            group[root(c.subject.id)] = root(c.object.id)
    return {person: root(person) for person in list(group)}


# a district's number: "the 25th Senate District", "District 5", "HD 33", "CD-14"
_DISTRICT = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:(?:[A-Z][\w.]*|congressional|senate|assembly|house|legislative)\s+){0,2}[Dd]istrict\b"
    r"|\b[Dd]istrict\s+(?:No\.\s*)?(\d{1,3})\b|\b(?:HD|SD|CD|AD|LD)[- ]?(\d{1,3})\b"
)
# a race of a year before, told without its year
_PAST_RACE = re.compile(
    r"\blast\s+year\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago\b"
    r"|\b(?:the|its|his|her|their)\s+(?:last|previous|prior)\s+(?:[\w-]+\s+){0,2}?(?:elections?|by-elections?|races?|primar(?:y|ies)|contests?|polls?)\b",
    re.IGNORECASE,
)
# a sentence of now, or of what is to come: no past year a sentence before it names is its year
_PRESENT = re.compile(r"\b(?:is|are|am|will|won't|has|have|'s|'re|'ll|now|currently|today|this\s+year)\b", re.IGNORECASE)
_DEPUTY = re.compile(r"\bdeputy\b", re.IGNORECASE)  # a stand for a deputy's post: "deputy leadership contender"
_IN_ONE_RACE = 0.45  # right about 6 times in 10 on unseen news: below kg ingest's default --accept-above (0.5)
_MOST_IN_A_RACE = 12  # more "candidates" than this are a slate or a list of races, not one field


def _says(word: str, lowered: str, plural_only: bool = False) -> bool:
    """Whether `lowered` has the word, or its plural ("bids", "primaries"); or, `plural_only`, its plural."""
    stem, plural = (word[:-1], "(?:y|ies)") if word.endswith("y") else (word, "(?:s|es)?")
    if plural_only:
        plural = "ies" if word.endswith("y") else "(?:s|es)"
    return re.search(rf"\b{re.escape(stem)}{plural}\b", lowered) is not None


def _only(values: set):
    return next(iter(values)) if len(values) == 1 else None


def _office(lexicon: Lexicon, lowered: str) -> str | None:
    return next((key for word, pattern, key in lexicon.office_patterns if word in lowered and pattern.search(lowered)), None)


def _party(lexicon: Lexicon, words: str, country: str | None) -> str | None:
    """The one party whose contest a stand's words name ("the Democratic nomination", "Republican
    governor candidate"), if they name one; by a local name ("Congress") only in an article about
    the party's `country`."""
    return _only({label for pattern, label, home, local in lexicon.party_patterns if (not local or home == country) and pattern.search(words)})


def _places(lexicon: Lexicon, text: str) -> frozenset[str]:
    return frozenset(lexicon.places[m.group()] for m in lexicon.place_pattern.finditer(text))


def _usual_office(lexicon: Lexicon, text: str) -> str | None:
    """The office an article names most (_named_most), each place in the text counted once, for
    the longest office word there ("city council" once, not again as "council")."""
    lowered = text.lower()
    counts: Counter[str] = Counter()
    taken: list[tuple[int, int]] = []
    for word, pattern, key in lexicon.office_patterns:  # (longest first)
        for m in pattern.finditer(lowered) if word in lowered else ():
            if not any(start < m.end() and m.start() < end for start, end in taken):
                taken.append(m.span())
                counts[key] += 1
    return _named_most(counts)


def _home(lexicon: Lexicon, text: str) -> str | None:
    """The place an article names most (_named_most)."""
    return _named_most(Counter(lexicon.places[m.group()] for m in lexicon.place_pattern.finditer(text)))


def _named_most(counts: Counter[str]) -> str | None:
    """What is named at least twice and more often than anything else."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
