"""Text for a terminal: control characters in data are shown, never obeyed.

Names, quotes and titles come from articles and datasets. Printed as they are, an escape
sequence in one (ESC [, a C1 CSI, a bidi override) could recolour, retitle or reorder what the
reader sees. Human-readable output passes them through `printable`; machine formats (CSV,
JSON, RDF) keep the text exact.

>>> printable("Ann\\x1b[31m Example\\u202e")
'Ann\\\\x1b[31m Example\\\\u202e'
"""

from __future__ import annotations

import re

__all__ = ["printable", "one_line"]

# C0 controls but tab and line feed, DEL, C1 controls, line/paragraph separators, bidi controls,
# and the invisible characters that disguise a name (zero-width space, joiners, word joiner, BOM).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control characters (but tab and line feed) written as \\xNN or \\uNNNN."""
    return _CONTROL.sub(_escape, text)


def one_line(text: str) -> str:
    """A data value for a line of text output: runs of white space (line breaks included) as
    one space, so a value cannot start a line that looks like kg's own; controls escaped."""
    return printable(" ".join(text.split()))
