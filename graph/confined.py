"""Files of a data directory, opened without following a symbolic link out of it.

The rule, for every read and write of kg's data files: below the directory the user named, no
symbolic link is followed. Each folder on the way is opened relative to its parent's descriptor
with O_NOFOLLOW (openat), and so is the file, so the check and the open are one operation: a link
put there at any moment is refused (DataError naming it, exit 6), never followed. Only regular
files are read: a FIFO or a device would block or never end.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from .errors import DataError

__all__ = ["open_dir", "open_file", "file_mode", "check_dir"]

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


def _parts(name: str) -> tuple[str, ...]:
    parts = PurePosixPath(name).parts if name else ()
    if parts and (parts[0] == "/" or ".." in parts):
        raise ValueError(f"{name!r} is not a path inside a data directory")
    return tuple(p for p in parts if p != ".")


def _refuse_link(error: OSError, dir_fd: int, name: str, path: Path) -> None:
    """Raise DataError if `name` (in the folder `dir_fd`) is a link: what an O_NOFOLLOW open that
    failed with `error` ran into. Returns for any other failure, which the caller re-raises."""
    if error.errno not in (errno.ELOOP, errno.ENOTDIR):
        return
    try:
        info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise DataError(path, "is a symbolic link; kg does not follow links in a data directory") from None
    if error.errno == errno.ENOTDIR:
        raise DataError(path, "is not a folder") from None


def open_dir(directory: Path, name: str = "", *, create: bool = False) -> int:
    """A descriptor of the folder `name` (e.g. 'sources', '.kg/txn') of `directory`, each folder
    below `directory` opened without following a link; with `create`, missing ones are made.
    The caller closes it. FileNotFoundError when a folder is missing (and not `create`)."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)  # the path the user named
    here = Path(directory)
    try:
        for part in _parts(name):
            here = here / part
            if create:
                try:
                    os.mkdir(part, dir_fd=fd)
                except FileExistsError:
                    pass
            try:
                inner = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except OSError as error:
                _refuse_link(error, fd, part, here)
                raise
            os.close(fd)
            fd = inner
        return fd
    except BaseException:
        os.close(fd)
        raise


def _split(name: str) -> tuple[str, str]:
    parts = _parts(name)
    if not parts:
        raise ValueError("a file name is needed")
    return "/".join(parts[:-1]), parts[-1]


def open_file(directory: Path, name: str) -> BinaryIO:
    """The regular file `name` (e.g. 'sources/a.txt') of `directory`, open for reading in binary.
    FileNotFoundError when it is missing; DataError when it or a folder on the way is a link, or
    it is not a regular file."""
    folder, leaf = _split(name)
    path = Path(directory) / name
    dir_fd = open_dir(directory, folder)
    try:
        try:
            fd = os.open(leaf, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=dir_fd)
        except OSError as error:
            _refuse_link(error, dir_fd, leaf, path)
            raise
    finally:
        os.close(dir_fd)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise DataError(path, "is not a regular file")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def file_mode(directory: Path, name: str) -> int | None:
    """The permission bits of the regular file `name` of `directory`, None when there is none
    (nor the folder it would be in); DataError when it or a folder on the way is a link or it is
    not a regular file. For a writer, before it replaces the file."""
    folder, leaf = _split(name)
    try:
        dir_fd = open_dir(directory, folder)
    except FileNotFoundError:
        return None
    try:
        info = os.stat(leaf, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return None
    finally:
        os.close(dir_fd)
    path = Path(directory) / name
    if stat.S_ISLNK(info.st_mode):
        raise DataError(path, "is a symbolic link; kg does not follow links in a data directory")
    if not stat.S_ISREG(info.st_mode):
        raise DataError(path, "is not a regular file")
    return stat.S_IMODE(info.st_mode)


def check_dir(directory: Path, name: str) -> bool:
    """Whether the folder `name` of `directory` exists; DataError when it or a folder on the way
    is a link."""
    try:
        os.close(open_dir(directory, name))
    except FileNotFoundError:
        return False
    return True
