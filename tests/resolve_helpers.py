"""Helpers of the resolver tests: read a text, find the actor a phrase of it names."""

from __future__ import annotations

from kg.records import Article
from kg.resolve import ActorRegistry, ArticleActors, Mention


def read(nlp, text: str, registry: ActorRegistry | None = None, doc_id: str = "t") -> ArticleActors:
    """The actors of one text, read into a registry (a new one unless given)."""
    registry = registry or ActorRegistry()
    return registry.begin(Article(doc_id, text), nlp(text))


def mention(actors: ArticleActors, phrase: str, nth: int = -1) -> Mention | None:
    """The actor the head word of a phrase names; `nth` picks the occurrence (the last by default)."""
    text = actors.doc.text
    starts = [i for i in range(len(text)) if text.startswith(phrase, i)]
    assert starts, f"{phrase!r} not in the text"
    start = starts[nth]
    span = actors.doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    return actors.mention_at(span.root)
