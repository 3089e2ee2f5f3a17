"""graph.news: each family of patterns on sentences written for these tests (no corpus text)."""

import pytest

from graph.news import Extractor, parse_article
from tests.conftest import make_entity, us_parties


@pytest.fixture(scope="module")
def extractor():
    """A graph that knows two parties and one politician (by her alias too); everyone else is new."""
    return Extractor([
        *us_parties(),
        make_entity("anna-pryce", "Anna Pryce", "Politician", "Pryce", "Gov. Anna Pryce"),
        make_entity("state-senate-2023", "2023 Ohio State Senate election", "Election"),
    ])


def run(extractor, text, date="2023-05-10"):
    article = parse_article(f"date: {date}\n\n{text}", "test-article.txt")
    candidates = extractor.extract(article)
    for c in candidates:
        assert c.quote in article.text  # the evidence is verbatim
    return candidates


def found(extractor, text, status="asserted", **kwargs):
    out = set()
    for c in run(extractor, text, **kwargs):
        if c.status == status:
            item = (c.subject.label, c.relation, c.object.label)
            out.add(item + ((c.from_party.label,) if c.from_party else ()))
    return out


# --- endorsements: lists, joint subjects, passive and nominal forms ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Anna Pryce's supporters include Tom Hale, Rita Moss and Dean Ortiz, the campaign said.",
        "Pryce has been endorsed by Tom Hale, Rita Moss and Dean Ortiz.",
        "Anna Pryce, who runs on a jobs platform, was backed by celebrities like Tom Hale, Rita Moss and Dean Ortiz.",
        "Pryce's endorsements have come from stars, including Tom Hale, Rita Moss and Dean Ortiz.",
        "Pryce enjoys a wide base, with endorsements from actor Tom Hale, Sen. Rita Moss (D-Ohio) and Dean Ortiz.",
    ],
)
def test_lists_of_endorsers(extractor, text):
    """Every person of a list endorses the one person named."""
    got = {f for f in found(extractor, text) if f[1] == "endorsed"}
    assert got == {(name, "endorsed", "Anna Pryce") for name in ("Tom Hale", "Rita Moss", "Dean Ortiz")}


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Tom Hale and Gov. Rita Moss endorsed Anna Pryce on Monday.",
        "Tom Hale, Rita Moss back Anna Pryce in tight race",
        "Tom Hale and Rita Moss released a joint statement on Friday in support of Pryce.",
        "Tom Hale and Rita Moss issued a rare joint endorsement on Monday, supporting Anna Pryce.",
    ],
)
def test_joint_subjects(extractor, text):
    """'A and B endorsed C' gives two endorsements."""
    got = {f for f in found(extractor, text) if f[1] == "endorsed"}
    assert got == {("Tom Hale", "endorsed", "Anna Pryce"), ("Rita Moss", "endorsed", "Anna Pryce")}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale's endorsement of Anna Pryce surprised nobody.",
        "Anna Pryce won the backing of Tom Hale after months of talks.",
        "Tom Hale threw his support behind Anna Pryce at a rally.",
        "Tom Hale decided to lend his support to Anna Pryce.",
        "Tom Hale formally endorsed Pryce in a video.",
        "Anna Pryce received the endorsement of Tom Hale on Tuesday.",
        "Pryce warmly welcomed Tom Hale's endorsement.",
    ],
)
def test_passive_and_nominal_forms(extractor, text):
    """Endorsements said with nouns, passives and phrasal verbs."""
    assert ("Tom Hale", "endorsed", "Anna Pryce") in found(extractor, text)


def test_support_for_the_person_the_article_is_about(extractor):
    """'Praise from the likes of A and B' goes to the person the article names most."""
    text = ("Anna Pryce opened her campaign office. Pryce spoke for an hour. Pryce took questions. "
            "The praise from the likes of Tom Hale and Rita Moss seems genuine.")
    got = {f for f in found(extractor, text) if f[1] == "endorsed"}
    assert got == {("Tom Hale", "endorsed", "Anna Pryce"), ("Rita Moss", "endorsed", "Anna Pryce")}


def test_an_agenda_is_not_a_person(extractor):
    """Backing someone's plan, or a bill, is not an endorsement of the person."""
    assert not found(extractor, "Tom Hale backed Anna Pryce's plan for new schools.")


# --- negation and denial ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale declined to endorse Anna Pryce.",
        "Tom Hale has not endorsed Anna Pryce.",
        "Tom Hale refused to back Pryce in the primary.",
    ],
)
def test_declined_endorsements_are_negated(extractor, text):
    """A refusal gives no endorsement, and is recorded as negated."""
    assert not {f for f in found(extractor, text) if f[1] == "endorsed"}
    assert ("Tom Hale", "endorsed", "Anna Pryce") in found(extractor, text, status="negated")


def test_declined_in_a_contest_between_two(extractor):
    """'declined to endorse in the race between A and B': negated for both."""
    text = "Tom Hale declined to endorse in the race between Rita Moss and Dean Ortiz."
    assert found(extractor, text, status="negated") == {
        ("Tom Hale", "endorsed", "Rita Moss"), ("Tom Hale", "endorsed", "Dean Ortiz"),
    }
    assert not {f for f in found(extractor, text) if f[1] == "endorsed"}


@pytest.mark.parametrize(
    "text",
    [
        "Anna Pryce rejected the endorsement of Tom Hale by Rita Moss.",
        "Tom Hale has not endorsed Anna Pryce, and Rita Moss backed Dean Ortiz.",
    ],
)
def test_denials_give_no_endorsement(extractor, text):
    """A denied or rejected endorsement is not asserted."""
    asserted = {f for f in found(extractor, text) if f[1] == "endorsed"}
    assert not asserted & {("Tom Hale", "endorsed", "Anna Pryce"), ("Rita Moss", "endorsed", "Tom Hale")}


@pytest.mark.parametrize(
    "text",
    [
        "This was not an endorsement event, and Tom Hale met Anna Pryce as well; Tom Hale backed Anna Pryce anyway.",
        "No endorsement from Rita Moss will save Anna Pryce, critics said, though Tom Hale endorsed her.",
    ],
)
def test_a_denial_covers_its_own_clause_only(extractor, text):
    """The parse gives a denial its scope: an endorsement said in another clause stands."""
    assert ("Tom Hale", "endorsed", "Anna Pryce") in found(extractor, text)


def test_reported_rivalry_is_disputed(extractor):
    """'reportedly became rivals' is recorded as disputed, not asserted."""
    text = "Tom Hale and Rita Moss reportedly became rivals during the search."
    assert not found(extractor, text)
    assert found(extractor, text, status="disputed") == {("Rita Moss", "rival_of", "Tom Hale")}


# --- rivalry --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The runoff between Tom Hale and Rita Moss is set for June.",
        "Tom Hale will face off against businesswoman Rita Moss in a June runoff.",
        "Tom Hale is vying with Republican-turned-Democrat Rita Moss for the seat.",
        "Tom Hale ran in a bruising primary against Rita Moss.",
        "Tom Hale narrowly defeated Rita Moss in the primary.",
        "Tom Hale's rival in the race, developer Rita Moss, spent millions.",
        "Rita Moss, who had long been Tom Hale's strongest rival, conceded.",
        "Tom Hale and Rita Moss traded barbs during the debate.",
        "Tom Hale and Rita Moss attacked each other over taxes.",
        "Rita Moss joined the race against Tom Hale. The two candidates clashed on Monday.",
        "Tom Hale finished the primary with a ten-point lead over Rita Moss.",
        "Tom Hale has drawn three challengers in the primary, including Rita Moss.",
        "With a month to go, Tom Hale and Rita Moss are neck and neck.",
        "Tom Hale is running neck and neck with Rita Moss in the polls.",
    ],
)
def test_rivalry_forms(extractor, text):
    """Runoffs, face-offs, vying, primaries, defeats, rival nouns and reciprocal verbs."""
    assert ("Rita Moss", "rival_of", "Tom Hale") in found(extractor, text)


def test_rivalry_also_gives_candidacy_in_a_known_election(extractor):
    """'face off in the 2023 Ohio State Senate race' names an election the graph knows."""
    text = "Tom Hale will face off against Rita Moss in the 2023 Ohio State Senate race."
    got = found(extractor, text)
    assert ("Tom Hale", "candidate_in", "2023 Ohio State Senate election") in got
    assert ("Rita Moss", "candidate_in", "2023 Ohio State Senate election") in got


# --- advising, with pronouns ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, a senior adviser to Gov. Anna Pryce, declined to comment.",
        "Tom Hale will join the administration as a senior adviser to Anna Pryce.",
        "Tom Hale advised Anna Pryce during her first campaign.",
        "Pryce adviser Tom Hale said the polls were wrong.",
        "Tom Hale served as an adviser on Pryce's 2020 campaign.",
    ],
)
def test_adviser_forms(extractor, text):
    assert ("Tom Hale", "advised", "Anna Pryce") in found(extractor, text)


def test_adviser_pronoun_resolves_to_nearest_named_person(extractor):
    """'despite serving as an adviser to him': he is the sentence's subject, him the person named."""
    text = "Dean Ortiz owns malls across the state. He has brushed aside comparisons to Tom Hale, despite serving as an adviser to him."
    assert found(extractor, text) == {("Dean Ortiz", "advised", "Tom Hale")}


def test_subject_pronoun_from_the_previous_sentence(extractor):
    """'She advised X' names the first person of the sentence before."""
    text = "Rita Moss, 58, has held many posts. She advised former Gov. Paul Webb during his first term."
    assert ("Rita Moss", "advised", "Paul Webb") in found(extractor, text)


# --- party switches -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "switch"),
    [
        ("Dean Ortiz is a former Democrat who registered as a Republican last year.", ("Democratic Party", "Republican Party")),
        ("Republican-turned-Democrat businessman Dean Ortiz leads the field.", ("Republican Party", "Democratic Party")),
        ("Dean Ortiz announced that he would leave the Republican Party and become an independent.", ("Republican Party", "Independent")),
        ("Dean Ortiz was first an independent, and then a Democrat.", ("Independent", "Democratic Party")),
        ("Dean Ortiz, Democrat who switched to Republican Party, spoke first.", ("Democratic Party", "Republican Party")),
        ("Dean Ortiz spent years as a Republican and changed his party affiliation to Democratic in May.", ("Republican Party", "Democratic Party")),
        ("Dean Ortiz chose the holiday to break with the Republican Party. Few independents have served in the House.",
         ("Republican Party", "Independent")),
    ],
)
def test_party_switches(extractor, text, switch):
    """From one party to another; leaving without joining makes an independent, where the story says "independent"."""
    left, joined = switch
    assert ("Dean Ortiz", "party_switch", joined, left) in found(extractor, text)


def test_a_switch_said_twice_keeps_the_fuller_statement(extractor):
    """'registered as a Democrat' (party left unknown) gives way to the switch that names it."""
    text = "Dean Ortiz is a former Republican who registered as a Democrat. Ortiz registered as a Democrat in May."
    switches = {f for f in found(extractor, text) if f[1] == "party_switch"}
    assert switches == {("Dean Ortiz", "party_switch", "Democratic Party", "Republican Party")}


def test_new_party_is_proposed(extractor):
    """'independent' is not in this graph: it becomes a new PoliticalParty entity."""
    candidates = run(extractor, "Dean Ortiz left the Democratic Party and became an independent.")
    switch = next(c for c in candidates if c.relation == "party_switch")
    assert switch.object.new and switch.object.type == "PoliticalParty" and switch.object.label == "Independent"


# --- party membership -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "party"),
    [
        ("Rep. Dean Ortiz (R-Texas) voted no.", "Dean Ortiz", "Republican Party"),
        ("Democratic Gov. Paul Webb signed the bill.", "Paul Webb", "Democratic Party"),
        ("The vote split, with freshman Republican Dean Ortiz voting yes.", "Dean Ortiz", "Republican Party"),
        ("Paul Webb — who is remaining a Democrat — voted no.", "Paul Webb", "Democratic Party"),
        ("Republicans such as Dean Ortiz and Paul Webb voted no.", "Paul Webb", "Republican Party"),
        ("Crowds cheered Rita Moss on Monday, praising the Democratic congresswoman for her work.", "Rita Moss", "Democratic Party"),
        ("The primary between Paul Webb and Dean Ortiz pitted two Democrats against each other.", "Dean Ortiz", "Democratic Party"),
    ],
)
def test_party_membership(extractor, text, who, party):
    assert (who, "member_of", party) in found(extractor, text)


def test_former_membership_is_not_membership(extractor):
    """'Former Republican Ortiz' says nothing about today."""
    assert not {f for f in found(extractor, "Former Republican Dean Ortiz spoke at length.") if f[1] == "member_of"}


# --- new people, names and dates ------------------------------------------------------------


def test_new_people_are_flagged_with_a_guessed_type(extractor):
    """Unknown names become new entities, typed from their titles."""
    candidates = run(extractor, "Billionaire Carl Moe endorsed Sen. Nina Park for governor.")
    endorsement = next(c for c in candidates if c.relation == "endorsed")
    assert (endorsement.subject.label, endorsement.subject.new, endorsement.subject.type) == ("Carl Moe", True, "Celebrity")
    assert (endorsement.object.label, endorsement.object.new, endorsement.object.type) == ("Nina Park", True, "Politician")
    assert endorsement.subject.id == "carl-moe"


def test_titles_and_places_are_not_part_of_names(extractor):
    """'Ohio Gov.', 'retired Police Chief' and the like are taken off a name."""
    got = found(extractor, "Ohio Gov. Nina Park endorsed retired Long Beach Police Chief Carl Moe.")
    assert got == {("Nina Park", "endorsed", "Carl Moe")}


def test_short_names_and_misspellings_resolve_to_the_full_name(extractor):
    """'Park' and 'Nena Park' are the Nina Park the article named first."""
    text = "Sen. Nina Park spoke first. Park endorsed Carl Moe. Later Nena Park endorsed Dean Ortiz."
    assert found(extractor, text) == {("Nina Park", "endorsed", "Carl Moe"), ("Nina Park", "endorsed", "Dean Ortiz")}


def test_places_organizations_and_sentence_words_are_not_people(extractor):
    """Capitalized words that are not a person's name make no person; an organization that
    endorses is an Organization."""
    text = "The Skirball Cultural Center endorsed Nina Park. When Los Angeles Democrats backed Nina Park, nobody noticed."
    subjects = {(c.subject.label, c.subject.type) for c in run(extractor, text)}
    assert subjects <= {("Skirball Cultural Center", "Organization")}


def test_dates_come_from_the_sentence_else_the_article(extractor):
    """'in 2013' and 'on Tuesday' (against the article's date) date a statement; else the article date."""
    by_object = {c.object.label: c.date for c in run(extractor, (
        "Tom Hale endorsed Rita Moss in 2013. Tom Hale endorsed Dean Ortiz on Tuesday. Tom Hale endorsed Paul Webb."
    ), date="2023-05-12")}
    assert by_object == {"Rita Moss": "2013", "Dean Ortiz": "2023-05-09", "Paul Webb": "2023-05-12"}


def test_candidates_carry_rule_confidence_and_source(extractor):
    (candidate,) = run(extractor, "Tom Hale endorsed Rita Moss.")
    assert candidate.rule == "endorsed.verb" and 0 < candidate.confidence <= 1 and candidate.source == "test-article"


def test_extraction_is_deterministic(extractor):
    text = "Tom Hale and Rita Moss endorsed Dean Ortiz. Ortiz is vying with Paul Webb. Webb (D-Ohio) spoke."
    assert run(extractor, text) == run(extractor, text)
