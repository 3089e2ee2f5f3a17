"""The names the extractor knows before reading: the graph's entities (labels and aliases) and the
lexicon's parties, indexed for the matchers; and how a new name becomes an entity reference."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import slugs
from ..model import Entity
from ..resolve import normalize
from .dates import YEAR
from .lexicon import Lexicon
from .model import EntityRef
from .signatures import is_a

__all__ = ["NameIndex", "ElectionInfo", "slug", "election_info", "same_person_name", "abbreviates"]

_CAPITAL_WORD = re.compile(r"[A-Z][\w.']*")


def slug(label: str) -> str:
    """'Bernie Sanders' -> 'bernie-sanders': the id a new entity gets (graph.slugs.slug, the
    one rule of every writer), or 'entity' for a name with nothing to make an id of."""
    try:
        return slugs.slug(label)
    except slugs.NoSlug:
        return "entity"


_SUFFIX_WORDS = {"jr", "sr", "ii", "iii", "iv"}


def same_person_name(a: str, b: str) -> bool:
    """Whether two ways of writing a name can be one person's: the same last name (or one part
    of a double-barrelled one), and first names that agree as written, as an initial ("J. P.
    Nadda", "Jagat Prakash Nadda"), after a leading initial ("N. Chandrababu Naidu", "Chandrababu
    Naidu") or as a nickname of the lexicon ("Pat", "Patricia"); middle names aside."""
    from .lexicon import load_lexicon

    first_a, last_a = _first_last(a)
    first_b, last_b = _first_last(b)
    if last_a != last_b and first_a == first_b and (last_a in _barrels(b) or last_b in _barrels(a)):
        last_a = last_b  # a double-barrelled surname: "Sara Duterte-Carpio" is Sara Duterte
    if not last_a or last_a != last_b or not first_a or not first_b:
        return False
    if (len(first_a) == 1) != (len(first_b) == 1):  # a leading initial: "N. Chandrababu Naidu", "H. Ross Perot"
        initialled, spelled = (a, first_b) if len(first_a) == 1 else (b, first_a)
        given = next((w for w in normalize(initialled).split()[:-1] if len(w) > 1), "")
        if given == spelled:
            return True
    if first_a == first_b or first_a in _quoted(b) or first_b in _quoted(a):  # 'Vicente "Tito" Sotto' is Tito Sotto
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    nicknames = load_lexicon().nicknames
    return bool(nicknames.get(first_a, {first_a}) & nicknames.get(first_b, {first_b}))


_MINOR_WORDS = {"of", "the", "for", "and", "&", "in", "on", "to"}


def abbreviates(letters: str, name: str) -> bool:
    """Whether `letters` are the initials of an organization's `name`, with or without its small
    words: "PCCC" of "Progressive Change Campaign Committee", "FOP" of "Fraternal Order of
    Police", "AFSCME" of "American Federation of State, County and Municipal Employees"."""
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return False
    words = [w for w in re.split(r"[\s,-]+", name) if w]
    if len(words) < 2:
        return False
    every = "".join(w[0] for w in words).upper()
    main = "".join(w[0] for w in words if w.lower() not in _MINOR_WORDS).upper()
    return letters in (every, main)


def _barrels(name: str) -> list[str]:
    """The parts of a double-barrelled last name: "Sara Duterte-Carpio" -> ["duterte", "carpio"]."""
    words = name.split()
    return normalize(words[-1]).split() if len(words) > 1 and "-" in words[-1] else []


def _quoted(name: str) -> set[str]:
    """The nicknames a name gives in quotes, lower-cased: 'Jesus "Chuy" Garcia' -> {"chuy"}."""
    return {n.lower() for n in re.findall(r"[\"“”'‘’]([A-Za-z][\w-]*)[\"“”'‘’]", name)}


def _first_last(name: str) -> tuple[str, str]:
    words = [w for w in normalize(name).split() if w not in _SUFFIX_WORDS]
    return (words[0], words[-1]) if len(words) >= 2 else ("", "")


@dataclass(frozen=True)
class ElectionInfo:
    """What an election name says: office key, place words and year, any of them unknown."""

    office: str | None
    places: frozenset[str]
    year: str | None


def election_info(name: str, lexicon: Lexicon) -> ElectionInfo:
    """Office, place words and year of an election name: '2013 LA mayoral runoff' ->
    ('mayor', {'los', 'angeles'}, '2013')."""
    words = _election_words(lexicon)
    text = name.replace("’", "'")
    lowered = text.lower()
    office = next((lexicon.offices[word] for word, pattern in words.offices if pattern.search(lowered)), None)
    places: set[str] = set()
    rest = text
    # In ASCII text, an ASCII alias can match only where its letters are, in either case:
    # most of the patterns need not run.
    ascii_text = text.isascii()
    lowered_rest = lowered
    for alias, folded, pattern in words.places:
        if ascii_text and folded is not None and folded not in lowered_rest:
            continue
        if pattern.search(rest):
            if lexicon.places[alias] not in lexicon.national_places:
                places.update(lexicon.places[alias].split())
            rest = pattern.sub(" ", rest)
            lowered_rest = rest.lower()
    for word in _CAPITAL_WORD.findall(rest):
        key = normalize(word.removesuffix("'s"))
        if key and key not in words.skip and not any(key in n for n in words.party_names):
            places.update(key.split())
    year = YEAR.search(text)
    return ElectionInfo(office, frozenset(places), year.group() if year else None)


@dataclass(frozen=True)
class _ElectionWords:
    """The lexicon's words election_info looks for, compiled once (an index of thousands of
    elections would otherwise build and look up hundreds of patterns per name)."""

    offices: tuple[tuple[str, re.Pattern[str]], ...]  # longest first
    places: tuple[tuple[str, str | None, re.Pattern[str]], ...]  # longest first; lower-cased if ASCII
    skip: frozenset[str]  # capitalized words that are no place
    party_names: tuple[str, ...]  # normalized


_ELECTION_WORDS: list[tuple[Lexicon, _ElectionWords]] = []


def _election_words(lexicon: Lexicon) -> _ElectionWords:
    for known, words in _ELECTION_WORDS:
        if known is lexicon:
            return words
    offices = tuple(
        (word, re.compile(r"(?<![\w.])" + re.escape(word.lower()) + r"(?![\w])"))
        for word in sorted(lexicon.offices, key=len, reverse=True)
    )
    places = tuple(
        (
            alias,
            alias.lower() if alias.isascii() else None,
            re.compile(r"(?<![\w.])" + re.escape(alias) + r"(?![\w])", re.I if len(alias) > 3 else 0),
        )
        for alias in sorted(lexicon.places, key=len, reverse=True)
    )
    skip = {w.lower() for w in lexicon.offices} | {w.lower() for w in lexicon.contests}
    skip |= {w.lower() for w in lexicon.not_first_names}
    party_names = tuple(normalize(n) for p in lexicon.parties for n in p.names)
    words = _ElectionWords(offices, places, frozenset(skip), party_names)
    _ELECTION_WORDS[:] = [(lexicon, words)]  # one lexicon at a time (tests load others)
    return words


@dataclass
class NameIndex:
    """Lookup tables over the graph's entities and the lexicon's parties."""

    lexicon: Lexicon
    persons: dict[str, list[EntityRef]] = field(default_factory=lambda: defaultdict(list))  # exact text
    parties: dict[str, EntityRef] = field(default_factory=dict)  # lower-cased text
    organizations: dict[str, EntityRef] = field(default_factory=dict)  # lower-cased text
    elections: dict[str, EntityRef] = field(default_factory=dict)  # lower-cased text
    election_infos: list[tuple[EntityRef, ElectionInfo]] = field(default_factory=list)
    last_names: dict[str, list[EntityRef]] = field(default_factory=lambda: defaultdict(list))
    abbreviations: dict[str, EntityRef] = field(default_factory=dict)  # 'D' -> Democratic Party
    by_party_label: dict[str, EntityRef] = field(default_factory=dict)  # lexicon label -> party
    coalitions: set[EntityRef] = field(default_factory=set)  # the lexicon's parties that are coalitions of others
    local_parties: dict[str, dict[str, EntityRef]] = field(default_factory=dict)  # country -> name as written -> party
    bodies: dict[str, tuple[str | None, EntityRef]] = field(default_factory=dict)  # name as written -> (country, body)
    ids: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, entities: Iterable[Entity], lexicon: Lexicon) -> NameIndex:
        index = cls(lexicon)
        party_entities: list[tuple[EntityRef, set[str]]] = []
        for entity in entities:
            ref = EntityRef(entity.id, entity.label, entity.type)
            index.ids.add(entity.id)
            names = [entity.label, *entity.aliases]
            if is_a(entity.type, "Person"):
                for name in names:
                    if ref not in index.persons[name]:
                        index.persons[name].append(ref)
                words = entity.label.split()
                if len(words) > 1:
                    index.last_names[words[-1]].append(ref)
            elif is_a(entity.type, "PoliticalParty"):
                party_entities.append((ref, {normalize(n) for n in names}))
                for name in names:
                    if len(name) > 2:
                        index.parties.setdefault(name.lower(), ref)
            elif is_a(entity.type, "Election"):
                for name in names:
                    index.elections.setdefault(name.lower(), ref)
                index.election_infos.append((ref, election_info(" ".join(names), lexicon)))
            else:
                for name in names:
                    if len(name) > 2:
                        index.organizations.setdefault(name.lower(), ref)
        for body in lexicon.organizations:
            ref = next((index.organizations[n.lower()] for n in (body.label, *body.names) if n.lower() in index.organizations), None)
            ref = ref or EntityRef(slug(body.label), body.label, "Organization", new=True)
            for name in body.names:
                index.bodies.setdefault(name, (body.country, ref))
        for party in lexicon.parties:
            keys = {normalize(n) for n in (party.label, *party.names)}
            ref = next((r for r, names in party_entities if names & keys), None)
            if ref is None:
                ref = EntityRef(slug(party.label), party.label, "PoliticalParty", new=True)
            index.by_party_label[party.label] = ref
            if party.coalition:
                index.coalitions.add(ref)
            for name in party.names:
                index.parties.setdefault(name.lower(), ref)
            for name in party.local_names:
                index.local_parties.setdefault(party.country or "", {}).setdefault(name, ref)
            for letter in party.abbreviations:
                index.abbreviations.setdefault(letter, ref)
        return index

    def election_year(self, ref: EntityRef) -> str | None:
        return next((info.year for known, info in self.election_infos if known == ref), None)

    def known_last_name(self, word: str) -> EntityRef | None:
        """The one known person whose label ends with `word`, if exactly one does."""
        found = self.last_names.get(word, [])
        return found[0] if len(found) == 1 else None

    def resolve_election(self, info: ElectionInfo, *, year: str | None, seen: list[EntityRef]) -> EntityRef | None:
        """The known election this description fits: office, places and year agree; among
        several, or when the description names no place ("the Senate race", which may be any
        state's), the one the article already named."""
        if info.office is None and not info.places:
            return None
        year = info.year or year
        fits = [
            ref
            for ref, known in self.election_infos
            if (info.office is None or known.office == info.office)
            and info.places <= known.places
            and (year is None or known.year is None or known.year == year)
        ]
        if len(fits) == 1 and (info.places or info.office in self.lexicon.national_offices):
            return fits[0]
        earlier = [ref for ref in reversed(seen) if ref in fits]
        return earlier[0] if earlier else None
