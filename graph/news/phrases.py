"""A PhraseMatcher over many names that tokenizes a name only when an article could hold it.

With a big imported graph, tokenizing every name and alias when the reader is built took half a
second of each `kg extract` run; most names never occur in the article at hand. A name is added
to the matcher the first time a text holds every one of its words (its runs of letters and
digits), which every text it matches does."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

_WORD = re.compile(r"\w+")


class LazyPhrases:
    """Labels with the names they match; `patterns(name)` makes a name's token patterns when a
    text first holds its words. Called on a doc, the matches as PhraseMatcher gives them."""

    def __init__(self, vocab: Vocab, attr: str, patterns: Callable[[str], list[Doc]]) -> None:
        from spacy.matcher import PhraseMatcher

        self._matcher = PhraseMatcher(vocab, attr=attr)
        self._lower = attr == "LOWER"
        self._patterns = patterns
        self._waiting: dict[str, list[tuple[str, str, frozenset[str]]]] = {}  # a word of the name -> (label, name, its words)

    def add(self, label: str, name: str) -> None:
        words = words_of(name, self._lower)
        if not words:  # no letters or digits: nothing to wait for
            self._matcher.add(label, self._patterns(name))
            return
        self._waiting.setdefault(max(words, key=len), []).append((label, name, words))

    def __call__(self, doc: Doc, words: frozenset[str] | None = None) -> list[tuple[int, int, int]]:
        """The matches in `doc`; `words`, if given, are words_of(doc.text, lower=...) as this matcher reads them."""
        words = words if words is not None else words_of(doc.text, self._lower)
        for word in words & self._waiting.keys():
            still = []
            for label, name, needed in self._waiting.pop(word):
                if needed <= words:
                    self._matcher.add(label, self._patterns(name))
                else:
                    still.append((label, name, needed))
            if still:
                self._waiting[word] = still
        return self._matcher(doc)


def words_of(text: str, lower: bool = False) -> frozenset[str]:
    """The runs of letters and digits of a text (of its lower-case form, if `lower`)."""
    return frozenset(_WORD.findall(text.lower() if lower else text))
