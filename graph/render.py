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


def _evidence_lines(
    evidence: Sequence[Evidence], indent: str, describe=_evidence_line, context=None, outlets=None
) -> list[str]:
    """Each statement's line (`describe`), consecutive terms as one period with its parts under it
    ("2013-01-03 to 2022-12-08, 4 terms:"): kg show and kg path both write evidence through this.
    `context` (from `_context`) gives the lines of source text shown under a statement;
    `outlets` (KnowledgeGraph.source_outlets) names the original of a copy's statement."""
    if outlets:
        plain = describe

        def describe(ev: Evidence) -> str:
            original = outlets.get(ev.source_id)
            copy = original is not None and original.original_name is not None
            return f"{plain(ev)} · copy of {one_line(original.original_name)}" if copy else plain(ev)

    lines = []
    for run in periods(evidence):
        if len(run) == 1:
            lines.append(f"{indent}{describe(run[0])}")
            lines.extend(f"{indent}    {line}" for line in (context(run[0]) if context else ()))
            continue
        status = f"{run[0].status.upper()} · " if run[0].status != "asserted" else ""
        urls = {ev.url for ev in run}
        url = f" · {one_line(run[0].url)}" if len(urls) == 1 and run[0].url else ""
        lines.append(f"{indent}{status}{run[0].date} to {run[-1].end_date}, {len(run)} terms{url}:")
        lines.extend(f"{indent}  {describe(replace(ev, url=None) if url else ev)}" for ev in run)
    return lines


def _context(kg: KnowledgeGraph, evidence: Sequence[Evidence], sentences: int):
    """For --context N: a function giving a statement's quote in its sentence and `sentences` more
    on each side, the quote between « and », as one line; None when N is 0. Imported statements
    quote a dataset's row, not a sentence: they get none."""
    if sentences <= 0:
        return None
    from .sources import passage, quote_span, source_texts

    texts = source_texts(kg, {ev.source_id for ev in evidence if not ev.method.startswith("imported:")})

    def lines(ev: Evidence) -> list[str]:
        text = texts.get(ev.source_id) if not ev.method.startswith("imported:") else None
        span = quote_span(ev, text) if text else None
        if span is None:
            return []
        found = passage(text, span, sentences)
        marked = f"{found.text[:found.start]}«{found.text[found.start:found.end]}»{found.text[found.end:]}"
        return [f"{'… ' if found.before else ''}{one_line(marked)}{' …' if found.after else ''}"]

    return lines


def _evidence_json(ev: Evidence) -> dict[str, object]:
    span = {"start": ev.span[0], "end": ev.span[1]} if ev.span else None
    return {"source": ev.source, "source_id": ev.source_id, "date": ev.date, "end_date": ev.end_date,
            "quote": ev.quote, "url": ev.url, "span": span}  # fmt: skip


def _corroboration_line(evidence: Sequence[Evidence], outlets) -> str:
    """"N sources, M independent outlets" behind a relationship's asserted statements."""
    from .corroboration import corroboration

    return corroboration(evidence, outlets).text()


# How two people's ties to one group read as one fact; another relation to a group reads by its label.
_SHARED = {"member_of": "are both members of", "candidate_in": "were both candidates in", "party_switch": "both switched to"}


def _shared_sentence(kg: KnowledgeGraph, path: Path, shared: SharedGroup) -> str:
    first, second = path.hops[shared.index], path.hops[shared.index + 1]
    group = one_line(kg.label(shared.group))
    the = "" if group.casefold().startswith("the ") else "the "
    verb = _SHARED.get(shared.relation.name, f"are both “{shared.relation.label}”")
    return f"{one_line(kg.label(first.source))} and {one_line(kg.label(second.target))} {verb} {the}{group}"


def paths_text(kg: KnowledgeGraph, source: str, target: str, paths: Sequence[Path], context: int = 0) -> str:
    """`context`: sentences of source text shown around each quote (kg path --context)."""
    lines = []
    around = _context(kg, [ev for path in paths for hop in path.hops for ev in hop.evidence], context)
    outlets = kg.source_outlets(ev.source_id for path in paths for hop in path.hops for ev in hop.evidence)
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
                    lines.append(f"    {name}: {_corroboration_line(evidence, outlets)}")
                    lines.extend(_evidence_lines(evidence, "    ", lambda ev, name=name: f"{name}: {_evidence_line(ev)}", around, outlets))
                continue
            left, right = ("—", "—") if hop.relation.symmetric else _ARROWS[hop.direction]
            lines.append(f"{one_line(kg.label(hop.source))} {left}{hop.relation.name}{right} {one_line(kg.label(hop.target))}")
            lines.append(f"    {_corroboration_line(hop.evidence, outlets)}")
            lines.extend(_evidence_lines(hop.evidence, "    ", context=around, outlets=outlets))
        lines.append("")
    return "\n".join(lines)


def paths_json(kg: KnowledgeGraph, source: str, target: str, paths: Sequence[Path]) -> str:
    from .corroboration import corroboration

    outlets = kg.source_outlets(ev.source_id for path in paths for hop in path.hops for ev in hop.evidence)
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
                        "outlets": corroboration(hop.evidence, outlets).outlets,
                        "evidence": [_evidence_json(ev) for ev in hop.evidence],
                    }
                    for hop in path.hops
                ],
            }
            for path in paths
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def card_text(kg: KnowledgeGraph, entity: Entity, edges: Sequence[Edge], context: int = 0) -> str:
    """`context`: sentences of source text shown around each quote (kg show --context)."""
    around = _context(kg, [ev for edge in edges for ev in edge.evidence], context)
    outlets = kg.source_outlets(ev.source_id for edge in edges for ev in edge.evidence)
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
        if any(ev.status == "asserted" for ev in edge.evidence):
            lines.append(f"    {_corroboration_line(edge.evidence, outlets)}")
        lines.extend(_evidence_lines(edge.evidence, "    ", _with_qualifiers, around, outlets))
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


