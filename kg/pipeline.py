"""Compose the stages: articles -> spaCy docs -> statements and actors. No file I/O here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract import extract_statements
from kg.records import Article, Extraction, Statement
from kg.resolve import ActorRegistry

if TYPE_CHECKING:
    from spacy.language import Language

Progress = Callable[[int, Article], None]


@dataclass(frozen=True)
class BuildOptions:
    batch_size: int = 16
    n_process: int = 1


def parse_text(article: Article) -> str:
    """The text spaCy reads: page furniture blanked out, so offsets stay those of the article. A blanked line ends
    with a full stop, so that the next line opens a sentence as after a headline ("Talks between ..." stays a noun,
    not a name)."""
    text = article.text
    for start, end in article.ignored:
        whole_line = end - start > 1 and (end == len(text) or text[end] == "\n")
        text = text[:start] + " " * (end - start - whole_line) + "." * whole_line + text[end:]
    return text


def read_articles_into_graph(
    articles: Iterable[Article],
    nlp: Language,
    options: BuildOptions = BuildOptions(),
    progress: Progress | None = None,
) -> Extraction:
    """Parse articles as a stream (nlp.pipe) and extract their statements and actors."""
    registry = ActorRegistry()
    kept: list[Article] = []
    statements: list[Statement] = []
    pairs = ((parse_text(article), article) for article in articles)
    for index, (doc, article) in enumerate(
        nlp.pipe(pairs, as_tuples=True, batch_size=options.batch_size, n_process=options.n_process), start=1
    ):
        actors = registry.begin(article, doc)
        statements.extend(extract_statements(doc, article, actors))
        kept.append(replace(article, text=""))  # the text is not needed past this point
        if progress is not None:
            progress(index, article)
    used = {s.subject for s in statements} | {s.object for s in statements}
    used |= {s.via for s in statements if s.via} | {s.attributed_to for s in statements if s.attributed_to}
    return Extraction(articles=tuple(kept), actors=registry.actors(used), statements=tuple(statements))
