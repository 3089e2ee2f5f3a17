"""Query workers: processes that hold the store open read-only and answer one request at a time,
so that a runaway query can be stopped.

pyoxigraph cannot interrupt a query in the process that runs it: its Python API has no timeout
or cancellation (0.5.13; oxigraph/oxigraph#1926 asks for one), and a query runs in native code
that a thread cannot stop. So every request that touches the store runs in a worker process,
and the server (which never opens the store itself) waits for the answer at most
`Limits.timeout` seconds. Past that it kills the worker (SIGKILL: the store is opened read-only,
so there is nothing to corrupt), answers 503, and starts a fresh worker in the background; the
other workers and the event loop are never blocked, so the server keeps answering. Memory is
bounded the same way: a worker's data size is capped (RLIMIT_DATA, `Limits.max_memory`); a query
that needs more makes the worker abort, and the request gets 503 while a new worker starts.

Slow queries cannot starve fast ones. A job still running after `slow_after` seconds moves to
a slow lane: its worker is reniced (it yields the CPU to the others), stops counting among the
`size` workers, and a new worker starts in its place (in ~0.2 s), so new requests always find
`size` workers. At most `size` jobs run in the slow lane; a job that turns slow when it is full
is stopped at once with 503. A slow lane worker is killed when its job ends. The same job sent
again (same query, same format) is known to be slow: it enters the slow lane as soon as it has
a worker, or gets 503 without taking one if the lane is full. A job whose client
went away is cancelled (`run` is a coroutine: cancel its task), which kills its worker too.

The event loop waits on the workers' pipes and process sentinels (`loop.add_reader`), so a
worker costs no thread while it works. Workers are started with the "spawn" method (the server
runs threads; forking it would copy their locks) from the event loop's thread, and ask the
kernel to kill them if that thread dies (PR_SET_PDEATHSIG), so none outlives a killed server.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .replies import Limits, Reply, text_reply

__all__ = ["WorkerPool", "WorkerError"]

_START_TIMEOUT = 120.0  # seconds for a new worker to open the store
_SLOW_KEYS = 1000  # slow jobs remembered, to send them to the slow lane at once next time
_log = logging.getLogger("kg.serve")


class WorkerError(Exception):
    """No answer from the workers: busy past the time limit, stopped for running too long, or
    crashed. Carries the HTTP status and a message for the client."""

    def __init__(self, status: int, message: str, *, retry_after: int | None = None) -> None:
        self.status = status
        self.message = message
        self.retry_after = retry_after
        super().__init__(message)


@dataclass(eq=False)
class _Worker:
    process: Any  # multiprocessing.Process of the spawn context
    conn: Connection


class WorkerPool:
    """`size` worker processes over the store directory `store_dir` (opened read-only).

    Use from one event loop: `await pool.start()`, `await pool.run("sparql", query=...)`,
    `await pool.close()`. Job names are those of `_jobs()`.
    """

    def __init__(self, store_dir: Path, limits: Limits, size: int = 2, log: Callable[[str], None] | None = None) -> None:
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        self.store_dir = Path(store_dir)
        self.limits = limits
        self.size = size
        self.triples: int | None = None
        self.started = False
        self.timeouts = 0
        self.restarts = 0
        self.abandoned = 0  # jobs stopped because their client went away
        self.slow_after = min(0.5, limits.timeout / 2)
        self._slow = 0  # jobs in the slow lane, or waiting for a worker to enter it
        self._slow_keys: dict[str, None] = {}  # the jobs that turned slow lately, oldest first
        self._log = log or _log.warning
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._alive: set[_Worker] = set()
        self._starting = 0
        self._busy = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False

    # --- life cycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        """Start every worker and wait until each has opened the store; the first one counts
        its triples (for /health). Raises RuntimeError, with the worker's reason, if one cannot."""
        workers = [self._spawn(count=(i == 0)) for i in range(self.size)]
        try:
            for worker in workers:
                triples = await self._ready(worker)
                if triples is not None:
                    self.triples = triples
                self._idle.put_nowait(worker)
            self.started = True
        except BaseException:
            for worker in workers:
                self._kill(worker)
            raise

    async def close(self) -> None:
        """Stop every worker: idle ones are asked to exit, busy ones are killed."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        while not self._idle.empty():
            worker = self._idle.get_nowait()
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in list(self._alive):
            with contextlib.suppress(TimeoutError):
                await _wait_fd(worker.process.sentinel, 2.0)
            self._kill(worker)
            worker.process.join(1)
            self._alive.discard(worker)

    def status(self) -> dict[str, int]:
        return {
            "workers": self.size,
            "idle": self._idle.qsize(),
            "busy": self._busy,
            "starting": self._starting,
            "slow": self._slow,
            "timeouts": self.timeouts,
            "restarts": self.restarts,
            "abandoned": self.abandoned,
        }

    # --- running jobs --------------------------------------------------------------------------

    async def run(self, job: str, **kwargs: Any) -> Reply:
        """Run `job(kg, limits, **kwargs)` in a free worker and return its Reply.

        Raises WorkerError: 503 when no worker is free within the time limit, the job runs past
        it, or it turns slow while the slow lane is full (the worker is then killed and
        replaced), 500 when the worker dies. Cancelled, it kills the worker and starts another.
        """
        timeout = self.limits.timeout
        key = repr((job, sorted(kwargs.items())))
        known_slow = key in self._slow_keys
        if known_slow:  # it goes to the slow lane at once, if there is room
            if self._slow >= self.size:
                raise self._slow_lane_full()
            self._slow += 1
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except BaseException as error:
            if known_slow:
                self._slow -= 1
            if isinstance(error, TimeoutError):
                raise WorkerError(
                    503, f"No query worker was free for {timeout:g} s (all {self.size} busy). Try again shortly.",
                    retry_after=1,
                ) from None
            raise
        answered, slow = False, known_slow
        if slow:
            self._to_slow_lane(worker)
        else:
            self._busy += 1
        try:
            worker.conn.send((job, kwargs))
            try:
                await _wait_fd(worker.conn.fileno(), timeout if slow else self.slow_after)
            except TimeoutError:
                if slow:
                    raise
                self._slow_keys[key] = None
                if len(self._slow_keys) > _SLOW_KEYS:
                    self._slow_keys.pop(next(iter(self._slow_keys)))
                if self._slow >= self.size:
                    raise self._slow_lane_full() from None
                slow = True
                self._slow += 1
                self._busy -= 1
                self._to_slow_lane(worker)
                await _wait_fd(worker.conn.fileno(), timeout - self.slow_after)
            reply = await asyncio.to_thread(worker.conn.recv)
            answered = True
            return reply
        except asyncio.CancelledError:
            self.abandoned += 1
            raise
        except TimeoutError:
            self.timeouts += 1
            raise WorkerError(
                503,
                f"The request ran for more than {timeout:g} s, the time limit of this server "
                "(kg serve --timeout), and was stopped. Narrow the query down or add a LIMIT.",
            ) from None
        except (EOFError, OSError):
            # (its pipes close a moment before it can be waited for)
            await asyncio.to_thread(worker.process.join, 5.0)
            # Native code that cannot allocate aborts; the kernel's OOM killer sends SIGKILL.
            if self.limits.max_memory and worker.process.exitcode in (-signal.SIGABRT, -signal.SIGKILL):
                raise WorkerError(503, self.limits.memory_message()) from None
            raise WorkerError(500, "The query worker stopped unexpectedly; it is being restarted.") from None
        finally:
            if slow:
                self._slow -= 1
                self._kill(worker)  # its replacement started when it turned slow
                self._alive.discard(worker)
            else:
                self._busy -= 1
                if answered:
                    self._idle.put_nowait(worker)
                else:
                    self._replace(worker)

    def _slow_lane_full(self) -> WorkerError:
        return WorkerError(503, f"The server is busy with {self._slow} slow queries, its most at once, and this "
                                "one is slow too: it was stopped. Try again later, or narrow it down.", retry_after=5)

    def _to_slow_lane(self, worker: _Worker) -> None:
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, worker.process.pid, 10)
        self._start_replacement(None)

    # --- workers -------------------------------------------------------------------------------

    def _spawn(self, count: bool = False) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=_main, args=(str(self.store_dir), self.limits, theirs, count), name="kg-serve-worker", daemon=True
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._alive.add(worker)
        return worker

    async def _ready(self, worker: _Worker) -> int | None:
        try:
            await _wait_fd(worker.conn.fileno(), _START_TIMEOUT)
            state, detail = worker.conn.recv()
        except TimeoutError:
            raise RuntimeError(f"a query worker did not open the store at {self.store_dir} "
                               f"within {_START_TIMEOUT:g} s") from None
        except (EOFError, OSError):
            worker.process.join(1)
            raise RuntimeError(
                f"a query worker exited before opening the store (exit code {worker.process.exitcode}); "
                "a script that starts the server must run it under if __name__ == '__main__'"
            ) from None
        if state != "ready":
            raise RuntimeError(f"a query worker cannot open the store at {self.store_dir}: {detail}")
        return detail

    def _kill(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.conn.close()

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker that is busy or broken, and start another in the background."""
        self._kill(worker)
        self._start_replacement(worker)

    def _start_replacement(self, old: _Worker | None) -> None:
        if self._closed:
            return
        task = asyncio.get_running_loop().create_task(self._restart(old))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _restart(self, old: _Worker | None) -> None:
        self._starting += 1
        try:
            if old is not None:
                await asyncio.to_thread(old.process.join, 5.0)
                self._alive.discard(old)
            new = self._spawn()
            try:
                await self._ready(new)
            except RuntimeError as error:
                self._kill(new)
                self._alive.discard(new)
                self._log(f"kg: {error}")
                return
            self.restarts += 1
            if self._closed:
                self._kill(new)
            else:
                self._idle.put_nowait(new)
        finally:
            self._starting -= 1


async def _wait_fd(fd: int, timeout: float) -> None:
    """Wait until `fd` is readable (data, end of file, or a process sentinel that fired);
    raises TimeoutError after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
    try:
        await asyncio.wait_for(ready, timeout)
    finally:
        loop.remove_reader(fd)


# --- in the worker process ---------------------------------------------------------------------


def _jobs() -> dict[str, Callable[..., Reply]]:
    from . import browse, query_page, results

    return {
        "sparql": results.answer,
        "search": browse.search_page,
        "entity": browse.entity_page,
        "source": browse.source_page,
        "path": browse.path_page,
        "view": browse.view_page,
        "path_json": browse.path_json,
        "query_check": query_page.check,
        "query_complete": query_page.complete,
        "query_download": query_page.download,
    }


def _main(store_dir: str, limits: Limits, conn: Connection, count: bool) -> None:
    """A worker: open the store read-only, say so, then answer jobs until told to stop."""
    from ..sandbox import forbid_network

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the server stops us
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    forbid_network()  # a SERVICE that graph.query_text's reading missed cannot fetch anything
    try:
        import pyoxigraph as ox

        from ..knowledge_graph import KnowledgeGraph

        kg = KnowledgeGraph(ox.Store.read_only(store_dir))
        jobs = _jobs()
        triples = len(kg.store) if count else None
        if limits.max_memory:
            import resource

            limit = limits.max_memory << 20
            resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    except Exception as error:  # reported to the server, which refuses to start
        conn.send(("failed", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready", triples))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job, kwargs = message
        try:
            reply = jobs[job](kg, limits, **kwargs)
        except MemoryError:
            reply = text_reply(503, limits.memory_message())
        except Exception as error:
            _log.exception("kg serve: %s failed", job)
            reply = text_reply(500, f"Internal error in {job}: {type(error).__name__}: {error}")
        conn.send(reply)
