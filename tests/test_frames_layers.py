"""graph/news/frames/ is built bottom up: each module imports only from the modules below it, so
that a newcomer reads it from sentence.py up and no import cycle can start."""

import ast
from pathlib import Path

FRAMES = Path(__file__).resolve().parents[1] / "graph" / "news" / "frames"
LAYERS = ["sentence", "scope", "arguments", "races", "parties", "readings"]


def test_the_layers_are_the_package_modules():
    assert sorted(p.stem for p in FRAMES.glob("*.py") if p.stem != "__init__") == sorted(LAYERS)


def test_each_module_imports_only_from_the_ones_below_it():
    upward = []
    for layer in LAYERS:
        tree = ast.parse((FRAMES / f"{layer}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module in LAYERS:
                if LAYERS.index(node.module) >= LAYERS.index(layer):
                    upward.append(f"{layer} imports {node.module}")
    assert not upward
