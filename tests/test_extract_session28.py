"""Issue 3: constructions kg missed or read wrongly (session 28).

The sentences were written by kg developers for these tests, from batteries of news sentences written to find
constructions kg did not read, and from misses of the read Lee gold sets; none from Lee test4."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, check_exact

H = "hypothetical"
I = "intended"  # noqa: E741


# "Both sides massed troops and have traded accusations": a later hostile verb of "both sides" is mutual too
MUTUAL_CONJUNCTS = [
    (
        "India and Pakistan are at odds over Kashmir. Both sides have massed troops on the border and have traded "
        "accusations.",
        {
            ("India", "criticise", "Pakistan", None, False, A),
            ("Pakistan", "criticise", "India", None, False, A),
        },
    ),
    (
        "India and Pakistan are at odds over Kashmir. Both countries have put their militaries on alert and "
        "expelled diplomats.",
        {("India", "reduce", "Pakistan", None, False, A), ("Pakistan", "reduce", "India", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MUTUAL_CONJUNCTS)
def test_a_later_verb_of_both_sides_is_mutual(nlp, text, expected):
    check(nlp, text, expected)


# "met Arafat to persuade him to arrest the militants", "tried to convince Arafat to": the act persuaded to is asked
PERSUADED_ACTS = [
    (
        "Zinni met Arafat to persuade him to arrest the militants.",
        {("Yasser Arafat", "coerce", "militants", None, False, "requested")},
    ),
    (
        "Zinni tried to convince Arafat to arrest the militants.",
        {
            ("Anthony Zinni", "appeal", "Yasser Arafat", None, False, "attempted"),
            ("Yasser Arafat", "coerce", "militants", None, False, "requested"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSUADED_ACTS)
def test_an_act_someone_is_persuaded_to_is_requested(nlp, text, expected):
    check(nlp, text, expected)



# "a doctor working for the relief agency said that he had treated six of Agha's men": the unnamed doctor, not the
# man named before
UNNAMED_REPORTERS = [
    "Abdul Masood met Gul Agha. A doctor working for the relief agency Muslim Hands said that he had treated six of "
    "Agha's men.",
    "Abdul Masood met Gul Agha. The commander said he had treated six of Agha's men.",
]


@pytest.mark.parametrize("text", UNNAMED_REPORTERS)
def test_he_reported_by_an_unnamed_person_is_that_person(nlp, text):
    check_exact(nlp, text, {("Abdul Masood", "communicate", "Gul Agha", None, False, A)})


# "Israel has closed Orient House ... Egypt and Jordan have condemned the closure": the closer's
def test_a_closure_is_its_closers(nlp):
    check(
        nlp,
        "Israel has closed Orient House after a suicide bombing. Egypt and Jordan have condemned the closure.",
        {("Egypt", "criticise", "Israel", None, False, A), ("Jordan", "criticise", "Israel", None, False, A)},
    )


# "says the move is an act of war", "called the move a declaration of war": a verdict on its makers
WAR_VERDICTS = [
    "Israel has closed the Palestinian offices. The Palestinian Authority says the move is an act of war.",
    "Israel has closed the Palestinian offices. The Palestinian Authority called the move a declaration of war.",
]


@pytest.mark.parametrize("text", WAR_VERDICTS)
def test_an_act_of_war_is_a_verdict(nlp, text):
    check(nlp, text, {("Palestine", "criticise", "Israel", None, False, A)})


# "the two nuclear powers", "both governments", "the two rivals": the pair of the article's conflict
PAIR_WORDS = [
    (
        "India and Pakistan are at odds. Britain has offered to mediate between the two nuclear powers.",
        {("United Kingdom", "cooperate", "India", None, False, I), ("United Kingdom", "cooperate", "Pakistan", None,
                                                                       False, I)},
    ),
    (
        "India and Pakistan are at odds. The United States urged both governments to show restraint.",
        {("United States", "appeal", "India", None, False, A), ("United States", "appeal", "Pakistan", None, False, A)},
    ),
    (
        "India and Pakistan are at odds. The two rivals have massed troops on the border.",
        {("India", "posture", "Pakistan", None, False, A), ("Pakistan", "posture", "India", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIR_WORDS)
def test_more_words_for_the_two_sides(nlp, text, expected):
    check(nlp, text, expected)
