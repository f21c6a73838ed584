"""Issue 3: constructions kg missed or read wrongly (session 39).

The sentences were written by kg developers for these tests. None from Lee test4, nor from batteries m and n
(kept unread); the constructions were found in the misses of the read gold sets and batteries a-l.
"""

from __future__ import annotations

import pytest

from kg.resolve.names import without_middle_initials
from kg.resolve.registry import ActorRegistry
from tests.test_extract_constructions import A, check_exact, rows_of

# an end asked to a hostile act is asked of its doers (named, the last attackers, or those the article reported
# attacking its target), never of its target ("demanded a halt to the bombing of Iraq" was a demand on Iraq)
ENDS_ASKED = [
    (
        "American and British warplanes pounded Iraq for a second night. President Boris Yeltsin demanded an"
        " immediate halt to the bombing.",
        {
            ("United States", "attack", "Iraq", None, False, A),
            ("United Kingdom", "attack", "Iraq", None, False, A),
            ("Boris Yeltsin", "demand", "United States", None, False, A),
            ("Boris Yeltsin", "demand", "United Kingdom", None, False, A),
        },
    ),
    ("Russia urged an end to Israeli attacks on Gaza.", {
        ("Israel", "attack", "Palestine", None, False, A),
        ("Russia", "appeal", "Israel", None, False, A),
    }),
    ("Russia called for an end to the US bombing of Iraq.", {
        ("United States", "attack", "Iraq", None, False, A),
        ("Russia", "demand", "United States", None, False, A),
    }),
    (
        "Hamas has launched attacks on Israel. Yasser Arafat called for an end to attacks on Israelis.",
        {("Hamas", "attack", "Israel", None, False, A), ("Yasser Arafat", "demand", "Hamas", None, False, A)},
    ),
    ("Russia demanded an immediate halt to the bombing of Iraq.", set()),  # no bomber named: no one asked
]


@pytest.mark.parametrize("text,expected", ENDS_ASKED)
def test_an_end_is_asked_of_the_acts_doers(nlp, text, expected):
    check_exact(nlp, text, expected)


# an act another is helped to do is done with or without the help: the help denied is not the act denied
HELPED_ACTS = [
    (
        "ECOWAS failed to help Mali fight Islamist insurgents.",
        {
            ("ECOWAS", "support", "Mali", None, True, A),
            ("Mali", "fight", "Islamist insurgents", None, False, "hypothetical"),
        },
    ),
    (
        "The US did not help Ukraine fight Russia.",
        {
            ("United States", "support", "Ukraine", None, True, A),
            ("Ukraine", "fight", "Russia", None, False, "hypothetical"),
        },
    ),
    (  # a bare act one is not let do is still not done (and the permission withheld is a refusal)
        "Turkey did not let Sweden join NATO.",
        {("Turkey", "reject", "Sweden", None, False, A), ("Sweden", "cooperate", "NATO", None, True, A)},
    ),
]


@pytest.mark.parametrize("text,expected", HELPED_ACTS)
def test_a_helped_act_is_not_denied_with_the_help(nlp, text, expected):
    check_exact(nlp, text, expected)


# a person new to kg is keyed without middle initials, as a reader writes the name; the name keeps them
def test_a_person_is_keyed_without_middle_initials():
    registry = ActorRegistry()
    key = registry.person_key("Wendy R. Sherman")
    assert key == "wendy-sherman"
    assert registry.actor(key).name == "Wendy R. Sherman"
    assert registry.person_key("Wendy Sherman") == key
    assert without_middle_initials("J. K. Rowling") == "J. Rowling"  # the first and last words stay
    assert without_middle_initials("Kim Jong Un") == "Kim Jong Un"


# a name coordinated with a word inside a name of several words ("Korea" in "the Republic of Korea") is coordinated
# with the whole name
INNER_CONJUNCTS = [
    (
        "The United States designated two entities today in close coordination with the Republic of Korea and Japan.",
        {
            ("United States", "cooperate", "South Korea", None, False, A),
            ("United States", "cooperate", "Japan", None, False, A),
        },
    ),
    (
        "Iran welcomed the United Arab Emirates and Qatar.",
        {("Iran", "cooperate", "United Arab Emirates", None, False, A), ("Iran", "cooperate", "Qatar", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", INNER_CONJUNCTS)
def test_a_name_coordinated_inside_a_name_is_coordinated_with_it(nlp, text, expected):
    check_exact(nlp, text, expected)


# a support its noun gives to another owner than the one who voices it is that owner's ("reaffirmed the ironclad
# U.S. commitment to Japan" is the US's, not Sherman's for the US); its "to the defense of" names the one defended;
# the parser's "to" hung on "reaffirmed" is the commitment's
VOICED_SUPPORT = [
    (
        "Sherman reaffirmed the ironclad U.S. commitment to the defense of Japan.",
        {("United States", "support", "Japan", None, False, A)},
    ),
    ("Sherman reaffirmed the ironclad U.S. commitment.", set()),
    (
        "Blinken reaffirmed the United States' ironclad commitments to the Philippines.",
        {("United States", "support", "Philippines", None, False, A)},
    ),
    ("Blinken reaffirmed U.S. support for Ukraine.", {("United States", "support", "Ukraine", None, False, A)}),
    (  # the subject's own support stays the subject's
        "The United States reaffirmed its commitment to Ukraine.",
        {("United States", "support", "Ukraine", None, False, A)},
    ),
    ("Russia voiced its support for the sovereignty of Syria.", {("Russia", "support", "Syria", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", VOICED_SUPPORT)
def test_a_voiced_support_is_its_owners(nlp, text, expected):
    check_exact(nlp, text, expected)


# an act with a party that a speaker says there is, or is not, is the speaker's own
SAID_TO_BE = [
    ("There will be no talks with Hamas, Israel said.", {("Israel", "communicate", "Hamas", None, True, A)}),
    ("India said there can be no dialogue with Pakistan.", {("India", "communicate", "Pakistan", None, True, A)}),
    (
        '"There can be no dialogue with Pakistan until it ends cross-border terrorism," the Indian foreign ministry'
        " said.",
        {("India", "communicate", "Pakistan", None, True, A)},
    ),
    ("Russia said there had been contacts with the Taliban.", {("Russia", "communicate", "Taliban", None, False, A)}),
    ("There will be no talks with Hamas.", set()),  # no speaker: no one's
]


@pytest.mark.parametrize("text,expected", SAID_TO_BE)
def test_an_act_said_to_be_is_the_speakers(nlp, text, expected):
    check_exact(nlp, text, expected)


# a clause that must be, joined to a reported clause, is said by the same speaker
JOINED_OBLIGATIONS = [
    (
        "Pakistan was ready for talks with India on all issues, Prime Minister Shehbaz Sharif said, but India must"
        " first reverse its 2019 decision.",
        {
            ("Pakistan", "intend", "India", None, False, "intended"),
            ("Shehbaz Sharif", "demand", "India", None, False, A),
        },
    ),
    ("Pakistan is ready for talks, but India must first reverse its decision.", set()),  # no one says it
]


@pytest.mark.parametrize("text,expected", JOINED_OBLIGATIONS)
def test_a_joined_obligation_is_the_speakers(nlp, text, expected):
    check_exact(nlp, text, expected)


# a person captured is taken prisoner (coerce), also when NER does not tag the name ("Hicks"); ground captured is
# attacked
CAPTURED_PEOPLE = [
    (
        "The United States will not release David Hicks.\n\nHicks was captured by the Northern Alliance in Afghanistan"
        " in December.",
        {
            ("United States", "yield", "David Hicks", None, True, A),
            ("Northern Alliance", "coerce", "David Hicks", None, False, A),
        },
    ),
    ("The Northern Alliance captured Kunduz.", {("Northern Alliance", "attack", "Afghanistan", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", CAPTURED_PEOPLE)
def test_a_captured_person_is_taken_prisoner(nlp, text, expected):
    check_exact(nlp, text, expected)


# a permission withheld from a side is a refusal aimed at it (CAMEO 1245 "refuse to allow", reject), asserted; a
# permission given yields
PERMISSIONS_WITHHELD = [
    (
        "Mugabe has refused to let British observers monitor the poll.",
        {("Robert Mugabe", "reject", "United Kingdom", None, False, A)},
    ),
    ("Colombo would not allow the Tigers to use the ceasefire.", {("Sri Lanka", "reject", "Tigers", None, False, A)}),
    ("Israel allowed Egypt to send aid.", {("Israel", "yield", "Egypt", None, False, A)}),
    (  # a permission not yet refused is no refusal
        "Turkey may not allow Sweden to join NATO.",
        {
            ("Turkey", "yield", "Sweden", None, True, "hypothetical"),
            ("Sweden", "cooperate", "NATO", None, False, "hypothetical"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", PERMISSIONS_WITHHELD)
def test_a_permission_withheld_is_a_refusal(nlp, text, expected):
    check_exact(nlp, text, expected)


# a third person in a quotation said "of" an act is the act's doer
SPOKEN_OF_ACTS = [
    (
        '"They will pay for this," Iran\'s foreign minister said of Israel\'s strike.',
        {("Iran", "threaten", "Israel", None, False, A)},
    ),
    (
        '"They want to starve us into submission," Palestinian Prime Minister Mohammad Mustafa said of Israel\'s'
        " restrictions on aid deliveries to Gaza.",
        {("Israel", "reduce", "Palestine", None, False, A), ("Israel", "coerce", "Palestine", None, False, "intended")},
    ),
]


@pytest.mark.parametrize("text,expected", SPOKEN_OF_ACTS)
def test_a_third_person_said_of_an_act_is_its_doer(nlp, text, expected):
    check_exact(nlp, text, expected)


# a side involved in an act done to a person did it to the person ("of" names the person)
INVOLVED_IN_ACTS = [
    (
        "Trudeau alleged that India was involved in the killing of Hardeep Singh Nijjar.",
        {
            ("India", "attack", "Hardeep Singh Nijjar", None, False, A),
            ("Justin Trudeau", "criticise", "India", None, False, A),
        },
    ),
    ("Hamas was involved in the killing of an Israeli soldier.", {("Hamas", "attack", "Israel", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", INVOLVED_IN_ACTS)
def test_a_side_involved_in_an_act_on_a_person_did_it(nlp, text, expected):
    check_exact(nlp, text, expected)


# "the opposition", written small and described by nothing, is the article's one party it calls the opposition's
# ("Opposition leader Morgan Tsvangirai ... Tsvangirai's Movement for Democratic Change"), else a group of its own
OPPOSITIONS = [
    (
        "Senegalese President Macky Sall postponed the election, a move the opposition denounced as a coup.",
        {("opposition", "criticise", "Macky Sall", None, False, A)},
    ),
    (
        "Opposition leader Morgan Tsvangirai pulled out of the runoff. Tsvangirai's Movement for Democratic Change says"
        " 80 of its activists have been killed. Robert Mugabe has vowed never to hand power to the opposition.",
        {("Robert Mugabe", "yield", "Movement for Democratic Change", None, True, "intended")},
    ),
    (  # the capitalised Opposition of a Westminster outlet is a party, no bare group of the article
        "John Howard says the Opposition must support the bill.",
        set(),
    ),
]


@pytest.mark.parametrize("text,expected", OPPOSITIONS)
def test_the_opposition_is_the_articles_opposition(nlp, text, expected):
    check_exact(nlp, text, expected)


# a judgement of the act a free relative after "in" sums up ("in what Ukraine denounced as a terrorist attack") is
# aimed at the main clause's doers; armed men led by a person named, and named by nothing else, are that person's
JUDGED_CLAUSES = [
    (
        "Russian forces shelled Kharkiv overnight, in what Ukraine denounced as a terrorist attack.",
        {("Russia", "attack", "Ukraine", None, False, A), ("Ukraine", "criticise", "Russia", None, False, A)},
    ),
    (
        "Russia attacked Ukraine in what Kyiv called a war crime.",
        {("Russia", "attack", "Ukraine", None, False, A), ("Ukraine", "criticise", "Russia", None, False, A)},
    ),
    (
        "China sent warships around Taiwan in what the United States described as an act of intimidation.",
        {("United States", "criticise", "China", None, False, A)},
    ),
    (
        "Troops led by General Juan Jose Zuniga stormed the presidential palace in La Paz on Wednesday in what"
        " President Luis Arce denounced as an attempted coup.",
        {
            ("Juan Jose Zuniga", "attack", "Bolivia", None, False, A),
            ("Luis Arce", "criticise", "Juan Jose Zuniga", None, False, A),
        },
    ),
    (  # a judge does not judge his own side's act
        "Israeli troops raided Jenin, in what Israel's defence minister Benny Gantz condemned as a mistake.",
        {("Israel", "attack", "Palestine", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", JUDGED_CLAUSES)
def test_a_judged_free_relative_is_the_main_clauses_act(nlp, text, expected):
    check_exact(nlp, text, expected)


# "the three countries" may count a list named earlier in its own sentence
def test_counted_countries_may_be_listed_in_the_same_sentence(nlp):
    check_exact(
        nlp,
        "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, prompting Israel to recall its"
        " ambassadors from the three countries.",
        {
            *((country, "cooperate", "Palestine", None, False, A) for country in ("Spain", "Ireland", "Norway")),
            *(("Israel", "reduce", country, None, False, A) for country in ("Spain", "Ireland", "Norway")),
        },
    )


# an act of one's own not ended goes on, its place also when the parser hangs it on the verb
def test_an_offensive_not_halted_goes_on_where_it_is(nlp):
    check_exact(
        nlp,
        "Putin said Russian forces would not halt their offensive in Ukraine.",
        {("Russia", "attack", "Ukraine", None, False, A)},
    )


# "the group" after an armed group named only by its things ("struck Houthi radar sites") is that group; a group
# described by its own modifier ("the al-Qaeda-linked group") is not the modifier's
THE_GROUP_AFTER_ITS_THINGS = [
    (
        "U.S. warplanes struck Hamas sites. The group fired rockets at Israel.",
        {("United States", "attack", "Hamas", None, False, A), ("Hamas", "attack", "Israel", None, False, A)},
    ),
    (
        "Somali troops attacked al-Shabaab. The al-Qaeda-linked group vowed to topple the government.",
        {
            ("Somalia", "attack", "al-Shabaab", None, False, A),
            ("al-Shabaab", "threaten", "Somalia", None, False, "intended"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", THE_GROUP_AFTER_ITS_THINGS)
def test_the_group_after_its_things_is_that_group(nlp, text, expected):
    check_exact(nlp, text, expected)


# "strike back at", "strike at" a side's things attack the owner; warned of, they are threatened
STRUCK_BACK = [
    ("Ukraine struck back at Russian oil refineries.", {("Ukraine", "attack", "Russia", None, False, A)}),
    (
        "Zelensky warned that Ukraine would strike back at Russian oil refineries.",
        {("Ukraine", "threaten", "Russia", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", STRUCK_BACK)
def test_striking_back_at_a_sides_things(nlp, text, expected):
    check_exact(nlp, text, expected)


# a country's own agency or bureau is the state's organ; its news agency is no organ
STATE_AGENCIES = [
    ("Malaysia's anti-graft agency arrested Najib Razak.", {("Malaysia", "coerce", "Najib Razak", None, False, A)}),
    ("Pakistan's accountability bureau arrested Imran Khan.", {("Pakistan", "coerce", "Imran Khan", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", STATE_AGENCIES)
def test_a_countrys_agency_is_the_state(nlp, text, expected):
    check_exact(nlp, text, expected)


def test_a_countrys_news_agency_is_not_the_state(nlp):
    from tests.test_extract_constructions import read

    assert read(nlp, "Russia's state news agency criticised the United States.") == set()


# "in a show of force against North Korea", the parser hanging "against" on "force": a posture at the side
def test_a_show_of_force_against_a_side_hung_on_force(nlp):
    check_exact(
        nlp,
        "The United States held exercises in a show of force against North Korea.",
        {("United States", "posture", "North Korea", None, False, A)},
    )


# a ceasefire line is no actor; joining another's operations against a side fights it (not "oppose")
LINES_AND_OPERATIONS = [
    ("India and Pakistan have moved troops towards the border and the Line of Control in Kashmir.", set()),
    (
        "Australia will join United States operations against the Taliban.",
        {
            ("Australia", "cooperate", "United States", None, False, A),
            ("Australia", "fight", "Taliban", None, False, A),
        },
    ),
    (  # support against a side stays opposition to it
        "Saudi Arabia supported the government of Hadi against the Houthis.",
        {
            ("Saudi Arabia", "support", "Abdrabbuh Mansur Hadi", None, False, A),
            ("Saudi Arabia", "reject", "Houthis", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", LINES_AND_OPERATIONS)
def test_lines_and_joined_operations(nlp, text, expected):
    check_exact(nlp, text, expected)


# a go-between's reading ("passing messages between the two capitals") has no direction: it matches the gold
# statement of either side, and of both
def test_a_mediated_reading_matches_either_direction(nlp, tmp_path):
    from kg.evaluate import predicted_from_rows, read_gold, score

    rows = rows_of(nlp, tmp_path, "Egypt brokered a truce between Israel and Hamas.")
    assert [(r.subject, r.object, r.via, r.rule) for r in rows] == [("Israel", "Hamas", "Egypt", "clause:mediated")]
    gold = tmp_path / "a.tsv"
    gold.write_text(
        "subject\trelation\tobject\tvia\tnegated\tevidence\n"
        "Hamas\tcooperate\tIsrael\tEgypt\tfalse\tbrokered a truce\n"
        "Israel\tcooperate\tHamas\tEgypt\tfalse\tbrokered a truce\n"
    )
    result = score(read_gold(gold), predicted_from_rows(rows))
    assert len(result.matched) == 2 and not result.missed and not result.false, result


# aid agencies the gazetteer knows (session 39): Oxfam, Save the Children
def test_aid_agencies_are_actors(nlp):
    check_exact(
        nlp,
        "Sudan expelled at least 10 foreign aid agencies from Darfur, including Oxfam and CARE.",
        {("Sudan", "reduce", "Oxfam", None, False, A), ("Sudan", "reduce", "CARE", None, False, A)},
    )


# "with each side accusing the other": the sides are the pair of the clause the absolute clause hangs on
def test_each_side_of_the_main_clause_accuses_the_other(nlp):
    check_exact(
        nlp,
        "Thailand and Cambodia traded fire, with each side accusing the other of firing first.",
        {
            ("Thailand", "fight", "Cambodia", None, False, A),
            ("Thailand", "criticise", "Cambodia", None, False, A),
            ("Cambodia", "criticise", "Thailand", None, False, A),
        },
    )


# a thing "its" in a reported coercion belongs to the reporter, not to the coercer ("Iran said the United States seized
# its tanker"); "its own" stays the doer's
REPORTERS_OWN_SEIZED = [
    (
        "Iran said the United States seized its tanker.",
        {("United States", "coerce", "Iran", None, False, A), ("Iran", "criticise", "United States", None, False, A)},
    ),
    ("Iran said the United States seized its own tanker.", set()),
]


@pytest.mark.parametrize("text,expected", REPORTERS_OWN_SEIZED)
def test_a_seized_thing_is_the_reporters(nlp, text, expected):
    check_exact(nlp, text, expected)
