"""Issue 3: links between sentences and names seen in the read gold sets' misses and false statements
(session 9): whose a quotation is, whom an opening or quoted "they" and a "he" stand for, acronyms used
again, answered announcements, both sides' acts, envoys "for" a country, spokesmen, hitting out, and a
pair after "between" split by a phrase.

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (the Lee corpus texts bg_001, bg_012, bg_094, bg_131, bg_152, bg_183 and
bg_283, and the Wikinews texts of tests/gold/blind3, whose errors were read after its blind scores), which is
where each construction was seen; a few keep an article's wording where the construction needs it."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read


# '"... they have to beat us." Jets bombed Gaza, officials said.': an attribution closing a sentence outside
# the quotation is not the quotation's speaker
def test_a_quote_is_not_spoken_by_the_next_unquoted_sentences_source(nlp):
    text = (
        '"There is more pressure on South Africa. We are the top side, and they have to beat us." '
        "Israeli warplanes have bombed Gaza, Palestinian security officials said."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "South Africa" or row[2] == "South Africa" for row in rows), rows
    assert ("Israel", "attack", "Palestine", None, False, A) in rows


def test_a_quote_closed_by_its_attribution_is_still_the_speakers(nlp):
    text = '"We will never negotiate with Hamas. We will fight them," the Israeli minister said.'
    check(nlp, text, {("Israel", "communicate", "Hamas", None, True, A)})


# "CMAG ministers will meet for talks on Zimbabwe. In recent meetings, they have suspended Fiji": "they"
# opening a sentence is the plural subject before it, and the group that subject names
def test_an_opening_they_is_the_group_of_the_plural_subject_before(nlp):
    text = (
        "Arab League ministers from Egypt and Jordan will meet in Cairo for talks on Syria. "
        "In recent meetings, they have suspended Libya."
    )
    rows = read(nlp, text)
    assert ("Arab League", "reduce", "Libya", None, False, A) in rows, rows
    assert not any(row[0] == "Syria" for row in rows), rows


def test_an_opening_they_after_an_unnamed_plural_subject_is_no_one(nlp):
    text = "Foreign ministers will meet for talks on Zimbabwe. In recent meetings, they have suspended Fiji."
    rows = read(nlp, text)
    assert not any(row[2] == "Fiji" for row in rows), rows


# "the Commonwealth Ministerial Action Group (CMAG) ... CMAG ministers": an acronym introduced in brackets
# names its actor again where the tagger did not see a name
def test_an_acronym_introduced_in_brackets_names_its_actor_again(nlp):
    text = (
        "Mr Downer says the Commonwealth Ministerial Action Group (CMAG) should review the case. "
        "CMAG ministers suspended Fiji in 2000."
    )
    check(nlp, text, {("Commonwealth Ministerial Action Group", "reduce", "Fiji", None, False, A)})


# '"I'm surprised they're discussing this so openly," Honig said': whom a quoted "they" means, the article
# may not say; it is never the two people named last
def test_a_quoted_they_of_a_reciprocal_names_no_pair(nlp):
    text = (
        "President Trump asked President Zelensky to investigate Joe Biden. "
        'Elie Honig said: "I am surprised they are discussing this so openly."'
    )
    rows = read(nlp, text)
    assert not any(row[1] == "communicate" for row in rows), rows


def test_an_unquoted_they_of_a_reciprocal_is_the_last_pair(nlp):
    check(
        nlp,
        "Antony Blinken called Mevlut Cavusoglu on Monday. They discussed Ukraine.",
        {("Antony Blinken", "communicate", "Mevlüt Çavuşoğlu", None, False, A)},
    )


# "Woodbridge hit out at the media for wanting to ask him": hitting out is criticism, and the act it is
# for is the criticised one's, not the critic's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France hit out at Russia for attacking Ukraine.",
            {("France", "criticise", "Russia", None, False, A), ("Russia", "attack", "Ukraine", None, False, A)},
        ),
        ("France lashed out at Russia.", {("France", "criticise", "Russia", None, False, A)}),
    ],
)
def test_hitting_out_at_someone_for_an_act(nlp, text, expected):
    check(nlp, text, expected)


def test_the_act_one_is_criticised_for_is_not_the_critics(nlp):
    rows = read(nlp, "Todd Woodbridge hit out at the media for wanting to ask Pat Rafter about his plans.")
    assert not any(row[0] == "Todd Woodbridge" and row[2] == "Pat Rafter" for row in rows), rows


# "The accusation against Biden is that he called for ...": "he" in what a thing about one person is, is
# that person, not the last person who was a subject
def test_he_in_a_clause_about_one_person_is_that_person(nlp):
    text = "President Trump spoke on Monday. The charge against Joe Biden is that he pressured Ukraine."
    rows = read(nlp, text)
    assert ("Joe Biden", "coerce", "Ukraine", None, False, A) in rows, rows
    assert not any(row[0] == "Donald Trump" for row in rows), rows


# "Mr Arafat has called for a halt to armed operations ... France, Britain and the United States have welcomed
# the announcement": a bare announcement or decision answered is the one its announcer made just before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yasser Arafat called for a halt to all armed operations. France and Britain welcomed the announcement.",
            {
                ("France", "cooperate", "Yasser Arafat", None, False, A),
                ("United Kingdom", "cooperate", "Yasser Arafat", None, False, A),
            },
        ),
        (
            "Hamas announced a ceasefire on Sunday. Israel rejected the move.",
            {("Israel", "reject", "Hamas", None, False, A)},
        ),
    ],
)
def test_an_answered_announcement_is_its_announcers(nlp, text, expected):
    check(nlp, text, expected)


def test_an_announcement_with_no_announcer_before_answers_no_one(nlp):
    rows = read(nlp, "Hamas fighters left Gaza on Sunday. Israel welcomed the move.")
    assert not any(row[0] == "Israel" for row in rows), rows


# "With both countries massing troops along the border, ...": a hostile act of both sides is aimed at each
# other, though "troops" alone may be read as one side's; the sides that mass troops are states, not the
# group that raided (Lee corpus bg_012 and bg_001)
@pytest.mark.parametrize(
    "text",
    [
        "The Pakistan armed forces are fully prepared to face all consequences. India accuses Pakistan of "
        "masterminding the assault. With both countries massing troops along the border, Pakistani Foreign "
        "Minister Abdul Sattar warned that the dispute was growing tense.",
        "Jaish-e-Mohammed attacked India's parliament on December 13 at the behest of Pakistani intelligence. "
        "Tensions have soared since the raid, with both sides massing troops along their border.",
    ],
)
def test_both_sides_massing_troops_are_the_two_states(nlp, text):
    rows = read(nlp, text)
    assert ("India", "posture", "Pakistan", None, False, A) in rows, rows
    assert ("Pakistan", "posture", "India", None, False, A) in rows, rows
    assert not any(row[1] == "criticise" and row[2] == "India" for row in rows), rows
    assert not any(row[0] == "Jaish-e-Mohammed" and row[1] == "posture" for row in rows), rows


# "US Special Representative for Iran Brian Hook said, ...": an envoy for a country is not its member; the
# speaker named in apposition to the subject's title speaks
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'US Special Representative for Iran Brian Hook said, "We will not lift sanctions on Iran."',
            {("United States", "yield", "Iran", None, True, A)},
        ),
        (
            'US Special Envoy for Yemen Tim Lenderking said, "We will work with Saudi Arabia."',
            {("United States", "cooperate", "Saudi Arabia", None, False, "intended")},
        ),
    ],
)
def test_an_envoy_for_a_country_speaks_for_his_own(nlp, text, expected):
    check(nlp, text, expected)


# "Mr Ali's spokesman, Amin, told AFP that anti-Taliban forces had captured ...": a spokesman of someone whose
# side kg does not know reports his own side's acts, and accuses no one
def test_a_spokesman_of_someone_reports_without_accusing(nlp):
    text = (
        "Earlier, Mr Ali's spokesman, Amin, told the AFP news agency that anti-Taliban forces had captured a key "
        "Al Qaeda position."
    )
    rows = read(nlp, text)
    assert ("anti-Taliban forces", "attack", "al-Qaeda", None, False, A) in rows, rows
    assert not any(row[1] == "criticise" for row in rows), rows


def test_a_spokesman_of_a_known_side_still_accuses_the_other(nlp):
    rows = read(nlp, "Hamas's spokesman, Sami Abu Zuhri, said Israel had attacked Hamas positions.")
    assert ("Sami Abu Zuhri", "criticise", "Israel", None, False, A) in rows, rows


# "a meeting between Giuliani, claiming to represent the State Department, and Andriy Yermak": a phrase
# between the two names makes the parser hang the second on the verb; the pair is still the two names
def test_a_pair_after_between_with_a_phrase_between_the_names(nlp):
    text = (
        "In July, Kurt Volker helped facilitate a meeting between Rudy Giuliani, claiming to represent the State "
        "Department, and Andriy Yermak, one of President Zelensky's aides."
    )
    rows = read(nlp, text)
    assert any(r[0] == "Rudy Giuliani" and r[1] == "communicate" and r[2] == "Andriy Yermak" for r in rows), rows
    assert not any(row[2] == "United States Department of State" for row in rows), rows


def test_both_sides_acting_on_a_third_act_on_it_not_on_each_other(nlp):
    rows = read(nlp, "India and Pakistan signed a deal. Both countries attacked ISIS in Syria.")
    assert ("India", "attack", "ISIS", None, False, A) in rows, rows
    assert not any(row[0] == "India" and row[1] == "attack" and row[2] == "Pakistan" for row in rows), rows
