"""Recall on phrasings the frames used to miss: organizations named mid-sentence or referred to
as "the union", results told as numbers, and candidacies "to replace" someone. Sentences written
for these tests (no corpus text)."""

import pytest

from graph.news import Extractor
from tests.conftest import us_parties
from tests.test_news_frames import statements


@pytest.fixture(scope="module")
def extractor():
    """A graph that knows the two US parties; everyone in the sentences is new to it."""
    return Extractor(us_parties())


ORGANIZATIONS = [
    ("Tom Reyes picked up endorsements from the AFL-CIO and the Teamsters.", "AFL-CIO"),
    ("Tom Reyes won the backing of the NAACP on Monday.", "NAACP"),
    ("The Service Employees International Union has 40,000 members here. The union endorsed Tom Reyes on Monday.",
     "Service Employees International Union"),
    ("The Service Employees International Union met on Monday. Afterwards the union said it would back Tom Reyes.",
     "Service Employees International Union"),
    ("The Sierra Club has members across the state. The group endorsed Tom Reyes.", "Sierra Club"),
    ("The New York Times editorial board endorsed Tom Reyes.", "New York Times"),
    ("Tom Reyes also won endorsements from the Teamsters, the carpenters union and the Sierra Club.", "Sierra Club"),
    ("The Cook County Democratic Party endorsed Tom Reyes on Monday.", "Cook County Democratic Party"),
    ("The Ohio Democratic Party met in May. The state party endorsed Tom Reyes.", "Ohio Democratic Party"),
    ("Maria Ortega, along with the Sierra Club, endorsed Tom Reyes.", "Sierra Club"),
    ("The Sierra Club backed Ann Lee. Tom Reyes has the support of the editorial board of the Philadelphia Inquirer.",
     "Philadelphia Inquirer"),  # the board's paper, not the body named before
]


@pytest.mark.parametrize("text, endorser", ORGANIZATIONS, ids=[t for t, _ in ORGANIZATIONS])
def test_organizations_endorse(extractor, text, endorser):
    """An organization named mid-sentence, by a noun that stands for it, or through its paper's
    editorial board is the endorser."""
    assert (endorser, "endorsed", "Tom Reyes") in statements(extractor, text).get("asserted", set())


@pytest.mark.parametrize("text", [
    "The largest union in the state endorsed Tom Reyes.",
    "Maria Ortega spoke on Monday. The group endorsed Tom Reyes.",
    "The Sierra Club met in May. Maria Ortega spoke. Dan Whitaker spoke. Ann Lee spoke. The group endorsed Tom Reyes.",
])
def test_an_organization_noun_with_nothing_to_stand_for_endorses_nobody(extractor, text):
    """"the group" with no organization named shortly before, or "the largest union", gives no endorser."""
    found = statements(extractor, text)
    assert not {k for keys in found.values() for k in keys if k[1] == "endorsed"}


RESULTS = [
    "Maria Ortega won the primary with 52 percent of the vote to Tom Reyes's 40 percent.",
    "Maria Ortega won 52% to Tom Reyes's 40%.",
    "Maria Ortega got 52 percent, while Tom Reyes got 40 percent.",
    "Maria Ortega received 61 percent of the vote and Tom Reyes took 39 percent.",
    "Maria Ortega is running to replace Tom Reyes.",
    "Maria Ortega launched a bid to replace Tom Reyes in the Senate.",
    "Maria Ortega received 58 percent of the vote, about 30 points ahead of Tom Reyes.",
    "Maria Ortega lost the primary to Tom Reyes.",
    "Tom Reyes, who finished second to Maria Ortega, conceded.",
    "Maria Ortega beat former Ambassador to Spain Tom Reyes and Dan Whitaker.",
]


@pytest.mark.parametrize("text", RESULTS)
def test_results_and_candidacies_make_rivals(extractor, text):
    """A result told as numbers, or a candidacy to replace someone, pairs the two as rivals."""
    assert ("Maria Ortega", "rival_of", "Tom Reyes") in statements(extractor, text).get("asserted", set())


@pytest.mark.parametrize("text", [
    "Maria Ortega won 52 percent of the vote in 2018, according to Tom Reyes.",
    "Maria Ortega will replace Tom Reyes as chairman of the committee.",
    "Maria Ortega got 52 percent of the vote, Tom Reyes said.",
])
def test_numbers_or_replacing_without_a_race_make_no_rivals(extractor, text):
    """A share of the vote told of one person only, or a replacement in a post, is no rivalry."""
    found = statements(extractor, text)
    assert not {k for keys in found.values() for k in keys if k[1] == "rival_of"}


def test_a_party_without_a_place_is_no_endorser(extractor):
    """"The Democratic Party" stays the party (a member_of object), not a local organization that endorses."""
    found = statements(extractor, "Tom Reyes, a member of the Democratic Party, spoke. The party endorsed Maria Ortega.")
    assert ("Tom Reyes", "member_of", "Democratic Party") in found.get("asserted", set())
    assert not {k for keys in found.values() for k in keys if k[1] == "endorsed"}


@pytest.mark.parametrize("text, adviser", [
    ("Gov. Rick Perez hired new staff. Ann Lee and Sam Ford will serve as senior advisers to the governor's campaign.",
     "Sam Ford"),
    ("Gov. Rick Perez hired new staff. Mark Hill, along with Ann Lee, will serve as senior advisers to the governor's campaign.",
     "Ann Lee"),
    ("Rick Perez's campaign is run by Ann Lee.", "Ann Lee"),
    ("Rick Perez brought on Ann Lee as a senior strategist.", "Ann Lee"),
    ("Ann Lee joined Rick Perez's campaign as a senior adviser.", "Ann Lee"),
    ("Ann Lee, the chairman of Rick Perez's campaign, spoke.", "Ann Lee"),
])
def test_advisers_to_the_governors_campaign(extractor, text, adviser):
    """An adviser to a campaign: "the governor's campaign" (also read as an election phrase) is the
    governor's named before; "along with" adds an adviser; a passive, a hiring "as", an "as" the
    parser hangs on the campaign, a chairman "of" the campaign."""
    assert (adviser, "advised", "Rick Perez") in statements(extractor, text).get("asserted", set())


def test_a_chairman_of_something_else_is_no_adviser(extractor):
    """"chairman of the committee" is no campaign role: the qualified noun still needs its word."""
    found = statements(extractor, "Ann Lee, the chairman of Rick Perez's committee, spoke.")
    assert not {k for keys in found.values() for k in keys if k[1] == "advised"}


@pytest.mark.parametrize("state", ["Vt.", "W.Va.", "Wyo.", "Ga.", "Wash."])
def test_a_state_abbreviation_in_party_letters_does_not_end_the_sentence(extractor, state):
    """"Sen. X (I-Vt.) endorsed Y": the full stop of the state's abbreviation is no sentence end."""
    text = f"Sen. Maria Ortega (D-{state}) endorsed Tom Reyes on Monday."
    assert ("Maria Ortega", "endorsed", "Tom Reyes") in statements(extractor, text).get("asserted", set())


ENDORSEMENT_SHAPES = [
    "Tom Reyes has racked up endorsements from labor groups, including the AFL-CIO and Maria Ortega.",
    "Endorsed by Maria Ortega, Tom Reyes won the primary.",
    "Among Tom Reyes's supporters is Maria Ortega.",
    "Tom Reyes also counts Maria Ortega among his supporters.",
    "Maria Ortega is among the prominent Democrats backing Tom Reyes.",
]


@pytest.mark.parametrize("text", ENDORSEMENT_SHAPES)
def test_endorsement_shapes(extractor, text):
    """Endorsements "racked up", given by a fronted participle, or told with "among"."""
    assert ("Maria Ortega", "endorsed", "Tom Reyes") in statements(extractor, text).get("asserted", set())


def test_a_fronted_participle_without_an_agent_endorses_nobody(extractor):
    """"Endorsed last week, Tom Reyes won": no one is named as the endorser."""
    found = statements(extractor, "Maria Ortega spoke. Endorsed last week, Tom Reyes won the primary.")
    assert not {k for keys in found.values() for k in keys if k[1] == "endorsed"}


CHOICES = [
    "Maria Ortega endorsed Tom Reyes over Dan Whitaker.",
    "Maria Ortega has not endorsed between Tom Reyes and Dan Whitaker.",
    "Voters must choose between Tom Reyes and Dan Whitaker.",
]


@pytest.mark.parametrize("text", CHOICES)
def test_a_choice_between_two_makes_them_rivals(extractor, text):
    """"X endorsed A over B" and "between A and B" pair A and B as rivals, whatever is said of the choice."""
    assert ("Dan Whitaker", "rival_of", "Tom Reyes") in statements(extractor, text).get("asserted", set())


def test_a_choice_of_things_makes_no_rivals(extractor):
    """"chose pizza over pasta" names no people: no rivalry with the person quoted."""
    found = statements(extractor, "Maria Ortega chose pizza over pasta, Tom Reyes said.")
    assert not {k for keys in found.values() for k in keys if k[1] == "rival_of"}


@pytest.mark.parametrize("text", [
    "Tom Reyes, a lifelong Republican who switched parties in 2020, endorsed Maria Ortega.",
    "Tom Reyes, a Republican for decades, crossed the aisle last year.",
])
def test_the_party_of_someone_who_switched_is_past(extractor, text):
    """A party given to a person the same sentence says switched or left is no current membership."""
    assert ("Tom Reyes", "member_of", "Republican Party") not in statements(extractor, text).get("asserted", set())


def test_joining_others_in_a_vote_keeps_the_membership(extractor):
    """"Republican X joined Democrats in voting ..." is no switch: X stays a Republican."""
    found = statements(extractor, "Republican Sen. Tom Reyes joined Democrats in voting against the bill.")
    assert ("Tom Reyes", "member_of", "Republican Party") in found.get("asserted", set())


def test_the_past_party_of_a_switcher_is_the_party_left(extractor):
    """The past party of a sentence that says "switched parties" is the party left in a switch told elsewhere."""
    text = "Tom Reyes, a lifelong Republican who switched parties in 2020, spoke. Reyes joined the Democrats in March."
    found = statements(extractor, text).get("asserted", set())
    assert ("Tom Reyes", "party_switch", "Democratic Party", "Republican Party") in found
    assert ("Tom Reyes", "member_of", "Republican Party") not in found
