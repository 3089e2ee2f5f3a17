"""The wheel carries ontology/ and data/ and runs outside the checkout, in a clean venv."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    (built,) = out.glob("kg_politics-*.whl")
    return built


@pytest.mark.slow
def test_wheel_ships_package_data(wheel):
    """ontology/, data/, the library's .rq files and the page templates are inside the wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("graph/_resources/ontology/kg.ttl", "graph/_resources/ontology/shapes.ttl",
                     "graph/_resources/data/statements.csv", "graph/sparql/names.rq",
                     "graph/_resources/ontology/queries/endorsements.rq", "viz/templates/view.html",
                     "graph/serve/templates/layout.html", "graph/serve/templates/browse.css"):
        assert expected in names, expected


@pytest.mark.slow
def test_wheel_runs_in_a_clean_venv(wheel, tmp_path):
    """pip install the wheel into a new venv; kg path harris bass works from an unrelated folder."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run([venv / "bin" / "pip", "install", "-q", str(wheel)], capture_output=True, text=True)
    assert pip.returncode == 0, pip.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "PYTHON"))}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = subprocess.run([venv / "bin" / "kg", "path", "harris", "bass"], cwd=elsewhere, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Kamala Harris —endorsed→ Karen Bass")
    assert (tmp_path / "cache" / "kg" / "store" / "current").exists()
    where = subprocess.run([venv / "bin" / "python", "-c", "import graph; print(graph.__file__)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True).stdout
    assert str(venv) in where, "imported from the venv, not the checkout"
    html = subprocess.run([venv / "bin" / "kg", "viz", "--out", "view.html"], cwd=elsewhere, env=env,
                          capture_output=True, text=True)
    assert html.returncode == 0, html.stderr
    assert (elsewhere / "view.html").stat().st_size > 100_000
