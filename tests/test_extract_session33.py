"""Issue 3: constructions kg missed or read wrongly (session 33).

The sentences were written by kg developers for these tests, from batteries of their own. Some are adapted from
the batteries of `bench/batteries` (written by helper sessions that had not read kg, then read as development
text): Pope Francis's call. None from Lee test4.
"""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check_exact, read
from tests.test_extract_session23 import read_in

ROYAL_NAMES = [
    # "Pope Francis": the royal title before one name is part of the name, and "the Pope" is he later
    (
        "Pope Francis called on Israel to agree to a ceasefire. The Pope also met Joe Biden.",
        {
            ("Pope Francis", "appeal", "Israel", None, False, A),
            ("Pope Francis", "communicate", "Joe Biden", None, False, A),
        },
    ),
    # "Queen Elizabeth", tagged with her title: "the Queen" is she later
    (
        "Queen Elizabeth met Barack Obama. The Queen later thanked him.",
        {
            ("Elizabeth II", "communicate", "Barack Obama", None, False, A),
            ("Elizabeth II", "cooperate", "Barack Obama", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", ROYAL_NAMES)
def test_a_royal_title_before_one_name_is_part_of_it(nlp, text, expected):
    check_exact(nlp, text, expected)


DISOWNED = [
    # "We had nothing to do with it": the charged act the pronoun stands for is denied, never asserted
    (
        "We had nothing to do with it, a senior Israeli official said on Saturday, after Tehran accused Israel of "
        "assassinating nuclear scientist Mohsen Fakhrizadeh near the capital.",
        {
            ("Iran", "criticise", "Israel", None, False, A),
            ("Israel", "attack", "Mohsen Fakhrizadeh", None, False, "hypothetical"),
            ("Israel", "attack", "Mohsen Fakhrizadeh", None, True, A),
        },
    ),
    (
        "Tehran accused Israel of assassinating Mohsen Fakhrizadeh. Israel said it had nothing to do with it.",
        {
            ("Iran", "criticise", "Israel", None, False, A),
            ("Israel", "attack", "Mohsen Fakhrizadeh", None, False, "hypothetical"),
            ("Israel", "attack", "Mohsen Fakhrizadeh", None, True, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", DISOWNED)
def test_nothing_to_do_with_it_denies_the_charged_act(nlp, text, expected):
    check_exact(nlp, text, expected)


WIRE_DATELINES = [
    # a dateline in capitals with no agency opens wire copy: no part of the first name ("OSLO - Norway")
    (
        "OSLO - Norway, which hosts the talks, urged Colombia and the ELN to agree.",
        {
            ("Norway", "appeal", "Colombia", None, False, A),
            ("Norway", "appeal", "ELN", None, False, A),
            ("Colombia", "cooperate", "ELN", None, False, "requested"),
        },
    ),
    (
        "Talks in Oslo\n\nBERLIN - Germany will not deliver Taurus cruise missiles to Ukraine, Chancellor Olaf Scholz "
        "said.",
        {("Germany", "support", "Ukraine", None, True, A)},
    ),
    # "ISLAMABAD, Pakistan -": a dateline naming the country too
    (
        "ISLAMABAD, Pakistan - Pakistan summoned Afghanistan's envoy.",
        {("Pakistan", "criticise", "Afghanistan", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", WIRE_DATELINES)
def test_a_wire_dateline_in_capitals_is_no_actor(nlp, text, expected):
    check_exact(nlp, text, expected)


def test_only_the_opening_line_holds_a_dateline():
    from kg.ingest.boilerplate import ignored_ranges

    text = "Norway said so.\nNATO - the alliance - met."
    assert ignored_ranges(text) == ()
    text = "KYIV, Dec. 5 - Russia attacked Ukraine."
    assert [text[a:b] for a, b in ignored_ranges(text)] == ["KYIV, Dec. 5 - "]


GO_BETWEENS = [
    # a note from one side delivered by a third to the other: the sender speaks through the carrier
    (
        "Swiss diplomats, who represent U.S. interests in Iran, delivered a note from Washington to Tehran.",
        {("United States", "communicate", "Iran", "Switzerland", False, A)},
    ),
    (
        "Egyptian mediators passed a new Israeli ceasefire proposal to Hamas on Saturday.",
        {("Israel", "intend", "Hamas", "Egypt", False, A)},
    ),
    # "mediated between A and B", with no object: the two sides talk through the mediator
    (
        "Egypt mediated between Israel and Hamas.",
        {
            ("Egypt", "cooperate", "Israel", None, False, A),
            ("Egypt", "cooperate", "Hamas", None, False, A),
            ("Israel", "communicate", "Hamas", "Egypt", False, A),
        },
    ),
    (
        "Egypt refused to mediate between Israel and Hamas.",
        {
            ("Egypt", "cooperate", "Israel", None, True, A),
            ("Egypt", "cooperate", "Hamas", None, True, A),
            ("Israel", "communicate", "Hamas", "Egypt", True, A),
        },
    ),
    # an act done following a side's mediation, wherever the parser hangs the mediation
    (
        "The Taliban have released Peter and Barbie Reynolds, a British couple held in Afghanistan for nearly eight "
        "months, following mediation by Qatar, the Qatari foreign ministry said.",
        {
            ("Taliban", "yield", "Peter Reynolds", "Qatar", False, A),
            ("Taliban", "yield", "Barbie Reynolds", "Qatar", False, A),
        },
    ),
    (
        "The Taliban freed Ryan Corbett after Qatari mediation.",
        {("Taliban", "yield", "Ryan Corbett", "Qatar", False, A)},
    ),
    (
        "On Tuesday, negotiators from Israel and Hamas resumed indirect talks in Doha under Qatari mediation.",
        {("Israel", "communicate", "Hamas", "Qatar", False, A)},
    ),
    # not a mediation the act defied
    ("Israel attacked Hamas despite Egyptian mediation.", {("Israel", "attack", "Hamas", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", GO_BETWEENS)
def test_go_betweens_carry_mediate_and_broker(nlp, text, expected):
    check_exact(nlp, text, expected)


ABC_SPEAKERS = [
    # "In Canberra, the Foreign Minister, Alexander Downer, says he ...": the parser joins the minister to the place;
    # he is still the one who says, not the last person named before
    (
        "The Israeli Prime Minister, Ariel Sharon, has blamed Mr Arafat personally. Mr Arafat has condemned the "
        "bombings. In Canberra, the Foreign Minister, Alexander Downer, says he has written to Mr Arafat urging him to "
        "take action against Hamas.",
        {
            ("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A),
            ("Alexander Downer", "communicate", "Yasser Arafat", None, False, A),
            ("Alexander Downer", "appeal", "Yasser Arafat", None, False, A),
            ("Yasser Arafat", "coerce", "Hamas", None, False, "requested"),
        },
    ),
    (
        "Ariel Sharon met Yasser Arafat. In Canberra, the Foreign Minister, Alexander Downer, says Australia supports "
        "Israel's right to defend itself, but he has urged the Israeli Government to pull its forces back.",
        {
            ("Ariel Sharon", "communicate", "Yasser Arafat", None, False, A),
            ("Australia", "support", "Israel", None, False, A),
            ("Alexander Downer", "appeal", "Israel", None, False, A),
        },
    ),
    (
        "In Canberra, the Foreign Minister, Alexander Downer, says Israel must withdraw.",
        {("Alexander Downer", "demand", "Israel", None, False, A)},
    ),
    # a correspondent's report of a clash accuses no side
    (
        "Middle East correspondent Mark Willacy reports Israeli soldiers have fought gun battles with Hamas.",
        {("Israel", "fight", "Hamas", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", ABC_SPEAKERS)
def test_the_one_who_says_in_abc_style(nlp, text, expected):
    check_exact(nlp, text, expected)


MAIN_CLAUSE_ANTECEDENTS = [
    # "him" in an adverbial clause is the one the main clause is about, not the person named last before
    (
        "The Defence Minister, Robert Hill, says the contingent will operate under Australian command. Iraq's "
        "ambassador to Australia has been given a week to leave the country after the Government expelled him.",
        {("Australia", "reduce", "Iraq", None, False, A)},
    ),
    (
        "John Howard met George Bush. Yasser Arafat left Gaza after Ariel Sharon threatened him.",
        {
            ("John Howard", "communicate", "George W. Bush", None, False, A),
            ("Ariel Sharon", "threaten", "Yasser Arafat", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", MAIN_CLAUSE_ANTECEDENTS)
def test_him_in_an_adverbial_clause_is_the_main_clauses_subject(nlp, text, expected):
    assert read_in(nlp, text, "AUS") == expected


COUNTED_AND_LISTED = [
    # "they" after "the military governments of Mali, Burkina Faso and Niger": all three
    (
        "The military governments of Mali, Burkina Faso and Niger announced that they were withdrawing from ECOWAS, "
        "accusing the bloc of failing to support them.",
        {
            ("Mali", "reduce", "ECOWAS", None, False, A),
            ("Burkina Faso", "reduce", "ECOWAS", None, False, A),
            ("Niger", "reduce", "ECOWAS", None, False, A),
            ("Mali", "criticise", "ECOWAS", None, False, A),
            ("Burkina Faso", "criticise", "ECOWAS", None, False, A),
            ("Niger", "criticise", "ECOWAS", None, False, A),
        },
    ),
    # "the three countries": the countries last named together, as many as counted
    (
        "Mali, Burkina Faso and Niger criticised ECOWAS. ECOWAS called on the three countries to return to dialogue.",
        {
            ("Mali", "criticise", "ECOWAS", None, False, A),
            ("Burkina Faso", "criticise", "ECOWAS", None, False, A),
            ("Niger", "criticise", "ECOWAS", None, False, A),
            ("ECOWAS", "appeal", "Mali", None, False, A),
            ("ECOWAS", "appeal", "Burkina Faso", None, False, A),
            ("ECOWAS", "appeal", "Niger", None, False, A),
        },
    ),
    # (not when the count differs from every list named)
    (
        "Mali and Niger criticised ECOWAS. ECOWAS called on the three countries to return to dialogue.",
        {("Mali", "criticise", "ECOWAS", None, False, A), ("Niger", "criticise", "ECOWAS", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", COUNTED_AND_LISTED)
def test_the_three_countries_and_the_governments_of_a_list(nlp, text, expected):
    check_exact(nlp, text, expected)


MEMBERSHIP_EXITS = [
    # leaving a body one belonged to reduces relations with it (CAMEO 16), not a concession
    ("Britain left the European Union.", {("United Kingdom", "reduce", "European Union", None, False, A)}),
    ("Armenia quit the CSTO.", {("Armenia", "reduce", "Collective Security Treaty Organization", None, False, A)}),
    ("The United States withdrew from UNESCO.", {("United States", "reduce", "UNESCO", None, False, A)}),
    # (troops withdrawn still yield; a place left is no party)
    ("US troops left Syria.", {("United States", "yield", "Syria", None, False, A)}),
    ("Israel withdrew from Gaza.", set()),
]


@pytest.mark.parametrize("text,expected", MEMBERSHIP_EXITS)
def test_leaving_a_body_reduces_relations_with_it(nlp, text, expected):
    check_exact(nlp, text, expected)


PRESS_STATEMENTS = [
    # the author named among a press statement's opening lines speaks its "we"
    (
        "Press Statement\n\nAntony J. Blinken, Secretary of State\n\nNovember 2, 2022\n\nCessation of Hostilities\n\n"
        "We also thank the Government of South Africa for hosting the negotiations. We also call on Eritrea to "
        "withdraw its forces from Ethiopia.",
        {
            ("United States", "cooperate", "South Africa", None, False, A),
            ("United States", "appeal", "Eritrea", None, False, A),
            ("Eritrea", "yield", "Ethiopia", None, False, "requested"),
        },
    ),
    # (no author when body text comes before the name)
    (
        "We also thank the Government of South Africa for hosting the negotiations.\n\nAntony J. Blinken, Secretary "
        "of State",
        set(),
    ),
    # parser: "commend X for convening the talks and thank Y", the finite verb joined to the gerund: the one who
    # commends thanks (not the one who convened)
    (
        "The United States commended the African Union for convening the peace talks and thank the Government of "
        "Kenya for its efforts.",
        {
            ("United States", "cooperate", "African Union", None, False, A),
            ("United States", "cooperate", "Kenya", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", PRESS_STATEMENTS)
def test_press_statements_speak_for_their_author(nlp, text, expected):
    check_exact(nlp, text, expected)


KNOWN_NAMES = [
    # "the National Liberation Army (ELN)": a known acronym names the actor its unknown full name stands for
    (
        "The Colombian government and the National Liberation Army (ELN) resumed peace talks. Gustavo Petro "
        "accused the ELN of violating the ceasefire.",
        {
            ("Colombia", "communicate", "ELN", None, False, A),
            ("Gustavo Petro", "criticise", "ELN", None, False, A),
        },
    ),
    # "Popular Mobilisation Units (PMU)": a full name the gazetteer's entry spells out (British spelling, another
    # word); "the PMU" after it is the same actor
    (
        "Iraq's Popular Mobilisation Units (PMU) attacked ISIS. The PMU later clashed with ISIS again.",
        {
            ("Popular Mobilization Forces", "attack", "ISIS", None, False, A),
            ("Popular Mobilization Forces", "fight", "ISIS", None, False, A),
        },
    ),
    # a spokesperson of the State Department known by name speaks for the United States
    (
        "'We call on Iran to stop arming the group,' spokesman Matthew Miller told reporters.",
        {("United States", "appeal", "Iran", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", KNOWN_NAMES)
def test_known_acronyms_and_spokespeople(nlp, text, expected):
    check_exact(nlp, text, expected)


PLANS_AND_MEASURES = [
    # "has no plans for talks with Iran", "no interest in talks with Seoul": talks denied, as meant
    (
        "The United States has no plans for direct talks with Iran.",
        {("United States", "communicate", "Iran", None, True, "intended")},
    ),
    (
        "Kim Jong Un said Pyongyang had no interest in talks with Seoul.",
        {("North Korea", "communicate", "South Korea", None, True, "intended")},
    ),
    ("Israel has plans for an attack on Iran.", {("Israel", "attack", "Iran", None, False, "intended")}),
    # a boat blocked, in the passive as in the active: a bar to its state
    (
        "Two Philippine supply boats were blocked by Chinese coast guard ships near the shoal.",
        {("China", "coerce", "Philippines", None, False, A)},
    ),
    ("The Philippine proposal was blocked by China.", {("China", "reject", "Philippines", None, False, A)}),
    # an envoy ordered to leave is expelled
    (
        "Moscow expelled two Estonian diplomats after Tallinn ordered a Russian embassy employee to leave.",
        {("Russia", "reduce", "Estonia", None, False, A), ("Estonia", "reduce", "Russia", None, False, A)},
    ),
    ("Israel ordered Hamas to leave Gaza.", {("Israel", "demand", "Hamas", None, False, A)}),
    # joining a measure against a side takes it against that side
    (
        "Serbia has refused to join European Union sanctions against Russia.",
        {
            ("European Union", "reduce", "Russia", None, False, A),
            ("Serbia", "reduce", "Russia", None, True, A),
        },
    ),
    # "never sought Iranian help in its war against the RSF": the war's foe is not the one asked
    (
        "Sudan's army said it had never sought Iranian help in its war against the Rapid Support Forces.",
        {("Sudan", "appeal", "Iran", None, True, A)},
    ),
]


@pytest.mark.parametrize("text,expected", PLANS_AND_MEASURES)
def test_plans_blocks_expulsions_and_joined_measures(nlp, text, expected):
    check_exact(nlp, text, expected)


GROUPS_AND_DOERS = [
    # "Houthi military spokesman Yahya Saree warned that the group would ...": the reporter's own group, not the
    # last organisation named; "condemned the strikes": every doer of the last attack reported
    (
        "The United States Central Command confirmed that the vessel was hit. Hours later, American and British "
        "aircraft carried out strikes on Houthi radar sites, the Pentagon said. Houthi military spokesman Yahya Saree "
        "condemned the strikes and warned that the group would target American warships.",
        {
            ("United States", "attack", "Houthis", None, False, A),
            ("United Kingdom", "attack", "Houthis", None, False, A),
            ("Yahya Saree", "criticise", "United States", None, False, A),
            ("Yahya Saree", "criticise", "United Kingdom", None, False, A),
            ("Houthis", "threaten", "United States", None, False, A),
        },
    ),
    # "Congo" alone names the larger of the two Congos, as "Congolese" does
    (
        "The United States urged Rwanda to withdraw its forces from Congo.",
        {
            ("United States", "appeal", "Rwanda", None, False, A),
            ("Rwanda", "yield", "Democratic Republic of the Congo", None, False, "requested"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", GROUPS_AND_DOERS)
def test_the_reporters_group_and_the_doers_of_the_strikes(nlp, text, expected):
    check_exact(nlp, text, expected)


REASONS_AND_KIN = [
    # "criticised Russia, saying it had attacked Ukraine": the one criticised did the act given as the reason
    (
        "France criticised Russia, saying it had attacked Ukraine.",
        {("France", "criticise", "Russia", None, False, A), ("Russia", "attack", "Ukraine", None, False, A)},
    ),
    (
        "India blamed Pakistan, saying it had sheltered the gunmen.",
        {("India", "criticise", "Pakistan", None, False, A), ("Pakistan", "support", "gunmen", None, False, A)},
    ),
    # (not an act the critic foretells of itself)
    (
        "France criticised Russia, saying it would support Ukraine.",
        {("France", "criticise", "Russia", None, False, A), ("France", "support", "Ukraine", None, False, "intended")},
    ),
    # "his father says his son has been denied access ... charge him": "him" is the son, unnamed here, not the last
    # person named before
    (
        "Mr Downer says officials have visited the prison. But Terry Hicks says his son has been denied access to a "
        "lawyer and has asked the Government to demand that Washington either charge him or release him.",
        set(),
    ),
]


@pytest.mark.parametrize("text,expected", REASONS_AND_KIN)
def test_the_doer_of_a_reason_and_an_unnamed_kin(nlp, text, expected):
    check_exact(nlp, text, expected)


TITLED_NAMES = [
    # "Norway's Foreign Minister, Thorbjorn Jagland," with the name tagged a place: a person beside his title
    (
        "Norway's Foreign Minister, Thorbjorn Jagland, has accused Australia of breaching international law.",
        {("Thorbjorn Jagland", "criticise", "Australia", None, False, A)},
    ),
    # (and no government of his country named for a later "the Government" of an Australian story)
    (
        "The Federal Government has refused to let the freighter land. Norway's Foreign Minister, Thorbjorn Jagland, "
        "has accused Australia of breaching international law. The Opposition Leader, Kim Beazley, says Labor will "
        "support the Government's stand.",
        {
            ("Thorbjorn Jagland", "criticise", "Australia", None, False, A),
            ("Australian Labor Party", "support", "Australia", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", TITLED_NAMES)
def test_a_name_beside_a_title_is_a_person(nlp, text, expected):
    assert read_in(nlp, text, "AUS") == expected


DESIGNATIONS = [
    # a designation with no agent named, in a press statement: the author's government's
    (
        "Press Statement\n\nAntony J. Blinken, Secretary of State\n\nImposing Further Costs on Russia\n\n"
        "We condemn Russia. Volga Precision Instruments JSC is being designated pursuant to section 1(a)(i) of E.O. "
        "14024.",
        {
            ("United States", "criticise", "Russia", None, False, A),
            ("United States", "reduce", "Volga Precision Instruments JSC", None, False, A),
        },
    ),
    # in a fact sheet of no named author: the one that the sheet said is designating
    (
        "Fact Sheet\n\nOffice of the Spokesperson\n\nToday, the Department of State is designating two entities. "
        "Pyongyang Sinhung Trading Company is being designated pursuant to section 1(a)(ii) of E.O. 13382.",
        {("United States", "reduce", "Pyongyang Sinhung Trading Company", None, False, A)},
    ),
    # (a news report names no designator)
    ("Pyongyang Sinhung Trading Company was designated last year, officials said.", set()),
]


@pytest.mark.parametrize("text,expected", DESIGNATIONS)
def test_a_designation_with_no_agent_is_the_issuers(nlp, text, expected):
    check_exact(nlp, text, expected)


COUNTED_PEOPLE = [
    # "The three officials": the people of the last sentence that named as many; "Vice Minister for Foreign Affairs
    # Takeo Mori", tagged from "Affairs", is Takeo Mori
    (
        "Deputy Secretary of State Wendy Sherman met with Japanese Vice Minister for Foreign Affairs Takeo Mori and "
        "South Korean First Vice Foreign Minister Cho Hyun-dong in Tokyo. The three officials strongly condemned North "
        "Korea's missile launches.",
        {
            ("Wendy Sherman", "criticise", "North Korea", None, False, A),
            ("Takeo Mori", "criticise", "North Korea", None, False, A),
            ("Cho Hyun-dong", "criticise", "North Korea", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", COUNTED_PEOPLE)
def test_the_three_officials_are_the_three_named(nlp, text, expected):
    found = read(nlp, text)
    assert expected <= found, found
    assert not any("Affairs" in row[0] or "Affairs" in row[2] for row in found), found


# "has asked Qatar to expel Hamas leaders if the group continues to reject the deal": the condition, which the parser
# hangs on the request, is the asked act's; the asking is done
def test_a_request_with_a_condition_is_made(nlp):
    check_exact(
        nlp,
        "Washington has asked Qatar to expel Hamas leaders if the group continues to reject a ceasefire deal with "
        "Israel, a U.S. official said.",
        {
            ("United States", "appeal", "Qatar", None, False, A),
            ("Qatar", "reduce", "Hamas", None, False, "requested"),
        },
    )


CHARGES_AND_VERDICTS = [
    # a charge an accuser named by a pronoun makes, denied in apposition: never asserted, and denied through the same
    # go-between (adapted from battery i, scored blind first)
    (
        "Sudan's army accused the RSF of shelling a hospital. It has also accused the United Arab Emirates of "
        "supplying weapons to the RSF through Chad, a charge the UAE denies.",
        {
            ("Sudan", "criticise", "Rapid Support Forces", None, False, A),
            ("Sudan", "criticise", "United Arab Emirates", None, False, A),
            ("United Arab Emirates", "reject", "Sudan", None, False, A),
            ("United Arab Emirates", "support", "Rapid Support Forces", "Chad", False, "hypothetical"),
            ("United Arab Emirates", "support", "Rapid Support Forces", "Chad", True, A),
        },
    ),
    # "Kanaani said the Houthis acted independently and criticised the strikes": a verdict joined to a deed reported is
    # the reporter's own words
    (
        "American and British aircraft struck Houthi radar sites. Iranian Foreign Ministry spokesman Nasser Kanaani "
        "said the Houthis acted independently and criticised the American and British strikes.",
        {
            ("United States", "attack", "Houthis", None, False, A),
            ("United Kingdom", "attack", "Houthis", None, False, A),
            ("Nasser Kanaani", "criticise", "United States", None, False, A),
            ("Nasser Kanaani", "criticise", "United Kingdom", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", CHARGES_AND_VERDICTS)
def test_charges_of_a_pronoun_and_verdicts_joined_to_a_report(nlp, text, expected):
    check_exact(nlp, text, expected)


# parser: "China, which has close ties to Pakistan, called on both countries", the noun made the sentence's root and
# the past tense verb its modifier: the verb is the sentence's own, its subject the noun (not "the man called Smith")
def test_a_past_tense_modifier_of_a_root_noun_is_the_sentences_verb(nlp):
    check_exact(
        nlp,
        "India and Pakistan exchanged fire. China, which has close ties to Pakistan, called on both countries to "
        "exercise restraint and to resolve their differences through dialogue.",
        {
            ("India", "fight", "Pakistan", None, False, A),
            ("China", "cooperate", "Pakistan", None, False, A),
            ("China", "appeal", "India", None, False, A),
            ("China", "appeal", "Pakistan", None, False, A),
        },
    )


# "Troops from the two countries", "the foreign ministers of both countries": the members of the pair at odds
def test_members_of_the_two_countries(nlp):
    check_exact(
        nlp,
        "Pakistan accused India of shelling. Troops from the two countries exchanged fire for several hours.",
        {("Pakistan", "criticise", "India", None, False, A), ("Pakistan", "fight", "India", None, False, A)},
    )


RESTRAINT = [
    # "urged restraint", "called for calm" with no one named: an appeal to the sides of the article's main conflict
    (
        "Israel attacked Hamas. Hamas fired rockets at Israel. Egypt called for calm.",
        {
            ("Israel", "attack", "Hamas", None, False, A),
            ("Hamas", "attack", "Israel", None, False, A),
            ("Egypt", "appeal", "Israel", None, False, A),
            ("Egypt", "appeal", "Hamas", None, False, A),
        },
    ),
    # (not the caller's own side, nor with no conflict reported; one named is the one asked)
    (
        "Israel attacked Hamas. Hamas fired rockets at Israel. Hamas called for restraint.",
        {
            ("Israel", "attack", "Hamas", None, False, A),
            ("Hamas", "attack", "Israel", None, False, A),
            ("Hamas", "appeal", "Israel", None, False, A),
        },
    ),
    ("The United States urged restraint.", set()),
    (
        "Israel attacked Hamas. Hamas fired rockets at Israel. Egypt called on Israel for calm.",
        {
            ("Israel", "attack", "Hamas", None, False, A),
            ("Hamas", "attack", "Israel", None, False, A),
            ("Egypt", "appeal", "Israel", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", RESTRAINT)
def test_restraint_urged_of_no_one_named_is_urged_of_the_sides(nlp, text, expected):
    check_exact(nlp, text, expected)


HOME_OFFICES = [
    # "the Prime Minister" before "Mr Howard" in an Australian story: the one person named whom the people file knows
    # as his country's Prime Minister
    (
        "The Opposition Leader, Simon Crean, has accused the Prime Minister of dragging Australia into an illegal war, "
        "after Mr Howard confirmed that Australian forces will join the attack.",
        {("Simon Crean", "criticise", "John Howard", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", HOME_OFFICES)
def test_a_home_office_is_its_known_holder_named_in_the_story(nlp, text, expected):
    found = read_in(nlp, text, "AUS")
    assert expected <= found, found


# "condemned these attacks": a plural demonstrative refers back to the last attack as "the attack" does
def test_these_attacks_refer_to_the_last_attack(nlp):
    check_exact(
        nlp,
        "Russia launched missiles at Kyiv on Monday. Germany condemned these attacks.",
        {("Russia", "attack", "Ukraine", None, False, A), ("Germany", "criticise", "Russia", None, False, A)},
    )


TRANSCRIPTS = [
    # a briefing transcript: the speakers' labels are no text of theirs ("QUESTION:", "MR. PRICE:"), and the
    # spokesperson of the byline speaks the answers' "we"; "condemn in the strongest terms the RSF's assault"
    (
        "Department Press Briefing\n\nMatthew Miller, Department Spokesperson\n\nQUESTION: On Sudan. What is the U.S. "
        "doing about it?\n\nMR. MILLER: We condemn in the strongest terms the RSF's continued assault on El Fasher.",
        {
            ("Rapid Support Forces", "attack", "Sudan", None, False, A),
            ("United States", "criticise", "Rapid Support Forces", None, False, A),
        },
    ),
    (
        "The United States condemns in the strongest terms the Houthis' missile attack on the commercial vessel.",
        {("United States", "criticise", "Houthis", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", TRANSCRIPTS)
def test_briefing_transcripts_and_condemnations_in_the_strongest_terms(nlp, text, expected):
    check_exact(nlp, text, expected)


def test_a_transcripts_labels_are_ignored():
    from kg.ingest.boilerplate import ignored_ranges

    text = "QUESTION: Russia, as you know, attacked.\n\nMR. PRICE: We condemn it.\n\nMr. Price: no."
    assert [text[a:b] for a, b in ignored_ranges(text)] == ["QUESTION: ", "MR. PRICE: "]
