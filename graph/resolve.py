"""Resolve a name typed by a user to one entity: by id, label or alias, ignoring case and accents.

>>> index = NameIndex([("ent:karen-bass", "Karen Bass", "Karen Bass"), ("ent:karen-bass", "Bass", "Karen Bass")])
>>> index.resolve("BASS")
'ent:karen-bass'
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from .errors import AmbiguousEntity, UnknownEntity
from .namespaces import local_name

__all__ = ["normalize", "NameIndex"]

_NOT_WORD = re.compile(r"[\W_]+")


def normalize(name: str) -> str:
    """Case-, accent-, punctuation- and spacing-insensitive key: 'Rep. Karen Báss' -> 'rep karen bass'."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", stripped.casefold()).strip()


class NameIndex:
    """Names (labels, aliases, ids) of entities, for exact lookup and fuzzy suggestions.

    A name that matches no label or alias but is the last word of labels ("musk" for
    "Elon Musk") resolves to the entity whose label ends with it, or is ambiguous.
    """

    def __init__(self, names: Iterable[tuple[str, str, str]]) -> None:
        """`names` holds (entity IRI, name, canonical label) triples."""
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._by_last_word: dict[str, set[str]] = defaultdict(set)
        self._labels: dict[str, str] = {}
        for iri, name, label in names:
            self._labels[iri] = label
            self._by_key[normalize(name)].add(iri)
        for iri, label in self._labels.items():
            self._by_key[normalize(local_name(iri))].add(iri)
            words = normalize(label).split()
            if len(words) > 1:
                self._by_last_word[words[-1]].add(iri)
        self._by_key.pop("", None)

    def resolve(self, name: str) -> str:
        """The IRI of the one entity called `name`; UnknownEntity or AmbiguousEntity otherwise."""
        key = normalize(name)
        matches = self._by_key.get(key) or self._by_last_word.get(key, set())
        if len(matches) == 1:
            return next(iter(matches))
        if matches:
            described = sorted(f"{self._labels[iri]} ({local_name(iri)})" for iri in matches)
            raise AmbiguousEntity(name, described)
        raise UnknownEntity(name, self.suggest(name))

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Labels of the entities whose names are closest to `name`."""
        from rapidfuzz import fuzz, process

        key = normalize(name)
        if not key:
            return []
        suggestions: list[str] = []
        for match_key, score, _ in process.extract(key, list(self._by_key), scorer=fuzz.WRatio, limit=20):
            if score < 70:
                break
            for iri in sorted(self._by_key[match_key]):
                label = self._labels[iri]
                if label not in suggestions:
                    suggestions.append(label)
        return suggestions[:limit]

    def label(self, iri: str) -> str:
        return self._labels.get(iri, local_name(iri))
