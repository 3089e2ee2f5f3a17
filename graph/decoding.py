"""Bytes from the web (articles, datasets) to text, by one rule for both.

- A byte order mark says the encoding (UTF-8, UTF-16, UTF-32).
- UTF-8 when the bytes are UTF-8.
- Mostly UTF-8 with some lines that are not (a UTF-8 file with Latin-1 or cp1252 lines pasted
  in): each line on its own, UTF-8 when it is and cp1252 when not, and those lines named
  (`Decoded.legacy_lines`). Guessing one encoding for the whole would read the UTF-8 as
  mojibake ('Señor' as 'Seﾃｱor' in Shift-JIS).
- Otherwise charset-normalizer's guess, unless cp1252 explains the bytes as well (as clean
  and as coherent a text): short Western text gives charset-normalizer no evidence and it
  would pick cp1250 or Big5 ('Año' as 'Ańo' or 'A隳'). A guess that is mostly noise is refused.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

__all__ = ["Decoded", "Undecodable", "decode", "MAX_CHAOS"]

MAX_CHAOS = 0.2  # charset-normalizer's mess ratio above which a guess is noise, not text
_BOMS = (  # UTF-32 first: its little-endian mark starts like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip


class Undecodable(ValueError):
    """No encoding explains the bytes; the message says why (the caller names the file)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python's codec name: utf-8, utf-16, cp1252, ... ; "utf-8+cp1252" per line
    legacy_lines: tuple[int, ...] = ()  # 1-based lines read as cp1252 in a UTF-8 text

    def warning(self) -> str:
        """What to tell the user about the lines decoded as cp1252 ('' when there are none)."""
        if not self.legacy_lines:
            return ""
        shown = ", ".join(str(n) for n in self.legacy_lines[:10])
        more = f" and {len(self.legacy_lines) - 10} more" if len(self.legacy_lines) > 10 else ""
        return f"line(s) {shown}{more} are not UTF-8 like the rest; read as cp1252 (Windows Latin-1)"


def decode(data: bytes) -> Decoded:
    """The text of `data` (see the module's doc); raises Undecodable."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), "utf-8" if codec == "utf-8-sig" else codec)
            except UnicodeDecodeError as exc:
                raise Undecodable(f"starts with a {codec.upper()} byte order mark but is not {codec.upper()} "
                                  f"(bad bytes at offset {exc.start})") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        failure = exc
    lines = data.splitlines(keepends=True)
    if any(not line.isascii() and _is_utf8(line) for line in lines):
        return _per_line(lines)
    return _guess(data, failure)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _cp1252(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined: Latin-1 has them
        return line.decode("latin-1")


def _per_line(lines: list[bytes]) -> Decoded:
    parts, legacy = [], []
    for number, line in enumerate(lines, 1):
        if _is_utf8(line):
            parts.append(line.decode("utf-8"))
        else:
            parts.append(_cp1252(line))
            legacy.append(number)
    return Decoded("".join(parts), "utf-8+cp1252", tuple(legacy))


def _guess(data: bytes, failure: UnicodeDecodeError) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise Undecodable(f"is not UTF-8 (bad byte at offset {failure.start}) and its encoding cannot be told")
    if best.encoding != "cp1252":
        western = from_bytes(data, cp_isolation=["cp1252"]).best()
        if western is not None and western.chaos <= best.chaos and western.coherence >= best.coherence:
            best = western
    return Decoded(str(best), best.encoding)
