"""Where a quote sits in its source's text, as the W3C Web Annotation model anchors a quote: its
character offsets (TextPositionSelector start/end) plus a little text on either side (the
prefix and suffix of a TextQuoteSelector), so that the anchor can be found again when the text
is edited around it.

Prefix and suffix are kept with their runs of whitespace (line breaks included) collapsed to one
space and none at their ends, so a CSV cell holds them on one line and a reader that trims cells
reads them unchanged; they are compared the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Anchor", "anchor", "check", "CONTEXT"]

CONTEXT = 32  # characters of text taken on each side of a quote


@dataclass(frozen=True)
class Anchor:
    start: int  # the quote is text[start:end]
    end: int
    prefix: str  # the text just before it, whitespace collapsed (see the module's doc)
    suffix: str  # the text just after it


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _at(text: str, start: int, end: int) -> Anchor:
    return Anchor(start, end, _squeeze(text[max(0, start - CONTEXT) : start]), _squeeze(text[end : end + CONTEXT]))


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while at >= 0 and quote:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def anchor(text: str, quote: str, *, near: int | None = None) -> Anchor | None:
    """The anchor of `quote` in `text`: the occurrence nearest the offset `near`, else the first;
    None when the quote is not in the text."""
    if not quote:
        return None
    if near is None:
        found = [text.find(quote)]
    elif text.startswith(quote, near):
        found = [near]
    else:  # the nearest occurrence on each side: as fast as the distance from `near`
        near = max(0, min(near, len(text)))
        found = [text.rfind(quote, 0, near + len(quote) - 1), text.find(quote, near)]
    found = [at for at in found if at >= 0]
    if not found:
        return None
    start = min(found, key=lambda at: (abs(at - near), at)) if near is not None else found[0]
    return _at(text, start, start + len(quote))


def _in_context(text: str, quote: str, start: int, old: Anchor) -> bool:
    reach = 4 * CONTEXT  # room for whitespace the squeezed prefix and suffix no longer hold
    before = _squeeze(text[max(0, start - reach) : start])
    after = _squeeze(text[start + len(quote) : start + len(quote) + reach])
    return before.endswith(old.prefix) and after.startswith(old.suffix)


def check(text: str, quote: str, old: Anchor) -> tuple[Literal["ok", "shifted", "lost"], Anchor | None]:
    """Whether `old` still slices `text` to exactly `quote`: ("ok", old); else ("shifted", the
    repaired anchor), found where the quote occurs with the same prefix and suffix, else at the
    occurrence nearest the old start; ("lost", None) when the quote is no longer in the text."""
    if quote and 0 <= old.start and old.end == old.start + len(quote) and text[old.start : old.end] == quote:
        return "ok", old
    found = _occurrences(text, quote)
    if not found:
        return "lost", None
    matching = [at for at in found if _in_context(text, quote, at, old)] or found
    start = min(matching, key=lambda at: (abs(at - old.start), at))
    return "shifted", _at(text, start, start + len(quote))
