"""Entity resolution across sources: the same person named by two datasets becomes one entity.

In order: a Wikidata id shared with a known entity; then the normalised name (graph.resolve.
normalize, labels and aliases) with compatible context (no conflicting state or Wikidata id);
then a fuzzy match among entities with the same last name, scored by rapidfuzz (ratio; a first
name that is a prefix of the other's, "Jeff"/"Jefferson", scores at least NICKNAME_SCORE; same
state +3, unknown state -5). A score of AUTO or more merges; from REVIEW to AUTO a separate
entity is made and the pair is listed for review (`kg resolve --review`). A disguised name
(graph.lookalike: invisible, fullwidth or mixed-script characters, "Jоe Biden" with a Cyrillic о)
is never merged by name: when it has the confusable skeleton of a known person's name, a
separate entity is made and the pair is listed for review (method `lookalike`).

Every merge into an entity that another dataset (or the curated corpus) made is recorded in
merges.csv with its method and score, and is reversible: a merge set to `rejected` is not made
again when the datasets are re-imported; a review set to `accepted` is.

>>> r = Resolver([])
>>> a = r.resolve(Spec("Jefferson Van Drew", "Politician", state="NJ"), "legislators", 1)
>>> r.resolve(Spec("Jeff Van Drew", "Politician", state="NJ"), "538", 7) == a
True
>>> r.resolve(Spec("John Smith", "Politician", state="NY"), "x", 1) != r.resolve(Spec("John Smith", "Politician", state="TX"), "y", 2)
True
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .importers.base import EntitySpec as Spec
from .lookalike import disguised, skeleton
from .resolve import normalize
from .slugs import NoSlug, slug

__all__ = ["Known", "Merge", "Resolver", "MERGE_COLUMNS", "AUTO", "REVIEW"]

AUTO = 90.0
REVIEW = 75.0
NICKNAME_SCORE = 92.0
PERSON_TYPES = frozenset({"Person", "Politician", "Celebrity"})
MERGE_COLUMNS = ("id", "kept", "merged", "name", "state", "dataset", "row", "method", "score", "status")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NICKNAMES = {  # short form -> full first name, for the common ones that are not prefixes
    "bob": "robert", "bill": "william", "dick": "richard", "jim": "james", "mike": "michael",
    "chuck": "charles", "ted": "edward", "tom": "thomas", "liz": "elizabeth", "beto": "robert",
}


@dataclass
class Known:
    """An entity as the resolver holds it: entities.csv fields plus import context."""

    id: str
    label: str
    type: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str = ""
    description: str = ""
    state: str = ""
    office: str = ""
    origin: str = ""  # the dataset that made it; "" for curated entities


@dataclass
class Merge:
    """One merge (status auto, accepted) or one pair left for review (status review), or a
    decision against merging (status rejected)."""

    kept: str
    merged: str  # for a review: the separate entity made meanwhile; else ""
    name: str
    state: str
    dataset: str
    row: int
    method: str
    score: float
    status: str  # auto | review | accepted | rejected

    @property
    def id(self) -> str:
        key = "\x1f".join((self.kept, normalize(self.name), self.state, self.dataset))
        return hashlib.sha256(key.encode()).hexdigest()[:10]

    def as_row(self) -> dict[str, str]:
        return {"id": self.id, "kept": self.kept, "merged": self.merged, "name": self.name, "state": self.state,
                "dataset": self.dataset, "row": str(self.row), "method": self.method,
                "score": f"{self.score:.1f}", "status": self.status}


def _family(kind: str) -> str:
    return "person" if kind in PERSON_TYPES else kind


def _tokens(key: str) -> list[str]:
    words = key.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


class Resolver:
    """Turns EntitySpecs into entity ids, creating, merging and recording as it goes."""

    def __init__(self, known: Iterable[Known], decisions: Iterable[Merge] = ()) -> None:
        self.entities: dict[str, Known] = {}
        self._by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._by_last: dict[str, set[str]] = defaultdict(set)
        self._by_wikidata: dict[str, str] = {}
        self._cache: dict[tuple, str] = {}
        self._decided = {(d.kept, normalize(d.name), d.state): d.status for d in decisions
                         if d.status in ("accepted", "rejected")}
        self.merges: dict[tuple[str, str, str, str], Merge] = {}
        self._skeletons: dict[str, str] = {}  # name -> skeleton, computed for disguised specs only
        for entity in known:
            self._add(entity)

    # --- indexes -------------------------------------------------------------------------
    def _add(self, entity: Known) -> None:
        self.entities[entity.id] = entity
        for name in (entity.label, *entity.aliases):
            self._index_name(entity, name)
        if entity.wikidata:
            self._by_wikidata.setdefault(entity.wikidata, entity.id)

    def _index_name(self, entity: Known, name: str) -> None:
        key = normalize(name)
        if not key:
            return
        self._by_name[(_family(entity.type), key)].add(entity.id)
        if entity.type in PERSON_TYPES:
            words = _tokens(key)
            self._by_last[words[-1]].add(entity.id)

    def _new_id(self, spec: Spec) -> str:
        try:
            base = slug(spec.label)
        except NoSlug:  # a name of punctuation only: the id says what it is
            base = slug(spec.type)
        for candidate in (base, f"{base}-{spec.state.lower()}" if spec.state else base):
            if candidate not in self.entities:
                return candidate
        n = 2
        while f"{base}-{n}" in self.entities:
            n += 1
        return f"{base}-{n}"

    # --- resolution ----------------------------------------------------------------------
    def resolve(self, spec: Spec, dataset: str, row: int) -> str:
        """The id of the entity `spec` names (merging into a known one, or a new one)."""
        cache_key = (dataset, _family(spec.type), normalize(spec.label), spec.wikidata, spec.state)
        if cache_key in self._cache:
            return self._cache[cache_key]
        entity_id = self._match(spec, dataset, row)
        self._cache[cache_key] = entity_id
        return entity_id

    def _match(self, spec: Spec, dataset: str, row: int) -> str:
        key = normalize(spec.label)
        family = _family(spec.type)
        if family != "person":
            for name in (spec.label, *spec.aliases):
                found = sorted(self._by_name.get((family, normalize(name)), ()))
                if found:
                    return self._merge_into(found[0], spec, dataset, row, "name", 100.0)
            return self._create(spec, dataset)
        for (kept, name, state), status in self._decided.items():
            if status == "accepted" and name == key and state == spec.state and kept in self.entities:
                return self._merge_into(kept, spec, dataset, row, "accepted", 100.0, status="accepted")
        if spec.wikidata and spec.wikidata in self._by_wikidata:
            kept = self._by_wikidata[spec.wikidata]
            if not self._rejected(kept, spec):
                return self._merge_into(kept, spec, dataset, row, "wikidata", 100.0)
        if disguised(spec.label):
            return self._look_alike(spec, dataset, row, key)
        exact = [i for name in (spec.label, *spec.aliases)
                 for i in sorted(self._by_name.get((family, normalize(name)), ()))
                 if self._compatible(spec, self.entities[i])]
        if exact:
            best = max(exact, key=lambda i: (self.entities[i].state == spec.state != "", bool(self.entities[i].wikidata)))
            both = bool(spec.state and self.entities[best].state)
            return self._merge_into(best, spec, dataset, row, "name+state" if both else "name", 100.0 if both else 95.0)
        best_id, best_score = self._fuzzy(spec, key)
        if best_id is not None and best_score >= AUTO:
            return self._merge_into(best_id, spec, dataset, row, "fuzzy", best_score)
        new_id = self._create(spec, dataset)
        if best_id is not None and best_score >= REVIEW:
            merge = Merge(best_id, new_id, spec.label, spec.state, dataset, row, "fuzzy", best_score, "review")
            self.merges.setdefault((best_id, key, spec.state, dataset), merge)
        return new_id

    def _look_alike(self, spec: Spec, dataset: str, row: int, key: str) -> str:
        """A new entity for a disguised name; listed for review beside the known person whose
        name it imitates, if any."""
        wanted = skeleton(spec.label)
        imitated = None
        for entity_id in sorted(self.entities):
            known = self.entities[entity_id]
            if known.type not in PERSON_TYPES or not self._compatible(spec, known):
                continue
            for name in (known.label, *known.aliases):
                if not disguised(name) and self._skeleton(name) == wanted:
                    imitated = entity_id
                    break
            if imitated:
                break
        new_id = self._create(spec, dataset)
        if imitated is not None:
            merge = Merge(imitated, new_id, spec.label, spec.state, dataset, row, "lookalike", REVIEW, "review")
            self.merges.setdefault((imitated, key, spec.state, dataset), merge)
        return new_id

    def _skeleton(self, name: str) -> str:
        if name not in self._skeletons:
            self._skeletons[name] = skeleton(name)
        return self._skeletons[name]

    def _rejected(self, kept: str, spec: Spec) -> bool:
        return self._decided.get((kept, normalize(spec.label), spec.state)) == "rejected"

    def _compatible(self, spec: Spec, known: Known) -> bool:
        if spec.wikidata and known.wikidata and spec.wikidata != known.wikidata:
            return False
        if spec.state and known.state and spec.state != known.state:
            return False
        return not self._rejected(known.id, spec)

    def _fuzzy(self, spec: Spec, key: str) -> tuple[str | None, float]:
        from rapidfuzz import fuzz

        words = _tokens(key)
        if len(words) < 2:
            return None, 0.0
        best: tuple[str | None, float] = (None, 0.0)
        for entity_id in sorted(self._by_last.get(words[-1], ())):
            known = self.entities[entity_id]
            if not self._compatible(spec, known):
                continue
            score = 0.0
            for name in (known.label, *known.aliases):
                other = _tokens(normalize(name))
                if len(other) < 2 or other[-1] != words[-1]:
                    continue
                s = fuzz.ratio(" ".join(words), " ".join(other))
                a, b = words[0], other[0]
                if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)) or \
                        _NICKNAMES.get(a) == b or _NICKNAMES.get(b) == a:
                    s = max(s, NICKNAME_SCORE)
                score = max(score, s)
            if spec.state and known.state == spec.state:
                score += 3.0
            elif not (spec.state and known.state):
                score -= 5.0
            score = min(score, 99.0)
            if score > best[1]:
                best = (entity_id, score)
        return best

    def _create(self, spec: Spec, dataset: str) -> str:
        entity = Known(self._new_id(spec), spec.label, spec.type, [a for a in spec.aliases if a != spec.label],
                       spec.wikidata if spec.wikidata not in self._by_wikidata else "",
                       spec.description, spec.state, spec.office, dataset)
        self._add(entity)
        return entity.id

    def _merge_into(self, kept: str, spec: Spec, dataset: str, row: int, method: str, score: float,
                    status: str = "auto") -> str:
        known = self.entities[kept]
        names = {normalize(n) for n in (known.label, *known.aliases)}
        for name in (spec.label, *spec.aliases):
            if normalize(name) not in names and "|" not in name:
                known.aliases.append(name)
                names.add(normalize(name))
                self._index_name(known, name)
        if spec.wikidata and not known.wikidata and spec.wikidata not in self._by_wikidata:
            known.wikidata = spec.wikidata
            self._by_wikidata[spec.wikidata] = kept
        if known.type == "Person" and spec.type in ("Politician", "Celebrity"):
            known.type = spec.type
        known.state = known.state or spec.state
        known.office = known.office or spec.office
        if known.origin != dataset and _family(spec.type) == "person":
            merge = Merge(kept, "", spec.label, spec.state, dataset, row, method, score, status)
            self.merges.setdefault((kept, normalize(spec.label), spec.state, dataset), merge)
        return kept


def replace_status(merges: list[Merge], merge_id: str, status: str) -> Merge:
    """Set the status of the merge with this id (for kg resolve --accept/--reject)."""
    for i, merge in enumerate(merges):
        if merge.id == merge_id:
            merges[i] = replace(merge, status=status)
            return merges[i]
    raise KeyError(merge_id)
