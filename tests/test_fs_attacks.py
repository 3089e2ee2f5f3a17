"""The file system as an attacker's tool: symbolic links in a data directory are refused, never
followed; --out replaces only a regular file; a disk full, a read-only file system or a closed
stdout is one `kg:` line and a documented exit code, with the data directory unchanged."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import MINI

ROOT = Path(__file__).resolve().parent.parent
SECRET = "TOPSECRET-7f3a"
SYSTEM_REFUSED = 12
PIPE_CLOSED = 141


def _files(directory: Path) -> dict[str, bytes]:
    """Every file of a data directory but kg's own .kg folder, by relative name."""
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and not p.is_symlink() and p.relative_to(directory).parts[0] != ".kg"
    }


def _one_line(result, code: int, *parts: str) -> None:
    assert result.exit_code == code, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.stderr.splitlines() if line.startswith("kg: ")]
    assert any(all(p in line for p in parts) for line in lines), result.stderr


def _kg(tmp_path: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    """kg in a process of its own (where a signal, a pipe or /dev/full matters)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    command = [sys.executable, "-c", "from graph.cli import main; main()", *args]
    return subprocess.run(command, env=env, stderr=subprocess.PIPE, text=True, timeout=120, **kwargs)


# --- symbolic links in a data directory ---------------------------------------------------------


def _link_source_text(data: Path, outside: Path) -> str:
    """sources/note.txt -> a secret file outside (which holds the quotes, so it would check out)."""
    secret = outside / "token.txt"
    secret.write_text((MINI / "sources" / "note.txt").read_text() + f" {SECRET}\n")
    (data / "sources" / "note.txt").unlink()
    (data / "sources" / "note.txt").symlink_to(secret)
    return "sources/note.txt"


def _link_sources_folder(data: Path, outside: Path) -> str:
    """sources/ -> a folder elsewhere."""
    shutil.move(data / "sources", outside / "texts")
    (outside / "texts" / "note.txt").write_text((MINI / "sources" / "note.txt").read_text() + f" {SECRET}\n")
    (data / "sources").symlink_to(outside / "texts")
    return "sources"


def _link_entities(data: Path, outside: Path) -> str:
    """entities.csv -> a file elsewhere."""
    secret = outside / "people.csv"
    secret.write_text((MINI / "entities.csv").read_text().replace("A candidate", SECRET))
    (data / "entities.csv").unlink()
    (data / "entities.csv").symlink_to(secret)
    return "entities.csv"


LINKS = [_link_source_text, _link_sources_folder, _link_entities]


@pytest.mark.parametrize("plant", LINKS, ids=lambda f: f.__name__)
def test_a_link_in_the_data_directory_is_refused_by_every_reader(cli, mini: Path, tmp_path: Path, plant) -> None:
    """A link below the data directory fails query, export and build (exit 6, naming it) and validate."""
    outside = tmp_path / "outside"
    outside.mkdir()
    link = str(mini / plant(mini, outside))
    data = ("--data", str(mini))
    for args in (("query", "SELECT ?t WHERE { ?s <https://kg.example.org/politics#text> ?t }", "--format", "csv"),
                 ("export", "--format", "nt"), ("build",), ("show", "bob-sample")):
        result = cli(*args, *data)
        _one_line(result, 6, link, "symbolic link")
        assert SECRET not in result.output
    result = cli("validate", *data)
    assert result.exit_code == 1 and link in result.stdout and SECRET not in result.output


def test_ingest_writes_nothing_through_a_linked_sources_folder(cli, tmp_path: Path) -> None:
    """kg ingest into a directory whose sources/ is a link: refused, nothing written outside."""
    data = tmp_path / "data"
    assert cli("init", str(data)).exit_code == 0
    outside = tmp_path / "elsewhere"
    (data / "sources").rmdir()
    outside.mkdir()
    (data / "sources").symlink_to(outside)
    article = tmp_path / "article.txt"
    article.write_text("Ann Example endorsed Bob Sample on Monday.\n")
    before = _files(data)
    result = cli("ingest", str(article), "--data", str(data))
    _one_line(result, 6, str(data / "sources"), "symbolic link")
    assert list(outside.iterdir()) == [] and _files(data) == before


def test_a_journal_naming_files_outside_is_not_applied(cli, mini: Path, tmp_path: Path) -> None:
    """A commit journal planted in .kg/txn cannot make kg write outside the data directory."""
    staged = mini / ".kg" / "txn" / "files"
    staged.mkdir(parents=True)
    (staged / "0").write_text("owned\n")
    (mini / ".kg" / "txn" / "journal.json").write_text('{"writes": [["../escaped.txt", "0"]], "deletes": []}')
    result = cli("validate", "--data", str(mini))
    _one_line(result, 6, "journal.json")
    assert not (tmp_path / "escaped.txt").exists()


def test_a_linked_lock_folder_is_refused(cli, mini: Path, tmp_path: Path) -> None:
    """.kg as a link elsewhere: kg neither locks nor stages there."""
    (tmp_path / "kgdir").mkdir()
    shutil.rmtree(mini / ".kg", ignore_errors=True)
    (mini / ".kg").symlink_to(tmp_path / "kgdir")
    article = tmp_path / "article.txt"
    article.write_text("Ann Example endorsed Bob Sample on Monday.\n")
    result = cli("ingest", str(article), "--data", str(mini))
    _one_line(result, 6, str(mini / ".kg"), "symbolic link")
    assert list((tmp_path / "kgdir").iterdir()) == []


# --- --out ----------------------------------------------------------------------------------


def _fifo(path: Path) -> str:
    os.mkfifo(path)
    return "a FIFO"


def _symlink(path: Path) -> str:
    (path.parent / "target.txt").write_text("kept\n")
    path.symlink_to(path.parent / "target.txt")
    return "a symbolic link"


def _directory(path: Path) -> str:
    path.mkdir()
    return "a directory"


def _device(number: tuple[int, int]):
    def make(path: Path) -> str:
        try:  # a device node of our own (as /dev/null or /dev/full), so no test can replace the real one
            os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(*number))
        except PermissionError:
            pytest.skip("making a device node needs root")
        return "a character device"
    make.__name__ = f"_device_{number[0]}_{number[1]}"
    return make


OUT_TARGETS = [_fifo, _symlink, _directory, _device((1, 3)), _device((1, 7))]


@pytest.mark.parametrize("make", OUT_TARGETS, ids=lambda f: f.__name__.strip("_"))
def test_out_replaces_only_a_regular_file(cli, tmp_path: Path, make) -> None:
    """--out at a FIFO, a link, a directory or a device: exit 2 naming it, the thing left as it was."""
    out = tmp_path / "out"
    kind = make(out)
    before = os.lstat(out)
    for args in (("export", "--data", str(MINI), "--out", str(out)),
                 ("viz", "--data", str(MINI), "--out", str(out)),
                 ("path", "ann-example", "bob-sample", "--data", str(MINI), "--html", str(out))):
        result = cli(*args)
        _one_line(result, 2, str(out), kind)
        after = os.lstat(out)
        assert (after.st_mode, after.st_ino, after.st_rdev) == (before.st_mode, before.st_ino, before.st_rdev)
    if kind == "a symbolic link":
        assert (tmp_path / "target.txt").read_text() == "kept\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no temporary file left


def test_out_still_writes_a_regular_file_and_a_new_path(cli, tmp_path: Path) -> None:
    """The refusal is about what is at the path: a regular file is replaced, a new path made."""
    old = tmp_path / "old.ttl"
    old.write_text("old\n")
    for out in (old, tmp_path / "new.ttl"):
        result = cli("export", "--data", str(MINI), "--out", str(out))
        assert result.exit_code == 0, result.output
        assert "bob-sample" in out.read_text()


# --- the system refuses: disk full, read-only file system -----------------------------------


def _inside(directory: Path, fd: int) -> bool:
    try:
        return Path(os.readlink(f"/proc/self/fd/{fd}")).is_relative_to(directory)
    except OSError:
        return False


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch):
    """Make every os.write and fsync into `directory` fail with ENOSPC, as a full disk does."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell where a descriptor points")

    def fill(directory: Path) -> None:
        real_write, real_fsync = os.write, os.fsync

        def write(fd, data):
            if _inside(directory, fd):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_write(fd, data)

        def fsync(fd):
            if _inside(directory, fd):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_fsync(fd)

        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(os, "fsync", fsync)

    return fill


def test_import_on_a_full_disk(cli, mini: Path, disk_full) -> None:
    """kg import with the disk full: exit 12, one line, the data directory byte for byte as it was."""
    from .test_importers import SWITCHES

    dataset = mini.parent / "switches.csv"
    dataset.write_text(SWITCHES)
    before = _files(mini)
    disk_full(mini)
    result = cli("import", str(dataset), "--data", str(mini))
    _one_line(result, SYSTEM_REFUSED, str(mini), "no space left on device")
    assert _files(mini) == before and not (mini / ".kg" / "txn").exists()


def test_ingest_on_a_full_disk(cli, mini: Path, disk_full) -> None:
    """kg ingest with the disk full: exit 12, one line, the data directory byte for byte as it was."""
    article = mini.parent / "article.txt"
    article.write_text("Ann Example endorsed Bob Sample on Monday, Cy Third said.\n")
    assert cli("build", "--data", str(mini)).exit_code == 0  # the store is elsewhere, and fine
    before = _files(mini)
    disk_full(mini)
    result = cli("ingest", str(article), "--data", str(mini))
    _one_line(result, SYSTEM_REFUSED, str(mini), "no space left on device")
    assert _files(mini) == before and not (mini / ".kg" / "txn").exists()


def test_store_build_on_a_full_disk(cli, tmp_path: Path, disk_full) -> None:
    """kg build with the store's disk full: exit 12 (not 7), the current build left as it was."""
    store = tmp_path / "store"
    assert cli("build", "--data", str(MINI), "--store", str(store)).exit_code == 0
    current = os.readlink(store / "current")
    disk_full(store)
    result = cli("build", "--data", str(MINI), "--store", str(store))
    _one_line(result, SYSTEM_REFUSED, str(store), "no space left on device")
    assert os.readlink(store / "current") == current
    assert not [p for p in store.iterdir() if p.name.startswith("staging-")]


def test_out_on_a_full_disk(cli, tmp_path: Path, disk_full) -> None:
    """--out with the disk full: exit 12, the old file unchanged, no temporary file left."""
    folder = tmp_path / "views"
    folder.mkdir()
    old = folder / "graph.ttl"
    old.write_text("old\n")
    disk_full(folder)
    result = cli("export", "--data", str(MINI), "--out", str(old))
    _one_line(result, SYSTEM_REFUSED, str(old), "no space left on device")
    assert [p.name for p in folder.iterdir()] == ["graph.ttl"] and old.read_text() == "old\n"


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch):
    """Make `directory` behave as on a read-only file system: creating or writing a file or a
    folder in it fails with EROFS (chmod does not stop root, and mounting needs privileges)."""
    writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC

    def protect(directory: Path) -> None:
        real_open, real_mkdir = os.open, os.mkdir

        def where(path, dir_fd) -> Path:
            if dir_fd is not None:
                return Path(os.readlink(f"/proc/self/fd/{dir_fd}")) / path
            return Path(os.path.abspath(path))

        def fake_open(path, flags, mode=0o777, *, dir_fd=None):
            if flags & writes and where(path, dir_fd).is_relative_to(directory):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
            return real_open(path, flags, mode, dir_fd=dir_fd)

        def fake_mkdir(path, mode=0o777, *, dir_fd=None):
            target = where(path, dir_fd)
            if target.is_relative_to(directory) and not target.exists():
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
            return real_mkdir(path, mode, dir_fd=dir_fd)

        monkeypatch.setattr(os, "open", fake_open)
        monkeypatch.setattr(os, "mkdir", fake_mkdir)

    return protect


@pytest.mark.parametrize("with_lock_file", [False, True], ids=["no .kg folder", "lock file there"])
def test_readers_work_on_a_read_only_data_directory(cli, mini: Path, read_only, with_lock_file: bool) -> None:
    """validate and resolve --review only read: they work on a read-only data directory."""
    if with_lock_file:
        assert cli("validate", "--data", str(mini)).exit_code == 0  # leaves .kg/lock behind
        assert (mini / ".kg" / "lock").is_file()
    before = _files(mini)
    read_only(mini)
    result = cli("validate", "--data", str(mini))
    assert result.exit_code == 0, result.output
    result = cli("resolve", "--review", "--data", str(mini))
    assert result.exit_code == 0, result.output
    assert _files(mini) == before


def _import(mini: Path) -> tuple[str, ...]:
    from .test_importers import SWITCHES

    (mini.parent / "switches.csv").write_text(SWITCHES)
    return ("import", str(mini.parent / "switches.csv"), "--data", str(mini))


def _ingest(mini: Path) -> tuple[str, ...]:
    (mini.parent / "article.txt").write_text("Ann Example endorsed Bob Sample on Monday.\n")
    return ("ingest", str(mini.parent / "article.txt"), "--data", str(mini))


def _resolve(mini: Path) -> tuple[str, ...]:
    return ("resolve", "--accept", "0123456789", "--data", str(mini))


@pytest.mark.parametrize("command", [_import, _ingest, _resolve], ids=lambda f: f.__name__.strip("_"))
def test_writers_on_a_read_only_data_directory(cli, mini: Path, read_only, command) -> None:
    """import, ingest and resolve --accept on a read-only directory: exit 12 naming kg's folder."""
    args = command(mini)
    assert cli("build", "--data", str(mini)).exit_code == 0
    before = _files(mini)
    read_only(mini)
    result = cli(*args)
    _one_line(result, SYSTEM_REFUSED, f"cannot write {mini / '.kg'}", "read-only file system")
    assert _files(mini) == before


def test_init_on_a_read_only_file_system(cli, tmp_path: Path, read_only) -> None:
    """kg init where nothing can be created: exit 12, one line naming the directory."""
    read_only(tmp_path)
    result = cli("init", str(tmp_path / "data"))
    _one_line(result, SYSTEM_REFUSED, "data", "read-only file system")


# --- stdout -----------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [("export",), ("query", "SELECT * WHERE { ?s ?p ?o }")], ids=["export", "query"])
def test_stdout_on_a_full_disk(tmp_path: Path, args: tuple[str, ...]) -> None:
    """kg export > /dev/full: one line, exit 12, no traceback nor 'Exception ignored'."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = _kg(tmp_path, *args, "--data", str(MINI), stdout=full)
    assert done.returncode == SYSTEM_REFUSED, done.stderr
    assert done.stderr == "kg: cannot write standard output: no space left on device\n"


@pytest.mark.parametrize("args", [("export", "--format", "nt"), ("query", "SELECT * WHERE { ?s ?p ?o }")],
                         ids=["export", "query"])
def test_a_closed_pipe_ends_kg_quietly(tmp_path: Path, args: tuple[str, ...]) -> None:
    """kg export | head -1 once head has gone: exit 141 (as SIGPIPE would), nothing on stderr."""
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    for i in range(300):  # output well over a pipe's 64 KB buffer
        with open(data / "entities.csv", "a") as entities:
            entities.write(f"person-{i},Person {i} {'x' * 200},Politician,,,\n")
    assert _kg(tmp_path, "build", "--data", str(data)).returncode == 0
    read, write = os.pipe()
    os.close(read)  # the reader has already gone
    try:
        done = _kg(tmp_path, *args, "--data", str(data), stdout=write)
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (PIPE_CLOSED, "")
