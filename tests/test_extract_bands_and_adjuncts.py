"""Issue 3: bands named by what they are ("a Somali rebel group", "Pashtun tribal leaders") and the
readings of adjuncts around denials (constructions seen in the read gold sets' misses, session 6).

Every sentence here was written by kg developers for these tests; none is copied from an article."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read

# "a Somali rebel group", "Afghan opposition forces", "Pashtun tribal leaders", "Hong Kong protesters":
# a band named by its people or place and by what it is, not the state
BANDS = [
    ("A Somali rebel group attacked Ethiopia.", {("Somali rebel group", "attack", "Ethiopia", None, False, A)}),
    (
        "Afghan opposition forces attacked the Taliban.",
        {("Afghan opposition forces", "attack", "Taliban", None, False, A)},
    ),
    (
        "Kashmiri militant groups attacked India.",
        {("Kashmiri militant groups", "attack", "India", None, False, A)},
    ),
    (
        "Pashtun tribal leaders met Hamid Karzai.",
        {("Pashtun tribal leaders", "communicate", "Hamid Karzai", None, False, A)},
    ),
    (
        "Hong Kong protesters attacked the Chinese police.",
        {("Hong Kong protesters", "attack", "China", None, False, A)},
    ),
    ("Kashmiri militants attacked India.", {("Kashmiri militants", "attack", "India", None, False, A)}),
    # named again without its people: the band named before
    (
        "Afghan tribal forces surrounded Tora Bora. Later, tribal forces said they had defeated al-Qaeda.",
        {("Afghan tribal forces", "fight", "al-Qaeda", None, False, A)},
    ),
    # a known group's fighters are the group
    ("Hamas militant groups attacked Israel.", {("Hamas", "attack", "Israel", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), BANDS)
def test_bands_named_by_what_they_are(nlp, text, expected):
    check(nlp, text, expected)


# "rebel groups" alone, "a Pashtun tribal leader" (one person): no band
@pytest.mark.parametrize(
    "text",
    ["Rebel groups attacked Syria.", "Hamid Karzai, a Pashtun tribal leader, criticised the Taliban."],
)
def test_no_band_without_a_people_or_for_one_person(nlp, text):
    names = {name for row in read(nlp, text) for name in (row[0], row[2])}
    assert not any("rebel" in n.lower() or "tribal" in n.lower() for n in names), names


# "denied the report, accusing Israel": the participle after the comma is asserted, not denied
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran denied the report, accusing Israel of lying.", {("Iran", "criticise", "Israel", None, False, A)}),
        (
            "Kashmiri militant groups denied involvement in the attack, accusing Indian intelligence instead.",
            {("Kashmiri militant groups", "criticise", "India", None, False, A)},
        ),
    ],
)
def test_a_participle_after_a_denial_is_not_denied(nlp, text, expected):
    check(nlp, text, expected)
    assert not any(row[4] for row in read(nlp, text))


# the gerund a denial or refusal governs stays denied
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran denied attacking Saudi Arabia.", {("Iran", "attack", "Saudi Arabia", None, True, A)}),
        ("China refrained from criticising Russia.", {("China", "criticise", "Russia", None, True, A)}),
    ],
)
def test_a_governed_gerund_stays_denied(nlp, text, expected):
    check(nlp, text, expected)


# "demanded that Israel withdraw", "urged that Russia should pull out": the one a request's that-clause
# asks to act is its addressee; the act itself is requested
MANDATIVE = [
    (
        "The United Nations demanded that Israel withdraw from Gaza.",
        {("United Nations", "demand", "Israel", None, False, A)},
    ),
    (
        "The United States demanded that Israel negotiate with Hamas.",
        {
            ("United States", "demand", "Israel", None, False, A),
            ("Israel", "communicate", "Hamas", None, False, "requested"),
        },
    ),
    ("France urged that Russia should withdraw its troops.", {("France", "appeal", "Russia", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), MANDATIVE)
def test_the_subject_of_a_requested_that_clause_is_the_addressee(nlp, text, expected):
    check(nlp, text, expected)


# "insisted that Iran was cooperating" is a claim about Iran, no demand on it
def test_a_claimed_that_clause_is_no_demand(nlp):
    found = read(nlp, "The United States insisted that Iran was cooperating with Russia.")
    assert not any(row[0] == "United States" and row[2] == "Iran" for row in found), found


# "held military drills around Taiwan" shows force to Taiwan; drills "with" a country are done together
DRILLS = [
    ("China held military drills around Taiwan.", {("China", "posture", "Taiwan", None, False, A)}),
    ("China staged large-scale drills near Taiwan.", {("China", "posture", "Taiwan", None, False, A)}),
    ("Russia conducted war games close to Poland.", {("Russia", "posture", "Poland", None, False, A)}),
    ("Japan held joint exercises with the United States.", {("Japan", "cooperate", "United States", None, False, A)}),
    ("Hezbollah vowed revenge on Israel.", {("Hezbollah", "threaten", "Israel", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), DRILLS)
def test_drills_and_revenge(nlp, text, expected):
    check(nlp, text, expected)


# "the exercise of power" is no drill
def test_the_exercise_of_power_is_no_drill(nlp):
    assert not read(nlp, "The exercise of power by Russia near Estonia worried NATO.") & {
        ("Russia", "posture", "Estonia", None, False, A)
    }


# "Saudi-led coalition aircraft": craft of a coalition led by a country are the leader's
def test_craft_of_a_led_coalition_are_the_leaders(nlp):
    check(
        nlp,
        "Saudi-led coalition aircraft struck Houthi positions in Sanaa.",
        {("Saudi Arabia", "attack", "Houthis", None, False, A)},
    )


# "traded fire", "traded accusations", "held joint drills": acts two subjects do to or with each other
TRADED = [
    ("India and Pakistan traded fire across the border.", {("India", "fight", "Pakistan", None, False, A)}),
    (
        "India and Pakistan traded accusations over the attack.",
        {("India", "criticise", "Pakistan", None, False, A)},
    ),
    (
        "The United States and South Korea held joint drills.",
        {("United States", "cooperate", "South Korea", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRADED)
def test_acts_traded_between_two_subjects(nlp, text, expected):
    check(nlp, text, expected)


# "prompting US strikes on Yemen": the act a verb of drawing brings about is not its subject's
def test_a_drawn_act_is_not_the_subjects(nlp):
    found = read(nlp, "The Houthis attacked ships in the Red Sea, prompting US and British strikes on Yemen.")
    assert ("United States", "attack", "Yemen", None, False, A) in found
    assert not any(row[0] == "Houthis" and row[2] == "Yemen" for row in found), found


# "North Korea stated it would attack South Korea": a hostile act a side declares it will do is its threat,
# not an attack; a friendly one is intended; another side's forecast of an attack is hypothetical
FUTURES = [
    (
        "North Korea stated it would attack South Korea within 48 hours.",
        {("North Korea", "threaten", "South Korea", None, False, A)},
    ),
    ("Russia warned it would strike Ukraine.", {("Russia", "threaten", "Ukraine", None, False, A)}),
    (
        "Iran will attack Israel, the Iranian foreign minister said.",
        {("Iran", "threaten", "Israel", None, False, A)},
    ),
    (
        "Pakistan said it would cooperate with the United States.",
        {("Pakistan", "cooperate", "United States", None, False, "intended")},
    ),
    (
        "Israel said Iran would attack Saudi Arabia.",
        {("Iran", "attack", "Saudi Arabia", None, False, "hypothetical")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FUTURES)
def test_declared_and_forecast_acts(nlp, text, expected):
    check(nlp, text, expected)
    assert not any(row[1] == "attack" and row[5] == A for row in read(nlp, text))


# "Speaking to Martin Smith of PBS, he said, '...'": the opening participle is the speaker's
def test_an_opening_participle_before_a_quote_is_the_speakers(nlp):
    check(
        nlp,
        "Crown Prince Mohammed bin Salman of Saudi Arabia accepted responsibility. Speaking to Martin Smith of "
        'PBS, he said, "It happened under my watch."',
        {("Mohammed bin Salman", "communicate", "Martin Smith", None, False, A)},
    )


# "Erdogan said Israel is a terror state": a speaker branding an actor with a word before a plain noun
BRANDED = [
    ("Erdogan said Israel is a terror state.", {("Recep Tayyip Erdoğan", "criticise", "Israel", None, False, A)}),
    ("Lavrov said NATO was an aggressive bloc.", {("Sergey Lavrov", "criticise", "NATO", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), BRANDED)
def test_a_speaker_branding_an_actor_criticises_it(nlp, text, expected):
    check(nlp, text, expected)


def test_a_plain_description_brands_no_one(nlp):
    assert not read(nlp, "Erdogan said Israel is a strong state.")


# aid held back is a cut, never support: "withheld security aid to Ukraine", "delayed weapons deliveries"
WITHHELD = [
    ("The United States withheld security aid to Ukraine.", {("United States", "reduce", "Ukraine", None, False, A)}),
    ("Germany delayed weapons deliveries to Ukraine.", {("Germany", "reduce", "Ukraine", None, False, A)}),
    (
        "Congress examined the Trump administration's temporary withholding of security aid to Ukraine.",
        {("United States", "reduce", "Ukraine", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITHHELD)
def test_aid_held_back_is_a_cut(nlp, text, expected):
    check(nlp, text, expected)
    assert not any(row[1] == "support" for row in read(nlp, text))


# "condemned Germany's delivery of tanks to Ukraine": the parser hangs "to Ukraine" on the judging verb; it is
# the delivery's recipient, not the one condemned
def test_a_judged_acts_recipient_is_not_judged(nlp):
    found = read(nlp, "Russia condemned Germany's delivery of tanks to Ukraine.")
    assert {
        ("Russia", "criticise", "Germany", None, False, A),
        ("Germany", "support", "Ukraine", None, False, A),
    } <= found
    assert ("Russia", "criticise", "Ukraine", None, False, A) not in found


def test_an_arms_sale_supports_the_buyer(nlp):
    check(
        nlp,
        "China condemned the US sale of weapons for Taiwan.",
        {("United States", "support", "Taiwan", None, False, A)},
    )


# "ordered Khashoggi's killing": the person whose killing was ordered is its victim
def test_the_possessor_of_an_ordered_killing_is_its_victim(nlp):
    check(nlp, "Putin ordered Navalny's killing.", {("Vladimir Putin", "attack", "Alexei Navalny", None, False, A)})


# "the kingdom" is the last monarchy named, not the last country: "Saudi Arabia ... Iran ... The kingdom"
def test_the_kingdom_is_the_last_monarchy_named(nlp):
    found = read(
        nlp, "Saudi Arabia restored ties with Iran. The kingdom also invited Iranian President Ebrahim Raisi to Riyadh."
    )
    assert ("Saudi Arabia", "appeal", "Ebrahim Raisi", None, False, A) in found
    assert not any(row[0] == "Iran" for row in found), found


# "Islamabad rejected the charge": the charge is the accusation reported before, so the rejection answers the accuser
def test_a_rejected_charge_answers_the_accuser(nlp):
    check(
        nlp,
        "India accused Pakistan of sheltering militants. Islamabad rejected the charge.",
        {("Pakistan", "reject", "India", None, False, A)},
    )


# "the two NATO members": the pair named before
def test_the_two_members_are_the_pair_named_before(nlp):
    check(
        nlp,
        "Turkey and Greece held talks in Athens. The two NATO members agreed to reduce tensions.",
        {("Turkey", "cooperate", "Greece", None, False, A)},
    )


# weapons sent are support, a letter sent is talk
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States sent tanks to Ukraine.", {("United States", "support", "Ukraine", None, False, A)}),
        ("The United States sent a letter to Iran.", {("United States", "communicate", "Iran", None, False, A)}),
    ],
)
def test_what_is_sent_names_the_relation(nlp, text, expected):
    check(nlp, text, expected)


# "his country" is the country of the one "his" names
def test_a_pronouns_country(nlp):
    check(
        nlp,
        "Ukrainian President Volodymyr Zelensky said his country would never surrender to Russia.",
        {("Ukraine", "yield", "Russia", None, True, A)},
    )


# "We are not at war with Russia," Scholz told parliament: a statement to its hearers, no request
def test_a_statement_told_is_no_request(nlp):
    found = read(nlp, '"We are not at war with Russia," German Chancellor Olaf Scholz told parliament.')
    assert ("Germany", "fight", "Russia", None, True, A) in found, found


# "China is our partner, not our enemy": a role the speaker names, and a verdict it denies on the spot
def test_a_role_named_and_a_verdict_denied(nlp):
    found = read(nlp, '"China is our partner, not our enemy," Brazilian President Lula said.')
    assert ("China", "cooperate", "Brazil", None, False, A) in found
    assert not any(row[1] == "criticise" and not row[4] for row in found), found


def test_a_verdict_under_a_negated_copula_is_denied(nlp):
    found = read(nlp, "Lula said China is not an enemy.")
    assert found and all(row[4] for row in found if row[1] == "criticise"), found


# "Blinken told Lavrov that the US would support Ukraine": a declared future act is intended
def test_a_future_act_told_is_intended(nlp):
    check(
        nlp,
        "Blinken told Lavrov that the United States would support Ukraine.",
        {("United States", "support", "Ukraine", None, False, "intended")},
    )


# "concerned by reports that Russia is recruiting Cuban citizens": the concern is about the reported doer
CONCERNS = [
    (
        "The United States is deeply concerned by reports that Russia is recruiting Cuban citizens.",
        {("United States", "criticise", "Russia", None, False, A)},
    ),
    ("France is worried about Russia.", {("France", "criticise", "Russia", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), CONCERNS)
def test_concern_over_a_reported_doer(nlp, text, expected):
    check(nlp, text, expected)


# "handed over 20 al-Qaeda suspects to US authorities": captives handed over are held, not helped
def test_captives_handed_over_are_held(nlp):
    found = read(nlp, "Pakistan has handed over 20 al-Qaeda suspects to US authorities.")
    assert ("Pakistan", "coerce", "al-Qaeda", None, False, A) in found
    assert not any(row[2] == "al-Qaeda" and row[1] == "support" for row in found), found


# "after pressure from the United States", "Under US pressure", "Facing pressure from the EU": the presser
# pressed the one who acted
PRESSURED = [
    (
        "The Palestinian Authority arrested dozens of militants after pressure from the United States.",
        {("United States", "coerce", "Palestine", None, False, A)},
    ),
    ("Under US pressure, Pakistan banned two groups.", {("United States", "coerce", "Pakistan", None, False, A)}),
    (
        "Facing pressure from the EU, Serbia recognised Kosovo.",
        {("European Union", "coerce", "Serbia", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESSURED)
def test_pressure_on_the_one_who_acted(nlp, text, expected):
    check(nlp, text, expected)


# "accused Tehran of arming the Houthis, a charge Iran denies": the one who rejects a charge rejects its accuser
CHARGES = [
    (
        "Washington accused Tehran of arming the Houthis, a charge Iran denies.",
        {("Iran", "reject", "United States", None, False, A)},
    ),
    (
        "Armenia accused Azerbaijan of violating the ceasefire, a claim Baku rejected.",
        {("Azerbaijan", "reject", "Armenia", None, False, A)},
    ),
    (
        "Israel blamed Hamas for the attack, a claim the group has not denied.",
        {("Hamas", "reject", "Israel", None, True, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHARGES)
def test_rejecting_a_charge_rejects_the_accuser(nlp, text, expected):
    check(nlp, text, expected)


# "militants linked to Jaish-e-Mohammed", "militants affiliated with Hamas": members of the group they are tied to
TIED = [
    (
        "Pakistan has arrested dozens of militants linked to Jaish-e-Mohammed.",
        {("Pakistan", "coerce", "Jaish-e-Mohammed", None, False, A)},
    ),
    ("Israel killed three militants affiliated with Hamas.", {("Israel", "attack", "Hamas", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), TIED)
def test_militants_tied_to_a_group_are_its_members(nlp, text, expected):
    check(nlp, text, expected)
    assert not any(row[1] == "cooperate" for row in read(nlp, text))


# denials and refusals: "no longer", "no intention of", a relative "which Ankara denies", "denied any involvement"
DENIALS = [
    (
        "Germany no longer supplies weapons to Saudi Arabia.",
        {("Germany", "support", "Saudi Arabia", None, True, A)},
    ),
    (
        "The United States has no intention of negotiating with the Taliban.",
        {("United States", "communicate", "Taliban", None, True, "intended")},
    ),
    (
        "The Kremlin denied any involvement in the attack on Ukraine.",
        {("Russia", "attack", "Ukraine", None, True, A)},
    ),
    (
        "Kashmiri militant groups denied involvement in Thursday's attack on the Indian Parliament.",
        {("Kashmiri militant groups", "attack", "India", None, True, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_denials_and_refusals(nlp, text, expected):
    check(nlp, text, expected)
    assert not any(row[0] == next(iter(expected))[0] and not row[4] for row in read(nlp, text))


# "accused of supporting ISIS, which Ankara denies": what is denied is the charge, not ISIS
def test_a_relative_denial_denies_no_actor(nlp):
    found = read(nlp, "Turkey has been accused of supporting ISIS, which Ankara denies.")
    assert not any(row[1] == "reject" for row in found), found


# "Biden is scheduled to meet Xi", "are expected to meet": the scheduled one will do it (intended)
SCHEDULED = [
    ("Biden is scheduled to meet Xi.", {("Joe Biden", "communicate", "Xi Jinping", None, False, "intended")}),
    ("Biden and Xi are expected to meet.", {("Joe Biden", "communicate", "Xi Jinping", None, False, "intended")}),
    ("Russia is set to sign a deal with Iran.", {("Russia", "cooperate", "Iran", None, False, "intended")}),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULED)
def test_a_scheduled_act_is_the_subjects_intended_act(nlp, text, expected):
    check(nlp, text, expected)


# "arrived in Israel for talks with Netanyahu": talks a traveller came for; "called for talks" only asks for them
def test_travel_for_talks_is_talk(nlp):
    check(
        nlp,
        "Blinken arrived in Israel for talks with Netanyahu.",
        {("Antony Blinken", "communicate", "Benjamin Netanyahu", None, False, A)},
    )


def test_a_call_for_talks_is_no_talk(nlp):
    assert not any(row[1] == "communicate" for row in read(nlp, "Iran called for talks with the United States."))


# "attacked ships linked to Israel": a hostile act on things tied to an actor is aimed at the actor
def test_things_linked_to_an_actor_are_its(nlp):
    check(
        nlp,
        "The Houthis have attacked ships linked to Israel.",
        {("Houthis", "attack", "Israel", None, False, A)},
    )


# "imposed tariffs on Australian wine", where the parser hangs "on" on the verb: a measure on a country's thing
# (tariffs imposed reduce relations, CAMEO 163, since session 11)
def test_a_measure_on_a_countrys_thing(nlp):
    check(nlp, "China imposed tariffs on Australian wine.", {("China", "reduce", "Australia", None, False, A)})


# "added Huawei to its trade blacklist": listing an actor for measures; "the list of guests" is no such list
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US added Huawei to its trade blacklist.", {("United States", "reduce", "Huawei", None, False, A)}),
        (
            "The EU added Russia to its list of high-risk countries.",
            {("European Union", "reduce", "Russia", None, False, A)},
        ),
    ],
)
def test_blacklisting(nlp, text, expected):
    check(nlp, text, expected)


def test_a_guest_list_is_no_blacklist(nlp):
    assert not any(row[1] == "reduce" for row in read(nlp, "Germany added France to the list of guests."))


# a strike on a town is aimed at its country, whether spaCy names the town a place or not at all
TOWNS_STRUCK = [
    ("Israel struck Isfahan.", {("Israel", "attack", "Iran", None, False, A)}),
    ("Hamas fired rockets at Ashkelon.", {("Hamas", "attack", "Israel", None, False, A)}),
    ("Russia launched missiles at Kharkiv.", {("Russia", "attack", "Ukraine", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS_STRUCK)
def test_a_struck_town_is_its_country(nlp, text, expected):
    check(nlp, text, expected)


def test_a_visit_to_a_town_is_no_attack(nlp):
    assert not read(nlp, "The envoy flew to Ashkelon.")


# state broadcasters speak for their state; "Russian hackers" are a band, not the state
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian state television accused Israel of the attack.", {("Iran", "criticise", "Israel", None, False, A)}),
        ("Russian hackers attacked the German parliament.", {("Russian hackers", "attack", "Germany", None, False, A)}),
    ],
)
def test_state_broadcasters_and_hackers(nlp, text, expected):
    check(nlp, text, expected)


# "protesters in Hong Kong", "militants in Gaza": a group named by the place it acts in; "militants in Hamas" are Hamas
PLACED_GROUPS = [
    (
        "Protesters in Hong Kong clashed with Chinese police.",
        {("Hong Kong protesters", "fight", "China", None, False, A)},
    ),
    ("Militants in Gaza fired rockets at Israel.", {("Gaza militants", "attack", "Israel", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_GROUPS)
def test_a_group_named_by_the_place_it_acts_in(nlp, text, expected):
    check(nlp, text, expected)
