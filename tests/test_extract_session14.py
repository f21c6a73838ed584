"""Issue 3: constructions kg missed or read wrongly (session 14).

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (tests/gold, the Lee corpus texts of tests/gold/lee), which is where each
construction was seen."""

from __future__ import annotations

from tests.test_extract_constructions import A, check, read


# "Two suicide bombers blew themselves up in Jerusalem ... Hamas claimed responsibility for the attacks": a
# definite act with no target named is the act the article last reported a band doing
def test_a_claimed_act_is_the_act_reported_before(nlp):
    text = (
        "Two suicide bombers blew themselves up in Jerusalem on Saturday. "
        "The radical Islamic movement, Hamas, claimed responsibility for the suicide attacks."
    )
    rows = read(nlp, text)
    assert ("Hamas", "attack", "Israel", None, False, A) in rows, rows


def test_a_claimed_act_is_not_a_states_act_reported_before(nlp):
    text = "Israeli jets struck Lebanon on Monday. Hamas claimed responsibility for the attack."
    rows = read(nlp, text)
    assert not any(row[0] == "Hamas" for row in rows), rows


def test_a_denied_act_reported_before_gives_no_claimed_target(nlp):
    text = "Hamas did not attack Israel on Monday. Islamic Jihad claimed responsibility for the attack."
    rows = read(nlp, text)
    assert not any(row[0] == "Palestinian Islamic Jihad" for row in rows), rows


# "Hamas claimed responsibility for the suicide bombings that killed 25 Israelis": whom the act's relative
# clause says it hit is its target
def test_a_claimed_act_hits_whom_its_relative_clause_names(nlp):
    text = "Hamas claimed responsibility for the suicide bombings that killed 25 Israelis."
    check(nlp, text, {("Hamas", "attack", "Israel", None, False, A)})


def test_the_bombings_named_before_with_their_victims_give_the_target(nlp):
    text = (
        "Mr Sharon blamed the weekend suicide bombings that killed 25 Israelis on extremists. "
        "The radical Islamic movement, Hamas, claimed responsibility for the suicide attacks."
    )
    rows = read(nlp, text)
    assert ("Hamas", "attack", "Israel", None, False, A) in rows, rows


# "Sharon declared Mr Arafat irrelevant after militants carried out the bus ambush": a speaker whose verb reports
# no clause accuses no one of what the sentence says happened
def test_a_declaration_with_no_reported_clause_accuses_no_one(nlp):
    text = (
        "Palestinian gunmen ambushed a bus near Immanuel, killing 10 Israelis. "
        'Ariel Sharon declared Mr Arafat "irrelevant" after Palestinian militants carried out the bus ambush.'
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Ariel Sharon" and row[2] == "Palestinian militants" for row in rows), rows
    assert ("Ariel Sharon", "criticise", "Yasser Arafat", None, False, A) in rows, rows


def test_a_reported_clause_still_accuses(nlp):
    text = "Ariel Sharon said Palestinian militants carried out the ambush on Israel."
    rows = read(nlp, text)
    assert ("Ariel Sharon", "criticise", "Palestinian militants", None, False, A) in rows, rows
