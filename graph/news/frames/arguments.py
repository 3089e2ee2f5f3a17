"""Who does what a trigger says, and to whom: a verb's subjects (through conjunctions, relative
clauses and misattached names), its objects and passive agents (`_verb_args`), a noun's giver
and receiver (`_noun_args`: "A's endorsement of B", "support from A"), and who holds a role
(`_holders`: "A, B's campaign manager", "strategist A", "A served as adviser to B")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .scope import _told_as_decided
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
    _a_number,
    _across_clauses,
    _plural,
    _titling,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from ..triggers import RelationTriggers, Triggers
    from .sentence import _Sentence


_BENEFITING = {"help", "boost", "lift", "propel", "buoy", "bolster", "power", "catapult", "vault", "aid"}  # what an endorsement does for B
_ARRIVING = {"come", "pour", "flow", "arrive", "roll", "pile", "stream", "trickle", "continue", "keep"}  # endorsements ... from A
_STATEMENTS = {"statement", "video", "letter", "op-ed", "post", "tweet", "message", "column", "editorial", "speech", "release", "email", "announcement"}
_LISTS = {"list", "roster", "slate", "lineup", "line-up", "group", "host", "slew", "raft", "array", "band", "cadre", "core", "number"}  # "B's list of endorsers includes A"
_ALONG = {"follow", "join"}  # "X follows A in joining B", "X joined A in backing B": A does it too
_IN_A_CONTEST = {"be", "lock", "engage", "remain", "stay", "place", "put", "leave", "show", "participate", "take", "appear", "meet"}  # "A is in a runoff with B", "polls put A and B in a dead heat"
_REACTIONS = {"headline", "praise", "criticism", "heat", "flak", "backlash", "credit", "fire", "scorn", "applause", "attention"}
_SPOTS = {"spot", "place", "berth", "slot"}  # "A and B clinched spots in the runoff"
_ADVANCING = {"advance", "head", "move", "proceed", "go"}  # "A and B advanced to a runoff"
_GROUP_WORDS = {"these", "those", "they", "them"}


def _respective(trigger: Token, subjects: list[Arg], objects: list[Arg]) -> bool:
    """Whether as many people face as many others each on their own: "A and B both face
    primaries against C and D", "... respectively"."""
    return len(subjects) == len(objects) > 1 and any(t.lower_ in ("both", "each", "respectively") for t in trigger.sent)


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


_RUNNING = {"run", "campaign", "seek", "bid", "candidacy", "race", "challenge", "effort", "attempt", "quest", "drive"}

# (the recognizer, which would tag ordinals, does not run on every sentence)
_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|\d+(?:st|nd|rd|th))", re.IGNORECASE)


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
    found, i = _names_listed_from(noun.i + 2 if noun.i + 2 < len(s.doc) and s.doc[noun.i + 1].text == "," else len(s.doc), s)
    closed = i >= len(s.doc) or s.doc[i].text in (",", ".", ";") or s.doc[i - 1].text == ","
    return [Arg(m) for m in dict.fromkeys(found)] if len(found) > 1 and closed else []


def _names_listed_from(i: int, s: _Sentence, titled: bool = False) -> tuple[list[int], int]:
    """The people named from token `i` on with nothing but "," and "and" between them (with
    `titled`, their titles too: "Sen. A, B and C"), and the token after the list."""
    found: list[int] = []
    while i < len(s.doc):
        if titled:
            named, after = s._name_at(s.doc, i, "P")
            mention = s.of[named.i] if named is not None else None
        else:
            mention = s.of.get(i) if s.kinds.get(s.of.get(i, -1)) == "P" else None
        if mention is None:
            break
        found.append(mention)
        i = after if titled else i
        while i < len(s.doc) and s.of.get(i) == mention:
            i += 1
        if i + 1 < len(s.doc) and (s.doc[i].lower_ == "and" or (s.doc[i].text == "," and s.doc[i + 1].lower_ == "and")):
            i += 1 if s.doc[i].lower_ == "and" else 2
        elif i < len(s.doc) and s.doc[i].text == ",":
            i += 1
        else:
            break
    return found, i


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
    # (but "X endorsed four candidates, including A and B": of as many races, maybe)
    chosen = noun.dep_ in _OBJECTS and noun.head.lemma_.lower() in rel.choosing
    return any(
        (c.dep_ == "prep" and c.lower_ in ("for", "in")) or (c.dep_ == "nummod" and c.lower_ in _FEW and not chosen)
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
    if not objects:  # "endorsed four candidates on Monday: A, B, C and D"
        objects = [a for c in verb.children if c.dep_ in _OBJECTS and c.tag_ == "NNS" for a in _after_a_colon(c, s)]
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
        found = [a for a in _subjects(verb, s) if (a.mention is not None and s.kinds.get(a.mention) == "P") or a.pronoun_at is not None] or found
        # ("B ran as an independent supported by the Democrats": B; "he ran as ...": whom "he" means)
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
    received = received or (noun.dep_ == "dobj" and head.lemma_.lower() in rel.giving
                            and (_named_by(noun, s, ("of", "from")) or _of_a_counted_group(noun))
                            and not any(c.dep_ == "poss" for c in noun.children))  # "B announced support from X (from five MPs)": B's
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
    if not givers and receivers and not received:  # "X endorsed 81 candidates, including endorsements for A and B"
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


def _of_a_counted_group(noun: Token) -> bool:
    """Whether a noun's "of" or "from" object is a group told by its count: "the support of five
    council members", "backing from several unions"."""
    return any(_plural(o) and any(c.dep_ == "nummod" or _a_number(c) for c in o.children)
               for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for o in c.children if o.dep_ == "pobj")  # fmt: skip


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
    if noun.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and s.of.get(head.i) is None and head != noun:
        return _holders(head, s, hiring)  # "X, the firm's chairman and former campaign chair for B": X holds both (and
        # "X, a former MP and strong supporter of B", the title tagged a name's word)
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


_RELYING = {"rely", "count", "depend", "lean", "call"}  # "B relies on X as her strategist": X holds the role
