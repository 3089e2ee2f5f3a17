"""Score extracted candidates against gold files: precision, recall and F1 per relation.

The gold file is CSV with the columns `article,subject,relation,object,explicitness,evidence`
(the format of shared/corpus/dev/gold_relations.csv): `article` is the article file's stem, names
are labels or aliases (matched after graph.resolve.normalize, through the graph's names), and a
party_switch object is written `From->To` (`->To` when the party left is not said). An
`explicitness` of `denied` marks a claim the article denies: it is not to be found, and producing
it as asserted is reported as a denied hit.

Beside a gold file, `negatives.csv` and `ambiguous.csv` (columns `article,subject,relation,
object,why`, the format of shared/corpus/dev2) are read too when present: a negatives row is a
claim never to be produced (a denied hit when it is), an ambiguous row one that counts neither
as found nor as false (the report says how many were produced). Each article is scored against
the gold file of its own folder; when several gold files are in play, articles are named
`<folder>/<stem>` (`dev2/07`), so that `dev/01` and `dev2/01` never mix.

Only relations that the gold file uses are scored (a gold file that never annotates a relation
cannot judge it); predictions of other relations are counted as unscored. Symmetric relations
match in either direction. A party switch matches when its joined party agrees and, if the gold
names the party left, that too. A party new to the graph matches a gold name that is its own
with or without the word "Party" ("Likud Party" and "Likud"); a new person, a gold name that is
the same person's (same_person_name) or one written alike (_written_alike: a title before the
name, "Makhdoom Javed Hashmi" for "Javed Hashmi"; one word spelled a little otherwise, "Kwabena
Duffour" for the gold's "Kwabena Duffuor"), as annotators write usual names where the text
does not; a person the article names by a last name alone ("Bloomberg"), the one gold name of
that article with that last name.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz.fuzz import ratio

from .. import ontology
from ..errors import DataError, InvalidArgument
from .article import Article, article_id
from .model import Candidate, EntityRef
from ..resolve import normalize
from .names import same_person_name

__all__ = [
    "GoldRow", "Score", "Report", "GoldSet", "Evaluation", "read_gold", "read_gold_set", "score", "merge",
    "NameKeys", "evaluate", "evaluate_corpora", "plan", "name_keys",
]  # fmt: skip

GOLD_COLUMNS = ("article", "subject", "relation", "object", "explicitness", "evidence")
GOLD_FILE, NEGATIVES_FILE, AMBIGUOUS_FILE = "gold_relations.csv", "negatives.csv", "ambiguous.csv"
DENIED = "denied"
AMBIGUOUS = "ambiguous"  # the explicitness given to the rows of ambiguous.csv


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
    ambiguous_hits: tuple[tuple[GoldRow, Candidate], ...] = ()  # produced, counted neither way


class NameKeys:
    """Maps names and entity references to comparable keys: the entity id when a name is a
    label or alias of a known entity, else the normalized name."""

    def __init__(self, names: Mapping[str, str], local: Mapping[str, frozenset[str]] | None = None) -> None:
        self._ids = dict(names)  # normalized name -> entity id
        self._local = dict(local or {})  # party id -> the normalized names it has in its country's articles

    @classmethod
    def from_refs(cls, named: Iterable[tuple[str, EntityRef]], local: Iterable[tuple[str, EntityRef]] = ()) -> NameKeys:
        table: dict[str, set[str]] = {}
        for name, ref in named:
            table.setdefault(normalize(name), set()).add(ref.id)
        locally: dict[str, set[str]] = {}
        for name, ref in local:
            locally.setdefault(ref.id, set()).add(normalize(name))
        return cls({k: next(iter(v)) for k, v in table.items() if len(v) == 1 and k}, {k: frozenset(v) for k, v in locally.items()})

    def local(self, ref: EntityRef) -> frozenset[str]:
        """A party's names in an article of its country ("Labour Party" of "Labour Party (Nigeria)")."""
        return self._local.get(ref.id, frozenset())

    def name(self, name: str) -> str:
        key = normalize(name)
        if key in self._ids:
            return f"id:{self._ids[key]}"
        # "The Washington Post", "Washington Post" and "the Washington Post editorial board" are one paper
        return f"name:{key.removeprefix('the ').removesuffix(' editorial board')}"

    def ref(self, ref: EntityRef | None) -> str:
        if ref is None:
            return ""
        return self.name(ref.label) if ref.new else f"id:{ref.id}"


def _written_alike(gold: str, label: str) -> bool:
    """Whether a gold name and an extracted person's name are one name written otherwise: the one
    the other's last two or more words ("Javed Hashmi", "Makhdoom Javed Hashmi"), or of as many
    words with one of them, of five letters or more, spelled a little otherwise ("Duffuor",
    "Duffour"; "Gotabaya", "Gotabhaya")."""
    a, b = normalize(gold).split(), normalize(label).split()
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= 2 and len(shorter) < len(longer) and longer[-len(shorter):] == shorter:
        return True
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return len(a) == len(b) >= 2 and len(differ) == 1 and min(map(len, differ[0])) >= 5 and ratio(*differ[0]) >= 85


def _without_party(key: str) -> str:
    """A party's name key without a last word "party": "the Likud party" is Likud."""
    return key.removesuffix(" party")


def read_gold(path: Path, *, explicitness: str | None = None) -> list[GoldRow]:
    """The gold file's rows; DataError names the file and line of anything malformed. With
    `explicitness` (DENIED for negatives.csv, AMBIGUOUS for ambiguous.csv) every row gets it, and
    its `why` column is read as the evidence."""
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
                if explicitness is None:
                    marked, evidence = values.get("explicitness", ""), values.get("evidence", "")
                else:
                    marked, evidence = explicitness, values.get("why", "")
                rows.append(GoldRow(values["article"], subject, relation, object_, from_party, marked, evidence, line))
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
    ambiguous = [g for g in gold if g.explicitness == AMBIGUOUS]
    gold = [g for g in gold if g.explicitness != AMBIGUOUS]
    scored = sorted({g.relation for g in gold})
    wanted = [g for g in gold if g.explicitness != DENIED]
    denied = [g for g in gold if g.explicitness == DENIED]

    def gold_key(g: GoldRow) -> tuple[str, str, tuple[str, str], str]:
        return (g.article, g.relation, pair(g.relation, keys.name(g.subject), keys.name(g.object)),
                keys.name(g.from_party) if g.from_party else "")  # fmt: skip

    gold_names: dict[str, list[str]] = {}  # article -> its gold names, for names written otherwise
    for g in gold:
        gold_names.setdefault(g.article, []).extend((g.subject, g.object, *([g.from_party] if g.from_party else [])))

    def ref_key(article: str, ref: EntityRef | None) -> str:
        key = keys.ref(ref)
        if ref is None or any(keys.name(n) == key for n in gold_names.get(article, ())):
            return key
        if ref.new and key.startswith("name:"):
            named = gold_names.get(article, ())
            same = next((n for n in named if same_person_name(n, ref.label) or _written_alike(n, ref.label)
                         or (ref.type == "PoliticalParty" and _without_party(keys.name(n)) == _without_party(key))), None)
            if same is None and ref.type != "PoliticalParty" and len(ref.label.split()) == 1:
                # a person the article names by a last name alone ("Bloomberg"): the one gold person of that last name
                by_last = {n for n in named if len(n.split()) > 1 and normalize(n).split()[-1] == normalize(ref.label)}
                same = next(iter(by_last)) if len(by_last) == 1 else None
            if same is not None:
                return keys.name(same)
        # a party's name in its own country's articles: "National Party" for the New Zealand National Party
        same = next((n for n in gold_names.get(article, ()) if normalize(n) in keys.local(ref)), None)
        return keys.name(same) if same is not None else key

    predicted: dict[tuple, Candidate] = {}
    unscored: Counter[str] = Counter()
    for article, candidates in sorted(predictions.items()):
        for c in candidates:
            if c.status != "asserted" or c.confidence < min_confidence:
                continue
            if c.relation not in scored:
                unscored[c.relation] += 1
                continue
            key = (article, c.relation, pair(c.relation, ref_key(article, c.subject), ref_key(article, c.object)),
                   ref_key(article, c.from_party))  # fmt: skip
            predicted.setdefault(key, c)

    def matches(g_key: tuple, p_key: tuple) -> bool:
        return g_key[:3] == p_key[:3] and (not g_key[3] or g_key[3] == p_key[3])

    gold_keys = [(g, gold_key(g)) for g in wanted]
    correct = {p for p in predicted if any(matches(gk, p) for _, gk in gold_keys)}
    denied_keys = [gold_key(g) for g in denied]

    def denies(p_key: tuple) -> bool:
        return any(matches(dk, p_key) for dk in denied_keys)

    ambiguous_hits = []
    for g in ambiguous:  # a reading either way: out of the count, unless the gold wants it anyway
        for p in [p for p in predicted if p not in correct and matches(gold_key(g), p) and not denies(p)]:
            ambiguous_hits.append((g, predicted.pop(p)))
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
        ambiguous_hits=tuple(ambiguous_hits),
    )


def merge(reports: Iterable[Report]) -> Report:
    """One report for several scored separately (one per gold file): counts added up."""
    reports = list(reports)

    def total(relation: str, scores: list[Score]) -> Score:
        return Score(relation, *(sum(getattr(s, f) for s in scores) for f in ("gold", "found", "predicted", "correct")))

    relations = sorted({s.relation for r in reports for s in r.scores})
    unscored: Counter[str] = Counter()
    for r in reports:
        unscored.update(r.unscored)
    return Report(
        scores=tuple(total(rel, [s for r in reports for s in r.scores if s.relation == rel]) for rel in relations),
        overall=total("overall", [r.overall for r in reports]),
        misses=tuple(g for r in reports for g in r.misses),
        false_hits=tuple(c for r in reports for c in r.false_hits),
        denied_hits=tuple(h for r in reports for h in r.denied_hits),
        unscored=dict(sorted(unscored.items())),
        ambiguous_hits=tuple(h for r in reports for h in r.ambiguous_hits),
    )


@dataclass(frozen=True)
class GoldSet:
    """The annotations of one corpus: a gold file, and the negatives.csv and ambiguous.csv beside it."""

    gold: Path
    files: tuple[Path, ...]  # every file read, the gold file first
    rows: tuple[GoldRow, ...]


def read_gold_set(gold: Path) -> GoldSet:
    gold = Path(gold)
    rows, files = read_gold(gold), [gold]
    for name, mark in ((NEGATIVES_FILE, DENIED), (AMBIGUOUS_FILE, AMBIGUOUS)):
        beside = gold.parent / name
        if beside.is_file():
            rows += read_gold(beside, explicitness=mark)
            files.append(beside)
    return GoldSet(gold, tuple(files), tuple(rows))


def _same(path: Path) -> Path:
    return Path(path).resolve()


@dataclass(frozen=True)
class Evaluation:
    """Gold sets and the articles to score, each with the gold set it is scored against."""

    golds: tuple[GoldSet, ...]
    articles: tuple[tuple[Path, int], ...]  # (article file, index in golds)

    @property
    def files(self) -> list[Path]:
        return [path for path, _ in self.articles]

    def labels(self) -> list[str]:
        """How each gold set names its articles in a report: '' when there is one gold set,
        else its folder's name ('dev2'; the gold file's path where two share a name)."""
        if len(self.golds) < 2:
            return [""] * len(self.golds)
        names = [_same(g.gold).parent.name for g in self.golds]
        return [name if names.count(name) == 1 else str(g.gold.with_suffix("")) for g, name in zip(self.golds, names)]

    def score(self, extracted: Iterable[tuple[Article, list[Candidate]]], keys: NameKeys, *,
              min_confidence: float = 0.0) -> Report:  # fmt: skip
        """Score the extractor's output for (some of) `files` (an article is known by its path)."""
        gold_of = dict(self.articles)
        labels = self.labels()
        predictions: list[dict[str, list[Candidate]]] = [{} for _ in self.golds]
        for article, candidates in extracted:
            index = gold_of[article.path]
            if labels[index]:
                key = f"{labels[index]}/{article.id}"
                candidates = [replace(c, source=key) for c in candidates]
            else:
                key = article.id
            predictions[index][key] = candidates
        reports = []
        for gold, label, predicted in zip(self.golds, labels, predictions):
            rows = [replace(g, article=f"{label}/{g.article}") for g in gold.rows] if label else list(gold.rows)
            reports.append(score(rows, predicted, keys, min_confidence=min_confidence))
        return merge(reports)


def _assign(golds: list[Path], articles: list[tuple[Path, Path | None]]) -> Evaluation:
    """The Evaluation of these gold files and articles, each article with the gold file given
    for it, else the one in its folder, else the only one (InvalidArgument when none or unclear)."""
    unique: dict[Path, Path] = {}
    for gold in golds:
        unique.setdefault(_same(gold), Path(gold))
    if not unique:
        raise InvalidArgument("no gold file: give a gold CSV file or a corpus folder holding gold_relations.csv")
    index = {same: i for i, same in enumerate(unique)}
    assigned: dict[Path, tuple[Path, int]] = {}
    for path, gold in articles:
        if gold is None:
            here = [same for same in unique if same.parent == _same(path).parent]
            if len(here) > 1:
                raise InvalidArgument(f"{path}: its folder holds {len(here)} of the gold files given; score them apart")
            if not here and len(unique) > 1:
                raise InvalidArgument(f"{path}: no gold file given in its folder, and {len(unique)} elsewhere: "
                                      "give its folder's gold file, or score it apart")
            gold = here[0] if here else next(iter(unique))
        assigned.setdefault(_same(path), (Path(path), index[_same(gold)]))
    if not assigned:
        raise InvalidArgument("no article to score: give article files or a corpus folder holding *.txt")
    seen: dict[tuple[int, str], Path] = {}
    for path, i in assigned.values():
        other = seen.setdefault((i, article_id(path)), path)
        if other != path:
            raise InvalidArgument(f"{other} and {path} would both be article {article_id(path)!r} of "
                                  f"{list(unique.values())[i]}; score them apart")
    return Evaluation(tuple(read_gold_set(g) for g in unique.values()), tuple(assigned.values()))


def _folder(folder: Path) -> tuple[Path, list[Path]]:
    """A corpus folder's gold file and articles (*.txt)."""
    folder = Path(folder)
    gold = folder / GOLD_FILE
    if not gold.is_file():
        raise InvalidArgument(f"{folder}: a corpus folder holds {GOLD_FILE}, and this one does not")
    return gold, sorted(folder.glob("*.txt"))


def plan(paths: Iterable[Path]) -> Evaluation:
    """What `kg eval PATH...` scores: any mix of gold CSV files, corpus folders (their gold file,
    negatives.csv, ambiguous.csv and *.txt articles) and article files."""
    golds: list[Path] = []
    articles: list[tuple[Path, Path | None]] = []
    for path in map(Path, paths):
        if path.is_dir():
            gold, texts = _folder(path)
            golds.append(gold)
            articles += [(text, gold) for text in texts]
        elif path.suffix.lower() == ".csv":
            if path.name in (NEGATIVES_FILE, AMBIGUOUS_FILE):
                raise InvalidArgument(f"{path}: give the gold file or its folder; {path.name} is read beside it")
            golds.append(path)
        else:
            articles.append((path, None))
    return _assign(golds, articles)


def evaluate_corpora(extractor, corpora: Iterable[tuple[Path, Iterable[str] | None]], *,
                     min_confidence: float = 0.0, progress: Callable[[Article], None] | None = None) -> Report:  # fmt: skip
    """Score corpus folders, each restricted to the articles whose file stems are given (None:
    all of its *.txt), e.g. a tuning half and a held-out half; a stem with no article is an
    InvalidArgument."""
    golds: list[Path] = []
    articles: list[tuple[Path, Path | None]] = []
    for folder, stems in corpora:
        gold, texts = _folder(folder)
        if stems is not None:
            stems = set(stems)
            unknown = sorted(stems - {t.stem for t in texts})
            if unknown:
                raise InvalidArgument(f"{folder}: no article {', '.join(unknown)}")
            texts = [t for t in texts if t.stem in stems]
        golds.append(gold)
        articles += [(text, gold) for text in texts]
    return _run(_assign(golds, articles), extractor, min_confidence, progress)


def _run(evaluation: Evaluation, extractor, min_confidence: float, progress) -> Report:
    from . import read_article

    def extracted():
        for article, candidates in extractor.extract_many(read_article(p) for p in evaluation.files):
            if progress is not None:
                progress(article)
            yield article, candidates

    return evaluation.score(extracted(), name_keys(extractor), min_confidence=min_confidence)


def evaluate(gold_path: Path, articles: Iterable[Path], extractor, *, min_confidence: float = 0.0, progress=None) -> Report:
    """Read the gold file (and the negatives.csv and ambiguous.csv beside it) and the articles,
    extract, and score. `progress(article)` is called after each article, for a progress bar."""
    evaluation = _assign([Path(gold_path)], [(Path(p), Path(gold_path)) for p in articles])
    return _run(evaluation, extractor, min_confidence, progress)


def name_keys(extractor) -> NameKeys:
    """The names an extractor knows (the graph's labels and aliases, the lexicon's parties)."""
    index = extractor.index
    named: list[tuple[str, EntityRef]] = [(n, r) for n, refs in index.persons.items() for r in refs]
    for table in (index.parties, index.elections, index.organizations):
        named += list(table.items())
    named += [(r.label, r) for r in index.by_party_label.values()]
    named += [(name, r) for name, (_, r) in index.bodies.items()] + [(r.label, r) for _, r in index.bodies.values()]
    return NameKeys.from_refs(named, [(name, r) for names in index.local_parties.values() for name, r in names.items()])
