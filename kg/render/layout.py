"""Node positions computed in Python: each connected component laid out, then the components packed.

Small components use networkx's spring layout; large ones a force-directed layout whose repulsion
acts only between nodes in neighbouring grid cells, which stays fast for thousands of nodes.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import networkx as nx
import numpy as np

SPRING_LIMIT = 250  # components up to this size use nx.spring_layout (dense, O(n^2) per iteration)
GAP = 1.5  # space between packed components, in edge lengths


def positions(graph: nx.Graph, unit: float = 140.0, seed: int = 7) -> dict[Hashable, tuple[float, float]]:
    """Node -> (x, y) in page pixels; `unit` is the typical edge length."""
    simple = ordered_graph(graph.nodes, graph.edges())  # undirected, no parallel edges, no loops
    parts = sorted((sorted(c, key=str) for c in nx.connected_components(simple)), key=lambda c: (-len(c), str(c[0])))
    layouts = [component_layout(ordered_graph(nodes, simple.subgraph(nodes).edges()), nodes, seed) for nodes in parts]
    offsets = pack([layout.max(axis=0) - layout.min(axis=0) for layout in layouts])
    placed = {}
    for nodes, layout, offset in zip(parts, layouts, offsets, strict=True):
        for node, (x, y) in zip(nodes, (layout - layout.min(axis=0) + offset) * unit, strict=True):
            placed[node] = (round(float(x), 1), round(float(y), 1))
    return placed


def ordered_graph(nodes: Iterable[Hashable], edges: Iterable[tuple[Hashable, Hashable]]) -> nx.Graph:
    """A simple graph whose node and edge order does not depend on the caller's (or the hash seed's)."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(nodes, key=str))
    pairs = {tuple(sorted((u, v), key=str)) for u, v in edges if u != v}
    simple.add_edges_from(sorted(pairs, key=lambda pair: (str(pair[0]), str(pair[1]))))
    return simple


def component_layout(graph: nx.Graph, nodes: list[Hashable], seed: int) -> np.ndarray:
    """Positions of one connected component, scaled so the median edge is one unit long."""
    if len(nodes) == 1:
        return np.zeros((1, 2))
    if len(nodes) <= SPRING_LIMIT:
        pos = nx.spring_layout(graph, seed=seed, iterations=100)
        layout = np.array([pos[n] for n in nodes])
    else:
        index = {node: i for i, node in enumerate(nodes)}
        edges = np.array([(index[u], index[v]) for u, v in graph.edges()], dtype=np.int64)
        layout = grid_layout(len(nodes), edges, np.random.default_rng(seed))
    return normalise(layout, graph, nodes)


def normalise(layout: np.ndarray, graph: nx.Graph, nodes: list[Hashable]) -> np.ndarray:
    """Scale a layout so its median edge length is 1."""
    index = {node: i for i, node in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in graph.edges()], dtype=np.int64).reshape(-1, 2)
    lengths = np.linalg.norm(layout[pairs[:, 0]] - layout[pairs[:, 1]], axis=1)
    median = float(np.median(lengths)) if len(lengths) else 1.0
    return layout / (median if median > 1e-9 else 1.0)


def grid_layout(n: int, edges: np.ndarray, rng: np.random.Generator, iterations: int = 60) -> np.ndarray:
    """Force-directed layout: linear springs, 2/d repulsion between near nodes, linear cooling."""
    pos = rng.uniform(-1.0, 1.0, (n, 2)) * np.sqrt(n)
    start = np.sqrt(n) / 4
    for step in range(iterations):
        disp = repulsion(pos) + attraction(pos, edges) - 0.002 * pos  # weak gravity keeps it round
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        limit = start * (1 - step / iterations) + 0.02
        pos += disp * (np.minimum(length, limit) / length)[:, None]
    return pos


def attraction(pos: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """A linear spring along every edge."""
    n = len(pos)
    delta = pos[edges[:, 0]] - pos[edges[:, 1]]
    return np.stack([np.bincount(edges[:, 1], delta[:, k], n) - np.bincount(edges[:, 0], delta[:, k], n)
                     for k in (0, 1)], axis=1)


def repulsion(pos: np.ndarray, cutoff: float = 3.0, strength: float = 2.0) -> np.ndarray:
    """Force strength/d between nodes closer than `cutoff`, found through a grid of cutoff-sized cells."""
    left, right = near_pairs(pos, cutoff)
    dx, dy = pos[left, 0] - pos[right, 0], pos[left, 1] - pos[right, 1]
    square = np.maximum(dx * dx + dy * dy, 1e-4)
    scale = np.where(square < cutoff * cutoff, strength / square, 0.0)
    fx, fy, n = dx * scale, dy * scale, len(pos)
    return np.stack([np.bincount(left, fx, n) - np.bincount(right, fx, n),
                     np.bincount(left, fy, n) - np.bincount(right, fy, n)], axis=1)


def near_pairs(pos: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Each unordered pair of nodes in the same or neighbouring grid cells, once."""
    keys = np.floor(pos / cell).astype(np.int64) + (1 << 20)
    codes = keys[:, 0] << 22 | keys[:, 1]
    order = np.argsort(codes, kind="stable")
    cells, starts, counts = np.unique(codes[order], return_index=True, return_counts=True)
    lefts, rights = [], []
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):  # half the neighbourhood: each pair once
        wanted = (keys[:, 0] + dx) << 22 | (keys[:, 1] + dy)
        at = np.minimum(np.searchsorted(cells, wanted), len(cells) - 1)
        size = np.where(cells[at] == wanted, counts[at], 0)
        left = np.repeat(np.arange(len(pos)), size)
        right = order[np.repeat(starts[at], size) + np.arange(size.sum()) - np.repeat(np.cumsum(size) - size, size)]
        keep = left < right if dx == dy == 0 else slice(None)
        lefts.append(left[keep])
        rights.append(right[keep])
    return np.concatenate(lefts), np.concatenate(rights)


def pack(sizes: list[np.ndarray]) -> list[np.ndarray]:
    """Top-left offsets placing boxes of the given (width, height) in rows, largest first."""
    area = sum(float((w + GAP) * (h + GAP)) for w, h in sizes)
    row_width = max(max((float(w) for w, _ in sizes), default=0.0), 1.3 * np.sqrt(area))
    offsets, x, y, row_height = [], 0.0, 0.0, 0.0
    for width, height in sizes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        offsets.append(np.array([x, y]))
        x, row_height = x + float(width) + GAP, max(row_height, float(height))
    return offsets
