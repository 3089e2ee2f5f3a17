"""Commands import only what they use: `kg path` and `kg query` stay light."""

import json
import subprocess
import sys

import pytest

HEAVY = ("rdflib", "pyshacl", "pyvis", "IPython", "networkx", "rapidfuzz", "pydantic", "jinja2")

_PROBE = """
import contextlib, io, json, sys
from graph.cli import main
args, heavy = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sys.argv = ["kg", *args]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit as done:
        assert not done.code, done.code
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy)))
"""


@pytest.mark.parametrize(
    "args",
    [
        ["path", "harris", "bass"],
        ["query", "ASK { ?s ?p ?o }"],
        ["show", "bass"],
    ],
)
def test_light_commands_import_nothing_heavy(tmp_path, args):
    """No rdflib, pyvis, IPython, networkx, rapidfuzz or pydantic on the path of these commands."""
    env = {"KG_STORE": str(tmp_path / "store"), "PATH": "/usr/bin:/bin"}
    probe = [sys.executable, "-c", _PROBE, json.dumps(args), json.dumps(HEAVY)]
    done = subprocess.run(probe, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == []
