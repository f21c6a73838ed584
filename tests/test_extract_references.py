"""Issue 3: actors named by reference rather than by name (a leader's fighters) and pairs the parser
splits (constructions seen in the read gold sets' misses, session 7).

Every sentence here was written by kg developers for these tests; none is copied from an article."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read

# "bin Laden's fighters", "the followers of bin Laden": a leader's men are the group he heads
FOLLOWERS = [
    (
        "US warplanes bombed Osama bin Laden's fighters in the mountains.",
        {("United States", "attack", "al-Qaeda", None, False, A)},
    ),
    (
        "Al Qaeda leader Osama bin Laden fled. Pakistan arrested the followers of bin Laden.",
        {("Pakistan", "coerce", "al-Qaeda", None, False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWERS)
def test_a_leaders_men_are_his_group(nlp, text, expected):
    check(nlp, text, expected)


def test_a_head_of_states_supporters_are_no_group(nlp):
    rows = read(nlp, "Bashar al-Assad's supporters attacked Turkey.")
    assert not any(row[0] == "Syria" for row in rows), rows


# "a call between Trump and then-newly elected President Zelensky": the parser hangs one name on the other
@pytest.mark.parametrize(
    "text",
    [
        "The House read a transcript of a call between Trump and newly elected President Zelensky.",
        "The House read a transcript of a call between Trump and then-newly elected President Zelensky.",
    ],
)
def test_a_misparsed_pair_after_between(nlp, text):
    check(nlp, text, {("Donald Trump", "communicate", "Volodymyr Zelensky", None, False, A)})
