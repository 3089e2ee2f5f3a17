"""The user's data directory: create one, and refuse to write into the corpus shipped with kg."""

from __future__ import annotations

from pathlib import Path

from .datafiles import STATEMENT_COLUMNS
from .errors import InvalidArgument, ReadOnlyData
from .resources import shipped_data_dir

__all__ = ["init_data_dir", "ensure_writable", "HEADERS"]

HEADERS = {
    "sources.csv": "id,outlet,title,date,url,file\n",
    "entities.csv": "id,label,type,aliases,wikidata,description\n",
    "statements.csv": ",".join(STATEMENT_COLUMNS) + "\n",
}


def init_data_dir(target: Path, *, seed: bool = False) -> Path:
    """Create a data directory at `target`: empty files with their headers, or with `seed` a
    copy of the shipped corpus, all in one transaction (graph.transaction). Refuses a target
    that exists and is not an empty directory (kg's own .kg folder aside)."""
    from .transaction import transaction

    target = Path(target)
    _refuse_unless_empty(target)
    ensure_writable(target)
    target.mkdir(parents=True, exist_ok=True)
    with transaction(target) as txn:
        _refuse_unless_empty(target)  # again, now that no other kg process can write it
        if seed:
            shipped = shipped_data_dir()
            for path in sorted(shipped.rglob("*")):
                name = path.relative_to(shipped)
                if path.is_file() and not any(p.startswith(".") or p == "__pycache__" for p in name.parts):
                    txn.write(name.as_posix(), path.read_bytes())
        else:
            for name, header in HEADERS.items():
                txn.write(name, header)
    (target / "sources").mkdir(exist_ok=True)
    return target


def _refuse_unless_empty(target: Path) -> None:
    from .transaction import KG_DIR

    if target.exists() and (not target.is_dir() or any(p.name != KG_DIR for p in target.iterdir())):
        raise InvalidArgument(f"{target} already exists and is not an empty directory")


def ensure_writable(directory: Path) -> None:
    """Raise ReadOnlyData when `directory` is (or is inside) the shipped corpus."""
    shipped = shipped_data_dir().resolve()
    resolved = Path(directory).resolve()
    if resolved == shipped or shipped in resolved.parents:
        raise ReadOnlyData(directory)
