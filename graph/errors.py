"""Typed errors raised by the library. The CLI maps each class to an exit code in one place."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

__all__ = [
    "KgError",
    "DataError",
    "UnknownEntity",
    "AmbiguousEntity",
    "UnknownSource",
    "AmbiguousSource",
    "UnknownRelation",
    "NoPath",
    "QueryError",
    "ReadOnlyQuery",
    "StoreError",
    "InvalidArgument",
    "ViewTooLarge",
    "ArticleError",
    "ReadOnlyData",
    "Busy",
    "SystemFailure",
    "SYSTEM_ERRNOS",
    "refused",
]


class KgError(Exception):
    """Base class of every error kg reports to a user."""


class DataError(KgError):
    """A data file is malformed; names the file and, when known, the line."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {message}")


class UnknownEntity(KgError):
    """No entity has this name; carries close names as suggestions."""

    def __init__(self, name: str, suggestions: Sequence[str] = (), looks_like: Sequence[str] = (),
                 *, max_length: int | None = None) -> None:
        self.name = name
        self.suggestions = tuple(suggestions)
        self.looks_like = tuple(looks_like)  # names it imitates with invisible or look-alike characters
        self.shown = repr(name)  # the name as messages show it
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        if self.looks_like:
            hint = (f" It looks like {' or '.join(repr(n) for n in self.looks_like)} but is not the same text: "
                    "it holds invisible, fullwidth or look-alike characters of another script.")
        if max_length is not None and len(name) > max_length:
            self.shown = repr(name[:40] + "…")
            hint = f" It has {len(name):,} characters; names have at most {max_length}."
        super().__init__(f"No entity named {self.shown}.{hint}")


class AmbiguousEntity(KgError):
    """Several entities share this name; carries them as candidates."""

    def __init__(self, name: str, candidates: Sequence[str]) -> None:
        self.name = name
        self.candidates = tuple(candidates)
        super().__init__(
            f"{name!r} names {len(self.candidates)} entities: {', '.join(self.candidates)}. "
            "Use a fuller name or the id."
        )


class UnknownSource(KgError):
    """No source has this id, URL or title; carries close ones as suggestions."""

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = tuple(suggestions)
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"No source with the id, URL or title {name[:200]!r}.{hint}")


class AmbiguousSource(KgError):
    """Several sources share this title or URL; carries their ids."""

    def __init__(self, name: str, candidates: Sequence[str]) -> None:
        self.name = name
        self.candidates = tuple(candidates)
        super().__init__(f"{name!r} names {len(self.candidates)} sources: {', '.join(self.candidates)}. Use the id.")


class UnknownRelation(KgError):
    """A relation name that the ontology does not declare."""

    def __init__(self, name: str, known: Sequence[str]) -> None:
        self.name = name
        super().__init__(f"Unknown relation {name!r}. Known relations: {', '.join(known)}.")


class NoPath(KgError):
    """The two entities are not connected within the allowed number of hops."""

    def __init__(self, source: str, target: str, max_hops: int) -> None:
        super().__init__(f"No connection between {source} and {target} within {max_hops} hops.")


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run."""


class ReadOnlyQuery(QueryError):
    """An update (INSERT, DELETE, LOAD, ...) sent where only queries are allowed."""


class StoreError(KgError):
    """The store cannot be opened, built or written."""


class InvalidArgument(KgError):
    """An option value that makes no sense (a negative hop count, a path from a node to itself)."""


class ArticleError(KgError):
    """An article that cannot be read: missing, empty, too large, not text, or in an unknown encoding."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path}: {message}")


class ExtractionError(ArticleError):
    """An article read but not extracted from: a fault of kg's, met on this article's text. Reported
    with the article, so that a batch goes on with the others."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(path, f"extraction failed, please report it with this article ({message})")


class ReadOnlyData(KgError):
    """A write aimed at a data directory kg must not change (the corpus shipped in the package)."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        super().__init__(
            f"{self.directory} is the corpus shipped with kg and is read-only. Create a data directory "
            "of your own with `kg init DIR --seed` and pass it with --data DIR (or set KG_DATA=DIR)."
        )


class ViewTooLarge(KgError):
    """A view with more entities than a node-link drawing can show legibly; suggests a focused one."""

    def __init__(self, count: int, limit: int) -> None:
        self.count = count
        self.limit = limit
        super().__init__(
            f"The view would draw {count:,} entities; past {limit:,} a network view is unreadable "
            "and slow. Draw part of it: --around NAME --hops 2 (a neighbourhood), --relations "
            "endorsed,rival_of (fewer relation types) or --as-of DATE (an earlier graph)."
        )


class Busy(KgError):
    """Another kg process holds the lock of a data directory or store longer than KG_LOCK_TIMEOUT."""

    def __init__(self, what: str, holder: str, timeout: float) -> None:
        self.what = what
        self.holder = holder
        self.timeout = timeout
        super().__init__(
            f"{what} is busy: in use by {holder}. Gave up after {timeout:g} s; try again when it is "
            "done, or wait longer with KG_LOCK_TIMEOUT=SECONDS."
        )


# What the system, not the user's input, refuses: no space, no quota, a read-only file system,
# no permission, a failing device, no file descriptors left.
SYSTEM_ERRNOS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EROFS", "EACCES", "EPERM", "EIO",
                                      "EMFILE", "ENFILE", "ENOMEM") if hasattr(errno, name)
)


class SystemFailure(KgError):
    """The system refused a read or write (disk full, read-only file system, permission denied...);
    carries the errno and the path."""

    def __init__(self, error: OSError, path: Path | str | None = None, action: str = "access") -> None:
        self.errno = error.errno
        self.path = path if path is not None else error.filename
        reason = os.strerror(error.errno) if error.errno else str(error)
        reason = reason[:1].lower() + reason[1:]
        where = f"cannot {action} {self.path}" if self.path is not None else "the system refused"
        super().__init__(f"{where}: {reason}")


@contextmanager
def refused(action: str, path: Path | str) -> Iterator[None]:
    """Turn an OSError that the system, not the input, caused (see SYSTEM_ERRNOS) into a SystemFailure
    saying what could not be done to which path: `with refused("write", lock_path): ...`."""
    try:
        yield
    except OSError as error:
        if error.errno in SYSTEM_ERRNOS:
            raise SystemFailure(error, path, action) from error
        raise
