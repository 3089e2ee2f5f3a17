"""kg: a knowledge graph of political relationships from news.

The library is the product; `graph.cli` is a thin command line over it.
"""

from .errors import (
    AmbiguousEntity,
    DataError,
    InvalidArgument,
    KgError,
    NoPath,
    QueryError,
    ReadOnlyQuery,
    StoreError,
    UnknownEntity,
    UnknownRelation,
)
from .knowledge_graph import KnowledgeGraph

__all__ = [
    "KnowledgeGraph",
    "KgError",
    "DataError",
    "UnknownEntity",
    "AmbiguousEntity",
    "UnknownRelation",
    "NoPath",
    "QueryError",
    "ReadOnlyQuery",
    "StoreError",
    "InvalidArgument",
]
