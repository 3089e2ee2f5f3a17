"""The readings of one sentence: each trigger word of triggers.yaml, by the shape it takes its two
people in (verb, noun, agent, hiring, campaign, ...), gives frames (`find_frames`); the groups
and lists a sentence names, and what it echoes of the sentence before ("So did B")."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .arguments import (
    _COLLECTIVES,
    _GROUP_WORDS,
    _LISTS,
    _RELYING,
    _after_a_colon,
    _doer_towards,
    _echoes,
    _field_people,
    _gapped,
    _has_role,
    _holders,
    _named_before_title,
    _noun_args,
    _one_field,
    _owner_of_campaign,
    _passive_subjects,
    _qualified,
    _respective,
    _role_of_name,
    _subjects,
    _verb_args,
    _verb_of_as,
)
from .parties import _ADMITTED_TO, _done_to, _joins_a_name, _memberships, _movers, _parties, _to_switch
from .races import (
    _APART,
    _FEATURING,
    _also,
    _calling_for,
    _candidacies,
    _choice,
    _for_a_candidacy,
    _in_a_poll,
    _in_doing,
    _leaving_office,
    _on_behalf,
    _one_race,
    _polled_against,
    _prep_children,
    _prep_objects,
    _result_others,
    _share,
    _standing_holders,
    _standings,
)
from .scope import _ONLY_IN_OF, _status, _withdrawn_later
from .sentence import (
    _AMONG,
    _CAMPAIGN,
    _INCLUDING,
    _OBJECTS,
    _PASSIVE_SUBJECTS,
    _PREPS,
    _RELATIVE,
    _SUBJECTS,
    Arg,
    Frame,
    _a_number,
    _clauses,
    _joins_in,
    _of_a_campaign,
    _plural,
    _Sentence,
    is_a_party_member_noun,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from ..triggers import RelationTriggers, Triggers


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
    surnames: dict[str, int] | None = None, same: dict[int, int] | None = None, coalitions: frozenset[int] = frozenset(),
) -> Found:
    """What one parsed sentence says (Found). `spans` are (start, end, mention index, kind) in
    sentence offsets, kind P person, G party, O organization, E election; `pronouns` and `roles`
    (lower-case role nouns: "governor") are the words that stand for a person named elsewhere,
    `surnames` the last names of people named before, with the index of their mention; `same`
    maps a mention to the sentence's first one of the same entity ("the United Democratic
    Movement's (UDM's)"), `coalitions` are the mentions of parties that are coalitions of others."""
    sentence = _Sentence(doc, spans, pronouns, roles, surnames or {}, triggers, same or {}, coalitions)
    found: list[Frame] = []
    by_groups: list[tuple[str, str, Arg]] = []
    apart = any(t.lower_ in _APART for t in sentence.tokens)  # "A and B are going against incumbents in their respective states"
    _gerunds_read_as_verbs(sentence.tokens, triggers)
    _candidates_read_as_others(sentence.tokens, triggers)
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


def _changes(token: Token, lemma: str, rel: RelationTriggers) -> bool:
    """Whether a joining is told as a change of party: by a word of `changing` ("switched to the
    GOP"), or in the clause of one ("switched parties to join the GOP", "changed parties, becoming a
    Republican")."""
    return lemma in rel.changing or (token.dep_ in ("xcomp", "advcl") and token.head.lemma_.lower() in rel.changing)


_OWN_ACT_VERBS = {"make", "complete", "finalize", "finalise", "formalize", "formalise"}  # verbs whose object is their subject's own act
_HIRE_NOUNS = {"hire", "addition"}  # "The hires include pollster X", "the latest addition to the team"


def _hired(verb: Token, acts: frozenset[str]) -> bool:
    """Whether a verb of hiring may take someone on: it has an object, or is passive ("hires new
    campaign manager", "X was named"), and what it takes is not one of the relations' `acts`
    ("picked up the endorsement", "won the nomination")."""
    taken = [c for c in verb.children if c.dep_ in _OBJECTS | {"auxpass"}]
    return any(c.dep_ == "auxpass" or c.lemma_.lower() not in acts for c in taken)


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


def _gerunds_read_as_verbs(tokens: list[Token], triggers: Triggers) -> None:
    """Retag a trigger's "-ing" form the tagger calls a noun where it is joined to a verb's:
    "she was leaving the party and registering as a Democrat"."""
    for token in tokens:
        if token.tag_ == "NN" and token.dep_ == "conj" and token.head.tag_ == "VBG" and token.lower_.endswith("ing"):
            stem = token.lower_[:-3]
            verb = next((w for w in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "")
                         if any(w in rel.lemmas_read for rel in triggers.relations)), None)  # fmt: skip
            if verb is not None:
                token.tag_, token.pos_, token.lemma_ = "VBG", "VERB", verb


def _campaign_of_a_post(post: Token, s: _Sentence) -> list[Arg]:
    """Whose campaign a place is on: "a role on B's campaign", "a job with the B campaign", "her
    role in B's reelection campaign"."""
    campaigns = [o for c in post.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "with", "at")
                 for o in c.children if o.dep_ == "pobj" and _of_a_campaign(o)]  # fmt: skip
    return [a for c in campaigns for a in s.owner(c, "P") if a.mention is not None]


def _post_holders(post: Token, s: _Sentence) -> list[Arg]:
    """Who holds a place: its possessor ("her role"), or the subject of the verb that has it ("A
    will play a role", "A took a job")."""
    holders = [a for c in post.children if c.dep_ == "poss" for a in s.args(c, "P")]
    if not holders and post.dep_ in _OBJECTS and post.head.pos_ in ("VERB", "AUX"):
        holders = _subjects(post.head, s)
    return holders


def _candidates_read_as_others(tokens: list[Token], triggers: Triggers) -> None:
    """Retag a candidate's noun the tagger calls something else before a name: "fourth-place
    finisher X", "finisher" taken for a wh-adverb or a comparative ("finish", "-er")."""
    nouns = frozenset(w for rel in triggers.relations if rel.symmetric for w in rel.candidates)
    for token in tokens:
        if token.lower_ in nouns and not token.tag_.startswith("NN") and token.i + 1 < len(token.doc) and token.nbor().tag_ == "NNP":
            token.tag_, token.pos_, token.lemma_ = "NN", "NOUN", token.lower_


def _group_members(s: _Sentence) -> list[Arg]:
    """The people a sentence lists as a group named before, or as some of the group it tells of:
    "Some of these include A and B", "They include A", "Among them are A and B", "The legislators,
    A, B and C, said", "A, B and C announced their jump", "Four Democrats switched, including A",
    "Among them: A and B"."""
    words = [t.lower_ for t in s.tokens[:4]]
    if words[:1] == ["among"] and words[1:2] in (["them"], ["these"], ["those"]) and words[2:3] == [":"]:
        return list(dict.fromkeys(Arg(s.of[t.i]) for t in s.tokens[3:] if s.kinds.get(s.of.get(t.i, -1)) == "P"))
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


_PUT_ON = {"serve", "sit", "name", "appoint", "add", "join", "be"}  # verbs that put one "on" or "to" a body

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
            campaigns = [c for c in objects if c.lemma_.lower() in _CAMPAIGN or any(  # (or "B's campaign council")
                m.dep_ == "compound" and m.lemma_.lower() in _CAMPAIGN for m in c.children)]
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
        if lemma in rel.switching and token.pos_ == "VERB" and not rel.symmetric:  # "A was switching from B to C": A backs C
            sides = {p.lower_: [a for o in _prep_objects(p) for a in s.args(o, "P") if a.mention is not None and s.kinds.get(a.mention) == "P"]
                     for p in _prep_children(token) if p.lower_ in ("from", "to")}  # fmt: skip
            if sides.get("from") and sides.get("to"):
                yield "switched", _subjects(token, s), sides["to"]
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
            if switched:  # "switched her endorsement from B to C": B is whom it left, no giver
                left = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj" for a in s.args(o)]
                givers = [g for g in givers if g not in left]
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
        if token.pos_ == "NOUN" and lemma in rel.bodies and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in rel.advising
                                                                for c in token.children):
            yield "agent", _on_the_body(token, s), _whose_body(token, s)  # "A is a member of B's advisory council"
        if token.pos_ == "NOUN" and lemma in rel.posts and (owners := _campaign_of_a_post(token, s)):
            yield "post", _post_holders(token, s), owners  # "A will play a senior role on B's campaign"
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
                    if any(c.dep_ == "auxpass" for c in verb.children):  # "A was hired by B as a consultant"
                        owners = [a for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj" for a in s.args(o, "P")]
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


def _on_the_body(body: Token, s: _Sentence) -> list[Arg]:
    """The people a sentence puts on a body: "A is a member of it", "A serves (sits) on it", "A
    was named (appointed) to it", "A and C were named members of it", "A joined it"."""
    head = body.head
    if body.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "member":
        return _holders(head.head, s) or (_subjects(head.head.head, s) if head.head.dep_ in ("attr", "oprd") else [])
    if body.dep_ == "pobj" and head.lower_ in ("on", "to") and head.head.lemma_.lower() in _PUT_ON:
        return _passive_subjects(head.head, s) or _subjects(head.head, s)
    if body.dep_ == "dobj" and head.lemma_.lower() in ("join", "rejoin"):
        return _subjects(head, s)
    return []


def _whose_body(body: Token, s: _Sentence) -> list[Arg]:
    """Whom an advising body is for: its possessor ("B's advisory council"), or said with "for"
    on it or its verb ("the advisory committee for the re-election of President B"), or with "to"
    on it ("the advisory committee to the president", the one the article titles so)."""
    owners = [a for a in s.owner(body, "P") if a.mention is not None]
    if owners:
        return owners
    verb = next((a for a in body.ancestors if a.pos_ in ("VERB", "AUX")), None)
    fors = [o for w in (body, *([verb] if verb is not None else [])) for c in w.children if c.dep_ == "prep" and c.lower_ == "for"
            for o in c.children if o.dep_ == "pobj"]
    member = body.head.head if body.dep_ == "pobj" and body.head.lower_ == "of" else None  # ("a member of it to B")
    on = (body, *([member] if member is not None and member.lemma_.lower() == "member" else []),
          *([verb] if verb is not None and verb.lemma_ in ("be", "serve", "sit") else []))  # ("A is a member of it to B")
    tos = [o for w in on for c in w.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return [a for o in fors + tos for a in (s.args(o, "P") or s.owner(o, "P")) if a.mention is not None or (o in tos and a.nominal)]


def _pits_in_a_contest(verb: Token, rel: RelationTriggers, s: _Sentence) -> bool:
    """Whether what sets A against B is a contest: "the Senate race pits A against B", "A was pitted
    against B in the runoff" (not "the dispute pits the mayor against the governor")."""
    contests = rel.nouns | _ELECTIONS
    return _joins_in(verb, contests) or any(c.dep_ in _SUBJECTS and (c.lemma_.lower() in contests or s.kinds.get(s.of.get(c.i, -1)) in ("E", "G"))
                                            for c in verb.children)  # fmt: skip  ("the party fielded A against B")


def _a_body_s(agent: Token, s: _Sentence) -> bool:
    """Whether a role noun is a body's, not a candidate's: its possessor is a party or an
    organization ("the PDP-Laban's campaign manager", "campaign manager for the UNC"), or a name
    before it is an organization or one the article does not tell as anyone ("top White House
    adviser X"; but a "GOP consultant" may be on anyone's team)."""
    for c in agent.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
                s.kinds.get(s.of.get(o.i, -1)) in ("G", "O") for o in c.children if o.dep_ == "pobj"):
            return True
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


_TEAMS = {"team", "circle"}  # whose members, said with "include", work for their owner's campaign (a staff may be an office's)
_OF_A_TEAM = {"campaign", "political", "senior", "new", "core", "top", "inner", "reelection", "re-election"}  # not "legal team"
_ELECTIONS = {"election", "general", "caucus", "caucuses", "balloting", "count"}  # said "in": "meet B in the November election"
