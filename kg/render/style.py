"""How the page draws things: a colour and shape per actor type, a colour per relation class."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TypeStyle:
    key: str  # actor type key of kg.records.Actor.type
    label: str
    shape: str  # vis-network node shape
    colour: str


@dataclass(frozen=True)
class Family:
    key: str
    label: str


# actor types, in legend order; the last one is for actors of no known type
TYPES: tuple[TypeStyle, ...] = (
    TypeStyle("country", "Country", "hexagon", "#4e79a7"),
    TypeStyle("person", "Person", "dot", "#f28e2b"),
    TypeStyle("organisation", "Organisation", "square", "#59a14f"),
    TypeStyle("armed_group", "Armed group", "triangle", "#b07aa1"),
    TypeStyle("media", "Media outlet", "triangleDown", "#d4a72c"),
    TypeStyle("sector", "Sector", "star", "#9c755f"),
    TypeStyle("group", "Group", "diamond", "#e377c2"),
    TypeStyle("actor", "Other actor", "dot", "#9d9d9d"),
)

FAMILIES: tuple[Family, ...] = (
    Family("communication", "Communication"),
    Family("cooperation", "Cooperation"),
    Family("pressure", "Verbal conflict"),
    Family("force", "Material conflict"),
)

# relation class -> (family, colour); shades darken as the Goldstein score moves away from zero
CLASS_STYLES: dict[str, tuple[str, str]] = {
    "statement": ("communication", "#8c9bab"),
    "communicate": ("communication", "#4a90d9"),
    "appeal": ("communication", "#2b5fa8"),
    "cooperate": ("cooperation", "#6cc04a"),
    "intend": ("cooperation", "#3fa34d"),
    "yield": ("cooperation", "#1f8a70"),
    "support": ("cooperation", "#17693a"),
    "investigate": ("pressure", "#e8b21c"),
    "criticise": ("pressure", "#f0932b"),
    "reject": ("pressure", "#e36a1c"),
    "demand": ("pressure", "#d9531e"),
    "threaten": ("pressure", "#c2410c"),
    "reduce": ("force", "#d64550"),
    "protest": ("force", "#c0392b"),
    "coerce": ("force", "#a93226"),
    "posture": ("force", "#8e2a2a"),
    "attack": ("force", "#7b1f1f"),
    "fight": ("force", "#5c1111"),
}


def class_style(name: str, goldstein: float) -> tuple[str, str]:
    """Family and colour of a relation class; an unknown class falls back on its Goldstein sign."""
    if name in CLASS_STYLES:
        return CLASS_STYLES[name]
    if goldstein > 0:
        return "cooperation", "#59a14f"
    return ("communication", "#8c9bab") if goldstein == 0 else ("pressure", "#e15759")
