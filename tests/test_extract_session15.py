"""Issue 3: constructions kg missed or read wrongly (session 15).

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee), which is where each
construction was seen."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, check_exact, read

# "anti-Israeli attacks", "anti-American protests": an "anti-" before a name aims a hostile act at its actor
OPPOSED = [
    ("Hamas launched anti-Israeli attacks.", {("Hamas", "attack", "Israel", None, False, A)}),
    (
        "Hamas claimed responsibility for a wave of anti-Israeli suicide attacks.",
        {("Hamas", "attack", "Israel", None, False, A)},
    ),
    (
        "Hamas claimed responsibility for a wave of suicide attacks on Israel.",
        {("Hamas", "attack", "Israel", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", OPPOSED)
def test_an_anti_modifier_names_the_target(nlp, text, expected):
    check(nlp, text, expected)


def test_an_anti_modifier_is_not_the_doer(nlp):
    rows = read(nlp, "Hamas launched anti-Israeli attacks.")
    assert not any(row[0] == "Israel" for row in rows), rows


# "Hamas was responsible for the attack on Israel", "holds Hamas responsible for attacks on Israelis": who
# answers for a hostile act did it
ANSWERING = [
    ("Hamas is responsible for attacks on Israel.", {("Hamas", "attack", "Israel", None, False, A)}),
    (
        "Israel holds Hamas responsible for attacks on Israelis.",
        {("Hamas", "attack", "Israel", None, False, A), ("Israel", "criticise", "Hamas", None, False, A)},
    ),
    (
        "Hamas and Islamic Jihad were jointly responsible for the attack on Israel.",
        {
            ("Hamas", "attack", "Israel", None, False, A),
            ("Palestinian Islamic Jihad", "attack", "Israel", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", ANSWERING)
def test_who_answers_for_an_act_did_it(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas was not responsible for the attack on Israel.",
        "Hamas denied it was responsible for the attack on Israel.",
    ],
)
def test_denied_responsibility_is_a_denied_act(nlp, text):
    check_exact(nlp, text, {("Hamas", "attack", "Israel", None, True, A)})


def test_responsibility_for_ties_is_a_duty_not_a_deed(nlp):
    assert read(nlp, "Egypt is responsible for relations with China.") == set()


# "the Al-Aqsa Brigades said it and Hamas carried out the attack": a claim the speaker shares, not a charge
def test_a_shared_claim_charges_no_one(nlp):
    text = "The Al-Aqsa Brigades said it and Hamas carried out the attack on Israel."
    check_exact(
        nlp,
        text,
        {
            ("Al-Aqsa Martyrs' Brigades", "attack", "Israel", None, False, A),
            ("Hamas", "attack", "Israel", None, False, A),
        },
    )


def test_a_reported_act_of_others_still_charges_them(nlp):
    text = "Israel said Hamas and Islamic Jihad carried out the attack on Israelis."
    check(nlp, text, {("Israel", "criticise", "Hamas", None, False, A)})


# "a radical offshoot of Fatah, the Al-Aqsa Brigades": the parser hangs the part's own name on the whole
def test_a_named_offshoot_is_itself(nlp):
    text = "A radical offshoot of Fatah, the Al-Aqsa Brigades, attacked Israel."
    check_exact(nlp, text, {("Al-Aqsa Martyrs' Brigades", "attack", "Israel", None, False, A)})


def test_an_unnamed_wing_is_its_organisation(nlp):
    check_exact(nlp, "The armed wing of Hamas attacked Israel.", {("Hamas", "attack", "Israel", None, False, A)})


# "his recent engagement with Russian counterparts", "Iranian envoys": plural office holders of a country
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Blinken discussed his recent engagement with Russian counterparts.",
            {("Antony Blinken", "communicate", "Russia", None, False, A)},
        ),
        ("Iranian envoys met Saudi ministers.", {("Iran", "communicate", "Saudi Arabia", None, False, A)}),
    ],
)
def test_plural_office_holders_are_their_country(nlp, text, expected):
    check(nlp, text, expected)


# "the PRC is interfering with Philippine sovereign rights", "meddled in the US election": the affairs' owner
MEDDLING = [
    ("China is interfering with Philippine sovereign rights.", {("China", "coerce", "Philippines", None, False, A)}),
    ("Russia meddled in the US election.", {("Russia", "coerce", "United States", None, False, A)}),
    ("China is interfering with the Philippines.", {("China", "coerce", "Philippines", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", MEDDLING)
def test_meddling_coerces_the_owner_of_the_affairs(nlp, text, expected):
    check_exact(nlp, text, expected)


def test_meddling_in_an_investigation_is_no_investigation(nlp):
    assert read(nlp, "Biden interfered with an investigation into Burisma Holdings.") == set()


# "the withdrawal of U.S. forces from Afghanistan": whose troops leave which country
def test_a_withdrawal_of_troops_is_their_countrys(nlp):
    text = "Al-Zawahiri moved to Kabul following the withdrawal of U.S. forces from Afghanistan."
    check_exact(nlp, text, {("United States", "yield", "Afghanistan", None, False, A)})


# "Iran called for talks between the US and Russia", "demanded US cooperation with Russia": a relation asked
# for has not happened, and the demand is made of the one asked to act
REQUESTED = [
    (
        "Iran called for talks between the US and Russia.",
        {("United States", "communicate", "Russia", None, False, "requested")},
    ),
    (
        "Iran demanded US cooperation with Russia.",
        {
            ("Iran", "demand", "United States", None, False, A),
            ("United States", "cooperate", "Russia", None, False, "requested"),
        },
    ),
    (
        "Russia demanded the withdrawal of US troops from Syria.",
        {
            ("Russia", "demand", "United States", None, False, A),
            ("United States", "yield", "Syria", None, False, "requested"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", REQUESTED)
def test_a_relation_asked_for_is_requested(nlp, text, expected):
    check_exact(nlp, text, expected)


def test_a_relation_welcomed_still_happened(nlp):
    text = "The UN welcomed talks between India and Pakistan."
    check(nlp, text, {("India", "communicate", "Pakistan", None, False, A)})


# "The text of the following statement was released by the G7 foreign ministers of Canada, France, ...": the
# countries listed are the statement's "we", not the G7 the ministers' title names
def test_a_statement_issued_by_ministers_of_listed_countries_speaks_for_them(nlp):
    text = (
        "The text of the following statement was released by the G7 foreign ministers of Canada, France and "
        "Japan.\n\nWe condemn the PRC's missile launches."
    )
    rows = read(nlp, text)
    speakers = {row[0] for row in rows if row[2] == "China"}
    assert speakers == {"Canada", "France", "Japan"}, rows


# "the international community", "under international pressure": the world at large is one actor
INTERNATIONAL = [
    (
        "The international community put pressure on Arafat.",
        {("international community", "coerce", "Yasser Arafat", None, False, A)},
    ),
    (
        "Arafat has failed to arrest the militants despite huge international pressure.",
        {("international community", "coerce", "Yasser Arafat", None, False, A)},
    ),
    (
        "Under enormous international pressure to halt the violence, Arafat called for an end to attacks.",
        {("international community", "coerce", "Yasser Arafat", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", INTERNATIONAL)
def test_the_international_community_is_an_actor(nlp, text, expected):
    check(nlp, text, expected)


def test_an_international_force_is_not_the_international_community(nlp):
    rows = read(nlp, "An international force will protect Kabul.")
    assert not any("international community" in (row[0], row[2]) for row in rows), rows


# "US pressure on Arafat to crack down on Hamas", "put pressure on Arafat to crack down": the one pressed is
# asked to act; the presser does not act
PRESSED = [
    "Arafat faces US pressure to crack down on Hamas.",
    "The US put pressure on Arafat to crack down on Hamas.",
    "The US stepped up pressure on Arafat to crack down on Hamas.",
]


@pytest.mark.parametrize("text", PRESSED)
def test_an_act_pressed_for_is_the_pressed_ones_and_requested(nlp, text):
    check_exact(
        nlp,
        text,
        {
            ("United States", "coerce", "Yasser Arafat", None, False, A),
            ("Yasser Arafat", "coerce", "Hamas", None, False, "requested"),
        },
    )


def test_a_distant_purpose_is_not_pressed_for(nlp):
    text = "The US plans campaigns to step up pressure on Baghdad and rally opinion behind the US drive to oust Saddam."
    rows = read(nlp, text)
    assert not any(row[0] == "Iraq" for row in rows), rows


# "Arafat, under US pressure to crack down on militants, arrested Hamas leaders": a done act over one asked for
def test_a_done_act_outranks_the_same_act_asked_for(nlp):
    text = "Arafat, under US pressure to crack down on Hamas, arrested Hamas leaders."
    check(nlp, text, {("Yasser Arafat", "coerce", "Hamas", None, False, A)})
    rows = read(nlp, text)
    assert ("Yasser Arafat", "coerce", "Hamas", None, False, "requested") not in rows, rows


# "killed by Israeli fire", "killed by gunfire from Israeli troops": whose fire it was did it
FIRE = [
    ("Two Palestinians were killed by Israeli fire.", {("Israel", "attack", "Palestine", None, False, A)}),
    (
        "Two Palestinians were killed by gunfire from Israeli troops.",
        {("Israel", "attack", "Palestine", None, False, A)},
    ),
    ("Two Israelis were wounded by Palestinian sniper fire.", {("Palestine", "attack", "Israel", None, False, A)}),
    ("Walid Saadi was killed by Israeli machine-gun fire.", {("Israel", "attack", "Walid Saadi", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", FIRE)
def test_fire_is_its_firers(nlp, text, expected):
    check_exact(nlp, text, expected)


# "Palestinian gunmen attacked an army post ... The army chased them": a group the sentences before resolved
# (not only named entities) is what a later "them" can stand for; chasing armed men coerces them
def test_them_is_a_group_named_in_an_earlier_sentence(nlp):
    text = "Palestinian gunmen attacked an Israeli army post. Israeli troops chased them into the hills."
    check(nlp, text, {("Israel", "coerce", "Palestinian gunmen", None, False, A)})


# "Sharon severed all ties with Arafat after another Hamas attack": an attack with no target named, by a side of
# the armed conflict the article reports most, is aimed at the other side
def test_an_untargeted_attack_hits_the_other_side_of_the_conflict(nlp):
    text = (
        "Israel launched air strikes on Hamas. Israeli tanks shelled Hamas positions. "
        "Sharon later praised the army after another Hamas attack."
    )
    found = read(nlp, text)
    assert ("Hamas", "attack", "Israel", None, False, A) in found, found
    sentence = read(nlp, text.split(". ", 2)[2])
    assert sentence == set(), sentence  # alone, the last sentence names no target


def test_words_and_sanctions_make_no_armed_conflict(nlp):
    text = (
        "The United States sanctioned Russia. The United States condemned Russia. Washington also criticised "
        "Moscow. Russia's war has caused suffering."
    )
    rows = read(nlp, text)
    assert ("Russia", "attack", "United States", None, False, A) not in rows, rows


def test_a_civil_operation_has_no_enemy(nlp):
    text = (
        "Israeli jets struck Hamas in Gaza. Hamas fired rockets at Israel. Israel shelled Hamas positions. "
        "Hamas operations continued."
    )
    rows = read(nlp, text)
    assert ("Hamas", "fight", "Israel", None, False, A) not in rows, rows


# "India accuses Pakistan of masterminding the attack ... Pakistan denies the allegation": the charged act, denied;
# where it was charged it is left open (hypothetical since session 32: never asserted beside its denial)
H = "hypothetical"
DENIED_CHARGES = [
    (
        "The US accused Iran of arming the Houthis. Iran has denied the charges.",
        {("Iran", "support", "Houthis", None, True, A), ("Iran", "support", "Houthis", None, False, H)},
    ),
    (
        "Five gunmen attacked the Indian parliament on December 13. India accuses Pakistan of masterminding the "
        "assault, but Pakistan denies the allegation.",
        {("Pakistan", "attack", "India", None, True, A), ("Pakistan", "attack", "India", None, False, H)},
    ),
]


@pytest.mark.parametrize("text,expected", DENIED_CHARGES)
def test_a_charge_denied_denies_the_charged_act(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The US accused Iran of arming the Houthis. Iran did not deny the charges.",
        "Hamas attacked Israel. Iran denied the allegation.",
    ],
)
def test_no_denial_without_a_denier_charged_before(nlp, text):
    assert not any(row[4] for row in read(nlp, text) if row[1] in ("support", "attack")), read(nlp, text)


# "India accused Pakistan of masterminding the attack on its parliament": in a charged hostile act, what "its"
# owns is the accuser's; "its own" stays the accused's
def test_its_in_a_charged_attack_is_the_accusers(nlp):
    check(
        nlp,
        "India accuses Pakistan's military intelligence of masterminding the attack on its parliament.",
        {("Pakistan", "attack", "India", None, False, A)},
    )


def test_its_own_in_a_charged_attack_is_the_accused(nlp):
    rows = read(nlp, "Israel accused Hamas of attacking its own people.")
    assert ("Hamas", "attack", "Israel", None, False, A) not in rows, rows


# "Rumsfeld said the battle against the Taliban was not over": an unowned fight a state's speaker reports is
# his side's
def test_an_unowned_fight_a_speaker_reports_is_his_sides(nlp):
    text = "US Defence Secretary Donald Rumsfeld said the battle against the Taliban and al-Qaeda was not over."
    check(
        nlp,
        text,
        {
            ("United States", "fight", "Taliban", None, False, A),
            ("United States", "fight", "al-Qaeda", None, False, A),
        },
    )


def test_an_unowned_fight_reported_by_no_states_speaker_has_no_doer(nlp):
    assert read(nlp, "A journalist said the war against the Taliban was over.") == set()


# "issued arrest warrants for 36 people, including Trump": the one a warrant is for, where the parser hangs "for"
# on the verb; "issued a statement for the press" names no one
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Iran issued arrest warrants for 36 people, including US President Donald Trump.",
            {("Iran", "coerce", "Donald Trump", None, False, A)},
        ),
        (
            "Palestinian police have issued arrest warrants for two Hamas leaders.",
            {("Palestine", "coerce", "Hamas", None, False, A)},
        ),
        ("Iran issued a statement on Monday for the press.", set()),
    ],
)
def test_a_warrant_is_for_whom_the_verbs_for_names(nlp, text, expected):
    check_exact(nlp, text, expected)


# "Haifa was the target of a Hezbollah rocket attack": the country of a town attacked
def test_a_town_that_was_the_target_is_its_country(nlp):
    check_exact(
        nlp, "Haifa was the target of a Hezbollah rocket attack.", {("Hezbollah", "attack", "Israel", None, False, A)}
    )


# "South Korea broadcasts anti-Pyongyang propaganda": words against the actor an "anti-" names criticise it; the
# name after "anti-" is never the speaker or owner
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "South Korea broadcasts anti-Pyongyang propaganda into the North.",
            {("South Korea", "criticise", "North Korea", None, False, A)},
        ),
        (
            "South Korea does not broadcast anti-Pyongyang propaganda.",
            {("South Korea", "criticise", "North Korea", None, True, A)},
        ),
        ("Iran's anti-American rhetoric worried Europe.", {("Iran", "criticise", "United States", None, False, A)}),
    ],
)
def test_anti_words_criticise_their_target(nlp, text, expected):
    check_exact(nlp, text, expected)


# "fired 36 shells at KPA civil police posts": a projectile fired at a thing hits the thing's owner (a state organ
# named as a compound owns it); "killed Soleimani at a Baghdad airport" hits no airport
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "South Korean troops fired 36 shells at KPA civil police posts.",
            {("South Korea", "attack", "North Korea", None, False, A)},
        ),
        (
            "The US airstrike killed Soleimani at a Baghdad airport.",
            {("United States", "attack", "Qasem Soleimani", None, False, A)},
        ),
    ],
)
def test_a_projectile_fired_at_a_thing_hits_its_owner(nlp, text, expected):
    check_exact(nlp, text, expected)


# "a level not seen since their 1971 war", "did not sign the treaty after talks with the US": a negated verb does
# not deny the act its time phrase names
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Military tensions between India and Pakistan have escalated to a level not seen since their 1971 war.",
            {("India", "fight", "Pakistan", None, False, A)},
        ),
        (
            "Russia did not sign the treaty after talks with the US.",
            {("Russia", "communicate", "United States", None, False, A)},
        ),
    ],
)
def test_a_negated_verb_does_not_deny_its_time_phrase(nlp, text, expected):
    check(nlp, text, expected)


# "Russia's annexation of Crimea", "the shelling of Kharkiv": a hostile act on a region or town is on its country;
# "does not recognize Russia's annexation" still takes the annexation as done
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russia's annexation of Crimea was condemned.", {("Russia", "coerce", "Ukraine", None, False, A)}),
        ("Russia's shelling of Kharkiv killed ten people.", {("Russia", "attack", "Ukraine", None, False, A)}),
        (
            "The US does not recognize Russia's purported annexation of the Crimea region of Ukraine.",
            {("Russia", "coerce", "Ukraine", None, False, A)},
        ),
    ],
)
def test_a_hostile_act_on_a_region_is_on_its_country(nlp, text, expected):
    check(nlp, text, expected)


def test_an_act_not_confirmed_is_not_asserted(nlp):
    rows = read(nlp, "Iran did not confirm Israel's attack on Syria.")
    assert ("Israel", "attack", "Syria", None, False, A) not in rows, rows


# "rogue operatives within the Saudi government", "hardliners within Hamas": members within a body are the body
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Rogue operatives within the Saudi government killed Canadian journalists.",
            {("Saudi Arabia", "attack", "Canada", None, False, A)},
        ),
        ("Hardliners within Hamas attacked Israel.", {("Hamas", "attack", "Israel", None, False, A)}),
    ],
)
def test_members_within_a_body_are_the_body(nlp, text, expected):
    check_exact(nlp, text, expected)


# "Palestinian police tried to arrest Yassin ... Arafat ordered the arrest": an act ordered, said before, takes that
# act's target (a state's act too)
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Palestinian police tried to place Ahmed Yassin under house arrest. Yasser Arafat ordered the arrest.",
            {("Yasser Arafat", "coerce", "Ahmed Yassin", None, False, A)},
        ),
        (
            "Israel launched air strikes on Gaza. Sharon ordered the strikes.",
            {("Ariel Sharon", "attack", "Palestine", None, False, A)},
        ),
    ],
)
def test_an_act_ordered_takes_the_target_said_before(nlp, text, expected):
    check(nlp, text, expected)


# "Hezbollah's Iranian backers", "bin Laden's Taliban protectors": the role's holders are named by the modifier and
# whose role it is by the possessor (not a "his", which often stands for someone only described)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hezbollah's Iranian backers denied the report.", {("Iran", "support", "Hezbollah", None, False, A)}),
        (
            "Bin Laden's Taliban protectors handed over the province.",
            {("Taliban", "support", "Osama bin Laden", None, False, A)},
        ),
        ("Iran's Russian critics spoke.", {("Russia", "criticise", "Iran", None, False, A)}),
    ],
)
def test_a_role_named_by_modifier_and_possessor(nlp, text, expected):
    check_exact(nlp, text, expected)


def test_his_role_is_not_guessed(nlp):
    text = "Mohammad Amin spoke. The Saudi-born Islamist appeared isolated after his Taliban protectors left."
    rows = read(nlp, text)
    assert not any(row[0] == "Taliban" for row in rows), rows


# "Benin was to join", "is due to meet", "The contingents are to help guard": an arrangement, not a deed
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Benin was to join the African Continental Free Trade Area.",
            {("Benin", "cooperate", "African Continental Free Trade Area", None, False, "intended")},
        ),
        (
            "Iran is due to meet Saudi Arabia next week.",
            {("Iran", "communicate", "Saudi Arabia", None, False, "intended")},
        ),
        ("Iran attacked Israel to punish it.", {("Iran", "attack", "Israel", None, False, A)}),
    ],
)
def test_an_arranged_act_is_intended(nlp, text, expected):
    check_exact(nlp, text, expected)


# "made clear U.S. willingness, alongside our Allies, to impose consequences on Russia": an infinitive the parser
# hangs on the verb still spells out the noun before it, whose owner acts, with the noun's modality
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Blinken made clear U.S. willingness, alongside our Allies and partners, to impose swift and severe "
            "consequences on Russia if it chooses to escalate.",
            {("United States", "reduce", "Russia", None, False, "intended")},
        ),
        (
            "Iran announced its decision yesterday to expel Saudi diplomats.",
            {("Iran", "reduce", "Saudi Arabia", None, False, "intended")},
        ),
    ],
)
def test_a_detached_infinitive_spells_out_the_noun(nlp, text, expected):
    check_exact(nlp, text, expected)


# "another Hamas attack, which used gunmen": an act's means are not its target; "strikes that have dislodged the
# Taliban" still hit the Taliban
def test_an_acts_means_are_not_its_target(nlp):
    rows = read(nlp, "Sharon severed ties with Arafat after another Hamas attack, which used gunmen and explosives.")
    assert not any(row[2] == "gunmen" for row in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Massive US air strikes that have dislodged the Taliban continue.",
        "Massive US air strikes have dislodged the Taliban from most of the country.",
    ],
)
def test_an_act_that_dislodged_an_actor_hit_it(nlp, text):
    check(nlp, text, {("United States", "attack", "Taliban", None, False, A)})


# "Some opposition soldiers had been killed in a suicide attack by the Taliban": an attack whose clause names its
# victims is not aimed at the other side of the article's main conflict
def test_an_attack_with_named_victims_takes_no_conflict_target(nlp):
    text = (
        "US jets bombed the Taliban. US troops attacked the Taliban. "
        "Some opposition soldiers had been killed in a suicide attack by the Taliban."
    )
    rows = read(nlp, text)
    assert ("Taliban", "attack", "United States", None, False, A) not in rows, rows


def test_an_attack_whose_clause_names_unnamed_victims_takes_no_conflict_target(nlp):
    text = (
        "Israel launched air strikes on Hamas. Israeli tanks shelled Hamas positions. "
        "Two civilians were killed in another Hamas attack."
    )
    rows = read(nlp, text)
    assert ("Hamas", "attack", "Israel", None, False, A) not in rows, rows


# "put pressure on Israel to stop its assassinations and lift the blockade": every conjoined act is pressed for
def test_conjoined_acts_pressed_for_are_all_requested(nlp):
    text = "The US put pressure on Arafat to crack down on Hamas and arrest Islamic Jihad leaders."
    check_exact(
        nlp,
        text,
        {
            ("United States", "coerce", "Yasser Arafat", None, False, A),
            ("Yasser Arafat", "coerce", "Hamas", None, False, "requested"),
            ("Yasser Arafat", "coerce", "Palestinian Islamic Jihad", None, False, "requested"),
        },
    )
