"""Benchmark: rdflib-only versus the project's path (pyoxigraph) on a synthetic graph shaped like
real output (entities with labels in five languages, statements with evidence nodes, meetings,
documents), and an incremental add of one document to a 10,000-document store versus a rebuild.

Not a timed test: a script that prints one table.

    python benchmarks/bench_store.py                 # ~1,000,000 triples, 10,000 documents
    python benchmarks/bench_store.py --docs 1000     # quick look

rdflib queries that exceed --timeout seconds are stopped (in a forked child) and shown as "> N s".
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import json
import multiprocessing as mp
import pickle
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg._http import values_clause  # noqa: E402
from kg.query import named_queries  # noqa: E402
from kg.rdf.namespaces import PREFIXES  # noqa: E402
from kg.store import GRAPH_NS, GraphStore, _meeting_signature  # noqa: E402

CR = "https://w3id.org/cr-kg/ontology#"
ID = "https://w3id.org/cr-kg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
LANGS = ("en", "zh-Hans", "zh-Hant", "vi", "ru")
TYPES = ("Person", "Country", "Organization", "Place", "Event", "Agreement", "Initiative")
RELATIONS = ("meets", "leaderOf", "supports", "opposes", "cooperatesWith", "memberOf", "chairs", "attends",
             "hosts", "signs", "visits", "locatedIn", "alignsWith")
MODES = ("InPerson", "VideoConference", "PhoneCall")


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _lit(text: str, lang: str | None = None, dt: str | None = None) -> str:
    s = json.dumps(text, ensure_ascii=False)
    return s + (f"@{lang}" if lang else f"^^<{dt}>" if dt else "")


def entity_triples(i: int) -> list[str]:
    e = f"<{ID}entity/e{i}>"
    t = TYPES[i % len(TYPES)]
    out = [f"{e} <{RDF}type> <{CR}{t}> ."]
    names = {"en": f"Entity {i}", "zh-Hans": f"实体{i}", "zh-Hant": f"實體{i}", "vi": f"Thực thể {i}",
             "ru": f"Сущность {i}"}
    out += [f"{e} <{RDFS}label> {_lit(names[lang], lang)} ." for lang in LANGS]
    out.append(f"{e} <{SKOS}altLabel> {_lit(f'E{i}', 'en')} .")
    if i % 3 == 0:
        out.append(f"{e} <{OWL}sameAs> <http://www.wikidata.org/entity/Q{100000 + i}> .")
    return out


def document_triples(d: int, n_entities: int, rng: random.Random) -> list[str]:
    """One document's graph, shaped like kg.rdf.mapping.document_graph's output."""
    doc_id = _h("doc", d)
    doc = f"<{ID}doc/{doc_id}>"
    out = [f"{doc} <{RDF}type> <{CR}Document> .", f"{doc} <{CR}contentHash> {_lit('sha256:' + doc_id * 4)} .",
           f"{doc} <{CR}sourcePath> {_lit(f'corpus/{d:05d}.txt')} .",
           f"{doc} <{DCT}title> {_lit(f'Article {d} on China–Russia relations')} .",
           f"{doc} <{DCT}issued> {_lit(f'20{10 + d % 15}-{1 + d % 12:02d}-{1 + d % 28:02d}', dt=XSD + 'date')} .",
           f"{doc} <{DCT}language> {_lit(LANGS[d % 5])} ."]
    ents = rng.sample(range(n_entities), 8)
    for i in ents:
        out += entity_triples(i)
        out.append(f"<{ID}entity/e{i}> <{CR}mentionedIn> {doc} .")
    lang = LANGS[d % 5]

    def evidence(owner: str, k: int, rule: str) -> str:
        ev = f"<{ID}evidence/{_h(doc_id, k, rule, owner)}>"
        start = 100 * k + d % 97
        out.extend([f"{ev} <{RDF}type> <{CR}Evidence> .",
                    f"{ev} <{CR}quote> {_lit(f'Sentence {k} of article {d}: the two sides agreed to deepen cooperation.')} .",
                    f"{ev} <{CR}sourceDocument> {doc} .",
                    f"{ev} <{CR}startOffset> {_lit(str(start), dt=XSD + 'integer')} .",
                    f"{ev} <{CR}endOffset> {_lit(str(start + 80), dt=XSD + 'integer')} .",
                    f"{ev} <{CR}language> {_lit(lang)} .", f"{ev} <{CR}rule> {_lit(rule)} .",
                    f"{ev} <{CR}trigger> {_lit('agreed')} .",
                    f"{ev} <{CR}confidence> {_lit('0.8', dt=XSD + 'decimal')} .",
                    f"{ev} <{PROV}wasDerivedFrom> {doc} ."])
        return ev

    for k in range(5):
        s, o = rng.sample(ents, 2)
        p = RELATIONS[(d + k) % len(RELATIONS)]
        subj, obj = f"<{ID}entity/e{s}>", f"<{ID}entity/e{o}>"
        out.append(f"{subj} <{CR}{p}> {obj} .")
        st = f"<{ID}statement/{_h(s, p, o)}>"
        out += [f"{st} <{RDF}type> <{CR}Statement> .", f"{st} <{RDF}subject> {subj} .",
                f"{st} <{RDF}predicate> <{CR}{p}> .", f"{st} <{RDF}object> {obj} .",
                f"{st} <{PROV}wasDerivedFrom> {doc} ."]
        out.append(f"{st} <{CR}hasEvidence> {evidence(st, k, f'{lang}.{p}.rule')} .")
    a, b = sorted(rng.sample(ents[:4], 2))
    day = f"20{10 + d % 15}-{1 + d % 12:02d}-{1 + (d // 12) % 28:02d}"
    m = f"<{ID}meeting/{day}/{_h(a, b, day)}>"
    out += [f"{m} <{RDF}type> <{CR}Meeting> .", f"{m} <{RDFS}label> {_lit(f'Meeting of Entity {a} and Entity {b}, {day}', 'en')} .",
            f"{m} <{CR}participant> <{ID}entity/e{a}> .", f"{m} <{CR}participant> <{ID}entity/e{b}> .",
            f"{m} <{CR}date> {_lit(day, dt=XSD + 'date')} .", f"{m} <{CR}location> <{ID}entity/e{ents[5]}> .",
            f"{m} <{CR}mode> <{CR}{MODES[d % 3]}> .", f"{m} <{CR}reportedIn> {doc} ."]
    out.append(f"{m} <{CR}hasEvidence> {evidence(m, 9, f'{lang}.meeting')} .")
    return out


def timed(fn):
    t = time.perf_counter()
    value = fn()
    return time.perf_counter() - t, value


def _child(conn, graph, text, bindings):
    t = time.perf_counter()
    n = len(list(graph.query(text, initBindings=bindings)))
    conn.send((time.perf_counter() - t, n))


def rdflib_query_with_timeout(graph: rdflib.Graph, text: str, bindings: dict, timeout: float):
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_child, args=(child, graph, text, bindings))
    proc.start()
    if parent.poll(timeout):
        secs, n = parent.recv()
        proc.join()
        return secs, n
    proc.kill()
    proc.join()
    return None, None


def _timed_child(conn, fn):
    t = time.perf_counter()
    fn()
    conn.send(time.perf_counter() - t)


def _run_with_timeout(fn, timeout: float) -> float | None:
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_timed_child, args=(child, fn))
    proc.start()
    if parent.poll(timeout):
        secs = parent.recv()
        proc.join()
        return secs
    proc.kill()
    proc.join()
    return None


def fmt(secs: float | None, cap: float | None = None) -> str:
    return f"> {cap:.0f} s" if secs is None else f"{secs:8.2f} s"


def ratio(slow: float | None, fast: float, cap: float) -> str:
    return f"> {cap / fast:,.0f}x" if slow is None else f"{slow / fast:,.1f}x"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000, help="synthetic documents (default 10000 ≈ 1M triples)")
    ap.add_argument("--timeout", type=float, default=60.0, help="cap per rdflib query, seconds")
    ap.add_argument("--part", choices=["all", "graph", "incremental"], default="all",
                    help="run only the 1M-triple comparison or only the incremental one")
    args = ap.parse_args()
    rng = random.Random(7)
    n_entities = max(200, args.docs // 5)
    per_doc = [document_triples(d, n_entities, rng) for d in range(args.docs)]
    union = sorted(set(line for lines in per_doc for line in lines))
    nt = ("\n".join(union) + "\n").encode()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    ttl_path = work / "graph.ttl"
    mem = ox.Store()
    mem.bulk_load(nt, format=ox.RdfFormat.N_TRIPLES)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    ttl_path.write_bytes(mem.dump(format=ox.RdfFormat.TURTLE, prefixes=prefixes, from_graph=ox.DefaultGraph()))
    del mem
    rows: list[tuple[str, str, str, str]] = []
    print(f"synthetic graph: {len(union):,} triples, {args.docs:,} documents, {n_entities:,} entities; "
          f"Turtle {ttl_path.stat().st_size / 1e6:.0f} MB", flush=True)

    if args.part != "incremental":
        _graph_part(args, ttl_path, prefixes, rows)
    if args.part != "graph":
        _incremental_part(args, per_doc, nt, work, prefixes, rows)
    shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"{'operation':<78} {'rdflib-only':>12} {'project':>12} {'ratio':>9}")
    print("-" * 114)
    for name, a, b, r in rows:
        print(f"{name:<78} {a:>12} {b:>12} {r:>9}")
    print("\n(ratio = rdflib time / project time)")


def _graph_part(args, ttl_path, prefixes, rows) -> None:
    # ---- load
    t_rl, rg = timed(lambda: rdflib.Graph().parse(ttl_path, format="turtle"))
    store = ox.Store()
    t_ox, _ = timed(lambda: store.bulk_load(path=str(ttl_path), format=ox.RdfFormat.TURTLE))
    rows.append(("load Turtle", fmt(t_rl), fmt(t_ox), ratio(t_rl, t_ox, 0)))
    print(rows[-1], flush=True)

    # ---- Turtle export (project: sorted, deterministic, as GraphStore.turtle / kg build)
    for k, v in PREFIXES.items():
        rg.bind(k, v, override=True, replace=True)
    t_rl, _ = timed(lambda: rg.serialize(format="turtle"))

    def ox_export() -> bytes:
        triples = sorted((q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                         key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    t_ox, _ = timed(ox_export)
    t_dump, _ = timed(lambda: store.dump(format=ox.RdfFormat.TURTLE, prefixes=prefixes, from_graph=ox.DefaultGraph()))
    rows.append(("Turtle export (sorted, as kg writes it)", fmt(t_rl), fmt(t_ox), ratio(t_rl, t_ox, 0)))
    rows.append(("Turtle export (store.dump, unsorted)", fmt(t_rl), fmt(t_dump), ratio(t_rl, t_dump, 0)))
    print(rows[-2], rows[-1], flush=True)

    # ---- bundled queries
    source = "corpus/00042.txt"
    for name, text in named_queries().items():
        params = {"source": source} if name == "document-facts" else {}
        t_rl, n_rl = rdflib_query_with_timeout(rg, text, {k: rdflib.Literal(v) for k, v in params.items()}, args.timeout)
        t_ox, res = timed(lambda: list(store.query(text + values_clause(params))))
        note = "" if n_rl is None or n_rl == len(res) else f" (rows differ: {n_rl} vs {len(res)})"
        rows.append((f"query {name} ({len(res):,} rows){note}", fmt(t_rl, args.timeout), fmt(t_ox),
                     ratio(t_rl, t_ox, args.timeout)))
        print(rows[-1], flush=True)
    del rg
    gc.collect()


def _incremental_part(args, per_doc, nt, work, prefixes, rows) -> None:
    import kg.store

    # the store re-extracts everything when the reference data changes; the synthetic documents
    # have no stored extraction, so pin the fingerprint (other people may edit the data meanwhile)
    kg.store.data_fingerprint = lambda: "benchmark"
    # ---- incremental add of one document to a store of N documents, versus a full rebuild
    path = work / "store"
    gs = GraphStore.open(path)
    gs._manifest["fingerprint"] = "benchmark"
    db = gs.store
    quads = []
    docs_manifest = {}
    index = {}
    empty_sig = _meeting_signature([])
    for d, lines in enumerate(per_doc):
        doc_id = _h("doc", d)
        g = f"<{GRAPH_NS}{doc_id}>"
        quads.append("\n".join(line[:-1] + g + " ." for line in lines))
        docs_manifest[doc_id] = {"source": f"corpus/{d:05d}.txt", "key": f"corpus/{d:05d}.txt",
                                 "content_hash": "sha256:" + doc_id * 4, "meetings": empty_sig,
                                 "graph_hash": hashlib.sha256("\n".join(lines).encode()).hexdigest()}
        index[doc_id] = ([], frozenset())
    t_fill, _ = timed(lambda: (db.bulk_load(("\n".join(quads) + "\n").encode(), format=ox.RdfFormat.N_QUADS),
                               db.bulk_load(nt, format=ox.RdfFormat.N_TRIPLES)))
    gs._manifest["documents"] = docs_manifest
    gs._write_manifest()
    (path / "meetings.pickle").write_bytes(pickle.dumps(index))
    sample = sorted((ROOT / "kg" / "data" / "samples").glob("*.txt"))
    gs.add([sample[0]])            # warm the extractor (gazetteer, catalogue) so the add is measured alone
    t_add, report = timed(lambda: gs.add([sample[3]]))
    assert len(report.added) == 1, report.summary()
    t_x = report_extract = None
    from kg.ingest import read_inputs
    from kg.pipeline import extract_articles
    art = read_inputs([sample[3]]).articles
    t_x, _ = timed(lambda: extract_articles(art))
    report_extract = t_x
    gs.close()

    def rdflib_rebuild() -> bytes:
        g = rdflib.Graph()
        for lines in per_doc:
            g.parse(data="\n".join(lines), format="nt")
        for k, v in PREFIXES.items():
            g.bind(k, v, override=True, replace=True)
        return g.serialize(format="turtle", encoding="utf-8")
    t_rebuild_rl = _run_with_timeout(rdflib_rebuild, 3 * args.timeout)

    def ox_rebuild() -> None:
        s = ox.Store(str(work / "rebuild"))
        s.bulk_load(("\n".join(quads) + "\n").encode(), format=ox.RdfFormat.N_QUADS)
        s.bulk_load(nt, format=ox.RdfFormat.N_TRIPLES)
        triples = sorted((q.triple for q in s.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                         key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    t_rebuild_ox, _ = timed(ox_rebuild)
    n = args.docs
    rows.append((f"full rebuild of {n:,} docs: rdflib union + Turtle (no extraction)",
                 fmt(t_rebuild_rl, 3 * args.timeout), "", ""))
    rows.append((f"full rebuild of {n:,} docs: oxigraph store + Turtle (no extraction)", "", fmt(t_rebuild_ox), ""))
    rows.append((f"  + extracting {n:,} docs again (measured 1 doc x {n:,})", fmt(report_extract * n),
                 fmt(report_extract * n), ""))
    rows.append((f"incremental add of 1 doc to the {n:,}-doc store (kg.store, incl. extraction)", "",
                 fmt(t_add), ""))
    rows.append(("  add vs rdflib rebuild (no extraction)", "", "", ratio(t_rebuild_rl, t_add, 3 * args.timeout)))
    rows.append(("  add vs oxigraph rebuild (no extraction)", "", "", ratio(t_rebuild_ox, t_add, 0)))
    rows.append(("  add vs rebuild incl. re-extraction", "", "",
                 ratio(t_rebuild_ox + report_extract * n, t_add, 0)))
    rows.append((f"  (store filled with {n:,} named graphs + default union in {t_fill:.1f} s)", "", "", ""))

if __name__ == "__main__":
    main()
