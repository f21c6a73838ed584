"""The record the construction rules produce before it becomes a Statement."""

from __future__ import annotations

from dataclasses import dataclass

from kg.resolve import Mention


@dataclass(frozen=True)
class Candidate:
    """A statement as a rule read it from one sentence."""

    subject: Mention
    relation: str
    object: Mention
    via: Mention | None = None
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Mention | None = None
    rule: str = ""
    cue: str = ""  # the words that classify the relation when the label alone does not: "work with"
