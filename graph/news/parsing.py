"""The parse stage: the sentences where a relation may be said (a trigger word and a mention,
or a party word and a person) go through the trained pipeline; graph.news.frames reads relations
off each parse, and they become candidates like the patterns' ones.

Parsing every sentence would cost about 40 ms per kilobyte; most sentences of an article name
nobody or say nothing of the relations, and are left unparsed.
"""

from __future__ import annotations

import re

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .dates import find_dates
from .frames import Arg, Frame, find_frames, is_a_party_member_noun, tokens_in
from .matching import ANAPHOR_FACTOR, Context, clause_date
from .mentions import (
    OPENING_A_LIST, Mention, Sentence, before_a_seat_word, correct_lemmas, in_title_case, keep_titles_whole, keep_words_whole, named_in_full,
    tokenized,
)
from .model import Candidate, EntityRef
from .names import NameIndex, abbreviates, slug
from .pipeline import load_pipeline
from .signatures import is_a, signature
from .triggers import Triggers

__all__ = ["Parsed", "select", "parse", "frame_candidates", "pronoun_bindings", "candidacies", "past_parties"]

CONFIDENCE = {  # by the shape that found them; about their precision on the tuning passages
    "verb": 0.85, "verb-prep": 0.85, "noun": 0.8, "agent": 0.8, "hiring": 0.75, "party": 0.8,
    "switch": 0.8, "move": 0.8, "campaign": 0.8, "post": 0.8, "together": 0.75, "result": 0.75, "standing": 0.7, "poll": 0.75, "choice": 0.75,
    "preferred": 0.75,  # "A, B's preferred candidate"
    "nominated": 0.7,  # an MP's nomination in a leadership contest ("A has nominated B"; extractor._in_a_contest_only)
    "switched": 0.8,  # support moved to B from whomever before ("X switched his support to B")
    "quit": 0.6,  # a party left, no other joined: an independent now ("X left the party in 2019")
    "switch-to": 0.8,  # a party said to be one's now, after a switch: from the other of a two-party pair
    "group": 0.6,  # one of a group said to endorse before ("... by 400 members. Some of these include A")
    "echo": 0.7,  # "A endorsed X. So did B"
}
# A "sentence" longer than this is a list, a table or a text without full stops: the patterns
# still read it, the parser (linear, but 0.3 s per 10 KB) does not.
MAX_PARSED = 3000


_ASIDE = re.compile(r"\([^()]{1,40}\)(?![-–][a-z])")  # (not the initials of "the X Party (XP)-backed")
# a dateline opening a story: a city in capitals, maybe its state and the agency, then a dash or a colon
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{2,30}(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})?\s*(?:\([A-Za-z.& ]{1,20}\)\s*)?(?:--|[-—–:])\s")
# a few words before a colon that open a sentence: "Online adds from Faisalabad: ..." (not "Among
# them:" nor "The candidates are:", which open a list of a group)
_LEAD = re.compile(r"^(?!among\b)(?:[\w'’-]+ ){0,5}(?!(?:%s):)[\w'’-]+:(?=\s)" % "|".join(OPENING_A_LIST), re.IGNORECASE)
_PARTY_WORD = re.compile(r"\b[Pp]arty\b")  # "the party's chairman": a party named before
_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|I|I'm|I’m)\b")
_ECHO = re.compile(r"^\s*[Ss]o (?:is|are|was|were|did|does|do|has|have|had)\b|\bdid the same\b|\bfollowed suit\b|\b(?:has|have|had|did|does) (?:too|as well)\b|,? and [^,.]{3,40} followed\b")
_GROUP_LIST = re.compile(r"\b(?:these|those|they)\b[^.]{0,40}\binclud(?:es?|ed)\b|\bamong\s+(?:them|these|those)\b"
                         r"|^(?:they|these|those)\s+(?:are|were)\b", re.IGNORECASE)  # ("They are A and C")


@dataclass
class Parsed:
    """What the parser says about one article's selected sentences."""

    frames: dict[int, list[Frame]]  # sentence number -> frames
    not_people: set[str]  # ids of the known people a lone surname was taken for that the recognizer never calls a person
    subjects: dict[int, int] = field(default_factory=dict)  # sentence number -> the mention of its main subject, a person
    # sentence number -> mentions that are the subject of a clause after the first ("X backed A, and B backed C": B)
    later_subjects: dict[int, frozenset[int]] = field(default_factory=dict)
    # sentence number -> the offset in it of its main subject where that describes a person without
    # naming them ("The 49-year-old former MP resigned", "The Democrat has been endorsed by X")
    described: dict[int, int] = field(default_factory=dict)
    # sentence number -> who it says stands in a race, with the words for the race (frames/races.py, _candidacies)
    candidacies: dict[int, list[tuple[Arg, str]]] = field(default_factory=dict)


def select(sentences: list[Sentence], mentions: list[Mention], triggers: Triggers, roles: frozenset[str] = frozenset()) -> list[int]:
    """The sentences worth parsing: a party and a person, or a trigger word and a person or
    organization (the other side may be "he" or "the governor"); a story's first sentence where
    it describes someone the next names ("A veteran Republican legislator switched ... State Rep.
    X said")."""
    chosen = []
    for number, sentence in enumerate(sentences):
        if len(sentence.text) > MAX_PARSED:
            continue
        kinds = [mentions[i].kind for i in sentence.mentions]
        people = kinds.count("P") + kinds.count("O")
        if (number == 0 and people == 0 and number + 1 < len(sentences) and triggers.prefilter.search(sentence.text)
                and any(mentions[i].kind == "P" for i in sentences[number + 1].mentions) and _described_first(sentence.text, roles)):
            chosen += [number, number + 1]  # (the next sentence's subject is the one described)
        elif people == 0 and number + 1 < len(sentences) and triggers.prefilter.search(sentence.text) and _GROUP_LIST.search(sentences[number + 1].text):
            chosen.append(number)  # "The race has three candidates. They are A, B and C."
        elif "G" in kinds and people == 0 and _PERSONAL.search(sentence.text):
            chosen.append(number)  # "'I'm a Republican,' he said"
        elif people >= 1 and ("G" in kinds or _PARTY_WORD.search(sentence.text)):
            chosen.append(number)
        elif people >= 1 and triggers.prefilter.search(sentence.text):
            chosen.append(number)
        elif people >= 1 and _ECHO.search(sentence.text):
            chosen.append(number)  # "So did B": of what the sentence before says
        elif people >= 1 and _GROUP_LIST.search(sentence.text):
            chosen.append(number)  # "Some of these include A and B": a group said to back someone before
        elif "G" in kinds and triggers.prefilter.search(sentence.text) and (named := _named_next(sentences, mentions, number)):
            chosen += [number, *named]  # "Three Congress MLAs joined the BJP. The legislators, A, B and C, ..."
        elif kinds.count("G") > 1 and triggers.prefilter.search(sentence.text):
            chosen.append(number)  # "14 APC senators defected to the PDP": a group's move, its members named later
        elif number and _PERSONAL.search(sentence.text) and triggers.prefilter.search(sentence.text):
            chosen.append(number)  # "He endorsed her": both sides people named before
    return sorted(set(chosen))


_INDEFINITE = re.compile(r"\b(?:an?)\s+((?:[\w'-]+\s+){0,4}?)([\w-]+)\b", re.IGNORECASE)


def _described_first(text: str, roles: frozenset[str]) -> bool:
    """Whether a sentence tells of someone by a role after "a" or "an" ("A veteran Republican legislator")."""
    return any(m.group(2).lower() in roles for m in _INDEFINITE.finditer(text))


def _named_next(sentences: list[Sentence], mentions: list[Mention], number: int) -> list[int]:
    """Those of the two sentences after `number` that name two people or more."""
    return [n for n in range(number + 1, min(number + 3, len(sentences)))
            if sum(mentions[i].kind == "P" for i in sentences[n].mentions) > 1]  # fmt: skip


def parse(
    model: Path, items: Iterable[tuple[list[Sentence], list[Mention], list[int]]], triggers: Triggers,
    pronouns: frozenset[str], roles: frozenset[str], index: NameIndex,
) -> list[Parsed]:
    """Parse the chosen sentences of several articles in one batch; a Parsed per article. People
    the named-entity recognizer finds that the mentions missed are added to them."""
    nlp = load_pipeline(model)
    if id(nlp) not in _PREPARED:
        keep_titles_whole(nlp, index.lexicon)
        keep_words_whole(nlp, triggers.hyphenated | {r for r in roles if "-" in r})  # "front-runner", "vice-president"
        correct_lemmas(nlp, triggers.lemmas)
        _PREPARED.add(id(nlp))
    items = list(items)
    chosen_sentences = [(sentences[n], mentions) for sentences, mentions, chosen in items for n in chosen]
    docs = _parsed_docs(nlp, [_without_asides(s, m) for s, m in chosen_sentences], [s.text for s, _ in chosen_sentences],
                        [_recognizer_can_help(s, m, index) for s, m in chosen_sentences])
    out: list[Parsed] = []
    for sentences, mentions, chosen in items:
        text = " ".join(sentence.text for sentence in sentences)
        parsed = Parsed({}, set())
        votes: dict[str, bool] = {}  # person id -> whether the recognizer called a lone surname taken for them a person
        campaigns: list[int] = []
        groups: list[tuple[int, str, str, Arg]] = []  # (sentence number, relation, shape, whom) of what unnamed groups do
        subject_groups: dict[int, list[Arg]] = {}  # sentence number -> the two or more people it has as subject
        unnamed: set[int] = set()  # the sentences that tell of a race's candidates without naming them
        hires = False
        for number in chosen:
            doc = next(docs)
            sentence = sentences[number]
            _add_named_people(doc, sentence, mentions, index, triggers.organization_nouns)
            _add_parties_moved_to(doc, sentence, mentions, index, triggers, text)
            spans = [
                (mentions[i].start - sentence.start, mentions[i].end - sentence.start, i, mentions[i].kind)
                for i in sentence.mentions
            ]
            coalitions = frozenset(i for i in sentence.mentions if mentions[i].kind == "G" and mentions[i].ref in index.coalitions)
            said = find_frames(doc, spans, triggers, pronouns, roles, _surnames(mentions, sentence.start), _same_entity(mentions, sentence),
                               coalitions)
            groups += [(number, relation, shape, whom) for relation, shape, whom in said.by_groups]
            of_group = _of_the_group(said.group_members, groups, number, lambda a, b: None not in (a.mention, b.mention) and mentions[a.mention].ref == mentions[b.mention].ref)
            parsed.frames[number] = _of_the_people_before(said.frames, subject_groups.get(number - 1, [])) + of_group
            parsed.frames[number] += _echoed(said.echoes, said.frames, parsed.frames.get(number - 1, []))
            subject_groups[number] = said.subject_group
            parsed.candidacies[number] = said.candidacies
            if said.group_members and number - 1 in unnamed:  # "The race has three candidates. They are A, B and C."
                parsed.candidacies[number] = said.candidacies + [(a, "") for a in said.group_members if a.mention is not None]
            if said.candidates_unnamed:
                unnamed.add(number)
            if of_group:  # "Some of these include A and B" is about the one they back, not about A
                parsed.subjects[number] = of_group[0].object.mention
            elif (subject := _main_subject(doc, spans)) is not None:
                parsed.subjects[number] = subject
            elif (described := _described_subject(doc, spans, roles)) is not None:
                parsed.described[number] = described
            parsed.later_subjects[number] = _later_subjects(doc, spans)
            campaigns += said.campaign_owners
            hires = hires or said.hires
            _entity_labels(doc, spans, mentions, votes)
        parsed.not_people = {id_ for id_, person in votes.items() if not person}
        _settle_focus(parsed.frames, campaigns or _lone_candidate(parsed.candidacies, mentions), hires, mentions)
        out.append(parsed)
    return out


# Where an organization the recognizer names can be an endorser: a subject, a passive's "by", a
# possessor ("Unison's backing"), the object of "from", or one of a list of these.
_ACTING = {"nsubj", "pobj", "poss", "conj", "appos", "dobj"}
_PREPARED: set[int] = set()  # pipelines whose tokenizer keeps the lexicon's titles and the triggers' hyphenated words whole


def _add_named_people(
    doc, sentence: Sentence, mentions: list[Mention], index: NameIndex, organization_nouns: frozenset[str] = frozenset()
) -> None:
    """A person the recognizer names in full that no mention covers ("John Street", whose
    surname is also a street) becomes a mention of the article: the known person of that name,
    else a new one. So does an organization it names ("Unison", "SEIU"), which may endorse."""
    covered = {t.i for i in sentence.mentions for t in tokens_in(doc, mentions[i].start - sentence.start, mentions[i].end - sentence.start)}
    added = False
    for token in doc:  # a union named by letters and a number that acts: "DC 37 endorsed X" (not a bill, "SB 5")
        number = token.nbor(1) if token.i + 1 < len(doc) else None
        if (number is None or token.i in covered or not (token.is_alpha and token.text.isupper() and 2 <= len(token) <= 6)
                or not number.text.isdigit() or number.head != token or token.dep_ not in _ACTING):
            continue
        start, end = sentence.start + token.idx, sentence.start + number.idx + len(number.text)
        label = f"{token.text} {number.text}"
        ref = index.organizations.get(label.lower()) or EntityRef(slug(label), label, "Organization", new=True)
        mentions.append(Mention(start, end, "O", ref, label))
        sentence.mentions.append(len(mentions) - 1)
        covered.update((token.i, number.i))
        added = True
    title_case = in_title_case(sentence.text, 3)
    for ent in doc.ents:
        if any(t.i in covered for t in ent):
            continue
        acting = ent.root.dep_ in _ACTING or any(
            t.dep_ in ("compound", "nmod", "poss") and t.head.lemma_.lower() in organization_nouns and t.head not in ent for t in ent
        )
        described = ent.label_ not in ("PERSON", "GPE", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL") and any(
            c.dep_ == "appos" and c.lemma_.lower() in (organization_nouns | {"pac"}) - {"party"} for c in ent.root.children)
        if (ent.label_ == "ORG" or described) and acting:  # "the Times editorial board" acts through the Times; "Climate 200,
            # the fundraising group" is one, whatever the recognizer calls it
            tokens = [t for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
            if not tokens or not tokens[0].text[:1].isupper():  # "the AFL-CIO" mid-sentence: its name is capitalized
                continue
            start, end = sentence.start + tokens[0].idx, sentence.start + tokens[-1].idx + len(tokens[-1].text)
            label = " ".join(sentence.text[start - sentence.start : end - sentence.start].split())
            if (label.lower() in index.parties or label in index.lexicon.not_person_words or label.lower() in index.lexicon.roles
                    or any(c.dep_ == "nummod" and c not in ent for c in ent.root.children)):
                continue  # (not "MEP and campaigner X": a title; not "four Ministers of State": a count of people)
            before = [m.ref for m in sorted(mentions, key=lambda m: m.start) if m.kind == "O" and m.ref is not None and m.start < start]
            ref = (index.organizations.get(label.lower()) or _spelled_out(label, mentions) or named_in_full(label, before)
                   or EntityRef(slug(label), label, "Organization", new=True))  # ("the Observer" after "The Charlotte Observer")
            mentions.append(Mention(start, end, "O", ref, label))
            sentence.mentions.append(len(mentions) - 1)
            covered.update(t.i for t in ent)
            added = True
            continue
        if ent.label_ != "PERSON" or len(ent) < 2 or not all(t.text[:1].isupper() for t in ent if t.is_alpha) or title_case:
            continue  # (not in a headline, whose capitals name no one: "Kennedys Come Out for Obama")
        tokens = [t for t in ent if t.tag_ != "POS"]
        start, end = sentence.start + tokens[0].idx, sentence.start + tokens[-1].idx + len(tokens[-1].text)
        label = " ".join(sentence.text[start - sentence.start : end - sentence.start].split())
        if (index.lexicon.names_a_place(label) or tokens[-1].lower_ in index.lexicon.roles or label.lower() in index.lexicon.roles
                or index.lexicon.not_a_name(label.split()) or before_a_seat_word(doc, ent.end)):
            continue  # "Lok Sabha", "Principal Advisor", "Kano North Senatorial District", "the Peramu Jaya assemblyman",
            # whatever the recognizer calls them
        known = index.persons.get(label, [])
        ref = known[0] if len(known) == 1 else EntityRef(slug(label), label, "Person", new=True)
        mentions.append(Mention(start, end, "P", ref, label))
        sentence.mentions.append(len(mentions) - 1)
        covered.update(t.i for t in ent)
        added = True
    if added:
        sentence.mentions.sort(key=lambda i: mentions[i].start)


_DEFECTING = {"defect", "decamp", "cross"}  # "defected to the NDC", "crossed over to ODM"
_ALLEGIANCES = {"allegiance", "allegiances", "loyalty", "loyalties", "affiliation", "side", "sides", "party", "parties", "camp", "camps"}
_JOINING = {"join", "rejoin"}
_NOT_A_PARTY = {"GPE", "LOC", "PERSON", "NORP", "DATE", "FAC"}  # "defected to Canada"


def _add_parties_moved_to(doc, sentence: Sentence, mentions: list[Mention], index: NameIndex, triggers: Triggers, text: str) -> None:
    """A name a party's member moves to that no mention covers is a party the lexicon does not
    know: what one defects or crosses over to ("defected to the NDC", "switched allegiance to
    ODM"), or joins on leaving a party the article names ("quit the ANC and joined the EFF").
    Named by letters the article spells out elsewhere, it takes the full name."""
    leaving = {w for r in triggers.relations for w in r.leaving}
    spans = {i: tokens_in(doc, mentions[i].start - sentence.start, mentions[i].end - sentence.start) for i in sentence.mentions}
    new_bodies = {t.i: i for i, tokens in spans.items() if mentions[i].kind == "O" and mentions[i].ref is not None
                  and mentions[i].ref.new for t in tokens}  # fmt: skip  # the recognizer's organizations the graph does not know
    taken = {t.i for tokens in spans.values() for t in tokens} - set(new_bodies)
    parties = {t.i for i in sentence.mentions if mentions[i].kind == "G"
               for t in tokens_in(doc, mentions[i].start - sentence.start, mentions[i].end - sentence.start)}  # fmt: skip
    moves = {w for r in triggers.relations for w in r.moves}
    added = False
    for verb in doc:
        lemma = verb.lemma_.lower()
        allegiances = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _ALLEGIANCES] if verb.pos_ == "VERB" else []
        if verb.pos_ == "NOUN" and lemma in moves and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(o.i in parties for o in c.children) for c in verb.children):
            named = _moved_to(verb, parties)  # "his defection from the ODM to Jubilee"
        elif verb.pos_ != "VERB":
            continue
        elif lemma in _DEFECTING or allegiances:  # ("switched allegiance to ODM", not "switched to Fox News")
            holders = (verb, *allegiances)
            named = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                     for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        elif lemma in _JOINING and any(
                v.lemma_.lower() in leaving and any(t.i in parties for t in v.subtree if t.i not in {x.i for x in verb.subtree})
                for v in (verb.head, *(c for c in verb.children if c.dep_ in ("conj", "advcl")))):  # fmt: skip
            named = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            continue
        for head in named:
            words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "ROOT", "pobj", "dobj") or t == head]
            words = [t for t in words if t.i >= head.i - 3 and t.pos_ == "PROPN" and t.text[:1].isupper()]
            if not words or head not in words or any(t.i in taken for t in words) or head.ent_type_ in _NOT_A_PARTY:
                continue
            first, last = min(t.i for t in words), head.i
            label = doc[first : last + 1].text
            if (index.lexicon.names_a_place(label) or label.lower() in index.organizations or label.lower() in index.lexicon.roles
                    or label in index.lexicon.not_person_words or all(t.text in index.lexicon.before_parties for t in words)):
                # ("defected to the Opposition": the parties against the government, no one party)
                continue
            full = _spelled_out_in(label, text)
            ref = index.parties.get(label.lower()) or EntityRef(slug(full or label), full or label, "PoliticalParty", new=True)
            start = sentence.start + doc[first].idx
            body = next((new_bodies[t.i] for t in words if t.i in new_bodies), None)
            if body is not None:  # an organization the recognizer named: a party, by what is done with it
                mentions[body] = Mention(mentions[body].start, mentions[body].end, "G", ref, mentions[body].text)
            else:
                mentions.append(Mention(start, start + len(label), "G", ref, label))
                sentence.mentions.append(len(mentions) - 1)
            taken.update(range(first, last + 1))
            added = True
    if added:
        sentence.mentions.sort(key=lambda i: mentions[i].start)


def _moved_to(move, parties: set[int]) -> list:
    """The places a noun of moving from a party names after "to": on the noun, on the party left
    ("from A to B", "to" hung on A), or on the verb whose object the noun is ("announced his
    defection from A to B")."""
    named = [o for c in move.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    named += [o for c in move.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.i in parties
              for t in p.children if t.dep_ == "prep" and t.lower_ == "to" for o in t.children if o.dep_ == "pobj"]  # fmt: skip
    if move.dep_ == "dobj":
        named += [o for c in move.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > move.i
                  for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    return named


_CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*\s+[A-Z][\w'’-]*")


def _spelled_out_in(letters: str, text: str) -> str | None:
    """The name in `text` whose initials `letters` are ("Economic Freedom Fighters" for "EFF")."""
    if not letters.isupper():
        return None
    for run in _CAPITALIZED_RUN.finditer(text):
        words = run.group().split()
        for start in range(len(words) - 1):
            if words[start][:1].isupper() and words[start] != "The" and abbreviates(letters, " ".join(words[start:])):
                return " ".join(words[start:])
    return None


def _spelled_out(letters: str, mentions: list[Mention]) -> EntityRef | None:
    """The organization the article names in full whose initials `letters` are ("the PCCC"
    after "the Progressive Change Campaign Committee")."""
    return next((m.ref for m in mentions if m.kind == "O" and m.ref is not None and abbreviates(letters, m.ref.label)), None)


def _of_the_people_before(frames: list[Frame], people: list[Arg]) -> list[Frame]:
    """Frames whose "they" or "both" means the people the sentence before has as its subject
    ("A dropped out, as did B. Both gave their support to C"), one per person; with no such
    people, none."""
    out = []
    for frame in frames:
        if not (frame.subject.plural or frame.object.plural):
            out.append(frame)
            continue
        for person in people:
            subject = person if frame.subject.plural else frame.subject
            object_ = person if frame.object.plural else frame.object
            if subject != object_:
                out.append(replace(frame, subject=subject, object=object_))
    return out


def _of_the_group(members: list[Arg], groups: list[tuple[int, str, str, Arg]], number: int,
                  same: Callable[[Arg, Arg], bool]) -> list[Frame]:
    """"X was nominated by 400 members. Some of these include A and B": A and B nominated X;
    "Three MLAs quit the Congress and joined the BJP. The legislators, A, B and C, ...": A, B and
    C left the one and joined the other; "The 22 sheriffs who endorsed X include A and B". The
    group is the one of this sentence, else of the sentence just before (or the one before that).
    A group that joined a party without leaving one ("Those who decamped to the PDP are: A, B")
    left what the article's last group to join that party left ("14 APC senators defected to the
    PDP"), however far before."""
    if not members:
        return []
    near = [(n, relation, shape, whom) for n, relation, shape, whom in groups if number - 2 <= n <= number]
    last = [g for g in near if g[0] == near[-1][0]] if near else []
    if not any(relation == "party_switch" for _, relation, _, _ in last):
        last = last[-1:]  # of another relation, what the group did last
    joined = [whom for _, relation, shape, whom in last if relation == "party_switch" and shape == "joined"]
    if joined and not any(relation == "party_switch" and shape == "left" for _, relation, shape, _ in last):
        for told in sorted({g[0] for g in groups if g[0] < last[0][0]}, reverse=True):
            acts = [g for g in groups if g[0] == told and g[1] == "party_switch"]
            if any(shape == "joined" and any(same(whom, j) for j in joined) for _, _, shape, whom in acts):
                last += [g for g in acts if g[2] == "left"]
                break
    return [Frame(relation, member, whom, shape if relation == "party_switch" else "group", "asserted", 0, told_in=told)
            for told, relation, shape, whom in last for member in members if member != whom]


def _echoed(echoes: list[tuple[Arg, bool]], here: list[Frame], before: list[Frame]) -> list[Frame]:
    """"A endorsed X. So did B" (or "B did the same", "B followed suit"): B endorsed X too, X
    being whom the sentence before (or, for "A endorsed X, and B followed", this one) has endorsed."""
    out = []
    for person, same in echoes:
        told = next((f for f in (here if same else before) if f.relation == "endorsed" and f.status == "asserted" and f.shape != "echo"), None)
        if told is not None and told.subject != person:
            whom = told.object if same else Arg(None, 0, again=True)  # (the one before's: whom the last endorsement was of)
            out.append(Frame(told.relation, person, whom, "echo", "asserted", told.trigger if same else 0, told.clauses if same else ()))
    return out


def _same_entity(mentions: list[Mention], sentence: Sentence) -> dict[int, int]:
    """Each mention of the sentence whose entity it names before -> the first mention of it; and
    a party's initials in brackets right after its name are that party, whatever party the
    letters would be elsewhere ("a provincial Democratic Party (DA) MP": one party, not a move)."""
    first: dict[str, int] = {}
    out: dict[int, int] = {}
    previous = None
    for i in sentence.mentions:
        ref = mentions[i].ref
        if ref is not None:
            out[i] = first.setdefault(ref.id, i)
            if previous is not None and mentions[i].kind == mentions[previous].kind == "G" and _bracketed_after(mentions[previous], mentions[i], sentence):
                out[i] = out[previous]
        previous = i
    return {i: j for i, j in out.items() if i != j}


def _bracketed_after(name: Mention, initials: Mention, sentence: Sentence) -> bool:
    text, at = sentence.text, sentence.start
    return text[name.end - at : initials.start - at].strip() == "(" and text[initials.end - at : initials.end - at + 1] == ")"


def _parsed_docs(nlp, texts: list[str], originals: list[str], recognize: list[bool]) -> Iterator:
    """The docs of `texts` parsed, with the named entities the recognizer finds in `originals`
    (the same sentences as written: the recognizer reads a blanked-out aside as part of a name),
    where it is to `recognize` any. A sentence with nothing blanked goes through the pipeline once."""
    changed = [text != original for text, original in zip(texts, originals)]
    whole = nlp.pipe((tokenized(nlp, t) for t, c, r in zip(texts, changed, recognize) if r and not c), batch_size=64)
    parsed = nlp.pipe((tokenized(nlp, t) for t, c, r in zip(texts, changed, recognize) if c or not r), batch_size=64, disable=["ner"])
    all_but_the_recognizer = [name for name in nlp.pipe_names if name != "ner"]
    named = nlp.pipe((o for o, c, r in zip(originals, changed, recognize) if c and r), batch_size=64, disable=all_but_the_recognizer)
    for blanked, wanted in zip(changed, recognize):
        if not wanted:
            yield next(parsed)
            continue
        if not blanked:
            yield next(whole)
            continue
        doc, as_written = next(parsed), next(named)
        spans = (doc.char_span(e.start_char, e.end_char, label=e.label_) for e in as_written.ents)
        doc.ents = [span for span in spans if span is not None]
        yield doc


_CAPITALIZED = re.compile(r"(?<![\w'’])[A-Z][\w'’.&-]*")


def _recognizer_can_help(sentence: Sentence, mentions: list[Mention], index: NameIndex) -> bool:
    """Whether the named-entity recognizer can add to what the mentions say of a sentence: a lone
    surname to vote on (is "Cleveland" the known person?), or a capitalized word no mention covers
    that may begin a name the mentions missed (a function word or a title alone cannot)."""
    lexicon = index.lexicon
    covered = []
    for i in sentence.mentions:
        mention = mentions[i]
        if mention.kind == "P" and mention.guessed:
            return True
        covered.append((mention.start - sentence.start, mention.end - sentence.start))
    words = list(_CAPITALIZED.finditer(sentence.text))
    for n, word in enumerate(words):
        if any(start <= word.start() < end for start, end in covered):
            continue
        text = word.group().rstrip(".")
        if text in lexicon.not_first_names or text.lower() in lexicon.roles or word.group().lower() in lexicon.titles:
            continue
        alone = n + 1 == len(words) or sentence.text[word.end() : words[n + 1].start()].strip() != ""
        if alone and lexicon.names_a_place(text):
            continue  # "in Ohio", not "Georgia Power"
        return True
    return False


def _without_asides(sentence: Sentence, mentions: list[Mention]) -> str:
    """The sentence as the parser gets it: a short parenthesis with no mention in it ("(D-Texas)",
    "(Calif.)", "(pictured)") blanked out, as it breaks the parse of what is around it ("O'Rourke's
    (D-Texas) failed bid"), and so is a dateline ("HUNTSVILLE, AL (WBRC) -", taken for the
    subject) or a short lead before a colon that names no one ("Online adds from Faisalabad: X
    joined the PTI"). Blanks keep every offset; the patterns read the parenthesis."""
    text = sentence.text
    named = [(mentions[i].start - sentence.start, mentions[i].end - sentence.start) for i in sentence.mentions]
    for aside in [*_ASIDE.finditer(text), *_DATELINE.finditer(text), *_LEAD.finditer(text)]:
        if not any(aside.start() <= start < aside.end() for start, _ in named):
            text = text[: aside.start()] + " " * len(aside.group()) + text[aside.end() :]
    return text


def _main_subject(doc, spans) -> int | None:
    """The mention of the person the sentence is about: its main clause's subject, if a name."""
    root = doc[0].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for start, end, index, kind in spans if subject is not None else ():
        if kind == "P" and any(t.i == subject.i for t in tokens_in(doc, start, end)):
            return index
    return None


def _described_subject(doc, spans, roles: frozenset[str]) -> int | None:
    """The offset of the main clause's subject where it is a person described, not named: "the
    former MP", "the 49-year-old", "the Wigan MP", "the Democrat"."""
    subject = next((c for c in doc[0].sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    spanned = [kind for start, end, _, kind in spans if any(t.i == subject.i for t in tokens_in(doc, start, end))]
    if spanned and not (spanned == ["G"] and is_a_party_member_noun(subject)):
        return None
    named = {t.i for start, end, _, kind in spans if kind == "P" for t in tokens_in(doc, start, end)}
    root = doc[0].sent.root
    if any(t.dep_ == "appos" and t.i in named for t in subject.subtree) or (
            root.lemma_ == "be" and any(c.dep_ == "attr" and c.i in named for c in root.children)):
        return None  # "The Democratic nominee for governor, X, ...", "The BJP candidate is X": named after all
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    aged = any(t.lower_ == "old" and t.dep_ == "amod" for t in subject.children)  # "the 49-year-old"
    described = definite and (subject.lemma_.lower() in roles or aged or bool(spanned))
    return subject.idx if described else None


def _later_subjects(doc, spans) -> frozenset[int]:
    """The mentions that are the subject of a clause joined to the first: "and B backed C"."""
    found = set()
    for start, end, index, _ in spans:
        tokens = tokens_in(doc, start, end)
        head = next((t for t in tokens if t.head not in tokens), None)
        if head is not None and head.dep_ == "nsubj" and head.head.dep_ in ("conj", "parataxis") and head.head.pos_ in ("VERB", "AUX"):
            found.add(index)
    return frozenset(found)


def _lone_candidate(candidacies: dict[int, list[tuple[Arg, str]]], mentions: list[Mention]) -> list[int]:
    """The mentions of the one person the article says stands in a race, if it names only one:
    whose "the campaign" is in an article that names no campaign's owner."""
    standing = [arg.mention for said in candidacies.values() for arg, _ in said if arg.mention is not None]
    people = {mentions[i].ref for i in standing if mentions[i].ref is not None}
    return standing if len(people) == 1 else []


def _settle_focus(frames: dict[int, list[Frame]], campaigns: list[int], hires: bool, mentions: list[Mention]) -> None:
    """Give a role without its campaign ("The hires include pollster X") and "the campaign" ("an
    adviser to the campaign") the campaign the article names most (then the person named most),
    not X's own; with none named, drop the frame, and the role's in an article that tells of no hire
    ("X, a consultant, held a news conference")."""
    owners = Counter(mentions[i].ref for i in campaigns if mentions[i].ref is not None)
    named = Counter(m.ref for m in mentions if m.ref in owners)
    first = {}
    for i in campaigns:
        first.setdefault(mentions[i].ref, i)
    for number, found in frames.items():
        settled = []
        # (a place held on another's campaign is no campaign said: "X, who had a role on C's campaign, joins the campaign")
        told = {(f.relation, f.subject.mention) for f in found
                if f.object.mention is not None and not (f.object.focus or f.object.campaign) and f.shape != "post"}
        for frame in found:
            if frame.object.focus and not hires:
                continue
            if (frame.object.focus or frame.object.campaign) and (frame.relation, frame.subject.mention) in told:
                continue  # "B hired X, a consultant who ran C's campaign": B's, said in the sentence
            if frame.object.focus or frame.object.campaign:
                holder = mentions[frame.subject.mention].ref if frame.subject.mention is not None else None
                ref = max((r for r in owners if r is not None and r != holder), key=lambda r: (owners[r], named[r]), default=None)
                if ref is None:
                    continue
                frame = replace(frame, object=replace(frame.object, mention=first[ref]))
            settled.append(frame)
        frames[number] = settled


def _surnames(mentions: list[Mention], before: int) -> dict[str, int]:
    """Last name -> the latest mention before `before` of a person named in full with it."""
    found: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        if mention.kind == "P" and mention.ref is not None and mention.start < before and len(mention.text.split()) > 1:
            found[mention.text.split()[-1]] = i
    return found


def _entity_labels(doc, spans, mentions: list[Mention], votes: dict[str, bool]) -> None:
    """Vote, per lone surname taken for a known person ("Cleveland"), whether the recognizer calls
    it a person: PERSON or ORG (the small pipeline calls many surnames ORG) counts as yes, any
    other label or none as no. A new name written in full is not voted on: the small pipeline
    calls many names from outside the US and Europe places ("Anand Sharma" a GPE), and on passages
    never tuned on, dropping them cost more true relations than it saved."""
    for start, end, index, kind in spans:
        mention = mentions[index]
        if kind == "P" and mention.guessed and mention.ref is not None:
            person = any(t.ent_type_ in ("PERSON", "ORG") for t in tokens_in(doc, start, end))
            votes[mention.ref.id] = votes.get(mention.ref.id, False) or person


def pronoun_bindings(
    parsed: Parsed, sentences: list[Sentence], mentions: list[Mention]
) -> tuple[dict[int, frozenset[str]], dict[int, EntityRef]]:
    """What the parse says of pronouns, for the rules, which read no parse: by article offset, the
    ids of the people a pronoun cannot mean (its clause's subjects: "A and B have backed her"),
    and whom it means ("X said he ...")."""
    bound: dict[int, frozenset[str]] = {}
    resolved: dict[int, EntityRef] = {}
    for number, frames in parsed.frames.items():
        for frame in frames:
            for arg in (frame.subject, frame.object):
                if arg.pronoun_at is None:
                    continue
                at = sentences[number].start + arg.pronoun_at
                if arg.mention is not None and (ref := mentions[arg.mention].ref) is not None:
                    resolved[at] = ref
                elif arg.not_mentions:
                    bound[at] = frozenset(ref.id for i in arg.not_mentions if (ref := mentions[i].ref) is not None)
    return bound, resolved


def frame_candidates(parsed: Parsed, context: Context) -> list[Candidate]:
    """The candidates of an article's frames."""
    date, source, sentences, index = context.date, context.source, context.sentences, context.index
    out: list[Candidate] = []
    left_in_article: dict[str, list[EntityRef]] = {}  # person id -> parties the article says they left
    for number, frames in parsed.frames.items():
        for frame in frames:
            # a party left, or the past party of someone said to have switched
            if frame.shape in ("left", "past-party") and (r := _resolved(frame, context, number)) is not None:
                left_in_article.setdefault(r[1].id, []).append(r[2])
    # who joins a party the lexicon does not know: no independent, and no member of the party the sentence gives them
    elsewhere = joined_elsewhere(parsed, context)
    joiners = {r[1].id for number, frames in parsed.frames.items() for frame in frames
               if frame.shape == "joined" and (r := _resolved(frame, context, number)) is not None}  # fmt: skip
    joiners |= {person for _, person in elsewhere}
    independent = index.by_party_label.get("Independent")
    last: dict[str, EntityRef] = {}  # relation -> whom its last statement was about ("another backer" is theirs)
    for number, frames in parsed.frames.items():
        sentence = sentences[number]
        dates = find_dates(sentence.text, date)
        resolved = [r for frame in frames if (r := _resolved(frame, context, number, last)) is not None]
        last.update((f.relation, o) for f, _, o, _, _ in resolved if f.status == "asserted")
        quits = [(replace(f, relation="party_switch", shape="quit"), s, independent, o, a) for f, s, o, _, a in resolved
                 if f.shape == "left" and s.id not in joiners and independent is not None and o != independent]  # fmt: skip
        # "X, a Democratic legislator, switched parties": to the other of the pair, from the party the sentence gives
        others = [(replace(f, shape="switch"), s, joined, o, a) for f, s, o, _, a in resolved if f.shape == "other-major"
                  and (joined := index.by_party_label.get(index.lexicon.other_major.get(o.label, ""))) is not None]  # fmt: skip
        # "X, who switched parties, is a Republican": from the other of the pair, to the party the sentence gives
        others += [(replace(f, shape="switch-to"), s, o, left, a) for f, s, o, _, a in resolved if f.shape == "other-major-to"
                   and (left := index.by_party_label.get(index.lexicon.other_major.get(o.label, ""))) is not None]  # fmt: skip
        for frame, subject, object_, from_party, anaphoric in resolved + _switches(resolved, left_in_article) + quits + others:
            domain, range_ = signature(frame.relation)
            if frame.shape in _UNSAID or not (is_a(subject.type, domain) and is_a(object_.type, range_)):
                continue
            if frame.relation == "member_of" and (number, subject.id) in elsewhere:
                continue
            confidence = CONFIDENCE[frame.shape] * (ANAPHOR_FACTOR if anaphoric else 1)
            start = sentence.start if frame.told_in is None else sentences[frame.told_in].start  # the group's act, then its members
            out.append(Candidate(
                subject=subject, relation=frame.relation, object=object_, source=source, quote=context.text[start : sentence.end],
                rule=f"parse.{frame.relation}.{frame.shape}", confidence=round(confidence, 2),
                date=clause_date(sentence.text, frame.trigger, dates, date, frame.clauses), status=frame.status, from_party=from_party,
                offset=start,
            ))  # fmt: skip
    return out


def joined_elsewhere(parsed: Parsed, context: Context) -> set[tuple[int, str]]:
    """(sentence number, person id) of who the parse reads as joining a party the lexicon does not
    know ("quit the party to join Change UK", "quit Labour and rejoined the Conservatives" in a
    story of no country): they are no independent."""
    return {(number, subject.id) for number, frames in parsed.frames.items() for frame in frames if frame.shape == "joined-elsewhere"
            and (subject := _resolve(frame.subject, context, number, set(), frame.relation)[0]) is not None}  # fmt: skip


def past_parties(parsed: Parsed, context: Context) -> set[tuple[str, str, str]]:
    """(person id, party id, sentence) of the parties the parse reads as someone's past ones
    ("the second UDA official to defect", "a former Democrat"): no pattern asserts them there."""
    return {(r[1].id, r[2].id, context.sentences[number].text) for number, frames in parsed.frames.items() for frame in frames
            if frame.shape == "past-party" and (r := _resolved(frame, context, number)) is not None}  # fmt: skip


def candidacies(parsed: Parsed, context: Context) -> list[tuple[EntityRef, int, str]]:
    """Who the article's parsed sentences say stands in a race: (person, sentence number, the
    words for the race)."""
    out = []
    for number, said in parsed.candidacies.items():
        for arg, race in said:
            person = _resolve(arg, context, number, set(), "rival_of")[0]
            if person is not None and is_a(person.type, "Person"):
                out.append((person, number, race))
    return out


_Resolved = tuple[Frame, EntityRef, EntityRef, EntityRef | None, bool]
# frames that are parts of a statement, not one: a party joined or left (a switch), a past party, a
# party left for the other of a two-party pair, or joined from it
_UNSAID = ("joined", "joined-elsewhere", "left", "past-party", "other-major", "other-major-to")


def _resolved(frame: Frame, context: Context, number: int, last: dict[str, EntityRef] | None = None) -> _Resolved | None:
    subject, anaphoric_s = _resolve(frame.subject, context, number, set(), frame.relation)
    if subject is None:
        return None
    if frame.object.again:  # "X is another key backer": of whom the last endorsement was
        object_, anaphoric_o = (last or {}).get(frame.relation), True
    else:  # (a group's act is told in a sentence before its members are named: "He" there is of that one)
        told = number if frame.told_in is None else frame.told_in
        object_, anaphoric_o = _resolve(frame.object, context, told, {subject.id}, frame.relation)
    if object_ is None or object_.id == subject.id:
        return None
    return frame, subject, object_, None, anaphoric_s or anaphoric_o


def _switches(resolved: list[_Resolved], left_in_article: dict[str, list[EntityRef]]) -> list[_Resolved]:
    """A sentence's party switches: per person, each party joined, from the party left (in the
    sentence, else in the article), else the party the sentence gives the person ("Liberal MP X
    ... to join the Conservatives"); the membership of the article fills in later (extractor)."""
    out: list[_Resolved] = []
    for frame, subject, joined, _, anaphoric in resolved:
        if frame.shape != "joined":
            continue
        left = [o for f, s, o, _, _ in resolved if f.shape == "left" and s == subject and o != joined]
        left = left or [o for o in left_in_article.get(subject.id, []) if o != joined]
        left = left or [o for f, s, o, _, _ in resolved if f.relation == "member_of" and s == subject and o != joined]
        shape = "move" if frame.changes else "switch"  # a change of party: the party left may be inferred (extractor)
        switch = Frame("party_switch", frame.subject, frame.object, shape, frame.status, frame.trigger, told_in=frame.told_in)
        out += [(switch, subject, joined, party, anaphoric) for party in dict.fromkeys(left)] or [(switch, subject, joined, None, anaphoric)]
    return out


def _resolve(arg: Arg, context: Context, number: int, exclude: set[str], relation: str) -> tuple[EntityRef | None, bool]:
    position = context.sentences[number].start + (arg.pronoun_at or 0)
    if arg.mention is not None:
        ref = context.mentions[arg.mention].ref
        if arg.pronoun_at is None or ref is None or context.agrees(ref, position):
            return ref, arg.focus or arg.campaign or arg.pronoun_at is not None
        exclude = exclude | {ref.id}  # "X appeared with Y to announce she ...": not X, a man
    exclude = exclude | {ref.id for i in arg.not_mentions if (ref := context.mentions[i].ref) is not None}
    if arg.speaker:  # '"I endorse B. ...," X said'
        return context.speaker(number), True
    if arg.ahead:  # "A veteran Republican legislator switched ... State Rep. X said"
        return context.named_next(number), True
    if arg.party:  # "the party's chairman"
        return context.party(number, position), True
    if arg.organization:  # "the union"
        return context.organization(number, position, arg.nominal, exclude, arg.organization == "any"), True
    if arg.nominal:  # "the incumbent president"
        return context.nominal(number, position, arg.nominal, exclude, relation, arg.only_one), True
    return context.antecedent(number, position, exclude, salient=True), True
