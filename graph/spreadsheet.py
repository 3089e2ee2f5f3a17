"""CSV and TSV meant for people: cells a spreadsheet would run as formulas are made text.

OWASP's CSV Injection advice: a cell beginning with =, +, - or @, a tab or a carriage return
is read as a formula by Excel, LibreOffice and Google Sheets; prefixing it with a single quote
makes it text. OWASP ASVS 5.0 (1.2.10) adds the null character. A negative number such as -5
becomes '-5 too. kg's own data files are not written through here: they must read back exactly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

__all__ = ["FORMULA_STARTS", "neutralise", "neutralise_rows", "neutralise_sparql_csv", "neutralise_sparql_tsv"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def neutralise(cell: object) -> object:
    """`cell` with a ' in front when it is text a spreadsheet would take for a formula."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def neutralise_rows(rows: Iterable[Sequence[object]]) -> Iterable[list[object]]:
    """Every cell of every row neutralised."""
    return ([neutralise(cell) for cell in row] for row in rows)


def neutralise_sparql_csv(solutions) -> str:
    """SPARQL 1.1 CSV results of pyoxigraph QuerySolutions, every cell neutralised: the
    variable names, then per solution an IRI as itself, a literal's lexical form, a blank node
    as _:id and an unbound variable as an empty cell; RFC 4180 quoting and CRLF, as Oxigraph
    writes it."""
    import pyoxigraph as ox

    def cell(term) -> str:
        if term is None:
            return ""
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value

    names = [v.value for v in solutions.variables]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows(neutralise_rows([cell(solution[name]) for name in names] for solution in solutions))
    return out.getvalue()


def neutralise_sparql_tsv(text: str) -> str:
    """SPARQL 1.1 TSV results with every cell neutralised. TSV has no quoting: tabs and line
    breaks inside a literal are escaped as \\t and \\n, so cells split on them exactly. A literal
    cell is "text" in RDF syntax; spreadsheets drop those quotes, so the text inside them is
    what is neutralised ('"=1+1"' becomes '"\\'=1+1"')."""
    lines = text.split("\n")
    for i, line in enumerate(lines[1:], 1):
        cells = line.split("\t")
        for j, cell in enumerate(cells):
            if cell.startswith('"') and cell[1:].startswith(FORMULA_STARTS):
                cells[j] = "\"'" + cell[1:]
            else:
                cells[j] = neutralise(cell)
        lines[i] = "\t".join(cells)
    return "\n".join(lines)
