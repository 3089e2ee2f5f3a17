"""congress-legislators YAML (legislators-current, executive): people with ids and aliases.

Each person becomes a Politician with their Wikidata id (when given) and name variants as
aliases; two people the file names alike ("George Bush", father and son) are labelled with their
middle names and go by no name they share, so that the import keeps them two. Each term gives `member_of` its party over the term (date = start, end_date = end),
citing the term's line and fields (party, office, dates); a term with dated `party_affiliations`
gives one `member_of` per affiliation, and each change of party between consecutive affiliations
a `party_switch` dated the day the new one starts.

A file nested deeper than MAX_DEPTH is refused before it is composed: libyaml's composer recurses
once per level and overflows the C stack (a segfault) some thousands of levels down, while its
event parser, which measures the depth here, does not recurse.
"""

from __future__ import annotations

from collections import Counter

import yaml

from ..errors import DataError
from .base import Dataset, EntitySpec, Fact, Record, RowError, citation, iso_date, party_spec, wikidata_id

MAX_DEPTH = 64  # collections within collections; congress-legislators files nest 6 deep
OUTLET = "unitedstates/congress-legislators"
TITLE = "congress-legislators"
URL = "https://github.com/unitedstates/congress-legislators"
OFFICES = {"sen": "U.S. Senate", "rep": "U.S. House", "prez": "President", "viceprez": "Vice President"}
TITLES = {"sen": "Senator for {state}", "rep": "Representative for {state}-{district}", "prez": "President",
          "viceprez": "Vice President"}
DESCRIPTIONS = {"sen": "U.S. Senator ({})", "rep": "U.S. Representative ({})",
                "prez": "President of the United States", "viceprez": "Vice President of the United States"}


def detect(name: str, header: str) -> bool:
    return name.endswith((".yaml", ".yml")) and header.lstrip().startswith("- id:")


def _plain(node: yaml.Node):
    if isinstance(node, yaml.MappingNode):
        return {k.value: v for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return node.value


def _span(dataset: Dataset, node: yaml.Node) -> str:
    """The node's own lines of the file, verbatim (trailing blank space trimmed)."""
    return dataset.text[node.start_mark.index : node.end_mark.index].rstrip()


def _names(name: dict, shared: frozenset[str] = frozenset()) -> tuple[str, tuple[str, ...]]:
    """The label and aliases of a person. Of two people the file names alike by first and last
    name alone ("George Bush", father and son, neither with an official full name), each is
    labelled with the middle name and goes by no name they share, so that they stay two."""
    first, last = name.get("first", ""), name.get("last", "")
    suffix = name.get("suffix", "")
    variants = [f"{first} {last}", f"{name['nickname']} {last}" if name.get("nickname") else "",
                f"{first} {name['middle']} {last}" if name.get("middle") else "",
                f"{first} {last} {suffix}" if suffix else ""]
    label = name.get("official_full") or f"{first} {last}"
    if name.get("official_full"):
        return label, tuple(dict.fromkeys(v for v in variants if v and v != label))
    if label in shared and name.get("middle"):
        label = f"{first} {name['middle']} {last}"
    return label, tuple(dict.fromkeys(v for v in variants if v and v != label and v not in shared))


def _shared_names(root: yaml.SequenceNode) -> frozenset[str]:
    """The names ("George Bush") two or more people of the file would go by."""
    counts: Counter[str] = Counter()
    for node in root.value:
        person = _plain(node) if isinstance(node, yaml.MappingNode) else {}
        name = person.get("name") if isinstance(person, dict) else None
        if isinstance(name, yaml.MappingNode):
            fields = {k: _plain(v) for k, v in _plain(name).items() if isinstance(v, yaml.ScalarNode)}
            label, aliases = _names(fields)
            counts.update({label, *aliases})
    return frozenset(n for n, k in counts.items() if k > 1)


def _check_depth(dataset: Dataset, loader: type) -> None:
    depth = 0
    for event in yaml.parse(dataset.text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise DataError(dataset.path, f"YAML nested more than {MAX_DEPTH} levels deep",
                                event.start_mark.line + 1)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _office(term: dict) -> str:
    """"Representative for AZ-9", "Senator for AZ", "President"."""
    kind = term.get("type", "")
    return TITLES.get(kind, str(kind)).format(state=term.get("state", ""), district=term.get("district", "")).removesuffix("-")


def _date(value: str, line: int) -> str:
    if not value:
        raise RowError(line, "date '' is not YYYY-MM-DD")
    return iso_date(value, line)


def parse(dataset: Dataset) -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        _check_depth(dataset, loader)
        root = yaml.compose(dataset.text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(dataset.path, f"malformed YAML: {getattr(exc, 'problem', exc)}",
                        mark.line + 1 if mark else None) from None
    dataset.header = ""
    if not isinstance(root, yaml.SequenceNode):
        raise DataError(dataset.path, "expected a list of people", 1)
    shared = _shared_names(root)
    for person_node in root.value:
        line = person_node.start_mark.line + 1
        try:
            person = {k: _plain(v) for k, v in _plain(person_node).items()} if isinstance(person_node, yaml.MappingNode) else None
            if not person or "name" not in person or "terms" not in person:
                raise RowError(line, "a person needs name and terms")
            ids = {k: _plain(v) for k, v in person.get("id", {}).items()} if isinstance(person.get("id"), dict) else {}
            name = {k: _plain(v) for k, v in person["name"].items()}
            if not (name.get("official_full") or (name.get("first") and name.get("last"))):
                raise RowError(line, "name lacks first/last")
            label, aliases = _names(name, shared)
            if not label.strip():
                raise RowError(line, "name is blank")
            wikidata = wikidata_id(ids.get("wikidata", "") if isinstance(ids.get("wikidata", ""), str) else "", line)
            terms = [{k: _plain(v) for k, v in _plain(t).items()} for t in person["terms"]]
            last_term = terms[-1]
            kind, where = last_term.get("type", ""), last_term.get("state", "")
            spec = EntitySpec(label, "Politician", aliases, wikidata, state=where,
                              office=OFFICES.get(kind, ""), description=DESCRIPTIONS.get(kind, "").format(where))
            records = []
            for term_node, term in zip(person["terms"], terms):
                tline = term_node.start_mark.line + 1
                record = Record(tline, _span(dataset, term_node))
                record.entities.append(spec)
                start, end = _date(term.get("start", ""), tline), _date(term.get("end", ""), tline)
                office = _office(term)
                affiliations = term.get("party_affiliations")
                if isinstance(affiliations, list) and affiliations:
                    previous = None
                    for node in affiliations:
                        a = {k: _plain(v) for k, v in _plain(node).items()}
                        aline = node.start_mark.line + 1
                        party = party_spec(a.get("party", ""))
                        if party is not None:
                            begun, ended = _date(a.get("start", ""), aline), _date(a.get("end", ""), aline)
                            says = f"{label}, {a.get('party')}, {office}, {begun} to {ended}"
                            record.facts.append(Fact(spec, "member_of", party, date=begun, end_date=ended,
                                                     quote=citation(TITLE, f"line {aline}", says)))
                        if previous is not None:
                            old = party_spec(previous[1].get("party", ""))
                            if old is not None and party is not None and old != party:
                                switched = _date(a.get("start", ""), aline)
                                says = f"{label}, {previous[1].get('party')} to {a.get('party')}, {switched}, {office}"
                                record.facts.append(Fact(spec, "party_switch", party, from_party=old, date=switched,
                                                         quote=citation(TITLE, f"line {aline}", says)))
                        previous = (node, a)
                else:
                    party = party_spec(term.get("party", "") if isinstance(term.get("party"), str) else "")
                    if party is not None:
                        says = f"{label}, {term.get('party')}, {office}, {start} to {end}"
                        record.facts.append(Fact(spec, "member_of", party, date=start, end_date=end,
                                                 quote=citation(TITLE, f"line {tline}", says)))
                records.append(record)
        except RowError as error:
            dataset.errors.append(error)
            continue
        except (TypeError, AttributeError, KeyError):
            dataset.errors.append(RowError(line, "unexpected structure"))
            continue
        dataset.records.extend(records)
