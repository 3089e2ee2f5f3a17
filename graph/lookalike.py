"""Names that look like another name but are not the same text.

"Jоe Biden" with a Cyrillic о, "Joe\u200bBiden" with a zero-width space, "Ｊｏｅ Ｂｉｄｅｎ" in
fullwidth letters: each reads as Joe Biden. Such a name is *disguised*: it holds an invisible
format character (Unicode category Cf: zero-width spaces and joiners, bidi controls, soft
hyphens), a letter or digit that compatibility normalisation (NFKC) changes, or letters of more
than one writing system (UTS #39 mixed script, by disarm). Name keys never equate a disguised
name with another (graph.resolve.normalize); its TR39 confusable skeleton (disarm.skeleton_key)
says which known name it looks like, so the match is flagged for review instead of made.
Accents, case and curly apostrophes are not disguises: "José", "Łukasz", "O’Rourke".
"""

from __future__ import annotations

import unicodedata

__all__ = ["disguised", "skeleton"]


def disguised(name: str) -> bool:
    """Whether `name` holds invisible, compatibility or mixed-script characters. A byte order
    mark at the start is a file's, not the name's (as utf-8-sig reads it), like stray spaces."""
    name = name.strip().removeprefix("\ufeff")
    if name.isascii():
        return False
    foreign = False
    for ch in name:
        category = unicodedata.category(ch)
        if category == "Cf":
            return True
        if category[0] in "LN":
            if unicodedata.normalize("NFKC", ch) != ch:
                return True
            foreign = foreign or not ch.isascii() and not unicodedata.name(ch, "").startswith("LATIN ")
    if not foreign:  # Latin letters only (with Common and Inherited characters): one script
        return False
    from disarm import is_mixed_script

    return is_mixed_script(name)


def skeleton(name: str) -> str:
    """The key two names that look alike share: the TR39 skeleton, case-folded, with invisible
    characters and spaces removed ("Joe\u200bBiden" imitates "Joe Biden"); disarm.skeleton_key,
    which does not fold digits into letters."""
    from disarm import skeleton_key

    return "".join(skeleton_key(name).split())
