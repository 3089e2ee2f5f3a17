"""Human-readable and JSON renderings of paths, entity cards and statistics."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .knowledge_graph import KnowledgeGraph, Stats
from .model import Edge, Entity, Evidence
from .ontology import relations
from .paths import Path
from .terminal import one_line

__all__ = ["paths_text", "paths_json", "card_text", "card_json", "stats_text", "stats_json"]

_ARROWS = {"forward": ("—", "→"), "backward": ("←", "—")}


def _evidence_line(ev: Evidence) -> str:
    when = ev.date or "undated"
    parts = [f"{when} to {ev.end_date}" if ev.end_date else when, one_line(ev.source)]
    if ev.status != "asserted":
        parts.insert(0, ev.status.upper())
    return f"{' · '.join(parts)}: “{one_line(ev.quote)}”"


def _evidence_json(ev: Evidence) -> dict[str, object]:
    return {"source": ev.source, "date": ev.date, "end_date": ev.end_date, "quote": ev.quote, "url": ev.url}


def paths_text(kg: KnowledgeGraph, source: str, target: str, paths: Sequence[Path]) -> str:
    lines = []
    for number, path in enumerate(paths, 1):
        if len(paths) > 1:
            lines.append(f"Path {number} of {len(paths)} ({len(path.hops)} hops)")
        for hop in path.hops:
            left, right = ("—", "—") if hop.relation.symmetric else _ARROWS[hop.direction]
            lines.append(f"{one_line(kg.label(hop.source))} {left}{hop.relation.name}{right} {one_line(kg.label(hop.target))}")
            lines.extend(f"    {_evidence_line(ev)}" for ev in hop.evidence)
        lines.append("")
    return "\n".join(lines)


def paths_json(kg: KnowledgeGraph, source: str, target: str, paths: Sequence[Path]) -> str:
    document = {
        "from": kg.label(source),
        "to": kg.label(target),
        "paths": [
            {
                "hops": [
                    {
                        "from": kg.label(hop.source),
                        "relation": hop.relation.name,
                        "to": kg.label(hop.target),
                        "direction": hop.direction,
                        "evidence": [_evidence_json(ev) for ev in hop.evidence],
                    }
                    for hop in path.hops
                ]
            }
            for path in paths
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def card_text(kg: KnowledgeGraph, entity: Entity, edges: Sequence[Edge]) -> str:
    lines = [one_line(entity.label), f"  type: {entity.type}", f"  id: {entity.id}"]
    if entity.aliases:
        lines.append(f"  aliases: {one_line(', '.join(entity.aliases))}")
    if entity.wikidata:
        lines.append(f"  wikidata: {entity.wikidata}")
    if entity.description:
        lines.append(f"  about: {one_line(entity.description)}")
    lines.append(f"  relationships: {len(edges)}")
    symmetric = {r.name for r in relations() if r.symmetric}
    for edge in edges:
        arrow = "—" if edge.relation in symmetric else "→"
        lines.append(f"{one_line(kg.label(edge.subject))} —{edge.relation}{arrow} {one_line(kg.label(edge.object))}")
        for ev in edge.evidence:
            extra = [f"from {one_line(ev.from_party)}" if ev.from_party else "", f"in {one_line(ev.election)}" if ev.election else ""]
            qualifiers = f" ({'; '.join(x for x in extra if x)})" if any(extra) else ""
            lines.append(f"    {_evidence_line(ev)}{qualifiers}")
    return "\n".join(lines) + "\n"


def card_json(kg: KnowledgeGraph, entity: Entity, edges: Sequence[Edge]) -> str:
    document = {
        "id": entity.id,
        "label": entity.label,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "wikidata": entity.wikidata,
        "description": entity.description,
        "relationships": [
            {
                "subject": kg.label(edge.subject),
                "relation": edge.relation,
                "object": kg.label(edge.object),
                "statements": [
                    {**_evidence_json(ev), "status": ev.status, "method": ev.method,
                     "confidence": ev.confidence, "election": ev.election, "from_party": ev.from_party}
                    for ev in edge.evidence
                ],
            }
            for edge in edges
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def stats_text(stats: Stats) -> str:
    lines = ["entities"]
    lines += [f"  {name:<16}{count:>6}" for name, count in stats.entities_by_type.items()]
    lines.append(f"  {'total':<16}{sum(stats.entities_by_type.values()):>6}")
    lines.append("relationships      edges  statements")
    for name, count in stats.edges_by_relation.items():
        lines.append(f"  {name:<16}{count:>6}{stats.statements_by_relation[name]:>12}")
    lines.append(
        f"  {'total':<16}{sum(stats.edges_by_relation.values()):>6}{sum(stats.statements_by_relation.values()):>12}"
    )
    lines.append("statements by status")
    lines += [f"  {name:<16}{count:>6}" for name, count in stats.statements_by_status.items()]
    lines.append(f"sources           {stats.sources:>6}")
    lines.append(f"triples           {stats.triples:>6}")
    return "\n".join(lines) + "\n"


def stats_json(stats: Stats) -> str:
    return json.dumps(stats.__dict__, indent=2) + "\n"


