"""How many independent outlets stand behind an edge.

Each source counts as one independent outlet, named by a key written into the store at build
time (pol:independentOutlet): a copy of a story (graph.copies) counts as its original; a source
of imported rows as the dataset they were imported from (one outlet however many rows); any other
as its outlet (case and spacing ignored), else as itself when no outlet is named. An edge's
outlets are the distinct keys of the sources of its asserted statements.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from .datafiles import Corpus, SourceRow, StatementRow
from .model import Evidence
from .namespaces import POL, SRC

__all__ = [
    "dataset_of", "outlet_keys", "corroboration_ntriples", "corroboration_chunk", "Sources",
    "SourceOutlet", "Corroboration", "corroboration",
]  # fmt: skip


@dataclass(frozen=True)
class SourceOutlet:
    """What the store says of one source (KnowledgeGraph.source_outlets)."""

    outlet: str  # its independent outlet's key
    original: str | None = None  # the original's source id, when the source is a copy
    original_name: str | None = None  # the original's readable name


@dataclass(frozen=True)
class Corroboration:
    sources: int
    outlets: int

    def text(self) -> str:
        """"2 sources, 1 independent outlet"."""
        return (f"{self.sources} source{'' if self.sources == 1 else 's'}, "
                f"{self.outlets} independent outlet{'' if self.outlets == 1 else 's'}")  # fmt: skip


def corroboration(evidence: Iterable[Evidence], outlets: Mapping[str, SourceOutlet]) -> Corroboration:
    """The sources and independent outlets behind the asserted statements among `evidence`
    (`outlets`: what the store says of their sources; a source it has no key for counts as itself)."""
    sources = {ev.source_id for ev in evidence if ev.status == "asserted"}
    keys = {outlets[s].outlet if s in outlets else f"source:{s}" for s in sources}
    return Corroboration(len(sources), len(keys))


def dataset_of(method: str) -> str | None:
    """The dataset of an `imported:<dataset>#<row>` method, else None."""
    if not method.startswith("imported:"):
        return None
    return method.removeprefix("imported:").rsplit("#", 1)[0]


def outlet_keys(sources: Sequence[SourceRow], copies: Mapping[str, str], datasets: Mapping[str, str]) -> dict[str, str]:
    """{source id: its independent outlet's key}; `datasets`: the dataset each source of imported rows comes from."""
    by_id = {s.id: s for s in sources}

    def own(source: SourceRow) -> str:
        if source.id in datasets:
            return f"dataset:{datasets[source.id]}"
        outlet = " ".join(source.outlet.split()).casefold()
        return f"outlet:{outlet}" if outlet else f"source:{source.id}"

    return {s.id: own(by_id[copies.get(s.id, s.id)]) for s in sources}


class Sources:
    """Collects, from the statements streamed past it, which sources hold imported rows and which
    are articles (quoted by a curated or extracted statement)."""

    def __init__(self) -> None:
        self.datasets: dict[str, str] = {}
        self.articles: set[str] = set()

    def watch(self, rows: Iterable[StatementRow]) -> Iterator[StatementRow]:
        for row in rows:
            dataset = dataset_of(row.method)
            if dataset is not None:
                self.datasets.setdefault(row.source, dataset)
            else:
                self.articles.add(row.source)
            yield row

    def ntriples(self, sources: Sequence[SourceRow]) -> str:
        """The copy links (pol:copyOf) among the articles and every source's pol:independentOutlet,
        as N-Triples. Only articles are compared: a source no statement quotes backs no edge (a
        dataset's unused rows, 120 of them in a corpus with all seven datasets, would make
        detection 10x dearer), and a dataset's rows count as one outlet whatever their text."""
        from .copies import find_copies

        copies = find_copies([s for s in sources if s.id in self.articles and s.id not in self.datasets])
        return corroboration_ntriples(sources, copies, self.datasets)


def corroboration_ntriples(sources: Sequence[SourceRow], copies: Mapping[str, str], datasets: Mapping[str, str]) -> str:
    from .triples import _literal

    lines = [f"<{SRC}{copy}> <{POL}copyOf> <{SRC}{original}> ." for copy, original in sorted(copies.items())]
    lines += [
        f"<{SRC}{source}> <{POL}independentOutlet> {_literal(key)} ."
        for source, key in outlet_keys(sources, copies, datasets).items()
    ]
    return "".join(line + "\n" for line in lines)


def corroboration_chunk(corpus: Corpus) -> str:
    """The copy links and outlet keys of a whole corpus read at once (what a build streams)."""
    watched = Sources()
    for _ in watched.watch(corpus.statements):
        pass
    return watched.ntriples(corpus.sources)
