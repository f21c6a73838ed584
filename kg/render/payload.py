"""The page's data: the GraphView as plain JSON-ready dicts, with styles and starting positions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict

from kg.render.layout import positions
from kg.render.model import ActorView, EdgeView, GraphView, actor_graph
from kg.render.style import FAMILIES, TYPES, class_style

Json = dict[str, object]


def payload(view: GraphView, title: str, physics_limit: int) -> Json:
    """Everything page.js reads: titles, styles, nodes, edges. Positions come from networkx; up to
    `physics_limit` actors vis-network's physics then refines them, above it physics is off."""
    ids = {iri: index for index, iri in enumerate(view.actors)}
    physics = 0 < len(ids) <= physics_limit
    place, looks = positions(actor_graph(view)), shapes(view.edges)
    return {
        "title": title, "physics": physics,
        "types": [asdict(t) for t in TYPES], "families": [asdict(f) for f in FAMILIES],
        "classes": class_list(view), "docs": doc_list(view),
        "nodes": [node(actor, ids[iri], place[iri]) for iri, actor in view.actors.items()],
        "edges": [edge(e, i, ids, look) for i, (e, look) in enumerate(zip(view.edges, looks, strict=True))],
    }


def node(actor: ActorView, index: int, xy: tuple[float, float]) -> Json:
    """One actor, with its starting position."""
    return {"id": index, "iri": actor.iri, "name": actor.name, "type": actor.type, "aliases": list(actor.aliases),
            "affiliations": [list(pair) for pair in actor.affiliations], "count": actor.statements,
            "x": xy[0], "y": xy[1]}


def edge(view: EdgeView, index: int, ids: dict[str, int], look: Json) -> Json:
    """One edge group with its statements' evidence, and how vis draws it."""
    return look | {
        "id": index, "from": ids[view.subject], "to": ids[view.object], "relation": view.relation,
        "cls": view.relation_class, "negated": view.negated, "via": ids.get(view.via), "viaName": view.via_name,
        "statements": [asdict(e) for e in view.evidence],
    }


def class_list(view: GraphView) -> list[Json]:
    """The relation classes used by at least one edge, ordered by Goldstein score within each family."""
    used = {e.relation_class for e in view.edges}
    rows = []
    for name in sorted(used, key=lambda n: (view.classes.get(n, 0.0), n)):
        family, colour = class_style(name, view.classes.get(name, 0.0))
        rows.append({"name": name, "family": family, "colour": colour, "goldstein": view.classes.get(name, 0.0)})
    return rows


def doc_list(view: GraphView) -> list[Json]:
    """The articles that have statements, with their titles."""
    docs = sorted({ev.doc for e in view.edges for ev in e.evidence})
    return [{"id": doc, "title": view.docs.get(doc, "")} for doc in docs]


def shapes(edges: tuple[EdgeView, ...]) -> list[Json]:
    """vis options per edge. Parallel edges between two actors fan out as arcs; only the first one
    pulls the two actors together, with a spring that lengthens with the number of arcs."""
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, e in enumerate(edges):
        pairs[(min(e.subject, e.object), max(e.subject, e.object))].append(index)
    result: list[Json] = [{"smooth": False} for _ in edges]
    for (low, high), members in pairs.items():
        result[members[0]]["length"] = 150 + 22 * (len(members) - 1)
        for index in members[1:]:
            result[index]["physics"] = False
        for rank, index in enumerate(members):
            if low == high:  # loops on one actor: around the node, each at its own angle
                result[index]["selfReference"] = {"angle": round(rank * 1.1, 2), "size": 18 + 4 * rank}
            elif len(members) > 1:
                result[index]["smooth"] = arc(rank, len(members), edges[index].subject == low)
    return result


def arc(rank: int, count: int, forward: bool) -> object:
    """The vis `smooth` of the rank-th of `count` parallel edges; arcs stay on one side whatever the direction."""
    bend = (rank - (count - 1) / 2) * min(0.22, 1.1 / (count - 1))
    bend = bend if forward else -bend
    if bend == 0:
        return False
    return {"enabled": True, "type": "curvedCW" if bend > 0 else "curvedCCW", "roundness": round(abs(bend), 3)}
