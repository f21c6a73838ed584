"""Issue 3: constructions kg missed or read wrongly (session 16).

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee), which is where each
construction was seen."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, check_exact, read

R = "requested"

# "I hope that Anne Sacoolas will come back": who hopes another actor will act appeals to it
HOPES = [
    (
        'Boris Johnson said: "I hope that Anne Sacoolas will come back."',
        {("Boris Johnson", "appeal", "Anne Sacoolas", None, False, A)},
    ),
    (
        "Colin Powell said he hoped Yasser Arafat would arrest the militants.",
        {("Colin Powell", "appeal", "Yasser Arafat", None, False, A)},
    ),
    (
        "Israel is hoping that Hamas will stop its attacks.",
        {("Israel", "appeal", "Hamas", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", HOPES)
def test_hoping_another_will_act_appeals_to_it(nlp, text, expected):
    check(nlp, text, expected)


# the hoped act is wished for, not done (the small model lemmatises "hoped" as "hop", which kg repairs)
WISHED_ACTS = [
    (
        "Colin Powell said he hoped Yasser Arafat would arrest the militants.",
        {("Yasser Arafat", "coerce", "militants", None, False, R)},
    ),
    (
        "India hopes Pakistan will cooperate with the United States.",
        {("Pakistan", "cooperate", "United States", None, False, R)},
    ),
    (
        '"We hope we will reach a deal with Iran," John Kerry said.',
        {("United States", "cooperate", "Iran", None, False, "intended")},
    ),
    ("Iran hoped to meet Saudi Arabia.", {("Iran", "communicate", "Saudi Arabia", None, False, "intended")}),
]


@pytest.mark.parametrize("text,expected", WISHED_ACTS)
def test_a_hoped_act_is_not_done(nlp, text, expected):
    check(nlp, text, expected)


def test_a_hoped_act_is_no_accusation(nlp):
    rows = read(nlp, "Colin Powell said he hoped Yasser Arafat would arrest the militants.")
    assert ("Colin Powell", "criticise", "Yasser Arafat", None, False, A) not in rows, rows
    assert not any(row[1] == "coerce" and row[5] == A for row in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Shaun Pollock says he hopes Nicky Boje arrives in time for the Test.",  # a wish, no act asked for
        "Colin Powell said he hoped Yasser Arafat would be safe.",  # a state, not an act
    ],
)
def test_a_wish_for_a_state_is_no_appeal(nlp, text):
    assert not any(row[1] == "appeal" for row in read(nlp, text)), read(nlp, text)


# "sought Iran's help", "we need the cooperation of the states": the helper is asked
HELP_SOUGHT = [
    ("The United States sought Iran's help.", {("United States", "appeal", "Iran", None, False, A)}),
    ("John Kerry sought help from Russia.", {("John Kerry", "appeal", "Russia", None, False, A)}),
    ("India needs the cooperation of Pakistan.", {("India", "appeal", "Pakistan", None, False, A)}),
    ("The United States did not seek Iran's help.", {("United States", "appeal", "Iran", None, True, A)}),
]


@pytest.mark.parametrize("text,expected", HELP_SOUGHT)
def test_seeking_help_appeals_to_the_helper(nlp, text, expected):
    check(nlp, text, expected)


def test_welcoming_help_is_no_appeal(nlp):
    rows = read(nlp, "The United States welcomed Pakistan's cooperation.")
    assert not any(row[1] == "appeal" for row in rows), rows


# "US forces are pursuing al Qaeda fighters": pursuing armed men coerces them; "pursuing talks" is talk
def test_pursuing_an_actor_coerces_it(nlp):
    check(
        nlp,
        "US forces backed by their Afghan allies are pursuing al Qaeda fighters.",
        {("United States", "coerce", "al-Qaeda", None, False, A)},
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The United States is pursuing talks with Iran.", {("United States", "communicate", "Iran", None, False, A)}),
        ("The United States pursued sanctions against Iran.", {("United States", "reduce", "Iran", None, False, A)}),
    ],
)
def test_pursuing_a_relation_is_that_relation(nlp, text, expected):
    check_exact(nlp, text, expected)


# "Sharon said Arafat has chosen the path of terrorism": a speaker who reports an actor's misconduct criticises it
MISCONDUCT = [
    (
        "Ariel Sharon said Yasser Arafat has chosen the path of terrorism.",
        {("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A)},
    ),
    (
        "Yasser Arafat said Ariel Sharon was trying to torpedo his own crackdown.",
        {("Yasser Arafat", "criticise", "Ariel Sharon", None, False, A)},
    ),
    (
        '"Arafat has made his strategic choices, a strategy of terrorism," Ariel Sharon said.',
        {("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A)},
    ),
    (
        "Yasser Arafat told CNN that Ariel Sharon was trying to torpedo his own crackdown on terrorism.",
        {("Yasser Arafat", "criticise", "Ariel Sharon", None, False, A)},
    ),
    ("Israel said Hamas had violated the ceasefire.", {("Israel", "criticise", "Hamas", None, False, A)}),
    ("George W Bush said Iraq harbours terrorists.", {("George W. Bush", "criticise", "Iraq", None, False, A)}),
    (  # a virtue said to be lacking
        '"Osama bin Laden is guilty," George W Bush said. "He has no conscience and no soul."',
        {("George W. Bush", "criticise", "Osama bin Laden", None, False, A)},
    ),
    (
        "Ariel Sharon said Yasser Arafat lacks credibility.",
        {("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", MISCONDUCT)
def test_reported_misconduct_criticises_its_doer(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "George W Bush said Pakistan was helping to fight terrorism.",  # terrorism fought
        "The Labor Party has supported the counter terrorism proposals, Daryl Williams said.",  # a kind of law
        "Israel said Hamas had not violated the ceasefire.",  # denied
        "Israel said Hamas might violate the ceasefire.",  # a possibility
        "Israel reported that the problem lies with Hamas.",  # "lies" is not a lie
        "Israel said Hamas had no problem with the ceasefire.",  # no virtue lacking
        "Israel said Hamas did not lack courage.",  # denied
    ],
)
def test_misconduct_not_charged(nlp, text):
    rows = read(nlp, text)
    charged = ("Pakistan", "Hamas", "Australian Labor Party")
    assert not any(row[1] == "criticise" and row[2] in charged and not row[4] for row in rows), rows


def test_misconduct_in_a_clause_of_its_own_is_its_own_speakers_charge(nlp):
    rows = read(nlp, "Israel said Egypt believed that Hamas had violated the ceasefire.")
    assert ("Egypt", "criticise", "Hamas", None, False, A) in rows, rows
    assert ("Israel", "criticise", "Egypt", None, False, A) not in rows, rows


# "was captured fighting alongside the Taliban": a participle after a passive is its patient's act
def test_a_participle_after_a_passive_is_the_patients_act(nlp):
    check(
        nlp,
        "David Hicks was captured fighting alongside the Taliban.",
        {("David Hicks", "cooperate", "Taliban", None, False, A)},
    )


# "Arafat was told of the deadline by Shimon Peres": the parser hangs "by" on the noun; it is the passive's agent
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Yasser Arafat was told of the deadline by Shimon Peres.",
            {("Shimon Peres", "communicate", "Yasser Arafat", None, False, A)},
        ),
        ("Ten Israelis were killed in an attack by Hamas.", {("Hamas", "attack", "Israel", None, False, A)}),
    ],
)
def test_a_passive_agent_hung_on_a_noun(nlp, text, expected):
    check(nlp, text, expected)


# "Israel punished Hamas for the attacks on Israelis": the hostile act one is punished or condemned for is one's own
PUNISHED_ACTS = [
    ("Israel punished Hamas for the attacks on Israelis.", {("Hamas", "attack", "Israel", None, False, A)}),
    ("Israel arrested Hamas militants for the attack on Israel.", {("Hamas", "attack", "Israel", None, False, A)}),
    (
        "Yasser Arafat vowed to crack down on Hamas for a wave of anti-Israeli suicide attacks.",
        {
            ("Hamas", "attack", "Israel", None, False, A),
            ("Yasser Arafat", "threaten", "Hamas", None, False, "intended"),  # "on" before the "for" is the party
        },
    ),
    (
        "Israel punished the Palestinian militants for their attacks on Israel.",
        {("Palestinian militants", "attack", "Israel", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", PUNISHED_ACTS)
def test_the_act_one_is_punished_for_is_ones_own(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Israel punished Hamas for Israel's strikes on Gaza.",  # another's act
        "Israel did not punish Hamas for the attacks on Israelis.",  # no punishment, no charge
    ],
)
def test_no_act_charged_to_the_punished(nlp, text):
    rows = read(nlp, text)
    assert not any(row[0] == "Hamas" and row[1] == "attack" for row in rows), rows


# "condemned Iran for its support for Hamas": "its" in the reason is the one judged, not the judge
@pytest.mark.parametrize(
    "text,expected,wrong",
    [
        (
            "The United States condemned Iran for its support for Hamas.",
            ("Iran", "support", "Hamas", None, False, A),
            ("United States", "support", "Hamas", None, False, A),
        ),
        (
            "The United States thanked Qatar for its support for Afghanistan.",
            ("Qatar", "support", "Afghanistan", None, False, A),
            ("United States", "support", "Afghanistan", None, False, A),
        ),
    ],
)
def test_its_in_a_reason_is_the_judged_ones(nlp, text, expected, wrong):
    rows = read(nlp, text)
    assert expected in rows and wrong not in rows, rows


# "Ariel Sharon returned from the United States", "John Howard will travel to Indonesia": a statesman's journey to
# a foreign country or one of its large cities visits it
JOURNEYS = [
    (
        "Israeli Prime Minister Ariel Sharon arrived in the United States on Monday.",
        {("Ariel Sharon", "communicate", "United States", None, False, A)},
    ),
    (
        "Israeli Prime Minister Ariel Sharon returned from the United States.",
        {("Ariel Sharon", "communicate", "United States", None, False, A)},
    ),
    (
        "Australian Prime Minister John Howard will travel to Jakarta for the meeting.",
        {("John Howard", "communicate", "Indonesia", None, False, A)},
    ),
    (
        "Iranian Foreign Minister Mohammad Javad Zarif flew to Washington.",
        {("Mohammad Javad Zarif", "communicate", "United States", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", JOURNEYS)
def test_a_statesmans_journey_visits_the_country(nlp, text, expected):
    check_exact(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Australian Prime Minister John Howard returned to Australia.",  # home
        "Australian woman Denise Almao had gone to Brazil.",  # a citizen, not a statesman
        "Israeli Prime Minister Ariel Sharon came to power in 2001.",  # no country
        "Iranian Foreign Minister Mohammad Javad Zarif travelled to New York.",  # not York, England
    ],
)
def test_no_visit_read(nlp, text):
    rows = read(nlp, text)
    assert not any(row[1] == "communicate" for row in rows), rows


# "New York" is no town of England: a city name is looked up whole, not by its last word
def test_new_york_is_not_york(nlp):
    rows = read(nlp, "Iran fired missiles at New York.")
    assert not any(row[2] == "United Kingdom" for row in rows), rows


def test_being_hopeful_another_will_act_appeals_to_it(nlp):
    check(
        nlp,
        "Alexander Downer said he is hopeful the Americans will facilitate access to David Hicks.",
        {("Alexander Downer", "appeal", "United States", None, False, A)},
    )


# "the US-hosted meeting between Israel and the Palestinians": the host meets each party
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Anthony Zinni described the US-hosted meeting between Israel and the Palestinians as positive.",
            {
                ("United States", "communicate", "Israel", None, False, A),
                ("United States", "communicate", "Palestine", None, False, A),
            },
        ),
        (
            "An Egyptian-brokered truce between Israel and Hamas collapsed.",
            {("Egypt", "communicate", "Israel", None, False, A), ("Egypt", "communicate", "Hamas", None, False, A)},
        ),
    ],
)
def test_a_hosted_act_relates_the_host_to_its_parties(nlp, text, expected):
    check(nlp, text, expected)


# "may soon have access to David Hicks": reaching a person held is contact with him; "banned their access to
# Pakistan's airspace" is no contact
def test_access_to_a_person_is_contact(nlp):
    check(
        nlp,
        "Australian officials gained access to David Hicks.",
        {("Australia", "communicate", "David Hicks", None, False, A)},
    )


def test_access_to_airspace_is_no_contact(nlp):
    rows = read(nlp, "India will also ban their access to Pakistan's airspace.")
    assert not any(row[1] == "communicate" for row in rows), rows


# in a press statement's own words, "PRC provocations", "a full assault on media freedom": acts the words condemn
BYLINE = "Ned Price, Department Spokesperson\n\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            BYLINE + "These actions are part of a broader trend of PRC provocations against its neighbours.",
            ("United States", "criticise", "China", None, False, A),
        ),
        (
            BYLINE + "At home, the Kremlin is engaged in a full assault on media freedom and the truth.",
            ("United States", "criticise", "Russia", None, False, A),
        ),
    ],
)
def test_a_statements_words_condemn_the_act(nlp, text, expected):
    assert expected in read(nlp, text), read(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "These actions are part of a broader trend of PRC provocations, the report says.",  # a news report's words
        BYLINE + "The PRC has made no provocation this year.",  # denied
        BYLINE + "Russia's army launched an assault on Kharkiv.",  # a blow, not at a freedom: no verdict
    ],
)
def test_no_condemnation_read(nlp, text):
    assert not any(row[1] == "criticise" for row in read(nlp, text)), read(nlp, text)


# "NATO members France, Turkey, Italy, Canada and Spain will join", parsed as "France" with an apposition: a country
# is never another country, so the apposition goes on with the list
def test_a_list_of_countries_parsed_as_an_apposition(nlp):
    text = "NATO members France, Turkey, Italy, Canada and Spain will join the International Security Assistance Force."
    rows = read(nlp, text)
    joined = {row[0] for row in rows if row[1] == "cooperate"}
    assert {"France", "Turkey", "Italy", "Canada", "Spain"} <= joined, rows


def test_an_apposition_naming_no_country_is_no_list(nlp):
    rows = read(nlp, "Britain, Tony Blair, will lead the International Security Assistance Force.")
    assert ("United Kingdom", "cooperate", "International Security Assistance Force", None, False, A) in rows, rows
    assert not any(row[0] == "Tony Blair" for row in rows), rows


# "asked Zinni to put pressure on Israel to stop its assassinations ... and to lift the blockade", where the parser
# joins "to lift" to "asked": the infinitive goes on the one before it (Israel's act, asked for), not Arafat's
def test_a_to_infinitive_joined_to_a_finite_verb(nlp):
    text = (
        "President Arafat asked Mr Zinni to put pressure on Israel to stop its assassinations, its military "
        "escalation and to lift the blockade on Palestinian territories."
    )
    rows = read(nlp, text)
    assert ("Israel", "yield", "Palestine", None, False, R) in rows, rows
    assert not any(row[0] == "Yasser Arafat" and row[1] == "yield" for row in rows), rows


def test_infinitives_joined_to_each_other(nlp):
    check(
        nlp,
        "Iran decided to meet Russia and to sign a deal with China.",
        {
            ("Iran", "communicate", "Russia", None, False, "intended"),
            ("Iran", "cooperate", "China", None, False, "intended"),
        },
    )


# "When Ford and Kissinger called in to Jakarta, Suharto claimed that ...": a claim charges what it says, not the
# clause beside it
def test_a_claim_charges_only_what_it_says(nlp):
    text = (
        "When Gerald Ford and Henry Kissinger called in to Jakarta, Suharto claimed that Portugal was trying to "
        "grant autonomy to East Timor."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Suharto" and row[1] == "criticise" for row in rows), rows


def test_a_claim_still_charges_its_content(nlp):
    check(
        nlp,
        "Israel claimed that Hamas had attacked Israeli soldiers.",
        {("Israel", "criticise", "Hamas", None, False, A)},
    )


# "Representatives Eliot Engel, Adam Schiff and ...", "Sen. Lindsey Graham": a lawmaker's title is no part of the name
@pytest.mark.parametrize(
    "text,name",
    [
        ("Representatives Eliot Engel and Adam Schiff criticised Donald Trump.", "Eliot Engel"),
        ("Congressman Adam Schiff criticised Donald Trump.", "Adam Schiff"),
    ],
)
def test_a_lawmakers_title_is_not_his_name(nlp, text, name):
    assert (name, "criticise", "Donald Trump", None, False, A) in read(nlp, text), read(nlp, text)


# "Saudi agents murdered the journalist": agents and operatives named by a nationality are its state's
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Saudi agents murdered the journalist Jamal Khashoggi in Istanbul.",
            {("Saudi Arabia", "attack", "Jamal Khashoggi", None, False, A)},
        ),
        (
            "Evidence supported the murder of the journalist Jamal Khashoggi by Saudi agents.",
            {("Saudi Arabia", "attack", "Jamal Khashoggi", None, False, A)},
        ),
    ],
)
def test_agents_of_a_state(nlp, text, expected):
    check(nlp, text, expected)


def test_slaying_attacks(nlp):
    check(
        nlp,
        "The journalist Jamal Khashoggi was slain by Saudi agents.",
        {("Saudi Arabia", "attack", "Jamal Khashoggi", None, False, A)},
    )


# "called Arafat's promise a political ploy": a verdict of deceit criticises the act's maker
@pytest.mark.parametrize(
    "text",
    [
        "Israel called Yasser Arafat's promise a political ploy.",
        "Israel called Arafat's promise a political ploy.",
        "Israel described Yasser Arafat's offer as a publicity stunt.",
    ],
)
def test_a_verdict_of_deceit_criticises(nlp, text):
    check(nlp, text, {("Israel", "criticise", "Yasser Arafat", None, False, A)})


# "the day after the Ford-Suharto meeting", where spaCy tags no name: a name of a person the article named before
def test_a_known_name_the_tagger_missed(nlp):
    text = "President Gerald Ford and Suharto were in Jakarta. The invasion began after the Ford-Suharto meeting."
    rows = read(nlp, text)
    assert ("Gerald Ford", "communicate", "Suharto", None, False, A) in rows, rows
    assert len({row for row in rows if row[2] == "Suharto"}) == 1  # one actor, not a second "Suharto"


def test_a_name_before_the_person_is_introduced_is_no_one(nlp):
    text = "The invasion began after the Ford-Suharto meeting. President Gerald Ford and Suharto were in Jakarta."
    rows = read(nlp, text)
    assert not any(row[1] == "communicate" for row in rows), rows


# "gave a green light to Indonesia's invasion": endorsing an act cooperates with its doer
def test_a_green_light_endorses_the_doer(nlp):
    check(
        nlp,
        "The United States gave a green light to Indonesia's invasion of East Timor.",
        {("United States", "cooperate", "Indonesia", None, False, A)},
    )


def test_a_light_is_no_endorsement(nlp):
    rows = read(nlp, "Israel gave a light sentence to Hamas militants for their attack on Israel.")
    assert not any(row[0] == "Israel" and row[1] == "cooperate" for row in rows), rows
    rows = read(nlp, "The United Nations gave new light to Israel's attack on Hamas.")  # had read the UN cooperating
    assert not any(row[0] == "United Nations" and row[1] == "cooperate" for row in rows), rows


# "Arafat is not working to dismantle terror organizations ... and to arrest and punish terrorists": the denial
# reaches every joined infinitive, also a bare one after "to" ("to arrest and punish"); a denied act is never asserted
def test_a_denial_reaches_every_joined_infinitive(nlp):
    text = (
        "Ariel Sharon said Yasser Arafat is not working to dismantle terror organizations and to foil terror "
        "attacks against Israel and to arrest and punish Hamas militants."
    )
    rows = read(nlp, text)
    assert ("Yasser Arafat", "coerce", "Hamas", None, True, "attempted") in rows, rows
    assert not any(row[0] == "Yasser Arafat" and not row[4] for row in rows), rows


def test_joined_refusals_deny_each_act(nlp):
    check_exact(
        nlp,
        "Iran refused to meet Russia and to talk with China and to sign a deal with India.",
        {
            ("Iran", "communicate", "Russia", None, True, A),
            ("Iran", "communicate", "China", None, True, A),
            ("Iran", "cooperate", "India", None, True, A),
        },
    )


# "Sharon said Arafat is not working to dismantle terror organizations": a failure to act against misconduct is
# charged; "said Arafat was not a terrorist" charges nothing
@pytest.mark.parametrize(
    "text",
    [
        "Ariel Sharon said Yasser Arafat is not working to dismantle terror organizations.",
        "Ariel Sharon said Yasser Arafat is not fighting terrorism.",
    ],
)
def test_a_failure_to_fight_misconduct_criticises(nlp, text):
    check(nlp, text, {("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A)})


def test_denied_misconduct_is_no_charge(nlp):
    rows = read(nlp, "Ariel Sharon said Yasser Arafat had not sponsored terrorism.")
    assert not any(row[1] == "criticise" and not row[4] for row in rows), rows


# a negation audit of joined verbs: each of these had read a denied act as asserted
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Iran will neither meet Russia nor talk to China.",
            {("Iran", "communicate", "Russia", None, True, A), ("Iran", "communicate", "China", None, True, A)},
        ),
        (
            "Iran stopped attacking Israel and threatening Saudi Arabia.",
            {("Iran", "attack", "Israel", None, True, A), ("Iran", "threaten", "Saudi Arabia", None, True, A)},
        ),
    ],
)
def test_a_denial_reaches_joined_verbs(nlp, text, expected):
    check_exact(nlp, text, expected)


def test_neither_confirmed_nor_denied_stays_open(nlp):
    check_exact(
        nlp,
        "Israel neither confirmed nor denied that it had struck Iran.",
        {("Israel", "attack", "Iran", None, False, "hypothetical")},
    )


# more of the negation audit of joined verbs; each had read a denied act as asserted
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Iran has no plans to attack Israel or to meet Russia.",
            {
                ("Iran", "attack", "Israel", None, True, "intended"),
                ("Iran", "communicate", "Russia", None, True, "intended"),
            },
        ),
        ("Israel did not kill or injure any Hamas members.", {("Israel", "attack", "Hamas", None, True, A)}),
        (
            "The US has no intention of negotiating with the Taliban or supporting Iran.",
            {
                ("United States", "communicate", "Taliban", None, True, "intended"),
                ("United States", "support", "Iran", None, True, "intended"),
            },
        ),
        ("It is not true that Iran attacked Israel.", {("Iran", "attack", "Israel", None, True, A)}),
        (
            "Iran has yet to meet Russia or talk to China.",
            {("Iran", "communicate", "Russia", None, True, A), ("Iran", "communicate", "China", None, True, A)},
        ),
        (
            "Without meeting Russia, Iran signed a deal with China.",
            {("Iran", "communicate", "Russia", None, True, A), ("Iran", "cooperate", "China", None, False, A)},
        ),
    ],
)
def test_more_denials_of_joined_verbs(nlp, text, expected):
    check_exact(nlp, text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # "not" on the first infinitive only
            "The United States urges the Yemeni parties not to let this opportunity pass and to engage with Hans "
            "Grundberg.",
            ("Yemeni parties", "communicate", "Hans Grundberg", None, False, R),
        ),
        ("It is true that Iran attacked Israel.", ("Iran", "attack", "Israel", None, False, A)),
        ("Iran did not attack Israel but met Russia.", ("Iran", "communicate", "Russia", None, False, A)),
    ],
)
def test_what_the_denial_does_not_reach(nlp, text, expected):
    assert expected in read(nlp, text), read(nlp, text)


def test_a_subject_with_no_denies(nlp):
    check_exact(
        nlp, "No Iranian official met Russian diplomats.", {("Iran", "communicate", "Russia", None, True, A)}
    )


# "Iran did not deny attacking Israel": not denied, and not admitted either
@pytest.mark.parametrize(
    "text", ["Iran did not deny attacking Israel.", "Iran did not deny that it had attacked Israel."]
)
def test_an_undenied_act_is_open(nlp, text):
    check_exact(nlp, text, {("Iran", "attack", "Israel", None, False, "hypothetical")})


# "Many of bin Laden's fighters were injured", "Some of the Hamas militants attacked": the actors a quantity is taken
# from
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Some of the Hamas militants attacked Israeli soldiers.", ("Hamas", "attack", "Israel", None, False, A)),
        ("Two of the Israeli soldiers were killed by Hamas.", ("Hamas", "attack", "Israel", None, False, A)),
        (
            "Osama bin Laden, the al Qaeda leader, escaped. Many of bin Laden's fighters were injured by the US blast.",
            ("United States", "attack", "al-Qaeda", None, False, A),
        ),
    ],
)
def test_a_part_of_a_group_is_the_group(nlp, text, expected):
    assert expected in read(nlp, text), read(nlp, text)


# what a modifier says of an act's reality: "the cancelled meeting" (had read a meeting held), "any US attack on
# Iraq" (had read an attack made), "the planned talks", "a botched assassination"
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The cancelled meeting between Iran and the United States was not rescheduled.",
            {("Iran", "communicate", "United States", None, True, A)},
        ),
        ("Iran opposed any US attack on Iraq.", {("United States", "attack", "Iraq", None, False, "hypothetical")}),
        (
            "The planned talks between Iran and the United States begin on Monday.",
            {("Iran", "communicate", "United States", None, False, "intended")},
        ),
        (
            "Israel's botched assassination of a Hamas leader angered Jordan.",
            {("Israel", "attack", "Hamas", None, False, "attempted")},
        ),
    ],
)
def test_a_modifier_gives_the_acts_reality(nlp, text, expected):
    check(nlp, text, expected)


def test_any_act_is_no_act_done(nlp):
    rows = read(nlp, "Iran opposed any US attack on Iraq.")
    assert ("United States", "attack", "Iraq", None, False, A) not in rows, rows


# "said it would stop supporting Hamas if Israel withdrew": an act on a condition is conditional; a threat made on
# a condition is still made
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Iran said it would stop supporting Hamas if Israel withdrew.",
            {("Iran", "support", "Hamas", None, True, "hypothetical")},
        ),
        (
            "Iran will attack Israel if Israel attacks Syria.",
            {
                ("Iran", "threaten", "Israel", None, False, A),
                ("Israel", "attack", "Syria", None, False, "hypothetical"),
            },
        ),
    ],
)
def test_an_act_on_a_condition(nlp, text, expected):
    check_exact(nlp, text, expected)


# "the man ... John Walker Lindh ... 'He is understood to have travelled to Europe to join the KLA'": a "he" after an
# unnamed person the article is about is not the last man named
def test_he_after_an_unnamed_man(nlp):
    text = (
        "The 26-year-old man was arrested by the Northern Alliance. Daryl Williams says the man has had more extensive "
        'training than American John Walker Lindh. "He is understood to have travelled to Europe in mid-1999 to join '
        'the Kosovo Liberation Army," Mr Williams said.'
    )
    rows = read(nlp, text)
    assert not any(row[0] == "John Walker Lindh" for row in rows), rows


def test_he_after_a_named_man(nlp):
    text = (
        "American John Walker Lindh was arrested in December. "
        '"He is understood to have travelled to Europe to join the Kosovo Liberation Army," Daryl Williams said.'
    )
    check(nlp, text, {("John Walker Lindh", "cooperate", "Kosovo Liberation Army", None, False, A)})


# an intent given up, an act stopped short of: "abandoned its plan to attack Israel" had read Iran intending the
# attack; "stopped short of attacking Israel" had read nothing
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Iran abandoned its plan to attack Israel.", ("Iran", "attack", "Israel", None, True, "intended")),
        ("Iran dropped its threat to attack Israel.", ("Iran", "attack", "Israel", None, True, "intended")),
        ("Iran withdrew its offer to meet Russia.", ("Iran", "communicate", "Russia", None, True, "intended")),
        (
            "Iran backed away from its threat to attack Israel.",
            ("Iran", "attack", "Israel", None, True, "intended"),
        ),
        ("Iran stopped short of attacking Israel.", ("Iran", "attack", "Israel", None, True, A)),
        ("Iran backed away from attacking Israel.", ("Iran", "attack", "Israel", None, True, A)),
    ],
)
def test_an_intent_given_up(nlp, text, expected):
    check_exact(nlp, text, {expected})


@pytest.mark.parametrize(
    "text,cls",
    [
        ("Iran renewed its offer to meet Russia.", "intend"),
        ("Iran did not abandon its plan to meet Russia.", "communicate"),
    ],
)
def test_an_intent_kept(nlp, text, cls):
    check_exact(nlp, text, {("Iran", cls, "Russia", None, False, "intended")})  # (an offer is an intent expressed)


# "Iran never said it would attack Israel": a declaration denied makes no threat (it had read one)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Iran never said it would attack Israel.", ("Iran", "threaten", "Israel", None, True, A)),
        ("Iran said it would attack Israel.", ("Iran", "threaten", "Israel", None, False, A)),
    ],
)
def test_a_denied_declaration_threatens_no_one(nlp, text, expected):
    check_exact(nlp, text, {expected})


# "Israel has no evidence that Iran attacked Saudi Arabia": a clause nothing bears out is open, not denied (it had
# read the attack denied); "no plans to meet" and "no chance that" still deny
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Israel has no evidence that Iran attacked Saudi Arabia.",
            ("Iran", "attack", "Saudi Arabia", None, False, "hypothetical"),
        ),
        (
            "There is no sign that Iran will meet Russia.",
            ("Iran", "communicate", "Russia", None, False, "hypothetical"),
        ),
        ("Iran had no plans to meet Russia.", ("Iran", "communicate", "Russia", None, True, "intended")),
        ("There is no chance that Iran will attack Israel.", ("Iran", "attack", "Israel", None, True, "hypothetical")),
    ],
)
def test_what_no_evidence_leaves_open(nlp, text, expected):
    check_exact(nlp, text, {expected})


# "gave new impetus to Israel's attack on Hamas": a light verb's giver takes no part in another's act (it had read
# the United Nations attacking Hamas); "took part in Hamas's attack" still does
@pytest.mark.parametrize(
    "text,wrong",
    [
        ("The United Nations gave new impetus to Israel's attack on Hamas.", ("United Nations", "attack", "Hamas")),
        ("The United Nations gave new light to Israel's attack on Hamas.", ("United Nations", "attack", "Hamas")),
    ],
)
def test_giving_to_anothers_act_is_no_part_in_it(nlp, text, wrong):
    rows = read(nlp, text)
    assert ("Israel", "attack", "Hamas", None, False, A) in rows, rows
    assert not any(row[:3] == wrong for row in rows), rows


def test_taking_part_in_anothers_act(nlp):
    check(nlp, "Iran took part in Hamas's attack on Israel.", {("Iran", "attack", "Israel", None, False, A)})
