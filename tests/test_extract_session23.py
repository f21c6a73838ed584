"""Issue 3: constructions kg missed or read wrongly (session 23), and the home country of a national outlet.

The sentences were written by kg developers for these tests. Some are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee) or of the unlabelled Lee
texts, where the construction was seen; the others come from batteries of news sentences written to find
constructions kg did not read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.records import Article
from tests.test_extract_constructions import A, check, read

INTENDED = "intended"
ATTEMPTED = "attempted"


def read_in(nlp, text: str, country: str | None) -> set[tuple]:
    """The statement rows of one article whose home country is `country` (an ISO alpha-3 code)."""
    from kg.pipeline import read_articles_into_graph
    from kg.rdf.build import build_dataset, union_graph
    from kg.rdf.table import statement_rows

    article = Article("home", text, country=country)
    rows = statement_rows(union_graph(build_dataset(read_articles_into_graph([article], nlp))))
    return {(r.subject, r.relation_class, r.object, r.via or None, r.negated == "true", r.modality) for r in rows}


# a bare "the Government" in an article that names no country it could be is the outlet's home country's
HOME_GOVERNMENT = (
    "Businessmen Solomon Lew and Lindsay Fox have called on the Federal Government to help their bid for Ansett. "
    "Mr Lew says he has not requested financial assistance from the Government."
)


def test_a_bare_government_is_the_home_countrys(nlp):
    rows = read_in(nlp, HOME_GOVERNMENT, "AUS")
    assert ("Solomon Lew", "appeal", "Australia", None, False, A) in rows, rows
    assert ("Lindsay Fox", "appeal", "Australia", None, False, A) in rows, rows
    assert ("Solomon Lew", "appeal", "Australia", None, True, A) in rows, rows  # "has not requested"


def test_without_a_home_country_the_government_stays_unknown(nlp):
    rows = read_in(nlp, HOME_GOVERNMENT, None)
    assert not any("Australia" in (row[0], row[2]) for row in rows), rows


# the home country is the last resort: a government the article ties to a country it names is that country's
def test_a_named_country_comes_before_the_home_country(nlp):
    text = (
        "Indonesian President Megawati Sukarnoputri arrived in Jakarta. "
        "Amnesty International has called on the Government to release the prisoners."
    )
    rows = read_in(nlp, text, "AUS")
    assert ("Amnesty International", "appeal", "Indonesia", None, False, A) in rows, rows
    assert not any("Australia" in (row[0], row[2]) for row in rows), rows


@pytest.mark.parametrize("text", ["Australia", "AU", "aus", "AUS", "Australian", " australia "])
def test_a_home_country_is_given_by_name_demonym_or_code(text):
    from kg.resolve.gazetteer import country_entry

    entry = country_entry(text)
    assert entry is not None and entry.key == "AUS", text


@pytest.mark.parametrize("text", ["Qantas", "Sydney", "NATO", "Xyzland", "ZZ", ""])
def test_what_is_no_country_is_no_home_country(text):
    from kg.resolve.gazetteer import country_entry

    assert country_entry(text) is None, text


def test_an_articles_country_header_overrides_the_default(tmp_path: Path):
    from kg.ingest import read_articles

    (tmp_path / "a.txt").write_text("Title: Budget\nCountry: New Zealand\n---\nThe Government said no.\n")
    (tmp_path / "b.txt").write_text("The Government said no.\n")
    articles = {a.doc_id: a for a in read_articles([tmp_path], country="au")}
    assert articles["a"].country == "NZL" and articles["b"].country == "AUS"
    assert next(read_articles([tmp_path / "b.txt"])).country is None


def test_an_unknown_country_header_is_an_input_error(tmp_path: Path):
    from kg.ingest import read_article

    bad = tmp_path / "bad.txt"
    bad.write_text("Country: Narnia\n---\nThe Government said no.\n")
    with pytest.raises(InputError, match="Narnia"):
        read_article(bad)


def test_an_unknown_country_option_fails_before_anything_is_written(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("The Government said no.\n")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(article), "--out", str(out), "--country", "Narnia"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "unknown country 'Narnia'" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


# a verdict on an actor or its rule or vote criticises it, whatever shape the parser gives the small clause
VERDICTS = [
    ("The US called Mugabe illegitimate.", {("United States", "criticise", "Robert Mugabe", None, False, A)}),
    (
        "Britain described Zimbabwe's election as flawed.",
        {("United Kingdom", "criticise", "Zimbabwe", None, False, A)},
    ),
    (
        'President George W. Bush called Iran, Iraq and North Korea an "axis of evil".',
        {
            ("George W. Bush", "criticise", "Iran", None, False, A),
            ("George W. Bush", "criticise", "Iraq", None, False, A),
            ("George W. Bush", "criticise", "North Korea", None, False, A),
        },
    ),
    ("The EU called Russia's vote fraudulent.", {("European Union", "criticise", "Russia", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", VERDICTS)
def test_a_verdict_on_an_actor_criticises_it(nlp, text, expected):
    check(nlp, text, expected)


# a name after a title or an honorific is a person, even where a town has that name (Bush, in Egypt)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("President Bush criticised Iran.", {("George W. Bush", "criticise", "Iran", None, False, A)}),
        ("Mr Bush met President Putin.", {("George W. Bush", "communicate", "Vladimir Putin", None, False, A)}),
        ("Mr Jackson criticised Iran.", {("Jackson", "criticise", "Iran", None, False, A)}),  # Jackson, Mississippi
        ("Senator Hamilton criticised Iran.", {("Hamilton", "criticise", "Iran", None, False, A)}),
    ],
)
def test_a_titled_name_is_a_person_not_a_town(nlp, text, expected):
    check(nlp, text, expected)


def test_a_town_spacy_takes_for_a_person_stays_a_town(nlp):
    check(nlp, "Russia shelled Kharkiv.", {("Russia", "attack", "Ukraine", None, False, A)})
    # with no title before it, a town the tagger takes for a person is still a place ("Khan Yunis" would be an
    # actor if any name were a person's)
    check(nlp, "Israel bombed Khan Yunis.", {("Israel", "attack", "Palestine", None, False, A)})


# a past tense verb with an object, which the parser hangs on the noun before it, is that noun's act; a subject the
# clause inherits comes first
def test_a_finite_verb_read_as_a_noun_modifier_is_the_nouns_act(nlp):
    text = (
        "As scores of white farmers went into hiding, a senior Bush administration official called Mr Mugabe's rule "
        '"illegitimate and irrational".'
    )
    check(nlp, text, {("United States", "criticise", "Robert Mugabe", None, False, A)})


def test_a_noun_after_a_preposition_is_not_the_subject(nlp):
    text = (
        "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think tank called "
        'the border agreement between Turkey and Libya "null and void".'
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Atlantic Council" for row in rows), rows


# a role toward another actor, held by the one named: a guard protects, a patron or financier supports
ROLES = [
    (
        "A missile hit a post of Yasser Arafat's personal guard, Force-17.",
        {("Force 17", "support", "Yasser Arafat", None, False, A)},
    ),
    (
        "Pakistan, the Taliban's former patron, condemned the attack.",
        {("Pakistan", "support", "Taliban", None, False, A)},
    ),
    ("Saudi Arabia is al-Qaeda's main financier.", {("Saudi Arabia", "support", "al-Qaeda", None, False, A)}),
    # "his" before a role joined to a person's name is that person's
    (
        "Osama bin Laden and his Taliban protectors fled Kandahar.",
        {("Taliban", "support", "Osama bin Laden", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", ROLES)
def test_a_role_toward_another_actor_is_a_relation(nlp, text, expected):
    check(nlp, text, expected)


# finding where a side is, or following it, investigates it
WHEREABOUTS = [
    (
        "The Pentagon has confirmed the whereabouts of Osama bin Laden.",
        {("United States", "investigate", "Osama bin Laden", None, False, A)},
    ),
    (
        "Pakistan has not confirmed the whereabouts of bin Laden.",
        {("Pakistan", "investigate", "Osama bin Laden", None, True, A)},
    ),
    ("US forces located Osama bin Laden.", {("United States", "investigate", "Osama bin Laden", None, False, A)}),
    ("Israel tracked the Hamas leader for months.", {("Israel", "investigate", "Hamas", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", WHEREABOUTS)
def test_finding_where_a_side_is_investigates_it(nlp, text, expected):
    check(nlp, text, expected)


# an act urged, or gathered backing for, is meant by who urges it, not done
ADVOCATED = [
    (
        "The White House is seeking support for an attack on Iraq.",
        {("United States", "attack", "Iraq", None, False, INTENDED)},
    ),
    ("Washington is pushing for an attack on Iraq.", {("United States", "attack", "Iraq", None, False, INTENDED)}),
    ("The US pushed for sanctions against Iran.", {("United States", "reduce", "Iran", None, False, INTENDED)}),
    ("The US is building a case for war with Iraq.", {("United States", "fight", "Iraq", None, False, INTENDED)}),
    (
        "The gap is complicating White House efforts to build support for an attack on Iraq.",
        {("United States", "attack", "Iraq", None, False, INTENDED)},
    ),
]


@pytest.mark.parametrize("text,expected", ADVOCATED)
def test_an_urged_act_is_meant(nlp, text, expected):
    check(nlp, text, expected)


def test_an_urged_act_is_not_done(nlp):
    rows = read(nlp, "Washington is pushing for an attack on Iraq.")
    assert ("United States", "attack", "Iraq", None, False, A) not in rows, rows


def test_pressing_for_talks_is_still_an_appeal(nlp):
    check(nlp, "Hamas pressed for talks with Israel.", {("Hamas", "appeal", "Israel", None, False, A)})


# getting tough on a side coerces it, the preposition hung on the verb or on the adjective
GETTING_TOUGH = [
    (
        "Yasser Arafat is getting tough on Islamic extremists.",
        {("Yasser Arafat", "coerce", "Islamic extremists", None, False, A)},
    ),
    (
        "Mr Arafat, apparently getting tough on Islamic extremists defying his call for a cease-fire with Israel, "
        "sent his police to arrest a senior official of the radical Islamic group, Hamas, in Gaza City.",
        {
            ("Yasser Arafat", "coerce", "Islamic extremists", None, False, A),
            # a verb with no subject of its own takes that of the participle set off before it
            ("Yasser Arafat", "coerce", "Hamas", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", GETTING_TOUGH)
def test_getting_tough_on_a_side_coerces_it(nlp, text, expected):
    check(nlp, text, expected)


# those a participle says were killed in a fight were struck by the other side, not its attackers
def test_those_killed_in_a_firefight_were_struck(nlp):
    rows = read(nlp, "They mourned two Palestinians killed in a firefight with Israeli forces.")
    assert ("Israel", "fight", "Palestine", None, False, A) in rows, rows
    assert not any(row[0] == "Palestine" for row in rows), rows


# the parties and armed groups of South Asian news, one node whatever the spelling
@pytest.mark.parametrize(
    "text,name",
    [
        ("the Jamiat Ulema-i-Islam Party", "Jamiat Ulema-e-Islam"),
        ("Jamiat Ulema-e-Islam", "Jamiat Ulema-e-Islam"),
        ("Hizb-ul-Mujahideen", "Hizbul Mujahideen"),
        ("Lashkar-i-Jhangvi", "Lashkar-e-Jhangvi"),
    ],
)
def test_south_asian_groups_are_one_node_each(text, name):
    from kg.resolve.gazetteer import lookup

    entry = lookup(text.removeprefix("the "))
    assert entry is not None and entry.name == name, text


# a blow at what an actor has (its defence, its positions) is at the actor
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Taliban's positions were hit by US air strikes.",
            {("United States", "attack", "Taliban", None, False, A)},
        ),
        ("Hamas's capabilities were weakened by Israeli strikes.", {("Israel", "coerce", "Hamas", None, False, A)}),
    ],
)
def test_a_blow_at_what_an_actor_has_is_at_the_actor(nlp, text, expected):
    check(nlp, text, expected)


# a measure said to strike names the act: sanctions, no attack
@pytest.mark.parametrize(
    "text",
    [
        "US sanctions hit Iran.",
        "Iran's economy was hit by US sanctions.",
        "The embargo imposed by the US has squeezed Cuba.",
    ],
)
def test_a_measure_that_strikes_is_no_attack(nlp, text):
    rows = read(nlp, text)
    assert any(row[0] == "United States" and row[1] == "reduce" for row in rows), rows
    assert not any(row[1] == "attack" for row in rows), rows


def test_strikes_that_hit_still_attack(nlp):
    check(nlp, "Israeli air strikes hit Gaza.", {("Israel", "attack", "Palestine", None, False, A)})


# a front line between two sides is fighting between them
def test_a_front_line_between_two_sides_is_fighting(nlp):
    text = "Hicks was captured on the frontline between the local Afghan militia and the followers of bin Laden."
    rows = read(nlp, text)
    assert any(row[1] == "fight" and {row[0], row[2]} == {"Afghan militias", "al-Qaeda"} for row in rows), rows


# "the Islamic militia" is the one group named before (here the speaker's), not a new band "Islamic militias"
def test_a_definite_described_group_is_the_one_named_before(nlp):
    text = (
        "A senior Taliban official confirmed the Islamic militia would begin handing over Kandahar to tribal leaders."
    )
    rows = read(nlp, text)
    assert any(row[0] == "Taliban" for row in rows), rows
    assert not any("Islamic militias" in (row[0], row[2]) for row in rows), rows


def test_a_nations_militia_is_still_a_band(nlp):
    expected = {("Palestinian militias", "attack", "Israel", None, False, A)}
    check(nlp, "The Palestinian militia attacked Israel.", expected)


# an attack one is blamed for, named by its town, is on the town's country; a region news names comes before a
# town of the same name (Bali, Indonesia, not Bali, India)
BLAMED_IN_A_TOWN = [
    (
        "Jemaah Islamiah has been blamed for the bombings in Bali.",
        {("Jemaah Islamiyah", "attack", "Indonesia", None, False, A)},
    ),
    (
        "Jemaah Islamiah has been blamed for the Bali bombings.",
        {("Jemaah Islamiyah", "attack", "Indonesia", None, False, A)},
    ),
    ("Hamas has been blamed for the bombing in Haifa.", {("Hamas", "attack", "Israel", None, False, A)}),
    ("Jemaah Islamiah carried out the Bali bombings.", {("Jemaah Islamiyah", "attack", "Indonesia", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", BLAMED_IN_A_TOWN)
def test_an_attack_blamed_in_a_town_is_on_its_country(nlp, text, expected):
    check(nlp, text, expected)


# a call for talks or peace with a side is addressed to that side
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Xanana Gusmao called for talks with Indonesia.", {("Xanana Gusmao", "demand", "Indonesia", None, False, A)}),
        ("John Kerry called for cooperation with Iran on Daesh.", {("John Kerry", "demand", "Iran", None, False, A)}),
    ],
)
def test_a_call_for_talks_with_a_side_is_addressed_to_it(nlp, text, expected):
    check(nlp, text, expected)


def test_paying_out_money_to_a_side_supports_it(nlp):
    expected = {("International Monetary Fund", "support", "Argentina", None, False, A)}
    check(nlp, "The IMF disbursed $2 billion to Argentina.", expected)


# criticism referred back is its critics': rejecting it rejects them
def test_rejecting_the_criticism_rejects_the_critics(nlp):
    text = (
        "The Norwegian Government has criticised Australia's handling of the crisis. "
        "Prime Minister John Howard has rejected the criticism."
    )
    check(nlp, text, {("John Howard", "reject", "Norway", None, False, A)})


# breaking a law or a pledge is a wrong the speaker charges; breaking a deadlock is not
def test_breaking_a_law_is_a_charged_wrong(nlp):
    text = "Norway's Foreign Minister says Australia has broken international law."
    check(nlp, text, {("Norway", "criticise", "Australia", None, False, A)})
    check(nlp, "Israel said Hamas broke the ceasefire.", {("Israel", "criticise", "Hamas", None, False, A)})
    assert read(nlp, "Israel said Hamas broke the deadlock.") == set()


# a side that says it will not undergo another's words or pressure refuses them (and says they will not happen)
REFUSED_PASSIVES = [
    ("Taiwan will not be bullied by China.", {("Taiwan", "reject", "China", None, False, A)}),
    (
        "Prime Minister John Howard said: \"We will not be lectured by Norway.\"",
        {("Australia", "reject", "Norway", None, False, A), ("Norway", "criticise", "Australia", None, True, A)},
    ),
]


@pytest.mark.parametrize("text,expected", REFUSED_PASSIVES)
def test_refusing_to_be_pressured_rejects_the_presser(nlp, text, expected):
    check(nlp, text, expected)


def test_a_denied_blow_is_still_denied(nlp):
    check(nlp, "Australia was not lectured by Norway.", {("Norway", "criticise", "Australia", None, True, A)})


# forces or craft going, or sent, into another state's airspace, waters or land show force to it; sending troops
# into a country is no help to it, as sending them to an ally is
INCURSIONS = [
    ("Russian jets strayed into Turkish airspace.", {("Russia", "posture", "Turkey", None, False, A)}),
    ("China sent 30 warplanes into Taiwan's air defence zone.", {("China", "posture", "Taiwan", None, False, A)}),
    ("Chinese warships sailed into Japanese waters.", {("China", "posture", "Japan", None, False, A)}),
    ("Russia sent troops into Ukraine.", {("Russia", "posture", "Ukraine", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", INCURSIONS)
def test_going_into_another_states_space_shows_force(nlp, text, expected):
    check(nlp, text, expected)


def test_troops_sent_into_a_country_do_not_support_it(nlp):
    rows = read(nlp, "Russia sent troops into Ukraine.")
    assert ("Russia", "support", "Ukraine", None, False, A) not in rows, rows
    check(nlp, "Australia sent troops to Afghanistan.", {("Australia", "support", "Afghanistan", None, False, A)})


# a hostile act a side says it will not bear is one it warns against: the act is neither done nor denied
UNTOLERATED = [
    (
        "The US warned that it would not tolerate Iranian attacks on its forces.",
        {
            ("United States", "threaten", "Iran", None, False, A),
            ("Iran", "attack", "United States", None, False, "hypothetical"),
        },
    ),
    ("Israel will not accept Hamas rocket attacks.", {("Israel", "threaten", "Hamas", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", UNTOLERATED)
def test_an_act_a_side_will_not_bear_is_warned_against(nlp, text, expected):
    rows = read(nlp, text)
    assert expected <= rows, rows
    assert not any(row[4] for row in rows), rows  # nothing denied: no "Israel does not accept Hamas"
    assert not any(row[1] == "attack" and row[5] == A for row in rows), rows  # nor an attack said to happen


# not accepting what was sent leaves the sending done; not receiving it denies it
def test_a_proposal_not_accepted_was_made(nlp):
    rows = read(nlp, "Israel did not accept the Egyptian proposal.")
    assert ("Egypt", "intend", "Israel", None, False, A) in rows, rows
    assert ("Egypt", "intend", "Israel", None, True, A) not in rows, rows
    check(nlp, "Israel did not receive a letter from Egypt.", {("Egypt", "communicate", "Israel", None, True, A)})


# a failed attempt to win a side over was an appeal made, in vain; a failure to act did not happen
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Taliban failed to persuade Pakistan to recognise them.",
            {("Taliban", "appeal", "Pakistan", None, False, ATTEMPTED)},
        ),
        (
            "The US failed to convince Turkey to join the coalition.",
            {("United States", "appeal", "Turkey", None, False, ATTEMPTED)},
        ),
        ("Arafat failed to arrest the Hamas leaders.", {("Yasser Arafat", "coerce", "Hamas", None, True, A)}),
    ],
)
def test_a_failed_persuasion_was_tried(nlp, text, expected):
    check(nlp, text, expected)


# making light of another's words or acts dismisses them; leaving talks or putting distance lessens ties
DISMISSALS = [
    ("The Philippines has downplayed China's warnings.", {("Philippines", "reject", "China", None, False, A)}),
    ("Iran brushed aside the US threats.", {("Iran", "reject", "United States", None, False, A)}),
    ("Russia shrugged off Western sanctions.", {("Russia", "reject", "the West", None, False, A)}),
    ("Israel walked away from the negotiations with Hamas.", {("Israel", "reduce", "Hamas", None, False, A)}),
    ("Egypt has distanced itself from Hamas.", {("Egypt", "reduce", "Hamas", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", DISMISSALS)
def test_dismissing_or_leaving_a_side(nlp, text, expected):
    check(nlp, text, expected)


# military action is force used, and ruling it out denies it
def test_military_action_is_force(nlp):
    text = "The US has ruled out military action against North Korea."
    check(nlp, text, {("United States", "coerce", "North Korea", None, True, A)})


# putting one's weight behind a side backs it
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Syria has thrown its weight behind Iran.", {("Syria", "support", "Iran", None, False, A)}),
        ("Russia put its weight behind the Syrian government.", {("Russia", "support", "Syria", None, False, A)}),
    ],
)
def test_putting_ones_weight_behind_a_side_backs_it(nlp, text, expected):
    check(nlp, text, expected)


# forces moved nearer a border show force to the country across it, the "to" hung on "closer"
def test_forces_moved_closer_to_a_border(nlp):
    text = "India has moved missiles closer to its border with Pakistan."
    check(nlp, text, {("India", "posture", "Pakistan", None, False, A)})


# "The Treasurer, Peter Costello," is a title and its holder, not an actor named "Treasurer"
def test_a_treasurer_is_a_title(nlp):
    text = "The Treasurer, Peter Costello, has criticised the Reserve Bank over interest rates."
    rows = read(nlp, text)
    assert ("Peter Costello", "criticise", "Reserve Bank", None, False, A) in rows, rows
    assert not any("Treasurer" in (row[0], row[2]) for row in rows), rows


# one person described by the name given to them is that person
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The man who calls himself Abu Mohammad told ABC Radio he worked for Saddam Hussein.",
            {("Abu Mohammad", "communicate", "ABC Radio", None, False, A)},
        ),
        ("A man named Abu Mohammad criticised Iraq.", {("Abu Mohammad", "criticise", "Iraq", None, False, A)}),
    ],
)
def test_a_person_described_by_their_name_is_that_person(nlp, text, expected):
    check(nlp, text, expected)


def test_a_man_who_calls_another_names_no_one(nlp):
    # (the sentence parses with "the man" as the subject of "criticised"; taking the relative clause's object for
    # the name makes Bush the critic, which this test catches)
    rows = read(nlp, "The man who called Bush a liar has criticised Iraq.")
    assert not any(row[0] == "George W. Bush" for row in rows), rows


# a state security committee (KGB) named with its country is that country's intelligence body
def test_a_countrys_kgb_is_the_country(nlp):
    check(
        nlp,
        "Belarusian KGB arrested 33 Russian individuals.",  # (wn_2020-08-03, Belarusian opposition candidate)
        {("Belarus", "coerce", "Russia", None, False, A)},
    )


# one who is somewhere at another's invitation was invited by that other, not the inviter
def test_at_the_invitation_of_a_side(nlp):
    text = "US troops came to Iraq at the invitation of the Iraqi government."
    check(nlp, text, {("Iraq", "appeal", "United States", None, False, A)})
    rows = read(nlp, "US forces are in Iraq at the invitation of the Iraqi government.")
    assert ("United States", "appeal", "Iraq", None, False, A) not in rows, rows


# a threat or warning referred back is its maker's; a threat no one made ("will not allow them to threaten") is not
def test_dismissing_the_threat_rejects_its_maker(nlp):
    text = (
        "Iranian Foreign Minister Hossein Amir-Abdollahian said that Tehran would respond to any Israeli aggression. "
        '"We will not allow the Zionist regime to threaten our security," he told reporters. '
        "Israel's Defence Minister Yoav Gallant dismissed the threat."
    )
    rows = read(nlp, text)
    assert ("Yoav Gallant", "reject", "Iran", None, False, A) in rows, rows
    assert ("Yoav Gallant", "reject", "Israel", None, False, A) not in rows, rows
    warned = "Iran warned Israel against an attack. Israel dismissed the warning."
    check(nlp, warned, {("Israel", "reject", "Iran", None, False, A)})


# the act a side is punished for is the punished side's, not the punisher's
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Washington slapped sanctions on three Chinese firms for supplying Iran.",
            {("United States", "reduce", "China", None, False, A), ("China", "support", "Iran", None, False, A)},
        ),
        (
            "The US sanctioned three Chinese firms for supplying Iran.",
            {("United States", "reduce", "China", None, False, A), ("China", "support", "Iran", None, False, A)},
        ),
    ],
)
def test_the_act_punished_is_the_punisheds(nlp, text, expected):
    rows = read(nlp, text)
    assert expected <= rows, rows
    assert ("United States", "support", "Iran", None, False, A) not in rows, rows


# "retook" is retake (the small model leaves it as it is): a town retaken from a side is taken from it
def test_a_town_retaken_from_a_side(nlp):
    text = "Ukrainian forces retook the village from the Russians."
    check(nlp, text, {("Ukraine", "coerce", "Russia", None, False, A)})


# relief sent to a town helps the town's country (troops sent to a town do not)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The US sent aid to Gaza.", {("United States", "support", "Palestine", None, False, A)}),
        ("Jordan airdropped food into Gaza.", {("Jordan", "support", "Palestine", None, False, A)}),
    ],
)
def test_relief_sent_to_a_town_helps_its_country(nlp, text, expected):
    check(nlp, text, expected)


def test_troops_sent_to_a_town_help_no_one(nlp):
    assert read(nlp, "Russia sent troops to Kharkiv.") == set()


# a word list defined twice in one module silently loses the first (BACKING_NOUNS, NAMING_VERBS and GROUP_HEAD_NOUNS
# were, in this session's review): every module-level name of kg is assigned once
def test_no_module_name_is_assigned_twice():
    import ast

    root = Path(__file__).resolve().parent.parent / "kg"
    twice = []
    for path in sorted(root.rglob("*.py")):
        names = [
            target.id
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name) and target.id.isupper()
        ]
        twice += [f"{path.relative_to(root)}: {name}" for name in sorted(set(names)) if names.count(name) > 1]
    assert twice == []


# "both countries", after a third party appealed to two sides together, are those two sides, not the appealer
def test_both_countries_after_an_appeal_to_both_sides(nlp):
    text = (
        "India has demanded that Islamabad hand over 20 suspects. Pakistan has refused. "
        "The United States has urged both sides to show restraint. "
        "Secretary of State Colin Powell will travel to the region next week. "
        "British Prime Minister Tony Blair, who visited both countries this week, said he was encouraged."
    )
    rows = read(nlp, text)
    assert ("Tony Blair", "communicate", "Pakistan", None, False, A) in rows, rows
    assert ("Tony Blair", "communicate", "United States", None, False, A) not in rows, rows


# an answer promised on the condition of an attack threatens the one the condition names as the attacker
CONDITIONAL_ANSWERS = [
    (
        '"If the US dares to strike us, we will respond with all our might," a North Korean military spokesman said.',
        {("North Korea", "threaten", "United States", None, False, A)},
    ),
    ("Iran said it would respond if Israel attacked.", {("Iran", "threaten", "Israel", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", CONDITIONAL_ANSWERS)
def test_an_answer_promised_to_an_attack_threatens_the_attacker(nlp, text, expected):
    check(nlp, text, expected)


def test_an_answer_on_another_condition_threatens_no_one(nlp):
    rows = read(nlp, '"If Israel extends the talks, we will respond," Iran said.')
    assert not any(row[1] == "threaten" for row in rows), rows


# "international" calls, demands or concern are the international community's, as its pressure is
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Israel defied international calls for a ceasefire.",
            {
                ("Israel", "reject", "international community", None, False, A),
                ("international community", "demand", "Israel", None, False, A),
            },
        ),
        (
            "Israel ignored international concern over the settlements.",
            {("Israel", "reject", "international community", None, False, A)},
        ),
    ],
)
def test_international_calls_are_the_international_communitys(nlp, text, expected):
    check(nlp, text, expected)


# "rejected US calls for a ceasefire", which the parser reads as a clause "US calls for", rejects the callers
def test_rejected_calls_misparsed_as_a_clause(nlp):
    check(nlp, "Israel rejected US calls for a ceasefire.", {("Israel", "reject", "United States", None, False, A)})


# a message an outlet received from a side is the side's word to it (not "said on CNN")
@pytest.mark.parametrize(
    "text",
    [
        "Hamas said in a statement received by AFP that it would fight on.",
        "In a statement received by AFP, Hamas said it would fight on.",
    ],
)
def test_a_statement_received_by_an_outlet(nlp, text):
    check(nlp, text, {("Hamas", "communicate", "Agence France-Presse", None, False, A)})


# (a regression test of the speech readers: the keep rule for messages sent to an outlet is not what it checks)
def test_saying_on_an_outlet_is_no_word_to_it(nlp):
    assert read(nlp, "Hamas said on CNN that it would fight on.") == set()


# blaming a leader for attacks others did charges him; it does not make him the attacker of their victims
def test_blaming_a_leader_for_others_attacks(nlp):
    rows = read(nlp, "Ariel Sharon blamed Yasser Arafat for the suicide bombings that killed 25 Israelis.")
    assert ("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A) in rows, rows
    assert not any(row[0] == "Yasser Arafat" and row[1] == "attack" for row in rows), rows
