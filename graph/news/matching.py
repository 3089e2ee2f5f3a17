"""Run the relation patterns over the sentences of one article and turn matches into candidates.

Each sentence becomes a sketch (see rules.py); a match's groups are resolved to entities: the
mentions they span, or for a pronoun ("he", "him", "his") or a role phrase ("the Democratic
congresswoman") the nearest compatible person named before it — in the same sentence, else the
first person named in the sentences before. Negation cues drop asserted statements of their
relation from the sentence; hedge cues make them disputed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from itertools import combinations

from .dates import find_dates, not_after
from .mentions import Mention, Sentence, normalize_quotes
from .model import Candidate, EntityRef
from .names import NameIndex
from .rules import Rule, RuleSet
from .gender import article_genders, pronoun_gender
from .sections import headings, section_people
from .signatures import is_a, signature

__all__ = ["Sketch", "sketch", "match_article", "clause_date", "Context"]

_PLACEHOLDER = re.compile(r"⟦([PGEO])(\d+)⟧")
_CLAUSE_BREAK = re.compile(r"[—–();]|\s--\s|,\s+(?=(?:and|but|while|who|whom|which|whose|where|when)\b)")
# A parenthesis or a pair of dashes: a person named in it is seldom whom a pronoun after it means
_ASIDE = re.compile(r"\([^()]*\)|\s[-–—]\s[^-–—]*?\s[-–—]\s|,\swho(?:se|m)?\s[^,]*,")  # ("X, who ran against Y, ... his")
_PRONOUN_FIRST = re.compile(r"\W*(?:He|She|They)\b")
# a quotation: in double quotes, or in single ones opened after a space and closed before one ("I'm" is no quote)
_QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]|(?:^|(?<=\s))['‘].*?['’](?=[\s,.;:!?]|$)")
_SAID_BY_A_PRONOUN = re.compile(r"[”\"'’]\s*,?\s*(?:he|she|they)\s+\w+", re.IGNORECASE)


def _quotations(sentence) -> list[tuple[int, int]]:
    """The article offsets of the quotations of a sentence."""
    return [(sentence.start + q.start(), sentence.start + q.end()) for q in _QUOTATION.finditer(sentence.text)]
ANAPHOR_FACTOR = 0.85  # confidence kept when a slot was filled by resolving a pronoun or a role phrase


@dataclass(frozen=True)
class Sketch:
    text: str
    segments: tuple[tuple[int, int, int], ...]  # (sketch start, text start, mention index or -1)

    def to_text(self, position: int, mentions: list[Mention]) -> int:
        """The article offset of a sketch offset."""
        for start, text_start, index in reversed(self.segments):
            if start <= position:
                return mentions[index].start if index >= 0 else text_start + position - start
        return self.segments[0][1] if self.segments else 0


def sketch(sentence: Sentence, mentions: list[Mention], text: str) -> Sketch:
    """The sentence with quotes straightened and each mention replaced by its placeholder."""
    pieces: list[str] = []
    segments: list[tuple[int, int, int]] = []
    length = 0
    position = sentence.start
    for index in sentence.mentions:
        mention = mentions[index]
        if mention.start > position:
            segments.append((length, position, -1))
            piece = normalize_quotes(text[position : mention.start])
            pieces.append(piece)
            length += len(piece)
        segments.append((length, mention.start, index))
        piece = f"⟦{mention.kind}{index}⟧"
        pieces.append(piece)
        length += len(piece)
        position = mention.end
    if position < sentence.end:
        segments.append((length, position, -1))
        pieces.append(normalize_quotes(text[position : sentence.end]))
    return Sketch("".join(pieces), tuple(segments))


@dataclass
class _Filled:
    refs: list[EntityRef]
    resolved: bool  # filled by anaphora, the topic or "the two"


_QUOTE_CLOSED = re.compile(r'[,.!?]?["”]')  # where a quote closes
_QUOTE_MARK = re.compile(r'["“”]')
_SAID = re.compile(r"\b(?:said|says|told|added|wrote|declared|announced)\b")


class Context:
    """What the rules need to know about one article while matching it."""

    def __init__(
        self, text: str, date: str, source: str, mentions: list[Mention], sentences: list[Sentence], index: NameIndex,
        bound: dict[int, frozenset[str]] | None = None, subjects: dict[int, int] | None = None,
        resolved: dict[int, EntityRef] | None = None, later_subjects: dict[int, frozenset[int]] | None = None,
        described: dict[int, int] | None = None,
    ) -> None:
        self.text, self.date, self.source = text, date, source
        self.bound = bound or {}  # a pronoun's offset -> whom the parse says it cannot mean ("A and B backed her")
        self.resolved = resolved or {}  # a pronoun's offset -> whom the parse says it means ("X said he ...")
        self.subjects = subjects or {}  # sentence number -> its main subject, where parsed (parsing.Parsed)
        self.later_subjects = later_subjects or {}  # sentence number -> subjects of its later clauses, where parsed
        # sentence number -> the offset of its main subject where that describes a person, not names them ("The former MP resigned")
        self.described = described or {}
        self.mentions, self.sentences, self.index = mentions, sentences, index
        self._starts = [sentence.start for sentence in sentences]
        counts = Counter(m.ref for m in mentions if m.kind == "P" and m.ref is not None)
        ranked = counts.most_common(2)
        self.topic = ranked[0][0] if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        self.headings = headings(text, sentences, mentions)  # sentence number -> the person a heading line names
        self.sections = section_people(sentences, self.headings)
        self.genders = article_genders(text, sentences, mentions, index.lexicon)

    def persons(self, sentence: int) -> list[Mention]:
        """The sentence's mentions of people (not of a firm a run of names turned out to be)."""
        return [m for i in self.sentences[sentence].mentions
                if (m := self.mentions[i]).kind == "P" and m.ref is not None and m.ref.type != "Organization"]  # fmt: skip

    def antecedent(self, sentence: int, position: int, exclude: set[str], salient: bool = False) -> EntityRef | None:
        """Whom the pronoun at `position` means: whom the parse says ("X said he ..."), else the
        nearest person named before it in the sentence, else, in the closest sentence before that
        names one, the person it is about (its main subject, where parsed) or the first one it
        names; `salient`, of the several people that sentence names, the one the article has named
        most so far ("... named for Sanders. This week, Y cut an ad for him": Sanders, the
        candidate, more than another named in passing). In a section headed by a person's name,
        that person rather than one named in an earlier sentence."""
        bound = self.bound.get(position, frozenset())
        exclude = exclude | bound
        if (said := self.resolved.get(position)) is not None and said.id not in exclude and self.agrees(said, position):
            return said
        if bound and (earlier := self._same_pronoun_before(sentence, position)) is not None:
            # "X will be his media consultant, and Y will be his pollster": his, as the first his
            ref = self.antecedent(sentence, earlier, exclude - bound, salient)
            if ref is not None and ref.id not in exclude:
                return ref
        gender = pronoun_gender(self.text, position, self.index.lexicon)
        if gender is not None:  # "she" never means a man the article calls "Mr"
            exclude = exclude | {id_ for id_, known in self.genders.items() if known != gender}
        asides = [(a.start() + self.sentences[sentence].start, a.end() + self.sentences[sentence].start)
                  for a in _ASIDE.finditer(self.sentences[sentence].text)]  # fmt: skip
        same = [m for m in self.persons(sentence) if m.end <= position and m.ref.id not in exclude
                and not any(start <= m.start and m.end <= end <= position for start, end in asides)]  # not "X - in Y's riding - said she"
        if same:
            return same[-1].ref
        if (section := self.sections[sentence]) is not None:
            return section[0] if section[0].id not in exclude else None
        looked = 0
        for earlier in range(sentence - 1, -1, -1):
            if _PRONOUN_FIRST.match(self.sentences[earlier].text) or earlier in self.described:
                continue  # "He ... He later served as ...", "The former MP ... He": whom the first one means
            subject = self.subjects.get(earlier)
            quoted = _quotations(self.sentences[earlier])
            found = [m for m in self.persons(earlier) if m.ref.id not in exclude and not any(s <= m.start < e for s, e in quoted)]
            if salient and len({m.ref.id for m in found}) > 1:
                counts = Counter(m.ref.id for m in self.mentions if m.start < position and m.ref is not None)
                return max(found, key=lambda m: counts[m.ref.id]).ref
            if subject is not None and (ref := self.mentions[subject].ref) is not None and ref.id not in exclude:
                return ref  # the one a sentence is about, before the others it names
            if found:
                return found[0].ref
            if quoted and _SAID_BY_A_PRONOUN.search(self.sentences[earlier].text):
                continue  # "'I would never vote for Biden,' he said": whom "he" means, named before (not Biden)
            looked += 1
            if looked == 3:
                break
        return None

    def _same_pronoun_before(self, sentence: int, position: int) -> int | None:
        """Where the sentence has the same pronoun as at `position` before it, the first time."""
        word = re.match(r"\w+", self.text[position:])
        start = self.sentences[sentence].start
        if word is None:
            return None
        found = re.search(rf"\b{word.group()}\b", self.text[start:position])
        return start + found.start() if found is not None else None

    def named_next(self, sentence: int) -> EntityRef | None:
        """The person a story's first sentence describes ("A veteran Republican legislator switched to
        the Democrats"): the next sentence's subject, a person the first did not name."""
        if sentence != 0 or len(self.sentences) < 2:
            return None
        subject = self.subjects.get(1)
        ref = self.mentions[subject].ref if subject is not None else None
        return ref if ref is not None and ref.id not in {p.ref.id for p in self.persons(0)} else None

    def speaker(self, sentence: int) -> EntityRef | None:
        """Who says the quote `sentence` is in: the person named with a verb of speech just after
        the quote closes, in this sentence or one of the next two ('"I back B. ...," X said'), else
        just before it opens ('X said: "... I back B."'). The quote may open sentences before."""
        opening = self._quote_opening(sentence)
        if opening is None:
            return None
        opened = bisect_right(self._starts, opening) - 1
        for number in range(sentence, min(sentence + 3, len(self.sentences))):
            text, start = self.sentences[number].text, self.sentences[number].start
            closed = _QUOTE_CLOSED.search(text, max(opening + 1 - start, 0))
            if closed is None:
                continue
            for m in self.persons(number):
                said = _SAID.search(text, closed.end())
                if said is not None and m.start - start >= closed.end() and abs(m.start - start - said.start()) < 60:
                    return m.ref
            break
        lead = self.text[self.sentences[opened].start : opening]  # 'X said: ', 'X told reporters, '
        named = [m for m in self.persons(opened) if m.end <= opening]
        return named[-1].ref if named and (_SAID.search(lead) or lead.rstrip().endswith(":")) else None

    def _quote_opening(self, sentence: int) -> int | None:
        """The offset of the quotation mark that opens the quote `sentence` is in (or opens), if any."""
        start, end = self.sentences[sentence].start, self.sentences[sentence].end
        marks = [m.start() for m in _QUOTE_MARK.finditer(self.text, 0, end)]
        for k in range(0, len(marks), 2):  # the marks pair up: one opens, the next closes
            if k + 1 == len(marks) or marks[k + 1] >= start:
                return marks[k]
        return None

    def agrees(self, ref: EntityRef, position: int) -> bool:
        """Whether the pronoun at `position` can mean `ref` as far as gender goes ("she", a man)."""
        gender = pronoun_gender(self.text, position, self.index.lexicon)
        return gender is None or self.genders.get(ref.id, gender) == gender

    def nominal(self, sentence: int, position: int, role: str, exclude: set[str], relation: str, only_one: bool = False) -> EntityRef | None:
        """Whom "the governor" means: the person named last before `position` with that title
        ("Gov. X", "Governor X"). Failing that, where it is the subject of the sentence, whom a
        pronoun there would mean; for a statement about one person (a membership),
        the nearest person named before; for a tie between two people, nobody: the nearest one is
        too often someone else ("Manafort oversaw Ford's operations, when the incumbent president
        faced a challenge from Reagan"); `only_one`, the person only when no one else is named
        between ("A attacked B. The Republican said ...": either). In a section headed by a
        person's name, the person titled so in the section, else the heading's."""
        titles = self.index.lexicon.titles
        section = self.sections[sentence]
        for mention in reversed(self.mentions):
            if mention.start >= position or mention.kind != "P" or mention.ref is None or mention.ref.id in exclude:
                continue
            if section is not None and mention.start < section[1]:
                break
            number = max(bisect_right(self._starts, mention.start) - 1, 0)
            own = self.sentences[number]  # not the sentence before's words
            before = self.text[max(own.start, mention.start - 40) : mention.start].lower().split()[-3:]
            before += mention.text.lower().split()[:-1]  # the title may be part of the mention: "Former President Obama"
            after = self.text[mention.end : own.end]  # "X, the former governor, ..."
            if after.startswith(","):
                before += after[1:].split(",")[0].lower().split()[:4]
            if any(role in titles.get(word, {word.rstrip(".")}) for word in before) or (
                    "-" in role and f" {role.replace('-', ' ')} " in f" {' '.join(before).replace('-', ' ')} "):
                return mention.ref  # ("the vice-president": "Vice President X", "former vice-president X")
        if section is not None:
            return section[0] if section[0].id not in exclude else None
        if only_one:
            return self._only_one_before(sentence, position, exclude)
        if self.described.get(sentence) == position - self.sentences[sentence].start:
            return self.antecedent(sentence, position, exclude)  # "X launched her bid. The former mayor is backed by Y": X
        return None if is_a("Person", signature(relation)[1]) else self.antecedent(sentence, position, exclude)

    def _only_one_before(self, sentence: int, position: int, exclude: set[str]) -> EntityRef | None:
        """The person named last before `position`, in its sentence or the closest one before that
        names someone, if that sentence names no one else."""
        for number in range(sentence, -1, -1):
            named = {m.ref.id: m.ref for m in self.persons(number) if m.ref.id not in exclude and (number < sentence or m.end <= position)}
            if named:
                return next(iter(named.values())) if len(named) == 1 else None
        return None

    def organization(self, sentence: int, position: int, noun: str, exclude: set[str], anyone: bool) -> EntityRef | None:
        """Which organization "the union" means: the last one named before `position` with that
        word in its name ("Service Employees International Union"), else the only one named in this
        sentence or the two before, else the only one the article has named ("the Maryland State
        Teachers Association ... the union"); for a noun that can stand for any organization ("the
        group"), the last one named in this sentence or the two before."""
        before = [m for m in self.mentions if m.kind == "O" and m.ref is not None and m.end <= position and m.ref.id not in exclude]
        named = [m for m in before if noun in m.ref.label.lower().split()]
        if named:
            return named[-1].ref
        near = [m for m in before if m.start >= self.sentences[max(sentence - 2, 0)].start]
        if anyone:
            return near[-1].ref if near else None
        for found in (near, before):
            if len({m.ref.id for m in found}) == 1:
                return found[0].ref
        return None

    def party(self, sentence: int, position: int) -> EntityRef | None:
        """Which party "the party" means: the last one named before `position` in this sentence;
        else, of those named in the two before, the one the article has named most so far, then
        the last one ("the party's candidate" in an SLPP story is the SLPP's, though "the APC
        candidate" was named in the sentence before)."""
        before = [m for m in self.mentions if m.kind == "G" and m.ref is not None and m.end <= position
                  and m.ref.label != "Independent"]  # (no party: "the party's leader" is never the independents')
        if (here := [m for m in before if self.sentences[sentence].start <= m.start]):
            return here[-1].ref
        nearby = [m for m in before if self.sentences[max(sentence - 2, 0)].start <= m.start]
        if not nearby:
            return None
        named = Counter(m.ref for m in before)
        return max(reversed(nearby), key=lambda m: named[m.ref]).ref

    def last_two(self, sentence: int, position: int) -> list[EntityRef]:
        """The two people named last before `position` ("the two men")."""
        found: list[EntityRef] = []
        for current in range(sentence, max(sentence - 4, -1), -1):
            for mention in reversed(self.persons(current)):
                if (current < sentence or mention.end <= position) and mention.ref not in found:
                    found.append(mention.ref)
                    if len(found) == 2:
                        return found
        return []


def match_article(article: Context, rules: RuleSet) -> list[Candidate]:
    """Every candidate the rules find in the article, sentence by sentence."""
    text, date, mentions, sentences = article.text, article.date, article.mentions, article.sentences
    found: list[Candidate] = []
    for number, sentence in enumerate(sentences):
        if not sentence.mentions:
            continue
        current = sketch(sentence, mentions, text)
        current = Sketch(rules.capitalize_describing(current.text), current.segments)
        negated = {r for r, cue in rules.negation_cues.items() if cue.search(current.text)}
        hedged = {r for r, cue in rules.hedge_cues.items() if cue.search(current.text)}
        dates = None
        for rule in rules.rules:
            if rule.trigger is not None and rule.trigger.search(current.text) is None:
                continue
            for match in rule.regex.finditer(current.text):
                if dates is None:
                    dates = find_dates(sentence.text, date)
                for candidate in _emit_all(rule, match, current, article, number, dates):
                    if candidate.status == "asserted" and candidate.relation in negated:
                        continue
                    if candidate.status == "asserted" and candidate.relation in hedged:
                        candidate = _with_status(candidate, "disputed")
                    found.append(candidate)
    return found


def _with_status(candidate: Candidate, status: str) -> Candidate:
    from dataclasses import replace

    return replace(candidate, status=status)


def _emit_all(rule: Rule, match: re.Match[str], current: Sketch, article: Context, number: int, dates) -> list[Candidate]:
    out: list[Candidate] = []
    sentence = article.sentences[number]
    for emit in rule.emits:
        domain, range_ = signature(emit.relation)
        if emit.pair is not None:
            people = _fill(emit.pair, domain, match, rule, current, article, number, set())
            pairs = [(a, b) for a, b in combinations(dict.fromkeys(people.refs), 2)]
            resolved = people.resolved
            froms: list[EntityRef | None] = [None]
        else:
            subjects = _fill(emit.subject, domain, match, rule, current, article, number, set())
            if not subjects.refs:
                continue
            objects = _fill(emit.object, range_, match, rule, current, article, number, {r.id for r in subjects.refs})
            pairs = [(s, o) for s in subjects.refs for o in objects.refs if s.id != o.id]
            resolved = subjects.resolved or objects.resolved
            froms = [None]
            if emit.from_party is not None:
                left = _fill(emit.from_party, range_, match, rule, current, article, number, set())
                froms = list(left.refs) or [None]
        if not pairs:
            continue
        confidence = emit.confidence or rule.confidence
        if resolved:
            confidence *= ANAPHOR_FACTOR
        status = emit.status or rule.status
        dated = is_a("Person", range_)  # an election qualifies statements between people
        when = _date(match, current, article, sentence, dates)
        for subject, object_ in pairs:
            for left in froms:
                if left is not None and left.id == object_.id:
                    continue
                out.append(
                    Candidate(
                        subject=subject, relation=emit.relation, object=object_, source=article.source,
                        quote=sentence.text, rule=rule.id, confidence=round(confidence, 2), date=when,
                        from_party=left,
                        election=object_ if is_a(object_.type, "Election") else _election(match, article, object_) if dated else None,
                        status=status, offset=sentence.start,
                    )  # fmt: skip
                )
    return out


def _fill(slot: str | None, wanted: str, match: re.Match[str], rule: Rule, current: Sketch, article: Context, number: int, exclude: set[str]) -> _Filled:
    """The entities of one slot, of the class the relation wants there."""
    if slot is None:
        return _Filled([], False)
    if slot == "topic":
        topic = article.topic
        return _Filled([topic] if topic and topic.id not in exclude and is_a(topic.type, wanted) else [], True)
    if slot == "two":
        position = current.to_text(match.start(), article.mentions)
        return _Filled(article.last_two(number, position), True)
    if slot not in match.re.groupindex or match.group(slot) is None:
        label = rule.defaults.get(slot)
        ref = article.index.by_party_label.get(label) if label else None
        return _Filled([ref] if ref is not None else [], False)
    value = match.group(slot)
    refs: list[EntityRef] = []
    found = _PLACEHOLDER.findall(value)
    named = any(kind in "PO" for kind, _ in found)
    for kind, number_text in found:
        if kind == "G" and named:
            continue  # a party that describes a person of the slot: "Tory MP X"
        mention = article.mentions[int(number_text)]
        if mention.ref is None or not is_a(mention.ref.type, wanted):
            continue
        if not _meets(rule.require.get(slot), mention):
            continue
        if slot == "obj" and refs and int(number_text) in article.later_subjects.get(number, ()):
            break  # "X backed A, and B backed C": the list of X's ends before B
        refs.append(mention.ref)
    if refs:
        return _Filled(list(dict.fromkeys(refs)), False)
    bare = value.strip()
    if len(bare) == 1 and bare in article.index.abbreviations:  # the D of "(D-Calif.)"
        ref = article.index.abbreviations[bare]
        return _Filled([ref] if is_a(ref.type, wanted) else [], False)
    if _is_anaphor(value, article) and is_a("Politician", wanted):  # a slot that takes people
        position = current.to_text(match.start(slot), article.mentions)
        words = value.lower().split()
        if words[0] == "the":
            ref = article.nominal(number, position, words[-1], exclude, rule.relation)
        else:
            ref = article.antecedent(number, position, exclude)
        return _Filled([ref] if ref is not None else [], True)
    return _Filled([], False)


def _is_anaphor(value: str, article: Context) -> bool:
    words = value.lower().split()
    lexicon = article.index.lexicon
    pronouns = lexicon.subject_pronouns | lexicon.object_pronouns | lexicon.possessive_pronouns
    return (len(words) == 1 and words[0] in pronouns) or (bool(words) and words[0] == "the")


def _meets(requirement: str | None, mention: Mention) -> bool:
    if requirement is None:
        return True
    text = mention.text.lower()
    if requirement == "party-name":
        return "party" in text or text.replace(".", "") == "gop"
    if requirement == "party-plural":
        return text.endswith("s")
    return True


def _election(match: re.Match[str], article: Context, object_: EntityRef) -> EntityRef | None:
    """The known election named in the match: the first after the object, else the last before."""
    before, after, seen_object = None, None, False
    for kind, number_text in _PLACEHOLDER.findall(match.group(0)):
        mention = article.mentions[int(number_text)]
        if mention.ref == object_:
            seen_object = True
        elif kind == "E" and mention.ref is not None:
            if seen_object:
                return mention.ref
            before = mention.ref
    return after or before


_OBJECT_GROUPS = re.compile(r"(?:obj|pair|to|party|election)(?:_\d+)?")


def _date(match: re.Match[str], current: Sketch, article: Context, sentence: Sentence, dates) -> str:
    """The first date in the clause where the match's object stands, else the article's date."""
    starts = [match.start(g) for g in match.re.groupindex if _OBJECT_GROUPS.fullmatch(g) and match.start(g) >= 0]
    anchor = current.to_text(min(starts) if starts else match.start(), article.mentions) - sentence.start
    return clause_date(sentence.text, anchor, dates or (), article.date)


@lru_cache(maxsize=256)
def _clause_breaks(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _CLAUSE_BREAK.finditer(text))


def clause_date(text: str, anchor: int, dates, article_date: str, clauses: tuple[frozenset[int], ...] = ()) -> str:
    """The first date in the clause of `text` around offset `anchor`, else the article's date;
    never a date later than the article's. `clauses`, where the parse gives them, hold the offsets
    of the words of the trigger's clause and of those that govern it, to look in, in order;
    without them the clause is what lies between commas, dashes and brackets."""
    if clauses:
        for clause in clauses:
            for found in dates:
                if found.start in clause and not_after(found.value, article_date):
                    return found.value
        return article_date
    breaks = _clause_breaks(text)
    start = max((b for b in breaks if b < anchor), default=-1)
    stop = min((b for b in breaks if b >= anchor), default=len(text))
    for found in dates:
        if start < found.start and found.end <= stop and not_after(found.value, article_date):
            return found.value
    return article_date
