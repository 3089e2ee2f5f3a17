"""Print the `first_names` lists of lexicon.yaml's `genders` from the 1990 US Census first-name
files (public domain; shipped, for one, in the `names` package on PyPI: names/dist.female.first
and names/dist.male.first).

    python tools/first_names.py DIR     # DIR holds dist.female.first and dist.male.first

A name is listed for a gender when at least 0.02% of that gender bear it and fewer than one in
twenty as many of the other ("Jean", "Dana", "Terry" are left out: the name says too little)."""

import sys
from pathlib import Path

MIN_SHARE = 0.02  # percent of the gender: rarer names are less sure ("Jess", a man's name in 1990, is now often a woman's)
MIN_RATIO = 20


def shares(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text().splitlines():
        name, share, _, _ = line.split()
        out[name.capitalize()] = float(share)
    return out


def main(folder: Path) -> None:
    female, male = shares(folder / "dist.female.first"), shares(folder / "dist.male.first")
    for gender, mine, other in (("female", female, male), ("male", male, female)):
        names = sorted(n for n, s in mine.items() if s >= MIN_SHARE and other.get(n, 0.0) < s / MIN_RATIO)
        print(f"  {gender}:")
        lines, line = [], "    first_names: ["
        for name in names:
            if len(line) + len(name) + 2 > 110:
                lines.append(line.rstrip())
                line = "      "
            line += name + ", "
        lines.append(line.rstrip(", ") + "]")
        print("\n".join(lines))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
