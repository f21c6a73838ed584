"""Compose the stages: articles -> spaCy docs -> statements and actors. No file I/O here."""

from __future__ import annotations

import re
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
    not a name). Speech in single quotes is written with double ones (character for character)."""
    text = article.text
    for start, end in article.ignored:
        whole_line = end - start > 1 and (end == len(text) or text[end] == "\n")
        text = text[:start] + " " * (end - start - whole_line) + "." * whole_line + text[end:]
    return double_single_quotes(text)


# an opening single quote: after a space or a bracket, before a capital or a digit; a closing one: after the
# punctuation that ends a quoted sentence
OPENING_SINGLE = re.compile(r"(?<![\w'’])['‘](?=[A-Z0-9])")
CLOSING_SINGLE = re.compile(r"(?<=[,.!?])['’](?=\s|$|\))")


def double_single_quotes(text: str) -> str:
    """''We call on Iran to stop arming the group,' spokesman Matthew Miller said': speech in single quotes (British
    style) written with double ones, one character for one, so that kg reads it as a quotation; apostrophes stay."""
    chars = list(text)
    for opening in OPENING_SINGLE.finditer(text):
        line_start, line_end = text.rfind("\n", 0, opening.start()) + 1, text.find("\n", opening.start())
        line_end = line_end if line_end != -1 else len(text)
        if any(mark in text[line_start:line_end] for mark in ('"', "“", "”")):
            continue  # a quotation inside a quotation: "I'd think, 'Wow, I'm surprised ...' "
        closing = CLOSING_SINGLE.search(text, opening.end(), line_end)
        if closing is None or OPENING_SINGLE.search(text, opening.end(), closing.start()) is not None:
            continue
        chars[opening.start()] = chars[closing.start()] = '"'
    return "".join(chars)


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
