"""Generate a synthetic political knowledge graph, in kg's own data format, of a chosen size.

    python benchmarks/generate.py --triples 1000000 --seed 7 --out /tmp/kg-1m
    kg path alice-anchor bob-anchor --data /tmp/kg-1m --store /tmp/kg-1m-store

or, from Python (the repository root on sys.path):

    >>> from benchmarks.generate import generate  # doctest: +SKIP
    >>> generate(Path("/tmp/kg-10k"), triples=10_000, seed=7)  # doctest: +SKIP
    {'target': 10000, 'triples': 10005, 'entities': 181, ...}

The output directory gets `sources.csv`, `sources/*.txt`, `entities.csv` and `statements.csv`
exactly as data/README.md describes them, written with the csv module (UTF-8, "\\n" line ends).
The same seed and size give byte-identical files; everything random comes from one
`random.Random(seed)`.

Size. `--triples` is the number of RDF triples `kg build` should store (`BuildReport.triples`).
The costs are not guessed: `_calibrate` measures them from the installed kg on tiny probe
corpora (what `graph.store.build` stores for an empty corpus, i.e. the ontology; what
`graph.triples.corpus_ntriples` adds for a source, a statement, each optional statement field and
an asserted statement's direct edge), and the entities' triples are counted by running the
converter over entities.csv as written. The generator then keeps an exact running count (a
direct edge asserted twice is stored once) and stops adding statements once the target is
reached, so the build lands within a few triples of it. Entities are sized first (about one
person per 60 triples); statements fill the rest.

The world. 2-4 parties; persons split into politicians (~60%), celebrities and other people,
with names from the small lists below and aliases (last name, "Sen. X"/"Rep. X"/..., sometimes a
misspelling that also appears in the texts); one election per ~30 politicians with 2-5
candidates each; organizations (unions, chambers of commerce...). Statements use all six
relation types within the ontology's domain and range:
    member_of      every politician (and some others) -> a party; a few switch parties, written as
                   member_of (with end_date) + party_switch (from_party = the old party) + member_of
    candidate_in   candidate -> election (election column = that election)
    rival_of       every pair of candidates of one election (written once; symmetric)
    endorsed       any entity -> a person; targets Zipf-distributed (power-law in-degree),
                   endorsers Zipf-distributed too, often tied to one of the target's elections
    advised        person -> politician, Zipf-distributed
About 94% of statements are asserted, the rest disputed or negated; dates are mostly
YYYY-MM-DD, some YYYY-MM or YYYY or empty; method is `curated` (confidence 1) or
`imported:synthetic#<row>` (confidence 0.55-0.99).

Sources. Each source is a synthetic article (title, outlet, date, then paragraphs) built from
the very sentences its statements quote, plus a few filler sentences, so every quote is verbatim
in its text. About 50 statements per source, more at large sizes so that there are at most
~2,000 source files; rows are written source by source, never held all at once.

Anchors. Every size contains two fixed people, `alice-anchor` (Alice Anchor) and `bob-anchor`
(Bob Anchor), connected by a planted path of exactly 4 hops through the graph's busiest
endorsement target (the "hub", a politician with a power-law share of all endorsements):

    Alice Anchor -advised-> Alma Bridgewater -endorsed-> HUB
        <-endorsed- Bruno Castellane <-advised- Bob Anchor

The anchors and the two intermediaries appear in no other statement, so the shortest path is
exactly these 4 hops and always within the default `--max-hops 6`, while the anchors sit at the
edge of the graph and the path has to cross its largest hub: use `kg path alice-anchor
bob-anchor` to benchmark path finding at every size.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import csv
import functools
import json
import math
import random
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph.datafiles import ENTITY_COLUMNS, SOURCE_COLUMNS, STATEMENT_COLUMNS

__all__ = ["generate", "ANCHORS"]

ANCHORS = ("alice-anchor", "bob-anchor")

# --- name lists ------------------------------------------------------------------------------

FIRST_NAMES = (
    "Aaron", "Abigail", "Adrian", "Aisha", "Alan", "Alejandro", "Alexis", "Amanda", "Amir", "Andrea",
    "Angela", "Anthony", "Ava", "Benjamin", "Beatriz", "Brandon", "Brenda", "Caleb", "Camila",
    "Carlos", "Caroline", "Catherine", "Chen", "Christopher", "Claire", "Daniel", "Darnell", "David",
    "Deborah", "Diana", "Dmitri", "Dolores", "Douglas", "Eduardo", "Eleanor", "Elena", "Elijah",
    "Emily", "Eric", "Esther", "Ethan", "Fatima", "Frances", "Francisco", "Gabriel", "Grace",
    "Gregory", "Hannah", "Harold", "Hector", "Helen", "Hiroshi", "Ian", "Ingrid", "Isaac",
    "Isabella", "Jamal", "James", "Janet", "Jasmine", "Javier", "Jennifer", "Jeremy", "Joan",
    "José", "Joseph", "Joshua", "Julia", "Kareem", "Katherine", "Keisha", "Kenneth", "Kevin",
    "Laura", "Lauren", "Leonard", "Linda", "Lucas", "Lucía", "Malik", "Marcus", "Margaret",
    "María", "Mark", "Martha", "Matthew", "Maya", "Megan", "Michael", "Miguel", "Min-jun",
    "Monica", "Nadia", "Natalie", "Nathan", "Nicole", "Noah", "Olivia", "Omar", "Patricia",
    "Patrick", "Paul", "Priya", "Rachel", "Rafael", "Raymond", "Rebecca", "Renée", "Ricardo",
    "Robert", "Rosa", "Ruth", "Samuel", "Sandra", "Sarah", "Sean", "Sofia", "Stephen", "Susan",
    "Tamika", "Teresa", "Thomas", "Timothy", "Tyrone", "Valerie", "Victor", "Vivian", "Walter",
    "Wei", "William", "Xavier", "Yolanda", "Yusuf", "Zoë",
)  # fmt: skip

LAST_NAMES = (
    "Abernathy", "Acosta", "Adams", "Aguilar", "Ahmed", "Alvarez", "Anderson", "Baker", "Banerjee",
    "Barnes", "Becker", "Bell", "Bennett", "Blackwell", "Brooks", "Brown", "Bryant", "Burke",
    "Caldwell", "Campbell", "Carter", "Castillo", "Chang", "Chavez", "Clark", "Coleman", "Collins",
    "Cooper", "Cruz", "Daniels", "Davis", "Delgado", "Diaz", "Dixon", "Donovan", "Douglas",
    "Dubois", "Edwards", "Ellis", "Espinoza", "Evans", "Fischer", "Fitzgerald", "Fleming",
    "Flores", "Foster", "Franklin", "Gallagher", "García", "Gibson", "Goldberg", "Gómez",
    "Gonzalez", "Gordon", "Graham", "Grant", "Greene", "Gupta", "Hall", "Hamilton", "Harper",
    "Hawkins", "Hayes", "Henderson", "Hernandez", "Hoffman", "Holland", "Howard", "Hughes",
    "Ibrahim", "Jackson", "Jenkins", "Jensen", "Johnson", "Jordan", "Kaplan", "Kelly", "Kennedy",
    "Khan", "Kim", "Kowalski", "Lambert", "Larsen", "Lee", "Lewis", "Lindqvist", "Lopez", "Lynch",
    "MacDonald", "Marshall", "Martin", "Martinez", "Matsumoto", "McCarthy", "Mendoza", "Meyer",
    "Mitchell", "Moreno", "Morgan", "Morris", "Murphy", "Nakamura", "Nguyen", "Nielsen", "Novak",
    "O'Brien", "O'Connor", "Okafor", "Olsen", "Ortiz", "Owens", "Palmer", "Park", "Patel",
    "Perez", "Peterson", "Phillips", "Powell", "Quinn", "Ramirez", "Reed", "Reyes", "Richardson",
    "Rivera", "Roberts", "Robinson", "Rodriguez", "Rossi", "Russell", "Sanchez", "Schmidt",
    "Schwartz", "Scott", "Shapiro", "Silva", "Simmons", "Singh", "Sullivan", "Suzuki", "Taylor",
    "Thompson", "Torres", "Tran", "Turner", "Vargas", "Vasquez", "Wagner", "Walker", "Wallace",
    "Washington", "Watson", "Weber", "Williams", "Wilson", "Wong", "Wright", "Yamamoto", "Young",
    "Zhang", "Zimmerman",
)  # fmt: skip

STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)  # fmt: skip

CITIES = (
    "Albany", "Austin", "Bakersfield", "Baton Rouge", "Birmingham", "Boise", "Buffalo",
    "Charleston", "Charlotte", "Chattanooga", "Cleveland", "Columbus", "Dayton", "Denver",
    "Des Moines", "Detroit", "Durham", "El Paso", "Eugene", "Fresno", "Grand Rapids",
    "Greensboro", "Harrisburg", "Hartford", "Houston", "Jacksonville", "Kansas City", "Knoxville",
    "Lansing", "Las Vegas", "Lexington", "Lincoln", "Little Rock", "Long Beach", "Louisville",
    "Madison", "Memphis", "Mesa", "Milwaukee", "Minneapolis", "Mobile", "Nashville", "New Haven",
    "Newark", "Oakland", "Omaha", "Orlando", "Pittsburgh", "Portland", "Providence", "Raleigh",
    "Reno", "Richmond", "Rochester", "Sacramento", "Salem", "San Antonio", "San Diego",
    "Santa Fe", "Savannah", "Scranton", "Spokane", "Springfield", "Stockton", "Syracuse",
    "Tacoma", "Tallahassee", "Toledo", "Tucson", "Tulsa", "Wichita", "Worcester",
)  # fmt: skip

PARTIES = (  # label, aliases; the first two are the big ones
    ("Democratic Party", ("Democrats", "Dems")),
    ("Republican Party", ("Republicans", "GOP")),
    ("Green Party", ("Greens",)),
    ("Libertarian Party", ("Libertarians",)),
)
PARTY_WEIGHTS = (0.47, 0.45, 0.05, 0.03)

TITLES = ("Sen.", "Rep.", "Gov.", "Mayor", "Councilmember", "State Sen.", "Assemblymember")
TITLE_ROLES = {
    "Sen.": "U.S. Senator", "Rep.": "U.S. Representative", "Gov.": "Governor", "Mayor": "Mayor",
    "Councilmember": "City councilmember", "State Sen.": "State senator",
    "Assemblymember": "State assemblymember",
}  # fmt: skip
CELEBRITY_ROLES = (
    "Actor", "Actress", "Singer", "Rapper", "Comedian", "Chef", "Talk show host", "Novelist",
    "Film director", "Basketball player", "Football player", "Tech entrepreneur", "Fashion designer",
    "Podcaster", "Country singer",
)  # fmt: skip
PERSON_ROLES = (
    "Campaign strategist", "Political consultant", "Pollster", "Labor organizer", "Pastor",
    "Small-business owner", "Journalist", "Fundraiser", "Attorney", "Community activist",
    "Economist", "Retired teacher", "Speechwriter", "Lobbyist",
)  # fmt: skip
ORG_KINDS = (
    "Teachers Union", "Chamber of Commerce", "Firefighters Association", "Nurses Association",
    "Building Trades Council", "Farm Bureau", "Police Officers Association", "Realtors Association",
    "Conservation Voters", "Small Business Alliance", "Hospitality Workers Union", "Bar Association",
)  # fmt: skip
ELECTION_KINDS = (  # label, id (slugged), alias
    ("{year} {city} mayoral election", "{city} mayor {year}", "{year} {city} mayoral race"),
    ("{year} {city} City Council District {n} election", "{city} council {n} {year}",
     "{year} {city} council race"),
    ("{year} {state} gubernatorial election", "{state} governor {year}",
     "{year} {state} governor's race"),
    ("{year} United States Senate election in {state}", "{state} senate {year}",
     "{year} {state} Senate race"),
    ("{year} {state} State Senate District {n} election", "{state} state senate {n} {year}",
     "{year} {state} state senate race"),
    ("{year} {state} congressional district {n} election", "{state} house {n} {year}",
     "{year} {state} House race"),
)  # fmt: skip
OUTLETS = (
    "The Daily Ledger", "Capitol Dispatch", "Metro Herald", "Valley Courier", "The Civic Record",
    "Northern Star Tribune", "Harbor Gazette", "Prairie Post", "The Statehouse Report",
    "Riverside Chronicle", "Lakeshore Times", "Mountain West Journal", "The Ballot Box",
    "Coastal Observer", "Heartland Sentinel",
)  # fmt: skip
FILLER = (
    "The campaign did not respond to a request for comment.",
    "Polls in the race have tightened in recent weeks.",
    "Turnout in the primary was lower than expected.",
    "Fundraising reports are due at the end of the quarter.",
    "Analysts said the race remains competitive.",
    "Several debates are scheduled before election day.",
    "The announcement came at a crowded rally downtown.",
    "Early voting begins next month.",
    "Local party officials declined to comment.",
    "The statement was posted on social media.",
)  # fmt: skip

# Relation types of ontology/kg.ttl that the generator writes; rival_of is its one
# owl:SymmetricProperty (checked against the ontology by tests/test_generate.py).
SYMMETRIC = frozenset({"rival_of"})
_RELATIONS = ("advised", "candidate_in", "endorsed", "member_of", "party_switch", "rival_of")
_REL_INDEX = {name: i for i, name in enumerate(_RELATIONS)}

ENTITY_TYPES = ("Politician", "Celebrity", "Person", "PoliticalParty", "Election", "Organization")
YEARS = tuple(range(1994, 2025, 2))
TRIPLES_PER_PERSON = 60  # sizes the world; statements then fill the budget exactly
STATEMENTS_PER_SOURCE = 50
MAX_SOURCES = 2000


# --- the cost model: how many triples kg build makes of each row ------------------------------


@dataclass(frozen=True)
class _Costs:
    """Triples per row, measured from the installed kg (see `_calibrate`); the defaults are
    graph/triples.py's counts at the time of writing, used only when kg cannot be imported."""

    fixed: int = 173  # what build() stores for an empty corpus: the ontology, kg.ttl
    source: int = 6  # type, label, title, outlet, date, text
    # type, subject, predicate, object, status, quote, source, method, confidence, and the quote's
    # two selectors (graph.anchors): hasSelector, type, exact, prefix, suffix; hasSelector, type, start, end
    statement: int = 18
    date: int = 1
    end_date: int = 1
    election: int = 1
    from_party: int = 1
    direct: int = 1  # the direct triple of an asserted statement (once per distinct edge)
    measured: bool = False

    def of(self, fact: _Fact) -> int:
        """Triples of the statement node alone (the direct edge is counted by the caller)."""
        return (
            self.statement
            + (self.date if fact.date else 0)
            + (self.end_date if fact.end_date else 0)
            + (self.election if fact.election is not None else 0)
            + (self.from_party if fact.from_party is not None else 0)
        )

    @staticmethod
    def entity_estimate(entity: _Entity) -> int:
        """Used only without kg: type, label, aliases, name keys, last-word key, description."""
        words, described = " " in entity.label, bool(entity.description)
        return 3 + 2 * len(entity.aliases) + int(words) + int(described)


def _write_csv(path: Path, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = _csv_writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)


def _converter_count(directory: Path) -> int:
    """How many distinct triples graph.triples makes of the data in `directory`."""
    from graph.datafiles import read_corpus
    from graph.triples import corpus_ntriples

    return len({line for chunk in corpus_ntriples(read_corpus(directory)) for line in chunk.splitlines()})


@functools.cache
def _calibrate() -> _Costs:
    """Measure every cost on tiny probe corpora with the real reader, converter and build().

    Each cost is the difference in triples between two probes that differ in one row or one
    field, so the generator follows graph/triples.py as it is, not as it was.
    """
    try:
        from graph.store import build
    except ImportError:
        return _Costs()
    entities = [
        ("probe-a", "Probe A", "Politician", "", "", ""),
        ("probe-b", "Probe B", "Politician", "", "", ""),
        ("probe-p", "Probe P", "PoliticalParty", "", "", ""),
        ("probe-q", "Probe Q", "PoliticalParty", "", "", ""),
        ("probe-e", "Probe E", "Election", "", "", ""),
    ]
    text = "Probe title\nProbe Outlet, 2020-01-02\n\nA did it.\n"
    source = ("probe-s", "Probe Outlet", "Probe title", "2020-01-02", "", "probe-s.txt")

    def row(
        relation: str = "endorsed", obj: str = "probe-b", status: str = "disputed", **fields: str
    ) -> tuple[str, ...]:
        return ("probe-a", relation, obj, fields.get("from_party", ""), fields.get("date", ""),
                fields.get("end_date", ""), fields.get("election", ""), "probe-s", "A did it",
                "", "", "", status, "curated", "1")  # fmt: skip  (no anchor: the reader finds it)

    with tempfile.TemporaryDirectory(prefix="kg-calibrate-") as tmp:
        probe = Path(tmp) / "data"
        (probe / "sources").mkdir(parents=True)
        (probe / "sources" / "probe-s.txt").write_text(text, encoding="utf-8")
        _write_csv(probe / "entities.csv", ENTITY_COLUMNS, [])

        def count(sources: Sequence[tuple[str, ...]], *statements: tuple[str, ...], ents: bool = True) -> int:
            _write_csv(probe / "entities.csv", ENTITY_COLUMNS, entities if ents else [])
            _write_csv(probe / "sources.csv", SOURCE_COLUMNS, sources)
            _write_csv(probe / "statements.csv", STATEMENT_COLUMNS, statements)
            return _converter_count(probe)

        count([], ents=False)  # an empty corpus: what build() stores of its own, the ontology
        fixed = build(probe, Path(tmp) / "store").triples
        bare = count([source])
        base = count([source], row()) - bare
        asserted = count([source], row(status="asserted")) - bare
        switch = count([source], row("party_switch", "probe-p", from_party="probe-q")) - bare
        return _Costs(
            fixed=fixed,
            source=bare - count([]),
            statement=base,
            date=count([source], row(date="2020")) - bare - base,
            end_date=count([source], row(end_date="2020")) - bare - base,
            election=count([source], row(election="probe-e")) - bare - base,
            from_party=switch - base,
            direct=asserted - base,
            measured=True,
        )


def _entity_triples(out_dir: Path, entities: Sequence[_Entity], costs: _Costs) -> int:
    """The entities' triples, counted by the real converter on entities.csv as written."""
    if not costs.measured:
        return sum(_Costs.entity_estimate(e) for e in entities)
    from graph.datafiles import read_corpus
    from graph.triples import corpus_ntriples

    _write_csv(out_dir / "sources.csv", SOURCE_COLUMNS, [])
    _write_csv(out_dir / "statements.csv", STATEMENT_COLUMNS, [])
    # Entity triples all have the entity as subject and the converter dedups aliases and keys,
    # so counting the stream is exact without holding it as a set.
    return sum(chunk.count("\n") for chunk in corpus_ntriples(read_corpus(out_dir)))


# --- the world ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entity:
    idx: int
    id: str
    label: str
    type: str
    aliases: list[str]
    description: str
    short: str = ""  # how prose refers to it a second time
    titled: str = ""  # "Sen. Jane Doe"
    misspelled: str = ""  # "Jane Deo", also listed as an alias
    party: int = -1  # current party (entity idx), -1 if none
    elections: list[int] = field(default_factory=list)  # elections it ran in (entity idx)
    year: int = 0  # elections only


@dataclass(slots=True)
class _Fact:
    subject: int
    relation: str
    object: int
    sentence: str
    status: str = "asserted"
    date: str = ""
    end_date: str = ""
    election: int | None = None
    from_party: int | None = None


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out, dash = [], False
    for ch in ascii_text.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def _misspell(rng: random.Random, word: str) -> str:
    """A plausible typo of `word`: two letters swapped, one doubled or one dropped."""
    for _ in range(8):
        i = rng.randrange(1, max(2, len(word) - 1))
        kind = rng.randrange(3)
        if kind == 0 and i + 1 < len(word):
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == 1:
            typo = word[:i] + word[i] + word[i:]
        else:
            typo = word[:i] + word[i + 1 :]
        if typo != word:
            return typo
    return word + "e"


class _Zipf:
    """Draws from `items` with probability proportional to 1 / rank**exponent (rank 1 first)."""

    def __init__(self, items: Sequence[int], exponent: float) -> None:
        self.items = list(items)
        total, cumulative = 0.0, []
        for rank in range(1, len(self.items) + 1):
            total += rank**-exponent
            cumulative.append(total)
        self.cumulative, self.total = cumulative, total

    def __call__(self, rng: random.Random) -> int:
        i = bisect.bisect_left(self.cumulative, rng.random() * self.total)
        return self.items[min(i, len(self.items) - 1)]


class _World:
    """Entities and who is what; sized from the triple target."""

    def __init__(self, rng: random.Random, triples: int) -> None:
        self.rng = rng
        self.entities: list[_Entity] = []
        self._ids: set[str] = set()
        persons = max(12, round(triples / TRIPLES_PER_PERSON))
        n_politicians = max(6, round(persons * 0.6))
        n_celebrities = max(2, round(persons * 0.15))
        n_people = max(2, persons - n_politicians - n_celebrities)

        n_parties = rng.randint(2, 4)
        self.parties = [
            self._add(_slug(label), label, "PoliticalParty", list(aliases), "Political party", short=label)
            for label, aliases in PARTIES[:n_parties]
        ]
        self.party_weights = PARTY_WEIGHTS[:n_parties]
        self.politicians = [self._person("Politician") for _ in range(n_politicians)]
        self.celebrities = [self._person("Celebrity") for _ in range(n_celebrities)]
        self.people = [self._person("Person") for _ in range(n_people)]
        self.elections = [self._election() for _ in range(max(1, n_politicians // 30))]
        self.organizations = [self._organization() for _ in range(max(3, persons // 40))]

        # The planted path between the anchors (see the module docstring).
        self.alice = self._add("alice-anchor", "Alice Anchor", "Person", ["Ms. Anchor"],
                               "Campaign strategist; benchmark anchor", short="Anchor")  # fmt: skip
        self.bob = self._add("bob-anchor", "Bob Anchor", "Person", ["Mr. Anchor"],
                             "Pollster; benchmark anchor", short="Anchor")  # fmt: skip
        self.alma = self._add("alma-bridgewater", "Alma Bridgewater", "Person", ["Bridgewater"],
                              "Political consultant", short="Bridgewater")  # fmt: skip
        self.bruno = self._add("bruno-castellane", "Bruno Castellane", "Celebrity", ["Castellane"],
                               "Singer", short="Castellane")  # fmt: skip

        for idx in self.politicians:
            self.entities[idx].party = self._party()
        for idx in self.celebrities + self.people:
            if rng.random() < 0.1:
                self.entities[idx].party = self._party()
        self.candidates: dict[int, list[int]] = {}  # election -> its candidates
        for election in self.elections:
            k = min(len(self.politicians), rng.randint(2, 5))
            self.candidates[election] = rng.sample(self.politicians, k)
            for idx in self.candidates[election]:
                self.entities[idx].elections.append(election)

        # Power-law pools: a random order of each population, rank 1 first.
        def ranked(items: list[int], exponent: float) -> _Zipf:
            order = list(items)
            rng.shuffle(order)
            return _Zipf(order, exponent)

        self.endorsed_politician = ranked(self.politicians, 1.05)
        self.endorsed_celebrity = ranked(self.celebrities, 1.0)
        self.endorser = {
            "Politician": ranked(self.politicians, 0.9),
            "Celebrity": ranked(self.celebrities, 0.9),
            "Person": ranked(self.people, 0.8),
            "Organization": ranked(self.organizations, 0.8),
            "PoliticalParty": ranked(self.parties, 0.5),
        }
        self.adviser = {"Person": ranked(self.people, 0.8), "Politician": ranked(self.politicians, 0.9)}
        self.hub = self.endorsed_politician.items[0]

    # -- making entities

    def _add(self, entity_id: str, label: str, type_: str, aliases: list[str], description: str,
             **extra: str) -> int:  # fmt: skip
        assert entity_id not in self._ids, entity_id
        self._ids.add(entity_id)
        unique = [a for a in dict.fromkeys(aliases) if a and a != label]
        entity = _Entity(len(self.entities), entity_id, label, type_, unique, description,
                         **extra)  # type: ignore[arg-type]  # fmt: skip
        self.entities.append(entity)
        return entity.idx

    def _name(self) -> tuple[str, str, str]:
        """(label, id, last name): a new id; a middle initial, then a number, when taken."""
        rng = self.rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        label = f"{first} {last}"
        for _ in range(6):
            if _slug(label) not in self._ids:
                return label, _slug(label), last
            label = f"{first} {chr(rng.randrange(65, 91))}. {last}"
        n = 2
        while f"{_slug(label)}-{n}" in self._ids:
            n += 1
        return label, f"{_slug(label)}-{n}", last

    def _person(self, type_: str) -> int:
        rng = self.rng
        label, entity_id, last = self._name()
        first = label.split(" ", 1)[0]
        aliases: list[str] = []
        titled = misspelled = ""
        if type_ == "Politician":
            title = rng.choice(TITLES)
            titled = f"{title} {label}"
            aliases = [last, titled, f"{title} {last}"]
            description = f"{TITLE_ROLES[title]} from {rng.choice(STATES)}"
            p_typo = 0.15
        elif type_ == "Celebrity":
            aliases = [last] if rng.random() < 0.6 else []
            description = rng.choice(CELEBRITY_ROLES)
            p_typo = 0.2
        else:
            aliases = [last] if rng.random() < 0.3 else []
            description = rng.choice(PERSON_ROLES)
            p_typo = 0.0
        if rng.random() < p_typo:
            misspelled = f"{first} {_misspell(rng, last)}"
            aliases.append(misspelled)
        return self._add(entity_id, label, type_, aliases, description, short=last, titled=titled,
                         misspelled=misspelled)  # fmt: skip

    def _election(self) -> int:
        rng = self.rng
        while True:
            year, n = rng.choice(YEARS), rng.randint(1, 12)
            label, key, alias = rng.choice(ELECTION_KINDS)
            place = {"city": rng.choice(CITIES), "state": rng.choice(STATES)}
            fill = {"year": year, "n": n, **place}
            entity_id = _slug(key.format(**fill))
            if entity_id not in self._ids:
                idx = self._add(entity_id, label.format(**fill), "Election", [alias.format(**fill)], "")
                self.entities[idx].year = year
                return idx

    def _organization(self) -> int:
        rng = self.rng
        label = f"{rng.choice(CITIES + STATES)} {rng.choice(ORG_KINDS)}"
        base, n = label, 1
        while _slug(label) in self._ids:
            n += 1
            label = f"{base} Local {n}"
        acronym = "".join(w[0] for w in label.split() if w[0].isupper())
        return self._add(_slug(label), label, "Organization", [acronym] if len(acronym) > 2 else [],
                         "Advocacy group" if rng.random() < 0.5 else "", short=label)  # fmt: skip

    def _party(self) -> int:
        return self.rng.choices(self.parties, weights=self.party_weights)[0]


# --- statements -----------------------------------------------------------------------------


class _Facts:
    """An endless, seeded stream of statement blocks (lists of facts), anchors first."""

    def __init__(self, world: _World, expected_statements: int) -> None:
        self.w = world
        self.rng = world.rng
        self.expected = max(1, expected_statements)
        self.emitted = 0

    # prose helpers

    def name(self, idx: int) -> str:
        e, r = self.w.entities[idx], self.rng.random()
        if e.misspelled and r < 0.05:
            return e.misspelled
        if e.titled and r < 0.2:
            return e.titled
        if e.type in ("PoliticalParty", "Election"):
            return "the " + e.label
        return e.label

    def short(self, idx: int) -> str:
        e = self.w.entities[idx]
        return "the " + e.label if e.type in ("PoliticalParty", "Election") else e.short or e.label

    def date(self, year: int | None = None) -> str:
        rng = self.rng
        year = year or rng.choice(range(YEARS[0], YEARS[-1] + 1))
        r = rng.random()
        if r < 0.05:
            return ""
        if r < 0.13:
            return str(year)
        if r < 0.25:
            return f"{year}-{rng.randint(1, 12):02d}"
        return f"{year}-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"

    def status(self, disputed: float, negated: float) -> str:
        r = self.rng.random()
        return "disputed" if r < disputed else "negated" if r < disputed + negated else "asserted"

    # blocks

    def __iter__(self) -> Iterator[list[_Fact]]:
        w, rng = self.w, self.rng
        yield self.anchors()
        structural: list[tuple[str, int]] = [("election", e) for e in w.elections]
        structural += [("member", p) for p in w.politicians]
        structural += [("member", p) for p in w.celebrities + w.people if w.entities[p].party >= 0]
        rng.shuffle(structural)
        pending = 0
        while True:
            left = self.expected - self.emitted
            # Structural blocks are spread so that they are all out by ~80% of the statements.
            rate = (len(structural) - pending) / max(1.0, 0.8 * left)
            if pending < len(structural) and rng.random() < rate:
                kind, idx = structural[pending]
                pending += 1
                block = self.election(idx) if kind == "election" else self.membership(idx)
            else:
                block = [self.advised() if rng.random() < 0.15 else self.endorsed()]
            self.emitted += len(block)
            yield block

    def anchors(self) -> list[_Fact]:
        """The planted path Alice Anchor - Alma Bridgewater - hub - Bruno Castellane - Bob Anchor."""
        w = self.w
        hub = w.entities[w.hub]
        election = hub.elections[0] if hub.elections else None
        year = w.entities[election].year if election is not None else YEARS[-1]
        race = f" in the {w.entities[election].label}" if election is not None else ""
        return [
            _Fact(w.alice, "advised", w.alma, "Alice Anchor served as an adviser to Alma Bridgewater.",
                  date=f"{year}-01-15"),
            _Fact(w.alma, "endorsed", w.hub, f"Alma Bridgewater endorsed {hub.label}{race}.",
                  date=f"{year}-03-02", election=election),
            _Fact(w.bruno, "endorsed", w.hub, f"Bruno Castellane threw his support behind {hub.label}{race}.",
                  date=f"{year}-03-09", election=election),
            _Fact(w.bob, "advised", w.bruno, "Bob Anchor advised Bruno Castellane on his political giving.",
                  date=f"{year}-02"),
        ]  # fmt: skip

    def election(self, election: int) -> list[_Fact]:
        w, rng = self.w, self.rng
        e = w.entities[election]
        candidates = w.candidates[election]
        facts = []
        for c in candidates:
            sentence = rng.choice((
                "{c} ran in {e}.", "{c} announced a campaign in {e}.", "{c} is a candidate in {e}.",
                "{c} filed paperwork to run in {e}.",
            )).format(c=self.name(c), e=self.name(election))  # fmt: skip
            date = self.date(e.year)
            facts.append(_Fact(c, "candidate_in", election, sentence, date=date, election=election))
        for i, a in enumerate(candidates):
            for b in candidates[i + 1 :]:
                status = self.status(0.05, 0.0)
                if status == "asserted":
                    sentence = rng.choice((
                        "{a} faced {b} in {e}.", "{a} and {b} were rivals in {e}.",
                        "{a} clashed with {b} during a debate in {e}.",
                    )).format(a=self.name(a), b=self.name(b), e=self.name(election))  # fmt: skip
                else:
                    sentence = (f"{self.name(a)} and {self.name(b)} were described as bitter rivals, "
                                f"a characterization {self.short(a)} disputed.")  # fmt: skip
                facts.append(_Fact(a, "rival_of", b, sentence, status=status, date=self.date(e.year),
                                   election=election))  # fmt: skip
        return facts

    def membership(self, person: int) -> list[_Fact]:
        w, rng = self.w, self.rng
        party = w.entities[person].party
        if w.entities[person].type == "Politician" and rng.random() < 0.03 and len(w.parties) > 1:
            old = rng.choice([p for p in w.parties if p != party])
            year = rng.choice(range(YEARS[0], YEARS[-1] + 1))
            switch = self.date(year) or str(year)
            s, again, was, now = self.name(person), self.short(person), self.name(old), self.name(party)
            return [
                _Fact(person, "member_of", old, f"{s} was a member of {was} until {year}.",
                      end_date=str(year)),
                _Fact(person, "party_switch", party, f"{s} left {was} and joined {now} in {year}.",
                      date=switch, from_party=old),
                _Fact(person, "member_of", party, f"{again} has been a member of {now} since {year}.",
                      date=str(year)),
            ]  # fmt: skip
        year = rng.choice(range(YEARS[0] - 20, YEARS[-1] + 1))
        if rng.random() < 0.5:
            sentence, date = f"{self.name(person)} joined {self.name(party)} in {year}.", str(year)
        else:
            sentence = rng.choice((
                "{p} is a longtime member of {q}.", "{p}, a member of {q}, spoke at the event.",
                "{p} is registered with {q}.",
            ))  # fmt: skip
            sentence, date = sentence.format(p=self.name(person), q=self.name(party)), ""
        return [_Fact(person, "member_of", party, sentence, status=self.status(0.02, 0.0), date=date)]

    def endorsed(self) -> _Fact:
        w, rng = self.w, self.rng
        target = w.endorsed_politician(rng) if rng.random() < 0.88 else w.endorsed_celebrity(rng)
        while True:
            kind = rng.choices(("Politician", "Celebrity", "Person", "Organization", "PoliticalParty"),
                               weights=(45, 25, 15, 13, 2))[0]  # fmt: skip
            endorser = w.endorser[kind](rng)
            if endorser != target:
                break
        elections = w.entities[target].elections
        election = rng.choice(elections) if elections and rng.random() < 0.7 else None
        date = self.date(w.entities[election].year if election is not None else None)
        s, o = self.name(endorser), self.name(target)
        race = f" in {self.name(election)}" if election is not None else ""
        status = self.status(0.04, 0.03)
        if status == "asserted":
            sentence = rng.choice((
                "{s} endorsed {o}{race}.", "{s} threw their support behind {o}{race}.",
                "{o} won the endorsement of {s}{race}.", "{s} announced support for {o}{race}.",
                "{s} campaigned alongside {o}{race}, urging voters to back {o}.",
            ))  # fmt: skip
        elif status == "disputed":
            sentence = "{s} was reported to have endorsed {o}{race}, a claim {ss} denied."
        else:
            sentence = rng.choice(
                ("{s} declined to endorse {o}{race}.", "{s} said they would not endorse {o}{race}.")
            )
        sentence = sentence.format(s=s, o=o, race=race, ss=self.short(endorser))
        return _Fact(endorser, "endorsed", target, sentence, status=status, date=date, election=election)

    def advised(self) -> _Fact:
        w, rng = self.w, self.rng
        target = w.endorsed_politician(rng)
        while True:
            adviser = w.adviser["Person" if rng.random() < 0.6 else "Politician"](rng)
            if adviser != target:
                break
        s, o = self.name(adviser), self.name(target)
        status = self.status(0.04, 0.02)
        if status == "asserted":
            sentence = rng.choice(("{s} served as an adviser to {o}.", "{s} advised {o} during the campaign.",
                                   "{s}, a longtime adviser to {o}, helped draft the platform."))  # fmt: skip
        elif status == "disputed":
            sentence = "{s} was said to have advised {o}, though {os} disputed it."
        else:
            sentence = "{s} never advised {o}, a spokesperson said."
        sentence = sentence.format(s=s, o=o, os=self.short(target))
        return _Fact(adviser, "advised", target, sentence, status=status, date=self.date())


# --- writing --------------------------------------------------------------------------------



def _csv_writer(handle):  # type: ignore[no-untyped-def]
    return csv.writer(handle, lineterminator="\n")


def _prepare(out_dir: Path, overwrite: bool) -> None:
    names = ("sources.csv", "entities.csv", "statements.csv")
    texts = out_dir / "sources"
    existing = [out_dir / n for n in names if (out_dir / n).exists()]
    existing += sorted(texts.glob("*.txt")) if texts.is_dir() else []
    if existing and not overwrite:
        raise FileExistsError(
            f"{out_dir} already holds data files ({existing[0].name}, ...); use --force to replace them"
        )
    for path in existing:
        path.unlink()
    texts.mkdir(parents=True, exist_ok=True)


class _Budget:
    """The running count of the triples `kg build` will store, against the target."""

    def __init__(self, costs: _Costs, target: int, used: int, n_entities: int) -> None:
        self.costs, self.target, self.used, self.n_entities = costs, target, used, n_entities
        self.edges: set[int] = set()  # asserted direct triples so far, (s, relation, o) as one int

    def left(self) -> bool:
        return self.used < self.target

    def add_source(self) -> None:
        self.used += self.costs.source

    def add(self, fact: _Fact) -> None:
        self.used += self.costs.of(fact)
        if fact.status != "asserted":
            return
        relation = _REL_INDEX[fact.relation]
        pairs = [(fact.subject, fact.object)]
        if fact.relation in SYMMETRIC:  # the converter writes both directions
            pairs.append((fact.object, fact.subject))
        for s, o in pairs:
            edge = (s * len(_RELATIONS) + relation) * self.n_entities + o
            if edge not in self.edges:  # the store keeps one copy of a repeated edge
                self.edges.add(edge)
                self.used += self.costs.direct


def _anchor_cells(text: str, quote: str) -> tuple[str, str, str]:
    """quote_start, quote_prefix, quote_suffix of a quote in its source's text."""
    from graph.anchors import anchor
    from graph.datafiles import anchor_fields

    cells = anchor_fields(anchor(text, quote))
    return cells["quote_start"], cells["quote_prefix"], cells["quote_suffix"]


def _article(title: str, outlet: str, date: str, sentences: list[str], rng: random.Random) -> str:
    """The source text: title, outlet and date, then paragraphs of the quoted sentences."""
    lines = [title, f"{outlet}, {date}", ""]
    paragraph: list[str] = []
    for sentence in sentences:
        if rng.random() < 0.12:
            paragraph.append(rng.choice(FILLER))
        paragraph.append(sentence)
        if len(paragraph) >= 5 and rng.random() < 0.4:
            lines += [" ".join(paragraph), ""]
            paragraph = []
    if paragraph:
        lines += [" ".join(paragraph), ""]
    return "\n".join(lines)


def generate(out_dir: Path, *, triples: int, seed: int = 7, overwrite: bool = False) -> dict[str, int]:
    """Write a synthetic data directory that `kg build` turns into about `triples` triples.

    Returns the counts written; "triples" is the number `kg build` is expected to store.
    Raises FileExistsError if `out_dir` already holds data files, unless `overwrite`.
    """
    if triples < 1:
        raise ValueError(f"triples must be positive, not {triples}")
    out_dir = Path(out_dir)
    _prepare(out_dir, overwrite)
    rng = random.Random(seed)
    costs = _calibrate()
    world = _World(rng, triples)
    entities = world.entities
    _write_csv(out_dir / "entities.csv", ENTITY_COLUMNS,
               [(e.id, e.label, e.type, "|".join(e.aliases), "", e.description)
                for e in sorted(entities, key=lambda e: e.id)])  # fmt: skip
    budget = _Budget(costs, triples, costs.fixed + _entity_triples(out_dir, entities, costs), len(entities))

    # About 1.3 optional fields and 0.95 direct triple per statement, plus its share of a source.
    per_statement = costs.statement + 1.3 + 0.95 * costs.direct + costs.source / STATEMENTS_PER_SOURCE
    expected = max(1, int((triples - budget.used) / per_statement))
    per_source = max(STATEMENTS_PER_SOURCE, math.ceil(1.1 * expected / MAX_SOURCES))
    blocks = iter(_Facts(world, expected))
    pending = collections.deque(next(blocks))  # the anchors' path, written whatever the budget
    counts = {"sources": 0, "statements": 0, "asserted": 0, "disputed": 0, "negated": 0}
    counts |= {f"relation_{name}": 0 for name in _RELATIONS}

    with (
        (out_dir / "sources.csv").open("w", encoding="utf-8", newline="") as sources_file,
        (out_dir / "statements.csv").open("w", encoding="utf-8", newline="") as statements_file,
    ):
        sources, statements = _csv_writer(sources_file), _csv_writer(statements_file)
        sources.writerow(SOURCE_COLUMNS)
        statements.writerow(STATEMENT_COLUMNS)
        while pending or budget.left():
            budget.add_source()
            rows: list[_Fact] = []
            seen: set[tuple[object, ...]] = set()
            # A block (an election's candidates and rivals, a party switch) is written whole.
            while len(rows) < per_source and (pending or budget.left()):
                if not pending:
                    pending.extend(next(blocks))
                fact = pending.popleft()
                fact.sentence = fact.sentence[0].upper() + fact.sentence[1:]
                key = (fact.subject, fact.relation, fact.object, fact.from_party, fact.date,
                       fact.end_date, fact.election, fact.sentence, fact.status)  # fmt: skip
                if key not in seen:  # else the same statement id: the store would merge them
                    seen.add(key)
                    rows.append(fact)
                    budget.add(fact)

            counts["sources"] += 1
            years = [int(f.date[:4]) for f in rows if f.date]
            year = min(2025, max(years) + 1) if years else 2024
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            outlet = OUTLETS[rng.randrange(len(OUTLETS))]
            election = next((f.election for f in rows if f.election is not None), None)
            if election is not None:
                title = f"Endorsements and rivalries in the {entities[election].label}"
            else:
                title = f"Campaign notebook: who is backing whom ({date[:7]})"
            source_id = f"{_slug(outlet)}-{date}-{counts['sources']}"
            text = _article(title, outlet, date, [f.sentence for f in rows], rng)
            (out_dir / "sources" / f"{source_id}.txt").write_text(text, encoding="utf-8", newline="\n")
            sources.writerow((source_id, outlet, title, date, "", f"{source_id}.txt"))
            for fact in rows:
                counts["statements"] += 1
                counts[fact.status] += 1
                counts[f"relation_{fact.relation}"] += 1
                if rng.random() < 0.3:
                    method, confidence = "curated", "1"
                else:
                    method = f"imported:synthetic#{counts['statements']}"
                    confidence = f"{rng.uniform(0.55, 0.99):.2f}"
                statements.writerow((
                    entities[fact.subject].id, fact.relation, entities[fact.object].id,
                    "" if fact.from_party is None else entities[fact.from_party].id,
                    fact.date, fact.end_date,
                    "" if fact.election is None else entities[fact.election].id,
                    source_id, fact.sentence, *_anchor_cells(text, fact.sentence), fact.status, method, confidence,
                ))  # fmt: skip

    types = collections.Counter(e.type for e in entities)
    return {
        "target": triples,
        "triples": budget.used,
        "entities": len(entities),
        **{t.lower(): types[t] for t in ENTITY_TYPES},
        **counts,
    }


# --- command line ---------------------------------------------------------------------------


def _size(text: str) -> int:
    """'10000', '10k', '1M', '5m' -> an int."""
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:].lower(), 1)
    try:
        return int(float(text[:-1] if scale > 1 else text) * scale)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use e.g. 10000, 100k, 1M)") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="generate.py",
        description="Write a synthetic kg data directory of about --triples RDF triples. "
        "It always contains alice-anchor and bob-anchor, 4 hops apart.",
    )
    parser.add_argument(
        "--triples", type=_size, required=True, help="target triple count: 10000, 100k, 1M, 5M"
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7); same seed, same bytes")
    parser.add_argument("--out", type=Path, required=True, help="output data directory (created if missing)")
    parser.add_argument("--force", action="store_true", help="replace data files already in --out")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        counts = generate(args.out, triples=args.triples, seed=args.seed, overwrite=args.force)
    except (FileExistsError, ValueError) as exc:
        print(f"generate.py: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(counts, indent=2))
    print(f"wrote {args.out} in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
