"""Graph page speed: a synthetic graph of 2,000+ actors, rendered and opened in headless Chromium.

Usage: python bench/bench_render.py [--actors N] [--repeat N]
Prints the seconds Python takes to render the page, then the seconds from navigation until the graph
has drawn (the page sets kgGraph.ready on vis-network's first afterDrawing), against two baselines
measured in the same run: a trivial page of the same size, and the same kind of graph at 100 actors.
Saves a screenshot to bench/out/render_N.png (N: actors, 2000 by default). Target: interactive in under 10 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from kg.rdf.build import build_dataset, union_graph
from kg.render import render_html
from kg.render.html import page, script_json
from kg.render.model import read_view
from kg.render.payload import payload
from kg.render.synthetic import synthetic_extraction

OUT = Path(__file__).resolve().parent / "out"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
TARGET = 10.0


def timed(label: str, func, *args):  # type: ignore[no-untyped-def]
    """Run func(*args), print how long it took, return its result."""
    started = time.perf_counter()
    result = func(*args)
    print(f"  {label:<34} {time.perf_counter() - started:7.2f} s")
    return result


def render(actors: int, verbose: bool) -> str:
    """The page of a synthetic graph; with verbose, the time of each step."""
    if not verbose:
        return render_html(union_graph(build_dataset(synthetic_extraction(actors))), title=f"{actors} actors")
    extraction = timed("synthetic extraction", synthetic_extraction, actors)
    graph = timed("RDF graph (build_dataset)", lambda: union_graph(build_dataset(extraction)))
    view = timed("read the RDF (statement_rows...)", read_view, graph)
    data = timed("layout and page data", payload, view, f"{actors} actors", 300)
    return timed("HTML page", page, data, f"{actors} actors")


def trivial_page(size: int) -> str:
    """A page of `size` characters that draws one paragraph and sets the same ready marker."""
    filler = script_json({"filler": "x" * max(0, size - 400)})
    return (f'<!doctype html><meta charset="utf-8"><p>baseline</p><script type="application/json">{filler}</script>'
            "<script>requestAnimationFrame(() => { window.kgGraph = {ready: true, readyAt: performance.now()}; });"
            "</script>")


def time_to_ready(browser: Browser, html: str, path: Path, screenshot: Path | None = None) -> float:
    """Seconds from navigation start until the page says it has drawn (performance.now() at that moment)."""
    path.write_text(html, encoding="utf-8")
    tab = browser.new_page(viewport={"width": 1400, "height": 900})
    tab.goto(path.as_uri())
    tab.wait_for_function("() => window.kgGraph && window.kgGraph.ready === true", timeout=120_000)
    seconds = tab.evaluate("window.kgGraph.readyAt") / 1000
    if screenshot is not None:
        tab.screenshot(path=str(screenshot))
    tab.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="page loads to take the median of (default 3)")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    print(f"render {args.actors} actors in Python:")
    started = time.perf_counter()
    big = render(args.actors, verbose=True)
    print(f"  {'total':<34} {time.perf_counter() - started:7.2f} s   ({len(big) / 1e6:.1f} MB page)")
    small = render(100, verbose=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        loads = {name: statistics.median(time_to_ready(browser, html, OUT / f"bench_{name}.html")
                                         for _ in range(args.repeat))
                 for name, html in (("trivial", trivial_page(len(big))), ("100", small), ("big", big))}
        shot = OUT / f"render_{args.actors}.png"
        time_to_ready(browser, big, OUT / "bench_big.html", shot)
        browser.close()
    print(f"open in Chromium (median of {args.repeat}), navigation start to first drawing:")
    print(f"  {'trivial page of the same size':<34} {loads['trivial']:7.2f} s")
    print(f"  {'graph of 100 actors':<34} {loads['100']:7.2f} s")
    print(f"  {f'graph of {args.actors} actors':<34} {loads['big']:7.2f} s   "
          f"(x{loads['big'] / loads['trivial']:.1f} the trivial page, x{loads['big'] / loads['100']:.1f} 100 actors)")
    print(f"screenshot: {shot}")
    verdict = "under" if loads["big"] < TARGET else "OVER"
    print(f"{verdict} the {TARGET:.0f} s target")
    return 0 if loads["big"] < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
