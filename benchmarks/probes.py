"""How kg reads single phrasings, each tried on names of many shapes.

    python benchmarks/probes.py                 # every probe of benchmarks/probes.yaml
    python benchmarks/probes.py --failures      # and what each failing one produced
    python benchmarks/probes.py --probes FILE

Each probe is one sentence written for kg (no corpus text) with the statements it asserts and
those it denies or only supposes. It is run once per set of names (benchmarks/probes.yaml:
"Han Kuo-yu", "Liam O'Connell", "José Ramírez", ...), as an article of its own, through the
extractor `kg extract` uses (the shipped corpus's entities). Prints, per relation, how many
expected statements were produced (recall over phrasings and names), how many denied ones were
asserted (must be 0), and the probes that pass with one set of names and fail with another:
the errors of names rather than of phrasing. A probe's other statements are not counted.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SLOTS = ("A", "B", "C")


@dataclass(frozen=True)
class Statement:
    subject: str
    relation: str
    object: str
    from_party: str | None = None

    @classmethod
    def parse(cls, text: str) -> Statement:
        """ "A endorsed B", "A member_of Republican Party", "A party_switch X <- Y"."""
        subject, relation, rest = text.split(" ", 2)
        to, _, from_party = rest.partition(" <- ")
        return cls(subject, relation, to.strip(), from_party.strip() or None)

    def filled(self, names: dict[str, str]) -> Statement:
        return Statement(names.get(self.subject, self.subject), self.relation, names.get(self.object, self.object), self.from_party)

    def matches(self, produced: Statement) -> bool:
        if self.relation != produced.relation:
            return False
        same = (self.subject, self.object) == (produced.subject, produced.object)
        if self.relation == "rival_of":
            same = same or (self.subject, self.object) == (produced.object, produced.subject)
        return same and (self.from_party is None or self.from_party == produced.from_party)


def load(path: Path) -> tuple[list[list[str]], list[dict]]:
    import yaml

    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    names, probes = doc["names"], doc["probes"]
    for probe in probes:
        if not set(probe) <= {"text", "expect", "never"} or not (probe.get("expect") or probe.get("never")):
            raise ValueError(f"{path}: a probe needs text and expect or never: {probe}")
    return names, probes


def run(extractor, names: list[list[str]], probes: list[dict]):
    """(probe, names, expected, never, produced) for every probe and set of names."""
    from graph.news import parse_article

    for probe in probes:
        for people in names:
            fill = dict(zip(SLOTS, people))
            text = probe["text"]
            for slot, name in fill.items():
                text = text.replace("{" + slot + "}", name)
            article = parse_article(f"url: https://example.org/probe\ntitle: Probe\ndate: 2023-05-10\n\n{text}", "probe.txt")
            produced = [Statement(c.subject.label, c.relation, c.object.label, c.from_party.label if c.from_party else None)
                        for c in extractor.extract(article) if c.status == "asserted"]  # fmt: skip
            expected = [Statement.parse(s).filled(fill) for s in probe.get("expect", [])]
            never = [Statement.parse(s).filled(fill) for s in probe.get("never", [])]
            yield probe, people, expected, never, produced


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probes", type=Path, default=ROOT / "benchmarks" / "probes.yaml")
    parser.add_argument("--failures", action="store_true", help="list each failing probe with what it produced")
    args = parser.parse_args()

    from graph.cli.app import _open
    from graph.news import Extractor

    names, probes = load(args.probes)
    extractor = Extractor(_open(None, None).entities())
    found, wanted, denied, traps = Counter(), Counter(), Counter(), Counter()
    passed: dict[str, list[bool]] = {}
    failures = []
    for probe, people, expected, never, produced in run(extractor, names, probes):
        missed = [e for e in expected if not any(e.matches(p) for p in produced)]
        asserted = [n for n in never if any(n.matches(p) for p in produced)]
        for e in expected:
            wanted[e.relation] += 1
            found[e.relation] += e not in missed
        for n in never:
            traps[n.relation] += 1
            denied[n.relation] += n in asserted
        passed.setdefault(probe["text"], []).append(not missed and not asserted)
        if missed or asserted:
            failures.append((probe["text"], people, missed, asserted, produced))
    print(f"{len(probes)} probes x {len(names)} sets of names")
    for relation in sorted(set(wanted) | set(traps)):
        recall = f"{found[relation]}/{wanted[relation]} found ({found[relation] / wanted[relation]:.2f})" if wanted[relation] else "-"
        print(f"  {relation:<14} {recall:<22} denied or supposed asserted: {denied[relation]}/{traps[relation]}")
    total = sum(found.values()), sum(wanted.values())
    print(f"  {'all':<14} {total[0]}/{total[1]} found ({total[0] / total[1]:.2f}), denied or supposed asserted: {sum(denied.values())}")
    every = sum(all(v) for v in passed.values())
    none = sum(not any(v) for v in passed.values())
    print(f"probes passing with every set of names: {every}; with none: {none}; with some (names matter): {len(passed) - every - none}")
    for text, results in passed.items():
        if any(results) and not all(results):
            print(f"  names matter: {text}  ({', '.join(n[0] for n, ok in zip(names, results) if not ok)} fail)")
    if args.failures:
        print()
        for text, people, missed, asserted, produced in failures:
            print(f"{text}  [{', '.join(people)}]")
            for e in missed:
                print(f"   missed: {e.subject} {e.relation} {e.object}" + (f" <- {e.from_party}" if e.from_party else ""))
            for n in asserted:
                print(f"   ASSERTED: {n.subject} {n.relation} {n.object}")
            print(f"   produced: {sorted({(p.subject, p.relation, p.object) for p in produced})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
