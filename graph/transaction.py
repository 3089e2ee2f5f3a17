"""All-or-nothing changes to a data directory, and the locks that serialize kg's writers.

A writer holds the directory's lock (an exclusive `flock` on <data>/.kg/lock, which the kernel
releases when the process ends, even by SIGKILL), stages every new file in <data>/.kg/txn/files/,
then commits: it writes <data>/.kg/txn/journal.json, the list of renames and deletions that make
the change, under a temporary name, fsyncs it and renames it into place. That rename is the
commit point. The renames are then applied, the directories fsynced and the journal removed.

A writer killed before the commit point leaves staged files that no reader looks at, discarded
by the next writer; one killed after it leaves a journal that the next kg command opening the
directory applies again (each step can be repeated). Readers that need the files consistent with
one another (a store build) hold the lock shared, after rolling any journal forward. So every
reader sees the directory as it was before a change or as it is after it, never between.

A process that has to wait for a lock says once who holds it (pid, command, since when) and
gives up after $KG_LOCK_TIMEOUT seconds (default 30) with Busy.
"""

from __future__ import annotations

import errno
import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from .errors import Busy, DataError, InvalidArgument, refused

__all__ = [
    "Transaction", "transaction", "writing", "reading", "settle", "pending", "recover", "forget_locks",
    "lock", "on_wait", "lock_timeout", "fsync_dir", "fsync_tree", "write_synced", "KG_DIR",
]  # fmt: skip

KG_DIR = ".kg"  # inside a data directory: lock, and txn/ while a change is being made
DEFAULT_TIMEOUT = 30.0
_POLL = 0.05
_held: dict[str, list] = {}  # lock file -> [fd, exclusive, depth], for the locks this process holds
_notify: Callable[[str], None] | None = None


def on_wait(callback: Callable[[str], None] | None) -> None:
    """Have `callback(message)` called when kg starts waiting for a lock another process holds
    (the command line prints the message; the library never does)."""
    global _notify
    _notify = callback


def lock_timeout() -> float:
    """Seconds to wait for a busy lock: $KG_LOCK_TIMEOUT, default 30."""
    raw = os.environ.get("KG_LOCK_TIMEOUT", "")
    try:
        value = float(raw) if raw.strip() else DEFAULT_TIMEOUT
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise InvalidArgument(f"KG_LOCK_TIMEOUT must be a number of seconds, not {raw!r}")
    return value


def _holder(fd: int) -> str:
    """Who holds the lock, as its holder wrote it: 'pid 123 (kg import x.csv) since ...'."""
    try:
        fields = os.pread(fd, 1024, 0).decode("utf-8", "replace").rstrip("\n").split("\t")
    except OSError:
        fields = []
    if len(fields) != 3:
        return "another kg process (reading it)"
    pid, since, command = fields
    return f"pid {pid} ({command}) since {since}"


def _acquire(fd: int, exclusive: bool, what: str, timeout: float | None) -> None:
    operation = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    try:
        fcntl.flock(fd, operation | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    if timeout is None:
        timeout = lock_timeout()
    if timeout > 0 and _notify is not None:
        _notify(f"{what} is in use by {_holder(fd)}; waiting up to {timeout:g} s (KG_LOCK_TIMEOUT)")
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise Busy(what, _holder(fd), timeout)
        time.sleep(min(_POLL, left))
        try:
            fcntl.flock(fd, operation | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass


def _say_who(fd: int) -> None:
    words = [Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "kg", *sys.argv[1:]]
    command = " ".join(" ".join(w.split()) for w in words)[:300]
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\t{time.strftime('%Y-%m-%d %H:%M:%S')}\t{command}\n".encode(), 0)


def _open_lock(key: str, exclusive: bool) -> int | None:
    """The lock file, opened without following a link. None for a shared lock that cannot be had:
    no lock file, and none can be made (a read-only file system, another user's folder), so no
    writer can be changing the files either."""
    flags = os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        return os.open(key, os.O_RDWR | os.O_CREAT | flags, 0o666)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise DataError(key, "is a symbolic link; kg does not follow links in a data directory") from None
        if exclusive or error.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            with refused("write", key):
                raise
    try:
        return os.open(key, os.O_RDONLY | flags)  # a shared flock needs no write access
    except FileNotFoundError:
        return None


@contextmanager
def lock(path: Path, *, exclusive: bool, what: str, timeout: float | None = None) -> Iterator[None]:
    """Hold a `flock` on the file at `path` (created if missing), waiting for it as the module
    says; `what` names the locked thing in messages. Reentrant within a process (a shared lock
    is not upgraded: asking for exclusive while holding shared is a bug)."""
    key = os.path.abspath(path)
    held = _held.get(key)
    if held is not None:
        if exclusive and not held[1]:
            raise RuntimeError(f"{key} is held shared by this process and cannot be upgraded")
        held[2] += 1
        try:
            yield
        finally:
            held[2] -= 1
        return
    fd = _open_lock(key, exclusive)
    if fd is None:
        yield
        return
    try:
        _acquire(fd, exclusive, what, timeout)
        if exclusive:
            with refused("write", key):
                _say_who(fd)
        _held[key] = [fd, exclusive, 1]
        try:
            yield
        finally:
            del _held[key]
            if exclusive:
                os.ftruncate(fd, 0)  # an idle lock file is empty: the directory reads the same
    finally:
        os.close(fd)


# --- the data directory ---------------------------------------------------------------------


def _lock_file(data_dir: Path, *, for_writing: bool) -> Path | None:
    """<data>/.kg/lock (the .kg folder made if needed). None for a reader of a directory kg does
    not write: the shipped corpus, or one this user may not write (nobody can change it under us)."""
    from .confined import open_dir
    from .resources import shipped_data_dir

    data_dir = Path(data_dir)
    if not for_writing and data_dir.resolve() == shipped_data_dir().resolve():
        return None
    try:
        os.close(open_dir(data_dir, KG_DIR, create=True))
        return data_dir / KG_DIR / "lock"
    except FileNotFoundError:
        if for_writing:
            raise DataError(data_dir, "data directory not found") from None
        return None
    except OSError:
        if not for_writing:  # kg's folder cannot be made: read without the lock (see _open_lock)
            return None if not (data_dir / KG_DIR).is_dir() else data_dir / KG_DIR / "lock"
        with refused("write", data_dir / KG_DIR):
            raise


def _txn_dir(data_dir: Path) -> Path:
    return Path(data_dir) / KG_DIR / "txn"


def forget_locks() -> None:
    """In a forked child: close its copies of the parent's lock files, so that the locks end
    with the parent (a child killed or stuck later must not keep kg's data locked)."""
    for fd, _, _ in _held.values():
        os.close(fd)
    _held.clear()


def pending(data_dir: Path) -> bool:
    """Whether a committed change waits to be applied (its writer was killed): a cheap check."""
    return (_txn_dir(data_dir) / "journal.json").exists()


@contextmanager
def writing(data_dir: Path) -> Iterator[None]:
    """Hold the data directory's lock exclusively, after finishing or discarding what a killed
    writer left. Reentrant: a process holding it may call writers and readers inside."""
    path = _lock_file(data_dir, for_writing=True)
    assert path is not None
    first = os.path.abspath(path) not in _held
    with lock(path, exclusive=True, what=f"the data directory {data_dir}"):
        if first:
            recover(data_dir)
        yield


@contextmanager
def reading(data_dir: Path) -> Iterator[None]:
    """Hold the data directory's lock shared, so that no change is applied while the files are
    read; a change a killed writer committed is applied first."""
    path = _lock_file(data_dir, for_writing=False)
    if path is None or os.path.abspath(path) in _held:
        yield
        return
    while True:
        settle(data_dir)
        with lock(path, exclusive=False, what=f"the data directory {data_dir}"):
            if not pending(data_dir):  # else a writer was killed after its commit point meanwhile
                yield
                return


def settle(data_dir: Path) -> None:
    """Apply a change a killed writer committed (waiting for a live one to finish applying its
    own), and discard staging a killed writer left, unless a live writer is using it."""
    if not _txn_dir(data_dir).exists():
        return
    path = _lock_file(data_dir, for_writing=False)
    if path is None or os.path.abspath(path) in _held:
        return
    committed = pending(data_dir)
    try:
        with lock(path, exclusive=True, what=f"the data directory {data_dir}", timeout=None if committed else 0):
            recover(data_dir)
    except Busy:
        if committed:
            raise


def recover(data_dir: Path) -> None:
    """Apply a committed change a killed writer left, or discard its uncommitted staging.
    The caller holds the exclusive lock."""
    import json
    import shutil

    from .confined import check_dir, open_file

    txn = _txn_dir(data_dir)
    journal = txn / "journal.json"
    if not check_dir(data_dir, f"{KG_DIR}/txn"):  # refuses a link at .kg or .kg/txn
        return
    try:
        with open_file(data_dir, f"{KG_DIR}/txn/journal.json") as handle:
            text = handle.read().decode("utf-8")
    except FileNotFoundError:
        with refused("write", txn):
            shutil.rmtree(txn)
        return
    try:
        entries = json.loads(text)
        writes, deletes = [tuple(w) for w in entries["writes"]], list(entries["deletes"])
        # the journal lies in the data directory: it names files of it, and staged files by number
        for name, staged in writes:
            if _relative(name) != name or not staged.isdigit():
                raise ValueError(f"{name!r} -> {staged!r} is not a change kg makes")
        for name in deletes:
            if _relative(name) != name:
                raise ValueError(f"{name!r} is not a file of the data directory")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataError(journal, f"commit journal unreadable ({exc}); the change it records is not applied") from None
    with refused("write", data_dir):
        _apply(Path(data_dir), writes, deletes)


def _apply(data_dir: Path, writes: list[tuple[str, str]], deletes: list[str]) -> None:
    """Make the journal's change (again: a step already done is skipped), then drop the journal."""
    import shutil

    from .confined import open_dir

    txn = _txn_dir(data_dir)
    folders = {""}  # relative to data_dir, each opened without following a link (graph.confined)
    for name, staged in writes:
        folder = name.rpartition("/")[0]
        source = txn / "files" / staged
        if os.path.lexists(source):  # else renamed by an earlier, interrupted application
            os.close(open_dir(data_dir, folder, create=True))  # refuses a link on the way
            os.replace(source, data_dir / name)  # replaces a link at `name` itself, never follows it
        folders.add(folder)
    for name in deletes:
        folder, _, leaf = name.rpartition("/")
        try:
            fd = open_dir(data_dir, folder)
        except FileNotFoundError:
            continue
        try:
            os.unlink(leaf, dir_fd=fd)
        except FileNotFoundError:
            pass
        finally:
            os.close(fd)
        folders.add(folder)
    for folder in sorted(folders):
        try:
            fd = open_dir(data_dir, folder)
        except FileNotFoundError:
            continue
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    os.unlink(txn / "journal.json")
    fsync_dir(txn)
    shutil.rmtree(txn)


class Transaction:
    """New contents for files of a data directory, staged, then committed at once (see the
    module's doc). Get one from `transaction(data_dir)`, which holds the lock and commits."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._dir = _txn_dir(self.data_dir)
        self._writes: dict[str, str] = {}  # file in the data directory -> staged name
        self._deletes: set[str] = set()
        self._view: Path | None = None
        self._staged = 0
        from .confined import open_dir

        with refused("write", self._dir):
            os.close(open_dir(self.data_dir, f"{KG_DIR}/txn/files", create=True))  # recovery removed any earlier staging

    def __len__(self) -> int:
        """The number of files this change writes or deletes."""
        return len(self._writes) + len(self._deletes)

    def write(self, name: str, content: str | bytes) -> None:
        """Stage `content` (text as UTF-8, line endings kept) as the new file `name`
        (relative to the data directory, e.g. 'sources/x.txt')."""
        from .confined import file_mode

        name = _relative(name)
        staged = self._writes.get(name)
        if staged is None:
            staged, self._staged = str(self._staged), self._staged + 1
        mode = file_mode(self.data_dir, name)  # refuses a link at the file or a folder on its way
        with refused("write", self.data_dir / name):
            write_synced(self._dir / "files" / staged, content.encode("utf-8") if isinstance(content, str) else content, mode)
        self._writes[name] = staged
        self._deletes.discard(name)
        self._link(name, self._dir / "files" / staged)

    def delete(self, name: str) -> None:
        """Stage the removal of the file `name`."""
        from .confined import file_mode

        name = _relative(name)
        staged = self._writes.pop(name, None)
        if staged is not None:
            (self._dir / "files" / staged).unlink()
        if file_mode(self.data_dir, name) is not None:
            self._deletes.add(name)
        self._link(name, None)

    def view(self) -> Path:
        """A folder that reads as the data directory will after the commit (hard links to the
        files, staged or not), for read_corpus and checks before committing."""
        from .confined import check_dir

        if self._view is None:
            view = self._dir / "view"
            (view / "sources").mkdir(parents=True)
            for folder in ("", "sources"):
                if not check_dir(self.data_dir, folder):  # refuses sources/ as a link
                    continue
                for entry in os.scandir(self.data_dir / folder):
                    name = f"{folder}/{entry.name}".lstrip("/")
                    if entry.is_symlink():
                        raise DataError(entry.path, "is a symbolic link; kg does not follow links in a data directory")
                    if entry.is_file(follow_symlinks=False):
                        _copy_link(Path(entry.path), view / name)
            self._view = view
            for name, staged in self._writes.items():
                self._link(name, self._dir / "files" / staged)
            for name in self._deletes:
                self._link(name, None)
        return self._view

    def corpus(self):  # -> graph.datafiles.Corpus
        """The corpus as it will read after the commit (from the view); a DataError names the
        data directory's file, not the view's, and says that its line is in the file as this
        change would write it (only staged files hold lines the directory does not have yet)."""
        from .datafiles import read_corpus

        view = self.view()
        try:
            return read_corpus(view)
        except DataError as error:
            try:
                name = error.path.relative_to(view)
            except ValueError:
                raise error from None
            if error.line is not None and name.as_posix() in self._writes:  # a line the file does not have yet
                raise DataError(self.data_dir / name, f"{error.message} (at line {error.line} of the file as "
                                "this change would write it; nothing was written)") from None
            raise DataError(self.data_dir / name, error.message, error.line) from None

    def _link(self, name: str, target: Path | None) -> None:
        if self._view is None:
            return
        link = self._view / name
        link.parent.mkdir(parents=True, exist_ok=True)
        link.unlink(missing_ok=True)
        if target is not None:
            _copy_link(target, link)

    def commit(self) -> None:
        """Write the journal (the commit point), then apply it."""
        with refused("write", self.data_dir):
            self._commit()

    def _commit(self) -> None:
        import json
        import shutil

        if not len(self):
            shutil.rmtree(self._dir)
            return
        if self._view is not None:
            shutil.rmtree(self._view)
        writes = list(self._writes.items())
        deletes = sorted(self._deletes)
        fsync_dir(self._dir / "files")
        draft = self._dir / "journal.json.tmp"
        write_synced(draft, json.dumps({"writes": writes, "deletes": deletes}, indent=1).encode())
        os.replace(draft, self._dir / "journal.json")
        fsync_dir(self._dir)
        _apply(self.data_dir, writes, deletes)

    def discard(self) -> None:
        import shutil

        shutil.rmtree(self._dir, ignore_errors=True)


@contextmanager
def transaction(data_dir: Path) -> Iterator[Transaction]:
    """Hold the data directory's lock and give a Transaction, committed when the block ends,
    discarded if it raises."""
    with writing(data_dir):
        txn = Transaction(data_dir)
        try:
            yield txn
        except BaseException:
            txn.discard()
            raise
        txn.commit()


def _copy_link(source: Path, link: Path) -> None:
    """A hard link for the view (its readers follow no symbolic link); a copy where the file
    system has none."""
    import shutil

    try:
        os.link(source, link, follow_symlinks=False)
    except OSError as error:
        if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        shutil.copyfile(source, link, follow_symlinks=False)


def _relative(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or ".." in path.parts or path.parts[0] == KG_DIR:
        raise ValueError(f"{name!r} is not a file of a data directory")
    return str(path)


# --- durable writes -------------------------------------------------------------------------


def write_synced(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to a new file at `path` and fsync it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make the names in a folder (files created, renamed, removed) durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """fsync every file and folder under `root` (a store build, before it is made current)."""
    for folder, _, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_dir(Path(folder))
