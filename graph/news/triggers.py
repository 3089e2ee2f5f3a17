"""The trigger lexicon of the parse-based frames, read from ontology/patterns/triggers.yaml (see
the comments there)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from ..errors import DataError
from .lexicon import patterns_dir, read_mapping

__all__ = ["RelationTriggers", "Triggers", "load_triggers", "words_pattern"]


@dataclass(frozen=True)
class RelationTriggers:
    relation: str
    verbs: frozenset[str]
    verb_preps: frozenset[tuple[str, str]]  # (verb lemma, preposition or particle)
    nouns: frozenset[str]
    receiving: frozenset[str]
    giving: frozenset[str]
    switching: frozenset[str]  # giving verbs that move the act from someone else: "switched his support to B"
    together: frozenset[str]
    campaign: frozenset[str]
    agents: frozenset[str]
    choices: frozenset[str]  # nouns for whom someone prefers, said with a word of `preferring`: "B's preferred candidate, A"
    preferring: frozenset[str]
    sides: frozenset[str]  # nouns for where backers stand, said with the candidate's possessive: "A is in B's camp"
    qualified: dict[str, frozenset[str]]  # agent noun -> the words one of which must stand before it
    hiring: frozenset[str]
    joining: frozenset[str]
    leaving: frozenset[str]
    scoring: frozenset[str]  # "A won 52% to B's 40%": verbs that take a share of the vote
    running: frozenset[str]  # verbs that say the relation only after "run to": "A is running to replace B"
    leaving_office: frozenset[str]  # words for one not standing again: "running to replace the outgoing Gov. B" (no contest)
    choosing: frozenset[str]  # "X endorsed A over B", "X has not endorsed between A and B": A and B compete
    by_organizations: frozenset[str]  # verbs that say it only of an organization: "nominated by Unison"
    fields: frozenset[str]  # nouns for the people in one contest: "the candidates for governor are A, B and C"
    newcomers: frozenset[str]  # nouns for who joins a party: "the new entrants to the BJP are A and B"
    moves: frozenset[str]  # nouns for a move, whose possessor moves: "X's switch to the GOP"
    changing: frozenset[str]  # words of joining that tell a change from another party: "switched to the GOP", not "joined"
    managing: frozenset[str]  # verbs whose person object is the candidate whose campaign A runs: "A will manage Sen. X"
    admitting: frozenset[str]  # verbs for taking someone into a party: "B welcomed A to the party", "A was inducted into the BJP"
    losing: frozenset[str]  # verbs of a party that loses members to another: "ODM has lost three MPs to Jubilee"
    expelling: frozenset[str]  # verbs for putting someone out of a party: "B kicked A out of the caucus", "A was expelled"
    one_contest: frozenset[str]  # phrases for a contest of one post: "leadership race" (graph/news/contests.py)
    shares: frozenset[str]  # the share's noun: percent, %, vote
    polling: frozenset[str]  # verbs of a standing in a poll: "A leads B in a head-to-head matchup"
    polls: frozenset[str]  # the poll's nouns, one of which must be said with them
    events: frozenset[str]  # nouns of a campaign's events, held or attended for B: "A headlined a fundraiser for B"
    opposing: frozenset[str]  # nouns that say the relation with "against": "A's campaign against B"
    prizes: frozenset[str]  # what `together` verbs may take as object: "A and B are seeking the nomination"
    placing: frozenset[str]  # verbs of a place in a contest, said with one after: "A placed fifth"
    ties: frozenset[str]  # "A and B were tied for second"
    gaps: frozenset[str]  # "a few hundred votes separated A and B"
    exits: frozenset[str]  # verbs of leaving a race: "A dropped out of the contest"
    rounds: frozenset[str]  # "with A and B in the runoff"
    runs: frozenset[str]  # verbs of standing for something: "X is running for mayor" (a candidacy, graph/news/contests.py)
    entering: frozenset[str]  # verbs of entering a race: "X entered the race"
    staying: frozenset[str]  # verbs of staying in a race: "X decided to remain in the race"
    announcing: frozenset[str]  # verbs of starting a candidacy: "X announced her bid"
    results: frozenset[str]  # verbs of an outcome of a race: "X won the primary"
    candidates: frozenset[str]  # nouns for one who stands: "mayoral candidate X", "X, the Republican nominee"
    stepping_aside: frozenset[str]  # verbs said with down, out or aside and "for B": "A stepped down for B"
    meetings: frozenset[str]  # nouns of a meeting of two in a race, with "with" or "against": "A lost his bout with B"
    judging: frozenset[str]  # verbs of a judgment: "the court ruled in favour of B" is no backing
    pitting: frozenset[str]  # verbs whose object is set against B: "the race pits A against B", "A was pitted against B"
    fielding: frozenset[str]  # verbs of a party putting one up in the race told of: "the ruling party fielded A"
    bodies: frozenset[str]  # nouns of a body whose members advise, said with a word of `advising`: "B's advisory council"
    posts: frozenset[str]  # nouns of a place on a campaign, said with the campaign: "A has a senior role on B's campaign"
    advising: frozenset[str]
    not_electoral: frozenset[str]  # words before an agent that make it no rival in a race: "a business rival of B"
    symmetric: bool
    withdrawable: bool  # one that had been going on has ended: "X, who had been supporting A, now backs B"

    @property
    def words(self) -> set[str]:
        """The words that choose a sentence for parsing (not those that act only with another list's word)."""
        return {v for v, _ in self.verb_preps} | {w for key in _WORD_LISTS if key not in _WITH_ANOTHER for w in getattr(self, key)}

    @cached_property
    def lemmas_read(self) -> frozenset[str]:
        """Every word of every list, and the first word of each phrase ("take" of "take over"): a
        token whose lemma is none of them triggers nothing of this relation by its own word."""
        return frozenset({v for v, _ in self.verb_preps} | {w.split()[0] for key in _WORD_LISTS for w in getattr(self, key)}
                         | {w for key in _WORD_LISTS for w in getattr(self, key)})


# The word lists a relation's entry may hold, each read the same way (RelationTriggers' fields)
_WORD_LISTS = ("verbs", "nouns", "receiving", "giving", "switching", "together", "campaign", "agents", "choices", "preferring", "sides", "hiring", "joining",
               "leaving", "scoring", "shares", "running", "leaving_office", "choosing", "by_organizations", "fields", "newcomers", "moves", "changing",
               "admitting", "losing", "expelling", "managing", "one_contest", "polling", "polls", "events", "opposing", "prizes",
               "placing", "ties", "gaps", "exits", "rounds", "runs", "entering", "staying", "announcing", "results", "candidates",
               "stepping_aside", "meetings", "judging", "pitting", "fielding", "bodies", "advising", "posts", "not_electoral")
# Lists whose words say something only with a word of another list in the sentence: "received" with
# "endorsement", "won" with "percent", "the nomination" with "vie", "candidate" with "preferred", "remain"
# with "in the race". They choose no sentence for parsing on their own (see Triggers.prefilter).
_WITH_ANOTHER = frozenset({"receiving", "giving", "switching", "changing", "scoring", "prizes", "one_contest", "choices", "staying", "leaving_office",
                           "stepping_aside", "meetings", "judging", "not_electoral", "bodies", "advising", "posts"})


@dataclass(frozen=True)
class Triggers:
    relations: tuple[RelationTriggers, ...]
    negating: frozenset[str]
    retractions: frozenset[str]  # nouns of taking an act back: "issued a retraction"
    hedging: frozenset[str]
    striving: frozenset[str]  # hedging words that still assert a contest: "is seeking to unseat X"
    pledging: frozenset[str]  # hedging words that give their object: "pledged her support"
    saying: frozenset[tuple[str, str]]  # (verb, particle) of hedging that say what was done: "weighed in by endorsing B"
    excluding: frozenset[tuple[str, str]]  # (verb, particle) that deny the act, or with "not" leave it possible: "(not) ruled out"
    future: frozenset[str]  # auxiliaries that make an endorsement one to come: "will endorse"
    conditions: frozenset[str]
    former: frozenset[str]
    party_labels: frozenset[str]  # role nouns a party label before them does not make a membership
    organization_nouns: frozenset[str]  # "the union": the organization named before
    any_organization: frozenset[str]  # of those, the ones that may stand for any organization ("the group")
    speech: frozenset[str]  # verbs of speaking: "said strategist X" is quoted, not at work
    newcomer_nouns: frozenset[str]  # every relation's `newcomers`: a party before one is the party left ("a Tory defector")
    hiring_verbs: frozenset[str]  # every relation's `hiring`: "B hired X"
    beating_verbs: frozenset[str]  # symmetric relations' `verbs`: "A defeated B to become mayor" (A becomes it)
    contender_nouns: frozenset[str]  # symmetric relations' `agents` and `fields`: "two competitors for the seat -- A and B"
    act_nouns: frozenset[str]  # every relation's `nouns`: what a verb of hiring takes that is no hire ("picked up the endorsement")
    hyphenated: frozenset[str]  # the words with a hyphen ("front-runner"), which the tokenizer must keep whole
    lemmas: dict[str, str]  # a form the lemmatizer gets wrong -> its word ("hoped" -> "hope")
    prefilter: re.Pattern[str]  # finds, in raw text, a word that may be a trigger


def _words(value: object, where: str, path: Path) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(path, f"{where} must be a list of words")
    return frozenset(v.strip().lower() for v in value)


def _phrases(value: object, where: str, path: Path) -> frozenset[tuple[str, str]]:
    """'verb particle' phrases as (verb, particle)."""
    phrases = _words(value, where, path)
    if any(len(p.split()) != 2 for p in phrases):
        raise DataError(path, f"{where} must be a list of 'verb particle' phrases")
    return frozenset((verb, particle) for verb, particle in (p.split() for p in phrases))


def _stems(word: str) -> set[str]:
    """What every inflected form of a lemma starts with: endorse -> endors, beat -> beat; a short
    one, whose stem would start too many other words, as itself and its -ing form: face -> face, facing."""
    if len(word) == 4 and word.endswith("e"):
        return {word, word[:-1] + "ing"}
    if len(word) > 4 and word.endswith(("e", "y")):
        return {word[:-1]}
    return {word}


def _prefix(stem: str) -> str:
    """What finds a stem's words: its letters, then anything ("endors" of "endorsed"); a stem of
    three letters or fewer only with an inflection after it, so that "go" finds "goes" and "going"
    but not "Governor", and "bid" finds "bidding" but not "Biden"."""
    if len(stem) > 3 or not stem.isalpha():
        return re.escape(stem)
    return re.escape(stem) + r"(?:s|es|d|ed|ing|n|ne|[bdgnpt](?:ed|ing))?\b"


def words_pattern(words: frozenset[str], forms: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """What finds, in raw text, an inflected form of one of `words` (lemmas), or one of `forms`."""
    stems = sorted({stem for w in words for stem in _stems(w)} | forms, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(_prefix, stems)) + r")", re.IGNORECASE)


@cache
def load_triggers(path: Path | None = None) -> Triggers:
    """Parse triggers.yaml once; a malformed file is a DataError naming it."""
    from .. import ontology

    path = path or patterns_dir() / "triggers.yaml"
    doc = read_mapping(path, "trigger lexicon")
    known = {r.name for r in ontology.relations()}
    try:
        relations = []
        for name, spec in doc["relations"].items():
            if name not in known:
                raise DataError(path, f"relation {name!r} is not in the ontology")
            where = f"relations.{name}"
            preps = set()
            for phrase in _words(spec.get("verb_preps"), f"{where}.verb_preps", path):
                verb, _, prep = phrase.rpartition(" ")
                if not verb:
                    raise DataError(path, f"{where}.verb_preps: {phrase!r} is not 'verb preposition'")
                preps.add((verb.split()[0], prep))
            qualified = {
                noun.lower(): _words(before, f"{where}.qualified.{noun}", path)
                for noun, before in (spec.get("qualified") or {}).items()
            }
            unknown = set(spec) - set(_WORD_LISTS) - {"verb_preps", "qualified", "symmetric", "withdrawable"}
            if unknown:
                raise DataError(path, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
            lists = {key: _words(spec.get(key), f"{where}.{key}", path) for key in _WORD_LISTS}
            relations.append(RelationTriggers(relation=name, verb_preps=frozenset(preps), qualified=qualified,
                                              symmetric=bool(spec.get("symmetric", False)),
                                              withdrawable=bool(spec.get("withdrawable", False)), **lists))
        scope = doc["scope"]
        words = {w for r in relations for w in r.words}
        irregular = doc.get("irregular") or {}
        if not isinstance(irregular, dict):
            raise DataError(path, "irregular must map a word to its forms")
        forms = {form for word, more in irregular.items() if word in words for form in _words(more, f"irregular.{word}", path)}
        lemmas = doc.get("lemmas") or {}
        if not isinstance(lemmas, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in lemmas.items()):
            raise DataError(path, "lemmas must map a word's form to the word")
        # ("be", of "is up against X", would let every sentence through: such a sentence is parsed for its other words)
        prefilter = words_pattern(frozenset(words) - {"be"}, frozenset(forms))
        return Triggers(
            relations=tuple(relations),
            negating=_words(scope["negating"], "scope.negating", path),
            retractions=_words(scope.get("retractions", []), "scope.retractions", path),
            hedging=_words(scope["hedging"], "scope.hedging", path),
            striving=_words(scope.get("striving", []), "scope.striving", path),
            pledging=_words(scope.get("pledging", []), "scope.pledging", path),
            saying=_phrases(scope.get("saying", []), "scope.saying", path),
            excluding=_phrases(scope.get("excluding", []), "scope.excluding", path),
            future=_words(scope.get("future", []), "scope.future", path),
            conditions=_words(scope["conditions"], "scope.conditions", path),
            former=_words(scope["former"], "scope.former", path),
            party_labels=_words(doc["party_labels_not_membership"], "party_labels_not_membership", path),
            organization_nouns=_words(doc["organization_nouns"]["named"], "organization_nouns.named", path)
            | _words(doc["organization_nouns"]["any"], "organization_nouns.any", path),
            any_organization=_words(doc["organization_nouns"]["any"], "organization_nouns.any", path),
            speech=_words(doc["speech"], "speech", path),
            newcomer_nouns=frozenset(w for r in relations for w in r.newcomers),
            hiring_verbs=frozenset(w for r in relations for w in r.hiring),
            beating_verbs=frozenset(w for r in relations if r.symmetric for w in r.verbs),
            contender_nouns=frozenset(w for r in relations if r.symmetric for w in (*r.agents, *r.fields)),
            act_nouns=frozenset(w for r in relations for w in r.nouns),
            hyphenated=frozenset(w for r in relations for key in _WORD_LISTS for w in getattr(r, key) if "-" in w and " " not in w)
            | {w for w in _words(scope["hedging"], "scope.hedging", path) if "-" in w},  # "a would-be candidate"
            lemmas={form.lower(): word.lower() for form, word in lemmas.items()},
            prefilter=prefilter,
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataError(path, f"missing or malformed section {exc}") from None
