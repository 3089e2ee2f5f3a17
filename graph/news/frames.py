"""Relations read from the dependency parse of a sentence: a trigger word of triggers.yaml, its
two people found along the tree (subject, passive agent, object, possessor, prepositional
objects, appositions, coordinated lists, relative clauses), each resolved to a mention of the
article (a name, or a pronoun's antecedent); the trigger's place in the tree decides whether the
statement is asserted, negated or only supposed.

Party memberships are read the same way: a party word qualifying a person ("Republican Gov. X",
"BJP's X", "X, a senior London Tory", "X has been a Democrat").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .contests import ALSO
from .dates import YEAR
from .triggers import RelationTriggers, Triggers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Arg", "Frame", "Found", "find_frames", "tokens_in"]

_SUBJECTS = {"nsubj", "csubj"}
_PASSIVE_SUBJECTS = {"nsubjpass"}
_OBJECTS = {"dobj", "obj"}
_PREPS = {"prep", "dative"}  # the parse calls "for him" after many verbs a dative: "held a fundraiser for him"
_LISTED = {"conj", "appos"}
_INCLUDING = {"including", "like", "include", "includes"}
_BENEFITING = {"help", "boost", "lift", "propel", "buoy", "bolster", "power", "catapult", "vault", "aid"}  # what an endorsement does for B
_ARRIVING = {"come", "pour", "flow", "arrive", "roll", "pile", "stream", "trickle", "continue", "keep"}  # endorsements ... from A
_RELATIVE = {"who", "whom", "that", "which", "whose"}
_MEMBER_NOUNS = {"member", "leader", "chairman", "chair", "head", "candidate", "nominee", "lawmaker", "legislator", "mp", "senator", "stalwart",
                 "councillor", "councilor", "governor", "mayor", "representative", "congressman", "congresswoman", "incumbent",
                 "minister", "official"}
# contests said with the other side after "with": "lost his bout with B" (not "won the primary with B at her side")
_ONLY_IN_OF = {"favor", "favour"}  # nouns of a relation only in "in favor of B", not "did him a favor"
_TICKETS = {"ticket", "banner", "platform", "slate"}
_PARTY_CONTESTS = {"nomination", "primary", "caucus", "runoff"}  # a party's own contest: "the Republican nomination"
_STATEMENTS = {"statement", "video", "letter", "op-ed", "post", "tweet", "message", "column", "editorial", "speech", "release", "email", "announcement"}
_LISTS = {"list", "roster", "slate", "lineup", "line-up", "group", "host", "slew", "raft", "array", "band", "cadre", "core", "number"}  # "B's list of endorsers includes A"
_MAKING = {"help", "let", "make", "see", "watch"}  # "A helped him defeat B": he is not A
_ALONG = {"follow", "join"}  # "X follows A in joining B", "X joined A in backing B": A does it too
_STANDING = {"run", "stand", "contest"}  # a candidate "for" a party: "will stand for Labour"
# Who a party is said to have ("the party's chairman", "party spokesperson X"): its members.
_PARTY_POSTS = _MEMBER_NOUNS | {
    "president", "chairwoman", "chairperson", "spokesperson", "spokesman", "spokeswoman", "secretary", "treasurer",
    "whip", "chief", "founder", "co-founder", "deputy", "vice-president", "general-secretary", "figure", "veteran",
    "grandee", "heavyweight", "loyalist", "bigwig", "rebel", "backbencher", "frontbencher", "mobiliser", "mobilizer",
    "organiser", "organizer",
}


def _a_party_post(word: Token) -> bool:
    """A post or standing in a party: "leader", "co-leader", "Tory grandee"."""
    lemma = word.lemma_.lower()
    return lemma in _PARTY_POSTS or lemma.removeprefix("co-") in _PARTY_POSTS
_PARTY_BODIES = {"party", "caucus", "ranks", "fold", "benches", "bench", "group", "conference", "side", "majority", "minority"}
_NOT_ONE_RACE = {"reelection", "re-election", "office", "seat", "congress", "president"}  # "A and B are running for office"
_IN_A_CONTEST = {"be", "lock", "engage", "remain", "stay", "place", "put", "leave", "show", "participate", "take", "appear", "meet"}  # "A is in a runoff with B", "polls put A and B in a dead heat"
_REACTIONS = {"headline", "praise", "criticism", "heat", "flak", "backlash", "credit", "fire", "scorn", "applause", "attention"}
_SPOTS = {"spot", "place", "berth", "slot"}  # "A and B clinched spots in the runoff"
_ADVANCING = {"advance", "head", "move", "proceed", "go"}  # "A and B advanced to a runoff"
_CAMPAIGN = {"campaign", "bid", "team", "run", "candidacy", "operation", "effort", "reelection", "re-election", "camp", "strategy", "race", "victory"}
# Climbing from a trigger to the words that govern it: through these links only (not through
# "and", a subordinate clause or an apposition, which say something else).
_GOVERNED_BY = {"xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "oprd", "acomp", "amod", "compound", "aux", "pcomp"}


_NOT_ONE_MEMBER = {"labour", "independent", "green", "congress", "liberal"}  # "the Independent" is a paper; "the Liberal" is seldom a person


def is_a_party_member_noun(token: Token) -> bool:
    """Whether a party's one-word name stands for one of its members: "the Democrat", "the Tory"
    (not "the GOP", "the Democrats", "the Independent")."""
    return (token.tag_ == "NNP" and token.text[:1].isupper() and not token.text.isupper() and not token.lower_.endswith("s")
            and token.lower_ not in _NOT_ONE_MEMBER and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children))


@dataclass(frozen=True)
class Arg:
    """One side of a frame: a mention of the article, by index, or a pronoun to resolve."""

    mention: int | None
    pronoun_at: int | None = None  # sentence offset of a pronoun ("he", "his") or a role ("the governor") to resolve
    nominal: str = ""  # a role noun's lemma: "governor" for "the Texas governor"
    only_one: bool = False  # (of a nominal) only when one person is named just before it: "the Democrat"
    organization: str = ""  # the nominal is an organization noun: "named" ("the union") or "any" ("the group")
    party: bool = False  # "the party" of "the party's chairman": the party named last before
    focus: bool = False  # the person whose campaign the article tells of ("pollster X" in a story of hires), settled per article
    campaign: bool = False  # "the campaign": the one the article named, settled per article ("an adviser to the campaign")
    again: bool = False  # "another backer": of the one the article's last statement of the relation was about
    plural: bool = False  # "they", "both" with no one named before it in the sentence: the people the sentence before has as its subject
    not_mentions: tuple[int, ...] = ()  # mentions a pronoun cannot mean: its own clause's subjects ("A and B backed her")
    speaker: bool = False  # "I" in a quote whose speaker a later sentence names ('"I endorse B. ...," X said')
    ahead: bool = False  # "a veteran Republican legislator" opening a story: the person the next sentence names


@dataclass(frozen=True)
class Frame:
    relation: str
    subject: Arg
    object: Arg
    shape: str  # verb, verb-prep, noun, agent, hiring, campaign, together, party, past-party, joined, left, switch, move, result, choice
    status: str  # asserted, negated or disputed
    trigger: int  # sentence offset of the trigger word
    # sentence offsets of the words of the trigger's own clause, then of the clauses that report or
    # govern it ("said on Monday that she endorsed"): where its date is looked for, in this order
    clauses: tuple[frozenset[int], ...] = ()
    told_in: int | None = None  # a group's act: the sentence number that tells it (this one names the group's members)
    changes: bool = False  # a joining told by a word of changing parties ("switched to"), not of a first joining ("joined")


class _Sentence:
    """A parsed sentence and the mentions its tokens belong to."""

    def __init__(
        self, doc: Doc, spans: list[tuple[int, int, int, str]], pronouns: frozenset[str], roles: frozenset[str],
        surnames: dict[str, int], triggers: Triggers, same: dict[int, int],
    ) -> None:
        self.doc = doc
        self.same = same  # mention index -> the first mention of the same entity in the sentence
        self.organization_nouns = triggers.organization_nouns
        self.any_organization = triggers.any_organization
        self.speech = triggers.speech
        self.former = triggers.former
        self.negating = triggers.negating
        self.hiring = triggers.hiring_verbs
        self.beating = triggers.beating_verbs
        self.contenders = triggers.contender_nouns
        self.moves = frozenset(w for r in triggers.relations for w in r.moves)
        self.joining = frozenset(w for r in triggers.relations for w in r.joining)
        self.kinds: dict[int, str] = {}
        self.of: dict[int, int] = {}  # token index -> mention index
        for start, end, index, kind in spans:
            for token in tokens_in(doc, start, end):
                self.of.setdefault(token.i, index)
                self.kinds[index] = kind
        self.tokens = list(doc)  # (a doc makes a new Token each time it is iterated)
        self.tokens_of: dict[int, list[Token]] = {}  # mention index -> its tokens, in order
        for i in sorted(self.of):
            self.tokens_of.setdefault(self.of[i], []).append(self.tokens[i])
        self.pronouns = pronouns
        self.roles = roles
        self.surnames = surnames

    def args(self, token: Token, kinds: str = "PO") -> list[Arg]:
        """The people (or organizations) a token stands for: its mention, a pronoun, or a noun
        naming them in apposition or compound ("candidate John McGuire"); with coordinated ones."""
        if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":  # "A and B, who ...", not "A, who ..., and B"
            noun = token.head.head
            while noun.dep_ == "conj" and any(c.lower_ in ("both", "all", "each") for c in token.head.children):
                noun = noun.head  # "A and B, who both ...": the two
            before = {t.i for t in self.listed(noun) if t.i < token.i}
            if token.i > 0 and token.nbor(-1).text in ("–", "—", "-", "--") and before:
                before = {max(before)}  # "A and B, C – who bowed out – and D": an aside of C's alone
            return [a for a in self.args(noun, kinds) if a.mention is None or any(self.of.get(i) == a.mention for i in before)]
        found: list[Arg] = []
        for item in self.listed(token):
            if any(c.dep_ == "appos" and self._listed_for_the_group(item, c) for c in item.children):
                continue  # "competitors for the seat -- A and B": no one the seat is
            named = next((c for c in item.children if c.dep_ in ("appos", "compound") and c.i > item.i and self.of.get(c.i) is not None
                          and self.of.get(item.i) is None and not _set_apart(item, c) and not self._on_an_inner_list(item, c)), None)  # fmt: skip
            if named is None and item.dep_ == "compound" and self.of.get(item.i) is None and self.of.get(item.head.i) is not None:
                named = item.head  # "rivals Maria Ortega and Tom Reyes": both
            if named is None and self.of.get(item.i) is None and item.pos_ == "NOUN":  # "a former chairman of the party, A,"
                named = self.named_after_office(item)
            if named is None and self.of.get(item.i) is None and item.lower_ in self.roles:
                named = self.named_after_portfolio(item)
            if named is None and self.of.get(item.i) is None and item.pos_ in ("NOUN", "PROPN"):
                named = self.apposed_apart(item, kinds)  # "the state's largest union, the Ohio Education Association"
            if named is None and self.of.get(item.i) is None and _a_number(item):
                named = next((o for c in item.children if c.dep_ == "prep" and c.lower_ == "of"
                              for o in c.children if o.dep_ == "pobj"), None)  # "two of the DA's politicians, A and B"
            for arg in self.args(named, kinds) if named is not None else [self._one(item, kinds)]:
                if arg is not None and arg not in found:  # "challengers A and B": both
                    found.append(arg)
        return found

    def _listed_for_the_group(self, noun: Token, apposed: Token) -> bool:
        """Whether names after a dash or colon, parsed in apposition to the object of a plural of
        contenders' preposition, are the plural's: "two competitors for the seat -- A and B" (not
        the seat's)."""
        group = noun.head.head
        return (noun.dep_ == "pobj" and self.of.get(noun.i) is None and group.tag_ == "NNS" and self.of.get(group.i) is None
                and group.lemma_.lower() in self.contenders and any(t.text in (":", "--", "—", "–") for t in noun.doc[noun.i + 1 : apposed.i]))

    def named_after_office(self, noun: Token) -> Token | None:
        """The name the parser hangs on the body or office after a noun, in apposition to the
        noun: "a former chairman of the party, A,", "the Democratic nominee for governor, A"."""
        return next((a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for o in c.children
                     if o.dep_ == "pobj" and self.of.get(o.i) is None and _an_office(o, c.lower_, self.roles)
                     for a in o.children if a.dep_ == "appos" and self.kinds.get(self.of.get(a.i, -1)) == "P"), None)

    def named_after_portfolio(self, title: Token) -> Token | None:
        """The name the parser hangs under an office's portfolio: "Minister for Social Protection
        Leo Varadkar" (not "a spokesman for Leo Varadkar" or "a strategist for President Joe Biden": no
        portfolio words before the name)."""
        return next((o for c in title.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "on") for o in c.children
                     if o.dep_ == "pobj" and self.kinds.get(self.of.get(o.i, -1)) == "P"
                     and (words := [w for w in o.subtree if w.i < o.i and w.pos_ == "PROPN" and self.of.get(w.i) is None])
                     and not any(self._a_title(w) for w in words)), None)

    def _a_title(self, word: Token) -> bool:
        """Whether a word is a person's title ("President", "Sen."), not a portfolio's word."""
        return word.lower_ in self.roles or (word.text.endswith(".") and len(word.text) <= 6)

    def first_token(self, mention: int) -> int:
        """The index of the first word of a mention of the sentence."""
        return min(i for i, m in self.of.items() if m == mention)

    def apposed_apart(self, noun: Token, kinds: str = "P") -> Token | None:
        """The name in apposition right after a noun that the parser hangs on the noun's verb
        instead: "trails the Republican nominee, B, in the polls", "won the backing of the
        state's largest union, the Ohio Education Association"."""
        doc = noun.doc
        if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
            return None
        name, _ = self._name_at(doc, noun.i + 2, kinds)
        if name is None or name.dep_ not in ("npadvmod", "dep", "appos") or name.head not in noun.ancestors:
            return None
        return name

    def listed(self, token: Token) -> Iterator[Token]:
        items = list(self._parsed_list(token))
        yield from items
        yield from self._list_read_on(items)
        yield from self._spelled_out(items)

    def _spelled_out(self, items: list[Token]) -> list[Token]:
        """The names a colon or a comma after a plural noun of the list spells out, which the
        parser hangs elsewhere: "as well as two former SNP leaders: A and B", "defeated his main
        rivals, A and B, in the race" (not "defeated his rivals, A said")."""
        last = max(items, key=lambda t: t.i)
        if not _plural(last) or (self.of.get(last.i) is not None and self.kinds.get(self.of[last.i]) != "G"):
            return []
        doc, i = last.doc, max(t.i for t in last.subtree) + 1
        if last.dep_ in _SUBJECTS and any(_a_number(c) for c in last.children) and (i >= len(doc) or doc[i].text != ":"):
            # "Three Democrats have endorsed X: A, B and C": the colon closes the clause
            i = next((t.i for t in doc[i:] if t.text == ":"), len(doc))
            if i < len(doc) and not all(t.is_punct or self.of.get(t.i) is not None or _titling(t) or t.lower_ in ("and", "or")
                                        for t in doc[i + 1 :]):
                return []
        if i >= len(doc) or doc[i].text not in (":", ","):
            return []
        comma = doc[i].text == ","
        found: list[Token] = []
        i += 1
        while i < len(doc):
            head, i = self._name_at(doc, i, "PO")
            if head is None:
                break
            if comma and (head.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS or head.head.lemma_.lower() in self.speech):
                return []  # "X defeated his rivals, A said"
            found.append(head)
            if i < len(doc) and doc[i].text == ",":
                i += 1
                if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):  # "A, the former chair of X, and B": A described
                    i = next((t.i + 1 for t in doc[i:] if t.text == ","), len(doc))
            if i < len(doc) and doc[i].lower_ in ("and", "or"):
                i += 1
        return found

    def _on_an_inner_list(self, noun: Token, name: Token) -> bool:
        """Whether a name hung on a common noun goes on a list of "like" or "including" inside the
        noun's phrase: "consultants known for their work with candidates like A, B and C" (B and C)."""
        return (noun.pos_ == "NOUN" and self.of.get(noun.i) is None and self.of.get(name.i) is not None
                and any(t.dep_ == "prep" and t.lower_ in _INCLUDING and t.head != noun for t in noun.doc[noun.i + 1 : name.i]))

    def _parsed_list(self, token: Token) -> Iterator[Token]:
        yield token
        for child in token.children:
            if child.dep_ == "appos" and _across_clauses(token, child) and not any(c.dep_ in ("cc", "conj") for c in child.children):
                continue  # "A was endorsed by X; B by Y": B is no apposition of A (but "from A, a lawyer; B, a
                # chief; and C" is a list)
            if child.dep_ in ("appos", "conj") and _set_apart(token, child):
                continue  # "his party's nominee, not Crist"
            if child.dep_ == "appos" and self._listed_for_the_group(token, child):
                continue
            if child.dep_ in ("conj", "appos") and self._on_an_inner_list(token, child):
                continue
            if child.dep_ in ("conj", "appos") and token.pos_ == "PROPN" and token.dep_ in _OBJECTS | {"pobj"} and any(
                    t.text == ":" for t in token.doc[token.i : child.i]):
                continue  # "have endorsed B: A1 and A2": who endorsed, spelled out after B
            if child.dep_ in _LISTED or (child.dep_ == "nmod" and child.i < token.i and self.of.get(child.i) is not None
                                          and not self._before_a_hyphen(self.of[child.i])):  # (not "the B-endorsed candidate")
                yield from self._parsed_list(child)
            elif child.dep_ == "prep" and (child.lower_ in _INCLUDING or (child.lower_ == "as" and any(c.lower_ == "such" for c in child.children))):
                for obj in child.children:  # ("unions such as A and B")
                    if obj.dep_ == "pobj":
                        yield from self._parsed_list(obj)
            elif child.dep_ == "acl" and child.lemma_.lower() == "range":  # "supporters ranging from A to B"
                yield from (item for p in child.children if p.dep_ == "prep" and p.lower_ in ("from", "to")
                            for o in p.children if o.dep_ == "pobj" for item in self._parsed_list(o))  # fmt: skip
            elif child.dep_ == "compound" and child.i < token.i and self.of.get(child.i) is None:
                # "lawyers A and B and scientist C", A and B parsed as modifiers of C's title
                yield from (item for n in child.children if n.dep_ == "nmod" and self.of.get(n.i) is not None
                            and any(c.dep_ == "cc" for c in n.children) for item in self._parsed_list(n))  # fmt: skip
        mention = self.of.get(token.i)
        if mention is not None:  # "the Federation of Labor and the Sierra Club": the "and" hung on a word inside the name
            inside = [t for t in self.tokens_of[mention] if t != token]
            yield from (item for t in inside for c in t.children if c.dep_ == "conj" and self.of.get(c.i) not in (None, mention)
                        for item in self._parsed_list(c))  # fmt: skip
        if token.tag_ == "NNS" and self.of.get(token.i) is None:
            # "two competitors for the seat -- A and B": the names parsed as the seat's
            for place in (o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
                yield from (item for a in place.children if a.dep_ == "appos" and self.kinds.get(self.of.get(a.i, -1)) == "P"
                            and self._listed_for_the_group(place, a) for item in self._parsed_list(a))  # fmt: skip
            # "faces eight challengers in the election, including A and B", the "including" hung on a verb
            doc, after = token.doc, max(t.i for t in token.subtree) + 1
            if doc[after - 1].text == ",":
                after -= 1  # (the comma parsed as the noun's)
            while after < len(doc) and after - token.i < 8 and doc[after].text != "," and doc[after].pos_ not in ("VERB", "AUX"):
                after += 1  # past "in the election", hung on the verb
            if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in _INCLUDING and doc[after + 1].head != token:
                yield from (t for obj in doc[after + 1].children if obj.dep_ == "pobj" for t in self._parsed_list(obj))
            elif after + 2 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in _AMONG and doc[after + 2].lower_ in ("them", "those"):
                named = self._name_at(doc, after + 3, "PO")[0]  # "several unions, among them A and B"
                yield from self._parsed_list(named) if named is not None else ()

    def _before_a_hyphen(self, mention: int) -> bool:
        """Whether a mention is the first half of a hyphenated word: "B-endorsed", "Trump-backed",
        "the Pakistan Peoples Party (PPP)-backed candidate"."""
        return self.after_a_hyphen(mention) is not None

    def after_a_hyphen(self, mention: int) -> Token | None:
        """The word a hyphen joins to a mention's end (past its initials in brackets, if any)."""
        doc = self.tokens_of[mention][-1].doc
        i = self.tokens_of[mention][-1].i + 1
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
            i += 3  # "(PPP)"
        return doc[i + 1] if i + 1 < len(doc) and doc[i].text in ("-", "–") else None

    def _list_read_on(self, items: list[Token]) -> list[Token]:
        """The names after a list's last parsed item when the parser cut the list short: in
        "including Secretary A, Tory veteran B and chair of the C Group D" it takes "veteran" for a
        new verb and "chair" for the last item. Read from the words: each name after a comma with
        only titles before it, the list closed by "and"/"or" before its last name, which starts no
        clause of its own."""
        kind = next((self.kinds[self.of[t.i]] for t in items if self.of.get(t.i) is not None), "")
        if kind not in ("P", "O"):
            return []
        doc = items[0].doc
        last = max(items, key=lambda t: t.i)
        i = last.i
        closing = self.of.get(i) is None and i > 0 and doc[i - 1].lower_ in ("and", "or")  # the title opening the last item
        while not closing and i < len(doc) and self.of.get(i) == self.of.get(last.i):
            i += 1  # past the last item's name
        found: list[Token] = []
        while i < len(doc):
            i = self._past_affiliation(doc, i)  # "A of the Samajwadi Party and B of Congress", "A (BJP) and B"
            i = self._place_after(doc, i)  # "A in New York's 17th District and B in Texas's 24th"
            if not closing:
                comma = doc[i].text in (",", ";")  # ("A, of X; B, of Y; and C")
                if not comma and not _conjunction(doc, i):
                    return []
                width = _conjunction(doc, i + 1 if comma else i)
                closing = width > 0
                i += comma + width if closing else 1
            head, i = self._name_at(doc, i, kind)
            if head is None:
                return []
            if head.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS:
                return []  # "X backed A, and B backed C"
            joined = head
            while joined.dep_ in ("appos", "compound") and self.of.get(joined.head.i) is None and joined.head != joined:
                joined = joined.head  # "and longtime hand B": the title joined to the list
            to = joined.head
            if joined.dep_ == "conj" and to not in items and to not in found and (self.kinds.get(self.of.get(to.i, -1)) == kind or to.tag_ == "PRP"):
                return []  # "joined by A, who worked for W, and B", "He, along with A, who ..., and B": B is A's (his), as parsed
            if head not in items:
                found.append(head)
            if closing:
                return found
        return []

    def _past_affiliation(self, doc: Doc, i: int) -> int:
        """The token after a party said of the name before `i`: "of the Samajwadi Party", "(BJP)"."""
        j = i + 1 if i < len(doc) and doc[i].text in ("of", "(") else i
        j += j < len(doc) and doc[j].lower_ == "the" and j > i
        party = self.of.get(j) if j > i and j < len(doc) else None
        if party is None or self.kinds.get(party) != "G":
            return i
        while j < len(doc) and self.of.get(j) == party:
            j += 1
        if doc[i].text == "(":
            return j + 1 if j < len(doc) and doc[j].text == ")" else i
        return j

    def _place_after(self, doc: Doc, i: int) -> int:
        """The token after a place said of the name before `i` ("in Michigan's 6th District", "of
        Ohio"), where the parser hangs the next name of the list on the place."""
        if i >= len(doc) or doc[i].lower_ not in ("in", "from", "of") or self.of.get(i + 1) is not None:
            return i
        j = i + 1
        while j < len(doc) and j - i <= 6 and (doc[j].pos_ in _PLACE_WORDS or doc[j].tag_ == "POS") and self.of.get(j) is None:
            j += 1
        ends = j < len(doc) and (doc[j].text == "," or doc[j].lower_ in ("and", "or"))
        return j if ends and j > i + 1 and any(t.pos_ == "PROPN" for t in doc[i + 1 : j]) else i

    def _name_at(self, doc: Doc, i: int, kinds: str) -> tuple[Token | None, int]:
        """The head word of the name of one of `kinds` at token `i`, after at most 8 title words
        ("Sen.", "former minister"), and the token after it; None if no such name is there."""
        start = i
        while i < len(doc) and i - start < 8 and _titling(doc[i]) and self.kinds.get(self.of.get(i, -1), "-") not in kinds:
            i += 1  # (a party word may title a name: "Labour MP X")
        named = self.of.get(i) if i < len(doc) else None
        if named is None or self.kinds[named] not in kinds:
            return None, i
        name = []
        while i < len(doc) and self.of.get(i) == named:
            name.append(doc[i])
            i += 1
        return next((t for t in name if t.head not in name or t.head == t), name[-1]), i

    def _one(self, token: Token, kinds: str, up: bool = True) -> Arg | None:
        index = self.of.get(token.i)
        # (a word of an election phrase may still name someone: "the governor's campaign")
        if index is not None and (self.kinds[index] in kinds or self.kinds[index] != "E"):
            if "P" in kinds and "G" not in kinds and self.kinds[index] == "G" and index not in (
                    self.of.get(token.i - 1), self.of.get(token.i + 1)) and is_a_party_member_noun(token):
                return Arg(None, token.idx, nominal=token.lower_)  # "The Democrat has been endorsed by X"
            return Arg(index) if self.kinds[index] in kinds else None
        after = self.of.get(token.i + 1)
        if "P" in kinds and token.lower_ in self.roles and after is not None and self.kinds.get(after) == "P" and token.pos_ == "PROPN":
            return Arg(after)  # "Chief Minister Captain X", the name parsed as hung on its title
        if ("P" in kinds and token.pos_ == "NOUN" and token.lower_ in self.roles and token.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)):
            return Arg(None, token.idx, ahead=True)  # "A veteran Republican legislator switched to the Democrats. State Rep. X said ..."
        if token.lower_ in ("it", "its") and "O" in kinds:  # "The union said it would back X"
            root = next((t for t in token.sent if t.dep_ == "ROOT"), None)
            subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None) if root is not None else None
            if subject is not None and subject.i < token.i and token not in subject.subtree and subject.lower_ not in ("it", "its"):
                found = self._one(subject, "O")
                if found is not None:
                    return found
            return None
        if token.lower_ in ("i", "me", "my") and token.tag_ in ("PRP", "PRP$"):  # "'I'm a Republican,' he said"
            speaker = next((c for t in token.sent if t.lemma_.lower() in self.speech for c in t.children
                            if c.dep_ in _SUBJECTS and c.lower_ not in ("i", "we")), None)  # fmt: skip
            if speaker is not None:
                return self._one(speaker, kinds)
            return Arg(None, token.idx, speaker=True) if "P" in kinds and token.lower_ in ("i", "my") else None
        if token.lower_ in self.pronouns and token.tag_ in ("PRP", "PRP$"):
            clause = next((a for a in token.ancestors if a.dep_ in ("relcl", "acl")), None)
            if token.lower_ in ("they", "them", "their") and clause is not None and _plural(clause.head) and self.of.get(clause.head.i) is None:
                return None  # "unlike other candidates who declared their support for A": the group's, no one named
            # the subject of the main clause, named before: "X said he ...", "X hired Y to help him"
            root = next((t for t in token.sent if t.dep_ == "ROOT"), None)
            subject = next((c for c in root.children if c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS), None) if root is not None else None
            if (subject is not None and subject.i < token.i and subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON"
                    and self.of.get(subject.i) is None):
                return None  # "Johnson announced his endorsement", a name the mentions missed: his, no one else's
            if (subject is not None and subject.i < token.i and token not in subject.subtree and subject.lower_ not in self.pronouns
                    and _reported(_clause_head(token), root)):  # not "X has come out for her", "X backed Y, where he ..."
                found = self._one(subject, kinds)
                if found is not None:  # X, as the pronoun says (unless it is not X's gender: then not those named in passing)
                    return replace(found, pronoun_at=token.idx, not_mentions=self._named_in_passing(token))
            if token.dep_ in _SUBJECTS and (first := _first_clause_subject(token)) is not None and first.lower_ not in self.pronouns:
                found = self._one(first, kinds)  # "X beat Y in 2018, and he ran again": the subject goes on
                if found is not None:
                    return replace(found, pronoun_at=token.idx)
            return Arg(None, token.idx, not_mentions=self._co_subjects(token) + self._named_in_passing(token))
        if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
            return self._one(token.head.head, kinds)
        if token.lower_ == "whose" and (clause := next((a for a in token.ancestors if a.dep_ == "relcl"), None)) is not None:
            return self._one(clause.head, kinds)  # "A, whose support B had won": A
        # a common noun that names someone: "the candidate, John McGuire", "candidate John McGuire"
        for child in token.children:
            if (child.dep_ in ("appos", "compound") and self.of.get(child.i) is not None and child.i > token.i and not _set_apart(token, child)
                    and not self._on_an_inner_list(token, child)):
                return self._one(child, kinds, up=False)  # not back up to this token (the child may be an election's word)
        if up and token.dep_ in ("compound", "appos") and self.of.get(token.head.i) is not None:
            return self._one(token.head, kinds)
        if "P" in kinds and token.pos_ == "PROPN" and token.text in self.surnames and token.dep_ != "compound":
            return Arg(self.surnames[token.text])  # "Street's list" after "John Street"
        if "O" in kinds and token.pos_ == "NOUN" and token.lemma_.lower() in self.organization_nouns and token.tag_ == "NN":
            paper = next((c for c in token.children if c.dep_ in ("compound", "poss", "nmod") and c.i < token.i
                          and self.kinds.get(self.of.get(c.i, -1)) == "O"), None)  # fmt: skip
            paper = paper or next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                                   if o.dep_ == "pobj" and self.kinds.get(self.of.get(o.i, -1)) == "O"), None)  # fmt: skip
            if paper is not None:  # "the Tribune editorial board", "the AFL-CIO's executive council", "the board of the Tribune"
                return Arg(self.of[paper.i])
            if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
                c.dep_ == "poss" or c.tag_ in ("JJS", "JJR", "CD") for c in token.children
            ):  # "the union", "the county party"; not "the largest union", "the state's union"
                lemma = token.lemma_.lower()
                return Arg(None, token.idx, nominal=lemma, organization="any" if lemma in self.any_organization else "named")
        if "P" in kinds and token.lemma_.lower() in self.roles and (token.tag_ == "NN" or token.tag_ == "NNP" and token.text.isupper()):
            if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):  # "the Texas governor", "the Wigan MP"
                return Arg(None, token.idx, nominal=token.lemma_.lower())
        return None

    def _named_in_passing(self, pronoun: Token) -> tuple[int, ...]:
        """The people a pronoun object cannot mean because an aside about someone else names them
        before it: "A, the wife of former Rep. B, won the nomination to challenge him" (not B)."""
        if pronoun.dep_ not in _OBJECTS | {"dative", "pobj"}:
            return ()
        found = []
        for token in pronoun.doc[: pronoun.i]:
            mention = self.of.get(token.i)
            if mention is None or self.kinds.get(mention) != "P":
                continue
            aside = next((a for a in token.ancestors if a.dep_ == "appos" and self.of.get(a.head.i) not in (None, mention)), None)
            if aside is not None and self.kinds.get(self.of[aside.head.i]) == "P" and pronoun not in aside.subtree:
                found.append(mention)
        return tuple(dict.fromkeys(found))

    def _co_subjects(self, pronoun: Token) -> tuple[int, ...]:
        """The named subjects a pronoun object cannot mean (that would be "himself"): "A backed
        her", "A campaigned for him", "A helped him defeat B"."""
        verb = None
        if pronoun.dep_ in _OBJECTS | {"dative"}:
            verb = pronoun.head
        elif pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep" and pronoun.head.head.pos_ in ("VERB", "AUX"):
            verb = pronoun.head.head
        elif pronoun.dep_ == "nsubj" and pronoun.head.dep_ in ("ccomp", "xcomp") and pronoun.head.head.lemma_.lower() in _MAKING:
            verb = pronoun.head.head
        if verb is None:
            return ()
        return tuple(a.mention for c in verb.children if c.dep_ in _SUBJECTS for a in self.args(c) if a.mention is not None)

    def owner(self, token: Token, kinds: str = "PO") -> list[Arg]:
        """The people a noun is about: its possessor, its "of/for/to" object, a name compounded
        with it ("the Trump campaign"); through a campaign noun ("for Dole's campaign")."""
        found: list[Arg] = []
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod", "npadvmod") and child.i < token.i):
                found += self.args(child, kinds)
            elif child.dep_ == "nsubj" and child.i < token.i and any(c.dep_ == "case" for c in child.children):
                found += self.args(child, kinds)  # "Mr Khan's bid", the possessor parsed as a subject
            if child.dep_ in ("compound", "poss") and child.lemma_.lower() in _CAMPAIGN:
                found += self.owner(child, kinds)  # "the Y campaign's pollster", "Y's campaign manager"
        for child in token.children:
            if child.dep_ in _PREPS and child.lower_ in ("of", "for", "to", "on", "in"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and (child.lower_ != "in" or _of_a_campaign(obj)):  # "a strategist in B's campaigns"
                        found += self.args(obj, kinds) or (self.owner(obj, kinds) if _of_a_campaign(obj) else [])
        if not found and "P" in kinds and token.lemma_.lower() == "campaign" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            found.append(Arg(None, token.idx, campaign=True))  # "an adviser to the campaign": the campaign named before
        return list(dict.fromkeys(found))


def _an_office(word: Token, prep: str, roles: frozenset[str]) -> bool:
    """Whether the object of "of"/"for" after a noun is a body or an office, not a person: "the
    chairman of the party", "the nominee for attorney general" (not "of the governor"; "for
    mayor", with no article, is the office)."""
    if prep == "of":
        return word.lower_ not in roles
    return not any(c.dep_ == "det" for c in word.children) and not any(c.dep_ == "poss" for c in word.children)


def _conjunction(doc: Doc, i: int) -> int:
    """How many words the conjunction at `i` spans: "and", "or", "as well as"; 0 if none is there."""
    if i < len(doc) and doc[i].lower_ in ("and", "or"):
        return 1
    return 3 if [t.lower_ for t in doc[i : i + 3]] == ["as", "well", "as"] else 0


def _joins_in(verb: Token, contests: frozenset[str]) -> bool:
    """Whether "join" or "meet" is joined by "in" a contest: "join B in the race" (the "in" on the
    verb or on B)."""
    words = [verb, *(c for c in verb.children if c.dep_ in _OBJECTS)]
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in contests for o in c.children if o.dep_ == "pobj")
               for w in words for c in w.children)  # fmt: skip


def _of_a_campaign(noun: Token) -> bool:
    """Whether a noun is a campaign or a body of one: "his campaign", "the campaign council"."""
    return noun.lemma_.lower() in _CAMPAIGN or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == "campaign" for c in noun.children)


def _set_apart(token: Token, item: Token) -> bool:
    """Whether a list item is the one denied: "A, not B" ("not only B" adds B)."""
    nots = [c for c in (*token.children, *item.children) if c.dep_ == "neg" and token.i < c.i <= item.i]
    return any(c.i + 1 >= len(c.doc) or c.doc[c.i + 1].lower_ != "only" for c in nots)


def _first_clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause before the one a subject pronoun opens, where the two are
    coordinated ("X beat Y, and he ...") or cut by a semicolon ("X replaced Y; he lost ...")."""
    verb = pronoun.head
    before = None
    if verb.dep_ == "conj" and verb.head.i < pronoun.i:
        before = verb.head
    elif verb.dep_ == "ROOT":
        semicolon = next((c for c in verb.children if c.lower_ == ";" and c.i < pronoun.i), None)
        if semicolon is not None:
            before = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < semicolon.i), None)
    if before is None:
        return None
    return next((c for c in before.children if c.dep_ in _SUBJECTS and c.i < pronoun.i), None)


def _reported(clause: Token, root: Token) -> bool:
    """Whether a clause is what the main clause says, thinks or sets out to do ("X said he would
    run", "X hired Y to help him"), where a pronoun means the main clause's subject; not the main
    clause itself, nor a clause about something else in it ("X urged votes for Y, where he runs")."""
    while clause != root and clause.dep_ in ("ccomp", "xcomp", "conj", "advcl") and clause.head != clause:
        purpose = clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        purpose = purpose or (clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children))
        head = clause.head
        shares_subject = head == root or (head.dep_ == "conj" and head.head == root and not any(c.dep_ in _SUBJECTS for c in head.children))
        if (clause.dep_ in ("ccomp", "xcomp") or purpose) and shares_subject:  # "turned to X to run his campaign",
            return True  # "X appeared with Y and announced that he ...", "X criticized Y as he quit the party"
        clause = clause.head
    return False


def _clause_head(token: Token) -> Token:
    """The verb of the clause a word is in."""
    while token.head != token and not (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass")):
        token = token.head
    return token


# Clauses of their own under a verb ("won in 2009 but lost in 2019", "endorsed A after he switched in
# 2016"), and phrases that describe a person rather than tell the event ("X, the architect of Obama's
# 2008 victory, joined ...", "X, elected as a Democrat in 2016, announced ...")
_OTHER_CLAUSES = {"conj", "advcl", "ccomp", "relcl", "parataxis", "csubj"}
_DESCRIPTIONS = {"appos", "acl", "relcl"}


def _clauses(token: Token) -> tuple[frozenset[int], ...]:
    """The word offsets of a word's own clause (its verb's phrase, or the description it stands in,
    without the clauses and descriptions under it), then of each clause that reports or governs
    it ("said on Monday that ...", "decided in May to ...")."""
    head = token
    while head.head != head and head.dep_ not in _DESCRIPTIONS and not (head.pos_ in ("VERB", "AUX") and head.dep_ not in ("aux", "auxpass")):
        head = head.head
    found = [_phrase_words(head)]
    while head.dep_ in ("ccomp", "xcomp") and head.head != head:
        head = head.head
        found.append(_phrase_words(head) - found[-1])
    return tuple(found)


def _phrase_words(head: Token) -> frozenset[int]:
    words: set[int] = set()
    stack = [head]
    while stack:
        current = stack.pop()
        words.add(current.idx)
        stack += [c for c in current.children
                  if not (c.dep_ in _OTHER_CLAUSES and c.pos_ in ("VERB", "AUX")) and c.dep_ not in _DESCRIPTIONS]  # fmt: skip
    return frozenset(words)


def tokens_in(doc: Doc, start: int, end: int):
    """The tokens that begin within the characters [start, end) of the doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return [] if span is None else [t for t in span if start <= t.idx < end]


@dataclass
class Found:
    """What one parsed sentence says: its frames; the mentions of the people whose campaign it
    names ("X's campaign", "X hired Y"); relations a group without names holds ("X was nominated
    by 400 members": relation and X); and people it lists as such a group ("Some of these include
    A and B")."""

    frames: list[Frame]
    campaign_owners: list[int]
    hires: bool  # the sentence tells of hires: "B hired X", "X was tapped", "the new hires"
    by_groups: list[tuple[str, str, Arg]]  # (relation, shape, whom) of what an unnamed group does
    group_members: list[Arg]
    candidacies: list[tuple[Arg, str]] = field(default_factory=list)  # who stands in a race, and the words for which
    subject_group: list[Arg] = field(default_factory=list)  # the people the sentence has as its subject, when two or more
    # who does what was said just before ("So did B", "B did the same", "B followed suit", "B has too"),
    # and whether "just before" is this sentence ("A endorsed X, and B followed") rather than the one before
    echoes: list[tuple[Arg, bool]] = field(default_factory=list)
    candidates_unnamed: bool = False  # the sentence tells of a race's candidates without naming them ("The race has three candidates")


def find_frames(
    doc: Doc, spans: list[tuple[int, int, int, str]], triggers: Triggers, pronouns: frozenset[str], roles: frozenset[str],
    surnames: dict[str, int] | None = None, same: dict[int, int] | None = None,
) -> Found:
    """What one parsed sentence says (Found). `spans` are (start, end, mention index, kind) in
    sentence offsets, kind P person, G party, O organization, E election; `pronouns` and `roles`
    (lower-case role nouns: "governor") are the words that stand for a person named elsewhere,
    `surnames` the last names of people named before, with the index of their mention; `same`
    maps a mention to the sentence's first one of the same entity ("the United Democratic
    Movement's (UDM's)")."""
    sentence = _Sentence(doc, spans, pronouns, roles, surnames or {}, triggers, same or {})
    found: list[Frame] = []
    by_groups: list[tuple[str, str, Arg]] = []
    apart = any(t.lower_ in _APART for t in sentence.tokens)  # "A and B are going against incumbents in their respective states"
    for token in sentence.tokens:
        lemma = token.lemma_.lower()
        for rel in triggers.relations:
            if lemma not in rel.lemmas_read and lemma not in _READ_ALWAYS:
                continue
            for shape, subjects, objects in _readings(token, lemma, rel, sentence):
                # one contest: "X beat A and B", "the race between A and B"; not "challenges against A, B
                # and C", nor "A and B are being challenged" (by others)
                passive = shape == "verb" and any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
                one_contest = (shape != "noun" or token.tag_ == "NN") and not passive and not any(
                    c.dep_ in _OBJECTS and c.tag_ == "NNS" and c.lemma_.lower() in rel.nouns for c in token.children)  # "won battles against A and B"
                if rel.symmetric and not subjects and len(objects) > 1 and one_contest:
                    subjects, objects = objects[:1], objects[1:]
                has_object = shape == "verb" and any(c.dep_ in _OBJECTS and c.lower_ != "other" for c in token.children)
                if rel.symmetric and not objects and len(subjects) > 1 and not passive and not has_object and not apart:  # "A and B became rivals"
                    subjects, objects = subjects[:1], subjects[1:]
                if (all(a.plural and a.mention is None for a in subjects) and not rel.symmetric and (_by_a_group(token) or shape == "hiring")
                        and _status(token, triggers) == "asserted"):
                    by_groups += [(rel.relation, shape, a) for a in objects if a.mention is not None or a.pronoun_at is not None]
                    if shape == "joined":  # "Three Congress MLAs ... joined the BJP", "Four Democrats switched to
                        # the GOP": they left the Congress, the Democrats
                        by_groups += [(rel.relation, "left", a) for noun in _group_nouns(token) for c in (noun, *noun.children)
                                      if c == noun or c.dep_ in ("compound", "amod", "nmod")
                                      for a in sentence.args(c, "G") if a.mention is not None]  # fmt: skip
                if shape == "joined-elsewhere":  # a frame of who alone: the party joined is unknown
                    found += [Frame(rel.relation, a, a, shape, "asserted", token.idx) for a in subjects]
                    continue
                if not rel.symmetric:  # "Three senators endorsed B: A1 and A2", the names parsed as objects too
                    objects = [o for o in objects if o not in subjects]
                if not subjects or not objects:
                    continue
                # a race exists whatever is said around it ("declined to endorse in the race between A
                # and B", "his challenger did not debate"), unless it is what is said ("is not his rival")
                presupposed = rel.symmetric and (shape in ("noun", "together") and token.dep_ not in ("attr", "oprd", "acomp")
                                                 or (shape == "agent" and token.dep_ not in ("attr", "oprd")))
                # ("did not back either of the front-runners, A and B": rivals all the same; not "A and B are not rivals")
                # "B's adviser declined to comment", "B's strategist X, B's strategist, did not respond", "B's campaign
                # manager was asked to stay on": a title of the subject
                presupposed = presupposed or (shape == "agent" and (token.dep_ in ("nsubj", "nsubjpass") or (
                    token.dep_ in ("compound", "appos") and (token.head.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS or not rel.withdrawable))
                    or (not rel.withdrawable and any(c.dep_ == "appos" and sentence.kinds.get(sentence.of.get(c.i, -1)) == "P" for c in token.children))))
                # ("may have the backing of B's chief strategist A": A's title, whatever is supposed of the backing)
                if shape == "choice":  # (but "asked to choose between A, B and C": a poll's question, no race)
                    status = "disputed" if token.dep_ == "xcomp" and token.head.lemma_.lower() == "ask" else "asserted"
                else:
                    status = _status(token, triggers, not presupposed, rel.symmetric, rel.withdrawable)
                if status == "asserted" and rel.withdrawable and _withdrawn_later(token, rel, triggers):
                    status = "negated"
                if (status == "negated" and shape == "noun" and token.dep_ in _OBJECTS and any(t.dep_ == "prep" and t.lower_ == "by" for t in token.subtree)
                        and not set(_subjects(token.head, sentence)) & set(subjects)):
                    status = "disputed"  # "X rejected the endorsement of B by A": A's act, disputed by another, not taken back
                bound = tuple(a.mention for a in subjects if a.mention is not None)
                objects = [replace(a, not_mentions=tuple(dict.fromkeys(a.not_mentions + bound))) if a.mention is None and not (a.nominal or a.focus or a.campaign or a.again) else a
                           for a in objects]  # fmt: skip
                if rel.symmetric and _respective(token, subjects, objects):  # "A and B both face C and D": A-C, B-D
                    found += [Frame(rel.relation, a, b, shape, status, token.idx) for a, b in zip(subjects, objects)]
                    continue
                changes = shape == "joined" and _changes(token, lemma, rel)
                for subject in subjects:
                    for object_ in objects:
                        if subject != object_:
                            found.append(Frame(rel.relation, subject, object_, shape, status, token.idx, changes=changes))
                if rel.symmetric and len(objects) > 1 and one_contest:
                    for i, a in enumerate(objects):
                        for b in objects[i + 1 :]:
                            found.append(Frame(rel.relation, a, b, shape, status, token.idx))
                if rel.symmetric and shape == "noun" and len(subjects) > 1 and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
                    for i, a in enumerate(subjects):  # "X beat off challenges from A, B and C to secure the nomination": one field
                        for b in subjects[i + 1 :]:
                            found.append(Frame(rel.relation, a, b, shape, status, token.idx))
    standing = {rel.relation: _standing_holders(sentence, rel, triggers) for rel in triggers.relations if rel.symmetric}
    found += [f for rel in triggers.relations if rel.symmetric for f in _standings(rel, standing[rel.relation])]
    found += _memberships(sentence, triggers)
    at = {t.idx: t for t in sentence.tokens}
    clauses = {i: _clauses(at[i]) for i in {f.trigger for f in found} if i in at}
    found = [replace(f, clauses=clauses.get(f.trigger, ())) for f in found]
    hiring = triggers.hiring_verbs
    hires = any((t.pos_ == "VERB" and t.lemma_.lower() in hiring and _hired(t, triggers.act_nouns))
                or (t.pos_ == "NOUN" and t.lemma_.lower() in _HIRE_NOUNS) for t in sentence.tokens)  # fmt: skip
    candidacies = [c for rel in triggers.relations if rel.symmetric for c in _candidacies(sentence, rel, triggers, standing[rel.relation])]
    roots = [t for t in sentence.tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    group = [a for a in (_subjects(roots[0], sentence) if len(roots) == 1 else []) if a.mention is not None and sentence.kinds.get(a.mention) == "P"]
    # "Three candidates are running", "The race has three candidates" (not "The union backed three candidates": of many races, maybe)
    unnamed = any(t.tag_ == "NNS" and any(t.lemma_.lower() in r.candidates for r in triggers.relations if r.symmetric) and not sentence.args(t, "P")
                  and (t.dep_ in _SUBJECTS or (t.dep_ == "dobj" and t.head.lemma_.lower() in _FEATURING | {"have"})) for t in sentence.tokens)  # fmt: skip
    return Found(found, _campaign_owners(sentence, hiring), hires, by_groups, _group_members(sentence), candidacies,
                 group if len(group) > 1 else [], _echoes(sentence), unnamed)


_GROUP_WORDS = {"these", "those", "they", "them"}


def _changes(token: Token, lemma: str, rel: RelationTriggers) -> bool:
    """Whether a joining is told as a change of party: by a word of `changing` ("switched to the
    GOP"), or in the clause of one ("switched parties to join the GOP", "changed parties, becoming a
    Republican")."""
    return lemma in rel.changing or (token.dep_ in ("xcomp", "advcl") and token.head.lemma_.lower() in rel.changing)


_FORMERLY = {"formerly", "previously", "once"}  # adverbs of a state or an act now over ("X, formerly of the NUP")
_OWN_ACT_VERBS = {"make", "complete", "finalize", "finalise", "formalize", "formalise"}  # verbs whose object is their subject's own act
_HIRE_NOUNS = {"hire", "addition"}  # "The hires include pollster X", "the latest addition to the team"


def _hired(verb: Token, acts: frozenset[str]) -> bool:
    """Whether a verb of hiring may take someone on: it has an object, or is passive ("hires new
    campaign manager", "X was named"), and what it takes is not one of the relations' `acts`
    ("picked up the endorsement", "won the nomination")."""
    taken = [c for c in verb.children if c.dep_ in _OBJECTS | {"auxpass"}]
    return any(c.dep_ == "auxpass" or c.lemma_.lower() not in acts for c in taken)


def _respective(trigger: Token, subjects: list[Arg], objects: list[Arg]) -> bool:
    """Whether as many people face as many others each on their own: "A and B both face
    primaries against C and D", "... respectively"."""
    return len(subjects) == len(objects) > 1 and any(t.lower_ in ("both", "each", "respectively") for t in trigger.sent)


def _by_a_group(trigger: Token) -> bool:
    """Whether the doers of a trigger are a group told by a plural noun, unnamed ("nominated by
    over 400 party members", "has the backing of 20 MPs", "20 lawmakers endorsed her")."""
    return bool(_group_nouns(trigger))


def _group_nouns(trigger: Token) -> list[Token]:
    """The plural nouns that tell the doers of a trigger, or of the verb it is joined to ("Three
    MLAs resigned and joined the BJP")."""
    verb = trigger.head if trigger.dep_ in ("conj", "xcomp") and trigger.pos_ == "VERB" and trigger.head.pos_ == "VERB" else trigger
    for _ in range(2):  # ("... followed their hearts and crossed the aisle to join the GOP")
        if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.dep_ not in ("conj", "xcomp") or verb.head.pos_ != "VERB":
            break
        verb = verb.head
    places = [c for c in verb.children if c.dep_ in _SUBJECTS]
    places += [verb.head for c in places if c.lower_ in _RELATIVE and verb.dep_ == "relcl"]  # "the 22 sheriffs who endorsed B"
    if verb.dep_ == "ccomp" and any(c.lower_ == "they" for c in places):  # "Four Democrats say they crossed the aisle"
        places += [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    places += [o for c in trigger.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
               for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    if trigger.tag_ == "NNS" and trigger.dep_ in _OBJECTS and not any(c.dep_ in ("poss", "prep") for c in trigger.children):
        places.append(trigger)  # "picked up several endorsements": whoever gave them, unnamed
    return [t for t in places if (_plural(t) and t.pos_ == "NOUN") or (t.lower_ in ("those", "these") and trigger.dep_ == "relcl")
            or (_plural(t) and any(c.dep_ == "nummod" for c in t.children))]  # ("Four Democrats switched to the GOP")


def _group_members(s: _Sentence) -> list[Arg]:
    """The people a sentence lists as a group named before, or as some of the group it tells of:
    "Some of these include A and B", "They include A", "Among them are A and B", "The legislators,
    A, B and C, said", "A, B and C announced their jump", "Four Democrats switched, including A"."""
    for token in s.tokens:
        joined_to = token.head.dep_ == "dobj" and token.head.head.pos_ == "VERB" and token.head.head.lemma_.lower() in s.joining
        if token.lower_ == "including" and token.dep_ == "prep" and (token.head.pos_ in ("VERB", "AUX") or joined_to):
            verb = token.head.head if joined_to else token.head  # "Four Democrats switched to the GOP, including A and B",
            # "... crossed the aisle to join the Republican majority, including A" (hung on the majority)
            while not _group_nouns(verb) and verb.dep_ in ("xcomp", "conj", "ccomp") and verb.head != verb:
                verb = verb.head
            named = list(dict.fromkeys(Arg(s.of[t.i]) for t in token.subtree if t.dep_ in ("pobj", "conj", "appos")
                                       and s.kinds.get(s.of.get(t.i, -1)) == "P"))  # ("A of Dayton and B of Akron")
            if named and _group_nouns(verb):
                return named
        their = any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children)
        if token.lemma_.lower() in s.moves and token.pos_ == "NOUN" and their:
            verb = next((a for a in token.ancestors if any(c.dep_ in _SUBJECTS for c in a.children)), None)
            named = [a for a in _subjects(verb, s) if a.mention is not None] if verb is not None else []
            if len(named) > 1:
                return named
        if token.dep_ in _SUBJECTS and _plural(token) and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children):
            named = [a for a in s.args(token, "P") if a.mention is not None]
            if len(named) > 1 and any(c.dep_ == "appos" for c in token.children):
                return named
        if token.lemma_.lower() not in ("include", "be"):
            continue
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        acted = subject is not None and _plural(subject) and any(c.dep_ == "relcl" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those"))
                                                                      for c in subject.children)  # "The MPs who quit are", "The lawmakers are"
        group = subject is not None and (subject.lower_ in _GROUP_WORDS or acted or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in _GROUP_WORDS for o in c.children) for c in subject.children))
        among = any(c.dep_ == "prep" and c.lower_ in _AMONG and any(o.lower_ in _GROUP_WORDS for o in c.children) for c in token.children)
        if group or among:
            listed = [c for c in token.children if c.dep_ in ("dobj", "attr") or (among and c.dep_ in _SUBJECTS)]
            return [a for c in listed for item in [c, *(p for p in c.children if p.dep_ == "prep" and p.lower_ in ("as", "like"))]
                    for a in (s.args(item, "PO") if item.dep_ != "prep" else [x for o in item.children for x in s.args(o, "PO")])
                    if a.mention is not None]  # fmt: skip
    return []


def _campaign_owners(s: _Sentence, hiring: frozenset[str]) -> list[int]:
    owners: list[Arg] = []
    for token in s.tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in _CAMPAIGN:
            owners += s.owner(token, "P")
        elif token.pos_ == "VERB" and lemma in hiring and any(c.dep_ in _OBJECTS for c in token.children):
            owners += _subjects(token, s)
    return [a.mention for a in owners if a.mention is not None and s.kinds.get(a.mention) == "P"]


_ADMITTED_TO = ("to", "into", "in")  # what a party takes someone in after: "inducted into (in) the BJP", "welcomed to the party"

# The words _readings reads for a relation whatever its lists hold ("is up against X", "B's team includes A", "A will meet B in the runoff")
_READ_ALWAYS = frozenset({"be", "include", "join", "meet"})


def _readings(token: Token, lemma: str, rel: RelationTriggers, s: _Sentence) -> Iterator[tuple[str, list[Arg], list[Arg]]]:
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or (
            (token.pos_ == "ADJ" or (token.pos_ == "NOUN" and token.dep_ == "xcomp")) and any(c.dep_ in _OBJECTS for c in token.children)):
        # (a verb the tagger calls an adjective or a noun, with an object all the same: "helped him upset X", "vying to unseat X")
        if lemma in rel.verbs or (lemma in rel.running and _for_a_candidacy(token) and not _leaving_office(token, rel)):
            yield ("verb", *_verb_args(token, s))
            yield from _gapped(token, s)
        if lemma in rel.by_organizations:
            for shape, doers, objects in [("verb", *_verb_args(token, s)), *_gapped(token, s)]:
                yield shape, [a for a in doers if a.mention is not None and s.kinds.get(a.mention) == "O"], objects
                # a person's nomination says it only in a contest of one post: kept there alone (extractor)
                yield "nominated", [a for a in doers if a.mention is None or s.kinds.get(a.mention) == "P"], objects
        if lemma in rel.managing:
            yield "campaign", _subjects(token, s), [a for c in token.children if c.dep_ in _OBJECTS for a in s.args(c, "P") if a.mention is not None]
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
        if lemma in rel.campaign or f"{lemma} {particle}" in rel.campaign:  # "ran B's campaign", "took over B's operations"
            objects = [c for c in token.children if c.dep_ in _OBJECTS]
            objects += [o for c in objects if _a_number(c) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]  # "managed both of B's campaigns"
            campaigns = [c for c in objects if c.lemma_.lower() in _CAMPAIGN]
            owners = [a for c in campaigns for a in s.owner(c)]
            if campaigns and not owners:  # "ran the floor operation for B", the "for" hung on the verb
                owners = [a for c in _prep_children(token) if c.lower_ == "for" for o in _prep_objects(c) for a in s.args(o, "P")]
            yield "campaign", _subjects(token, s), owners
            passive = [c for c in token.children if c.dep_ in _PASSIVE_SUBJECTS and c.lemma_.lower() in _CAMPAIGN]
            if passive:  # "B's campaign is run by A"
                agents = [a for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]
                yield "campaign", agents, [a for c in passive for a in s.owner(c)]
        if rel.campaign and lemma == "include":  # "B's team includes A and C", "her campaign team includes A"
            teams = [c for c in token.children if c.dep_ in _SUBJECTS and c.lemma_.lower() in _TEAMS
                     and all(m.lemma_.lower() in _OF_A_TEAM for m in c.children if m.dep_ in ("compound", "amod"))]  # fmt: skip
            if owners := [a for c in teams for a in s.owner(c, "P")]:
                yield "campaign", [a for c in token.children if c.dep_ in _OBJECTS for a in s.args(c, "P")], owners
        if lemma in rel.together and all(c.lemma_.lower() in rel.prizes for c in token.children if c.dep_ in _OBJECTS) and _one_race(token):
            together = [a for c in token.children if c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for a in s.args(c)]
            if not any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in token.children):
                together = _subjects(token, s)  # "the nine who picked forms to contest the position are A; B; ..."
            if len(together) > 1:
                yield "together", together[:1], together[1:]
        preps = {p for v, p in rel.verb_preps if v == lemma}
        if preps and not rel.symmetric and "for" in preps and token.dep_ == "xcomp" and token.head.lemma_.lower() in s.hiring:
            preps = preps | {"with"}  # "X was hired to work with B": for B
        if preps and rel.symmetric and any(c.dep_ in _SUBJECTS and s.kinds.get(s.of.get(c.i, -1)) == "G" and not is_a_party_member_noun(c)
                                           for c in token.children):
            preps = set()  # "ODM has lost three MPs to Jubilee, including A and B": a party's loss, no race between A and B
        if preps:
            subjects = _subjects(token, s)
            owners = [a for o in token.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "poss" for a in s.args(c, "P")]
            if lemma == "run" and [a for a in owners if a not in subjects]:
                preps = set()  # "A ran B's campaign ahead of his 2009 victory": B's manager, not B's rival
            children = list(_prep_children(token)) if preps else []
            if lemma in ("lose", "concede"):  # "lost a bid for the Senate seat to B": the "to" hung on the seat
                children += [p for o in token.children if o.dep_ in _OBJECTS for c in o.children if c.dep_ == "prep" and c.lower_ in ("for", "in")
                             for w in c.children if w.dep_ == "pobj" for p in w.children if p.dep_ == "prep" and p.lower_ == "to"]  # fmt: skip
            for child in children:
                if child.lower_ in preps or (child.lower_ == "on" and "for" in preps and _on_behalf(child)):  # "campaigned on B's behalf"
                    objects = [a for obj in _prep_objects(child) for a in (s.args(obj) or _owner_of_campaign(obj, s))]
                    if child.dep_ == "prt":
                        objects = [a for obj in token.children if obj.dep_ in _OBJECTS for a in s.args(obj)]
                    if not objects and (_prep_objects(child) if child.dep_ != "prt" else any(c.dep_ in _OBJECTS for c in token.children)):
                        continue  # "A and B lost their races to Democrats": no one named on the other side, and A and B no rivals
                    yield "verb-prep", subjects, objects
        if lemma in rel.pitting and _pits_in_a_contest(token, rel, s):  # "the race pits A against B"
            pitted = [a for c in token.children if c.dep_ == "dobj" or c.dep_ in _PASSIVE_SUBJECTS for a in s.args(c, "P")]
            against = [o for c in _prep_children(token) if c.lower_ == "against" for o in _prep_objects(c)]
            yield "verb-prep", pitted, [a for o in against for a in s.args(o, "P")]
        if lemma in rel.hiring:
            hired = [obj for obj in token.children if obj.dep_ in _OBJECTS]
            replacing = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
            hired += replacing
            advisers = [a for obj in hired if _has_role(obj, rel) for a in s.args(obj, "P")]
            advisers += [a for obj in hired for item in s.listed(obj) if _role_of_name(item, rel) for a in s.args(item, "P")]
            if advisers and replacing:  # "replacing campaign manager X with Y": Y takes the role
                advisers += [a for obj in replacing for a in s.args(obj, "P")]
            hirers = _subjects(token, s) or [a for c in token.children if c.dep_ in _SUBJECTS for a in _owner_of_campaign(c, s)]
            if advisers:  # (not "the people who picked nomination forms")
                yield "hiring", list(dict.fromkeys(advisers)), hirers  # "B's campaign hired A"
            elif groups := [obj for obj in hired if obj.tag_ == "NNS" and _has_role(obj, rel) and not s.args(obj, "P")]:
                yield "hiring", [Arg(None, groups[0].idx, plural=True)], hirers  # "B hired two advisers. They are A and C."
        if lemma in rel.choosing and rel.symmetric:
            yield ("choice", *_choice(token, s))
        if rel.symmetric and lemma in ("join", "meet") and _joins_in(token, rel.nouns | _ELECTIONS):  # "A will join B in the race", "will meet B in the runoff"
            yield "verb", _subjects(token, s), [a for c in token.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
        if lemma in rel.polling and _joins_in(token, rel.nouns | _ELECTIONS) and not _in_a_poll(token, rel):  # "A narrowly led B in the primary"
            yield "verb", _subjects(token, s), [a for c in token.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
        if lemma in rel.scoring and _share(token, rel) is not None:
            yield "result", _subjects(token, s), _result_others(token, rel, s)
        if lemma in rel.polling and _in_a_poll(token, rel):
            yield "poll", _subjects(token, s), _polled_against(token, s)
        if rel.joining and lemma in rel.joining | {"be"} and _to_switch(token, rel.joining | rel.leaving):  # "became the third Democrat to switch"
            named_by = [a for attr in token.children if attr.dep_ == "attr" for c in attr.children
                        if c.dep_ in ("compound", "amod", "nmod") for a in s.args(c, "G") if a.mention is not None]  # fmt: skip
            yield "past-party", _subjects(token, s), _parties(token, (), s) or named_by  # "the second Congress legislator to quit"
        elif lemma in rel.joining and not _in_doing(token, rel.joining | rel.leaving):
            joined = _parties(token, ("to", "as", "into", "onto"), s)
            yield "joined", _movers(token, s), joined
            if not joined and _joins_a_name(token, rel.leaving):  # "quit the party to join Change UK": not an independent
                yield "joined-elsewhere", _movers(token, s), []
            yield "left", _movers(token, s), _parties(token, ("from",), s, objects=False)  # "switched from A to B"
            if joined:  # "Three Democrats in the House – A, B and C – joined the Republicans", "three NNP councillors
                # crossed to the ANC": they left the Democrats, the NNP
                groups = [c for c in token.children if c.dep_ in _SUBJECTS and _plural(c)]
                left = [g for g in groups if s.kinds.get(s.of.get(g.i, -1)) == "G"]
                left += [q for g in groups if s.of.get(g.i) is None for q in g.children
                         if q.dep_ in ("compound", "amod") and s.kinds.get(s.of.get(q.i, -1)) == "G"
                         and not any(c.lower_.strip("-") in s.former for c in g.children)]
                yield "left", _movers(token, s), [Arg(s.of[g.i]) for g in left if Arg(s.of[g.i]) not in joined]
        if lemma in rel.leaving:
            yield "left", _movers(token, s), _parties(token, ("from", "with"), s)
            yield "joined", _movers(token, s), _parties(token, ("for",), s, objects=False)  # "left the Democrats for the GOP"
        if lemma in rel.admitting:
            parties = _parties(token, _ADMITTED_TO, s, objects=False)
            takers = [c for c in token.children if c.dep_ in _SUBJECTS]
            takers += [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            parties = parties or [a for c in takers for a in s.args(c, "G") if a.mention is not None]  # "X was paraded by the ANC"
            yield "joined", _done_to(token, s), parties
        if lemma in rel.expelling:
            yield "left", _done_to(token, s), _parties(token, ("from",), s, objects=False)
        if lemma in rel.losing and (losers := [a for c in token.children if c.dep_ in _SUBJECTS for a in s.args(c, "G") if a.mention is not None]):
            to = _parties(token, ("to",), s, objects=False)  # "ODM has lost three MPs to Jubilee, including A and B": A and B moved
            if to:
                movers = [a for c in token.children if c.dep_ == "dobj" for a in s.args(c, "P") if a.mention is not None]
                movers += [a for c in token.subtree if c.dep_ == "prep" and c.lower_ in _INCLUDING for o in c.children if o.dep_ == "pobj"
                           for a in s.args(o, "P") if a.mention is not None and a not in movers]  # fmt: skip
                yield "joined", movers, to
                yield "left", movers, losers
    had = token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children) and not any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in token.children)  # "B has backing from A", parsed as a tense
    gerund = (token.tag_ == "VBG" and (token.dep_ in ("dobj", "pobj") or had) and token.lower_ in rel.nouns
              and not any(c.dep_ in _OBJECTS for c in token.children))  # fmt: skip
    if gerund:  # "B has backing from several MPs": the noun, tagged a verb
        lemma = token.lower_
    if token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("compound", "amod") or gerund:  # "Former rivals X and Y": rivals tagged a verb
        if lemma in rel.nouns and (lemma not in _ONLY_IN_OF or (token.dep_ == "pobj" and token.head.lower_ == "in"
                                                                 and token.head.head.lemma_.lower() != "vote")):  # fmt: skip
            switched = token.dep_ == "dobj" and token.head.lemma_.lower() in rel.switching
            givers, receivers = _noun_args(token, rel, s)
            if receivers and not givers and not rel.symmetric and token.dep_ in _OBJECTS and token.head.lemma_.lower() in rel.receiving:
                givers = _after_a_colon(token, s)  # "B had the most coveted endorsement: X", "B won two key endorsements: X and Y"
            if givers and not receivers and not rel.symmetric and ((token.dep_ == "dobj" and _also(token.head) and (
                    token.head.lemma_.lower() in rel.giving)) or (token.tag_ == "NNS" and any(
                    c.dep_ == "prep" and c.lower_ in ("by", "from") for c in token.children))
                    or (rel.withdrawable and token.dep_ == "dobj" and token.head.lemma_.lower() in s.negating)):
                receivers = [Arg(None, token.idx, again=True)]  # "B also offered his endorsement", "Their backing follows
                # endorsements by A and C": of whom the last one was; "In June she withdrew her endorsement": of the last
            if gerund and had and not receivers:
                receivers = _subjects(token, s)  # (what has it)
            yield ("switched" if switched else "noun", givers, receivers)
        if lemma == "vote" and rel.withdrawable and token.tag_ == "NN" and (calling := _calling_for(token)) is not None:
            yield "noun", _subjects(calling, s), [a for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                                                 for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
        if lemma in rel.opposing:  # "his reelection campaign against B"
            against = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "against"
                       for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
            owners = [a for c in token.children if c.dep_ == "poss" for a in s.args(c)]
            if not owners and token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):
                owners = _subjects(token.head.head, s)  # "X has been struggling in his campaign against B"
            if not owners and token.dep_ == "dobj" and (lemma in rel.prizes or token.head.lemma_.lower() in rel.announcing):
                owners = _subjects(token.head, s)  # "X is seeking the GOP nomination against B", "X announced a run against B"
            if against:
                yield "noun", owners, against
        if lemma in rel.events:
            held = token.head.head if token.dep_ == "pobj" and token.head.head.pos_ == "VERB" else token  # "appeared on the trail for B"
            held = token.head if token.dep_ in _OBJECTS and token.head.pos_ == "VERB" else held  # "cut an ad for B"
            yield "noun", _at_the_event(token, s), [a for c in {*token.children, *held.children} if c.dep_ in _PREPS and c.lower_ == "for"
                                                    for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
        if lemma in rel.newcomers:
            parties = _parties(token, ("to",), s)
            if not parties and token.dep_ == "attr":  # "became the biggest Tory defector to Reform"
                parties = _parties(token.head, ("to",), s, objects=False)
            yield "joined", _holders(token, s), parties
        if lemma in rel.moves:  # "X's switch to the GOP", "the defection of X to the Liberal Democrats"
            movers = [a for c in token.children if c.dep_ == "poss" for a in s.args(c, "P")]
            movers = movers or [a for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                                for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
            if not movers and token.dep_ == "dobj" and token.head.lemma_.lower() in _OWN_ACT_VERBS:
                movers = _subjects(token.head, s)  # "X made the switch to the GOP"
            joined = _parties(token, ("to",), s)
            if not joined and token.dep_ == "dobj" and (_parties(token, ("from",), s) or token.head.lemma_.lower() in _OWN_ACT_VERBS):
                # "announced his defection from A to B", "made the switch to the GOP": "to" hung on the verb
                joined = [a for c in token.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > token.i
                          for o in c.children if o.dep_ == "pobj" for a in s.args(o, "G") if a.mention is not None]  # fmt: skip
            yield "joined", movers, joined
            yield "left", movers, _parties(token, ("from",), s)
        if lemma in rel.fields and _one_field(token, rel):
            field = _field_people(token, s)
            yield "together", field[:1], field[1:]
        if lemma in rel.sides and (owners := [a for c in token.children if c.dep_ == "poss" for a in s.args(c, "P")]):
            yield "noun", _on_the_side(token, s), owners  # "A is in B's camp", "On B's side were A and C"
        if lemma in rel.choices and any(c.dep_ in ("amod", "compound") and c.lower_ in rel.preferring for c in token.children):
            holders = _holders(token, s)  # "A, the preferred choice of B", "B's handpicked successor, A"
            yield "preferred", [a for a in s.owner(token) if a not in holders], holders  # (not the name hung on the office it is for)
        if lemma in rel.agents and _qualified(token, lemma, rel) and not any(
                c.dep_ in ("compound", "amod") and c.lower_ in rel.not_electoral for c in token.children):
            listed = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _LISTS else None
            owners = s.owner(token) or _named_before_title(token, s)
            if not owners and token.dep_ == "compound" and s.kinds.get(s.of.get(token.head.i, -1)) == "P":
                owners = [a for c in token.head.children if c.dep_ == "poss" and c.i < token.i for a in s.args(c)]  # "B's
                # chief strategist A", B parsed as A's possessor
            if not owners and listed is not None:  # "B's list of backers"; "B had a group of supporters"
                received = listed.dep_ in _OBJECTS and listed.head.lemma_.lower() in rel.receiving
                owners = _subjects(listed.head, s) if received else s.owner(listed)
            if not owners and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _CAMPAIGN:
                owners = s.owner(token.head.head)  # "B's team of advisers"
            if not owners and token.dep_ == "conj" and token.head.pos_ == "NOUN" and s.of.get(token.head.i) is None:
                owners = [a for c in token.head.children if c.dep_ == "prep" and c.i > token.i and c.lower_ in ("to", "for")
                          for o in c.children if o.dep_ == "pobj" for a in (s.args(o, "P") or _owner_of_campaign(o, s))]  # "a lawyer and
                # adviser to B", "chairman and campaign chair for B's run": the "to" or "for" hung on the first
            if not owners and token.dep_ in _OBJECTS and token.head.lemma_.lower() in rel.receiving:
                owners = _subjects(token.head, s)  # "B has backers that included A"
            if not owners and token.dep_ == "pobj" and token.head.lower_ == "as":  # "served as pollster for X"
                verb = _verb_of_as(token.head)
                instead = any(c.dep_ == "prt" and c.lower_ in ("over", "in") for c in verb.children)  # "take over for X as"
                owners = [
                    a for c in verb.children if c.dep_ in _PREPS and c.lower_ in ("for", "to", "on") and not (instead and c.lower_ == "for")
                    for obj in c.children if obj.dep_ == "pobj" for a in (s.args(obj) or _owner_of_campaign(obj, s))
                ]  # fmt: skip
                owners += [a for c in verb.children if c.dep_ in _OBJECTS for a in _owner_of_campaign(c, s)]
                if (not owners and verb.lemma_.lower() in rel.hiring) or verb.lemma_.lower() in _RELYING:
                    owners = _subjects(verb, s)  # "B brought on A as a strategist", "B is relying on A as her consultant"
            holders = _holders(token, s, rel.hiring) or (_holders(listed, s, rel.hiring) if listed is not None else [])
            if owners and all(o in holders for o in owners):
                owners = []  # "named a team of consultants: A and B", the names read as the team's own too
            if not holders and not rel.symmetric:
                holders = _after_a_colon(token, s)  # "B had a group of supporters: A and C"
            if not owners and holders and rel.symmetric:  # "X threw his support to once-rival Y": X's rival
                owners = [a for a in _doer_towards(token, s) if a not in holders]
            if (not owners and holders and rel.symmetric and token.dep_ == "pobj" and token.head.lower_ == "of"
                    and token.head.head.dep_ == "dobj" and token.head.head.head.pos_ == "VERB"):
                owners = [a for a in _subjects(token.head.head.head, s) if a not in holders]  # "X won the support of two former rivals, A and B"
            if not owners and rel.symmetric and (chose := _titled_choosers(token, rel, s)):
                holders, owners = chose  # "Former rivals A and B endorsed C": C's rivals
            if not owners and holders and any(c.lower_ == "another" for c in token.children):
                owners = [Arg(None, token.idx, again=True)]  # "X is another key backer"
            if not owners and holders and rel.hiring:  # "B hired media consultant X": B's
                named = token
                while named.dep_ in ("compound", "amod") and named.head != named:
                    named = named.head
                while named.dep_ == "conj" and named.head != named:
                    named = named.head
                if named.dep_ == "pobj" and named.head.lower_ == "of" and named.head.head.lemma_.lower() in _COLLECTIVES:
                    named = named.head.head  # "named a team of consultants"
                if named.dep_ in _OBJECTS and named.head.lemma_.lower() in rel.hiring:
                    owners = [a for a in _subjects(named.head, s) if a.mention is not None]
                elif named.dep_ in _OBJECTS and named.head.lemma_.lower() == "include":  # "B's team includes pollster X"
                    owners = [a for c in named.head.children if c.dep_ in _SUBJECTS and c.lemma_.lower() in _CAMPAIGN for a in s.owner(c)]
            if not owners and holders and token.dep_ == "attr":
                owners = _fronted_for(token.head, s)  # "For B, X is campaign manager and Y is the pollster"
            body = not owners and _a_body_s(token, s)  # "top White House adviser X", "the party's campaign manager": no candidate's
            if not owners and not body and holders and any(c.dep_ == "compound" and c.lower_ == "campaign" for c in token.children) and not any(
                    c.lower_.strip("-") in s.former for c in token.children if c.i < token.i):
                owners = [Arg(None, token.idx, campaign=True)]  # "X will serve as campaign chairman", "said campaign manager X":
                # of the campaign told of (no commentator's title; but "a former campaign manager" may be anyone's)
            if not owners and not body and holders and rel.hiring and not _aside(token, s.speech):
                owners = [Arg(None, token.idx, focus=True)]  # "The hires include pollster X": the campaign told of
            yield "agent", holders, owners
            if rel.symmetric and owners and len(holders) > 1:  # "his rivals A, B and C" ran in one race
                yield "agent", holders[:1], holders[1:]


def _pits_in_a_contest(verb: Token, rel: RelationTriggers, s: _Sentence) -> bool:
    """Whether what sets A against B is a contest: "the Senate race pits A against B", "A was pitted
    against B in the runoff" (not "the dispute pits the mayor against the governor")."""
    contests = rel.nouns | _ELECTIONS
    return _joins_in(verb, contests) or any(c.dep_ in _SUBJECTS and (c.lemma_.lower() in contests or s.kinds.get(s.of.get(c.i, -1)) in ("E", "G"))
                                            for c in verb.children)  # fmt: skip  ("the party fielded A against B")


def _a_body_s(agent: Token, s: _Sentence) -> bool:
    """Whether a role noun is a body's, not a candidate's: its possessor is a party or an
    organization ("the PDP-Laban's campaign manager"), or a name before it is an organization or
    one the article does not tell as anyone ("top White House adviser X"; but a "GOP consultant"
    may be on anyone's team)."""
    for c in agent.children:
        if c.dep_ in ("poss", "compound", "nmod") and c.i < agent.i and c.lower_ != "campaign":
            kind = s.kinds.get(s.of.get(c.i, -1))
            if kind == "O" or (kind == "G" and c.dep_ == "poss") or (kind is None and c.pos_ == "PROPN"):
                return True
    return False


def _fronted_for(verb: Token, s: _Sentence) -> list[Arg]:
    """The people a "For B," opening the clause (or the first of its coordinated clauses) names."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i
            for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip


def _after_a_colon(noun: Token, s: _Sentence) -> list[Arg]:
    """The people and organizations a colon lists right after a noun's phrase: "the most coveted
    endorsement in the primary: X", "the support of three colleagues on Monday: X, Y and Z" (the
    colon within a few words of the noun, no verb between)."""
    colon = next((t for t in s.doc[noun.i + 1 : noun.i + 10] if t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") for t in s.doc[noun.i + 1 : colon.i]):
        return []
    listed = list(dict.fromkeys(s.of[t.i] for t in s.doc[colon.i + 1 :] if s.of.get(t.i) is not None and s.kinds.get(s.of[t.i]) in ("P", "O")))
    # (not a name that qualifies a word of the list: the B of "former B-backer A")
    return [Arg(m) for m in listed if s.tokens_of[m][-1].dep_ not in ("compound", "poss", "amod", "nmod")]


def _on_the_side(noun: Token, s: _Sentence) -> list[Arg]:
    """Who a copula puts in or on someone's side, camp or corner: its subjects other than the noun
    ("A and C are in B's camp"; "On B's side were A and C", however the parser hangs the noun)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on") else noun.head if noun.dep_ in _SUBJECTS else None
    if verb is None or verb.lemma_.lower() != "be":
        return []
    return [a for c in verb.children if c.dep_ in _SUBJECTS | {"attr"} and c != noun and c.i != noun.head.i for a in s.args(c, "PO")]


def _titled_choosers(title: Token, rel: RelationTriggers, s: _Sentence) -> tuple[list[Arg], list[Arg]] | None:
    """The people a title names as the subject of a verb of choosing, and whom they chose: "former
    rival A endorsed C", "former rivals A, B and D backed C" (the names parsed as a second subject),
    "C was endorsed by former rival A"."""
    name = title
    while name.dep_ in ("amod", "compound") and s.of.get(name.i) is None and name.head != name:
        name = name.head
    if name.dep_ == "pobj" and name.head.dep_ == "agent" and name.head.head.lemma_.lower() in rel.choosing and s.of.get(name.i) is not None:
        verb = name.head.head  # "A was endorsed by former rival B"
        chosen = [a for c in verb.children if c.dep_ in _PASSIVE_SUBJECTS for a in s.args(c, "P")]
        return (s.args(name, "P"), chosen) if chosen else None
    verb = name.head
    if name.dep_ not in _SUBJECTS or verb.lemma_.lower() not in rel.choosing:
        return None
    holders = s.args(name, "P") if s.of.get(name.i) is not None else [
        a for c in verb.children if c.dep_ in _SUBJECTS and c != name and c.left_edge.i == name.i + 1 for a in s.args(c, "P")]
    chosen = [a for c in verb.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
    holders = [a for a in holders if a.mention is not None]
    return (holders, chosen) if holders and chosen else None


def _doer_towards(title: Token, s: _Sentence) -> list[Arg]:
    """Who acts on the person a title names: the subject of the verb whose object (or whose
    preposition's object) the name is ("X endorsed former rival Y", "X threw his support to rival Y")."""
    name = title
    while name.dep_ in ("amod", "compound") and s.of.get(name.i) is None and name.head != name:
        name = name.head
    if name.dep_ == "pobj" and name.head.lower_ == "than":  # "X had raised far less than rivals Y and Z"
        compared = name.head
        while compared.pos_ not in ("VERB", "AUX") and compared.head != compared:
            compared = compared.head
        return _subjects(compared, s) if compared.pos_ in ("VERB", "AUX") else []
    if s.of.get(name.i) is None and not any(c.dep_ == "appos" and s.of.get(c.i) is not None for c in name.children):
        return []  # "X told fellow contender Y", the name in apposition
    if name.dep_ in _OBJECTS | {"dative"} and name.head.pos_ == "VERB":
        return _subjects(name.head, s)
    if name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.pos_ == "VERB":
        return _subjects(name.head.head, s)
    return []


def _at_the_event(noun: Token, s: _Sentence) -> list[Arg]:
    """Who holds or attends an event: the subject of "headlined a fundraiser", "spoke at a rally"."""
    if noun.dep_ in _OBJECTS and noun.head.pos_ == "VERB":
        return _subjects(noun.head, s)
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "to", "on", "in") and noun.head.head.pos_ == "VERB":
        return _subjects(noun.head.head, s)
    return []


def _aside(noun: Token, speech: frozenset[str]) -> bool:
    """Whether a role noun introduces someone quoted or cited ("said Republican strategist X",
    "X, a Democratic consultant, said", "a line from the strategist X"): a commentator, not
    necessarily anyone's staff."""
    current = noun
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ in ("from", "to", "about", "like", "than"):
            return True
        if current.dep_ in ("nsubj", "dobj") and current.head.lemma_.lower() in speech:
            return True
        if current.dep_ not in ("appos", "compound", "conj") or current.head.i == current.i:
            return False
        current = current.head
    return False


_APART = {"respective", "different", "separate"}
_AMONG = ("among", "amongst")
_NO_ONE_RACE = {"reelection", "re-election", "office", "term", "seat"}  # what many run for, each in a race of their own
_TEAMS = {"team", "circle"}  # whose members, said with "include", work for their owner's campaign (a staff may be an office's)
_OF_A_TEAM = {"campaign", "political", "senior", "new", "core", "top", "inner", "reelection", "re-election"}  # not "legal team"
_STAFFED = {"campaign", "team", "operation", "effort", "camp"}  # what one joins as staff
_RUNNING = {"run", "campaign", "seek", "bid", "candidacy", "race", "challenge", "effort", "attempt", "quest", "drive"}


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
        mention = s.of.get(token.i - 1) if token.i else None
        if (mention is not None and s.kinds.get(mention) == "P" and _ORDINAL.fullmatch(token.text) and s.of.get(token.i) is None
                and (token.i + 1 >= len(s.doc) or s.doc[token.i + 1].text in (".", ",", ";") or s.doc[token.i + 1].lower_ in ("with", "and"))):
            holders.setdefault(Arg(mention), token.idx)
    return holders


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
        if token.pos_ in ("VERB", "AUX"):
            if lemma in rel.runs:  # "is running for mayor", "is seeking the Democratic nomination", "ran in the primary"
                prizes = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "in") for o in p.children if o.dep_ == "pobj"]
                prizes += [c for c in token.children if c.dep_ in _OBJECTS and (lemma != "run" or _own(c))]  # "ran his own campaign"
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
            elif lemma == "be" and (prize := _in_a_race(token, rel)) is not None:  # "A and B are also in the race"
                people = _subjects(token, s)
                also = _also(token) and prize.lemma_.lower() in _INCLUSIVE_RACES
                prize = None if also else prize
            elif lemma in rel.staying:  # "decided to remain in the race"
                prize = _in_a_race(token, rel)
                people = _subjects(token, s) if prize is not None else []
            elif lemma in rel.polling and (prize := next((c for c in token.children if c.dep_ in _OBJECTS
                                                            and c.lemma_.lower() in rel.fields | _LED), None)) is not None:
                people = _subjects(token, s)  # "X leads the crowded field", "tops the pack", "trails the other candidates"
            elif lemma in rel.choosing and (prize := _chosen_for(token, rel)) is not None:  # "endorsed X for mayor", "backed X in the primary"
                people = [a for c in token.children if c.dep_ in _OBJECTS | _PASSIVE_SUBJECTS for a in s.args(c, "P")]
            elif lemma == "throw" and any(c.dep_ in _OBJECTS and c.lower_ == "hat" for c in token.children):
                people = _subjects(token, s)  # "X threw her hat into the ring": a stand in the race the article tells of
            elif lemma in rel.entering or lemma in rel.announcing or lemma in rel.results:  # "entered the race", "announced her
                # candidacy for governor", "won the Democratic primary", "clinched the nomination"
                words = _RUNNING if lemma in rel.announcing else rel.nouns | rel.prizes | _RUNNING
                if lemma in rel.entering and lemma not in rel.announcing | rel.results:
                    words = words - _STAFFED  # who joins a campaign or an effort is on its staff, not in the race
                prize = next((c for c in token.children if c.dep_ in _OBJECTS and c.lemma_.lower() in words), None)
                people = _subjects(token, s) if prize is not None else []
        elif token.pos_ in ("NOUN", "PROPN", "ADJ") and lemma in rel.candidates and token.tag_ in ("NN", "NNP", "JJ") and (
                token.pos_ != "ADJ" or token.dep_ in ("attr", "appos")):  # (a list of candidates may be of many races)
            people, prize = [a for a in _holders(token, s) if a.mention is not None or _personal(a)], token  # "mayoral candidate X", "X is a
            # mayoral hopeful", "the party declared her its candidate"
        elif (token.tag_ == "NNS" and lemma in rel.candidates and token.dep_ == "compound" and token.head.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS
              and s.kinds.get(s.of.get(token.head.i, -1)) == "P"):  # "Mayoral candidates A and B picked up endorsements" (not
            people, prize = [a for a in s.args(token.head, "P") if a.mention is not None], token  # "worked for GOP candidates A and B")
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
        elif token.pos_ == "NOUN" and lemma in _CANDIDACY and not any(c.dep_ == "prep" and c.lower_ in ("against", "for", "to") for c in token.children):
            people, prize = [a for c in token.children if c.dep_ == "poss" for a in s.args(c, "P")], token  # "X's presidential bid"
        # a title says what its holder is, whatever the sentence says of them (but "is expected to declare his bid" is a supposition)
        titled = token.pos_ in ("NOUN", "PROPN") and lemma not in _CANDIDACY
        if people and _status(token, triggers, not titled, contest=True) == "asserted" and not _former(token, triggers) and not _would(token, triggers):
            words = " ".join(t.text for t in prize.subtree) if prize is not None and not where else ALSO if also else ""
            if lemma in rel.announcing and prize is not None and not any(c.dep_ == "prep" for c in prize.children):
                words = ""  # "X announced her campaign": a standing in the race the article tells of
            words += "".join(f" {o.text}" for p in token.children if p.dep_ == "prep" for o in p.children if YEAR.fullmatch(o.text))  # "ran in 2016"
            found += [(a, words) for a in people if a.mention is None or s.kinds.get(a.mention) == "P"]
    found += [(a, "") for a in standing]
    return found + _listed_as_in_the_race(s, rel)


def _listed_as_in_the_race(s: _Sentence, rel: RelationTriggers) -> list[tuple[Arg, str]]:
    """The people a colon lists after words that say they are in a race: "Also in the race: A,
    a businessman; B; and C", "Others in the running: A and B"."""
    colon = next((t for t in s.tokens if t.text == ":"), None)
    if colon is None or not any(t.lower_ == "in" and t.i + 2 < colon.i and s.doc[t.i + 1].lower_ == "the"
                                and s.doc[t.i + 2].lemma_.lower() in rel.nouns | rel.fields | {"running"} for t in s.doc[: colon.i]):
        return []
    listed = dict.fromkeys(s.of[t.i] for t in s.doc[colon.i + 1 :] if t.i in s.of and s.kinds.get(s.of[t.i]) == "P")
    return [(Arg(m), "") for m in listed]


_OF_AN_OFFICE = {"state", "district"}  # party labels that may say which office: "state senator", "district attorney"
_OF_A_LEADER, _LEADERS = {"majority", "minority"}, {"leader", "whip"}  # and of a leader's: "Majority Leader", "Minority Whip"
_ELECTORATE = {"voter", "resident", "supporter", "constituent", "delegate", "follower", "fan", "everyone", "people", "citizen", "respondent"}
_PLACE_WORDS = {"PROPN", "NUM", "ADJ", "DET", "NOUN"}  # the words of a place said after a name: "in New York's 17th District"
_FEATURING = {"feature", "include"}  # whose subject, a race, has its objects stand in it: "the race also features X"
_ELECTIONS = {"election", "general", "caucus", "caucuses", "balloting", "count"}  # said "in": "meet B in the November election"
_LED = {"race", "pack", "primary"}  # what a verb of polling leads, besides a field: "X leads the race"
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
# (the recognizer, which would tag ordinals, does not run on every sentence)
_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|\d+(?:st|nd|rd|th))", re.IGNORECASE)


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
    primary", "ended his bid", "suspended her campaign"."""
    races = rel.nouns | _RUNNING
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    objects += [o for p in _prep_children(verb) if p.lower_ in ("of", "from", "out") for o in _prep_objects(p)]
    return any(o.lemma_.lower() in races for o in objects)


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


def _passive_subjects(verb: Token, s: _Sentence) -> list[Arg]:
    """Whom a passive verb is done to: "X was expelled from the party"."""
    return [a for c in verb.children if c.dep_ in _PASSIVE_SUBJECTS for a in s.args(c, "P")]


def _misattached_subject(verb: Token, s: _Sentence) -> list[Arg]:
    """The subject of a second clause that the parse hangs elsewhere: "A placed fifth in the
    election and B finished sixth", where B is parsed as joined to "election" and "finished" has
    no subject of its own. The name right before a finite verb without a subject, itself after
    "and", "but" or a comma, and no verb's subject, is the verb's."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))
    subjectless = not any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | {"expl"} for c in verb.children)
    # (a main clause, or one reported by words after it: "In a blow to A, B, who won, has joined C, the paper reported")
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBD", "VBP") for c in verb.children)  # "has joined"
    if (finite or perfect) and subjectless and (verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.i > verb.i)):
        if appositions := _apposed_to_an_opening(verb, s):
            return appositions
    if not finite or verb.dep_ not in ("conj", "advcl", "ccomp", "parataxis") or not subjectless:  # ("will be")
        return []
    name = _word_right_before(verb)
    if name is None:
        return []
    if name.text == ",":  # "as B, the district's leader, resigned": the name the aside is said of
        name = next((t.head for t in verb.doc[: name.i] if t.dep_ == "appos" and t.right_edge.i == name.i - 1), name)
    mention = s.of.get(name.i)
    if mention is None or s.kinds.get(mention) != "P" or name.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS:
        return []
    first = name
    while first.i > 0 and (s.of.get(first.i - 1) == mention or (s.of.get(first.i - 1) is None and _titling(verb.doc[first.i - 1]))):
        first = verb.doc[first.i - 1]  # (and its titles: "and Cllr B will be")
    before = verb.doc[first.i - 1] if first.i else None
    if before is None or not (before.lower_ in ("and", "but", ",", ";") or (before.lower_ == "as" and name.head == before)):
        return []  # ("the poll was called as B resigned": "as" parsed as B's preposition)
    return [Arg(mention)]


def _word_right_before(verb: Token) -> Token | None:
    """The word right before a verb and its auxiliaries."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("advmod", "aux", "neg") and verb.doc[i].head == verb:
        i -= 1
    return verb.doc[i] if i >= 0 else None


def _apposed_to_an_opening(verb: Token, s: _Sentence) -> list[Arg]:
    """The subject of a sentence's main verb that the parse puts in apposition to the last name of
    an opening phrase (or joins to it): "With the support of A, B entered the race", B parsed as
    A's apposition."""
    name = _word_right_before(verb)
    if name is not None and name.text == ",":  # "B, who won the seat, has joined": the apposition's aside ends there
        name = next((t for t in verb.doc[: name.i] if t.dep_ in ("appos", "conj") and t.right_edge.i == name.i - 1), None)
    mention = s.of.get(name.i) if name is not None else None
    if mention is None or s.kinds.get(mention) != "P" or name.dep_ not in ("appos", "conj"):  # (or a second item)
        return []
    opening = verb.sent[0]
    first = min(name.left_edge.i, *(i for i, m in s.of.items() if m == mention))  # (and the words describing B)
    within = opening.dep_ == "prep" and name.head in opening.subtree  # ("With" parsed as a mark: its phrase is the subject)
    within = within or (opening.dep_ == "mark" and any(c.dep_ in _SUBJECTS and name.head in c.subtree for c in verb.children))
    return [Arg(mention)] if within and opening.head == verb and verb.doc[first - 1].text == "," else []


def _subjects(verb: Token, s: _Sentence) -> list[Arg]:
    """Who does what the verb says: its subject; else that of the verb it depends on ("wants to
    endorse", "and endorsed"); else, for a relative clause, the noun it qualifies."""
    misattached = _misattached_subject(verb, s)
    if misattached:
        return misattached
    running = _running_before(verb)
    if running is not None and (owners := [a for c in running.children if c.dep_ == "poss" for a in s.args(c)]):
        return owners  # "endorsed X in his race to unseat Y", "to unseat" parsed as the endorsement's aim: his
    inverted = [o for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be" for o in c.children if o.dep_ in ("attr", "nsubj")]
    if verb.tag_ == "VBG" and verb.i == verb.sent.start:  # "Endorsing B were A and C", A parsed as a second object
        inverted += [o for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > verb.i
                     for o in verb.children if o.dep_ in _OBJECTS and o.i > c.i]  # fmt: skip
    if verb.dep_ == "csubj" and verb.head.lemma_ == "be":
        inverted += [o for o in verb.head.children if o.dep_ == "attr"]
    if inverted and not any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in verb.children):
        return [a for o in inverted for a in s.args(o)]  # "Also running are A and B", "Joining X in the race are A and B"
    current = verb
    for _ in range(4):
        wanted = _SUBJECTS if current is verb else _SUBJECTS | _PASSIVE_SUBJECTS  # "is expected to endorse"
        subject_words = [c for c in current.children if c.dep_ in wanted]
        if subject_words and all(w.lower_ in _PLURAL_PRONOUNS for w in subject_words):
            # "A and B announced they will stand and both endorsed C"; else those of the sentence before ("... Both backed C")
            return _plural_antecedent(current, s) or [Arg(None, w.idx, plural=True) for w in subject_words[:1]]
        subjects = [a for c in subject_words for a in s.args(c) or _members_body(c, s)]
        subjects += [a for c in subject_words for a in _included(c, s) if a not in subjects]
        if subjects:
            return list(dict.fromkeys(subjects + [a for w in [current, *subject_words] for a in _companions(w, s)]))
        if subject_words and not any(w.lower_ in _RELATIVE for w in subject_words):
            # a clause whose own subject names no one: "X ran as a Republican, while the others were Democrats";
            # but "Several ministers have backed B, as has A": A did
            return [a for a in _companions(current, s) if a.mention is not None]
        owners = [c for c in current.head.children if c.dep_ == "poss"] if current.dep_ == "acl" else []
        if owners and (current.head.lemma_.lower() in _RUNNING or any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)):
            # "her effort to unseat X", "his bid to replace X", "A's decision to accept the endorsement of B"
            return [a for c in owners for a in s.args(c)]
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.lemma_.lower() in _STATEMENTS:
            said = current.head.head.head if current.head.dep_ == "pobj" else current.head.head
            someone_elses = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
                                for c in [*current.head.children, *current.children])  # "a statement (endorsing B) from C"
            if current.head.dep_ in _OBJECTS | {"pobj"} and said.pos_ == "VERB" and not someone_elses:
                current = said  # "A said in a statement endorsing B", "A released a video endorsing B": A's
                continue
            break
        if current.dep_ == "acl" and current.head.dep_ in _OBJECTS | {"attr"}:  # "has no plans to endorse"
            current = current.head.head
            continue
        if current.dep_ == "acl" and current.head.dep_ in _SUBJECTS and current.head.head.lemma_.lower() in ("include", "be"):
            # "names supporting him include A and B"
            listed = [a for c in current.head.head.children if c.dep_ in ("dobj", "attr") for a in s.args(c)]
            return listed + [a for a in _named_after(current.head.head, s) if a not in listed] if listed else []
        if current.dep_ in ("acl", "relcl") and not s.args(current.head) and (group := _one_of_a_group(current.head, s)):
            return group  # "A is among the Democrats backing B", "A is one of the senators who endorsed B"
        hired_to = current.dep_ == "advcl" and current.head.lemma_.lower() in s.hiring and any(c.lower_ == "to" for c in current.children)
        if current.dep_ == "xcomp" or hired_to:  # "hired X to run", "turned to X to run", "called on X to run": X does it
            head = current.head
            controller = [a for c in head.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
            controller = controller or [a for c in head.children if c.dep_ in _PREPS and c.lower_ in ("to", "on")
                                        for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
            # (but "A defeated B to become mayor": A becomes it; "challenged B to debate" is B's to do)
            if controller and (head.lemma_.lower() not in s.beating or head.lemma_.lower() == "challenge"):
                return controller
        if current.dep_ == "conj" and (shared := _misattached_subject(current.head, s)):
            return shared  # "as B resigned from Congress and joined the BJP": B joined too
        if current.dep_ in ("xcomp", "conj", "advcl", "acomp") and current.head != current:
            current = current.head  # ("Also running are A and B", "running" parsed as what "are" says of them)
            continue
        if current.dep_ == "dep" and current.tag_ in ("VBD", "VBZ", "VBP") and current.head.pos_ in ("VERB", "AUX") and current.head.i < current.i:
            current = current.head  # "X spoke in Dayton, then flew to Toledo to ...", a verb of X's parsed as loosely joined
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":  # "After campaigning for X, Y ..."
            if current.head.lower_ == "in" and current.head.head.lemma_.lower() in _ALONG:  # "X follows A in joining B": A too
                along = current.head.head
                return list(dict.fromkeys(_subjects(along, s) + [a for c in along.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]))
            governor = current.head.head
            if current.head.lower_ == "for":  # "Y attacked X for endorsing B", "X's decision for endorsing B": X did
                doers = [a for c in governor.children if c.dep_ in _OBJECTS | {"poss"} for a in s.args(c, "PO")]
                if doers:
                    return doers
            reaction = governor.lemma_.lower() in _REACTIONS and governor.dep_ in _OBJECTS
            current = governor.head if reaction else governor  # "X made headlines (drew criticism) for endorsing B"
            if current.dep_ == "pobj" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
                current = current.head.head  # "X made headlines before the election for endorsing B", "for" hung on the election
            continue
        if current.dep_ == "relcl" and current.head.dep_ == "attr" and _in_a_row(current.head) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return [a for a in s.args(current.head) if a.mention is not None] or _subjects(current.head.head, s)  # "A is the latest (senator) to endorse B"
        if current.dep_ == "relcl":
            found = s.args(current.head)
            if (not found and current.head.dep_ == "attr" and current.head.head.lemma_ == "be"
                    and any(c.dep_ in _SUBJECTS and c.lower_ in _RELATIVE for c in current.children)):
                found = _subjects(current.head.head, s)  # "A is a strategist who helped guide B's campaign": A
            if current.head.dep_ == "appos" and not any(a.mention is not None and s.kinds.get(a.mention) == "P" for a in found):
                found = s.args(current.head.head, "P") or found  # "A, a former Democrat who is now a Republican": A
            if not found and current.head.dep_ in _SUBJECTS and current.head.head.lemma_.lower() == "be" and current.head.lower_ not in _GROUP_WORDS:
                # "the nine people who have picked forms to contest the post are A; B; ...": the people listed
                copula = current.head.head
                listed = [a for c in copula.children if c.dep_ == "attr" for a in s.args(c, "P")]
                found = listed + [a for a in _named_after(copula, s) if a not in listed]
            return found
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.dep_ == "attr" and _plural(current.head) and current.head.head.lemma_ == "be":
            return _subjects(current.head.head, s)  # "A, B and C are the Democrats running to replace X"
        if current.dep_ == "acl" and current.tag_ == "VBG" and (doers := s.args(current.head, "P")):
            return doers  # "A, another contender hoping to take on X": the contender, A
        if (current.dep_ == "acl" and current.tag_ in ("VBD", "VBN") and current.head.dep_ == "ROOT" and not any(c.dep_ == "agent" for c in current.children)
                and s.kinds.get(s.of.get(current.head.i, -1)) == "P"):
            return s.args(current.head)  # "Reyes defected to the GOP", the name misparsed as a noun the verb qualifies (not "X, backed by Y")
        break
    return []


def _listed_after_a_comma(noun: Token, s: _Sentence) -> list[Arg]:
    """Two or more people listed right after a noun and a comma, nothing but "," and "and" between
    them, and the list closed by a comma or the sentence's end: "two former rivals, A and B, in"."""
    found: list[int] = []
    i = noun.i + 2 if noun.i + 2 < len(s.doc) and s.doc[noun.i + 1].text == "," else len(s.doc)
    while i < len(s.doc):
        mention = s.of.get(i)
        if mention is None or s.kinds.get(mention) != "P":
            break
        found.append(mention)
        while i < len(s.doc) and s.of.get(i) == mention:
            i += 1
        if i + 1 < len(s.doc) and (s.doc[i].lower_ == "and" or (s.doc[i].text == "," and s.doc[i + 1].lower_ == "and")):
            i += 1 if s.doc[i].lower_ == "and" else 2
        elif i < len(s.doc) and s.doc[i].text == ",":
            i += 1
        else:
            break
    closed = i >= len(s.doc) or s.doc[i].text in (",", ".", ";") or s.doc[i - 1].text == ","
    return [Arg(m) for m in dict.fromkeys(found)] if len(found) > 1 and closed else []


def _named_after(copula: Token, s: _Sentence) -> list[Arg]:
    """The people a list after "are" or "include" names, where asides of place and office break
    it up for the parser ("are A from the X constituency, B, C, the Deputy Minister and MP for Y,
    D, representing Z, ..."): every person named after the verb, but one named as an owner
    ("A's") or inside a clause of its own."""
    found: list[Arg] = []
    for token in s.doc[copula.i + 1 :]:
        mention = s.of.get(token.i)
        if mention is None or s.kinds.get(mention) != "P" or s.of.get(token.i - 1) == mention or Arg(mention) in found:
            continue
        end = token.i
        while end + 1 < len(s.doc) and s.of.get(end + 1) == mention:
            end += 1
        owner = end + 1 < len(s.doc) and s.doc[end + 1].text in ("'s", "’s")
        clause = any(a.dep_ in ("relcl", "advcl", "ccomp", "conj") and a.pos_ in ("VERB", "AUX") and a != copula
                     for a in token.ancestors if a.i > copula.i)  # fmt: skip
        if not owner and not clause:
            found.append(Arg(mention))
    return found


def _in_a_row(noun: Token) -> bool:
    """Whether a noun (or adjective) says a place among others who did the same: "the latest",
    "the first senator", "the only Democrat" (not "the best person")."""
    words = [noun, *(c for c in noun.children if c.dep_ == "amod")]
    return any(_ORDINAL.fullmatch(w.text) or w.lower_ in ("latest", "newest", "only", "next") for w in words)


def _echoes(s: _Sentence) -> list[tuple[Arg, bool]]:
    """Who a sentence says does what was said just before: "So did B", "B did the same", "B
    followed suit", "B has too", "B did as well"; "A endorsed X, and B followed" (True: in this sentence)."""
    found: list[tuple[Arg, bool]] = []
    for verb in s.tokens:
        if verb.dep_ not in ("ROOT", "conj") or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        done = [c for c in verb.children if c.dep_ in _OBJECTS | {"attr", "acomp", "xcomp", "ccomp", "prt"}]
        said = [w.lower_ for w in done]
        if lemma == "do" and said == ["same"] or lemma == "follow" and said == ["suit"]:
            same = False
        elif lemma == "follow" and not done and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            same = True  # "A endorsed X Monday, and B followed on Tuesday"
        elif lemma in ("be", "do", "have") and verb.dep_ == "ROOT" and not done and (
                (verb.i == 1 and verb.nbor(-1).lower_ == "so") or any(c.lower_ in ("too", "well") for c in verb.children)):
            same = False
        else:
            continue
        found += [(a, same) for c in verb.children if c.dep_ in _SUBJECTS for a in s.args(c, "P") if a.mention is not None]
    return found


def _verb_of(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition: "won the nomination",
    "running in the primary"."""
    if noun.dep_ in _OBJECTS and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _running_before(verb: Token) -> Token | None:
    """The noun of running written just before a verb's "to" ("his race to unseat Y"), when the parse
    hangs the verb elsewhere."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.i < 2 or verb.nbor(-1).lower_ != "to":
        return None
    noun = verb.nbor(-2)
    return noun if noun.lemma_.lower() in _RUNNING and noun.pos_ == "NOUN" and verb.head != noun else None


def _included(noun: Token, s: _Sentence) -> list[Arg]:
    """The people a group noun of a subject says it includes: "a number of UNP stalwarts including
    A, B and C broke away" (the "including" on the noun, or on the plural noun of its "of")."""
    groups = [noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")]
    return [a for g in groups if _plural(g) and s.of.get(g.i) is None for c in g.children if c.dep_ == "prep" and c.lower_ == "including"
            for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P") if a.mention is not None]


def _members_body(noun: Token, s: _Sentence) -> list[Arg]:
    """The organization whose members act as one: "the 58 members of the X Association endorsed B" (by their vote)."""
    if noun.lemma_.lower() != "member" or noun.tag_ != "NNS":
        return []
    return [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
            for a in s.args(o, "O") if a.mention is not None]  # fmt: skip


def _plural(noun: Token) -> bool:
    """A plural noun, or one the tagger takes for a singular: a name ("Democrats" as NNP), initials
    ("Eleven MPs from PKR")."""
    return (noun.tag_ in ("NNS", "NNPS") or (noun.tag_ == "NNP" and noun.lower_.endswith("s"))
            or (len(noun.text) > 2 and noun.text.endswith("s") and noun.text[:-1].isupper()))


def _a_number(word: Token) -> bool:
    """Whether a word counts some of a group: "two (of the councillors)", "one", "several"."""
    return word.tag_ == "CD" or word.lower_ in _SOME


def _one_of_a_group(noun: Token, s: _Sentence) -> list[Arg]:
    """Who is said to be one of the group a plural noun names: "A was among the Republicans",
    "A is one of several senators", "A, one of the senators"; and who "along with" A ("A is one of
    three Republicans vying for the seat, along with B and C")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in (*_AMONG, "of"):
        return []
    head = noun.head.head
    if noun.head.lower_ in _AMONG:
        return _subjects(head, s) if head.pos_ in ("VERB", "AUX") else s.args(head)
    if not (_a_number(head) or head.tag_ == "JJS" or any(c.tag_ in ("JJS", "RBS") for c in head.children)):
        return []  # (but "the best known of three Republicans")
    if head.dep_ in ("attr", "nsubj"):
        return _subjects(head.head, s) + _companions(head, s) if head.dep_ == "attr" else []
    return s.args(head.head) if head.dep_ == "appos" else []


def _group_includes(said: Token, s: _Sentence) -> list[Arg]:
    """Who the group in apposition to what is said of someone includes: "..., a group that also
    includes B and C" (the group parsed as a second attribute of the copula, or in apposition)."""
    verb = said.head if said.dep_ in ("attr", "acomp") else said
    groups = [c for c in (*verb.children, *said.children) if c.dep_ in ("attr", "appos") and c.lemma_.lower() in ("group", "field") and c != said]
    return [a for g in groups for r in g.children if r.dep_ == "relcl" and r.lemma_.lower() == "include"
            for o in r.children if o.dep_ == "dobj" for a in s.args(o, "P") if a.mention is not None]


_PLURAL_PRONOUNS = {"they", "both", "all", "each"}
_WON_FOR = {"victory", "win", "campaign", "candidacy", "bid", "run"}  # "X's victory for the Liberals": X stood for them
_SOME = {"some", "several", "many", "most", "few", "both", "all", "each", "none"}


def _plural_antecedent(verb: Token, s: _Sentence) -> list[Arg]:
    """The two or more people named as the subject of a clause above `verb`, whom its "they" or
    "both" means."""
    current = verb
    for _ in range(4):
        if current.dep_ not in ("conj", "ccomp", "xcomp", "advcl") or current.head == current:
            return []
        current = current.head
        named = [a for c in current.children if c.dep_ in _SUBJECTS for a in s.args(c) if a.mention is not None]
        if len(named) > 1:
            return named
    return []


def _one_field(noun: Token, rel: RelationTriggers) -> bool:
    """Whether a noun for candidates names those of one contest: "the candidates for mayor", "in
    the primary", "the two finalists", "the field", "the candidates vying to replace X"."""
    if noun.lemma_.lower() in ("field", "finalist", "front-runner", "frontrunner"):  # (finalists are those of one contest's
        # last round, front-runners those leading one)
        return True
    if noun.tag_ != "NNS" or any(t.lower_ == "respectively" for t in noun.sent):
        return False  # ("the party's candidates in those seats are A, B and C respectively": one each)
    return any(
        (c.dep_ == "prep" and c.lower_ in ("for", "in")) or (c.dep_ == "nummod" and c.lower_ in _FEW)
        or (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in rel.together) for c in noun.children
    )  # fmt: skip


_FEW = {"two", "three", "four", "five", "six", "2", "3", "4", "5", "6"}


def _field_people(noun: Token, s: _Sentence) -> list[Arg]:
    """The people a noun for candidates lists: its appositions ("the candidates, A and B"), what it
    includes or is ("the candidates include A and B"), or what is said to be it ("A and B are the
    candidates")."""
    found = [a for a in s.args(noun, "P") if a.mention is not None]
    head = noun.head
    if noun.dep_ in _SUBJECTS and head.lemma_.lower() in ("include", "be", "feature"):
        found += [a for c in head.children if c.dep_ in ("dobj", "attr") for a in s.args(c, "P")]
    if noun.dep_ == "attr" and head.lemma_.lower() == "be":
        found += _subjects(head, s)
    if noun.dep_ == "pobj" and head.lower_ in _AMONG and head.head.lemma_.lower() == "be":
        found += _subjects(head.head, s)  # "A, B and C are among the candidates vying to replace X"
    # "Five candidates are standing, among them three heavyweights — A; B and C"
    found += [a for t in noun.sent if t.lower_ in _AMONG and t.dep_ == "prep" and any(o.lower_ in _GROUP_WORDS for o in t.children)
              for w in (t.head, *(c for c in t.head.children if c.dep_ == "appos")) for a in s.args(w, "P") if a.mention is not None]  # fmt: skip
    # "out of a field of nine candidates, including X": those it includes, and who came out of it
    words = [noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")]
    included = [a for w in words for c in w.children if c.dep_ == "prep" and c.lower_ in _INCLUDING
                for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
    included += [a for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _INCLUDING
                 for o in c.children if o.dep_ in _OBJECTS for a in s.args(o, "P")]  # "a crowded field that includes A and B"
    if included:
        found += included
        verb = noun.head
        while verb.dep_ in ("prep", "pobj") and verb.head != verb:
            verb = verb.head
        if verb.pos_ == "VERB":
            found += _subjects(verb, s)
    return [a for a in dict.fromkeys(found) if a.mention is not None]


def _titling(token: Token) -> bool:
    """A word of a title or description before a name: "former community safety minister",
    "chair of the ... Group", "Indiana's"."""
    return (token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and not token.tag_.startswith("VB")) or token.lower_ in ("of", "the", "'s", "-")


def _across_clauses(a: Token, b: Token) -> bool:
    """Whether a semicolon stands between two tokens."""
    return any(t.text == ";" for t in a.doc[min(a.i, b.i) : max(a.i, b.i)])


def _gapped(verb: Token, s: _Sentence) -> Iterator[tuple[str, list[Arg], list[Arg]]]:
    """A passive verb left out of a second clause: "A was endorsed by X; B by Y and Z" (B parsed
    as a clause of the verb, or as an apposition of A)."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return
    others = [c for c in verb.children if c.dep_ in ("dep", "conj", "parataxis")]
    others += [a for c in verb.children if c.dep_ in _PASSIVE_SUBJECTS for a in c.children if a.dep_ == "appos" and _across_clauses(c, a)]
    for other in others:
        if other.i > verb.i and s.of.get(other.i) is not None:
            agents = [a for c in other.children if c.dep_ == "prep" and c.lower_ == "by"
                      for o in c.children if o.dep_ == "pobj" for a in s.args(o)]  # fmt: skip
            if agents:
                yield "verb", agents, s.args(other)


def _companions(word: Token, s: _Sentence) -> list[Arg]:
    """The people "along with" or "together with" joins to a subject ("X, along with Y, endorsed
    Z"), or "as did" to a verb ("X endorsed Z, as did Y", "X has endorsed Z, as have Y and W")."""
    found = _along_with(word, s)
    for c in word.children:
        echoing = c.lemma_.lower() in ("do", "have", "be") or any(  # ("as has outgoing Prime Minister A": the
            a.dep_ == "aux" and a.lemma_.lower() in ("do", "have", "be") and a.i < c.i for a in c.children)  # adjective taken for the verb)
        if c.dep_ == "advcl" and echoing and any(m.lower_ == "as" for m in c.children):
            doers = [o for o in c.children if o.dep_ in _SUBJECTS] or [o for o in c.children if o.dep_ in _OBJECTS]
            found += [a for o in doers for a in s.args(o)]  # ("as have A and B" parsed as what "have" has)
    # "X has come out for her, as well as Y": a name the parser joins to the verb itself
    if _given_by_named(word):
        return found  # "X has the support of A, and four ministers (B, C)": the names the parser joins to the verb are givers
    return found + [a for c in word.children if c.dep_ in ("conj", "npadvmod") and c.pos_ in ("PROPN", "NOUN") and word.pos_ in ("VERB", "AUX")
                    and any(m.dep_ == "cc" and m.i < c.i for m in word.children) for a in s.args(c)]  # fmt: skip


def _along_with(word: Token, s: _Sentence) -> list[Arg]:
    """The people "along with" or "together with" joins to a word: "X, together with Y,"."""
    withs = [w for c in word.children if c.dep_ == "prep" and c.lower_ in ("along", "together") for w in c.children
             if w.dep_ == "prep" and w.lower_ == "with"]
    withs += [c for c in word.children if c.dep_ == "prep" and c.lower_ == "with"
              and any(a.dep_ == "advmod" and a.lower_ == "together" for a in c.children)]  # ("together" parsed under "with")
    return [a for w in withs for o in w.children if o.dep_ == "pobj" for a in s.args(o)]


def _given_by_named(verb: Token) -> bool:
    """Whether a verb's object names who gives it: "has the support of A", "won endorsements from A"."""
    return any(o.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ in ("of", "from") for p in o.children) for o in verb.children)


def _contact_clause_subject(verb: Token, s: _Sentence) -> Token | None:
    """The subject of a finite verb in a relative clause without "that", which the parser took for
    the noun the clause qualifies ("A is the only Democrat B backed": "the only Democrat B", then
    "backed" hung on it or on "is"): a name with a determiner of its own."""
    if verb.tag_ != "VBD" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "attr" and not any(c.dep_ in _SUBJECTS | {"agent"} for c in verb.children):
        name = verb.head
    elif verb.dep_ == "ccomp" and verb.head.lemma_ == "be" and any(c.dep_ == "nsubj" for c in verb.head.children):
        name = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        return None
    named = name is not None and s.kinds.get(s.of.get(name.i, -1)) == "P"
    return name if named and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in name.children) else None


def _verb_args(verb: Token, s: _Sentence) -> tuple[list[Arg], list[Arg]]:
    passive = any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
    by = [c for c in verb.children if c.dep_ == "agent"]
    by += [c for b in by for c in b.children if c.dep_ == "conj" and c.lower_ == "by"]  # "by A and by B"
    if passive and not by:  # "B was proposed as leader by A", the "by" hung on the role
        by = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
              for c in o.children if c.dep_ == "prep" and c.lower_ == "by"]  # fmt: skip
    # (a party too, named as one: "backed by the PTI", not "backed by establishment Republicans")
    agents = [a for c in by for obj in c.children if obj.dep_ == "pobj" for a in s.args(obj, "PO" if _plural(obj) else "POG")]
    if agents:  # "B was endorsed by A, along with C" (but "B was endorsed by A, as was C": C endorsed too)
        agents += [a for a in _along_with(verb, s) if a not in agents and a.mention is not None]
    # "Trump-backed": the name before the hyphen
    agents += [
        a for c in verb.children
        if c.dep_ in ("npadvmod", "compound", "nmod", "nsubj") and c.i < verb.i and c.nbor(1).text in "-–"
        for a in s.args(c, "PO" if _plural(c) else "POG")
    ]  # fmt: skip
    if not agents and verb.i > 0 and verb.nbor(-1).text in "-–":  # the name parsed apart from the verb ("the X Party (XP)-backed candidate")
        agents = [Arg(m) for m in s.tokens_of if s.after_a_hyphen(m) == verb and s.same.get(m, m) == m and s.kinds.get(m) in ("P", "O", "G")]
    if (name := _contact_clause_subject(verb, s)) is not None:  # "A is the only Democrat B backed": B backed A
        return s.args(name), _subjects(verb.head.head if verb.dep_ == "acl" else verb.head, s)
    if verb.dep_ in ("acl", "amod") and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and by)):  # "a challenger backed by X", "X-backed Y"
        nouns = [verb.head]
        while nouns[-1].dep_ in ("amod", "compound", "nmod") and s.of.get(nouns[-1].i) is None and nouns[-1].head.i != nouns[-1].i:
            nouns.append(nouns[-1].head)  # "Trump-endorsed incumbent Rep. X": "incumbent" qualifies X
        noun = nouns[-1]
        if not agents and verb.dep_ == "amod" and verb.i < noun.i:  # "Trump's endorsed candidate (X)"
            agents = [a for n in nouns for c in n.children if c.dep_ == "poss" for a in s.args(c)]
        return agents, _noun_people(noun, s)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and agents and not passive:  # "Backed by X, Y won"
        return agents, _subjects(verb.head, s)
    if not passive and by and verb.dep_ == "conj" and any(c.dep_ in _PASSIVE_SUBJECTS for c in verb.head.children):
        verb, passive = verb.head, True  # "B was proposed by A and seconded by C": B, seconded too
    if passive:  # ("B's bid was endorsed by A": B's)
        return agents, [a for c in verb.children if c.dep_ in _PASSIVE_SUBJECTS for a in (s.args(c) or _owner_of_campaign(c, s))] or (
            s.args(verb.head) if verb.dep_ == "relcl" else _named_right_before(verb, s)
        )
    objects = [a for c in verb.children if c.dep_ in _OBJECTS and c.left_edge.lower_ not in ("over", "against")
               for a in (s.args(c) or _owner_of_campaign(c, s))]  # ("endorsed A over three rivals, including B", misparsed)
    if not objects:  # "would back Tom Reed", the name parsed as an adverb of "back"
        objects = [a for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i for a in s.args(c, "P") if a.mention is not None]
    if not objects:
        objects = _titled_object(verb, s)
    if not objects and verb.dep_ == "relcl" and any(c.dep_ in _OBJECTS and c.lower_ in _RELATIVE for c in verb.children):
        objects = s.args(verb.head)
    if verb.dep_ == "relcl" and not objects and not any(c.lower_ in _RELATIVE and c.dep_ in _SUBJECTS for c in verb.children):
        objects = _noun_people(verb.head, s)  # "the candidate (whom) he endorsed", "A is the only Democrat he backed"
    return _subjects(verb, s) or _party_as_subject(verb, s), objects


def _named_right_before(verb: Token, s: _Sentence) -> list[Arg]:
    """The person named right before a passive verb's "was" that the parser gave it no subject
    for: "after the Jubilee candidate, X, was endorsed by Y" (X hung elsewhere)."""
    aux = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    i = aux[0].i - 1 if aux else -1
    while i >= 0 and s.doc[i].text == ",":
        i -= 1
    mention = s.of.get(i) if i >= 0 else None
    return [Arg(mention)] if mention is not None and s.kinds.get(mention) == "P" else []


def _party_as_subject(verb: Token, s: _Sentence) -> list[Arg]:
    """A party named in full or by its initials as the subject, which acts as a body ("the Samajwadi
    Party endorsed X", "Hugpong ng Pagbabago has been supporting X", "the SLPP is supporting X"); not
    its members named in the plural ("Democrats backed X", "the Liberal Democrats")."""
    found = []
    for c in verb.children:
        party = s.of.get(c.i) if c.dep_ in _SUBJECTS else None
        if party is None or s.kinds.get(party) != "G":
            continue
        words = s.tokens_of.get(party, [])
        if (len(words) > 1 and (words[-1].text == "Party" or not words[-1].text.endswith("s"))) or (
                len(words) == 1 and words[0].text.isupper() and len(words[0].text) > 2):  # "The SLPP is supporting X"
            found.append(Arg(party))
    return found


def _titled_object(verb: Token, s: _Sentence) -> list[Arg]:
    """The person a title with "to" names when the parser hangs the "to" on the verb: "defeated
    former Ambassador to Spain X" read as "defeated Ambassador", "to ... X"."""
    for title in (c for c in verb.children if c.dep_ in _OBJECTS and c.tag_ == "NNP" and s.of.get(c.i) is None):
        after = title.doc[title.i + 1] if title.i + 1 < len(title.doc) else None
        if after is not None and after.lower_ == "to" and after.dep_ == "prep" and after.head.i == verb.i:
            return [a for o in after.children if o.dep_ == "pobj" for a in s.args(o, "P") if a.mention is not None]
    return []


def _owner_of_campaign(noun: Token, s: _Sentence) -> list[Arg]:
    return s.owner(noun) if noun.lemma_.lower() in _CAMPAIGN else []


def _noun_people(noun: Token, s: _Sentence) -> list[Arg]:
    """The people a noun phrase names: the noun itself, its apposition, or the subject of "is a"."""
    found = s.args(noun)
    named = any(s.kinds.get(a.mention) == "P" for a in found if a.mention is not None)
    if not named and noun.dep_ in ("attr", "oprd") and noun.head.pos_ in ("AUX", "VERB"):
        found = _subjects(noun.head, s) or found  # ("A is the candidate": A, not the candidate named before; "A is a Republican backed by B")
    if not named and noun.dep_ == "appos" and s.kinds.get(s.of.get(noun.i, -1)) == "G":
        head = s.of.get(noun.head.i)  # "A, a Republican backed by B": A (not who is listed after A)
        found = [Arg(head)] if head is not None and s.kinds.get(head) == "P" else found
    if not named and noun.dep_ == "pobj" and noun.head.lower_ == "as" and (verb := _verb_of_as(noun.head)).pos_ in ("VERB", "AUX"):
        found = [a for a in _subjects(verb, s) if a.mention is not None and s.kinds.get(a.mention) == "P"] or found
        # ("B ran as an independent supported by the Democrats": B)
    if not found and noun.dep_ == "nsubj" and noun.tag_ == "NNS" and noun.head.lemma_ == "be":
        found = [a for c in noun.head.children if c.dep_ == "attr" for a in s.args(c, "P") if a.mention is not None]
        # ("Challengers endorsed by X are A and B")
    return found


def _besides(noun: Token) -> Token | None:
    """The verb of a clause that "In addition to" or "Besides" the noun opens."""
    head = noun.head
    if noun.dep_ != "pobj":
        return None
    if head.lower_ == "besides" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if head.lower_ == "to" and head.head.lower_ == "addition" and head.head.dep_ == "pobj" and head.head.head.lower_ == "in":
        verb = head.head.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


def _noun_args(noun: Token, rel: RelationTriggers, s: _Sentence) -> tuple[list[Arg], list[Arg]]:
    """An endorsement: its giver (possessor, from/by/of) and its receiver (for/to, or the one
    who receives it, or the subject of the clause it qualifies)."""
    givers: list[Arg] = []
    receivers: list[Arg] = []
    possessed = False
    head = noun.head
    received = noun.dep_ in ("dobj", "attr", "conj") and head.lemma_.lower() in rel.receiving
    # "Caron announcing the endorsement of Topp": Topp's, for Caron (but "announced her endorsement of B" gives it)
    received = received or (noun.dep_ == "dobj" and head.lemma_.lower() in rel.giving and _named_by(noun, s, ("of", "from"))
                            and not any(c.dep_ == "poss" for c in noun.children))  # "B announced support from X": B's
    given_by = any(c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and any(s.args(o) for o in c.children if o.dep_ == "pobj")))
                   for c in noun.children)  # "X's endorsement by Y", "X's support from Y": Y's, for X
    received = received or (given_by and noun.dep_ == "dobj" and head.lemma_.lower() in rel.giving)  # "B announced his endorsement from A"
    for child in noun.children:
        if received and child.dep_ == "poss" and child.tag_ == "PRP$" and (_counted(noun) or rel.symmetric):
            continue  # "X received his first union endorsement", "X lost his bout with B": X's own, not a giver's (but "his endorsement" may be)
        if child.dep_ == "poss" and given_by and not rel.symmetric:
            receivers += s.args(child)  # "X's endorsement by Y": X receives it
            continue
        if child.dep_ == "nmod" and noun.dep_ == "dobj" and head.lemma_.lower() in rel.giving and any(c.dep_ == "poss" for c in noun.children):
            receivers += s.args(child, "P")  # "gave A and B its endorsement", A and B parsed as the noun's modifiers
            continue
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.i < noun.i):
            givers += s.args(child)
            possessed = possessed or child.dep_ == "poss"
    in_support = noun.dep_ == "pobj" and head.lower_ == "in" and not rel.symmetric  # "in support (favor) of B": B receives
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if rel.symmetric and _phrase(noun) != noun:  # "a runoff election with B"
        preps += [c for c in _phrase(noun).children if c.dep_ == "prep" and c.i > noun.i]
    if rel.symmetric and noun.dep_ in _SUBJECTS and head.lemma_.lower() == "be":  # "the contest is between A and B"
        preps += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"]
    if rel.symmetric:  # "a win in the Iowa caucus over B", "a battle for the nomination between A and B": hung on the prize
        preps += [p for c in preps if c.lower_ in ("in", "for") for o in c.children if o.dep_ == "pobj"
                  for p in o.children if p.dep_ == "prep" and p.lower_ in ("over", "against", "between")]  # fmt: skip
        preps += [p for p in _between_further(noun) if p not in preps]
    # "the endorsement of B by A": B's, A's act (the "by" may hang on B)
    if not rel.symmetric:
        preps += [p for c in preps if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
                  for w in (o, *(a for a in o.children if a.dep_ == "appos")) for p in w.children
                  if p.dep_ == "prep" and p.lower_ == "by"]  # fmt: skip
    by_named = not rel.symmetric and any(p.lower_ == "by" and any(o.dep_ == "pobj" and s.args(o) for o in p.children) for p in preps)
    for child in preps:
        objects = [a for obj in child.children if obj.dep_ == "pobj"
                   for a in s.args(obj) or (_owner_of_campaign(obj, s) if child.lower_ == "for" and not rel.symmetric else [])]  # fmt: skip
        word = child.lower_  # ("her support for B's candidacy": B's)
        if word in _INCLUDING and noun.tag_ == "NNS" and not rel.symmetric:  # "endorsements from labor, including A and B"
            givers += [a for obj in child.children if obj.dep_ == "pobj" for a in s.args(obj) if a.mention is not None]
        elif word in ("from", "by") or (word == "of" and (received or not possessed) and not in_support and not by_named):
            givers += objects or [a for obj in child.children if obj.dep_ == "pobj" and not _plural(obj) and not rel.symmetric
                                  for a in s.args(obj, "G") if a.mention is not None]  # ("the backing of the UNP")
            givers += [a for obj in child.children if obj.dep_ == "pobj" and not s.args(obj) and obj.tag_ == "NNS"
                       for c in obj.children if c.dep_ == "prep" and c.lower_ in _INCLUDING
                       for one in c.children if one.dep_ == "pobj" for a in s.args(_that_of(one)) if a.mention is not None]  # fmt: skip
            # ("the endorsements of 21 MPs, including (that of) A": A's, one of them)
            if objects:  # "endorsements from A, B and C" with B and C parsed as the noun's own conjuncts (or the verb's)
                givers += [a for c in [*noun.children, *(head.children if received else ())] if c.dep_ == "conj" and c.i > child.i
                           and c.pos_ in ("PROPN", "NOUN") for a in s.args(c) if a.mention is not None]  # fmt: skip
        elif word in ("for", "to", "of", "in", "over", "against", "between", "with"):
            receivers += objects
    if not rel.symmetric and any(p.lower_ == "for" and not any(o.dep_ == "pobj" for o in p.children) for p in preps):
        # "his support for B to become leader": B parsed as the subject of the infinitive the noun has
        receivers += [a for c in noun.children if c.dep_ == "acl" and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)
                      for n in c.children if n.dep_ == "nsubj" and n.i < c.i for a in s.args(n, "P")]  # fmt: skip
    if received and rel.symmetric and not givers and _respective(noun, _subjects(head, s), receivers):
        givers += _subjects(head, s)  # "A and B both face battles against C and D": two sides, each on their own
    elif received and not (by_named and receivers):  # (not "X welcomed the endorsement of B by A": B's)
        receivers += _subjects(head, s)
        if rel.symmetric and not givers:  # "faced a challenge in the primary from B": "from" hung on the primary
            givers += [a for t in head.subtree if t.dep_ == "prep" and t.i > noun.i and _same_clause(t, head) and (
                       (t.lower_ == "from" and (t.head in (head, noun) or t.head.lemma_.lower() in rel.nouns))  # not "with endorsements from B"
                       or (t.lower_ in ("with", "against") and t.head == head and noun.lemma_.lower() in rel.meetings))  # "lost his bout with B"
                       for o in t.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
        elif not givers:  # "winning endorsements from A and B": "from" hung on the verb; "several endorsements ..., including A"
            givers += [a for t in head.children if t.dep_ == "prep" and t.i > noun.i and (t.lower_ in ("from", "of") or (
                       t.lower_ in _INCLUDING and noun.tag_ == "NNS")) for o in t.children if o.dep_ == "pobj" for a in s.args(o)]  # fmt: skip
            if not givers and any(c.lower_ == "of" for c in preps):  # "picked up the endorsement of former board member, business
                # owner and parent advocate A": A hung on the verb, after a list of what A is
                givers += [a for c in head.children if c.dep_ == "conj" and c.i > noun.i and c.pos_ == "PROPN" for a in s.args(c, "PO") if a.mention is not None]
    elif noun.dep_ == "conj" and head.dep_ == "dobj" and head.head.lemma_.lower() in rel.giving and head.lemma_.lower() not in rel.nouns:
        givers += _subjects(head.head, s)  # "gave B an A rating and its endorsement"
        receivers += [a for c in head.head.children if c.dep_ == "dative" for a in s.args(c)]
    elif noun.dep_ in ("dobj", "conj") and head.lemma_.lower() in rel.giving | rel.switching:  # "lent her support to B"
        givers += _subjects(head, s)
        receivers += [a for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "behind")
                      for obj in c.children if obj.dep_ == "pobj" for a in s.args(obj) or _owner_of_campaign(obj, s)]  # fmt: skip
        # ("shifted his support to B's presidential campaign": B's)
        receivers += [a for c in head.children if c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < noun.i)  # "gave B her endorsement"
                      for a in s.args(c, "P")]  # ("gave A and B its endorsement": both parsed as objects)
    elif in_support and (verb := _verb_above(head)) is not None and verb.lemma_.lower() not in rel.judging:
        givers += _subjects(verb, s)  # "came out in support of B", "withdrew from the race in favour of B" (not "the court ruled in favour of B")
    elif rel.symmetric and (verb := _in_a_contest(noun)) is not None and not any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        # (not "X remained neutral in the race between A and B": its sides are said)
        # "A is in a runoff with B", "A, B and C are all on the ballot (paper)", "A is locked in a primary with B",
        # "A and B clinched spots in the runoff", "A and B advanced to a runoff"
        givers += _subjects(verb, s) or _passive_subjects(verb, s) or [a for c in verb.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
    elif (not receivers or (rel.symmetric and not givers)) and (
            (noun.dep_ == "pobj" and head.lower_ in ("with", "without"))
            or (noun.dep_ == "nsubj" and any(c.dep_ == "mark" and c.lower_ in ("with", "without") and c.i < noun.i for c in head.children))):
        clause = head.head if noun.dep_ == "pobj" else head  # (or "With" parsed as the clause's mark, "the support" as its subject)
        if clause.pos_ in ("VERB", "AUX"):  # "With A's endorsement, B won"; "A began with a win over B"
            (givers if receivers else receivers).extend(_subjects(clause, s) if noun.dep_ == "pobj" else _apposed_to_an_opening(clause, s))
            if not rel.symmetric:  # ("With the support of A, B entered the race": B parsed in apposition to A)
                givers = [g for g in givers if g not in receivers]
    elif not rel.symmetric and not receivers and (verb := _besides(noun)) is not None and verb.lemma_.lower() in rel.receiving:
        receivers += _subjects(verb, s)  # "In addition to the support of A, B received ...": B has it too
    if not givers and not rel.symmetric and noun.dep_ in _SUBJECTS and head.lemma_.lower() in _ARRIVING:
        # "Endorsements for B came from A and C", "Endorsements continue to roll in for B, including from A"
        verbs = [head, *(c for c in head.children if c.dep_ == "xcomp" and c.lemma_.lower() in _ARRIVING)]
        preps = [c for v in verbs for c in v.children if c.dep_ == "prep"]
        preps += [p for c in preps if c.lower_ in _INCLUDING for p in c.children if p.dep_ == "prep"]
        givers += [a for c in preps if c.lower_ == "from" or (c.lower_ in _INCLUDING and noun.tag_ == "NNS")
                   for o in c.children if o.dep_ == "pobj" for a in s.args(o)]  # fmt: skip
        if not receivers:
            receivers += [a for c in preps if c.lower_ == "for" for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]
    if not receivers and givers and not rel.symmetric and noun.dep_ in _SUBJECTS:  # "For B, the endorsement of A could provide ..."
        receivers += [a for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < noun.i
                      for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # fmt: skip
    if not receivers and givers and not rel.symmetric and noun.dep_ in _SUBJECTS:  # "endorsements from A helped propel his campaign"
        verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]  # "helped (to) propel his campaign"
        receivers += [a for v in verbs for t in v.children if t.dep_ in _OBJECTS and t.lemma_.lower() in _CAMPAIGN
                      for a in s.owner(t)]  # fmt: skip
        if not receivers and head.lemma_.lower() in _BENEFITING:  # "A's endorsement helped B win", "... boosted B"
            receivers += [a for v in (head, *(c for c in head.children if c.dep_ in ("xcomp", "ccomp"))) for t in v.children
                          if t.dep_ in _OBJECTS or (v != head and t.dep_ == "nsubj") for a in s.args(t, "P")]  # fmt: skip
    if not receivers and givers and not rel.symmetric and noun.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in _BENEFITING:
        boosted = head.head  # "B was boosted by an endorsement from A", "B, buoyed by A's backing,"
        receivers += _passive_subjects(boosted, s) or (s.args(boosted.head, "P") if boosted.dep_ == "acl" else [])
        receivers = receivers or [a for c in boosted.children if c.dep_ in _PASSIVE_SUBJECTS for a in _owner_of_campaign(c, s)]
        # ("B's campaign has been bolstered by the support of A")
    listed = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _LISTS else None
    holder = listed.head if listed is not None else noun  # "B's list of endorsements includes A"
    if holder.dep_ in _SUBJECTS and holder.head.lemma_.lower() in ("include", "be", "feature"):
        givers += [a for c in holder.head.children if c.dep_ in ("dobj", "attr") for a in s.args(c)]
        receivers += [a for c in holder.children if c.dep_ == "poss" for a in s.args(c)]
    outer = head.head if noun.dep_ == "pobj" and head.lower_ in _INCLUDING else None
    if not receivers and outer is not None and outer.lemma_.lower() in rel.nouns:  # "leads with nine endorsements, including nods from A"
        receivers += _noun_args(outer, rel, s)[1]
    if not givers and receivers:  # "X endorsed 81 candidates, including endorsements for A and B"
        verb = None
        for t in noun.ancestors:  # within the noun's own clause: not "unlike those who declared their support for A, X did not"
            if t.pos_ == "VERB" and t.lemma_.lower() in rel.verbs | rel.giving:
                verb = t
                break
            if t.dep_ in ("relcl", "advcl", "ccomp", "csubj", "parataxis", "acl"):
                break
        if verb is not None:
            givers += _subjects(verb, s)
    return givers, receivers


def _that_of(word: Token) -> Token:
    """What "that of X" stands for: X ("including that of X"); any other word itself."""
    if word.lower_ in ("that", "those"):
        return next((o for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), word)
    return word


def _verb_above(prep: Token) -> Token | None:
    """The verb a preposition's phrase tells of, through the nouns and prepositions it hangs on
    ("withdrew from the race in favour of B": withdrew)."""
    current = prep.head
    for _ in range(4):
        if current.pos_ == "VERB":
            return current
        if current.dep_ not in ("pobj", "prep"):
            return None
        current = current.head
    return None


def _between_further(noun: Token) -> list[Token]:
    """A "between" hung deeper in the noun's own phrase: "a fight for the nomination to run for
    chancellor between A and B" (through prepositions and a to-infinitive, no clause of its own)."""
    found = []
    for token in noun.subtree:
        if token.dep_ != "prep" or token.lower_ != "between" or token.head == noun:
            continue
        current = token.head
        while current != noun and (current.dep_ in ("prep", "pobj") or (current.dep_ == "acl" and current.tag_ == "VB")):
            current = current.head
        if current == noun:
            found.append(token)
    return found


def _phrase(noun: Token) -> Token:
    """The noun a noun qualifies, if it does: "paper" of "the ballot paper"."""
    return noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun


def _in_a_contest(noun: Token) -> Token | None:
    """The verb that puts its subject (or object) in the contest a noun names, if one does."""
    phrase = _phrase(noun)
    if phrase.dep_ != "pobj":
        return None
    prep, verb = phrase.head, phrase.head.head
    if prep.lower_ in ("in", "on") and verb.lemma_.lower() in _SPOTS and verb.dep_ in _OBJECTS:
        verb = verb.head  # "clinched spots in the runoff"
    elif prep.lower_ == "to" and verb.lemma_.lower() in _ADVANCING:
        return verb
    elif prep.lower_ not in ("in", "on") or verb.lemma_.lower() not in _IN_A_CONTEST:
        return None
    return verb


def _named_by(noun: Token, s: _Sentence, preps: tuple[str, ...] = ("of",)) -> bool:
    """Whether a noun's "of" (or other `preps`) object is a person or organization: "the
    endorsement of Brian Topp"."""
    return any(a.mention is not None for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
               for o in c.children if o.dep_ == "pobj" for a in s.args(o))  # fmt: skip


def _counted(noun: Token) -> bool:
    """Whether a noun is told as one of a series ("first", "latest", "biggest", "union"
    endorsement): a possessive pronoun on it is the one who gets them."""
    return any((c.dep_ in ("amod", "advmod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in _SERIES))
               or (c.dep_ == "compound" and c.pos_ == "NOUN") for c in noun.children)  # fmt: skip


_SERIES = {"first", "second", "third", "fourth", "fifth", "latest", "last", "new", "another", "only", "next", "1st", "2nd"}


def _same_clause(token: Token, verb: Token) -> bool:
    """Whether no other verb stands between a token and the verb above it."""
    current = token.head
    while current.i != verb.i:
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return False
        current = current.head
    return True


def _verb_of_as(as_: Token) -> Token:
    """The verb an "as" phrase belongs to, also when the parser hangs it on the verb's object
    ("joined X's campaign as a senior adviser")."""
    head = as_.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in _OBJECTS and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def _qualified(token: Token, lemma: str, rel: RelationTriggers) -> bool:
    """Whether a qualified agent noun has its word before it ("campaign manager", "the campaign's
    chairman") or after it ("chairman of the campaign")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ == "staff" for o in c.children) for c in token.children):
        return False  # a chief of staff is staff
    wanted = rel.qualified.get(lemma)
    if wanted is None:
        return True
    if any(c.lemma_.lower() in wanted for c in token.children if c.i < token.i and c.dep_ in ("compound", "amod", "nmod", "poss")):
        return True
    return any(
        o.lemma_.lower() in wanted or any(m.dep_ == "compound" and m.lemma_.lower() in wanted for m in o.children)
        for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
        for o in c.children if o.dep_ == "pobj"
    )  # fmt: skip  ("chairman of the campaign", "chairman of his campaign council")


def _has_role(noun: Token, rel: RelationTriggers) -> bool:
    """Whether a hired noun names one of the relation's roles ("strategist", "pollster")."""
    lemma = noun.lemma_.lower()
    return lemma in rel.agents and _qualified(noun, lemma, rel)


_IN_A_TITLE = {"campaign", "senior", "chief", "top", "lead", "longtime", "deputy", "political", "media", "reelection", "re-election", "'s", "’s"}


def _named_before_title(agent: Token, s: _Sentence) -> list[Arg]:
    """Whose role a title before a name says, read in the word order whatever the parse: the
    person named just before it ("Bolduc campaign senior adviser X", "Trump pollster X")."""
    if s.kinds.get(s.of.get(agent.i + 1, -1)) != "P":
        return []
    i = agent.i - 1
    while i >= 0 and s.of.get(i) is None and s.doc[i].lower_ in _IN_A_TITLE:
        i -= 1
    owner = s.of.get(i) if i >= 0 and i < agent.i - 1 or (i >= 0 and s.doc[i].pos_ == "PROPN") else None
    return [Arg(owner)] if owner is not None and s.kinds.get(owner) == "P" and owner != s.of.get(agent.i + 1) else []


def _role_of_name(name: Token, rel: RelationTriggers) -> bool:
    """Whether a name is given with a role: "strategist Lynton Crosby", "X, a pollster"."""
    for child in name.children:
        if child.dep_ in ("compound", "appos", "amod") and _has_role(child, rel):
            return True
        if child.dep_ == "compound":
            if any(_has_role(grand, rel) for grand in child.children if grand.dep_ in ("compound", "amod")):
                return True
    return False


def _would(token: Token, triggers: Triggers) -> bool:
    """Whether a candidacy is only supposed: "X would run", "X would be a strong candidate" (but
    not "X said she would run", a decision told)."""
    verb = token.head if token.dep_ in ("attr", "acomp", "oprd") else token
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) and not _told_as_decided(verb, triggers)


def _personal(arg: Arg) -> bool:
    """Whether an argument is a personal pronoun to resolve ("her"), not a role ("the party")."""
    return arg.mention is None and arg.pronoun_at is not None and not arg.nominal and not arg.organization and not arg.party


_COLLECTIVES = {"team", "cadre", "group", "slate", "stable", "roster", "trio", "duo", "pair", "crew", "squad", "coterie", "bevy", "handful"}


def _holders(noun: Token, s: _Sentence, hiring: frozenset[str] = frozenset()) -> list[Arg]:
    """Who holds a role: "X, a Trump supporter"; "X is a supporter"; "supporter X"; "X, who
    served as an adviser"; "the adviser, X"."""
    direct = [a for a in s.args(noun) if a.mention is not None]  # not "the pollster" as an anaphor of itself
    if not direct and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _COLLECTIVES:
        direct = [a for a in s.args(noun.head.head, "P") if a.mention is not None]  # "a team of consultants: A and B"
    if direct:
        return direct
    if noun.tag_ == "NNS" and (listed := _listed_after_a_comma(noun, s)):
        return listed  # "two former rivals, A and B,", the names parsed as the objects of another verb
    if noun.i + 1 < len(s.doc) and s.kinds.get(s.of.get(noun.i + 1, -1)) == "P" and s.of.get(noun.head.i) != s.of[noun.i + 1]:
        # "hired pollster A and ...", the name parsed apart from its title; "hired consultants A and B": each
        name = s.tokens_of[s.of[noun.i + 1]][-1]
        if noun.tag_ == "NNS" and name.head == noun.head and name.dep_ == noun.dep_:
            return [a for a in s.args(name, "P") if a.mention is not None]
        return [Arg(s.of[noun.i + 1])]
    head = noun.head
    if noun.dep_ in _SUBJECTS and (apart := [a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for o in c.children
                                              if o.dep_ == "pobj" for x in o.children if x.dep_ == "appos" and x.i > o.i
                                              and s.kinds.get(s.of.get(x.i, -1)) == "P" for a in s.args(x, "P")]):  # fmt: skip
        return apart  # "Campaign manager for Senator B, A, said": A, parsed in apposition to B
    if noun.dep_ == "appos":
        return s.args(head)
    if noun.dep_ == "conj" and head.pos_ == "NOUN" and s.of.get(head.i) is None and head != noun:
        return _holders(head, s, hiring)  # "X, the firm's chairman and former campaign chair for B": X holds both
    if noun.dep_ == "oprd" and (named := [a for c in head.children if c.dep_ in _OBJECTS or (c.dep_ == "oprd" and c.i < noun.i)
                                          for a in s.args(c)]):
        return named  # "X called him the best candidate": him, not X; "X named Y her campaign manager": Y
    if noun.dep_ in ("attr", "oprd", "acomp") or (noun.dep_ == "dobj" and head.lemma_.lower() in ("become", "remain")):
        return _subjects(head, s) or _passive_subjects(head, s)  # "X was named manager"
    if noun.dep_ == "pobj" and head.lower_ == "as":
        verb = _verb_of_as(head)
        if verb.pos_ in ("VERB", "AUX"):
            hired = [a for c in verb.children if c.dep_ in _OBJECTS for a in s.args(c, "P")] if verb.lemma_.lower() in hiring else []
            hired += [a for p in verb.children if p.dep_ == "prt" for c in p.children if c.dep_ == "pobj"
                      for a in s.args(c, "P")] if verb.lemma_.lower() in hiring else []  # ("brought on X", X parsed under "on")
            passive = [a for c in verb.children if c.dep_ in _PASSIVE_SUBJECTS for a in s.args(c, "P")]  # "X was hired as"
            if verb.lemma_.lower() in ("succeed", "replace"):  # "A succeeds B as leader": B held it too
                hired += [a for c in verb.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
                by = [c for c in verb.children if c.dep_ == "agent"] + ([c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"] if passive else [])
                hired += passive + [a for c in by for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]  # "B was replaced as manager by A"
                return list(dict.fromkeys(_subjects(verb, s) + hired))
            if verb.lemma_.lower() in hiring and any(c.dep_ in _OBJECTS for c in verb.children):
                return hired or passive  # "appointed X as chairman": X, never the one who appoints
            named = [a for c in verb.children if c.dep_ in _OBJECTS and c.lemma_.lower() not in _CAMPAIGN  # (not the B of "joined
                     for a in s.args(c, "P") if a.mention is not None or _personal(a)]  # B's campaign as an adviser")
            if verb.lemma_.lower() in _RELYING:  # "B is relying on X as the chief consultant": X
                named += [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                          for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P") if a.mention is not None]  # fmt: skip
            return hired or named or _subjects(verb, s) or passive  # "hired X as a strategist", "leaving X as"; "X served as"
    if noun.dep_ in ("compound", "amod"):  # "rival X", "once-rival Senate Majority Leader X"
        name = head
        while name.dep_ in ("compound", "amod") and s.of.get(name.i) is None and name.head != name:
            name = name.head
        if s.of.get(name.i) is not None:
            return s.args(name)
        if name.pos_ == "PROPN" and name.dep_ != "compound":  # "rivals Hahn, A and B", the first a name no one is told as
            return [a for a in s.args(name) if a.mention is not None]
    if noun.dep_ == "pobj" and head.lower_ == "of" and _a_number(head.head):
        return s.args(head.head) or _one_of_a_group(noun, s)  # "three of his former rivals: A, B and C", "one of her backers, X", "A was one of the architects"
    if noun.dep_ == "pobj" and head.lower_ in _AMONG and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head  # "Among B's supporters is A"; "B counts A among his supporters"
        named = [a for c in verb.children if c.dep_ in _OBJECTS | {"attr"} for a in s.args(c)]
        return named or [a for a in _subjects(verb, s) if a not in s.owner(noun)]
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in ("include", "be"):
        # "B's backers include A and C"; "(Among) B's supporters are A and C", A parsed as a second subject
        return [a for c in head.children if c.dep_ in ("dobj", "attr") or (c.dep_ == "nsubj" and c.i > head.i and head.lemma_ == "be")
                for a in s.args(c)]
    included = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() == "include"]
    return [a for c in included for o in c.children if o.dep_ == "dobj" for a in s.args(o)]  # "backers that included A"


def _status(trigger: Token, triggers: Triggers, climb: bool = True, contest: bool = False, withdrawable: bool = False) -> str:
    """asserted, negated ("has not endorsed", "declined to endorse", "withdrew his endorsement")
    or disputed ("is expected to endorse", "may back", "a potential endorsement", "if"). Of a
    `contest`, a candidate's aim is asserted ("is seeking to unseat X"). Of a `withdrawable` one,
    "had been supporting X" has ended: negated."""
    status = "asserted"
    auxiliaries = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    if withdrawable and trigger.tag_ == "VBG" and {"had", "been"} <= auxiliaries:
        return "negated"
    current = trigger
    joined = False  # reached the head of a conjunct: what it says of itself is its own ("did not attend but endorsed B"),
    # but for its auxiliary ("could join up with A and endorse B")
    denied = False  # a "not" is what is said, unless a supposition governs it ("aides pushed for X not to endorse B")
    supposed = False  # a supposition above the "not"
    for _ in range(8):
        was_denied, was = denied, status
        for child in [c for c in current.children if c.dep_ == "aux"] if joined else current.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "no") or (current is not trigger and child.lower_ == "yet"):
                denied = True
            if child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
                return "negated"  # "no longer supports B"
            if withdrawable and current is trigger and child.dep_ == "advmod" and child.lower_ in _FORMERLY:
                return "negated"  # "X, who once (previously) backed A, now supports B": backed no more
            if withdrawable and current is trigger and trigger.pos_ == "NOUN" and child.dep_ == "amod" and child.lower_ in triggers.former:
                return "negated"  # "a former A-backer", "A's onetime supporter": backs A no more
            word = child.lemma_.lower()
            if child.dep_ in ("aux", "amod", "advmod", "acomp", "compound") and word in triggers.hedging:
                status = "disputed"  # ("is expected to", "a potential endorsement", "X's endorsement of B is unlikely", "a would-be candidate")
            if child.dep_ == "aux" and withdrawable and child.lower_ in triggers.future and not _told_as_decided(current, triggers):
                status = "disputed"  # "will endorse B next week" (but "would become an independent" is a move told)
            if child.dep_ == "mark" and word in triggers.conditions and not (word == "until" and current.tag_ == "VBD"):
                status = "disputed"  # (but "held the lead until B gained A's endorsement" tells what happened)
            if child.dep_ == "advcl" and _conditional(child, triggers):
                status = "disputed"  # "would endorse B if things did not go his way"
        if current is not trigger and not joined:
            lemma = current.lemma_.lower()
            stepping_aside = (trigger.lower_ in _ONLY_IN_OF and trigger.head.lower_ == "in"
                              and current == next((a for a in trigger.ancestors if a.pos_ == "VERB"), None))
            if lemma in triggers.negating and not stepping_aside:  # (but "withdrew from the race in favour of B" backs B)
                if not any(c.dep_ == "neg" or c.lower_ == "never" for c in current.children):
                    return "negated"
                denied = False  # "did not withdraw his endorsement": it stands
            if any(c.dep_ == "conj" and c.lemma_.lower() in triggers.negating and not any(o.dep_ in ("dobj", "xcomp", "ccomp") for o in c.children)
                   for c in current.children):
                return "negated"  # "was asked to manage B's campaign but declined"
            given = lemma in triggers.pledging and trigger.head == current and trigger.dep_ == "dobj" and trigger.pos_ == "NOUN"
            given = given or any(c.dep_ == "dobj" and c.lemma_.lower() in _ELECTORATE for c in current.children)  # "urged voters to back B"
            weighed_in = any(c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in triggers.saying for c in current.children)
            if lemma in triggers.hedging and not (contest and lemma in triggers.striving) and not given and not weighed_in:
                status = "disputed"
            if current.lower_ == "about" and current.pos_ == "ADJ":
                status = "disputed"  # "had been about to join B's campaign": what was to come
        # a verb joined to another by "and" shares what governs that one: "refused to follow his lead and endorse B"
        joined = (current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") and current.head.pos_ in ("VERB", "AUX")
                  and current.tag_ in ("VB", current.head.tag_))  # (not "declined to comment and endorsed B", parsed as one)
        supposed = supposed or (was_denied and was != status)
        wished = (current.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in current.children)  # "pushing for X not to endorse B"
                  and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children))
        purpose = current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)  # "asking X to
        # come to Los Angeles to campaign for B": what the asking says of the campaigning
        if not climb or (current.dep_ not in _GOVERNED_BY and not joined and not wished and not purpose) or current.head is current:
            break
        if current is not trigger and current.dep_ == "prep" and current.lower_ in ("after", "since") and _told_in_the_past(current):
            break  # "offered to quit after voting for B": the vote was cast, whatever the offer
        current = current.head
    return ("disputed" if supposed else "negated") if denied else status


def _told_in_the_past(token: Token) -> bool:
    """Whether the sentence's main verb tells of the past ("X offered to quit ..."), not of what
    is to come ("X will quit ...")."""
    root = token.sent.root
    return root.tag_ == "VBD" and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in root.children)


def _withdrawn_later(trigger: Token, rel: RelationTriggers, triggers: Triggers) -> bool:
    """Whether a clause joined to the trigger's takes the act back: "had backed B but said on
    Wednesday he was withdrawing his support", "endorsed B, but the paper issued a retraction"."""
    for clause in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        for word in clause.subtree:
            if word.lemma_.lower() in triggers.negating and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in rel.nouns for o in word.children):
                return True
            if word.dep_ == "dobj" and word.lemma_.lower() in triggers.retractions:
                return True
    return False


def _told_as_decided(verb: Token, triggers: Triggers) -> bool:
    """Whether a verb is what someone said or announced they had decided: "the union said it would
    back B", "declaring that he would support B" is its endorsement; "sources say X will endorse B"
    and "X will endorse B, aides said" are one to come (told by others). A verb joined to another
    is told as that one is ("said he would not run and would instead back B")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ not in ("VBD", "VBG") or head.lemma_.lower() not in triggers.speech | _DECIDING:
        return False
    return all(c.tag_ == "PRP" for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


_DECIDING = {"announce", "declare", "confirm", "decide"}


def _conditional(clause: Token, triggers: Triggers) -> bool:
    """Whether an adverbial clause is a condition ("if he loses"), not a concession ("even if")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lemma_.lower() in triggers.conditions), None)
    return mark is not None and mark.lower_ in ("if", "unless") and not (mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even")


def _used_to(word: Token) -> bool:
    """Whether a word is what someone was, said of a past now over: "X used to be a Democrat"."""
    verb = word.head if word.dep_ in ("attr", "acomp", "oprd") else None
    return verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "use" and verb.head.tag_ == "VBD"


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
    # twice, in full and by its initials, is one).
    def party(arg: Arg) -> int | None:
        return s.same.get(arg.mention, arg.mention) if arg.mention is not None else None

    last: dict[Arg, tuple[Arg, int]] = {}  # person -> the party named last, and where
    for frame in found:
        if frame.shape == "party" and (frame.subject not in last or frame.trigger > last[frame.subject][1]):
            last[frame.subject] = (frame.object, frame.trigger)
    found = [replace(f, shape="past-party") if f.shape == "party" and party(f.object) != party(last[f.subject][0]) else f for f in found]
    # and one who was of another party before has moved to this one: "X, once a Democrat, is now a Republican"
    past = {(f.subject, party(f.object)) for f in found if f.shape == "past-party"}
    found += [replace(f, shape="joined") for f in found if f.shape == "party" and any(p == f.subject and o != party(f.object) for p, o in past)]
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
            named = _name_after_title(current, s, triggers) if not people else None
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


_FIELDING = {"select", "preselect", "choose", "pick", "field", "nominate"}  # a party's candidate is its member
_SOMEONE_ELSE = {"other", "another", "fellow", "second", "third", "lone", "only", "last", "first", "next"}  # "the other Democrat"
_RELYING = {"rely", "count", "depend", "lean", "call"}  # "B relies on X as her strategist": X holds the role


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
    if current.lemma_.lower() in ("succeed", "replace"):  # "A will succeed B as leader of the party": B led it
        people += [a for c in current.children if c.dep_ in _OBJECTS for a in s.args(c, "P")]
    return [a for a in people if (a.mention is not None and s.kinds.get(a.mention) == "P") or _personal(a)]  # "the seat he won as a Democrat"


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


def _former(token: Token, triggers: Triggers) -> bool:
    return any(
        c.lower_.strip("-") in triggers.former or c.lower_ in triggers.former
        for c in token.children if c.dep_ in ("amod", "advmod", "compound", "nmod") and c.i < token.i
    ) or any(token.doc[i].lower_ in triggers.former for i in range(max(token.i - 2, 0), token.i))

