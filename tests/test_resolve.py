"""Issue 4: one node per real-world actor — in the seed, across articles, in every build."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED
from resolve_helpers import mention, read

from kg.ingest import read_articles
from kg.resolve import ActorRegistry, ArticleActors

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "actors"
NOT_ACTOR_NAMES = {"We", "They", "Us", "Supreme", "State"}


@pytest.fixture(scope="module")
def seed_actors(nlp) -> ArticleActors:
    """The seed read by a registry of its own, as the pipeline reads it."""
    article = next(read_articles([SEED]))
    return ActorRegistry().begin(article, nlp(article.text))


def seed_key(actors: ArticleActors, phrase: str, nth: int) -> str | None:
    found = mention(actors, phrase, nth)
    return found.key if found else None


# each group: the forms the seed writes one actor in, (phrase, occurrence) -> one key
SEED_GROUPS = {
    "isis": [("ISIS", 0), ("ISIS", -1), ("ISIL", 0), ("ISIL", -1), ("Daesh", 0), ("Daesh", -1)],
    "USA": [("U.S.", 0), ("the United States", 0), ("America", 0), ("Washington", 0), ("Washington", 1),
            ("Americans", 0), ("White House", 0)],
    "barack-obama": [("Barack Obama", 0), ("Obama", 1), ("President Obama", 0), ("the President", 0),
                     ("the President", -1)],
    "josh-earnest": [("Josh Earnest", 0), ("Earnest", 1), ("Earnest", 2), ("Earnest", -1)],
    "ali-khamenei": [("Ayatollah Ali Khamenei", 0), ("Khamenei", 1), ("Khamenei", -1), ("Supreme Leader", 1),
                     ("Supreme Leader", -1)],
    "john-kerry": [("John Kerry", 0), ("Kerry", 0), ("U.S. secretary of state", 0)],
    "mohammad-javad-zarif": [("Zarif", 0), ("Zarif", -1), ("Mohammad Javad", 0)],
    "john-mccain": [("John McCain", 0), ("McCain", -1)],
    "IRN": [("Iran", 0), ("Iranians", 0), ("Iranian", 0), ("Iran’s", 0), ("Iranian military", 0)],
    "IRQ": [("Iraqis", 0), ("Iraq", 0), ("Iraqi military", 0)],
}


@pytest.mark.parametrize("key", sorted(SEED_GROUPS))
def test_seed_forms_of_one_actor_are_one_key(seed_actors, key):
    found = {f"{phrase}#{nth}": seed_key(seed_actors, phrase, nth) for phrase, nth in SEED_GROUPS[key]}
    assert set(found.values()) == {key}, found


def test_seed_sectors_are_kept_on_the_country(seed_actors):
    military = mention(seed_actors, "Iranian military")
    house = mention(seed_actors, "White House", 0)
    assert military is not None and (military.key, military.sector) == ("IRN", "military")
    assert house is not None and (house.key, house.sector) == ("USA", "government")


def test_seed_has_no_pronoun_or_fragment_actors(seed_actors, seed_extraction):
    read_names = {a.name for a in seed_actors.registry.actors()}
    graph_names = {a.name for a in seed_extraction.actors}
    mention_texts = {m.text.strip() for m in seed_actors.mentions()}
    assert not NOT_ACTOR_NAMES & (read_names | graph_names | mention_texts)


def test_seed_graph_has_one_node_per_actor(seed_extraction):
    names = [a.name for a in seed_extraction.actors]
    keys = [a.key for a in seed_extraction.actors]
    assert len(names) == len(set(names)) and len(keys) == len(set(keys))
    by_key = {a.key: a for a in seed_extraction.actors}
    assert {"ISIL", "Daesh"} <= set(by_key["isis"].aliases)
    assert {"U.S.", "America", "Washington"} <= set(by_key["USA"].aliases)


SEED_AFFILIATIONS = {
    "josh-earnest": "USA", "dan-pfeiffer": "USA", "lloyd-austin": "USA", "jen-psaki": "USA",
    "john-kerry": "USA", "wendy-sherman": "USA", "ali-khamenei": "IRN", "mohammad-javad-zarif": "IRN",
    "wolf-blitzer": "cnn", "jake-tapper": "cnn", "stephen-collinson": "cnn",
}


@pytest.mark.parametrize(("person", "organisation"), sorted(SEED_AFFILIATIONS.items()))
def test_seed_officials_carry_affiliations(seed_actors, person, organisation):
    affiliations = {a.organisation: a.role for a in seed_actors.registry.actor(person).affiliations}
    assert organisation in affiliations, affiliations


def test_seed_roles_read_from_the_text(seed_actors):
    roles = {a.key: {f.organisation: f.role for f in a.affiliations} for a in seed_actors.registry.actors()}
    assert roles["josh-earnest"]["USA"] == "White House spokesman"
    assert roles["lloyd-austin"]["USA"] == "head of U.S. Central Command"
    assert roles["jen-psaki"]["USA"] == "State Department spokeswoman"
    assert roles["wendy-sherman"]["USA"] == "Acting Deputy Secretary of State"
    assert roles["mohammad-javad-zarif"]["IRN"] == "Foreign Minister"


def test_seed_speakers_speak_for_their_side(seed_actors):
    earnest = mention(seed_actors, "Josh Earnest")
    khamenei = mention(seed_actors, "Khamenei", -1)
    assert earnest is not None and seed_actors.affiliated_side(earnest).key == "USA"
    assert khamenei is not None and seed_actors.affiliated_side(khamenei).key == "IRN"


@pytest.fixture(scope="module")
def four_articles(nlp):
    """The seed and three short articles written for the tests, built into one graph."""
    from kg.pipeline import read_articles_into_graph

    return read_articles_into_graph(read_articles([SEED, FIXTURES]), nlp)


@pytest.mark.parametrize(("key", "name"), [("USA", "United States"), ("IRN", "Iran"), ("IRQ", "Iraq"),
                                           ("isis", "ISIS")])
def test_shared_actors_are_one_node_across_articles(four_articles, key, name):
    nodes = [a for a in four_articles.actors if a.name == name or a.key == key]
    assert [(a.key, a.name) for a in nodes] == [(key, name)]
    docs = {s.doc_id for s in four_articles.statements if key in (s.subject, s.object, s.via)}
    assert len(docs) >= 2, docs


def test_articles_name_shared_actors_in_many_forms(four_articles):
    aliases = {a.key: set(a.aliases) for a in four_articles.actors}
    assert {"Tehran", "Islamic Republic", "Iranian"} <= aliases["IRN"]
    assert {"Baghdad", "Iraqi"} <= aliases["IRQ"]
    assert {"Islamic State", "ISIL", "Daesh"} <= aliases["isis"]
    assert not any(a.name in NOT_ACTOR_NAMES for a in four_articles.actors)


def test_keys_do_not_depend_on_the_order_of_articles(nlp):
    texts = [path.read_text(encoding="utf-8").split("---\n", 1)[1] for path in sorted(FIXTURES.glob("*.txt"))]

    def keys(order: list[int]) -> dict[tuple[int, int], str]:
        registry = ActorRegistry()
        found: dict[tuple[int, int], str] = {}
        for index in order:
            actors = read(nlp, texts[index], registry, doc_id=str(index))
            found |= {(index, m.start): m.key for m in actors.mentions()}
        return found

    forward = list(range(len(texts)))
    assert keys(forward) == keys(forward[::-1])


def test_a_surname_finds_a_person_introduced_in_an_earlier_article(nlp):
    registry = ActorRegistry()
    read(nlp, "White House spokesman Mark Dalloway said the talks would go on.", registry, "one")
    later = read(nlp, "Dalloway said on Friday that sanctions would stay.", registry, "two")
    found = mention(later, "Dalloway")
    assert found is not None and found.key == "mark-dalloway"
