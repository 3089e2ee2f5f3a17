"""What a worker sends back for a request, and the HTTP status of each library error (in one place,
as graph/cli/app.py maps them to exit codes)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .. import errors

__all__ = ["Limits", "Reply", "HTTP_STATUS", "http_status", "text_reply", "json_reply"]


@dataclass(frozen=True)
class Limits:
    """How much one request may cost: seconds of work, rows or triples and bytes in an answer,
    and the memory (MB of data, RLIMIT_DATA) of the worker answering it (0: no limit)."""

    timeout: float = 10.0
    max_rows: int = 10_000
    max_triples: int = 100_000
    max_memory: int = 2048
    max_bytes: int = 32 << 20

    def bytes_message(self) -> str:
        return (f"The answer is larger than {self.max_bytes:,} bytes, the limit of this server "
                "(kg serve --max-bytes). Add a LIMIT, or select fewer or shorter values.")

    def memory_message(self) -> str:
        return (f"The request needed more memory than a query worker may use ({self.max_memory:,} MB, "
                "kg serve --max-memory) and was stopped. Narrow the query down or add a LIMIT.")


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


HTTP_STATUS: dict[type[errors.KgError], int] = {
    errors.InvalidArgument: 400,
    errors.UnknownRelation: 400,
    errors.QueryError: 400,
    errors.ReadOnlyQuery: 403,
    errors.UnknownEntity: 404,
    errors.NoPath: 404,
    errors.AmbiguousEntity: 409,
    errors.ViewTooLarge: 413,
    errors.StoreError: 500,
}


def http_status(error: errors.KgError) -> int:
    for cls in type(error).__mro__:
        if cls in HTTP_STATUS:
            return HTTP_STATUS[cls]
    return 400


def text_reply(status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"), headers)


def json_reply(status: int, document: object, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    body = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return Reply(status, "application/json", body.encode("utf-8"), headers)
