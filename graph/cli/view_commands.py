"""kg viz: HTML network views."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import errors
from .app import (
    AsOfOption, DataOption, IncludeUndatedOption, EndpointOption, RelationsOption, StoreOption,
    _open, _write_view, command,
)  # fmt: skip


@command()
def viz(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write (- for stdout).")] = Path("kg.html"),
    relations: RelationsOption = None,
    around: Annotated[
        Optional[str], typer.Option("--around", metavar="NAME", help="Only the neighbourhood of this entity (a name, alias or id).")
    ] = None,
    hops: Annotated[Optional[int], typer.Option("--hops", help="With --around: how many links out to go. Default 2.")] = None,
    max_nodes: Annotated[
        Optional[int], typer.Option("--max-nodes", help="With --around: at most this many entities, the most relevant to NAME. Default 60.")
    ] = None,
    as_of: AsOfOption = None,
    include_undated: IncludeUndatedOption = False,
    title: Annotated[Optional[str], typer.Option("--title", help="Heading of the page.")] = None,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Write a self-contained HTML network of the graph: opens offline, one colour per relation
    type with a legend and checkboxes, a search box for any name or alias, evidence in a side
    panel. Claims that are only disputed or negated are drawn faded. Each person's
    party is the ring of their dot (member_of edges behind a checkbox); a race of three or more
    candidates is drawn as its election. A whole graph of more than 300 entities is refused
    (exit 8), as no one could read it: draw a neighbourhood with --around NAME instead.

    Example: kg viz --out seed-graph.html · kg viz -r endorsed,rival_of -o endorsements.html
    · kg viz --around bass --hops 1 -o bass.html · kg viz --as-of 2022-08-01 -o early.html
    """
    from ..asof import as_of_option
    from ..ontology import parse_relations
    from ..subgraph import DEFAULT_AROUND_NODES, neighbourhood, whole_graph

    if around is None and (hops is not None or max_nodes is not None):
        raise errors.InvalidArgument("--hops and --max-nodes go with --around NAME")
    kg = _open(store, data, endpoint)
    wanted = parse_relations(relations)
    date = as_of_option(as_of, include_undated)
    if around is None:
        from viz.page import MAX_READABLE_NODES

        view = whole_graph(kg, relations=wanted, as_of=date, max_nodes=MAX_READABLE_NODES)
    else:
        centre = kg.resolve(around)
        view = neighbourhood(kg, [centre], hops=2 if hops is None else hops,
                             max_nodes=DEFAULT_AROUND_NODES if max_nodes is None else max_nodes, relations=wanted, as_of=date)
        title = title or f"kg: around {kg.label(centre)}"
    _write_view(kg, view, wanted, title or "kg: political relationships", out, date)
