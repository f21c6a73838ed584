"""Issue 3: constructions kg missed or read wrongly (session 14).

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee), which is where each
construction was seen."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, check_exact, read


# "Two suicide bombers blew themselves up in Jerusalem ... Hamas claimed responsibility for the attacks": a
# definite act with no target named is the act the article last reported a band doing
def test_a_claimed_act_is_the_act_reported_before(nlp):
    text = (
        "Two suicide bombers blew themselves up in Jerusalem on Saturday. "
        "The radical Islamic movement, Hamas, claimed responsibility for the suicide attacks."
    )
    rows = read(nlp, text)
    assert ("Hamas", "attack", "Israel", None, False, A) in rows, rows


def test_a_claimed_act_is_not_a_states_act_reported_before(nlp):
    text = "Israeli jets struck Lebanon on Monday. Hamas claimed responsibility for the attack."
    rows = read(nlp, text)
    assert not any(row[0] == "Hamas" for row in rows), rows


def test_a_denied_act_reported_before_gives_no_claimed_target(nlp):
    text = "Hamas did not attack Israel on Monday. Islamic Jihad claimed responsibility for the attack."
    rows = read(nlp, text)
    assert not any(row[0] == "Palestinian Islamic Jihad" for row in rows), rows


# "Hamas claimed responsibility for the suicide bombings that killed 25 Israelis": whom the act's relative
# clause says it hit is its target
def test_a_claimed_act_hits_whom_its_relative_clause_names(nlp):
    text = "Hamas claimed responsibility for the suicide bombings that killed 25 Israelis."
    check(nlp, text, {("Hamas", "attack", "Israel", None, False, A)})


def test_the_bombings_named_before_with_their_victims_give_the_target(nlp):
    text = (
        "Mr Sharon blamed the weekend suicide bombings that killed 25 Israelis on extremists. "
        "The radical Islamic movement, Hamas, claimed responsibility for the suicide attacks."
    )
    rows = read(nlp, text)
    assert ("Hamas", "attack", "Israel", None, False, A) in rows, rows


# "Sharon declared Mr Arafat irrelevant after militants carried out the bus ambush": a speaker whose verb reports
# no clause accuses no one of what the sentence says happened
def test_a_declaration_with_no_reported_clause_accuses_no_one(nlp):
    text = (
        "Palestinian gunmen ambushed a bus near Immanuel, killing 10 Israelis. "
        'Ariel Sharon declared Mr Arafat "irrelevant" after Palestinian militants carried out the bus ambush.'
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Ariel Sharon" and row[2] == "Palestinian militants" for row in rows), rows
    assert ("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A) in rows, rows


def test_a_reported_clause_still_accuses(nlp):
    text = "Ariel Sharon said Palestinian militants carried out the ambush on Israel."
    rows = read(nlp, text)
    assert ("Ariel Sharon", "criticise", "Palestinian militants", None, False, A) in rows, rows


# "reaffirmed the United States' readiness to impose consequences on Russia": a meant act, not a done one
def test_readiness_to_act_is_intended(nlp):
    text = "The Secretary reaffirmed the United States' readiness to impose severe consequences on Russia."
    rows = read(nlp, text)
    assert ("United States", "threaten", "Russia", None, False, "intended") in rows, rows
    assert not any(row[5] == A for row in rows if row[2] == "Russia"), rows


def test_willingness_to_talk_is_intended(nlp):
    text = "Iran expressed its willingness to negotiate with the United States."
    check_exact(nlp, text, {("Iran", "intend", "United States", None, False, "intended")})


# "was defeated by 10,694 votes by James Smith": the first "by" measures, the second names the agent
def test_a_passive_margin_is_no_agent(nlp):
    text = "Wong Kwok-hing was defeated by 10,694 votes by James Smith."
    check_exact(nlp, text, {("James Smith", "fight", "Wong Kwok-hing", None, False, A)})


# "The United States supports the Philippines in calling on the PRC to end ...": the supporter calls too
def test_supporting_another_in_an_act_does_it_too(nlp):
    text = "The United States supports the Philippines in calling on China to end its provocative actions."
    rows = read(nlp, text)
    assert ("United States", "appeal", "China", None, False, A) in rows, rows
    assert ("Philippines", "appeal", "China", None, False, A) in rows, rows


def test_supporting_an_actor_alone_does_no_act_of_its_own(nlp):
    rows = read(nlp, "The United States supports the Philippines in the South China Sea.")
    assert rows == {("United States", "support", "Philippines", None, False, A)}, rows


# "a Palestinian ambush on a bus carrying Israeli settlers": a blow at a vehicle hits whom it carries
def test_an_attack_on_a_vehicle_hits_its_riders(nlp):
    expected = {("Hamas", "attack", "Israeli settlers", None, False, A)}
    check(nlp, "Hamas attacked a bus carrying Israeli settlers.", expected)


def test_a_nominal_attack_on_a_vehicle_hits_its_riders(nlp):
    text = "The move followed a Palestinian ambush on a bus carrying Israeli settlers."
    check(nlp, text, {("Palestine", "attack", "Israeli settlers", None, False, A)})


def test_a_vehicle_carrying_goods_names_no_target(nlp):
    rows = read(nlp, "Iran seized a tanker carrying British oil.")
    assert not any(row[2] == "United Kingdom" for row in rows), rows


# "Zinni returned with the support of Russia and the European Union": the backer supports the doer
def test_acting_with_the_support_of_others(nlp):
    expected = {
        ("Russia", "support", "Anthony Zinni", None, False, A),
        ("European Union", "support", "Anthony Zinni", None, False, A),
    }
    check(nlp, "Anthony Zinni returned with the support of Russia and the European Union.", expected)


def test_acting_with_an_owners_blessing(nlp):
    rows = read(nlp, "The Houthis attacked Saudi Arabia with Iran's blessing.")
    assert ("Iran", "support", "Houthis", None, False, A) in rows, rows


def test_the_help_of_a_go_between_is_no_backing(nlp):
    rows = read(nlp, "Turkey met Syria with the help of Russia.")
    assert not any(row[0] == "Russia" for row in rows), rows


# "Ansar al-Islam is an armed Islamist group with ties to Tehran": the ties of a predicate noun are the subject's
def test_a_group_with_ties_after_a_copula(nlp):
    expected = {
        ("Ansar al-Islam", "cooperate", "Iran", None, False, A),
        ("Ansar al-Islam", "cooperate", "Iraq", None, False, A),
    }
    check(nlp, "Ansar al-Islam is an armed Islamist group with ties to Tehran and Baghdad.", expected)


def test_a_group_with_no_ties_after_a_copula(nlp):
    check_exact(nlp, "Hamas is a group with no ties to Iran.", {("Hamas", "cooperate", "Iran", None, True, A)})


# "as it considers a military attack against Baghdad": an act weighed is not done
def test_an_attack_considered_is_intended(nlp):
    text = "The United States is considering a military attack against Iraq."
    check_exact(nlp, text, {("United States", "attack", "Iraq", None, False, "intended")})


def test_sanctions_weighed_are_intended(nlp):
    expected = {("United Kingdom", "reduce", "Russia", None, False, "intended")}
    check_exact(nlp, "Britain is weighing sanctions on Russia.", expected)


def test_considering_an_actor_a_threat_is_still_a_verdict(nlp):
    check(nlp, "Iran considers Israel a threat.", {("Iran", "criticise", "Israel", None, False, A)})


# "arrested some 100 militants from Hamas and Islamic Jihad": every group the members come from
def test_members_from_two_groups(nlp):
    expected = {
        ("Israel", "coerce", "Hamas", None, False, A),
        ("Israel", "coerce", "Palestinian Islamic Jihad", None, False, A),
    }
    check(nlp, "Israel arrested militants from Hamas and Islamic Jihad.", expected)


# "cancelled its planned attack on Iran", "postponed its offensive against Hamas", "called off a strike": an act
# called off is not done (these had read as asserted attacks)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel cancelled its planned attack on Iran.", ("Israel", "attack", "Iran", None, True, A)),
        ("Israel postponed its offensive against Hamas.", ("Israel", "attack", "Hamas", None, True, A)),
        ("Donald Trump called off a military strike on Iran.", ("Donald Trump", "attack", "Iran", None, True, A)),
        ("The US scrapped its sanctions on Cuba.", ("United States", "reduce", "Cuba", None, True, A)),
        ("India cancelled its talks with Pakistan.", ("India", "communicate", "Pakistan", None, True, A)),
    ],
)
def test_an_act_called_off_is_not_done(nlp, text, expected):
    rows = read(nlp, text)
    assert expected in rows, rows
    assert not any(row[1] == expected[1] and row[2] == expected[2] and not row[4] for row in rows), rows


def test_dropping_bombs_is_no_calling_off(nlp):
    rows = read(nlp, "Israel dropped bombs on Gaza.")
    assert ("Israel", "attack", "Palestine", None, False, A) in rows, rows


# "held off on striking Iran", "shied away from criticising Israel", "balked at condemning Russia": held back
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel held off on striking Iran.", ("Israel", "attack", "Iran", None, True, A)),
        ("Egypt shied away from criticising Israel.", ("Egypt", "criticise", "Israel", None, True, A)),
        ("Japan balked at condemning Russia.", ("Japan", "criticise", "Russia", None, True, A)),
    ],
)
def test_holding_back_from_an_act_denies_it(nlp, text, expected):
    check_exact(nlp, text, {expected})


def test_not_holding_back_asserts_the_act(nlp):
    check_exact(nlp, "Israel did not hold off on striking Iran.", {("Israel", "attack", "Iran", None, False, A)})


# "Israel believes Iran will attack Saudi Arabia", "analysts predict Russia will invade": a forecast, not an act
# (these had read as asserted attacks, and the first as an accusation)
H = "hypothetical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel believes Iran will attack Saudi Arabia.", ("Iran", "attack", "Saudi Arabia", None, False, H)),
        ("Israel fears Iran will attack Saudi Arabia.", ("Iran", "attack", "Saudi Arabia", None, False, H)),
        ("Analysts predict Russia will invade Ukraine.", ("Russia", "attack", "Ukraine", None, False, H)),
        ("Israel believes Iran will cooperate with the IAEA.", ("Iran", "cooperate", "IAEA", None, False, H)),
    ],
)
def test_a_forecast_is_hypothetical(nlp, text, expected):
    rows = read(nlp, text)
    assert expected in rows, rows
    assert not any(row[5] == A for row in rows), rows


def test_a_belief_about_a_past_act_still_accuses(nlp):
    rows = read(nlp, "Israel believes Iran attacked Saudi Arabia.")
    assert ("Iran", "attack", "Saudi Arabia", None, False, A) in rows, rows
    assert ("Israel", "criticise", "Iran", None, False, A) in rows, rows


# "Italy warned against attacking Libya": the warner does not attack; "warned against an attack on Libya" is no
# threat to Libya
def test_an_act_warned_against_is_not_the_warners(nlp):
    assert not read(nlp, "Italy warned against attacking Libya.")
    assert not read(nlp, "Italy warned against an attack on Libya.")


def test_the_one_warned_against_an_act_might_do_it(nlp):
    rows = read(nlp, "Italy warned Egypt against attacking Libya.")
    assert ("Egypt", "attack", "Libya", None, False, "hypothetical") in rows, rows
    assert not any(row[0] == "Italy" and row[2] == "Libya" for row in rows), rows


# "Iran nearly attacked Israel": a near miss did not happen; "on the verge of attacking", "Had Israel attacked
# Iran, ...": not done (each had read as an asserted attack)
def test_a_near_miss_is_denied(nlp):
    check_exact(nlp, "Iran nearly attacked Israel.", {("Iran", "attack", "Israel", None, True, A)})


def test_nearly_on_a_number_is_no_near_miss(nlp):
    check(nlp, "Israel attacked Iran, killing nearly 50 people.", {("Israel", "attack", "Iran", None, False, A)})


def test_an_act_on_the_verge_is_hypothetical(nlp):
    check_exact(nlp, "Israel is on the verge of attacking Iran.", {("Israel", "attack", "Iran", None, False, H)})


def test_an_inverted_condition_is_hypothetical(nlp):
    rows = read(nlp, "Had Israel attacked Iran, the war would have spread.")
    assert ("Israel", "attack", "Iran", None, False, H) in rows, rows
    assert not any(row[5] == A for row in rows), rows


# "not only" adds, it does not deny (these had read as denied attacks)
@pytest.mark.parametrize(
    "text",
    ["Iran did not only attack Israel, it also attacked Syria.", "Not only did Iran attack Israel, it attacked Syria."],
)
def test_not_only_is_no_denial(nlp, text):
    rows = read(nlp, text)
    assert ("Iran", "attack", "Israel", None, False, A) in rows, rows
    assert not any(row[4] for row in rows), rows


# "Iran attacked not Israel but Saudi Arabia": the object set apart is denied
def test_not_x_but_y(nlp):
    expected = {("Iran", "attack", "Israel", None, True, A), ("Iran", "attack", "Saudi Arabia", None, False, A)}
    check_exact(nlp, "Iran attacked not Israel but Saudi Arabia.", expected)


# "Instead of attacking Israel, Iran attacked Syria": the act set aside is no one's (it had read Syria attacking Israel)
def test_an_act_set_aside_by_a_fronted_instead(nlp):
    check_exact(nlp, "Instead of attacking Israel, Iran attacked Syria.", {("Iran", "attack", "Syria", None, False, A)})


# "is incapable of", "lacks the means to", "It is impossible for Iran to": the act is ruled out
@pytest.mark.parametrize(
    "text",
    [
        "Iran is incapable of attacking Israel.",
        "Iran lacks the means to attack Israel.",
        "It is impossible for Iran to attack Israel.",
    ],
)
def test_an_act_ruled_out_by_inability_is_denied(nlp, text):
    check_exact(nlp, text, {("Iran", "attack", "Israel", None, True, A)})


# "is capable of attacking", "is able to attack": what could happen; "was able to attack": what did
def test_an_ability_is_hypothetical(nlp):
    check_exact(nlp, "Iran is capable of attacking Israel.", {("Iran", "attack", "Israel", None, False, H)})
    check_exact(nlp, "Iran is able to attack Israel.", {("Iran", "attack", "Israel", None, False, H)})


def test_an_ability_used_is_asserted(nlp):
    check_exact(nlp, "Iran was able to attack Israel.", {("Iran", "attack", "Israel", None, False, A)})


# "Russia's invasion of Ukraine never happened", "the talks did not take place": an act that did not occur
# (these had read as asserted)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's invasion of Ukraine never happened.", ("Russia", "attack", "Ukraine", None, True, A)),
        ("Iran's attack on Israel did not take place.", ("Iran", "attack", "Israel", None, True, A)),
        ("The talks between Iran and Israel never took place.", ("Iran", "communicate", "Israel", None, True, A)),
    ],
)
def test_an_act_that_never_happened_is_denied(nlp, text, expected):
    check_exact(nlp, text, {expected})


def test_an_act_that_took_place_is_asserted(nlp):
    check_exact(nlp, "Iran's attack on Israel took place on Monday.", {("Iran", "attack", "Israel", None, False, A)})


# "Claims that Iran attacked Israel are false": a report found false denies what it says
@pytest.mark.parametrize(
    "text", ["Claims that Iran attacked Israel are false.", "Reports that Iran attacked Israel were untrue."]
)
def test_a_report_found_false_denies_its_act(nlp, text):
    check_exact(nlp, text, {("Iran", "attack", "Israel", None, True, A)})


def test_a_report_not_found_false_asserts_nothing_denied(nlp):
    rows = read(nlp, "Claims that Iran attacked Israel are not false.")
    assert not any(row[4] for row in rows), rows


# "There is little chance that Iran will attack Israel": a clause of a chance or a fear is hypothetical
def test_a_chance_of_an_act_is_hypothetical(nlp):
    text = "There is little chance that Iran will attack Israel."
    check_exact(nlp, text, {("Iran", "attack", "Israel", None, False, H)})


# "Iran wants to avoid a war with Israel": an act avoided is no act (it had read as an intended war)
def test_a_war_avoided_is_no_war(nlp):
    assert not read(nlp, "Iran wants to avoid a war with Israel.")


# "threatened America's allies", "the allies of the United States": the allies, not America
@pytest.mark.parametrize(
    "text", ["Iran threatened America's allies.", "Iran threatened the allies of the United States."]
)
def test_an_actors_allies_are_not_the_actor(nlp, text):
    rows = read(nlp, text)
    assert not any(row[2] == "United States" for row in rows), rows


def test_named_allies_are_themselves(nlp):
    rows = read(nlp, "Iran threatened US allies such as Israel.")
    assert ("Iran", "threaten", "Israel", None, False, A) in rows, rows


# "Hamas leader Ismail Haniyeh said: 'We ...'": the gazetteer's Hamas and Hezbollah leaders speak for their groups
def test_a_group_leaders_we_is_the_group(nlp):
    text = 'Hamas leader Ismail Haniyeh said: "We will never recognise Israel."'
    check_exact(nlp, text, {("Hamas", "cooperate", "Israel", None, True, A)})


# "India and Pakistan have been trading tit-for-tat diplomatic sanctions": each sanctions the other
def test_trading_sanctions_is_mutual(nlp):
    text = "India and Pakistan have been trading tit-for-tat diplomatic sanctions."
    check_exact(nlp, text, {("India", "reduce", "Pakistan", None, False, A)})


# "the EU's diplomatic links with the Jewish state", "a group with links to al-Qaeda": links are ties
def test_links_are_ties(nlp):
    eu = {("European Union", "cooperate", "Israel", None, False, A)}
    check_exact(nlp, "The EU's diplomatic links with Israel are strong.", eu)
    ansar = {("Ansar al-Islam", "cooperate", "al-Qaeda", None, False, A)}
    check_exact(nlp, "Ansar al-Islam is a group with links to al-Qaeda.", ansar)


# "Bush linked (tied) a Kashmiri group to the attack on the Indian Parliament": a charge, not a tie to anyone
# ("tied" had read Bush cooperating with the group and with India)
@pytest.mark.parametrize("verb", ["linked", "tied"])
def test_tying_an_actor_to_an_act_charges_it(nlp, verb):
    text = f"George Bush {verb} Lashkar-e-Taiba to the attack on the Indian Parliament."
    expected = {
        ("George W. Bush", "criticise", "Lashkar-e-Taiba", None, False, A),
        ("Lashkar-e-Taiba", "attack", "India", None, False, A),
    }
    check_exact(nlp, text, expected)


# "Pakistan denied links with the Taliban", "Iran denied holding talks with the US": the denier's tie, denied
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan denied links with the Taliban.", ("Pakistan", "cooperate", "Taliban", None, True, A)),
        ("Iran denied holding talks with the US.", ("Iran", "communicate", "United States", None, True, A)),
        ("Iran denied attacks on Israel.", ("Iran", "attack", "Israel", None, True, A)),
    ],
)
def test_a_tie_or_act_denied_is_the_deniers(nlp, text, expected):
    check_exact(nlp, text, {expected})


def test_denying_anothers_act_is_no_denial_of_ones_own(nlp):
    rows = read(nlp, "Israel denied Hamas's attacks on Gaza.")
    assert not any(row[0] == "Israel" and row[1] == "attack" for row in rows), rows


def test_access_denied_is_refused_not_denied_by_its_doer(nlp):
    rows = read(nlp, "Russia denied access to Ukrainian journalists.")
    assert not any(row[4] for row in rows), rows


# "Sharon returned from a visit to the United States", "Zinni left for talks with Arafat": the traveller's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ariel Sharon returned from a visit to the United States.", ("Ariel Sharon", "communicate", "United States")),
        ("Anthony Zinni left for talks with Yasser Arafat.", ("Anthony Zinni", "communicate", "Yasser Arafat")),
    ],
)
def test_a_journeys_visit_or_talks_are_the_travellers(nlp, text, expected):
    check_exact(nlp, text, {(*expected, None, False, A)})


# "Israel blamed the attack on its embassy on Iran": the one an act is blamed on is charged with it
def test_an_act_blamed_on_an_actor(nlp):
    expected = {
        ("Israel", "criticise", "Iran", None, False, A),
        ("Iran", "attack", "Israel", None, False, A),
    }
    check_exact(nlp, "Israel blamed the attack on its embassy on Iran.", expected)


def test_an_act_not_blamed_on_an_actor(nlp):
    text = "Israel did not blame the attack on its embassy on Iran."
    check_exact(nlp, text, {("Israel", "criticise", "Iran", None, True, A)})


def test_an_attack_on_a_country_blamed_on_no_one_is_ambiguous(nlp):
    # "blamed the attack on Iran": the attack on Iran, or Iran blamed; kg leaves the edge out
    assert not any(row[1] == "attack" for row in read(nlp, "Israel blamed the attack on Iran."))


# "Iran was behind the attack, Israel said", "said the attack was carried out by Hamas militants": naming the doer
# of an act whose target the article does not give still charges it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran was behind the attack, Israel said.", ("Israel", "criticise", "Iran", None, False, A)),
        (
            "An Israeli spokesman said the attack was carried out by Hamas militants.",
            ("Israel", "criticise", "Hamas", None, False, A),
        ),
    ],
)
def test_naming_the_doer_of_an_act_charges_it(nlp, text, expected):
    check_exact(nlp, text, {expected})


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it was behind the attack.",
        "Hamas said it carried out the attack.",
        "Israel said Iran was not behind the attack.",
    ],
)
def test_no_charge_for_ones_own_or_a_denied_act(nlp, text):
    assert not any(row[1] == "criticise" for row in read(nlp, text))


# "accused Lashkar-e-Taiba of carrying out the attack at the behest of Pakistani military intelligence": the one
# the act was done for is charged too; "on the orders of Pakistan" is no act of its own
def test_the_sponsor_of_a_charged_act_is_charged(nlp):
    text = "India accused Lashkar-e-Taiba of attacking India on the orders of Pakistan."
    expected = {
        ("India", "criticise", "Lashkar-e-Taiba", None, False, A),
        ("Lashkar-e-Taiba", "attack", "India", None, False, A),
        ("India", "criticise", "Pakistan", None, False, A),
    }
    check_exact(nlp, text, expected)


# "expressed strong opposition to the US arms sale to Taiwan": a judgement of an act aims at its doer
def test_opposition_to_an_act_aims_at_its_doer(nlp):
    rows = read(nlp, "China expressed strong opposition to the US arms sale to Taiwan.")
    assert ("China", "reject", "United States", None, False, A) in rows, rows
    assert not any(row[0] == "China" and row[2] == "Taiwan" for row in rows), rows


# "Iran stood by Syria", "stood behind South Korea", "broke with the US": verb and preposition idioms
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran stood by Syria.", ("Iran", "support", "Syria", None, False, A)),
        ("Japan stood behind South Korea.", ("Japan", "support", "South Korea", None, False, A)),
        ("Britain broke with the United States.", ("United Kingdom", "reduce", "United States", None, False, A)),
        ("Iran will not stand by Russia.", ("Iran", "support", "Russia", None, True, A)),
    ],
)
def test_standing_by_and_breaking_with(nlp, text, expected):
    check_exact(nlp, text, {expected})


def test_a_passive_by_is_still_the_agent(nlp):
    check_exact(nlp, "Syria was backed by Iran.", {("Iran", "support", "Syria", None, False, A)})


# "India sent relief to Turkey", "sent food and medicine to Afghanistan": aid sent supports (it had read as talk)
@pytest.mark.parametrize("text", ["India sent relief to Turkey.", "India sent food and medicine to Turkey."])
def test_relief_sent_is_support(nlp, text):
    check_exact(nlp, text, {("India", "support", "Turkey", None, False, A)})


# "the failure of talks between Iran and the US": the talks were held and failed ("a lack of cooperation" and
# "Iran's failure to cooperate" stay denied)
def test_talks_that_failed_were_held(nlp):
    text = "The failure of talks between Iran and the US was expected."
    check_exact(nlp, text, {("Iran", "communicate", "United States", None, False, A)})


def test_a_failure_to_act_is_still_denied(nlp):
    text = "Iran's failure to cooperate with the IAEA angered the US."
    assert ("Iran", "cooperate", "IAEA", None, True, A) in read(nlp, text)


# "Iran rejected talks with the US", "refused talks with the US": a tie refused is denied
@pytest.mark.parametrize("verb", ["rejected", "refused", "has rejected any"])
def test_talks_refused_are_denied(nlp, verb):
    check_exact(nlp, f"Iran {verb} talks with the US.", {("Iran", "communicate", "United States", None, True, A)})


def test_attacks_rejected_are_not_the_rejecters(nlp):
    rows = read(nlp, "Iran rejected attacks on Syria.")
    assert not any(row[0] == "Iran" and row[1] == "attack" for row in rows), rows


# "Iran agreed to talks with the US", "is open to talks", "is ready for talks": a tie agreed to is meant
# (being open to talks pledges them, an intent expressed: CAMEO 03)
@pytest.mark.parametrize(
    "text,cls", [("Iran agreed to talks with the US.", "communicate"), ("Iran is open to talks with the US.", "intend")]
)
def test_talks_agreed_to_are_intended(nlp, text, cls):
    check_exact(nlp, text, {("Iran", cls, "United States", None, False, "intended")})
