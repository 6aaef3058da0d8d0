"""Tests of ontology/cr.ttl (OWL) and ontology/shapes.ttl (SHACL).

The valid data graph below follows docs/rdf-model.md; each INVALID row changes it in one
place (triples removed, triples added) and must make pyshacl report a violation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from pyshacl import validate
from rdflib import RDF, RDFS, OWL, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "cr.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
FILES = [ONTOLOGY, SHAPES]

CR = Namespace("https://w3id.org/cr-kg/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
ONTOLOGY_IRI = URIRef("https://w3id.org/cr-kg/ontology")

LANGS = {"en", "zh-Hans", "zh-Hant", "ru", "vi"}
ENTITY_CLASSES = ["Person", "Country", "Organization", "Place", "Event", "Agreement", "Initiative"]
RELATIONS = ["meets", "leaderOf", "supports", "opposes", "cooperatesWith", "memberOf", "chairs",
             "attends", "hosts", "signs", "visits", "locatedIn", "alignsWith"]
SYMMETRIC = {"meets", "cooperatesWith", "alignsWith"}
# Relations between states of affairs rather than events: CAMEO/PLOVER have no code for them.
STATIC = {"leaderOf", "memberOf", "chairs", "locatedIn"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@cache
def graph(path: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format="turtle")


def ontology() -> rdflib.Graph:
    return graph(ONTOLOGY)


def local(term) -> str:
    """Local name the way ../shared/eval/score.py computes it."""
    return re.split(r"[#/]", str(term))[-1]


def declared_cr_terms() -> set[URIRef]:
    g = ontology()
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
             OWL.NamedIndividual}
    return {s for k in kinds for s in g.subjects(RDF.type, k)
            if isinstance(s, URIRef) and s.startswith(str(CR))}


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_parses_with_rdflib(path):
    assert len(graph(path)) > 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_parses_with_pyoxigraph(path):
    fmt = pyoxigraph.RdfFormat.from_media_type("text/turtle")
    triples = list(pyoxigraph.parse(path=str(path), format=fmt))
    store = pyoxigraph.Store()
    store.load(path=str(path), format=fmt)
    assert len(triples) == len(store) == len(graph(path))


# --------------------------------------------------------------------------- ontology content


def test_ontology_header():
    g = ontology()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    descriptions = {o.language for o in g.objects(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/description"))}
    assert "en" in descriptions


@pytest.mark.parametrize("name", ENTITY_CLASSES)
def test_entity_class_exists(name):
    g = ontology()
    assert (CR[name], RDF.type, OWL.Class) in g
    assert (CR[name], RDFS.subClassOf, CR.Entity) in g


@pytest.mark.parametrize("name", ["Person", "Country", "Organization"])
def test_agents(name):
    assert (CR[name], RDFS.subClassOf, CR.Agent) in ontology()


def test_meeting_is_not_a_cr_event():
    g = ontology()
    sem_event = URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")
    assert (CR.Meeting, RDFS.subClassOf, sem_event) in g
    assert (CR.Meeting, RDFS.subClassOf, URIRef("https://schema.org/Event")) in g
    assert CR.Event not in set(g.transitive_objects(CR.Meeting, RDFS.subClassOf))
    assert {CR.InPerson, CR.VideoConference, CR.PhoneCall} <= set(g.subjects(RDF.type, CR.MeetingMode))


@pytest.mark.parametrize("name", RELATIONS)
def test_relation_property(name):
    g = ontology()
    p = CR[name]
    assert (p, RDF.type, OWL.ObjectProperty) in g
    assert g.value(p, RDFS.domain) is not None and g.value(p, RDFS.range) is not None
    assert ((p, RDF.type, OWL.SymmetricProperty) in g) == (name in SYMMETRIC)


@pytest.mark.parametrize("name", RELATIONS)
def test_relation_has_event_code_alignment(name):
    """Event relations carry CAMEO codes (3-4 digit strings) and PLOVER categories; the four
    static relations have none, and say why in an editorial note."""
    g = ontology()
    p = CR[name]
    cameo = [str(o) for o in g.objects(p, CR.cameoCode)]
    plover = [str(o) for o in g.objects(p, CR.ploverCode)]
    note = " ".join(str(o) for o in g.objects(p, SKOS.editorialNote))
    assert "CAMEO" in note
    if name in STATIC:
        assert not cameo and not plover
    else:
        assert cameo and all(re.fullmatch(r"\d{3,4}", c) for c in cameo), cameo
        assert plover and set(plover) <= PLOVER, plover
        for code in cameo:
            assert code in note, f"{name}: CAMEO {code} has no label in the editorial note"


@pytest.mark.parametrize("name,codes,plover", [
    ("meets", {"040", "041", "042", "043", "044", "046"}, {"CONSULT"}),
    ("signs", {"057"}, {"AGREE"}),
    ("visits", {"042"}, {"CONSULT"}),
    ("hosts", {"043"}, {"CONSULT"}),
    ("supports", {"051", "052", "053"}, {"SUPPORT"}),
    ("opposes", {"110", "111", "120"}, {"ACCUSE", "REJECT"}),
])
def test_cameo_codes(name, codes, plover):
    g = ontology()
    assert {str(o) for o in g.objects(CR[name], CR.cameoCode)} == codes
    assert {str(o) for o in g.objects(CR[name], CR.ploverCode)} == plover


@pytest.mark.parametrize("name,datatype", [
    ("date", "date"), ("quote", "string"), ("startOffset", "integer"), ("endOffset", "integer"),
    ("confidence", "decimal"), ("provisional", "boolean"), ("language", "string"),
    ("rule", "string"), ("trigger", "string"), ("sourcePath", "string"), ("contentHash", "string"),
])
def test_datatype_property_ranges(name, datatype):
    g = ontology()
    assert (CR[name], RDF.type, OWL.DatatypeProperty) in g
    assert g.value(CR[name], RDFS.range) == URIRef(f"http://www.w3.org/2001/XMLSchema#{datatype}")


@pytest.mark.parametrize("name", ["participant", "location", "mode", "hasEvidence", "reportedIn",
                                  "sourceDocument", "mentionedIn"])
def test_object_properties(name):
    assert (CR[name], RDF.type, OWL.ObjectProperty) in ontology()


@pytest.mark.parametrize("prop,parent", [
    ("participant", "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"),
    ("location", "http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace"),
    ("sourceDocument", "http://www.w3.org/ns/prov#wasDerivedFrom"),
])
def test_subproperty_alignments(prop, parent):
    assert (CR[prop], RDFS.subPropertyOf, URIRef(parent)) in ontology()


def test_reused_terms_not_redefined():
    g = ontology()
    for term in ("http://purl.org/dc/terms/title", "http://purl.org/dc/terms/issued",
                 "http://purl.org/dc/terms/language", "https://schema.org/url"):
        assert (URIRef(term), None, None) not in g


def test_every_term_has_labels_and_comments_in_five_languages():
    g = ontology()
    terms = declared_cr_terms()
    assert len(terms) > 40
    missing = []
    for t in sorted(terms):
        for prop in (RDFS.label, RDFS.comment):
            langs = [o.language for o in g.objects(t, prop) if isinstance(o, Literal)]
            if set(langs) != LANGS or len(langs) != len(LANGS):
                missing.append(f"{local(t)} {local(prop)}: {sorted(map(str, langs))}")
    assert not missing, "\n".join(missing)


def test_every_cr_term_used_is_declared():
    """A typo in either file (cr:partcipant) would silently mint a new IRI."""
    declared = declared_cr_terms()
    for path in FILES:
        used = {t for triple in graph(path) for t in triple
                if isinstance(t, URIRef) and t.startswith(str(CR))}
        assert used <= declared, f"{path.name}: undeclared {sorted(used - declared)}"


def test_chinese_labels_use_the_right_script():
    from opencc import OpenCC

    s2t, t2s = OpenCC("s2t").convert, OpenCC("t2s").convert
    g = ontology()
    for t in declared_cr_terms():
        for prop in (RDFS.label, RDFS.comment):
            text = {o.language: str(o) for o in g.objects(t, prop)}
            assert t2s(text["zh-Hans"]) == text["zh-Hans"], f"{local(t)}: traditional characters in zh-Hans"
            assert s2t(text["zh-Hant"]) == text["zh-Hant"], f"{local(t)}: simplified characters in zh-Hant"
            if prop == RDFS.comment:
                assert text["zh-Hant"] != text["zh-Hans"], f"{local(t)}: zh-Hant comment is not converted"


# --------------------------------------------------------------------------- scorer safety


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_triple_uses_a_relation_property(path):
    bad = [(s, p, o) for s, p, o in graph(path) if local(p) in RELATIONS]
    assert not bad


def test_no_resource_typed_as_entity_or_meeting():
    """score.py parses the ontology files with graph.ttl and counts every resource whose type
    (or a superclass of it, by local name) is an entity class or Meeting."""
    g = rdflib.Graph()
    for path in FILES:
        g += graph(path)
    parents = defaultdict(set)
    for c, _, p in g.triples((None, RDFS.subClassOf, None)):
        parents[c].add(p)

    def up(c, seen=()):
        out = {local(c)}
        for p in parents.get(c, ()):
            if p not in seen:
                out |= up(p, seen + (c,))
        return out

    for s, _, c in g.triples((None, RDF.type, None)):
        assert not up(c) & (set(ENTITY_CLASSES) | {"Meeting"}), (s, c)


# --------------------------------------------------------------------------- SHACL

PREFIXES = """
@prefix cr: <https://w3id.org/cr-kg/ontology#> .
@prefix id: <https://w3id.org/cr-kg/id/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
"""

DOC = "id:doc\\/0123456789abcdef"
HASH = "sha256:" + "0123456789abcdef" * 4

VALID = PREFIXES + f"""
id:entity\\/xi-jinping a cr:Person ;
    rdfs:label "Xi Jinping"@en, "习近平"@zh-Hans, "習近平"@zh-Hant, "Tập Cận Bình"@vi, "Си Цзиньпин"@ru ;
    skos:altLabel "President Xi"@en ;
    owl:sameAs wd:Q15031 ;
    cr:mentionedIn {DOC} ;
    cr:leaderOf id:entity\\/china ;
    cr:meets id:entity\\/vladimir-putin .

id:entity\\/vladimir-putin a cr:Person ;
    rdfs:label "Vladimir Putin"@en, "Владимир Путин"@ru ;
    cr:mentionedIn {DOC} ;
    cr:leaderOf id:entity\\/russia ;
    cr:meets id:entity\\/xi-jinping .

id:entity\\/china a cr:Country ;
    rdfs:label "China"@en, "中国"@zh-Hans ;
    cr:mentionedIn {DOC} ;
    cr:supports id:entity\\/russia ;
    cr:cooperatesWith id:entity\\/russia .

id:entity\\/russia a cr:Country ;
    rdfs:label "Russia"@en, "Россия"@ru ;
    cr:mentionedIn {DOC} ;
    cr:supports id:entity\\/china ;
    cr:cooperatesWith id:entity\\/china .

id:entity\\/beijing a cr:Place ;
    rdfs:label "Beijing"@en ;
    cr:mentionedIn {DOC} ;
    cr:locatedIn id:entity\\/china .

id:entity\\/new\\/organization\\/example-council a cr:Organization ;
    rdfs:label "Example Council"@en ;
    cr:provisional true ;
    cr:mentionedIn {DOC} .

id:statement\\/00000000000000aa a cr:Statement ;
    rdf:subject id:entity\\/russia ; rdf:predicate cr:supports ; rdf:object id:entity\\/china ;
    cr:hasEvidence id:evidence\\/00000000000000ee ;
    prov:wasDerivedFrom {DOC} .

id:evidence\\/00000000000000ee a cr:Evidence ;
    cr:quote "The two sides have firmly supported each other." ;
    cr:sourceDocument {DOC} ;
    cr:startOffset 1234 ; cr:endOffset 1281 ;
    cr:language "en" ;
    cr:rule "en.supports.mutual" ;
    cr:trigger "supported each other" ;
    cr:confidence 0.8 .

id:evidence\\/00000000000000ff a cr:Evidence ;
    cr:quote "Xi Jinping held talks with Vladimir Putin in Beijing." ;
    cr:sourceDocument {DOC} ;
    cr:startOffset 0 ; cr:endOffset 53 ;
    cr:language "en" ;
    cr:rule "en.meeting.held_talks" ;
    cr:confidence 0.9 .

id:meeting\\/2022-02-04\\/00000000000000bb a cr:Meeting ;
    rdfs:label "Meeting of Vladimir Putin and Xi Jinping, 2022-02-04"@en ;
    cr:participant id:entity\\/xi-jinping, id:entity\\/vladimir-putin ;
    cr:date "2022-02-04"^^xsd:date ;
    cr:location id:entity\\/beijing ;
    cr:mode cr:InPerson ;
    cr:hasEvidence id:evidence\\/00000000000000ff ;
    cr:reportedIn {DOC} .

{DOC} a cr:Document ;
    dcterms:title "Xi Jinping holds talks with Putin" ;
    dcterms:issued "2022-02-05"^^xsd:date ;
    dcterms:language "en", "zh-Hans" ;
    cr:sourcePath "seeds/003.txt" ;
    schema:url <https://example.org/article> ;
    cr:contentHash "{HASH}" .
"""

XI, PUTIN, CHINA, RUSSIA = (f"id:entity\\/{n}" for n in ("xi-jinping", "vladimir-putin", "china", "russia"))
BEIJING = "id:entity\\/beijing"
MEETING = "id:meeting\\/2022-02-04\\/00000000000000bb"
STATEMENT = "id:statement\\/00000000000000aa"
EVIDENCE = "id:evidence\\/00000000000000ee"

# (id, triples to remove, triples to add): each row is one defect.
INVALID = [
    ("meeting-date-without-datatype", f'{MEETING} cr:date "2022-02-04"^^xsd:date .', f'{MEETING} cr:date "2022-02-04" .'),
    ("meeting-date-is-datetime", f'{MEETING} cr:date "2022-02-04"^^xsd:date .', f'{MEETING} cr:date "2022-02-04T10:00:00"^^xsd:dateTime .'),
    ("meeting-two-dates", "", f'{MEETING} cr:date "2022-02-05"^^xsd:date .'),
    ("meeting-one-participant", f"{MEETING} cr:participant {PUTIN} .", ""),
    ("meeting-participant-is-country", f"{MEETING} cr:participant {PUTIN} .", f"{MEETING} cr:participant {RUSSIA} ."),
    ("meeting-mode-unknown", f"{MEETING} cr:mode cr:InPerson .", f"{MEETING} cr:mode <https://w3id.org/cr-kg/id/mode/teleport> ."),
    ("meeting-mode-literal", f"{MEETING} cr:mode cr:InPerson .", f'{MEETING} cr:mode "in_person" .'),
    ("meeting-two-modes", "", f"{MEETING} cr:mode cr:PhoneCall ."),
    ("meeting-location-is-country", f"{MEETING} cr:location {BEIJING} .", f"{MEETING} cr:location {CHINA} ."),
    ("meeting-location-untyped", f"{MEETING} cr:location {BEIJING} .", f"{MEETING} cr:location id:entity\\/nowhere ."),
    ("meeting-not-reported", f"{MEETING} cr:reportedIn {DOC} .", ""),
    ("meeting-without-evidence", f"{MEETING} cr:hasEvidence id:evidence\\/00000000000000ff .", ""),
    ("meeting-blank-node", "", "[] a cr:Meeting ; cr:participant " + f"{XI}, {PUTIN} ; cr:reportedIn {DOC} ; cr:hasEvidence {EVIDENCE} ."),
    ("evidence-without-quote", f'{EVIDENCE} cr:quote "The two sides have firmly supported each other." .', ""),
    ("evidence-empty-quote", f'{EVIDENCE} cr:quote "The two sides have firmly supported each other." .', f'{EVIDENCE} cr:quote "" .'),
    ("evidence-two-quotes", "", f'{EVIDENCE} cr:quote "another sentence" .'),
    ("evidence-without-document", f"{EVIDENCE} cr:sourceDocument {DOC} .", ""),
    ("evidence-document-not-a-document", f"{EVIDENCE} cr:sourceDocument {DOC} .", f"{EVIDENCE} cr:sourceDocument <https://example.org/article> ."),
    ("evidence-negative-offset", f"{EVIDENCE} cr:startOffset 1234 .", f"{EVIDENCE} cr:startOffset -1 ."),
    ("evidence-offset-as-string", f"{EVIDENCE} cr:startOffset 1234 .", f'{EVIDENCE} cr:startOffset "1234" .'),
    ("evidence-start-after-end", f"{EVIDENCE} cr:startOffset 1234 .", f"{EVIDENCE} cr:startOffset 2000 ."),
    ("evidence-without-end", f"{EVIDENCE} cr:endOffset 1281 .", ""),
    ("evidence-language-not-allowed", f'{EVIDENCE} cr:language "en" .', f'{EVIDENCE} cr:language "zh" .'),
    ("evidence-without-rule", f'{EVIDENCE} cr:rule "en.supports.mutual" .', ""),
    ("evidence-confidence-above-one", f"{EVIDENCE} cr:confidence 0.8 .", f"{EVIDENCE} cr:confidence 1.5 ."),
    ("evidence-confidence-double", f"{EVIDENCE} cr:confidence 0.8 .", f"{EVIDENCE} cr:confidence 8.0e-1 ."),
    ("statement-without-evidence", f"{STATEMENT} cr:hasEvidence {EVIDENCE} .", ""),
    ("statement-predicate-not-a-relation", f"{STATEMENT} rdf:predicate cr:supports .", f"{STATEMENT} rdf:predicate rdfs:seeAlso ."),
    ("statement-two-subjects", "", f"{STATEMENT} rdf:subject {CHINA} ."),
    ("statement-without-object", f"{STATEMENT} rdf:object {CHINA} .", ""),
    ("document-without-hash", f'{DOC} cr:contentHash "{HASH}" .', ""),
    ("document-bad-hash", f'{DOC} cr:contentHash "{HASH}" .', f'{DOC} cr:contentHash "md5:0123" .'),
    ("document-url-literal", f"{DOC} schema:url <https://example.org/article> .", f'{DOC} schema:url "https://example.org/article" .'),
    ("entity-without-label", f'{BEIJING} rdfs:label "Beijing"@en .', ""),
    ("entity-two-english-labels", "", f'{BEIJING} rdfs:label "Peking"@en .'),
    ("entity-two-types", "", f"{BEIJING} a cr:Country ."),
    ("entity-not-mentioned", f"{BEIJING} cr:mentionedIn {DOC} .", ""),
    ("entity-iri-outside-namespace", "", f'<https://example.org/x> a cr:Person ; rdfs:label "X"@en ; cr:mentionedIn {DOC} .'),
    ("entity-provisional-as-string", "", f'{BEIJING} cr:provisional "yes" .'),
    ("sameAs-non-wikidata", f"{XI} owl:sameAs wd:Q15031 .", f"{XI} owl:sameAs <http://dbpedia.org/resource/Xi_Jinping> ."),
    ("sameAs-wikidata-page-url", f"{XI} owl:sameAs wd:Q15031 .", f"{XI} owl:sameAs <https://www.wikidata.org/wiki/Q15031> ."),
    ("sameAs-wikidata-property", f"{XI} owl:sameAs wd:Q15031 .", f"{XI} owl:sameAs wd:P31 ."),
    ("sameAs-two-qids", "", f"{XI} owl:sameAs wd:Q1 ."),
    ("leaderOf-from-country", "", f"{CHINA} cr:leaderOf {RUSSIA} ."),
    ("leaderOf-to-person", "", f"{XI} cr:leaderOf {PUTIN} ."),
    ("meets-with-country", "", f"{XI} cr:meets {RUSSIA} ."),
    ("memberOf-from-person", "", f"{XI} cr:memberOf id:entity\\/new\\/organization\\/example-council ."),
    ("memberOf-to-country", "", f"{CHINA} cr:memberOf {RUSSIA} ."),
    ("chairs-from-person", "", f"{XI} cr:chairs id:entity\\/new\\/organization\\/example-council ."),
    ("supports-from-place", "", f"{BEIJING} cr:supports {CHINA} ."),
    ("supports-untyped-object", "", f"{CHINA} cr:supports id:entity\\/nobody ."),
    ("cooperatesWith-place", "", f"{CHINA} cr:cooperatesWith {BEIJING} ."),
    ("attends-a-country", "", f"{XI} cr:attends {RUSSIA} ."),
    ("hosts-a-person", "", f"{CHINA} cr:hosts {PUTIN} ."),
    ("signs-a-country", "", f"{CHINA} cr:signs {RUSSIA} ."),
    ("visits-from-country", "", f"{CHINA} cr:visits {RUSSIA} ."),
    ("visits-a-person", "", f"{XI} cr:visits {PUTIN} ."),
    ("locatedIn-from-person", "", f"{XI} cr:locatedIn {CHINA} ."),
    ("alignsWith-countries", "", f"{CHINA} cr:alignsWith {RUSSIA} ."),
    ("relation-to-literal", "", f'{CHINA} cr:supports "Russia" .'),
]


def data_graph(remove: str = "", add: str = "") -> rdflib.Graph:
    g = rdflib.Graph().parse(data=VALID, format="turtle")
    if remove:
        gone = rdflib.Graph().parse(data=PREFIXES + remove, format="turtle")
        assert len(gone) and all(t in g for t in gone), f"not in the valid graph: {remove}"
        g -= gone
    if add:
        g += rdflib.Graph().parse(data=PREFIXES + add, format="turtle")
    return g


def shacl(g: rdflib.Graph, inference: str = "rdfs") -> tuple[bool, str]:
    conforms, _, text = validate(g, shacl_graph=graph(SHAPES), ont_graph=ontology(),
                                 inference=inference, advanced=False, allow_warnings=False)
    return conforms, text


def test_shapes_are_valid_shacl():
    conforms, _, text = validate(data_graph(), shacl_graph=graph(SHAPES), ont_graph=ontology(),
                                 inference="rdfs", meta_shacl=True)
    assert conforms, text


def test_shapes_use_shacl_core_only():
    non_core = {"sparql", "select", "ask", "SPARQLConstraint", "SPARQLTarget", "rule", "rules",
                "TripleRule", "SPARQLRule", "target", "condition", "expression", "js", "JSConstraint"}
    used = {local(t) for triple in graph(SHAPES) for t in triple
            if isinstance(t, URIRef) and t.startswith(str(SH))}
    assert not used & non_core


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_valid_graph_conforms(inference):
    conforms, text = shacl(data_graph(), inference)
    assert conforms, text


@pytest.mark.parametrize("name,remove,add", INVALID, ids=[row[0] for row in INVALID])
def test_invalid_graph_fails(name, remove, add):
    conforms, text = shacl(data_graph(remove, add))
    assert not conforms, f"{name}: expected a SHACL violation\n{text}"


@pytest.mark.parametrize("name,remove,add", INVALID, ids=[row[0] for row in INVALID])
def test_invalid_graph_fails_without_inference(name, remove, add):
    conforms, text = shacl(data_graph(remove, add), "none")
    assert not conforms, f"{name}: expected a SHACL violation without inference\n{text}"
