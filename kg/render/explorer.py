"""The graph explorer: one self-contained, offline HTML page built from a cr-kg graph.

What it needs: an rdflib graph shaped as docs/rdf-model.md describes (entities typed with
the seven entity classes, truthy relation triples, cr:Statement nodes with cr:Evidence,
cr:Meeting nodes, cr:Document nodes).
What it adds: ``graph.html`` — a vis-network view (node and edge data/options produced
with pyvis, page from the project's own template in ``assets/``) with search in every
label language, filters (relation, entity type, date range), a legend, a details panel
showing labels, Wikidata link, facts and every evidence quote of an edge.

Safety: article text is untrusted. All text reaches the page only as JSON inside
``<script type="application/json">`` with ``< > &`` and U+2028/U+2029 escaped; the
page's JS renders it with ``textContent`` only, vis tooltips are plain strings (rendered
by vis-network 9 with ``innerText``) and Wikidata links are built from QIDs matching
``^Q[0-9]+$``. A Content-Security-Policy forbids loading anything from the network.

Output is deterministic: the same graph gives a byte-identical file.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
import numpy as np
from pyvis.network import Network
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

__all__ = ["build_explorer_data", "render_html", "write_html"]

CR = Namespace("https://w3id.org/cr-kg/ontology#")
SCHEMA = Namespace("https://schema.org/")
SCHEMA_HTTP = Namespace("http://schema.org/")
WD_PREFIXES = ("http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/")

ENTITY_CLASSES: tuple[str, ...] = (
    "Person", "Country", "Organization", "Place", "Event", "Agreement", "Initiative",
)
MEETING = "Meeting"
NODE_CLASSES: tuple[str, ...] = ENTITY_CLASSES + (MEETING,)
RELATIONS: tuple[str, ...] = (
    "meets", "leaderOf", "supports", "opposes", "cooperatesWith", "memberOf", "chairs",
    "attends", "hosts", "signs", "visits", "locatedIn", "alignsWith",
)
SYMMETRIC = frozenset({"meets", "cooperatesWith", "alignsWith"})
MEETING_LINKS: tuple[str, ...] = ("participant", "location")
LANGUAGES: tuple[str, ...] = ("en", "zh-Hans", "zh-Hant", "vi", "ru")
_LANG_CANON = {lang.lower(): lang for lang in LANGUAGES}

CLASS_COLOURS = {
    "Person": "#4e79a7", "Country": "#e15759", "Organization": "#f28e2b",
    "Place": "#59a14f", "Event": "#b07aa1", "Agreement": "#c9a227",
    "Initiative": "#76b7b2", "Meeting": "#9c755f",
}
RELATION_COLOURS = {
    "meets": "#1f77b4", "leaderOf": "#7f7f7f", "supports": "#2ca02c", "opposes": "#d62728",
    "cooperatesWith": "#17becf", "memberOf": "#9467bd", "chairs": "#8c564b",
    "attends": "#e377c2", "hosts": "#bcbd22", "signs": "#ff7f0e", "visits": "#393b79",
    "locatedIn": "#637939", "alignsWith": "#843c39",
    "participant": "#b8a598", "location": "#a5b89a",
}

# Predicates shown elsewhere in the panel (labels, type, Wikidata) or drawn as edges.
_SKIP_FACTS = {
    RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, OWL.sameAs, CR.mentionedIn,
    CR.hasEvidence, CR.reportedIn,
}
_QID_RE = re.compile(r"^Q[0-9]+$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TEMPLATE_MARK = re.compile(r"\{\{([A-Z_]+)\}\}")
_BIG_GRAPH_EDGES = 3000      # above this: hide edges while dragging/zooming
_EDGE_LABEL_MAX = 250        # at most this many edges: draw the relation name on the edge
_DETAIL_ON_ZOOM_NODES = 1500  # above this: node labels and arrowheads only when zoomed in or
                              # around the selection (vis measures every label before the first
                              # draw and draws every arrowhead, ~1 s at 5,000 nodes)


# ---------------------------------------------------------------------------- extraction

@dataclass
class _Node:
    iri: str
    type: str
    labels: dict[str, str] = field(default_factory=dict)
    alt: list[str] = field(default_factory=list)
    qid: str | None = None


def _local(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1] or iri
    return iri


def _lang(tag: str | None) -> str:
    if not tag:
        return "und"
    return _LANG_CANON.get(tag.lower(), tag)


class _Index:
    """The triples of a graph read in one pass and grouped by predicate (and, on demand, by
    subject): rdflib's store costs microseconds per matched triple on every pattern lookup,
    and the explorer makes many lookups over the same triples."""

    def __init__(self, graph: Graph):
        by_pred: dict[Any, list[tuple[Any, Any]]] = defaultdict(list)
        for s, p, o in graph.triples((None, None, None)):
            by_pred[p].append((s, o))
        self._by_pred = by_pred
        self._by_subj: dict[Any, list[tuple[Any, Any]]] | None = None

    def subject_objects(self, p: Any) -> list[tuple[Any, Any]]:
        return self._by_pred.get(p, [])

    def subjects(self, p: Any, o: Any) -> list[Any]:
        return [s for s, x in self._by_pred.get(p, ()) if x == o]

    def predicate_objects(self, s: Any) -> list[tuple[Any, Any]]:
        if self._by_subj is None:
            by_subj: dict[Any, list[tuple[Any, Any]]] = defaultdict(list)
            for p, pairs in self._by_pred.items():
                for subj, o in pairs:
                    by_subj[subj].append((p, o))
            self._by_subj = by_subj
        return self._by_subj.get(s, [])

    def objects(self, s: Any, p: Any) -> list[Any]:
        if s is None:
            return [o for _, o in self._by_pred.get(p, ())]
        return [o for q, o in self.predicate_objects(s) if q == p]


def _class_index(graph: Graph | _Index) -> dict[URIRef, str]:
    """Map every class IRI (the eight base classes and their declared subclasses) to a base name."""
    base = {CR[name]: name for name in NODE_CLASSES}
    result = dict(base)
    parents: dict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            parents[sub].add(sup)
    for cls in sorted(parents):
        seen: set[URIRef] = set()
        stack = [cls]
        found: list[str] = []
        while stack:
            cur = stack.pop()
            if cur in seen:
                continue
            seen.add(cur)
            if cur in base and cur != cls:
                found.append(base[cur])
            stack.extend(sorted(parents.get(cur, ())))
        if cls not in base and found:
            result[cls] = min(found, key=NODE_CLASSES.index)
    return result


def _date(value: Any) -> str | None:
    text = str(value)
    m = _DATE_RE.match(text)
    return m.group(0) if m else None


def _float_or_none(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _int_or_none(value: Any) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def _first(values: Iterable[Any]) -> Any:
    vals = sorted(values, key=lambda v: (str(v), getattr(v, "language", None) or ""))
    return vals[0] if vals else None


def build_explorer_data(graph: Graph) -> dict[str, Any]:
    """Extract the explorer's data (nodes, edges, documents, evidence) from a cr-kg graph.

    Nodes are the instances of the seven entity classes and of cr:Meeting; edges are the
    truthy relation triples between nodes (one per (s, p, o); symmetric relations once per
    pair) plus meeting participant/location links. Everything is sorted so that the result
    is deterministic.
    """
    ix = _Index(graph)
    classes = _class_index(ix)

    # --- nodes
    node_type: dict[URIRef, str] = {}
    for s, cls in ix.subject_objects(RDF.type):
        if isinstance(s, URIRef) and cls in classes:
            name = classes[cls]
            prev = node_type.get(s)
            if prev is None or NODE_CLASSES.index(name) < NODE_CLASSES.index(prev):
                node_type[s] = name
    # a node typed both as an entity class and Meeting is an entity (Meeting is last)
    iris = sorted(node_type, key=str)
    index = {iri: i for i, iri in enumerate(iris)}
    nodes = [_Node(iri=str(iri), type=node_type[iri]) for iri in iris]

    labels: dict[URIRef, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for pred in (RDFS.label, SKOS.prefLabel):
        for s, o in ix.subject_objects(pred):
            if s in index and isinstance(o, Literal):
                labels[s][_lang(o.language)].append(str(o))
    for iri, by_lang in labels.items():
        nodes[index[iri]].labels = {lang: sorted(vals)[0] for lang, vals in sorted(by_lang.items())}
    alts: dict[URIRef, set[str]] = defaultdict(set)
    for s, o in ix.subject_objects(SKOS.altLabel):
        if s in index and isinstance(o, Literal):
            alts[s].add(str(o))
    for iri, vals in alts.items():
        main = set(nodes[index[iri]].labels.values())
        nodes[index[iri]].alt = sorted(vals - main)
    for s, o in ix.subject_objects(OWL.sameAs):
        if s in index and isinstance(o, URIRef):
            text = str(o)
            for prefix in WD_PREFIXES:
                if text.startswith(prefix) and _QID_RE.match(text[len(prefix):]):
                    qid = text[len(prefix):]
                    node = nodes[index[s]]
                    if node.qid is None or (int(qid[1:]), qid) < (int(node.qid[1:]), node.qid):
                        node.qid = qid
    for node in nodes:
        if not node.labels:
            node.labels = {"und": _local(node.iri)}

    # --- documents
    doc_iris: set[URIRef] = {s for s in ix.subjects(RDF.type, CR.Document) if isinstance(s, URIRef)}
    for pred in (CR.sourceDocument, CR.mentionedIn, CR.reportedIn, PROV.wasDerivedFrom):
        doc_iris.update(o for o in ix.objects(None, pred) if isinstance(o, URIRef) and o not in index)
    doc_list = sorted(doc_iris, key=str)
    doc_index = {d: i for i, d in enumerate(doc_list)}
    docs: list[dict[str, Any]] = []
    for d in doc_list:
        title = _first(ix.objects(d, DCTERMS.title))
        issued = _first(ix.objects(d, DCTERMS.issued))
        path = _first(ix.objects(d, CR.sourcePath))
        url = _first(list(ix.objects(d, SCHEMA.url)) + list(ix.objects(d, SCHEMA_HTTP.url)))
        langs = sorted({str(o) for o in ix.objects(d, DCTERMS.language)})
        docs.append({
            "iri": str(d),
            "title": str(title) if title is not None else "",
            "date": _date(issued) if issued is not None else None,
            "path": str(path) if path is not None else "",
            "url": str(url) if url is not None else "",
            "langs": langs,
        })

    # --- evidence
    ev_fields = {
        "q": CR.quote, "doc": CR.sourceDocument, "l": CR.language, "r": CR.rule,
        "t": CR.trigger, "c": CR.confidence, "s": CR.startOffset, "e": CR.endOffset,
    }
    ev_raw: dict[URIRef, dict[str, Any]] = defaultdict(dict)
    for key, pred in ev_fields.items():
        for s, o in ix.subject_objects(pred):
            if key in ev_raw[s]:
                ev_raw[s][key] = min(ev_raw[s][key], o, key=str)
            else:
                ev_raw[s][key] = o

    def evidence(ev_iri: URIRef) -> dict[str, Any]:
        raw = ev_raw.get(ev_iri, {})
        doc = raw.get("doc")
        return {
            "q": str(raw.get("q", "")),
            "d": doc_index.get(doc) if doc is not None else None,
            "l": str(raw.get("l", "")),
            "r": str(raw.get("r", "")),
            "t": str(raw.get("t", "")),
            "c": _float_or_none(raw.get("c")),
            "s": _int_or_none(raw.get("s")),
            "e": _int_or_none(raw.get("e")),
        }

    def ev_sort_key(ev: dict[str, Any]) -> tuple:
        doc = docs[ev["d"]] if ev["d"] is not None else {}
        return (doc.get("date") or "9999", doc.get("path", ""), doc.get("iri", ""),
                ev["s"] if ev["s"] is not None else -1, ev["q"], ev["r"], ev["l"])

    has_evidence: dict[URIRef, set[URIRef]] = defaultdict(set)
    for s, o in ix.subject_objects(CR.hasEvidence):
        if isinstance(o, URIRef):
            has_evidence[s].add(o)
    derived: dict[URIRef, set[URIRef]] = defaultdict(set)
    for s, o in ix.subject_objects(PROV.wasDerivedFrom):
        if o in doc_index:
            derived[s].add(o)

    # statements: (s, rel, o) key -> evidence IRIs and derivation documents
    st_subj = dict(ix.subject_objects(RDF.subject))
    st_pred = dict(ix.subject_objects(RDF.predicate))
    st_obj = dict(ix.subject_objects(RDF.object))
    relation_iris = {CR[r]: r for r in RELATIONS}
    stmt_ev: dict[tuple, set[URIRef]] = defaultdict(set)
    stmt_docs: dict[tuple, set[URIRef]] = defaultdict(set)
    for st, p in st_pred.items():
        rel = relation_iris.get(p)
        s, o = st_subj.get(st), st_obj.get(st)
        if rel is None or s not in index or o not in index:
            continue
        a, b = index[s], index[o]
        key = (min(a, b), rel, max(a, b)) if rel in SYMMETRIC else (a, rel, b)
        stmt_ev[key].update(has_evidence.get(st, ()))
        stmt_docs[key].update(derived.get(st, ()))

    # --- edges
    edge_keys: set[tuple[int, str, int]] = set()
    for p_iri, rel in relation_iris.items():
        for s, o in ix.subject_objects(p_iri):
            if s in index and o in index and s != o:
                a, b = index[s], index[o]
                edge_keys.add((min(a, b), rel, max(a, b)) if rel in SYMMETRIC else (a, rel, b))
    meeting_links: set[tuple[int, str, int]] = set()
    for rel in MEETING_LINKS:
        for s, o in ix.subject_objects(CR[rel]):
            if s in index and o in index and s != o and node_type[s] == MEETING:
                meeting_links.add((index[s], rel, index[o]))

    # meeting facts
    meeting_date: dict[int, str] = {}
    for s, o in ix.subject_objects(CR.date):
        if s in index and node_type[s] == MEETING:
            d = _date(o)
            if d and (index[s] not in meeting_date or d < meeting_date[index[s]]):
                meeting_date[index[s]] = d

    def dates_of(doc_idxs: Iterable[int]) -> list[str]:
        return sorted({docs[i]["date"] for i in doc_idxs if docs[i]["date"]})

    edges: list[dict[str, Any]] = []
    order = {r: i for i, r in enumerate(RELATIONS + MEETING_LINKS)}
    for a, rel, b in sorted(edge_keys | meeting_links, key=lambda k: (k[0], order[k[1]], k[2])):
        if rel in MEETING_LINKS:
            evs = [evidence(e) for e in has_evidence.get(URIRef(nodes[a].iri), ())]
            dates = [meeting_date[a]] if a in meeting_date else []
        else:
            evs = [evidence(e) for e in stmt_ev.get((a, rel, b), ())]
            doc_idxs = {ev["d"] for ev in evs if ev["d"] is not None}
            doc_idxs |= {doc_index[d] for d in stmt_docs.get((a, rel, b), ())}
            dates = dates_of(doc_idxs)
        evs.sort(key=ev_sort_key)
        edges.append({
            "id": len(edges), "from": a, "to": b, "rel": rel,
            "sym": rel in SYMMETRIC, "dates": dates, "ev": evs,
        })

    # --- node details: facts, documents, meeting evidence
    node_out: list[dict[str, Any]] = []
    for i, node in enumerate(nodes):
        iri = URIRef(node.iri)
        facts: list[list[Any]] = []
        for p, o in ix.predicate_objects(iri):
            if p in _SKIP_FACTS or p in relation_iris:
                continue
            if node.type == MEETING and p in (CR.participant, CR.location):
                ref = index.get(o)
                facts.append([_local(str(p)), _local(str(o)) if ref is None else "", ref])
                continue
            if isinstance(o, Literal):
                text = str(o) + (f" @{o.language}" if o.language else "")
                facts.append([_local(str(p)), text, None])
            elif o in index:
                facts.append([_local(str(p)), "", index[o]])
            elif o in doc_index:
                doc = docs[doc_index[o]]
                facts.append([_local(str(p)), doc["title"] or doc["path"] or doc["iri"], None])
            else:
                facts.append([_local(str(p)), _local(str(o)), None])
        facts.sort(key=lambda f: (f[0], f[1], -1 if f[2] is None else f[2]))
        mentioned = {doc_index[d] for d in ix.objects(iri, CR.mentionedIn) if d in doc_index}
        mentioned |= {doc_index[d] for d in ix.objects(iri, CR.reportedIn) if d in doc_index}
        entry: dict[str, Any] = {
            "id": i, "iri": node.iri, "type": node.type, "labels": node.labels,
            "alt": node.alt, "qid": node.qid, "facts": facts,
            "docs": sorted(mentioned, key=lambda d: (docs[d]["date"] or "9999", d)),
        }
        if node.type == MEETING:
            evs = [evidence(e) for e in has_evidence.get(iri, ())]
            evs.sort(key=ev_sort_key)
            entry["ev"] = evs
            entry["date"] = meeting_date.get(i)
        node_out.append(entry)

    all_dates = sorted({d["date"] for d in docs if d["date"]} | set(meeting_date.values()))
    rel_counts: dict[str, int] = defaultdict(int)
    for e in edges:
        rel_counts[e["rel"]] += 1
    type_counts: dict[str, int] = defaultdict(int)
    for n in node_out:
        type_counts[n["type"]] += 1
    return {
        "languages": list(LANGUAGES),
        "classes": [
            {"name": c, "colour": CLASS_COLOURS[c], "count": type_counts.get(c, 0)}
            for c in NODE_CLASSES
        ],
        "relations": [
            {"name": r, "colour": RELATION_COLOURS[r], "symmetric": r in SYMMETRIC,
             "count": rel_counts.get(r, 0)}
            for r in RELATIONS + MEETING_LINKS
        ],
        "dates": all_dates,
        "docs": docs,
        "nodes": node_out,
        "edges": edges,
    }


# ---------------------------------------------------------------------------- layout

def _fruchterman_reingold(n: int, src: np.ndarray, dst: np.ndarray, seed: int) -> np.ndarray:
    """Vectorised Fruchterman–Reingold with a gravity term.

    Repulsion is exact for small graphs and estimated from a seeded random sample of nodes
    for big ones (O(n·m) per iteration instead of O(n²)), so 20,000 nodes lay out in seconds.
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) * 2.0 - 1.0
    k = 1.0 / math.sqrt(n)
    exact = n <= 1200
    sample = n if exact else 300
    iterations = 200 if n <= 1200 else 80
    temp = 0.1
    cool = temp / (iterations + 1)
    chunk = max(1, 2_000_000 // max(sample, 1))
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        idx = np.arange(n) if exact else rng.choice(n, size=sample, replace=False)
        scale = 1.0 if exact else n / sample
        p32 = pos.astype(np.float32)      # float32 halves the memory traffic of the n×sample blocks
        ox, oy = p32[idx, 0], p32[idx, 1]
        for start in range(0, n, chunk):
            bx, by = p32[start:start + chunk, 0], p32[start:start + chunk, 1]
            dx = bx[:, None] - ox[None, :]
            dy = by[:, None] - oy[None, :]
            f = dx * dx
            f += dy * dy
            np.maximum(f, 1e-6, out=f)
            np.divide(np.float32(k * k * scale), f, out=f)
            disp[start:start + chunk, 0] += (dx * f).sum(axis=1)
            disp[start:start + chunk, 1] += (dy * f).sum(axis=1)
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt(np.einsum("ij,ij->i", delta, delta))
            force = delta * (dist / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] -= np.bincount(src, weights=force[:, axis], minlength=n)
                disp[:, axis] += np.bincount(dst, weights=force[:, axis], minlength=n)
        disp -= pos * (2.0 * k * math.sqrt(n) * 0.05)   # gravity keeps components together
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp))
        np.maximum(length, 1e-9, out=length)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    return pos


def _layout(n: int, pairs: list[tuple[int, int]], seed: int = 7) -> list[tuple[int, int]]:
    """Positions (in vis canvas pixels, integers) for nodes 0..n-1."""
    if n == 0:
        return []
    if n == 1:
        return [(0, 0)]
    if n <= 150:
        return _small_layout(n, pairs)
    else:
        arr = np.array(sorted(set(pairs)), dtype=np.int64).reshape(-1, 2)
        pos = _fruchterman_reingold(n, arr[:, 0], arr[:, 1], seed)
    pos = pos - pos.mean(axis=0)
    radius = float(np.percentile(np.sqrt((pos ** 2).sum(axis=1)), 95)) or 1.0
    target = 220.0 + 55.0 * math.sqrt(n)   # px: ~ constant node density on screen
    pos = pos * (target / radius)
    return [(int(round(x)), int(round(y))) for x, y in pos]


def _small_layout(n: int, pairs: list[tuple[int, int]], unit: float = 85.0) -> list[tuple[int, int]]:
    """Readable layout for small graphs: each connected component laid out by a seeded spring
    layout in a box that grows with its size, side by side; entities without relations on a grid below."""
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(pairs)
    comps = sorted((sorted(c) for c in nx.connected_components(g) if len(c) > 1), key=lambda c: (-len(c), c[0]))
    isolated = sorted(i for i in range(n) if g.degree(i) == 0)
    pos = np.zeros((n, 2))
    x = 0.0
    for comp in comps:
        side = unit * math.sqrt(len(comp)) * 1.3
        lay = nx.spring_layout(g.subgraph(comp), seed=7, iterations=300, k=1.5 / math.sqrt(len(comp)))
        arr = np.array([lay[i] for i in comp])
        arr -= arr.min(axis=0)
        arr *= side / max(float(arr.max()), 1e-9)
        pos[comp] = arr + [x, 0.0]
        x += side + unit
    cell = unit * 2.6           # isolated entities: a grid wide enough for their labels
    width = max(x - unit, cell * 3)
    cols = max(3, int(width // cell) + 1)
    top = (max((pos[c][:, 1].max() for c in comps), default=0.0) + unit) if comps else 0.0
    for k, i in enumerate(isolated):
        pos[i] = [(k % cols) * cell, top + (k // cols) * unit * 0.5]
    pos -= pos.mean(axis=0)
    return [(int(round(a)), int(round(b))) for a, b in pos]


# ---------------------------------------------------------------------------- pyvis / page

def _curves(data: dict[str, Any]) -> list[list[Any]]:
    """Parallel edges between one pair are curved apart: [[edge id, clockwise 0/1, roundness]]."""
    by_pair: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for e in data["edges"]:
        by_pair[(min(e["from"], e["to"]), max(e["from"], e["to"]))].append(e)
    out: list[list[Any]] = []
    for (lo, _hi), group in by_pair.items():
        k = len(group)
        if k < 2:
            continue
        for i, e in enumerate(group):
            offset = i - (k - 1) / 2
            if offset == 0:
                continue
            clockwise = (offset > 0) != (e["from"] != lo)
            out.append([e["id"], 1 if clockwise else 0, round(min(0.9, 0.25 * abs(offset)), 3)])
    out.sort()
    return out


def _vis_options(n_edges: int) -> dict[str, Any]:
    """vis-network options (with one group per node class), generated with pyvis.

    Per-item data stays minimal (id, label, position, size, group for nodes; id, ends, colour,
    width for edges) and is built in the page from the compact columns; every shared style
    lives here, once, so vis does not merge per-item style objects.
    """
    net = Network(directed=False, cdn_resources="in_line")
    big = n_edges > _BIG_GRAPH_EDGES
    net.options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {
            "hover": False, "tooltipDelay": 200, "navigationButtons": False,
            "keyboard": False, "multiselect": True,
            "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
        },
        "nodes": {
            "shape": "dot", "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, sans-serif",
                     "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "groups": {
            c: {"shape": "diamond" if c == MEETING else "dot", "color": CLASS_COLOURS[c]}
            for c in NODE_CLASSES
        },
        "edges": {
            "smooth": False,
            "arrowStrikethrough": False,
            "selectionWidth": 2,
            "arrows": {"to": {"enabled": False, "scaleFactor": 0.6}},
            "font": {"size": 10, "face": "system-ui, sans-serif", "align": "middle",
                     "strokeWidth": 3, "strokeColor": "#ffffff", "color": "#555555"},
        },
    }
    _nodes, _edges, _heading, _height, _width, options_json = net.get_network_data()
    return json.loads(options_json)


def _page_data(data: dict[str, Any], positions: list[tuple[int, int]], title: str
               ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split the explorer data into the compact block the page needs to draw (parsed at once)
    and the details block (facts, documents, evidence quotes) parsed on the first click."""
    class_code = {c: i for i, c in enumerate(NODE_CLASSES)}
    rel_code = {r: i for i, r in enumerate(RELATIONS + MEETING_LINKS)}
    date_code = {d: i for i, d in enumerate(data["dates"])}
    nodes = data["nodes"]
    edges = data["edges"]
    main = {
        "title": title,
        "languages": data["languages"],
        "classes": data["classes"],
        "relations": data["relations"],
        "dates": data["dates"],
        # nodes: [iri, class code, labels, other names, QID, meeting date]
        "nodes": [[n["iri"], class_code[n["type"]], n["labels"], n["alt"], n["qid"], n.get("date")]
                  for n in nodes],
        "x": [p[0] for p in positions],
        "y": [p[1] for p in positions],
        # edges, by column: from, to, relation code, evidence count, date codes
        "edges": {
            "f": [e["from"] for e in edges],
            "t": [e["to"] for e in edges],
            "r": [rel_code[e["rel"]] for e in edges],
            "n": [len(e["ev"]) for e in edges],
            "d": [[date_code[d] for d in e["dates"]] for e in edges],
        },
        "curves": _curves(data),
        "edgeLabels": len(edges) <= _EDGE_LABEL_MAX,
        "detailOnZoom": len(nodes) > _DETAIL_ON_ZOOM_NODES,
        "vis": {"options": _vis_options(len(edges))},
    }

    def ev_row(ev: dict[str, Any]) -> list[Any]:
        return [ev["q"], ev["d"], ev["l"], ev["r"], ev["t"], ev["c"], ev["s"], ev["e"]]

    details = {
        "docs": data["docs"],
        # nodes: [facts, document indexes, evidence rows or null]
        "nodes": [[n["facts"], n["docs"], [ev_row(ev) for ev in n["ev"]] if "ev" in n else None]
                  for n in nodes],
        "edges": [[ev_row(ev) for ev in e["ev"]] for e in edges],
    }
    return main, details


def _script_json(value: Any) -> str:
    """JSON safe to place inside <script type="application/json">."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _asset(name: str) -> str:
    text = resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")
    if name.endswith((".js", ".css")) and re.search(r"</(script|style)|<!--", text, re.I):
        raise ValueError(f"asset {name} cannot be inlined safely")
    return text


def render_html(graph: Graph, *, title: str = "China–Russia relations") -> str:
    """Return the explorer page for ``graph`` as a string (see :func:`write_html`)."""
    data = build_explorer_data(graph)
    pairs = [(e["from"], e["to"]) for e in data["edges"]]
    positions = _layout(len(data["nodes"]), pairs)
    main, details = _page_data(data, positions, title)
    parts = {
        "TITLE": html.escape(title, quote=True),
        "VIS_CSS": _asset("vis-network.css"),
        "EXPLORER_CSS": _asset("explorer.css"),
        "VIS_JS": _asset("vis-network.min.js"),
        "EXPLORER_JS": _asset("explorer.js"),
        "DATA": _script_json(main),
        "DETAILS": _script_json(details),
    }
    template = _asset("explorer.html")
    # one pass over the template: inserted text is never scanned for markers again
    return _TEMPLATE_MARK.sub(lambda m: parts[m.group(1)], template)


def write_html(graph: Graph, path: Path, *, title: str = "China–Russia relations") -> None:
    """Write the interactive explorer for ``graph`` to ``path`` (atomically).

    The file is self-contained (no network request on load, works from file://) and
    deterministic (the same graph gives byte-identical output).

    Example::

        >>> from rdflib import Graph
        >>> write_html(Graph().parse("out/graph.ttl"), Path("out/graph.html"))
    """
    path = Path(path)
    page = render_html(graph, title=title)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
