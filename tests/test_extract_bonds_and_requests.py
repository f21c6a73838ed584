"""Issue 3: bonds stated by participles and relative clauses, joint work, detention, and requests that
someone answers or acts on (constructions seen in the blind gold sets' misses, session 4).

Every sentence here was written by kg developers for these tests; none is copied from an article."""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check, read

# "militias associated with Iran", "the Houthis, who are aligned with Iran": a stative passive names a bond
STATIVE_BONDS = [
    (
        "Iraqi militias associated with Iran attacked the base.",
        {("Iraqi militias", "cooperate", "Iran", None, False, A)},
    ),
    (
        "The Houthis, who are ideologically aligned with Iran, fired missiles.",
        {("Houthis", "cooperate", "Iran", None, False, A)},
    ),
    (
        "Hezbollah, which is affiliated with Iran, denied the report.",
        {("Hezbollah", "cooperate", "Iran", None, False, A)},
    ),
]

# "was captured fighting alongside the Taliban": the participle is the captive's act, and fighting
# alongside someone is fighting on their side
ALONGSIDE = [
    (
        "David Hicks, who was captured fighting alongside Taliban forces, is in custody.",
        {("David Hicks", "cooperate", "Taliban", None, False, A)},
    ),
    (
        "British troops fought alongside Afghan forces.",
        {("United Kingdom", "cooperate", "Afghanistan", None, False, A)},
    ),
]

# "Russia and the United States worked to end the Cold War": joint work is cooperation
JOINT_WORK = [
    ("Russia and the United States worked to end the war.", {("Russia", "cooperate", "United States", None, False, A)}),
    ("France and Germany worked together on the plan.", {("France", "cooperate", "Germany", None, False, A)}),
]

# "is being held by the United States": holding a person or a group is detaining them
DETENTION = [
    ("David Hicks is being held by the United States.", {("United States", "coerce", "David Hicks", None, False, A)}),
    (
        "The Syrian Democratic Forces hold thousands of ISIS fighters.",
        {("Syrian Democratic Forces", "coerce", "ISIS", None, False, A)},
    ),
]

# "complied with the request of Johnson", "returned at Iraq's request", "ignored the demands of Egypt":
# the one who made the request made it to the one who answers or acts on it
ANSWERED_REQUESTS = [
    (
        "Queen Elizabeth II agreed to comply with the request of Prime Minister Boris Johnson.",
        {("Boris Johnson", "appeal", "Elizabeth II", None, False, A)},
    ),
    (
        "U.S. troops returned to Iraq at the Iraqi government's request.",
        {("Iraq", "appeal", "United States", None, False, A)},
    ),
    ("Hamas ignored the demands of Egypt.", {("Egypt", "demand", "Hamas", None, False, A)}),
    ("Syria defied Turkey's ultimatum.", {("Turkey", "threaten", "Syria", None, False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), STATIVE_BONDS)
def test_stative_bonds(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), ALONGSIDE)
def test_fighting_alongside_is_cooperation(nlp, text, expected):
    check(nlp, text, expected)
    assert not {row for row in read(nlp, text) if row[1] == "fight"}, "fighting alongside is not fighting against"


@pytest.mark.parametrize(("text", "expected"), JOINT_WORK)
def test_joint_work(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), DETENTION)
def test_holding_a_person_is_detention(nlp, text, expected):
    check(nlp, text, expected)


def test_holding_talks_is_no_detention(nlp):
    found = read(nlp, "Iran held talks with Iraq.")
    assert ("Iran", "communicate", "Iraq", None, False, A) in found
    assert all(row[1] != "coerce" for row in found)


@pytest.mark.parametrize(("text", "expected"), ANSWERED_REQUESTS)
def test_answered_requests(nlp, text, expected):
    check(nlp, text, expected)


def test_a_request_is_not_made_to_its_maker(nlp):
    """'the request of Johnson': the agent after 'of' is not also the request's addressee."""
    found = read(nlp, "Queen Elizabeth II agreed to comply with the request of Prime Minister Boris Johnson.")
    assert all(row[0] != row[2] for row in found)
    assert ("Boris Johnson", "appeal", "Boris Johnson", None, False, A) not in found
