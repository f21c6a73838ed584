"""Issue 3: constructions kg missed or read wrongly (session 11): the author of a thing named by a participle
after it, bombers named by their type, a closing quotation mark, a party before a name, peacekeeping forces and
who leads them, the sides of an article's main conflict, a make's name before armed nouns, a company's legal
form, surnames such as "al-Assad", facilities as places, sanctions imposed, fire aimed at a place, "the South",
a game's blows, a bare "Senate", a government that is not where troops go, a reported clause's subject, and
"them" after a group.

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee) or of the unlabelled Lee
texts (gensim's lee_background.cor, see tests/gold/README.md), which is where each construction was seen."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read


# "rejected a deadline set by Afghan militia leaders": the agent of a participle after the noun is its author
def test_the_agent_of_a_participle_after_a_rejected_noun_is_rejected(nlp):
    check(nlp, "Hamas rejected a deadline set by Israel.", {("Hamas", "reject", "Israel", None, False, A)})


def test_overtures_made_by_a_country_are_the_countrys(nlp):
    rows = read(nlp, "Iran rejected overtures made by the United States.")
    assert ("Iran", "reject", "United States", None, False, A) in rows, rows


# "condemned strikes carried out by Israel": the evaluated act is the agent's
def test_condemning_an_act_carried_out_by_an_agent_criticises_the_agent(nlp):
    text = "Russia condemned the strikes carried out by Israel."
    check(nlp, text, {("Russia", "criticise", "Israel", None, False, A)})


def test_a_go_between_named_by_a_participle_is_not_the_author(nlp):
    rows = read(nlp, "Hamas rejected a truce brokered by Egypt.")
    assert not any(row[2] == "Egypt" and row[1] == "reject" for row in rows), rows


# "US B-52 bombers ... staged a series of attacks on the Al Qaeda positions": bombers named by their type are a
# country's aircraft, not a group of people
def test_bombers_named_by_their_type_are_the_countrys_aircraft(nlp):
    text = "US B-52 bombers staged a series of attacks on the Al Qaeda positions."
    check(nlp, text, {("United States", "attack", "al-Qaeda", None, False, A)})


def test_suicide_bombers_are_still_a_group(nlp):
    check(nlp, "Palestinian suicide bombers attacked Israel.", {
        ("Palestinian suicide bombers", "attack", "Israel", None, False, A),
    })  # fmt: skip


# '... she said, asking Cengiz to be "patient and resilient."' at a paragraph's end: a quotation mark right after
# the stop closes the quotation and its sentence; the parser had made it a sentence of its own
def test_a_closing_quotation_mark_at_a_paragraphs_end_ends_its_sentence(nlp):
    first = (
        "\"True justice takes time and I know it's painful, but that's the reality of the world we live in,\" "
        'she said, asking Cengiz to be "patient and resilient."'
    )
    second = "The CIA reportedly believes the crown prince ordered the killing."
    doc = nlp(f"{first}\n\n{second}")
    assert [s.text.strip() for s in doc.sents] == [first, second]


def test_an_opening_quotation_mark_after_a_stop_starts_a_sentence(nlp):
    doc = nlp('Callamard spoke. "True justice takes time," she said.')
    assert [s.text for s in doc.sents] == ["Callamard spoke.", '"True justice takes time," she said.']


# taxonomy words of the read misses: persecuting coerces; begging appeals
def test_persecuting_and_begging(nlp):
    check(nlp, "China persecutes the Uighurs. Pakistan begged India for talks.", {
        ("China", "coerce", "Uyghurs", None, False, A),
        ("Pakistan", "appeal", "India", None, False, A),
    })  # fmt: skip


# "Republican Chuck Hagel of the Foreign Relations Committee says ...": a party before a name is no part of it
def test_a_party_before_a_name_is_no_part_of_it(nlp):
    text = "Republican Chuck Hagel says the administration must make the tapes public."
    check(nlp, text, {("Chuck Hagel", "demand", "United States", None, False, A)})


# "civil proceedings brought by the Australian Securities and Investment Commission against him are baseless":
# the proceedings judged are the bringer's
def test_judging_proceedings_brought_by_an_agent_criticises_the_agent(nlp):
    text = "Jodee Rich says civil proceedings brought by ASIC against him are baseless."
    check(nlp, text, {("Jodee Rich", "criticise", "ASIC", None, False, A)})


# "The United Nations Security Council has authorised a multinational force ... The initial mandate for the new
# force, called the International Security Assistance Force (ISAF)": a peacekeeping force described before the
# article names it is the named force; "the force" after it too
def test_a_multinational_force_is_the_force_the_article_names(nlp):
    text = (
        "The UN Security Council has authorised a multinational force to help keep the peace in Kabul. "
        "The new force, called the International Security Assistance Force (ISAF), will be led by Britain."
    )
    rows = read(nlp, text)
    assert ("UN Security Council", "support", "International Security Assistance Force", None, False, A) in rows


def test_an_unnamed_multinational_force_is_an_actor_of_its_own(nlp):
    text = "Afghanistan has agreed to accept a multinational force. The United Nations will mandate the force."
    rows = read(nlp, text)
    assert ("United Nations", "support", "multinational force", None, False, A) in rows, rows


def test_force_as_a_mass_noun_or_a_countrys_force_is_no_peacekeeping_force(nlp):
    rows = read(nlp, "The charter allows the use of force. Australia praised the defence force.")
    assert not any("force" in row[2] for row in rows), rows


# "announced the agreement on the security force yesterday after talks with British military representatives":
# what the announced act is about is no party of it, so the talks are the sentence's relation
def test_the_topic_of_an_announced_act_leaves_the_talks_as_the_relation(nlp):
    text = (
        "Afghanistan has agreed to accept a multinational force. Mohammad Qasim Fahim announced the agreement "
        "on the security force after talks with British military representatives."
    )
    rows = read(nlp, text)
    assert ("Mohammad Qasim Fahim", "communicate", "United Kingdom", None, False, A) in rows, rows


# "Israel launched massive air raids ... [ten sentences] ... called on all sides to stabilise the situation": the
# sides are the two parties the article reports in conflict most often, not the last two it named
ALL_SIDES = (
    "Israeli jets bombed Gaza on Tuesday. Israeli tanks shelled Palestinian police posts in Khan Yunis. "
    "Two people were killed. The Palestinian leader was in his office at the time. Hospital officials said half "
    "of the wounded were children. French Foreign Minister Hubert Vedrine spoke to reporters in Paris. "
    "Tony Blair called on all sides to stabilise the situation."
)


def test_all_sides_are_the_articles_main_conflict_not_the_last_two_named(nlp):
    rows = {row for row in read(nlp, ALL_SIDES) if row[0] == "Tony Blair"}
    assert rows == {
        ("Tony Blair", "appeal", "Israel", None, False, A),
        ("Tony Blair", "appeal", "Palestine", None, False, A),
    }, rows


def test_all_sides_with_no_conflict_that_stands_out_are_the_last_two_named(nlp):
    text = (
        "Israeli jets bombed Gaza. Two people were killed. Officials gave no names. "
        "Egypt hosted Jordan for talks. Tony Blair called on both sides to meet."
    )
    rows = {row for row in read(nlp, text) if row[0] == "Tony Blair"}
    assert rows == {
        ("Tony Blair", "appeal", "Egypt", None, False, A),
        ("Tony Blair", "appeal", "Jordan", None, False, A),
    }


# "Britain will be leading the force": leading a force or coalition is cooperating with it; leading a country's
# team or a delegation is no relation
def test_leading_a_force_cooperates_with_it(nlp):
    text = "The UN authorised a multinational force. Britain will be leading the force."
    rows = read(nlp, text)
    assert ("United Kingdom", "cooperate", "multinational force", None, False, A) in rows, rows


def test_leading_a_country_or_a_delegation_is_no_relation(nlp):
    text = (
        "Todd Woodbridge will lead Australia in the doubles. "
        "Warren Truss has led a delegation of Australian farmers to Washington."
    )
    assert read(nlp, text) == set()


# "Apache helicopters also hit a Palestinian Broadcasting Corporation station": a make's name before a bare
# armed noun names no owner, so the helicopters are the side the article tied such arms to
def test_helicopters_named_by_their_make_are_the_sides_the_article_named(nlp):
    text = "Israeli jets bombed Gaza. Apache helicopters also hit a Hamas office in Ramallah."
    rows = read(nlp, text)
    assert ("Israel", "attack", "Hamas", None, False, A) in rows, rows


# "the Department is designating Joint Stock Company State Transportation Leasing Company": a company's legal form
# before its name is no part of the name
@pytest.mark.parametrize("written", ["Public Joint Stock Company Sberbank", "PJSC Sberbank"])
def test_a_legal_form_before_a_companys_name_is_no_part_of_it(nlp, written):
    check(nlp, f"The United States sanctioned {written}.", {("United States", "reduce", "Sberbank", None, False, A)})


# "flies fighters and cargo to Syria in support of al-Assad": a known surname with an Arabic particle, which
# spaCy tags as an organisation, is the person
def test_a_known_surname_with_a_particle_tagged_as_an_organisation_is_the_person(nlp):
    text = "Mahan Air flies fighters and cargo to Syria in support of al-Assad."
    check(nlp, text, {("Mahan Air", "support", "Bashar al-Assad", None, False, A)})


# "flights to José Martí International Airport": a facility's name names a place, not an actor
def test_an_airport_is_a_place_not_an_actor(nlp):
    assert read(nlp, "Israeli jets bombed Rafic Hariri International Airport.") == set()


# "imposing additional costs on Russia": sanctions, embargoes and costs imposed reduce relations (CAMEO 163)
def test_imposing_sanctions_or_costs_reduces_relations(nlp):
    text = "The United States is imposing additional costs on Russia. The EU imposed an arms embargo on Syria."
    check(nlp, text, {
        ("United States", "reduce", "Russia", None, False, A),
        ("European Union", "reduce", "Syria", None, False, A),
    })  # fmt: skip


def test_imposing_a_curfew_still_coerces(nlp):
    check(nlp, "Israel imposed a curfew on Palestinian towns.", {("Israel", "coerce", "Palestine", None, False, A)})


# "North Korea fired artillery rounds aimed at a loudspeaker in South Korea": where what is fired is aimed
def test_what_is_fired_aimed_at_a_thing_in_a_country_attacks_the_country(nlp):
    text = "North Korea fired artillery rounds aimed at a loudspeaker in South Korea."
    check(nlp, text, {("North Korea", "attack", "South Korea", None, False, A)})


# "The South retaliated by firing dozens of rounds of artillery into the north": in an article that names North
# and South Korea, "the South" alone is South Korea; "the north of Syria" is a region
def test_the_south_alone_is_the_country_whose_name_begins_with_it(nlp):
    text = "North Korea shelled South Korea. The South accused North Korea of provocation."
    rows = read(nlp, text)
    assert ("South Korea", "criticise", "North Korea", None, False, A) in rows, rows


def test_the_north_of_a_country_is_a_region(nlp):
    assert read(nlp, "North Korea shelled South Korea. Fighting broke out in the north of Syria.") == {
        ("North Korea", "attack", "South Korea", None, False, A)
    }


# "Kirsten, caught at silly point by Ricky Ponting", "the Jules Verne Trophy": in a sentence only a report of a game
# writes, its blows are no one's acts; a hostile act in the same kind of sentence by an armed group stays
@pytest.mark.parametrize(
    "text",
    [
        "Then on the last ball of the day, Shane Warne took the wicket of Kirsten, caught by Ricky Ponting, for 7.",
        "Match referee Jackie Hendriks found Lee guilty after dismissing Shane Bond at the end of the New Zealand "
        "innings yesterday.",
    ],
)
def test_a_games_blows_are_no_acts(nlp, text):
    assert not any(row[1] in ("attack", "fight", "coerce", "reject") for row in read(nlp, text))


def test_an_attack_on_a_tournament_is_still_an_attack(nlp):
    text = "Hamas gunmen attacked Israel during the tournament."
    assert ("Hamas", "attack", "Israel", None, False, A) in read(nlp, text)


# "His Senate colleague Kerry Nettle intends to move a motion condemning the Government over its refugee policy",
# in an Australian report: a bare "Senate" is the United States' only where the article names the United States
def test_a_bare_senate_in_an_article_that_never_names_the_united_states_is_not_its(nlp):
    text = "His Senate colleague Kerry Nettle will move a motion condemning the Government over its refugee policy."
    assert not any("United States" in (row[0], row[2]) for row in read(nlp, text))


def test_a_bare_senate_in_an_article_about_an_american_president_is_the_united_states(nlp):
    text = "Donald Trump met Volodymyr Zelensky. The Senate condemned Russia."
    assert ("United States", "criticise", "Russia", None, False, A) in read(nlp, text)


# "The Federal Government has confirmed ... the cost of sending troops to Afghanistan. ... Shadow Defence Minister
# Chris Evans says the Government should also come clean": a country named only as where troops go is not the
# one whose government the article means
def test_the_government_is_not_the_country_troops_were_sent_to(nlp):
    text = (
        "The Federal Government has confirmed a blowout in the Defence budget because of the cost of sending troops "
        "to Afghanistan. Shadow Defence Minister Chris Evans says the Government should also come clean on the cost."
    )
    assert not any("Afghanistan" in (row[0], row[2]) for row in read(nlp, text))


def test_the_government_is_still_the_country_the_article_names_as_an_actor(nlp):
    text = "Australia sent troops to Afghanistan. Senator Brown says the Government must explain the cost."
    assert ("Brown", "demand", "Australia", None, False, A) in read(nlp, text)


# "Peter Costello has warned continued economic growth in Australia is dependent on an uncertain world outlook":
# the parser makes the reported clause's subject the verb's object; it is what is warned of, not a target
@pytest.mark.parametrize(
    "text",
    [
        "Treasurer Peter Costello has warned continued economic growth in Australia is dependent on the world outlook.",
        "Iran warned the attack on Syria would be a mistake.",
    ],
)
def test_the_subject_of_a_reported_clause_is_no_target(nlp, text):
    assert read(nlp, text) == set()


# "Israeli forces ... in hot pursuit of gunmen who opened fire on them": "them" is not the nation of the group
# named just before by the adjective of its plural noun
def test_them_is_not_the_nation_of_the_plural_group_before_it(nlp):
    rows = read(nlp, "Israeli forces chased Palestinian gunmen who had opened fire on them.")
    assert ("Palestinian gunmen", "attack", "Israel", None, False, A) in rows, rows
    assert ("Palestinian gunmen", "attack", "Palestine", None, False, A) not in rows, rows


# "Australia has offered to take part in the force": taking part in a force or an alliance's acts cooperates with
# it; being arrested in a country names no party by "in"
def test_taking_part_in_a_force_cooperates_with_it(nlp):
    text = "The UN authorised a multinational force. Australia has offered to take part in the force."
    rows = read(nlp, text)
    assert ("Australia", "intend", "multinational force", None, False, "intended") in rows, rows
