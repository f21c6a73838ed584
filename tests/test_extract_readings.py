"""Issue 3: constructions seen in the read gold sets' misses (session 8): judgements that accuse, acts
ordered on someone, requests an act answers, and things posted abroad.

Every sentence here was written by kg developers for these tests; none is copied from an article."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read

# "The CIA believes the crown prince ordered the killing": a judgement that another side did a hostile act
# accuses it, as a report of it does
JUDGEMENTS = [
    (
        "The CIA believes Vladimir Putin ordered the killing of Alexei Navalny.",
        {
            ("Vladimir Putin", "attack", "Alexei Navalny", None, False, A),
            ("United States", "criticise", "Vladimir Putin", None, False, A),
        },
    ),
    (
        "Israel suspects that Hamas carried out the attack on Israel.",
        {
            ("Hamas", "attack", "Israel", None, False, A),
            ("Israel", "criticise", "Hamas", None, False, A),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), JUDGEMENTS)
def test_a_judgement_of_a_hostile_act_accuses(nlp, text, expected):
    check(nlp, text, expected)


def test_believing_in_a_friendly_act_accuses_no_one(nlp):
    rows = read(nlp, "Iran believes Russia supports Syria.")
    assert not any(row[1] == "criticise" for row in rows), rows


# "ordered the killing of X", "ordered the arrest of X": the act ordered is done to the one it names
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia ordered the killing of Alexei Navalny.", {("Russia", "attack", "Alexei Navalny", None, False, A)}),
        (
            "Vladimir Putin ordered the murder of Boris Nemtsov.",
            {("Vladimir Putin", "attack", "Boris Nemtsov", None, False, A)},
        ),
    ],
)
def test_an_act_ordered_on_someone(nlp, text, expected):
    check(nlp, text, expected)


# "Iran says Israel attacked its embassy in Damascus": an embassy in a city is not the city's country's
def test_an_embassy_in_a_city_is_not_that_countrys(nlp):
    rows = read(nlp, "Iran says Israel attacked its embassy in Damascus.")
    assert not any(row[2] == "Syria" for row in rows), rows


def test_the_police_in_a_city_are_that_countrys(nlp):
    check(nlp, "Police in Karachi arrested the militants.", {("Pakistan", "coerce", "militants", None, False, A)})
