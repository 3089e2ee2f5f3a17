"""Articles told in sections headed by names, pronouns that agree with whom the article calls a
woman or a man, and pronouns a clause's own subject cannot mean, for the rules as for the parse.
Sentences written for these tests (no corpus text)."""

import pytest

from graph.news import Extractor
from graph.news.article import Article
from graph.news.gender import article_genders
from graph.news.lexicon import load_lexicon
from graph.news.sections import headings, section_people
from tests.conftest import us_parties
from tests.test_news_frames import asserted, statements


@pytest.fixture(scope="module")
def extractor():
    """A graph that knows the two US parties; everyone in the sentences is new to it."""
    return Extractor(us_parties())


LISTICLE = (
    "The race for governor has drawn three candidates, and lawmakers are picking sides.\n\n"
    "Mark Lindqvist\n\n"
    "The former treasurer has the most backers. Sen. Tom Reyes endorsed him on Monday. "
    "He also has the backing of Rep. Dana Whitfield and Rep. Gerald Osei.\n\n"
    "Paul Harrow\n\n"
    "The state auditor has the support of Rep. Amy Cole.\n\n"
    "Nina Boateng\n\n"
    "She has the backing of Sen. Carl Jensen.\n"
)


def test_a_pronoun_in_a_section_means_the_person_heading_it(extractor):
    """"He also has the backing of A and B" under "Mark Lindqvist": his, not Tom Reyes's, who was named just before."""
    found = asserted(extractor, LISTICLE)
    assert ("Dana Whitfield", "endorsed", "Mark Lindqvist") in found
    assert ("Gerald Osei", "endorsed", "Mark Lindqvist") in found
    assert ("Tom Reyes", "endorsed", "Mark Lindqvist") in found
    assert ("Carl Jensen", "endorsed", "Nina Boateng") in found
    assert not {k for k in found if k[2] == "Tom Reyes"}


def test_a_role_in_a_section_means_the_person_heading_it(extractor):
    """"The state auditor has the support of X" under "Paul Harrow"."""
    assert ("Amy Cole", "endorsed", "Paul Harrow") in asserted(extractor, LISTICLE)


def test_the_candidates_heading_a_list_of_candidates_are_rivals(extractor):
    """An article that says it lists a race's candidates, one section each: every two are rivals."""
    found = asserted(extractor, LISTICLE)
    rivals = {(a, b) for a, r, b in found if r == "rival_of"}
    assert rivals == {("Mark Lindqvist", "Paul Harrow"), ("Mark Lindqvist", "Nina Boateng"), ("Nina Boateng", "Paul Harrow")}


def test_sections_about_people_that_are_not_candidates_make_no_rivals(extractor):
    """Headed sections about advisers (no contest's candidates said before them) pair no one."""
    text = LISTICLE.replace("The race for governor has drawn three candidates, and lawmakers are picking sides.",
                            "Here are the people lawmakers listen to.")
    assert not {k for k in asserted(extractor, text) if k[1] == "rival_of"}


def test_one_name_on_a_line_of_its_own_is_no_heading(extractor, index_sentences):
    """A single name alone on a line (a byline, a caption) makes no sections: two are needed."""
    text = "Maria Lindqvist\n\nTom Reyes met the press on Monday. He said the race was close."
    sentences, mentions = index_sentences(text)
    assert section_people(sentences, headings(text, sentences, mentions)) == [None, None, None]


def test_names_on_lines_one_after_another_are_a_list_not_sections(extractor):
    """Under a line that introduces a race's candidates, a camp's supporters listed one name a line
    are no candidates: no heading has prose under it, so none is paired with the others."""
    text = ("The race for party president has drawn two candidates, and MPs are picking sides.\n\n"
            "Those backing Mark Lindqvist include:\n\nTom Reyes\n\nDana Whitfield\n\nGerald Osei\n\nAmy Cole\n\n"
            "Those backing Paul Harrow include:\n\nCarl Jensen\n\nNina Boateng\n")
    assert {(a, b) for a, r, b in asserted(extractor, text) if r == "rival_of"} <= {("Mark Lindqvist", "Paul Harrow")}


@pytest.fixture()
def index_sentences(extractor):
    def read(text):
        mentions, sentences = extractor.reader.read(text)
        return sentences, mentions
    return read


def test_sections_start_at_each_heading_and_end_at_the_next(extractor, index_sentences):
    """Each sentence belongs to the section of the heading above it; a heading naming no one ends one."""
    text = "Maria Lindqvist\n\nShe spoke.\n\nPaul Harrow\n\nHe spoke.\n\nOther news\n\nIt rained."
    sentences, mentions = index_sentences(text)
    owners = [o[0].label if o else None for o in section_people(sentences, headings(text, sentences, mentions))]
    assert owners == [None, "Maria Lindqvist", None, "Paul Harrow", None, None]


def test_she_does_not_mean_a_man_the_article_calls_mr(extractor):
    """"Mr Tom Stone and Ms Jane Roe spoke ... X has endorsed her": her is Jane Roe, the first-named is a man."""
    text = "Mr Tom Stone and Ms Jane Roe spoke on Friday. Bill Ames, a local pastor, has endorsed her."
    found = asserted(extractor, text)
    assert ("Bill Ames", "endorsed", "Jane Roe") in found
    assert ("Bill Ames", "endorsed", "Tom Stone") not in found


def test_actor_says_no_gender(extractor):
    """"actor Ann Lee ... backed her": "actor" is said of women as of men, so her may be Ann Lee."""
    found = asserted(extractor, "The actor Ann Lee is running for mayor. Tom Reyes, a local pastor, has endorsed her.")
    assert ("Tom Reyes", "endorsed", "Ann Lee") in found


def test_genders_come_from_titles_she_said_alone_and_first_names(extractor, index_sentences):
    """A title before a name, "she"/"he" in a sentence naming only that person, a first name one gender bears
    ("Tom"; not "Dana", which both do, nor "Kim" without one); nothing else."""
    text = "Congresswoman Ana Ruiz met Mr Leo Park. Dana Whitfield said she would run. Tom Reyes backed her. Kim Lee and Dana Ames spoke."
    sentences, mentions = index_sentences(text)
    genders = article_genders(text, sentences, mentions, load_lexicon())
    assert genders == {"ana-ruiz": "female", "leo-park": "male", "dana-whitfield": "female", "tom-reyes": "male"}


def test_a_title_outweighs_a_first_name_and_two_pronouns_do(extractor, index_sentences):
    """"Mr Jean Blanc" is a man; "Sonia Rao ... He said ... He said" is taken for a man too."""
    text = "Mr Jean Blanc spoke. Sonia Rao said he would run. Sonia Rao said he would win."
    sentences, mentions = index_sentences(text)
    genders = article_genders(text, sentences, mentions, load_lexicon())
    assert genders == {"jean-blanc": "male", "sonia-rao": "male"}


def test_he_does_not_mean_a_woman_known_by_her_first_name(extractor):
    """"Sonia Rao met Ravi Das. He endorsed X": he is Ravi Das."""
    found = asserted(extractor, "Sonia Rao met Ravi Das on Monday. He endorsed Tom Reyes for mayor.")
    assert ("Ravi Das", "endorsed", "Tom Reyes") in found
    assert ("Sonia Rao", "endorsed", "Tom Reyes") not in found


def test_a_rule_does_not_take_a_pronoun_for_its_own_clauses_subject(extractor):
    """"A and B have backed her": her is neither, for the surface rules as for the parse."""
    text = "Sen. Maria Ortega is running for mayor. Rep. Tom Reyes and Rep. Dana Whitfield have backed her."
    found = asserted(extractor, text)
    assert ("Tom Reyes", "endorsed", "Maria Ortega") in found
    assert ("Dana Whitfield", "endorsed", "Maria Ortega") in found
    assert not {k for k in found if k[1] == "endorsed" and k[2] in ("Tom Reyes", "Dana Whitfield")}


def test_a_pronoun_object_of_the_main_verb_is_not_its_subject(extractor):
    """"X has come out for her": her is someone named before, never X ("X said he ..." still is X)."""
    text = "Sen. Maria Ortega is running for mayor. Rep. Tom Reyes, a former prosecutor, has come out for her."
    assert ("Tom Reyes", "endorsed", "Maria Ortega") in asserted(extractor, text)


def test_names_joined_to_the_verb_by_as_well_as_are_subjects_too(extractor):
    """"X has come out for her, as well as A and B": A and B back her too."""
    text = "Sen. Maria Ortega is running for mayor. Rep. Tom Reyes has come out for her, as well as Rep. Dana Whitfield and Rep. Gerald Osei."
    found = asserted(extractor, text)
    assert {("Tom Reyes", "endorsed", "Maria Ortega"), ("Dana Whitfield", "endorsed", "Maria Ortega"),
            ("Gerald Osei", "endorsed", "Maria Ortega")} <= found  # fmt: skip


def test_a_group_named_just_before_a_person_is_two_entities(extractor):
    """"chair of the Northern Research Group Jake Berry": a group, then a person."""
    mentions, _ = extractor.reader.read("Sen. Ana Ruiz has the support of the chair of the Harbor Research Group Jake Milton.")
    assert [(m.kind, m.text) for m in mentions if m.kind in "PO"] == [("P", "Ana Ruiz"), ("O", "Harbor Research Group"), ("P", "Jake Milton")]


def test_the_lexicon_knows_a_legislature_is_no_person_and_john_street_may_be():
    """A name the recognizer calls a person is dropped when the lexicon knows it as a place or a country's word."""
    lexicon = load_lexicon()
    assert lexicon.names_a_place("Lok Sabha")
    assert not lexicon.names_a_place("John Street")
    assert lexicon.gender_pronouns["she"] == "female" and lexicon.gender_words["mr"] == "male"


def test_the_people_endorsed_in_a_leadership_race_are_rivals(extractor):
    """A party's leadership race is one contest: those it reports endorsed run against each other."""
    text = ("The Labor leadership race enters its final week. Sen. Tom Reyes has endorsed Maria Lindqvist. "
            "Rep. Dana Whitfield is backing Paul Harrow.")
    found = asserted(extractor, text)
    assert ("Maria Lindqvist", "rival_of", "Paul Harrow") in found


def test_the_people_endorsed_in_a_story_of_many_races_are_not_rivals(extractor):
    """Endorsements in a story that names no contest of one post pair no one ("endorsed candidates across the state")."""
    text = "Sen. Tom Reyes endorsed candidates across the state. He endorsed Maria Lindqvist and Rep. Dana Whitfield is backing Paul Harrow."
    assert not {k for k in asserted(extractor, text) if k[1] == "rival_of"}


@pytest.mark.parametrize("text, endorsed", [
    ("Tim Farron has been nominated for leader by over 400 party members. Some of these include former MPs Simon Hughes "
     "and Jo Swinson.", ("Tim Farron", {"Simon Hughes", "Jo Swinson"})),
    ("Sen. Ann Lee has the backing of 20 lawmakers. They include Rep. Bob Park and Rep. Carl Diaz.", ("Ann Lee", {"Bob Park", "Carl Diaz"})),
    ("Mayor Dora Fox was endorsed by several unions on Monday. Among them are the Bakers Union and the Sierra Club.",
     ("Dora Fox", {"Bakers Union", "Sierra Club"})),
])
def test_the_members_listed_of_a_group_said_to_endorse_endorse(extractor, text, endorsed):
    """"X was nominated by 400 members. Some of these include A and B": A and B nominated X."""
    whom, members = endorsed
    found = asserted(extractor, text)
    assert {k[0] for k in found if k[1:] == ("endorsed", whom)} == members


@pytest.mark.parametrize("first", ["Sen. Ann Lee was criticised by 20 lawmakers.", "Sen. Ann Lee has not been endorsed by lawmakers."])
def test_a_group_that_does_not_endorse_lends_no_endorsement(extractor, first):
    """"X was criticised by (has not been endorsed by) 20 lawmakers. They include A": no endorsement."""
    statuses = statements(extractor, first + " They include Rep. Bob Park.")
    assert not {k for k in statuses.get("asserted", set()) if k[1] == "endorsed"}


def test_a_list_of_a_groups_members_is_about_whom_they_back(extractor):
    """After "Some of these include A and B", "him" is the one they back, not A."""
    text = ("Tim Farron has been nominated for leader by over 400 party members. Some of these include former MPs "
            "Simon Hughes and Jo Swinson. Current MPs backing him include Greg Mulholland and John Pugh.")
    found = asserted(extractor, text)
    assert {("Greg Mulholland", "endorsed", "Tim Farron"), ("John Pugh", "endorsed", "Tim Farron")} <= found
    assert not {k for k in found if k[2] == "Simon Hughes"}


def test_a_role_without_its_campaign_in_a_story_of_no_hires_works_for_nobody(extractor):
    """"X, a consultant, held a news conference" in a story about Y's campaign that tells of no hire: no adviser."""
    text = ("Mayor Maria Lindqvist's campaign is gaining ground in the runoff. "
            "Former candidate Amy Cole, a public policy consultant, held a news conference on Monday.")
    assert not {k for k in asserted(extractor, text) if k[1] == "advised"}


ROUNDUP = (
    "Unions and elected officials have lined up their endorsements in the race for mayor.\n\n"
    "Ann Lee:\n"
    "Sen. Tom Reyes\n"
    "United Auto Workers\n"
    "Former Vice President Walter Brandt\n\n"
    "Paul Harrow:\n"
    "Carl Jensen\n"
    "DC 37\n"
    "Hotel Workers Union Local 6\n\n"
    "Nina Boateng, a former council speaker, said the race was close. She praised Mark Osei.\n"
)


def test_a_roundup_lists_under_each_candidate_who_endorsed_them(extractor):
    """"Ann Lee:" then a backer a line, in an article about endorsements: each backer endorsed her; a bare
    name on a line under such headings is an item, not a heading; the list ends at the first line of prose."""
    found = asserted(extractor, ROUNDUP)
    endorsed = {(a, b) for a, r, b in found if r == "endorsed"}
    assert endorsed == {("Tom Reyes", "Ann Lee"), ("United Auto Workers", "Ann Lee"), ("Walter Brandt", "Ann Lee"),
                        ("Carl Jensen", "Paul Harrow"), ("DC 37", "Paul Harrow"), ("Hotel Workers Union Local 6", "Paul Harrow")}


def test_a_roundup_cites_the_lines_from_its_heading_to_the_item(extractor):
    quotes = {c.subject.label: c.quote for c in extractor.extract(Article("r", ROUNDUP, date="2025-05-01")) if c.relation == "endorsed"}
    assert quotes["Carl Jensen"] == "Paul Harrow:\nCarl Jensen"
    assert quotes["United Auto Workers"] == "Ann Lee:\nSen. Tom Reyes\nUnited Auto Workers"


def test_names_listed_under_headings_in_an_article_not_about_endorsements_endorse_no_one(extractor):
    """The same layout under a lede about a debate ("who spoke for each side") says nothing of endorsements."""
    text = ROUNDUP.replace("Unions and elected officials have lined up their endorsements in the race for mayor.",
                           "Speakers at Tuesday's debate on the zoning plan were grouped by the side they argued.")
    assert not {k for k in asserted(extractor, text) if k[1] == "endorsed"}


def test_title_case_lines_of_a_list_are_names_not_a_headline(extractor):
    """"Former Vice President Walter Brandt" alone on a line under "Backers so far:" is a list item naming
    someone; the same words as the article's one title line would be a headline naming no one."""
    mentions, _ = extractor.reader.read("Backers so far:\nFormer Vice President Walter Brandt\nState Senator Nora Castellanos\n")
    assert [m.text for m in mentions if m.kind == "P"] == ["Walter Brandt", "Nora Castellanos"]
    mentions, _ = extractor.reader.read("Former Vice President Walter Brandt Endorses Lee\n\nAnn Lee spoke on Monday.")
    assert [m.text for m in mentions if m.kind == "P"] == ["Ann Lee"]


def test_a_list_under_a_line_saying_whom_its_people_support(extractor):
    """"MPs supporting Ann Lee:" then a name a line (bullets or not): each of them endorsed her; the
    list ends at the next such line, and a heading of the undecided ends it too."""
    text = ("Most of the party's MPs have picked a side in the leadership race.\n\n"
            "MPs supporting Ann Lee:\n\n"
            "  • Tom Reyes\n"
            "  • Dana Whitfield\n\n"
            "MPs supporting Paul Harrow\n\n"
            "  • Carl Jensen\n\n"
            "MPs remaining undecided:\n\n"
            "  • Amy Cole\n")
    endorsed = {(a, b) for a, r, b in asserted(extractor, text) if r == "endorsed"}
    assert endorsed == {("Tom Reyes", "Ann Lee"), ("Dana Whitfield", "Ann Lee"), ("Carl Jensen", "Paul Harrow")}


@pytest.mark.parametrize("heading", ["Endorsed by Ann Lee:", "Ann Lee-backed candidates:", "Ann Lee's endorsements:"])
def test_a_list_under_a_line_naming_its_endorser_is_not_of_her_backers(extractor, heading):
    """Where the heading's person comes before (or after "by") the word of endorsing, the list is of
    those she backs, or of no one said: none endorsed her."""
    text = f"The primary is in May.\n\n{heading}\n\n  • Tom Reyes\n  • Dana Whitfield\n"
    assert not {k for k in asserted(extractor, text) if k[1] == "endorsed" and k[2] == "Ann Lee"}


@pytest.mark.parametrize("text", [
    "The Service Employees Union on Monday endorsed the following candidates for the city council:\n\nDana Whitfield\n\nMarcus Bell\n",
    "The Service Employees Union on Monday endorsed these candidates:\n\n- Dana Whitfield, District 1\n- Marcus Bell, District 2\n\nThe union has 40,000 members.\n",
])
def test_the_people_a_list_names_under_who_endorsed_them(extractor, text):
    found = asserted(extractor, text)
    assert {(a, b) for a, r, b in found if r == "endorsed"} == {
        ("Service Employees Union", "Dana Whitfield"), ("Service Employees Union", "Marcus Bell")}


def test_a_list_under_whom_people_support_is_read_the_other_way(extractor):
    """"MPs supporting Ann Lee:" lists her backers (listed_endorsers), not people she backs."""
    found = asserted(extractor, "MPs supporting Dana Whitfield:\n\nMarcus Bell\n\nCarla Ruiz\n")
    assert {(a, b) for a, r, b in found if r == "endorsed"} == {("Marcus Bell", "Dana Whitfield"), ("Carla Ruiz", "Dana Whitfield")}
