"""Issue 4: one table per affiliation construction — a sentence, a person, and the organisation or country
the sentence ties the person to, with the role.

Every sentence here was written by kg developers for these tests; the people are invented, so that only the
sentence (not kg's list of well-known people) can tell their affiliation."""

from __future__ import annotations

import pytest
from resolve_helpers import mention, read

Row = tuple[str, str, str, str | None]  # sentence, person as written, organisation key, role (None: any)


def affiliations(nlp, sentence: str, person: str) -> dict[str, str | None]:
    actors = read(nlp, sentence)
    found = mention(actors, person)
    assert found is not None and found.type == "person", f"{person!r} is no person in {sentence!r}: {found}"
    return {a.organisation: a.role for a in actors.registry.actor(found.key).affiliations}


def check(nlp, sentence: str, person: str, organisation: str, role: str | None) -> None:
    found = affiliations(nlp, sentence, person)
    assert organisation in found, f"{person} not tied to {organisation}: {found}"
    assert role is None or found[organisation] == role, found


PRE_NAME: list[Row] = [
    ("White House spokesman Tom Verlaine said the talks continue.", "Tom Verlaine", "USA", "White House spokesman"),
    ("Senior White House adviser Dana Whitlock declined to comment.", "Dana Whitlock", "USA", None),
    ("State Department spokeswoman Nora Quinlan said the envoy left.", "Nora Quinlan", "USA",
     "State Department spokeswoman"),
    ("Iranian Foreign Minister Dariush Farahani met reporters.", "Dariush Farahani", "IRN", "Foreign Minister"),
    ("Iran Supreme Leader Ayatollah Reza Kazemi rejected the offer.", "Reza Kazemi", "IRN", "Supreme Leader"),
    ("Reuters reporter Anna Kessler asked a question.", "Anna Kessler", "reuters", "reporter"),
    ("Pentagon spokesman Col. Dean Harlow said the strike was over.", "Dean Harlow", "USA", None),
    ("U.S. Ambassador to Germany Peter Vallance said the ban was right.", "Peter Vallance", "USA",
     "Ambassador to Germany"),
]


@pytest.mark.parametrize(("sentence", "person", "organisation", "role"), PRE_NAME)
def test_titles_and_organisations_before_the_name(nlp, sentence, person, organisation, role):
    check(nlp, sentence, person, organisation, role)


POSSESSIVE: list[Row] = [
    ("He told CNN's Paula Hendricks that the plan had failed.", "Paula Hendricks", "cnn", None),
    ("Iran's Foreign Minister Dariush Farahani arrived in Vienna.", "Dariush Farahani", "IRN", "Foreign Minister"),
]


@pytest.mark.parametrize(("sentence", "person", "organisation", "role"), POSSESSIVE)
def test_possessive_organisations(nlp, sentence, person, organisation, role):
    check(nlp, sentence, person, organisation, role)


APPOSITION: list[Row] = [
    ("Gen. Carl Mossberg, the head of U.S. Central Command, spoke at the event.", "Carl Mossberg", "USA",
     "head of U.S. Central Command"),
    ("Acting Deputy Secretary of State Ruth Ellery, the lead U.S. negotiator, repeated the demand.",
     "Ruth Ellery", "USA", None),
    ("Dariush Farahani, Iran's foreign minister, met reporters in Vienna.", "Dariush Farahani", "IRN",
     "foreign minister"),
    ("Anna Kessler, a spokeswoman for the State Department, declined to comment.", "Anna Kessler", "USA", None),
]


@pytest.mark.parametrize(("sentence", "person", "organisation", "role"), APPOSITION)
def test_apposition(nlp, sentence, person, organisation, role):
    check(nlp, sentence, person, organisation, role)


BRACKETS_AND_DEFAULTS: list[Row] = [
    ("The envoy had demanded (Iraqi Foreign Minister) Dr. (Hamid Karim) Salih meet him.", "Salih", "IRQ",
     "Foreign Minister"),
    ("Secretary of State Walter Brennan flew to Oman.", "Walter Brennan", "USA", "Secretary of State"),
    ("Samuel Mensah of Ghana addressed the summit on Tuesday.", "Samuel Mensah", "GHA", None),
    ("John Okafor of Nigeria said the deal was fair.", "John Okafor", "NGA", None),
]


@pytest.mark.parametrize(("sentence", "person", "organisation", "role"), BRACKETS_AND_DEFAULTS)
def test_bracketed_titles_of_phrases_and_default_countries(nlp, sentence, person, organisation, role):
    check(nlp, sentence, person, organisation, role)


@pytest.mark.parametrize(
    ("sentence", "person", "organisation"),
    [
        ("U.S. Ambassador to Germany Peter Vallance said the ban was right.", "Peter Vallance", "DEU"),
        ("Kremlin critic Ivan Sokolov was arrested in Moscow.", "Ivan Sokolov", "RUS"),
        ("Kurt Vonn, the U.S. special envoy for Ukraine negotiations, resigned.", "Kurt Vonn", "UKR"),
        ("German Chancellor Ute Brandt and British Prime Minister Hugh Latimer met.", "Hugh Latimer", "DEU"),
        ("Lena Hartmann, the wife of Ivan Sokolov, spoke to reporters.", "Lena Hartmann", "ivan-sokolov"),
    ],
)
def test_words_that_do_not_make_a_member(nlp, sentence, person, organisation):
    assert organisation not in affiliations(nlp, sentence, person)


def test_coordinated_names_share_the_title(nlp):
    sentence = "CNN's Paula Hendricks and Omar Reyes asked the questions."
    assert "cnn" in affiliations(nlp, sentence, "Omar Reyes")
