"""Terms of kg's vocabulary (pol:) and entities (ent:) that a query names but the graph does not
have: a misspelled `pol:endorses` gives 0 rows and no error, so kg warns, with the closest terms
it does have, and still runs the query.

The terms are read with graph.query_text's lexer; the check is one query with the terms bound
by VALUES (graph.sparql), so it works the same on the embedded store and on an endpoint.
"""

from __future__ import annotations

import pyoxigraph as ox

from . import sparql
from .namespaces import ENT, POL
from .query_text import tokens_with_spans

__all__ = ["unknown_term_warnings"]

_CHECKED = {"pol": POL, "ent": ENT}


def unknown_term_warnings(store: ox.Store, text: str, limit: int = 3) -> list[str]:
    """One warning per pol: or ent: term in `text` that the graph does not use, naming up to
    `limit` close ones ("pol:endorses is not in the graph; closest: pol:endorsed")."""
    named = _named_terms(text)
    if not named:
        return []
    found = sparql.select_values(store, "known_terms", "term", (ox.NamedNode(iri) for iri in named))
    missing = sorted(set(named) - {row["term"].value for row in found})
    warnings = []
    for iri in missing:
        namespace = POL if iri.startswith(POL) else ENT
        prefix = "pol" if namespace == POL else "ent"
        close = _closest(iri[len(namespace):], _known_local_names(store, namespace), limit)
        hint = f"; closest: {', '.join(f'{prefix}:{name}' for name in close)}" if close else ""
        warnings.append(f"{prefix}:{iri[len(namespace):]} is not in the graph{hint}")
    return warnings


def _named_terms(text: str) -> set[str]:
    """Full IRIs of the pol: and ent: terms `text` names, as prefixed names (unless the query
    declares that prefix itself) or as <...> IRIs."""
    tokens = list(tokens_with_spans(text))
    redeclared = {tokens[i + 1][3].split(":", 1)[0] for i, t in enumerate(tokens[:-1]) if t[3].upper() == "PREFIX"}
    iris = set()
    for kind, _, _, word in tokens:
        if kind == "word" and ":" in word:
            prefix, local = word.split(":", 1)
            if prefix in _CHECKED and prefix not in redeclared and local:
                iris.add(_CHECKED[prefix] + local.replace("\\", ""))
        elif kind == "iri" and word[1:-1].startswith((POL, ENT)):
            iris.add(word[1:-1])
    valid = set()
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError:
            continue
        valid.add(iri)
    return valid


def _known_local_names(store: ox.Store, namespace: str) -> list[str]:
    if namespace == POL:
        from .ontology import ontology_store

        source = ontology_store().quads_for_pattern(None, None, None)
        terms = {term.value for quad in source for term in (quad.subject, quad.predicate, quad.object)
                 if isinstance(term, ox.NamedNode) and term.value.startswith(POL)}
    else:
        terms = {row["entity"].value for row in sparql.select(store, "entity_iris")}
    return sorted(term[len(namespace):] for term in terms if term != namespace)


def _closest(name: str, known: list[str], limit: int) -> list[str]:
    from rapidfuzz import fuzz, process

    return [match for match, _, _ in process.extract(name, known, scorer=fuzz.WRatio, limit=limit, score_cutoff=70)]
