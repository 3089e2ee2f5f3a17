"""The README's commands and examples are the ones that work."""

import re
from pathlib import Path

from graph.query import render, run_query

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CI = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")


def _blocks(lang):
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def test_readme_opens_with_the_two_commands():
    """First the main job (path + viz), then the test command, which .ci/run runs as written."""
    main_job, tests = _blocks("sh")[:2]
    assert "kg path harris bass" in main_job and "kg viz --out" in main_job
    assert "pytest" in tests
    assert tests.strip() in CI


def test_console_examples_match_real_output(cli):
    """Every non-elided line of the console block is printed by the command above it."""
    (console,) = _blocks("console")
    for chunk in console.split("$ ")[1:]:
        command, *expected = chunk.strip().splitlines()
        args = command.split()[1:]
        out = cli(*args).stdout.splitlines()
        for line in expected:
            if line.strip() != "...":
                assert line in out, (command, line)


def test_sparql_example_runs(seed_kg):
    """The README's SPARQL example answers with Bass's endorsers."""
    (query,) = _blocks("sparql")
    table = render(run_query(seed_kg.store, query), "csv")
    assert "Kamala Harris" in table and "Samuel L. Jackson" in table
