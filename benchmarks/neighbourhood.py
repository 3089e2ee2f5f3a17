"""Time `kg viz --around` and `kg path` as whole processes on a generated graph, before and after a change.

    git worktree add /tmp/kg-before HEAD                        # the code to compare against
    python benchmarks/neighbourhood.py --before /tmp/kg-before  # 1M triples (~3 min the first time)
    python benchmarks/neighbourhood.py --sizes 1M,5M --repeat 5

For each size, the graph of benchmarks/generate.py (seeded, as benchmarks/run.py makes it) and
its busiest hub, the entity in the most statements. Each command runs in a fresh process, the
before and after versions in turn so that both meet the same load on the machine; every number
is the median of --repeat runs after one warm-up run (which also builds each version's store,
kept apart: the two versions may store different triples). The first row is `kg path` on the
shipped seed graph, what benchmarks/run.py compares the generated graphs' `kg path` with. The code before is run from the
--before directory (put first on sys.path); without --before only the current code is timed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import KG, PYTHON, median_walls, parse_size, prepare, size_label  # noqa: E402

BUSIEST = """SELECT ?entity (COUNT(*) AS ?n) WHERE { { ?s rdf:subject ?entity } UNION { ?s rdf:object ?entity } }
GROUP BY ?entity ORDER BY DESC(?n) LIMIT 1"""


def busiest_hub(data: Path, store: Path) -> str:
    """The id of the entity in the most statements (asked of the store through kg query)."""
    import subprocess

    out = subprocess.run([KG, "query", "--format", "csv", "--raw", "--data", str(data), "--store", str(store), BUSIEST],
                         check=True, capture_output=True, text=True).stdout
    return out.splitlines()[1].split(",")[0].rsplit(":", 1)[-1]


def kg_command(before: Path | None) -> list[str]:
    if before is None:
        return [KG]
    code = f"import sys; sys.path.insert(0, {str(before)!r}); sys.argv[0] = 'kg'; from graph.cli import main; sys.exit(main())"
    return [PYTHON, "-c", code]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1M", help="comma-separated triple counts")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--before", type=Path, help="a checkout of the code to compare against")
    parser.add_argument("--only", choices=["viz", "path"], help="time only kg viz or only kg path")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    versions = {"after": None} if args.before is None else {"before": args.before.resolve(), "after": None}

    print("| size | command, whole process | " + " | ".join(versions) + " |")
    print("|---|---|" + "---|" * len(versions))
    seed = [kg_command(code) + ["path", "harris", "bass", "--store", str(args.workdir / f"store-seed-{name}")]
            for name, code in versions.items()]
    walls = median_walls(seed, args.repeat, env=None)
    print("| seed | `kg path harris bass` | " + " | ".join(f"{w:.2f} s" for w in walls) + " |", flush=True)
    for size in (parse_size(s) for s in args.sizes.split(",")):
        paths = prepare(size, args.workdir)
        hub = busiest_hub(paths["data"], paths["store"])
        commands = {
            f"`kg viz --around {hub} --hops 1`": ["viz", "--around", hub, "--hops", "1", "-o", "-"],
            f"`kg viz --around {hub}` (2 hops)": ["viz", "--around", hub, "-o", "-"],
            "`kg path alice-anchor bob-anchor`": ["path", "alice-anchor", "bob-anchor"],
        }
        for what, command in commands.items():
            if args.only and command[0] != args.only:
                continue
            runs = [
                kg_command(code) + command + ["--data", str(paths["data"]),
                                              "--store", f"{paths['store']}{'-' + name if code else ''}"]
                for name, code in versions.items()
            ]
            walls = median_walls(runs, args.repeat, env=None)
            print(f"| {size_label(size)} | {what} | " + " | ".join(f"{w:.2f} s" for w in walls) + " |", flush=True)


if __name__ == "__main__":
    main()
