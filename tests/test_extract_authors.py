"""Issue 3: constructions kg missed in the read gold sets (session 11): the author of a thing named by a
participle after it ("a deadline set by Afghan militia leaders").

The sentences were written by kg developers for these tests. Several are shortened or reworded from sentences
of articles in the read gold sets (the Lee corpus texts of tests/gold/lee/test3), which is where each
construction was seen."""

from __future__ import annotations

from tests.test_extract_constructions import A, check, read


# "rejected a deadline set by Afghan militia leaders": the agent of a participle after the noun is its author
def test_the_agent_of_a_participle_after_a_rejected_noun_is_rejected(nlp):
    check(nlp, "Hamas rejected a deadline set by Israel.", {("Hamas", "reject", "Israel", None, False, A)})


def test_overtures_made_by_a_country_are_the_countrys(nlp):
    rows = read(nlp, "Iran rejected overtures made by the United States.")
    assert ("Iran", "reject", "United States", None, False, A) in rows, rows


# "condemned strikes carried out by Israel": the evaluated act is the agent's
def test_condemning_an_act_carried_out_by_an_agent_criticises_the_agent(nlp):
    text = "Russia condemned the strikes carried out by Israel."
    check(nlp, text, {("Russia", "criticise", "Israel", None, False, A)})


def test_a_go_between_named_by_a_participle_is_not_the_author(nlp):
    rows = read(nlp, "Hamas rejected a truce brokered by Egypt.")
    assert not any(row[2] == "Egypt" and row[1] == "reject" for row in rows), rows


# "US B-52 bombers ... staged a series of attacks on the Al Qaeda positions": bombers named by their type are a
# country's aircraft, not a group of people
def test_bombers_named_by_their_type_are_the_countrys_aircraft(nlp):
    text = "US B-52 bombers staged a series of attacks on the Al Qaeda positions."
    check(nlp, text, {("United States", "attack", "al-Qaeda", None, False, A)})


def test_suicide_bombers_are_still_a_group(nlp):
    check(nlp, "Palestinian suicide bombers attacked Israel.", {
        ("Palestinian suicide bombers", "attack", "Israel", None, False, A),
    })  # fmt: skip


# '... she said, asking Cengiz to be "patient and resilient."' at a paragraph's end: a quotation mark right after
# the stop closes the quotation and its sentence; the parser had made it a sentence of its own
def test_a_closing_quotation_mark_at_a_paragraphs_end_ends_its_sentence(nlp):
    first = (
        "\"True justice takes time and I know it's painful, but that's the reality of the world we live in,\" "
        'she said, asking Cengiz to be "patient and resilient."'
    )
    second = "The CIA reportedly believes the crown prince ordered the killing."
    doc = nlp(f"{first}\n\n{second}")
    assert [s.text.strip() for s in doc.sents] == [first, second]


def test_an_opening_quotation_mark_after_a_stop_starts_a_sentence(nlp):
    doc = nlp('Callamard spoke. "True justice takes time," she said.')
    assert [s.text for s in doc.sents] == ["Callamard spoke.", '"True justice takes time," she said.']


# taxonomy words of the read misses: persecuting coerces; begging appeals
def test_persecuting_and_begging(nlp):
    check(nlp, "China persecutes the Uighurs. Pakistan begged India for talks.", {
        ("China", "coerce", "Uyghurs", None, False, A),
        ("Pakistan", "appeal", "India", None, False, A),
    })  # fmt: skip


# "Republican Chuck Hagel of the Foreign Relations Committee says ...": a party before a name is no part of it
def test_a_party_before_a_name_is_no_part_of_it(nlp):
    text = "Republican Chuck Hagel says the administration must make the tapes public."
    check(nlp, text, {("Chuck Hagel", "appeal", "United States", None, False, A)})


# "civil proceedings brought by the Australian Securities and Investment Commission against him are baseless":
# the proceedings judged are the bringer's
def test_judging_proceedings_brought_by_an_agent_criticises_the_agent(nlp):
    text = "Jodee Rich says civil proceedings brought by ASIC against him are baseless."
    check(nlp, text, {("Jodee Rich", "criticise", "ASIC", None, False, A)})
