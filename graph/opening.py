"""Which graph a command or a notebook works on: a data directory built into a store on disk, or
a SPARQL endpoint, with the endpoint's settings from the environment (README: Engines)."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InvalidArgument
from .knowledge_graph import KnowledgeGraph

__all__ = ["data_dir", "remote_store", "open_graph"]


def data_dir(data: Path | None) -> Path:
    """`data`, or the corpus shipped with kg."""
    from .resources import shipped_data_dir

    return data if data is not None else shipped_data_dir()


def remote_store(endpoint: str):  # -> graph.remote.RemoteStore
    """The endpoint, with its update URL, Graph Store URL, credentials and timeout from KG_UPDATE_ENDPOINT,
    KG_GRAPH_STORE, KG_ENDPOINT_USER, KG_ENDPOINT_PASSWORD and KG_ENDPOINT_TIMEOUT."""
    from .remote import RemoteStore

    default_update = endpoint[: -len("/query")] + "/update" if endpoint.endswith("/query") else endpoint
    try:
        timeout = float(os.environ.get("KG_ENDPOINT_TIMEOUT", "30"))
    except ValueError:
        raise InvalidArgument("KG_ENDPOINT_TIMEOUT must be a number of seconds") from None
    return RemoteStore(
        endpoint,
        update_url=os.environ.get("KG_UPDATE_ENDPOINT", default_update),
        graph_store_url=os.environ.get("KG_GRAPH_STORE") or None,
        timeout=timeout,
        user=os.environ.get("KG_ENDPOINT_USER") or None,
        password=os.environ.get("KG_ENDPOINT_PASSWORD") or None,
    )


def open_graph(store: Path | None, data: Path | None, endpoint: str | None = None) -> KnowledgeGraph:
    """The graph at `endpoint`, else the store at `store` (default: kg's cache) built from `data`."""
    if endpoint:
        return KnowledgeGraph(remote_store(endpoint))
    from .store import default_store_path

    return KnowledgeGraph.open(store or default_store_path(), data_dir(data))
