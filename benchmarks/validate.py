"""How long `kg validate` takes on the seed corpus plus the seven public datasets, whole process.

    python benchmarks/validate.py                   # needs ../shared/datasets beside the checkout
    python benchmarks/validate.py --before HEAD~1   # and an earlier revision, in the same run

Builds the data directory (`kg init DIR --seed`, `kg import` of every dataset) with each revision, then times
`kg validate --data DIR` --repeat times per revision and prints the median wall time, peak memory
and exit code. The target: at most 5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.processes import checkout, timed  # noqa: E402

DATASETS = ROOT.parent / "shared" / "datasets"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", metavar="REV", help="also time kg validate as of this git revision")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    datasets = sorted(DATASETS.glob("*.csv")) + sorted(DATASETS.glob("*.yaml"))
    if not datasets:
        sys.exit(f"no datasets in {DATASETS}")
    kg = [str(Path(sys.executable).with_name("kg"))]
    commands = [("this tree", kg)]
    before = checkout(args.before) if args.before else None
    if before is not None:
        commands.append((f"before ({args.before})", [sys.executable, "-c",
                         f"import sys; sys.path.insert(0, {str(before)!r}); from graph.cli import main; main()"]))
    try:
        with tempfile.TemporaryDirectory(prefix="kg-validate-bench-") as tmp:
            for number, (name, command) in enumerate(commands):
                # each revision writes its own data directory: the file format may differ between them
                data = Path(tmp) / f"data-{number}"
                subprocess.run([*command, "init", str(data), "--seed"], check=True, capture_output=True)
                subprocess.run([*command, "import", "--data", str(data), *map(str, datasets)], check=True, capture_output=True)
                runs = [timed([*command, "validate", "--data", str(data)], quiet=True) for _ in range(args.repeat)]
                wall = statistics.median(r[0] for r in runs)
                print(f"kg validate, {name}: {wall:.1f} s (median of {len(runs)}), "
                      f"peak {max(r[1] for r in runs) / 1e6:.0f} MB, exit {runs[0][2]} "
                      f"(seed corpus + {len(datasets)} datasets)")
    finally:
        if before is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False)


if __name__ == "__main__":
    main()
