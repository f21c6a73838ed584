"""Issue 3: constructions kg missed or read wrongly (session 19).

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee) or of the unlabelled Lee
texts, which is where each construction was seen."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read

# a definite act ("the attack") whose first report names only places it was done in: the act's actors are still
# to be found, and whoever is said to have carried it out is accused of it
PLACED_ACTS = [
    (
        "Hamas gunmen ambushed an Israeli bus. The Palestinian Authority condemned the attack on the bus near the"
        " settlement in the West Bank and two bombings in the Gaza Strip. An Israeli spokesman said the attack was"
        " carried out by Hamas militants.",
        {("Israel", "criticise", "Hamas", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", PLACED_ACTS)
def test_a_place_an_act_was_done_in_is_not_its_target(nlp, text, expected):
    check(nlp, text, expected)


# a sentence with no quotation mark of its own, inside a quotation opened a sentence before, is not the author's:
# the attribution closing the author's next sentence does not reach back to it
def test_a_sentence_inside_an_open_quotation_is_not_given_the_next_attribution(nlp):
    text = (
        'He says the Proteas have more to prove. "There is more pressure on South Africa. We are the number one'
        ' side, they have to beat us. "They are not the underdogs." Israeli jets bombed Gaza City, Palestinian'
        " officials said."
    )
    assert not any(row[2] == "Palestine" and row[0] == "South Africa" for row in read(nlp, text))


# a role noun after "as" is its verb's object's, else its subject's; "more of a critic" is a critic; a lawyer acts
# for the client whose lawyer he is
ROLES_AS = [
    (
        "Rudy Giuliani was serving as Donald Trump's personal lawyer at the time.",
        {("Rudy Giuliani", "support", "Donald Trump", None, False, A)},
    ),
    (
        "Donald Trump appointed Rudy Giuliani as his lawyer.",
        {("Rudy Giuliani", "support", "Donald Trump", None, False, A)},
    ),
    (
        "Alexei Navalny emerged as a fierce critic of Vladimir Putin.",
        {("Alexei Navalny", "criticise", "Vladimir Putin", None, False, A)},
    ),
    (
        "John Bolton was also much more of a critic of Russia than was Trump.",
        {("John Bolton", "criticise", "Russia", None, False, A)},
    ),
    (
        "Rudy Giuliani never served as Donald Trump's lawyer.",
        {("Rudy Giuliani", "support", "Donald Trump", None, True, A)},
    ),
    ("John Bolton was not much of a critic of Russia.", {("John Bolton", "criticise", "Russia", None, True, A)}),
]


@pytest.mark.parametrize("text,expected", ROLES_AS)
def test_a_role_after_as_or_more_of_is_held(nlp, text, expected):
    check(nlp, text, expected)


# credit given praises
PRAISE_VERBS = [
    ("Germany credited France with saving the deal.", {("Germany", "cooperate", "France", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", PRAISE_VERBS)
def test_crediting_praises(nlp, text, expected):
    check(nlp, text, expected)


# a guilty verdict convicts whoever it finds guilty; "not guilty" acquits
GUILTY_VERDICTS = [
    ("A Russian court found Alexei Navalny guilty of fraud.", {("Russia", "coerce", "Alexei Navalny", None, False, A)}),
    ("Alexei Navalny was found guilty by a Russian court.", {("Russia", "coerce", "Alexei Navalny", None, False, A)}),
    ("Russia did not find Alexei Navalny guilty.", {("Russia", "coerce", "Alexei Navalny", None, True, A)}),
    ("A Russian court found Alexei Navalny not guilty.", {("Russia", "coerce", "Alexei Navalny", None, True, A)}),
]


@pytest.mark.parametrize("text,expected", GUILTY_VERDICTS)
def test_a_guilty_verdict_convicts(nlp, text, expected):
    check(nlp, text, expected)


# "them" in what a side reports is that side; in what a family or crew reports it is that body, no actor
REPORTED_THEM = [
    ("Israeli officials said Hamas had attacked them.", {("Hamas", "attack", "Israel", None, False, A)}),
    ("Iran said the United States had threatened them.", {("United States", "threaten", "Iran", None, False, A)}),
]


@pytest.mark.parametrize("text,expected", REPORTED_THEM)
def test_them_in_a_sides_report_is_that_side(nlp, text, expected):
    check(nlp, text, expected)


def test_them_in_a_familys_report_is_the_family(nlp):
    text = (
        "David Hicks trained with the Kosovo Liberation Army. Mr Hicks' family told media the Australian Federal"
        " Police had told them not to comment."
    )
    assert not any(row[0] == "Australian Federal Police" for row in read(nlp, text))


# a light verb's two-word noun names the act: "gave the green light to", "gave the go-ahead to"
TWO_WORD_NOUNS = [
    (
        "Australia gave the green light to the United States.",
        {("Australia", "cooperate", "United States", None, False, A)},
    ),
    (
        "Australia did not give the green light to the United States.",
        {("Australia", "cooperate", "United States", None, True, A)},
    ),
    (
        "Qantas gave the go-ahead to Australian Airlines.",
        {("Qantas", "cooperate", "Australian Airlines", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", TWO_WORD_NOUNS)
def test_a_light_verbs_two_word_noun_names_the_act(nlp, text, expected):
    check(nlp, text, expected)


# unions the article does not name are a group of their own, as militants or protesters are
UNNAMED_UNIONS = [
    (
        "The Police Federation and unions are criticising the Government's handling of security at Australia's"
        " airports.",
        {("unions", "criticise", "Australia", None, False, A)},
    ),
    (
        "Australian Airlines is negotiating with various unions on wages.",
        {("Australian Airlines", "communicate", "unions", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", UNNAMED_UNIONS)
def test_unnamed_unions_are_a_group(nlp, text, expected):
    check(nlp, text, expected)
