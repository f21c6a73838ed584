"""A synthetic Extraction of any size, without spaCy: for benchmarks, tests and demos of the page."""

from __future__ import annotations

import random

from kg.records import Actor, Affiliation, Article, Extraction, Statement
from kg.taxonomy import LEXICON

TYPES = ("person", "person", "person", "organisation", "organisation", "group", "armed_group", "media", "sector")


def _actors(count: int, rng: random.Random) -> list[Actor]:
    """A few countries as hubs, then people and organisations, some affiliated with a hub."""
    hubs = [Actor(f"C{i:03d}", f"Country {i}", "country", iso_code=f"C{i:02d}") for i in range(max(2, count // 50))]
    actors = list(hubs)
    for i in range(len(hubs), count):
        kind = rng.choice(TYPES)
        home = rng.choice(hubs).key
        affiliations = (Affiliation(home, rng.choice((None, "minister", "spokesman"))),) if kind == "person" else ()
        actors.append(Actor(f"a{i:05d}", f"Actor {i}", kind, aliases=(f"A{i}",), affiliations=affiliations))
    return actors


def _statement(index: int, pair: tuple[str, str], doc: str, hub: str, rng: random.Random) -> Statement:
    """One statement with a random relation, sometimes negated, mediated (via a hub) or attributed."""
    subject, obj = pair
    relation, cls = rng.choice(sorted(LEXICON.items()))
    sentence = f"{subject} will {relation} {obj}, officials said ({index})."
    via = hub if rng.random() < 0.03 and hub not in pair else None
    start = index * 100  # one sentence per statement, at its own offsets
    return Statement(subject, relation, cls, obj, doc, sentence, start, start + len(sentence), via=via,
                     negated=rng.random() < 0.1, attributed_to=obj if rng.random() < 0.3 else None, rule="synthetic")


def synthetic_extraction(actors: int = 2000, statements_per_actor: float = 1.5, seed: int = 7) -> Extraction:
    """`actors` actors, each in at least one statement. As in news, each article names a few
    actors and two or three countries; the countries (hubs) link the articles together."""
    rng = random.Random(seed)
    people = _actors(actors, rng)
    hubs = [a.key for a in people if a.type == "country"]
    others = [a.key for a in people if a.type != "country"]
    docs = [f"doc-{i:04d}" for i in range(max(1, len(others) // 12))]
    cast = {doc: list(dict.fromkeys([hubs[i % len(hubs)], *rng.sample(hubs, min(2, len(hubs)))]))
            for i, doc in enumerate(docs)}  # every hub in some article
    for index, key in enumerate(others):
        cast[docs[index % len(docs)]].append(key)
    pairs = [(doc, key) for doc in docs for key in cast[doc]]
    pairs += [(doc, rng.choice(cast[doc])) for doc in rng.choices(docs, k=int(actors * (statements_per_actor - 1)))]
    made = [_statement(i, (key, rng.choice([k for k in cast[doc] if k != key])), doc, rng.choice(hubs), rng)
            for i, (doc, key) in enumerate(pairs)]
    articles = tuple(Article(doc, "", title=f"Synthetic article {doc}") for doc in docs)
    return Extraction(articles, tuple(people), tuple(made))
