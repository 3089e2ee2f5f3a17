"""kg viz: HTML network views."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import errors
from .app import (
    AsOfOption, DataOption, EndpointOption, RelationsOption, StoreOption,
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
        Optional[int], typer.Option("--max-nodes", help="With --around: at most this many entities, the best connected. Default 200.")
    ] = None,
    as_of: AsOfOption = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Heading of the page.")] = None,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Write a self-contained HTML network of the graph: opens offline, one colour per relation
    type with a legend and checkboxes, a search box for any name or alias, evidence in tooltips
    and a side panel. Claims that are only disputed or negated are drawn faded. A graph of more
    than 5,000 entities is refused (exit 8): draw a neighbourhood with --around instead.

    Example: kg viz --out seed-graph.html · kg viz -r endorsed,rival_of -o endorsements.html
    · kg viz --around bass --hops 1 -o bass.html · kg viz --as-of 2022-08-01 -o early.html
    """
    from ..asof import parse_as_of
    from ..ontology import parse_relations
    from ..subgraph import neighbourhood, whole_graph

    if around is None and (hops is not None or max_nodes is not None):
        raise errors.InvalidArgument("--hops and --max-nodes go with --around NAME")
    kg = _open(store, data, endpoint)
    wanted = parse_relations(relations)
    date = parse_as_of(as_of) if as_of is not None else None
    if around is None:
        view = whole_graph(kg, relations=wanted, as_of=date)
    else:
        centre = kg.resolve(around)
        view = neighbourhood(kg, [centre], hops=2 if hops is None else hops,
                             max_nodes=200 if max_nodes is None else max_nodes, relations=wanted, as_of=date)
        title = title or f"kg: around {kg.label(centre)}"
    _write_view(view, wanted, title or "kg: political relationships", out, date)
