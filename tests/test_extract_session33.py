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
