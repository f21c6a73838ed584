"""NER repairs added for organisation names; sentences written by kg developers."""

from __future__ import annotations

import pytest

from kg.records import Article
from kg.resolve import ActorRegistry


def names(nlp, text: str) -> dict[str, str]:
    """Each token text that resolves to an actor -> the actor's canonical name."""
    doc = nlp(text)
    actors = ActorRegistry().begin(Article("t", text), doc)
    return {t.text: m.name for t in doc if (m := actors.mention_at(t)) is not None}


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        (
            "Germany on Monday banned Iranian airline Mahan Air. Mahan has been sanctioned since 2011.",
            "Mahan",
            "Mahan Air",
        ),
        (
            "Germany on Monday banned Iranian airline Mahan Air. Mahan has been sanctioned since 2011.",
            "Air",
            "Mahan Air",
        ),
        ("Pompeo cited its support for Nicolás Maduro in Venezuela.", "Maduro", "Nicolás Maduro"),
    ],
)
def test_misfiled_and_short_names(nlp, text, word, name):
    assert names(nlp, text).get(word) == name


def test_short_name_is_not_taken_before_the_full_name(nlp):
    found = names(nlp, "Mahan is a city. Later, Mahan Air flew to Syria.")
    assert found.get("Air") == "Mahan Air"
    assert "Mahan Air" != names(nlp, "Mahan is a city.").get("Mahan")


def test_a_bare_title_goes_to_the_articles_usual_holder(nlp):
    text = (
        "President Donald Trump met reporters. President Trump spoke at length. "
        "Turkish President Recep Tayyip Erdogan called later. The president then left."
    )
    doc = nlp(text)
    actors = ActorRegistry().begin(Article("t", text), doc)
    president = [t for t in doc if t.lower_ == "president" and t.i > 20][-1]
    assert actors.mention_at(president).name == "Donald Trump"


# "welcomed Biden to Jeddah", which spaCy tags as one organisation: the name ends before the destination
def test_a_destination_is_cut_from_a_name(nlp):
    found = names(nlp, "The Saudi crown prince welcomed Biden to Jeddah.")
    assert found.get("Biden") == "Joe Biden"
    assert "Jeddah" not in found or found["Jeddah"] != found.get("Biden")
