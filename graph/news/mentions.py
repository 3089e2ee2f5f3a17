"""Find who and what an article names: spaCy's blank English pipeline splits tokens and
sentences; PhraseMatchers find the graph's names and aliases and the lexicon's parties; a scan of
the tokens finds runs of capitalized words, which become new people once titles ("Rep.",
"billionaire") and places are taken off; capitals the article never spells out ("the CTU",
"DC37") are organizations;
regular expressions built from the lexicon find elections ("the 2013 LA mayoral runoff").
Short names ("Bass", "Van Drew") and misspellings resolve to a full name of the same article.
A known name written with disguised words beside or inside it ("Jоe Biden" with a Cyrillic о:
graph.lookalike) is not that person: it becomes a new entity, left for review."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from .dates import MONTH_WORDS, date_spans
from .lexicon import FirstNames, alternation
from .model import EntityRef
from .names import ElectionInfo, NameIndex, abbreviates, election_info, same_person_name, slug
from .phrases import LazyPhrases, words_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["Mention", "Sentence", "Reader", "normalize_quotes", "keep_titles_whole", "keep_words_whole", "named_in_full", "readable", "tokenized"]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\n": " ", "\t": " "})
_YEAR = re.compile(r"(?<![\d$,.])((?:19|20)\d\d)(?![\d%])")
_PARTICLES = {"van", "de", "der", "den", "von", "da", "del", "dela", "delos", "della", "di", "du", "la", "le", "bin", "binti", "al", "el", "ibn"}
_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "J.", "J.D.", "H.W."
_LEDE = 400  # characters: a short name this early may stand for a full name given later


# Words that a union's or a lodge's number follows: "Local 1", "Lodge 7", "District Council 37".
_NUMBERED_UNITS = frozenset({"Local", "Lodge", "District", "Council", "Chapter", "Division", "Region"})


_OPENING_APOSTROPHE = re.compile(r"(?<=\w)\u2018(?=s\b)")


_FRONT_RUNNER = re.compile(r"\b([Ff]ront) (runners?)\b")


def readable(text: str) -> str:
    """The text as it is read: a low quotation mark some sites print for a comma ("In addition‚ he
    said‚ X ...") made a comma, and an opening quotation mark printed for an apostrophe ("Ford‘s")
    made one, each of the same length, so that it joins no name and cuts no clause; "front runner"
    written with a hyphen, the one word the triggers know."""
    return _FRONT_RUNNER.sub(r"\1-\2", _OPENING_APOSTROPHE.sub("\u2019", text.replace("\u201a", ",")))


def normalize_quotes(text: str) -> str:
    """Curly quotes to straight ones, line breaks to spaces: same length, for pattern matching."""
    return text.translate(_QUOTES)


_CAMPAIGNS = {"campaign", "bid", "candidacy", "reelection", "re-election", "run"}  # what a person's possessive before it says they run
_SEATS = {"constituency", "seat", "riding", "electorate", "ward", "assembly", "assemblyman", "assemblywoman", "assemblymember"}  # lower-case words after a seat's name
_PARTY_UNITS = {"division", "divisions", "branch", "branches", "chapter", "chapters", "wing", "section", "constituency", "youth"}
_SEAT_HOLDERS = {"mp", "mla", "mpp", "mna", "mha", "mpa", "td", "mep", "member", "senator"}  # "MP for Atewa East": a seat


@dataclass
class Mention:
    start: int  # character offsets in the article text
    end: int
    kind: str  # P person, G party, E election, O organization
    ref: EntityRef | None  # None: an election that fits no known one
    text: str
    info: ElectionInfo | None = None  # elections only
    anaphor: bool = False  # "the race": the election the article is about
    guessed: bool = False  # a lone surname taken for the one known person of that name ("Cleveland")


@dataclass
class Sentence:
    start: int
    end: int
    text: str  # verbatim
    mentions: list[int]  # indices into the article's mention list


def _same_middle(one: list[str], other: list[str]) -> bool:
    """Whether two names' middle words are the same ones: word for word alike, or an initial of the
    other's word ("Edward M. Kennedy", "Edward Moore Kennedy")."""
    def alike(a: str, b: str) -> bool:
        a, b = a.rstrip("."), b.rstrip(".")
        return a == b or (min(len(a), len(b)) == 1 and a[0] == b[0]) or SequenceMatcher(None, a, b).ratio() >= 0.8
    return len(one) == len(other) and all(alike(a, b) for a, b in zip(one, other))


def _misspelled(one: str, other: str) -> bool:
    """Whether two first names may be one written otherwise ("Krysten", "Kyrsten"): alike, and
    not a name and its feminine in -a ("Abid", "Abida"; "Paul", "Paula")."""
    return SequenceMatcher(None, one, other).ratio() >= 0.7 and one + "a" != other and other + "a" != one


def _particles_lowered(words: list[str]) -> list[str]:
    return [w.lower() if w.lower() in _PARTICLES else w for w in words]


def before_a_seat_word(doc: Doc, i: int) -> bool:
    """Whether token i says the capitalized words before it name a seat ("the Hohoe
    constituency", "the incumbent Peramu Jaya assemblyman")."""
    return i < len(doc) and doc[i].lower_ in _SEATS


def _is_name_token(text: str) -> bool:
    if not text or not text[0].isupper():
        return False
    if len(text) <= 4 and text.endswith(".") and text[:-1].isalpha():  # initials and titles: L. Gov.
        return True
    if _INITIALS.fullmatch(text):
        return True
    if text in _SUFFIXES:
        return True
    if len(text) == 1 and not text.isascii():  # the Irish "Ó" of "Éamon Ó Cuív"
        return True
    bare = text.replace("'", "").replace("’", "").replace("-", "").replace("‐", "")
    return bare.isalpha() and any(c.islower() for c in bare)


class Reader:
    """Reads articles into mentions and sentences; build once, use for many articles."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        self.lexicon = index.lexicon
        self.nlp = _pipeline(self.lexicon)
        vocab = self.nlp.vocab
        tokenizer = self.nlp.tokenizer
        # one-word names the graph knows: "Bass-Caruso" is two of them, not one hyphenated name
        self._known_words = frozenset(index.last_names) | frozenset(n for n in index.persons if " " not in n)

        def as_in_text(name: str) -> list[Doc]:  # "AFL-CIO" is one token in the text
            return [_hyphenated_names(tokenizer(name), self._known_words)]

        self._persons = LazyPhrases(vocab, "ORTH", as_in_text)
        self._person_keys: dict[int, str] = {}
        for name in index.persons:
            self._person_keys[vocab.strings.add("P|" + name)] = name
            self._persons.add("P|" + name, name)
        self._others = LazyPhrases(vocab, "LOWER", self._both_ways)
        self._other_keys: dict[int, tuple[str, EntityRef]] = {}
        for kind, table in (("G", index.parties), ("E", index.elections), ("O", index.organizations)):
            for name, ref in table.items():
                label = f"{kind}|{name}"
                self._other_keys[vocab.strings.add(label)] = (kind, ref)
                # (matched on lower case; written capitalized, a hyphenated name joins as it does in the text)
                self._others.add(label, name.title() if "-" in name else name)
        self._bodies = LazyPhrases(vocab, "ORTH", as_in_text)
        self._body_keys: dict[int, tuple[str | None, EntityRef]] = {}
        for name, (country, ref) in index.bodies.items():
            label = f"B|{name}"
            self._body_keys[vocab.strings.add(label)] = (country, ref)
            self._bodies.add(label, name)
        self._local = LazyPhrases(vocab, "ORTH", self._both_ways)
        self._local_keys: dict[int, tuple[str, EntityRef]] = {}
        for country, names in index.local_parties.items():
            for name, ref in names.items():
                label = f"L|{country}|{name}"
                self._local_keys[vocab.strings.add(label)] = (country, ref)
                self._local.add(label, name)
        # a local name of three words or more that one party alone has ("National Democratic Congress") names it
        # wherever the article's country is not told
        owners: dict[str, set[str]] = {}
        for names in index.local_parties.values():
            for name, ref in names.items():
                owners.setdefault(name, set()).add(ref.id)
        self._distinctive = frozenset(n for n, ids in owners.items() if len(ids) == 1 and len(n.split()) >= 3)
        # per country with provinces of their own, the local names its national parties have too
        self._regional = {code.split("-")[0]: frozenset(index.local_parties.get(code.split("-")[0], {})) for code in index.local_parties if "-" in code}
        self._role_words = {w for w in self.lexicon.roles}
        self._first_names = FirstNames({**self.lexicon.first_name_genders, **{n.capitalize(): "" for n in self.lexicon.nicknames}})
        self._place_words = self.lexicon.place_words
        self._max_role = max(len(w.split()) for w in self._role_words)
        self._elections = _election_regex(self.lexicon)
        # a relative's word before a full name: "his father John Chafee", "son of the late Mayor Eugene Sawyer"
        self._kin = re.compile(r"\b" + alternation(self.lexicon.kin) + r"\b[^.;!?]*$", re.IGNORECASE)

    def _both_ways(self, name: str) -> list[Doc]:
        """A name's tokens, and, if a hyphen joins capitalized words of it, the one token the text
        makes of them when it is read ("PDP-Laban")."""
        plain = self.nlp.tokenizer(name)
        joined = _hyphenated_names(self.nlp.tokenizer(name), self._known_words)
        return [plain, joined] if len(joined) != len(plain) else [plain]

    # --- reading -------------------------------------------------------------------------

    def read(self, text: str, article_date: str = "", address: str = "") -> tuple[list[Mention], list[Sentence]]:
        """The article's mentions (in text order) and sentences; `address`, its URL, may tell its country."""
        doc = self.nlp(tokenized(self.nlp, readable(text)))
        return self.read_doc(doc, article_date, self.lexicon.country_of(_text(doc), address=address))

    def read_doc(self, doc: Doc, article_date: str = "", country: str | None = None) -> tuple[list[Mention], list[Sentence]]:
        """`country`: the one the article is about (Lexicon.country_of), whose parties' local names it uses."""
        doc = _hyphenated_names(doc, self._known_words)
        spans = self._known(doc, country)
        spans += self._new_parties(doc, _token_indices(doc, [m for m in spans if m.kind != "G"]), [m for m in spans if m.kind == "G"])
        taken = _token_indices(doc, spans)
        spans += self._new_people(doc, taken, spans)
        spans = self._surnames_named_in_full(spans, _text(doc))
        spans = _organizations_named_in_full(spans)
        spans += _initials_of_organizations(doc, _token_indices(doc, spans), spans)
        spans += self._acronyms(doc, _token_indices(doc, spans), _token_indices(doc, [m for m in spans if m.kind == "G"]))
        spans.sort(key=lambda m: m.start)
        taken_chars = [(m.start, m.end) for m in spans]
        spans += self._election_phrases(_text(doc), taken_chars)
        text = _text(doc)
        mentions = [_undisguised(doc, text, m, self.index.ids) for m in _without_overlaps(spans)]
        sentences = [s for s in (_trimmed(text, span.start_char, span.end_char) for span in doc.sents) if s]
        _assign(mentions, sentences)
        self._resolve_elections(mentions, sentences, text, article_date[:4] or None)
        return mentions, sentences

    # --- known names ---------------------------------------------------------------------

    def _known(self, doc: Doc, country: str | None) -> list[Mention]:
        found: list[Mention] = []
        written, lowered = words_of(doc.text), words_of(doc.text, lower=True)  # (read once for the four matchers)
        for key, start, end in self._persons(doc, written):
            span = doc[start:end]
            refs = self.index.persons[self._person_keys[key]]
            if end - start == 1 and self._someone_else(doc, start, refs):
                continue  # "Jill Biden", "Mike Harris": another person of that name, read as a new one
            if end < len(doc) and doc[end].text in self._NAMED_AFTER:
                continue  # "Harris County", "the Clinton Foundation": a place or body named after someone
            if end < len(doc) and doc[end].text in _SUFFIXES and not any(r.label.endswith(doc[end].text) for r in refs):
                continue  # "Donald Trump Jr.": the son, not the known father
            found.append(Mention(span.start_char, span.end_char, "P", refs[0] if len(refs) == 1 else None, span.text))
        for key, start, end in self._others(doc, lowered):
            kind, ref = self._other_keys[key]
            span = doc[start:end]
            if kind == "O" and span[0].text == "the" and ref.label.startswith("The "):
                continue  # "Christie, the Republican who dropped out", not the newspaper The Republican
            found.append(Mention(span.start_char, span.end_char, kind, ref, span.text))
        for key, start, end in self._bodies(doc, written):
            where, ref = self._body_keys[key]
            place = next((w for w in (3, 2, 1) if start >= w and doc[start - w : start].text.lower() in self._place_words), 0)
            if place:  # "the Pennsylvania AFL-CIO": the state's own federation
                start -= place
                label = doc[start:end].text
                ref = self.index.organizations.get(label.lower()) or EntityRef(slug(label), label, "Organization", new=True)
            branch = self._branch_end(doc, end)
            if branch > end and not place:  # "SEIU Healthcare Illinois": the body's own branch
                label = doc[start:branch].text
                ref = self.index.organizations.get(label.lower()) or EntityRef(slug(label), label, "Organization", new=True)
                end = branch
            longer = (end < len(doc) and _is_name_token(doc[end].text)) or (
                start > 0 and _is_name_token(doc[start - 1].text) and doc[start - 1].text not in self.lexicon.not_first_names)
            if _agency_of_a_dateline(doc, start, end):
                continue  # "LANSING (AP) - The Michigan AFL-CIO endorsed ...": who reports, not who acts
            if (where is None or where == country) and not longer:  # not "Teamsters Local 700": a longer name, found as one
                span = doc[start:end]
                found.append(Mention(span.start_char, span.end_char, "O", ref, span.text))
        # a sentence that names a country of its own reads its parties there (the party's own name aside:
        # "Labour" says the UK only where no other country is named)
        region = self.lexicon.region_of(_text(doc)) if country in self._regional else None
        local = sorted(self._local(doc, written), key=lambda match: "-" not in self._local_keys[match[0]][0])  # a province's party first
        local_at: dict[tuple[int, int], Mention] = {}  # the local parties named, by characters
        named_parties = {(start, end) for _, start, end in local}
        in_full = {m.ref for m in found if m.kind == "G"}  # a province's party the article names in full: its "NDP" too
        for key, start, end in local:
            where, ref = self._local_keys[key]
            span = doc[start:end]
            sentence = span.sent
            # the sentence's own words of a country, its parties' local names aside ("Labour MP A, National's B")
            around = " ".join(t.text for t in sentence if not any(a <= t.i < b for a, b in named_parties))
            if "-" in where:  # "Liberal Premier X" in an Ontario story: the Ontario Liberal Party
                nation = where.split("-")[0]
                own = span.text not in self._regional[nation] or ref in in_full or any(
                    t.lower_ in self.lexicon.region_cues for t in doc[max(start - 2, sentence.start) : min(end + 2, sentence.end)])
                # ("an Ontario Tory strategist" in a story of the federal party's race: the province's party)
                named_before = start > sentence.start and self.lexicon.names_region(doc[start - 1].text, where)
                if (where == region and nation == (self.lexicon.country_of(around, least=1) or country) and own) or named_before:
                    found.append(Mention(span.start_char, span.end_char, "G", ref, span.text))
                    local_at[(span.start_char, span.end_char)] = found[-1]
            elif (where == (self.lexicon.country_of(around, least=1) or country) or (country is None and (
                    span.text in self._distinctive or ref in in_full))) and (span.start_char, span.end_char) not in local_at:
                # (where the country is not told, a party named in full is named by its initials too: "the JLP")
                found.append(Mention(span.start_char, span.end_char, "G", ref, span.text))
                local_at[(span.start_char, span.end_char)] = found[-1]
        if local_at:  # the province's or the country's party, not the nation's or the US one of the same name
            # ("NDP" in a BC story, "the Democratic Party" in a Seoul one)
            found = [m for m in found if m.kind != "G" or local_at.get((m.start, m.end), m) is m]
        found = [self._local_branch(doc, m) if m.kind == "G" else m for m in found]
        found = [m for m in found if m.kind != "G" or not _likened(doc, m)]
        found = [m for m in found if m.kind not in ("G", "O") or not self._in_an_organization_name(doc, m)]
        found = _without_overlaps(found)
        return [m for m in found if m.ref is not None or m.kind == "P"]

    def _branch_end(self, doc: Doc, end: int) -> int:
        """Where the capitalized words after a known body's name end, when they name a branch of
        it by a place or an organization word ("SEIU Healthcare Illinois", "SEIU California");
        `end` itself when they hold a title or neither ("SEIU President Mary Kay Henry", "UAW
        Shawn Fain")."""
        stop = end
        while stop < len(doc) and _is_name_token(doc[stop].text) and "\n" not in doc[stop - 1].whitespace_:
            stop += 1
        words = doc[end:stop]
        if any(t.lower_ in self._role_words for t in words) or (words and words[-1].text in _NUMBERED_UNITS):
            return end  # ("SEIU Local 73" is read with its number, as a new organization)
        placed = any(t.text in self.lexicon.organization_words or t.lower_ in self._place_words for t in words)
        return stop if placed else end

    def _someone_else(self, doc: Doc, start: int, refs: list[EntityRef]) -> bool:
        """Whether a one-word name of known people follows a first name none of them bears."""
        before = doc[start - 1] if start else None
        if before is None or before.text in self.lexicon.not_first_names or before.text not in self._first_names:
            return False
        return not any(same_person_name(f"{before.text} {doc[start].text}", ref.label) for ref in refs)

    def _in_an_organization_name(self, doc: Doc, party: Mention) -> bool:
        """Whether a party's (or a known body's) name begins or is inside the name of another body,
        which capitalized words and an organization word end: "the Republican Jewish Coalition",
        "the Republican National Committee", "the California Republican County Chairmen's Association"."""
        span = doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None or party.text.endswith("Party") or party.text.isupper():
            return False  # "the Cook County Democratic Party" is a party's branch (_local_branch), "the ANC Youth League" its body
        i = span.end  # (an organization word right after the party is the party's own body: "the Labour Group", "the Conservative Association")
        while i < len(doc) and i - span.end < 6 and (_is_name_token(doc[i].text) or doc[i].text in ("'s", "’s")):
            if doc[i].text in self.lexicon.organization_words:
                titled = i + 1 < len(doc) and doc[i + 1].text.lower() in self.lexicon.roles  # "Democratic City Council Speaker X"
                return i > span.end and not titled
            i += 1
        return self._group_named_with_a_party(doc, span.start, span.end)

    def _group_named_with_a_party(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a party's name (tokens start:end) is a word of a group's: followed, after
        capitalized words or none, by "for" and a capitalized word ("Democratic Majority for
        Israel", "Republicans for National Renewal"), or its plural after a capitalized word that
        is no place or title ("College Republicans", "Young Democrats of America")."""
        i = end
        while i < len(doc) and i - end < 3 and _is_name_token(doc[i].text) and doc[i].whitespace_ and doc[i].text not in self._first_names:
            i += 1
        after = doc[i + 1] if i + 1 < len(doc) else None
        if (doc[i - 1].text not in self._known_words and after is not None and doc[i].lower_ == "for" and _is_name_token(after.text)
                and not after.is_stop and after.lower_ not in self.lexicon.offices and after.lower_ not in self._role_words):
            return True  # (not "endorsed Democrat Tom Lee for Senate")
        before = doc[start - 1] if start else None
        placed = any(doc[max(start - w, 0) : start].text.lower() in self._place_words for w in (1, 2, 3))  # "Los Angeles Democrats"
        plural = doc[end - 1].text.endswith("s") and not doc[end - 1].text.endswith("ss")  # not "Congress"
        return (before is not None and plural and _is_name_token(before.text) and not before.is_sent_start and not before.like_num
                and not placed and before.lower_ not in self._role_words and before.text not in self._first_names
                and before.text not in self.lexicon.not_first_names and before.text not in self._known_words)  # fmt: skip
        # (not "Senate Democrats", "Texas Republicans", "Never Trump Republicans": of a chamber, a state, a person;
        # nor "— Five Democrats" after a dateline)

    _LOCAL_UNITS = frozenset({"County", "State", "City", "Parish", "Borough"})
    _NAMED_AFTER = _LOCAL_UNITS | frozenset({
        "Township", "Street", "Avenue", "Road", "Boulevard", "Square", "Park", "Hall", "Center", "Centre", "Airport",
        "Bridge", "Library", "Stadium", "Arena", "University", "College", "School", "Institute", "Foundation", "Station",
        "&", "Associates", "Partners", "Strategies", "Consulting", "Communications"})  # ("Harris & Associates": a firm)

    def _local_branch(self, doc: Doc, party: Mention) -> Mention:
        """A party named with a place before it ("the Cook County Democratic Party", "the Ohio
        Republican Party") is that place's party organization, which may endorse: a new
        Organization named as written. Any other party mention is kept."""
        span = doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None or not party.text.endswith("Party"):
            return party
        first = span.start
        while first > 0 and _is_name_token(doc[first - 1].text) and "\n" not in doc[first - 1].whitespace_:
            first -= 1
        while first < span.start and doc[first].lower_ == "the":
            first += 1
        place = doc[first : span.start].text
        if first == span.start or (doc[span.start - 1].text not in self._LOCAL_UNITS and place.lower() not in self._place_words):
            return party
        start = doc[first].idx
        label = text = _text(doc)[start : party.end]
        ref = self.index.organizations.get(label.lower()) or EntityRef(slug(label), label, "Organization", new=True)
        return Mention(start, party.end, "O", ref, text)

    # --- new people ----------------------------------------------------------------------

    def _held_place(self, doc: Doc, run) -> bool:
        """Whether a short run of capitals is the place or body of an office named right before it,
        not a person: "the mayor of South Bend", "a member of Parliament" (not "mayor of Ohio Mike
        Lee"), a member's seat ("MP for Atewa East")."""
        i = run[0].i
        if i < 2 or len(run) > 2 or run[0].text in self.lexicon.first_name_genders:
            return False
        after = run[-1].i + 1
        if after + 1 < len(doc) and doc[after].text in ("'s", "’s") and doc[after + 1].lower_ in _CAMPAIGNS and not self.lexicon.names_a_place(" ".join(t.text for t in run)):
            return False  # "the chairwoman of Han Kuo-yu's campaign": a person's
        return (doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in self._role_words) or (
            doc[i - 1].lower_ == "for" and doc[i - 2].lower_ in _SEAT_HOLDERS)


    @staticmethod
    def _place_of_a_party_unit(doc: Doc, after: int, parties: dict[int, int]) -> bool:
        """Whether a party's name begins at token `after` and a word for one of its branches
        follows it ("Umno division", "PAS branch", "Labour constituency party")."""
        end = parties.get(doc[after].idx) if after < len(doc) else None
        if end is None:
            return False
        following = next((t for t in doc[after:] if t.idx >= end), None)
        return following is not None and following.lower_ in _PARTY_UNITS

    def _new_people(self, doc: Doc, taken: set[int], known: list[Mention]) -> list[Mention]:
        """Runs of capitalized tokens, titles removed: new people, or short forms of names."""
        full: list[Mention] = [m for m in known if m.kind == "P" and m.ref is not None]
        by_last: dict[str, list[EntityRef]] = {}
        for mention in full:
            if mention.ref not in by_last.get(mention.ref.label.split()[-1], []):
                by_last.setdefault(mention.ref.label.split()[-1], []).append(mention.ref)
        # (start, end, text, a first name: "Sir Keir", the type of one titled: "President Duterte", else "")
        singles: list[tuple[int, int, str, bool, str]] = []
        out_organizations: list[Mention] = []
        headlines = _headlines(_text(doc))
        dates = date_spans(_text(doc))
        parties = {m.start: m.end for m in known if m.kind == "G"}
        for run in (part for whole in _runs(doc, taken, self._role_words) for part in self._organization_then_name(whole)):
            if any(start <= run[0].idx < end for start, end in headlines):
                continue  # "Former Candidates Endorse Their Rivals": capitals that name no one
            if _after_party_letter(doc, run[0].i) or _in_parentheses_after_a_name(doc, run[0].i):
                continue  # "Rep. X, R-Corpus Christi", "X (Chatham Kent-Leamington, Ont.)": the member's home, no one
            if self._held_place(doc, run):
                continue  # "the former mayor of South Bend": the place of an office
            if before_a_seat_word(doc, run[-1].i + 1):
                continue  # "the Gwalior Rural assembly seat", "the Hohoe constituency": a seat
            if self._place_of_a_party_unit(doc, run[-1].i + 1, parties):
                continue  # "the Pasir Putih Umno division": the place of a party's branch
            tokens = [t.text for t in run]
            if any(t in self.lexicon.organization_words for t in tokens) or any(
                    t.lower_ in self.index.parties and self._group_named_with_a_party(doc, t.i, t.i + 1) for t in run):
                organization = self._organization(doc, run, taken)
                if organization is not None:
                    out_organizations.append(organization)
                continue
            first = self._name_start(tokens)
            if first == 1 and self._month_as_first_name(doc, run, dates):
                first = 0  # "August Pfluger", "June Carter": a month's name that begins the person's
            if first == 0 and len(tokens) > 2 and tokens[0] not in self._first_names and self._after_a_portfolio(doc, run[0].i):
                # "Minister for Social Protection Leo Varadkar": the portfolio, then the name from its first name
                first = next((i for i in range(1, len(tokens) - 1) if tokens[i] in self.lexicon.first_name_genders), len(tokens) - 2)
            if (first == len(tokens) and tokens[-1] in by_last and (len(tokens) == 1 or tokens[-2].lower() in self._role_words)
                    and not any(start <= run[-1].idx < end for start, end in dates)):
                first -= 1  # "Hill", "Sen. Hill" after "Hunter Hill": a surname, though it begins no name ("Capitol Hill");
                # "May" after "Theresa May", but not "in May"
            if first == 0 and (len(tokens) > 2 or tokens[-1] in by_last) and _opening_gerund(doc, run[0], self.lexicon.first_name_genders):
                first = 1  # "Joining Ann Lee in the race are ...", "Endorsing Johnson were ..." after Brandon Johnson: the
                # sentence's verb, no part of the name (but "Sterling Brown", with no Brown named before, is a name)
            name_tokens = tokens[first:]
            while name_tokens and (name_tokens[-1].lower() in _PARTICLES or name_tokens[-1] in _WEEKDAYS):
                name_tokens.pop()  # "Eve Adams Monday": the day the story gives, no part of the name
            if not name_tokens or (self.lexicon.not_a_name(name_tokens) and not (len(name_tokens) == 1 and name_tokens[0] in by_last)
                                   or len(name_tokens) > 1 and self.lexicon.names_a_place(" ".join(name_tokens))):
                continue  # (but "Lake" after "Kari Lake" is her)
            if name_tokens[0] in _PARTICLES or (name_tokens[0].endswith(".") and not _INITIALS.fullmatch(name_tokens[0])):
                continue
            span = doc[run[first].i : run[first].i + len(name_tokens)]
            if ((name_tokens[-1] == "Member" or name_tokens[-1].lower() in self._role_words) and span.end < len(doc) and doc[span.end].lower_ == "of"
                    and name_tokens[0] not in self.lexicon.first_name_genders):
                continue  # "Former Budalangi Member of Parliament": a seat and an office (but "John Major of ...")
            if len(name_tokens) == 1 or span.text in self.index.persons:
                # titled by an office or by a word of one's gender ("Mr", "Lady"): "President Duterte" (not "Tengku
                # Zainul": the parse's names may hold a title of rank)
                title = tokens[first - 1].lower() if first > 0 and len(name_tokens) == 1 else ""
                titled = "Politician" if self.lexicon.roles.get(title) == "Politician" else "Person" if title in self.lexicon.gender_words else ""
                singles.append((span.start_char, span.end_char, span.text, first > 0 and tokens[first - 1] in self.lexicon.first_name_titles,
                                titled))
                continue
            role_words = tokens[:first] + [t.text for t in doc[max(run[0].i - 3, 0) : run[0].i]]
            entity_type = self._guess_type(role_words, doc, run[0].i)
            label = " ".join(span.text.split())
            ref = self._same_person(label, by_last)
            if ref is None:
                ref = EntityRef(slug(label), label, entity_type, new=True)
                by_last.setdefault(name_tokens[-1], []).append(ref)
            full.append(Mention(span.start_char, span.end_char, "P", ref, span.text))
        full.sort(key=lambda m: m.start)
        by_title: dict[str, EntityRef] = {}
        known_ids = {id(m) for m in known}
        out = [m for m in full if id(m) not in known_ids]
        # Known names of several entities ('Smith') and short forms resolve to a full name.
        for mention in known:
            if mention.kind == "P" and mention.ref is None:
                singles.append((mention.start, mention.end, mention.text, False, ""))
        for start, end, text, first_name, titled in sorted(singles):
            if text in by_title and not any(m.start < start and m.ref.label.split()[-1] == text for m in full if m.ref):
                ref, guessed = by_title[text], False  # "President Bush ... upsetting Bush": the one titled before, not a
                # namesake named in full later ("Florida Gov. Jeb Bush")
            else:
                ref, guessed = self._short_form(text, start, full, first_name, _text(doc))
            if ref is None and titled and not first_name and not self.index.persons.get(text) and not self.index.last_names.get(text):
                # "President Duterte", named in full nowhere: a person all the same (not one of several the graph knows by it)
                ref = EntityRef(slug(text), text, titled, new=True)
            if ref is not None and titled and ref.new and ref.label == text:
                ref = by_title.setdefault(text, ref)
            if ref is not None:
                out.append(Mention(start, end, "P", ref, text, guessed=guessed))
        return out + out_organizations

    def _acronyms(self, doc: Doc, taken: set[int], parties: set[int]) -> list[Mention]:
        """Initials the article does not spell out ("the CTU endorsed X"): organizations."""
        headlines = _headlines(_text(doc))
        out = []
        units = _numbered_initials(doc, taken, parties)
        for first, last in units:
            label = doc[first : last + 1].text
            out.append(Mention(doc[first].idx, doc[first].idx + len(label), "O", EntityRef(slug(label), label, "Organization", new=True), label))
        taken = taken | {i for first, last in units for i in (first, last)}
        for token in doc:
            if token.i in taken or not _ACRONYM.fullmatch(token.text) or token.is_stop or any(s <= token.idx < e for s, e in headlines):
                continue  # (not a word written in capitals for stress: "He is NOT endorsing")
            near = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
            if len(near) == 2 and near[0].text == "(" and near[1].text == ")":
                continue  # "(UPI)": a dateline's news agency, or initials given after the name
            if _dateline(doc, token):
                continue
            if any((_is_name_token(t.text) and not t.is_stop) or t.text.isupper() and t.is_alpha for t in near):
                continue  # a word of a longer name, or of a line in capitals: "NBC News", "NEW YORK"
            if token.lower_ in self._role_words or token.lower_ in self._place_words or self.lexicon.not_a_name([token.text]):
                continue
            out.append(Mention(token.idx, token.idx + len(token.text), "O", EntityRef(slug(token.text), token.text, "Organization", new=True), token.text))
        return out

    def _organization_then_name(self, run: list) -> list[list]:
        """A run split after its last organization word when two or more other names follow:
        "chair of the Northern Research Group Jake Berry" names a group, then a person; "City
        Council Speaker X" only a person, with a title."""
        marks = [k for k, t in enumerate(run) if t.text in self.lexicon.organization_words]
        if not marks or len(run) - marks[-1] - 1 < 2:
            return [run]
        name = run[marks[-1] + 1 :]
        if name[0].text.lower() in self.lexicon.roles:  # "City Council Speaker X": a title, not a group
            return [name]
        return [run[: marks[-1] + 1], name]

    def _organization(self, doc: Doc, run: list, taken: set[int]) -> Mention | None:
        """A new organization: the run ("United Auto Workers"), without a leading "The", carried
        over "of" to the capitalized words after it ("Fraternal Order of Police")."""
        first, last = run[0].i, run[-1].i + 1
        while first < last and doc[first].lower_ == "the":
            first += 1
        if (first >= 2 and doc[first - 1].lower_ == "and" and first - 2 not in taken and _is_name_token(doc[first - 2].text)
                and (first == 2 or not _is_name_token(doc[first - 3].text) or doc[first - 3].lower_ == "the"
                     or "\n" in doc[first - 3].whitespace_)):  # "the Bridge and Tunnel Officers Association"
            first -= 2
        elif (first >= 3 and doc[first - 1].lower_ == "and" and _is_name_token(doc[first - 2].text)
              and doc[first - 2].text not in self.lexicon.organization_words):  # (not "the Ohio Nurses Association and X Union")
            before = first - 2  # "The United Food and Commercial Workers": the words after "the"
            while before > 0 and before - 1 not in taken and _is_name_token(doc[before - 1].text) and doc[before - 1].lower_ != "the":
                before -= 1
            if before > 0 and doc[before - 1].lower_ == "the" and not any(i in taken for i in range(before, first)):
                first = before
        while last + 1 < len(doc) and doc[last].lower_ in ("of", "for") and last + 1 not in taken and _is_name_token(doc[last + 1].text):
            last += 2
            while last < len(doc) and last not in taken and _is_name_token(doc[last].text) and "\n" not in doc[last - 1].whitespace_:
                last += 1
        if last < len(doc) and doc[last - 1].text in _NUMBERED_UNITS and doc[last].text[:1].isdigit() and last not in taken:
            last += 1  # "Service Employees International Union Local 1", "UAW Region 9A"
            if first > 0 and first - 1 not in taken and doc[first].text in _NUMBERED_UNITS and doc[first - 1].text.isupper() and doc[first - 1].text.isalpha():
                first -= 1  # "SEIU Local 73": the acronym is the body's
        if (first >= 2 and doc[first - 1].lower_ in ("'s", "’s", "'", "’") and first - 2 not in taken
                and _is_name_token(doc[first - 2].text) and doc[first - 2].whitespace_ == ""):
            first -= 2  # "The Freelancer's Union", "the California Republican County Chairmen's Association", "Laborers' International Union"
            while first > 0 and first - 1 not in taken and _is_name_token(doc[first - 1].text) and "\n" not in doc[first - 1].whitespace_:
                first -= 1
            while doc[first].lower_ == "the":
                first += 1
        if first >= last or last - first < 2 and doc[first].text in self.lexicon.organization_words:
            return None
        if doc[last - 1].lower_ in self.lexicon.roles and doc[last - 1].text not in self.lexicon.organization_words:
            return None  # "the City Council President": a title, not a body (but "the Kansas City Star" is a paper)
        span = doc[first:last]
        if span.text.lower() in self._place_words:
            return None  # "the Czech Republic": a place
        end = span.end_char - 1 if span.text.endswith(".") else span.end_char  # "... by UAW Region 9A."
        label = _text(doc)[span.start_char : end]
        return Mention(span.start_char, end, "O", EntityRef(slug(label), label, "Organization", new=True), label)

    def _month_as_first_name(self, doc: Doc, run: list, dates: list[tuple[int, int]]) -> bool:
        """Whether a run begins with a month's name (or a first name the lexicon holds no name)
        that is a first name here: not in a date, not after a word that dates ("in August"), before
        a surname-like word ("August Pfluger", "Mar Roxas", "Jan van Lohuizen")."""
        word, after = run[0], run[1] if len(run) > 1 else None
        return (after is not None and (word.text in self.lexicon.first_name_genders or word.text in MONTH_WORDS)
                and word.text in self.lexicon.not_first_names
                and not any(start <= word.idx < end for start, end in dates)
                and (word.i == 0 or doc[word.i - 1].lower_ not in _DATING)
                and after.text not in self.lexicon.not_first_names and after.lower_ not in self.index.parties
                and not self.lexicon.not_a_name([after.text]))

    def _after_a_portfolio(self, doc: Doc, i: int) -> bool:
        """Whether the run at token `i` begins with the portfolio of an office named before it:
        "Minister for Education ...", "Minister of State for Defence ...", "spokesman on Health ...",
        "Minister of International Trade and Industry ..."."""
        start = i
        if i >= 3 and doc[i - 1].lower_ in ("and", "&") and doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha:
            i -= 2  # back over the portfolio's earlier words ("Jobs, Enterprise and Innovation")
            while i >= 2 and i > start - 8 and (doc[i - 1].text == "," or doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha
                                               and doc[i - 1].lower_ not in self._role_words):
                i -= 1
            if any(t.text in self.lexicon.first_name_genders for t in doc[i:start]):
                return False  # names, not a portfolio: "a spokesman for Reyes and Mary Ann Lee"
        return i >= 2 and doc[i - 1].lower_ in ("for", "of", "on") and any(  # ("Minister of State for Defence ...")
            doc[j].lower_ in self._role_words for j in range(max(0, i - 4), i - 1))

    def _name_start(self, tokens: list[str]) -> int:
        """Index of the first token after the titles, roles, places and sentence words of a run."""
        start = 0
        for i in range(len(tokens)):
            if i == len(tokens) - 1 and i and tokens[i - 1] in self.lexicon.first_name_genders:
                break  # a surname that is a title too: "Foreign Minister Julie Bishop"
            for width in range(min(self._max_role, i + 1), 0, -1):
                phrase = " ".join(tokens[i - width + 1 : i + 1]).lower()
                if phrase in self._role_words:
                    start = i + 1
                    break
        while start < len(tokens):
            word = tokens[start]
            adverb = word.endswith("ly") and len(word) > 5 and word not in self.lexicon.first_name_genders and len(tokens) - start > 2
            # (a group the names are of: "Progressives Ann Cho and Tom Reyes", but "Moderates" alone may be a surname)
            group = word.endswith("s") and word.lower()[:-1] in self.lexicon.descriptors and len(tokens) - start > 2
            # a noun of what someone is, before a first name and a surname: "Klansman David Duke" (not "Norman Ray Allen")
            calling = (re.fullmatch(r"[A-Z][a-z]{3,}(?:s?wo)?man", word) is not None and len(tokens) - start > 2
                       and word not in self.lexicon.first_name_genders and tokens[start + 1] in self.lexicon.first_name_genders)
            if word in self.lexicon.not_first_names or word.lower() in self.lexicon.descriptors or adverb or group or calling:
                start += 1  # (an adverb opening the sentence: "Reportedly Tom Reyes ...", but "Kimberly Ann Cho")
                continue
            # a place before a name ("Iceland Jeff Gunter"), or a run that is only a place ("South Carolina")
            width = next((w for w in (3, 2, 1) if start + w <= len(tokens) and " ".join(tokens[start : start + w]).lower() in self._place_words), 0)
            left = len(tokens) - start - width
            if width and (left >= 2 or left == 0):
                start += width
                continue
            break
        return start

    def _guess_type(self, words: list[str], doc: Doc, first: int) -> str:
        phrases = set(words)
        for width in (2, 3):
            phrases |= {" ".join(words[i : i + width]) for i in range(len(words) - width + 1)}
        found = self.lexicon.role_type(phrases)
        if found is None and first > 0 and doc[first - 1].lower_ in self.index.parties:
            found = "Politician"
        return found or "Person"

    def _new_parties(self, doc: Doc, taken: set[int], parties: list[Mention]) -> list[Mention]:
        """Parties the lexicon and the graph do not know, named in full: capitalized words ending
        with "Party" ("the People's National Party", "the United Party for National Development")
        or "party" ("the Likud party", named "Likud Party"),
        or with another word of `party_endings` when its initials follow in parentheses ("the
        Movement for Democratic Change (MDC)"), or beginning with a word of `party_beginnings`
        ("Parti Sosialis Malaysia"); and those initials wherever the article uses them."""
        found: list[Mention] = []
        initials: dict[str, EntityRef] = {}
        known = {i: m for m in parties for i in _token_indices(doc, [m])}
        local = {name for names in self.index.local_parties.values() for name in names}
        for token in doc:
            lower_case = token.text == "party" and token.i > 0 and doc[token.i - 1].text[:1].isupper()  # "the Likud party"
            bare = token.text in self.lexicon.party_bare_endings
            if token.i in taken or (token.text not in self.lexicon.party_endings and not lower_case and not bare):
                continue
            first, last = self._party_name_span(doc, token.i, taken, extend=not bare)
            acronym = doc[last + 2].text if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")" else None
            acronym = acronym if acronym and _INITIALS_OF_A_PARTY.fullmatch(acronym) else None
            label = doc[first:last].text + " Party" if lower_case and last == token.i else doc[first : last + 1].text
            if label in self.lexicon.not_parties or any(i in taken for i in range(first, last + 1)):
                continue
            extra = [t for t in doc[first : last + 1] if t.i not in known]
            if lower_case and extra == [token] and len({(known[i].start, known[i].end) for i in range(first, token.i)}) == 1:
                continue  # "his MDC Alliance party": a known party's name, then the word
            if not extra and token.i in known and acronym:
                continue  # "the Liberal Party (LP)", known: its initials are read with the known parties' below
            if (first == token.i and last == token.i) or not extra or (len(extra) <= last - first and any(t.is_sent_start or t.like_num or (t.text not in _NAME_WORDS_NOT_PLACES and (
                    t.lower_ in self._place_words or self.lexicon.names_a_place(t.text))) for t in extra)):
                continue  # a known party's name alone, or after a place ("the Texas Democratic Party"), a count ("Five
                # Liberal Party lawmakers") or a sentence's first word
            if lower_case and (label in local or label.removesuffix(" Party") in local):
                continue  # "the Liberal party" in an article whose country is not told: whose Liberals is not known
            if lower_case and (self.lexicon.names_a_place(" ".join(t.text for t in extra)) or any(
                    t.lower_ in self._place_words or self.lexicon.names_a_place(t.text)
                    or (t.text in self.lexicon.not_first_names and _PEOPLE_OF_A_PLACE.fullmatch(t.text)) for t in extra)):
                continue  # "the Texas party", "the Kenyan party", "the American party": a place's or a people's, not a name
            if token.lower_ != "party" and acronym is None and not _founded(doc, first, self.lexicon.founding | self.lexicon.party_standing):
                continue  # "the Civil Rights Movement": no party unless its initials say it is a body's name, or
                # it is said to be founded ("left the JLP to form the National Democratic Movement") or to rule
            ref = self.index.parties.get(label.lower()) or EntityRef(slug(label), label, "PoliticalParty", new=True)
            found.append(Mention(doc[first].idx, doc[last].idx + len(doc[last].text), "G", ref, label))
            taken = taken | set(range(first, last + 1))
            if acronym:
                initials[acronym] = ref
                taken = taken | {last + 2}
        for token in doc:  # "Parti Sosialis Malaysia (PSM)": a name begun by the word for party
            if token.i in taken or token.text not in self.lexicon.party_beginnings or token.i + 1 >= len(doc) or not _is_name_token(doc[token.i + 1].text):
                continue
            last = token.i + 1
            while last + 1 < len(doc) and last + 1 not in taken and (_is_name_token(doc[last + 1].text) or (
                    doc[last + 1].is_lower and doc[last + 1].is_alpha and len(doc[last + 1]) <= 3 and last + 2 < len(doc)
                    and _is_name_token(doc[last + 2].text))):  # ("Lakas ng Bayan", "Partido de la ...")
                last += 1
            label = doc[token.i : last + 1].text
            acronym = doc[last + 2].text if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")" else None
            ref = self.index.parties.get(label.lower()) or EntityRef(slug(label), label, "PoliticalParty", new=True)
            found.append(Mention(token.idx, doc[last].idx + len(doc[last].text), "G", ref, label))
            taken = taken | set(range(token.i, last + 1))
            if acronym and _INITIALS_OF_A_PARTY.fullmatch(acronym):
                initials[acronym] = ref
                taken = taken | {last + 2}
        for token in doc:  # "her own party, the Alliance for Democracy and Prosperity": a name in apposition to "party"
            first = token.i + 3
            if (token.lower_ != "party" or first >= len(doc) or doc[token.i + 1].text != "," or doc[token.i + 2].lower_ != "the"
                    or first in taken or not _is_name_token(doc[first].text)):
                continue
            last = first
            while last + 1 < len(doc) and last + 1 not in taken and (_is_name_token(doc[last + 1].text) or (
                    doc[last + 1].lower_ in ("for", "of", "and", "'s", "’s") and last + 2 < len(doc) and last + 2 not in taken
                    and _is_name_token(doc[last + 2].text))):  # ("the People's Movement")
                last += 1
            label = doc[first : last + 1].text
            if label in self.lexicon.not_parties or self.lexicon.names_a_place(label):
                continue
            ref = self.index.parties.get(label.lower()) or EntityRef(slug(label), label, "PoliticalParty", new=True)
            found.append(Mention(doc[first].idx, doc[last].idx + len(doc[last].text), "G", ref, label))
            taken = taken | set(range(first, last + 1))
        for party in parties:  # "Pakatan Harapan (PH)", known by a name no ending of a party's ends: "PH" is it too
            last = max(_token_indices(doc, [party]))
            if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")" and _INITIALS_OF_A_PARTY.fullmatch(doc[last + 2].text):
                initials.setdefault(doc[last + 2].text, party.ref)
        for token in doc:  # "the PNP", "a PNP MP"
            if token.i not in taken and token.text in initials:
                found.append(Mention(token.idx, token.idx + len(token.text), "G", initials[token.text], token.text))
        return found

    def _party_name_span(self, doc: Doc, ending: int, taken: set[int], extend: bool = True) -> tuple[int, int]:
        """The first and last tokens of the party's name that ends at (or, with "of"/"for"
        after, goes on from, if `extend`) token `ending`: "the [People's National Party]", "the
        [United Party for National Development]"."""
        first = ending
        while first > 0 and first - 1 not in taken and _party_word(doc[first - 1]) and doc[first - 1].text not in self.lexicon.before_parties:
            if doc[first - 1].text in ("'s", "’s") and not (first > 1 and doc[first - 2].text in self.lexicon.party_possessors):
                break  # "Clive Palmer's United Australia Party": his, not part of the name (but "the People's National Party")
            first -= 1
        while first < ending and doc[first].lower_ == "the":
            first += 1
        last = ending
        if extend and last + 2 < len(doc) and doc[last + 1].lower_ in ("of", "for") and _party_word(doc[last + 2]) and doc[last + 2].lower_ != "the":
            last += 1
            while last + 1 < len(doc) and last + 1 not in taken and doc[last + 1].lower_ != "the" and (
                    _party_word(doc[last + 1]) or doc[last + 1].lower_ == "and"):
                last += 1
            while doc[last].lower_ == "and":
                last -= 1
        return first, last

    def _same_person(self, label: str, by_last: dict[str, list[EntityRef]]) -> EntityRef | None:
        """An earlier full name that is this one, shortened ('Van Drew') or misspelled ('Krysten
        Sinema' for 'Kyrsten Sinema')."""
        words = _particles_lowered(label.split())  # ("De Blasio", opening a sentence, after "Bill de Blasio")
        for ref in by_last.get(words[-1], ()):
            other = _particles_lowered(ref.label.split())
            if len(words) < len(other) and other[-len(words) :] == words:
                return ref  # "Van Drew" after "Jeff Van Drew", "Nii Yarboi Annan" after "Michael Nii Yarboi Annan"
            if other[1:-1] and words[1:-1] and not _same_middle(other[1:-1], words[1:-1]):
                continue  # "Ghulam Haider Bharwana" is not "Ghulam Bibi Bharwana", "George H. W. Bush" not "George W. Bush"
            if other == words or (len(other) >= 2 and _misspelled(other[0], words[0])):
                return ref
        if len(words) > 1:  # "Ahmad Zahid" after "Ahmad Zahid Hamidi" (but "Donald Trump" is not "Donald Trump Jr.")
            longer = {ref for refs in by_last.values() for ref in refs if (other := ref.label.split())[: len(words)] == words
                      and len(other) > len(words) and not _SUFFIXES.intersection(other[len(words):])}  # fmt: skip
            if len(longer) == 1:
                return longer.pop()
        return None

    def _short_form(self, text: str, start: int, full: list[Mention], first_name: bool = False,
                    article: str = "") -> tuple[EntityRef | None, bool]:
        """The person whose full name ends with `text` (begins with it, for a `first_name`: "Sir
        Keir"): the nearest one before, not one named as someone's relative ("his father John
        Chafee") while another is not, else (in a headline or lede) the first after, or the only
        one after; failing that, a guess (True): the one known person with that last name."""
        words = text.split()
        if first_name:
            matches = [m for m in full if m.ref and m.ref.label.split()[: len(words)] == words and m.text != text]
        else:
            matches = [m for m in full if m.ref and m.text != text and (
                m.ref.label.split()[-len(words):] == words or _family_name_first(m.ref.label) == text  # ("Moon" of "Moon Jae-in")
                or text in _NICKNAME.findall(m.ref.label))]  # ("Scott" of 'Pedzisai "Scott" Sakupwanya')
        office = self._office_before(article, start)
        if office and matches:  # "President Bush" is not the "Gov. Jeb Bush" of the same story
            matches = [m for m in matches if not (other := self._office_before(article, m.start)) or office & other]
            if not matches:
                return EntityRef(slug(text), text, "Politician", new=True), False
        kin = {m.ref.id for m in matches if self._kin.search(article[max(m.start - 30, 0) : m.start])}
        if kin:  # (if all are relatives, the lone surname is someone of their own: "Sawyer, son of the late Mayor Eugene Sawyer")
            matches = [m for m in matches if m.ref.id not in kin]
            if not matches:
                return EntityRef(slug(text), text, "Person", new=True), False
        before = [m for m in matches if m.start < start]
        if before:
            return before[-1].ref, False
        only = len({m.ref.id for m in matches}) == 1 and matches[0].ref.label.split()[0] in self.lexicon.first_name_genders
        if matches and (start < _LEDE or only):  # (or the one person the article names in full with it later, by a first name)
            return matches[0].ref, False
        refs = self.index.persons.get(text, [])
        if len(refs) > 1:  # an alias several entities share: the one the article names in full
            named = {m.ref for m in full} & set(refs)
            return (named.pop() if len(named) == 1 else None), False
        guess = self.index.known_last_name(text) if len(words) == 1 else None
        return guess, guess is not None

    def _office_before(self, text: str, start: int) -> frozenset[str]:
        """The office a politician's title just before a name gives, as the role nouns of the
        lexicon's `titles` ("Gov." and "Governor": governor); none after "then-", which tells
        an office held before."""
        found = _WORD_BEFORE.search(text, max(start - 40, 0), start)
        word = found.group(1).lower() if found else ""
        if not word or word.startswith("then") or self.lexicon.roles.get(word) != "Politician":
            return frozenset()
        one = word[:-2] + "." if word.endswith("s.") else word[:-1] if word.endswith("s") else word  # ("Reps.", "Representatives")
        titles = self.lexicon.titles
        return titles.get(word) or titles.get(one) or titles.get(one + ".") or frozenset({one.rstrip(".")})

    # --- elections -----------------------------------------------------------------------

    def _surnames_named_in_full(self, mentions: list[Mention], text: str) -> list[Mention]:
        """A lone surname the graph knows ("Harris") is, like any short form, the person the
        article names in full with it (`_short_form`), when that is someone else ("former pastor
        Mark Harris ... Harris defeated Pittenger"); a guess keeps the graph's."""
        full = sorted((m for m in mentions if m.kind == "P" and m.ref is not None), key=lambda m: m.start)
        out = []
        for m in mentions:
            if m.kind == "P" and m.ref is not None and not m.ref.new and " " not in m.text.strip():
                ref, guessed = self._short_form(m.text, m.start, full, article=text)
                if ref is not None and not guessed:
                    m = replace(m, ref=ref)
            out.append(m)
        return out

    def _election_phrases(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        normalized = normalize_quotes(text)
        found: list[Mention] = []
        for regex in self._elections:
            for match in regex.finditer(normalized):
                start, end = match.span("e")
                if any(s < end and start < e for s, e in taken):
                    continue
                phrase = text[start:end]
                info = election_info(phrase, self.lexicon)
                anaphor = info.office is None and not info.places
                found.append(Mention(start, end, "E", None, phrase, info=info, anaphor=anaphor))
        return found

    def _resolve_elections(self, mentions: list[Mention], sentences: list[Sentence], text: str, year: str | None) -> None:
        """Named elections by office, place and year; "the race" by the election named earlier in
        the same sentence, else the one the article has named most so far."""
        seen: list[EntityRef] = []
        sentence_of = {i: n for n, s in enumerate(sentences) for i in s.mentions}
        seen_in: dict[int, list[EntityRef]] = {}
        for i, mention in enumerate(mentions):
            if mention.kind != "E":
                continue
            number = sentence_of.get(i, -1)
            if mention.ref is None and mention.info is not None:
                if mention.anaphor:
                    mention.ref = self._antecedent_election(seen, seen_in.get(number, []), mention.info.year)
                else:
                    sentence = sentences[number] if number >= 0 else None
                    mention.ref = self.index.resolve_election(
                        mention.info, year=_nearest_year(text, sentence, mention) or year, seen=seen
                    )
            if mention.ref is not None:
                seen.append(mention.ref)
                seen_in.setdefault(number, []).append(mention.ref)

    def _antecedent_election(self, seen: list[EntityRef], same_sentence: list[EntityRef], year: str | None) -> EntityRef | None:
        def fits(ref: EntityRef) -> bool:
            return year is None or self.index.election_year(ref) in (None, year)

        for ref in reversed(same_sentence):
            if fits(ref):
                return ref
        counts: dict[EntityRef, tuple[int, int]] = {}
        for order, ref in enumerate(seen):
            if fits(ref):
                counts[ref] = (counts.get(ref, (0, 0))[0] + 1, order)
        return max(counts, key=lambda r: counts[r]) if counts else None


# --- helpers -------------------------------------------------------------------------------


_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _text(doc: Doc) -> str:
    """The doc's text, kept with it (spaCy joins the tokens again on every access of doc.text)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def _pipeline(lexicon) -> Language:
    """spacy.blank('en') that splits sentences at line breaks and after . ! ?, and keeps title
    abbreviations ("Reps.", "Sens.") whole."""
    import spacy
    from spacy.language import Language

    if "kg_line_breaks" not in Language.factories:
        Language.component("kg_line_breaks", func=_line_breaks)
    if "kg_lower_case_goes_on" not in Language.factories:
        Language.component("kg_lower_case_goes_on", func=_lower_case_goes_on)
    from .article import MAX_BYTES

    nlp = spacy.blank("en")
    # spaCy refuses texts over 1M characters for fear of its parser's memory; this pipeline has
    # no parser, and articles are capped at MAX_BYTES when read.
    nlp.max_length = MAX_BYTES
    keep_titles_whole(nlp, lexicon)
    nlp.add_pipe("kg_line_breaks")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_lower_case_goes_on")
    return nlp


def keep_titles_whole(nlp: Language, lexicon) -> None:
    """Make the tokenizer keep the lexicon's abbreviated titles ("Lt.", "Reps."), descriptors
    ("Rtd.") and places ("Vt.", "Wyo.") one token, so that no sentence ends at their full stop
    ("Sen. X (I-Vt.) said", "Lieutenant (Rtd.) X said")."""
    from spacy.symbols import ORTH

    for word in (*lexicon.roles, *lexicon.descriptors, *lexicon.places):
        if word.endswith(".") and " " not in word:
            for form in {word, word.capitalize()}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


_BRACKET_HYPHEN = re.compile(r"(.*\w)([)\]])([-–])([a-z].*)")  # "PTI)-backed"
_LETTER_AT_THE_END = re.compile(r"[-–][A-Z]\.(?=\s|$)")  # ("joined the PML-N.")
_LETTER_AND_STOP = re.compile(r"[A-Z]\.")


def tokenized(nlp: Language, text: str) -> Doc:
    """The text's tokens, a closing bracket before a hyphen and a word in lower case split off as
    a letter would be: "the Tehreek-e-Insaf (PTI)-backed candidate" is "PTI", ")", "-", "backed"
    (spaCy's tokenizer keeps "PTI)-backed" one token), but "(PDP)-Laban" stays a name; and a
    sentence's full stop after a hyphen and a capital letter split from the letter ("joined the
    PML-N." is "PML", "-", "N", ".", where the tokenizer makes an initial of "N."). (An infix given
    to the tokenizer instead makes it reload its special cases: 0.07 s a pipeline.)"""
    doc = nlp.make_doc(text)
    bracketed = any(mark in text for mark in (")-", "]-", ")–", "]–"))
    if not bracketed and not _LETTER_AT_THE_END.search(text):
        return doc
    found = [(token, list(m.groups())) for token in doc if (m := _BRACKET_HYPHEN.fullmatch(token.text))] if bracketed else []
    found += [(token, [token.text[0], "."]) for token in doc if token.i and _LETTER_AND_STOP.fullmatch(token.text)
              and doc[token.i - 1].text in ("-", "–") and not doc[token.i - 1].whitespace_
              and (token.i + 1 == len(doc) or token.whitespace_ or doc[token.i + 1].is_space)]
    with doc.retokenize() as retokenizer:
        for token, parts in found:
            retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))
    return doc


def keep_words_whole(nlp: Language, words: Iterable[str]) -> None:
    """Make the tokenizer keep hyphenated words one token, in their forms as nouns and verbs
    ("front-runner", "by-elections", "co-chaired"), with the word the triggers list as their lemma
    (split, they parse as "front", "-", "runner"; whole, the lemmatizer makes "co-chaire" of
    "co-chaired")."""
    from spacy.symbols import ORTH

    lemmas: dict[str, str] = {}
    for word in words:
        stem = word[:-1] if word.endswith("e") else word
        for form in (word, word + "s", stem + "ed", stem + "ing"):
            lemmas[form] = word
    for form in lemmas:
        for written in {form, form.capitalize()}:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    _set_lemmas(nlp, lemmas)


def correct_lemmas(nlp: Language, lemmas: dict[str, str]) -> None:
    """Give the forms the lemmatizer reads as another word's their own word as lemma ("hoped":
    hope, not hop), and make "found" after "help" the verb of founding, not the participle of
    "find" the tagger takes it for ("quit the Tories to help found Change UK")."""
    _set_lemmas(nlp, lemmas)
    if "attribute_ruler" in nlp.pipe_names:
        pattern = [{"LOWER": {"IN": ["help", "helps", "helped", "helping"]}}, {"LOWER": "found"}]
        nlp.get_pipe("attribute_ruler").add([pattern], {"LEMMA": "found", "TAG": "VB", "POS": "VERB"}, index=1)


def _set_lemmas(nlp: Language, lemmas: dict[str, str]) -> None:
    """Each form (lower-cased) -> its lemma, whatever the lemmatizer makes of it, set by a
    component at the end of the pipeline (as patterns of the attribute ruler, whose matcher every
    token goes through, they cost nearly half the parser's own time); a pipeline without an
    attribute ruler is left as it is."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    if "kg_lemmas" not in nlp.pipe_names:
        from spacy.language import Language

        if "kg_lemmas" not in Language.factories:
            Language.factory("kg_lemmas", func=lambda nlp, name: _FixedLemmas())
        nlp.add_pipe("kg_lemmas", last=True)
    fixed = nlp.get_pipe("kg_lemmas")
    fixed.lemmas.update({nlp.vocab.strings.add(form): lemma for form, lemma in lemmas.items()})


class _FixedLemmas:
    """A pipeline component that gives the words of a table their lemma."""

    def __init__(self) -> None:
        self.lemmas: dict[int, str] = {}  # the hash of a lower-cased form -> its lemma

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LOWER

        lemmas = self.lemmas
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            if lower in lemmas:
                doc[i].lemma_ = lemmas[lower]
        return doc


def _organizations_named_in_full(found: list[Mention]) -> list[Mention]:
    """A new organization named by the last words of one named before is that one
    (named_in_full)."""
    named: list[EntityRef] = []
    out = []
    for m in sorted(found, key=lambda m: m.start):
        if m.kind == "O" and m.ref is not None:
            if m.ref.new:
                m = replace(m, ref=named_in_full(m.ref.label, named) or m.ref)
            named.append(m.ref)
        out.append(m)
    return out


def named_in_full(label: str, named: Iterable[EntityRef]) -> EntityRef | None:
    """The organization, of those named before (in order), whose name ends with `label`'s words:
    "the Observer" after "The Charlotte Observer", "the Times" after "the Los Angeles Times"."""
    words = label.split()
    return next((r for r in reversed(list(named)) if len(r.label.split()) > len(words) and r.label.split()[-len(words):] == words), None)


def _initials_of_organizations(doc: Doc, taken: set[int], found: list[Mention]) -> list[Mention]:
    """The organizations the article names in full, where it writes their initials ("the WFA",
    "WFA-backed" after "the Working Families Alliance")."""
    bodies = [m.ref for m in found if m.kind == "O" and m.ref is not None]
    out = []
    for token in doc if bodies else ():
        if token.i in taken or not (token.is_alpha and token.text.isupper()) or _agency_of_a_dateline(doc, token.i, token.i + 1):
            continue
        ref = next((r for r in bodies if abbreviates(token.text, r.label)), None)
        if ref is not None:
            out.append(Mention(token.idx, token.idx + len(token.text), "O", ref, token.text))
    return out


def _hyphenated_names(doc: Doc, known: frozenset[str]) -> Doc:
    """One token for a hyphenated name ("Ocasio-Cortez", "Jean-Pierre"): capitalized words
    joined by hyphens with no space, so that a name's words are its tokens. Standing alone, not
    when a part is a one-word name in `known` ("the Bass-Caruso race"); beside another name
    ("Anne-Marie Trevelyan", "Bob Marshall-Andrews") it is one whatever its parts."""
    spans = []
    i = 0
    while i < len(doc) - 2:
        if _given_name_of_syllables(doc, i):
            spans.append(doc[i : i + 3])
            i += 3
            continue
        j = i
        while (j + 2 < len(doc) and doc[j + 1].text in ("-", "‐") and not doc[j].whitespace_ and not doc[j + 1].whitespace_
               and doc[j].text[:1].isupper() and doc[j + 2].text[:1].isupper() and doc[j].is_alpha and doc[j + 2].is_alpha
               and len(doc[j].text) > 1):  # fmt: skip
            j += 2
        if j > i and (_beside_a_name(doc, i, j) or not any(doc[k].text in known for k in range(i, j + 1, 2))):
            spans.append(doc[i : j + 1])
            i = j + 1
        else:
            i = max(j, i + 1)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


# One romanized Chinese or Korean syllable: "Kuo", "yu", "Jae", "chuan", "myung" (not "era", "led", "backed").
_SYLLABLE = re.compile(r"(?:ch|sh|zh|ts|hs|ng|[bcdfghjklmnpqrstwxyz])?h?[aeiouy]{1,3}(?:ng|n|m|k|p|t|l|r)?")


_LIKENESS = {"lite", "light", "like", "style", "esque", "ish"}  # "National-lite", "Tory-style": something like the party, not it


def _likened(doc: Doc, mention: Mention) -> bool:
    """Whether a party's name only says what something is like: "National-lite", "Labour-style"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc):
        return False
    dash, word = doc[span.end], doc[span.end + 1]
    return dash.text in ("-", "–") and dash.idx == mention.end and word.lower_ in _LIKENESS and word.idx == dash.idx + 1


_NICKNAME = re.compile(r"[\"“‘']([A-Z][\w.-]*)[\"”’']")  # a name's nickname in quotes: 'Edgardo "Sonny" Angara'


def _family_name_first(name: str) -> str | None:
    """The family name of a name given in the Chinese or Korean order ("Moon" of "Moon Jae-in")."""
    words = name.split()
    given = words[-1].split("-")
    if len(words) == 2 and len(given) == 2 and given[1].islower() and all(_SYLLABLE.fullmatch(g.lower()) for g in given):
        return words[0]
    return None


def _given_name_of_syllables(doc: Doc, i: int) -> bool:
    """Whether tokens i..i+2 are a given name of two syllables joined by a hyphen, the second in
    lower case, after a family name: "Han Kuo-yu", "Moon Jae-in", "Tseng Yung-chuan"."""
    first, hyphen, second = doc[i], doc[i + 1], doc[i + 2]
    before = doc[i - 1] if i > 0 else None
    return (hyphen.text in ("-", "‐") and not first.whitespace_ and not hyphen.whitespace_
            and first.text[:1].isupper() and second.text.islower() and _SYLLABLE.fullmatch(first.lower_) is not None
            and _SYLLABLE.fullmatch(second.text) is not None and before is not None and before.whitespace_ == " "
            and before.is_alpha and before.text[:1].isupper() and before.text[1:].islower())  # fmt: skip


def _beside_a_name(doc: Doc, first: int, last: int) -> bool:
    before = doc[first - 1] if first > 0 else None
    after = doc[last + 1] if last + 1 < len(doc) else None
    return (before is not None and before.whitespace_ == " " and before.is_alpha and before.text[:1].isupper() and before.is_sent_start is not True
            and before.pos_ != "DET" and before.text not in ("The", "A", "An")) or (
        after is not None and doc[last].whitespace_ == " " and after.is_alpha and after.text[:1].isupper())  # fmt: skip


def _line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (headlines, captions and list items have no full stop), except
    after a clause that opens a list with "are:" or "include:" when the next line is that list,
    told as a sentence ("The five candidates are:" and "A, B and C." on the line after)."""
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START])
    after_break = True
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break and token.i > 0 and not _list_goes_on(doc, token):
            starts[token.i] = 1
        after_break = "\n" in token.whitespace_
    # Set all at once: each `token.is_sent_start = True` scans the whole doc (quadratic time).
    doc.from_array([SENT_START], starts)
    return doc


OPENING_A_LIST = frozenset({"are", "were", "is", "was", "include", "includes", "included"})  # the verbs before the colon of "The candidates are:"


def _list_goes_on(doc: Doc, first: Token) -> bool:
    """Whether the line starting at `first` is the list a clause ending "are:" or "include:" on
    the line before opens, told as a sentence: it starts with a capital and ends with a full stop
    on its own line (not a list of items, one a line, nor a bullet)."""
    before = [t for t in doc[max(first.i - 4, 0) : first.i] if not t.is_space]
    if len(before) < 2 or before[-1].text != ":" or before[-2].lower_ not in OPENING_A_LIST or not first.text[:1].isupper():
        return False
    end = first
    while end.i + 1 < len(doc) and "\n" not in end.whitespace_ and not doc[end.i + 1].is_space:
        end = doc[end.i + 1]
    return end.text in (".", "!", "?") and end.i > first.i


_NAME_WORDS_NOT_PLACES = {"National"}  # "national" is the whole country's ("national races"); "National" starts a party's name


def _founded(doc: Doc, first: int, founding: frozenset[str]) -> bool:
    """Whether the name starting at token `first` follows a word of `founding` ("to form the", "launched a new")."""
    words = [t.lower_ for t in doc[max(first - 3, 0) : first]]
    while words and words[-1] in ("the", "a", "an", "new", "his", "her", "their", "own"):
        words.pop()
    return bool(words) and words[-1] in founding


def _lower_case_goes_on(doc: Doc) -> Doc:
    """A word in lower case after a full stop on the same line goes on the sentence: the stop was
    an abbreviation's ("Rep. X (R-KS.) lost his primary", "the U.S. president said")."""
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START]).astype("int64")
    changed = False
    for token in doc[1:]:
        before = doc[token.i - 1]
        if starts[token.i] != 1 or not (token.is_alpha and token.text[:1].islower()) or before.is_space or "\n" in before.whitespace_:
            continue
        if before.text in (".", ")") or (before.text.endswith(".") and len(before.text) > 1):
            starts[token.i] = -1
            changed = True
    if changed:  # (all at once, as in _line_breaks)
        doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


_BRANCH_NUMBER = re.compile(r"\d{1,5}[A-Z]{0,3}")
_PEOPLE_OF_A_PLACE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)")  # "American", "Chinese", "Jewish" (of the words no name begins with)
_INITIALS_OF_A_PARTY = re.compile(r"[A-Z][A-Z0-9-]*[A-Z0-9]")  # "PNP", "PF", "ZANU-PF"
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9]{2,7}|\d{1,4}[A-Z]{2,6}")  # "CTU", "DC37", "1199SEIU"
_DATING = {"in", "since", "last", "next", "of", "until", "by", "early", "late", "mid", "this", "on", "from", "through", "before", "after"}
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def _headlines(text: str) -> list[tuple[int, int]]:
    """The lines written in title case (`in_title_case`: "Former Candidates Endorse Their Former
    Rivals"; three long words are enough on the first line); but not the items of a list, which
    name people and groups ("Former Vice President Joe Biden" on a line of its own): one of
    title-case lines that follow each other, or one of the lines without a full stop after a line
    that ends with a colon."""
    lines: list[tuple[int, int, bool, str]] = []  # (start, end, in title case, line) of non-empty lines
    start = 0
    for line in text.split("\n"):
        if line.strip():
            title_case = in_title_case(line, 3 if not lines else 4)  # (fewer words on a first line, the story's headline)
            lines.append((start, start + len(line), title_case, line.rstrip()))
        start += len(line) + 1
    found = []
    for k, (begin, end, title_case, _) in enumerate(lines):
        if not title_case or (k and lines[k - 1][2]) or (k + 1 < len(lines) and lines[k + 1][2]):
            continue
        above = k - 1
        while above >= 0 and not _ends_a_sentence(lines[above][3]) and not lines[above][3].endswith(":"):
            above -= 1
        if above < 0 or not lines[above][3].endswith(":"):
            found.append((begin, end))
    return found


def in_title_case(line: str, words: int = 4) -> bool:
    """Whether a line is written as a headline: at least `words` words of four letters or more,
    nearly all capitalized, and no full stop at the end ("Kennedys Come Out for Obama")."""
    long = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    return len(long) >= words and sum(1 for w in long if w[0].isupper()) >= 0.8 * len(long) and not _ends_a_sentence(line)


def _ends_a_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", '"', "”"))


def _runs(doc: Doc, taken: set[int], roles: set[str]) -> list[list]:
    """Maximal runs of name-like tokens on one line, outside the known names (`roles`: lower-cased
    titles, which no bare initials stand before)."""
    runs: list[list] = []
    current: list = []
    nickname_until = -1
    for token in doc:
        if token.i <= nickname_until:
            current.append(token)
            continue
        if current and _quoted_nickname(doc, token.i, taken):  # Jesus "Chuy" Garcia
            nickname_until = token.i + 2
            current.append(token)
            continue
        if token.i not in taken and (_is_name_token(token.text) or (current and token.lower_ in _PARTICLES) or _bare_initials(doc, token, taken, roles)):
            if current and current[-1].whitespace_ != " ":
                runs.append(current)
                current = []
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _dateline(doc: Doc, token) -> bool:
    """Whether a word opens a line and a comma or dash follows it, or a news agency then one:
    "PHOENIX, Ariz. (AP) —", "ALBANY — ", "OLYMPIA (AP) —"."""
    opens = token.i == 0 or doc[token.i - 1].is_space or "\n" in doc[token.i - 1].whitespace_
    after = token.i + 1
    if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 1].text.isupper() and doc[after + 2].text == ")":
        after += 3
    return opens and after < len(doc) and doc[after].text in (",", "—", "–", "-", "--")


def _agency_of_a_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are in parentheses near the start of a line that opens with a word
    in capitals: "LANSING (AP) -", "PHOENIX, Ariz. (Reuters) -"."""
    if not (start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"):
        return False
    first = start - 1
    while first > 0 and not doc[first - 1].is_space and "\n" not in doc[first - 1].whitespace_ and start - first < 6:
        first -= 1
    opens = first == 0 or doc[first - 1].is_space or "\n" in doc[first - 1].whitespace_
    return opens and doc[first].is_alpha and doc[first].text.isupper() and len(doc[first].text) > 1


def _in_parentheses_after_a_name(doc: Doc, i: int) -> bool:
    """Whether token `i` opens a parenthesis right after a name: "Rona Ambrose (Sturgeon
    River-Parkland, Alta.)" gives her riding."""
    return i >= 2 and doc[i - 1].text == "(" and _is_name_token(doc[i - 2].text)


def _opening_gerund(doc: Doc, token, first_names) -> bool:
    """Whether a capitalized word that opens a sentence is a verb's -ing form ("Joining", "Backing"), not a name."""
    opens = token.i == 0 or token.is_sent_start or doc[token.i - 1].is_punct or "\n" in doc[token.i - 1].whitespace_
    return opens and token.text.endswith("ing") and len(token.text) > 5 and token.text not in first_names


def _after_party_letter(doc: Doc, i: int) -> bool:
    """Whether token `i` follows a party's letter and a hyphen, as in "R-Corpus Christi"."""
    if i < 2 or doc[i - 1].text not in ("-", "–") or doc[i - 2].text not in ("D", "R", "I"):
        return False
    return doc[i - 2].whitespace_ == "" and doc[i - 1].whitespace_ == ""


def _bare_initials(doc: Doc, token, taken: set[int], roles: set[str]) -> bool:
    """Initials written without stops before a name, as Indian papers write them: "KL Agrawal",
    "HD Kumaraswamy", "J P Nadda"; not an acronym before a title ("NDP Leader X") or a known name ("BJP")."""
    if token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if _single_initial(token) and token.whitespace_ == " " and after.i not in taken:  # "J P Nadda"
        before = doc[token.i - 1] if token.i else None
        if _single_initial(after) and token.i + 2 < len(doc) and _is_name_token(doc[token.i + 2].text):
            return True
        return before is not None and _single_initial(before) and before.whitespace_ == " " and _is_name_token(after.text)
    if not (2 <= len(token.text) <= 3 and token.text.isalpha() and token.text.isupper()):
        return False
    return token.whitespace_ == " " and after.i not in taken and _is_name_token(after.text) and after.text.lower() not in roles


def _numbered_initials(doc: Doc, taken: set[int], parties: set[int]) -> list[tuple[int, int]]:
    """Initials and a number that name one body, as unions' branches are named: "SEIU 1199", "32BJ
    SEIU" (first and last token), a branch of the body the initials alone name; not a year ("GOP
    2024"), a count before initials ("10 TMC MLAs") nor a party's ("BJP 303"). Two letters and a
    number are a bill or a district as often ("SB 5", "NY 14"): a body only opening a line of a
    list ("DC 37"); in a sentence, the parse takes them for one where they act (parsing._add_named_people)."""
    found = []
    for token in doc[:-1]:
        after = doc[token.i + 1]
        if token.text.isalpha():
            letters, number, branch = token, after, _BRANCH_NUMBER
        else:
            letters, number, branch = after, token, _ACRONYM  # "32BJ SEIU", not "10 TMC"
        if number.i in taken or letters.i in parties or token.whitespace_ != " " or (found and found[-1][1] >= token.i):
            continue
        if len(letters.text) == 2 and not (token.i == 0 or "\n" in doc[token.i - 1].whitespace_ or doc[token.i - 1].is_space):
            continue
        if letters.text.isupper() and 2 <= len(letters.text) <= 6 and branch.fullmatch(number.text) and not _YEAR.fullmatch(number.text):
            found.append((token.i, after.i))
    return found


def _single_initial(token) -> bool:
    return len(token.text) == 1 and token.text.isupper() and token.text not in ("A", "I")


_QUOTES_OPEN = {'"', "“", "'", "‘"}
_QUOTES_CLOSE = {'"', "”", "'", "’"}


def _quoted_nickname(doc: Doc, i: int, taken: set[int]) -> bool:
    """Whether doc[i] opens a quoted nickname inside a name: `"Chuy"` between "Jesus" and "Garcia"."""
    if i + 3 >= len(doc) or doc[i].text not in _QUOTES_OPEN or doc[i + 2].text not in _QUOTES_CLOSE:
        return False
    return (doc[i - 1].whitespace_ == " " and _is_name_token(doc[i + 1].text) and doc[i + 2].whitespace_ == " "
            and _is_name_token(doc[i + 3].text) and not {i + 1, i + 3} & taken)  # fmt: skip


def _undisguised(doc: Doc, text: str, mention: Mention, known_ids: set[str]) -> Mention:
    """`mention`, or when its name is written with disguised words in it or beside it on the same
    line ("Jоe" before the known "Biden"), a new person named as written, with an id no known
    entity has (a slug of "Ｊｏｅ Ｂｉｄｅｎ" is joe-biden)."""
    from ..lookalike import disguised

    if mention.kind != "P" or mention.ref is None:
        return mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    first, last = span.start, span.end
    while first > 0 and disguised(doc[first - 1].text) and "\n" not in doc[first - 1].whitespace_:
        first -= 1
    while last < len(doc) and disguised(doc[last].text) and "\n" not in doc[last - 1].whitespace_:
        last += 1
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
    written = text[start:end]
    if not disguised(written):
        return mention
    base = new_id = slug(written)
    n = 2
    while new_id in known_ids:
        new_id, n = f"{base}-{n}", n + 1
    return replace(mention, start=start, end=end, text=written, ref=EntityRef(new_id, written, mention.ref.type, new=True))


def _party_word(token) -> bool:
    """A word of a party's name: capitalized ("Jamaica", "ZANU-PF"), or a possessive ending ("People's")."""
    return (token.text[:1].isupper() and token.text.replace("-", "").isalpha()) or token.text in ("'s", "’s")


def _token_indices(doc: Doc, mentions: list[Mention]) -> set[int]:
    """The tokens the mentions cover."""
    taken: set[int] = set()
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    return taken


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest first (a leading "the" not counted: "the Republican", a newspaper's name, loses to
    "Republican Party"), then earliest; a mention inside or across a kept one is dropped."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-_core_length(m), m.start)):
        if not any(mention.start < k.end and k.start < mention.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _core_length(mention: Mention) -> int:
    text = mention.text
    return len(text) - (4 if text[:4].lower() == "the " else 0)


_OPENING = "“‘\"'"


def _opening_quote(text: str, i: int) -> bool:
    """Whether the character at `i` opens a quotation: a quote mark after a space or at the start."""
    return text[i] in _OPENING and (i == 0 or text[i - 1].isspace())


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    """The sentence without the spaces around it, its opening quote given back where the splitter
    left it at the end of the sentence before ('He said so. "' + 'I would ...')."""
    while start < end and text[start].isspace():
        start += 1
    if start > 0 and _opening_quote(text, start - 1):
        start -= 1
    while end > start and (text[end - 1].isspace() or (end - 1 > start and _opening_quote(text, end - 1))):
        end -= 1
    return Sentence(start, end, text[start:end], []) if end > start else None


def _assign(mentions: list[Mention], sentences: list[Sentence]) -> None:
    j = 0
    for i, mention in enumerate(mentions):
        while j < len(sentences) and sentences[j].end <= mention.start:
            j += 1
        if j < len(sentences) and sentences[j].start <= mention.start:
            sentences[j].mentions.append(i)


def _nearest_year(text: str, sentence: Sentence | None, mention: Mention) -> str | None:
    if sentence is None:
        return None
    years = [(abs(m.start() + sentence.start - mention.start), m.group(1)) for m in _YEAR.finditer(sentence.text)]
    return min(years)[1] if years else None


def _election_regex(lexicon) -> list[re.Pattern[str]]:
    """Election phrases, most specific first; group `e` is the mention."""
    office = alternation(lexicon.offices)
    contest = alternation(lexicon.contests)
    anaphor = alternation(lexicon.anaphors)
    place = r"(?-i:(?:[A-Z][\w.']*\s+){0,2}[A-Z][\w.']*)"
    year = r"(?:(?:19|20)\d\d\s+)"
    head = r"(?:candidate|candidates|hopeful|hopefuls|contender|contenders|nominee)"
    flags = re.IGNORECASE
    return [
        re.compile(rf"(?<![\w-])(?P<e>{year}?(?:{place}(?:'s)?\s+)?{office}\s+(?:recall\s+)?{contest})(?![\w-])", flags),
        re.compile(rf"(?<![\w-])(?P<e>{year}?{contest}\s+for\s+(?:the\s+)?{office}(?:\s+(?:of|in)\s+{place})?)(?![\w-])", flags),
        re.compile(rf"(?<=\bfor\s)(?P<e>{office}\s+(?:of|in)\s+{place})(?![\w-])", flags),
        re.compile(rf"(?<=\bfor\s)(?P<e>{place}\s+(?-i:governor|mayor|Senate|senator))(?![\w-])", flags),
        re.compile(rf"(?P<e>(?:U\.S\.\s+)?(?-i:Senate)\s+(?:seat\s+)?in\s+{place})(?![\w-])", flags),
        re.compile(rf"(?<![\w-])(?P<e>{year}?(?:{place}(?:'s)?\s+)?{office})(?=\s+{head}\b)", flags),
        re.compile(rf"(?<![\w-])(?P<e>{year}?{anaphor})(?![\w-])", flags),
    ]
