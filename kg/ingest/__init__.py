"""Ingest: read article files into Article records."""

from kg.ingest.text import iter_article_paths, read_article, read_articles

__all__ = ["iter_article_paths", "read_article", "read_articles"]
