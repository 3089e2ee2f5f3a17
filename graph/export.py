"""Write the whole graph out: RDF serializations, or a CSV with one row per asserted statement."""

from __future__ import annotations

import pyoxigraph as ox

from . import sparql
from .knowledge_graph import KnowledgeGraph
from .namespaces import PREFIXES

__all__ = ["EXPORT_FORMATS", "CSV_HEADER", "export"]

EXPORT_FORMATS = ("ttl", "nt", "jsonld", "csv")
CSV_HEADER = ("subject", "relation", "object", "date", "source", "quote")

_RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


def export(kg: KnowledgeGraph, fmt: str, *, raw: bool = False) -> str:
    """The graph in `fmt` (one of EXPORT_FORMATS), deterministic: the same graph gives the same text.
    The csv is for spreadsheets: cells that would run as formulas are made text unless `raw`."""
    if fmt == "csv":
        return _csv(kg, raw)
    triples = sorted(sparql.select(kg.store, "all_triples"), key=str)
    prefixes = PREFIXES if fmt == "ttl" else None
    return ox.serialize(triples, format=_RDF_FORMATS[fmt], prefixes=prefixes).decode("utf-8")


def _csv(kg: KnowledgeGraph, raw: bool) -> str:
    """subject,relation,object,date,source,quote — asserted statements only, entity labels as names."""
    rows = sorted(
        (kg.label(s), relation, kg.label(o), ev.date or "", ev.source, ev.quote)
        for s, relation, o, ev in kg.statements(status="asserted")
    )
    from .datafiles import csv_text
    from .spreadsheet import neutralise_rows

    return csv_text([CSV_HEADER, *(rows if raw else neutralise_rows(rows))])
