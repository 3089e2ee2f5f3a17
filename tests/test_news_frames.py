"""graph.news.frames: relations read from the dependency parse, on sentences written for these
tests in the phrasings news uses (no corpus text). Each case lists what must be found; `absent`
lists what must not be asserted."""

import pytest

from graph.news import Extractor, parse_article
from graph.news.lexicon import load_lexicon
from tests.conftest import us_parties


@pytest.fixture(scope="module")
def extractor():
    """A graph that knows the two US parties; everyone in the sentences is new to it."""
    return Extractor(us_parties())


def statements(extractor, text, date="2023-05-10"):
    article = parse_article(f"date: {date}\n\n{text}", "frames-test.txt")
    out = {}
    for c in extractor.extract(article):
        assert c.quote in article.text
        a, b = c.subject.label, c.object.label
        if c.relation == "rival_of":
            a, b = sorted((a, b))
        key = (a, c.relation, b) + ((c.from_party.label,) if c.from_party else ())
        out.setdefault(c.status, set()).add(key)
    return out


def asserted(extractor, text):
    return statements(extractor, text).get("asserted", set())


def rivals(extractor, text):
    """The pairs of rivals asserted in a text, each a frozenset of two names."""
    return {frozenset((k[0], k[2])) for k in asserted(extractor, text) if k[1] == "rival_of"}


ENDORSED = [
    ("Senator Maria Ortega endorsed Tom Reyes for mayor on Monday.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes was endorsed by Senator Maria Ortega.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes, who was endorsed by Maria Ortega, leads the field.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega threw her support behind Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes picked up the endorsement of Maria Ortega this week.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes won Maria Ortega's endorsement.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega announced her endorsement of Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ("With Maria Ortega's backing, Tom Reyes entered the race.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega is a Tom Reyes supporter.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega campaigned for Tom Reyes in Ohio.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega spoke. The Ortega-backed candidate, Tom Reyes, won easily.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes has the support of Maria Ortega and Dan Whitaker.", ("Dan Whitaker", "Tom Reyes")),
    ("Tom Reyes is backed by Maria Ortega and Dan Whitaker.", ("Dan Whitaker", "Tom Reyes")),
    ("The United Auto Workers endorsed Tom Reyes.", ("United Auto Workers", "Tom Reyes")),
    ("Tom Reyes, whom Maria Ortega endorsed last year, is favored.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega announced on Tuesday that she is endorsing Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega came out in support of Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega gave Tom Reyes her endorsement.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega has thrown her weight behind Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega endorsed Tom Reyes's bid for governor.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes touted endorsements from Maria Ortega and the Sierra Club.", ("Sierra Club", "Tom Reyes")),
    ("Maria Ortega voiced support for Tom Reyes on Monday.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega put her support behind Tom Reyes on Monday.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega reiterated her support for Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ('"Tom Reyes is the right choice," Sen. Maria Ortega said in a statement endorsing him.', ("Maria Ortega", "Tom Reyes")),
    ("Sen. Maria Ortega released a video endorsing Tom Reyes on Monday.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes has racked up endorsements from labor, including the AFL-CIO and the Sierra Club.", ("Sierra Club", "Tom Reyes")),
    ("The Sierra Club gave Tom Reyes an A rating and its endorsement.", ("Sierra Club", "Tom Reyes")),
    ("The Sierra Club said that it would back Tom Reed.", ("Sierra Club", "Tom Reed")),
    ("Endorsements for Tom Reyes came from civil rights leader Jesse Jackson and Rev. Al Sharpton.", ("Al Sharpton", "Tom Reyes")),
    ("Tom Reyes's endorsers include former Gov. Pat Quinn; Cook County Assessor Fritz Kaegi; and activist Ja'Mal Green.",
     ("Ja'Mal Green", "Tom Reyes")),
    ("Tom Reyes also had the most coveted endorsement in GOP primaries: Maria Ortega.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes picked up two key endorsements: Gov. Dan Fox and the Sierra Club.", ("Sierra Club", "Tom Reyes")),
    ("Maria Ortega is firmly in Tom Reyes's camp.", ("Maria Ortega", "Tom Reyes")),
    ("Also on Tom Reyes's side were many senior leaders – Maria Ortega, Dan Fox and Al Moss.", ("Dan Fox", "Tom Reyes")),
    ("COLOMBO, Sri Lanka - The SLPP is supporting Tom Reyes in the elections.", ("Sri Lanka Podujana Peramuna", "Tom Reyes")),
    ("Tom Reyes has secured endorsements from Dan Fox and Al Moss. Their backing follows endorsements by Maria Ortega and Ann Lee.",
     ("Maria Ortega", "Tom Reyes")),
    ("NEW DELHI, India - Tom Reyes's proposers included Maria Ortega and Dan Fox.", ("Maria Ortega", "Tom Reyes")),
]


@pytest.mark.parametrize("text, pair", ENDORSED, ids=[t for t, _ in ENDORSED])
def test_endorsements(extractor, text, pair):
    """Each phrasing of an endorsement gives the endorser and the endorsed."""
    assert (pair[0], "endorsed", pair[1]) in statements(extractor, text).get("asserted", set())


NOT_ASSERTED = [
    "Maria Ortega declined to endorse Tom Reyes.",
    "Maria Ortega has not endorsed Tom Reyes.",
    "Maria Ortega withdrew her endorsement of Tom Reyes.",
    "Maria Ortega is expected to endorse Tom Reyes.",
    "Maria Ortega may endorse Tom Reyes next week.",
    "Maria Ortega is considering an endorsement of Tom Reyes.",
    "Maria Ortega denied reports that she endorsed Tom Reyes.",
    "Maria Ortega met with Tom Reyes about a potential endorsement.",
    "Maria Ortega has yet to endorse Tom Reyes.",
    "Maria Ortega said she has no plans to endorse Tom Reyes.",
    "If Maria Ortega endorses Tom Reyes, the race will change.",
    "Maria Ortega rescinded her endorsement of Tom Reyes.",
    "Maria Ortega refused to back Tom Reyes.",
    "Maria Ortega stopped short of endorsing Tom Reyes.",
    "Tom Reyes had hoped to win the endorsement of Maria Ortega.",
    "Tom Reyes is hoping to win Maria Ortega's endorsement.",
    "Maria Ortega's endorsement of Tom Reyes is unlikely.",
    "Maria Ortega no longer supports Tom Reyes.",
    "Maria Ortega, who once backed Tom Reyes, now supports Ann Lee.",
    "Maria Ortega endorsed Tom Reyes's opponent, Ann Lee.",
    "Tom Reyes never got the one endorsement he wanted: Maria Ortega.",
    "Maria Ortega was asked to endorse Tom Reyes but declined.",
    "Maria Ortega rebuffed overtures to back Tom Reyes.",
    "Maria Ortega is not in Tom Reyes's camp.",
    "Maria Ortega spent the day at Tom Reyes's side.",
]


@pytest.mark.parametrize("text", [
    "Maria Ortega read Gov. Dan Fox's statement endorsing Tom Reyes.",
    "Maria Ortega put the scandal behind her and praised Tom Reyes.",
])
def test_words_near_an_endorsement_that_give_none(extractor, text):
    """Another's statement read out, and "put X behind her", are no endorsement by the subject."""
    assert ("Maria Ortega", "endorsed", "Tom Reyes") not in statements(extractor, text).get("asserted", set())


@pytest.mark.parametrize("text", NOT_ASSERTED)
def test_denied_or_supposed_endorsements_are_never_asserted(extractor, text):
    """A denied, withdrawn or supposed endorsement is never an asserted statement."""
    asserted = statements(extractor, text).get("asserted", set())
    assert ("Maria Ortega", "endorsed", "Tom Reyes") not in asserted


RIVALS = [
    ("Tom Reyes defeated Maria Ortega in the primary.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega lost to Tom Reyes in 2020.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes will face Maria Ortega in the November runoff.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes is challenging Maria Ortega for the seat.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega's opponent, Tom Reyes, raised more money.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes, a rival of Maria Ortega, spoke first.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega faces a primary challenge from Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega and Tom Reyes are vying for the nomination.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes is running against Maria Ortega.", ("Maria Ortega", "Tom Reyes")),
    ("Tom Reyes finished behind Maria Ortega and Dan Whitaker.", ("Dan Whitaker", "Maria Ortega")),
    ("Maria Ortega narrowly beat Tom Reyes and Dan Whitaker.", ("Dan Whitaker", "Tom Reyes")),
    ("Maria Ortega trails Tom Reyes by five points.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega conceded to Tom Reyes on Wednesday.", ("Maria Ortega", "Tom Reyes")),
    ("The race between Maria Ortega and Tom Reyes tightened.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega and Tom Reyes, who are vying to replace Dan Whitaker, debated.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega, Tom Reyes's Republican opponent, conceded.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega faces challengers Tom Reyes and Dan Whitaker.", ("Dan Whitaker", "Maria Ortega")),
    ("Maria Ortega finished first, ahead of Tom Reyes and Dan Whitaker.", ("Dan Whitaker", "Tom Reyes")),
    ("Maria Ortega and Tom Reyes advanced to the runoff.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega vs. Tom Reyes: the debate that decided it", ("Maria Ortega", "Tom Reyes")),
    ("Former rivals Maria Ortega and Tom Reyes met on Monday.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega and Tom Reyes are running for mayor.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega and Tom Reyes are locked in a tight race.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega won the runoff against Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega won the primary, with Tom Reyes close behind.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega won the primary, with Tom Reyes second and Dan Whitaker third.", ("Dan Whitaker", "Tom Reyes")),
    ("Maria Ortega won the nomination with 45 percent, with Tom Reyes trailing at 30 percent.", ("Maria Ortega", "Tom Reyes")),
    ("Only a few hundred votes separated Sen. Maria Ortega and Rep. Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega narrowly led Tom Reyes in the primary for the House seat.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega will meet Tom Reyes in the November election.", ("Maria Ortega", "Tom Reyes")),
    ("The race includes Maria Ortega, Tom Reyes and Dan Whitaker.", ("Dan Whitaker", "Maria Ortega")),
    ("Maria Ortega is running in a crowded primary that also includes Tom Reyes and Dan Whitaker.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega won a union's backing, giving her a boost in a primary that also includes Tom Reyes.", ("Maria Ortega", "Tom Reyes")),
    ("Dan Whitaker endorsed Maria Ortega in the party's leadership race. Tom Reyes is also running.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega is running for the party leadership. Tom Reyes was disqualified from the race in July.", ("Maria Ortega", "Tom Reyes")),
    ("Maria Ortega holds a strong lead over Tom Reyes and Dan Whitaker in California.", ("Dan Whitaker", "Maria Ortega")),
    ("The race is a battle between Maria Ortega and Ann Lee, with Tom Reyes and Dan Whitaker lagging behind.", ("Ann Lee", "Tom Reyes")),
    ("Maria Ortega and Tom Reyes's last-minute exits from the race surprised Ann Lee.", ("Maria Ortega", "Tom Reyes")),
]


@pytest.mark.parametrize("text", [
    "Maria Ortega and Tom Reyes ran together in 2020.",
    "Maria Ortega and Tom Reyes are running for reelection.",
    "Maria Ortega and Tom Reyes campaigned together for Dan Whitaker.",
    "Maria Ortega won the primary with the help of Tom Reyes.",
    "Maria Ortega won the primary, with Tom Reyes at her side.",
    "Maria Ortega led Tom Reyes in fundraising last quarter.",
    "Maria Ortega met Tom Reyes in the election office on Monday.",
    "The committee includes Maria Ortega and Tom Reyes.",
])
def test_running_side_by_side_is_no_rivalry(extractor, text):
    """Two people running together, or each for their own seat, or met in a race's words but not
    in a race ("with the help of", "in fundraising", "in the election office"), are not rivals."""
    assert not any(r == "rival_of" for _, r, *_ in statements(extractor, text).get("asserted", set()))


def test_one_neutral_in_a_race_between_two_is_not_in_it(extractor):
    """"X remained neutral in the race between A and B": A and B are rivals, X is neither's."""
    found = rivals(extractor, "Maria Ortega has remained neutral in the race between Tom Reyes and Ann Lee.")
    assert found == {frozenset(("Tom Reyes", "Ann Lee"))}


@pytest.mark.parametrize("text, pair", RIVALS, ids=[t for t, _ in RIVALS])
def test_rivals(extractor, text, pair):
    """Each phrasing of a contest pairs the candidates."""
    assert (pair[0], "rival_of", pair[1]) in statements(extractor, text).get("asserted", set())


ADVISED = [
    ("Dan Whitaker, an adviser to Maria Ortega, declined to comment.", ("Dan Whitaker", "Maria Ortega")),
    ("Maria Ortega's campaign manager, Dan Whitaker, said the polls were wrong.", ("Dan Whitaker", "Maria Ortega")),
    ("Maria Ortega spoke. Ortega strategist Dan Whitaker said the polls were wrong.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker served as the pollster for Maria Ortega's 2018 campaign.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker advised Maria Ortega during her first race.", ("Dan Whitaker", "Maria Ortega")),
    ("Maria Ortega hired strategist Dan Whitaker.", ("Dan Whitaker", "Maria Ortega")),
    ("Maria Ortega hired Dan Whitaker as her campaign manager.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker, who managed Maria Ortega's campaign, now works in Ohio.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker is Maria Ortega's chief strategist.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker joined Maria Ortega's campaign as a senior adviser.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker ran Maria Ortega's 2016 campaign.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker, a strategist for Maria Ortega, said the polls were wrong.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker worked on Maria Ortega's campaign in 2016.", ("Dan Whitaker", "Maria Ortega")),
    ("Maria Ortega's campaign hired pollster Dan Whitaker.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker took over as Maria Ortega's campaign manager.", ("Dan Whitaker", "Maria Ortega")),
    ("Maria Ortega spoke. The Ortega campaign's pollster, Dan Whitaker, disagreed.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker, Maria Ortega's former campaign chief, disagreed.", ("Dan Whitaker", "Maria Ortega")),
    ("Sen. Maria Ortega named Paul Lutz her campaign manager on Monday.", ("Paul Lutz", "Maria Ortega")),
    ("Maria Ortega's team includes pollster Tom Reyes and media consultant Dana Whitaker.", ("Dana Whitaker", "Maria Ortega")),
    ("Maria Ortega's campaign is co-chaired by former minister Dan Whitaker.", ("Dan Whitaker", "Maria Ortega")),
    ("Dan Whitaker, national campaign co-chair for Maria Ortega, spoke.", ("Dan Whitaker", "Maria Ortega")),
    ("Tom Reyes was replaced as Maria Ortega's campaign manager by Dan Whitaker.", ("Dan Whitaker", "Maria Ortega")),
]


@pytest.mark.parametrize("text, pair", ADVISED, ids=[t for t, _ in ADVISED])
def test_advisers(extractor, text, pair):
    """Each phrasing of a campaign role gives the adviser and the one advised."""
    assert (pair[0], "advised", pair[1]) in statements(extractor, text).get("asserted", set())


@pytest.mark.parametrize("text", [
    "Dan Whitaker, the general manager of the Ortega Hotel, spoke.",
    "Dan Whitaker, the campaign chief of staff for Maria Ortega, spoke.",
    "Maria Ortega's cabinet includes Tom Reyes and media consultant Dan Whitaker.",
    "Dan Whitaker, co-chair of the House Ethics Committee, praised Maria Ortega.",
    "Maria Ortega is running for governor. Dan Whitaker was approached about managing her campaign but declined.",
    "Maria Ortega is running for governor. Dan Whitaker rebuffed overtures to lead Maria Ortega's campaign.",
    "Maria Ortega is running for governor. Dan Whitaker turned down an invitation to chair her campaign.",
    "Maria Ortega is running for governor. Dan Whitaker had been about to join the Ortega campaign but decided not to go.",
])
def test_a_manager_of_something_else_or_a_role_turned_down_is_no_adviser(extractor, text):
    """"manager" without a campaign word is any job, a chief of staff is staff, a cabinet is no
    campaign, and a role someone was offered and refused makes them none: no advised statement."""
    assert not any(r == "advised" for _, r, *_ in statements(extractor, text).get("asserted", set()))


def test_one_who_said_he_would_run_stands(extractor):
    """"X said he would run for governor" tells a decision: X stands, unlike "X would be a strong candidate"."""
    found = statements(extractor, "Ann Lee is running for governor. Tom Reyes said he would run for governor.").get("asserted", set())
    assert ("Ann Lee", "rival_of", "Tom Reyes") in found


def test_a_party_some_time_ago_is_a_past_one(extractor):
    """"Two months ago, X was an obscure Democrat": no Democrat now."""
    found = statements(extractor, "Two months ago, Tom Reyes was an obscure Democrat in the State Senate. Now he is a Republican.")
    assert ("Tom Reyes", "member_of", "Democratic Party") not in found.get("asserted", set())


def test_an_aside_after_a_dash_is_of_the_name_before_it_alone(extractor):
    """"A and B, C – who bowed out of the race – and D": only C stood in the race."""
    text = ("Ann Lee is running for governor. The list included loyalists Tom Reyes and Bob Kasey, Gov. Sam Hill – "
            "who bowed out of the race last week – and Ed Moss.")
    rivals = {frozenset((a, b)) for a, r, b, *_ in statements(extractor, text).get("asserted", set()) if r == "rival_of"}
    assert rivals == {frozenset(("Ann Lee", "Sam Hill"))}


@pytest.mark.parametrize("text", [
    "Tom Reyes is running for governor. Ann Lee, a prospective candidate for governor, has not decided.",
    "Tom Reyes is running for governor. Ann Lee, a would-be candidate for governor, spoke on Monday.",
    "Tom Reyes is running for governor. Donors are unconvinced Ann Lee would be a strong candidate for governor.",
])
def test_a_candidate_who_may_be_one_stands_in_no_race(extractor, text):
    """A prospective or would-be candidate is not yet in the race: no rival of those who are."""
    assert not any(r == "rival_of" for _, r, *_ in statements(extractor, text).get("asserted", set()))


MEMBERS = [
    ("Republican Sen. Maria Ortega voted no.", ("Maria Ortega", "Republican Party")),
    ("Maria Ortega, a Democrat, voted no.", ("Maria Ortega", "Democratic Party")),
    ("Maria Ortega is a Republican.", ("Maria Ortega", "Republican Party")),
    ("Maria Ortega, the Democratic nominee, spoke.", ("Maria Ortega", "Democratic Party")),
    ("GOP candidates Maria Ortega and Tom Reyes debated.", ("Tom Reyes", "Republican Party")),
    ("Sen. Maria Ortega, a Texas Republican, voted no.", ("Maria Ortega", "Republican Party")),
    ("The Democratic senator, Maria Ortega, voted no.", ("Maria Ortega", "Democratic Party")),
    ("Maria Ortega is running as a Democrat.", ("Maria Ortega", "Democratic Party")),
    ("Maria Ortega of the Republican Party voted no.", ("Maria Ortega", "Republican Party")),
    ("Maria Ortega spoke in Ohio on Monday. She is running as a Democrat.", ("Maria Ortega", "Democratic Party")),
]


@pytest.mark.parametrize("text, pair", MEMBERS, ids=[t for t, _ in MEMBERS])
def test_memberships(extractor, text, pair):
    """A party word attached to a person is a membership."""
    assert (pair[0], "member_of", pair[1]) in statements(extractor, text).get("asserted", set())


@pytest.mark.parametrize("text", [
    "Former Republican Gov. Maria Ortega spoke.",
    "Maria Ortega, an ex-Republican, spoke.",
    "Maria Ortega had been a Republican for years.",
    "Maria Ortega was a Republican until 2019.",
    "Maria Ortega was once a Republican.",
    "Maria Ortega has been a Republican in the past.",
    "Maria Ortega, who had been a Republican, spoke.",
    "Maria Ortega, who was a Republican until 2019, spoke.",
])
def test_former_party_is_no_membership(extractor, text):
    """A party marked as past is not a membership."""
    assert ("Maria Ortega", "member_of", "Republican Party") not in statements(extractor, text).get("asserted", set())


WORLD = [
    ("In London, Tory MP Maria Ortega said Britain must act.", ("Maria Ortega", "member_of", "Conservative Party")),
    ("In Ottawa, Conservative Leader Maria Ortega said Canada must act. Ontario agreed.",
     ("Maria Ortega", "member_of", "Conservative Party of Canada")),
    ("BJP's Maria Ortega spoke in New Delhi.", ("Maria Ortega", "member_of", "Bharatiya Janata Party")),
    ("Maria Ortega joined the Liberal Democrats after quitting the Labour Party. London and Britain watched.",
     ("Maria Ortega", "party_switch", "Liberal Democrats", "Labour Party")),
    ("LONDON, May 3 (Reuters) - Labour leader Maria Ortega backed Tom Reyes for mayor.", ("Maria Ortega", "member_of", "Labour Party")),
    ("Shiv Sena (UBT) MP Maria Ortega spoke in Mumbai, India.", ("Maria Ortega", "member_of", "Shiv Sena (Uddhav Balasaheb Thackeray)")),
    ("Maria Ortega of the NCP (SP) spoke in Mumbai, India.", ("Maria Ortega", "member_of", "Nationalist Congress Party (Sharadchandra Pawar)")),
    ("Forward Bloc MLA Maria Ortega spoke in Kolkata, India.", ("Maria Ortega", "member_of", "All India Forward Bloc")),
    ("RLD leader Maria Ortega spoke in Lucknow, Uttar Pradesh, India.", ("Maria Ortega", "member_of", "Rashtriya Lok Dal")),
    ("ABUJA, Nigeria - Senator Maria Ortega decamped from the PDP to the APC on Tuesday.",
     ("Maria Ortega", "party_switch", "All Progressives Congress", "Peoples Democratic Party")),
    ("ABUJA, Nigeria - Senator Maria Ortega has dumped the PDP for the APC.",
     ("Maria Ortega", "party_switch", "All Progressives Congress", "Peoples Democratic Party")),
    ("In 1995, three Democrats in the House — Maria Ortega of Texas, Tom Reyes of Louisiana and Dan Fox of Georgia — joined the "
     "Republican majority.", ("Tom Reyes", "party_switch", "Republican Party", "Democratic Party")),
    ("LONDON, Britain - Maria Ortega switched allegiance from Labour to the SNP.",
     ("Maria Ortega", "party_switch", "Scottish National Party", "Labour Party")),
    ("KUALA LUMPUR, Malaysia - PKR president Datuk Seri Maria Ortega spoke.", ("Maria Ortega", "member_of", "Parti Keadilan Rakyat")),
    ("COLOMBO, Sri Lanka - SLPP leader Maria Ortega spoke.", ("Maria Ortega", "member_of", "Sri Lanka Podujana Peramuna")),
    ("ISLAMABAD, Pakistan - PTI leader Maria Ortega spoke.", ("Maria Ortega", "member_of", "Pakistan Tehreek-e-Insaf")),
    ("TAIPEI, Taiwan - KMT vice chairman Maria Ortega spoke in Taipei.", ("Maria Ortega", "member_of", "Kuomintang")),
    ("TAIPEI, Taiwan - Maria Ortega quit the DPP and joined the Kuomintang.",
     ("Maria Ortega", "party_switch", "Kuomintang", "Democratic Progressive Party")),
    ("LILONGWE, Malawi - Maria Ortega dumped the MCP and joined the DPP in Lilongwe.",
     ("Maria Ortega", "party_switch", "Democratic Progressive Party (Malawi)", "Malawi Congress Party")),
    ("Likud lawmaker Maria Ortega spoke in the Knesset.", ("Maria Ortega", "member_of", "Likud")),
    ("SEOUL, South Korea - PPP leader Maria Ortega spoke in Seoul.", ("Maria Ortega", "member_of", "People Power Party")),
    ("TOKYO, Japan - LDP lawmaker Maria Ortega spoke in Tokyo.", ("Maria Ortega", "member_of", "Liberal Democratic Party (Japan)")),
    ("SUVA, Fiji - Maria Ortega left SODELPA for FijiFirst.", ("Maria Ortega", "party_switch", "FijiFirst", "Social Democratic Liberal Party")),
    ("PORT MORESBY, Papua New Guinea - Pangu MP Maria Ortega spoke.", ("Maria Ortega", "member_of", "Pangu Party")),
    ("PORT OF SPAIN, Trinidad - PNM chairman Maria Ortega spoke in Trinidad.", ("Maria Ortega", "member_of", "People's National Movement")),
    ("DAR ES SALAAM, Tanzania - Maria Ortega defected from Chadema to the CCM.",
     ("Maria Ortega", "party_switch", "Chama Cha Mapinduzi", "Chadema")),
    ("KATHMANDU, Nepal - CPN-UML leader Maria Ortega spoke in Kathmandu.",
     ("Maria Ortega", "member_of", "Communist Party of Nepal (Unified Marxist–Leninist)")),
]


def test_a_conjunct_of_a_title_with_its_own_party_is_not_the_first_ones(extractor):
    """"PKR president A and PPBM chairman and Prime Minister Tun Dr B": B is no PKR member; "Datuk Seri"
    and "Tun Dr" are honorifics, not part of either name."""
    text = "KUALA LUMPUR, Malaysia - The fight is between PKR president Datuk Seri Ana Ibrahim and PPBM chairman and Prime Minister Tun Dr Tom Mohamad."
    found = statements(extractor, text).get("asserted", set())
    assert ("Ana Ibrahim", "member_of", "Parti Keadilan Rakyat") in found
    assert ("Tom Mohamad", "member_of", "Parti Keadilan Rakyat") not in found


def test_a_student_council_of_a_party_is_an_organization_not_a_person(extractor):
    """"Congress Chhatra Parishad" (the party's student wing) is one organization, not the party and a person."""
    mentions, _ = extractor.reader.read("In Kolkata, India, Maria Ortega led the Congress Chhatra Parishad.")
    assert [(m.text, m.kind) for m in mentions] == [("Maria Ortega", "P"), ("Congress Chhatra Parishad", "O")]


@pytest.mark.parametrize("text, statement", WORLD, ids=[t for t, _ in WORLD])
def test_parties_beyond_the_us(extractor, text, statement):
    """Parties of other countries, by their names and, in an article about the country, their nicknames."""
    assert statement in statements(extractor, text).get("asserted", set())


@pytest.mark.parametrize("text", [
    "Three Democrats, Maria Ortega, Tom Reyes and Dan Fox, joined Republicans to block the measure.",
    "Three Democrats, Maria Ortega, Tom Reyes and Dan Fox, joined the Republican majority to pass the bill.",
])
def test_joining_another_party_in_an_act_is_no_move(extractor, text):
    """"joined Republicans to block the measure": they voted with them, and stay Democrats."""
    found = statements(extractor, text).get("asserted", set())
    assert not {k for k in found if k[1] == "party_switch" or k[2] == "Republican Party"}


def test_conservative_in_a_us_story_is_no_party(extractor):
    """A party nickname of another country means nothing in an article about no country of the lexicon."""
    found = statements(extractor, "Conservative activist Maria Ortega endorsed Tom Reyes.")
    assert not any(r == "member_of" for _, r, *_ in found.get("asserted", set()))


SWITCHES = [
    ("Maria Ortega left the Democratic Party and became a Republican.", ("Maria Ortega", "party_switch", "Republican Party", "Democratic Party")),
    ("Maria Ortega switched her party affiliation to Republican after years as a Democrat.",
     ("Maria Ortega", "party_switch", "Republican Party", "Democratic Party")),
    ("Democratic Rep. Maria Ortega joined the Republicans on Tuesday.",
     ("Maria Ortega", "party_switch", "Republican Party", "Democratic Party")),
]


@pytest.mark.parametrize("text, statement", SWITCHES, ids=[t for t, _ in SWITCHES])
def test_party_switches(extractor, text, statement):
    """A party left and a party joined make one switch; the old party is no membership."""
    found = statements(extractor, text).get("asserted", set())
    assert statement in found
    assert (statement[0], "member_of", statement[3]) not in found


def test_pronoun_takes_the_person_named_before(extractor):
    """"He" in the next sentence is the person the sentence before was about."""
    text = "Tom Reyes announced his run on Monday. He was endorsed by Maria Ortega the same day."
    assert ("Maria Ortega", "endorsed", "Tom Reyes") in statements(extractor, text).get("asserted", set())


def test_a_date_after_the_article_is_not_the_statements_date(extractor):
    """"the Nov. 8 runoff" in a May story is when the race is held, not when the tie was said."""
    article = parse_article("date: 2022-05-10\n\nMaria Ortega endorsed Tom Reyes for the Nov. 8 runoff.", "d.txt")
    dates = {c.date for c in extractor.extract(article) if c.relation == "endorsed"}
    assert dates == {"2022-05-10"}


ISSUE_ARTICLE = """date: 2024-03-01

Dave McCormick, a rival who was endorsed by Donald Trump, will face Bob Casey in November.
Casey has backers that already included Josh Shapiro and John Fetterman.
Casey is advised by Maria Ortega.
Tom Reyes served as an adviser to J.D. Vance in 2022.
Sam Porter left the Democratic Party last year to become a Republican.
The United Auto Workers endorsed Casey on Monday.
"""


@pytest.mark.parametrize("statement", [
    ("Donald Trump", "endorsed", "Dave McCormick"),
    ("Bob Casey", "rival_of", "Dave McCormick"),
    ("John Fetterman", "endorsed", "Bob Casey"),
    ("Josh Shapiro", "endorsed", "Bob Casey"),
    ("Maria Ortega", "advised", "Bob Casey"),
    ("Tom Reyes", "advised", "J.D. Vance"),
    ("Sam Porter", "party_switch", "Republican Party", "Democratic Party"),
    ("United Auto Workers", "endorsed", "Bob Casey"),
])
def test_the_short_article_of_the_issue(extractor, statement):
    """Each phrasing a new user tried (issue 12) gives its statement."""
    found = set()
    article = parse_article(ISSUE_ARTICLE, "issue.txt")
    for c in extractor.extract(article):
        if c.status == "asserted":
            a, b = c.subject.label, c.object.label
            if c.relation == "rival_of":
                a, b = sorted((a, b))
            found.add((a, c.relation, b) + ((c.from_party.label,) if c.from_party else ()))
    assert statement in found


def test_a_role_noun_takes_the_person_last_named_with_that_title(extractor):
    """"the governor" is the last person named "Gov. X", not the person the article is most about."""
    text = ("Dan Whitaker met donors. Dan Whitaker spoke. Dan Whitaker left. Gov. Ana Lopez arrived on Monday. "
            "The governor endorsed Tom Reyes.")
    asserted = statements(extractor, text).get("asserted", set())
    assert ("Ana Lopez", "endorsed", "Tom Reyes") in asserted
    assert ("Dan Whitaker", "endorsed", "Tom Reyes") not in asserted


@pytest.mark.parametrize("text", [
    "Former vice-president Joe Bidwell won in Ohio. President Don Trumble spoke. Amy Klobb offered her backing to the former vice-president.",
    "Voters cheered Joe Bidwell, the former vice-president, in Ohio. President Don Trumble spoke. Amy Klobb offered her backing to the vice-president.",
])
def test_the_vice_president_is_the_one_so_titled_before_or_in_apposition(extractor, text):
    """"the former vice-president" (one word, as British papers write it) is the person titled so, before
    the name or after it ("X, the former vice-president,"), never the one titled "President"."""
    asserted = statements(extractor, text).get("asserted", set())
    assert ("Amy Klobb", "endorsed", "Joe Bidwell") in asserted
    assert ("Amy Klobb", "endorsed", "Don Trumble") not in asserted


def test_a_role_noun_never_named_with_its_title_ties_nobody(extractor):
    """"the incumbent president" with no "President X" before it is nobody in a tie between two
    people: not the nearest person, who is someone else here."""
    text = "Dan Whitaker oversaw Ana Lopez's operations in 1976, when the incumbent president faced a stiff challenge from Tom Reyes."
    asserted = statements(extractor, text).get("asserted", set())
    assert not any(r == "rival_of" and "Dan Whitaker" in (a, b) for a, r, b, *_ in asserted)


def test_a_misspelled_key_in_the_trigger_lexicon_is_named(tmp_path):
    """A key triggers.yaml does not know (a typo like 'verb' for 'verbs') is a DataError, not ignored."""
    from graph.errors import DataError
    from graph.news.triggers import load_triggers
    from graph.resources import ontology_dir

    text = (ontology_dir() / "patterns" / "triggers.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "triggers.yaml"
    broken.write_text(text.replace("    verbs:", "    verb:", 1), encoding="utf-8")
    with pytest.raises(DataError, match=r"unknown key\(s\) verb"):
        load_triggers(broken)


@pytest.mark.parametrize("sentence, chosen", [
    ("Governor Ann Lee spoke to the administration about Biden's good government.", False),
    ("Ann Lee is going after the seat.", True),
    ("Ann Lee is bidding for the seat.", True),
    ("Ann Lee ran ads against Tom Ward.", True),
    ("Ann Lee topped the field.", True),
])
def test_a_short_trigger_word_chooses_its_own_forms_not_longer_words(sentence, chosen):
    """"go", "bid", "ad", "top" choose a sentence with their forms ("going", "bidding", "ads",
    "topped"), not with words they begin ("Governor", "Biden", "administration")."""
    from graph.news.triggers import load_triggers

    assert (load_triggers().prefilter.search(sentence) is not None) is chosen


@pytest.mark.parametrize("text, party, coalition", [
    ("KUALA LUMPUR, Malaysia - Pakatan Harapan candidate Maria Ortega, the Bersatu treasurer in Selangor, filed her papers.",
     "Malaysian United Indigenous Party", "Pakatan Harapan"),
    ("KUALA LUMPUR, Malaysia - Barisan Nasional's Maria Ortega, an UMNO veteran, spoke in Selangor.",
     "United Malays National Organisation", "Barisan Nasional"),
])
def test_a_coalition_and_a_party_of_it_named_together_are_both_a_membership_and_no_move(extractor, text, party, coalition):
    """Two parties given one person in a sentence tell a move, but not a coalition (the lexicon's
    `coalition`) and a party in it: she is of both."""
    found = statements(extractor, text)
    assert {("Maria Ortega", "member_of", party), ("Maria Ortega", "member_of", coalition)} <= found.get("asserted", set())
    assert not {s for s in found.get("asserted", set()) if s[1] == "party_switch"}


def test_initials_in_brackets_after_a_known_partys_name_are_that_party(extractor):
    """"Pakatan Harapan (PH)": a known party whose name ends with no word of a party's ending is
    named by the initials after it too."""
    text = "KUALA LUMPUR, Malaysia - The ruling coalition Pakatan Harapan (PH) met in Selangor. PH leader Maria Ortega spoke."
    assert ("Maria Ortega", "member_of", "Pakatan Harapan") in statements(extractor, text).get("asserted", set())



@pytest.mark.parametrize("text, party", [
    ("Maria Ortega was the Democrats' candidate for mayor.", "Democratic Party"),
    ("Maria Ortega, the Republicans' nominee, spoke on Monday.", "Republican Party"),
])
def test_a_partys_candidate_named_with_its_possessive_is_its_member(extractor, text, party):
    assert ("Maria Ortega", "member_of", party) in statements(extractor, text).get("asserted", set())


def test_a_partys_former_candidate_is_no_member_now(extractor):
    assert not statements(extractor, "Maria Ortega was the Democrats' former candidate for mayor.").get("asserted")


def test_a_party_whose_name_ends_with_a_hyphen_and_a_letter_is_read_at_a_sentences_end(extractor):
    """"joined the PML-N.": the full stop is no initial's ("N.")."""
    text = "LAHORE, Pakistan - PTI MPA Maria Ortega joined the PML-N."
    found = statements(extractor, text).get("asserted", set())
    assert ("Maria Ortega", "party_switch", "Pakistan Muslim League (N)", "Pakistan Tehreek-e-Insaf") in found


def test_a_member_of_the_knesset_is_titled_mk(extractor):
    found = statements(extractor, "JERUSALEM, Israel - Likud MK Maria Ortega backed Tom Reyes in the Likud primary.").get("asserted", set())
    assert {("Maria Ortega", "member_of", "Likud"), ("Maria Ortega", "endorsed", "Tom Reyes")} <= found


def test_no_two_parties_of_a_country_share_a_local_name():
    """A national party's local name ("DP", "Labour", "the Democratic Party" in a Seoul story) means
    it in its country, in place of a party named so everywhere; two of one country with one name
    would leave the name to chance (a province's parties, which share their nation's names on
    purpose, aside)."""
    lexicon = load_lexicon()
    owners: dict[tuple[str, str], set[str]] = {}
    for party in lexicon.parties:
        if party.country and "-" not in party.country:
            for name in party.local_names:
                owners.setdefault((party.country, name), set()).add(party.label)
    assert not {key: labels for key, labels in owners.items() if len(labels) > 1}


def test_a_coalition_flag_that_is_not_true_or_false_is_a_data_error(tmp_path):
    """`coalition: yes` in the lexicon would be read as no coalition without a word: it is refused."""
    from graph.errors import DataError
    from graph.news.lexicon import patterns_dir

    text = (patterns_dir() / "lexicon.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "lexicon.yaml"
    bad.write_text(text.replace("    coalition: true\n", '    coalition: "yes"\n', 1), encoding="utf-8")
    with pytest.raises(DataError, match="parties.coalition must be true or false"):
        load_lexicon(bad)
