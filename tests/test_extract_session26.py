"""Issue 3: constructions kg missed or read wrongly (session 26).

The sentences were written by kg developers for these tests, from short wire-style articles of their own (Congo and
Rwanda, Ethiopia and Somaliland, Turkey and the PKK, Myanmar and ASEAN, Kenya and Haiti, Saudi Arabia and the
Houthis, Moldova and Russia, US chip curbs on China, and about forty more) and from batteries of news sentences
written to find constructions kg did not read. A few are taken from articles of the read gold sets, where a change
was seen to alter a reading (the Lee corpus texts `bg_085` and `bg_093` of tests/gold/lee, the unlabelled Lee texts
`bg_080` and `bg_230`, the corpus article on the 2019 drone attacks on Saudi oil facilities, the seed's "...,
Earnest said. We have also discussed ..."); none from Lee test4."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read

H = "hypothetical"
I = "intended"  # noqa: E741


# "China's Commerce Ministry": a ministry named by its portfolio is its government's
def test_a_ministry_named_by_its_portfolio_is_its_country(nlp):
    check(nlp, "China's Commerce Ministry criticised the United States.", {
        ("China", "criticise", "United States", None, False, A),
    })


# "her pro-Western government": a stance, not an owner
def test_a_pro_stance_names_no_owner(nlp):
    text = "Moldovan President Maia Sandu has accused Russia of plotting a coup to topple her pro-Western government."
    rows = read(nlp, text)
    assert not any(row[2] == "the West" for row in rows), rows
    check(nlp, text, {("Russia", "coerce", "Maia Sandu", None, False, I)})


# "authorised Kenya to lead a police force": the one authorised acts, and the act is allowed, not done
PERMISSION = [
    (
        "The U.N. Security Council on Monday authorised Kenya to lead a multinational police force to help Haiti "
        "fight violent gangs.",
        {("Kenya", "support", "Haiti", None, False, H), ("UN Security Council", "support", "Kenya", None, False, A)},
    ),
    ("Congress authorized Bush to use force against Iraq.", {("George W. Bush", "attack", "Iraq", None, False, H)}),
    (
        "The UN mandated the African Union to protect Somalia.",
        {("African Union", "support", "Somalia", None, False, H)},
    ),
]


@pytest.mark.parametrize("text,expected", PERMISSION)
def test_the_one_authorised_acts_hypothetically(nlp, text, expected):
    rows = read(nlp, text)
    check(nlp, text, expected)
    assert not any(row[0] in ("UN Security Council", "United States", "United Nations") and row[4] == H for row in rows)


# "sent officers, and the Bahamas, Jamaica and Barbuda have pledged ...": the parser hangs the next clause's subjects
# on the first clause's object; each of them is the next clause's subject
def test_a_run_of_subjects_hung_on_an_object_is_the_next_clauses(nlp):
    text = (
        "Kenya has offered to send 1,000 police officers, and the Bahamas, Jamaica and Antigua and Barbuda have also "
        "pledged to send troops to Haiti."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Kenya" and row[2] in ("Bahamas", "Jamaica") for row in rows), rows
    check(nlp, text, {
        ("Bahamas", "intend", "Haiti", None, False, I),
        ("Jamaica", "intend", "Haiti", None, False, I),
        ("Antigua and Barbuda", "intend", "Haiti", None, False, I),
    })


# ", a move (that) Somalia condemned": the move is its doer's, not the last noun's before it
SUMMARISED_MOVES = [
    "Ethiopia signed a deal with Somaliland, a move that Somalia condemned.",
    "Ethiopia signed a deal with Somaliland, a move Somalia condemned.",
    "Ethiopia signed a deal with Somaliland, a move Somalia called an act of aggression.",
]


@pytest.mark.parametrize("text", SUMMARISED_MOVES)
def test_a_summed_up_move_is_its_doers(nlp, text):
    rows = read(nlp, text)
    check(nlp, text, {("Somalia", "criticise", "Ethiopia", None, False, A)})
    assert not any(row[0] == "Somalia" and row[2] == "Somaliland" for row in rows), rows


# "called Ethiopia's move an act of aggression", "called the US sanctions an act of bullying": a verdict of hostility
VERDICTS = [
    ("Somalia called Ethiopia's move an act of aggression.", ("Somalia", "criticise", "Ethiopia")),
    ("Somalia called the Ethiopian deal an act of aggression.", ("Somalia", "criticise", "Ethiopia")),
    ("China called the US sanctions an act of bullying.", ("China", "criticise", "United States")),
]


@pytest.mark.parametrize("text,expected", VERDICTS)
def test_a_verdict_of_hostility_criticises_the_doer(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


# "summoned the Turkish charge d'affaires": a diplomat stands for his country
def test_a_charge_daffaires_is_his_country(nlp):
    text = "Iraq summoned the Turkish charge d'affaires in Baghdad."
    check(nlp, text, {("Iraq", "criticise", "Turkey", None, False, A)})


# "the two neighbours": the pair of the article's conflict; "Oman, which has acted as a go-between for the two sides":
# the sides talk through the go-between a relative clause names
PAIRS = [
    (
        "Congo accused Rwanda of backing the rebels. Angola had mediated between the two neighbours.",
        {("Angola", "cooperate", "Rwanda", None, False, A)},
    ),
    (
        "A delegation of the Houthis held talks with Saudi officials in Riyadh. Oman, which has acted as a go-between "
        "for the two sides, helped arrange the visit.",
        {("Houthis", "communicate", "Saudi Arabia", "Oman", False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", PAIRS)
def test_the_two_neighbours_and_the_two_sides(nlp, text, expected):
    check(nlp, text, expected)


# "waged an insurgency against the Turkish state": an armed rising fights the state; "the Turkish state" is Turkey
INSURGENCY = [
    ("The PKK has waged an insurgency against the Turkish state since 1984.", ("PKK", "fight", "Turkey")),
    ("The Taliban insurgency against the Afghan government continued.", ("Taliban", "fight", "Afghanistan")),
]


@pytest.mark.parametrize("text,expected", INSURGENCY)
def test_an_insurgency_fights_the_state(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


# "supporting the government against the Houthi rebellion": a rising's other side is its own state, not the article's
# main foe
def test_a_rising_takes_no_counterpart_from_the_main_conflict(nlp):
    text = (
        "Houthi drones attacked Saudi Aramco's oil facilities. The Houthis said they attacked Saudi Aramco again. In "
        "2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi against the Houthi rebellion."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Houthis" and row[1] == "fight" for row in rows), rows


# "is designated a terrorist group by Turkey": the agent hung on the name given
def test_a_designation_agent_hung_on_the_name(nlp):
    text = "The PKK is designated a terrorist group by Turkey, the United States and the European Union."
    check(nlp, text, {
        ("Turkey", "reduce", "PKK", None, False, A),
        ("United States", "reduce", "PKK", None, False, A),
        ("European Union", "reduce", "PKK", None, False, A),
    })


# "tightened restrictions on exports of chips to China", "agreed to limit its exports to China"; and "criticised the
# move" after such a measure
MEASURES = [
    ("The US tightened restrictions on exports of advanced chips to China.", ("United States", "reduce", "China", A)),
    ("Japan agreed to limit its exports to China.", ("Japan", "reduce", "China", I)),
    (
        "The US tightened restrictions on chip exports to China. China's commerce ministry criticised the move.",
        ("China", "criticise", "United States", A),
    ),
]


@pytest.mark.parametrize("text,expected", MEASURES)
def test_tightened_measures_and_limited_exports(nlp, text, expected):
    subject, relation_class, obj, modality = expected
    check(nlp, text, {(subject, relation_class, obj, None, False, modality)})


# "European nations", "Southeast Asian leaders": a region's states as one group; not "Australia's east Asian trading
# partners" nor "European tourists"
REGIONS = [
    ("European countries condemned Israel.", ("Europe", "criticise", "Israel")),
    ("Southeast Asian leaders criticised Myanmar.", ("Southeast Asia", "criticise", "Myanmar")),
    ("Arab states condemned Israel.", ("the Arab states", "criticise", "Israel")),
]


@pytest.mark.parametrize("text,expected", REGIONS)
def test_a_regions_states_are_one_group(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


def test_an_owners_regional_partners_are_no_group(nlp):
    rows = read(nlp, "Australia's Asian partners criticised Japan.")
    assert not any("Asia" in row[0] or "Asia" in row[2] for row in rows), rows
    rows = read(nlp, "Contractions hit a number of east Asian trading partners, which criticised Japan.")
    assert not any("Asia" in row[0] or "Asia" in row[2] for row in rows), rows
    rows = read(nlp, "Five European tourists criticised the Taliban.")
    assert not any(row[0] == "Europe" for row in rows), rows


# "thanked the emir of Qatar and Egyptian President al-Sisi": the parser coordinates the person with the country
# after the title's "of"; he is thanked too
def test_a_person_stranded_after_a_titles_of_is_an_object(nlp):
    text = "Biden thanked the emir of Qatar and Egyptian President Abdel Fattah al-Sisi for their help."
    check(nlp, text, {
        ("Joe Biden", "cooperate", "Qatar", None, False, A),
        ("Joe Biden", "cooperate", "Abdel Fattah el-Sisi", None, False, A),
    })


# "held three days of negotiations", "weeks of talks": a span of an act stands for the act
SPANS = [
    (
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held three days of "
        "negotiations outside the capital.",
        ("Ararat Mirzoyan", "communicate", "Jeyhun Bayramov"),
    ),
    ("Israel and Hamas held weeks of talks in Cairo.", ("Israel", "communicate", "Hamas")),
    ("Russia launched months of attacks on Ukraine.", ("Russia", "attack", "Ukraine")),
]


@pytest.mark.parametrize("text,expected", SPANS)
def test_a_span_of_an_act_is_the_act(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


# "called the allegations preposterous": a verdict of falsity on a charge rejects the accuser; on proceedings it
# still criticises (tests/test_extract_authors.py)
def test_a_verdict_of_falsity_on_a_charge_rejects(nlp):
    text = "Canada accused India of plotting the killing. India called the allegations preposterous."
    rows = read(nlp, text)
    assert ("India", "reject", "Canada", None, False, A) in rows, rows
    assert ("India", "criticise", "Canada", None, False, A) not in rows, rows


# "withdrew its high commissioner from Ottawa": withdrawing a diplomat cuts ties
WITHDRAWALS = [
    ("India withdrew its high commissioner from Ottawa.", ("India", "reduce", "Canada")),
    ("India withdrew its ambassador from Canada.", ("India", "reduce", "Canada")),
]


@pytest.mark.parametrize("text,expected", WITHDRAWALS)
def test_a_diplomat_withdrawn_cuts_ties(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


# "for talks in Washington ..., pressing them to conclude a peace deal": "them" is not the place of the talks
def test_them_is_no_place_where_something_happens(nlp):
    text = (
        "Blinken hosted the foreign ministers of Armenia and Azerbaijan for talks in Washington on Thursday, pressing "
        "them to conclude a peace deal."
    )
    check(nlp, text, {
        ("Antony Blinken", "appeal", "Armenia", None, False, A),
        ("Antony Blinken", "appeal", "Azerbaijan", None, False, A),
    })


# "hit an oil refinery in Russia's Krasnodar region", "attacked targets in Ukraine's Kharkiv region": a struck work in
# a region is in the region's country
STRUCK_WORKS = [
    ("Ukraine hit an oil refinery in Russia's Krasnodar region with drones.", ("Ukraine", "attack", "Russia")),
    ("Ukraine hit an oil refinery in Russia.", ("Ukraine", "attack", "Russia")),
    ("Russia attacked targets in Ukraine's Kharkiv region.", ("Russia", "attack", "Ukraine")),
]


@pytest.mark.parametrize("text,expected", STRUCK_WORKS)
def test_a_work_struck_in_a_region_is_its_countrys(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


# "shot down drones launched by Russia": the drones are the launcher's
def test_drones_launched_by_a_side_are_its(nlp):
    text = "Ukraine's air force said it had shot down 24 of 31 drones launched by Russia overnight."
    check(nlp, text, {("Ukraine", "attack", "Russia", None, False, A)})


# "condemned the joint drills by Seoul and Washington": the "by" the parser hangs on the verb names the drills' holders
def test_drills_by_sides_judged_are_theirs(nlp):
    text = "Iran condemned the joint drills by Seoul and Washington."
    check(nlp, text, {
        ("Iran", "criticise", "South Korea", None, False, A),
        ("Iran", "criticise", "United States", None, False, A),
    })


# "warned of military action against South Korea": a threat against the act's target
WARNINGS = [
    "North Korea warned of retaliation against South Korea.",
    "North Korea warned of military action against South Korea.",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_warning_of_an_act_against_a_side_threatens_it(nlp, text):
    check(nlp, text, {("North Korea", "threaten", "South Korea", None, False, A)})


# "extradited a former commander to Bosnia ... welcomed the move", "recognised ... condemned the move": the move is the
# last measure's
MOVES = [
    (
        "Serbia extradited a former commander to Bosnia. The European Union welcomed the move.",
        ("European Union", "cooperate", "Serbia"),
    ),
    (
        "Russia recognised the independence of Abkhazia. Georgia condemned the move.",
        ("Georgia", "criticise", "Russia"),
    ),
]


@pytest.mark.parametrize("text,expected", MOVES)
def test_the_move_is_the_last_measures(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


# "a meeting of various Palestinian factions ... Hamas had informed them": "them" is the factions, not the nation
# their adjective names nor an actor named before; "Palestinian gunmen who opened fire on them" stays the others
def test_them_after_a_nations_plural_people_is_those_people(nlp):
    text = (
        "An official from Palestinian leader Yasser Arafat's Fatah movement also said there had been a meeting of "
        "various Palestinian factions in the West Bank on Wednesday and that Hamas had informed them they were "
        "halting their operations."
    )
    rows = read(nlp, text)
    assert ("Hamas", "communicate", "Palestinian factions", None, False, A) in rows, rows
    assert not any(row[2] == "Fatah" for row in rows), rows
    check(nlp, "Israeli forces chased Palestinian gunmen who opened fire on them.", {
        ("Palestinian gunmen", "attack", "Israel", None, False, A),
    })


# "talks brokered by Caribbean leaders and Brazil": leaders of a place kg does not name are not the people named
# before (the Caribbean is a region's group now)
def test_leaders_of_an_unnamed_place_are_not_the_people_named(nlp):
    text = (
        "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali met in St Vincent and the Grenadines in "
        "talks brokered by Caribbean leaders and Brazil."
    )
    rows = read(nlp, text)
    assert any(row[0] == "Nicolás Maduro" and row[2] == "Irfaan Ali" and row[1] == "communicate" for row in rows), rows
    assert not any(row[3] in ("Nicolás Maduro", "Irfaan Ali") for row in rows), rows


# "The group's leaders", "the bloc's foreign ministers": office holders of a side a description names stand for it
DESCRIBED_OWNERS = [
    (
        "Hamas attacked Israel. The group's leaders rejected talks with Israel.",
        ("Hamas", "communicate", "Israel", True),
    ),
    (
        "The EU criticised Iran. The bloc's foreign ministers agreed to impose sanctions on Iran.",
        ("European Union", "reduce", "Iran", False),
    ),
]


@pytest.mark.parametrize("text,expected", DESCRIBED_OWNERS)
def test_office_holders_of_a_described_side_stand_for_it(nlp, text, expected):
    subject, relation_class, obj, negated = expected
    rows = read(nlp, text)
    assert any(row[:3] == (subject, relation_class, obj) and row[4] == negated for row in rows), rows


# "has given France's ambassador 48 hours to leave": an ultimatum, the parser making the hours the envoy's apposition
def test_hours_given_to_an_envoy_are_an_ultimatum(nlp):
    text = "Niger's military junta has given France's ambassador 48 hours to leave the country."
    check(nlp, text, {("Niger", "threaten", "France", None, False, A)})


# "does not recognise the court's jurisdiction": "the court" names the court named before, also as a possessor
def test_the_courts_jurisdiction_is_the_courts(nlp):
    text = (
        "Guyana asked the International Court of Justice to rule on the dispute, but Venezuela does not recognise the "
        "court's jurisdiction."
    )
    check(nlp, text, {("Venezuela", "cooperate", "International Court of Justice", None, True, A)})


# "accused each other", "agreed not to use force against each other": each subject acts on the other
RECIPROCAL_OBJECTS = [
    (
        "India and Pakistan accused each other of violating the ceasefire.",
        {("India", "criticise", "Pakistan", None, False, A), ("Pakistan", "criticise", "India", None, False, A)},
    ),
    (
        "Israel and Hamas blamed each other for the collapse of the talks.",
        {("Israel", "criticise", "Hamas", None, False, A), ("Hamas", "criticise", "Israel", None, False, A)},
    ),
    (
        "Venezuela and Guyana agreed not to use force against each other.",
        {("Venezuela", "attack", "Guyana", None, True, I), ("Guyana", "attack", "Venezuela", None, True, I)},
    ),
]


@pytest.mark.parametrize("text,expected", RECIPROCAL_OBJECTS)
def test_each_other_is_each_subjects_other(nlp, text, expected):
    check(nlp, text, expected)


# "the U.S. Navy's 5th Fleet": a numbered unit of a state's forces is that state
def test_a_numbered_unit_is_its_states(nlp):
    text = (
        "Iran's navy seized an oil tanker. The U.S. Navy's 5th Fleet said the seizure was a violation of international "
        "law."
    )
    check(nlp, text, {("United States", "reject", "Iran", None, False, A)})


# "Poland will build a fence along its border with Belarus ..., the government said": the government reporting what a
# state will do is that state's
def test_the_government_reporting_a_states_act_is_that_state(nlp):
    text = (
        "Poland will build a fence along its border with Belarus to stop migrants crossing illegally, the government "
        "said on Friday, accusing Minsk of orchestrating the influx to destabilise the European Union."
    )
    check(nlp, text, {("Poland", "criticise", "Belarus", None, False, A)})


# "the RSF" is Sudan's Rapid Support Forces; Reporters Without Borders is named in full (or defines its initials)
def test_the_rsf_are_the_rapid_support_forces(nlp):
    check(nlp, "Sudan's army accused the UAE of arming the RSF. The RSF has been fighting the army since April 2023.", {
        ("United Arab Emirates", "support", "Rapid Support Forces", None, False, A),
        ("Rapid Support Forces", "fight", "Sudan", None, False, A),
    })
    check(nlp, "Reporters Without Borders (RSF) condemned Russia.", {
        ("Reporters Without Borders", "criticise", "Russia", None, False, A),
    })


# "Zelenskiy, who thanked him": an object pronoun in a relative clause is not the one the clause describes
def test_an_object_pronoun_in_a_relative_clause_is_not_its_antecedent(nlp):
    text = "Erdogan also spoke with Ukrainian President Volodymyr Zelenskiy, who thanked him for his support."
    check(nlp, text, {("Volodymyr Zelensky", "cooperate", "Recep Tayyip Erdoğan", None, False, A)})


# "... visited the Yasukuni Shrine. South Korea expressed regret over the visit": the visit referred back is its
# visitor's
def test_the_visit_referred_back_is_the_visitors(nlp):
    text = (
        "A Japanese cabinet minister visited the Yasukuni Shrine. South Korea expressed deep disappointment and regret "
        "over the visit."
    )
    check(nlp, text, {("South Korea", "criticise", "Japan", None, False, A)})


# "the Revolutionary Socialist Front (RSF) ... the RSF": initials the article gives in brackets are its own actor's,
# before the gazetteer's entry for them (the Rapid Support Forces) when that entry's names do not spell out the full
# name (since session 33, "the National Liberation Army (ELN)" is the gazetteer's ELN, whose names do)
def test_initials_in_brackets_name_the_articles_actor(nlp):
    text = (
        "Colombia suspended peace talks with the Revolutionary Socialist Front (RSF). Cuba urged the RSF to return to "
        "the negotiating table."
    )
    rows = read(nlp, text)
    assert ("Cuba", "appeal", "Revolutionary Socialist Front", None, False, A) in rows, rows
    assert not any(row[2] == "Rapid Support Forces" for row in rows), rows


# "after the rebel group killed nine soldiers": a group's noun with a common noun of its kind still refers back
def test_the_rebel_group_refers_back(nlp):
    text = (
        "Colombia suspended peace talks with the National Liberation Army (ELN) after the rebel group killed nine "
        "soldiers in an attack on a military base. President Gustavo Petro called the attack a war crime."
    )
    check(nlp, text, {("Gustavo Petro", "criticise", "ELN", None, False, A)})


# "have grown closer to Russia": drawing nearer to a side, the parser hanging "to" on the comparative
def test_growing_closer_to_a_side_is_cooperation(nlp):
    check(nlp, "Mali has grown closer to Russia.", {("Mali", "cooperate", "Russia", None, False, A)})


# "Hamas has demanded a ceasefire, which Israel has rejected": answering what a side demanded answers the side
PROPOSALS = [
    ("Hamas has demanded a ceasefire, which Israel has rejected.", ("Israel", "reject", "Hamas")),
    (
        "Israel and Hamas are fighting in Gaza. Hamas has demanded a permanent end to the war, which Israel has "
        "rejected.",
        ("Israel", "reject", "Hamas"),
    ),
    ("Egypt called for a ceasefire, which Israel rejected.", ("Israel", "reject", "Egypt")),
    ("Iran offered talks, which the US welcomed.", ("United States", "cooperate", "Iran")),
]


@pytest.mark.parametrize("text,expected", PROPOSALS)
def test_answering_a_proposal_answers_its_maker(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


# "hosted delegations from Israel and Hamas", "a delegation from Hamas met Egyptian officials": a delegation is of
# the side it comes from
def test_a_delegation_is_of_the_side_it_comes_from(nlp):
    check(nlp, "Egypt hosted delegations from Israel and Hamas on Sunday for indirect talks on a ceasefire in Gaza.", {
        ("Egypt", "communicate", "Israel", None, False, A),
        ("Egypt", "communicate", "Hamas", None, False, A),
    })
    check(nlp, "A delegation from Hamas met Egyptian officials.", {("Hamas", "communicate", "Egypt", None, False, A)})


# "said they were leaving the West African bloc ECOWAS, accusing it of ...": the participle's subject is the clause's,
# so "it" is not the one accusing
def test_a_participles_object_pronoun_is_not_the_clauses_subject(nlp):
    text = (
        "The military governments of Burkina Faso, Mali and Niger said on Sunday they were leaving the West African "
        "bloc ECOWAS, accusing it of imposing inhumane sanctions and failing to help them fight jihadists."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Burkina Faso" and row[2] in ("Mali", "Niger") for row in rows), rows


# "helped Ukraine defeat Russia": the one helped does the act
def test_the_one_helped_does_the_act(nlp):
    check(nlp, "The US helped Ukraine defeat Russia.", {
        ("Ukraine", "fight", "Russia", None, False, A),
        ("United States", "support", "Ukraine", None, False, A),
    })
    rows = read(nlp, "The US helped Ukraine defeat Russia.")
    assert not any(row[0] == "United States" and row[2] == "Russia" for row in rows), rows


# "Islamist parties in Pakistan have condemned the government for siding with Washington": parties in a country are
# not the country, and "the government" is not the party its own sentence's verb acts with
def test_parties_in_a_country_and_the_government_siding_with_another(nlp):
    rows = read(nlp, "Islamist parties in Pakistan have condemned the government for siding with Washington.")
    assert not any(row[0] == "Pakistan" or row[2] == "United States" for row in rows), rows
    check(nlp, "The Police Federation and unions are criticising the Government's handling of security at "
               "Australia's airports.", {("Police Federation", "criticise", "Australia", None, False, A)})


# "Commodore Bainimarama" after "Frank Bainimarama": a naval rank before a surname; "summoned Zimbabwe's high
# commissioner": a Commonwealth envoy stands for his country
def test_a_commodore_and_a_high_commissioner(nlp):
    text = (
        "Fiji's military commander Frank Bainimarama has rejected demands from Australia. Commodore Bainimarama "
        "accused Canberra of interfering."
    )
    check(nlp, text, {("Frank Bainimarama", "criticise", "Australia", None, False, A)})
    text = "Britain's Foreign Office summoned Zimbabwe's high commissioner in London to explain."
    check(nlp, text, {("United Kingdom", "criticise", "Zimbabwe", None, False, A)})
    text = "Brigadier General Ahmed Hassan of Egypt criticised Israel. Brigadier Hassan said Israel must withdraw."
    check(nlp, text, {("Ahmed Hassan", "demand", "Israel", None, False, A)})


# "threatened to impose targeted sanctions if Zimbabwe does not allow observers", "warned of military action unless
# Hamas frees the hostages": a threat on a condition threatens the one the condition is on (not when the threat names
# its own target: "would not threaten Israel if the US withdrew")
CONDITIONAL_THREATS = [
    (
        "The European Union has threatened to impose targeted sanctions if Zimbabwe does not allow international "
        "observers to monitor next year's presidential election.",
        ("European Union", "threaten", "Zimbabwe"),
    ),
    ("Israel warned of military action unless Hamas frees the hostages.", ("Israel", "threaten", "Hamas")),
    ("Hamas warned that it would fire rockets if Israel attacked Gaza.", ("Hamas", "threaten", "Israel")),
]


@pytest.mark.parametrize("text,expected", CONDITIONAL_THREATS)
def test_a_conditional_threat_threatens_the_conditions_subject(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


def test_a_threat_with_its_own_target_does_not_threaten_the_condition(nlp):
    rows = read(nlp, "Iran said it would not threaten Israel if the US withdrew.")
    assert not any(row[2] == "United States" for row in rows), rows


# "Zimbabwe has been given five weeks to stop the violence or face possible suspension from the Commonwealth": the one
# given the time acts (a demand), and faces the act
def test_the_one_given_time_is_the_one_asked_to_act(nlp):
    text = (
        "Zimbabwe has been given five weeks to stop the political violence and invasions of white-owned farms or face "
        "possible suspension from the Commonwealth."
    )
    check(nlp, text, {("Commonwealth of Nations", "reduce", "Zimbabwe", None, False, H)})
    check(nlp, "Arafat was given 12 hours to arrest the militants.", {
        ("Yasser Arafat", "coerce", "militants", None, False, "requested"),
    })


# "received training from al Qaeda", "undertook training with al Qaeda": training from a state or an armed group
# supports; training taken with one is cooperation; a company's training of its staff is no act between sides
TRAINING = [
    ("David Hicks received training from al Qaeda.", ("al-Qaeda", "support", "David Hicks")),
    ("David Hicks undertook training with al Qaeda.", ("David Hicks", "cooperate", "al-Qaeda")),
]


@pytest.mark.parametrize("text,expected", TRAINING)
def test_training_from_or_with_an_armed_group(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


def test_a_companys_training_is_no_act(nlp):
    text = (
        "Both Simon Wiget and Stefan Abegglen told the court of their sorrow about the accident. Asked if they had "
        "received adequate training in weather analysis from their Adventure World supervisors, they said they had."
    )
    assert not any(row[0] == "Adventure World" for row in read(nlp, text))


# "India and Pakistan traded threats", "traded shots": what is traded gives the class, not trade
TRADED = [
    ("India and Pakistan traded threats.", ("India", "threaten", "Pakistan")),
    ("India and Pakistan traded shots across the border.", ("India", "fight", "Pakistan")),
    ("India and Pakistan traded recriminations.", ("India", "criticise", "Pakistan")),
]


@pytest.mark.parametrize("text,expected", TRADED)
def test_what_is_traded_gives_the_class(nlp, text, expected):
    rows = read(nlp, text)
    check(nlp, text, {(*expected, None, False, A)})
    assert not any(row[:3] == (expected[0], "cooperate", expected[2]) for row in rows), rows


# "India would not be cowed by terrorism and demanded that Islamabad hand over 20 suspects": a verb joined to a passive
# is done by the passive's subject; "demanded that Pakistan hand over the suspects", the bare verb tagged a noun.
# (Since session 32, "Vajpayee said India would not be cowed ... and demanded ...": the past tense "demanded" joins
# "said", not the modal passive, so Vajpayee demands, as he says.)
DEMANDS = [
    (
        "Vajpayee said India would not be cowed by terrorism and demanded that Islamabad hand over 20 suspects.",
        "Atal Bihari Vajpayee",
    ),
    ("India would not be cowed by terrorism and demanded that Islamabad hand over 20 suspects.", "India"),
    ("India demanded that Pakistan hand over the suspects.", "India"),
]


@pytest.mark.parametrize("text,demander", DEMANDS)
def test_demands_after_a_passive_and_of_a_bare_verb_tagged_a_noun(nlp, text, demander):
    check(nlp, text, {(demander, "demand", "Pakistan", None, False, A)})


# "... Tony Blair urged the two leaders to show restraint": the two people named last, apart
def test_the_two_leaders_named_apart(nlp):
    text = (
        "Indian Prime Minister Atal Behari Vajpayee said India would not be cowed. Pakistan's military ruler, General "
        "Pervez Musharraf, offered to hold talks. British Prime Minister Tony Blair urged the two leaders to show "
        "restraint."
    )
    check(nlp, text, {
        ("Tony Blair", "appeal", "Atal Bihari Vajpayee", None, False, A),
        ("Tony Blair", "appeal", "Pervez Musharraf", None, False, A),
    })


# "would consult Pacific neighbours, including New Zealand and Fiji": the neighbours named
def test_neighbours_including_named_states(nlp):
    text = "Downer said Canberra would consult Pacific neighbours, including New Zealand and Fiji."
    check(nlp, text, {
        ("Australia", "communicate", "New Zealand", None, False, I),
        ("Australia", "communicate", "Fiji", None, False, I),
    })


# "Israeli tanks surrounded Arafat's compound": a state's forces hem a side in; "Hamas members surrounded the home of
# Rantissi" guard their own
def test_surrounding_a_sides_seat(nlp):
    check(nlp, "Israeli tanks surrounded Arafat's compound.", {("Israel", "coerce", "Yasser Arafat", None, False, A)})
    text = (
        "Reports say the fight erupted in the Gaza Strip after dozens of Hamas members surrounded the home of "
        "Abdel-Aziz al-Rantissi when Palestinian police arrived to detain him."
    )
    assert not any(row[0] == "Hamas" for row in read(nlp, text))


# "Pakistan's Foreign Office spokesman": a body another country's table names is the possessor's own
def test_a_possessed_foreign_office_is_the_possessors(nlp):
    text = (
        "Pakistan's Foreign Office spokesman says the allegations are baseless and that Islamabad remains committed to "
        "dialogue. The United States has urged both countries to resolve their differences."
    )
    rows = read(nlp, text)
    assert not any("United Kingdom" in (row[0], row[2]) for row in rows), rows


# "Mr Howard says the Government has asked Norway and Indonesia ...": the government a state's office holder speaks of
# is his state's, whatever governments the article names after
def test_the_government_a_leader_speaks_of_is_his_states(nlp):
    text = (
        "The Prime Minister, John Howard, says Australia will not accept the asylum seekers rescued by the Norwegian "
        "freighter Tampa. Mr Howard says the Government has asked Norway and Indonesia to take responsibility for the "
        "433 people on board. Norway's Foreign Minister says the asylum seekers are Australia's responsibility. The "
        "Indonesian Government has also refused to take the boat people back."
    )
    check(nlp, text, {
        ("Australia", "appeal", "Norway", None, False, A),
        ("Australia", "appeal", "Indonesia", None, False, A),
    })


# "A Hamas suicide bomber killed 15 people ... Mr Arafat has condemned the bombing": the act referred back is its doers'
def test_the_bombing_referred_back_is_the_bombers(nlp):
    text = "A Hamas suicide bomber killed 15 people on a bus in Haifa. Mr Arafat has condemned the bombing."
    check(nlp, text, {("Yasser Arafat", "criticise", "Hamas", None, False, A)})
    text = "Palestinian gunmen killed two Israelis. Israel condemned the attack."
    check(nlp, text, {("Israel", "criticise", "Palestinian gunmen", None, False, A)})


# "sent militants into India", "sent mercenaries to Mali": the ones sent are no party; where they are sent is, and
# the kind sent gives the class
SENT_BANDS = [
    ("Pakistan sent militants into India.", ("Pakistan", "attack", "India")),
    ("Russia sent mercenaries to Mali.", ("Russia", "support", "Mali")),
]


@pytest.mark.parametrize("text,expected", SENT_BANDS)
def test_bands_sent_are_no_party(nlp, text, expected):
    rows = read(nlp, text)
    check(nlp, text, {(*expected, None, False, A)})
    assert not any(row[2] in ("militants", "mercenaries") for row in rows), rows


# "... rejected the resolution", "welcomed the vote": a resolution or vote referred back is the body's that passed it
RESOLUTIONS = [
    (
        "The UN Security Council has voted unanimously to impose new sanctions on North Korea. North Korea's "
        "ambassador to the UN rejected the resolution as a criminal act. Japan's Prime Minister welcomed the vote.",
        {
            ("North Korea", "reject", "UN Security Council", None, False, A),
            ("Japan", "cooperate", "UN Security Council", None, False, A),
        },
    ),
    (
        "The UN Security Council passed a resolution condemning Israel. Israel rejected the resolution.",
        {("Israel", "reject", "UN Security Council", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", RESOLUTIONS)
def test_a_resolution_referred_back_is_its_bodys(nlp, text, expected):
    check(nlp, text, expected)


# "pro-Indonesian militias": a band's name keeps its hyphen
def test_a_pro_bands_name_keeps_its_hyphen(nlp):
    check(nlp, "Indonesia has promised to disarm the pro-Indonesian militias.", {
        ("Indonesia", "threaten", "Pro-Indonesian militias", None, False, I),
    })


# "agreed to a Norwegian-brokered ceasefire with the government": "the government" is not the broker's modifier, and
# the broker is the go-between; "raising hopes for an end to the war" appeals to no one
def test_a_brokered_ceasefire_with_the_government(nlp):
    text = (
        "Sri Lanka's Tamil Tiger rebels have agreed to a Norwegian-brokered ceasefire with the government, raising "
        "hopes for an end to the country's 19-year civil war."
    )
    rows = read(nlp, text)
    assert ("Liberation Tigers of Tamil Eelam", "cooperate", "Sri Lanka", "Norway", False, A) in rows, rows
    assert not any(row[2] == "Norway" or row[1] == "appeal" for row in rows), rows


# "signed a deal with Hamas brokered by Egypt": the parser hangs the participle on the party; the broker is the
# go-between
def test_a_deal_brokered_by_a_go_between(nlp):
    text = "Israel signed a deal with Hamas brokered by Egypt."
    check(nlp, text, {("Israel", "cooperate", "Hamas", "Egypt", False, A)})


# "..., in a move welcomed by the British and Irish governments", "..., a move condemned by Somalia": a move judged by
# an agent is the clause's doers'
JUDGED_MOVES = [
    (
        "The IRA has begun decommissioning its weapons, in a move welcomed by the British and Irish governments.",
        {
            ("United Kingdom", "cooperate", "Irish Republican Army", None, False, A),
            ("Ireland", "cooperate", "Irish Republican Army", None, False, A),
        },
    ),
    (
        "The IRA has begun decommissioning its weapons, a move welcomed by Britain.",
        {("United Kingdom", "cooperate", "Irish Republican Army", None, False, A)},
    ),
    (
        "Russia recognised Abkhazia, in a move condemned by Georgia.",
        {("Georgia", "criticise", "Russia", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", JUDGED_MOVES)
def test_a_move_judged_by_an_agent_is_its_doers(nlp, text, expected):
    check(nlp, text, expected)


def test_a_judged_move_is_not_the_last_nouns(nlp):
    rows = read(nlp, "Ethiopia signed a deal with Somaliland, a move condemned by Somalia.")
    assert ("Somalia", "criticise", "Ethiopia", None, False, A) in rows, rows
    assert not any(row[0] == "Somalia" and row[2] == "Somaliland" for row in rows), rows


# "will not negotiate with the kidnappers": the band that holds the hostages, named before
def test_the_kidnappers_are_the_band_named_before(nlp):
    text = (
        "Philippine troops have rescued two American hostages held by the Abu Sayyaf group. President Gloria Arroyo "
        "says the government will not negotiate with the kidnappers."
    )
    check(nlp, text, {("Philippines", "communicate", "Abu Sayyaf", None, True, A)})


# "The Taliban are holding two Australians", "the 24 crew of the American aircraft are being held by Chinese
# authorities": holding people is holding them captive ("held talks" stays talk)
HELD_PEOPLE = [
    (
        "The 24 crew of the American aircraft are being held by Chinese authorities.",
        ("China", "coerce", "United States"),
    ),
    ("The Taliban are holding two Australians.", ("Taliban", "coerce", "Australia")),
    ("Two Australians are being held by the Taliban.", ("Taliban", "coerce", "Australia")),
]


@pytest.mark.parametrize("text,expected", HELD_PEOPLE)
def test_holding_people_holds_them_captive(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


# "ISIS has claimed responsibility for the attack. We reject any attempt by Russia ...": a claim reported is no speech
# the statement's own "we" runs on from; "..., Earnest said. We have also discussed ..." is (the seed's reading)
def test_a_statements_we_after_a_reported_claim(nlp):
    text = (
        "The Governments of Australia, Canada, New Zealand, the United Kingdom and the United States strongly condemn "
        "the terrorist attack at the Crocus City Hall in Moscow. We extend our condolences to the families of the "
        "victims. ISIS has claimed responsibility for the attack. We reject any attempt by Russia to use this tragedy "
        "to justify its war against Ukraine."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "ISIS" and row[2] == "Russia" for row in rows), rows
    for state in ("Australia", "Canada", "New Zealand", "United Kingdom", "United States"):
        assert (state, "reject", "Russia", None, False, A) in rows, rows


# a blanked date line ends with a full stop, so "Talks between ..." after it stays a noun (not a name)
def test_talks_after_a_blanked_date_line(nlp):
    text = (
        "Monday, August 19, 2023\n\nTalks between Kosovo's Prime Minister Albin Kurti and Serbian President Aleksandar "
        "Vucic in Brussels ended without agreement, the European Union's foreign policy chief Josep Borrell said."
    )
    check(nlp, text, {
        ("Albin Kurti", "communicate", "Aleksandar Vučić", None, False, A),
        ("Albin Kurti", "cooperate", "Aleksandar Vučić", None, True, A),
    })


# "has threatened both sides with consequences if they fail": a threat made on a condition is made
def test_a_threat_on_a_condition_is_made(nlp):
    text = (
        "Serbian President Aleksandar Vucic rejected Kosovo's demand for formal recognition. The EU has threatened "
        "both sides with consequences if they fail to implement an agreement reached in February."
    )
    rows = read(nlp, text)
    assert any(row[0] == "European Union" and row[1] == "threaten" and row[5] == A for row in rows), rows


# "Philippine Department of Foreign Affairs Undersecretary Theresa Lazaro": an undersecretary's title is no part of
# her name
def test_an_undersecretarys_title_is_no_part_of_the_name(nlp):
    text = (
        "Deputy Secretary of State Kurt M. Campbell met today with Philippine Department of Foreign Affairs "
        "Undersecretary Theresa Lazaro."
    )
    check(nlp, text, {("Kurt M. Campbell", "communicate", "Theresa Lazaro", None, False, A)})


# "sending tanks into Beit Hanoun ... condemned the incursion", "agreed to resume talks ... welcomed the move": the
# act referred back is its doer's
REFERRED_BACK = [
    (
        "The Israeli army responded by sending tanks into the Palestinian town of Beit Hanoun. The Palestinian "
        "Authority has condemned the incursion.",
        ("Palestine", "criticise", "Israel"),
    ),
    (
        "North Korea has agreed to resume talks with South Korea. The United States has welcomed the move.",
        ("United States", "cooperate", "North Korea"),
    ),
]


@pytest.mark.parametrize("text,expected", REFERRED_BACK)
def test_incursions_and_moves_referred_back(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})


# "sent military advisers to train Georgian troops to fight the rebels, a move criticised by Moscow": the ones trained
# fight; the move, parsed as a second object, is the sender's
def test_the_ones_trained_act_and_the_move_is_the_senders(nlp):
    text = (
        "The United States has sent military advisers to train Georgian troops to fight the rebels, a move "
        "criticised by Moscow."
    )
    rows = read(nlp, text)
    assert ("Russia", "criticise", "United States", None, False, A) in rows, rows
    assert not any(row[0] == "United States" and row[1] == "fight" for row in rows), rows


# "Israel has freed Jibril Rajoub's deputy after holding him": "him" is the deputy, whom no actor names, not Rajoub
def test_him_after_a_persons_deputy_is_the_deputy(nlp):
    text = (
        "Israel has freed the Palestinian security chief Jibril Rajoub's deputy after holding him for three days, "
        "following pressure from the United States."
    )
    rows = read(nlp, text)
    assert not any(row[2] == "Jibril Rajoub" for row in rows), rows
    assert ("United States", "coerce", "Israel", None, False, A) in rows, rows


# "rejected Israeli calls to reopen the Rafah crossing": calls to act are appeals, as "calls for talks" (the parser may
# hang the infinitive on the verb before)
def test_calls_to_act_are_appeals(nlp):
    rows = read(nlp, "Egypt on Sunday rejected Israeli calls to reopen the Rafah crossing.")
    assert ("Israel", "demand", "Egypt", None, False, A) in rows, rows
    assert not any(row[1] == "statement" for row in rows), rows


# "said he was breaking off relations with Bogota and ordered troops to the border": an order given to one's own
# troops addresses them, not the party of the clause before
def test_an_order_to_ones_troops_addresses_no_earlier_party(nlp):
    text = "Mr Chavez said he was breaking off relations with Bogota and ordered troops to the border."
    rows = read(nlp, text)
    assert not any(row[1] == "demand" for row in rows), rows


# "voted against the resolution condemning Israel": a text voted down condemns no one (as one vetoed)
def test_a_resolution_voted_against_condemns_no_one(nlp):
    rows = read(nlp, "Moscow voted against the resolution condemning Israel.")
    assert ("Russia", "criticise", "Israel", None, False, A) not in rows, rows
    check(nlp, "The US voted for a resolution condemning Russia.", {
        ("United States", "criticise", "Russia", None, False, A),
    })


# "received a phone call from US President Biden": a phone call received is talk, not a call for something
def test_a_phone_call_received_is_talk(nlp):
    check(nlp, "Egypt's President Sisi received a phone call from US President Biden.", {
        ("Joe Biden", "communicate", "Abdel Fattah el-Sisi", None, False, A),
    })


# "Taiwan said Chinese warplanes had entered its airspace": a show of force on the reporter's own, as a blow on it is
def test_forces_entering_the_reporters_own_airspace(nlp):
    check(nlp, "Taiwan said Chinese warplanes had entered its air defence zone.", {
        ("China", "posture", "Taiwan", None, False, A),
    })


# "said it had shot down an Indian drone that violated its airspace": the relative clause's blow on the reporter's own
def test_a_relative_clauses_blow_on_the_reporters_own(nlp):
    check(nlp, "Pakistan said it had shot down an Indian drone that violated its airspace.", {
        ("India", "attack", "Pakistan", None, False, A),
        ("Pakistan", "attack", "India", None, False, A),
    })


# "accused Washington of meddling in its internal affairs": the accuser's own affairs, as "attacking its facility"
MEDDLING_CHARGES = [
    ("Beijing accused Washington of meddling in its internal affairs.", ("United States", "coerce", "China")),
    ("Russia accused the US of meddling in its elections.", ("United States", "coerce", "Russia")),
]


@pytest.mark.parametrize("text,expected", MEDDLING_CHARGES)
def test_meddling_in_the_accusers_own_affairs(nlp, text, expected):
    check(nlp, text, {(*expected, None, False, A)})
