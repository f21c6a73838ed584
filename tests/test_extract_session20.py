"""Issue 3: constructions kg missed or read wrongly (session 20).

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee) or of the unlabelled Lee
texts, which is where each construction was seen."""

from __future__ import annotations

import pytest

from kg.taxonomy import classify
from tests.test_extract_constructions import A, check, read

INTENDED = "intended"

# a plural pronoun whose antecedent is one of coordinated actors is all of them
COORDINATED_ANTECEDENTS = [
    (
        "Hamas and Islamic Jihad claimed the bombings. The Palestinian Authority vowed to crack down on them.",
        {
            ("Palestine", "threaten", "Hamas", None, False, INTENDED),  # a vowed hostile act threatens (CAMEO 13)
            ("Palestine", "threaten", "Palestinian Islamic Jihad", None, False, INTENDED),
        },
    ),
    (
        "Israel and the United States struck Iran. Iran condemned them.",
        {("Iran", "criticise", "Israel", None, False, A), ("Iran", "criticise", "United States", None, False, A)},
    ),
    (
        "Hamas and Islamic Jihad attacked Israel. Israel struck them.",
        {
            ("Israel", "attack", "Hamas", None, False, A),
            ("Israel", "attack", "Palestinian Islamic Jihad", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", COORDINATED_ANTECEDENTS)
def test_a_plural_pronoun_is_every_coordinated_antecedent(nlp, text, expected):
    check(nlp, text, expected)


# a phrasal verb's particle is no verb of its own: "drove back" is no backing, "stepped down" no attack
PHRASAL_VERBS = [
    ("Palestinian police drove back Hamas gunmen.", {("Palestine", "fight", "Hamas", None, False, A)}),
    ("Hamas gunmen were driven back by Palestinian police.", {("Palestine", "fight", "Hamas", None, False, A)}),
    (
        "The Northern Alliance handed the prisoners to US forces.",
        {("Northern Alliance", "support", "United States", None, False, A)},
    ),
    ("Iran turned down the Saudi offer.", {("Iran", "reject", "Saudi Arabia", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", PHRASAL_VERBS)
def test_a_phrasal_verb_is_read_whole(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(
    "phrase,expected",
    [("drive back", "fight"), ("push back against", "reject"), ("step down", "statement"), ("back", "support")],
)
def test_a_particle_ending_a_phrase_is_not_classified_as_a_verb(phrase, expected):
    assert classify(phrase) == expected


# "the pair", "the duo", "both men": the people named together before
PAIRS_OF_PEOPLE = [
    (
        "Solomon Lew and Lindsay Fox want to buy Ansett. The pair met with the Victorian Premier, Steve Bracks.",
        {
            ("Solomon Lew", "communicate", "Steve Bracks", None, False, A),
            ("Lindsay Fox", "communicate", "Steve Bracks", None, False, A),
        },
    ),
    (
        "Vladimir Putin and Recep Tayyip Erdogan met on Monday. Both men criticised the United States.",
        {
            ("Vladimir Putin", "criticise", "United States", None, False, A),
            ("Recep Tayyip Erdoğan", "criticise", "United States", None, False, A),
        },
    ),
    (  # a second "the pair" is the same people, not the first "the pair" again
        "Solomon Lew and Lindsay Fox want to buy Ansett. The pair met Steve Bracks. The pair then met John Howard.",
        {
            ("Solomon Lew", "communicate", "John Howard", None, False, A),
            ("Lindsay Fox", "communicate", "John Howard", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", PAIRS_OF_PEOPLE)
def test_the_pair_is_the_people_named_together_before(nlp, text, expected):
    check(nlp, text, expected)


# armed groups the gazetteer knows by their common names (session 20): one node each, aliases kept
ARMED_GROUP_NAMES = [
    (
        "Sri Lanka's government will lift a four-year ban on Tamil Tiger rebels.",
        {("Sri Lanka", "yield", "Liberation Tigers of Tamil Eelam", None, False, A)},
    ),
    (
        "India condemned the LTTE. The Tamil Tigers attacked the Sri Lankan army.",
        {("India", "criticise", "Liberation Tigers of Tamil Eelam", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", ARMED_GROUP_NAMES)
def test_armed_groups_are_known_by_their_common_names(nlp, text, expected):
    check(nlp, text, expected)


# a title whose holder's name the parser hangs on the body or place after it: "the inspector for the United Nations
# in Iraq, Richard Butler"
def test_a_name_hung_on_a_titles_place_is_the_titles_holder(nlp):
    text = (
        "The former chief weapons inspector for the United Nations in Iraq, Richard Butler, told ABC Radio he"
        " believes the claims could be true."
    )
    check(nlp, text, {("Richard Butler", "communicate", "ABC Radio", None, False, A)})


# acting as one with another side: "in tandem with", "in conjunction with", "together with", "jointly with" (and a
# patrol done together with a side is no show of force toward it); "met together with" stays a meeting
JOINT_ACTS = [
    (
        "British peacekeepers are patrolling the streets of Kabul in tandem with Afghan police.",
        {("United Kingdom", "cooperate", "Afghanistan", None, False, A)},
    ),
    (
        "US forces raided the village in conjunction with Iraqi troops.",
        {("United States", "cooperate", "Iraq", None, False, A)},
    ),
    (
        "British troops are patrolling Kabul together with Afghan police.",
        {("United Kingdom", "cooperate", "Afghanistan", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", JOINT_ACTS)
def test_an_act_done_together_with_a_side_is_cooperation(nlp, text, expected):
    check(nlp, text, expected)


def test_a_patrol_together_with_a_side_is_no_posture_toward_it(nlp):
    rows = read(nlp, "British troops are patrolling Kabul together with Afghan police.")
    assert not any(row[1] == "posture" for row in rows)


def test_a_meeting_together_with_someone_stays_a_meeting(nlp):
    rows = read(nlp, "Obama met together with Netanyahu.")
    assert {row[1] for row in rows} == {"communicate"}


# talks that ended without an agreement: no agreement between their parties
OUTCOMES_MISSED = [
    (
        "Talks between Afghan and British officials in Kabul have ended without final agreement on the deployment.",
        {
            ("Afghanistan", "communicate", "United Kingdom", None, False, A),
            ("Afghanistan", "cooperate", "United Kingdom", None, True, A),
        },
    ),
    (
        "Talks between Israel and Syria broke up without a deal.",
        {("Israel", "cooperate", "Syria", None, True, A)},
    ),
]


@pytest.mark.parametrize("text,expected", OUTCOMES_MISSED)
def test_talks_ended_without_agreement_deny_the_agreement(nlp, text, expected):
    check(nlp, text, expected)


# an object pronoun goes to a person its own sentence made the subject of another clause before it, not to the
# subject of an earlier sentence; never to the subject its own clause shares ("met Mr Zinni and urged him")
OBJECT_PRONOUNS_IN_SENTENCE = [
    (
        "Alexander Downer confirmed the report. Mr Downer says it is unclear when David Hicks will be back on"
        " Australian soil, but he is hopeful the Americans will facilitate Australian authorities interviewing him.",
        {("Australia", "communicate", "David Hicks", None, False, A)},
    ),
    (
        "Ariel Sharon and Yasser Arafat met Anthony Zinni yesterday and urged him to stay.",
        {("Ariel Sharon", "appeal", "Anthony Zinni", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", OBJECT_PRONOUNS_IN_SENTENCE)
def test_an_object_pronoun_goes_to_the_subject_of_another_clause_of_its_sentence(nlp, text, expected):
    check(nlp, text, expected)


# a body sent to act is those it is drawn from: "a team of ASIO and Federal Police officers", "a unit of Israeli
# commandos"
TEAMS = [
    (
        "David Hicks will be interrogated by a team of ASIO and Federal Police officers.",
        {
            ("Australian Security Intelligence Organisation", "investigate", "David Hicks", None, False, A),
            ("Federal Police", "investigate", "David Hicks", None, False, A),
        },
    ),
    ("A unit of Israeli commandos raided the Hamas office.", {("Israel", "attack", "Hamas", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", TEAMS)
def test_a_team_is_those_it_is_drawn_from(nlp, text, expected):
    check(nlp, text, expected)


# an acronym of the initials of an organisation the article names is that organisation, not the news agency the
# gazetteer knows by it
def test_an_acronym_is_the_organisation_whose_initials_it_is(nlp):
    text = (
        "The Australian Federal Police want to question David Hicks. \"He will be interrogated by an ASIO/AFP team,\""
        " Mr Williams said."
    )
    rows = read(nlp, text)
    assert ("Australian Federal Police", "investigate", "David Hicks", None, False, A) in rows
    assert ("Australian Security Intelligence Organisation", "investigate", "David Hicks", None, False, A) in rows
    assert not any(row[0] == "Agence France-Presse" for row in rows)


# "with the United Nations expected to mandate the force": the one a raising participle describes does the act
def test_a_raising_participles_noun_is_the_subject_of_its_infinitive(nlp):
    text = (
        "An international force will be deployed in Afghanistan. An advance unit of British marines will be in the"
        " country by the weekend with the United Nations expected to authorise the force before then."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "United Kingdom" and row[1] == "support" for row in rows)


# "the rebels", "the insurgents", bare and definite: the armed group named shortly before (not a group of their own)
BANDS_NAMED_BEFORE = [
    (
        "Sri Lanka lifted the ban on the Tamil Tigers. The government will hold talks with the rebels.",
        {("Sri Lanka", "communicate", "Liberation Tigers of Tamil Eelam", None, False, A)},
    ),
    (
        "The Taliban attacked Kabul. US forces bombed the militants.",
        {("United States", "attack", "Taliban", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", BANDS_NAMED_BEFORE)
def test_the_rebels_are_the_armed_group_named_before(nlp, text, expected):
    check(nlp, text, expected)


def test_rebels_of_another_kind_are_not_the_group_named_before(nlp):
    rows = read(nlp, "The Taliban attacked Kabul. US forces bombed the rebels in Chechnya.")
    assert not any(row[0] == "United States" and row[2] == "Taliban" for row in rows)


# "the new cabinet", "the administration": the government of the one country the article ties a government to
def test_the_new_cabinet_is_the_articles_government(nlp):
    text = (
        "Argentina's Government has crumbled after nationwide riots. In Washington, the International Monetary Fund"
        " said it would work with the new cabinet."
    )
    check(nlp, text, {("International Monetary Fund", "cooperate", "Argentina", None, False, INTENDED)})


# a hostile act's armed source does it: "aerial attacks from US warplanes"
def test_a_hostile_acts_armed_source_does_it(nlp):
    expected = {("United States", "attack", "Taliban", None, False, A)}
    check(nlp, "Aerial attacks from US warplanes hit the Taliban.", expected)


# a backer supports the doer also when the act is a person's entry ("enter Kandahar with US support"), and after
# "by the support of"
BACKED_ENTRIES = [
    (
        "Hamid Karzai will enter Kandahar with the support of the United States.",
        {("United States", "support", "Hamid Karzai", None, False, A)},
    ),
    (
        "Hamid Karzai will take Kandahar by the support of the United States.",
        {("United States", "support", "Hamid Karzai", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", BACKED_ENTRIES)
def test_a_backer_supports_a_persons_entry(nlp, text, expected):
    check(nlp, text, expected)


# a sanction against a side keeps its own class (reduce), not the fight of "operations against"; a complaint
# lodged with a side protests to it
NOUN_CLASSES = [
    ("The EU extended its sanctions against Russia.", {("European Union", "reduce", "Russia", None, False, A)}),
    ("Israel's campaign against Hamas continued.", {("Israel", "fight", "Hamas", None, False, A)}),
    ("China lodged a formal complaint with Japan over the visit.", {("China", "protest", "Japan", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", NOUN_CLASSES)
def test_a_hostile_noun_keeps_its_class_before_against(nlp, text, expected):
    check(nlp, text, expected)


def test_sanctions_against_a_side_are_no_fight(nlp):
    assert not any(row[1] == "fight" for row in read(nlp, "The EU extended its sanctions against Russia."))


# a report or claim its subject dismisses or rejects is denied, as one it denies is; and what it says of the
# subject's own acts ("it") is the subject's
DISMISSED_REPORTS = [
    (
        "The Kremlin dismissed reports that Russia had poisoned Alexei Navalny.",
        # (poisoning is an attack, as the ontology says; the lexicon had it as coercion until session 21)
        {("Russia", "attack", "Alexei Navalny", None, True, A)},
    ),
    (
        "Pakistan rejected claims that it supports Lashkar-e-Taiba.",
        {("Pakistan", "support", "Lashkar-e-Taiba", None, True, A)},
    ),
    ("Iran rebuffed allegations that it had armed the Houthis.", {("Iran", "support", "Houthis", None, True, A)}),
    (  # parser: the report read as the object of "as"
        "The Taliban dismissed as propaganda reports that they had attacked the Northern Alliance.",
        {("Taliban", "attack", "Northern Alliance", None, True, A)},
    ),
]


@pytest.mark.parametrize("text,expected", DISMISSED_REPORTS)
def test_a_dismissed_report_is_denied(nlp, text, expected):
    check(nlp, text, expected)


def test_a_dismissed_report_is_never_asserted(nlp):
    rows = read(nlp, "The Kremlin dismissed reports that Russia had poisoned Alexei Navalny.")
    assert not any(row[0] == "Russia" and row[4] is False for row in rows)


# weapons used on a side attack it; influence used is no attack
def test_weapons_used_against_a_side_attack_it(nlp):
    check(nlp, "Syria used chemical weapons against Kurdish fighters.", {("Syria", "attack", "Kurds", None, False, A)})
    assert not any(row[1] == "attack" for row in read(nlp, "Russia used its influence against Ukraine."))


# a claim the writer calls false denies its clause, one made without evidence leaves it open; either is still the
# claimant's charge; "allegedly" leaves an act open
CLAIMS_DISCREDITED = [
    (
        "Russia falsely claimed that Ukraine had attacked Moscow.",
        {("Ukraine", "attack", "Russia", None, True, A), ("Russia", "criticise", "Ukraine", None, False, A)},
    ),
    (
        "Russia claimed, without evidence, that Ukraine had attacked Moscow.",
        {
            ("Ukraine", "attack", "Russia", None, False, "hypothetical"),
            ("Russia", "criticise", "Ukraine", None, False, A),
        },
    ),
    ("Iran allegedly supplied drones to Russia.", {("Iran", "support", "Russia", None, False, "hypothetical")}),
]


@pytest.mark.parametrize("text,expected", CLAIMS_DISCREDITED)
def test_a_discredited_claim_is_not_asserted(nlp, text, expected):
    check(nlp, text, expected)


# a person tied to a named person (a son, a deputy, an aide) is not that person: killing him attacks no one named
@pytest.mark.parametrize(
    "text",
    [
        "Israel killed Qasem Soleimani's deputy.",
        "Israel killed the son of Qasem Soleimani.",
        "Israel killed an aide to Qasem Soleimani.",
    ],
)
def test_a_persons_kin_or_deputy_is_not_the_person(nlp, text):
    assert not any(row[2] == "Qasem Soleimani" for row in read(nlp, text))


def test_a_groups_deputy_leader_is_still_the_group(nlp):
    check(nlp, "Israel killed the deputy leader of Hamas.", {("Israel", "attack", "Hamas", None, False, A)})
    check(nlp, "Israel killed a deputy of Hamas.", {("Israel", "attack", "Hamas", None, False, A)})  # a group's


# "The Turkish president accused it": an "it" is not the accuser's own country
def test_an_accused_it_is_not_the_accusers_own_country(nlp):
    text = "Recep Tayyip Erdogan criticised Sweden. The Turkish president accused it of harbouring terrorists."
    assert not any(row[2] == "Turkey" or row[0] == "Turkey" for row in read(nlp, text))


# heads of government by other titles speak for their country
TITLED_SPEAKERS = [
    ('"We support Israel," the German chancellor said.', {("Germany", "support", "Israel", None, False, A)}),
    ('"We support Israel," Germany\'s chancellor said.', {("Germany", "support", "Israel", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", TITLED_SPEAKERS)
def test_a_chancellor_speaks_for_the_country(nlp, text, expected):
    check(nlp, text, expected)


# a reciprocal act counted ("a fresh round of talks") or begun ("started negotiations") relates its subjects;
# rising against a power fights it
RECIPROCAL_AND_RISING = [
    ("India and China held a fresh round of military talks.", {("India", "communicate", "China", None, False, A)}),
    ("Iran and the US started negotiations.", {("Iran", "communicate", "United States", None, False, A)}),
    ("The Wagner Group rebelled against the Russian military.", {("Wagner Group", "fight", "Russia", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", RECIPROCAL_AND_RISING)
def test_counted_or_begun_reciprocal_acts_and_risings(nlp, text, expected):
    check(nlp, text, expected)


# aid blocked did not reach its recipient: the giver's support is denied
def test_blocked_aid_is_no_support(nlp):
    rows = read(nlp, "Israel blocked Egypt's aid to Hamas.")
    assert ("Egypt", "support", "Hamas", None, True, A) in rows
    assert ("Egypt", "support", "Hamas", None, False, A) not in rows


# a message carried on: its owner speaks to the recipient through the carrier, who is no party
RELAYED = [
    (
        "Qatar relayed the Taliban's demands to the United States.",
        {("Taliban", "demand", "United States", "Qatar", False, A)},
    ),
    (
        "Switzerland conveyed a message from Iran to the United States.",
        {("Iran", "communicate", "United States", "Switzerland", False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", RELAYED)
def test_a_relayed_message_is_its_owners_through_the_carrier(nlp, text, expected):
    check(nlp, text, expected)


def test_the_carrier_of_a_message_makes_no_demand_of_its_own(nlp):
    rows = read(nlp, "Qatar relayed the Taliban's demands to the United States.")
    assert not any(row[0] == "Qatar" for row in rows)


# buying from a side is material cooperation; a country's intelligence service is the country
BOUGHT_AND_SERVICES = [
    ("Turkey bought missiles from Russia.", {("Turkey", "cooperate", "Russia", None, False, A)}),
    ("Pakistan's ISI has long supported the Taliban.", {("Pakistan", "support", "Taliban", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", BOUGHT_AND_SERVICES)
def test_buying_from_a_side_and_intelligence_services(nlp, text, expected):
    check(nlp, text, expected)


# a deal with a side is an agreement, not the verb's "dealt with"; a measure on a side's goods is on the side
NOMINAL_TARGETS = [
    ("India's trade deal with the UK was signed in May.", {("India", "cooperate", "United Kingdom", None, False, A)}),
    ("The EU's sanctions on Russian oil took effect.", {("European Union", "reduce", "Russia", None, False, A)}),
    ("US tariffs on Chinese steel hurt Beijing.", {("United States", "reduce", "China", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", NOMINAL_TARGETS)
def test_deals_and_measures_on_a_sides_goods(nlp, text, expected):
    check(nlp, text, expected)


# "the army will resume its attacks": the acts are the army's; an army no one names is not the last group named
def test_its_attacks_are_the_subjects_not_the_last_group_named(nlp):
    text = (
        "Palestinian militants killed two soldiers. The Government says the army will resume its attacks on"
        " Palestinian targets."
    )
    assert not any(row[0] == "Palestinian militants" and row[2] == "Palestine" for row in read(nlp, text))


# fire, or a hostile act from armed men, as a clause's subject: whose it was does the act
ARMED_SUBJECTS = [
    ("Israeli tank fire killed three Hamas militants.", {("Israel", "attack", "Hamas", None, False, A)}),
    ("Tank fire from Israeli forces killed three Hamas militants.", {("Israel", "attack", "Hamas", None, False, A)}),
    ("Shelling from Israeli tanks killed three Hamas militants.", {("Israel", "attack", "Hamas", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", ARMED_SUBJECTS)
def test_fire_and_armed_acts_as_subjects(nlp, text, expected):
    check(nlp, text, expected)


# ground taken from a side attacks it; fire aimed at a vehicle hits those it carries
TAKEN_AND_CARRIED = [
    (
        "The Northern Alliance captured Kunduz from the Taliban.",
        {("Northern Alliance", "attack", "Taliban", None, False, A)},
    ),
    ("Israel seized weapons from Hamas.", {("Israel", "coerce", "Hamas", None, False, A)}),
    (
        "Israeli helicopters fired missiles at a car carrying Hamas militants.",
        {("Israel", "attack", "Hamas", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", TAKEN_AND_CARRIED)
def test_ground_taken_from_a_side_and_fire_at_its_vehicle(nlp, text, expected):
    check(nlp, text, expected)


# "the leaders of North and South Korea": both countries, whichever one the title's own reading names
def test_the_leaders_of_two_countries_sharing_a_word(nlp):
    check(
        nlp,
        "The leaders of North and South Korea met at the border.",
        {("South Korea", "communicate", "North Korea", None, False, A)},
    )


# ties a side cuts or downgrades: the cut is read (reduce), the ties are no longer had
def test_ties_cut_reduce_and_are_no_longer_had(nlp):
    rows = read(nlp, "India downgraded its diplomatic ties with Pakistan.")
    assert ("India", "reduce", "Pakistan", None, False, A) in rows
    assert ("India", "cooperate", "Pakistan", None, False, A) not in rows


# "support for X", "aid for X" after a light verb name the one supported
SUPPORT_FOR = [
    ("Iran expressed support for Hamas.", {("Iran", "support", "Hamas", None, False, A)}),
    ("Germany announced aid for Ukraine.", {("Germany", "support", "Ukraine", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", SUPPORT_FOR)
def test_support_for_a_side_names_it(nlp, text, expected):
    check(nlp, text, expected)
