"""Every command has help that says what it does."""

import pytest
from typer.main import get_command

from graph.cli import app

COMMANDS = sorted(get_command(app).commands)


def test_the_commands_exist():
    """The commands of the seed-graph milestone are all there."""
    assert set(COMMANDS) >= {"build", "path", "query", "show", "viz", "export", "validate", "stats"}


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(cli, name):
    """`kg NAME --help` exits 0 with a description and the --store/--data options where relevant."""
    result = cli(name, "--help")
    assert result.exit_code == 0
    assert get_command(app).commands[name].help, name
    assert "Usage: kg " + name in result.stdout


def test_top_level_help_lists_exit_codes(cli):
    """kg --help documents the exit codes."""
    out = cli("--help").stdout
    assert "Exit codes: 0 ok" in out and "4 no path" in out


def test_version(cli) -> None:
    """kg --version prints the installed distribution's version and exits 0."""
    from importlib.metadata import version

    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout == f"kg {version('kg-politics')}\n"
