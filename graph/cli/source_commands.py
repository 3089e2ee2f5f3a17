"""Reading a source: kg source."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from .app import DataOption, EndpointOption, StoreOption, TextOrJson, _emit, _open, command


@command()
def source(
    name: Annotated[str, typer.Argument(metavar="ID|URL|TITLE", help="A source's id, URL or title (any case).")],
    format: Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json.")] = TextOrJson.text,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """An article's name, outlet, title, date, URL and id, then its text with each quoted passage
    between « and » and numbered [1], [2]…, and the statements that quote each one.

    --format json prints {"id", "name", "outlet", "title", "date", "url", "text", "spans": [{"start",
    "end", "statements": [{"subject", "relation", "object", "status", "quote"}]}]}: start and end are
    character offsets into text, as the "span" of kg path --format json.

    Example: kg source axios-2022-08-02 · kg source caruso-rejects-endorsement-2022-08-03 -f json
    """
    from ..sources import find_source, quoted_spans, read_source

    kg = _open(store, data, endpoint)
    article = read_source(kg, find_source(kg, name))
    spans = quoted_spans(kg, article)
    if format is TextOrJson.json:
        document = {
            "id": article.id, "name": article.name, "outlet": article.outlet, "title": article.title,
            "date": article.date, "url": article.url, "text": article.text,
            "spans": [{"start": s.start, "end": s.end, "statements": list(s.statements)} for s in spans],
        }  # fmt: skip
        _emit(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        _emit(_source_text(article, spans))


def _source_text(article, spans) -> str:
    from ..terminal import one_line, printable

    fields = [("name", article.name), ("outlet", article.outlet), ("title", article.title),
              ("date", article.date), ("url", article.url), ("id", article.id)]
    lines = [f"{key + ':':<8}{one_line(value)}" for key, value in fields if value]
    lines += ["", printable(_marked(article.text, spans)).strip(), ""]
    if spans:
        lines.append("quoted passages")
    for number, span in enumerate(spans, 1):
        for statement in span.statements:
            status = "" if statement["status"] == "asserted" else f" ({statement['status']})"
            lines.append(f"  [{number}] " + one_line(f"{statement['subject']} —{statement['relation']}→ {statement['object']}{status}"))
    return "\n".join(lines) + "\n"


def _marked(text: str, spans) -> str:
    """The text with «» around each quoted passage and its number after it; overlapping passages
    are marked as one, with all their numbers."""
    regions: list[list] = []  # [start, end, numbers]
    for number, span in enumerate(spans, 1):
        if regions and span.start < regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], span.end)
            regions[-1][2].append(number)
        else:
            regions.append([span.start, span.end, [number]])
    out, at = [], 0
    for start, end, numbers in regions:
        out += [text[at:start], "«", text[start:end], "»", "".join(f"[{n}]" for n in numbers)]
        at = end
    out.append(text[at:])
    return "".join(out)
