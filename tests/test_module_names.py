"""No module of the project binds one top-level name twice: a second `def _leaders` or
`_MAKING = ...` silently replaces the first, and every caller of the first reads the second
(it happened twice in graph/news/frames, when it was one module)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for folder in ("graph", "ontology", "viz", "benchmarks") for p in (ROOT / folder).rglob("*.py"))


def _bound(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            names += [e.id for t in node.targets if isinstance(t, ast.Tuple) for e in t.elts if isinstance(e, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path):
    counts = Counter(_bound(ast.parse(path.read_text(encoding="utf-8"))))
    assert not [name for name, n in counts.items() if n > 1 and name != "__all__"]
