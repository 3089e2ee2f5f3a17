"""Text, CSV and JSON renderings of extraction results and of evaluation reports."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..terminal import one_line
from .model import Candidate, EntityRef

if TYPE_CHECKING:
    from .evaluate import Report

__all__ = ["CSV_HEADER", "candidates_csv", "candidates_json", "candidates_table", "report_text", "report_json"]

CSV_HEADER = ("subject", "relation", "object", "date", "source", "quote", "rule", "confidence")


def _name(ref: EntityRef | None) -> str:
    return "" if ref is None else one_line(ref.label) + ("*" if ref.new else "")


def candidates_csv(candidates: Iterable[Candidate], *, raw: bool = False) -> str:
    """One row per asserted candidate: subject,relation,object,date,source,quote,rule,confidence;
    cells that would run as formulas in a spreadsheet are made text unless `raw`. A candidate
    whose quote is over the field limit of data files (see too_long) is left out."""
    from ..datafiles import csv_text
    from ..spreadsheet import neutralise_rows

    rows = [
        (c.subject.label, c.relation, c.object.label, c.date, c.source, c.quote, c.rule, f"{c.confidence:g}")
        for c in candidates if c.status == "asserted" and not too_long(c)
    ]
    return csv_text([CSV_HEADER, *(rows if raw else neutralise_rows(rows))])


def too_long(candidate: Candidate) -> bool:
    """Whether the candidate's quote is over the field limit of data files (and of CSV output)."""
    from ..datafiles import field_fits

    return not field_fits(candidate.quote)


def _ref_json(ref: EntityRef | None) -> dict[str, object] | None:
    if ref is None:
        return None
    return {"id": ref.id, "label": ref.label, "type": ref.type, "new": ref.new}


def candidates_json(candidates: Iterable[Candidate]) -> str:
    """Every candidate, asserted or not, with its entities' ids, types and whether they are new."""
    items = [
        {
            "subject": _ref_json(c.subject), "relation": c.relation, "object": _ref_json(c.object),
            "from_party": _ref_json(c.from_party), "election": _ref_json(c.election), "date": c.date,
            "status": c.status, "source": c.source, "quote": c.quote, "rule": c.rule, "confidence": c.confidence,
        }  # fmt: skip
        for c in candidates
    ]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def candidates_table(candidates: list[Candidate]) -> str:
    """Readable lines: the statement, then its date, confidence, rule and quote."""
    lines: list[str] = []
    for c in candidates:
        status = "" if c.status == "asserted" else f" ({c.status})"
        left = f" (from {_name(c.from_party)})" if c.from_party else ""
        lines.append(f"{_name(c.subject)} —{c.relation}{status}→ {_name(c.object)}{left}")
        meta = " · ".join(x for x in (c.date, one_line(c.source), f"{c.confidence:g}", c.rule) if x)
        lines.append(f"    {meta}: “{one_line(c.quote)}”")
    if any(ref is not None and ref.new for c in candidates for ref in (c.subject, c.object, c.from_party)):
        lines.append("* new entity: not in the graph yet")
    return "\n".join(lines) + ("\n" if lines else "")


def report_text(report: Report) -> str:
    """Scores per relation and overall, how many ambiguous readings were produced, then the
    misses, false hits and denied hits."""
    lines = [f"{'relation':14} {'gold':>5} {'found':>5} {'pred':>5} {'right':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for s in (*report.scores, report.overall):
        lines.append(
            f"{s.relation:14} {s.gold:5d} {s.found:5d} {s.predicted:5d} {s.correct:5d} "
            f"{s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}"
        )
    if report.unscored:
        lines.append("not scored (the gold has none): " + ", ".join(f"{r} ({n})" for r, n in report.unscored.items()))
    lines.append(f"ambiguous readings produced (counted neither way): {len(report.ambiguous_hits)}")
    lines.append(f"\nmisses ({len(report.misses)}):")
    for g in report.misses:
        obj = f"{g.from_party}->{g.object}" if g.from_party else g.object
        lines.append(f"  {g.article}: {g.subject} —{g.relation}→ {obj}  “{g.evidence}”")
    lines.append(f"\nfalse hits ({len(report.false_hits)}):")
    for c in report.false_hits:
        lines.append(f"  {c.source}: {_name(c.subject)} —{c.relation}→ {_name(c.object)} [{c.rule} {c.confidence:g}]  “{c.quote}”")
    lines.append(f"\ndenied but produced ({len(report.denied_hits)}):")
    for g, c in report.denied_hits:
        lines.append(f"  {g.article}: {g.subject} —{g.relation}→ {g.object} [{c.rule}]  “{c.quote}”")
    return "\n".join(lines) + "\n"


def report_json(report: Report) -> str:
    def score(s) -> dict[str, object]:
        return {"relation": s.relation, "gold": s.gold, "found": s.found, "predicted": s.predicted,
                "correct": s.correct, "precision": round(s.precision, 4), "recall": round(s.recall, 4),
                "f1": round(s.f1, 4)}  # fmt: skip

    document = {
        "relations": [score(s) for s in report.scores],
        "overall": score(report.overall),
        "unscored": report.unscored,
        "ambiguous_produced": len(report.ambiguous_hits),
        "misses": [{"article": g.article, "subject": g.subject, "relation": g.relation, "object": g.object,
                    "from_party": g.from_party, "evidence": g.evidence} for g in report.misses],
        "false_hits": json.loads(candidates_json(report.false_hits)),
        "denied_hits": [{"article": g.article, "subject": g.subject, "relation": g.relation, "object": g.object,
                         "rule": c.rule, "quote": c.quote} for g, c in report.denied_hits],
    }  # fmt: skip
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
