/* cr-kg graph explorer (Apache-2.0).
 * Safety: every string from the data is untrusted article text. It is written to the page
 * with textContent / createTextNode only; no innerHTML, no string-built HTML, no eval.
 * Links are built only from validated values (Wikidata QIDs ^Q[0-9]+$, http(s) URLs).
 */
(function () {
  "use strict";
  var T0 = performance.now();
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var T_PARSED = performance.now();
  var QID_RE = /^Q[0-9]+$/;
  var URL_RE = /^https?:\/\/[^\s\u0000-\u001f]+$/i;
  var LANG_NAMES = { "en": "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文", "vi": "Tiếng Việt", "ru": "Русский", "und": "(no language)" };

  var DATES = DATA.dates;
  var classColour = {}, relColour = {};
  var CLASS_NAMES = DATA.classes.map(function (c) { return c.name; });
  var REL_NAMES = DATA.relations.map(function (r) { return r.name; });
  var REL_SYM = DATA.relations.map(function (r) { return r.symmetric; });
  DATA.classes.forEach(function (c) { classColour[c.name] = c.colour; });
  DATA.relations.forEach(function (r) { relColour[r.name] = r.colour; });

  // nodes: [iri, class code, labels, other names, QID, meeting date]
  var NODES = DATA.nodes.map(function (r, i) {
    return { id: i, iri: r[0], type: CLASS_NAMES[r[1]], labels: r[2], alt: r[3], qid: r[4], date: r[5] };
  });
  // edges, by column: from, to, relation code, evidence count, date codes
  var EC = DATA.edges;
  var EDGES = new Array(EC.f.length);
  for (var ei = 0; ei < EDGES.length; ei++) {
    var dc = EC.d[ei], ds = new Array(dc.length);
    for (var di = 0; di < dc.length; di++) { ds[di] = DATES[dc[di]]; }
    EDGES[ei] = { id: ei, from: EC.f[ei], to: EC.t[ei], rel: REL_NAMES[EC.r[ei]], sym: REL_SYM[EC.r[ei]],
                  n: EC.n[ei], dates: ds };
  }
  DATA.nodes = NODES;
  DATA.edges = EDGES;

  // details (facts, documents, evidence quotes): parsed on first use, it is the bulk of the file
  var DETAILS = null;
  function details() {
    if (DETAILS === null) {
      var block = document.getElementById("kg-details");
      if (!block || document.readyState === "loading") { return null; }
      DETAILS = JSON.parse(block.textContent);
      DETAILS.docs = DETAILS.docs || [];
    }
    return DETAILS;
  }
  function evRows(rows) {
    return (rows || []).map(function (r) {
      return { q: r[0], d: r[1], l: r[2], r: r[3], t: r[4], c: r[5], s: r[6], e: r[7] };
    });
  }

  var state = {
    lang: "en",
    types: new Set(CLASS_NAMES),
    rels: new Set(REL_NAMES),
    from: 0,
    to: Math.max(0, DATES.length - 1),
    undated: true
  };

  // ---------------------------------------------------------------- small DOM helpers
  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function safeUrl(u) { return typeof u === "string" && URL_RE.test(u) ? u : null; }
  function extLink(href, text) {
    var a = el("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  // ---------------------------------------------------------------- labels
  function labelOf(node, lang) {
    var l = node.labels;
    lang = lang || state.lang;
    if (l[lang]) { return l[lang]; }
    if (lang === "zh-Hant" && l["zh-Hans"]) { return l["zh-Hans"]; }
    if (lang === "zh-Hans" && l["zh-Hant"]) { return l["zh-Hant"]; }
    if (l.en) { return l.en; }
    var keys = Object.keys(l).sort();
    return keys.length ? l[keys[0]] : node.iri;
  }

  // ---------------------------------------------------------------- vis network
  // vis items carry only what differs per item; styles come from the groups/global options.
  // Large graphs (DATA.detailOnZoom) start without node labels and arrowheads: vis would measure
  // every label and draw every arrowhead before the first frame. Labels are then drawn by this
  // page over the canvas (only those in view) and arrowheads switched on with one global option,
  // both once the view is zoomed in past DETAIL_SCALE, and around the selection at any zoom.
  var LOD = !!DATA.detailOnZoom;
  var DETAIL_SCALE = 0.5;
  var degree = new Uint32Array(NODES.length);
  EDGES.forEach(function (e) { degree[e.from]++; degree[e.to]++; });
  var visNodes = NODES.map(function (n, i) {
    var label = labelOf(n, "en");
    var v = {
      id: i, title: label + " (" + n.type + ")", group: n.type,
      x: DATA.x[i], y: DATA.y[i],
      size: n.type === "Meeting" ? 9 : Math.round(Math.min(40, 10 + 3 * Math.sqrt(degree[i])) * 10) / 10
    };
    if (!LOD) { v.label = label; }
    return v;
  });
  var curve = {};
  DATA.curves.forEach(function (c) {
    curve[c[0]] = { enabled: true, type: c[1] ? "curvedCW" : "curvedCCW", roundness: c[2] };
  });
  var visEdges = EDGES.map(function (e) {
    var link = e.rel === "participant" || e.rel === "location";
    var v = { id: e.id, from: e.from, to: e.to, color: relColour[e.rel],
              width: link ? 1 : Math.round((1 + Math.log(1 + e.n)) * 100) / 100,
              title: e.rel + " · " + e.n + " evidence" };
    if (link) { v.dashes = true; }
    if (LOD) { if (link || e.sym) { v.arrows = ""; } }   // directed edges follow the global switch
    else if (!link && !e.sym) { v.arrows = "to"; }
    if (curve[e.id]) { v.smooth = curve[e.id]; }
    if (DATA.edgeLabels && !link) { v.label = e.rel; }
    return v;
  });
  DATA.vis.nodes = visNodes;
  DATA.vis.edges = visEdges;

  var nodeVisible = new Uint8Array(NODES.length).fill(1);
  var edgeVisible = new Uint8Array(EDGES.length).fill(LOD ? 0 : 1);   // LOD: edges added below
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return nodeVisible[n.id] === 1; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return edgeVisible[e.id] === 1; } });
  var container = $("network");
  var timing = { start: T0, parsed: T_PARSED };
  timing.built = performance.now();
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.vis.options);
  if (LOD) { addEdgesSharingFonts(); }
  timing.created = performance.now();

  // vis gives every edge a label module and works out its font from the option pile, even when
  // the edge has no label: about half the cost of creating an edge. Edges here carry no font,
  // label or label constraint, so that work gives the same result for every edge; while the
  // initial edges are added (nothing else runs meanwhile), it is done once and copied. The
  // method is restored right after, so every later update (setOptions, language, selection) takes
  // vis's own path. Without a node to find vis's label class, edges are added the ordinary way.
  function addEdgesSharingFonts() {
    var first = NODES.length ? network.body.nodes[0] : null;
    var proto = first && first.labelModule ? Object.getPrototypeOf(first.labelModule) : null;
    var original = proto && proto.update;
    var ok = typeof original === "function" && typeof proto.setOptions === "function";
    var template = null, tGlobal = null, tDefault = null;
    function copyFonts(src) {
      var out = {};
      Object.keys(src).forEach(function (k) {
        var v = src[k];
        out[k] = v !== null && typeof v === "object" ? Object.assign({}, v) : v;
      });
      return out;
    }
    if (ok) {
      proto.update = function (options, pile) {
        var item = pile && pile[0];
        var plain = this.isEdgeLabel === true && pile.length === 4 && item && item.font === undefined &&
          item.chosen === undefined && item.widthConstraint === undefined && item.heightConstraint === undefined;
        if (plain && template !== null && pile[2] === tGlobal && pile[3] === tDefault) {
          this.setOptions(options, true);
          this.fontOptions = copyFonts(template);
          return;
        }
        original.call(this, options, pile);
        if (plain && template === null) { template = copyFonts(this.fontOptions); tGlobal = pile[2]; tDefault = pile[3]; }
      };
    }
    try {
      edgeVisible.fill(1);
      edgeView.refresh();
    } finally {
      if (ok) { proto.update = original; }
    }
  }

  var explorer = {
    network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    data: DATA, state: state, timing: timing, ready: false
  };
  window.explorer = explorer;

  var drawn = false, parsedAll = document.readyState !== "loading";
  function maybeReady() {
    if (drawn && parsedAll && !explorer.ready) {
      timing.ready = performance.now();
      explorer.ready = true;
      document.body.setAttribute("data-ready", "1");
    }
  }
  // ---------------------------------------------------------------- detail on zoom (large graphs)
  var detail = false;             // arrowheads switched on globally
  var hood = new Uint8Array(NODES.length), hoodList = [], hoodArrows = [];
  var overlayText = null;         // node labels in the current language, built on first use
  var overlay = { drawn: 0 };
  function syncDetail() {
    if (!LOD) { return; }
    var on = network.getScale() >= DETAIL_SCALE;
    if (on !== detail) {
      detail = on;
      network.setOptions({ edges: { arrows: { to: { enabled: on } } } });
    }
  }
  function setHood() {
    if (!LOD) { return; }
    var selNodes = network.getSelectedNodes(), selEdges = network.getSelectedEdges();
    var i, e, sel = new Uint8Array(NODES.length), arrows = [];
    hoodList.forEach(function (id) { hood[id] = 0; });
    hoodList = [];
    function mark(id) { if (!hood[id]) { hood[id] = 1; hoodList.push(id); } }
    selNodes.forEach(function (id) { sel[id] = 1; mark(id); });
    var selEdgeSet = new Set(selEdges);
    for (i = 0; i < EDGES.length; i++) {
      e = EDGES[i];
      if (sel[e.from] || sel[e.to] || selEdgeSet.has(i)) {
        mark(e.from); mark(e.to);
        if (!e.sym && e.rel !== "participant" && e.rel !== "location") { arrows.push(i); }
      }
    }
    // arrowheads on the selection's own edges: a handful of item updates, undone on the next one
    var keep = new Set(arrows), updates = [];
    hoodArrows.forEach(function (id) { if (!keep.has(id)) { updates.push({ id: id, arrows: null }); } });
    var had = new Set(hoodArrows);
    arrows.forEach(function (id) { if (!had.has(id)) { updates.push({ id: id, arrows: "to" }); } });
    hoodArrows = arrows;
    if (updates.length) { edges.update(updates); } else { network.redraw(); }
  }
  function drawLabels(ctx) {
    var scale = network.getScale(), all = scale >= DETAIL_SCALE;
    overlay.drawn = 0;
    if (!all && hoodList.length === 0) { return; }
    if (overlayText === null) { overlayText = NODES.map(function (n) { return labelOf(n); }); }
    var w = container.clientWidth, h = container.clientHeight;
    var a = network.DOMtoCanvas({ x: 0, y: 0 }), b = network.DOMtoCanvas({ x: w, y: h });
    var margin = 200 / scale;
    var x0 = a.x - margin, x1 = b.x + margin, y0 = a.y - margin, y1 = b.y + margin;
    var body = network.body.nodes;
    function one(i, size) {
      var bn = body[i];
      if (!bn || bn.x < x0 || bn.x > x1 || bn.y < y0 || bn.y > y1) { return; }
      ctx.font = size + "px system-ui, sans-serif";
      ctx.lineWidth = 3 * size / 14;
      var y = bn.y + visNodes[i].size + 2;
      ctx.strokeText(overlayText[i], bn.x, y);
      ctx.fillText(overlayText[i], bn.x, y);
      overlay.drawn++;
    }
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = "#343434";
    ctx.lineJoin = "round";
    if (all) {
      for (var i = 0; i < NODES.length; i++) { if (!hood[i]) { one(i, 14); } }
    }
    var hs = Math.max(14, 13 / scale);    // the selection's labels stay readable at any zoom
    ctx.fillStyle = "#111111";
    hoodList.forEach(function (id) { one(id, hs); });
    ctx.restore();
  }
  if (LOD) {
    network.on("zoom", syncDetail);
    network.on("afterDrawing", drawLabels);
  }

  network.once("afterDrawing", function () {
    timing.firstDraw = performance.now();
    drawn = true;
    maybeReady();
  });
  if (!parsedAll) {
    document.addEventListener("DOMContentLoaded", function () {
      timing.domLoaded = performance.now();
      parsedAll = true;
      maybeReady();
      if (current) { current.kind === "node" ? showNode(current.id) : showEdge(current.id); }
    });
  }

  // ---------------------------------------------------------------- filtering
  function inRange(dates) {
    if (!dates || dates.length === 0) { return state.undated; }
    if (DATES.length === 0) { return true; }
    var lo = DATES[state.from], hi = DATES[state.to];
    for (var i = 0; i < dates.length; i++) {
      if (dates[i] >= lo && dates[i] <= hi) { return true; }
    }
    return false;
  }

  function computeVisibility() {
    var dateActive = !state.undated || state.from > 0 || state.to < DATES.length - 1;
    var base = new Uint8Array(NODES.length);
    var i, n, e;
    for (i = 0; i < NODES.length; i++) {
      n = NODES[i];
      base[i] = state.types.has(n.type) && (n.type !== "Meeting" || inRange(n.date ? [n.date] : [])) ? 1 : 0;
    }
    var touched = new Uint8Array(NODES.length);
    for (i = 0; i < EDGES.length; i++) {
      e = EDGES[i];
      var v = base[e.from] && base[e.to] && state.rels.has(e.rel) && inRange(e.dates) ? 1 : 0;
      edgeVisible[i] = v;
      if (v) { touched[e.from] = 1; touched[e.to] = 1; }
    }
    for (i = 0; i < NODES.length; i++) {
      n = NODES[i];
      nodeVisible[i] = base[i] && (!dateActive || n.type === "Meeting" || touched[i]) ? 1 : 0;
    }
  }

  function applyFilters() {
    computeVisibility();
    nodeView.refresh();
    edgeView.refresh();
    updateStats();
  }

  function updateStats() {
    var d = drawnCounts();
    $("stats").textContent = d.nodes + " / " + NODES.length + " nodes · " + d.edges + " / " + EDGES.length + " edges";
  }

  function drawnCounts() {
    return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
  }

  function buildChecklist(listId, items, set, swatchClass) {
    var ul = $(listId);
    items.forEach(function (item) {
      var li = el("li");
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = item.name;
      box.setAttribute("data-name", item.name);
      box.addEventListener("change", function () {
        if (box.checked) { set.add(item.name); } else { set.delete(item.name); }
        applyFilters();
      });
      var sw = el("span", "swatch" + (swatchClass ? " " + swatchClass(item) : ""));
      sw.style.background = item.colour;
      label.appendChild(box);
      label.appendChild(sw);
      label.appendChild(el("span", null, item.name + (item.symmetric ? " ↔" : "")));
      label.appendChild(el("span", "count", item.count));
      li.appendChild(label);
      ul.appendChild(li);
    });
  }
  buildChecklist("type-filter", DATA.classes.filter(function (c) { return c.count > 0; }), state.types,
    function (c) { return c.name === "Meeting" ? "diamond" : ""; });
  buildChecklist("relation-filter", DATA.relations.filter(function (r) { return r.count > 0; }), state.rels,
    function () { return "line"; });

  function setupDates() {
    var from = $("date-from"), to = $("date-to");
    var max = Math.max(0, DATES.length - 1);
    [from, to].forEach(function (r) { r.max = String(max); r.disabled = DATES.length === 0; });
    from.value = String(state.from);
    to.value = String(state.to);
    function show() {
      $("date-from-label").textContent = DATES.length ? DATES[state.from] : "no dates";
      $("date-to-label").textContent = DATES.length ? DATES[state.to] : "";
    }
    from.addEventListener("input", function () {
      state.from = Math.min(+from.value, state.to); from.value = String(state.from); show(); applyFilters();
    });
    to.addEventListener("input", function () {
      state.to = Math.max(+to.value, state.from); to.value = String(state.to); show(); applyFilters();
    });
    $("undated").addEventListener("change", function () { state.undated = $("undated").checked; applyFilters(); });
    show();
  }
  setupDates();

  function resetFilters() {
    state.types = new Set(CLASS_NAMES);
    state.rels = new Set(REL_NAMES);
    state.from = 0; state.to = Math.max(0, DATES.length - 1); state.undated = true;
    clear($("type-filter")); clear($("relation-filter"));
    buildChecklist("type-filter", DATA.classes.filter(function (c) { return c.count > 0; }), state.types,
      function (c) { return c.name === "Meeting" ? "diamond" : ""; });
    buildChecklist("relation-filter", DATA.relations.filter(function (r) { return r.count > 0; }), state.rels,
      function () { return "line"; });
    $("date-from").value = "0"; $("date-to").value = String(state.to); $("undated").checked = true;
    $("date-from-label").textContent = DATES.length ? DATES[0] : "no dates";
    $("date-to-label").textContent = DATES.length ? DATES[state.to] : "";
    applyFilters();
  }
  $("reset").addEventListener("click", resetFilters);
  $("fit").addEventListener("click", function () { network.fit({ animation: false }); syncDetail(); });

  // ---------------------------------------------------------------- language
  function setLanguage(lang) {
    state.lang = lang;
    var updates = new Array(NODES.length);
    for (var i = 0; i < NODES.length; i++) {
      var l = labelOf(NODES[i], lang);
      updates[i] = LOD ? { id: i, title: l + " (" + NODES[i].type + ")" }
                       : { id: i, label: l, title: l + " (" + NODES[i].type + ")" };
    }
    overlayText = null;
    nodes.update(updates);
    if (current) { current.kind === "node" ? showNode(current.id) : showEdge(current.id); }
  }
  $("lang").addEventListener("change", function () { setLanguage($("lang").value); });

  // ---------------------------------------------------------------- search
  function norm(s) { return String(s).normalize("NFKC").toLowerCase(); }
  var searchIndex = NODES.map(function (n) {
    var names = [];
    Object.keys(n.labels).sort().forEach(function (k) { names.push(n.labels[k]); });
    n.alt.forEach(function (a) { names.push(a); });
    return { id: n.id, names: names, keys: names.map(norm) };
  });

  function search(query) {
    var q = norm(query).trim();
    if (!q) { return []; }
    var hits = [];
    for (var i = 0; i < searchIndex.length; i++) {
      var entry = searchIndex[i];
      for (var j = 0; j < entry.keys.length; j++) {
        if (entry.keys[j].indexOf(q) !== -1) {
          var k = entry.keys[j];
          var rank = k === q ? 0 : k.indexOf(q) === 0 ? 1 : 2;
          if (NODES[entry.id].type === "Meeting") { rank += 3; }
          hits.push({ id: entry.id, matched: entry.names[j], rank: rank });
          break;
        }
      }
    }
    hits.sort(function (a, b) {
      if (a.rank !== b.rank) { return a.rank - b.rank; }
      var la = labelOf(NODES[a.id]), lb = labelOf(NODES[b.id]);
      if (la.length !== lb.length) { return la.length - lb.length; }
      return la < lb ? -1 : la > lb ? 1 : a.id - b.id;
    });
    return hits;
  }

  function renderSearch() {
    var list = $("search-results");
    clear(list);
    var hits = search($("search").value);
    if (!$("search").value.trim()) { list.hidden = true; return hits; }
    if (hits.length === 0) {
      list.appendChild(el("li", "hint", "No match"));
    }
    hits.slice(0, 50).forEach(function (h) {
      var li = el("li");
      var b = el("button", "result");
      b.type = "button";
      b.setAttribute("data-node-id", String(h.id));
      var name = labelOf(NODES[h.id]);
      b.appendChild(el("span", "name", name));
      var sub = NODES[h.id].type + (h.matched !== name ? " · " + h.matched : "");
      b.appendChild(el("span", "sub", sub));
      b.addEventListener("click", function () { list.hidden = true; focusNode(h.id); });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (hits.length > 50) { list.appendChild(el("li", "hint", (hits.length - 50) + " more…")); }
    list.hidden = false;
    return hits;
  }
  var searchTimer = null;
  $("search").addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(renderSearch, NODES.length > 3000 ? 120 : 0);
  });
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = search($("search").value);
      if (hits.length) { $("search-results").hidden = true; focusNode(hits[0].id); }
    } else if (ev.key === "Escape") {
      $("search-results").hidden = true;
    }
  });

  function focusNode(id) {
    if (!nodeVisible[id]) {   // make a searched node visible even when filtered out
      nodeVisible[id] = 1;
      nodeView.refresh();
      updateStats();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    syncDetail();
    setHood();
    showNode(id);
  }

  // ---------------------------------------------------------------- details panel
  var current = null;
  var panel = $("details");

  function docLine(container, di) {
    var doc = details().docs[di];
    if (!doc) { return; }
    var title = doc.title || doc.path || doc.iri;
    var url = safeUrl(doc.url);
    container.appendChild(url ? extLink(url, title) : el("span", "doc-title", title));
    var bits = [];
    if (doc.date) { bits.push(doc.date); }
    if (doc.path && doc.path !== title) { bits.push(doc.path); }
    if (doc.langs && doc.langs.length) { bits.push(doc.langs.join(", ")); }
    if (bits.length) { container.appendChild(document.createTextNode(" — " + bits.join(" · "))); }
  }

  function evidenceList(evs) {
    var frag = document.createDocumentFragment();
    if (!evs || evs.length === 0) {
      frag.appendChild(el("p", "hint", "No evidence recorded."));
      return frag;
    }
    evs.forEach(function (ev) {
      var box = el("div", "evidence");
      box.appendChild(el("blockquote", "quote", ev.q));
      var meta = el("div", "meta");
      if (ev.d !== null && ev.d !== undefined) { docLine(meta, ev.d); meta.appendChild(el("br")); }
      var bits = [];
      if (ev.l) { bits.push("language: " + ev.l); }
      if (ev.r) { bits.push("rule: " + ev.r); }
      if (ev.t) { bits.push("trigger: " + ev.t); }
      if (ev.c !== null && ev.c !== undefined) { bits.push("confidence: " + ev.c); }
      if (ev.s !== null && ev.s !== undefined) { bits.push("chars " + ev.s + "–" + ev.e); }
      meta.appendChild(document.createTextNode(bits.join(" · ")));
      box.appendChild(meta);
      frag.appendChild(box);
    });
    return frag;
  }

  function nodeButton(id) {
    var b = el("button", "link-button", labelOf(NODES[id]));
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }

  function typeBadge(type) {
    var t = el("span", "type", type);
    t.style.background = classColour[type] || "#777";
    return t;
  }

  function loading() {
    panel.appendChild(el("p", "hint", "Loading details…"));
  }

  function showNode(id) {
    var n = NODES[id];
    if (!n) { return; }
    current = { kind: "node", id: id };
    clear(panel);
    var D = details();
    panel.appendChild(el("h2", "title", labelOf(n)));
    panel.appendChild(typeBadge(n.type));
    if (n.qid && QID_RE.test(n.qid)) {
      panel.appendChild(document.createTextNode(" "));
      panel.appendChild(extLink("https://www.wikidata.org/wiki/" + n.qid, "Wikidata " + n.qid));
    }
    panel.appendChild(el("div", "iri", n.iri));

    panel.appendChild(el("h3", null, "Labels"));
    var table = el("table", "labels");
    Object.keys(n.labels).sort().forEach(function (lang) {
      var tr = el("tr");
      tr.appendChild(el("th", null, LANG_NAMES[lang] || lang));
      tr.appendChild(el("td", null, n.labels[lang]));
      table.appendChild(tr);
    });
    panel.appendChild(table);
    if (n.alt.length) {
      panel.appendChild(el("h3", null, "Also called"));
      panel.appendChild(el("p", "alt", n.alt.join(" · ")));
    }

    var facts = D ? D.nodes[id][0] : [], docs = D ? D.nodes[id][1] : [], nev = D ? D.nodes[id][2] : null;
    if (facts.length) {
      panel.appendChild(el("h3", null, "Facts"));
      var ft = el("table", "facts");
      facts.forEach(function (f) {
        var tr = el("tr");
        tr.appendChild(el("th", null, f[0]));
        var td = el("td");
        if (f[2] !== null && f[2] !== undefined && NODES[f[2]]) { td.appendChild(nodeButton(f[2])); }
        else { td.textContent = f[1]; }
        tr.appendChild(td);
        ft.appendChild(tr);
      });
      panel.appendChild(ft);
    }

    if (!D) { loading(); }
    var rels = [];
    for (var i = 0; i < EDGES.length; i++) {
      var e = EDGES[i];
      if (e.from === id || e.to === id) { rels.push(e); }
    }
    if (rels.length) {
      panel.appendChild(el("h3", null, "Relations (" + rels.length + ")"));
      var ul = el("ul", "relations");
      rels.forEach(function (e) {
        var li = el("li");
        var out = e.from === id;
        var other = out ? e.to : e.from;
        var arrow = e.sym ? " ↔ " : (out ? " → " : " ← ");
        var rb = el("button", "link-button", e.rel);
        rb.type = "button";
        rb.addEventListener("click", function () { network.selectEdges([e.id]); setHood(); showEdge(e.id); });
        li.appendChild(rb);
        li.appendChild(document.createTextNode(arrow));
        li.appendChild(nodeButton(other));
        li.appendChild(el("span", "count", " (" + e.n + ")"));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    if (nev) {
      panel.appendChild(el("h3", null, "Evidence"));
      panel.appendChild(evidenceList(evRows(nev)));
    }
    if (docs.length) {
      panel.appendChild(el("h3", null, "Mentioned in"));
      var dl = el("ul", "docs");
      docs.forEach(function (di) { var li = el("li"); docLine(li, di); dl.appendChild(li); });
      panel.appendChild(dl);
    }
  }

  function showEdge(id) {
    var e = EDGES[id];
    if (!e) { return; }
    current = { kind: "edge", id: id };
    clear(panel);
    var h = el("h2", "title");
    h.appendChild(nodeButton(e.from));
    h.appendChild(el("span", "rel", " " + e.rel + (e.sym ? " ↔ " : " → ")));
    h.appendChild(nodeButton(e.to));
    panel.appendChild(h);
    var badge = el("span", "type", e.rel);
    badge.style.background = relColour[e.rel] || "#777";
    panel.appendChild(badge);
    if (e.dates.length) {
      panel.appendChild(el("p", "dates", "Dates: " + e.dates.join(", ")));
    }
    panel.appendChild(el("h3", null, "Evidence (" + e.n + ")"));
    var D = details();
    if (D) { panel.appendChild(evidenceList(evRows(D.edges[id]))); } else { loading(); }
  }

  function clearDetails() {
    current = null;
    clear(panel);
    panel.appendChild(el("p", "hint", "Click a node or an edge to see its labels, facts and the quotes that support it."));
  }

  function handleClick(params) {
    if (params.nodes && params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges && params.edges.length) { showEdge(params.edges[0]); }
    else { clearDetails(); }
    setHood();
  }
  network.on("click", handleClick);

  // ---------------------------------------------------------------- API for tests/tools
  explorer.search = function (q) { return search(q).map(function (h) { return h.id; }); };
  explorer.renderSearch = renderSearch;
  explorer.applyFilters = applyFilters;
  explorer.drawnCounts = drawnCounts;
  explorer.handleClick = handleClick;
  explorer.showNode = showNode;
  explorer.showEdge = showEdge;
  explorer.focusNode = focusNode;
  explorer.setLanguage = setLanguage;
  explorer.labelOf = labelOf;
  explorer.detailOnZoom = LOD;
  explorer.overlay = overlay;
  explorer.syncDetail = syncDetail;
  explorer.setRelation = function (rel, on) {
    if (on) { state.rels.add(rel); } else { state.rels.delete(rel); }
    var box = document.querySelector('#relation-filter input[data-name="' + CSS.escape(rel) + '"]');
    if (box) { box.checked = !!on; }
    applyFilters();
  };
  explorer.setType = function (type, on) {
    if (on) { state.types.add(type); } else { state.types.delete(type); }
    var box = document.querySelector('#type-filter input[data-name="' + CSS.escape(type) + '"]');
    if (box) { box.checked = !!on; }
    applyFilters();
  };
  explorer.setDateRange = function (fromIdx, toIdx, undated) {
    state.from = fromIdx; state.to = toIdx;
    if (undated !== undefined) { state.undated = !!undated; $("undated").checked = !!undated; }
    $("date-from").value = String(fromIdx); $("date-to").value = String(toIdx);
    $("date-from-label").textContent = DATES.length ? DATES[fromIdx] : "no dates";
    $("date-to-label").textContent = DATES.length ? DATES[toIdx] : "";
    applyFilters();
  };
  updateStats();
})();
