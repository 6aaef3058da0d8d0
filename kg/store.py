"""A graph that grows: a persistent Oxigraph store of per-document named graphs.

    >>> from kg.store import GraphStore
    >>> with GraphStore.open("kg-store") as store:              # doctest: +SKIP
    ...     print(store.add(["articles/week-12/"]).summary())
    ...     store.query("meetings")                              # a pandas DataFrame
    ...     store.export("output/")                              # graph.ttl, graph.trig, graph.nq, ...

Layout of a store folder PATH:

    PATH/oxigraph/                  the RDF dataset (pyoxigraph / `oxigraph serve --location`)
    PATH/extractions/<doc_id>.pickle  each document's DocumentExtraction (written atomically)
    PATH/meetings.pickle            what the cross-document meeting merge reads, for every document
    PATH/manifest.json              bookkeeping: doc_id -> source, content hash, graph hashes
    PATH/DIRTY                      present only while a change is being applied

In the dataset, document D's triples are the named graph <https://w3id.org/cr-kg/id/graph/D>
(D = Article.doc_id, from the content hash), the ontology is <https://w3id.org/cr-kg/id/graph/ontology>.
The default graph is maintained as the set union of all those graphs (documents + ontology), so
plain SPARQL (ours, a colleague's, `kg serve`'s) sees one graph with the class hierarchy, and
GRAPH ?g finds which document states a triple. (Oxigraph's "union default graph" option is a
bag union: a triple stated by five documents would match five times and change the results of
non-DISTINCT queries, hence the maintained set union.) graph.ttl is the union of the document
graphs without the ontology, byte-identical to what `kg build` writes for the same files.

Incremental = full. Meetings merge across documents (kg.merge), so adding document B can
change the meeting node of document A. On every change the merge is recomputed over all
documents (from meetings.pickle, cheap), and the document graph of exactly those documents
whose merged meetings changed is regenerated; its named graph is rewritten only if its
canonical N-Triples hash differs. The union therefore equals `kg build` over the same files.
When the reference data (catalogue, language data) changes, every stored document is
re-extracted from its stored article on the next change.

Concurrency: one writer at a time (RocksDB locks the folder). Read-only opens
(`GraphStore.open(path, read_only=True)`, `kg query --store`, `kg export`, `kg serve`) may run
side by side, but not while a writer is running.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterable

import pandas as pd
import pyoxigraph as ox

from kg._http import EndpointError, graph_store_request, public_url, sparql_query, values_clause  # noqa: F401
from kg.errors import InputError, KGError, QueryError
from kg.rdf.namespaces import PREFIXES
from kg.catalogue import data_fingerprint as reference_fingerprint
from kg.query import to_frame
from kg.rdf.serialize import to_ntriples_sorted, to_turtle, write_atomic

__all__ = ["GraphStore", "ChangeReport", "AddReport", "StoreError", "EndpointError", "GRAPH_NS", "ONTOLOGY_GRAPH",
           "doc_graph_iri", "push", "query_endpoint", "oxigraph_executable", "serve_command"]

GRAPH_NS = "https://w3id.org/cr-kg/id/graph/"
ONTOLOGY_GRAPH = GRAPH_NS + "ontology"
FORMAT = 1


class StoreError(KGError):
    """A store folder cannot be opened (missing, in use by another process) or is inconsistent."""


def doc_graph_iri(doc_id: str) -> str:
    return GRAPH_NS + doc_id


@dataclass
class ChangeReport:
    """What an add/remove did. `rewritten`: documents whose named graph was (re)written, which
    includes documents not named in the call whose merged meetings changed."""

    added: list[str] = field(default_factory=list)                    # new doc ids
    replaced: list[tuple[str, str]] = field(default_factory=list)     # (old doc id, new doc id): same source, new content
    unchanged: list[str] = field(default_factory=list)                # re-added, identical content: nothing to do
    removed: list[str] = field(default_factory=list)
    rewritten: list[str] = field(default_factory=list)
    reextracted: int = 0                                              # stored documents re-extracted (reference data changed)
    errors: list[InputError] = field(default_factory=list)

    @property
    def noop(self) -> bool:
        """True when the store was not modified."""
        return not (self.added or self.replaced or self.removed or self.rewritten or self.reextracted)

    def summary(self) -> str:
        if self.noop and not self.errors:
            what = f"{len(self.unchanged)} unchanged" if self.unchanged else "nothing to do"
            return f"no change ({what})"
        parts = [f"added={len(self.added)}", f"replaced={len(self.replaced)}", f"removed={len(self.removed)}",
                 f"unchanged={len(self.unchanged)}", f"graphs rewritten={len(self.rewritten)}"]
        if self.reextracted:
            parts.append(f"re-extracted={self.reextracted}")
        if self.errors:
            parts.append(f"errors={len(self.errors)}")
        return " ".join(parts)


AddReport = ChangeReport


def data_fingerprint() -> str:
    """Hash of the data extraction depends on (catalogue, per-language data) and the version."""
    import kg

    return reference_fingerprint(f"cr-kg {kg.__version__} store-format {FORMAT}".encode())[:32]


def _dump_atomic(path: Path, obj: object) -> None:
    write_atomic(path, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def _source_key(source: str) -> str:
    """Identity of a source across runs: the real path when it is a file, else the string."""
    try:
        if os.path.exists(source):
            return os.path.realpath(source)
    except (OSError, ValueError):
        pass
    return source


def _meeting_signature(meetings: list) -> str:
    """Everything of the merged meetings that document_graph reads."""
    rows = [(m.key, sorted(m.participants), m.date.isoformat() if m.date else None, m.place, m.mode)
            for m in meetings]
    return hashlib.sha1(json.dumps(rows).encode("utf-8")).hexdigest()[:16]


class GraphStore:
    """A persistent store of per-document named graphs. Open with `GraphStore.open(path)`."""

    def __init__(self, path: Path, store: ox.Store, read_only: bool) -> None:
        self.path = path
        self._store: ox.Store | None = store
        self.read_only = read_only
        self._manifest = self._read_manifest()

    # ---------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, create: bool = True) -> "GraphStore":
        """Open (or create) the store in folder `path`. Read-only opens need an existing store."""
        path = Path(path)
        db = path / "oxigraph"
        if read_only or not create:
            if not (path / "manifest.json").is_file() or not db.is_dir():
                raise StoreError(f"{path}: not a kg store (run `kg build ... --store {path}` first)")
        try:
            if read_only:
                store = ox.Store.read_only(str(db))
            else:
                path.mkdir(parents=True, exist_ok=True)
                (path / "extractions").mkdir(exist_ok=True)
                store = ox.Store(str(db))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store ({exc}); is another process "
                             "(kg build, kg serve --writable) using it?") from None
        self = cls(path, store, read_only)
        if not read_only:
            if not store.contains_named_graph(ox.NamedNode(ONTOLOGY_GRAPH)):
                self._load_ontology()
            if not (path / "manifest.json").is_file():
                self._write_manifest()
            if (path / "DIRTY").exists():       # an earlier change was interrupted: resync everything
                self._apply(new={}, dropped=set(), report=ChangeReport(), force=True)
        return self

    def close(self) -> None:
        """Release the folder (other processes, e.g. `kg serve`, may then open it)."""
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None
            gc.collect()

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def store(self) -> ox.Store:
        """The underlying pyoxigraph Store."""
        if self._store is None:
            raise StoreError(f"{self.path}: store is closed")
        return self._store

    # ---------------------------------------------------------------- bookkeeping
    def _read_manifest(self) -> dict:
        f = self.path / "manifest.json"
        if f.is_file():
            data = json.loads(f.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise StoreError(f"{self.path}: store format {data.get('format')} (expected {FORMAT})")
            return data
        return {"format": FORMAT, "fingerprint": data_fingerprint(), "documents": {}}

    def _write_manifest(self) -> None:
        text = json.dumps(self._manifest, ensure_ascii=False, indent=1, sort_keys=True)
        write_atomic(self.path / "manifest.json", text.encode("utf-8"))

    def _load_index(self) -> dict[str, tuple[list, frozenset[str]]]:
        f = self.path / "meetings.pickle"
        return pickle.loads(f.read_bytes()) if f.is_file() else {}

    def _load_ontology(self) -> None:
        from kg.graph import ontology_text

        g = ox.NamedNode(ONTOLOGY_GRAPH)
        old = self._graph_triples(g)
        if self.store.contains_named_graph(g):
            self.store.remove_graph(g)
        self.store.load(ontology_text(), format=ox.RdfFormat.TURTLE, to_graph=g)
        self._update_default(old, self._graph_triples(g))

    def _graph_triples(self, g: ox.NamedNode) -> set[ox.Triple]:
        return {q.triple for q in self.store.quads_for_pattern(None, None, None, g)}

    def _update_default(self, old: set[ox.Triple], new: set[ox.Triple]) -> None:
        """After a named graph went from `old` to `new`: keep the default graph = set union."""
        default = ox.DefaultGraph()
        self.store.extend(ox.Quad(t.subject, t.predicate, t.object, default) for t in new - old)
        for t in old - new:
            if not any(not isinstance(q.graph_name, ox.DefaultGraph)
                       for q in self.store.quads_for_pattern(t.subject, t.predicate, t.object, None)):
                self.store.remove(ox.Quad(t.subject, t.predicate, t.object, default))

    def _rebuild_default(self) -> None:
        default = ox.DefaultGraph()
        self.store.clear_graph(default)
        for g in list(self.store.named_graphs()):
            self.store.extend(ox.Quad(t.subject, t.predicate, t.object, default) for t in self._graph_triples(g))

    def _extraction_path(self, doc_id: str) -> Path:
        return self.path / "extractions" / f"{doc_id}.pickle"

    def _load_extraction(self, doc_id: str):
        try:
            return pickle.loads(self._extraction_path(doc_id).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError) as exc:
            raise StoreError(f"{self.path}: extraction of document {doc_id} is unreadable ({exc})") from None

    # ---------------------------------------------------------------- reading
    @property
    def documents(self) -> dict[str, dict]:
        """doc_id -> {"source", "content_hash", "graph_hash", ...} of every stored document."""
        return dict(self._manifest["documents"])

    def __len__(self) -> int:
        return len(self._manifest["documents"])

    def document_graphs(self) -> list[str]:
        return [doc_graph_iri(d) for d in sorted(self._manifest["documents"])]

    def query(self, sparql: str, **params: str) -> pd.DataFrame:
        """SPARQL (inline, a .rq path or a bundled query name) over the default graph (the set
        union of documents and ontology; GRAPH ?g reaches each document's graph) -> DataFrame."""
        from kg.query import resolve_query

        for k in params:
            if not k.isidentifier():
                raise QueryError(f"bad parameter name {k!r}")
        # bound by a trailing VALUES clause of escaped RDF literals (pyoxigraph's substitutions
        # only bind projected variables)
        try:
            result = self.store.query(resolve_query(sparql) + values_clause(params))
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"SPARQL error: {exc}") from exc
        return to_frame(result)

    def union_triples(self) -> list[ox.Triple]:
        """The graph: the distinct triples of all document graphs (no ontology), sorted."""
        seen: set[ox.Triple] = set()
        for g in self.document_graphs():
            for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(g)):
                seen.add(q.triple)
        return sorted(seen, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))

    def turtle(self) -> bytes:
        """graph.ttl bytes: same bytes as `kg build` writes for the same documents."""
        return to_turtle(self._union_ntriples())

    def _union_ntriples(self) -> bytes:
        """The union of the document graphs as sorted N-Triples (what KnowledgeGraph reads)."""
        return to_ntriples_sorted(ox.serialize(self.union_triples(), format=ox.RdfFormat.N_TRIPLES))

    def named_graph(self, graph_iri: str, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes:
        return self.store.dump(format=fmt, from_graph=ox.NamedNode(graph_iri))

    def _dataset_quads(self) -> list[ox.Quad]:
        graphs = [ONTOLOGY_GRAPH] + self.document_graphs()
        quads = []
        for g in graphs:
            quads.extend(self.store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
        return sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))

    def knowledge_graph(self):
        """The store's graph (union of the documents) as a KnowledgeGraph."""
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph(self._union_ntriples())

    def summary(self) -> dict[str, int]:
        counts = self.knowledge_graph().counts()
        return {"documents": len(self), **counts}

    def export(self, out_dir: str | Path, *, html: bool = True) -> list[Path]:
        """Write graph.ttl (union, no ontology), graph.trig and graph.nq (named graphs, with the
        ontology graph), ontology.ttl, entities.csv, relations.csv and graph.html."""
        out = Path(out_dir)
        written = self.knowledge_graph().write(out, html=html)     # the same files `kg build` writes
        quads = self._dataset_quads()
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        write_atomic(out / "graph.trig", ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes))
        write_atomic(out / "graph.nq", ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
        return written + [out / "graph.trig", out / "graph.nq"]

    # ---------------------------------------------------------------- changing
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    def add(self, paths: Iterable[str | Path], *, progress: Callable[[object], None] | None = None) -> ChangeReport:
        """Add files/folders (none: the bundled samples, as `kg build`). Unchanged documents are no-ops; a file whose content changed
        (same source path, new content hash) replaces its old document; new ones are added."""
        from kg.pipeline import read_articles

        self._writable()
        articles, errors = read_articles(paths)
        return self.add_articles(articles, report=ChangeReport(errors=errors), progress=progress)

    def add_articles(self, articles: Iterable, *, report: ChangeReport | None = None,
                     progress: Callable[[object], None] | None = None) -> ChangeReport:
        """Add already-read `kg.ingest.Article`s (see `add`)."""
        from kg.pipeline import extract_articles

        self._writable()
        report = report or ChangeReport()
        docs = self._manifest["documents"]
        by_source = {v["key"]: d for d, v in docs.items()}
        todo, dropped = [], set()
        for a in articles:
            if a.doc_id in docs:
                report.unchanged.append(a.doc_id)
                if progress:
                    progress(a)
                continue
            old = by_source.get(_source_key(a.source))
            if old is not None and old not in dropped:
                dropped.add(old)
                report.replaced.append((old, a.doc_id))
            else:
                report.added.append(a.doc_id)
            todo.append(a)
        extractions, failed = extract_articles(todo, progress)
        report.errors.extend(failed)
        ok = {x.article.doc_id for x in extractions}
        report.added = [d for d in report.added if d in ok]
        report.replaced = [(o, n) for o, n in report.replaced if n in ok]
        dropped = {o for o, _ in report.replaced}
        if extractions or dropped or self._manifest["fingerprint"] != data_fingerprint():
            self._apply(new={x.article.doc_id: x for x in extractions}, dropped=dropped, report=report)
        return report

    def remove(self, docs: Iterable[str | Path]) -> ChangeReport:
        """Retract documents named by doc id, document IRI, source path, or a folder of sources.
        Facts other documents also support stay (with the evidence of those documents)."""
        self._writable()
        report = ChangeReport()
        stored = self._manifest["documents"]
        dropped: set[str] = set()
        for spec in map(str, docs):
            doc_id = spec.rsplit("/doc/", 1)[-1] if "/doc/" in spec else spec
            if doc_id in stored:
                dropped.add(doc_id)
                continue
            key = _source_key(spec)
            hits = {d for d, v in stored.items() if v["key"] == key or v["source"] == spec
                    or (os.path.isdir(spec) and v["key"].startswith(os.path.realpath(spec) + os.sep))}
            if not hits:
                report.errors.append(InputError(spec, "not in the store (neither a document id nor a stored source)"))
            dropped |= hits
        if dropped:
            self._apply(new={}, dropped=dropped, report=report)
        return report

    def _apply(self, new: dict, dropped: set[str], report: ChangeReport, force: bool = False) -> None:
        """Bring the dataset to: stored documents - dropped + new, meetings merged over all."""
        from kg.catalogue import load_catalogue
        from kg.merge import merge_meetings
        from kg.rdf.mapping import document_graph

        cat = load_catalogue()
        docs = self._manifest["documents"]
        index = self._load_index()
        dirty = self.path / "DIRTY"
        dirty.write_text("a change is being applied; the next writer open resyncs the store\n")

        fingerprint = data_fingerprint()
        if self._manifest["fingerprint"] != fingerprint:      # reference data changed: re-extract all
            from kg.pipeline import extract_articles

            keep = [d for d in docs if d not in dropped and d not in new]
            redo, failed = extract_articles([self._load_extraction(d).article for d in keep])
            report.errors.extend(failed)
            new = {**{x.article.doc_id: x for x in redo}, **new}
            report.reextracted = len(redo)
            force = True
            self._manifest["fingerprint"] = fingerprint

        for x in new.values():
            _dump_atomic(self._extraction_path(x.article.doc_id), x)
            index[x.article.doc_id] = (x.meetings, frozenset(x.entity_ids))
        for d in dropped:
            index.pop(d, None)
        _dump_atomic(self.path / "meetings.pickle", index)

        stubs = [SimpleNamespace(article=SimpleNamespace(doc_id=d), meetings=m, entity_ids=set(e))
                 for d, (m, e) in index.items()]
        placement = merge_meetings(stubs, cat)   # reads only .article.doc_id, .meetings, .entity_ids

        if force:   # resync: graphs and bookkeeping of documents no longer indexed go
            for g in list(self.store.named_graphs()):
                d = g.value[len(GRAPH_NS):] if g.value.startswith(GRAPH_NS) else None
                if d and g.value != ONTOLOGY_GRAPH and d not in index:
                    dropped.add(d)
            dropped |= {d for d in docs if d not in index}
        for d in sorted(dropped):
            g = ox.NamedNode(doc_graph_iri(d))
            if self.store.contains_named_graph(g):
                old = self._graph_triples(g)
                self.store.remove_graph(g)
                if not force:
                    self._update_default(old, set())
            docs.pop(d, None)
            self._extraction_path(d).unlink(missing_ok=True)
            report.removed.append(d)

        for d in sorted(index):
            meetings = [placement[(d, i)] for i in range(len(index[d][0]))]
            sig = _meeting_signature(meetings)
            entry = docs.get(d)
            if not force and d not in new and entry is not None and entry["meetings"] == sig:
                continue
            x = new.get(d) or self._load_extraction(d)
            nt = to_ntriples_sorted(document_graph(x, meetings, cat))
            ghash = hashlib.sha256(nt).hexdigest()
            g = ox.NamedNode(doc_graph_iri(d))
            if force or entry is None or entry["graph_hash"] != ghash or not self.store.contains_named_graph(g):
                old = self._graph_triples(g)
                if old:
                    self.store.remove_graph(g)
                self.store.load(nt, format=ox.RdfFormat.N_TRIPLES, to_graph=g)
                if not force:
                    self._update_default(old, self._graph_triples(g))
                report.rewritten.append(d)
            a = x.article
            docs[d] = {"source": a.source, "key": _source_key(a.source), "content_hash": a.content_hash,
                       "meetings": sig, "graph_hash": ghash}
        if force:
            if not self.store.contains_named_graph(ox.NamedNode(ONTOLOGY_GRAPH)):
                self._load_ontology()
            self._rebuild_default()
        self.store.flush()
        self._write_manifest()
        dirty.unlink(missing_ok=True)


# -------------------------------------------------------------------- HTTP: serve, push, remote query
def oxigraph_executable() -> str:
    """Path of the `oxigraph` server binary of the PyPI package `oxigraph`."""
    import shutil
    import sys

    candidates = [Path(sys.executable).parent / "oxigraph", Path(sys.executable).parent / "oxigraph.exe"]
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return str(c)
    found = shutil.which("oxigraph")
    if not found:
        raise StoreError("the `oxigraph` server is not installed (pip install oxigraph)")
    return found


def serve_command(path: str | Path, bind: str = "127.0.0.1:7878", *, writable: bool = False,
                  timeout_s: int | None = None) -> list[str]:
    """The oxigraph command line serving store `path` (its default graph: the union of all graphs)."""
    path = Path(path)
    if not (path / "manifest.json").is_file() or not (path / "oxigraph").is_dir():
        raise StoreError(f"{path}: not a kg store (run `kg build ... --store {path}` first)")
    cmd = [oxigraph_executable(), "serve" if writable else "serve-read-only", "--location", str(path / "oxigraph"),
           "--bind", bind]
    if timeout_s:
        cmd += ["--timeout-s", str(timeout_s)]
    return cmd


def query_endpoint(endpoint: str, sparql: str, **params: str) -> pd.DataFrame:
    """Run SPARQL (inline, .rq or a bundled query name) on a SPARQL 1.1 endpoint -> DataFrame."""
    from kg.query import resolve_query

    return sparql_query(endpoint, resolve_query(sparql), params or None)


def push(endpoint: str, *, store: GraphStore | None = None, turtle: bytes | None = None,
         graph: str | None = None, per_document: bool = False, replace: bool = True,
         progress: Callable[[str], None] | None = None) -> list[str]:
    """Publish to a SPARQL 1.1 Graph Store Protocol endpoint; returns the graphs written.

    One graph (default): the union as Turtle into `graph` (None: the default graph), from
    `store` or from `turtle` bytes. Per document (needs `store`): the store's layout — each
    document's named graph and the ontology graph as N-Triples, each into the graph of the same
    IRI, then the union of the documents as Turtle into the default graph.
    `replace`: HTTP PUT (replace the graph); else POST (add to it).
    """
    done = []
    if per_document:
        if store is None:
            raise StoreError("--per-document needs a store (--store PATH)")
        for g in [ONTOLOGY_GRAPH] + store.document_graphs():
            graph_store_request(endpoint, store.named_graph(g), "application/n-triples", graph=g, replace=replace)
            done.append(g)
            if progress:
                progress(g)
        # and, as in the store, the set union in the default graph: plain queries then work the
        # same everywhere (many servers' "union default graph" / FROM merges are bag unions)
        graph = None
    data = store.turtle() if store is not None else turtle
    if data is None:
        raise StoreError("nothing to push: give a store or Turtle")
    graph_store_request(endpoint, data, "text/turtle", graph=graph, replace=replace)
    done.append(graph or "default graph")
    if progress:
        progress(done[-1])
    return done
