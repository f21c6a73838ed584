// kg graph page. Every text from the data reaches the DOM through textContent, never as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const types = new Map(data.types.map((t) => [t.key, t]));
  const classes = new Map(data.classes.map((c) => [c.name, c]));
  const families = new Map(data.families.map((f) => [f.key, f]));
  const docTitles = new Map(data.docs.map((d) => [d.id, d.title]));
  const actors = new Map(data.nodes.map((n) => [n.id, n]));
  const links = new Map(data.edges.map((e) => [e.id, e]));
  const state = { classes: new Set(classes.keys()), asserted: true, negated: true, doc: "" };
  const GLYPHS = { dot: "●", square: "■", hexagon: "⬢", triangle: "▲", triangleDown: "▼", star: "★", diamond: "◆" };
  const $ = (id) => document.getElementById(id);
  let pointer = { x: 0, y: 0 };
  let lastQuery = null;
  let lastFound = null;
  let lastAt = 0;

  // a DOM element holding plain text
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  function actorName(id) {
    return actors.has(id) ? actors.get(id).name : "";
  }

  function typeOf(actor) {
    return types.get(actor.type) || types.get("actor");
  }

  // ---- vis data ----
  function visNode(actor) {
    const style = typeOf(actor);
    const node = {
      id: actor.id, label: actor.name, value: actor.count, shape: style.shape,
      color: { background: style.colour, border: "#ffffff", highlight: { background: style.colour, border: "#1f2933" },
        hover: { background: style.colour, border: "#1f2933" } },
    };
    if (actor.x !== undefined) Object.assign(node, { x: actor.x, y: actor.y });
    return node;
  }

  function edgeLabel(edge, count) {
    let label = (edge.negated ? "not " : "") + edge.relation;
    if (count > 1) label += " ×" + count;
    if (edge.viaName) label += "\nvia " + edge.viaName;
    return label;
  }

  function visEdge(edge) {
    const colour = classes.get(edge.cls).colour;
    return {
      id: edge.id, from: edge.from, to: edge.to, label: edgeLabel(edge, edge.statements.length),
      color: { color: colour, highlight: colour, hover: colour, inherit: false },
      dashes: edge.negated ? [7, 5] : false, smooth: edge.smooth, physics: edge.physics !== false, length: edge.length,
      selfReference: edge.selfReference,
      width: 1.4 + Math.min(3, Math.log2(edge.statements.length)),
    };
  }

  function options() {
    const big = !data.physics;
    const font = "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif";
    return {
      autoResize: true,
      layout: { randomSeed: 7, improvedLayout: false },
      nodes: { borderWidth: 2, borderWidthSelected: 3,
        scaling: { min: 12, max: 40, label: big ? { enabled: true, min: 11, max: 32, drawThreshold: 6, maxVisible: 30 } : false },
        font: { size: 15, face: font, color: "#1f2933", strokeWidth: 4, strokeColor: "#ffffff" } },
      edges: { arrows: { to: { enabled: true, scaleFactor: 0.55 } }, selectionWidth: 2, hoverWidth: 1, smooth: false,
        scaling: { label: { drawThreshold: big ? 8 : 5 } },
        arrowStrikethrough: false, font: { size: 11, face: font, color: "#39424c", strokeWidth: 0, background: "rgba(255,255,255,0.85)", align: "middle" } },
      physics: big ? { enabled: false } : {
        solver: "forceAtlas2Based", minVelocity: 1, stabilization: { iterations: 400, fit: true },
        forceAtlas2Based: { gravitationalConstant: -150, springLength: 170, springConstant: 0.04, avoidOverlap: 0.9 } },
      interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false,
        keyboard: { enabled: true, bindToWindow: false } },
    };
  }

  // ---- filters ----
  function shownStatements(edge) {
    return state.doc ? edge.statements.filter((s) => s.doc === state.doc) : edge.statements;
  }

  function edgeShown(edge) {
    const polarity = edge.negated ? state.negated : state.asserted;
    return polarity && state.classes.has(edge.cls) && shownStatements(edge).length > 0;
  }

  function applyFilters() {
    const seen = new Set();
    const edgeUpdates = data.edges.map((edge) => {
      const shown = edgeShown(edge);
      if (shown) [edge.from, edge.to, edge.via].forEach((id) => id !== null && seen.add(id));
      return { id: edge.id, hidden: !shown, label: edgeLabel(edge, shownStatements(edge).length) };
    });
    edges.update(edgeUpdates);
    nodes.update(data.nodes.map((actor) => ({ id: actor.id, hidden: !seen.has(actor.id) })));
    showStats();
  }

  function visibleEdgeCount() {
    return edges.get({ filter: (e) => !e.hidden }).length;
  }

  function visibleNodeCount() {
    return nodes.get({ filter: (n) => !n.hidden }).length;
  }

  function showStats() {
    const statements = data.edges.reduce((sum, e) => sum + e.statements.length, 0);
    let text = plural(data.nodes.length, "actor") + " · " + plural(statements, "statement") + " · " +
      plural(data.edges.length, "edge");
    const shown = visibleEdgeCount();
    if (shown !== data.edges.length) text += " — showing " + shown + " edges, " + visibleNodeCount() + " actors";
    $("stats").textContent = text;
  }

  function checkbox(checked, onChange) {
    const box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", () => onChange(box.checked));
    return box;
  }

  function classRow(cls, count) {
    const row = el("label", null, "row");
    const swatch = el("span", null, "line-swatch");
    swatch.style.borderTopColor = cls.colour;
    const box = checkbox(true, (on) => { on ? state.classes.add(cls.name) : state.classes.delete(cls.name); applyFilters(); });
    box.dataset.cls = cls.name;
    row.append(box, swatch, el("span", cls.name), el("span", String(count), "count"));
    return row;
  }

  function buildClassFilters() {
    const counts = new Map();
    data.edges.forEach((e) => counts.set(e.cls, (counts.get(e.cls) || 0) + e.statements.length));
    const box = $("class-filters");
    for (const family of data.families) {
      const members = data.classes.filter((c) => c.family === family.key);
      if (members.length) box.append(el("div", family.label, "family"));
      members.forEach((c) => box.append(classRow(c, counts.get(c.name) || 0)));
    }
    $("classes-all").addEventListener("click", () => setAllClasses(true));
    $("classes-none").addEventListener("click", () => setAllClasses(false));
  }

  function setAllClasses(on) {
    document.querySelectorAll("#class-filters input").forEach((box) => { box.checked = on; });
    state.classes = on ? new Set(classes.keys()) : new Set();
    applyFilters();
  }

  function buildOtherFilters() {
    $("show-asserted").addEventListener("change", (e) => { state.asserted = e.target.checked; applyFilters(); });
    $("show-negated").addEventListener("change", (e) => { state.negated = e.target.checked; applyFilters(); });
    const select = $("doc-filter");
    for (const doc of data.docs) {
      const option = el("option", doc.title ? doc.title + " (" + doc.id + ")" : doc.id);
      option.value = doc.id;
      select.append(option);
    }
    select.addEventListener("change", () => { state.doc = select.value; applyFilters(); });
  }

  function buildTypeLegend() {
    const present = new Set(data.nodes.map((n) => typeOf(n).key));
    for (const style of data.types.filter((t) => present.has(t.key))) {
      const glyph = el("span", GLYPHS[style.shape] || "●", "glyph");
      glyph.style.color = style.colour;
      const item = el("li");
      item.append(glyph, el("span", style.label));
      $("type-legend").append(item);
    }
  }

  // ---- search ----
  function findActor(query) {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    const names = (a) => [a.name, ...a.aliases].map((s) => s.toLowerCase());
    const tests = [(a) => names(a).includes(q), (a) => names(a).some((s) => s.startsWith(q)),
      (a) => names(a).some((s) => s.includes(q))];
    for (const test of tests) {
      const hit = data.nodes.find(test);
      if (hit) return hit;
    }
    return null;
  }

  function focusActor(actor) {
    network.selectNodes([actor.id]);
    window.kgGraph.moving = true;
    network.focus(actor.id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 400 } });
    showActor(actor);
  }

  function search(query) {
    if (query === lastQuery && Date.now() - lastAt < 500) return lastFound;  // Enter fires "change" and "submit"
    const actor = findActor(query);
    [lastQuery, lastAt] = [query, Date.now()];
    lastFound = actor ? actor.id : null;
    $("search-status").textContent = actor ? "" : (query.trim() ? "No actor matches “" + query.trim() + "”." : "");
    if (actor) focusActor(actor);
    return actor ? actor.id : null;
  }

  function buildSearch() {
    const list = $("actor-names");
    [...data.nodes].sort((a, b) => a.name.localeCompare(b.name)).forEach((a) => {
      const option = el("option");
      option.value = a.name;
      list.append(option);
    });
    $("search-form").addEventListener("submit", (event) => { event.preventDefault(); search($("search").value); });
    $("search").addEventListener("change", () => search($("search").value));
  }

  // ---- details panel and tooltip ----
  function badge(text, colour) {
    const span = el("span", text, "kind");
    span.style.background = colour;
    return span;
  }

  function definitions(pairs) {
    const list = el("dl");
    for (const [term, value] of pairs) {
      if (value === "" || value === null || value === undefined) continue;
      list.append(el("dt", term), value instanceof Node ? wrap("dd", value) : el("dd", value));
    }
    return list;
  }

  function wrap(tag, child) {
    const node = el(tag);
    node.append(child);
    return node;
  }

  function affiliationText(actor) {
    return actor.affiliations.map(([org, role]) => (role ? role + ", " + org : org)).join("; ");
  }

  function docText(id) {
    const title = docTitles.get(id);
    return title ? title + " (" + id + ")" : id;
  }

  function statementItem(s) {
    const item = el("li");
    item.append(el("blockquote", s.text));
    const meta = [s.speaker ? "said by " + s.speaker : "", "article " + docText(s.doc),
      s.modality !== "asserted" ? s.modality : "", "characters " + s.start + "–" + s.end].filter(Boolean);
    item.append(el("div", meta.join(" · "), "meta"), el("div", s.iri, "iri"));
    return item;
  }

  function edgeTitle(edge) {
    return actorName(edge.from) + " → " + (edge.negated ? "not " : "") + edge.relation + " → " + actorName(edge.to);
  }

  function showEdge(edge) {
    const cls = classes.get(edge.cls);
    const shown = shownStatements(edge);
    const panel = $("details");
    const facts = definitions([["Class", cls.name + " (" + families.get(cls.family).label.toLowerCase() +
      ", Goldstein " + cls.goldstein + ")"], ["Polarity", edge.negated ? "negated" : "asserted"],
      ["Via", edge.viaName], ["Statements", String(edge.statements.length)]]);
    const list = el("ol");
    shown.forEach((s) => list.append(statementItem(s)));
    const badges = [badge(cls.name, cls.colour), ...(edge.negated ? [" ", badge("negated", "#66717d")] : [])];
    panel.replaceChildren(...badges, el("h3", edgeTitle(edge)), facts, el("h4", "Evidence"), list);
    const hidden = edge.statements.length - shown.length;
    if (hidden) panel.append(el("p", plural(hidden, "more statement") + " in other articles.", "hint"));
    panel.dataset.edge = String(edge.id);
  }

  function relationButton(edge, actor) {
    const outgoing = edge.from === actor.id;
    const other = actorName(outgoing ? edge.to : edge.from);
    const verb = (edge.negated ? "not " : "") + edge.relation;
    const text = outgoing ? "→ " + verb + " → " + other : "← " + other + " " + verb;
    const button = el("button", text + " (" + edge.statements.length + ")", "link");
    button.type = "button";
    button.addEventListener("click", () => { network.selectEdges([edge.id]); showEdge(edge); });
    return wrap("li", button);
  }

  function showActor(actor) {
    const style = typeOf(actor);
    const panel = $("details");
    const facts = definitions([["Also known as", actor.aliases.join("; ")], ["Affiliations", affiliationText(actor)],
      ["Statements", String(actor.count)], ["IRI", el("span", actor.iri, "iri")]]);
    const list = el("ul");
    data.edges.filter((e) => (e.from === actor.id || e.to === actor.id) && edgeShown(e))
      .forEach((e) => list.append(relationButton(e, actor)));
    panel.replaceChildren(badge(style.label, style.colour), el("h3", actor.name), facts, el("h4", "Relations"), list);
    panel.dataset.actor = String(actor.id);
  }

  function showIntro() {
    $("details").replaceChildren(el("p", "Click an edge to read its evidence, or an actor to see who it is.", "hint"));
  }

  function edgeTip(edge) {
    const shown = shownStatements(edge);
    const first = shown[0] || edge.statements[0];
    const parts = [el("div", edgeTitle(edge) + (edge.viaName ? " (via " + edge.viaName + ")" : ""), "head"),
      el("div", "“" + first.text + "”", "quote"),
      el("div", [first.speaker ? "said by " + first.speaker : "", "article " + docText(first.doc)]
        .filter(Boolean).join(" · "), "meta")];
    if (shown.length > 1) parts.push(el("div", "+ " + plural(shown.length - 1, "more statement") + " — click to read", "meta"));
    return parts;
  }

  function actorTip(actor) {
    const lines = [el("div", actor.name, "head"), el("div", typeOf(actor).label + " · " + plural(actor.count, "statement"), "meta")];
    if (actor.aliases.length) lines.push(el("div", "Also: " + actor.aliases.join("; "), "meta"));
    if (actor.affiliations.length) lines.push(el("div", affiliationText(actor), "meta"));
    return lines;
  }

  function showTip(parts) {
    const tip = $("tooltip");
    tip.replaceChildren(...parts);
    tip.hidden = false;
    const box = $("graph-wrap").getBoundingClientRect();
    const left = Math.min(pointer.x + 14, box.width - tip.offsetWidth - 8);
    const top = pointer.y + 14 + tip.offsetHeight > box.height ? pointer.y - tip.offsetHeight - 10 : pointer.y + 14;
    tip.style.left = Math.max(4, left) + "px";
    tip.style.top = Math.max(4, top) + "px";
  }

  function hideTip() {
    $("tooltip").hidden = true;
  }

  // ---- wiring ----
  function onClick(params) {
    hideTip();
    if (params.nodes.length) showActor(actors.get(params.nodes[0]));
    else if (params.edges.length) showEdge(links.get(params.edges[0]));
    else showIntro();
  }

  function bindEvents() {
    $("graph").addEventListener("mousemove", (event) => {
      const box = $("graph-wrap").getBoundingClientRect();
      pointer = { x: event.clientX - box.left, y: event.clientY - box.top };
    });
    network.on("click", onClick);
    network.on("animationFinished", () => { window.kgGraph.moving = false; });
    network.on("hoverEdge", (p) => showTip(edgeTip(links.get(p.edge))));
    network.on("hoverNode", (p) => showTip(actorTip(actors.get(p.node))));
    ["blurEdge", "blurNode", "dragStart", "zoom"].forEach((name) => network.on(name, hideTip));
  }

  function markReady() {
    network.once("afterDrawing", () => {
      $("loading").hidden = true;
      window.kgGraph.ready = true;
      window.kgGraph.readyAt = performance.now();
      document.body.dataset.ready = "true";
    });
    network.redraw();
  }

  $("title").textContent = data.title;
  const nodes = new vis.DataSet(data.nodes.map(visNode));
  const edges = new vis.DataSet(data.edges.map(visEdge));
  const network = new vis.Network($("graph"), { nodes: [], edges: [] }, options());
  window.kgGraph = { data, nodes, edges, network, ready: false, moving: false, search, applyFilters, visibleEdgeCount, visibleNodeCount };
  bindEvents();
  if (data.physics) {
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      markReady();
    });
  }
  network.setData({ nodes, edges });
  if (!data.physics) markReady();
  buildClassFilters();
  buildOtherFilters();
  buildTypeLegend();
  buildSearch();
  showStats();
})();
