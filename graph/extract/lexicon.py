"""The extractor's word lists, read from ontology/patterns/lexicon.yaml (see the comments there)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DataError
from ..resources import ontology_dir

__all__ = ["Lexicon", "PartyWords", "load_lexicon", "patterns_dir", "alternation"]

TYPE_RANK = ("Politician", "Celebrity", "Person")  # when several roles stand before a name


def patterns_dir() -> Path:
    """ontology/patterns: the lexicon and one rule file per relation type."""
    return ontology_dir() / "patterns"


@dataclass(frozen=True)
class PartyWords:
    label: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    parties: tuple[PartyWords, ...]
    roles: dict[str, str]  # lower-cased role phrase -> entity type it suggests
    descriptors: frozenset[str]  # lower-cased
    not_first_names: frozenset[str]
    not_person_words: frozenset[str]
    places: dict[str, str]  # a way of writing a place, as written -> its canonical name, lower-cased
    offices: dict[str, str]  # lower-cased office word -> office key (mayor, governor, ...)
    contests: tuple[str, ...]
    anaphors: tuple[str, ...]
    subject_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]

    @property
    def place_words(self) -> frozenset[str]:
        """Every way of writing a place, lower-cased."""
        return frozenset(p.lower() for p in self.places)

    def role_type(self, words: Iterable[str]) -> str | None:
        """The entity type the strongest of these role words suggests, if any."""
        found = {self.roles[w.lower()] for w in words if w.lower() in self.roles}
        return next((t for t in TYPE_RANK if t in found), None)


def _strings(value: object, where: str, path: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(path, f"{where} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


@cache
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Parse lexicon.yaml once; a malformed file is a DataError naming it."""
    import yaml

    path = path or patterns_dir() / "lexicon.yaml"
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataError(path, f"cannot read the lexicon: {exc}") from None
    if not isinstance(doc, dict):
        raise DataError(path, "the lexicon must be a mapping")
    try:
        parties = tuple(
            PartyWords(
                str(p["label"]),
                _strings(p["names"], "parties.names", path),
                _strings(p.get("abbreviations", []), "parties.abbreviations", path),
            )
            for p in doc["parties"]
        )
        roles: dict[str, str] = {}
        for entity_type in reversed(TYPE_RANK):  # the stronger type wins a word listed twice
            for word in _strings(doc["roles"][entity_type], f"roles.{entity_type}", path):
                roles[word.lower()] = entity_type
        places = {
            alias: name.lower()
            for name, aliases in doc["places"].items()
            for alias in (*_strings(aliases, f"places.{name}", path), name)
        }
        elections = doc["elections"]
        offices = {
            word.lower(): office
            for office, words in elections["offices"].items()
            for word in _strings(words, f"elections.offices.{office}", path)
        }
        pronouns = doc["pronouns"]
        return Lexicon(
            parties=parties,
            roles=roles,
            descriptors=frozenset(w.lower() for w in _strings(doc["descriptors"], "descriptors", path)),
            not_first_names=frozenset(_strings(doc["not_first_names"], "not_first_names", path)),
            not_person_words=frozenset(_strings(doc["not_person_words"], "not_person_words", path)),
            places=places,
            offices=offices,
            contests=_strings(elections["contests"], "elections.contests", path),
            anaphors=_strings(elections["anaphors"], "elections.anaphors", path),
            subject_pronouns=frozenset(_strings(pronouns["subject"], "pronouns.subject", path)),
            object_pronouns=frozenset(_strings(pronouns["object"], "pronouns.object", path)),
            possessive_pronouns=frozenset(_strings(pronouns["possessive"], "pronouns.possessive", path)),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataError(path, f"missing or malformed section {exc}") from None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, each escaped; spaces match any whitespace."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) + ")"
