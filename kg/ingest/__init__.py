"""Ingest: read article files into Article records."""

from kg.ingest.text import home_country, iter_article_paths, read_article, read_articles

__all__ = ["home_country", "iter_article_paths", "read_article", "read_articles"]
