"""A parsed sentence as the readings see it: its tokens, the article's mentions in it (names,
pronouns, parties) and what each mention's words are in the tree (`_Sentence`); the two people
a reading finds (`Arg`) and what it says of them (`Frame`); small questions about tokens that
every reading asks (is it plural, a title, in which clause)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from ..triggers import Triggers


_SUBJECTS = {"nsubj", "csubj"}
_PASSIVE_SUBJECTS = {"nsubjpass"}
_OBJECTS = {"dobj", "obj"}
_PREPS = {"prep", "dative"}  # the parse calls "for him" after many verbs a dative: "held a fundraiser for him"
_LISTED = {"conj", "appos"}
_INCLUDING = {"including", "like", "include", "includes"}
_RELATIVE = {"who", "whom", "that", "which", "whose"}
_MEMBER_NOUNS = {"member", "leader", "chairman", "chair", "head", "candidate", "nominee", "lawmaker", "legislator", "mp", "senator", "stalwart",
                 "councillor", "councilor", "governor", "mayor", "representative", "congressman", "congresswoman", "incumbent",
                 "minister", "official"}
_MAKING = {"help", "let", "make", "see", "watch"}  # "A helped him defeat B": he is not A

# Who a party is said to have ("the party's chairman", "party spokesperson X"): its members.
_PARTY_POSTS = _MEMBER_NOUNS | {
    "president", "chairwoman", "chairperson", "spokesperson", "spokesman", "spokeswoman", "secretary", "treasurer",
    "whip", "chief", "founder", "co-founder", "deputy", "vice-president", "general-secretary", "figure", "veteran",
    "grandee", "heavyweight", "loyalist", "bigwig", "rebel", "backbencher", "frontbencher", "mobiliser", "mobilizer",
    "organiser", "organizer", "registrar",
}


def _a_party_post(word: Token) -> bool:
    """A post or standing in a party: "leader", "co-leader", "Tory grandee"."""
    lemma = word.lemma_.lower()
    return lemma in _PARTY_POSTS or lemma.removeprefix("co-") in _PARTY_POSTS


_CAMPAIGN = {"campaign", "bid", "team", "run", "candidacy", "operation", "effort", "reelection", "re-election", "camp", "strategy", "race", "victory"}
_NOT_ONE_MEMBER = {"labour", "independent", "green", "congress", "liberal"}  # "the Independent" is a paper; "the Liberal" is seldom a person


def is_a_party_member_noun(token: Token, articles: tuple[str, ...] = ("the",)) -> bool:
    """Whether a party's one-word name stands for one of its members: "the Democrat", "the Tory"
    (with `articles` ("a", "an"): "a Democrat"; not "the GOP", "the Democrats", "the Independent")."""
    return (token.tag_ == "NNP" and token.text[:1].isupper() and not token.text.isupper() and not token.lower_.endswith("s")
            and token.lower_ not in _NOT_ONE_MEMBER and any(c.dep_ == "det" and c.lower_ in articles for c in token.children))


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
        surnames: dict[str, int], triggers: Triggers, same: dict[int, int], coalitions: frozenset[int] = frozenset(),
    ) -> None:
        self.doc = doc
        self.same = same  # mention index -> the first mention of the same entity in the sentence
        self.coalitions = coalitions  # the mentions of parties that are coalitions of others
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
            noun = self._described(token.head.head, token)
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

    def _described(self, noun: Token, relative: Token) -> Token:
        """Whom a relative clause after a comma is about: the person an apposition describes when
        the parser hangs the clause on the apposition's own object ("A, the chief of staff for B,
        who had worked for C": A), else the noun it hangs on."""
        if noun.dep_ != "pobj" or relative.i == 0 or relative.nbor(-1).text != ",":
            return noun
        title = noun.head.head
        person = title.head if title.dep_ == "appos" and title.pos_ == "NOUN" and self.of.get(title.i) is None else None
        return person if person is not None and self.kinds.get(self.of.get(person.i, -1)) == "P" else noun

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
                                          and self.after_a_hyphen(self.of[child.i]) is None):  # (not "the B-endorsed candidate")
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

    def after_a_hyphen(self, mention: int) -> Token | None:
        """The word a hyphen joins to a mention's end, past its initials in brackets, if any:
        "B-endorsed", "Trump-backed", "the Pakistan Peoples Party (PPP)-backed candidate"."""
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
            if "P" in kinds and self.kinds[index] in ("O", "G") and (titled := self._titled_by(index)) is not None:
                return Arg(titled)  # "by Citizens Alliance for Progress (CAP) leader X", X parsed as hung on the name
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

    def _titled_by(self, body: int) -> int | None:
        """The person an organization's or party's name titles, with a role after it (past its
        initials in brackets): "CCC member X", "the Alliance for Progress (AP) leader X"."""
        doc, i = self.doc, self.tokens_of[body][-1].i + 1
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i < len(doc) and doc[i].text == "(":  # past its initials
            i = next((j + 1 for j in range(i + 1, min(i + 4, len(doc))) if doc[j].text == ")"), i)
        start = i
        while i < len(doc) and i - start < 3 and (doc[i].lower_ in self.roles or _a_party_post(doc[i])) and self.of.get(i) is None:
            i += 1
        person = self.of.get(i) if i > start and i < len(doc) else None
        return person if person is not None and self.kinds.get(person) == "P" else None

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


_AMONG = ("among", "amongst")
_PLACE_WORDS = {"PROPN", "NUM", "ADJ", "DET", "NOUN"}  # the words of a place said after a name: "in New York's 17th District"


def _plural(noun: Token) -> bool:
    """A plural noun, or one the tagger takes for a singular: a name ("Democrats" as NNP), initials
    ("Eleven MPs from PKR")."""
    return (noun.tag_ in ("NNS", "NNPS") or (noun.tag_ == "NNP" and noun.lower_.endswith("s"))
            or (len(noun.text) > 2 and noun.text.endswith("s") and noun.text[:-1].isupper()))


def _a_number(word: Token) -> bool:
    """Whether a word counts some of a group: "two (of the councillors)", "one", "several"."""
    return word.tag_ == "CD" or word.lower_ in _SOME


_SOME = {"some", "several", "many", "most", "few", "both", "all", "each", "none"}


def _titling(token: Token) -> bool:
    """A word of a title or description before a name: "former community safety minister",
    "chair of the ... Group", "Indiana's"."""
    return (token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and not token.tag_.startswith("VB")) or token.lower_ in ("of", "the", "'s", "-")


def _across_clauses(a: Token, b: Token) -> bool:
    """Whether a semicolon stands between two tokens."""
    return any(t.text == ";" for t in a.doc[min(a.i, b.i) : max(a.i, b.i)])
