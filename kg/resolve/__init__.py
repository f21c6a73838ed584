"""Resolve: actors, their aliases, types and affiliations; one node per real-world actor."""

from kg.resolve.actors import ArticleActors, Mention
from kg.resolve.registry import ActorRegistry

__all__ = ["ActorRegistry", "ArticleActors", "Mention"]
