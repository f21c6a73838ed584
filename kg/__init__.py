"""kg: a knowledge-graph builder for news: who did what to whom, with provenance."""

__version__ = "0.1.0"

__all__ = ["__version__"]
