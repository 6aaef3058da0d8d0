"""End to end on the bundled sample corpus: files, Turtle, SHACL, determinism, merging, queries."""
from __future__ import annotations

import csv
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic

import kg
from kg.graph import OUTPUT_FILES
from kg.query import named_queries
from kg.rdf.namespaces import CR, ID, WD
from kg.validate import validate_file

SAMPLES = kg.sample_corpus()
XI = ID["entity/xi-jinping"]
PUTIN = ID["entity/vladimir-putin"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[kg.KnowledgeGraph, Path]:
    graph = kg.build()              # the bundled sample corpus, as `kg build` does
    out = tmp_path_factory.mktemp("out")
    graph.write(out)
    return graph, out


@pytest.fixture(scope="module")
def ttl(built) -> Graph:
    g = Graph()
    g.parse(built[1] / "graph.ttl", format="turtle")
    return g


def test_writes_every_output_file(built):
    _, out = built
    for name in OUTPUT_FILES:
        assert (out / name).stat().st_size > 0, name


def test_turtle_loads_in_rdflib_and_oxigraph(built, ttl):
    assert len(ttl) > 500
    store = ox.Store()
    store.load(path=str(built[1] / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(ttl)


def test_no_blank_nodes(ttl):
    assert not [t for t in ttl if any(not isinstance(x, (URIRef,)) and x.__class__.__name__ == "BNode" for x in t)]


def test_graph_conforms_to_shapes(built):
    result = validate_file(built[1] / "graph.ttl")
    assert result.conforms, result.report


def test_two_builds_are_byte_identical(built, tmp_path):
    kg.build().write(tmp_path, html=True)
    for name in OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == (built[1] / name).read_bytes(), name


def test_build_order_does_not_matter(ttl):
    files = sorted(SAMPLES.glob("*.txt"))
    forward, backward = kg.build(files).graph, kg.build(list(reversed(files))).graph
    assert isomorphic(forward, backward)
    assert len(forward) == len(ttl)


def test_committed_output_is_current(built):
    """output/ in the repository is what `kg build` produces now."""
    committed = Path(__file__).resolve().parents[1] / "output"
    for name in ("graph.ttl", "entities.csv", "relations.csv", "ontology.ttl", "graph.html"):
        assert (committed / name).read_bytes() == (built[1] / name).read_bytes(), \
            f"output/{name} is stale: run `kg build` from the repository root"


def test_xi_is_one_node_in_every_language(ttl):
    xi_nodes = {s for s in ttl.subjects(RDF.type, CR.Person) if (s, OWL.sameAs, WD.Q15031) in ttl}
    assert xi_nodes == {XI}
    labels = {str(o) for o in ttl.objects(XI, RDFS.label)}
    assert {"习近平", "習近平", "Tập Cận Bình", "Си Цзиньпин", "Xi Jinping"} <= labels
    # every document names him, in five languages and through role titles
    assert len(set(ttl.objects(XI, CR.mentionedIn))) == 5


def test_each_entity_iri_is_unique_per_label(ttl):
    by_label: dict[str, set] = {}
    for cls in ("Person", "Country", "Organization"):
        for s in ttl.subjects(RDF.type, CR[cls]):
            for lab in ttl.objects(s, RDFS.label):
                if lab.language == "en":
                    by_label.setdefault(str(lab), set()).add(s)
    assert all(len(nodes) == 1 for nodes in by_label.values())


def test_same_talks_in_two_languages_are_one_meeting(ttl):
    """Seeds 000 (vi, undated) and 003 (en, 4 Feb 2022) report the same talks."""
    meetings = [m for m in ttl.subjects(RDF.type, CR.Meeting) if str(ttl.value(m, CR.date)) == "2022-02-04"]
    assert len(meetings) == 1
    (m,) = meetings
    assert set(ttl.objects(m, CR.participant)) == {XI, PUTIN}
    assert len(set(ttl.objects(m, CR.reportedIn))) == 2
    assert ttl.value(m, CR.mode) == CR.InPerson
    assert ttl.value(m, CR.location) == ID["entity/diaoyutai-state-guesthouse"]


def test_every_statement_leads_to_its_sentence(built, ttl):
    texts = {}
    for a in kg.build([SAMPLES]).documents:
        texts[str(ID[f"doc/{a.article.doc_id}"])] = a.article.text
    statements = list(ttl.subjects(RDF.type, CR.Statement))
    assert statements
    for st in statements:
        s, p, o = ttl.value(st, RDF.subject), ttl.value(st, RDF.predicate), ttl.value(st, RDF.object)
        assert (s, p, o) in ttl, "statement without its truthy triple"
        for ev in ttl.objects(st, CR.hasEvidence):
            doc = str(ttl.value(ev, CR.sourceDocument))
            start, end = int(ttl.value(ev, CR.startOffset)), int(ttl.value(ev, CR.endOffset))
            assert texts[doc][start:end] == str(ttl.value(ev, CR.quote))


def test_only_mentioned_entities_are_output(ttl):
    entities = {s for cls in ("Person", "Country", "Organization", "Place", "Event", "Agreement", "Initiative")
                for s in ttl.subjects(RDF.type, CR[cls])}
    assert 20 < len(entities) < 80            # the catalogue holds hundreds
    assert all(ttl.value(e, CR.mentionedIn) is not None for e in entities)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_queries_return_rows(built, name):
    graph, _ = built
    params = {"source": "samples/003_91ec62a49ae75b28.txt"} if name == "document-facts" else {}
    frame = graph.query(name, **params)
    assert len(frame) > 0, name


def test_supports_query_has_quotes(built):
    frame = built[0].query("supports")
    row = frame[(frame.supporter == "Russia") & (frame.supported == "China")]
    assert len(row) >= 2 and row["quote"].str.len().min() > 20


def test_meetings_query_in_date_order(built):
    frame = built[0].query("meetings")
    dates = [d for d in frame["date"].tolist() if isinstance(d, str)]
    assert dates == sorted(dates) and "2024-10-22" in dates


def test_networkx_view(built):
    g = built[0].to_networkx()
    assert g.has_edge(str(XI), str(PUTIN)) or g.has_edge(str(PUTIN), str(XI))
    assert g.nodes[str(XI)]["type"] == "Person"


def test_tables_have_headers_and_rows(built):
    _, out = built
    with open(out / "entities.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["label_en"] == "Xi Jinping" and r["wikidata"].endswith("Q15031") for r in rows)
    with open(out / "relations.csv", encoding="utf-8") as fh:
        rels = list(csv.DictReader(fh))
    assert {"subject", "relation", "object", "quote", "source", "start", "end"} <= set(rels[0])
