"""kg from Python: a notebook's or a script's way into the graph.

>>> import graph
>>> kg = graph.open()                      # the shipped corpus; graph.open("mydata") for yours
>>> print(kg.path("harris", "bass"))       # doctest: +ELLIPSIS
Kamala Harris —endorsed→ Karen Bass
    3 sources, 3 independent outlets
    2022-08-02 · Axios 2022-08-02: “President Biden and Vice President Harris issued a rare joint endorsement...
>>> rows = kg.query("SELECT ?who WHERE { ?w pol:endorsed ent:karen-bass ; rdfs:label ?who } ORDER BY ?who")
>>> rows.columns, rows[0]["who"], len(rows)
(['who'], 'Jennifer Garner', 7)

`rows.to_pandas()` gives a DataFrame (with pandas installed: `pip install 'kg-politics[notebook]'`),
`kg.to_networkx(around="bass")` a networkx graph, and `kg.view(around="bass")` a view that a
notebook draws inline (`_repr_html_`) and `.save("bass.html")` writes. Names resolve as on the
command line; errors are graph.errors' typed exceptions. Every method that takes `as_of` takes
a date as `kg ... --as-of` does (YYYY, YYYY-MM or YYYY-MM-DD) and `include_undated`.
"""

from __future__ import annotations

import html as html_text
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any

from .asof import as_of_option
from .knowledge_graph import KnowledgeGraph
from .model import Edge, Entity
from .paths import Path

__all__ = ["open", "Graph", "Rows", "Paths", "Card", "View"]


def open(data: str | FilePath | None = None, *, store: str | FilePath | None = None,
         endpoint: str | None = None) -> Graph:
    """The graph of the data directory `data` (default: the corpus shipped with kg), built into
    `store` (default: kg's cache, as for the command line) when missing or stale; or the graph
    at a SPARQL `endpoint` (configured by the KG_ENDPOINT_* variables, as for `kg --endpoint`)."""
    from .opening import open_graph

    return Graph(open_graph(None if store is None else FilePath(store),
                            None if data is None else FilePath(data), endpoint))


class Rows(list):
    """A query's answer: one dict per row, column name to value (text, or an entity's IRI);
    `columns` in the query's order."""

    def __init__(self, columns: Sequence[str], rows: Iterable[dict[str, str | None]]) -> None:
        super().__init__(rows)
        self.columns = list(columns)

    def to_pandas(self):  # -> pandas.DataFrame
        """The rows as a pandas DataFrame (pandas is an optional extra: kg-politics[notebook])."""
        try:
            import pandas
        except ImportError:
            raise ImportError("to_pandas needs pandas: pip install 'kg-politics[notebook]'") from None
        return pandas.DataFrame(list(self), columns=self.columns)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html_text.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html_text.escape(str(row.get(c) or ''))}</td>" for c in self.columns) + "</tr>"
            for row in self
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


@dataclass(frozen=True)
class Paths:
    """The paths `Graph.path` found: printed as `kg path` prints them; one row per hop in `rows()`."""

    graph: Graph
    source: str
    target: str
    paths: tuple[Path, ...]

    def __str__(self) -> str:
        from .render import paths_text

        return paths_text(self.graph.kg, self.source, self.target, self.paths).rstrip("\n")

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, index: int) -> Path:
        return self.paths[index]

    def rows(self) -> Rows:
        """One row per hop: path number, hop number, from, relation, to, direction, statements."""
        label = self.graph.kg.label
        return Rows(
            ["path", "hop", "from", "relation", "to", "direction", "statements"],
            ({"path": number, "hop": index, "from": label(hop.source), "relation": hop.relation.name,
              "to": label(hop.target), "direction": hop.direction, "statements": len(hop.evidence)}
             for number, path in enumerate(self.paths, 1) for index, hop in enumerate(path.hops, 1)),
        )

    def view(self) -> View:
        """The paths drawn in bold, their neighbours pale around them (as `kg path --html`)."""
        from .subgraph import path_context

        graph = self.graph
        subgraph = path_context(graph.kg, self.paths)
        return graph._view(subgraph, f"kg: {graph.kg.label(self.source)} to {graph.kg.label(self.target)}", None)


@dataclass(frozen=True)
class Card:
    """An entity and its relationships, printed as `kg show` prints them."""

    graph: Graph
    entity: Entity
    edges: tuple[Edge, ...]

    def __str__(self) -> str:
        from .render import card_text

        return card_text(self.graph.kg, self.entity, self.edges).rstrip("\n")


@dataclass(frozen=True)
class View:
    """A self-contained HTML page drawing part of the graph: inline in Jupyter, or saved."""

    html: str
    title: str

    def save(self, file: str | FilePath) -> FilePath:
        """Write the page to `file` (created with the user's umask) and return its path."""
        from .fileio import write_atomic

        target = FilePath(file)
        write_atomic(target, self.html)
        return target

    def _repr_html_(self) -> str:
        # The page in a sandboxed iframe: its scripts run, but cannot reach the notebook.
        return (f'<iframe sandbox="allow-scripts" style="width:100%;height:640px;border:0" '
                f'title="{html_text.escape(self.title)}" srcdoc="{html_text.escape(self.html)}"></iframe>')


class Graph:
    """The knowledge graph, with the command line's answers as Python values.

    `kg` is the underlying graph.KnowledgeGraph (entities, statements, stats) for anything else.
    """

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg

    def resolve(self, name: str) -> str:
        """The IRI of the entity called `name` (label, alias or id; UnknownEntity, AmbiguousEntity)."""
        return self.kg.resolve(name)

    def path(self, source: str, target: str, *, k: int = 1, max_hops: int = 6, relations: Sequence[str] | None = None,
             fewest_hops: bool = False, as_of: str | None = None, include_undated: bool = False,
             min_outlets: int = 1) -> Paths:
        """How `source` and `target` are connected, as `kg path` answers (NoPath when they are not
        within `max_hops`; `min_outlets` as `kg path --min-outlets`)."""
        from .paths import find_paths

        a, b = self.resolve(source), self.resolve(target)
        found = find_paths(self.kg, a, b, k=k, max_hops=max_hops, relations=_relations(relations),
                           fewest_hops=fewest_hops, as_of=as_of_option(as_of, include_undated),
                           min_outlets=min_outlets)
        return Paths(self, a, b, tuple(found))

    def show(self, name: str, *, as_of: str | None = None, include_undated: bool = False) -> Card:
        """An entity's card, as `kg show` prints it."""
        from .timeline import card_as_of, in_order

        iri = self.resolve(name)
        date = as_of_option(as_of, include_undated)
        entity, edges = card_as_of(self.kg, iri, date) if date else self.kg.card(iri)
        return Card(self, entity, tuple(in_order(edges)))

    def query(self, sparql: str, *, as_of: str | None = None, include_undated: bool = False) -> Rows:
        """A read-only SELECT query's rows, kg's prefixes declared (?asOf bound with `as_of`)."""
        import pyoxigraph as ox

        from .errors import QueryError
        from .query import run_query

        result = run_query(self.kg.store, sparql, as_of=as_of_option(as_of, include_undated))
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("Graph.query takes a SELECT query; run ASK, CONSTRUCT and DESCRIBE with kg.store.query")
        columns = [v.value for v in result.variables]
        return Rows(columns, ({c: _value(row[c]) for c in columns} for row in result))

    def to_networkx(self, around: str | None = None, *, hops: int = 2, max_nodes: int | None = None,
                    relations: Sequence[str] | None = None, as_of: str | None = None, include_undated: bool = False):
        """A networkx MultiDiGraph of the whole graph, or of the neighbourhood `around` a name (as
        `kg viz --around`): nodes keyed by entity id with label and type, one edge per relationship
        keyed by relation, with its statements (source, date, quote) in `evidence`."""
        import networkx

        subgraph = self._subgraph(around, hops, max_nodes, relations, as_of_option(as_of, include_undated))
        graph = networkx.MultiDiGraph()
        for entity in subgraph.entities:
            graph.add_node(entity.id, label=entity.label, type=entity.type)
        for edge in subgraph.edges:
            graph.add_edge(edge.subject, edge.object, key=edge.relation, relation=edge.relation,
                           evidence=[{"source": ev.source, "date": ev.date, "quote": ev.quote, "status": ev.status}
                                     for ev in edge.evidence])
        return graph

    def view(self, around: str | None = None, *, hops: int = 2, max_nodes: int | None = None,
             relations: Sequence[str] | None = None, as_of: str | None = None, include_undated: bool = False) -> View:
        """The page `kg viz` writes: the whole graph, or the neighbourhood `around` a name."""
        date = as_of_option(as_of, include_undated)
        subgraph = self._subgraph(around, hops, max_nodes, relations, date)
        title = f"kg: around {self.kg.label(self.resolve(around))}" if around else "kg: political relationships"
        return self._view(subgraph, title, date, _relations(relations))

    def _subgraph(self, around, hops, max_nodes, relations, date):
        from .subgraph import DEFAULT_AROUND_NODES, neighbourhood, whole_graph

        if around is None:
            return whole_graph(self.kg, relations=_relations(relations), as_of=date, max_nodes=max_nodes)
        return neighbourhood(self.kg, [self.resolve(around)], hops=hops, relations=_relations(relations),
                             max_nodes=DEFAULT_AROUND_NODES if max_nodes is None else max_nodes, as_of=date)

    def _view(self, subgraph, title: str, date, relations=None) -> View:
        from viz.page import view_page

        return View(view_page(self.kg, subgraph, relations, title, date), title)


def _relations(names: Sequence[str] | None):
    from .ontology import parse_relations

    return parse_relations(",".join(names)) if names else None


def _value(term: Any) -> str | None:
    return None if term is None else term.value
