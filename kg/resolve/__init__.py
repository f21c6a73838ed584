"""Resolve: actors, their aliases, types and affiliations; one node per real-world actor."""

from kg.resolve.actors import ActorRegistry, ArticleActors, Mention

__all__ = ["ActorRegistry", "ArticleActors", "Mention"]
