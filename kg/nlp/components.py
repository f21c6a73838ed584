"""kg's spaCy components, registered in one place."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


# a line break ends a sentence: headlines, captions and paragraphs never run into each other
@Language.component("kg_line_sentences", assigns=["token.is_sent_start"])
def line_sentences(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            if not token.is_space:
                token.is_sent_start = True
    return doc
