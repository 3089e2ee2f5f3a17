"""The relation patterns: ontology/patterns/<relation>.yaml, one file per relation type.

Each rule is a regular expression over a *sketch* of a sentence, in which every recognized mention
is a placeholder: ⟦P3⟧ a person, ⟦G1⟧ a party, ⟦E0⟧ an election, ⟦O2⟧ an organization, and the
words of the lexicon's roles and descriptors are capitalized (`RuleSet.capitalize_describing`). Named
groups are the slots: a group holds the mentions (or the pronoun or "the congresswoman" phrase)
it spans. `{NAME}` refers to a macro of macros.yaml or of the lexicon. Emits say which statements
a match gives; the default is one of the file's relation from `subj` to `obj`. Rule files name
relation types; the ontology must declare every one of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from .. import ontology
from ..errors import DataError
from .lexicon import Lexicon, alternation, load_lexicon, patterns_dir

__all__ = ["Emit", "Rule", "RuleSet", "load_rules", "expand_macros"]

# Patterns may be written over several lines (YAML `|-` blocks): the lines are joined with their
# leading and trailing spaces removed, so a space that matters is written \s or \x20.

_MACRO = re.compile(r"\{([A-Z][A-Z_]*)\}")
STATUSES = ("asserted", "disputed", "negated")


@dataclass(frozen=True)
class Emit:
    """One statement a match gives: slots are group names, or 'topic' (the article's main person)."""

    relation: str
    subject: str | None = None
    object: str | None = None
    pair: str | None = None  # every two persons of this group, for a symmetric relation
    from_party: str | None = None
    status: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    relation: str  # the relation of the file it is in
    pattern: str  # the regular expression, macros expanded
    trigger: re.Pattern[str] | None
    confidence: float
    emits: tuple[Emit, ...]
    path: Path  # the pattern file, for errors
    status: str = "asserted"
    defaults: dict[str, str] = field(default_factory=dict)  # slot -> label of a lexicon party
    require: dict[str, str] = field(default_factory=dict)  # slot -> constraint name
    # a guess from word order the parse overrules: where the parse gives the sentence's one party
    # mention to someone else, this rule's membership is dropped ("the Democratic congresswoman")
    yields_to_parse: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The pattern compiled, on first use (compiling them all costs a third of a second at
        every start); DataError when it is malformed or lacks a group its emits name."""
        where = f"rule {self.id}"
        regex = _compile(self.pattern, self.path, where)
        for emit in self.emits:
            for slot in (emit.subject, emit.object, emit.pair, emit.from_party):
                if slot and slot not in ("topic", "two") and slot not in regex.groupindex and slot not in self.defaults:
                    raise DataError(self.path, f"{where}: the pattern has no group named {slot!r}")
        return regex


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    negation_cues: dict[str, re.Pattern[str]]  # relation -> cue regex: no asserted statement
    hedge_cues: dict[str, re.Pattern[str]]  # relation -> cue regex: asserted becomes disputed
    version: str  # changes whenever a pattern file changes
    describing: re.Pattern[str]  # the lexicon's roles and descriptors, where a word ends

    def capitalize_describing(self, sketch: str) -> str:
        """The sketch with each word of a role or descriptor ("campaign manager", "longtime")
        capitalized, so that the patterns' DESCWORD, which takes capitalized words, takes them
        too without holding the lexicon's lists: those lists, copied into every pattern that
        reads descriptions, were most of the time compiling the patterns took. The patterns
        ignore case elsewhere, and nothing changes length."""
        return self.describing.sub(_capitalized, sketch)


_WORD_START = re.compile(r"(?:^|(?<=\s))[a-z]")


def _capitalized(match: re.Match[str]) -> str:
    return _WORD_START.sub(lambda start: start.group().upper(), match.group())


def _one_line(text: str) -> str:
    """A pattern written over several lines: the lines joined with their indentation removed."""
    return "".join(line.strip() for line in str(text).splitlines())


def expand_macros(text: str, macros: dict[str, str], path: Path, depth: int = 0) -> str:
    """Replace {NAME} by the macro's text, recursively."""
    if depth > 12:
        raise DataError(path, "macros refer to each other in a loop")

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise DataError(path, f"unknown macro {{{name}}}")
        return expand_macros(macros[name], macros, path, depth + 1)

    return _MACRO.sub(replace, _one_line(text))


def lexicon_macros(lexicon: Lexicon) -> dict[str, str]:
    """Macros made from the lexicon's word lists."""
    return {
        "ROLE": alternation(lexicon.roles),
        "PRONS": r"\b" + alternation(lexicon.subject_pronouns) + r"\b",
        "PRONO": r"\b" + alternation(lexicon.object_pronouns) + r"\b",
        "PRONP": r"\b" + alternation(lexicon.possessive_pronouns) + r"\b",
    }


def _compile(text: str, path: Path, where: str) -> re.Pattern[str]:
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as exc:
        raise DataError(path, f"{where}: bad regular expression: {exc}") from None


def _load_yaml(path: Path) -> object:
    import yaml

    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataError(path, f"cannot read: {exc}") from None


@cache
def load_rules(directory: Path | None = None, *, compiled: bool = True) -> RuleSet:
    """Every rule of every pattern file; DataError on anything malformed. With compiled=False
    each rule's pattern is compiled (and checked) when first used."""
    import hashlib

    directory = directory or patterns_dir()
    lexicon = load_lexicon(directory / "lexicon.yaml")
    macros_path = directory / "macros.yaml"
    macros_doc = _load_yaml(macros_path)
    if not isinstance(macros_doc, dict) or not isinstance(macros_doc.get("macros"), dict):
        raise DataError(macros_path, "needs a 'macros' mapping")
    macros = {**lexicon_macros(lexicon), **{str(k): str(v) for k, v in macros_doc["macros"].items()}}
    known = {r.name for r in ontology.relations()}
    digest = hashlib.sha256()
    rules: list[Rule] = []
    negations: dict[str, re.Pattern[str]] = {}
    hedges: dict[str, re.Pattern[str]] = {}
    for path in sorted(directory.glob("*.yaml")):
        digest.update(path.read_bytes())
        if path.name in ("lexicon.yaml", "macros.yaml", "triggers.yaml"):
            continue
        doc = _load_yaml(path)
        if not isinstance(doc, dict) or "relation" not in doc or not isinstance(doc.get("rules"), list):
            raise DataError(path, "a rule file needs 'relation' and a list of 'rules'")
        relation = str(doc["relation"])
        if relation not in known:
            raise DataError(path, f"relation {relation!r} is not declared in ontology/kg.ttl")
        for key, table in (("negation_cues", negations), ("hedge_cues", hedges)):
            cues = doc.get(key) or []
            if cues:
                table[relation] = _compile(
                    "|".join(f"(?:{expand_macros(str(c), macros, path)})" for c in cues), path, key
                )
        for number, spec in enumerate(doc["rules"], 1):
            rules.append(_rule(spec, relation, known, macros, path, number))
    ids = [r.id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DataError(directory, f"rule ids used twice: {', '.join(duplicates)}")
    if compiled:
        for rule in rules:
            rule.regex
    # where a word ends as DESCWORD ends: before a space, or a comma and a space
    describing = _compile(alternation([*lexicon.roles, *lexicon.descriptors]) + r"(?=,?\s)", directory, "roles and descriptors")
    return RuleSet(tuple(rules), negations, hedges, digest.hexdigest()[:8], describing)


def _rule(spec: object, relation: str, known: set[str], macros: dict[str, str], path: Path, number: int) -> Rule:
    if not isinstance(spec, dict) or "id" not in spec or "pattern" not in spec:
        raise DataError(path, f"rule {number} needs an 'id' and a 'pattern'")
    rule_id = str(spec["id"])
    where = f"rule {rule_id}"
    if not re.fullmatch(r"[a-z0-9_]+(?:[-.][a-z0-9_]+)*", rule_id):
        raise DataError(path, f"{where}: ids are lower-case words (a-z, 0-9, _) joined by '-' or '.'")
    pattern = expand_macros(str(spec["pattern"]).strip(), macros, path)
    trigger = _compile(str(spec["trigger"]), path, where) if spec.get("trigger") else None
    status = str(spec.get("status", "asserted"))
    emits = []
    for item in spec.get("emit") or [{"relation": relation, "subject": "subj", "object": "obj"}]:
        emit = Emit(
            relation=str(item.get("relation", relation)),
            subject=item.get("subject"),
            object=item.get("object"),
            pair=item.get("pair"),
            from_party=item.get("from"),
            status=item.get("status"),
            confidence=float(item["confidence"]) if "confidence" in item else None,
        )
        if emit.relation not in known:
            raise DataError(path, f"{where}: relation {emit.relation!r} is not declared in ontology/kg.ttl")
        if (emit.pair is None) == (emit.subject is None or emit.object is None):
            raise DataError(path, f"{where}: an emit needs either 'pair' or both 'subject' and 'object'")
        if (emit.status or status) not in STATUSES:
            raise DataError(path, f"{where}: status must be one of {', '.join(STATUSES)}")
        emits.append(emit)
    confidence = float(spec.get("confidence", 0.8))
    if not 0 < confidence <= 1:
        raise DataError(path, f"{where}: confidence must be in (0, 1]")
    return Rule(
        id=rule_id,
        relation=relation,
        pattern=pattern,
        trigger=trigger,
        confidence=confidence,
        emits=tuple(emits),
        path=path,
        status=status,
        defaults={str(k): str(v) for k, v in (spec.get("defaults") or {}).items()},
        require={str(k): str(v) for k, v in (spec.get("require") or {}).items()},
        yields_to_parse=bool(spec.get("yields_to_parse", False)),
    )
