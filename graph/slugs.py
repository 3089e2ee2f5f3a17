"""Ids of the data files: the rule a reader checks (`is_slug`) and the one function every writer
makes ids with (`slug`), so that what kg writes is always what it reads back.

Ids are ASCII (they become IRIs and file names): accents are dropped ('Gómez' -> 'gomez') and
other letters transliterated by anyascii ('Łukasz' -> 'lukasz', 'Straße' -> 'strasse').

>>> slug("Senator Łukasz Nowak"), slug("Kyrsten Sinema"), is_slug("karen-bass")
('senator-lukasz-nowak', 'kyrsten-sinema', True)
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["slug", "is_slug", "NoSlug", "MAX_SLUG"]

MAX_SLUG = 80  # characters slug() keeps; far above any name, and room is left for suffixes like '-2'
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_JUNK = re.compile(r"[^a-z0-9]+")


class NoSlug(ValueError):
    """The text has nothing an id can be made of (only punctuation, symbols or spaces)."""


def is_slug(value: str) -> bool:
    """The data files' id rule: lowercase ASCII letters and digits in hyphen-joined words."""
    return _ID.match(value) is not None


def slug(text: str) -> str:
    """'Kyrsten Sinema' -> 'kyrsten-sinema'; an id `is_slug` accepts, or NoSlug."""
    # NFKD first so that 'x²' and 'ﬁ' read as the importers always read them ('x2', 'fi')
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    if not stripped.isascii():
        from anyascii import anyascii

        stripped = anyascii(stripped)
    value = _JUNK.sub("-", stripped.lower()).strip("-")
    if len(value) > MAX_SLUG:
        value = value[:MAX_SLUG].rstrip("-")
    if not value:
        raise NoSlug(f"{text[:40]!r} has no letter or digit to make an id of")
    return value
