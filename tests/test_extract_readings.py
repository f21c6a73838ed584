"""Issue 3: constructions seen in the read gold sets' misses (session 8): judgements that accuse, a person's
definite descriptions, kept states, a weapon's harm, struck places and regions, pairs sharing a word or a
dash, agentless measures, and names with offices or variant spellings.

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (the Lee corpus texts bg_014, bg_035, bg_093, bg_147, bg_152, bg_243,
bg_283 and lee_006, and the Wikinews and State Department texts of tests/gold/dev3 and tests/gold/heldout),
which is where each construction was seen; none is a whole article sentence the gold scores."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read

# "The CIA believes the crown prince ordered the killing": a judgement that another side did a hostile act
# accuses it, as a report of it does
JUDGEMENTS = [
    (
        "The CIA believes Vladimir Putin ordered the killing of Alexei Navalny.",
        {
            ("Vladimir Putin", "attack", "Alexei Navalny", None, False, A),
            ("United States", "criticise", "Vladimir Putin", None, False, A),
        },
    ),
    (
        "Israel suspects that Hamas carried out the attack on Israel.",
        {
            ("Hamas", "attack", "Israel", None, False, A),
            ("Israel", "criticise", "Hamas", None, False, A),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), JUDGEMENTS)
def test_a_judgement_of_a_hostile_act_accuses(nlp, text, expected):
    check(nlp, text, expected)


def test_believing_in_a_friendly_act_accuses_no_one(nlp):
    rows = read(nlp, "Iran believes Russia supports Syria.")
    assert not any(row[1] == "criticise" for row in rows), rows


# "ordered the killing of X", "ordered the arrest of X": the act ordered is done to the one it names
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia ordered the killing of Alexei Navalny.", {("Russia", "attack", "Alexei Navalny", None, False, A)}),
        (
            "Vladimir Putin ordered the murder of Boris Nemtsov.",
            {("Vladimir Putin", "attack", "Boris Nemtsov", None, False, A)},
        ),
    ],
)
def test_an_act_ordered_on_someone(nlp, text, expected):
    check(nlp, text, expected)


# "Iran says Israel attacked its embassy in Damascus": an embassy in a city is not the city's country's
def test_an_embassy_in_a_city_is_not_that_countrys(nlp):
    rows = read(nlp, "Iran says Israel attacked its embassy in Damascus.")
    assert not any(row[2] == "Syria" for row in rows), rows


def test_the_police_in_a_city_are_that_countrys(nlp):
    check(nlp, "Police in Karachi arrested the militants.", {("Pakistan", "coerce", "militants", None, False, A)})


# "the Saudi royal family", "members of the Saudi royal family": a monarchy's ruling house is its government
def test_a_royal_family_is_its_countrys_government(nlp):
    text = "Senior members of the Saudi royal family paid money to al-Qaeda."
    check(nlp, text, {("Saudi Arabia", "support", "al-Qaeda", None, False, A)})


def test_a_family_that_is_not_royal_is_no_government(nlp):
    rows = read(nlp, "The Hicks family thanked the Australian Government.")
    assert not any(row[0] == "Australia" for row in rows), rows


# "is under the protection of the Taliban", "in the custody of American troops": the keeper shelters or
# holds the one kept
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Osama bin Laden is under the protection of the Taliban.",
            {("Taliban", "support", "Osama bin Laden", None, False, A)},
        ),
        (
            "Osama bin Laden lives under Taliban protection.",
            {("Taliban", "support", "Osama bin Laden", None, False, A)},
        ),
        (
            "The Kurds are not under the protection of the United States.",
            {("United States", "support", "Kurds", None, True, A)},
        ),
        (
            "David Hicks is now in the custody of American troops.",
            {("United States", "coerce", "David Hicks", None, False, A)},
        ),
    ],
)
def test_kept_in_someones_protection_or_custody(nlp, text, expected):
    check(nlp, text, expected)


# "Maulana Fazalur Rehman ... Rehman": an honorific is no part of the name
def test_an_honorific_is_not_part_of_the_name(nlp):
    rows = read(nlp, "Osama is under the protection of Maulana Fazalur Rehman.")
    assert any(row[0] == "Fazalur Rehman" for row in rows), rows


# "Osama bin Laden ... the Saudi-born dissident", "David Hicks ... the 26-year-old": a definite description
# of one person is the article's main person named before
DESCRIPTIONS = [
    (
        "Osama bin Laden fled to Pakistan. Osama bin Laden is wanted by the United States. "
        "A spokesman says the Saudi-born dissident attacked Pakistan.",
        {("Osama bin Laden", "attack", "Pakistan", None, False, A)},
    ),
    (
        "Australian David Hicks was detained in Afghanistan. Mr Hicks fought with the Taliban. "
        "Kevin Rudd says officials must find the 26-year-old who has been arrested by the Northern Alliance.",
        {("Northern Alliance", "coerce", "David Hicks", None, False, A)},
    ),
    (
        "Osama bin Laden fled. Osama bin Laden is hiding. The United States captured the terror suspect.",
        {("United States", "coerce", "Osama bin Laden", None, False, A)},  # a person captured (session 35)
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTIONS)
def test_a_description_of_the_main_person(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # no one stands out: two people named as often
        "Osama bin Laden fled to Pakistan. Saddam Hussein fled to Syria. Osama bin Laden hid in a cave. "
        "Saddam Hussein hid in a bunker. The United States captured the dissident.",
        # a bare "the suspect" may be someone the article never names
        "Osama bin Laden fled. Osama bin Laden hid. Israeli troops shot the suspect dead.",
    ],
)
def test_a_description_with_no_main_person_names_no_one(nlp, text):
    rows = read(nlp, text)
    assert not any(row[2] == "Osama bin Laden" for row in rows), rows


# "fired a rocket that killed three Israelis", "detonated a device that killed 15": the harm a weapon did is
# done by whoever used it
@pytest.mark.parametrize(
    "text",
    [
        "Hamas fired a rocket that killed three Israelis.",
        "A suicide bomber from Hamas detonated a device that killed 15 Israeli passengers.",
    ],
)
def test_the_harm_of_a_weapon_is_its_users(nlp, text):
    check(nlp, text, {("Hamas", "attack", "Israel", None, False, A)})


# "bombed security buildings in Ramallah", "bombed Gaza City security buildings": an unowned thing struck in
# a country's town is the country's; an owned one stays its owner's
@pytest.mark.parametrize(
    "text",
    [
        "Israeli warplanes bombed security buildings in Ramallah.",
        "Israeli warplanes bombed Gaza City security buildings.",
        "Israeli warplanes bombed security buildings in Gaza City.",
    ],
)
def test_a_thing_struck_in_a_town_is_its_countrys(nlp, text):
    check(nlp, text, {("Israel", "attack", "Palestine", None, False, A)})


def test_an_owned_thing_struck_in_a_country_is_its_owners(nlp):
    rows = read(nlp, "US warplanes bombed Taliban positions in Afghanistan.")
    assert ("United States", "attack", "Taliban", None, False, A) in rows, rows
    assert not any(row[2] == "Afghanistan" for row in rows), rows


# "blew themselves up, injuring four Israelis": to injure is to attack
def test_injuring_is_an_attack(nlp):
    text = "Hamas bombers blew themselves up in a settlement, injuring four Israelis."
    check(nlp, text, {("Hamas", "attack", "Israel", None, False, A)})


# "an Israeli-Palestinian security meeting": two nations' adjectives joined by a dash are the pair that met
def test_a_dash_joined_pair_of_adjectives(nlp):
    text = "Anthony Zinni walked out of an Israeli-Palestinian security meeting."
    check(nlp, text, {("Israel", "communicate", "Palestine", None, False, A)})


def test_an_agent_adjective_is_no_pair(nlp):
    rows = read(nlp, "Delegates attended the UN-sponsored Afghan talks in Bonn.")
    assert not any(row[0] == "United Nations" and row[2] == "Afghanistan" for row in rows), rows


# "demanded that Arafat be arrested": the one an asked-for hostile act is done to is its target, not the
# addressee asked to act
def test_a_demand_that_someone_be_arrested(nlp):
    rows = read(nlp, "Israel demanded that Yasser Arafat be arrested.")
    assert any(r[0] == "Israel" and r[1] == "demand" and r[2] == "Yasser Arafat" for r in rows), rows


def test_a_demand_that_someone_act_is_to_them(nlp):
    check(nlp, "Russia demanded that Ukraine withdraw.", {("Russia", "demand", "Ukraine", None, False, A)})


# "attacked one of the Israeli army's armoured vehicles": a number picks from the owner's things
def test_a_number_picks_from_the_owners_things(nlp):
    text = "Palestinian militants attacked one of the Israeli army's armoured vehicles."
    check(nlp, text, {("Palestinian militants", "attack", "Israel", None, False, A)})


# "The Israeli army killed Palestinian militants who attacked its vehicles": "its" is not a nation named
# only as the adjective of a plural noun
def test_its_is_not_the_adjective_of_a_plural(nlp):
    text = "The Israeli army killed three Palestinian militants who attacked its armoured vehicles."
    rows = read(nlp, text)
    assert ("Palestinian militants", "attack", "Israel", None, False, A) in rows, rows
    assert not any(row[2] == "Palestine" for row in rows), rows


def test_its_may_be_the_modifier_of_a_thing(nlp):
    text = (
        "Israel demanded action from the Palestinian Authority. "
        "Arafat ordered the closure of dozens of Hamas offices and has started arresting its militants."
    )
    rows = read(nlp, text)
    assert not any(row[2] == "Israel" for row in rows), rows


# "fought ISIS in cooperation with Iraqi forces": acting together with someone is cooperation, whatever the act
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US troops fought ISIS in cooperation with Iraqi forces.",
            {
                ("United States", "fight", "ISIS", None, False, A),
                ("United States", "cooperate", "Iraq", None, False, A),
            },
        ),
        (
            "Turkey attacked the Kurds in coordination with Russia.",
            {("Turkey", "cooperate", "Russia", None, False, A)},
        ),
    ],
)
def test_acting_in_cooperation_with(nlp, text, expected):
    rows = read(nlp, text)
    assert expected <= rows, rows
    assert not any(row[1] in ("fight", "attack") and row[2] in ("Iraq", "Russia") for row in rows), rows


# "We are appreciative of Grundberg's efforts, working together with the United States": the participle tells
# how the one praised worked
def test_a_participle_after_praised_efforts_is_the_workers(nlp):
    text = "We appreciate Hans Grundberg's efforts, working with Saudi Arabia."
    check(nlp, text, {("Hans Grundberg", "cooperate", "Saudi Arabia", None, False, A)})


# "North and South Korea exchanged artillery fire": two countries sharing a word are two actors
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North and South Korea exchanged artillery fire yesterday.",
            {("North Korea", "fight", "South Korea", None, False, A)},
        ),
        (
            "China criticised North and South Korea.",
            {
                ("China", "criticise", "North Korea", None, False, A),
                ("China", "criticise", "South Korea", None, False, A),
            },
        ),
    ],
)
def test_two_names_sharing_a_word(nlp, text, expected):
    check(nlp, text, expected)


def test_a_country_whose_name_has_and_is_one_actor(nlp):
    check(
        nlp,
        "Trinidad and Tobago criticised Venezuela.",
        {("Trinidad and Tobago", "criticise", "Venezuela", None, False, A)},
    )


# "Conservative MP Philip Hammond", "Chief Constable Nick Adderley": offices of parliament and police are no
# part of the name
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Conservative MP Philip Hammond criticised Boris Johnson.", "Philip Hammond"),
        ("Chief Constable Nick Adderley criticised Boris Johnson.", "Nick Adderley"),
        ("Police and Crime Commissioner Stephen Mold criticised Boris Johnson.", "Stephen Mold"),
    ],
)
def test_an_office_before_a_name_is_not_the_name(nlp, text, name):
    check(nlp, text, {(name, "criticise", "Boris Johnson", None, False, A)})


# "Ayman al-Zawihiri": a well-known person written with a surname a letter apart is the same person; a person
# with other given names is not
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Taliban protected Ayman al-Zawihiri.", "Ayman al-Zawahiri"),
        ("The Taliban protected Muhammad al-Zawahiri.", "Muhammad al-Zawahiri"),
    ],
)
def test_a_surname_spelled_a_letter_apart(nlp, text, name):
    check(nlp, text, {("Taliban", "support", name, None, False, A)})


# "the Crimea region of Ukraine", "annexed Crimea": a region is a place of its country, never an actor
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia annexed Crimea.", {("Russia", "coerce", "Ukraine", None, False, A)}),
        ("Russia occupied Kherson.", {("Russia", "coerce", "Ukraine", None, False, A)}),
    ],
)
def test_a_region_seized_is_its_countrys(nlp, text, expected):
    check(nlp, text, expected)


def test_a_region_is_no_actor(nlp):
    rows = read(nlp, "Officials supported Russia's purported annexation of the Crimea region of Ukraine.")
    assert not any("Crimea" in (row[0], row[2]) for row in rows), rows


# "a gun battle between the opposition and al-Qaeda close to the caves where bin Laden hides": a name in a
# clause of its own is not one of the pair
def test_a_name_in_a_clause_after_between_is_not_paired(nlp):
    text = (
        "There has been a gun battle between the opposition and al-Qaeda close to the cave complex "
        "where Osama bin Laden is thought to be hiding."
    )
    rows = read(nlp, text)
    assert not any("Osama bin Laden" in (row[0], row[2]) for row in rows), rows


# "a bill that would have allowed China to extradite": the past conditional is of what did not happen
def test_a_counterfactual_is_hypothetical(nlp):
    rows = read(nlp, "Russia would have attacked Ukraine without the deal.")
    assert ("Russia", "attack", "Ukraine", None, False, "hypothetical") in rows, rows
    assert not any(row[5] == A for row in rows), rows


# "The attacks by Hamas left 26 Israelis dead": leaving someone dead kills them, and an act's "by" is its doer
@pytest.mark.parametrize(
    "text", ["The attacks by Hamas left 26 Israelis dead.", "Hamas gunmen left two Israelis dead."]
)
def test_leaving_someone_dead(nlp, text):
    check(nlp, text, {("Hamas", "attack", "Israel", None, False, A)})


# "were expelled from India", "were confined to New Delhi", "were arrested in Egypt": with no agent, the
# country where a measure holds, or that one is removed from, took it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistani diplomats were expelled from India.", {("India", "reduce", "Pakistan", None, False, A)}),
        ("Pakistani diplomats were confined to New Delhi.", {("India", "coerce", "Pakistan", None, False, A)}),
        ("Hamas members were arrested in Egypt.", {("Egypt", "coerce", "Hamas", None, False, A)}),
    ],
)
def test_the_country_of_an_agentless_measure(nlp, text, expected):
    check(nlp, text, expected)


# the weapon rule holds only for the one who used it: "condemned the attack that killed", "condemned the attack
# targeting Israelis", "rejected a deal that punishes Russia" say nothing of the condemner's or rejecter's acts
@pytest.mark.parametrize(
    "text",
    [
        "The United States condemned the attack that killed ten Israelis.",
        "Iran rejected a deal that punishes Russia.",
        "The United States condemned the attack targeting Israelis.",
    ],
)
def test_a_judged_act_is_not_the_judges(nlp, text):
    rows = read(nlp, text)
    assert not any(row[0] in ("United States", "Iran") for row in rows), rows


def test_a_ban_towards_a_country_is_not_that_countrys(nlp):
    rows = read(nlp, "Flights were banned to Cuba.")
    assert not any(row[0] == "Cuba" for row in rows), rows
