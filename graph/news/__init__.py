"""The news workflow: read an article (text, Markdown or HTML: article.py), find the people,
parties, organizations and elections it names (mentions.py), match the relation patterns of
ontology/patterns/ against its sentences (rules.py, matching.py), read relations off the
dependency parse of the sentences that may hold one (pipeline.py, parsing.py, the frames/ package), then
score against gold files (evaluate.py), review candidates (review.py) and write them into a data
directory (ingest.py). Offline and deterministic.

Heavy imports (spaCy, trafilatura, charset-normalizer) happen only when an Extractor is built or
an article is read.
"""

from __future__ import annotations

from .article import Article, parse_article, read_article
from .extractor import Extractor, new_entities
from .model import Candidate, EntityRef

__all__ = ["Article", "Candidate", "EntityRef", "Extractor", "new_entities", "parse_article", "read_article"]
