"""Issue 3: constructions kg missed or read wrongly (session 12): a power's rule resisted, a common noun in
apposition to a named actor.

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee) or of the unlabelled Lee
texts (gensim's lee_background.cor, see tests/gold/README.md), which is where each construction was seen."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read


# "groups fighting Indian rule in Kashmir", "the uprising against Israeli occupation": the rule resisted is the power's
def test_fighting_a_countrys_rule_fights_the_country(nlp):
    check(nlp, "Kashmiri separatists fight Indian rule.", {("Kashmiri separatists", "fight", "India", None, False, A)})


def test_an_uprising_against_an_occupation_fights_the_occupier(nlp):
    rows = read(nlp, "The death toll of the Palestinian uprising against Israeli occupation has risen to 1,121.")
    assert ("Palestine", "fight", "Israel", None, False, A) in rows, rows


def test_ending_an_occupation_is_not_an_act_on_the_occupier(nlp):
    rows = read(nlp, "Hamas vowed to end the Israeli occupation.")
    assert not any(row[2] == "Israel" for row in rows), rows


# "Karzai, a tribal leader currently fighting the Taliban": a common noun in apposition is the named actor
def test_a_participle_after_an_apposition_is_the_named_actors_act(nlp):
    text = "Hamid Karzai, a tribal leader currently fighting the Taliban near Kandahar, was appointed on Monday."
    check(nlp, text, {("Hamid Karzai", "fight", "Taliban", None, False, A)})


def test_an_apposition_after_an_of_phrase_is_the_named_actor(nlp):
    text = "The appointment of Hamid Karzai, a tribal leader currently fighting the Taliban, was welcomed."
    check(nlp, text, {("Hamid Karzai", "fight", "Taliban", None, False, A)})


# "the Muttahida Jihad Council, an alliance of 18 groups fighting Indian rule": a union's members act as the union
def test_the_members_of_a_union_in_apposition_are_the_union(nlp):
    text = "The Muttahida Jihad Council, an alliance of 18 groups fighting Indian rule in Kashmir, denied the claim."
    check(nlp, text, {("Muttahida Jihad Council", "fight", "India", None, False, A)})


# "shocked Palestinians with a decision to cut ties with Arafat": an unowned decision or bid after a preposition is
# the clause subject's
def test_an_unowned_decision_after_a_preposition_is_the_subjects(nlp):
    text = "Israel shocked the Palestinians with a decision to cut ties with Yasser Arafat."
    check(nlp, text, {("Israel", "reduce", "Yasser Arafat", None, False, "intended")})


def test_a_promise_from_someone_else_is_not_the_subjects(nlp):
    rows = read(nlp, "Israel has reacted with caution to a promise from Yasser Arafat to hunt down the bombers.")
    assert not any(row[0] == "Israel" and row[1] == "investigate" for row in rows), rows


# "deployed gunships along the border to try and stop Osama bin Laden crossing": keeping an actor from acting
def test_stopping_an_actor_coerces_it(nlp):
    rows = read(nlp, "Pakistani troops tried to stop al-Qaeda fighters from escaping.")
    assert ("Pakistan", "coerce", "al-Qaeda", None, False, "attempted") in rows, rows


def test_calling_for_a_halt_to_attacks_is_no_act_on_their_target(nlp):
    rows = read(nlp, "Mr Arafat has called for a halt to all armed operations against Israel.")
    assert not any(row[2] == "Israel" for row in rows), rows


# "would take direct action against the Palestinian leader": a light verb, its noun and a preposition
def test_taking_action_against_an_actor_coerces_it(nlp):
    check(nlp, "Israel took military action against Hamas.", {("Israel", "coerce", "Hamas", None, False, A)})


# "he did not believe Israeli forces would take direct action against Arafat": a denied belief denies what it reports
def test_a_denied_belief_denies_the_act_it_reports(nlp):
    text = "Shimon Peres said he did not believe Israel would attack Yasser Arafat."
    # a forecast of a future act (session 14): denied, and hypothetical rather than asserted
    check(nlp, text, {("Israel", "attack", "Yasser Arafat", None, True, "hypothetical")})


def test_a_denied_report_is_not_a_denied_act(nlp):
    rows = read(nlp, "Shimon Peres did not say that Israel attacked Yasser Arafat.")
    assert not any(row[1] == "attack" and row[4] for row in rows), rows


# "Mr Sharon, furious that Mr Arafat had not stopped hardline Islamic groups, ordered ...": anger blames its cause
def test_anger_at_what_someone_did_criticises_them(nlp):
    text = "The strikes came after Mr Sharon, furious that Mr Arafat had not stopped the groups, ordered the raids."
    rows = read(nlp, text)
    assert ("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A) in rows, rows


def test_being_angry_at_someone_criticises_them(nlp):
    rows = read(nlp, "Ariel Sharon was angry at Yasser Arafat.")
    assert ("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A) in rows, rows


def test_a_fear_of_what_someone_will_do_is_no_criticism(nlp):
    rows = read(nlp, "Israel is worried that Iran will build a bomb.")
    assert not any(row[1] == "criticise" for row in rows), rows


# "has decided to stop suicide bombings against Israel", "halted its attacks on Israel": one's own acts ended
def test_stopping_ones_own_attacks_denies_them(nlp):
    check(nlp, "Hamas halted its attacks on Israel.", {("Hamas", "attack", "Israel", None, True, A)})


def test_deciding_to_stop_bombings_denies_them(nlp):
    rows = read(nlp, "Hamas has decided to stop suicide bombings against Israel.")
    assert ("Hamas", "attack", "Israel", None, True, "intended") in rows, rows
    assert not any(row[1] == "attack" and not row[4] for row in rows), rows


# "the UN Security Council is still debating key issues in a resolution authorising a multinational force": a text
# acts for the subject of the clause it is in
def test_a_resolution_after_a_preposition_acts_for_the_clause_subject(nlp):
    text = "The UN Security Council is still debating key issues in a resolution authorising a multinational force."
    rows = read(nlp, text)
    assert ("UN Security Council", "support", "multinational force", None, False, A) in rows, rows


def test_a_place_after_a_preposition_is_still_no_author(nlp):
    rows = read(nlp, "Protesters gathered in Kabul carrying banners condemning the Taliban.")
    assert not any(row[0] == "Kabul" for row in rows), rows


# Palestinian armed groups and Australia's Labor party are actors of the gazetteer, one node whatever the spelling
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel has accused Force-17 of involvement in the attacks.", ("Israel", "criticise", "Force 17")),
        ("Israel bombed the Al-Aqsa Brigades.", ("Israel", "attack", "Al-Aqsa Martyrs' Brigades")),
        ("Israel bombed Ezzedin al-Qassam.", ("Israel", "attack", "Izz ad-Din al-Qassam Brigades")),
        ("Australia's government has urged Labor to pass the bill.", ("Australia", "appeal", "Australian Labor Party")),
    ],
)
def test_named_groups_of_the_gazetteer_are_one_actor(nlp, text, expected):
    rows = read(nlp, text)
    assert (*expected, None, False, A) in rows, rows


def test_a_labor_department_is_not_the_labor_party(nlp):
    rows = read(nlp, "The Labor Department criticised Amazon.")
    assert not any("Labor Party" in row[0] for row in rows), rows


# "The Al-Aqsa Brigades said it and Hamas were jointly responsible for the attack": a shared claim, not a charge
def test_a_speaker_who_shares_the_responsibility_does_not_charge_the_other(nlp):
    rows = read(nlp, "The Al-Aqsa Brigades said it and Hamas were jointly responsible for the attack.")
    assert not any(row[1] == "criticise" for row in rows), rows


def test_a_speaker_who_names_another_responsible_charges_it(nlp):
    rows = read(nlp, "Israel said Hamas was responsible for the attack.")
    assert ("Israel", "criticise", "Hamas", None, False, A) in rows, rows


# "Police in India": a country's police, like a town's, are the country's
def test_police_in_a_country_are_the_countrys(nlp):
    check(nlp, "Police in India arrested Mohammed Afroz.", {("India", "coerce", "Mohammed Afroz", None, False, A)})


# "Al Qaeda was planning terrorist attacks in Australia, Britain and India": a planned attack's place is its target
def test_planned_attacks_in_a_country_aim_at_it(nlp):
    rows = read(nlp, "Al Qaeda was planning terrorist attacks in Australia and Britain.")
    assert ("al-Qaeda", "attack", "Australia", None, False, "intended") in rows, rows  # planned, not done
    assert ("al-Qaeda", "attack", "United Kingdom", None, False, "intended") in rows, rows


# "Afroz admitted during questioning the Al Qaeda network had sent him": the next clause's subject is no object
def test_the_subject_of_the_next_clause_is_not_an_object(nlp):
    rows = read(nlp, "Afroz admitted during questioning the Al Qaeda network had sent him to flight schools.")
    assert not any(row[1] == "investigate" for row in rows), rows


def test_an_object_before_a_coordinated_clause_stays_an_object(nlp):
    rows = read(nlp, "The statement said US troops had defeated ISIS and Turkey would be moving into Syria.")
    assert ("United States", "fight", "ISIS", None, False, A) in rows, rows


# "concern about a man who was arrested in India and has confessed to planning suicide attacks in Australia": the
# verb after a relative clause with no comma continues it
def test_a_verb_after_a_relative_clause_continues_it(nlp):
    text = (
        "The Foreign Minister, Alexander Downer, has expressed concern about a man who was arrested in India and has "
        "confessed to planning suicide attacks in Australia."
    )
    rows = read(nlp, text)
    assert not any(row[0] in ("Alexander Downer", "India") and row[1] == "attack" for row in rows), rows


def test_a_verb_after_a_relative_clause_is_not_the_main_subjects(nlp):
    rows = read(nlp, "Iran condemned a man who was arrested in Iraq and has threatened the United States.")
    assert not any(row[0] == "Iran" and row[1] == "threaten" for row in rows), rows


# "Police say Afroz was arrested on October 2": an arrest with no agent that a state's police report is the state's
def test_an_arrest_reported_by_a_countrys_police_is_the_countrys(nlp):
    text = "Mumbai police have recovered a credit card. Police say Mohammed Afroz was arrested on October 2."
    rows = read(nlp, text)
    assert ("India", "coerce", "Mohammed Afroz", None, False, A) in rows, rows


def test_an_arrest_reported_by_a_group_is_not_the_groups(nlp):
    rows = read(nlp, "Hamas says its leader Ismail Haniya was arrested on Monday.")
    assert not any(row[1] == "coerce" for row in rows), rows


# "closed Hamas offices and started arresting its militants": a group's men owned by a pronoun are the group
def test_a_groups_militants_owned_by_a_pronoun_are_the_group(nlp):
    rows = read(nlp, "Hamas refused to disarm. Mr Arafat has started arresting its militants.")
    assert ("Yasser Arafat", "coerce", "Hamas", None, False, A) in rows, rows


def test_a_countrys_militants_owned_by_a_pronoun_are_not_the_country(nlp):
    rows = read(nlp, "Pakistan has promised to act. India wants it to arrest its militants.")
    assert not any(row[1] == "coerce" and row[2] == "Pakistan" for row in rows), rows


# "Israel has accused Force-17 of direct involvement in the preparation and execution of attacks against its
# people": the charge hangs on the accused, the act is the first that names a target, "its people" the country
def test_an_accused_act_deep_in_the_charge_is_read(nlp):
    text = (
        "Israel has accused Force-17 of direct involvement in the preparation and execution of attacks against its "
        "people."
    )
    rows = read(nlp, text)
    assert ("Force 17", "attack", "Israel", None, False, A) in rows, rows


def test_a_countrys_people_owned_by_a_pronoun_are_the_country(nlp):
    rows = read(nlp, "Israel accused the Palestinian gunmen of attacks on its people.")
    assert ("Palestinian gunmen", "attack", "Israel", None, False, A) in rows, rows


# "Iran denied reports that it had attacked Saudi Arabia": what denied reports say is denied, "it" the denier
def test_denied_reports_deny_what_they_say(nlp):
    rows = read(nlp, "Iran denied reports that it had attacked Saudi Arabia.")
    assert ("Iran", "attack", "Saudi Arabia", None, True, A) in rows, rows


def test_confirmed_reports_are_not_denied(nlp):
    rows = read(nlp, "Iran confirmed reports that Hezbollah had attacked Israel.")
    assert not any(row[4] for row in rows), rows


# "Israeli jets blasted Hamas positions", "blast the Palestinian leader's heliport": blows, not harsh words
def test_warplanes_that_blast_a_group_attack_it(nlp):
    check(nlp, "Israeli jets blasted Hamas positions.", {("Israel", "attack", "Hamas", None, False, A)})


def test_blasting_a_leaders_building_attacks_its_owner(nlp):
    text = "Yasser Arafat is under pressure. Ariel Sharon sent his airforce to blast the Palestinian leader's heliport."
    rows = read(nlp, text)
    assert any(row[1] == "attack" and row[2] == "Yasser Arafat" for row in rows), rows


def test_blasting_a_decision_is_still_criticism(nlp):
    rows = read(nlp, "John McCain blasted Barack Obama's decision.")
    assert ("John McCain", "criticise", "Barack Obama", None, False, A) in rows, rows


# "General Musharraf said Pakistan had stepped up security ... in a bid to capture the suspected terrorist
# mastermind": the person a description stands for is not one named in its own sentence, even if named most
def test_a_description_passes_over_the_person_named_in_its_sentence(nlp):
    text = (
        "Osama bin Laden is hiding in the mountains. Officials believe Osama bin Laden is alive. Pervez Musharraf "
        "visited China. Pervez Musharraf met Chinese leaders. Pervez Musharraf said Pakistan had sent troops to "
        "the border in a bid to capture the fugitive."
    )
    rows = read(nlp, text)
    # (a person captured is taken prisoner: coerce, since session 39)
    assert ("Pakistan", "coerce", "Osama bin Laden", None, False, "attempted") in rows, rows


# "voted to review the EU's links with the Jewish state, to impose an arms embargo and to threaten wider trade
# sanctions": a measure with no target of its own aims at the party of the act it is coordinated with
def test_a_measure_coordinated_with_an_act_on_a_party_aims_at_it(nlp):
    text = "The European Parliament voted to cut ties with Israel, to impose an embargo and to threaten sanctions."
    rows = read(nlp, text)
    assert ("European Parliament", "reduce", "Israel", None, False, A) in rows, rows
    assert ("European Parliament", "threaten", "Israel", None, False, A) in rows, rows


def test_a_curfew_coordinated_with_an_attack_is_not_on_the_attacked(nlp):
    rows = read(nlp, "Israel attacked Hamas and imposed a curfew.")
    assert not any(row[1] == "coerce" for row in rows), rows


# "The European Parliament is spoiling for a fight with Israel. It has voted to ...": an opening "it" of action is the
# organisation the sentence before is about
def test_an_opening_it_is_the_organisation_of_the_sentence_before(nlp):
    rows = read(nlp, "The European Parliament is angry. It condemned Israel on Monday.")
    assert ("European Parliament", "criticise", "Israel", None, False, A) in rows, rows


def test_an_opening_expletive_it_is_no_one(nlp):
    rows = read(nlp, "Hamas rejected the plan. It seems the United States will attack Iran.")
    assert not any(row[0] == "Hamas" and row[1] == "attack" for row in rows), rows


# "Palestinian security services ... Security services have arrested some 100 militants from Hamas": bare security
# services are the only country the article tied them to
def test_bare_security_services_are_the_country_tied_to_them_before(nlp):
    text = "Palestinian security services raided a house. Security services have arrested 100 militants from Hamas."
    rows = read(nlp, text)
    assert ("Palestine", "coerce", "Hamas", None, False, A) in rows, rows


# "launched extensive attacks on the network of caves where Al Qaeda members had been hiding out": a blow at a
# place reaches who stays there
def test_bombing_the_caves_where_a_group_hides_attacks_the_group(nlp):
    check(nlp, "US jets bombed the caves where Al Qaeda fighters were hiding.", {
        ("United States", "attack", "al-Qaeda", None, False, A),
    })  # fmt: skip


def test_attacks_on_a_network_of_caves_where_a_group_hides_attack_the_group(nlp):
    text = "US warplanes launched attacks on the network of caves where Al Qaeda members had been hiding out."
    rows = read(nlp, text)
    assert ("United States", "attack", "al-Qaeda", None, False, A) in rows, rows


def test_a_place_where_something_happened_to_a_group_holds_no_one(nlp):
    rows = read(nlp, "Israeli jets bombed the town where Hamas was founded.")
    assert not any(row[2] == "Hamas" for row in rows), rows


# "bin Laden, the number one suspect in the September 11 attacks on New York", "bin Laden, wanted for the September
# 11 terrorist atrocities in the United States": the one suspected of an attack did it to its target
def test_the_suspect_in_attacks_on_a_country_attacked_it(nlp):
    text = "US forces hunt Osama bin Laden, the main suspect in the September 11 attacks on New York and Washington."
    rows = read(nlp, text)
    assert ("Osama bin Laden", "attack", "United States", None, False, A) in rows, rows


def test_one_wanted_for_atrocities_in_a_country_attacked_it(nlp):
    text = "Commanders believe bin Laden, wanted for the terrorist atrocities in the United States, is in Tora Bora."
    rows = read(nlp, text)
    assert ("Osama bin Laden", "attack", "United States", None, False, A) in rows, rows


def test_a_suspect_in_a_murder_with_no_target_names_no_one(nlp):
    rows = read(nlp, "Police questioned Mohammed Afroz, a suspect in the murder.")
    assert not any(row[0] == "Mohammed Afroz" for row in rows), rows


# "bin Laden, accused of masterminding the September 11 attacks on US cities": the accused named before the participle
def test_one_accused_by_a_participle_of_attacks_did_them(nlp):
    rows = read(nlp, "Osama bin Laden, accused of masterminding the September 11 attacks on US cities, is in hiding.")
    assert ("Osama bin Laden", "attack", "United States", None, False, A) in rows, rows


# "Labor has supported the counter terrorism proposals we put forward": the author of a thing named by a relative
# clause after it, like by a participle ("proposals put forward by")
def test_the_author_of_a_thing_in_a_relative_clause_is_its_agent(nlp):
    rows = read(nlp, "Iran welcomed the plan the United States proposed.")
    assert ("Iran", "cooperate", "United States", None, False, A) in rows, rows


# "Kashmiris have no connection with this attack": having no share in an act denies it
def test_having_no_connection_with_an_attack_denies_it(nlp):
    rows = read(nlp, "Pakistan has no connection with the attack on the Indian parliament.")
    assert ("Pakistan", "attack", "India", None, True, A) in rows, rows


def test_having_a_role_in_a_war_says_nothing_of_whom_one_fights(nlp):
    rows = read(nlp, "Iran has a role in the war in Yemen.")
    assert not any(row[1] == "fight" for row in rows), rows
