"""kg import, kg resolve, kg show --as-of and kg export --format graphml through the CLI."""

from __future__ import annotations

from pathlib import Path

from .test_importers import E2020, SWITCHES


def test_import_show_as_of_resolve_export(cli, tmp_path: Path) -> None:
    (tmp_path / "e2020.csv").write_text(E2020)
    (tmp_path / "switches.csv").write_text(SWITCHES)
    data = str(tmp_path / "data")
    result = cli("import", "--data", data, str(tmp_path / "e2020.csv"), str(tmp_path / "switches.csv"))
    assert result.exit_code == 0, result.output
    assert cli("validate", "--data", data).exit_code == 0
    early = cli("show", "sinema", "--data", data, "--as-of", "2021").output
    late = cli("show", "sinema", "--data", data, "--as-of", "2023").output
    assert "endorsed" in early and "party_switch" not in early and "party_switch" in late
    assert cli("resolve", "--data", data).exit_code == 0
    assert "<graphml" in cli("export", "--data", data, "--format", "graphml").output


def test_import_refuses_shipped_data(cli, tmp_path: Path) -> None:
    (tmp_path / "e2020.csv").write_text(E2020)
    result = cli("import", str(tmp_path / "e2020.csv"))
    assert result.exit_code != 0 and "read-only" in result.output
