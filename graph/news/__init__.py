"""Extract candidate statements from news articles: read an article (text, Markdown or HTML),
find the people, parties and elections it names, and match the relation patterns of
ontology/patterns/ against its sentences. Offline and deterministic.

Heavy imports (spaCy, trafilatura, charset-normalizer) happen only when an Extractor is built or
an article is read.
"""

from __future__ import annotations

from .article import Article, parse_article, read_article
from .extractor import Extractor, new_entities
from .model import Candidate, EntityRef

__all__ = ["Article", "Candidate", "EntityRef", "Extractor", "new_entities", "parse_article", "read_article"]
