"""The embedded on-disk Oxigraph store: where it lives, when it is stale, how it is rebuilt.

Layout of a store directory:
    <store>/current -> build-<fingerprint>.<id>   (symlink, swapped atomically after a build)
    <store>/build-<fingerprint>.<id>/oxigraph/    (RocksDB files, written once, then only read)
    <store>/build-<fingerprint>.<id>/build.json   (what was built from what)
    <store>/build-<fingerprint>.<id>/readers.lock (held shared by each process reading the build)
    <store>/lock                                  (held by the process building)

A build holds <store>/lock and the data directory's lock shared (graph.transaction), writes a
new staging-* directory, fsyncs it, renames it to build-*, and only then points `current` at it,
so a failed or killed build leaves the previous store untouched and readers never see half a
store. Under the same lock it removes what killed builds left (staging-*, temporary links) and
builds no longer current that no process has open. Staleness is decided from the size and mtime
of the data and ontology files, without reading them.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .errors import StoreError
from .resources import ontology_dir

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from multiprocessing.connection import Connection

    from .datafiles import StatementRow
    from .remote import RemoteStore

__all__ = ["BuildReport", "default_store_path", "fingerprint", "build", "build_remote", "open_store", "open_pinned", "pin_build", "is_stale"]

FORMAT_VERSION = "2"


@dataclass(frozen=True)
class BuildReport:
    store: str
    data: str
    fingerprint: str
    triples: int
    entities: int
    sources: int
    statements: int


def default_store_path() -> Path:
    """$KG_STORE is handled by the CLI; the default is $XDG_CACHE_HOME/kg/store (~/.cache/kg/store)."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "kg" / "store"


DATA_FILES = ("sources.csv", "entities.csv", "statements.csv")


def _inputs(data_dir: Path) -> list[Path]:
    sources = data_dir / "sources"
    texts = sorted(sources.iterdir()) if sources.is_dir() else []
    return [data_dir / name for name in DATA_FILES] + texts + sorted(ontology_dir().glob("*.ttl"))


def fingerprint(data_dir: Path) -> str:
    """A hash of the names, sizes and mtimes of every input file (cheap: no file is read)."""
    digest = hashlib.sha256(FORMAT_VERSION.encode())
    digest.update(str(data_dir.resolve()).encode())
    for path in _inputs(data_dir):
        try:
            stat = path.stat()
            digest.update(f"\0{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
        except FileNotFoundError:
            digest.update(f"\0{path.name}\0missing".encode())
    return digest.hexdigest()[:20]


def _current(store_path: Path) -> Path | None:
    link = store_path / "current"
    target = link.resolve() if link.is_symlink() else None
    return target if target is not None and (target / "build.json").is_file() else None


def is_stale(store_path: Path, data_dir: Path) -> bool:
    current = _current(store_path)
    return current is None or current.name.split(".")[0] != f"build-{fingerprint(data_dir)}"


def _write_ntriples(data_dir: Path, fd: int, results: Connection, parent_end: int) -> None:
    """In a child process: check the data and write it as N-Triples to `fd`, each statement as soon
    as it is read; report the counts, or the first problem, to `results`."""
    from .corroboration import Sources
    from .datafiles import iter_statements, read_entities, read_sources
    from .errors import DataError
    from .transaction import forget_locks
    from .triples import entity_ntriples, source_ntriples, statement_ntriples

    # should the parent die, writes fail (rather than block for ever) and its locks are freed
    os.close(parent_end)
    forget_locks()
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            sources, entities = read_sources(data_dir), read_entities(data_dir)
            out.writelines(source_ntriples(sources))
            out.writelines(entity_ntriples(entities))
            statements = [0]

            def counted(rows: Iterator[StatementRow]) -> Iterator[StatementRow]:
                for row in rows:
                    statements[0] += 1
                    yield row

            rows = iter_statements(data_dir, {e.id for e in entities}, {s.id: s.text for s in sources})
            watched = Sources()
            out.writelines(statement_ntriples(counted(watched.watch(rows)), {s.id: s.date for s in sources}))
            out.write(watched.ntriples(sources))  # copies and outlets: once every statement is read
        results.send(("ok", (len(entities), len(sources), statements[0])))
    except DataError as error:
        results.send(("data", (str(error.path), str(error).split(": ", 1)[-1], error.line)))
    except BaseException as error:  # reported, then re-raised in the parent as a StoreError
        results.send(("error", repr(error)))


def build(data_dir: Path, store_path: Path) -> BuildReport:
    """Build the store from `data_dir` and make it current, atomically.

    A child process reads and checks the data and writes it as N-Triples into a pipe that
    Oxigraph's bulk loader reads on the other end (the loader runs on one core: the Python work
    runs beside it on the other). Anything wrong with the data (DataError) or the build
    (StoreError) leaves the previous store current and untouched. Waits (up to KG_LOCK_TIMEOUT)
    while another process builds the store or writes the data directory.
    """
    report = _build(Path(data_dir), Path(store_path), force=True)
    assert report is not None
    return report


def _build(data_dir: Path, store_path: Path, *, force: bool) -> BuildReport | None:
    """Build under the locks; without `force`, only if the store is still stale once they are held."""
    from .errors import DataError
    from .transaction import lock, reading

    if not data_dir.is_dir():
        raise DataError(data_dir, "data directory not found")
    from .ontology import relations

    relations()  # a malformed kg.ttl is a DataError naming it, not a failed build
    try:
        store_path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _build_failure(exc, store_path) from exc
    with reading(data_dir), lock(store_path / "lock", exclusive=True, what=f"the store {store_path}"):
        if not force and not is_stale(store_path, data_dir):
            return None
        _collect(store_path)
        report = _build_locked(data_dir, store_path)
        _collect(store_path)
    return report


def _collect(store_path: Path) -> None:
    """Remove what killed builds left (staging-*, current.* links) and the builds no longer
    current that no process has open. The caller holds the store's lock."""
    import fcntl
    import shutil

    current = _current(store_path)
    current_name = current.name if current is not None else None
    for entry in store_path.iterdir():
        if entry.name.startswith("staging-"):
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith("current."):
            entry.unlink(missing_ok=True)
        elif entry.name.startswith("build-") and entry.name != current_name:
            try:
                fd = os.open(entry / "readers.lock", os.O_RDONLY)
            except FileNotFoundError:  # half removed already
                shutil.rmtree(entry, ignore_errors=True)
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue  # a process reads it: a later build removes it
            try:
                (entry / "build.json").unlink(missing_ok=True)  # first: a reader pinning it now sees it gone
                shutil.rmtree(entry, ignore_errors=True)
            finally:
                os.close(fd)


def _build_locked(data_dir: Path, store_path: Path) -> BuildReport:
    import json
    import multiprocessing
    import shutil
    import tempfile

    from .errors import DataError
    from .transaction import fsync_dir, fsync_tree, write_synced

    stamp = fingerprint(data_dir)
    staging = None
    try:
        staging = Path(tempfile.mkdtemp(prefix="staging-", dir=store_path))
        (staging / "readers.lock").touch()
        store = ox.Store(str(staging / "oxigraph"))
        store.bulk_load(path=str(ontology_dir() / "kg.ttl"), format=ox.RdfFormat.TURTLE)
        receive, send = multiprocessing.Pipe(duplex=False)
        read_end, write_end = os.pipe()
        child = multiprocessing.Process(target=_write_ntriples, args=(data_dir, write_end, send, read_end), daemon=True)
        child.start()
        os.close(write_end)
        try:
            # lenient: the IRIs were checked when the data was read (graph.datafiles).
            store.bulk_load(path=f"/dev/fd/{read_end}", format=ox.RdfFormat.N_TRIPLES, lenient=True)
        finally:
            os.close(read_end)
            try:
                outcome, detail = receive.recv() if receive.poll(60) else ("error", "the data reader did not finish")
            except EOFError:
                outcome, detail = "error", "the data reader died"
            child.join()
        if outcome == "data":
            raise DataError(detail[0], detail[1], detail[2])
        if outcome != "ok":
            raise StoreError(f"cannot build the store in {store_path}: {detail}")
        store.flush()
        entities, sources, statements = detail
        report = BuildReport(
            store=str(store_path),
            data=str(data_dir.resolve()),
            fingerprint=stamp,
            triples=len(store),
            entities=entities,
            sources=sources,
            statements=statements,
        )
        del store
        write_synced(staging / "build.json", (json.dumps(asdict(report), indent=2) + "\n").encode())
        fsync_tree(staging)
        final = store_path / f"build-{stamp}.{staging.name.removeprefix('staging-')}"
        staging.rename(final)
        fsync_dir(store_path)
        link = store_path / f"current.{os.getpid()}"
        link.unlink(missing_ok=True)
        link.symlink_to(final.name)
        os.replace(link, store_path / "current")
        fsync_dir(store_path)
    except (OSError, SyntaxError) as exc:
        raise _build_failure(exc, store_path) from exc
    finally:
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return report


def _build_failure(exc: Exception, store_path: Path) -> Exception:
    """A disk full, read-only file system or permission denied is the system's refusal
    (SystemFailure, its own exit code); anything else a StoreError."""
    from .errors import SYSTEM_ERRNOS, SystemFailure

    if isinstance(exc, OSError) and exc.errno in SYSTEM_ERRNOS:
        return SystemFailure(exc, exc.filename or store_path, "write")
    return StoreError(f"cannot build the store in {store_path}: {exc}")


def build_remote(data_dir: Path, remote: RemoteStore) -> BuildReport:
    """Load the graph built from `data_dir` into a SPARQL server's project graph, replacing it
    in one step (see RemoteStore.replace_graph); checks that the server holds every triple."""
    import itertools
    import tempfile

    from .corroboration import corroboration_chunk
    from .datafiles import read_corpus
    from .transaction import reading
    from .triples import corpus_ntriples

    with reading(Path(data_dir)):
        corpus = read_corpus(Path(data_dir))  # raises DataError before anything is sent
    ontology = list(ox.parse(path=str(ontology_dir() / "kg.ttl"), format=ox.RdfFormat.TURTLE))
    with tempfile.TemporaryDirectory(prefix="kg-remote-") as tmp:
        triples = Path(tmp) / "corpus.nt"
        lines: set[str] = set()  # a direct triple repeats once per statement that asserts it
        with triples.open("w", encoding="utf-8") as handle:
            for chunk in itertools.chain(corpus_ntriples(corpus), [corroboration_chunk(corpus)]):
                for line in chunk.splitlines():
                    if line not in lines:
                        lines.add(line)
                        handle.write(line + "\n")
        produced = len(ontology) + len(lines)
        del lines
        stored = remote.replace_graph(
            itertools.chain(ontology, ox.parse(path=str(triples), format=ox.RdfFormat.N_TRIPLES))
        )
    if stored != produced:
        raise StoreError(f"{remote.query_url} holds {stored} triples of the {produced} sent")
    return BuildReport(
        store=remote.query_url,
        data=str(Path(data_dir).resolve()),
        fingerprint=fingerprint(Path(data_dir)),
        triples=stored,
        entities=len(corpus.entities),
        sources=len(corpus.sources),
        statements=len(corpus.statements),
    )


def open_store(store_path: Path, data_dir: Path, *, rebuild: bool = False) -> ox.Store:
    """Open the store read-only, building it first if it is missing, stale or `rebuild` is set.
    The build it opens stays on disk while this process runs (see `open_pinned`)."""
    return open_pinned(store_path, data_dir, rebuild=rebuild)[0]


_pins: dict[str, list[int]] = {}  # build directory -> [fd holding readers.lock shared, users]


def open_pinned(store_path: Path, data_dir: Path, *, rebuild: bool = False) -> tuple[ox.Store, Callable[[], None]]:
    """Like open_store, with a function to call once the store is no longer used: until then no
    later build removes the build it reads."""
    directory, release = pin_build(store_path, data_dir, rebuild=rebuild)
    try:
        return ox.Store.read_only(str(directory)), release
    except OSError as exc:
        release()
        raise StoreError(f"cannot open the store at {directory.parent}: {exc}") from exc


def pin_build(store_path: Path, data_dir: Path, *, rebuild: bool = False) -> tuple[Path, Callable[[], None]]:
    """The Oxigraph directory of the current build, built first if it is missing, stale or
    `rebuild` is set, and a function to call once it is no longer used: until then no later
    build removes it (other processes, such as kg serve's workers, may open it read-only)."""
    from .transaction import settle

    store_path, data_dir = Path(store_path), Path(data_dir)
    settle(data_dir)  # finish a change whose writer was killed after its commit point
    if rebuild or is_stale(store_path, data_dir):
        _build(data_dir, store_path, force=rebuild)
    for _ in range(10):  # a build may replace `current` between resolving and pinning it
        current = _current(store_path)
        if current is None:
            raise StoreError(f"no store at {store_path}")
        release = _pin(current)
        if release is not None:
            return current / "oxigraph", release
    raise StoreError(f"the store at {store_path} keeps changing; try again")


def _pin(build_dir: Path) -> Callable[[], None] | None:
    """Hold the build's readers.lock shared (a build removes only builds it can lock exclusively);
    None if the build was removed meanwhile."""
    import fcntl

    key = str(build_dir)
    if key not in _pins:
        try:
            fd = os.open(build_dir / "readers.lock", os.O_RDONLY)
        except FileNotFoundError:
            return None
        fcntl.flock(fd, fcntl.LOCK_SH)  # waits only while a build removes this one
        if not (build_dir / "build.json").is_file():
            os.close(fd)
            return None
        _pins[key] = [fd, 0]
    _pins[key][1] += 1
    released = [False]

    def release() -> None:
        if released[0]:
            return
        released[0] = True
        pin = _pins[key]
        pin[1] -= 1
        if pin[1] == 0:
            del _pins[key]
            os.close(pin[0])

    return release
