"""Issue 3: constructions kg missed or read wrongly (session 12): a power's rule resisted, a common noun in
apposition to a named actor.

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee) or of the unlabelled Lee
texts (gensim's lee_background.cor, see tests/gold/README.md), which is where each construction was seen."""

from __future__ import annotations

from tests.test_extract_constructions import A, check, read


# "groups fighting Indian rule in Kashmir", "the uprising against Israeli occupation": the rule resisted is the power's
def test_fighting_a_countrys_rule_fights_the_country(nlp):
    check(nlp, "Kashmiri separatists fight Indian rule.", {("Kashmiri separatists", "fight", "India", None, False, A)})


def test_an_uprising_against_an_occupation_fights_the_occupier(nlp):
    rows = read(nlp, "The death toll of the Palestinian uprising against Israeli occupation has risen to 1,121.")
    assert ("Palestine", "fight", "Israel", None, False, A) in rows, rows


def test_ending_an_occupation_is_not_an_act_on_the_occupier(nlp):
    rows = read(nlp, "Hamas vowed to end the Israeli occupation.")
    assert not any(row[2] == "Israel" for row in rows), rows


# "Karzai, a tribal leader currently fighting the Taliban": a common noun in apposition is the named actor
def test_a_participle_after_an_apposition_is_the_named_actors_act(nlp):
    text = "Hamid Karzai, a tribal leader currently fighting the Taliban near Kandahar, was appointed on Monday."
    check(nlp, text, {("Hamid Karzai", "fight", "Taliban", None, False, A)})


def test_an_apposition_after_an_of_phrase_is_the_named_actor(nlp):
    text = "The appointment of Hamid Karzai, a tribal leader currently fighting the Taliban, was welcomed."
    check(nlp, text, {("Hamid Karzai", "fight", "Taliban", None, False, A)})


# "the Muttahida Jihad Council, an alliance of 18 groups fighting Indian rule": a union's members act as the union
def test_the_members_of_a_union_in_apposition_are_the_union(nlp):
    text = "The Muttahida Jihad Council, an alliance of 18 groups fighting Indian rule in Kashmir, denied the claim."
    check(nlp, text, {("Muttahida Jihad Council", "fight", "India", None, False, A)})
