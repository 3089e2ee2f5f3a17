"""Party memberships and moves: a party word that qualifies a person ("Republican Gov. X",
"BJP's X", "X, a senior London Tory", "X has been a Democrat"), past parties ("former
Republican"), who joins or leaves a party and which ("defected to the NDC", "left the Democrats
for the GOP", "crossed the floor") and who leads one."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import (
    _after_a_colon,
    _contact_clause_subject,
    _doer_towards,
    _holders,
    _named_after,
    _one_of_a_group,
    _passive_subjects,
    _personal,
    _subjects,
    _verb_of,
    _verb_of_as,
)
from .races import _in_doing
from .scope import _FORMERLY, _former, _status, _used_to
from .sentence import (
    _AMONG,
    _INCLUDING,
    _MEMBER_NOUNS,
    _OBJECTS,
    _PASSIVE_SUBJECTS,
    _RELATIVE,
    _SUBJECTS,
    Arg,
    Frame,
    _a_number,
    _a_party_post,
    _plural,
    is_a_party_member_noun,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from ..triggers import Triggers
    from .sentence import _Sentence


_TICKETS = {"ticket", "banner", "platform", "slate"}
_PARTY_CONTESTS = {"nomination", "primary", "caucus", "runoff"}  # a party's own contest: "the Republican nomination"
_STANDING = {"run", "stand", "contest"}  # a candidate "for" a party: "will stand for Labour"
_PARTY_BODIES = {"party", "caucus", "ranks", "fold", "benches", "bench", "group", "conference", "side", "majority", "minority"}
_ADMITTED_TO = ("to", "into", "in")  # what a party takes someone in after: "inducted into (in) the BJP", "welcomed to the party"
_OF_AN_OFFICE = {"state", "district"}  # party labels that may say which office: "state senator", "district attorney"
_OF_A_LEADER, _LEADERS = {"majority", "minority"}, {"leader", "whip"}  # and of a leader's: "Majority Leader", "Minority Whip"


def _parties(verb: Token, preps: tuple[str, ...], s: _Sentence, objects: bool = True) -> list[Arg]:
    """The parties a verb of joining or leaving names: its object ("joined the BJP", "became an
    independent", "the Conservative caucus"), unless not `objects`, or the object of one of `preps`."""
    places = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")] if objects else []
    places += [obj for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in preps for obj in c.children if obj.dep_ == "pobj"]
    places += [obj for a in verb.children if a.dep_ in ("advmod", "prt") and a.lower_ in ("away", "off") for c in a.children
               if c.dep_ == "prep" and c.lower_ in preps for obj in c.children if obj.dep_ == "pobj"]  # "broke away from the UNP"
    froms = [c for w in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for c in w.children
             if c.dep_ == "prep" and c.lower_ == "from" and "from" not in preps]  # fmt: skip
    if "from" in preps:  # "kicked out of the caucus"; "switching his affiliation from A to B": "from" hung on the object
        places += _parties_out_of(verb)
        places += [o for c in verb.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    places += [  # "switching (his affiliation) from Democrat to Republican", the "to" hung on "from" or its party
        obj for c in froms for to in (*c.children, *(t for first in c.children if first.dep_ == "pobj" for t in first.children))
        if to.dep_ == "prep" and to.lower_ in preps for obj in to.children if obj.dep_ == "pobj"
    ]  # fmt: skip
    places += [obj for o in verb.children if o.dep_ == "dobj" and s.of.get(o.i) is None for p in o.children
               if p.dep_ == "prep" and p.lower_ in preps and p.lower_ in ("to", "into") for obj in p.children if obj.dep_ == "pobj"]  # fmt: skip
    # ("switched allegiance from Labour to the SNP": the "to" hung on the object)
    places += [obj for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in ("way", "company") for p in o.children
               if p.dep_ == "prep" and p.lower_ == "with" and "with" in preps for obj in p.children if obj.dep_ == "pobj"]  # fmt: skip
    # ("parted ways (company) with the PML-N")
    if "to" in preps:  # "defected from the Conservatives to Reform UK", "to Reform" parsed as a verb of its own
        places += [t.head for t in verb.subtree if t.lower_ == "to" and t.dep_ == "aux" and t.head.head == verb
                   and s.kinds.get(s.of.get(t.i + 1, -1)) == "G" and s.of.get(t.head.i) == s.of.get(t.i + 1)]  # fmt: skip
    if objects:  # "renounced his Democratic Party membership", "ended his membership in the GOP": the membership's party
        places += [m for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _MEMBERSHIPS for m in (
            *(c for c in o.children if c.dep_ in ("compound", "amod", "nmod")),
            *(p for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "with") for p in c.children if p.dep_ == "pobj"))]
    found: list[Arg] = []
    for place in places:
        found += [a for a in s.args(place, "G") if a.mention is not None]
        if place.lower_ == "party" and s.of.get(place.i) is None and any(c.lower_ == "the" for c in place.children):
            found.append(Arg(None, place.idx, party=True))  # "left the party": the party named before
        if place.lemma_.lower() in _PARTY_BODIES:  # "join the Conservative caucus", "expelled from the Labour group"
            modifiers = (c for c in place.children if c.dep_ in ("compound", "amod", "nmod") and c.i < place.i)
            found += [a for c in modifiers for a in s.args(c, "G") if a.mention is not None]
        if place.lower_ == "one" and place.dep_ == "attr" and place.n_lefts + place.n_rights == 0:  # "acting like a Republican, he became one"
            before = [s.of[t.i] for t in place.doc[: verb.i] if s.kinds.get(s.of.get(t.i, -1)) == "G"]
            found += [Arg(before[-1])] if before else []
    return list(dict.fromkeys(found))


def _to_switch(verb: Token, moving: set[str] | frozenset[str]) -> bool:
    """"A becomes the third Democrat to switch": the party A is named by is the one A leaves."""
    attrs = [c for c in verb.children if c.dep_ == "attr"]
    moves = [c for w in (verb, *attrs) for c in w.children if c.dep_ in ("xcomp", "acl", "relcl", "advcl") and c.i > verb.i]
    return bool(attrs) and any(m.lemma_.lower() in moving and any(a.lower_ == "to" for a in m.children) for m in moves)


def _parties_out_of(verb: Token) -> list[Token]:
    """The place "out of" names: "kicked out of the Conservative caucus"."""
    return [o for c in verb.children if c.lower_ == "out" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


_MEMBERSHIPS = {"membership", "affiliation", "registration", "card"}  # what one gives up of a party: "renounced his GOP membership"
_PARTY_NAME_WORDS = {"party", "front", "alliance", "movement", "congress", "league", "coalition", "bloc", "forum"}
_HELPING = {"help", "try", "attempt", "seek"}


def _joins_a_name(verb: Token, leaving: frozenset[str]) -> bool:
    """Whether a joining verb's object is a party the lexicon may not know: a name that says it is
    one ("moved to the Freedom Front"), or any name joined on leaving a party ("quit the party to
    join Change UK"); not "joining the White House"."""
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for o in c.children if o.dep_ == "pobj"]
    objects += [a for o in objects for a in o.children if a.dep_ == "appos"]  # "joined the opposition Tonse Alliance"
    above = verb.head.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _HELPING else verb.head  # "quit ... to help found"
    on_leaving = above.lemma_.lower() in leaving or any(c.lemma_.lower() in leaving for c in verb.children if c.dep_ in ("conj", "advcl"))
    if on_leaving:  # "quit the party to join Change UK", "to form a new party"
        return any(o.pos_ == "PROPN" or o.lemma_.lower() in _PARTY_NAME_WORDS for o in objects)
    return any(o.pos_ == "PROPN" and any(t.lower_ in _PARTY_NAME_WORDS for t in o.subtree) for o in objects)


def _movers(verb: Token, s: _Sentence) -> list[Arg]:
    """Who joins or leaves: the verb's subject; for a clause qualifying what someone is called,
    that someone ("A became the first Democrat to join B", "he was a Republican who changed his
    affiliation")."""
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr" and not s.args(verb.head):
        return _subjects(verb.head.head, s)
    movers = _subjects(verb, s)
    if not movers and any(c.dep_ in _SUBJECTS and _plural(c) for c in verb.children):
        # "Three NNP councillors have crossed to the ANC, including X": the "including" hung on the party
        movers = [a for c in verb.children if c.dep_ == "prep" for o in c.children if s.kinds.get(s.of.get(o.i, -1)) == "G"
                  for p in o.children if p.dep_ == "prep" and p.lower_ in _INCLUDING for n in p.children if n.dep_ == "pobj"
                  for a in s.args(n, "P")]  # fmt: skip
    return movers


def _done_to(verb: Token, s: _Sentence) -> list[Arg]:
    """Whom a party takes in or puts out: the object ("B welcomed A to the party", "B kicked A out
    of the caucus"), or the passive's subject ("A was inducted into the BJP")."""
    return [a for c in verb.children if c.dep_ in _OBJECTS for a in s.args(c, "P")] or _passive_subjects(verb, s)


_WON_FOR = {"victory", "win", "campaign", "candidacy", "bid", "run"}  # "X's victory for the Liberals": X stood for them


def _memberships(s: _Sentence, triggers: Triggers) -> list[Frame]:
    """A party word that qualifies a person: the person is a member, unless it is a former
    party or a label on campaign staff."""
    found: list[Frame] = []
    switchers: dict[Arg, set[Arg]] | None = None
    moving = {w for r in triggers.relations for w in r.joining | r.leaving}
    for token in s.tokens:
        index = s.of.get(token.i)
        if index is None or s.kinds.get(index) != "G" or s.of.get(token.head.i) == index and token.head != token:
            continue
        if index in s.same and token.i > 0 and token.doc[token.i - 1].text == "(":
            continue  # "a Democratic Party (DA) MP": the party named before the brackets
        if (joined := s.after_a_hyphen(index)) is not None and joined.lemma_.lower() in _backing_verbs(triggers):
            continue  # "the PPP-backed candidate": the party backs, whoever the candidate is
        people = (_qualified_people(token, s, triggers) or _listed_after(token, s, triggers) or _one_of_the_others(token, s, triggers)
                  or _titled_next(token, s, triggers))
        people += [a for a in _fellows(token, s) if a not in people] if people else _fellows_of(token, s)
        if not people and token.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS and is_a_party_member_noun(token) and index not in (
                s.of.get(token.i - 1), s.of.get(token.i + 1)) and all(
                c.dep_ in ("det", "compound") or (c.dep_ == "amod" and c.lower_ not in _SOMEONE_ELSE)
                for c in token.children) and not _former(token, triggers):  # ("the Ohio Democrat", "the two-term Republican")
            people = [Arg(None, token.idx, nominal=token.lower_, only_one=True)]  # "..., as the Republican seeks a fourth term":
            # the one named before (not "the Democratic Party", "the other Democrat")
        if people and switchers is None:
            switchers = _switchers(s, triggers)
        for person in people:
            # "X, a lifelong Republican who switched parties": a past party, which only says what was left
            now = token.dep_ == "attr" and (any(c.lower_ == "now" for c in token.head.children) or (
                token.head.tag_ in ("VBZ", "VBP") and not _to_switch(token.head, moving)))
            # ("X, who switched parties, is (now) a Republican"; but "X is the second Democrat to cross the aisle")
            now = now or (token.dep_ == "pobj" and token.head.lower_ == "as" and _to_come(token.head, triggers))
            # ("X switched parties and will run as a Republican")
            current = (now or Arg(index) in switchers.get(person, {Arg(index)})) and not _used_to(token)  # not "X used to be a Democrat"
            shape = "party" if current else "past-party"
            found.append(Frame("member_of", person, Arg(index), shape, "asserted", token.idx))
            if now and switchers.get(person) == set():  # "X, who switched parties, is a Republican": from the other of the pair (parsing)
                found.append(Frame("party_switch", person, Arg(index), "other-major-to", "asserted", token.idx))
        if not people:  # "Former Conservative MP X": no membership, but the party X left, should X switch
            found += [Frame("member_of", person, Arg(index), "past-party", "asserted", token.idx)
                      for person in _qualified_people(token, s, triggers, past_too=True)]  # fmt: skip
    # Two parties for one person in one sentence tell a move ("elected as a Conservative, now sits
    # as an independent"): the last one named is the party now, the others are past (a party named
    # twice, in full and by its initials, is one; a coalition and a party of it are both now).
    def party(arg: Arg) -> int | None:
        return s.same.get(arg.mention, arg.mention) if arg.mention is not None else None

    def one_of_two(frame: Frame) -> bool:
        return frame.shape == "party" and frame.object.mention not in s.coalitions

    def who(arg: Arg) -> Arg | int:  # (a pronoun the parse ties to a name is that name's: "X ... said she is now a Republican")
        return arg.mention if arg.mention is not None else arg

    last: dict[Arg | int, tuple[Arg, int]] = {}  # person -> the party named last, and where
    for frame in found:
        if one_of_two(frame) and (who(frame.subject) not in last or frame.trigger > last[who(frame.subject)][1]):
            last[who(frame.subject)] = (frame.object, frame.trigger)
    found = [replace(f, shape="past-party") if one_of_two(f) and party(f.object) != party(last[who(f.subject)][0]) else f for f in found]
    # and one who was of another party before has moved to this one: "X, once a Democrat, is now a Republican"
    past = {(who(f.subject), party(f.object)) for f in found if f.shape == "past-party"}
    found += [replace(f, shape="joined") for f in found if one_of_two(f) and any(p == who(f.subject) and o != party(f.object) for p, o in past)]
    if _parties_switched(s, triggers) and len({party(Arg(i)) for i in s.kinds if s.kinds[i] == "G"}) == 1:
        # "X, a Democratic legislator, switched parties", the one party the sentence names: to the other of a two-party pair (parsing)
        switchers = _switchers(s, triggers) if switchers is None else switchers
        found += [replace(f, relation="party_switch", shape="other-major") for f in found if f.shape == "past-party"
                  and switchers.get(f.subject) == set()
                  and len({party(g.object) for g in found if g.subject == f.subject}) == 1]  # fmt: skip
    for token in s.tokens:  # "the party's chairman", "party spokesperson X", "the chairman of the party, X": the party named before
        if (token.lower_ == "party" and s.of.get(token.i) is None and token.dep_ in ("poss", "compound", "nmod", "pobj")
                and not any(c.dep_ in ("compound", "amod", "nmod") for c in token.children)):  # (not "the administration party")
            post = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
            if token.dep_ == "pobj" and not (post != token.head and post.i < token.i and any(c.lower_ == "the" for c in token.children)):
                continue
            if _a_party_post(post) and (post.i > token.i or token.dep_ == "pobj") and not _former(post, triggers) and not _former(token, triggers):
                party = Arg(None, token.idx, party=True)
                found += [Frame("member_of", person, party, "party", "asserted", token.idx)
                          for person in _holders(post, s) if person.mention is None or s.kinds.get(person.mention) == "P"]  # fmt: skip
    return found


def _backing_verbs(triggers: Triggers) -> frozenset[str]:
    return next(r.verbs for r in triggers.relations if r.relation == "endorsed")


def _parties_switched(s: _Sentence, triggers: Triggers) -> bool:
    """Whether the sentence says someone switched or changed parties (not "passed up the chance to switch parties")."""
    return any(t.lemma_.lower() in ("switch", "change") and t.pos_ == "VERB"
               and any(c.dep_ in _OBJECTS and c.lower_ == "parties" for c in t.children)
               and _status(t, triggers) == "asserted" for t in s.tokens)  # fmt: skip


def _listed_after(party: Token, s: _Sentence, triggers: Triggers) -> list[Arg]:
    """The people a colon lists after a party's plural ("six of the sheriffs are Democrats: A, B
    and C") or a plural the party qualifies ("all three Democratic candidates: A, B and C")."""
    noun = party if party.tag_ in ("NNS", "NNPS") else party.head if party.dep_ in ("amod", "compound", "nmod") else None
    if noun is None or noun.tag_ not in ("NNS", "NNPS") or _former(party, triggers) or _in_the_past(party, triggers):
        return []
    return [a for a in _after_a_colon(noun, s) if s.kinds.get(a.mention) == "P"]


def _one_of_the_others(party: Token, s: _Sentence, triggers: Triggers) -> list[Arg]:
    """Whom "other" before a party's plural says is of it too: "X faces six other Democrats"."""
    if party.tag_ not in ("NNS", "NNPS") or not any(c.lower_ == "other" and c.dep_ == "amod" for c in party.children) or _former(party, triggers):
        return []
    return [a for a in _doer_towards(party, s) if a.mention is not None and s.kinds.get(a.mention) == "P"]


def _fellows(party: Token, s: _Sentence) -> list[Arg]:
    """Whom "fellow" before a party says is of it too: the subject of the verb acting on "fellow
    Democrat B" ("X threw his support behind fellow Democrat B")."""
    if not any(c.lower_ == "fellow" and c.dep_ == "amod" for c in (*party.children, *party.head.children)):
        return []
    return [a for a in _doer_towards(party.head, s) if a.mention is None or s.kinds.get(a.mention) == "P"]


def _fellows_of(party: Token, s: _Sentence) -> list[Arg]:
    """Whose fellows a party's members are said to be: "her fellow Liberal MPs", "his fellow
    Republicans", "her Conservative colleagues"."""
    noun = next((n for n in (party, party.head) if n.lemma_.lower() == "colleague"
                 or any(c.lower_ == "fellow" and c.dep_ in ("amod", "compound") for c in n.children)), None)
    if noun is None or not (_plural(noun) or noun.tag_ == "NNPS") or (noun != party and party.dep_ not in ("amod", "compound")):
        return []
    return [a for c in noun.children if c.dep_ == "poss" for a in s.args(c, "P") if a.mention is None or s.kinds.get(a.mention) == "P"]


# Verbs of joining that do not by themselves say a party was left ("joined Democrats in voting").
_NOT_A_SWITCH = {"become", "join", "rejoin", "register", "re-register", "caucus", "move"}
_SWITCHED = _PARTY_BODIES | {"aisle", "floor", "affiliation", "registration", "allegiance"}


def _own_new_party(verb: Token) -> bool:
    """Whether a verb of joining has its subject found or join a party of their own or a new one
    ("started his own party", "formed a new party"): whoever does so has left the party they were of."""
    return verb.pos_ == "VERB" and not any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "party" and any(a.dep_ == "amod" and a.lower_ in ("own", "new") for a in c.children)
        for c in verb.children)


def _switchers(s: _Sentence, triggers: Triggers) -> dict[Arg, set[Arg]]:
    """The people the sentence says left a party or switched ("switched parties", "left the
    party", "crossed the aisle", "quit the GOP"), each with the parties it says they joined: any
    other party it gives them is a past one."""
    leaving = {w for r in triggers.relations for w in r.leaving}
    joining = {w for r in triggers.relations for w in r.joining}
    admitting = {w for r in triggers.relations for w in r.admitting}
    expelling = {w for r in triggers.relations for w in r.expelling}
    verbs = (leaving | joining) - _NOT_A_SWITCH
    people: set[Arg] = set()
    for token in s.tokens:
        if (token.lemma_.lower() in admitting and _parties(token, _ADMITTED_TO, s, objects=False)) or (
            token.lemma_.lower() in expelling and _parties(token, ("from",), s, objects=False)
        ):
            people.update(_done_to(token, s))
        if token.lemma_.lower() in joining | {"be"} and _to_switch(token, leaving | joining):  # "became the third Democrat to switch"
            people.update(_subjects(token, s))
        if token.lemma_.lower() not in verbs or token.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in token.children):
            continue
        places = [c for c in token.children if c.dep_ in _OBJECTS]
        places += [o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        places += _parties_out_of(token)
        if any(p.lemma_.lower() in _SWITCHED or s.kinds.get(s.of.get(p.i, -1)) == "G" for p in places):
            people.update(_movers(token, s))
            if token.dep_ == "relcl" and token.head.dep_ == "appos":  # "X, a lifelong Republican who switched"
                people.update(s.args(token.head.head, "P"))
    for token in s.tokens:  # "a further UDM MP, X, started his own party": the UDM is a past one
        if token.lemma_.lower() in joining and _own_new_party(token):
            movers = [a for a in _movers(token, s) if a.mention is None or s.kinds.get(a.mention) == "P"]
            named = [s.of[t.i] for t in s.doc[: token.i] if s.kinds.get(s.of.get(t.i, -1)) == "P"]
            people.update(movers or [Arg(m) for m in named[-1:]])  # (the verb parsed as another subject's: "his", the one named last)
    for token in s.tokens:  # "NDP member X had joined his party", "PPP's A and B joined the PTI": one who was of a party before
        if (token.lemma_.lower() in ("join", "rejoin") and token.pos_ == "VERB" and not any(c.dep_ in ("neg", "prep") for c in token.children)
                and not _in_doing(token, joining | leaving)
                and any(c.dep_ in _OBJECTS and (c.lemma_.lower() in ("party", "caucus") or s.kinds.get(s.of.get(c.i, -1)) == "G")
                        for c in token.children)):
            named = [s.of[t.i] for c in token.children if c.dep_ in _SUBJECTS for t in c.subtree if s.kinds.get(s.of.get(t.i, -1)) == "P"]
            people.update(_movers(token, s) or [Arg(m) for m in named[:1]])  # (the first named in it: "member of parliament X" misparsed)
    moves = {w for r in triggers.relations for w in r.moves}
    for token in s.tokens:  # "X ... broke the news of her party switch", "his defection": the possessor moved
        if token.pos_ == "NOUN" and token.lemma_.lower() in moves and any(c.lemma_.lower() == "party" or c.dep_ == "prep" for c in token.children):
            for owner in (c for c in token.children if c.dep_ == "poss"):
                named = [Arg(a.mention) for a in s.args(owner, "P") if a.mention is not None]
                root = next(t for t in s.tokens if t.dep_ == "ROOT")  # "her": the sentence's subject, when it names one
                subjects = [Arg(a.mention) for a in _subjects(root, s) if a.mention is not None] if owner.tag_ == "PRP$" else []
                people.update(named or subjects)  # (its membership there is then a past one: a trap, not a fact)
    new_members = [t for t in s.tokens if t.lemma_.lower() == "member" and t.tag_ == "NNS"
                   and any(c.dep_ == "amod" and c.lower_ == "new" for c in t.children)]  # fmt: skip
    for token in new_members:  # "A and B took their oath as new administration party members": they joined one
        people.update(a for a in _holders(token, s) if a.mention is not None)
    newcomers = {w for r in triggers.relations for w in r.newcomers}
    arriving = {t: parties for t in s.tokens if t.lemma_.lower() in newcomers and t.pos_ == "NOUN" and (parties := _parties(t, ("to",), s))}
    for token in arriving:  # "the new entrants to the BJP are A and B"
        people.update(_holders(token, s))
    if not people:
        return {}
    joined = {a for t in s.tokens if t.lemma_.lower() in joining and t.pos_ in ("VERB", "AUX") and not _to_switch(t, leaving | joining)
              for a in _parties(t, ("to", "as", "into"), s)}  # fmt: skip
    joined |= {a for parties in arriving.values() for a in parties}
    joined |= {a for t in new_members for c in t.children if c.dep_ in ("compound", "amod") for a in s.args(c, "G") if a.mention is not None}
    joined |= {a for t in new_members for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj" for a in s.args(o, "G") if a.mention is not None}  # ("new members of the BJP")
    joined |= {a for t in s.tokens if t.lemma_.lower() in admitting for a in _parties(t, _ADMITTED_TO, s, objects=False)}
    return {person: joined for person in people}


_LEADING = {"lead", "head", "chair"}


def _party_leaders(party: Token, s: _Sentence) -> list[Arg]:
    """Who a sentence says leads a party now: "X leads (heads) the Labour Party", "the Labour Party,
    (now) led by X" (not "X led the party until 2010", "then led by X")."""
    head = party.head
    if party.dep_ == "dobj" and head.lemma_.lower() in _LEADING and (head.tag_ in ("VBZ", "VBP") or (
            head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in head.children))):
        return [a for a in _subjects(head, s) if a.mention is not None and s.kinds.get(a.mention) == "P"]
    return [a for c in party.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _LEADING
            and not any(m.lower_ in _FORMERLY | {"then"} for m in c.children)
            for b in c.children if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj"
            for a in s.args(o, "P") if a.mention is not None]  # fmt: skip


def _qualified_people(party: Token, s: _Sentence, triggers: Triggers, past_too: bool = False) -> list[Arg]:
    past = _in_the_past(party, triggers) or (party.dep_ in ("amod", "compound") and _in_the_past(party.head, triggers)) or (
        party.dep_ == "pobj" and any(c.dep_ == "advmod" and c.lower_ in _FORMERLY for c in party.head.children))
    # ("X, formerly of the NUP")
    if (past or _former(party, triggers)) and not past_too:  # "a Democrat at the time", "a Labour MP until 2019"
        return []
    head = party.head
    if is_a_party_member_noun(party, ("a", "an")) and (named := [a for c in party.children if c.dep_ == "appos"
                                                                for a in s.args(c, "P") if a.mention is not None]):
        return named  # "was defeated by a Democrat, X"
    if (leaders := _party_leaders(party, s)):
        return leaders
    if party.dep_ == "compound" and (verb := next((c for c in (*head.children, head.head) if _contact_clause_subject(c, s) == head), None)):
        return [a for a in _subjects(verb.head.head if verb.dep_ == "acl" else verb.head, s) if a.mention is not None]
        # ("A is the only Democrat B backed": A)
    after = s.doc[party.i + 2] if party.i + 2 < len(s.doc) and party.nbor().text in ("'s", "’s") else None
    if after is not None and party.dep_ != "poss" and s.kinds.get(s.of.get(after.i, -1)) == "P":
        return [Arg(s.of[after.i])]  # "ACT's X", parsed as anything but its possessor
    if party.dep_ == "poss":  # "BJP's X"; not from a conjunct with a party of its own on: "NCP's X and Independent Y and Z"
        people = s.args(head, "P")
        counted = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if not people and counted is not None and _a_number(counted):
            people = s.args(counted, "P")  # "two of the DA's councillors, A and B"
            if not people and counted.dep_ in _SUBJECTS:  # the names parsed as a second subject of the verb
                people = [a for c in counted.head.children if c.dep_ in _SUBJECTS and c != counted for a in s.args(c, "P")]
        if not people and head.lemma_.lower() in _MEMBER_NOUNS and head.dep_ in ("attr", "appos") and not _former(head, triggers):
            people = [a for a in _holders(head, s) if a.mention is not None and s.kinds.get(a.mention) == "P"]
            # ("X was the Democrats' candidate for mayor", "X, Labour's candidate")
        own = next((n for n, a in enumerate(people) if n and a.mention is not None and _own_party(a.mention, s)), len(people))
        return people[:own]
    named = head if party.dep_ in ("compound", "appos") and head.lower_ == "party" else party  # "his MDC Alliance party", "X's party, the PTI"
    owners = [a for c in named.children if c.dep_ == "poss" for a in s.args(c, "P") if a.mention is not None or a.pronoun_at is not None]
    owners = owners or [a for c in party.children if c.dep_ == "appos" and c.lower_ == "party" for p in c.children if p.dep_ == "poss"
                        for a in s.args(p, "P") if a.mention is not None or a.pronoun_at is not None]  # "the PTI, X's (his) party"
    if owners:  # "X's Great Australia Party", "his MDC Alliance party"; "A, the co-leader of X's Social Democrats"
        posts = party.dep_ == "pobj" and head.lower_ == "of" and _a_party_post(head.head) and not _former(head.head, triggers)
        return owners + [a for a in _holders(head.head, s) if a not in owners] if posts else owners
    leaders = [a for c in party.children if c.lower_ == "led" and c.i > 1 and c.nbor(-1).text in "-–"
               for a in s.args(c.nbor(-2), "P") if a.mention is not None]  # fmt: skip
    if leaders:  # "the Mamata Banerjee-led Trinamool Congress", "the Modi-led BJP"
        return leaders
    if party.dep_ in ("attr", "oprd") and head.lemma_.lower() in ("be", "become", "remain"):
        if (_in_the_past(head, triggers) and not past_too) or any(c.dep_ == "expl" for c in head.children):
            return []  # (not "there are Liberals aiding her, and X ...": no one is said to be one)
        if _status(head, triggers) != "asserted":
            return []  # "X said she would never become a Republican", "X may become an independent"
        return [a for a in _subjects(head, s) if a.mention is None or s.kinds.get(a.mention) == "P"]
    if party.dep_ == "appos":
        if party.i > 0 and party.nbor(-1).text == "(" and s.kinds.get(s.of.get(head.i, -1)) == "P":
            return [Arg(s.of[head.i])]  # "A (BJP) and B (SP)": A's alone
        own = s.of.get(head.i)  # (not one listed after the apposition: "A, a Republican, and B")
        return [a for a in s.args(head, "P") if a.mention in (own, None) or not (_own_party(a.mention, s) or s.tokens_of[a.mention][0].i > party.i)]
    if (party.dep_ == "conj" and s.of.get(head.i) is not None and s.kinds.get(s.of[head.i]) == "P"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in party.children)):
        return s.args(head, "P")  # "X, another South Carolina Republican and former ally of ..." parsed as a conjunct
    if party.dep_ == "conj" and s.of.get(head.i) is None and head.dep_ == "appos":
        return s.args(head.head, "P")  # "X, the director of campaigning and a veteran Tory"
    if party.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _WON_FOR and head.head.pos_ == "NOUN":
        return [a for c in head.head.children if c.dep_ == "poss" for a in s.args(c, "P")]  # "X's victory for the Liberals"
    if party.dep_ == "pobj" and head.lower_ == "as":  # "ran as a Republican", "years as a Democrat"
        return _as_one(head, s, triggers, past_too)
    candidate = head.head if party.dep_ == "pobj" and head.lower_ in ("for", "under") and head.head.pos_ == "NOUN" else None
    if candidate is not None and candidate.lemma_.lower() in _MEMBER_NOUNS and (
            holders := [a for a in _holders(candidate, s) if a.mention is not None and s.kinds.get(a.mention) == "P"]):
        # "the candidate for Labour, X"; "X, a former leadership candidate for the Conservative Party": a past one
        return [] if _former(candidate, triggers) and not past_too else holders
    if party.dep_ == "pobj" and head.lower_ in ("for", "under"):  # "will stand for Labour", "contest the seat for the
        # Liberals", "running for senator under the NPC"
        verb = head.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in _OBJECTS | {"pobj", "prep"}:
                break
            verb = verb.head
        if verb.lemma_.lower() in _STANDING and not (_in_the_past(verb, triggers) and not past_too):
            return [a for a in _subjects(verb, s) if a.mention is not None and s.kinds.get(a.mention) == "P"]
    fielded = _fielded_by(party, s)
    if fielded:
        return fielded
    if party.dep_ == "pobj" and party.tag_ in ("NNS", "NNPS") and _among_them(party):
        return [a for a in _one_of_a_group(party, s) if a.mention is None or s.kinds.get(a.mention) == "P"]
    if party.dep_ == "pobj" and head.lower_ == "of" and _leadership(head):
        return _leaders(head, s)
    if party.dep_ == "pobj" and head.lower_ == "of" and _a_party_post(head.head):
        post = head.head
        held_before = _in_the_past(post, triggers) or (post.dep_ in ("attr", "oprd") and _in_the_past(post.head, triggers))
        if (_former(post, triggers) or held_before) and not past_too:
            return []  # "the former chairman of the Republican Party", "X, who was chairman of Y until the split"
        if post.dep_ in ("attr", "oprd") and _status(post.head, triggers) != "asserted":
            return []  # "X is not a member of the Republican Party", "may become a member of Y"
        # "X, a member of the Labour Party", "X, the vice-president of JD(U)", "the chairman of the
        # Labour Party, X" (X parsed as the party's apposition)
        return _holders(head.head, s) or [a for c in party.children if c.dep_ == "appos" for a in s.args(c, "P") if a.mention is not None]
    if party.dep_ == "pobj" and head.lower_ in ("in", "within") and head.head.lemma_.lower() in _MEMBER_NOUNS | {"challenger", "rival"}:
        return _holders(head.head, s)  # "his challenger in the Labour Party, X"
    if party.dep_ == "pobj" and head.lower_ in ("of", "from") and s.of.get(head.head.i) is not None:
        # "X of the Republican Party", "A and B of the Republican Party"; not the B of "A of the SP and B of Congress"
        return [a for a in s.args(head.head, "P") if a.mention is None or s.first_token(a.mention) < party.i]
    if (party.dep_ == "compound" and party.tag_ == "NNPS" and s.of.get(head.i) is not None and s.kinds.get(s.of[head.i]) == "P"
            and not any(c.dep_ == "conj" for c in head.children)
            and (head.dep_ not in _OBJECTS or any(c.dep_ == "nummod" for c in (*party.children, *head.children)))):
        return []  # "two Republicans Trump has threatened" parsed as one name (but "Democrats A and B", "to elect
        # moderate Democrats A in New Jersey")
    if party.dep_ in ("amod", "compound", "nmod", "npadvmod"):
        # climb the noun phrase: "Republican Gov. Rick Scott", "GOP presidential candidates A and B"
        current = head
        for _ in range(4):
            if current.lemma_.lower() in _PARTY_CONTESTS and (verb := _verb_of(current)) is not None and any(
                    verb.lemma_.lower() in r.runs | r.results for r in triggers.relations if r.symmetric):
                if _in_the_past(verb, triggers):
                    return []  # (a contest run before tells no party left: "after he won the GOP primary")
                return [a for a in _subjects(verb, s) if a.mention is not None and s.kinds.get(a.mention) == "P"]  # "won the Republican
                # nomination", "is running in the Democratic primary": one of the party runs in its contest
            if any(c.tag_ == "VBG" and c.dep_ in ("amod", "acl") and c.i > party.i and c.lower_ not in _TITLING_VERBS for c in current.children):
                return []  # "the Democrat challenging Majority Leader X", parsed as one noun phrase
            if s.of.get(current.i) is not None:  # not a conjunct with a party of its own: "Republican A and Democrat B"
                titled = current != head and head.tag_ == "NN"  # (nor one with a title of its own after "Tory veteran A and")
                listed = s.args(current, "P")
                # nor those listed after one ("Democrats A and B and Republicans C and D": C's party is D's)
                mine = s.of[current.i]
                own = [k for k, a in enumerate(listed) if a.mention is not None and a.mention != mine and _own_party(a.mention, s)
                       and s.first_token(a.mention) > party.i]
                listed = listed[: own[0]] if own else listed
                return [a for a in listed if a.mention in (mine, None)
                        or not _own_party(a.mention, s) and (not titled or a.mention in _conjoined_names(current, s))
                        and not _determined(a.mention, s)]
            lemma = current.lemma_.lower()
            office = _OF_AN_OFFICE | (_OF_A_LEADER if lemma in _LEADERS else set())  # ("Republican House Majority Leader X")
            if any(c.dep_ in ("compound", "amod") and c.i > party.i and c.lemma_.lower() in triggers.party_labels - office for c in current.children):
                return []  # "PDP-Laban guest candidates": the party and the label both on the noun
            if lemma in _TICKETS and current.dep_ == "pobj" and current.head.lower_ in ("on", "under") and current.head.head.pos_ in ("VERB", "AUX"):
                verb = current.head.head  # "ran on the Labour Party ticket", "under the APC banner"
                if (_in_the_past(verb, triggers) or _former(current, triggers)) and not past_too:
                    return []
                return [a for a in _subjects(verb, s) if a.mention is not None and s.kinds.get(a.mention) == "P"]
            if lemma in _OF_AN_OFFICE and current.dep_ in ("compound", "amod", "nmod") and current.head.i > current.i:
                current = current.head  # "Republican state Sen. X", "a Democratic state representative" (not "a Republican state")
                continue
            if lemma in _OF_AN_OFFICE and (named := s._name_at(s.doc, current.i + 1, "P")[0]) is not None:
                return s.args(named, "P")[:1]  # "... and Republican state Sen. X", "state" parsed apart from X
            if lemma in triggers.party_labels or (_former(current, triggers) and not past_too):
                return []
            if lemma in triggers.newcomer_nouns and not past_too:
                return []  # "a Tory defector", "a Labour convert": the party left
            if current.pos_ not in ("NOUN", "PROPN", "ADJ"):
                return []
            people = [a for c in current.children if c.dep_ == "appos" for n, a in enumerate(s.args(c, "P"))
                      if not n or a.mention is None or not _own_party(a.mention, s)]  # not "The Greens candidate, A, and Labor's B"
            if not people and current.pos_ == "NOUN" and (named := s.named_after_office(current) or s.apposed_apart(current)) is not None:
                people = s.args(named, "P")  # "the Democratic nominee for governor, X", X parsed under the office or the verb
            if (not people and current.pos_ == "NOUN" and current.dep_ == "conj" and s.kinds.get(s.of.get(current.head.i, -1)) == "P"
                    and current.head.i + 1 < current.i and s.doc[current.head.i + 1].text == ","):
                people = [Arg(s.of[current.head.i])]  # "X, CDU leader and Merkel's heir apparent, announced": an aside parsed as a conjunct
            named = (_name_after_title(current, s, triggers) or _titled_conjunct(current, s, triggers)) if not people else None
            if named is not None and s.of.get(current.head.i) != s.of[named.i]:  # "Democratic hopeful X", "Republican
                people = [a for a in s.args(named, "P") if a.mention == s.of[named.i] or not _own_party(a.mention, s) and (
                          current.tag_ != "NN" or a.mention in _conjoined_names(named, s))]  # (not "X and chair of Y, Z")  # frontrunner Sen. Y"
            if current.tag_ == "NNS" and lemma in _MEMBER_NOUNS:  # "Republican senators, including A and B"
                people += [a for c in current.children if c.dep_ == "prep" and c.lower_ in _INCLUDING
                           for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
            if people:
                return people
            if current.dep_ == "conj" and any(c.lower_ == "other" for c in current.children):
                return s.args(current.head, "P")  # "X and many other PDP senators": X is one
            counted = current.head.head if current.dep_ == "pobj" and current.head.lower_ == "of" else None
            if (counted is not None and counted.dep_ == "conj" and counted.lemma_.lower() in _COUNTING_NOUNS
                    and any(c.lower_ == "other" for c in current.children)):
                return s.args(counted.head, "P")  # "X and a number of other GOP leaders", "X and dozens of other Labour MPs"
            if current.dep_ == "conj" and current.pos_ == "NOUN" and current.head.dep_ == "appos" and s.of.get(current.head.i) is None:
                current = current.head  # "X, the deputy prime minister and PPRP leader": X's second post
                continue
            if current.dep_ in ("compound", "amod", "nmod"):
                current = current.head
                continue
            if current.dep_ == "appos":  # "A, the Republican nominee, and Democrat B": A's, not B's, who has a party of her own
                named = current.head
                edge = current.left_edge.i  # "A, an IFP MP in X and B, a DA MP", both parsed as A's: the second is B's, named just before
                nearer = s.of.get(edge - 2) if edge >= 2 and s.doc[edge - 1].text == "," else None
                if nearer is not None and s.kinds.get(nearer) == "P" and nearer != s.of.get(named.i) and s.first_token(nearer) > named.i:
                    return [Arg(nearer)]
                while _plural(current) and named.dep_ == "conj" and s.of.get(named.head.i) is not None:
                    named = named.head  # "A and B, Louisiana's Democratic senators": both
                if named != current.head:
                    return s.args(named, "P")
                return [a for a in s.args(named, "P") if a.mention in (s.of.get(named.i), None) or not _own_party(a.mention, s)]
            if current.dep_ in _SUBJECTS and current.head.lemma_.lower() in ("include", "be") and lemma in _MEMBER_NOUNS:
                # "the Republican candidates include A and B", "the other Republican governors who ... are X's A, Y's B"
                listed = [a for c in current.head.children if c.dep_ in ("dobj", "attr") for a in s.args(c, "P")]
                return listed + [a for a in _named_after(current.head, s) if a not in listed] if listed else []
            if current.dep_ in ("attr",) and current.head.lemma_.lower() in ("be", "become", "remain"):
                return [a for a in _subjects(current.head, s) if a.mention is None or s.kinds.get(a.mention) == "P"]
            if current.dep_ == "pobj" and current.head.lower_ == "as":  # "sitting as a Conservative MP"
                return _as_one(current.head, s, triggers, past_too)
            if current.dep_ == "pobj" and current.head.lower_ == "of" and _leadership(current.head):
                return _leaders(current.head, s)  # "lost the leadership of the Liberal party"
            if current.dep_ == "pobj" and current.tag_ == "NNS" and lemma in _MEMBER_NOUNS and _among_them(current):
                return [a for a in _one_of_a_group(current, s) if a.mention is None or s.kinds.get(a.mention) == "P"]
            return []
    if _plural(party):
        # "high-profile GOPers, including A and B", "three Democrats have endorsed X: A, B and C"
        named = [o for c in party.children if c.dep_ == "prep" and c.lower_ in _INCLUDING for o in c.children if o.dep_ == "pobj"]
        named += s._spelled_out([party])
        return [a for item in named for a in s.args(item, "P") if a.mention is not None and s.kinds.get(a.mention) == "P"]
    return []


def _conjoined_names(name: Token, s: _Sentence) -> set[int]:
    """The mentions of the names joined to a name by "and" themselves: B of "A and B", not C of "A and
    chair of the group C"."""
    return {s.of[c.i] for c in name.children if c.dep_ == "conj" and s.of.get(c.i) is not None}


def _titled_next(party: Token, s: _Sentence, triggers: Triggers) -> list[Arg]:
    """The person named right after a party and a post, however the parser hangs the words:
    "NNP leader X", "PML-N provincial president X", "Zanu PF Secretary General X". Not after a
    former party ("ex-Labour MP X"), nor a label on campaign staff ("GOP strategist X")."""
    index = s.of[party.i]
    start = end = party.i
    while start > 0 and s.of.get(start - 1) == index:
        start -= 1
    while end + 1 < len(s.doc) and s.of.get(end + 1) == index:
        end += 1
    words = list(itertools.takewhile(lambda w: s.of.get(w.i) is None, s.doc[end + 1:end + 5]))
    after = end + 1 + len(words)
    if not words or after >= len(s.doc) or s.kinds.get(s.of.get(after, -1)) != "P":
        return []
    labels = triggers.party_labels.union(*(r.agents for r in triggers.relations))
    lemmas = [w.lemma_.lower() for w in words]
    if (not any(lemma in s.roles or _a_party_post(w) for w, lemma in zip(words, lemmas))
            or any(lemma in labels and not _a_party_post(w) for w, lemma in zip(words, lemmas))
            or not all(w.text.replace("-", "").isalpha() for w in words)
            or any(w.pos_ in ("VERB", "AUX") for w in words)  # (not "the ANC has hired Professor X")
            or any(s.doc[i].lower_.strip("-") in triggers.former for i in range(max(start - 2, 0), start))):
        return []
    return [Arg(s.of[after])]


def _name_after_title(noun: Token, s: _Sentence, triggers: Triggers) -> Token | None:
    """The head word of the name a role noun is written right before, as its title (titles such
    as "Senator" between them), when the parser hangs the two apart."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or s.of.get(noun.i) is not None:
        return None
    if lemma not in s.roles and not _a_party_post(noun) and not any(lemma in r.candidates for r in triggers.relations):
        return None
    return s._name_at(s.doc, noun.i + 1, "P")[0]


def _titled_conjunct(noun: Token, s: _Sentence, triggers: Triggers) -> Token | None:
    """The name joined to a title with no article that is titled again itself: "PLN candidate
    and former San José Mayor X" is X twice over (not "the Labour candidate and X": two people)."""
    lemma = noun.lemma_.lower()
    if (noun.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in noun.children)
            or not (lemma in s.roles or _a_party_post(noun) or any(lemma in r.candidates for r in triggers.relations))):
        return None
    for name in (c for c in noun.children if c.dep_ == "conj" and s.kinds.get(s.of.get(c.i, -1)) == "P"):
        first = s.tokens_of[s.of[name.i]][0]
        titles = [t for t in name.subtree if t.i < first.i and t.dep_ in ("compound", "amod") and t.lemma_.lower() in s.roles]
        if titles:
            return name
    return None


_FIELDING = {"select", "preselect", "choose", "pick", "field", "nominate"}  # a party's candidate is its member
_SOMEONE_ELSE = {"other", "another", "fellow", "second", "third", "lone", "only", "last", "first", "next"}  # "the other Democrat"


def _fielded_by(party: Token, s: _Sentence) -> list[Arg]:
    """Whom a party picks to stand for it: "X has been selected to run by Fine Gael", "the SP,
    which has fielded X", "Labour has chosen X"."""
    if party.dep_ == "pobj" and party.head.dep_ == "agent":
        verb = party.head.head
        while verb.dep_ == "xcomp" and verb.lemma_.lower() not in _FIELDING:
            verb = verb.head  # "selected to run by": the "by" hung on "run"
        if verb.lemma_.lower() in _FIELDING:
            return [a for c in verb.children if c.dep_ in _PASSIVE_SUBJECTS for a in s.args(c, "P") if a.mention is not None]
    verbs = [party.head, *(c for c in party.head.children if c.dep_ == "conj" and c.pos_ == "VERB")] if party.dep_ in _SUBJECTS else []
    verbs += [c for c in party.children if c.dep_ == "relcl" and any(w.dep_ in _SUBJECTS and w.lower_ in _RELATIVE for w in c.children)]
    fielded = [a for v in verbs if v.lemma_.lower() in _FIELDING for c in v.children if c.dep_ in _OBJECTS
               for a in s.args(c, "P") if a.mention is not None]  # ("denied X and fielded Y": the subject shared)
    # "the BJP gave (denied) the ticket to X": X sought the party's ticket
    ticketed = [a for v in verbs if v.lemma_.lower() in ("give", "deny") for t in v.children if t.dep_ in _OBJECTS and t.lemma_.lower() == "ticket"
                for p in [*t.children, *v.children] if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                for o in p.subtree if o.dep_ in ("pobj", "dobj") for a in s.args(o, "P") if a.mention is not None]  # fmt: skip
    return list(dict.fromkeys(fielded + ticketed))


_TITLING_VERBS = {"acting", "ruling", "governing", "leading", "sitting", "serving", "outgoing", "retiring"}  # "Republican acting Gov. X"


def _among_them(group: Token) -> bool:
    """Whether a plural noun is a group someone is said to be one of: "A was among the
    Republicans", "A is one of the Democrats"; not "A leads among Republicans"."""
    head = group.head.head
    if group.head.lower_ in _AMONG:
        return head.lemma_.lower() == "be"
    return group.head.lower_ == "of" and _a_number(head)


def _leadership(of: Token) -> bool:
    """Whether an "of" phrase is that of a party's leadership someone won, lost or holds."""
    return of.head.lemma_.lower() == "leadership" and of.head.dep_ in _OBJECTS


def _leaders(of: Token, s: _Sentence) -> list[Arg]:
    """Who won, lost or holds the leadership: "X has lost the leadership of the Liberal party"."""
    return [a for a in _subjects(of.head.head, s) if a.mention is not None and s.kinds.get(a.mention) == "P"]


def _as_one(as_: Token, s: _Sentence, triggers: Triggers, past_too: bool) -> list[Arg]:
    """Who does what "as" a party's member: "ran as a Republican", "sitting as a Conservative MP"."""
    current = as_.head
    before = False  # "became a Republican in 2009, after years as a Democrat": a time before the verb's
    while current.pos_ not in ("VERB", "AUX") and current.head != current:
        before = before or (current.dep_ == "prep" and current.lower_ in ("after", "before", "until"))
        current = current.head
    if ((_in_the_past(current, triggers) or before) and not past_too) or _status(current, triggers) != "asserted":
        return []  # (nor "he would not run as an independent")
    people = _subjects(current, s) or (_passive_subjects(current, s) if past_too else [])  # "X was elected as a Democrat": then
    if not people and past_too and current.dep_ == "acl" and current.tag_ == "VBN":
        people = s.args(current.head, "P")  # "X, elected as a Liberal, will now sit as a Conservative"
    if current.lemma_.lower() in ("succeed", "replace"):  # "A will succeed B as leader of the party": B led it
        people += [a for c in current.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
    return [a for a in people if (a.mention is not None and s.kinds.get(a.mention) == "P") or _personal(a)]  # "the seat he won as a Democrat"


_COUNTING_NOUNS = {"number", "dozen", "dozens", "score", "scores", "handful", "host", "couple", "hundred", "hundreds", "lot", "lots"}


def _to_come(as_: Token, triggers: Triggers) -> bool:
    """Whether what is done "as" a party's member is to come: "will run as a Republican"."""
    return any(c.dep_ == "aux" and c.lower_ in triggers.future for c in _verb_of_as(as_).children)


def _determined(mention: int, s: _Sentence) -> bool:
    """Whether a conjunct is a noun phrase of its own, with its own article: "Democrat A and the
    Charter-endorsed B" (B no Democrat)."""
    words = s.tokens_of.get(mention, [])
    return bool(words) and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in words[-1].children)


def _own_party(mention: int, s: _Sentence) -> bool:
    """Whether a party word qualifies this mention itself ("Democrat B", "National's B"), a
    role before it ("Independent MLAs B") or after it ("B, a little-known Democrat")."""
    def qualifiers(token: Token, depth: int) -> Iterator[Token]:
        for c in token.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") or (c.dep_ == "appos" and c.i > token.i):
                yield c
                if depth and s.of.get(c.i) is None:
                    yield from qualifiers(c, depth - 1)

    words = s.tokens_of.get(mention, [])
    if words and words[0].i > 1 and words[0].nbor(-1).text in ("'s", "’s") and s.kinds.get(s.of.get(words[0].i - 2, -1)) == "G":
        return True  # "National's B", however parsed
    i = words[0].i - 1 if words else -1
    while i >= 0 and words[0].i - i <= 4 and s.doc[i].lower_ not in ("and", "or", ",") and s.kinds.get(s.of.get(i, -1)) != "P":
        if s.kinds.get(s.of.get(i, -1)) == "G":
            return True  # "... and Republican state Sen. B", however parsed
        i -= 1
    root = next((t for t in words if t.head not in words), None)
    if root is not None and root.dep_ == "conj" and root.head.pos_ == "NOUN" and s.of.get(root.head.i) is None and any(
            s.kinds.get(s.of.get(c.i, -1)) == "G" for c in qualifiers(root.head, 0)):
        return True  # "A and PPBM chairman and Prime Minister B": B a conjunct of the noun the party qualifies
    return any(s.kinds.get(s.of.get(c.i, -1)) == "G" for t in words for c in qualifiers(t, 1))


def _in_the_past(word_: Token, triggers: Triggers) -> bool:
    """A state the sentence puts behind, said on its verb or its noun: "had been a Republican",
    "was once a Democrat", "was a Republican until 2019", "before he switched", "a Democrat at
    the time", "two months ago, X was a Democrat", "after filing as a Democrat"."""
    if (word_.dep_ == "pcomp" and word_.head.lower_ == "after") or (
            word_.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in word_.children)):
        return True
    for child in word_.children:
        word = child.lower_
        if child.dep_ in ("advmod", "npadvmod") and (word == "ago" or any(c.lower_ == "ago" for c in child.children)):
            return True
        if child.dep_ == "aux" and word == "had":
            return True
        if child.dep_ in ("advmod", "npadvmod") and (word in triggers.former or word in _FORMERLY):
            return True
        if child.dep_ in ("prep", "mark") and word in ("until", "before", "till"):
            return True
        if child.dep_ == "prep" and word == "in" and any(o.lower_ == "past" for o in child.children):  # "in the past"
            return True
        if child.dep_ == "prep" and word == "at" and any(o.lower_ == "time" for o in child.children):  # "a Democrat at the time"
            return True
        if child.dep_ == "advmod" and word == "then":
            return True
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "before") for c in child.children):
            return True
    return False
