"""Copies of one story: sources whose texts are near-duplicates (a wire story carried by several
sites under their own header and footer), each linked to its original.

Texts are compared as sets of word 5-grams (shingles, case and punctuation ignored). A bottom-k
MinHash sketch of each text, looked up in an inverted index, proposes the candidate pairs
without comparing every pair; each candidate is confirmed by the exact Jaccard similarity of the
two shingle sets, so the result does not depend on the sketch's luck. (datasketch's LSH needs
scipy: 143 MB installed for these twenty lines.) THRESHOLD 0.5: a wire copy with a
different header or footer shares nearly all of its body's shingles (a 300-word story with 40
words of other header and footer scores ~0.8), while two reports of the same event in their own
words share only short quotes (scores under 0.2; a shared quote of 30 words in 300 is ~0.05).
Of a group of copies, the original is the earliest dated source; undated sources come after
dated ones, and among equals the one listed first in sources.csv (the first ingested: kg ingest
appends).
"""

from __future__ import annotations

import heapq
import itertools
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence

from .datafiles import SourceRow

__all__ = ["SHINGLE_WORDS", "THRESHOLD", "shingles", "similarity", "find_copies"]

SHINGLE_WORDS = 5
THRESHOLD = 0.5
_SKETCH = 64  # hashes kept per text
_SHARED_MIN = 8  # sketch hashes two texts must share to be compared exactly (J about 0.12 and up)
_COMMON = 50  # texts past which one shingle hash is boilerplate, not evidence of copying
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[str]:
    """The text's word 5-grams (the whole text as one when it is shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= SHINGLE_WORDS:
        return frozenset([" ".join(words)] if words else [])
    return frozenset(" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _candidates(sets: Mapping[str, frozenset[str]]) -> Iterator[tuple[str, str]]:
    """Pairs of source ids that may be copies: those whose MinHash sketches (bottom-k: the
    _SKETCH smallest shingle hashes of each text) share at least _SHARED_MIN hashes. Two texts of
    Jaccard similarity J share about J x _SKETCH of them, so a pair at THRESHOLD shares ~32 and a
    pair below 0.1 almost none; every candidate is then confirmed exactly."""
    index: dict[int, list[str]] = defaultdict(list)
    for key, shingled in sets.items():
        for value in heapq.nsmallest(_SKETCH, {zlib.crc32(s.encode("utf-8")) for s in shingled}):
            index[value].append(key)
    shared: Counter[tuple[str, str]] = Counter()
    for keys in index.values():
        if len(keys) <= _COMMON:  # a shingle in very many texts (boilerplate) tells nothing
            shared.update(itertools.combinations(sorted(keys), 2))
    yield from sorted(pair for pair, count in shared.items() if count >= _SHARED_MIN)


def find_copies(sources: Sequence[SourceRow]) -> dict[str, str]:
    """{copy's id: its original's id} among `sources` (in sources.csv order)."""
    sets = {s.id: shingles(s.text) for s in sources}
    parent = {s.id: s.id for s in sources}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b in _candidates(sets):
        smaller, larger = sorted((len(sets[a]), len(sets[b])))
        if smaller >= THRESHOLD * larger and similarity(sets[a], sets[b]) >= THRESHOLD:  # sizes bound Jaccard
            parent[root(b)] = root(a)
    groups: dict[str, list[tuple[int, SourceRow]]] = {}
    for order, source in enumerate(sources):
        groups.setdefault(root(source.id), []).append((order, source))
    copies: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda m: (not m[1].date, m[1].date, m[0]))[1]
        copies.update({s.id: original.id for _, s in members if s.id != original.id})
    return copies
