"""The probe benchmark (benchmarks/probes.py): its file parses, its statements read as written,
and a run reports what the extractor asserts for each set of names."""

from pathlib import Path

from benchmarks.probes import Statement, load, run
from graph.news import Extractor
from tests.conftest import us_parties

PROBES = Path(__file__).resolve().parents[1] / "benchmarks" / "probes.yaml"


def test_the_probe_file_parses_and_each_probe_names_its_slots():
    names, probes = load(PROBES)
    assert names and all(len(n) == 3 for n in names)
    for probe in probes:
        for statement in [*probe.get("expect", []), *probe.get("never", [])]:
            parsed = Statement.parse(statement)
            assert parsed.subject in ("A", "B", "C") and "{" + parsed.subject + "}" in probe["text"], probe


def test_a_statement_reads_a_switch_with_its_party_left_and_matches_rivals_either_way():
    switch = Statement.parse("A party_switch Republican Party <- Democratic Party")
    assert (switch.object, switch.from_party) == ("Republican Party", "Democratic Party")
    rivals = Statement.parse("A rival_of B").filled({"A": "X Y", "B": "Z W"})
    assert rivals.matches(Statement("Z W", "rival_of", "X Y")) and not rivals.matches(Statement("Z W", "endorsed", "X Y"))


def test_a_run_fills_each_set_of_names_and_reads_what_is_asserted():
    probes = [{"text": "{A} endorsed {B} on Monday.", "expect": ["A endorsed B"]},
              {"text": "{A} declined to endorse {B}.", "never": ["A endorsed B"]}]
    names = [["Dana Whitfield", "Marcus Bell", "Carla Ruiz"], ["Liam O'Connell", "Maria de la Cruz", "J.D. Hartley"]]
    results = list(run(Extractor(us_parties()), names, probes))
    assert len(results) == 4
    for probe, people, expected, never, produced in results:
        if expected:
            assert expected[0] == Statement(people[0], "endorsed", people[1]) and any(expected[0].matches(p) for p in produced)
        else:
            assert not any(never[0].matches(p) for p in produced)
