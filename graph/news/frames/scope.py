"""Whether a statement is asserted, negated or only supposed, from where its trigger stands in the
tree: "declined to endorse", "has not endorsed", "is expected to back", "will endorse B next
week", "had backed B but said he was withdrawing his support", "a former Republican"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..triggers import RelationTriggers, Triggers


_ONLY_IN_OF = {"favor", "favour"}  # nouns of a relation only in "in favor of B", not "did him a favor"

# Climbing from a trigger to the words that govern it: through these links only (not through
# "and", a subordinate clause or an apposition, which say something else).
_GOVERNED_BY = {"xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "oprd", "acomp", "amod", "compound", "aux", "pcomp"}
_FORMERLY = {"formerly", "previously", "once"}  # adverbs of a state or an act now over ("X, formerly of the NUP")
_ELECTORATE = {"voter", "resident", "supporter", "constituent", "delegate", "follower", "fan", "everyone", "people", "citizen", "respondent"}


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
            if any(c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in triggers.excluding for c in current.children):
                if not any(c.dep_ == "neg" or c.lower_ == "never" for c in current.children):
                    return "negated"  # "ruled out endorsing B"
                status = "disputed"  # "has not ruled out endorsing B"
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
        excluded = current.dep_ == "advcl" and current.tag_ == "VBG" and any(
            c.dep_ == "prt" and (current.head.lemma_.lower(), c.lower_) in triggers.excluding for c in current.head.children)
        # ("ruled out endorsing B", the "-ing" parsed as a clause of its own)
        if not climb or (current.dep_ not in _GOVERNED_BY and not joined and not wished and not purpose and not excluded) or current.head is current:
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


def _former(token: Token, triggers: Triggers) -> bool:
    return any(
        c.lower_.strip("-") in triggers.former or c.lower_ in triggers.former
        for c in token.children if c.dep_ in ("amod", "advmod", "compound", "nmod") and c.i < token.i
    ) or any(token.doc[i].lower_ in triggers.former for i in range(max(token.i - 2, 0), token.i))
