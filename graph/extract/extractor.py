"""The extractor: articles in, candidate statements out. Offline and deterministic.

>>> extractor = Extractor([])                              # doctest: +SKIP
>>> article = parse_article("Sen. Jane Roe endorsed Rep. John Doe.", "a.txt")  # doctest: +SKIP
>>> [(c.subject.label, c.relation, c.object.label) for c in extractor.extract(article)]  # doctest: +SKIP
[('Jane Roe', 'endorsed', 'John Doe')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .. import ontology
from ..model import Entity
from .article import Article
from .lexicon import load_lexicon, patterns_dir
from .matching import match_article
from .mentions import Reader
from .model import Candidate, EntityRef
from .names import NameIndex
from .rules import load_rules
from .signatures import is_a, signature

__all__ = ["Extractor", "CODE_VERSION", "new_entities"]

CODE_VERSION = "1"  # bump when the extractor's code changes what it finds


class Extractor:
    """Finds candidate statements in articles, knowing the graph's entities and their aliases."""

    def __init__(self, entities: Iterable[Entity], *, patterns: Path | None = None) -> None:
        directory = patterns or patterns_dir()
        self.rules = load_rules(directory)
        self.index = NameIndex.build(entities, load_lexicon(directory / "lexicon.yaml"))
        self.reader = Reader(self.index)
        self.version = f"{CODE_VERSION}.{self.rules.version}"
        self._symmetric = {r.name for r in ontology.relations() if r.symmetric}
        self._defaulted = {rule.id for rule in self.rules.rules if rule.defaults}

    def extract(self, article: Article) -> list[Candidate]:
        """The article's candidates, in the order of their sentences."""
        return self._candidates(article, self.reader.nlp(article.text))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[tuple[Article, list[Candidate]]]:
        """(article, candidates) for each article, tokenizing them in batches."""
        pending = iter(articles)
        while True:
            batch = [a for _, a in zip(range(batch_size), pending)]
            if not batch:
                return
            for article, doc in zip(batch, self.reader.nlp.pipe(a.text for a in batch)):
                yield article, self._candidates(article, doc)

    def _candidates(self, article: Article, doc) -> list[Candidate]:
        mentions, sentences = self.reader.read_doc(doc, article.date)
        found = match_article(article.text, article.date, article.id, mentions, sentences, self.index, self.rules)
        return self._merge(found)

    # --- merging -------------------------------------------------------------------------

    def _merge(self, found: list[Candidate]) -> list[Candidate]:
        best: dict[tuple, Candidate] = {}
        for candidate in found:
            if candidate.relation in self._symmetric and candidate.subject.id > candidate.object.id:
                candidate = replace(candidate, subject=candidate.object, object=candidate.subject)
            key = (*candidate.key(), candidate.quote)
            if key not in best or candidate.confidence > best[key].confidence:
                best[key] = candidate
        # Only a statement that names the party left can subsume another (see _subsumed).
        fuller = [c for c in best.values() if c.from_party is not None and c.rule not in self._defaulted]
        kept = [c for c in best.values() if not self._subsumed(c, fuller)]
        return _retype(kept)

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


def new_entities(candidates: Iterable[Candidate]) -> list[EntityRef]:
    """The new entities the candidates name, each once, in order of appearance."""
    seen: dict[str, EntityRef] = {}
    for c in candidates:
        for ref in (c.subject, c.object, c.from_party, c.election):
            if ref is not None and ref.new and ref.id not in seen:
                seen[ref.id] = ref
    return list(seen.values())
