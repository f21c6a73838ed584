"""Issue 3: constructions kg missed or read wrongly (session 28).

The sentences were written by kg developers for these tests, from batteries of news sentences written to find
constructions kg did not read, and from misses of the read Lee gold sets; none from Lee test4."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check

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

