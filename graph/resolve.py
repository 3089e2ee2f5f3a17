"""Name handling: the normalized key names are looked up by, and suggestions after a miss.

Lookup itself is a bound SPARQL query on the pol:nameKey triples written at build time
(see KnowledgeGraph.resolve), so it costs the same on a graph of any size.

>>> normalize("  Rep.  Karen  BÁSS ")
'rep karen bass'
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from .errors import UnknownEntity

__all__ = ["normalize", "name_key", "NameSuggester", "MAX_NAME_LENGTH"]

_NOT_WORD = re.compile(r"[\W_]+")
# Longer than any name in a graph; suggestions for a miss cost time in proportion to the length.
MAX_NAME_LENGTH = 300


def normalize(name: str) -> str:
    """Case-, accent-, punctuation- and spacing-insensitive key of a name. A disguised name
    (graph.lookalike: invisible, fullwidth or mixed-script characters) keeps them in its key,
    so it never equals the key of the name it imitates."""
    if name.isascii():
        return _NOT_WORD.sub(" ", name.lower()).strip()
    from .lookalike import disguised

    if disguised(name):
        return " ".join(unicodedata.normalize("NFC", name).casefold().split())
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", stripped.casefold()).strip()


def name_key(name: str) -> str:
    """The key `name` is looked up by; UnknownEntity at once if it is too long to be anyone's name."""
    if len(name) > MAX_NAME_LENGTH:
        raise UnknownEntity(name, max_length=MAX_NAME_LENGTH)
    return normalize(name)


class NameSuggester:
    """Every name of every entity, to offer the closest ones when a name matches nothing."""

    def __init__(self, names: Iterable[tuple[str, str, str]]) -> None:
        """`names` holds (entity IRI, name, canonical label) triples."""
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._labels: dict[str, str] = {}
        self._names: list[tuple[str, str]] = []
        self._by_skeleton: dict[str, set[str]] | None = None
        for iri, name, label in names:
            self._labels[iri] = label
            self._names.append((iri, name))
            self._by_key[normalize(name)].add(iri)
        self._by_key.pop("", None)

    def look_alikes(self, name: str, limit: int = 3) -> list[str]:
        """Labels of the entities `name` imitates: it is disguised (graph.lookalike) and has the
        confusable skeleton of one of their names."""
        from .lookalike import disguised, skeleton

        if not disguised(name):
            return []
        if self._by_skeleton is None:
            self._by_skeleton = defaultdict(set)
            for iri, known in self._names:
                if not disguised(known):
                    self._by_skeleton[skeleton(known)].add(iri)
        return sorted({self._labels[iri] for iri in self._by_skeleton.get(skeleton(name), ())})[:limit]

    def unknown(self, name: str) -> UnknownEntity:
        """The error for a name that matches nothing: the names it imitates, else close ones."""
        looks_like = self.look_alikes(name)
        return UnknownEntity(name, [] if looks_like else self.suggest(name), looks_like)

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Labels of the entities whose names are closest to `name` (rapidfuzz WRatio ≥ 70)."""
        from rapidfuzz import fuzz, process

        key = normalize(name)
        if not key:
            return []
        suggestions: list[str] = []
        for match_key, score, _ in process.extract(key, list(self._by_key), scorer=fuzz.WRatio, limit=20):
            if score < 70:
                break
            for iri in sorted(self._by_key[match_key]):
                if self._labels[iri] not in suggestions:
                    suggestions.append(self._labels[iri])
        return suggestions[:limit]
