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

__all__ = ["normalize", "NameSuggester"]

_NOT_WORD = re.compile(r"[\W_]+")


def normalize(name: str) -> str:
    """Case-, accent-, punctuation- and spacing-insensitive key of a name."""
    if name.isascii():
        return _NOT_WORD.sub(" ", name.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", stripped.casefold()).strip()


class NameSuggester:
    """Every name of every entity, to offer the closest ones when a name matches nothing."""

    def __init__(self, names: Iterable[tuple[str, str, str]]) -> None:
        """`names` holds (entity IRI, name, canonical label) triples."""
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._labels: dict[str, str] = {}
        for iri, name, label in names:
            self._labels[iri] = label
            self._by_key[normalize(name)].add(iri)
        self._by_key.pop("", None)

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
