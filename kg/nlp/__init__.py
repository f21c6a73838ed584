"""NLP: load the spaCy pipeline."""

from kg.nlp.model import DEFAULT_MODELS, load_pipeline

__all__ = ["DEFAULT_MODELS", "load_pipeline"]
