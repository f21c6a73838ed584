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
