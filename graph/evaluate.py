"""Score extracted candidates against a gold file: precision, recall and F1 per relation.

The gold file is CSV with the columns `article,subject,relation,object,explicitness,evidence`
(the format of shared/corpus/dev/gold_relations.csv): `article` is the article file's stem, names
are labels or aliases (matched after graph.resolve.normalize, through the graph's names), and a
party_switch object is written `From->To` (`->To` when the party left is not said). An
`explicitness` of `denied` marks a claim the article denies: it is not to be found, and producing
it as asserted is reported as a denied hit.

Only relations that the gold file uses are scored (a gold file that never annotates a relation
cannot judge it); predictions of other relations are counted as unscored. Symmetric relations
match in either direction. A party switch matches when its joined party agrees and, if the gold
names the party left, that too.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import ontology
from .errors import DataError
from .extract.model import Candidate, EntityRef
from .resolve import normalize

__all__ = ["GoldRow", "Score", "Report", "read_gold", "score", "NameKeys", "evaluate"]

GOLD_COLUMNS = ("article", "subject", "relation", "object", "explicitness", "evidence")
DENIED = "denied"


@dataclass(frozen=True)
class GoldRow:
    article: str
    subject: str
    relation: str
    object: str
    from_party: str  # party_switch only
    explicitness: str
    evidence: str
    line: int


@dataclass(frozen=True)
class Score:
    relation: str
    gold: int
    found: int  # gold rows matched
    predicted: int
    correct: int  # predictions that match a gold row

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    scores: tuple[Score, ...]  # one per scored relation, sorted
    overall: Score
    misses: tuple[GoldRow, ...]
    false_hits: tuple[Candidate, ...]
    denied_hits: tuple[tuple[GoldRow, Candidate], ...]
    unscored: dict[str, int] = field(default_factory=dict)  # relation -> predictions


class NameKeys:
    """Maps names and entity references to comparable keys: the entity id when a name is a
    label or alias of a known entity, else the normalized name."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self._ids = dict(names)  # normalized name -> entity id

    @classmethod
    def from_refs(cls, named: Iterable[tuple[str, EntityRef]]) -> NameKeys:
        table: dict[str, set[str]] = {}
        for name, ref in named:
            table.setdefault(normalize(name), set()).add(ref.id)
        return cls({k: next(iter(v)) for k, v in table.items() if len(v) == 1 and k})

    def name(self, name: str) -> str:
        key = normalize(name)
        return f"id:{self._ids[key]}" if key in self._ids else f"name:{key}"

    def ref(self, ref: EntityRef | None) -> str:
        if ref is None:
            return ""
        return self.name(ref.label) if ref.new else f"id:{ref.id}"


def read_gold(path: Path) -> list[GoldRow]:
    """The gold file's rows; DataError names the file and line of anything malformed."""
    path = Path(path)
    relations = {r.name for r in ontology.relations()}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in GOLD_COLUMNS[:4] if c not in (reader.fieldnames or [])]
            if missing:
                raise DataError(path, f"header lacks column(s) {', '.join(missing)}", 1)
            rows = []
            for row in reader:
                line = reader.line_num
                values = {k: (v or "").strip() for k, v in row.items() if k}
                if not any(values.values()):
                    continue
                relation = values["relation"]
                if relation not in relations:
                    raise DataError(path, f"relation {relation!r} is not one of {', '.join(sorted(relations))}", line)
                subject, object_, from_party = values["subject"], values["object"], ""
                if "->" in object_:
                    from_party, object_ = (part.strip() for part in object_.split("->", 1))
                if not values["article"] or not subject or not object_:
                    raise DataError(path, "article, subject and object must not be empty", line)
                rows.append(
                    GoldRow(values["article"], subject, relation, object_, from_party,
                            values.get("explicitness", ""), values.get("evidence", ""), line)
                )  # fmt: skip
    except FileNotFoundError:
        raise DataError(path, "gold file not found") from None
    except UnicodeDecodeError as exc:
        raise DataError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise DataError(path, f"malformed CSV: {exc}") from None
    return rows


def score(
    gold: list[GoldRow], predictions: Mapping[str, list[Candidate]], keys: NameKeys, *, min_confidence: float = 0.0
) -> Report:
    """Compare the asserted predictions (article id -> candidates) with the gold rows of the
    same articles."""
    symmetric = {r.name for r in ontology.relations() if r.symmetric}

    def pair(relation: str, a: str, b: str) -> tuple[str, str]:
        return (min(a, b), max(a, b)) if relation in symmetric else (a, b)

    articles = set(predictions)
    gold = [g for g in gold if g.article in articles]
    scored = sorted({g.relation for g in gold})
    wanted = [g for g in gold if g.explicitness != DENIED]
    denied = [g for g in gold if g.explicitness == DENIED]

    def gold_key(g: GoldRow) -> tuple[str, str, tuple[str, str], str]:
        return (g.article, g.relation, pair(g.relation, keys.name(g.subject), keys.name(g.object)),
                keys.name(g.from_party) if g.from_party else "")  # fmt: skip

    predicted: dict[tuple, Candidate] = {}
    unscored: Counter[str] = Counter()
    for article, candidates in sorted(predictions.items()):
        for c in candidates:
            if c.status != "asserted" or c.confidence < min_confidence:
                continue
            if c.relation not in scored:
                unscored[c.relation] += 1
                continue
            key = (article, c.relation, pair(c.relation, keys.ref(c.subject), keys.ref(c.object)), keys.ref(c.from_party))
            predicted.setdefault(key, c)

    def matches(g_key: tuple, p_key: tuple) -> bool:
        return g_key[:3] == p_key[:3] and (not g_key[3] or g_key[3] == p_key[3])

    gold_keys = [(g, gold_key(g)) for g in wanted]
    correct = {p for p in predicted if any(matches(gk, p) for _, gk in gold_keys)}
    found = [g for g, gk in gold_keys if any(matches(gk, p) for p in predicted)]
    scores = []
    for relation in scored:
        scores.append(Score(
            relation,
            gold=sum(1 for g in wanted if g.relation == relation),
            found=sum(1 for g in found if g.relation == relation),
            predicted=sum(1 for p in predicted if p[1] == relation),
            correct=sum(1 for p in correct if p[1] == relation),
        ))  # fmt: skip
    overall = Score(
        "overall",
        gold=len(wanted),
        found=len(found),
        predicted=len(predicted),
        correct=len(correct),
    )
    denied_hits = tuple(
        (g, c) for g in denied for p, c in predicted.items() if matches(gold_key(g), p)
    )
    return Report(
        scores=tuple(scores),
        overall=overall,
        misses=tuple(g for g in wanted if g not in found),
        false_hits=tuple(c for p, c in predicted.items() if p not in correct),
        denied_hits=denied_hits,
        unscored=dict(sorted(unscored.items())),
    )


def evaluate(gold_path: Path, articles: Iterable[Path], extractor, *, min_confidence: float = 0.0, progress=None) -> Report:
    """Read the gold file and the articles, extract, and score. `progress(article)` is called
    after each article, for a progress bar."""
    from .extract import read_article

    gold = read_gold(gold_path)
    predictions: dict[str, list[Candidate]] = {}
    for article, candidates in extractor.extract_many(read_article(p) for p in articles):
        predictions[article.id] = candidates
        if progress is not None:
            progress(article)
    return score(gold, predictions, name_keys(extractor), min_confidence=min_confidence)


def name_keys(extractor) -> NameKeys:
    """The names an extractor knows (the graph's labels and aliases, the lexicon's parties)."""
    index = extractor.index
    named: list[tuple[str, EntityRef]] = [(n, r) for n, refs in index.persons.items() for r in refs]
    for table in (index.parties, index.elections, index.organizations):
        named += list(table.items())
    named += [(r.label, r) for r in index.by_party_label.values()]
    return NameKeys.from_refs(named)
