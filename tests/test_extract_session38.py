"""Issue 3: constructions kg missed or read wrongly (session 38).

The sentences were written by kg developers for these tests. None from Lee test4, nor from batteries m and n
(kept unread); the constructions were found in the misses of the read gold sets and batteries a-l.
"""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check_exact

REQUESTED = "requested"

# a text with no byline that opens with a country or a body speaking in the present is that body's statement: its
# unquoted "we" is the body; a news report (past tense) or a statement the text reports ("..., the ministry said")
# gives its "we" to no one
OPENING_VOICES = [
    (
        "The United States strongly condemns the Burmese military regime's sentencing of Aung San Suu Kyi. We call on"
        " the regime to release her.",
        {
            ("United States", "criticise", "Myanmar", None, False, A),
            ("Myanmar", "coerce", "Aung San Suu Kyi", None, False, A),
            ("United States", "appeal", "Myanmar", None, False, A),
            ("Myanmar", "yield", "Aung San Suu Kyi", None, False, REQUESTED),  # the regime's release, not the caller's
        },
    ),
    (
        "The European Union welcomes the agreement between Serbia and Kosovo. We urge Belgrade to implement it.",
        {
            ("European Union", "cooperate", "Serbia", None, False, A),
            ("European Union", "cooperate", "Kosovo", None, False, A),
            ("Serbia", "cooperate", "Kosovo", None, False, A),
            ("European Union", "appeal", "Serbia", None, False, A),
        },
    ),
    (  # a report of the past: its "we" is no one's
        "The United States condemned the Burmese regime. We call on the regime to release Aung San Suu Kyi.",
        {
            ("United States", "criticise", "Myanmar", None, False, A),
            ("Myanmar", "yield", "Aung San Suu Kyi", None, False, REQUESTED),
        },
    ),
    (  # a statement the text reports ("according to ..."): its later "we" is not the opening body's
        "Russia condemns the strike on Damascus, according to Foreign Minister Javad Zarif.\n\nWe call on Israel to"
        " stop its attacks.",
        set(),
    ),
    (
        "Russia condemns the strike on Damascus.\n\nWe call on Israel to stop its attacks.",
        {("Russia", "appeal", "Israel", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", OPENING_VOICES)
def test_an_opening_voice_is_the_statements_we(nlp, text, expected):
    check_exact(nlp, text, expected)


# "X calls on Y to release Z", which the parser reads with the infinitive an adverbial clause of "calls": Y releases
CALLED_ON_ACTS = [
    (
        "Iran detained the journalist Roxanne Tahbaz. Britain calls on Tehran to release her.",
        {
            ("Iran", "coerce", "Roxanne Tahbaz", None, False, A),
            ("United Kingdom", "appeal", "Iran", None, False, A),
            ("Iran", "yield", "Roxanne Tahbaz", None, False, REQUESTED),  # was Britain's release
        },
    ),
    (
        "The junta in Myanmar detained Aung San Suu Kyi. The United States calls on the regime to release her.",
        {
            ("Myanmar", "coerce", "Aung San Suu Kyi", None, False, A),
            ("United States", "appeal", "Myanmar", None, False, A),
            ("Myanmar", "yield", "Aung San Suu Kyi", None, False, REQUESTED),
        },
    ),
]


@pytest.mark.parametrize("text,expected", CALLED_ON_ACTS)
def test_the_one_called_on_does_the_act(nlp, text, expected):
    check_exact(nlp, text, expected)


# "offered the rebels an amnesty": a band one offers something to is the one offered it, not a force one sends
OFFERS_TO_BANDS = [
    (
        "Indonesia signed a peace deal with the Free Aceh Movement. Jakarta has offered the rebels an amnesty.",
        {
            ("Indonesia", "cooperate", "Free Aceh Movement", None, False, A),
            ("Indonesia", "intend", "Free Aceh Movement", None, False, A),
        },
    ),
    ("Britain offered troops to the coalition.", set()),  # the troops offered are sent, no party
]


@pytest.mark.parametrize("text,expected", OFFERS_TO_BANDS)
def test_a_band_offered_something_is_its_recipient(nlp, text, expected):
    check_exact(nlp, text, expected)


# a state one is in with another: "locked in a row with", "embroiled in a dispute with", "at odds with" (CAMEO 12)
STANDING_DISPUTES = [
    (
        "Australia is locked in a diplomatic row with Indonesia over the asylum seekers.",
        {("Australia", "reject", "Indonesia", None, False, A)},
    ),
    ("Japan is embroiled in a territorial dispute with China.", {("Japan", "reject", "China", None, False, A)}),
    ("Canada remains at odds with India over the killing.", {("Canada", "reject", "India", None, False, A)}),
    ("China's spat with Lithuania deepened.", {("China", "reject", "Lithuania", None, False, A)}),
    ("Israel struck Gaza for the third day in a row.", {("Israel", "attack", "Palestine", None, False, A)}),
    ("The prisoners were locked in a cell by Israeli guards.", set()),  # a place, no dispute
]


@pytest.mark.parametrize("text,expected", STANDING_DISPUTES)
def test_a_dispute_one_is_in_is_with_the_other_party(nlp, text, expected):
    check_exact(nlp, text, expected)


# a measure named by a participle: "the sanctions imposed by the EU on Russia", which the parser reads as "the EU on
# Russia" (the target hung on the agent's name); the measure's noun names the relation
IMPOSED_MEASURES = [
    (
        "The sanctions imposed by the EU on Russia took effect on Monday.",
        {("European Union", "reduce", "Russia", None, False, A)},
    ),
    (
        "Sanctions imposed on Russia by the EU took effect on Monday.",
        {("European Union", "reduce", "Russia", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", IMPOSED_MEASURES)
def test_a_measure_imposed_by_an_agent_on_a_target(nlp, text, expected):
    check_exact(nlp, text, expected)


# a span of time is no one's: "its third year" names no party the invasion enters
SPANS_OF_TIME = [
    (
        "Russia's invasion of Ukraine entered its third year.",
        {("Russia", "attack", "Ukraine", None, False, A)},
    ),
    ("Russian forces entered Ukraine's airspace.", {("Russia", "posture", "Ukraine", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", SPANS_OF_TIME)
def test_a_span_of_time_is_no_party(nlp, text, expected):
    check_exact(nlp, text, expected)


# an act one makes way for is meant, not yet done: "paving the way for talks with", "opening the door to talks with"
ENABLED_ACTS = [
    (
        "Sri Lanka lifted the ban, paving the way for peace talks with the Tamil Tigers.",
        {("Sri Lanka", "communicate", "Liberation Tigers of Tamil Eelam", None, False, "intended")},
    ),
    (  # (was the door opened read as talks held): a door opened to talks is an intent shown (CAMEO 03)
        "Sri Lanka lifted the ban, opening the door to talks with the Tamil Tigers.",
        {("Sri Lanka", "intend", "Liberation Tigers of Tamil Eelam", None, False, "intended")},
    ),
    (  # "the insurgents" are the Tigers: the talks' date, hung on them by the parser, does not describe them
        "Sri Lanka's government will lift a four-year ban on Tamil Tiger rebels on Sept. 6, paving the way for peace"
        " talks with the insurgents scheduled for later that month in Thailand, a government minister said Saturday.",
        {
            ("Sri Lanka", "communicate", "Liberation Tigers of Tamil Eelam", None, False, "intended"),
            ("Sri Lanka", "yield", "Liberation Tigers of Tamil Eelam", None, False, "intended"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", ENABLED_ACTS)
def test_an_act_one_makes_way_for_is_meant(nlp, text, expected):
    check_exact(nlp, text, expected)


# an answer warned of falls on the doer of the act it answers ("a response to South Korea's drills"), or on the one it
# is for ("consequences for Finland"), not on the act's own target
WARNED_ANSWERS = [
    ("Iran warned of a response to any Israeli attack.", {("Iran", "threaten", "Israel", None, False, A)}),
    (
        "China warned of a strong response to US arms sales to Taiwan.",  # (was a threat to Taiwan)
        {
            ("China", "threaten", "United States", None, False, A),
            ("United States", "support", "Taiwan", None, False, A),
        },
    ),
    ("Russia warned of consequences for Finland.", {("Russia", "threaten", "Finland", None, False, A)}),
    (
        "North Korea warned of a response to South Korea's drills.",
        {("North Korea", "threaten", "South Korea", None, False, A)},
    ),
    (  # the doers of attacks reported before are not taken for the answer's target: a sports story's side was
        "Escude beat Hewitt. France's attack was led by Escude. Bombers struck Haifa. Israel is warning of a harsh"
        " response to the attacks.",
        set(),
    ),
]


@pytest.mark.parametrize("text,expected", WARNED_ANSWERS)
def test_an_answer_warned_of_falls_on_the_one_answered(nlp, text, expected):
    check_exact(nlp, text, expected)


# a go-between who shuttles between two sides carries their talk (as one who mediates between them)
SHUTTLES = [
    (
        "The US envoy shuttled between Israel and Lebanon.",
        {("Israel", "communicate", "Lebanon", "United States", False, A)},
    ),
    (  # no sides named: no offer to mediate is read into a shuttle
        "Israel and Lebanon fought a war. The US envoy shuttled back and forth.",
        {("Israel", "fight", "Lebanon", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", SHUTTLES)
def test_a_shuttle_between_two_sides_carries_their_talk(nlp, text, expected):
    check_exact(nlp, text, expected)


# a conflict one of a pair starts "between" the two is against the other (the starter is one of the pair, not a broker)
PAIR_CONFLICTS = [
    (
        "India and Pakistan massed troops on the border. Pakistan says it will never initiate a conflict between the"
        " two countries.",
        {("Pakistan", "fight", "India", None, True, A)},
    ),
    ("Pakistan will never start a war between India and Pakistan.", {("Pakistan", "fight", "India", None, True, A)}),
    (  # a broker is no side
        "Norway brokered talks between Sri Lanka and the Tamil Tigers.",
        {("Sri Lanka", "communicate", "Liberation Tigers of Tamil Eelam", "Norway", False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", PAIR_CONFLICTS)
def test_a_conflict_one_of_a_pair_starts_is_against_the_other(nlp, text, expected):
    check_exact(nlp, text, expected)


# a bare surname is the person the article is about, not a relative introduced later with the same surname ("Hicks's
# father, Terry Hicks"); a titled one ("Mr Hicks") is still the latest named
SURNAMES_AFTER_RELATIVES = [
    (
        "The Australian man David Hicks is being held by the US military at Guantanamo Bay. Hicks's father, Terry"
        " Hicks, has criticised the United States. A Pentagon spokeswoman says the United States will not release"
        " Hicks.",
        {
            ("United States", "coerce", "David Hicks", None, False, A),
            ("Terry Hicks", "criticise", "United States", None, False, A),
            ("United States", "yield", "David Hicks", None, True, A),  # was Terry Hicks
        },
    ),
    (
        "David Hicks is held at Guantanamo Bay. His father, Terry Hicks, flew to Washington. Mr Hicks criticised the"
        " United States.",
        {("Terry Hicks", "criticise", "United States", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", SURNAMES_AFTER_RELATIVES)
def test_a_bare_surname_is_not_a_relative_named_after(nlp, text, expected):
    check_exact(nlp, text, expected)


# an attack judged long after it was reported: with no attack in the last sentences, "the raid" is the story's own,
# the attack its first statements report
LEAD_ATTACKS = [
    (
        "Al-Shabaab militants stormed a military base in central Somalia on Monday. The president vowed to fight on."
        " The army said it had retaken the base. Officials counted the dead. Schools closed in the capital. Turkey"
        " also condemned the raid.",
        {
            ("al-Shabaab", "attack", "Somalia", None, False, A),
            ("Turkey", "criticise", "al-Shabaab", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", LEAD_ATTACKS)
def test_an_attack_judged_late_is_the_stories_lead_attack(nlp, text, expected):
    check_exact(nlp, text, expected)


# "test-fired what appeared to be a missile, drawing condemnation from Seoul": the participle, which the parser hangs
# on "appeared", is the firer's
DRAWN_AFTER_FREE_RELATIVES = [
    (
        "North Korea test-fired what appeared to be an intermediate-range ballistic missile on Wednesday, drawing swift"
        " condemnation from Seoul and Washington.",
        {
            ("South Korea", "criticise", "North Korea", None, False, A),
            ("United States", "criticise", "North Korea", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", DRAWN_AFTER_FREE_RELATIVES)
def test_a_reaction_drawn_after_a_free_relative_is_the_doers(nlp, text, expected):
    check_exact(nlp, text, expected)


# a verdict on an act reported before falls on its doers: "called the decision political blackmail" (parsed as one
# noun), "called the raid an authoritarian act" (the raid a storming, named by no verb of raiding)
VERDICTS_ON_EARLIER_ACTS = [
    (
        "The European Commission froze funds for Hungary. Hungary's government called the decision political"
        " blackmail.",
        {
            ("European Commission", "reduce", "Hungary", None, False, A),
            ("Hungary", "criticise", "European Commission", None, False, A),
        },
    ),
    (
        "Ecuadorian police stormed Mexico's embassy in Quito. Mexico called the raid an authoritarian act.",
        {
            ("Ecuador", "attack", "Mexico", None, False, A),
            ("Mexico", "criticise", "Ecuador", None, False, A),
        },
    ),
    ("Experts called the situation dangerous.", set()),
]


@pytest.mark.parametrize("text,expected", VERDICTS_ON_EARLIER_ACTS)
def test_a_verdict_on_an_earlier_act_falls_on_its_doers(nlp, text, expected):
    check_exact(nlp, text, expected)


# "the decision" judged is the last decision taken: not an agreement that failed ("failed to agree"), but a measure
# ("Hungary blocked the measure"), also one of not allowing ("will not allow the asylum seekers to land")
DECISIONS_JUDGED = [
    (
        "EU foreign ministers failed to agree on sanctions against Russia after Hungary blocked the measure. Josep"
        " Borrell criticised the decision.",
        {
            ("European Union", "reduce", "Russia", None, True, A),  # sanctions not agreed (was cooperation denied)
            ("Josep Borrell", "criticise", "Hungary", None, False, A),  # was the EU's
        },
    ),
    ("The EU agreed on new sanctions against Iran.", {("European Union", "reduce", "Iran", None, False, A)}),
    (
        "European Union foreign ministers failed to agree on a fourteenth package of sanctions against Russia.",
        {("European Union", "reduce", "Russia", None, True, A)},
    ),
    (
        "John Howard says he will not allow the asylum seekers to land in Australia. The Norwegian Government has"
        " criticised the decision.",
        {
            ("John Howard", "reject", "asylum seekers", None, False, A),  # (a refusal: session 39)
            ("Norway", "criticise", "John Howard", None, False, A),
        },
    ),
    (  # a claim of attacks that named no target still names their doer
        "The militant group Hamas has claimed responsibility for the weekend bombings. Yasser Arafat has condemned the"
        " bombings.",
        {("Yasser Arafat", "criticise", "Hamas", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", DECISIONS_JUDGED)
def test_a_decision_judged_is_the_last_one_taken(nlp, text, expected):
    check_exact(nlp, text, expected)


# "the Islamists", "the jihadists", bare and definite (a proper plural to the tagger), are the armed group named before
ISLAMISTS_NAMED_BEFORE = [
    (
        "The Islamic Courts Union took Mogadishu. The Islamists declared holy war on Ethiopia. Eritrea denied sending"
        " troops or weapons to the Islamists.",
        {
            ("Islamic Courts Union", "fight", "Ethiopia", None, False, A),
            ("Eritrea", "support", "Islamic Courts Union", None, True, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", ISLAMISTS_NAMED_BEFORE)
def test_the_islamists_are_the_band_named_before(nlp, text, expected):
    check_exact(nlp, text, expected)


# a charge its doer denies by a verb ("Kigali denied supporting the rebel group") is no longer asserted: the accused
# act becomes what the accuser says may be so, beside the denial (as "..., a charge Kigali denies" already did)
CHARGES_DENIED_BY_VERB = [
    (
        "Congo accused Rwanda of backing M23 rebels. Kigali denied supporting the rebel group.",
        {
            ("Democratic Republic of the Congo", "criticise", "Rwanda", None, False, A),
            ("Rwanda", "support", "M23", None, False, "hypothetical"),  # was asserted
            ("Rwanda", "support", "M23", None, True, A),
        },
    ),
    (  # a denial of another act leaves the first standing
        "Israel struck Gaza. Israel denied attacking Lebanon.",
        {
            ("Israel", "attack", "Palestine", None, False, A),
            ("Israel", "attack", "Lebanon", None, True, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", CHARGES_DENIED_BY_VERB)
def test_a_charge_its_doer_denies_is_not_asserted(nlp, text, expected):
    check_exact(nlp, text, expected)


# "has made it clear to Jakarta that Indonesia must do more": what one makes clear another must do is demanded of it
MADE_CLEAR_OBLIGATIONS = [
    (
        "Australia has made it clear to Jakarta that Indonesia must do more.",
        {("Australia", "demand", "Indonesia", None, False, A)},
    ),
    ("The report made it clear that the plan was dead.", set()),
]


@pytest.mark.parametrize("text,expected", MADE_CLEAR_OBLIGATIONS)
def test_an_obligation_made_clear_is_demanded(nlp, text, expected):
    check_exact(nlp, text, expected)


# a verdict in a relative clause on an act ("drills, which North Korea described as a rehearsal for invasion") falls
# on the act's doers
RELATIVE_VERDICTS_ON_ACTS = [
    (
        "South Korea and the United States began drills, which North Korea described as a rehearsal for invasion.",
        {
            ("South Korea", "cooperate", "United States", None, False, A),
            ("North Korea", "criticise", "South Korea", None, False, A),
            ("North Korea", "criticise", "United States", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", RELATIVE_VERDICTS_ON_ACTS)
def test_a_relative_verdict_on_an_act_falls_on_its_doers(nlp, text, expected):
    check_exact(nlp, text, expected)


# a sentence passed by no court named is the state's whose national the sentenced person is named as
SENTENCES_BY_STATES = [
    (
        "SUVA, Feb 18 - Fiji's failed coup leader George Speight has been sentenced to death for treason.",
        {("Fiji", "coerce", "George Speight", None, False, A)},
    ),
    (
        "Russian opposition leader Alexei Navalny was jailed for 19 years.",
        {("Russia", "coerce", "Alexei Navalny", None, False, A)},
    ),
    ("The Australian David Hicks was sentenced by a US military commission.", set()),  # a court named: its own
]


@pytest.mark.parametrize("text,expected", SENTENCES_BY_STATES)
def test_a_sentence_with_no_court_named_is_the_nationals_state(nlp, text, expected):
    check_exact(nlp, text, expected)


# an act one commits to ("reaffirmed its commitment to defend South Korea") is pledged (CAMEO 03), not done; a hostile
# one is threatened (CAMEO 13)
COMMITMENTS = [
    (
        "Washington reaffirmed its commitment to defend South Korea.",
        {("United States", "intend", "South Korea", None, False, "intended")},  # was support, asserted
    ),
    ("Israel reaffirmed its commitment to destroy Hamas.", {("Israel", "threaten", "Hamas", None, False, "intended")}),
]


@pytest.mark.parametrize("text,expected", COMMITMENTS)
def test_an_act_one_commits_to_is_pledged(nlp, text, expected):
    check_exact(nlp, text, expected)


# "fired missiles in response to American strikes on their positions": the positions struck are not the striker's own
# but those of the clause's subject
STRUCK_OWN_POSITIONS = [
    (
        "Yemen's Houthi rebels said they had fired missiles at a U.S. destroyer in the Red Sea in response to American"
        " strikes on their positions.",
        {
            ("Houthis", "attack", "United States", None, False, A),
            ("United States", "attack", "Houthis", None, False, A),  # was the United States' own positions
        },
    ),
]


@pytest.mark.parametrize("text,expected", STRUCK_OWN_POSITIONS)
def test_positions_struck_are_not_the_strikers_own(nlp, text, expected):
    check_exact(nlp, text, expected)


# combat at which an act happens is the doer's with its foe: "captured Kunduz after days of heavy fighting with the
# Taliban", "retook the base after a battle with al-Shabaab" (as talks are: "after talks with Zarif")
COMBAT_OCCASIONS = [
    (
        "Northern Alliance forces captured Kunduz after days of heavy fighting with the Taliban.",
        {
            ("Northern Alliance", "attack", "Afghanistan", None, False, A),
            ("Northern Alliance", "fight", "Taliban", None, False, A),
        },
    ),
    (
        "The Somali army retook the base after a battle with al-Shabaab.",
        {("Somalia", "fight", "al-Shabaab", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", COMBAT_OCCASIONS)
def test_combat_at_which_an_act_happens_is_the_doers(nlp, text, expected):
    check_exact(nlp, text, expected)


def test_those_killed_in_combat_are_no_fighters(nlp):  # the Taliban killed them; they did not fight by being killed
    check_exact(
        nlp,
        "Five Afghan soldiers were killed in clashes with the Taliban.",
        {("Taliban", "fight", "Afghanistan", None, False, A)},
    )


# a person's country is the state the person holds office in or speaks for ("offered his country $20 million in
# aid"), and a possessive in an adverbial clause is the main clause's subject's, not the last speaker's
PEOPLES_COUNTRIES = [
    (
        "The Immigration Minister, Philip Ruddock, says their claims will be assessed on the island. Nauru's"
        " President, Rene Harris, agreed to take the group after Australia offered his country $20 million in aid.",
        {("Australia", "intend", "Nauru", None, False, A)},
    ),
    (
        "Putin said Russia would defend itself. He warned the West against attacking his country.",
        {
            ("Vladimir Putin", "threaten", "the West", None, False, A),
            ("the West", "attack", "Russia", None, False, "hypothetical"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", PEOPLES_COUNTRIES)
def test_a_persons_country_is_their_state(nlp, text, expected):
    check_exact(nlp, text, expected)


# "have taken a heavy toll on Hamas operatives": a toll taken on a side is harm done to it (not "the death toll")
TOLLS = [
    (
        "Israeli air strikes have taken a heavy toll on Hamas operatives.",
        {("Israel", "attack", "Hamas", None, False, A)},
    ),
    ("The death toll from Israeli strikes rose to 30.", set()),
]


@pytest.mark.parametrize("text,expected", TOLLS)
def test_a_toll_taken_on_a_side_harms_it(nlp, text, expected):
    check_exact(nlp, text, expected)
