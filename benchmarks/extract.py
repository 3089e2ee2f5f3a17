"""How fast kg extracts: synthetic news articles made from templates, then timed.

    python benchmarks/extract.py                    # 1,000 articles of ~5 KB
    python benchmarks/extract.py --before HEAD~1    # and the same with an earlier commit, in the same run
    python benchmarks/extract.py --before HEAD~1 --rounds 3   # the trees taking turns, three runs each
    python benchmarks/extract.py --articles 200 --size 2000 --keep DIR
    python benchmarks/extract.py --articles 1 --data DIR --before HEAD   # startup on an imported graph

Prints the time to build the extractor, the library's throughput (read + extract, in process),
and the wall time and peak memory (the process and its workers together) of the command
`kg extract FILE... --format csv` on the same files (which shows its progress bar on stderr), and
of `kg extract` on one article (model load included; run --repeat times, median and fastest
shown, as another job on the machine makes single runs vary by a few tenths of a second). With
--before REV, the same commands are timed from a checkout of REV (a git worktree in a temporary
folder), the one-article runs alternating between the two, and so the runs on all the articles
with --rounds N (which tree goes first changes each round: the machine's speed drifts by a
fifth from hour to hour, so one run of each, one after the other, can mislead). The articles
are written to a temporary folder (or --keep DIR). The targets: 1,000 articles of 5 KB in at most 90 s with at
most 1.5 GB, one article in at most 2 s.

The extractor knows the entities of the shipped corpus, or with --data DIR those of that data
directory (a graph you imported: `kg init DIR --seed`, `kg import --data DIR ...`), left as it
is. Each tree's kg runs on a store of its own in a temporary folder, built by an untimed first
run: a store is rebuilt whenever the ontology or the data directory it was built from differs,
so two trees sharing one store would rebuild it at every turn.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.processes import checkout, timed  # noqa: E402

FIRST = ["Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Elena", "David", "Susan", "Carlos",
         "Nadia", "Thomas", "Grace", "Omar", "Helen", "Victor", "Rosa", "Daniel", "Irene", "Samuel"]  # fmt: skip
LAST = ["Alvarez", "Brennan", "Castillo", "Dawson", "Everett", "Fontaine", "Gallagher", "Holloway", "Iverson",
        "Jennings", "Kowalski", "Lindqvist", "Moreno", "Nakamura", "Okafor", "Pettersen", "Quintero",
        "Ramsey", "Sorensen", "Takahashi", "Underwood", "Valdez", "Whitaker", "Yilmaz", "Zamora"]  # fmt: skip
TITLES = ["Sen.", "Rep.", "Gov.", "Mayor", "Councilwoman", "state Sen.", "billionaire", "actor", "former Gov."]
PARTIES = ["Democrat", "Republican", "independent"]
PLACES = ["Ohio", "Arizona", "Georgia", "Nevada", "Michigan", "Oregon", "Maine", "Texas"]
STATES = ["Calif.", "Ariz.", "Ga.", "Nev.", "Mich.", "Ore.", "Texas", "Ohio"]

TEMPLATES = [
    "{T1} {A} endorsed {T2} {B} on {day}, saying the {place} race needed a steady hand.",
    "{A} and {C} threw their support behind {B} in the crowded primary.",
    "{B} has been endorsed by {A}, {C} and {D}, according to the campaign.",
    "{B}'s supporters include {A}, {C}, {D} and {E}, many of whom posted about it online.",
    "{A}, a former {P1} who registered as a {P2} last year, is running for governor of {place}.",
    "{A} is vying with {P1}-turned-{P2} businessman {B} for the open seat.",
    "In a statement, Rep. {A} ({s}-{st}) said the bill would not pass this session.",
    "{A} will face off against {B} in a {month} runoff after neither won a majority.",
    "{A} declined to endorse in the race between {B} and {C}, saying voters should decide.",
    "{A} served as a senior adviser to {B} during the 2020 campaign.",
    "{A} left the {P1} Party and became an {P3}, citing partisan gridlock.",
    "The two candidates clashed over taxes, and {A} and {B} traded barbs about crime.",
    "Voters in {place} said the economy, schools and housing were their top concerns this year.",
    "The debate, held at a community college, ran for ninety minutes and drew a large audience.",
    "Freshman {P2} {A} won the backing of {B} and {C} after a long courtship.",
    "Polls show the race tightening in the final weeks, with many voters still undecided.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random, size: int) -> str:
    """One synthetic article of about `size` characters, with a header."""
    lines = [
        f"url: https://news.example.org/{rng.randrange(10**6)}",
        f"title: {_person(rng)} wins new backing in {rng.choice(PLACES)}",
        f"date: 2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "outlet: Example News",
        "",
    ]
    body: list[str] = []
    length = 0
    while length < size:
        sentence = rng.choice(TEMPLATES).format(
            A=_person(rng), B=_person(rng), C=_person(rng), D=_person(rng), E=_person(rng),
            T1=rng.choice(TITLES), T2=rng.choice(TITLES), P1=rng.choice(PARTIES[:2]),
            P2=rng.choice(PARTIES[:2]), P3="independent", place=rng.choice(PLACES),
            s=rng.choice("DR"), st=rng.choice(STATES), day=rng.choice(["Monday", "Tuesday", "Friday"]),
            month=rng.choice(["Nov. 8", "June 7", "March 3"]),
        )  # fmt: skip
        body.append(sentence)
        length += len(sentence) + 1
        if rng.random() < 0.25:
            body.append("\n")
    return "\n".join(lines) + " ".join(body).replace(" \n ", "\n\n") + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--size", type=int, default=5000, help="characters per article")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the articles here and keep them")
    parser.add_argument("--no-cli", action="store_true", help="skip timing the kg command")
    parser.add_argument("--before", metavar="REV", help="also time kg extract as of this git revision")
    parser.add_argument("--repeat", type=int, default=5, help="runs of kg extract on one article (default 5)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="runs of kg extract on all the articles, the trees taking turns (default 1)")
    parser.add_argument("--data", type=Path, help="the data directory whose entities the extractor knows")
    args = parser.parse_args()

    from graph.news import Extractor, read_article
    from graph.knowledge_graph import KnowledgeGraph
    from graph.resources import shipped_data_dir

    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-extract-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    paths = []
    for number in range(args.articles):
        path = folder / f"article-{number:05d}.txt"
        path.write_text(article(rng, args.size), encoding="utf-8")
        paths.append(path)
    total = sum(p.stat().st_size for p in paths)
    print(f"articles: {len(paths)} in {folder}, {total / 1e6:.2f} MB ({total / len(paths) / 1e3:.1f} KB each)")

    graph = KnowledgeGraph.from_data(args.data or shipped_data_dir())
    start = time.perf_counter()
    entities = graph.entities()
    extractor = Extractor(entities)
    built = time.perf_counter() - start
    print(f"extractor built (spaCy, patterns, {len(entities)} entities of {args.data or 'the shipped corpus'}): {built:.2f} s")

    start = time.perf_counter()
    found = 0
    for _, candidates in extractor.extract_many(read_article(p) for p in paths):
        found += len(candidates)
    spent = time.perf_counter() - start
    print(f"library: {spent:.1f} s for {len(paths)} articles = {len(paths) / spent:.0f} articles/s, "
          f"{total / 1e6 / spent:.2f} MB/s, {found} candidates")  # fmt: skip

    if not args.no_cli:
        commands = [("this tree", [str(Path(sys.executable).with_name("kg"))])]
        before = checkout(args.before) if args.before else None
        if before is not None:
            launcher = f"import sys; sys.path.insert(0, {str(before)!r}); from graph.cli import main; main()"
            commands.append((f"before ({args.before})", [sys.executable, "-c", launcher]))
        stores = Path(tempfile.mkdtemp(prefix="kg-extract-stores-"))
        data = ["--data", str(args.data)] if args.data else []
        commands = [(name, [*kg, "extract", *data, "--store", str(stores / str(number))])
                    for number, (name, kg) in enumerate(commands)]  # fmt: skip
        try:
            for name, kg in commands:
                timed([*kg, str(paths[0]), "--format", "csv"], quiet=True)  # builds its store
            many: dict[str, list[float]] = {name: [] for name, _ in commands}
            # the trees take turns, the first one changing each round: the machine's speed drifts
            for round_ in range(max(args.rounds, 1)):
                for name, kg in (commands if round_ % 2 == 0 else commands[::-1]):
                    wall, peak, code = timed([*kg, *map(str, paths), "--format", "csv"])
                    many[name].append(wall)
                    print(f"kg extract, {name}: {len(paths)} file(s): {wall:.1f} s, peak {peak / 1e6:.0f} MB, exit {code}")
            if args.rounds > 1:
                for name, walls in many.items():
                    print(f"kg extract, {name}: {len(paths)} file(s): median {statistics.median(walls):.1f} s of {len(walls)} rounds")
            single: dict[str, list[tuple[float, int, int]]] = {name: [] for name, _ in commands}
            for _ in range(max(args.repeat, 1)):
                for name, kg in commands:
                    single[name].append(timed([*kg, str(paths[0]), "--format", "csv"], quiet=True))
            for name, runs in single.items():
                walls = sorted(wall for wall, _, _ in runs)
                print(f"kg extract, {name}: 1 file: median {statistics.median(walls):.2f} s, fastest {walls[0]:.2f} s "
                      f"of {len(walls)} runs, peak {max(peak for _, peak, _ in runs) / 1e6:.0f} MB, "
                      f"exit {max(code for _, _, code in runs)}")  # fmt: skip
        finally:
            shutil.rmtree(stores, ignore_errors=True)
            if before is not None:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False)
    if args.keep is None:
        for path in paths:
            path.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
