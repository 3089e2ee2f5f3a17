"""graph.transaction: several files committed at once, rolled forward or discarded after a crash, locks."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from graph import transaction
from graph.errors import Busy, DataError, InvalidArgument
from graph.transaction import lock, reading, recover, transaction as change, writing


def _files(directory):
    return {str(p.relative_to(directory)): p.read_text() for p in sorted(directory.rglob("*"))
            if p.is_file() and p.relative_to(directory).parts[0] != ".kg"}  # fmt: skip


@pytest.fixture
def data(tmp_path):
    directory = tmp_path / "data"
    (directory / "sources").mkdir(parents=True)
    (directory / "a.csv").write_text("old a\n")
    (directory / "sources" / "gone.txt").write_text("old text\n")
    return directory


def test_a_commit_writes_and_deletes_every_file_and_leaves_no_staging(data):
    with change(data) as txn:
        txn.write("a.csv", "new a\n")
        txn.write("sources/new.txt", b"new text\n")
        txn.delete("sources/gone.txt")
        assert (txn.view() / "sources" / "new.txt").read_text() == "new text\n"
        assert not (txn.view() / "sources" / "gone.txt").exists()
        assert _files(data) == {"a.csv": "old a\n", "sources/gone.txt": "old text\n"}  # nothing until the commit
    assert _files(data) == {"a.csv": "new a\n", "sources/new.txt": "new text\n"}
    assert [p.name for p in (data / ".kg").iterdir()] == ["lock"]


def test_an_error_inside_the_block_writes_nothing(data):
    with pytest.raises(RuntimeError), change(data) as txn:
        txn.write("a.csv", "new a\n")
        raise RuntimeError("the check failed")
    assert _files(data) == {"a.csv": "old a\n", "sources/gone.txt": "old text\n"}
    assert [p.name for p in (data / ".kg").iterdir()] == ["lock"]


def test_a_commit_cut_short_is_rolled_forward_by_the_next_reader(data, monkeypatch):
    """Killed between two renames of the commit: the next reading() finishes the change."""
    real = os.replace
    renames = []

    def dying(source, target):
        if str(target).endswith("a.csv"):
            raise KeyboardInterrupt  # stands for the SIGKILL tests/test_kill.py sends
        renames.append(target)
        real(source, target)

    monkeypatch.setattr(transaction.os, "replace", dying)
    with pytest.raises(KeyboardInterrupt), change(data) as txn:
        txn.write("sources/new.txt", "new text\n")
        txn.write("a.csv", "new a\n")
    monkeypatch.setattr(transaction.os, "replace", real)
    assert transaction.pending(data)
    assert _files(data)["a.csv"] == "old a\n" and "sources/new.txt" in _files(data)  # half applied
    with reading(data):
        assert _files(data) == {"a.csv": "new a\n", "sources/gone.txt": "old text\n", "sources/new.txt": "new text\n"}
    assert not (data / ".kg" / "txn").exists()


def test_staging_without_a_journal_is_discarded(data):
    with writing(data):
        txn = transaction.Transaction(data)
        txn.write("a.csv", "never committed\n")
    with writing(data):  # a writer killed before its commit point: the next one discards its staging
        pass
    assert not (data / ".kg" / "txn").exists() and _files(data)["a.csv"] == "old a\n"


def test_an_unreadable_journal_is_reported_not_ignored(data):
    (data / ".kg" / "txn").mkdir(parents=True)
    (data / ".kg" / "txn" / "journal.json").write_text("{")
    with pytest.raises(DataError, match="commit journal unreadable"):
        recover(data)


def test_names_outside_the_data_directory_are_refused(data):
    with pytest.raises(ValueError), change(data) as txn:
        txn.write("../escape.csv", "x")
    with pytest.raises(ValueError), change(data) as txn:
        txn.write(".kg/lock", "x")


def test_a_busy_lock_names_its_holder_then_gives_up(tmp_path, monkeypatch):
    """The waiting message names the holder's pid, command and start; Busy after the timeout."""
    path = tmp_path / "lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from graph.transaction import lock\n"
         f"with lock({str(path)!r}, exclusive=True, what='x'):\n    print('held', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline() == "held\n"
        said = []
        monkeypatch.setattr(transaction, "_notify", said.append)
        monkeypatch.setenv("KG_LOCK_TIMEOUT", "0.3")
        started = time.monotonic()
        with pytest.raises(Busy, match=f"in use by pid {holder.pid} \\(-c\\) since .*Gave up after 0.3 s"):
            with lock(path, exclusive=False, what="the thing"):
                pass
        assert 0.3 <= time.monotonic() - started < 3
        assert said == [f"the thing is in use by pid {holder.pid} (-c) since {said[0].split(' since ')[1].split(';')[0]}; "
                        "waiting up to 0.3 s (KG_LOCK_TIMEOUT)"]
    finally:
        holder.kill()
        holder.wait()
    with lock(path, exclusive=True, what="x"):  # freed by the kernel when its holder was killed
        with lock(path, exclusive=True, what="x"):  # and reentrant
            pass
    assert path.read_text() == ""  # an idle lock file is empty


def test_a_bad_timeout_is_a_usage_error(monkeypatch):
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "soon")
    with pytest.raises(InvalidArgument, match="KG_LOCK_TIMEOUT"):
        transaction.lock_timeout()
