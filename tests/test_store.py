"""The persistent store (kg.store): incremental = full, no-op re-adds, replacement, retraction."""
from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib import RDF, URIRef
from rdflib.compare import isomorphic

import kg
from kg.cli import main
from kg.rdf.namespaces import CR
from kg.store import GRAPH_NS, ONTOLOGY_GRAPH, GraphStore

SAMPLES = sorted(kg.sample_corpus().glob("*.txt"))


def _iris(g: rdflib.Graph) -> set[str]:
    return {str(t) for triple in g for t in triple if isinstance(t, URIRef)}


def _default_is_set_union(store: GraphStore) -> None:
    """The default graph is exactly the set union of the document graphs and the ontology graph."""
    import pyoxigraph as ox

    default = {q.triple for q in store.store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {q.triple for g in store.store.named_graphs() for q in store.store.quads_for_pattern(None, None, None, g)}
    assert default == named


def _exported(store: GraphStore, out: Path) -> rdflib.Graph:
    _default_is_set_union(store)
    store.export(out, html=False)
    return rdflib.Graph().parse(out / "graph.ttl", format="turtle")


def _same(a: rdflib.Graph, b: rdflib.Graph) -> None:
    assert len(a) == len(b)
    assert _iris(a) == _iris(b)
    assert isomorphic(a, b)


def _statement_docs(g: rdflib.Graph) -> dict[URIRef, set[URIRef]]:
    """statement -> the documents of its evidence."""
    out: dict[URIRef, set[URIRef]] = defaultdict(set)
    for st in g.subjects(RDF.type, CR.Statement):
        for ev in g.objects(st, CR.hasEvidence):
            out[st] |= set(g.objects(ev, CR.sourceDocument))
    return out


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> tuple[Path, rdflib.Graph]:
    """A store built from the five samples at once, and its exported graph."""
    base = tmp_path_factory.mktemp("full")
    with GraphStore.open(base / "store") as store:
        report = store.add(SAMPLES)
        assert sorted(report.added) == sorted(report.rewritten) and len(report.added) == 5
        graph = _exported(store, base / "out")
    return base / "store", graph


def test_samples_present():
    assert len(SAMPLES) == 5


def test_store_export_equals_plain_build(full, tmp_path):
    _, graph = full
    plain = kg.build(SAMPLES)
    plain.write(tmp_path, html=False)
    _same(graph, rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle"))


def test_incremental_equals_full(full, tmp_path):
    _, graph = full
    with GraphStore.open(tmp_path / "store") as store:
        for i, path in enumerate(SAMPLES):
            report = store.add([path])
            assert len(report.added) == 1 and not report.replaced and not report.removed
            assert report.added[0] in report.rewritten
            assert len(store) == i + 1
        _same(_exported(store, tmp_path / "out"), graph)
        assert store.summary()["documents"] == 5


def test_incremental_in_reverse_order(full, tmp_path):
    _, graph = full
    with GraphStore.open(tmp_path / "store") as store:
        for path in reversed(SAMPLES):
            store.add([path])
        _same(_exported(store, tmp_path / "out"), graph)


def test_named_graphs_and_ontology(full):
    path, graph = full
    with GraphStore.open(path, read_only=True) as store:
        names = {g.value for g in store.store.named_graphs()}
        assert ONTOLOGY_GRAPH in names
        assert names - {ONTOLOGY_GRAPH} == {GRAPH_NS + d for d in store.documents}
        assert len(store.documents) == 5
        # the ontology is queryable with the documents: class hierarchy through the union graph
        frame = store.query("PREFIX cr: <https://w3id.org/cr-kg/ontology#> "
                            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                            "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c . ?c rdfs:subClassOf cr:Entity }")
        assert int(frame.iloc[0, 0]) > 0
        # no duplicates: a triple several documents state is one triple of the default graph
        n = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").iloc[0, 0]
        assert n == len(set(store.union_triples()) | {q.triple for q in store.store.quads_for_pattern(
            None, None, None, __import__("pyoxigraph").NamedNode(ONTOLOGY_GRAPH))})


def test_readd_is_noop(full, tmp_path):
    src, graph = full
    copy = tmp_path / "store"
    shutil.copytree(src, copy)
    manifest = (copy / "manifest.json").read_bytes()
    with GraphStore.open(copy) as store:
        report = store.add(SAMPLES)
        assert report.noop
        assert report.rewritten == [] and report.added == [] and report.replaced == []
        assert len(report.unchanged) == 5
        assert report.summary() == "no change (5 unchanged)"
        _same(_exported(store, tmp_path / "out"), graph)
    assert (copy / "manifest.json").read_bytes() == manifest


def test_changed_file_replaces_its_document(tmp_path):
    doc = tmp_path / "article.txt"
    shutil.copy(SAMPLES[0], doc)
    with GraphStore.open(tmp_path / "store") as store:
        first = store.add([doc]).added[0]
        doc.write_text(doc.read_text(encoding="utf-8") + "\n\nEditor's note: corrected.\n", encoding="utf-8")
        report = store.add([doc])
        assert len(report.replaced) == 1 and report.replaced[0][0] == first
        second = report.replaced[0][1]
        assert second != first and list(store.documents) == [second]
        g = _exported(store, tmp_path / "out")
    assert (URIRef(f"https://w3id.org/cr-kg/id/doc/{second}"), RDF.type, CR.Document) in g
    assert not any(URIRef(f"https://w3id.org/cr-kg/id/doc/{first}") in t for t in g)
    expected = kg.build([doc])
    expected.write(tmp_path / "plain", html=False)
    _same(g, rdflib.Graph().parse(tmp_path / "plain" / "graph.ttl", format="turtle"))


@pytest.mark.parametrize("removed", [0, 3])
def test_remove_retracts_only_what_it_alone_supported(full, tmp_path, removed):
    src, graph = full
    copy = tmp_path / "store"
    shutil.copytree(src, copy)
    gone = SAMPLES[removed]
    with GraphStore.open(copy) as store:
        doc_id = next(d for d, v in store.documents.items() if Path(v["source"]).name == gone.name)
        report = store.remove([str(gone)])
        assert report.removed == [doc_id] and not report.errors
        after = _exported(store, tmp_path / "out")
    doc = URIRef(f"https://w3id.org/cr-kg/id/doc/{doc_id}")
    before_docs, after_docs = _statement_docs(graph), _statement_docs(after)
    for st, docs in before_docs.items():
        if docs == {doc}:
            assert st not in after_docs, "a statement only the removed document supported survived"
        else:
            assert after_docs[st] == docs - {doc}, "a shared statement lost or kept the wrong evidence"
    assert not any(doc in t for t in after)
    with GraphStore.open(tmp_path / "fresh") as fresh:
        fresh.add([p for p in SAMPLES if p != gone])
        _same(after, _exported(fresh, tmp_path / "fresh-out"))


def test_remove_by_id_and_readd_restores(full, tmp_path):
    src, graph = full
    copy = tmp_path / "store"
    shutil.copytree(src, copy)
    with GraphStore.open(copy) as store:
        doc_id = sorted(store.documents)[0]
        source = store.documents[doc_id]["source"]
        report = store.remove([doc_id, "no-such-doc.txt"])
        assert report.removed == [doc_id]
        assert [e.path for e in report.errors] == ["no-such-doc.txt"]
        assert store.add([source]).added == [doc_id]
        _same(_exported(store, tmp_path / "out"), graph)


def test_interrupted_change_is_resynced(full, tmp_path):
    src, graph = full
    copy = tmp_path / "store"
    shutil.copytree(src, copy)
    with GraphStore.open(copy) as store:     # simulate a crash between graph writes: damage a graph
        store.store.remove_graph(next(iter(g for g in store.store.named_graphs() if g.value != ONTOLOGY_GRAPH)))
    (copy / "DIRTY").write_text("interrupted")
    with GraphStore.open(copy) as store:
        assert not (copy / "DIRTY").exists()
        _same(_exported(store, tmp_path / "out"), graph)


def test_read_only_store_refuses_writes(full):
    path, _ = full
    with GraphStore.open(path, read_only=True) as store:
        with pytest.raises(kg.KGError):
            store.add(SAMPLES[:1])


def test_cli_build_store_export_remove(tmp_path):
    runner = CliRunner()
    store, out = tmp_path / "store", tmp_path / "out"
    res = runner.invoke(main, ["build", *map(str, SAMPLES[:2]), "--store", str(store), "--out", str(out), "--no-html"])
    assert res.exit_code == 0, res.output
    assert "added=2" in res.output
    res = runner.invoke(main, ["build", *map(str, SAMPLES[:2]), "--store", str(store), "--out", str(out), "--no-html"])
    assert res.exit_code == 0 and "no change (2 unchanged)" in res.output
    res = runner.invoke(main, ["export", "--store", str(store), "--out", str(tmp_path / "exp"), "--no-html"])
    assert res.exit_code == 0, res.output
    for name in ("graph.ttl", "graph.trig", "graph.nq", "ontology.ttl", "entities.csv", "relations.csv"):
        assert (tmp_path / "exp" / name).stat().st_size > 0
    trig = rdflib.Dataset().parse(tmp_path / "exp" / "graph.trig", format="trig")
    assert {str(g.identifier) for g in trig.graphs()} >= {ONTOLOGY_GRAPH}
    res = runner.invoke(main, ["query", "meetings", "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0 and "meeting" in res.output
    res = runner.invoke(main, ["remove", str(SAMPLES[0]), "--store", str(store)])
    assert res.exit_code == 0 and "removed=1" in res.output
    res = runner.invoke(main, ["remove", "nothing-here.txt", "--store", str(store)])
    assert res.exit_code == 2


@pytest.mark.parametrize("command", ["build", "remove", "export", "serve", "push", "query"])
def test_help_ends_with_example(command):
    res = CliRunner().invoke(main, [command, "--help"])
    assert res.exit_code == 0
    assert "Example:" in res.output


def _graph_contents(store: GraphStore) -> dict[str, set]:
    import pyoxigraph as ox

    return {d: {q.triple for q in store.store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_NS + d))}
            for d in store.documents}


def test_adding_a_document_rewrites_the_graphs_whose_merged_meeting_changed(tmp_path):
    """Sample 000 reports an undated Xi–Putin meeting that shares context (named events and
    agreements) with 003's dated one: adding 003 merges them, which changes 000's graph."""
    undated, dated, other = SAMPLES[0], SAMPLES[3], SAMPLES[4]
    with GraphStore.open(tmp_path / "store") as store:
        a = store.add([undated]).added[0]
        alone = store.query("meetings")
        before = _graph_contents(store)
        report = store.add([dated])
        b = report.added[0]
        joined = store.query("meetings")
        if len(joined) != 1:
            pytest.skip("with the current reference data the undated report does not join the dated meeting")
        assert a in report.rewritten, "the earlier document's meeting node changed but its graph was not rewritten"
        assert _graph_contents(store)[a] != before[a]
        assert joined.iloc[0]["meeting"] != alone.iloc[0]["meeting"] and int(joined.iloc[0]["sources"]) == 2
        before = _graph_contents(store)
        report = store.add([other])
        after = _graph_contents(store)
        # exactly the documents whose graph changed were rewritten (plus the new one)
        assert set(report.rewritten) == {d for d in before if before[d] != after[d]} | set(report.added)
        g = _exported(store, tmp_path / "out")
    with GraphStore.open(tmp_path / "all") as full_store:
        full_store.add([undated, dated, other])
        _same(g, _exported(full_store, tmp_path / "all-out"))
