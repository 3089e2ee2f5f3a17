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


SINEMA_YAML = """- id:
    bioguide: S001191
    wikidata: Q1556541
  name:
    first: Kyrsten
    last: Sinema
  terms:
  - type: rep
    start: '2013-01-03'
    end: '2015-01-03'
    state: AZ
    district: 9
    party: Democrat
"""


def test_show_tells_the_story_in_order(cli, tmp_path: Path) -> None:
    """Sinema's card in the order things happened: a member of the Democratic Party (2013),
    endorsed Biden (2020-03-04), switched to Independent (2022-12-09)."""
    (tmp_path / "e2020.csv").write_text(E2020)
    (tmp_path / "switches.csv").write_text(SWITCHES)
    (tmp_path / "legislators.yaml").write_text(SINEMA_YAML)
    data = str(tmp_path / "data")
    files = [str(tmp_path / name) for name in ("switches.csv", "e2020.csv", "legislators.yaml")]
    assert cli("import", "--data", data, *files).exit_code == 0
    card = cli("show", "sinema", "--data", data).output
    lines = [line for line in card.splitlines() if line.startswith("Kyrsten Sinema —")]
    assert lines == ["Kyrsten Sinema —member_of→ Democratic Party", "Kyrsten Sinema —endorsed→ Joe Biden",
                     "Kyrsten Sinema —party_switch→ Independent"]
