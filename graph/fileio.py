"""Write output files whole or not at all."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from .errors import InvalidArgument, refused

__all__ = ["write_atomic"]

_KINDS = ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _refuse_unless_regular(path: Path) -> None:
    """Only a regular file may be replaced: whatever else is at `path` (a link, a FIFO, a device
    such as /dev/null) would be replaced by a regular file, not written to or through."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        raise InvalidArgument(f"cannot write {path}: it is {kind}; kg replaces only a regular file or makes a new one (- for stdout)")


def _umask() -> int:
    """The process's umask (os.umask can only be read by setting it, so it is set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder, then rename it into place,
    with the mode a new file gets from the user's umask (not mkstemp's 0600). One file only: a change to several files of a data directory goes through graph.transaction.
    Refuses (InvalidArgument) anything at `path` but a regular file; a disk full, a read-only file
    system or a permission denied is a SystemFailure."""
    path = Path(path)
    _refuse_unless_regular(path)
    with refused("write", path):
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
        try:
            os.fchmod(fd, 0o666 & ~_umask())
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)  # a link or FIFO put there since the check is replaced, not followed
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
