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


# '"... to kill him," Mohammad Amin said': in direct speech "him" is never the speaker
def test_a_third_person_pronoun_in_a_quote_is_not_the_speaker(nlp):
    text = (
        "Osama bin Laden is hiding in the mountains, Afghan commander Mohammad Amin said. "
        '"American planes have been bombing the caves to kill him," Mr Amin said.'
    )
    rows = read(nlp, text)
    assert ("United States", "attack", "Osama bin Laden", None, False, A) in rows, rows
    assert not any(row[2] == "Mohammad Amin" for row in rows), rows


# "With both countries massing troops ..., Pakistan's foreign minister warned ...": an act the speaker's own
# side shares accuses no one
def test_a_mutual_act_reported_accuses_no_one(nlp):
    text = (
        "India and Pakistan are at odds. With both countries massing troops along the border, Pakistan's foreign "
        "minister Abdul Sattar warned that the dispute was growing tense."
    )
    rows = read(nlp, text)
    assert ("India", "posture", "Pakistan", None, False, A) in rows, rows
    assert not any(row[1] == "criticise" for row in rows), rows


# since session 40: a side's officials reporting violence done to it give the news, no charge (the read gold of Lee
# test2, test3 and batteries a-i never code one: 14 false statements, no gold line); a person who reports it, or a
# judging verb, still accuses
def test_an_act_on_the_speakers_side_reported_accuses_its_doer(nlp):
    rows = read(nlp, "Palestinian officials said Israeli soldiers killed two Palestinians near Jenin.")
    assert ("Israel", "attack", "Palestine", None, False, A) in rows, rows
    assert not any(row[1] == "criticise" for row in rows), rows
    rows = read(nlp, "Saeb Erakat said Israeli soldiers killed two Palestinians near Jenin.")
    assert ("Saeb Erakat", "criticise", "Israel", None, False, A) in rows, rows
    rows = read(nlp, "Palestinian officials believe Israeli soldiers killed two Palestinians near Jenin.")
    assert ("Palestine", "criticise", "Israel", None, False, A) in rows, rows


# wrong readings of the object: the one criticised is not rejected, the drawn act is not the subject's,
# the victim of murderers is not the one arrested, a foiled attack attacks no one
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Henry Kissinger rejected criticism of the Ford administration's conduct.", "reject"),
        ("Israel arrested the murderers of Rhavam Zeevi.", "Rhavam Zeevi"),
        ("Israel arrested Rhavam Zeevi's killers.", "Rhavam Zeevi"),
        ("Egypt foiled attacks against Israel.", "attack"),
    ],
)
def test_objects_that_are_not_the_acts_target(nlp, text, unwanted):
    rows = read(nlp, text)
    assert not any(unwanted in (row[0], row[1], row[2]) for row in rows), rows


# "provoking Israeli air raids against Arafat's administration": the raids drawn are not the bombers' own
def test_raids_provoked_are_not_the_provokers_acts(nlp):
    text = (
        "Hamas suicide bombers blew themselves up in Jerusalem, provoking Israeli air raids against "
        "Yasser Arafat's administration."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Hamas" and row[2] in ("Yasser Arafat", "Palestine") for row in rows), rows


# "as fears grow of a war between India and Pakistan": a feared war is hypothetical
@pytest.mark.parametrize(
    "text",
    [
        "There are fears of a war between India and Pakistan.",
        "The risk of conflict between India and Pakistan is rising.",
        "Analysts warned of a war between India and Pakistan.",
    ],
)
def test_a_feared_war_is_hypothetical(nlp, text):
    check(nlp, text, {("India", "fight", "Pakistan", None, False, "hypothetical")})


def test_a_war_that_happened_is_asserted(nlp):
    check(nlp, "The war between India and Pakistan killed thousands.", {("India", "fight", "Pakistan", None, False, A)})


# "raids by US warplanes on the Taliban": the parser hangs the target on the agent after "by"
@pytest.mark.parametrize(
    "text",
    [
        "Raids by US warplanes on the Taliban continued.",
        "Bombing raids by US warplanes on Taliban positions around the airport helped the push.",
    ],
)
def test_a_target_hung_on_the_agent(nlp, text):
    rows = read(nlp, text)
    assert any(row[:3] == ("United States", "attack", "Taliban") for row in rows), rows


# "carried out the bulk of the suicide bombings against Israel", also said of a relative's antecedent
@pytest.mark.parametrize(
    "text",
    [
        "Hamas has carried out the bulk of the suicide bombings against Israel.",
        "The sheikh is revered by the Hamas militants who have carried out the suicide bombings against Israel.",
    ],
)
def test_counted_and_relative_claimed_acts(nlp, text):
    check(nlp, text, {("Hamas", "attack", "Israel", None, False, A)})


# "the Ansar al-Islam group", tagged a person by spaCy: a name before a group noun is an organisation
def test_a_name_before_a_group_noun_is_an_organisation(nlp):
    check(
        nlp,
        "The Ansar al-Islam group is harbouring al-Qaeda members.",
        {("Ansar al-Islam", "support", "al-Qaeda", None, False, A)},
    )


def test_a_persons_name_before_a_group_noun_stays_a_person(nlp):
    rows = read(nlp, "The Bush administration criticised Iran.")
    assert ("United States", "criticise", "Iran", None, False, A) in rows, rows


# "announced the agreement after talks with British officials": an act announced with no party of its own
# leaves the talks as the relation
def test_talks_around_a_bare_announcement(nlp):
    check(
        nlp,
        "Mohammad Qasim Fahim announced the agreement after talks with British officials.",
        {("Mohammad Qasim Fahim", "communicate", "United Kingdom", None, False, A)},
    )


def test_an_announcement_with_its_own_party_keeps_it(nlp):
    rows = read(nlp, "Iran announced sanctions on Israel after talks with Russia.")
    assert ("Iran", "reduce", "Israel", None, False, A) in rows, rows
    assert not any(row[2] == "Russia" for row in rows), rows


# papers and word passed to someone are talk, not aid
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel gave the list to Yasser Arafat.", ("Israel", "communicate", "Yasser Arafat", None, False, A)),
        (
            "Trump explained to Zelensky that the aid was frozen.",
            ("Donald Trump", "communicate", "Volodymyr Zelensky", None, False, A),
        ),
        ("Israel gave weapons to the Kurds.", ("Israel", "support", "Kurds", None, False, A)),
    ],
)
def test_papers_given_are_talk(nlp, text, expected):
    check(nlp, text, {expected})


# "at the behest of Pakistan", "at the urging of the United States": the one who asked for the act
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lashkar-e-Taiba attacked India at the behest of Pakistan.",
            ("Pakistan", "appeal", "Lashkar-e-Taiba", None, False, A),
        ),
        ("Israel withdrew at the urging of the United States.", ("United States", "appeal", "Israel", None, False, A)),
    ],
)
def test_an_act_done_at_someones_behest(nlp, text, expected):
    check(nlp, text, {expected})


# "the US hunt for Osama bin Laden": the hunted
def test_the_hunted_after_for(nlp):
    check(
        nlp,
        "The US hunt for Osama bin Laden continued.",
        {("United States", "investigate", "Osama bin Laden", None, False, A)},
    )


# "the two groups", "both groups": the last two armed groups or organisations named
def test_the_two_groups_named_before(nlp):
    check(
        nlp,
        "India blamed Lashkar-e-Taiba and Jaish-e-Mohammed. Pakistan raided the two groups.",
        {
            ("Pakistan", "attack", "Lashkar-e-Taiba", None, False, A),
            ("Pakistan", "attack", "Jaish-e-Mohammed", None, False, A),
        },
    )


def test_members_of_the_european_parliament_are_it(nlp):
    check(nlp, "MEPs condemned Israel.", {("European Parliament", "criticise", "Israel", None, False, A)})


# "shot dead eight suspected militants": a group that nothing else names is called by what its members do,
# or is the group of that kind the article named before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops shot dead eight suspected militants.", ("Israel", "attack", "militants", None, False, A)),
        (
            "Palestinian police arrested Islamic militants on Monday. Later, Israel killed two militants.",
            ("Israel", "attack", "Islamic militants", None, False, A),
        ),
        (
            "Two gunmen from the radical Islamic group Hamas killed two Israelis.",
            ("Hamas", "attack", "Israel", None, False, A),
        ),
    ],
)
def test_a_group_named_by_what_its_members_do(nlp, text, expected):
    check(nlp, text, {expected})


# "US B-52 bombers" are craft, "its militants" its owner's: no bare group
@pytest.mark.parametrize("text", ["US B-52 bombers attacked al-Qaeda.", "Israel attacked Hamas and its militants."])
def test_no_bare_group_for_craft_or_owned_men(nlp, text):
    rows = read(nlp, text)
    assert not any(name in ("bombers", "militants") for row in rows for name in (row[0], row[2])), rows


# "is not working to dismantle Hamas and to arrest its leaders": the joined infinitive is denied too
def test_a_joined_infinitive_shares_the_denial(nlp):
    check(
        nlp,
        "Arafat is not working to dismantle Hamas and to arrest Hamas leaders.",
        {("Yasser Arafat", "coerce", "Hamas", None, True, "attempted")},
    )


# "Downer says ministers should review whether the violence in Zimbabwe means it has violated ...": a
# pronoun under a clause with its own subject is not the reporter
def test_a_pronoun_below_another_subject_is_not_the_reporter(nlp):
    text = (
        "Mr Downer says ministers should review whether the reported violence in Zimbabwe means it has violated "
        "the Commonwealth's code."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Australia" for row in rows), rows


def test_a_pronoun_under_a_pronoun_subject_is_still_the_reporter(nlp):
    text = (
        "The British government has said it wants to see President Robert Mugabe removed from office and that it "
        "is working with the Zimbabwean opposition to force a change."
    )
    rows = read(nlp, text)
    assert any(row[0] == "United Kingdom" and row[1] == "cooperate" for row in rows), rows


# a sentence that is one whole quotation runs on from the speaker of the sentence before
def test_a_whole_quote_runs_on_from_the_last_speaker(nlp):
    text = (
        'Osama bin Laden is in the mountains. "He is here for sure," Mr Amin said. "American planes have been '
        'bombing the caves to kill him." Mr Amin added that fighters were killed.'
    )
    rows = read(nlp, text)
    assert ("United States", "attack", "Osama bin Laden", None, False, A) in rows, rows
    assert not any(row[2] == "Amin" for row in rows), rows


# "Commonwealth ministers will meet ... for talks on Zimbabwe. In recent meetings, they have suspended Fiji":
# "they" is the unnamed plural subject before, not the last country named
def test_they_after_an_unnamed_plural_subject(nlp):
    text = (
        "Commonwealth ministers will meet in London tomorrow for talks on Zimbabwe. In recent meetings, they "
        "have suspended both Fiji and Pakistan."
    )
    rows = read(nlp, text)
    assert not any(row[0] == "Zimbabwe" for row in rows), rows


# "fired rockets at a base in South Korea": an unowned thing aimed at is the country it stands in
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired rockets at a base in South Korea.", ("North Korea", "attack", "South Korea")),
        ("Israel fired missiles at Hezbollah positions in Lebanon.", ("Israel", "attack", "Hezbollah")),
    ],
)
def test_a_thing_aimed_at_in_a_country(nlp, text, expected):
    rows = read(nlp, text)
    assert any(row[:3] == expected for row in rows), rows
    assert not any(row[2] == "Lebanon" for row in rows), rows


# "are taking steps to encourage Russia": the takers of the steps do what the steps aim at
def test_the_aim_of_steps_taken(nlp):
    check(
        nlp,
        "Ukraine and the US are taking steps to encourage Russia to pursue diplomacy.",
        {("Ukraine", "appeal", "Russia", None, False, A), ("United States", "appeal", "Russia", None, False, A)},
    )


# "Trump said Putin had called him": an object pronoun in a reported clause is the person reporting it
def test_an_object_pronoun_in_a_reported_clause_is_the_reporter(nlp):
    text = "Vladimir Putin met Xi Jinping. Donald Trump said Xi had called him."
    rows = read(nlp, text)
    assert ("Xi Jinping", "statement", "Donald Trump", None, False, A) in rows, rows


# "their Afghan allies" are Afghan; "US allies" are the allies of the US, not the US
def test_allies_named_by_nationality(nlp):
    rows = read(nlp, "US forces backed by their Afghan allies attacked al-Qaeda.")
    assert ("Afghanistan", "support", "United States", None, False, A) in rows, rows


def test_a_countrys_allies_are_not_the_country(nlp):
    rows = read(nlp, "US allies criticised Iran.")
    assert not any(row[0] == "United States" for row in rows), rows


# the militants of one article are not those of another: one node each, named "militants", which the
# scorer matches to a gold statement that names them so
def test_unnamed_groups_of_two_articles_are_two_actors(nlp, tmp_path):
    from kg.evaluate import predicted_from_rows, read_gold, score
    from kg.ingest import read_articles
    from kg.pipeline import read_articles_into_graph
    from kg.rdf.build import build_dataset, union_graph
    from kg.rdf.table import statement_rows

    (tmp_path / "a.txt").write_text("Indian troops shot dead eight militants.\n")
    (tmp_path / "b.txt").write_text("Israel killed three militants.\n")
    extraction = read_articles_into_graph(read_articles(sorted(tmp_path.glob("*.txt"))), nlp)
    rows = statement_rows(union_graph(build_dataset(extraction)))
    objects = {row.object_iri for row in rows if row.object == "militants"}
    assert len(objects) == 2, rows
    gold = tmp_path / "a.tsv"
    gold.write_text(
        "subject\trelation\tobject\tvia\tnegated\tevidence\nIndia\tattack\tmilitants\t\tfalse\tshot dead eight\n"
    )
    result = score(read_gold(gold), predicted_from_rows(rows))
    assert len(result.matched) == 1 and not result.missed, result


# "did not accede to the protesters' demands", "bowed to US demands": giving way to whoever demanded
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel bowed to US demands.", ("Israel", "yield", "United States", None, False, A)),
        ("Pakistan gave in to Indian demands.", ("Pakistan", "yield", "India", None, False, A)),
        (
            "Carrie Lam did not accede to demands from Hong Kong protesters.",
            ("Carrie Lam", "yield", "Hong Kong protesters", None, True, A),
        ),
    ],
)
def test_giving_way_to_demands(nlp, text, expected):
    check(nlp, text, {expected})


# "Mr Amin ... Ms Lam said Britain had criticised him": "him" is not a woman the article called "Ms"
def test_a_pronoun_agrees_with_the_sex_the_article_gives(nlp):
    rows = read(nlp, "Mr Amin met Carrie Lam. Ms Lam said Britain had criticised him.")
    assert ("United Kingdom", "criticise", "Amin", None, False, A) in rows, rows
    assert not any(row[:3] == ("United Kingdom", "criticise", "Carrie Lam") for row in rows), rows


# "his dirty red Ford Sierra", tagged a person by spaCy: a name owned by a pronoun through adjectives is a
# thing; "his son Hunter Biden" is still a person
def test_a_possessed_name_is_a_thing(nlp):
    from kg.records import Article
    from kg.resolve import ActorRegistry

    text = "Roy Whiting threw the bag into the back of his dirty red Ford Sierra."
    actors = ActorRegistry().begin(Article("t", text), nlp(text))
    assert [m.name for m in actors.mentions()] == ["Roy Whiting"], actors.mentions()


def test_a_relative_named_after_a_kinship_noun_is_a_person(nlp):
    check(nlp, "Joe Biden praised his son Hunter Biden.", {("Joe Biden", "cooperate", "Hunter Biden", None, False, A)})


# a quotation opened without an attribution of its own runs on from the speaker before it, unless one
# closes it later: '"He was captured by the Northern Alliance.' said by whoever spoke last
def test_an_unattributed_quotation_is_the_last_speakers(nlp):
    text = (
        'David Hicks is held in Afghanistan. "He is well," Attorney-General Daryl Williams said. '
        '"He was captured by the Northern Alliance in a conflict situation.'
    )
    rows = read(nlp, text)
    # (a person captured is taken prisoner: coerce, since session 39)
    assert ("Northern Alliance", "coerce", "David Hicks", None, False, A) in rows, rows
    assert not any(row[2] == "Daryl Williams" for row in rows), rows


# "the retired Marine Corps general said": a former officer no longer speaks for the body his title names
def test_a_retired_officer_does_not_speak_for_his_old_body(nlp):
    text = '"Chairman Arafat must move immediately to arrest them," the retired Marine Corps general said.'
    rows = read(nlp, text)
    assert not any(row[0] == "Marine Corps" for row in rows), rows


def test_a_serving_officer_speaks_for_his_body(nlp):
    check(nlp, "A Marine Corps general criticised Iran.", {("Marine Corps", "criticise", "Iran", None, False, A)})


# "the protesters", "many gunmen" after the group was named: the group of that kind the article named before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hong Kong protesters marched on Sunday. China arrested the protesters.",
            ("China", "coerce", "Hong Kong protesters", None, False, A),
        ),
        (
            "Israeli troops chased Palestinian gunmen into a house. Israel killed many gunmen.",
            ("Israel", "attack", "Palestinian gunmen", None, False, A),
        ),
    ],
)
def test_a_bare_group_named_before(nlp, text, expected):
    check(nlp, text, {expected})
