"""Where the package data lives: inside the wheel (graph/_resources) or in the checkout."""

from __future__ import annotations

from pathlib import Path

__all__ = ["ontology_dir", "shipped_data_dir"]

_HERE = Path(__file__).resolve().parent


def _resource(name: str) -> Path:
    packaged = _HERE / "_resources" / name
    return packaged if packaged.is_dir() else _HERE.parent / name


def ontology_dir() -> Path:
    """The vocabulary: kg.ttl, shapes.ttl and the named queries."""
    return _resource("ontology")


def shipped_data_dir() -> Path:
    """The curated corpus that ships with kg."""
    return _resource("data")
