"""graph.news.pipeline and the extractor around it: which trained pipeline parses, how a wrong
one is refused, and that extracting on several processes changes nothing."""

import pytest

from graph.errors import InvalidArgument
from graph.model import Entity
from graph.news import Extractor, parse_article
from graph.news.pipeline import DEFAULT_MODEL, load_pipeline, model_folder


def test_default_model_is_the_pinned_small_pipeline():
    """The default is the installed en_core_web_sm 3.8.0 folder, loaded by path with a parser."""
    folder = model_folder()
    assert (folder / "config.cfg").is_file()
    nlp = load_pipeline(folder)
    assert {"parser", "tagger", "ner"} <= set(nlp.pipe_names)
    assert nlp.meta["version"] == "3.8.0"


def test_a_pipeline_folder_is_taken_as_given(monkeypatch):
    """--model DIR: a folder with a config.cfg is used as it is; KG_MODEL names the default."""
    folder = model_folder(DEFAULT_MODEL)
    assert model_folder(str(folder)) == folder
    monkeypatch.setenv("KG_MODEL", str(folder))
    assert model_folder() == folder


@pytest.mark.parametrize("name", ["en_core_web_nonexistent", "/no/such/folder", "spacy"])
def test_a_name_that_is_no_pipeline_is_refused(name):
    """A name that is neither a pipeline folder nor an installed pipeline is an InvalidArgument."""
    with pytest.raises(InvalidArgument, match="no spaCy pipeline"):
        model_folder(name)


def test_kg_extract_with_an_unknown_model_is_exit_2(cli, tmp_path):
    """kg extract --model NAME: a clear message and exit 2, before any article is read."""
    article = tmp_path / "a.txt"
    article.write_text("Maria Ortega endorsed Tom Reyes.\n", encoding="utf-8")
    done = cli("extract", str(article), "--model", "en_core_web_nonexistent")
    assert done.exit_code == 2
    assert "no spaCy pipeline 'en_core_web_nonexistent'" in done.output


def test_kg_model_environment_variable_is_read(cli, tmp_path, monkeypatch):
    """KG_MODEL is the --model of every command that extracts."""
    article = tmp_path / "a.txt"
    article.write_text("Maria Ortega endorsed Tom Reyes.\n", encoding="utf-8")
    monkeypatch.setenv("KG_MODEL", "/no/such/model")
    done = cli("extract", str(article))
    assert done.exit_code == 2 and "/no/such/model" in done.output


_DEMOCRATS = Entity(id="democratic-party", iri="urn:kg:entity:democratic-party", label="Democratic Party",
                    type="PoliticalParty", aliases=("Democrats", "Democrat", "Democratic"))


@pytest.fixture(scope="module")
def extractor():
    return Extractor([_DEMOCRATS])


def test_several_processes_give_what_one_gives(extractor):
    """extract_many on two processes yields the same candidates, in the same order, as on one."""
    texts = [
        "Maria Ortega endorsed Tom Reyes.",
        "Dan Whitaker, an adviser to Maria Ortega, spoke.",
        "Tom Reyes defeated Maria Ortega in the primary.",
        "Democratic Sen. Ana Lopez voted no.",
    ]
    articles = [parse_article(f"date: 2023-01-0{1 + i % 9}\n\n{texts[i % 4]}", f"a{i}.txt") for i in range(40)]
    one = [(a.id, c) for a, c in extractor.extract_many(articles, batch_size=4, workers=1)]
    two = [(a.id, c) for a, c in extractor.extract_many(articles, batch_size=4, workers=2)]
    assert one == two and len(one) == 40 and all(c for _, c in one)


def test_a_new_organization_is_an_organization(extractor):
    """A name with "Workers" in it endorsing is an Organization, never a Person."""
    article = parse_article("The United Auto Workers endorsed Tom Reyes on Monday.", "o.txt")
    endorsers = {c.subject for c in extractor.extract(article) if c.relation == "endorsed"}
    assert {(e.label, e.type) for e in endorsers} == {("United Auto Workers", "Organization")}


@pytest.mark.parametrize("text, endorsers", [
    ("London, UK. Ann Lee was nominated by Unite, the CWU and the Fire Brigades Union.",
     {("Unite", "Organization"), ("Communication Workers Union", "Organization"), ("Fire Brigades Union", "Organization")}),
    ("The Teamsters and SEIU endorsed Tom Reyes on Monday.",
     {("Teamsters", "Organization"), ("Service Employees International Union", "Organization")}),
    ("Unite behind Tom Reyes, said Ann Lee, who endorsed him.", {("Ann Lee", "Person")}),  # no union in a US story
    ("The AFL-CIO endorsed Tom Reyes. The Pennsylvania AFL-CIO backed him too.",  # a state's own federation is another body
     {("AFL-CIO", "Organization"), ("Pennsylvania AFL-CIO", "Organization")}),
])
def test_a_body_known_by_a_bare_name_is_an_organization(extractor, text, endorsers):
    """The lexicon's bodies with no organization word in their name ("Unite", "SEIU") endorse as
    Organizations; one of another country only in an article about that country."""
    article = parse_article(text, "u.txt")
    assert {(c.subject.label, c.subject.type) for c in extractor.extract(article) if c.relation == "endorsed"} == endorsers


@pytest.mark.parametrize("text, paper", [
    ("The Sacramento Bee endorsed Tom Reyes on Sunday.", "Sacramento Bee"),
    ("Tom Reyes won the endorsement of the Houston Chronicle.", "Houston Chronicle"),
    ("The Denver Post endorsed Tom Reyes.", "Denver Post"),
])
def test_a_newspaper_endorsing_is_an_organization(extractor, text, paper):
    """A newspaper's name ("Bee", "Chronicle", "Post") makes it an Organization, never a Person."""
    article = parse_article(text, "n.txt")
    assert {(c.subject.label, c.subject.type) for c in extractor.extract(article) if c.relation == "endorsed"} == {(paper, "Organization")}


@pytest.mark.parametrize("body", [
    "Black Lives Matter", "Everytown for Gun Safety", "End Citizens United", "Log Cabin Republicans",
    "Laborers' International Union of North America", "EMILY's List", "Club for Growth", "Congressional Progressive Caucus",
])
def test_a_body_endorsing_is_one_organization_whole(extractor, body):
    """Names of bodies that hold a descriptor ("Black"), a party ("Republicans") or a plural
    possessive ("Laborers'") are one Organization, not a person made of their last words."""
    article = parse_article(f"The {body} endorsed Tom Reyes on Monday.", "b.txt")
    assert {(c.subject.label, c.subject.type) for c in extractor.extract(article) if c.relation == "endorsed"} == {(body, "Organization")}


@pytest.mark.parametrize("text", [
    "GLENMOOR, Ill. (XP) — Ann Lee won the endorsement of Tom Reyes on Monday.",
    "March 3, 2024\n\nGLENMOOR — Ann Lee won the endorsement of Tom Reyes on Monday.",
    "Ann Lee is NOT endorsing Tom Reyes, and she will NEVER back him.",
])
def test_a_dateline_names_no_organization(extractor, text):
    """A dateline's city and news agency, in capitals, are no organization of the article; nor is a
    word written in capitals for stress."""
    mentions, _ = extractor.reader.read(text)
    assert not [m.text for m in mentions if m.kind == "O"]


@pytest.mark.parametrize("text, body", [
    ("Tom Reyes has been endorsed by 4321QWU, the largest health care union.", "4321QWU"),  # initials never spelled out
    ("Tom Reyes won the backing of DC98, the city workers' union.", "DC98"),
    ("Democratic Majority for Israel endorsed Tom Reyes on Monday.", "Democratic Majority for Israel"),  # a party's name in a group's
    ("Republicans for National Renewal endorsed Tom Reyes on Monday.", "Republicans for National Renewal"),
    ("Tom Reyes was endorsed by College Republicans on Monday.", "College Republicans"),
    ("Tom Reyes won the backing of Young Democrats of America.", "Young Democrats of America"),
])
def test_initials_and_groups_named_with_a_party_are_organizations(extractor, text, body):
    """Capitals the article gives no name for ("DC98", "4321QWU", even where the recognizer sees
    none), and a group whose name holds a party's with no organization word ("Democratic Majority
    for Israel", "College Republicans"), are an Organization that endorses."""
    article = parse_article(text, "g.txt")
    assert {(c.subject.label, c.subject.type) for c in extractor.extract(article) if c.relation == "endorsed"} == {(body, "Organization")}


@pytest.mark.parametrize("text", [
    "Tom Reyes was endorsed by Senate Democrats on Monday.",
    "Tom Reyes was endorsed by Texas Republicans on Monday.",
    "Tom Reyes was backed by Never Trump Democrats on Monday.",
])
def test_a_chamber_a_state_or_a_person_before_a_party_makes_no_group(extractor, text):
    """"Senate Democrats", "Texas Republicans", "Never Trump Democrats" are no organization."""
    knows_trump = Extractor([_DEMOCRATS, Entity(id="donald-trump", iri="urn:kg:entity:donald-trump", label="Donald Trump",
                                                 type="Person", aliases=("Trump",))])
    article = parse_article(text, "c.txt")
    assert not {c.subject.label for c in knows_trump.extract(article) if c.subject.type == "Organization"}


def test_a_hyphenated_surname_is_one_name(extractor):
    """"Ocasio-Cortez" stays whole: the new person is Alexandria Ocasio-Cortez."""
    article = parse_article("Alexandria Ocasio-Cortez endorsed Tom Reyes.", "h.txt")
    assert {c.subject.label for c in extractor.extract(article)} == {"Alexandria Ocasio-Cortez"}


@pytest.mark.parametrize("text", ["South Carolina endorsed Tom Reyes.", "Iceland Jeff Gunter endorsed Tom Reyes."])
def test_places_are_no_people(extractor, text):
    """A run that is only a place is no person; a place before a name is taken off it."""
    article = parse_article(text, "p.txt")
    assert {c.subject.label for c in extractor.extract(article)} <= {"Jeff Gunter"}


@pytest.mark.parametrize("text, name", [
    ('Jesus "Chuy" Garcia endorsed Tom Reyes.', 'Jesus "Chuy" Garcia'),
    ("J.D. Vance endorsed Tom Reyes.", "J.D. Vance"),
    ("J. P. Nadda endorsed Tom Reyes.", "J. P. Nadda"),
    ("Sen.  Tom  Hale endorsed Tom Reyes.", "Tom Hale"),
])
def test_names_with_initials_and_nicknames_stay_whole(extractor, text, name):
    """Initials, a quoted nickname inside a name, and doubled spaces give one new person, named as written."""
    article = parse_article(text, "n.txt")
    assert {c.subject.label for c in extractor.extract(article) if c.relation == "endorsed"} == {name}


def test_two_known_names_joined_by_a_hyphen_stay_two():
    """"the Bass-Caruso race" names two known people; an unknown "Ocasio-Cortez" is one name."""
    people = [Entity(id=i, iri=f"urn:kg:entity:{i}", label=label, type="Politician", aliases=())
              for i, label in (("karen-bass", "Karen Bass"), ("rick-caruso", "Rick Caruso"))]  # fmt: skip
    reader = Extractor(people).reader
    mentions, _ = reader.read("The Bass-Caruso race was close. Alexandria Ocasio-Cortez spoke.")
    assert [m.ref.id for m in mentions if m.kind == "P"] == ["karen-bass", "rick-caruso", "alexandria-ocasio-cortez"]


SCOPE = "scope: {negating: [decline], hedging: [may], conditions: [if], former: [former]}\nparty_labels_not_membership: [voters]\n"


@pytest.mark.parametrize("text, message", [
    ("- a list\n", "must be a mapping"),
    ("relations:\n  likes: {verbs: [like]}\n" + SCOPE, "not in the ontology"),
    ("relations:\n  endorsed: {verb_preps: [behind]}\n" + SCOPE, "is not 'verb preposition'"),
    ("relations:\n  endorsed: {verbs: endorse}\n" + SCOPE, "must be a list of words"),
    ("relations:\n  endorsed: {verbs: [endorse]}\n", "missing or malformed section"),
    ("relations: {endorsed: {verbs: [endorse]}}\nirregular: [ran]\n" + SCOPE, "irregular must map"),
    ("relations: {endorsed: {verbs: [endorse]}}\nlemmas: [hoped]\n" + SCOPE, "lemmas must map"),
    ("relations: {endorsed: {verbs: [endorse]}}\n" + SCOPE.replace("former: [former]", "former: [former], saying: [weigh]"), "'verb particle'"),
])
def test_a_malformed_trigger_lexicon_is_a_data_error(tmp_path, text, message):
    """triggers.yaml is data: a mistake in it is a DataError naming the file and what is wrong."""
    from graph.errors import DataError
    from graph.news.triggers import load_triggers

    path = tmp_path / "triggers.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=message) as raised:
        load_triggers(path)
    assert str(path) in str(raised.value)


@pytest.mark.parametrize("text, election", [
    ("Tom Reyes, the U.S. Senate hopeful from Alabama, spoke on Monday.", None),
    ("Tom Reyes, the Pennsylvania Senate hopeful, spoke on Monday.", "pa-senate-2022"),
    ("Tom Reyes ran in the 2016 presidential race.", "us-president-2016"),
])
def test_an_office_without_a_place_is_no_guess_among_the_graphs_elections(text, election):
    """"the U.S. Senate hopeful" may be any state's race: not the one Senate race the graph knows;
    a state's name, or a national office, does pick one."""
    ex = Extractor([
        Entity(id="pa-senate-2022", iri="urn:kg:entity:pa-senate-2022", type="Election",
               label="2022 United States Senate election in Pennsylvania", aliases=()),
        Entity(id="us-president-2016", iri="urn:kg:entity:us-president-2016", type="Election",
               label="2016 United States presidential election", aliases=()),
    ])  # fmt: skip
    found = {c.object.id for c in ex.extract(parse_article(f"date: 2022-03-01\n\n{text}", "e.txt")) if c.relation == "candidate_in"}
    assert found == ({election} if election else set())


def test_an_overlong_sentence_is_not_parsed_and_csv_leaves_it_out(cli, extractor, tmp_path):
    """A 'sentence' of 150,000 characters (a text without full stops) is left to the patterns,
    not the parser; kg extract -f csv leaves its candidates out, saying so, instead of failing."""
    from graph.news.parsing import MAX_PARSED, select

    text = " ".join(["Maria Ortega endorsed Tom Reyes and"] * 4300)
    assert len(text) > 131_072
    article = parse_article(f"date: 2024-01-01\n\n{text}\n", "long.txt")
    mentions, sentences = extractor.reader.read(article.text, article.date)
    assert all(len(sentences[n].text) <= MAX_PARSED for n in select(sentences, mentions, extractor.triggers))
    path = tmp_path / "long.txt"
    path.write_text(f"date: 2024-01-01\n\nAna Lopez endorsed Tom Reyes.\n\n{text}\n", encoding="utf-8")
    done = cli("extract", str(path), "--format", "csv")
    assert done.exit_code == 0
    assert done.stdout.splitlines()[1].startswith("Ana Lopez,endorsed,Tom Reyes")
    assert "left out of the CSV: a quote over 131,072 characters" in done.stderr


@pytest.mark.parametrize("a, b, same", [
    ("Pat Schroeder", "Patricia Schroeder", True),
    ("J. P. Nadda", "Jagat Prakash Nadda", True),
    ("Richard Shelby", "Richard C. Shelby", True),
    ("Chuy Garcia", 'Jesus "Chuy" Garcia', True),
    ("Tito Sotto", 'Vicente "Tito" Sotto III', True),  # a nickname in quotes, none of the lexicon's
    ("Tito Sotto", "Vicente Sotto", False),
    ("Joe Crowley", "Joseph Crowley", True),
    ("Rudy Giuliani", "Rudolph Giuliani", True),
    ("Bill Clinton", "Hillary Clinton", False),
    ("John Smith", "Jane Smith", False),
    ("Smith", "John Smith", False),
])
def test_names_written_two_ways(a, b, same):
    """Nicknames of the lexicon, initials and middle names match; other first names do not."""
    from graph.news.names import same_person_name

    assert same_person_name(a, b) is same and same_person_name(b, a) is same


def test_each_candidate_knows_where_its_quote_starts(extractor):
    """A candidate's offset is its sentence's start in the article text, so an ingested quote that
    the article holds twice is anchored where it was read (by rule and by parse alike)."""
    text = ("date: 2023-01-05\n\nMaria Ortega endorsed Tom Reyes. It was not news.\n\n"
            "Dan Whitaker, an adviser to Maria Ortega, spoke. Maria Ortega endorsed Tom Reyes.")
    article = parse_article(text, "twice.txt")
    candidates = extractor.extract(article)
    assert {c.relation for c in candidates} >= {"endorsed", "advised"}
    for candidate in candidates:
        assert article.text[candidate.offset:].startswith(candidate.quote), candidate


@pytest.mark.parametrize("text, helps", [
    ("Joe Biden endorsed Kamala Harris in Ohio on Monday.", False),  # known people, a place, a weekday
    ("Sen. Joe Biden endorsed Kamala Harris.", False),  # a title is no name
    ("Joe Biden endorsed Susan Yilmaz.", False),  # a new name written in full is a person, whatever the labels
    ("Joe Biden endorsed Zyx Qorvath.", False),
    ("Cleveland endorsed Joe Biden.", True),  # a lone surname taken for the one known person: is it one?
    ("Unison endorsed Kamala Harris.", True),  # a word no mention covers: maybe an organization
    ("Joe Biden met Zyx in Ohio.", True),  # a lone capitalized word may be a name the mentions missed
])
def test_the_recognizer_runs_only_where_it_can_add_something(text, helps):
    """Named entities are looked for in a parsed sentence only where they can change what is read."""
    from graph.news.parsing import _recognizer_can_help

    extractor = Extractor([
        Entity(id="joe-biden", iri="urn:kg:entity:joe-biden", label="Joe Biden", type="Politician", aliases=("Biden",)),
        Entity(id="kamala-harris", iri="urn:kg:entity:kamala-harris", label="Kamala Harris", type="Politician", aliases=("Harris",)),
        Entity(id="grover-cleveland", iri="urn:kg:entity:grover-cleveland", label="Grover Cleveland", type="Politician"),
    ])
    mentions, sentences = extractor.reader.read(text)
    assert _recognizer_can_help(sentences[0], mentions, extractor.index) is helps


@pytest.mark.parametrize("text, surnames", [
    ("Hunter Hill has endorsed Ann Kemp. Later, Hill said so from Capitol Hill.", ["Hill"]),
    ("Theresa Mayne and Jack White met. White said no. In May, and on May 8, he left.", ["White"]),
    ("Rose May resigned. May said she would go, in early May.", ["May"]),
])
def test_a_surname_that_begins_no_name_is_the_person_named_in_full_before(extractor, text, surnames):
    """"Hill", "White", "May" alone are the Hunter Hill, Jack White, Rose May named before, not words that
    begin no name; "Capitol Hill" and the month in "in May", "May 8", "in early May" name no one."""
    mentions, _ = extractor.reader.read(text)
    full = {m.text for m in mentions if " " in m.text}
    alone = [m for m in mentions if " " not in m.text and m.kind == "P"]
    assert [m.text for m in alone] == surnames
    assert all(m.ref.label in full for m in alone)


def test_corrected_lemmas_are_set_after_the_lemmatizer_not_by_the_ruler(extractor):
    """The lemmas the triggers correct ("hoped": hope, not hop) and those of hyphenated words kept
    whole ("co-chaired": co-chair) are given by a step at the end of the pipeline: as patterns
    of the attribute ruler they slowed the parse of every sentence."""
    import spacy

    extractor.extract(parse_article("Sen. Jane Roe endorsed Rep. John Doe.", "a.txt"))  # prepares the pipeline
    nlp = load_pipeline(extractor.model)
    lemmas = {t.text: t.lemma_ for t in nlp("Roe had hoped to win after she co-chaired the campaign.")}
    assert (lemmas["hoped"], lemmas["co-chaired"]) == ("hope", "co-chair")
    own = spacy.load(extractor.model, exclude=["senter"]).get_pipe("attribute_ruler").patterns
    assert len(nlp.get_pipe("attribute_ruler").patterns) <= len(own) + 1  # "help found", which sets a tag too
