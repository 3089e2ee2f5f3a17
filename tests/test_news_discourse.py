"""Phrasings read across a clause or an article: the campaign a story of hires is about, "the
party" named before, co-subjects a pronoun cannot mean, the candidates of one contest, a gapped
second clause, "as did", nominations by organizations, parties said of a time gone by. Sentences
written for these tests (no corpus text)."""

import pytest

from graph.news import Extractor
from tests.conftest import make_entity, us_parties
from tests.test_news_frames import asserted, rivals, statements


@pytest.fixture(scope="module")
def extractor():
    """A graph that knows the two US parties and Labour; everyone in the sentences is new to it."""
    return Extractor([
        *us_parties(),
        make_entity("labour-party", "Labour Party", "PoliticalParty"),
    ])


STAFF_STORY = (
    "The campaign of Gov. Maria Lindqvist announced on Tuesday that it had hired three veterans of national races. "
    "The hires include pollster Dana Whitfield and longtime hand Gerald Osei. "
)


def test_a_role_without_its_campaign_is_the_campaign_the_story_is_about(extractor):
    """"The hires include pollster X": X works for the campaign the article names."""
    found = asserted(extractor, STAFF_STORY)
    assert ("Dana Whitfield", "advised", "Maria Lindqvist") in found
    assert ("Gerald Osei", "advised", "Maria Lindqvist") in found


@pytest.mark.parametrize("second", [
    "Tom Reyes joined the campaign as a senior adviser.",
    "Tom Reyes was named campaign manager on Monday.",
    "Tom Reyes will serve as campaign chairman.",
    '"We will win," said campaign manager Tom Reyes.',
    "Her team includes Tom Reyes, who managed Gov. Dan Fox's 2018 race.",
])
def test_who_joins_or_is_named_to_the_campaign_of_the_one_candidate_works_for_her(extractor, second):
    """One who joins "the campaign" as staff is on the staff of the one candidate the article has,
    not a second candidate; "X was named campaign manager" holds the role."""
    text = "Sen. Maria Lindqvist is running for governor. " + second
    assert ("Tom Reyes", "advised", "Maria Lindqvist") in asserted(extractor, text)
    assert not rivals(extractor, text)


@pytest.mark.parametrize("aside", [
    '"We will win," said strategist Amy Cole.',
    "Amy Cole, a consultant, said the race was close.",
    "The idea came from the famous strategist Amy Cole.",
])
def test_a_quoted_or_cited_strategist_works_for_nobody(extractor, aside):
    """A commentator named with a role ("said strategist X") is not staff of the campaign told of."""
    assert not {k for k in asserted(extractor, STAFF_STORY + aside) if k[0] == "Amy Cole" and k[1] == "advised"}


def test_the_campaign_named_most_is_the_one_told_of(extractor):
    """A campaign named once in passing does not take the hires of the one the story is about."""
    text = (
        "Gov. Maria Lindqvist hired two advisers on Monday. Maria Lindqvist's campaign said the hires would help. "
        "Tom Reyes, who ran the 2012 campaign of Sen. Paul Harrow, was one. The other is pollster Dana Whitfield."
    )
    found = asserted(extractor, text)
    assert ("Dana Whitfield", "advised", "Maria Lindqvist") in found
    assert ("Dana Whitfield", "advised", "Paul Harrow") not in found


@pytest.mark.parametrize("text, member", [
    ("The Labour Party said its leader would visit. Party spokesperson Anil Mehra said the trip was planned.", "Anil Mehra"),
    ("The Labour Party met on Monday. Dev Kumar, the party's treasurer, agreed.", "Dev Kumar"),
    ("The Labour Party met on Monday. Ravi Shah said he would continue as the party's chairman.", "Ravi Shah"),
])
def test_the_party_is_the_one_named_before(extractor, text, member):
    """"the party's chairman", "party spokesperson X": a member of the party named just before."""
    assert (member, "member_of", "Labour Party") in asserted(extractor, text)


def test_the_party_named_long_before_is_not_meant(extractor):
    """"the party" far from any party named is nobody's."""
    text = ("The Labour Party met on Monday. Maria Ortega spoke. Tom Reyes spoke. Ann Lee spoke. "
            "Party spokesperson Anil Mehra said the trip was planned.")
    assert not {k for k in asserted(extractor, text) if k[0] == "Anil Mehra"}


def test_a_pronoun_object_is_not_its_own_clause_subject(extractor):
    """"A and B have backed her": her is someone named before, not A or B."""
    text = "Ann Lee is running for leader. Several big names including Tom Reyes and Maria Ortega have backed her."
    found = asserted(extractor, text)
    assert ("Tom Reyes", "endorsed", "Ann Lee") in found
    assert ("Maria Ortega", "endorsed", "Ann Lee") in found
    assert ("Maria Ortega", "endorsed", "Tom Reyes") not in found


@pytest.mark.parametrize("text, people", [
    ("The candidates for governor include Ann Lee, Tom Reyes and Maria Ortega.", ("Ann Lee", "Maria Ortega", "Tom Reyes")),
    ("Other candidates in the race are Paul Harrow and Kim Boyd.", ("Kim Boyd", "Paul Harrow")),
    ("Joan Park and Sam Cole are the two finalists.", ("Joan Park", "Sam Cole")),
])
def test_the_candidates_of_one_contest_are_rivals(extractor, text, people):
    """A noun for the people of one contest, said of a list, pairs them all."""
    found = asserted(extractor, text)
    pairs = {(a, b) for i, a in enumerate(people) for b in people[i + 1 :]}
    assert {(a, "rival_of", b) for a, b in pairs} <= found


@pytest.mark.parametrize("later", [
    "Mark Hale is also on the ballot.",
    "Also on the ballot is Reform UK candidate Mark Hale.",
    "Also running is Mark Hale, a businessman.",
    "Mark Hale is also standing.",
])
@pytest.mark.parametrize("first", [
    "Anna Soubry is running against Ruth Cadbury for mayor.",
    "Anna Soubry is standing against Ruth Cadbury in Brentford.",
])
def test_one_said_to_be_in_the_race_too_is_the_rival_of_both_sides(extractor, first, later):
    """"A is running against B" puts both in the race (whose office may go unsaid, "in Brentford"),
    so one also on its ballot, or also running, is the rival of each."""
    found = rivals(extractor, f"{first} {later}")
    assert {frozenset(("Anna Soubry", "Mark Hale")), frozenset(("Ruth Cadbury", "Mark Hale"))} <= found


@pytest.mark.parametrize("second", [
    "Tom Reyes, a former campaign manager, said the race was close.",
    "Her legal team includes Tom Reyes.",
    "Her staff includes Tom Reyes.",
])
def test_a_former_campaign_hand_or_a_team_of_another_kind_works_for_no_one(extractor, second):
    """A former campaign manager quoted with no campaign named, and a legal team or an office's
    staff, say nothing of the campaign told of."""
    text = "Sen. Maria Lindqvist is running for governor. " + second
    assert ("Tom Reyes", "advised", "Maria Lindqvist") not in asserted(extractor, text)


def test_a_consultant_hired_in_the_sentence_is_not_also_the_campaign_told_ofs(extractor):
    """"B hired X, a consultant who ran C's campaign": X works for B and once for C, not for the
    campaign the article names most."""
    text = ("Maria Lindqvist's reelection campaign opened an office. Her challenger, Tom Reyes, has hired Dana Whitfield, "
            "a consultant who ran Paul Harrow's 2022 campaign. Maria Lindqvist's campaign said it was not worried.")
    found = {k for k in asserted(extractor, text) if k[1] == "advised"}
    assert found == {("Dana Whitfield", "advised", "Tom Reyes"), ("Dana Whitfield", "advised", "Paul Harrow")}


def test_a_list_joined_inside_an_organizations_name_goes_on(extractor):
    """"A, the County Federation of Labor and the Sierra Club": the "and" the parser hangs on
    "Labor" adds the Sierra Club to the list."""
    text = "Among those backing Tom Reyes are Sen. Ann Lee, the Los Angeles County Federation of Labor and the Sierra Club."
    assert ("Sierra Club", "endorsed", "Tom Reyes") in asserted(extractor, text)


def test_a_pronoun_object_is_not_someone_named_in_an_aside_about_another(extractor):
    """"A, the wife of former Rep. B, won the nomination to challenge him": him is the man the
    article is about, not B, whom the aside names in passing."""
    text = ("Sen. Tom Reyes is now a Republican. Ann Lee, a former teacher and the wife of former Rep. Paul Harrow, "
            "later won the Democratic nomination to challenge him.")
    found = rivals(extractor, text)
    assert frozenset(("Ann Lee", "Tom Reyes")) in found and frozenset(("Ann Lee", "Paul Harrow")) not in found


@pytest.mark.parametrize("later", [
    "Piers Mitchell and Peter Lynch are also contesting the seat.",
    "Piers Mitchell and Peter Lynch are also in the race.",
])
def test_others_also_running_are_rivals_of_the_matchup_told_before(extractor, later):
    """"A is taking on B ... C and D are also running": the race told of is A's and B's, so all
    four are rivals."""
    found = rivals(extractor, f"Ann Lee is taking on Treasurer Tom Reyes in Kooyong. {later}")
    people = ("Ann Lee", "Tom Reyes", "Piers Mitchell", "Peter Lynch")
    assert {frozenset((a, b)) for i, a in enumerate(people) for b in people[i + 1 :]} <= found


def test_pairs_told_with_their_shares_are_all_in_the_one_race(extractor):
    """Shares of one primary told pair by pair ("A took 39 percent, while B took 25 ... Together,
    C and D took 23 percent") are one race, not matchups apart: every two of them are rivals."""
    text = ("Ann Lee is running for governor. In the primary, Tom Reyes took 39 percent, while Dan Fox took 25 percent. "
            "Together, Sam Cole and Joe Park took more than 23 percent of the vote.")
    people = ("Ann Lee", "Tom Reyes", "Dan Fox", "Sam Cole", "Joe Park")
    assert {frozenset((a, b)) for i, a in enumerate(people) for b in people[i + 1 :]} <= rivals(extractor, text)


def test_each_partys_nomination_is_a_race_of_its_own(extractor):
    """Those seeking the Republican nomination are no rivals of those seeking the Democratic one."""
    text = ("Ann Lee and Tom Reyes are seeking the Republican nomination for governor. "
            "Sam Cole and Joe Park are seeking the Democratic nomination.")
    assert rivals(extractor, text) == {frozenset(("Ann Lee", "Tom Reyes")), frozenset(("Sam Cole", "Joe Park"))}


@pytest.mark.parametrize("second, endorses", [
    ("Pete Barr also offered his endorsement.", True),
    ("Pete Barr offered his endorsement too.", True),
    ("Pete Barr offered his condolences.", False),
])
def test_one_who_also_gives_an_endorsement_gives_it_to_whom_the_last_one_went(extractor, second, endorses):
    """"A endorsed B. C also offered his endorsement": C's goes to B too."""
    found = asserted(extractor, "Amy Kolb endorsed Joe Biddle on Monday. " + second)
    assert (("Pete Barr", "endorsed", "Joe Biddle") in found) == endorses


def test_one_a_race_is_against_stands_in_it(extractor):
    """"In the April 4 runoff against B": B stands in the race the article tells of."""
    text = ("Ann Lee placed third in the mayoral primary. "
            "Tom Reyes threw his support behind Sam Cole in the April 4 runoff against Dan Whitaker.")
    assert frozenset(("Ann Lee", "Dan Whitaker")) in rivals(extractor, text)


def test_challenges_against_several_are_a_race_each(extractor):
    """"Challenges against Reps. A (Ohio), B (Oregon) and C (Illinois)": three races, no rivals."""
    text = ("Ann Lee is running for the House. Primaries in which the president lent his support included "
            "Democratic challenges against Reps. Sam Cole (Ohio), Joe Park (Oregon) and Dan Fox (Illinois).")
    assert not rivals(extractor, text)


def test_candidates_of_many_contests_are_not_rivals(extractor):
    """"X endorsed 81 candidates, including A and B": no one contest."""
    found = asserted(extractor, "Maria Ortega endorsed 81 candidates, including Tim Ross and Ann Wu.")
    assert not {k for k in found if k[1] == "rival_of"}


def test_a_party_on_candidates_is_their_membership(extractor):
    """"The Republican candidates include A and B", "Republican senators, including A and B"."""
    found = asserted(extractor, "The Republican candidates for governor include Ann Lee and Tom Reyes.")
    found |= asserted(extractor, "Several Democratic senators, including Paul Harrow and Kim Boyd, opposed the bill.")
    assert {("Ann Lee", "member_of", "Republican Party"), ("Tom Reyes", "member_of", "Republican Party"),
            ("Paul Harrow", "member_of", "Democratic Party"), ("Kim Boyd", "member_of", "Democratic Party")} <= found


def test_each_party_to_its_own_person(extractor):
    """"Republican A and Democrat B": B is not a Republican."""
    found = asserted(extractor, "Republican Jeff Olsen and Democrat Erin Mack won their party endorsements.")
    assert ("Erin Mack", "member_of", "Democratic Party") in found
    assert ("Erin Mack", "member_of", "Republican Party") not in found


@pytest.mark.parametrize("text, past", [
    ("Joe Mint, a Democrat at the time, lost the race.", ("Joe Mint", "member_of", "Democratic Party")),
    ("Lea Hall, a Labour MP until 2019, spoke on Monday.", ("Lea Hall", "member_of", "Labour Party")),
    ("Anna Pryce, who was elected as a Democrat in 2017, now sits as a Republican.", ("Anna Pryce", "member_of", "Democratic Party")),
])
def test_a_party_of_a_time_gone_by_is_no_membership(extractor, text, past):
    """"a Democrat at the time", "until 2019", or the first of two parties in one sentence."""
    assert past not in asserted(extractor, text)


def test_the_later_of_two_parties_in_a_sentence_stays(extractor):
    """"elected as a Democrat, now sits as a Republican": Republican now, moved from the Democrats."""
    text = "Anna Pryce, who was elected as a Democrat in 2017, now sits as a Republican."
    assert asserted(extractor, text) == {("Anna Pryce", "party_switch", "Republican Party", "Democratic Party")}


def test_organizations_nominate_and_a_gapped_clause_keeps_the_verb(extractor):
    """"A was nominated by X and Y; B by Z": the unions back A and B."""
    text = ("Ann Lee was nominated by Unison and the GMB; Tom Reyes by the Communication Workers Union "
            "and the Fire Brigades Union.")
    found = asserted(extractor, text)
    assert {("Unison", "endorsed", "Ann Lee"), ("GMB", "endorsed", "Ann Lee"),
            ("Communication Workers Union", "endorsed", "Tom Reyes"), ("Fire Brigades Union", "endorsed", "Tom Reyes")} <= found


def test_a_person_nominating_is_no_endorsement(extractor):
    """"The president nominated X to the court" is an appointment, not a backing."""
    found = asserted(extractor, "President Maria Ortega nominated Tom Reyes to the Supreme Court.")
    assert not {k for k in found if k[1] == "endorsed"}


def test_as_did_adds_a_subject(extractor):
    """"A endorsed B, as did C": C endorsed B too."""
    found = asserted(extractor, "The AFL-CIO endorsed Sen. Tom Reyes on Monday, as did the Sierra Club.")
    assert {("AFL-CIO", "endorsed", "Tom Reyes"), ("Sierra Club", "endorsed", "Tom Reyes")} <= found


@pytest.mark.parametrize("text, expected", [
    ("Sen. Bill Nash faced a tough challenge in the 2010 primary from conservative Carla Diaz.",
     ("Bill Nash", "rival_of", "Carla Diaz")),
    ("Maria Ortega spoke. Ortega-endorsed incumbent Rep. Mary Colt won easily.", ("Maria Ortega", "endorsed", "Mary Colt")),
    ("Joe Mint joined Paul Harrow's 2008 campaign as a volunteer.", ("Joe Mint", "advised", "Paul Harrow")),
    ("Lea Hall ran Paul Harrow's battleground strategy.", ("Lea Hall", "advised", "Paul Harrow")),
    ("Anna Pryce is running. High-profile names supporting her include Tom Hale and Ruth Vance.",
     ("Tom Hale", "endorsed", "Anna Pryce")),
])
def test_more_phrasings(extractor, text, expected):
    """A challenge "from" hung on the race, "X-endorsed incumbent Y", joining or running a
    campaign or its strategy, "names supporting her include"; "Bill" as a first name."""
    assert expected in asserted(extractor, text)


def test_a_challenger_is_one_whatever_he_did_not_do(extractor):
    """"His main challenger, X, has not released his returns": still his challenger."""
    text = "Sen. Paul Harrow is running again. His main challenger, attorney Lisa Brandt, has not released her tax returns."
    assert ("Lisa Brandt", "rival_of", "Paul Harrow") in asserted(extractor, text)


def test_not_a_rival_is_negated(extractor):
    """"X is not a rival of Y" denies it."""
    found = statements(extractor, "Sen. Tom Egan is not a rival of Gov. Paul Harrow.")
    assert ("Paul Harrow", "rival_of", "Tom Egan") not in found.get("asserted", set())


def test_newcomers_to_a_party_switch_to_it(extractor):
    """"the new entrants to the Democrats are A and B": they joined; "both elected as Republicans"
    is the party they left, now past."""
    text = "The new entrants to the Democratic Party are Rob Syng and Jus Dkar, both elected as Republicans."
    found = statements(extractor, text)
    assert {k[:3] for k in found.get("asserted", set())} >= {
        ("Rob Syng", "party_switch", "Democratic Party"), ("Jus Dkar", "party_switch", "Democratic Party")}
    assert ("Rob Syng", "party_switch", "Democratic Party", "Republican Party") in found.get("asserted", set())
    assert ("Rob Syng", "member_of", "Republican Party") not in found.get("asserted", set())


def test_a_union_local_keeps_its_number(extractor):
    """"Union Local 1", "Teamsters Local 700", "SEIU Local 73": the number and the body's short name are part of the name."""
    found = asserted(extractor, "The Service Employees International Union Local 1 endorsed Ann Lee. Teamsters Local 700 backed Tom Reyes. "
                                "SEIU Local 73 backed Dan Hill.")
    assert {("Service Employees International Union Local 1", "endorsed", "Ann Lee"),
            ("Teamsters Local 700", "endorsed", "Tom Reyes"), ("SEIU Local 73", "endorsed", "Dan Hill")} <= found


@pytest.mark.parametrize("text, endorser", [
    ("SEIU 1199 backed Ann Lee on Monday.", "SEIU 1199"),
    ("Members of 32BJ SEIU voted to back Ann Lee.", "32BJ SEIU"),
    ("The Hotel and Gaming Trades Council endorsed Ann Lee.", "Hotel and Gaming Trades Council"),
])
def test_initials_with_a_branch_number_and_names_joined_by_and_are_one_body(extractor, text, endorser):
    """"SEIU 1199" (a branch of SEIU, not SEIU), "32BJ SEIU"; "the Hotel and Gaming Trades Council" whole."""
    assert (endorser, "endorsed", "Ann Lee") in asserted(extractor, text)


@pytest.mark.parametrize("text", ["10 TMC MLAs joined the BJP on Saturday.", "The BJP 303 figure held, and Ann Lee of the GOP 2024 team spoke.",
                                  "Ann Lee, who hopes to win NY 14, praised SB 5."])
def test_a_count_a_year_a_district_or_a_bill_beside_initials_makes_no_body(extractor, text):
    """"10 TMC MLAs" counts members of a party; "GOP 2024", "BJP 303", "NY 14" and "SB 5" are no union branches."""
    mentions, _ = extractor.reader.read(text)
    assert not [m.text for m in mentions if m.kind == "O" and any(ch.isdigit() for ch in m.text)]


@pytest.mark.parametrize("text, endorser", [
    ("SEIU Healthcare Illinois is backing Ann Lee for mayor.", "SEIU Healthcare Illinois"),
    ("The Teamsters Joint Council endorsed Ann Lee.", "Teamsters Joint Council"),
    ("SEIU President Mary Kay Henry endorsed Ann Lee.", "Mary Kay Henry"),  # a title, then a person
])
def test_a_known_body_named_with_a_place_or_an_organization_word_is_its_branch(extractor, text, endorser):
    """"SEIU Healthcare Illinois" is one organization, not SEIU and a person called Healthcare Illinois."""
    assert {k for k in asserted(extractor, text) if k[1] == "endorsed"} == {(endorser, "endorsed", "Ann Lee")}


def test_a_run_of_he_sentences_means_whom_the_first_means(extractor):
    """"Tom Reyes ... He ... He later served as campaign manager for X": not someone the middle sentence names."""
    text = ("Tom Reyes grew up in Ohio. He worked for Sen. Paul Harrow in the state house. "
            "He later served as the campaign manager for Gov. Ann Lee.")
    found = asserted(extractor, text)
    assert ("Tom Reyes", "advised", "Ann Lee") in found
    assert ("Paul Harrow", "advised", "Ann Lee") not in found


def test_a_pronoun_object_means_none_of_its_clauses_subjects(extractor):
    """"Several Republicans, including A and B, have thrown their support to her": her is not A nor
    B (that would be "herself"), but the nominee the sentence before names in apposition."""
    text = ("The Democratic nominee for attorney general, Ann Lee, met voters on Monday. Several Republicans, including "
            "former Sen. Ray Cole and former lawmaker Jo Park, have thrown their support to her, along with Bo Hart.")
    endorsed = {(k[0], k[2]) for k in asserted(extractor, text) if k[1] == "endorsed"}
    assert endorsed == {("Ray Cole", "Ann Lee"), ("Jo Park", "Ann Lee"), ("Bo Hart", "Ann Lee")}


def test_a_sentence_that_names_its_described_subject_is_an_antecedent(extractor):
    """"The BJP candidate now is X. He faces Y": he is X (the first sentence names whom it describes)."""
    text = ("NEW DELHI, India - The BJP candidate now is Ravi Tandon, son of a former MP. "
            "He faces Samajwadi Party's Juhi Singh in Lucknow.")
    assert ("Juhi Singh", "rival_of", "Ravi Tandon") in asserted(extractor, text)


@pytest.mark.parametrize("also", ["as have Rep. Mo Diaz and Rep. Pat Quill", "as has Rep. Mo Diaz"])
def test_as_have_others_do_the_same(extractor, also):
    """"X has endorsed B, as have C and D": C and D endorse B too."""
    found = asserted(extractor, f"Sen. Joy Lin has endorsed Ann Lee, {also}.")
    assert ("Mo Diaz", "endorsed", "Ann Lee") in found and ("Joy Lin", "endorsed", "Ann Lee") in found


def test_whom_someone_calls_a_candidate_is_the_candidate(extractor):
    """"Y has the backing of X, who called him the most qualified candidate": Y stands, not X (no rivals)."""
    text = ("Matt Dorn is running for governor of Ohio, as is Frank Lake. Dorn has the backing of Gov. Mike Dewitt, "
            "who called him \"the most qualified candidate in the field.\"")
    pairs = rivals(extractor, text)
    assert not any("Mike Dewitt" in pair for pair in pairs)


def test_bids_and_primaries_in_the_plural_are_words_of_a_race(extractor):
    """"A and B launched fresh bids ... C decided to abandon his candidacy ... D decided to remain in
    the primaries": the four stand in the article's one race."""
    text = ("ATLANTA - Former Sen. Paul Tsang and Gov. Bill Clem launched fresh bids for the Democratic nomination on "
            "Wednesday. Sen. Bob Kerr told colleagues that he had decided to abandon his candidacy. "
            "Sen. Tom Hark was still seeking a breakthrough in the primaries, but he decided to remain in the race.")
    pairs = rivals(extractor, text)
    assert {frozenset(("Bob Kerr", "Bill Clem")), frozenset(("Tom Hark", "Paul Tsang"))} <= pairs


def test_a_race_whose_office_is_unsaid_is_the_one_the_article_is_about(extractor):
    """An article about the race for attorney general: one who quits "his campaign" quits that race,
    not the governor's race the sitting attorney general runs in."""
    text = ("BOSTON - The Democratic race for attorney general is down to two candidates. Tom Ward dropped out of the "
            "race on Tuesday. The attorney general, Ann Lee, is running for governor in the Democratic primary, "
            "leaving an open race for attorney general.")
    pairs = rivals(extractor, text)
    assert frozenset(("Ann Lee", "Tom Ward")) not in pairs


def test_a_city_council_race_is_not_the_mayors(extractor):
    """A mayoral candidate and a city council candidate of one city stand in two races, not one."""
    text = ("JACKSONVILLE, Fla. - Mike Hoag is running for mayor. The group also endorsed city council candidate Robin Lamb, "
            "who is running for city council in the at-large seat.")
    pairs = rivals(extractor, text)
    assert frozenset(("Mike Hoag", "Robin Lamb")) not in pairs


def test_as_have_with_the_doers_parsed_as_objects(extractor):
    """"X has endorsed B, as have four former officials, Sen. C and Rep. D": C and D endorse B (the
    inverted subjects parsed as what "have" has)."""
    found = asserted(extractor, "Maura Healy has endorsed Andrea Camp, as have four prior state attorneys general, "
                                "U.S. Sen. Edward Marks and U.S. Rep. Ayanna Priest.")
    assert {("Edward Marks", "endorsed", "Andrea Camp"), ("Ayanna Priest", "endorsed", "Andrea Camp")} <= found


def test_the_title_that_ends_the_sentence_before_is_not_the_next_names(extractor):
    """"... chief of staff to the lieutenant governor. Mr. N replaces K. The governor trails B": the
    governor is Gov. Q, not N, whose name follows the word "governor" only across a sentence's end."""
    text = ("CHICAGO - Gov. Pat Quill has hired a new campaign manager. He wound up with Ben Nickel, the chief of staff to "
            "Wisconsin's lieutenant governor. Mr. Nickel replaces John Kamm. The governor trails the Republican nominee, "
            "Bill Brand, in recent polls.")
    pairs = rivals(extractor, text)
    assert pairs == {frozenset(("Bill Brand", "Pat Quill"))}


def test_matchups_of_other_years_do_not_split_this_years_race(extractor):
    """Two matchups of earlier years ("A defeated C in a 2019 runoff", "D beat E in the 2015 race")
    are no sign of several races this year: A and B, both running for mayor now, are still paired."""
    text = ("CHICAGO - Ann Leeds is running for mayor. Tom Warde, a mayoral candidate, opened an office on Monday. "
            "Leeds defeated Carl Frei in a 2019 runoff. Jo Parke beat Mo Dias in the 2015 race.")
    pairs = rivals(extractor, text)
    assert frozenset(("Ann Leeds", "Tom Warde")) in pairs


def test_a_supposed_expulsion_leaves_the_party_said_now(extractor):
    """"Former chancellor X, a Tory, warned he could be expelled from the party": X is a Tory now (the
    expulsion is only supposed, so no past membership)."""
    text = ("LONDON - Former chancellor Philip Hamm, a Tory, warned he could also be expelled from the party if he voted "
            "against the government in Westminster.")
    assert ("Philip Hamm", "member_of", "Conservative Party") in asserted(extractor, text)


def test_one_who_announced_a_campaign_stands_in_the_articles_race(extractor):
    """"A announced his campaign in January ... B launched her bid ... The third candidate, C, ...": the three are rivals."""
    text = ("Three candidates are seeking to succeed Mayor Jane Ortez, who is retiring. Councilman Derek Shore announced his "
            "campaign in January. Maria Vasques, a school board member, launched her bid a month later. The third candidate, "
            "businessman Carl Beck, is a Republican who has never held office.")
    pairs = rivals(extractor, text)
    assert {frozenset(("Derek Shore", "Carl Beck")), frozenset(("Derek Shore", "Maria Vasques"))} <= pairs


def test_also_running_are_others_of_the_race(extractor):
    """"A is running for mayor. Also running are B and C": the three stand in one race."""
    text = "COLUMBUS, Ohio - Ann Lee is running for mayor. Also running are Tom Ward and Carl Frey."
    pairs = rivals(extractor, text)
    assert {frozenset(("Ann Lee", "Tom Ward")), frozenset(("Ann Lee", "Carl Frey"))} <= pairs


def test_the_parties_candidates_for_a_by_election_stand_in_it(extractor):
    """"A was selected by P to contest the by-election ... B has been selected to run by Q ... C will
    stand for the Green Party": the three stand in one race ("by-election" one word, a party no race)."""
    text = ("DUBLIN - The by-election for the seat will be held in May. Senator Mary Byrne had been selected by Fianna Fail "
            "to contest the by-election. Senator Tom Walsh has been selected to run by Fine Gael, while Cllr Anne Kelly "
            "will stand for the Green Party.")
    pairs = rivals(extractor, text)
    assert {frozenset(("Mary Byrne", "Tom Walsh")), frozenset(("Mary Byrne", "Anne Kelly")), frozenset(("Tom Walsh", "Anne Kelly"))} <= pairs


def test_hyphenated_words_of_a_race_are_one_word(extractor):
    """"front-runner" and "runner-up" are the triggers' words only when the tokenizer keeps them whole."""
    text = ("DENVER - The mayoral primary is next week. The front-runner, Ann Leeds, has raised the most money. "
            "Last time's runner-up, Tom Warde, is trying again.")
    assert frozenset(("Ann Leeds", "Tom Warde")) in rivals(extractor, text)


@pytest.mark.parametrize("second", [
    "The race also features Air Force veteran Tom Ward.",
    "Councilman Tom Ward has also filed to run.",
])
def test_a_race_that_features_someone_and_one_who_filed_to_run(extractor, second):
    """"The race also features X" and "X has also filed to run": X stands in the article's race."""
    text = f"DENVER - Ann Lee is running for mayor of Denver. {second}"
    assert frozenset(("Ann Lee", "Tom Ward")) in rivals(extractor, text)


@pytest.mark.parametrize("first", [
    "Three unions endorsed Ann Lee on Monday in the race for mayor.",  # endorsed in a race, or for an office
    "The Sierra Club endorsed Ann Lee for mayor on Monday.",
    "Ann Lee, who was endorsed for mayor by the Sierra Club, spoke on Monday.",
    "Ann Lee leads the crowded field for mayor, a poll found.",  # leading the field, a share of the vote
    "Ann Lee tops the pack in the mayoral race.",
    "Ann Lee had 31 percent of the vote in the mayoral primary.",
    "Ann Lee is one of five candidates for mayor.",  # one of the candidates
    "Ann Lee, one of five candidates for mayor, spoke on Monday.",
    "Ann Lee is among four Democrats seeking the nomination for mayor.",
])
def test_who_stands_in_the_race_with_one_told_after(extractor, first):
    """"X endorsed A for mayor", "A leads the field", "A had 31 percent of the vote", "A is one of
    five candidates": A stands in the race, with whoever else the article says stands in it."""
    text = f"DENVER - {first} Tom Ward, the fourth contender, has raised little money."
    assert frozenset(("Ann Lee", "Tom Ward")) in rivals(extractor, text)


@pytest.mark.parametrize("first", [
    "The Sierra Club endorsed Ann Lee for her work on parks.",  # an endorsement for a reason or another term
    "The Sierra Club endorsed Ann Lee for a second term.",
    "The Sierra Club endorsed Ann Lee for her leadership on parks.",
    "Ann Lee has 40 percent of the company.",  # a share of something else, leading an effort
    "Ann Lee leads the effort to save the park.",
    "Ann Lee is one of the Democrats who voted for the bill.",  # one of a group that is no field
])
def test_who_stands_in_no_race(extractor, first):
    """An endorsement for a reason, a share of a company, leading an effort, being one of the
    Democrats who voted for a bill: no candidacy in the article's race."""
    text = f"DENVER - {first} Tom Ward, the fourth contender, has raised little money."
    assert not {p for p in rivals(extractor, text) if "Ann Lee" in p}


def test_voters_choosing_among_candidates_set_them_against_each_other(extractor):
    """"Voters will choose among A, B and C": every two of them are rivals."""
    text = "Voters will choose among Ann Lee, Tom Ward and Carl Frey in the mayoral election on Tuesday."
    assert {frozenset(("Ann Lee", "Tom Ward")), frozenset(("Ann Lee", "Carl Frey")), frozenset(("Tom Ward", "Carl Frey"))} <= rivals(extractor, text)


def test_the_share_of_the_vote_that_went_to_several_sets_them_in_the_race(extractor):
    """"The 42 percent of the vote that went to A, B and C": each had a share of the vote."""
    text = "DENVER - The 42 percent of the vote that went to Tom Ward, Carl Frey and Sam Patel is up for grabs."
    assert {frozenset(("Tom Ward", "Carl Frey")), frozenset(("Carl Frey", "Sam Patel"))} <= rivals(extractor, text)


@pytest.mark.parametrize("second", [
    "Tom Ward didn't make the runoff.",
    "Tom Ward narrowly missed the runoff.",
    "Tom Ward failed to make the runoff.",
])
def test_one_who_made_or_missed_the_runoff_ran(extractor, second):
    """Making the runoff or missing it, one ran in the race."""
    text = f"DENVER - Ann Lee is running for mayor. {second}"
    assert frozenset(("Ann Lee", "Tom Ward")) in rivals(extractor, text)


@pytest.mark.parametrize("second", ["Most of the money went to Tom Ward.", "Tom Ward missed the meeting."])
def test_money_that_went_to_someone_or_a_missed_meeting_is_no_race(extractor, second):
    """Money going to someone, or a meeting missed, says nothing of a race."""
    assert not rivals(extractor, f"DENVER - Ann Lee is running for mayor. {second}")


@pytest.mark.parametrize("second", [
    "Tom Ward, a city council member, is also running.",
    "Also in the race: Tom Ward, a businessman; Carl Frey, a former city council member; and Sam Patel.",
])
def test_a_title_of_one_who_also_runs_is_not_the_office_of_the_race(extractor, second):
    """A city council member who is also running, with no office said for his race, runs in the
    race the article tells of (the mayor's), not for the council his title names."""
    text = f"DENVER - Ann Lee is running for mayor. {second}"
    assert frozenset(("Ann Lee", "Tom Ward")) in rivals(extractor, text)


def test_a_list_after_a_colon_that_names_no_race_stands_in_none(extractor):
    """"Speakers at the rally: A and B": a list, but of no one in the race."""
    text = "DENVER - Ann Lee is running for mayor. Speakers at the rally: Tom Ward and Carl Frey."
    assert not {p for p in rivals(extractor, text) if "Ann Lee" in p}


@pytest.mark.parametrize("second", [
    "Ann Lee is backing him. So is Carl Frey.",
    "Ann Lee endorsed Ward on Monday. Carl Frey did the same on Tuesday.",
    "Ann Lee endorsed Ward on Monday. Carl Frey followed suit.",
    "Ann Lee has endorsed Ward. Carl Frey has too.",
    "Ann Lee endorsed him Monday, and Carl Frey followed on Tuesday.",
])
def test_one_who_does_the_same_endorses_the_same(extractor, second):
    """"A endorsed X. So did B" ("B did the same", "followed suit", "has too", "and B followed"): B endorsed X."""
    text = f"Tom Ward is running for governor. {second}"
    assert ("Carl Frey", "endorsed", "Tom Ward") in asserted(extractor, text)


@pytest.mark.parametrize("second", [
    "Ann Lee endorsed Ward on Monday. Carl Frey did not do the same.",
    "Ann Lee endorsed Ward on Monday. Carl Frey spoke too.",
])
def test_one_who_does_not_do_the_same_endorses_no_one(extractor, second):
    text = f"Tom Ward is running for governor. {second}"
    assert ("Carl Frey", "endorsed", "Tom Ward") not in asserted(extractor, text)


@pytest.mark.parametrize("second, endorsers", [
    ("He picked up several endorsements on Monday. Among them were Ann Lee and the Sierra Club.", {"Ann Lee", "Sierra Club"}),
    ("Several unions endorsed him on Monday. Among them were the Teamsters and SEIU.",
     {"Teamsters", "Service Employees International Union"}),
    ("He picked up several endorsements on Monday, including Ann Lee and the Sierra Club.", {"Ann Lee", "Sierra Club"}),
])
def test_endorsements_by_a_group_then_its_members(extractor, second, endorsers):
    """"He picked up several endorsements. Among them were A and B" (or "Several unions endorsed
    him. Among them were ...", "several endorsements, including A"): A and B endorsed him, "he"
    being whom the first sentence means."""
    text = f"Tom Ward is running for governor. {second}"
    assert {s for s, r, o in asserted(extractor, text) if r == "endorsed" and o == "Tom Ward"} == endorsers


def test_a_sentence_of_pronouns_alone_is_read(extractor):
    """"A is running for governor. Senator B spoke on Tuesday. He endorsed her.": no name in the last
    sentence, both sides people named before."""
    text = "Ann Lee is running for governor of Ohio. Senator Tom Ward spoke on Tuesday. He endorsed her."
    assert ("Tom Ward", "endorsed", "Ann Lee") in asserted(extractor, text)


@pytest.mark.parametrize("second", [
    "Other candidates include Tom Ward and Carl Frey.",
    "Other candidates in the race are Tom Ward and Carl Frey.",
    "Tom Ward and Carl Frey are also in the race.",
    "Tom Ward, a city councilman, is running too, and Carl Frey is a mayoral hopeful.",
])
def test_others_in_the_race_told_after_a_candidacy(extractor, second):
    """"A is running for mayor. Other candidates include B and C" (or "are also in the race", "is running
    too", "is a mayoral hopeful"): the three stand in one race."""
    text = f"COLUMBUS, Ohio - Ann Lee is running for mayor of Columbus. {second}"
    pairs = rivals(extractor, text)
    assert {frozenset(("Ann Lee", "Tom Ward")), frozenset(("Ann Lee", "Carl Frey"))} <= pairs


@pytest.mark.parametrize("text", [
    '"I am proud to endorse Tom Ward for governor. He will fight for Ohio," Ann Lee said in a statement.',
    '"We need change in Ohio. I am proud to endorse Tom Ward for governor. He will fight for us," Ann Lee said.',
    'Ann Lee said: "We need change in Ohio. I am proud to endorse Tom Ward for governor."',
    'Ann Lee told reporters on Monday, "We need change in Ohio. I am proud to endorse Tom Ward for governor."',
])
def test_i_in_a_quote_is_its_speaker(extractor, text):
    """"I" in a quote whose speaker a later sentence names ('"I am proud to endorse B. ...," A
    said'), also in its middle sentence, or in a quote whose speaker is named before it opens ('A
    said: "... I endorse B."'), is the speaker."""
    assert ("Ann Lee", "endorsed", "Tom Ward") in asserted(extractor, text)


def test_a_quote_after_someone_named_with_no_verb_of_speech_has_no_speaker(extractor):
    text = 'Ann Lee spoke on Monday. "We need change in Ohio. I am proud to endorse Tom Ward for governor."'
    assert not {s for s, r, _ in asserted(extractor, text) if r == "endorsed"}


def test_i_in_a_quote_no_one_is_said_to_say_endorses_no_one(extractor):
    text = '"I am proud to endorse Tom Ward for governor. He will fight for Ohio." The statement was posted online.'
    assert not {s for s, r, _ in asserted(extractor, text) if r == "endorsed"}


@pytest.mark.parametrize("described", [
    "The Democrat has been endorsed by Rep. Omar Haddad.",
    "The former mayor is backed by Rep. Omar Haddad.",
    "The Wigan MP has been endorsed by Rep. Omar Haddad.",
])
def test_a_sentence_about_someone_described_is_about_the_one_the_sentence_before_is_about(extractor, described):
    """A description as a sentence's subject ("the Democrat", "the former mayor", "the Wigan MP")
    means whom a pronoun there would: the person the sentence before is about."""
    text = "Clara Voss launched her campaign for the Senate on Thursday. " + described
    assert ("Omar Haddad", "endorsed", "Clara Voss") in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Clara Voss spoke on Thursday. Nobody doubted that the Democrat had been endorsed by Rep. Omar Haddad.",
    "Clara Voss spoke on Thursday. The GOP has endorsed Rep. Omar Haddad.",
    "Clara Voss spoke on Thursday. The Democrats have endorsed Rep. Omar Haddad.",
])
def test_a_description_that_is_not_the_subject_or_a_party_means_nobody_before(extractor, text):
    """Only the sentence's own subject goes back to the sentence before; a party's name that is
    not a member's ("the GOP", "the Democrats") stays the party."""
    assert not {k for k in asserted(extractor, text) if k[0] == "Omar Haddad" or k[2] == "Clara Voss"}


@pytest.mark.parametrize("role", [
    "Amy Cole, campaign manager for the Green Party, told reporters a team is working.",
    "Amy Cole, campaign director of the Sierra Club, told reporters a team is working.",
])
def test_a_campaign_role_held_for_a_party_or_a_body_is_no_candidates(extractor, role):
    """A campaign role said "for" or "of" a party or an organization is that body's, not the
    campaign of a candidate the article names later."""
    text = role + " The team that ran Gov. Tom Reyes's successful campaign is in town as well."
    assert ("Amy Cole", "advised", "Tom Reyes") not in asserted(extractor, text)


def test_the_candidates_parties_field_in_the_race_told_of_are_rivals(extractor):
    """"The ruling party has fielded A ... The opposition has nominated B": each stands in the race
    the article tells of."""
    text = ("It is a three-cornered contest in the Semford by-election. The ruling party has fielded lawyer Dana Whitfield. "
            "The opposition has nominated Marcus Bell. The third candidate is Tom Okafor.")
    pairs = {frozenset(p) for p in (("Dana Whitfield", "Marcus Bell"), ("Dana Whitfield", "Tom Okafor"), ("Marcus Bell", "Tom Okafor"))}
    assert pairs <= rivals(extractor, text)


@pytest.mark.parametrize("text", [
    "The ruling party has fielded Dana Whitfield in Semford. The opposition has fielded Marcus Bell in Northtown.",
    "The party fielded Dana Whitfield and Marcus Bell. The vote is on Thursday.",
    "President Tom Okafor nominated Dana Whitfield to the Supreme Court. He nominated Marcus Bell for the Court of Appeals.",
])
def test_who_a_party_fields_elsewhere_or_with_others_or_a_person_nominates_stands_in_no_one_race(extractor, text):
    """A seat named by its place is that seat's race; a party fields one candidate a seat, so two at
    once are in races apart; a president's nominees are no candidates."""
    assert not rivals(extractor, text)


@pytest.mark.parametrize("second", [
    "Dana Whitfield is the only woman in the race.",
    "Dana Whitfield dropped out last week.",
    "Dana Whitfield was eliminated in the first round.",
])
def test_who_is_in_left_or_was_put_out_of_the_race_told_of_stood_in_it(extractor, second):
    """"the only woman in the race", a bare "dropped out", "eliminated in the first round": a stand
    in the race the article tells of, so a rival of its other candidates."""
    assert frozenset(("Dana Whitfield", "Tom Okafor")) in rivals(extractor, "Tom Okafor is running for mayor of Semford. " + second)


def test_the_winner_of_an_election_named_and_its_runner_up_are_rivals(extractor):
    text = "Tom Okafor won the Semford mayoral election. Dana Whitfield was the runner-up."
    assert frozenset(("Dana Whitfield", "Tom Okafor")) in rivals(extractor, text)


@pytest.mark.parametrize("second", [
    "Dana Whitfield dropped out of college in 1990.",
    "Dana Whitfield was eliminated from the chess tournament.",
])
def test_leaving_something_other_than_a_race_is_no_stand_in_it(extractor, second):
    assert not rivals(extractor, "Tom Okafor is running for mayor of Semford. " + second)


@pytest.mark.parametrize("second", ["Among them: Dana Whitfield and Tom Okafor.", "Among them are Dana Whitfield and Tom Okafor."])
def test_the_members_of_a_group_listed_after_among_them_act_as_it_did(extractor, second):
    """"Among them:" lists the group the sentence before tells of (no lead to blank as a dateline's)."""
    found = asserted(extractor, "Several mayors have endorsed Marcus Bell. " + second)
    assert {("Dana Whitfield", "endorsed", "Marcus Bell"), ("Tom Okafor", "endorsed", "Marcus Bell")} <= found


@pytest.mark.parametrize("text", [
    "Dana Whitfield has not ruled out endorsing Marcus Bell.",
    "Dana Whitfield ruled out endorsing Marcus Bell.",
    "Dana Whitfield would not rule out backing Marcus Bell in the runoff.",
])
def test_ruling_out_an_endorsement_or_not_asserts_none(extractor, text):
    """"ruled out endorsing B" denies it; "has not ruled out endorsing B" leaves it possible."""
    assert ("Dana Whitfield", "endorsed", "Marcus Bell") not in asserted(extractor, text)


def test_the_name_in_a_hyphenated_backing_is_no_object_of_the_verb_before(extractor):
    """"A beat Okafor-endorsed B": A beat B, whom Okafor endorsed; Okafor is no rival of A."""
    found = asserted(extractor, "Tom Okafor campaigned for Marcus Bell. Dana Whitfield beat Okafor-endorsed Marcus Bell in the primary.")
    assert ("Dana Whitfield", "rival_of", "Tom Okafor") not in found
    assert {("Dana Whitfield", "rival_of", "Marcus Bell"), ("Tom Okafor", "endorsed", "Marcus Bell")} <= found


def test_rivals_at_school_are_none_at_the_polls(extractor):
    assert not rivals(extractor, "Dana Whitfield and Marcus Bell were college rivals.")


@pytest.mark.parametrize("text", [
    "Dana Whitfield has so far withheld her endorsement from Marcus Bell.",
    "Dana Whitfield is said to be leaning toward endorsing Marcus Bell.",
])
def test_a_withheld_or_leaning_endorsement_is_none_made(extractor, text):
    found = asserted(extractor, text)
    assert not {k for k in found if k[1] == "endorsed"}


def test_an_endorsement_switched_from_one_to_another_is_the_switchers_of_the_second(extractor):
    """"A switched her endorsement from B to C": A backs C; B gave nothing."""
    found = asserted(extractor, "Dana Whitfield switched her endorsement from Marcus Bell to Tom Okafor.")
    assert {k for k in found if k[1] == "endorsed"} == {("Dana Whitfield", "endorsed", "Tom Okafor")}


@pytest.mark.parametrize("text", [
    "Dana Whitfield is not a member of the Republican Party.",
    "Dana Whitfield has never been a member of the Republican Party.",
])
def test_a_membership_denied_is_none(extractor, text):
    assert ("Dana Whitfield", "member_of", "Republican Party") not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Dana Whitfield is a member of Marcus Bell's advisory council.",
    "Dana Whitfield serves on Marcus Bell's campaign advisory committee.",
    "Dana Whitfield was appointed to Marcus Bell's campaign council.",
    "Dana Whitfield and Tom Okafor were named members of the advisory committee for the re-election of President Marcus Bell.",
    "Dana Whitfield will head Marcus Bell's campaign council.",
    "Dana Whitfield coordinated Marcus Bell's campaign in Iowa.",
    "Dana Whitfield was hired by Marcus Bell as a consultant.",
    "Dana Whitfield is a member of the advisory committee to Marcus Bell.",
    "President Marcus Bell named his team on Monday. Dana Whitfield is a member of the advisory committee to the president.",
    "President Marcus Bell named his team on Monday. Members of the advisory committee to the president are Dana Whitfield and Tom Okafor.",
])
def test_a_member_of_a_candidates_advisory_body_or_campaign_council_advises_him(extractor, text):
    assert ("Dana Whitfield", "advised", "Marcus Bell") in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Dana Whitfield sits on the advisory board of the Sierra Club.",
    "Dana Whitfield serves on the board of Marcus Bell's foundation.",
    "Dana Whitfield is a member of the Senate Armed Services Committee.",
    "Dana Whitfield is a member of the advisory committee, according to Marcus Bell.",
])
def test_a_body_that_advises_no_candidate_makes_no_adviser(extractor, text):
    assert not {k for k in asserted(extractor, text) if k[1] == "advised"}


@pytest.mark.parametrize("text, switch", [
    ("Dana Whitfield, who was elected as a Democrat, announced Tuesday she is now a Republican.",
     ("Dana Whitfield", "party_switch", "Republican Party", "Democratic Party")),
    ("Dana Whitfield renounced her Democratic Party membership and registered as a Republican.",
     ("Dana Whitfield", "party_switch", "Republican Party", "Democratic Party")),
    ("Dana Whitfield ended her membership in the Democratic Party and joined the Republicans.",
     ("Dana Whitfield", "party_switch", "Republican Party", "Democratic Party")),
    ("Dana Whitfield, elected as a Democrat, will now sit as a Republican.",
     ("Dana Whitfield", "party_switch", "Republican Party", "Democratic Party")),
])
def test_a_party_given_up_and_one_taken_in_one_sentence_are_a_switch(extractor, text, switch):
    """The party a pronoun of the same person is now of; a membership renounced or ended; the
    party one was elected as, beside the one one will sit as."""
    assert switch in statements(extractor, text).get("asserted", set())


def test_a_share_of_the_vote_told_with_its_verb_left_out_is_a_standing(extractor):
    """"A got 30 percent and B 18 percent": B's share, the verb left out, stands in the race too."""
    text = "Tom Okafor won the mayoral election in Semford with 52 percent. Dana Whitfield got 30 percent and Marcus Bell 18 percent."
    assert {frozenset(("Marcus Bell", "Tom Okafor")), frozenset(("Dana Whitfield", "Marcus Bell"))} <= rivals(extractor, text)


@pytest.mark.parametrize("text, pairs", [
    # the name written again in other letters, in brackets, between the name and its share
    ("Dana Whitfield got 30 percent, Tom Okafor got 20 percent and Marcus Bell (MB) 18 percent.",
     {("Dana Whitfield", "Tom Okafor"), ("Dana Whitfield", "Marcus Bell"), ("Marcus Bell", "Tom Okafor")}),
    ("Dana Whitfield's total was 40 percent, while Marcus Bell got 31 percent.", {("Dana Whitfield", "Marcus Bell")}),
])
def test_a_share_said_past_an_aside_or_as_ones_total_is_a_standing(extractor, text, pairs):
    assert rivals(extractor, text) == {frozenset(p) for p in pairs}


def test_a_share_that_is_nobodys_total_is_no_standing(extractor):
    assert not rivals(extractor, "The company's share was 40 percent, while Marcus Bell got 31 percent.")


def test_a_slate_of_endorsements_in_a_story_of_a_leadership_race_makes_no_field(extractor):
    """More people endorsed than a race has candidates are a slate, not the contest's field: no rivals."""
    names = ["Ann Abbott", "Ben Brook", "Cal Carver", "Dee Dorsey", "Eve Ellison", "Fay Fenwick", "Gus Garland", "Hal Hobart",
             "Ida Ingram", "Jon Jessup", "Kim Keating", "Lou Lattimore", "Max Morland"]
    text = "The Labour leadership race is under way in London, Britain. " + " ".join(f"Unison endorsed {name}." for name in names)
    assert not rivals(extractor, text)
