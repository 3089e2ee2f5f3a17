"""Who stands in a race, and with whom: candidacies ("A is running for mayor"), standings and
results ("A finished second, behind B", "A won 52% to B's 40%"), polls ("A leads B by five
points"), and the words that tell one race from many ("in their respective states")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..contests import ALSO
from ..dates import YEAR
from .arguments import (
    _ORDINAL,
    _RUNNING,
    _group_includes,
    _holders,
    _names_listed_from,
    _one_of_a_group,
    _passive_subjects,
    _personal,
    _subjects,
    _would,
)
from .scope import _ELECTORATE, _former, _status
from .sentence import _AMONG, _OBJECTS, _PASSIVE_SUBJECTS, _SUBJECTS, Arg, Frame, _plural

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from ..triggers import RelationTriggers, Triggers
    from .sentence import _Sentence


_NOT_ONE_RACE = {"reelection", "re-election", "office", "seat", "congress", "president"}  # "A and B are running for office"
_APART = {"respective", "different", "separate"}
_NO_ONE_RACE = {"reelection", "re-election", "office", "term", "seat"}  # what many run for, each in a race of their own
_STAFFED = {"campaign", "team", "operation", "effort", "camp"}  # what one joins as staff


def _for_a_candidacy(verb: Token) -> bool:
    """Whether a verb says what a candidacy is for: "is running to replace", "a bid to replace"."""
    return verb.dep_ in ("xcomp", "acl", "advcl") and verb.head.lemma_.lower() in _RUNNING


def _leaving_office(verb: Token, rel: RelationTriggers) -> bool:
    """Whether the one a candidacy would replace is said not to stand: "the outgoing Gov. B"."""
    return any(t.lower_ in rel.leaving_office for c in verb.children if c.dep_ in _OBJECTS for t in c.subtree if t.i < c.i)


def _in_doing(verb: Token, moves: frozenset[str]) -> bool:
    """"joined Democrats in voting against the bill", "joined Republicans to block the measure":
    joining others in an act, no party switch (but "crossed the floor to join the Liberals", a
    move of its own in `moves`)."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("in", "for") and any(o.dep_ == "pcomp" or o.tag_ == "VBG" for o in c.children))
        or (c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.lemma_.lower() not in moves and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))  # (not "To name a few, A and B joined the PTI")
        for c in verb.children
    )  # fmt: skip


def _choice(verb: Token, s: _Sentence) -> tuple[list[Arg], list[Arg]]:
    """The two sides of a choice: "endorsed A over B" (the "over" on the verb or on A), or all of
    "between A and B" (or "among A, B and C")."""
    chosen = [c for c in verb.children if c.dep_ in _OBJECTS]
    preps = [c for c in verb.children if c.dep_ == "prep"] + [p for c in chosen for p in c.children if p.dep_ == "prep"]
    between = [a for p in preps if p.lower_ in ("between", *_AMONG) for o in p.children if o.dep_ == "pobj" for a in s.args(o, "P")]
    if len(between) > 1:
        return [], between
    over = [a for p in preps if p.lower_ == "over" for o in p.children if o.dep_ == "pobj" for a in s.args(o, "P")]
    if not over:  # "over State Senator X", the title parsed as the object and the name cut loose
        named = [s._name_at(verb.doc, p.i + 1, "P")[0] for p in preps if p.lower_ == "over"]
        over = [a for n in named if n is not None for a in s.args(n, "P")]
    return ([a for c in chosen for a in s.args(c, "P")] if over else []), over


def _share(verb: Token, rel: RelationTriggers) -> Token | None:
    """The share of the vote a verb of scoring takes: "won 52%", "got 40 percent of the vote",
    "won with 52 percent"."""
    for child in verb.children:
        if child.dep_ in _OBJECTS | {"npadvmod"} and _a_share(child, rel):
            return child
        if child.dep_ == "prep" and child.lower_ == "with":
            share = next((o for o in child.children if o.dep_ == "pobj" and _a_share(o, rel)), None)
            if share is not None:
                return share
    return None


def _a_share(noun: Token, rel: RelationTriggers) -> bool:
    """A share of the vote or of a poll: "40 percent", "39 percent support", "40% of voters" (not
    "40 percent of the company")."""
    if any(o.lemma_.lower() not in rel.shares | rel.polls | _ELECTORATE | {"ballot"} for p in noun.children
           if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):  # fmt: skip
        return False
    return noun.lemma_.lower() in rel.shares or any(c.dep_ == "compound" and c.lemma_.lower() in rel.shares for c in noun.children)


def _went_to_a_share(verb: Token, rel: RelationTriggers) -> bool:
    """Whether what a verb says went somewhere is a share of the vote: "40 percent of the vote
    went to B", "the 42 percent of the vote that went to A and B"."""
    what = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    while what is not None and what.dep_ == "pobj" and what.head.lower_ == "of" and what.head.head.pos_ == "NOUN":
        what = what.head.head  # "the vote" of "40 percent of the vote"
    return what is not None and _a_share(what, rel)


_INCLUSIVE_RACES = {"race", "contest", "primary", "runoff", "field", "ballot", "by-election", "election", "caucus"}
_TALLIES = {"total", "tally", "share"}  # what a candidate got, said of them: "B's total was 17.9 percent"


def _included_in(race: Token, s: _Sentence) -> list[Arg]:
    """The people a race is said to include: "the race includes A and B", "a primary that includes
    A and B"; with "also", the one the sentence puts in it too ("X is running in a primary that
    also includes A", "giving him a boost in a primary that also includes A")."""
    if race.dep_ in _SUBJECTS and race.head.lemma_.lower() in _FEATURING:
        verb = race.head
    else:
        verb = next((c for c in race.children if c.dep_ == "relcl" and c.lemma_.lower() in _FEATURING), None)
    if verb is None:
        return []
    found = [a for c in verb.children if c.dep_ in _OBJECTS for a in s.args(c, "P") if a.mention is not None]
    if found and verb.dep_ == "relcl" and any(c.lower_ == "also" for c in verb.children) and race.dep_ == "pobj":
        governor = race.head.head
        governor = governor.head if governor.pos_ == "NOUN" and governor.dep_ in _OBJECTS else governor
        if governor.pos_ in ("VERB", "AUX"):
            found += [a for c in governor.children if c.dep_ == "dative" for a in s.args(c, "P") if a.mention is not None] or _subjects(governor, s)
    return found


def _standings(rel: RelationTriggers, holders: dict[Arg, int]) -> list[Frame]:
    """Every two people a sentence gives a standing in a contest (_standing_holders), as rivals."""
    ranked = sorted(holders.items(), key=lambda held: held[1])
    return [Frame(rel.relation, a, b, "standing", "asserted", max(at_a, at_b))
            for i, (a, at_a) in enumerate(ranked) for b, at_b in ranked[i + 1 :]]  # fmt: skip


def _standing_holders(s: _Sentence, rel: RelationTriggers, triggers: Triggers) -> dict[Arg, int]:
    """The people a sentence gives a standing in a contest, with where: a share ("A led with 39
    percent, to 15 percent for B"), a place ("A placed fifth and B finished sixth"), a tie ("A and
    B were tied for second"), a runoff ("with A and B in the runoff") or leaving the race ("A
    dropped out of the contest, as did B")."""
    holders: dict[Arg, int] = {}
    for token in s.tokens:
        lemma = token.lemma_.lower()
        people: list[Arg] = []
        climb, ran = True, False
        if token.pos_ in ("NOUN", "PROPN") and _a_share(token, rel):  # "15 percent for B"
            people += [a for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"
                       for a in s.args(o, "P")]  # fmt: skip
            people += _followed_by(token, s)  # "A won with 45 percent, followed by B"
            held_by = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "with" and any(c.like_num for c in token.subtree) else None
            if held_by is not None and held_by.pos_ in ("VERB", "AUX"):  # "A was third with 20 percent", "B trailed with 9 percent support"
                people += [a for a in _subjects(held_by, s) if a.mention is not None and s.kinds.get(a.mention) == "P"]
            elif held_by is not None and s.kinds.get(s.of.get(held_by.i, -1)) == "P":  # "B, with about 28 percent, would be ..."
                people.append(Arg(s.of[held_by.i]))
            if token.dep_ == "appos" and s.kinds.get(s.of.get(token.head.i, -1)) == "P" and any(c.like_num for c in token.children):
                people.append(Arg(s.of[token.head.i]))  # "A won 40 percent, B 30 percent and C 20 percent": the verb left out
        elif (token.pos_ == "NOUN" and lemma in _TALLIES and token.dep_ in _SUBJECTS and token.head.lemma_ == "be"
              and any(c.dep_ == "attr" and _a_share(c, rel) for c in token.head.children)):
            people += [a for c in token.children if c.dep_ == "poss" for a in s.args(c, "P")]  # "B's total was 17.9 percent"
            climb = False
        elif token.pos_ == "NOUN" and lemma in _INCLUSIVE_RACES and (included := _included_in(token, s)):
            people += included  # "a crowded primary that also includes A and B", "the race includes A and B"
        elif token.pos_ == "NOUN" and lemma in rel.nouns and (behind := _runners_up(token, rel, s, any_object=True)):
            people += [a for c in token.children if c.dep_ == "prep" and c.lower_ == "between" for o in c.children
                       if o.dep_ == "pobj" for a in s.args(o, "P")] + behind  # "a battle between A and B, with C and D lagging behind"
        elif token.pos_ == "NOUN" and lemma in _EXITS and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_.lower() in rel.nouns for o in c.children) for c in token.children):
            people += [a for c in token.children if c.dep_ == "poss" for a in s.args(c, "P")]  # "A and B's exits from the race"
            if people and token.dep_ == "conj" and s.kinds.get(s.of.get(token.head.i, -1)) == "P":
                people += s.args(token.head, "P")  # ("A" parsed as the head of "exits")
        elif token.pos_ in ("NOUN", "PROPN") and lemma in rel.rounds and token.dep_ == "pobj" and token.head.lower_ == "in":
            holder = token.head.head  # "with A and B in the runoff", the "in" on B
            while holder.dep_ == "conj" and holder.head.pos_ == "PROPN":
                holder = holder.head
            people += s.args(holder, "P") if holder.pos_ == "PROPN" else []
            climb = False  # told in passing: "With A and B in the runoff, the city can expect ..."
        elif token.pos_ in ("VERB", "AUX", "ADJ"):
            if lemma in rel.scoring and _share(token, rel) is not None:
                people += _subjects(token, s) + _runners_up(token, rel, s)
            elif lemma in rel.placing and _placed(token):
                people += _subjects(token, s) + _followed_by(token, s)  # "A finished first, followed by B and C"
            elif lemma in rel.ties and not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
                doer = token.head if token.dep_ == "acomp" else token  # "A and B are tied"
                people += [a for c in doer.children if c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for a in s.args(c, "P")]
                people += [a for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"
                           for a in s.args(o, "P")]  # fmt: skip
            elif lemma in rel.gaps and any((c.dep_ in _SUBJECTS or c == token.head) and (_a_share(c, rel) or c.lemma_.lower() in rel.polls)
                                           for c in [*token.children, *([token.head] if token.dep_ == "acl" else [])]):  # fmt: skip
                # ("N votes separated A and B", "separated" parsed as qualifying the votes too)
                people += [a for c in token.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]  # "N votes separated A and B"
                apart = [token, *(c for c in token.children if c.dep_ in _OBJECTS)]  # "... separated A from B", the "from" on either
                people += [a for w in apart for c in w.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
                           if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
            elif lemma in rel.exits and _out_of_a_race(token, rel):
                people += _subjects(token, s) or _passive_subjects(token, s)  # "was disqualified from the race"
            elif lemma in rel.stepping_aside and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "out", "aside") for c in token.children) and (
                    backed := [a for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"
                               for a in s.args(o, "P") if a.mention is not None]):
                people += _subjects(token, s) + backed  # "A stepped down for B": both were in the race
            elif lemma == "go" and _went_to_a_share(token, rel):  # "40 percent of the vote went to B", "the vote that went to A, B and C"
                people += [a for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"
                           for a in s.args(o, "P")]  # fmt: skip
            elif lemma in ("make", "miss") and any(c.dep_ in _OBJECTS and c.lemma_.lower() in rel.rounds for c in token.children):
                people += _subjects(token, s)  # "A made (missed, failed to make) the runoff": A ran, whatever the outcome
                ran = True
            elif lemma in rel.results | rel.scoring and (behind := _runners_up(token, rel, s)):
                people += _subjects(token, s) + behind  # "A won the primary, with B close behind (second, trailing)"
        if people and (ran or _status(token, triggers, climb, contest=True) == "asserted"):
            for person in people:
                if person.mention is not None:
                    holders.setdefault(person, token.idx)
    for token in s.tokens if holders else ():  # "A was second with 30 percent, and C third": the verb left out
        before = _past_an_aside(s.doc, token.i)
        mention = s.of.get(before - 1) if before else None
        if (mention is not None and s.kinds.get(mention) == "P" and _ORDINAL.fullmatch(token.text) and s.of.get(token.i) is None
                and (token.i + 1 >= len(s.doc) or s.doc[token.i + 1].text in (".", ",", ";") or s.doc[token.i + 1].lower_ in ("with", "and"))):
            holders.setdefault(Arg(mention), token.idx)
        elif (mention is not None and s.kinds.get(mention) == "P" and token.like_num and s.of.get(token.i) is None
              and token.i + 1 < len(s.doc) and s.doc[token.i + 1].lemma_.lower() in rel.shares):
            holders.setdefault(Arg(mention), token.idx)  # "A got 30 percent and B 18 percent"
    return holders


def _past_an_aside(doc, i: int) -> int:
    """The token a bracketed aside ending right before `i` opens ("B (the name in other letters)
    18 percent"; the parse may see it blanked out), else `i`."""
    while i and doc[i - 1].is_space:
        i -= 1
    if i and doc[i - 1].text == ")":
        opening = next((j for j in range(i - 2, max(i - 8, -1), -1) if doc[j].text == "("), None)
        if opening is not None:
            return opening
    return i


def _followed_by(word: Token, s: _Sentence) -> list[Arg]:
    """Who comes after a standing: "A finished first, followed by B and C"."""
    return [a for c in word.children if c.lemma_.lower() == "follow" and c.tag_ == "VBN" for by in c.children if by.dep_ == "agent"
            for o in by.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip


def _candidacies(s: _Sentence, rel: RelationTriggers, triggers: Triggers, standing: dict[Arg, int]) -> list[tuple[Arg, str]]:
    """Who the sentence says stands in a race, with the words that may say which one ("mayor",
    "the Democratic nomination for governor"; "" for none): "X is running for mayor", "X entered the
    race", "X announced her candidacy", "mayoral candidate X", "X, the Republican nominee", and who
    holds a standing in one (`standing`, from _standing_holders). graph/news/contests.py pairs
    those of one race."""
    if any(t.lower_ in _APART for t in s.tokens):
        return []  # "the two backed different candidates", "running in their respective states": races apart
    found: list[tuple[Arg, str]] = []
    for token in s.tokens:
        lemma = token.lemma_.lower()
        people: list[Arg] = []
        prize: Token | None = None
        where = False  # the prize is a place: "is standing in Brentford"
        also = False  # said to stand as well as others: "X is also running"
        in_the_list: set[int] = set()  # the mentions of the people the prize's words name, left out of them
        if token.pos_ in ("VERB", "AUX"):
            if lemma in rel.runs:  # "is running for mayor", "is seeking the Democratic nomination", "ran in the primary"
                prizes = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "in") for o in p.children if o.dep_ == "pobj"]
                prizes += [c for c in token.children if c.dep_ in _OBJECTS and (lemma != "run" or _own(c))]  # "ran his own campaign"
                prizes = [p for p in prizes if not any(a.mention is not None for a in s.args(p, "P"))]  # "campaigned for (candidate) B": B's backer
                prize = next((p for p in prizes if not p.like_num), None)  # (not "ran in 2024")
                where = prize is not None and prize.pos_ == "PROPN" and prize.head.lower_ == "in" and s.of.get(prize.i) is None
                if prize is not None and prize.lemma_.lower() in _NO_ONE_RACE:
                    prize = None  # "running for reelection": each in a race of their own
                party = prize is not None and s.kinds.get(s.of.get(prize.i, -1)) == "G"  # "will stand for the Green Party"
                also = prize is None and _also(token)  # "Also running are A and B", "X is running too"
                # "was selected to run by Fine Gael", "have filed to run"
                chosen = prize is None and token.dep_ == "xcomp" and (any(c.dep_ == "auxpass" for c in token.head.children)
                                                                      or token.head.lemma_.lower() in rel.announcing)  # fmt: skip
                people = _subjects(token, s) if prize is not None or also or chosen else []
                if prize is not None and people:  # "A is running against B for mayor": B too
                    people += [a for p in token.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children
                               if o.dep_ == "pobj" for a in s.args(o, "P") if a.mention is not None]  # fmt: skip
                if prize is not None and token.dep_ == "acl":
                    people += _one_of_a_group(token.head, s)  # "A is among four Democrats seeking the nomination"
                prize = None if party else prize
            elif lemma in _FEATURING and any(c.dep_ in _SUBJECTS and c.lemma_.lower() in rel.nouns for c in token.children):
                prize = next(c for c in token.children if c.dep_ in _SUBJECTS)  # "the race also features X"
                people = [a for c in token.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
            elif lemma == "be" and (prize := _in_a_race(token, rel) or next(
                    (r for c in token.children if c.dep_ == "attr" and (r := _in_a_race(c, rel)) is not None), None)) is not None:
                # "A and B are also in the race", "A is the only woman in the race"
                people = _subjects(token, s)
                also = _also(token) and prize.lemma_.lower() in _INCLUSIVE_RACES
                prize = None if also else prize
            elif lemma in rel.staying:  # "decided to remain in the race"
                prize = _in_a_race(token, rel)
                people = _subjects(token, s) if prize is not None else []
            elif lemma in rel.polling and (prize := next((c for c in token.children if c.dep_ in _OBJECTS
                                                            and c.lemma_.lower() in rel.fields | _LED), None)) is not None:
                people = _subjects(token, s)  # "X leads the crowded field", "tops the pack", "trails the other candidates"
            elif lemma in rel.polling and _in_the_polls(token, rel) and not any(c.dep_ in _OBJECTS for c in token.children):
                people = _subjects(token, s)  # "X leads (trails) in the polls": in the race the article tells of
            elif lemma in rel.choosing and (prize := _chosen_for(token, rel)) is not None:  # "endorsed X for mayor", "backed X in the primary"
                people = [a for c in token.children if c.dep_ in _OBJECTS | _PASSIVE_SUBJECTS for a in s.args(c, "P")]
            elif lemma in rel.fielding and (put_up := _put_up_by_a_party(token, s, rel.nouns | rel.prizes)):
                people = put_up  # "the ruling party fielded A", "B was nominated by the opposition", "... for the seat"
                prize = next((o for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "for") for o in p.children if o.dep_ == "pobj"), None)
            elif lemma == "throw" and any(c.dep_ in _OBJECTS and c.lower_ == "hat" for c in token.children):
                people = _subjects(token, s)  # "X threw her hat into the ring": a stand in the race the article tells of
            elif lemma in rel.entering or lemma in rel.announcing or lemma in rel.results:  # "entered the race", "announced her
                # candidacy for governor", "won the Democratic primary", "clinched the nomination"
                words = _RUNNING if lemma in rel.announcing else rel.nouns | rel.prizes | _RUNNING
                if lemma in rel.entering and lemma not in rel.announcing | rel.results:
                    words = words - _STAFFED  # who joins a campaign or an effort is on its staff, not in the race
                prize = next((c for c in token.children if c.dep_ in _OBJECTS and (c.lemma_.lower() in words or (
                    lemma in rel.results and s.kinds.get(s.of.get(c.i, -1)) == "E"))), None)  # ("won the Semford mayoral election")
                people = _subjects(token, s) if prize is not None else []
        elif token.pos_ in ("NOUN", "PROPN", "ADJ") and lemma in rel.candidates and token.tag_ in ("NN", "NNP", "JJ") and (
                token.pos_ != "ADJ" or token.dep_ in ("attr", "appos")):  # (a list of candidates may be of many races)
            people, prize = [a for a in _holders(token, s) if a.mention is not None or _personal(a)], token  # "mayoral candidate X", "X is a
            # mayoral hopeful", "the party declared her its candidate"
            if not people and token.dep_ in _SUBJECTS and token.head.lemma_ == "be" and (named := s._name_at(s.doc, token.head.i + 1, "P")[0]) is not None:
                people = s.args(named, "P")[:1]  # "The independent candidate is social activist X", X parsed apart
        elif (token.tag_ == "NNS" and lemma in rel.candidates and token.dep_ == "compound" and token.head.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS
              and s.kinds.get(s.of.get(token.head.i, -1)) == "P"):  # "Mayoral candidates A and B picked up endorsements" (not
            people, prize = [a for a in s.args(token.head, "P") if a.mention is not None], token  # "worked for GOP candidates A and B")
        elif (token.tag_ == "NNS" and lemma in rel.candidates and token.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | {"ROOT"}
              and (listed := _names_right_after(token, s))):
            people, prize = listed, token  # "Nashville mayoral candidates A and B have picked up endorsements", the names
            # parsed as an apposition or a second subject; a headline (not "the union backed candidates A and B": of many races, maybe)
            in_the_list = {a.mention for a in listed}
        elif token.tag_ == "NNS" and lemma in rel.candidates and any(c.lower_ == "other" for c in token.children):
            people = _holders(token, s)  # "Other candidates include A and B": of the race told before
            prize = _in_a_race(token, rel)
        elif token.tag_ == "NNS" and lemma in rel.candidates and (people := _one_of_a_group(token, s)):
            prize = token  # "A is one of five candidates for mayor", "A is among the candidates"
        elif (_plural(token) and s.kinds.get(s.of.get(token.i, -1)) == "G" and (prize := _in_a_race(token, rel)) is not None
              and (people := _one_of_a_group(token, s))):
            people += _group_includes(token.head.head, s)  # "A is the best known of three Republicans in the race, a
            # group that also includes B and C"
        elif token.tag_ == "NN" and lemma in rel.nouns and (against := [a for c in token.children if c.dep_ == "prep" and c.lower_ == "against"
                                                                          for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]):
            people, prize = [a for a in against if a.mention is not None], token  # "in the April 4 runoff against B": B stands in it
            # (not "challenges against A, B and C": a race each)
        elif (token.pos_ == "NOUN" and lemma in rel.polling and _in_the_polls(token, rel) and (held := _first_conjunct(token)).dep_ in _OBJECTS
              and held.head.pos_ in ("VERB", "AUX")):
            people = _subjects(held.head, s)  # "X has built a strong organization and a double-digit lead in the polls"
        elif token.pos_ == "NOUN" and lemma in _CANDIDACY and not any(
                c.dep_ == "prep" and c.lower_ in ("against", "for", "to") and not _for_a_prize(c, rel, s) for c in token.children):
            people, prize = [a for c in token.children if c.dep_ == "poss" for a in s.args(c, "P")], token  # "X's presidential bid",
            # "his bid for the Democratic gubernatorial nomination" (not "X's bid for Y's support")
        # a title says what its holder is, whatever the sentence says of them (but "is expected to declare his bid" is a supposition)
        titled = token.pos_ in ("NOUN", "PROPN") and lemma not in _CANDIDACY and not (token.dep_ == "pobj" and token.head.lower_ == "as")
        # ("I can't run as a candidate": no title, the verb's say)
        if people and _status(token, triggers, not titled, contest=True) == "asserted" and not _former(token, triggers) and not _would(token, triggers):
            words = " ".join(t.text for t in prize.subtree if s.of.get(t.i) not in in_the_list) if prize is not None and not where else ALSO if also else ""
            if lemma in rel.announcing and prize is not None and not any(c.dep_ == "prep" for c in prize.children):
                words = ""  # "X announced her campaign": a standing in the race the article tells of
            words += "".join(f" {o.text}" for p in token.children if p.dep_ == "prep" for o in p.children if YEAR.fullmatch(o.text))  # "ran in 2016"
            found += [(a, words) for a in people if a.mention is None or s.kinds.get(a.mention) == "P"]
    found += [(a, "") for a in standing]
    return found + _listed_as_in_the_race(s, rel)


def _for_a_prize(prep: Token, rel: RelationTriggers, s: _Sentence) -> bool:
    """Whether a "for" phrase names what a race is for: "for the nomination", "for governor", "for re-election"."""
    return prep.lower_ == "for" and any(o.dep_ == "pobj" and (o.lemma_.lower() in rel.prizes | rel.nouns | _NO_ONE_RACE or o.lemma_.lower() in s.roles)
                                        for o in prep.children)  # fmt: skip


def _first_conjunct(word: Token) -> Token:
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    return word


def _in_the_polls(word: Token, rel: RelationTriggers) -> bool:
    """Whether a word of polling is said "in the polls" ("leads in the polls", "a lead in the latest survey")."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in rel.polls - {"point"} for o in c.children)
               for c in word.children)


def _names_right_after(noun: Token, s: _Sentence) -> list[Arg]:
    """Two or more people named right after a plural noun, with nothing but their titles, commas
    and "and" between them: "mayoral candidates A and B", "candidates Sen. A, B and C"."""
    found, _ = _names_listed_from(noun.i + 1, s, titled=True)
    return [Arg(m) for m in dict.fromkeys(found)] if len(found) > 1 else []


def _put_up_by_a_party(verb: Token, s: _Sentence, races: frozenset[str]) -> list[Arg]:
    """The one person a party (or "the opposition") puts up in the race told of, as a verb's object
    or, passive, its subject; none if it puts up several (a seat each) or says where other than
    in a race (`races`, the words for one)."""
    def a_party(word: Token) -> bool:
        return s.kinds.get(s.of.get(word.i, -1)) == "G" or word.lemma_.lower() in _PARTY_NOUNS
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    parties = ([o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"] if passive
               else [c for c in verb.children if c.dep_ in _SUBJECTS])
    where = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "for") for o in p.children if o.dep_ == "pobj"]
    if not any(a_party(p) for p in parties) or not all(o.lemma_.lower() in races or s.kinds.get(s.of.get(o.i, -1)) == "E" for o in where):
        return []  # ("fielded A in Semford": that seat's race; "in the by-election": the one told of)
    people = [a for c in verb.children if c.dep_ in (_PASSIVE_SUBJECTS if passive else _OBJECTS) for a in s.args(c, "P") if a.mention is not None]
    return people if len(people) == 1 else []


def _listed_as_in_the_race(s: _Sentence, rel: RelationTriggers) -> list[tuple[Arg, str]]:
    """The people a colon lists after words that say they are in a race: "Also in the race: A,
    a businessman; B; and C", "Others in the running: A and B"."""
    colon = next((t for t in s.tokens if t.text == ":"), None)
    if colon is None or not any(t.lower_ == "in" and t.i + 2 < colon.i and s.doc[t.i + 1].lower_ == "the"
                                and s.doc[t.i + 2].lemma_.lower() in rel.nouns | rel.fields | {"running"} for t in s.doc[: colon.i]):
        return []
    listed = dict.fromkeys(s.of[t.i] for t in s.doc[colon.i + 1 :] if t.i in s.of and s.kinds.get(s.of[t.i]) == "P")
    return [(Arg(m), "") for m in listed]


_FEATURING = {"feature", "include"}  # whose subject, a race, has its objects stand in it: "the race also features X"
_LED = {"race", "pack", "primary"}  # what a verb of polling leads, besides a field: "X leads the race"
_PARTY_NOUNS = {"party", "opposition", "coalition", "alliance"}  # a party not named: "the opposition has nominated B"
_CANDIDACY = {"bid", "candidacy", "campaign"}  # whose possessor stands in a race: "X's presidential bid" (not "X's bid for Y's support")


def _also(verb: Token) -> bool:
    """Whether a verb says its subject does it as well as someone before: "also", "too", "as well"."""
    return any(c.lower_ in ("also", "too") or (c.lower_ == "as" and any(w.lower_ == "well" for w in c.children)) or
               (c.lower_ == "well" and c.i > 0 and c.nbor(-1).lower_ == "as") for c in verb.children)  # fmt: skip


def _in_a_race(word: Token, rel: RelationTriggers) -> Token | None:
    """The race a word is said to be in: "(are) in the race", "candidates in the primary", "on the
    ballot"."""
    return next((o for p in word.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in (rel.nouns if p.lower_ == "in" else {"ballot"})), None)  # fmt: skip


def _chosen_for(verb: Token, rel: RelationTriggers) -> Token | None:
    """The race a choice is made in: "(endorsed X) for mayor", "in the Senate primary" (not "for
    her leadership", "for 2024")."""
    prizes = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    chosen = [c for c in verb.children if c.dep_ in _OBJECTS]  # ("endorsed X in the race", the "in" hung on X)
    return next((p for p in prizes if not p.like_num and not any(c.dep_ == "poss" for c in p.children)), None) or next(
        (race for w in [verb, *chosen] if (race := _in_a_race(w, rel)) is not None), None)


def _own(noun: Token) -> bool:
    """Whether a race's noun is its subject's own: "his own campaign" (not "ran X's campaign")."""
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in noun.children) and noun.lemma_.lower() in _RUNNING


_PLACE_NOUNS = {"place", "position", "spot"}
_BEHIND = {"behind", "trailing", "runner-up", "close"}
_EXITS = {"exit", "withdrawal", "departure"}  # nouns of leaving a race: "A's exit from the race"


def _runners_up(verb: Token, rel: RelationTriggers, s: _Sentence, any_object: bool = False) -> list[Arg]:
    """Who a "with" phrase on a verb of winning a race or a share (or on a race's noun) places
    behind: "A won the primary, with B close behind", "with B second and C third", "with B trailing
    at 30 percent", "a battle between A and B, with C and D lagging behind" (not "won with B's help")."""
    if not any_object and not any(c.dep_ in _OBJECTS and (c.lemma_.lower() in rel.nouns | rel.prizes or _a_share(c, rel)) for c in verb.children):
        return []
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    phrases += [c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children)]
    found: list[Arg] = []
    for phrase in phrases:
        words = list(phrase.subtree)
        if any(w.lower_ in _BEHIND or _ORDINAL.fullmatch(w.text) for w in words):
            found += [a for w in words if w.dep_ in ("pobj", "nsubj", "conj", "compound") and s.of.get(w.i) is not None
                      for a in s.args(w, "P")]  # fmt: skip
    return list(dict.fromkeys(found))


def _placed(verb: Token) -> bool:
    """Whether a verb of placing gives a place after it: "placed fifth", "finished in sixth place",
    "came in a distant third", "finished last" (not "first ran for the Senate")."""
    def a_place(word: Token) -> bool:
        return word.i > verb.i and (_ORDINAL.fullmatch(word.text) is not None or (word.lemma_.lower() in _PLACE_NOUNS and any(
            c.dep_ == "amod" and _ORDINAL.fullmatch(c.text) for c in word.children)))
    places = [c for c in verb.children if c.dep_ in _OBJECTS | {"advmod", "npadvmod", "oprd", "acomp", "attr"}]
    places += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "for") for o in c.children if o.dep_ == "pobj"]
    return any(a_place(p) for p in places)


def _out_of_a_race(verb: Token, rel: RelationTriggers) -> bool:
    """Whether a verb of exit leaves a race: "dropped out of the contest", "withdrew from the
    primary", "ended his bid", "suspended her campaign", "was eliminated in the first round"; or,
    out of nothing said, the race told of ("A dropped out last week")."""
    races = rel.nouns | _RUNNING
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    objects += [o for p in _prep_children(verb) if p.lower_ in ("of", "from", "out") for o in _prep_objects(p)]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in _prep_objects(p) if o.lemma_.lower() == "round"]
    if not objects and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and not any(c.dep_ == "prep" for c in verb.children):
        return True  # ("A dropped out last week"; not "dropped out of school")
    return any(o.lemma_.lower() in races | {"round"} for o in objects)


def _result_others(verb: Token, rel: RelationTriggers, s: _Sentence) -> list[Arg]:
    """Who a result told as numbers sets against the verb's subject: "to B's 40%"; "while B got 40
    percent"."""
    found: list[Arg] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "over", "against"):
            for share in (o for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in rel.shares):
                found += [a for c in share.children if c.dep_ == "poss" for a in s.args(c, "P")]
                if child.lower_ == "to":  # "won 52 percent to 41 percent for B", the "for" hung on the verb
                    found += [a for f in verb.children if f.dep_ == "prep" and f.lower_ == "for" and f.i > share.i
                              for o in f.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
        if child.dep_ in ("advcl", "conj") and child.lemma_.lower() in rel.scoring and _share(child, rel) is not None:
            found += [a for c in child.children if c.dep_ in _SUBJECTS for a in s.args(c, "P")]
        if child.dep_ == "advmod" and child.lower_ in ("ahead", "behind"):  # "58 percent, 30 points ahead of B"
            found += [a for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
    return found


def _in_a_poll(verb: Token, rel: RelationTriggers) -> bool:
    """Whether a verb tells a standing in a poll: a poll's noun in its phrase ("in a head-to-head
    matchup", "by five points") or as the subject of the clause that reports it ("a poll found")."""
    def poll(t: Token) -> bool:  # "by five points", not "at one point"
        return t.lemma_.lower() in rel.polls and not (t.lemma_.lower() == "point" and t.tag_ == "NN")

    if any(poll(t) for t in verb.subtree if t.dep_ not in _SUBJECTS or t.head != verb) or _share(verb, rel) is not None:
        return True  # (or a share: "A leads B 48% to 44%")
    reporting = verb.head if verb.dep_ in ("ccomp", "advcl") else None
    return reporting is not None and any(
        c.dep_ in _SUBJECTS and any(poll(t) for t in c.subtree) for c in reporting.children
    )  # fmt: skip


def _polled_against(verb: Token, s: _Sentence) -> list[Arg]:
    """Who a poll sets against the verb's subject: its object ("leads B"), or the "of" of a gap
    ("within 2 points of B", "five points ahead of B") or "behind B"."""
    found = [a for c in verb.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
    for prep in _prep_children(verb):
        if prep.lower_ == "behind":
            found += [a for o in _prep_objects(prep) for a in s.args(o, "P")]
        if prep.lower_ in ("within", "ahead", "behind") or prep.dep_ == "advmod":
            gaps = [prep, *(o for o in prep.children if o.dep_ in ("pobj", "npadvmod"))]
            found += [a for g in gaps for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
    return list(dict.fromkeys(found))


def _one_race(verb: Token) -> bool:
    """Whether "A and B <verb>" is one contest: not "ran together", and "run" only for one office
    ("are running for mayor", not "for reelection")."""
    if any(c.lower_ in ("together", "jointly") for c in verb.children):
        return False
    if any(t.lower_ in _APART for t in verb.subtree):  # "in their respective states"
        return False
    if verb.lemma_.lower() != "run":
        return True
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _SUCCEEDING and any(o.dep_ in _OBJECTS for o in c.children) for c in verb.children):
        return True  # "are running to replace X": X's one seat
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and o.tag_ in ("NN", "NNP") and o.lemma_.lower() not in _NOT_ONE_RACE
        for c in verb.children for o in c.children if o.dep_ == "pobj"
    )  # fmt: skip


_SUCCEEDING = {"replace", "succeed", "unseat", "oust", "topple", "defeat", "beat", "challenge"}


def _calling_for(vote: Token) -> Token | None:
    """The verb that calls for a vote, of one who backs its candidate: "called for a vote for B"."""
    return vote.head.head if vote.dep_ == "pobj" and vote.head.lower_ == "for" and vote.head.head.lemma_.lower() == "call" else None


def _on_behalf(prep: Token) -> bool:
    """Whether a preposition is the "on" of "on B's behalf", "on behalf of B"."""
    return prep.lower_ == "on" and any(o.dep_ == "pobj" and o.lower_ == "behalf" for o in prep.children)


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition; of "ahead of", the object of its "of"; of "on behalf of" (or
    "on B's behalf"), B."""
    if _on_behalf(prep):
        behalf = next(o for o in prep.children if o.dep_ == "pobj" and o.lower_ == "behalf")
        return [c for c in behalf.children if c.dep_ == "poss"] + [o for p in behalf.children if p.dep_ == "prep" and p.lower_ == "of"
                                                                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    objects = [c for c in prep.children if c.dep_ in ("pobj", "dobj")]
    return objects or [o for c in prep.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]


def _prep_children(token: Token) -> Iterator[Token]:
    for child in token.children:
        if child.dep_ in ("prep", "prt", "agent", "dative") or (child.dep_ == "advmod" and child.lower_ in ("ahead", "behind")):
            yield child  # "lost the primary to X": "to" parsed as a dative
            yield from (c for c in child.children if c.dep_ == "conj" and c.lower_ == child.lower_)  # "lost first to A and then to B"
            if child.dep_ == "prep" and child.lower_ in ("for", "in", "from", "by"):  # "running for governor against X", parsed as the
                # office's; "prevailed in the leadership contest over X"; "won by 1,000 votes over X"
                yield from (p for o in child.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep"
                            and (p.lower_ == "against" or (p.lower_ == "over" and child.lower_ in ("in", "by"))))
        elif child.dep_ == "conj" and child.pos_ == "ADP" and child.i > token.i:  # (the second "to" parsed as the verb's conjunct)
            yield child
        elif child.dep_ == "advmod" and child.lower_ == "up":  # "is up against X"
            yield from (p for p in child.children if p.dep_ == "prep")
        elif child.dep_ in _OBJECTS:  # "threw his support behind X"
            yield from (c for c in child.children if c.dep_ == "prep")
