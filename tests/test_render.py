"""The graph page in a real headless Chromium (never skipped): offline, faithful counts, evidence on
click and hover, escaping of hostile articles, filters and search, and the large-graph path."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from rdflib import Graph

from kg.rdf.build import build_dataset, union_graph
from kg.rdf.table import statement_rows
from kg.records import Actor, Affiliation, Article, Extraction, Statement
from kg.render import notebook_view, render_html
from kg.render.html import script_json
from kg.render.synthetic import synthetic_extraction

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "</script>")


def graph_of(extraction: Extraction) -> Graph:
    return union_graph(build_dataset(extraction))


def sentence(doc: str, start: int, text: str, triple: str, **extra: object) -> Statement:
    """A statement from "subject relation|class object" (relation words joined by _)."""
    subject, relation, obj = triple.split()
    lemma, cls = relation.split("|")
    return Statement(subject, lemma.replace("_", " "), cls, obj, doc, text, start, start + len(text),
                     **extra)  # type: ignore[arg-type]


def small_extraction() -> Extraction:
    """Six actors, two articles, parallel and negated statements, a go-between and a speaker."""
    actors = (
        Actor("USA", "United States", "country", aliases=("U.S.", "America"), iso_code="USA"),
        Actor("IRN", "Iran", "country", iso_code="IRN"),
        Actor("IRQ", "Iraq", "country", iso_code="IRQ"),
        Actor("barack-obama", "Barack Obama", "person", aliases=("Obama",),
              affiliations=(Affiliation("USA", "president"),)),
        Actor("ali-khamenei", "Ali Khamenei", "person", affiliations=(Affiliation("IRN", "supreme leader"),)),
        Actor("cnn", "CNN", "media"),
    )
    a, b = "doc-a", "doc-b"
    statements = (
        sentence(a, 0, "Obama sent a secret letter to Khamenei.", "barack-obama send_letter|communicate ali-khamenei"),
        sentence(a, 50, "The U.S. communicated with Iran through Iraq.", "USA communicate|communicate IRN", via="IRQ"),
        sentence(a, 100, "The U.S. will not cooperate with Iran.", "USA cooperate|cooperate IRN", negated=True),
        sentence(b, 0, "America will not cooperate with Iran, CNN said.", "USA cooperate|cooperate IRN",
                 negated=True, attributed_to="cnn"),
        sentence(b, 60, "Khamenei rejected U.S. overtures.", "ali-khamenei reject|reject USA"),
        sentence(b, 100, "Iran criticised the United States.", "IRN criticise|criticise USA"),
        sentence(b, 150, "The U.S. told CNN it would act.", "USA tell|statement cnn"),
    )
    articles = (Article(a, "", title="Letters to Tehran"), Article(b, "", title="No cooperation"))
    return Extraction(articles, actors, statements)


def hostile_extraction() -> Extraction:
    """Every text an article can carry, made of script, markup and attribute breakers."""
    bad = " ".join(HOSTILE)
    actors = (
        Actor("evil-1", f"Evil {HOSTILE[0]}", "person", aliases=(HOSTILE[1],),
              affiliations=(Affiliation("evil-2", HOSTILE[2]),)),
        Actor("evil-2", f"Bad {HOSTILE[1]} {HOSTILE[3]}", "organisation"),
        Actor("evil-3", f'Ugly {HOSTILE[2]} <img src=x onerror="window.__pwned=1">', "group"),
    )
    doc = f"doc {HOSTILE[3]}"
    statements = (
        Statement("evil-1", f"attack {HOSTILE[1]}", "attack", "evil-2", doc, f"Evil attacked Bad: {bad}", 0, 100,
                  attributed_to="evil-3"),
        sentence(doc, 400, f"Ugly said {HOSTILE[0]}.", "evil-3 say_to|statement evil-1", via="evil-2"),
    )
    return Extraction((Article(doc, "", title=f"Title {bad}"),), actors, statements)


# ---- the browser ----

@dataclass
class Watch:
    """What a page did: its requests, console errors, uncaught errors and dialogs."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: `make test` installs Debian's chromium"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def open_page(browser: Browser, html: str, path: Path) -> tuple[Page, Watch]:
    """Write the page to a file, open it from file:// and wait until the graph has drawn."""
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    watch = Watch()
    page.on("request", lambda request: watch.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and watch.errors.append(message.text))
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    page.on("dialog", lambda dialog: (watch.dialogs.append(dialog.message), dialog.dismiss()))
    page.set_default_timeout(15_000)
    page.goto(path.as_uri())
    page.wait_for_function("() => window.kgGraph && window.kgGraph.ready === true", timeout=60_000)
    return page, watch


def expected_counts(graph: Graph) -> tuple[int, int]:
    """Actors taking part in statements, and groups (subject, object, relation, negated, via)."""
    rows = statement_rows(graph)
    actors = {iri for r in rows for iri in (r.subject_iri, r.object_iri, r.via_iri) if iri}
    groups = {(r.subject_iri, r.object_iri, r.relation_iri, r.negated, r.via_iri) for r in rows}
    return len(actors), len(groups)


def clickable_edge(page: Page) -> dict:
    """A straight edge whose midpoint, give or take 3 pixels, hits that edge and no node:
    its id and the midpoint's page coordinates (whole pixels, as a mouse has)."""
    return page.evaluate("""() => {
      const {network, edges} = window.kgGraph;
      const box = document.getElementById('graph').getBoundingClientRect();
      const pos = network.getPositions();
      const near = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]];
      for (const e of edges.get({filter: e => !e.smooth && !e.hidden && e.from !== e.to})) {
        const mid = network.canvasToDOM({x: (pos[e.from].x + pos[e.to].x) / 2, y: (pos[e.from].y + pos[e.to].y) / 2});
        const x = Math.round(box.x + mid.x), y = Math.round(box.y + mid.y);
        const hits = near.map(([dx, dy]) => ({x: x + dx - box.x, y: y + dy - box.y}));
        const clear = hits.every(p => network.getEdgeAt(p) === e.id && network.getNodeAt(p) === undefined);
        if (clear) return {id: e.id, x, y};
      }
      return null;
    }""")


def evidence_of(page: Page, edge_id: int) -> list[str]:
    return page.evaluate("(id) => window.kgGraph.data.edges[id].statements.map(s => s.text)", edge_id)


def assert_clean(watch: Watch, path: Path) -> None:
    assert watch.requests == [path.as_uri()]
    assert watch.errors == []
    assert watch.dialogs == []


# ---- the seed page ----

@pytest.fixture(scope="module")
def seed_page(browser: Browser, seed_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    path = tmp_path_factory.mktemp("render") / "seed.html"
    page, watch = open_page(browser, render_html(seed_graph, title="seed"), path)
    yield page, watch, path
    page.close()


def test_seed_page_is_offline_and_error_free(seed_page: tuple) -> None:
    _, watch, path = seed_page
    assert_clean(watch, path)


def test_seed_page_counts_match_the_rdf(seed_page: tuple, seed_graph: Graph) -> None:
    page = seed_page[0]
    actors, groups = expected_counts(seed_graph)
    assert groups > 0
    assert page.evaluate("[kgGraph.nodes.length, kgGraph.edges.length]") == [actors, groups]
    assert page.evaluate("kgGraph.visibleEdgeCount()") == groups


def test_clicking_an_edge_shows_its_evidence(seed_page: tuple) -> None:
    page = seed_page[0]
    target = clickable_edge(page)
    assert target is not None
    page.mouse.click(target["x"], target["y"])
    assert page.evaluate("kgGraph.network.getSelectedEdges()") == [target["id"]]
    panel = page.inner_text("#details")
    for text in evidence_of(page, target["id"]):
        assert text.strip() in panel


def test_hovering_an_edge_shows_its_evidence(seed_page: tuple) -> None:
    page = seed_page[0]
    target = clickable_edge(page)
    page.mouse.move(5, 5)
    page.mouse.move(target["x"], target["y"], steps=4)
    page.wait_for_selector("#tooltip:not([hidden])")
    assert evidence_of(page, target["id"])[0].strip() in page.inner_text("#tooltip")


def test_seed_page_looks_right(seed_page: tuple) -> None:
    page = seed_page[0]
    assert page.evaluate("document.title") == "seed"
    assert page.evaluate("kgGraph.data.physics") is True
    assert page.locator("#class-filters input").count() == page.evaluate("kgGraph.data.classes.length")


# ---- a hand-made graph: filters and search ----

@pytest.fixture(scope="module")
def small(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Page, Watch, Path]]:
    path = tmp_path_factory.mktemp("render") / "small.html"
    page, watch = open_page(browser, render_html(graph_of(small_extraction()), title="small"), path)
    yield page, watch, path
    page.close()


def test_parallel_statements_are_grouped_and_curved(small: tuple) -> None:
    page, watch, path = small
    assert_clean(watch, path)
    edges = page.evaluate("kgGraph.data.edges")
    assert len(edges) == 6  # the two "not cooperate" statements share one edge
    grouped = [e for e in edges if len(e["statements"]) == 2]
    assert [(e["relation"], e["negated"]) for e in grouped] == [("cooperate", True)]
    between = [e["id"] for e in edges if {e["from"], e["to"]} == {grouped[0]["from"], grouped[0]["to"]}]
    assert len(between) == 3  # communicate via Iraq, not cooperate, and criticise the other way
    middles = page.evaluate("(ids) => ids.map(id => kgGraph.network.body.edges[id].edgeType.getPoint(0.5))", between)
    gaps = [abs(a["x"] - b["x"]) + abs(a["y"] - b["y"]) for i, a in enumerate(middles) for b in middles[i + 1:]]
    assert min(gaps) > 20  # three distinct arcs
    assert page.evaluate("kgGraph.edges.get().filter(e => e.dashes).length") == 1
    assert "via Iraq" in page.evaluate("kgGraph.edges.get().map(e => e.label).join('|')")


def test_class_negation_and_article_filters(small: tuple) -> None:
    page = small[0]
    assert page.evaluate("kgGraph.visibleEdgeCount()") == 6
    page.click("#class-filters input[data-cls=cooperate]")
    assert page.evaluate("kgGraph.visibleEdgeCount()") == 5
    page.click("#class-filters input[data-cls=cooperate]")
    page.uncheck("#show-negated")
    assert page.evaluate("kgGraph.visibleEdgeCount()") == 5
    page.check("#show-negated")
    page.select_option("#doc-filter", "doc-a")
    assert page.evaluate("kgGraph.visibleEdgeCount()") == 3
    assert page.evaluate("kgGraph.visibleNodeCount()") == 5  # CNN takes no part in doc-a
    page.select_option("#doc-filter", "")
    page.click("#classes-none")
    assert page.evaluate("[kgGraph.visibleEdgeCount(), kgGraph.visibleNodeCount()]") == [0, 0]
    page.click("#classes-all")
    assert page.evaluate("kgGraph.visibleEdgeCount()") == 6
    assert "showing" not in page.inner_text("#stats")


def test_search_selects_and_focuses_an_actor(small: tuple) -> None:
    page = small[0]
    obama = page.evaluate("kgGraph.data.nodes.find(n => n.name === 'Barack Obama').id")
    page.fill("#search", "obama")
    page.press("#search", "Enter")
    page.wait_for_function("() => !kgGraph.moving")
    assert page.evaluate("kgGraph.network.getSelectedNodes()") == [obama]
    assert page.inner_text("#details h3") == "Barack Obama"
    assert "president, United States" in page.inner_text("#details")
    page.fill("#search", "America")  # an alias
    page.press("#search", "Enter")
    page.wait_for_function("() => !kgGraph.moving")
    assert page.inner_text("#details h3") == "United States"
    page.fill("#search", "Atlantis")
    page.press("#search", "Enter")
    page.wait_for_function("() => !kgGraph.moving")
    assert "No actor matches" in page.inner_text("#search-status")


def test_actor_panel_links_to_its_statements(small: tuple) -> None:
    page = small[0]
    page.fill("#search", "Ali Khamenei")
    page.press("#search", "Enter")
    page.wait_for_function("() => !kgGraph.moving")
    page.get_by_role("button", name=re.compile("reject")).click()
    assert "Khamenei rejected U.S. overtures." in page.inner_text("#details")


# ---- hostile articles ----

def test_hostile_article_cannot_run_script(browser: Browser, tmp_path: Path) -> None:
    title = "</title><script>window.__pwned='title'</script>"
    path = tmp_path / "hostile.html"
    page, watch = open_page(browser, render_html(graph_of(hostile_extraction()), title=title), path)
    assert page.evaluate("document.title") == title
    assert page.inner_text("#title") == title
    evil = page.evaluate("kgGraph.data.nodes.find(n => n.name.startsWith('Evil'))")
    page.fill("#search", "Evil")
    page.press("#search", "Enter")
    page.wait_for_function("() => !kgGraph.moving")
    assert page.inner_text("#details h3") == evil["name"]
    assert HOSTILE[1] in page.inner_text("#details")  # the alias, as text
    page.get_by_role("button", name=re.compile("attack")).click()
    panel = page.inner_text("#details")
    assert " ".join(HOSTILE) in panel
    target = clickable_edge(page)
    page.mouse.move(target["x"], target["y"], steps=4)
    page.wait_for_selector("#tooltip:not([hidden])")
    assert HOSTILE[0] in page.inner_text("#tooltip")
    page.select_option("#doc-filter", f"doc {HOSTILE[3]}")
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 3  # the data block, vis-network, the page's script
    assert_clean(watch, path)
    page.close()


def test_script_json_is_inert() -> None:
    text = script_json({"x": "</script><!-- & \u2028\u2029 >"})
    assert not re.search(r"[<>&\u2028\u2029]", text)


# ---- large graphs ----

def test_large_graph_has_fixed_positions_and_no_physics(browser: Browser, tmp_path: Path) -> None:
    graph = graph_of(synthetic_extraction(2000))
    actors, groups = expected_counts(graph)
    assert actors >= 2000
    path = tmp_path / "large.html"
    page, watch = open_page(browser, render_html(graph, title="large"), path)
    assert_clean(watch, path)
    assert page.evaluate("[kgGraph.nodes.length, kgGraph.edges.length]") == [actors, groups]
    assert page.evaluate("kgGraph.data.physics") is False
    assert page.evaluate("kgGraph.network.physics.options.enabled") is False
    assert page.evaluate("kgGraph.nodes.get().every(n => Number.isFinite(n.x) && Number.isFinite(n.y))")
    moved = page.evaluate("""() => { const p = kgGraph.network.getPositions();
      const far = (n) => Math.abs(p[n.id].x - n.x) > 1 || Math.abs(p[n.id].y - n.y) > 1;
      return kgGraph.nodes.get().filter(far).length; }""")
    assert moved == 0
    page.close()


# ---- the HTML text ----

class Fetches(HTMLParser):
    """Every attribute through which a browser could fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        fetching = ("src", "href", "srcset", "action", "poster", "data")
        self.urls += [value or "" for name, value in attrs if name in fetching]


def test_page_fetches_nothing(seed_graph: Graph) -> None:
    html = render_html(seed_graph)
    parser = Fetches()
    parser.feed(html)
    assert parser.urls == []
    assert "link" not in parser.tags
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html)
    assert not re.search(r"@import", html)
    assert "default-src 'none'" in html


def test_notebook_view_escapes_the_page() -> None:
    view = notebook_view(graph_of(hostile_extraction()), height=400)
    assert view.data.startswith('<div class="kg-graph"><iframe srcdoc="') and view.data.endswith("</iframe></div>")
    inner = view.data[view.data.index('srcdoc="') + len('srcdoc="'):view.data.index('" sandbox=')]
    assert "<" not in inner and '"' not in inner
    assert 'sandbox="allow-scripts"' in view.data and "height:400px" in view.data


def test_page_is_reproducible_across_processes() -> None:
    """The same graph gives the same page whatever Python's hash seed (layouts included)."""
    script = ("import sys; sys.path.insert(0, 'tests'); from test_render import graph_of; "
              "from kg.render.synthetic import synthetic_extraction; from kg.render import render_html; "
              "import hashlib; print(hashlib.sha1(render_html(graph_of(synthetic_extraction(400)), "
              "physics_limit=100).encode()).hexdigest())")
    root = Path(__file__).resolve().parent.parent
    digests = {subprocess.run([sys.executable, "-c", script], cwd=root, env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True).stdout for seed in ("1", "2")}
    assert len(digests) == 1


def test_notebook_view_draws_inside_its_iframe(browser: Browser, tmp_path: Path) -> None:
    path = tmp_path / "notebook.html"
    path.write_text(f"<!doctype html><body>{notebook_view(graph_of(small_extraction())).data}</body>", "utf-8")
    page = browser.new_page()
    watch = Watch()
    page.on("request", lambda request: watch.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and watch.errors.append(message.text))
    page.goto(path.as_uri())
    frame = page.frames[1]
    frame.wait_for_function("() => window.kgGraph && window.kgGraph.ready === true", timeout=60_000)
    assert frame.evaluate("[kgGraph.nodes.length, kgGraph.edges.length]") == [6, 6]
    assert watch.requests == [path.as_uri()] and watch.errors == []
    page.close()
