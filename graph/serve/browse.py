"""The browse pages: find a person, read their card with its evidence, ask how two people are
connected, and draw a neighbourhood or a path (runs in a query worker, graph.serve.workers).

Pages are rendered by Jinja2 with autoescaping from templates/, with no script at all; names,
quotes and sources are always text, and a source is a link only when its URL is http(s). The
drawn views are viz.view_page's self-contained pages (the same as kg viz writes), served as they are.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

import jinja2

from .. import errors
from ..knowledge_graph import KnowledgeGraph
from ..model import Edge, Evidence, Relation
from ..namespaces import entity_iri, local_name
from ..ontology import relations as all_relations
from ..subgraph import DEFAULT_AROUND_NODES
from .replies import Limits, Reply, http_status, json_reply

__all__ = [
    "search_page", "entity_page", "source_page", "path_page", "view_page", "path_json",
    "error_page", "BROWSE_CSP", "view_csp", "stylesheet",
]  # fmt: skip

MAX_CARD_RELATIONSHIPS = 300  # a hub's card lists this many; the rest are one SPARQL query away
MAX_PATHS = 50
MAX_HOPS = 10
MAX_VIEW_HOPS = 3
MAX_VIEW_NODES = 1000
MAX_SOURCE_CHARS = 200_000  # a longer text (a dataset's) is shown as this much around the quote asked for

BROWSE_CSP = (
    "default-src 'none'; style-src 'self'; img-src data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_CANDIDATE = re.compile(r"(.*) \(([^()]+)\)")  # AmbiguousEntity's "Label (id)"
_CLASS_NAME = re.compile(r"[a-z][a-z0-9_-]*")
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


# --- pages -------------------------------------------------------------------------------------


def search_page(kg: KnowledgeGraph, limits: Limits, *, q: str = "", endpoint: str = "/sparql") -> Reply:
    """The home page (its curl example sends to `endpoint`); with `q`, the one entity it names
    (a redirect to its card), or the close names (unknown) or candidates (ambiguous) to choose from."""
    q = q.strip()
    if not q:
        return _page(200, "home.html", title="kg", q="", endpoint=endpoint)
    iri, problem = _resolve(kg, q)
    if iri is not None:
        return Reply(303, "text/plain; charset=utf-8", b"", (("location", _entity_href(local_name(iri))),))
    # A page of names to choose from is an answer to the search (200), unlike a missing card or a bad name.
    status = 200 if problem.status in (404, 409) else problem.status
    return _page(status, "home.html", title=f"kg: {q}", q=q, problem=problem, endpoint=endpoint)


def entity_page(kg: KnowledgeGraph, limits: Limits, *, id: str) -> Reply:
    """An entity's card: type, aliases, ids, and every relationship with its evidence."""
    try:
        found = kg.entities_among([entity_iri(id)])
    except ValueError:  # pyoxigraph refuses it as an IRI (a space, a control character...): no entity has it
        found = []
    if not found:
        return error_page(404, f"No entity with the id {id!r}.", q=id)
    entity, edges = kg.card(found[0].iri)
    shown = edges[:MAX_CARD_RELATIONSHIPS]
    anchors = _quote_anchors(kg, [ev for edge in shown for ev in edge.evidence])
    relationships = [_relationship(kg, edge, anchors) for edge in shown]
    return _page(
        200, "entity.html", title=f"kg: {entity.label}", q="", entity=entity, relationships=relationships,
        more=max(0, len(edges) - MAX_CARD_RELATIONSHIPS), total=len(edges),
        view_href="/view?" + urlencode({"around": entity.id}),
        path_href="/path?" + urlencode({"from": entity.id}),
    )


def path_page(kg: KnowledgeGraph, limits: Limits, *, source: str = "", target: str = "",
              max_hops: int = 6, all_paths: bool = False) -> Reply:
    """The path form; with both ends, each shortest connection hop by hop with its evidence."""
    form = {"source": source, "target": target, "max_hops": max_hops, "all_paths": all_paths}
    context = {"title": "kg: path", "q": "", "form": form, "paths": []}
    if not (source.strip() and target.strip()):
        return _page(200, "path.html", **context)
    ends = [_resolve(kg, name) for name in (source, target)]
    problems = [problem for _, problem in ends if problem is not None]
    # Names to choose from, or no connection, are answers to the form (200); bad values are not.
    if problems:
        return _page(200 if all(p.status in (404, 409) for p in problems) else 400, "path.html",
                     **context, problems=problems)
    (a, _), (b, _) = ends
    try:
        found = _find_paths(kg, a, b, max_hops, all_paths)
    except errors.NoPath as error:
        return _page(200, "path.html", **context, problems=[_Problem(404, str(error))])
    except errors.KgError as error:
        return _page(http_status(error), "path.html", **context, problems=[_Problem(http_status(error), str(error))])
    paths = [[_hop(kg, hop) for hop in path.hops] for path in found[:MAX_PATHS]]
    view = "/view?" + urlencode({"from": local_name(a), "to": local_name(b), **({"all": "1"} if all_paths else {})})
    context.update(
        title=f"kg: {kg.label(a)} to {kg.label(b)}", paths=paths, more=max(0, len(found) - MAX_PATHS),
        ends=(_link(kg, a), _link(kg, b)), view_href=view,
    )
    return _page(200, "path.html", **context)


def view_page(kg: KnowledgeGraph, limits: Limits, *, around: str = "", hops: int = 2, max_nodes: int = DEFAULT_AROUND_NODES,
              source: str = "", target: str = "", all_paths: bool = False) -> Reply:
    """The drawn view (viz.view_page): the neighbourhood of `around`, or the paths from
    `source` to `target` in their context. Served with a CSP that allows its own scripts only."""
    from ..subgraph import neighbourhood, path_context

    try:
        if source or target:
            ends = [_resolve(kg, name) for name in (source, target)]
            problems = [problem for _, problem in ends if problem is not None]
            if problems:
                return error_page(problems[0].status, problems[0].message, problem=problems[0])
            (a, _), (b, _) = ends
            view = path_context(kg, _find_paths(kg, a, b, MAX_HOPS, all_paths))
            title = f"kg: {kg.label(a)} to {kg.label(b)}"
        else:
            centre, problem = _resolve(kg, around)
            if problem is not None:
                return error_page(problem.status, problem.message, problem=problem, q=around)
            if not 1 <= hops <= MAX_VIEW_HOPS:
                raise errors.InvalidArgument(f"hops must be between 1 and {MAX_VIEW_HOPS}, not {hops}")
            if not 1 <= max_nodes <= MAX_VIEW_NODES:
                raise errors.InvalidArgument(f"max_nodes must be between 1 and {MAX_VIEW_NODES}, not {max_nodes}")
            view = neighbourhood(kg, [centre], hops=hops, max_nodes=max_nodes)
            title = f"kg: around {kg.label(centre)}"
    except errors.KgError as error:
        return error_page(http_status(error), str(error))
    html = _render_view(kg, view, title)
    return Reply(200, "text/html; charset=utf-8", html.encode("utf-8"), (("content-security-policy", view_csp(html)),))


def path_json(kg: KnowledgeGraph, limits: Limits, *, source: str, target: str, max_hops: int = 6,
              all_paths: bool = False) -> Reply:
    """The paths as `kg path --format json` prints them; errors as {"error", "suggestions" or
    "candidates"} with the status of the error."""
    from ..render import paths_json

    try:
        a, b = kg.resolve(source), kg.resolve(target)
        found = _find_paths(kg, a, b, max_hops, all_paths)
    except errors.UnknownEntity as error:
        return json_reply(404, {"error": str(error), "suggestions": list(error.suggestions)})
    except errors.AmbiguousEntity as error:
        return json_reply(409, {"error": str(error), "candidates": list(error.candidates)})
    except errors.KgError as error:
        return json_reply(http_status(error), {"error": str(error)})
    return Reply(200, "application/json", paths_json(kg, a, b, found).encode("utf-8"))


# --- page data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Link:
    label: str
    href: str
    note: str = ""


@dataclass(frozen=True)
class _Problem:
    status: int
    message: str
    choices: tuple[_Link, ...] = ()
    choices_title: str = ""


def _entity_href(entity_id: str) -> str:
    return "/entity/" + quote(entity_id, safe="")


def _link(kg: KnowledgeGraph, iri: str) -> _Link:
    return _Link(kg.label(iri), _entity_href(local_name(iri)))


def _resolve(kg: KnowledgeGraph, name: str) -> tuple[str | None, _Problem | None]:
    """The entity `name` names, or what is wrong, with the names to choose from as links."""
    if not name.strip():
        return None, _Problem(400, "Give a name, an alias or an id.")
    try:
        return kg.resolve(name), None
    except errors.UnknownEntity as error:
        choices = tuple(_Link(s, "/?" + urlencode({"q": s})) for s in error.suggestions)
        return None, _Problem(404, f"No one is called {error.shown}.", choices, "Did you mean" if choices else "")
    except errors.AmbiguousEntity as error:
        choices = []
        for candidate in error.candidates:
            match = _CANDIDATE.fullmatch(candidate)
            label, entity_id = match.groups() if match else (candidate, None)
            href = _entity_href(entity_id) if entity_id else "/?" + urlencode({"q": candidate})
            choices.append(_Link(label, href, entity_id or ""))
        return None, _Problem(409, f"{name!r} names {len(choices)} entities.", tuple(choices), "Which one?")


def _find_paths(kg: KnowledgeGraph, a: str, b: str, max_hops: int, all_paths: bool):  # -> list[Path]
    from ..paths import find_paths

    if not 1 <= max_hops <= MAX_HOPS:
        raise errors.InvalidArgument(f"max_hops must be between 1 and {MAX_HOPS}, not {max_hops}")
    return find_paths(kg, a, b, max_hops=max_hops, all_shortest=all_paths)


@cache
def _relations() -> dict[str, Relation]:
    return {r.name: r for r in all_relations()}


def _relationship(kg: KnowledgeGraph, edge: Edge, anchors: dict[Evidence, str] | None = None) -> dict[str, object]:
    relation = _relations().get(edge.relation)
    return {
        "subject": _link(kg, edge.subject),
        "object": _link(kg, edge.object),
        "relation": relation.label if relation else edge.relation,
        "arrow": "—" if relation and relation.symmetric else "→",
        "css": _relation_class(edge.relation),
        "evidence": [_evidence(ev, (anchors or {}).get(ev)) for ev in edge.evidence],
        "asserted": any(ev.status == "asserted" for ev in edge.evidence),
    }


def _hop(kg: KnowledgeGraph, hop) -> dict[str, object]:  # hop: graph.paths.Hop
    left, right = ("—", "—") if hop.relation.symmetric else (("—", "→") if hop.direction == "forward" else ("←", "—"))
    return {
        "source": _link(kg, hop.source),
        "target": _link(kg, hop.target),
        "relation": hop.relation.label,
        "left": left,
        "right": right,
        "css": _relation_class(hop.relation.name),
        "evidence": [_evidence(ev) for ev in hop.evidence],
    }


def _evidence(ev: Evidence, source_href: str | None = None) -> dict[str, object]:
    qualifiers = [f"from {ev.from_party}" if ev.from_party else "", f"in {ev.election}" if ev.election else ""]
    url = ev.url if ev.url and re.match(r"https?://", ev.url, re.I) else None
    return {
        "date": ev.date or "undated",
        "source": ev.source,
        "url": url,
        "quote": ev.quote,
        "status": ev.status if ev.status != "asserted" else "",
        "qualifiers": "; ".join(q for q in qualifiers if q),
        "method": ev.method,
        "source_href": source_href,
    }


def _source_href(source_id: str, span: tuple[int, int] | None) -> str:
    href = "/source/" + quote(source_id, safe="")
    return href if span is None else f"{href}?at={span[0]}#span-{span[0]}"


def _quote_anchors(kg: KnowledgeGraph, evidence: list[Evidence]) -> dict[Evidence, str]:
    """Each statement's link to its quote in the source page (an imported one's to the source:
    its quote is a citation of a dataset row, and the dataset's text is megabytes)."""
    from ..sources import quote_span, source_texts

    texts = source_texts(kg, {ev.source_id for ev in evidence if ev.span is None and not ev.method.startswith("imported:")})
    anchors = {}
    for ev in evidence:
        text = texts.get(ev.source_id)
        span = ev.span if ev.span is not None else (quote_span(ev, text) if text else None)
        anchors[ev] = _source_href(ev.source_id, span)
    return anchors


def source_page(kg: KnowledgeGraph, limits: Limits, *, id: str, at: int = 0) -> Reply:
    """A source's metadata and text, each quoted passage a <mark> with the anchor span-START
    (its first character's offset); a text longer than MAX_SOURCE_CHARS is shown around `at`."""
    from ..sources import quoted_spans, read_source

    try:
        article = read_source(kg, id)
    except (errors.UnknownSource, ValueError):  # ValueError: not an IRI, so no source's id
        return error_page(404, f"No source with the id {id!r}.")
    spans = quoted_spans(kg, article)
    low, high = 0, len(article.text)
    if high > MAX_SOURCE_CHARS:
        low = max(0, min(at, high) - MAX_SOURCE_CHARS // 2)
        high = min(high, low + MAX_SOURCE_CHARS)
    return _page(200, "source.html", title=f"kg: {article.name}", q="", source=article,
                 pieces=_marked_pieces(article.text, spans, low, high), cut=(low > 0, high < len(article.text)),
                 quotes=len(spans))


def _marked_pieces(text: str, spans, low: int, high: int) -> list[dict[str, object]]:
    """text[low:high] in pieces: quoted or not, the first piece of each quote carrying its anchor."""
    cuts = sorted({low, high, *(x for s in spans for x in (s.start, s.end) if low < x < high)})
    starts = {s.start for s in spans}
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        quoted = [s for s in spans if s.start <= a and b <= s.end]
        who = "; ".join(f"{st['subject']} {st['relation']} {st['object']}" for s in quoted for st in s.statements)
        pieces.append({"text": text[a:b], "quoted": bool(quoted), "anchor": f"span-{a}" if a in starts else "",
                       "title": who})
    return pieces


def _relation_class(name: str) -> str:
    return f"rel-{name}" if _CLASS_NAME.fullmatch(name) else "rel"


def stylesheet() -> str:
    """The browse pages' CSS, with one colour per relation type from the ontology."""
    base = (Path(__file__).with_name("templates") / "browse.css").read_text(encoding="utf-8")
    rules = [
        f".rel-{r.name} {{ border-left-color: {r.color}; }}\n.rel-{r.name} .relation {{ color: {r.color}; }}\n"
        for r in all_relations()
        if _CLASS_NAME.fullmatch(r.name) and _HEX_COLOR.fullmatch(r.color)
    ]
    return base + "".join(rules)


# --- rendering ---------------------------------------------------------------------------------


@cache
def _templates() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _page(status: int, template: str, **context: object) -> Reply:
    context.setdefault("problem", None)
    context.setdefault("problems", [])
    context.setdefault("max_hops_limit", MAX_HOPS)
    html = _templates().get_template(template).render(**context)
    return Reply(status, "text/html; charset=utf-8", html.encode("utf-8"), (("content-security-policy", BROWSE_CSP),))


def error_page(status: int, message: str, *, problem: _Problem | None = None, q: str = "") -> Reply:
    """A page saying what went wrong, with the search box (and the names to choose from, if any)."""
    return _page(status, "home.html", title="kg", q=q, problem=problem or _Problem(status, message))


def _render_view(kg: KnowledgeGraph, view, title: str) -> str:  # view: graph.subgraph.Subgraph
    from viz import view_page

    return view_page(kg, view, None, title)


def view_csp(html: str) -> str:
    """A Content-Security-Policy for a view page: its own inline scripts (by hash) and nothing
    else may run; no request may leave the page."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"
        for script in _SCRIPT.findall(html)
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
    )
