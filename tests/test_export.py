"""Exports: deterministic RDF that round-trips, and the statement CSV."""

import csv
import io

import pytest
import rdflib

from graph.export import CSV_HEADER, export


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_exports_round_trip(mini_kg, fmt, rdflib_format):
    """Each RDF export parses back (rdflib) to exactly the triples in the store."""
    text = export(mini_kg, fmt)
    assert text == export(mini_kg, fmt), "deterministic"
    parsed = rdflib.Graph().parse(data=text, format=rdflib_format)
    assert len(parsed) == len(mini_kg.store)


def test_csv_has_one_row_per_asserted_statement(mini_kg):
    """Header as documented; negated statements are not rows; labels, not ids."""
    rows = list(csv.reader(io.StringIO(export(mini_kg, "csv"))))
    assert tuple(rows[0]) == CSV_HEADER
    assert rows[1:] == [
        ["Ann Example", "endorsed", "Bob Sample", "2024-03-04", "Example Times: A short note", "Ann Example endorsed Bob Sample on Monday."],
        ["Bob Sample", "party_switch", "Tory Party", "2024", "Example Times: A short note", "Bob Sample, a former Whig who joined the Tories"],
        ["Bob Sample", "rival_of", "Cy Third", "2024-03-04", "Example Times: A short note", "faces Cy Third"],  # its source's date
    ]
