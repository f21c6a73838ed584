"""Issue 3: constructions kg missed or read wrongly (session 33).

The sentences were written by kg developers for these tests, from batteries of their own. Some are adapted from
the batteries of `bench/batteries` (written by helper sessions that had not read kg, then read as development
text): Pope Francis's call. None from Lee test4.
"""

from __future__ import annotations

import pytest

from tests.test_extract_constructions import A, check_exact

ROYAL_NAMES = [
    # "Pope Francis": the royal title before one name is part of the name, and "the Pope" is he later
    (
        "Pope Francis called on Israel to agree to a ceasefire. The Pope also met Joe Biden.",
        {
            ("Pope Francis", "appeal", "Israel", None, False, A),
            ("Pope Francis", "communicate", "Joe Biden", None, False, A),
        },
    ),
    # "Queen Elizabeth", tagged with her title: "the Queen" is she later
    (
        "Queen Elizabeth met Barack Obama. The Queen later thanked him.",
        {
            ("Elizabeth II", "communicate", "Barack Obama", None, False, A),
            ("Elizabeth II", "cooperate", "Barack Obama", None, False, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", ROYAL_NAMES)
def test_a_royal_title_before_one_name_is_part_of_it(nlp, text, expected):
    check_exact(nlp, text, expected)


DISOWNED = [
    # "We had nothing to do with it": the charged act the pronoun stands for is denied, never asserted
    (
        "We had nothing to do with it, a senior Israeli official said on Saturday, after Tehran accused Israel of "
        "assassinating nuclear scientist Mohsen Fakhrizadeh near the capital.",
        {
            ("Iran", "criticise", "Israel", None, False, A),
            ("Israel", "attack", "Mohsen Fakhrizadeh", None, False, "hypothetical"),
            ("Israel", "attack", "Mohsen Fakhrizadeh", None, True, A),
        },
    ),
    (
        "Tehran accused Israel of assassinating Mohsen Fakhrizadeh. Israel said it had nothing to do with it.",
        {
            ("Iran", "criticise", "Israel", None, False, A),
            ("Israel", "attack", "Mohsen Fakhrizadeh", None, False, "hypothetical"),
            ("Israel", "attack", "Mohsen Fakhrizadeh", None, True, A),
        },
    ),
]


@pytest.mark.parametrize("text,expected", DISOWNED)
def test_nothing_to_do_with_it_denies_the_charged_act(nlp, text, expected):
    check_exact(nlp, text, expected)


WIRE_DATELINES = [
    # a dateline in capitals with no agency opens wire copy: no part of the first name ("OSLO - Norway")
    (
        "OSLO - Norway, which hosts the talks, urged Colombia and the ELN to agree.",
        {
            ("Norway", "appeal", "Colombia", None, False, A),
            ("Norway", "appeal", "ELN", None, False, A),
            ("Colombia", "cooperate", "ELN", None, False, "requested"),
        },
    ),
    (
        "Talks in Oslo\n\nBERLIN - Germany will not deliver Taurus cruise missiles to Ukraine, Chancellor Olaf Scholz "
        "said.",
        {("Germany", "support", "Ukraine", None, True, A)},
    ),
    # "ISLAMABAD, Pakistan -": a dateline naming the country too
    (
        "ISLAMABAD, Pakistan - Pakistan summoned Afghanistan's envoy.",
        {("Pakistan", "demand", "Afghanistan", None, False, A)},
    ),
]


@pytest.mark.parametrize("text,expected", WIRE_DATELINES)
def test_a_wire_dateline_in_capitals_is_no_actor(nlp, text, expected):
    check_exact(nlp, text, expected)


def test_only_the_opening_line_holds_a_dateline():
    from kg.ingest.boilerplate import ignored_ranges

    text = "Norway said so.\nNATO - the alliance - met."
    assert ignored_ranges(text) == ()
    text = "KYIV, Dec. 5 - Russia attacked Ukraine."
    assert [text[a:b] for a, b in ignored_ranges(text)] == ["KYIV, Dec. 5 - "]
