"""Issue 3: constructions kg missed or read wrongly (session 27).

The sentences were written by kg developers for these tests, from batteries of news sentences written to find
constructions kg did not read, and from short wire-style articles of their own. A few are taken from the unlabelled
Lee corpus text `bg_154` (Australia and the UNHCR at a refugee conference) and the Lee test2 text `bg_050` (Al Qaeda
fighters in a Kandahar hospital), where the construction was found; none from Lee test4."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read

H = "hypothetical"
I = "intended"  # noqa: E741


# "criticism from the United Nations", "pressure from Washington on Islamabad": the maker after "from"
FROM_MAKERS = [
    (
        "Pressure from the United States on Pakistan has increased.",
        {("United States", "coerce", "Pakistan", None, False, A)},
    ),
    (
        "Threats from North Korea against Japan worried Tokyo.",
        {("North Korea", "threaten", "Japan", None, False, A)},
    ),
    ("Support from Iran for Hezbollah continues.", {("Iran", "support", "Hezbollah", None, False, A)}),
    (
        "Criticism from the United Nations of Australia's policy has grown.",
        {("United Nations", "criticise", "Australia", None, False, A)},
    ),
    (
        "Calls from Washington for Israel to withdraw have grown.",
        {("United States", "demand", "Israel", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FROM_MAKERS)
def test_a_relation_noun_is_made_by_its_from_source(nlp, text, expected):
    check(nlp, text, expected)


# "the condemnation by China of Japan's decision": the "of" the parser hangs on the maker's name is the target's
HUNG_ON_MAKER = [
    (
        "The condemnation by China of Japan's decision was swift.",
        {("China", "criticise", "Japan", None, False, A)},
    ),
    (
        "The condemnation from China of Japan's decision was swift.",
        {("China", "criticise", "Japan", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HUNG_ON_MAKER)
def test_the_target_hung_on_the_makers_name(nlp, text, expected):
    check(nlp, text, expected)


# "rejected criticism of Australia's stand on asylum seekers from the UN High Commissioner for Refugees, Ruud
# Lubbers" (Lee bg_154): a "from" the parser hangs on the thing criticised names the critic, when a person or body
STRANDED = [
    (
        "Immigration Minister Philip Ruddock has rejected criticism of Australia's strong stand on asylum seekers from "
        "the UN High Commissioner for Refugees, Ruud Lubbers.",
        {
            ("Philip Ruddock", "reject", "Ruud Lubbers", None, False, A),
            ("Ruud Lubbers", "criticise", "Australia", None, False, A),
        },
    ),
    (
        "Philip Ruddock rejected criticism of Australia's policy from Ruud Lubbers.",
        {
            ("Philip Ruddock", "reject", "Ruud Lubbers", None, False, A),
            ("Ruud Lubbers", "criticise", "Australia", None, False, A),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRANDED)
def test_a_stranded_from_names_the_critic(nlp, text, expected):
    check(nlp, text, expected)


# "asylum seekers from Afghanistan" come from it: a country there is their origin, not the critic
def test_a_stranded_from_country_is_an_origin(nlp):
    rows = read(nlp, "Australia rejected criticism of its treatment of asylum seekers from Afghanistan.")
    assert not any("Afghanistan" in (row[0], row[2]) for row in rows), rows


# "Washington's calls for Israel to withdraw": the one asked is the subject of the "for ... to" clause
def test_a_call_for_someone_to_act(nlp):
    check(nlp, "Washington's calls for Israel to withdraw were rejected.", {
        ("United States", "demand", "Israel", None, False, A),
    })


# spying on a side: surveillance, as the noun "surveillance" is
SPYING = [
    ("Australia spied on Norway's embassy.", {("Australia", "coerce", "Norway", None, False, A)}),
    (
        "The United States eavesdropped on Germany's chancellor.",
        {("United States", "coerce", "Germany", None, False, A)},
    ),
    ("Russia tapped the phones of Georgian officials.", {("Russia", "coerce", "Georgia", None, False, A)}),
    ("Australia bugged the East Timorese cabinet.", {("Australia", "coerce", "East Timor", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), SPYING)
def test_spying_is_surveillance(nlp, text, expected):
    check(nlp, text, expected)


# "China denied spying on the United States": a gerund parsed as the verb's object is the subject's act, denied
GERUND_OBJECTS = [
    ("China denied spying on the United States.", {("China", "coerce", "United States", None, True, A)}),
    ("China denied meddling in the United States.", {("China", "coerce", "United States", None, True, A)}),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_OBJECTS)
def test_a_gerund_object_is_the_subjects_act(nlp, text, expected):
    check(nlp, text, expected)


# a denied gerund is never read as done
def test_a_denied_gerund_object_is_not_asserted(nlp):
    rows = read(nlp, "China denied spying on the United States.")
    assert not any(row[0] == "China" and not row[4] for row in rows), rows


# "demanded that Pakistan hand over 20 people it says are terrorists": an "are" after the bare verb is the parser's
# slip, not an auxiliary that makes the clause a statement
def test_a_mandative_with_a_stray_auxiliary_after_it(nlp):
    check(nlp, "India has demanded that Pakistan hand over 20 people it says are terrorists.", {
        ("India", "demand", "Pakistan", None, False, A),
    })


# "welcomed the US decision to cut its nuclear arsenal": the "its" is the decision's owner's, so nothing is cut
# from Russia
def test_its_in_a_decision_is_the_deciders(nlp):
    text = "Russian President Vladimir Putin has welcomed the US decision to cut its nuclear arsenal."
    rows = read(nlp, text)
    assert not any(row[1] == "reduce" for row in rows), rows
    check(nlp, text, {("Vladimir Putin", "cooperate", "United States", None, False, A)})


# money released or sent to a side aids it (not the release of prisoners, a concession)
MONEY = [
    (
        "The International Monetary Fund has refused to release further loans to Argentina.",
        {("International Monetary Fund", "support", "Argentina", None, True, A)},
    ),
    (
        "The EU will release funds to the Palestinian Authority.",
        {("European Union", "support", "Palestine", None, False, A)},
    ),
    (
        "The EU will send funds to the Palestinian Authority.",
        {("European Union", "support", "Palestine", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONEY)
def test_money_released_to_a_side_supports_it(nlp, text, expected):
    check(nlp, text, expected)


# "both sides" are the sides of the article's main conflict, not of the last clash within one side
def test_both_sides_are_the_main_conflicts(nlp):
    text = (
        "Israel has launched air strikes on Palestinian targets in the West Bank and Gaza after a suicide bombing in "
        "Haifa killed 15 people. Israeli helicopters later raided Palestinian police posts in Gaza. Palestinian police "
        "detained several Hamas activists in Gaza. The European Union has called on both sides to show restraint."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "European Union" and row[2] == "Hamas" for row in rows), rows
    check(nlp, text, {
        ("European Union", "appeal", "Israel", None, False, A),
        ("European Union", "appeal", "Palestine", None, False, A),
    })


# a speaker's report of his own leader's act accuses no one of his side
def test_a_speaker_does_not_accuse_his_own_leader(nlp):
    text = (
        "In a televised address, General Pervez Musharraf said Lashkar-e-Taiba would no longer be allowed to operate "
        "in Pakistan. He also warned India that Pakistan would respond to any attack with full force."
    )
    rows = read(nlp, text)
    assert not any(row[1] == "criticise" and row[2] == "Pervez Musharraf" for row in rows), rows
    check(nlp, text, {("Pervez Musharraf", "threaten", "India", None, False, A)})


# "In a televised address, Musharraf said ... Jaswant Singh says ... The United States has welcomed the speech": the
# one who gave the address, not the last one who said something
def test_the_speech_is_the_address_given_before(nlp):
    text = (
        "In a televised address, General Pervez Musharraf said Lashkar-e-Taiba would no longer be allowed to operate "
        "in Pakistan. India's Foreign Minister, Jaswant Singh, says New Delhi will judge Pakistan by its actions. The "
        "United States has welcomed the speech."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "United States" and row[2] == "Jaswant Singh" for row in rows), rows
    check(nlp, text, {("United States", "cooperate", "Pervez Musharraf", None, False, A)})


# "Hamas has claimed responsibility for the attack. The Palestinian Authority has condemned the bombing": the one who
# claimed the attack did it
def test_the_claimant_did_the_attack_condemned(nlp):
    text = (
        "A suicide bombing in Haifa killed 15 people. Hamas has claimed responsibility for the attack. The Palestinian "
        "Authority has condemned the bombing."
    )
    check(nlp, text, {("Palestine", "criticise", "Hamas", None, False, A)})


# "gave Zimbabwe five weeks to end the violence", "has given Zimbabwe until next month to ...": a deadline given
DEADLINES = [
    (
        "The Commonwealth gave Zimbabwe five weeks to end the violence.",
        {("Commonwealth of Nations", "threaten", "Zimbabwe", None, False, A)},
    ),
    (
        "The Commonwealth has given Zimbabwe until next month to end political violence or face suspension.",
        {("Commonwealth of Nations", "threaten", "Zimbabwe", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEADLINES)
def test_a_deadline_given_to_a_side(nlp, text, expected):
    check(nlp, text, expected)


# "sanctions on Mr Mugabe and his ministers": the "his" is the person the noun is joined to
def test_his_after_a_joined_person(nlp):
    text = (
        "Britain's Foreign Secretary, Jack Straw, says London is not trying to dictate to Zimbabwe. The European Union "
        "has warned it will impose targeted sanctions on Mr Mugabe and his ministers."
    )
    rows = read(nlp, text)
    assert not any(row[2] == "Jack Straw" for row in rows), rows
    check(nlp, text, {("United Kingdom", "coerce", "Zimbabwe", None, True, "attempted")})


# "allow US troops to train its soldiers in the fight against the Abu Sayyaf": the trained fight, the trainer helps
def test_help_in_anothers_fight_is_not_help_to_the_enemy(nlp):
    rows = read(nlp, "The Philippines will allow US troops to train its soldiers in the fight against the Abu Sayyaf.")
    assert not any(row[0] == "United States" and row[2] == "Abu Sayyaf" for row in rows), rows


# "urged President Robert Mugabe to allow observers ... rejected the demand": the demand is the urging
def test_the_demand_refers_back_to_an_urging(nlp):
    text = (
        "Commonwealth foreign ministers have urged President Robert Mugabe to allow international observers to monitor "
        "the election. Zimbabwe's Foreign Minister, Stan Mudenge, has rejected the demand."
    )
    # (the minister, whose name spaCy tags as a place or body, is a person from session 35 on)
    check(nlp, text, {("Stan Mudenge", "reject", "Commonwealth of Nations", None, False, A)})


# "Mr Karzai says he wants the force to help his administration restore order": "his" is Karzai's, through "he"
def test_his_in_a_clause_under_he_is_the_speakers(nlp):
    text = (
        "The Pentagon says it is still not certain where Osama bin Laden is hiding. Meanwhile in Kabul, the interim "
        "leader Hamid Karzai has met the British commander of the peacekeeping force. Mr Karzai says he wants the "
        "force to help his administration restore order."
    )
    rows = read(nlp, text)
    assert not any(row[2] == "al-Qaeda" for row in rows), rows
    check(nlp, text, {("multinational force", "support", "Afghanistan", None, False, "requested")})


# "offered to send more Australian police to the Solomons. The Solomon Islands Government has welcomed the offer":
# the police sent are the sender's own, not a party; "the Solomons" is the Solomon Islands; the offer is the offerer's
def test_police_sent_to_the_solomons(nlp):
    text = (
        "Mr Howard has offered to send more Australian police to the Solomons to help restore law and order. The "
        "Solomon Islands Government has welcomed the offer."
    )
    rows = read(nlp, text)
    assert not any(row[2] == "Australia" for row in rows), rows
    check(nlp, text, {
        ("John Howard", "intend", "Solomon Islands", None, False, I),
        ("Solomon Islands", "cooperate", "John Howard", None, False, A),
    })


# "notified Moscow of its plans, as required under the treaty": a participle of requiring asks no one
def test_as_required_asks_no_one(nlp):
    rows = read(nlp, "Washington notified Moscow of its plans six months ago, as required under the treaty.")
    assert not any(row[1] == "demand" for row in rows), rows


# "Pakistan's Foreign Minister, Abdul Sattar, has warned that ...": the speaker's own warning accuses no one of his side
def test_the_speakers_own_words_accuse_no_one(nlp):
    text = "Pakistan's Foreign Minister, Abdul Sattar, has warned that any Indian attack will be met with force."
    rows = read(nlp, text)
    assert not any(row[1] == "criticise" for row in rows), rows


# "offered to hold a joint investigation with India": a joint act's partner is worked with, not investigated
def test_a_joint_act_with_a_partner(nlp):
    check(nlp, "Pakistan offered to hold a joint investigation with India.", {
        ("Pakistan", "intend", "India", None, False, I),
    })


# "Maoist rebels killed 20 police ... The Maoists pulled out of peace talks": a people word in the plural is the band
# the article named by it
def test_the_plural_people_word_is_the_band(nlp):
    text = (
        "Maoist rebels killed 20 police in western Nepal. The Maoists pulled out of peace talks with the Nepalese "
        "Government last week."
    )
    check(nlp, text, {("Maoist rebels", "reduce", "Nepal", None, False, A)})


# "the Taliban had handed over some weapons ... so the Arabs could protect themselves" (Lee bg_050): the thing given
# goes to the purpose clause's subject, and "themselves" is that subject, no one else
def test_a_gift_goes_to_the_purpose_clauses_subject(nlp):
    text = (
        "Afghan security forces have arrested a wounded Arab Al Qaeda fighter. Before fleeing, the Taliban had handed "
        "over some weapons including grenades and explosives so the Arabs could protect themselves."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "al-Qaeda" and row[2] == "Taliban" for row in rows), rows
    check(nlp, text, {("Taliban", "support", "al-Qaeda", None, False, A)})


# "The Tamil Tigers declared a ceasefire ... has welcomed the move": a declaration is a move
def test_the_move_refers_back_to_a_declaration(nlp):
    text = "The Tamil Tigers declared a ceasefire. Prime Minister Ranil Wickremesinghe has welcomed the move."
    check(nlp, text, {("Ranil Wickremesinghe", "cooperate", "Liberation Tigers of Tamil Eelam", None, False, A)})


# "Norway, which has been trying to broker talks between the two sides": the broker is not a side, and a rebel
# group can be one; "the new Government in Colombo" is Sri Lanka's
def test_the_two_sides_of_brokered_talks(nlp):
    text = (
        "The Liberation Tigers of Tamil Eelam say they hope the truce will lead to peace talks with the new Government "
        "in Colombo. Norway, which has been trying to broker talks between the two sides, says it is ready to resume "
        "its role as mediator."
    )
    rows = read(nlp, text)
    assert not any("Norway" in (row[0], row[2]) for row in rows), rows
    check(nlp, text, {
        ("Liberation Tigers of Tamil Eelam", "communicate", "Sri Lanka", "Norway", False, "attempted"),
    })


# sinking a side's ship is a blow at the side
def test_sinking_a_sides_ship(nlp):
    check(nlp, "Japan's coast guard has sunk a suspected North Korean spy ship after a gun battle.", {
        ("Japan", "attack", "North Korea", None, False, A),
    })


# "working closely with Philippine authorities to secure his release", which the parser reads as "with" a clause
def test_with_a_party_that_the_parser_makes_a_clause_subject(nlp):
    check(nlp, "Australia is working closely with Philippine authorities to secure his release.", {
        ("Australia", "cooperate", "Philippines", None, False, A),
    })


# "Islamabad says it has frozen their bank accounts", after "shut down the groups": "their" is the groups', which
# the article does not name one by one, not the last country's
def test_their_after_unnamed_groups_is_no_country(nlp):
    text = (
        "India says Pakistan must do more to shut down the groups. Islamabad says it has already frozen their bank "
        "accounts and arrested hundreds of their members."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Pakistan" and row[2] == "India" for row in rows), rows


# "The Commonwealth has lifted its suspension of Fiji": the measure lifted was on Fiji
def test_a_suspension_lifted(nlp):
    check(nlp, "The Commonwealth has lifted its suspension of Fiji.", {
        ("Commonwealth of Nations", "yield", "Fiji", None, False, A),
    })


# "Ariel Sharon, who has banned his ministers from talking to Yasser Arafat": "his" is the person the relative
# clause describes, so Sharon's side will not talk to Arafat, and no minister named before is banned
def test_his_in_a_relative_clause_is_its_antecedents(nlp):
    text = (
        "Israel's Foreign Minister, Shimon Peres, has met Ahmed Qurei. The meeting took place despite opposition from "
        "Prime Minister Ariel Sharon, who has banned his ministers from talking to Yasser Arafat."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Ariel Sharon" and row[2] == "Shimon Peres" for row in rows), rows
    check(nlp, text, {("Ariel Sharon", "communicate", "Yasser Arafat", None, True, A)})


# "warned that Iraq could face military action": the one warned it will face a blow or a measure is threatened (not
# "a difficult winter")
FACED = [
    (
        "The United States and Britain have warned that Iraq could face military action if it continues to defy the "
        "Security Council.",
        {("United States", "threaten", "Iraq", None, False, A), ("United Kingdom", "threaten", "Iraq", None, False, A)},
    ),
    ("The EU warned Zimbabwe would face sanctions.", {("European Union", "threaten", "Zimbabwe", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), FACED)
def test_warned_to_face_a_blow(nlp, text, expected):
    check(nlp, text, expected)


def test_a_hardship_faced_is_no_threat(nlp):
    assert not read(nlp, "The World Bank warned that Iraq could face a difficult winter.")


# "The Greens say they will support Labor's push": "they" reported by a plural name no actor stands for is them, not
# the last actor named
def test_they_reported_by_an_unnamed_plural_name(nlp):
    text = (
        "The Prime Minister, John Howard, has rejected calls from the Labor Party for an inquiry. Mr Howard says the "
        "Opposition is trying to score political points. The Greens say they will support Labor's push for a Senate "
        "inquiry."
    )
    rows = read(nlp, text)
    assert not any(row[1] == "support" for row in rows), rows


# "Mr Solana's visit follows a similar trip by the US envoy": a trip that comes before is not made to the visitor
def test_a_visit_following_a_trip_is_no_answer(nlp):
    text = "Mr Solana's visit follows a similar trip by the US envoy, Anthony Zinni, which ended in Cairo."
    rows = read(nlp, text)
    assert not any(row[0] == "Anthony Zinni" and row[2] == "Solana" for row in rows), rows


# "has won the backing of the United Nations", "has thrown its support behind Karzai", "has sought assurances from
# Washington": favour gained, support thrown behind a side, word sought from a side
FAVOUR = [
    (
        "Karzai has won the backing of the United Nations.",
        {("United Nations", "support", "Hamid Karzai", None, False, A)},
    ),
    ("Britain has thrown its support behind Karzai.", {("United Kingdom", "support", "Hamid Karzai", None, False, A)}),
    (
        "Israel has sought assurances from Washington that it will not be pressured.",
        {("Israel", "appeal", "United States", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAVOUR)
def test_favour_gained_given_or_sought(nlp, text, expected):
    check(nlp, text, expected)


# "secured the release of two Afghan diplomats": a release secured is no favour from the ones released
def test_a_release_secured_is_no_favour(nlp):
    rows = read(nlp, "Pakistan secured the release of two Afghan diplomats.")
    assert not any(row[0] == "Afghanistan" for row in rows), rows


# "has refused to let UN inspectors into the country", "will not allow UN inspectors back into the country": letting a
# side in yields to it, and a refusal is a rejection of it (CAMEO 1245; before session 39, the yielding denied)
ADMITTED = [
    ("North Korea has refused to let UN inspectors into the country.", {
        ("North Korea", "reject", "United Nations", None, False, A),
    }),
    (  # (a permission withheld is a refusal, CAMEO 1245: since session 39)
        "Iraq will not allow UN inspectors back into the country.",
        {("Iraq", "reject", "United Nations", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADMITTED)
def test_letting_a_side_in(nlp, text, expected):
    check(nlp, text, expected)


# "handed over power to the interim administration": a new administration, not Washington's
def test_an_interim_administration_is_not_washington(nlp):
    rows = read(nlp, "The Taliban have handed over power to the interim administration.")
    assert not any(row[2] == "United States" for row in rows), rows


# "refused to let the United States use its bases": letting a side act yields to it, and the refusal rejects it
def test_letting_a_side_act(nlp):
    check(nlp, "Saudi Arabia has refused to let the United States use its bases for attacks on Afghanistan.", {
        ("Saudi Arabia", "reject", "United States", None, False, A),
    })


# "backed by US bombers": aircraft of a state's air force are the state (not "Palestinian suicide bombers")
def test_us_bombers_are_the_united_states(nlp):
    check(nlp, "Northern Alliance troops backed by US bombers captured the city.", {
        ("United States", "support", "Northern Alliance", None, False, A),
    })


# "the Jemaah Islamiah network ... members of the group": a name before a group's noun is the group named
def test_the_group_after_a_named_network(nlp):
    check(nlp, "Bashir leads the Jemaah Islamiah network. Malaysia has detained 13 members of the group.", {
        ("Malaysia", "coerce", "Jemaah Islamiyah", None, False, A),
    })


# "Mr Mugabe's Government", tagged as one name: a known leader's government is his country; "recolonise" occupies
def test_a_leaders_government_and_recolonising(nlp):
    text = "Mr Mugabe's Government has accused Tony Blair of trying to recolonise Zimbabwe."
    rows = read(nlp, text)
    assert not any("Government" in row[0] for row in rows), rows
    check(nlp, text, {
        ("Zimbabwe", "criticise", "Tony Blair", None, False, A),
        ("Tony Blair", "coerce", "Zimbabwe", None, False, "attempted"),
    })


# "has agreed to a request from the Solomon Islands": the request was made to the one who agreed to it
def test_agreeing_to_a_request(nlp):
    check(nlp, "Australia has agreed to a request from the Solomon Islands for more police.", {
        ("Solomon Islands", "appeal", "Australia", None, False, A),
        ("Australia", "cooperate", "Solomon Islands", None, False, A),
    })


# "signed a deal with Nauru ... criticised the arrangement": an arrangement refers back to a deal signed
def test_the_arrangement_refers_back_to_a_deal(nlp):
    text = "Australia has signed a deal with Nauru. The United Nations has criticised the arrangement."
    check(nlp, text, {("United Nations", "criticise", "Australia", None, False, A)})


# "decided to buy fighter jets from the United States ... concern about the purchase": the buyer's purchase
def test_the_purchase_refers_back_to_a_buying(nlp):
    text = (
        "The Australian Government has decided to buy fighter jets from the United States. Indonesia has expressed "
        "concern about the purchase."
    )
    check(nlp, text, {("Indonesia", "criticise", "Australia", None, False, A)})


# "regrets the deaths of Afghan civilians in a US air strike": the dead are no agents; the blow that killed them is
# the act, the speaker's own here
DEATHS = [
    "The US State Department has expressed regret over the deaths of Afghan civilians in a US air strike.",
    "The US State Department regrets the deaths of Afghan civilians in a US air strike.",
]


@pytest.mark.parametrize("text", DEATHS)
def test_the_dead_are_not_blamed(nlp, text):
    rows = read(nlp, text)
    assert not any(row[2] == "Afghanistan" for row in rows), rows


def test_deaths_condemned_blame_the_blow(nlp):
    check(nlp, "Pakistan condemned the deaths of Afghan civilians in US air strikes.", {
        ("Pakistan", "criticise", "United States", None, False, A),
    })


# "Russian soldiers cornered Raduyev", "Hamas led attacks on Israel": cornering hems a side in; attacks led are made
LEAD_AND_CORNER = [
    ("Russian soldiers cornered Raduyev on the Chechen border.", {("Russia", "coerce", "Raduyev", None, False, A)}),
    ("Hamas led attacks on Israel.", {("Hamas", "attack", "Israel", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_AND_CORNER)
def test_cornered_and_attacks_led(nlp, text, expected):
    check(nlp, text, expected)


# "will not be dictated to by India": a passive's stranded preposition is the verb's ("dictate to"), denied
def test_a_passive_with_a_stranded_preposition(nlp):
    text = "Pakistan's President, General Pervez Musharraf, says his country will not be dictated to by India."
    check(nlp, text, {("India", "coerce", "Pakistan", None, True, A)})
    assert not any(row[0] == "India" and row[1] == "coerce" and not row[4] for row in read(nlp, text))


# "The United Nations Security Council has voted ... The Council also called on Indonesia": the body named before
def test_the_council_after_the_security_council(nlp):
    text = (
        "The United Nations Security Council has voted to extend the mandate of its force in East Timor. The Council "
        "also called on Indonesia to disarm the militias."
    )
    check(nlp, text, {("UN Security Council", "appeal", "Indonesia", None, False, A)})


# "protested outside the US embassy": a protest at a side's embassy is against that side
def test_a_protest_outside_an_embassy(nlp):
    check(nlp, "Thousands of Indonesians have protested outside the US embassy in Jakarta.", {
        ("Indonesia", "protest", "United States", None, False, A),
    })


# "Pakistan is ready to respond to any aggression": readiness passes no verdict on Pakistan
def test_readiness_to_respond_is_no_verdict(nlp):
    text = (
        "Pakistan's military spokesman, Major General Rashid Qureshi, says Pakistan is ready to respond to any "
        "aggression."
    )
    rows = read(nlp, text)
    assert not any(row[1] == "criticise" and row[2] == "Pakistan" for row in rows), rows


# "Tony Blair, who is due to visit both countries next week, has called on them": "them" is the pair just named
def test_them_after_both_countries(nlp):
    text = (
        "India and Pakistan have exchanged artillery fire in Kashmir. British Prime Minister Tony Blair, who is due to "
        "visit both countries next week, has called on them to show restraint."
    )
    check(nlp, text, {
        ("Tony Blair", "appeal", "India", None, False, A),
        ("Tony Blair", "appeal", "Pakistan", None, False, A),
    })


# "have charged a Sydney man with helping to finance Hezbollah": the charged man would have financed it, not the
# police who charged him
def test_the_charged_do_the_charged_act(nlp):
    text = "The Australian Federal Police have charged a Sydney man with helping to finance Hezbollah."
    rows = read(nlp, text)
    assert not any(row[0] == "Australian Federal Police" and row[2] == "Hezbollah" for row in rows), rows
    check(nlp, "Police charged Ahmed Ali with helping to finance Hezbollah.", {
        ("Ahmed Ali", "support", "Hezbollah", None, False, A),
    })


# "has given Indonesia millions of dollars": money counted in millions is money given
def test_millions_of_dollars_given(nlp):
    check(nlp, "Canberra has given Indonesia millions of dollars to help it detain asylum seekers.", {
        ("Australia", "support", "Indonesia", None, False, A),
    })


# "has distanced itself from the decision", "dissociated itself from Hamas": from the decision's makers
DISTANCED = [
    (
        "The Israeli Cabinet has decided to cut all contacts with Yasser Arafat. The United States has distanced "
        "itself from the decision.",
        {("United States", "reduce", "Israel", None, False, A)},
    ),
    ("Egypt has dissociated itself from Hamas.", {("Egypt", "reduce", "Hamas", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), DISTANCED)
def test_distancing_from_a_decision(nlp, text, expected):
    check(nlp, text, expected)


# "will not permit UN inspectors into the country": one statement, the verb's own reading, not a second "allow"
def test_permitting_a_side_in_is_read_once(nlp):
    from kg.extract import extract_statements
    from kg.pipeline import parse_text
    from kg.records import Article
    from kg.resolve import ActorRegistry

    article = Article("t", "Iraq will not permit UN inspectors into the country.")
    doc = nlp(parse_text(article))
    statements = extract_statements(doc, article, ActorRegistry().begin(article, doc))
    assert len(statements) == 1, [(s.relation, s.rule) for s in statements]
    check(nlp, article.text, {("Iraq", "reject", "United Nations", None, False, A)})  # (a refusal: session 39)
