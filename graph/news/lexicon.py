"""The extractor's word lists, read from ontology/patterns/lexicon.yaml (see the comments there)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import DataError
from ..resources import ontology_dir

__all__ = ["Lexicon", "PartyWords", "BodyWords", "load_lexicon", "patterns_dir", "alternation", "read_mapping"]

TYPE_RANK = ("Politician", "Celebrity", "Person")  # when several roles stand before a name


def patterns_dir() -> Path:
    """ontology/patterns: the lexicon and one rule file per relation type."""
    return ontology_dir() / "patterns"


def without_accents(word: str) -> str:
    """A word with its letters' accents taken off: "Tomás" -> "Tomas"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class FirstNames(dict):
    """First names and the gender nearly only one bears, looked up with or without accents:
    the lists are the US Census's, which write "Tomas" and "Jose" for "Tomás" and "José"."""

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or (isinstance(name, str) and dict.__contains__(self, without_accents(name)))

    def get(self, name, default=None):
        return dict.get(self, name, dict.get(self, without_accents(name), default) if isinstance(name, str) else default)


@dataclass(frozen=True)
class PartyWords:
    label: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    country: str | None = None
    local_names: tuple[str, ...] = ()  # names of this party only in an article about `country`
    coalition: bool = False  # parties stand in it, and their members are its members too


@dataclass(frozen=True)
class BodyWords:
    """A body known by a name with no organization word in it ("Unite", "SEIU")."""

    label: str
    names: tuple[str, ...]  # matched with their capital letters
    country: str | None = None  # only in an article about this country


@dataclass(frozen=True)
class Lexicon:
    parties: tuple[PartyWords, ...]
    organizations: tuple[BodyWords, ...]
    roles: dict[str, str]  # lower-cased role phrase -> entity type it suggests
    descriptors: frozenset[str]  # lower-cased
    not_first_names: frozenset[str]
    not_person_words: frozenset[str]
    first_names_too: frozenset[str]  # of those, the ones that may begin a name ("Bill Nash")
    surnames_too: frozenset[str]  # of those, the ones that may end a name after a first name ("Kari Lake")
    organization_words: frozenset[str]
    places: dict[str, str]  # a way of writing a place, as written -> its canonical name, lower-cased
    offices: dict[str, str]  # lower-cased office word -> office key (mayor, governor, ...)
    national_offices: frozenset[str]  # office keys of the whole country (president)
    national_places: frozenset[str]  # lower-cased canonical places that are the whole country
    contests: tuple[str, ...]
    anaphors: tuple[str, ...]
    subject_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    countries: dict[str, tuple[str, ...]]  # country code -> the words that say an article is about it
    country_initials: dict[str, tuple[str, ...]]  # country code -> initials of its parties alone ("ODM", "UDA")
    regions: dict[str, tuple[str, ...]]  # region code ("CA-ON") -> the words that say an article is about it
    region_cues: frozenset[str]  # lower-cased words that, beside a party's name, make it the region's ("premier")
    nicknames: dict[str, frozenset[str]]  # lower-cased first name -> the names it shares a person with
    titles: dict[str, frozenset[str]]  # lower-cased title ("rep.") -> the role nouns a later mention may use ("congresswoman")
    first_name_titles: frozenset[str]  # titles said with a first name alone: "Sir Keir" is Keir Starmer
    gender_pronouns: dict[str, str]  # lower-cased pronoun -> "female" or "male"
    # "Sonia" -> "female": first names nearly only one gender bears; "Chris" -> "": first names either bears
    first_name_genders: dict[str, str]
    gender_words: dict[str, str]  # lower-cased word written before a name ("ms", "congresswoman") -> gender
    other_major: dict[str, str]  # party label -> the other of its two-party pair
    party_endings: frozenset[str]  # last words of a party's name the lexicon does not know ("Party", "Front")
    party_bare_endings: frozenset[str]  # last words of one only as its very last word ("Alliance")
    party_beginnings: frozenset[str]  # first words of one, in other languages ("Parti", "Partido")
    not_parties: frozenset[str]  # names ending so that are no party ("Tea Party")
    party_possessors: frozenset[str]  # words whose possessive begins a party's name ("People's")
    before_parties: frozenset[str]  # capitalized words before a party's name that are no part of it ("Opposition")
    founding: frozenset[str]  # lower-cased forms of founding: a name after one is a party's
    party_standing: frozenset[str]  # lower-cased words of a party's standing ("ruling"): a name after one is a party's
    kin: frozenset[str]  # lower-cased words of a relative ("father", "son-in-law")

    @cached_property
    def _country_words(self) -> tuple[re.Pattern[str], dict[str, list[str]]]:
        """One pattern for all countries' words (the longest first, so "New South Wales" is not
        "Wales"), and the countries each word found says."""
        codes: dict[str, list[str]] = {}
        for code, words in self.countries.items():
            for word in _forms(words):
                codes.setdefault(word, []).append(code)
        return _any_of(codes), codes

    @cached_property
    def _initials_pattern(self) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])%s(?![\w-])" % alternation((w for words in self.country_initials.values() for w in words), any_space=False))

    @cached_property
    def office_patterns(self) -> tuple[tuple[str, re.Pattern[str], str], ...]:
        """The office words (lower-cased, longest first: "lieutenant governor" before "governor"),
        each with its pattern and its office."""
        return tuple((word, re.compile(rf"\b{re.escape(word)}\b"), key) for word, key in sorted(self.offices.items(), key=lambda o: -len(o[0])))

    @cached_property
    def party_patterns(self) -> tuple[tuple[re.Pattern[str], str, str | None, bool], ...]:
        """Each party's names, and apart its local names, as written (capitalized), with the party's
        label and country, and whether the names are local (said only in an article about the country)."""
        return tuple(
            (_any_of(names), p.label, p.country, local)
            for p in self.parties for names, local in ((p.names, False), (p.local_names, True)) if names
        )  # fmt: skip

    @cached_property
    def place_pattern(self) -> re.Pattern[str]:
        """Every way of writing a place other than a whole country, longest first (`places` gives the place)."""
        names = (alias for alias, place in self.places.items() if place not in self.national_places)
        return _any_of(names)

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Every way of writing a place, lower-cased."""
        return frozenset(p.lower() for p in self.places)

    def not_a_name(self, words: list[str]) -> bool:
        """Whether these words cannot be a person's name: one of them is in not_person_words (one
        of first_names_too may begin it: "Bill Nash"; one of surnames_too may end it after a first
        name: "Kari Lake", not "Clear Lake")."""
        def surname(i: int, w: str) -> bool:
            return i == len(words) - 1 and i > 0 and w in self.surnames_too and words[i - 1] in self.first_name_genders

        return any(w in self.not_person_words and (i or w not in self.first_names_too) and not surname(i, w) for i, w in enumerate(words))

    def names_a_place(self, label: str) -> bool:
        """Whether the lexicon knows these words as a place or a country's own ("Lok Sabha"), or
        they end with a country's own name of several words ("Rampur Lok Sabha", a seat)."""
        words = label.split()
        return label.lower() in self.place_words or any(
            " ".join(words[-n:]) in own for n in (1, 2, 3) if n <= len(words) and (n > 1 or n == len(words)) for own in self.countries.values())

    def country_of(self, text: str, least: int = 2, address: str = "") -> str | None:
        """The country an article (or, with `least` 1, a sentence) is about (see `countries` in
        lexicon.yaml), if any: the one whose country-code domain its address is on ("www.cbc.ca",
        "nzherald.co.nz") if its words name it at least `least` times (a party's name it shares,
        "Labour", may name another more); else the one its words name most, at least `least`
        times, and alone; else the domain's, unless its words name another more."""
        pattern, codes = self._country_words
        counts = dict.fromkeys((code for code, words in self.countries.items() if words), 0)
        for word in pattern.findall(text):
            for code in codes[word]:
                counts[code] += 1
        initials = set(self._initials_pattern.findall(text))
        for code, words in self.country_initials.items():  # each party's initials ("ODM ... UDA") count as a word
            if words:
                counts[code] = counts.get(code, 0) + len({w.upper() for w in initials.intersection(words)})
        domain = _country_of_domain(address, self.countries)
        if domain is not None and counts.get(domain, 0) >= least:
            return domain
        ranked = sorted(counts.values(), reverse=True)
        best = max(counts, key=counts.get) if counts else None
        if best is None or ranked[0] < least or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return domain if domain is not None and counts[domain] == (ranked[0] if ranked else 0) else None
        return best

    @cached_property
    def _region_patterns(self) -> dict[str, re.Pattern[str]]:
        return _word_patterns(self.regions)

    def region_of(self, text: str) -> str | None:
        """The region (province) an article is about, if any: the one its words name most, of two
        named as often the one named first."""
        found = {code: (len(hits), -hits[0].start()) for code, pattern in self._region_patterns.items()
                 if (hits := list(pattern.finditer(text)))}  # fmt: skip
        return max(found, key=found.get) if found else None

    def names_region(self, word: str, code: str) -> bool:
        """Whether a word is one of the region's places ("Ontario" of CA-ON)."""
        pattern = self._region_patterns.get(code)
        return pattern is not None and pattern.fullmatch(word) is not None

    def role_type(self, words: Iterable[str]) -> str | None:
        """The entity type the strongest of these role words suggests, if any."""
        found = {self.roles[w.lower()] for w in words if w.lower() in self.roles}
        return next((t for t in TYPE_RANK if t in found), None)


def _own_initials(parties: Iterable[PartyWords], country: str) -> tuple[str, ...]:
    """The initials ("ODM", "SLFP") a party of `country` goes by that no party of another country
    does, of three letters or more ("DA" is a district attorney too), and those the lexicon also
    lists written as a word ("Umno")."""
    def initials(p: PartyWords) -> set[str]:
        names = (*p.names, *p.local_names)
        return {n for n in names if (n.isupper() or n.upper() in names) and len(n) > 2 and " " not in n}

    elsewhere = {n for p in parties if (p.country or "").split("-")[0] != country for n in initials(p)}
    return tuple(sorted({n for p in parties if (p.country or "").split("-")[0] == country for n in initials(p)} - elsewhere))


def _country_of_domain(address: str, countries: Iterable[str]) -> str | None:
    """The country whose country-code domain an address is on, of these ISO codes ("uk" is GB's)."""
    try:
        host = urlsplit(address).hostname or ""
    except ValueError:
        return None
    code = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    code = "GB" if code == "UK" else code
    return code if code in countries else None


def _forms(words: Iterable[str]) -> set[str]:
    """Place names as written and, capitalized ones, in capitals, as a dateline writes them ("LONDON, May 3 -")."""
    return {*words, *(w.upper() for w in words if w[:1].isupper())}


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern for any of these whole words, the longest first: "New South Wales" before "Wales"."""
    return re.compile(r"(?<![\w.])%s(?!\w)" % alternation(words, any_space=False))


def _word_patterns(groups: dict[str, tuple[str, ...]]) -> dict[str, re.Pattern[str]]:
    """Per region, one pattern for its words."""
    return {code: _any_of(_forms(words)) for code, words in groups.items() if words}


def _strings(value: object, where: str, path: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(path, f"{where} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _flag(value: object, where: str, path: Path) -> bool:
    if not isinstance(value, bool):
        raise DataError(path, f"{where} must be true or false")
    return value


def read_mapping(path: Path, what: str) -> dict:
    """A YAML file of ontology/patterns that must hold a mapping; DataError naming it otherwise."""
    import yaml

    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataError(path, f"cannot read the {what}: {exc}") from None
    if not isinstance(doc, dict):
        raise DataError(path, f"the {what} must be a mapping")
    return doc


@cache
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Parse lexicon.yaml once; a malformed file is a DataError naming it."""
    path = path or patterns_dir() / "lexicon.yaml"
    doc = read_mapping(path, "lexicon")
    try:
        parties = tuple(
            PartyWords(
                str(p["label"]),
                _strings(p.get("names", []), "parties.names", path),
                _strings(p.get("abbreviations", []), "parties.abbreviations", path),
                str(p["country"]) if p.get("country") else None,
                _strings(p.get("local_names", []), "parties.local_names", path),
                _flag(p.get("coalition", False), "parties.coalition", path),
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
        organizations = tuple(
            BodyWords(str(o["label"]), _strings(o["names"], "organizations.names", path), str(o["country"]) if o.get("country") else None)
            for o in doc.get("organizations", [])
        )
        return Lexicon(
            parties=parties,
            organizations=organizations,
            roles=roles,
            descriptors=frozenset(w.lower() for w in _strings(doc["descriptors"], "descriptors", path)),
            not_first_names=frozenset(_strings(doc["not_first_names"], "not_first_names", path)),
            not_person_words=frozenset(_strings(doc["not_person_words"], "not_person_words", path)),
            first_names_too=frozenset(_strings(doc.get("first_names_too", []), "first_names_too", path)),
            surnames_too=frozenset(_strings(doc.get("surnames_too", []), "surnames_too", path)),
            organization_words=frozenset(_strings(doc["organization_words"], "organization_words", path)),
            places=places,
            offices=offices,
            national_offices=frozenset(_strings(elections.get("national", []), "elections.national", path)),
            national_places=frozenset(p.lower() for p in _strings(elections.get("national_places", []), "elections.national_places", path)),
            contests=_strings(elections["contests"], "elections.contests", path),
            anaphors=_strings(elections["anaphors"], "elections.anaphors", path),
            subject_pronouns=frozenset(_strings(pronouns["subject"], "pronouns.subject", path)),
            object_pronouns=frozenset(_strings(pronouns["object"], "pronouns.object", path)),
            possessive_pronouns=frozenset(_strings(pronouns["possessive"], "pronouns.possessive", path)),
            countries={  # a party's full name tells its country too ("All Progressives Congress": Nigeria)
                code: (*_strings(words, f"countries.{code}", path), *(n for p in parties if p.country == code for n in p.names))
                for code, words in doc["countries"].items()
            },
            country_initials={code: _own_initials(parties, code) for code in doc["countries"]},
            regions={code: _strings(words, f"regions.places.{code}", path) for code, words in doc["regions"]["places"].items()},
            region_cues=frozenset(w.lower() for w in _strings(doc["regions"]["cues"], "regions.cues", path)),
            nicknames=_nicknames(doc["nicknames"], path),
            titles={str(k).lower(): frozenset(w.lower() for w in ([v] if isinstance(v, str) else _strings(v, f"titles.{k}", path)))
                    for k, v in (doc.get("titles") or {}).items()},
            first_name_titles=frozenset(_strings(doc.get("first_name_titles", []), "first_name_titles", path)),
            gender_pronouns=_by_gender(doc.get("genders") or {}, "pronouns", path),
            gender_words=_by_gender(doc.get("genders") or {}, "words", path),
            first_name_genders=FirstNames({
                **{name: "" for name in _strings(doc.get("either_first_names", []), "either_first_names", path)},
                **{name: str(gender) for gender, lists in (doc.get("genders") or {}).items()
                   for name in _strings(lists.get("first_names", []), f"genders.{gender}.first_names", path)},
            }),  # fmt: skip
            other_major=_two_party_pairs(doc.get("two_party_pairs") or [], {p.label for p in parties}, path),
            party_endings=frozenset(_strings(doc["new_parties"]["endings"], "new_parties.endings", path)),
            party_bare_endings=frozenset(_strings(doc["new_parties"].get("bare_endings", []), "new_parties.bare_endings", path)),
            party_beginnings=frozenset(_strings(doc["new_parties"].get("beginnings", []), "new_parties.beginnings", path)),
            not_parties=frozenset(_strings(doc["new_parties"]["not_parties"], "new_parties.not_parties", path)),
            party_possessors=frozenset(_strings(doc["new_parties"]["possessors"], "new_parties.possessors", path)),
            before_parties=frozenset(_strings(doc["new_parties"].get("before", []), "new_parties.before", path)),
            founding=frozenset(w.lower() for w in _strings(doc["new_parties"].get("founding", []), "new_parties.founding", path)),
            party_standing=frozenset(w.lower() for w in _strings(doc["new_parties"].get("standing", []), "new_parties.standing", path)),
            kin=frozenset(w.lower() for w in _strings(doc.get("kin", []), "kin", path)),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataError(path, f"missing or malformed section {exc}") from None


def _two_party_pairs(pairs: object, labels: set[str], path: Path) -> dict[str, str]:
    if not isinstance(pairs, list):
        raise DataError(path, "two_party_pairs must be a list of pairs of party labels")
    other: dict[str, str] = {}
    for pair in pairs:
        names = _strings(pair, "two_party_pairs", path)
        if len(names) != 2 or not set(names) <= labels:
            raise DataError(path, f"two_party_pairs: {list(names)!r} is not a pair of the parties' labels")
        other[names[0]], other[names[1]] = names[1], names[0]
    return other


def _by_gender(genders: dict, key: str, path: Path) -> dict[str, str]:
    return {w.lower(): str(gender) for gender, lists in genders.items() for w in _strings(lists.get(key, []), f"genders.{gender}.{key}", path)}


def _nicknames(groups: object, path: Path) -> dict[str, frozenset[str]]:
    if not isinstance(groups, list):
        raise DataError(path, "nicknames must be a list of lists of names")
    table: dict[str, set[str]] = {}
    for group in groups:
        names = {n.lower() for n in _strings(group, "nicknames", path)}
        for name in names:
            table.setdefault(name, {name}).update(names)
    return {name: frozenset(names) for name, names in table.items()}


def alternation(words: Iterable[str], any_space: bool = True) -> str:
    r"""A regex alternation of `words`, each escaped; spaces match any whitespace (with
    `any_space` False, a space). Written as a tree of their shared beginnings ("gov(?:\.|ernor)?"),
    which the engine tries once each, not once per word (the rules that hold the lexicon's roles
    match some three times as fast as with a list); of the words that fit the text at one place
    it tries the longest first, as it would from a list of them longest first."""
    tree: dict = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(r"\s+" if char == " " and any_space else re.escape(char), {})
        node[""] = {}  # a word ends here
    return "(?:" + _branches(tree) + ")" if tree else "(?!)"  # (no words: nothing matches)


def _branches(node: dict) -> str:
    """The regex of a tree node: its branches, each its unit and its own regex, and, when a word
    ends here, nothing as the last choice."""
    branches = [unit + _branches(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return either
    return (either if len(branches) > 1 else "(?:" + either + ")") + "?"
