"""Human-readable and JSON renderings of paths, entity cards and statistics."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from .knowledge_graph import KnowledgeGraph, Stats
from .model import Edge, Entity, Evidence
from .ontology import relations
from .paths import Path, SharedGroup, shared_groups
from .terminal import one_line

__all__ = ["paths_text", "paths_json", "card_text", "card_json", "stats_text", "stats_json", "periods"]

_ARROWS = {"forward": ("—", "→"), "backward": ("←", "—")}


def _evidence_line(ev: Evidence) -> str:
    """One statement's evidence in one line. An imported statement's quote is already a citation
    (dataset, row, the fields that state it: graph.importers.base.citation): it is shown as it
    is, with its URL; a curated or extracted one gives date, source and the quote."""
    status = [ev.status.upper()] if ev.status != "asserted" else []
    if ev.method.startswith("imported:"):
        return " · ".join([*status, one_line(ev.quote), *([one_line(ev.url)] if ev.url else [])])
    when = ev.date or "undated"
    parts = [*status, f"{when} to {ev.end_date}" if ev.end_date else when, one_line(ev.source)]
    return f"{' · '.join(parts)}: “{one_line(ev.quote)}”"


_NEXT_TERM_WITHIN = 31  # days between one period's end and the next one's start that still make one period


def _consecutive(before: Evidence, after: Evidence) -> bool:
    """Whether `after` continues the period of `before`: both from one source with the same status,
    `after` starting at most a month after `before` ended (a new term of Congress starts days later)."""
    import datetime

    if not (before.end_date and after.date and after.end_date) or (before.source_id, before.status) != (after.source_id, after.status):
        return False
    if len(before.end_date) != 10 or len(after.date) != 10:
        return False
    gap = datetime.date.fromisoformat(after.date) - datetime.date.fromisoformat(before.end_date)
    return datetime.timedelta(0) <= gap <= datetime.timedelta(days=_NEXT_TERM_WITHIN)


def periods(evidence: Sequence[Evidence]) -> list[list[Evidence]]:
    """The evidence of one relationship in runs: consecutive terms of one membership together
    (in the order given), every other statement alone."""
    runs: list[list[Evidence]] = []
    for ev in evidence:
        if runs and _consecutive(runs[-1][-1], ev):
            runs[-1].append(ev)
        else:
            runs.append([ev])
    return runs


def _evidence_lines(evidence: Sequence[Evidence], indent: str, describe=_evidence_line) -> list[str]:
    """Each statement's line (`describe`), consecutive terms as one period with its parts under it
    ("2013-01-03 to 2022-12-08, 4 terms:"): kg show and kg path both write evidence through this."""
    lines = []
    for run in periods(evidence):
        if len(run) == 1:
            lines.append(f"{indent}{describe(run[0])}")
            continue
        status = f"{run[0].status.upper()} · " if run[0].status != "asserted" else ""
        urls = {ev.url for ev in run}
        url = f" · {one_line(run[0].url)}" if len(urls) == 1 and run[0].url else ""
        lines.append(f"{indent}{status}{run[0].date} to {run[-1].end_date}, {len(run)} terms{url}:")
        lines.extend(f"{indent}  {describe(replace(ev, url=None) if url else ev)}" for ev in run)
    return lines


def _evidence_json(ev: Evidence) -> dict[str, object]:
    return {"source": ev.source, "date": ev.date, "end_date": ev.end_date, "quote": ev.quote, "url": ev.url}


# How two people's ties to one group read as one fact; another relation to a group reads by its label.
_SHARED = {"member_of": "are both members of", "candidate_in": "were both candidates in", "party_switch": "both switched to"}


def _shared_sentence(kg: KnowledgeGraph, path: Path, shared: SharedGroup) -> str:
    first, second = path.hops[shared.index], path.hops[shared.index + 1]
    group = one_line(kg.label(shared.group))
    the = "" if group.casefold().startswith("the ") else "the "
    verb = _SHARED.get(shared.relation.name, f"are both “{shared.relation.label}”")
    return f"{one_line(kg.label(first.source))} and {one_line(kg.label(second.target))} {verb} {the}{group}"


def paths_text(kg: KnowledgeGraph, source: str, target: str, paths: Sequence[Path]) -> str:
    lines = []
    for number, path in enumerate(paths, 1):
        if len(paths) > 1:
            lines.append(f"Path {number} of {len(paths)} ({len(path.hops)} hops)")
        shared = {group.index: group for group in shared_groups(path)}
        hops = iter(enumerate(path.hops))
        for index, hop in hops:
            if index in shared:  # two hops through a party or an election: one sentence, both citations
                second = next(hops)[1]
                lines.append(_shared_sentence(kg, path, shared[index]))
                for person, evidence in ((hop.source, hop.evidence), (second.target, second.evidence)):
                    name = one_line(kg.label(person))
                    lines.extend(_evidence_lines(evidence, "    ", lambda ev, name=name: f"{name}: {_evidence_line(ev)}"))
                continue
            left, right = ("—", "—") if hop.relation.symmetric else _ARROWS[hop.direction]
            lines.append(f"{one_line(kg.label(hop.source))} {left}{hop.relation.name}{right} {one_line(kg.label(hop.target))}")
            lines.extend(_evidence_lines(hop.evidence, "    "))
        lines.append("")
    return "\n".join(lines)


def paths_json(kg: KnowledgeGraph, source: str, target: str, paths: Sequence[Path]) -> str:
    document = {
        "from": kg.label(source),
        "to": kg.label(target),
        "paths": [
            {
                "via": "shared group" if shared_groups(path) else "people",
                "cost": None if path.cost is None else round(path.cost, 3),
                "shared": [
                    {
                        "hops": [group.index, group.index + 1],
                        "relation": group.relation.name,
                        "group": kg.label(group.group),
                        "people": [kg.label(path.hops[group.index].source), kg.label(path.hops[group.index + 1].target)],
                        "text": _shared_sentence(kg, path, group),
                    }
                    for group in shared_groups(path)
                ],
                "hops": [
                    {
                        "from": kg.label(hop.source),
                        "relation": hop.relation.name,
                        "to": kg.label(hop.target),
                        "direction": hop.direction,
                        "evidence": [_evidence_json(ev) for ev in hop.evidence],
                    }
                    for hop in path.hops
                ],
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
    statements = sum(len(edge.evidence) for edge in edges)
    lines.append(f"  relationships: {len(edges)} ({statements} statement{'' if statements == 1 else 's'})")
    symmetric = {r.name for r in relations() if r.symmetric}
    for edge in edges:
        arrow = "—" if edge.relation in symmetric else "→"
        lines.append(f"{one_line(kg.label(edge.subject))} —{edge.relation}{arrow} {one_line(kg.label(edge.object))}")
        lines.extend(_evidence_lines(edge.evidence, "    ", _with_qualifiers))
    return "\n".join(lines) + "\n"


def _with_qualifiers(ev: Evidence) -> str:
    """The evidence line with the statement's party left and election, for kg show."""
    extra = [f"from {one_line(ev.from_party)}" if ev.from_party else "", f"in {one_line(ev.election)}" if ev.election else ""]
    qualifiers = f" ({'; '.join(x for x in extra if x)})" if any(extra) else ""
    return f"{_evidence_line(ev)}{qualifiers}"


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
    lines.append(f"  {'in a relationship':<16}{stats.linked_entities:>5}")
    lines.append("relationships        all  asserted  statements")
    columns = (stats.relationships_by_relation, stats.edges_by_relation, stats.statements_by_relation)
    for name in stats.relationships_by_relation:
        all_, asserted, statements = (column[name] for column in columns)
        lines.append(f"  {name:<16}{all_:>6}{asserted:>10}{statements:>12}")
    all_, asserted, statements = (sum(column.values()) for column in columns)
    lines.append(f"  {'total':<16}{all_:>6}{asserted:>10}{statements:>12}")
    lines.append("statements by status")
    lines += [f"  {name:<16}{count:>6}" for name, count in stats.statements_by_status.items()]
    lines.append(f"sources           {stats.sources:>6}")
    lines.append(f"triples           {stats.triples:>6}")
    return "\n".join(lines) + "\n"


def stats_json(stats: Stats) -> str:
    return json.dumps(stats.__dict__, indent=2) + "\n"


