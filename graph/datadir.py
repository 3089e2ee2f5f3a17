"""The user's data directory: create one, and refuse to write into the corpus shipped with kg."""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import InvalidArgument, ReadOnlyData
from .resources import shipped_data_dir

__all__ = ["init_data_dir", "ensure_writable", "HEADERS"]

HEADERS = {
    "sources.csv": "id,outlet,title,date,url,file\n",
    "entities.csv": "id,label,type,aliases,wikidata,description\n",
    "statements.csv": (
        "subject,relation,object,from_party,date,end_date,election,source,quote,status,method,confidence\n"
    ),
}


def init_data_dir(target: Path, *, seed: bool = False) -> Path:
    """Create a data directory at `target`: empty files with their headers, or with `seed` a
    copy of the shipped corpus. Refuses a target that exists and is not an empty directory."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InvalidArgument(f"{target} already exists and is not an empty directory")
    ensure_writable(target)
    staging = target.with_name(f".{target.name}.kg-init")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        if seed:
            shipped = shipped_data_dir()
            shutil.copytree(shipped, staging, ignore=shutil.ignore_patterns("__pycache__", ".*"))
        else:
            (staging / "sources").mkdir(parents=True)
            for name, header in HEADERS.items():
                (staging / name).write_text(header, encoding="utf-8")
        if target.exists():
            target.rmdir()
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def ensure_writable(directory: Path) -> None:
    """Raise ReadOnlyData when `directory` is (or is inside) the shipped corpus."""
    shipped = shipped_data_dir().resolve()
    resolved = Path(directory).resolve()
    if resolved == shipped or shipped in resolved.parents:
        raise ReadOnlyData(directory)
