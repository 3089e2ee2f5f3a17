"""Timing whole kg processes, and checking out an earlier revision to time it in the same run."""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def checkout(revision: str) -> Path:
    """A worktree of `revision` in a temporary folder (remove it with `git worktree remove`)."""
    folder = Path(tempfile.mkdtemp(prefix="kg-before-")) / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(folder), revision], check=True)
    return folder


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def timed(command: list[str], *, quiet: bool = False) -> tuple[float, int, int]:
    """Wall time, peak memory of the process tree (sampled every 50 ms) and exit code; stdout is
    dropped, and stderr too when `quiet`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL if quiet else None)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    return time.perf_counter() - start, peak, process.returncode
