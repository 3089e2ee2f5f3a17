"""Importers for public datasets: one small module per format, chosen by name or detected.

>>> sorted(FORMATS)
['538-endorsements-2020', '538-primary-2022', 'congress-legislators', 'endorsementdb-2016', 'party-switches']
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from ..errors import InvalidArgument
from . import endorsementdb, fivethirtyeight_2020, legislators, party_switches, primary_2022

__all__ = ["FORMATS", "detect_format", "importer"]

FORMATS: dict[str, ModuleType] = {
    "538-endorsements-2020": fivethirtyeight_2020,
    "538-primary-2022": primary_2022,
    "endorsementdb-2016": endorsementdb,
    "congress-legislators": legislators,
    "party-switches": party_switches,
}


def importer(name: str) -> ModuleType:
    try:
        return FORMATS[name]
    except KeyError:
        raise InvalidArgument(f"unknown format {name!r}; use one of {', '.join(sorted(FORMATS))}") from None


def detect_format(path: Path, head: str) -> str:
    """The format of a dataset, from its file name and first line(s)."""
    header = head.split("\n", 1)[0]
    for name, module in FORMATS.items():
        if module.detect(Path(path).name, header if not Path(path).suffix.startswith(".y") else head):
            return name
    raise InvalidArgument(f"{path}: cannot tell the format from its name and header; give --as FORMAT "
                          f"({', '.join(sorted(FORMATS))})")
