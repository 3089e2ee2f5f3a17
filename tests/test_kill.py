"""SIGKILL at random moments: kg build, import, ingest, resolve and init leave the store and the
data directory as they were before or as they are after, never between; writers wait in turn.

Each scenario is run once uninterrupted (its "after" and its run time), then again and again from
its "before" state, killed either after a random delay within that run time (the real `kg`
console script) or at a random file-system call (kg run in a wrapper that counts renames,
unlinks, fsyncs, writes... and SIGKILLs itself at call k: so kills land in the commit too).
After each kill, the store that `current` points at must open and hold the triples of the
before or the after store; then `kg stats` (which rolls a committed change forward) must give
the data directory byte for byte as before or as after, with no staging left, and a store
counting the triples of that state. `pytest tests/test_kill.py -s` prints the numbers.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest

from .conftest import TESTS

FIXTURES = TESTS / "fixtures" / "kill"
KG = str(Path(sys.executable).parent / "kg")
SEED = int(os.environ.get("KG_KILL_SEED", "20240607"))
KILLS = {"build": 10, "import": 10, "ingest": 12, "resolve": 8, "init": 6}

INJECT = r"""
import os, signal, sys
target, count_file = int(os.environ["KG_TEST_KILL_AT"]), os.environ.get("KG_TEST_COUNT")
parent, calls = os.getpid(), [0]

def counted(function):
    def call(*args, **kwargs):
        if os.getpid() == parent:
            calls[0] += 1
            if calls[0] == target:
                os.kill(parent, signal.SIGKILL)
        return function(*args, **kwargs)
    return call

for name in ("replace", "rename", "unlink", "rmdir", "mkdir", "symlink", "fsync", "ftruncate", "write"):
    setattr(os, name, counted(getattr(os, name)))
sys.argv = ["kg", *sys.argv[1:]]
from graph.cli import main
try:
    main()
finally:
    if count_file:
        with open(count_file, "w") as out:
            out.write(str(calls[0]))
"""


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update({"XDG_CACHE_HOME": str(tmp / "cache"), "KG_LOCK_TIMEOUT": "30", **extra})
    return env


def _kg(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([KG, *args], env=env, capture_output=True, text=True, timeout=120)
    if check:
        assert done.returncode == 0, (args, done.stderr)
    return done


def _files(directory: Path) -> dict[str, bytes] | None:
    """Every data file of a directory (not kg's own .kg folder); None when there is none."""
    if not directory.exists():
        return None
    files = {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and p.relative_to(directory).parts[0] != ".kg"
    }
    return files or None


def _leftovers(directory: Path) -> list[str]:
    """What kg keeps in .kg besides its lock: staging or a journal, once a command has settled it."""
    kg = directory / ".kg"
    return sorted(str(p.relative_to(kg)) for p in kg.rglob("*") if p.name != "lock") if kg.is_dir() else []


def _store_triples(store: Path) -> int | None:
    """The triples of the build `current` points at, opened as a reader opens it (no rebuild)."""
    if not (store / "current").is_symlink():
        return None
    build = (store / "current").resolve()
    assert (build / "build.json").is_file(), f"current points at {build.name}, which is not a complete build"
    opened = ox.Store.read_only(str(build / "oxigraph"))
    try:
        return len(opened)
    finally:
        del opened


def _restore(snapshot: Path | None, target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    if snapshot is not None:
        shutil.copytree(snapshot, target, symlinks=True)  # copy2: mtimes kept, so fingerprints too


@dataclass
class Scenario:
    name: str
    args: list[str]
    data: Path | None  # snapshot of the data directory before (None: no directory yet)
    store: Path | None  # snapshot of the store before
    before: dict[str, bytes] | None = None
    after: dict[str, bytes] | None = None
    store_counts: set[int | None] = field(default_factory=set)  # the store before and after
    data_counts: dict[str, int] = field(default_factory=dict)  # "before"/"after" -> kg stats triples
    seconds: float = 0.0
    calls: int = 0


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The data directory D and store S every run uses, and each scenario's before and after."""
    tmp = tmp_path_factory.mktemp("kill")
    data, store, snaps = tmp / "data", tmp / "store", tmp / "snapshots"
    env = _env(tmp, KG_STORE=str(store))
    datasets = [str(FIXTURES / "endorsements-2020.csv"), str(FIXTURES / "party-switches.csv")]
    _kg(env, "init", str(data), "--seed")
    _kg(env, "build", "--data", str(data))
    shutil.copytree(data, snaps / "seed-data", symlinks=True)
    shutil.copytree(store, snaps / "seed-store", symlinks=True)
    _kg(env, "import", "--data", str(data), *datasets)
    shutil.copytree(data, snaps / "imported-data", symlinks=True)
    fuzzy = next(line for line in _kg(env, "resolve", "--data", str(data)).stdout.splitlines() if "\tfuzzy\t" in line)
    scenarios = [
        Scenario("build", ["build", "--data", str(data)], snaps / "imported-data", snaps / "seed-store"),
        Scenario("import", ["import", "--data", str(data), *datasets], snaps / "seed-data", snaps / "seed-store"),
        Scenario("ingest", ["ingest", "--data", str(data), str(FIXTURES / "park-backs-bass.txt")],
                 snaps / "seed-data", snaps / "seed-store"),
        Scenario("resolve", ["resolve", "--reject", fuzzy.split("\t")[0], "--data", str(data)],
                 snaps / "imported-data", snaps / "seed-store"),
        Scenario("init", ["init", str(data), "--seed"], None, snaps / "seed-store"),
    ]  # fmt: skip
    for scenario in scenarios:
        _restore(scenario.data, data)
        _restore(scenario.store, store)
        scenario.before = _files(data)
        scenario.store_counts.add(_store_triples(store))
        count_file = tmp / "calls"
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", INJECT, *scenario.args], capture_output=True, text=True,
                              env=_env(tmp, KG_STORE=str(store), KG_TEST_KILL_AT="0", KG_TEST_COUNT=str(count_file)))
        scenario.seconds = time.perf_counter() - started
        assert done.returncode == 0, (scenario.name, done.stderr)
        scenario.calls = int(count_file.read_text())
        scenario.after = _files(data)
        scenario.store_counts.add(_store_triples(store))
        assert scenario.name == "build" or scenario.after != scenario.before, scenario.name
        for state, snapshot in (("after", None), ("before", scenario.data)):
            if state == "before":
                _restore(snapshot, data)
            if _files(data) is not None:
                scenario.data_counts[state] = json.loads(_kg(env, "stats", "--format", "json", "--data", str(data)).stdout)["triples"]
    return tmp, data, store, scenarios


def test_sigkill_leaves_the_store_and_data_before_or_after(world):
    """30-60 SIGKILLs across build, import, ingest, resolve and init: 0 half-written states."""
    tmp, data, store, scenarios = world
    env = _env(tmp, KG_STORE=str(store))
    rng = random.Random(SEED)
    kills = {"timed": 0, "at a file-system call": 0}
    stores = rolled_forward = discarded = 0
    corrupt: list[str] = []
    for scenario in scenarios:
        for attempt in range(KILLS[scenario.name]):
            _restore(scenario.data, data)
            _restore(scenario.store, store)
            if attempt % 2:
                at = rng.randint(1, scenario.calls)
                how = f"at file-system call {at} of {scenario.calls}"
                run_env = _env(tmp, KG_STORE=str(store), KG_TEST_KILL_AT=str(at))
                process = subprocess.Popen([sys.executable, "-c", INJECT, *scenario.args], env=run_env,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                process.wait(timeout=120)
                kind = "at a file-system call"
            else:
                for _ in range(3):  # a run that ends before its kill shows the run time is shorter
                    delay = rng.uniform(0, scenario.seconds)
                    how = f"after {delay:.3f} s of {scenario.seconds:.3f} s"
                    process = subprocess.Popen([KG, *scenario.args], env=env, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL)
                    started = time.perf_counter()
                    time.sleep(delay)
                    process.send_signal(signal.SIGKILL)
                    process.wait(timeout=120)
                    if process.returncode == -signal.SIGKILL:
                        break
                    scenario.seconds = min(scenario.seconds, time.perf_counter() - started)
                    _restore(scenario.data, data)
                    _restore(scenario.store, store)
                kind = "timed"
            kills[kind] += process.returncode == -signal.SIGKILL
            rolled_forward += (data / ".kg" / "txn" / "journal.json").exists()
            discarded += (data / ".kg" / "txn").exists() and not (data / ".kg" / "txn" / "journal.json").exists()
            where = f"{scenario.name}, killed {how} (exit {process.returncode})"
            try:
                if scenario.name != "init":
                    triples = _store_triples(store)
                    stores += 1
                    if triples not in scenario.store_counts:
                        corrupt.append(f"{where}: current store holds {triples} triples, not {scenario.store_counts}")
                if scenario.name == "init" and _files(data) is None:
                    # nothing committed: a new `kg init` must take the directory (and clear the staging)
                    _kg(env, *scenario.args)
                done = _kg(env, "stats", "--format", "json", "--data", str(data), check=False)
                if done.returncode != 0:
                    corrupt.append(f"{where}: kg stats failed: {done.stderr}")
                    continue
                stores += 1
                state = {_key(scenario.before): "before", _key(scenario.after): "after"}.get(_key(_files(data)))
                leftovers = _leftovers(data)
                if state is None:
                    corrupt.append(f"{where}: the data directory is neither as before nor as after")
                elif leftovers:
                    corrupt.append(f"{where}: staging left in .kg: {leftovers}")
                elif json.loads(done.stdout)["triples"] != scenario.data_counts[state]:
                    corrupt.append(f"{where}: the store does not hold the triples of the data ({state})")
            except (AssertionError, OSError) as error:
                corrupt.append(f"{where}: {error}")
        _kg(env, "build", "--data", str(data))  # and what the killed builds left is gone
        assert sorted(p.name.split("-")[0] for p in store.iterdir()) == ["build", "current", "lock"], scenario.name
    print(f"\nkill test: {sum(kills.values())} kills ({kills['timed']} timed, {kills['at a file-system call']} "
          f"at a file-system call; {rolled_forward} left a commit to roll forward, {discarded} staging to "
          f"discard), {stores} stores checked, {len(corrupt)} corrupt (seed {SEED})")
    assert sum(kills.values()) >= 30
    assert corrupt == []


def _key(files: dict[str, bytes] | None) -> tuple:
    return tuple(sorted((files or {}).items()))


def _slow_import(marker: Path) -> str:
    """kg in a wrapper whose transactions, once they hold the lock, wait 1.5 s before committing."""
    return f"""
import sys, time
from graph import transaction
real = transaction.Transaction.commit
def slow(self):
    open({str(marker)!r}, "w").close()
    time.sleep(1.5)
    real(self)
transaction.Transaction.commit = slow
sys.argv = ["kg", *sys.argv[1:]]
from graph.cli import main
main()
"""


def test_concurrent_writers_are_serialized(tmp_path):
    """The second writer says who holds the lock, waits, and both changes are made in turn."""
    env = _env(tmp_path, KG_STORE=str(tmp_path / "store"))
    first, second = str(FIXTURES / "endorsements-2020.csv"), str(FIXTURES / "party-switches.csv")
    for name in ("together", "in-turn"):
        _kg(env, "init", str(tmp_path / name), "--seed")
    marker = tmp_path / "holding"
    slow = subprocess.Popen([sys.executable, "-c", _slow_import(marker), "import", "--data", str(tmp_path / "together"), first],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert slow.poll() is None and time.monotonic() < deadline, slow.stderr.read() if slow.stderr else ""
        time.sleep(0.02)
    waiting = _kg(env, "import", "--data", str(tmp_path / "together"), second)
    assert slow.wait(timeout=60) == 0
    assert f"is in use by pid {slow.pid} (kg import --data" in waiting.stderr
    assert waiting.stderr.count("waiting up to 30 s (KG_LOCK_TIMEOUT)") == 1
    _kg(env, "import", "--data", str(tmp_path / "in-turn"), first)
    _kg(env, "import", "--data", str(tmp_path / "in-turn"), second)
    assert _files(tmp_path / "together") == _files(tmp_path / "in-turn")


def test_a_writer_gives_up_after_the_timeout_with_exit_11(tmp_path):
    """Held past KG_LOCK_TIMEOUT: exit 11, the holder named, nothing written; the store's lock too."""
    from graph.transaction import lock, writing

    env = _env(tmp_path, KG_STORE=str(tmp_path / "store"), KG_LOCK_TIMEOUT="0.5")
    data = tmp_path / "data"
    _kg(env, "init", str(data), "--seed")
    before = _files(data)
    with writing(data):
        done = _kg(env, "import", "--data", str(data), str(FIXTURES / "party-switches.csv"), check=False)
    assert done.returncode == 11
    assert f"in use by pid {os.getpid()} (" in done.stderr and "Gave up after 0.5 s" in done.stderr
    assert _files(data) == before
    store = tmp_path / "store"
    store.mkdir()
    with lock(store / "lock", exclusive=True, what="test"):
        done = _kg(env, "build", "--data", str(data), check=False)
    assert done.returncode == 11 and f"the store {store} is busy" in done.stderr
