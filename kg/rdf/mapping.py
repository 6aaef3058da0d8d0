"""Map document extractions to RDF (docs/rdf-model.md): one graph per document.

The union of the per-document graphs is the whole graph: every IRI is a function of the data
(catalogue id, content hash, statement key), never of build order, so documents can be added
to or removed from a store one named graph at a time. No blank nodes.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.catalogue import Catalogue
from kg.extract.document import DocumentExtraction
from kg.extract.relations import SYMMETRIC
from kg.merge import Meeting

from .namespaces import CR, ID, MODE_TERMS, PREFIXES, SCHEMA, WD, digest
from .triples import TripleSet

LANG_TAGS = ("en", "zh-Hans", "zh-Hant", "vi", "ru")


def entity_iri(entity_id: str) -> URIRef:
    return ID[f"entity/{entity_id}"]


def doc_iri(doc_id: str) -> URIRef:
    return ID[f"doc/{doc_id}"]


def statement_iri(s: str, p: str, o: str) -> URIRef:
    return ID[f"statement/{digest(s, p, o)}"]


def new_graph() -> Graph:
    """An empty rdflib Graph with the project's prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def add_entity(g: TripleSet, cat: Catalogue, entity_id: str, doc: URIRef | None,
               surfaces: set[tuple[str, str]]) -> None:
    """Type, labels, aliases seen, Wikidata link; `doc` when the document names the entity."""
    e = cat[entity_id]
    node = entity_iri(entity_id)
    g.add((node, RDF.type, CR[e.type]))
    for tag in LANG_TAGS:
        if tag in e.labels:
            g.add((node, RDFS.label, Literal(e.labels[tag], lang=tag)))
    labels = {(v, t) for t, v in e.labels.items()}
    for text, lang in surfaces:
        if (text, lang) not in labels and text.strip():
            g.add((node, SKOS.altLabel, Literal(text, lang=lang)))
    if e.wikidata:
        g.add((node, OWL.sameAs, WD[e.wikidata]))
    if e.provisional:
        g.add((node, CR.provisional, Literal(True)))
    if doc is not None:
        g.add((node, CR.mentionedIn, doc))


def add_document(g: TripleSet, x: DocumentExtraction) -> URIRef:
    a = x.article
    node = doc_iri(a.doc_id)
    g.add((node, RDF.type, CR.Document))
    g.add((node, CR.contentHash, Literal(a.content_hash)))
    g.add((node, CR.sourcePath, Literal(a.source)))
    if a.title:
        g.add((node, DCTERMS.title, Literal(a.title)))
    if a.published:
        g.add((node, DCTERMS.issued, Literal(a.published.isoformat(), datatype=XSD.date)))
    for lang in a.languages:
        if lang in LANG_TAGS:
            g.add((node, DCTERMS.language, Literal(lang)))
    if a.url:
        g.add((node, SCHEMA.url, URIRef(a.url)))
    return node


def _evidence(g: TripleSet, x: DocumentExtraction, doc: URIRef, sentence: int, rule: str, trigger: str,
              confidence: float, owner: str) -> URIRef:
    quote, start, end, lang = x.quote(sentence)
    node = ID[f"evidence/{digest(x.article.doc_id, start, end, rule, owner)}"]
    g.add((node, RDF.type, CR.Evidence))
    g.add((node, CR.quote, Literal(quote)))
    g.add((node, CR.sourceDocument, doc))
    g.add((node, CR.startOffset, Literal(start)))
    g.add((node, CR.endOffset, Literal(end)))
    g.add((node, CR.language, Literal(lang)))
    g.add((node, CR.rule, Literal(rule)))
    if trigger:
        g.add((node, CR.trigger, Literal(trigger)))
    g.add((node, CR.confidence, Literal(Decimal(str(round(confidence, 2))), datatype=XSD.decimal)))
    g.add((node, PROV.wasDerivedFrom, doc))
    return node


def add_meeting(g: TripleSet, x: DocumentExtraction, doc: URIRef, meeting: Meeting, report_sentences: list[int],
                rules: list[str], triggers: list[str], cat: Catalogue) -> None:
    node = ID[meeting.key]
    g.add((node, RDF.type, CR.Meeting))
    names = " and ".join(sorted(cat[p].name for p in meeting.participants))
    stamp = meeting.date.isoformat() if meeting.date else "date unknown"
    g.add((node, RDFS.label, Literal(f"Meeting of {names}, {stamp}", lang="en")))
    for p in sorted(meeting.participants):
        g.add((node, CR.participant, entity_iri(p)))
    if meeting.date:
        g.add((node, CR.date, Literal(meeting.date.isoformat(), datatype=XSD.date)))
    if meeting.place:
        g.add((node, CR.location, entity_iri(meeting.place)))
    g.add((node, CR.mode, MODE_TERMS[meeting.mode]))
    g.add((node, CR.reportedIn, doc))
    for sentence, rule, trigger in zip(report_sentences, rules, triggers):
        g.add((node, CR.hasEvidence, _evidence(g, x, doc, sentence, rule, trigger, 0.8, meeting.key)))


def document_graph(x: DocumentExtraction, meetings: list[Meeting], cat: Catalogue) -> TripleSet:
    """All triples one document contributes (`meetings[i]` is the merged node of report i)."""
    g = TripleSet()
    cat = cat.overlay(x.provisional)
    doc = add_document(g, x)
    named = x.entity_ids
    entity_ids = set(named)
    for m in meetings:
        entity_ids |= set(m.participants) | ({m.place} if m.place else set())
    for eid in sorted(entity_ids):
        add_entity(g, cat, eid, doc if eid in named else None, x.surface_forms.get(eid, set()))
    for f in x.facts:
        s, p, o = f.key()
        subj, obj = entity_iri(s), entity_iri(o)
        g.add((subj, CR[p], obj))
        if p in SYMMETRIC:
            g.add((obj, CR[p], subj))
        st = statement_iri(s, p, o)
        g.add((st, RDF.type, CR.Statement))
        g.add((st, RDF.subject, subj))
        g.add((st, RDF.predicate, CR[p]))
        g.add((st, RDF.object, obj))
        g.add((st, PROV.wasDerivedFrom, doc))
        g.add((st, CR.hasEvidence, _evidence(g, x, doc, f.sentence, f.rule, f.trigger, f.confidence, st)))
    for report, meeting in zip(x.meetings, meetings):
        add_meeting(g, x, doc, meeting, report.sentences, report.rules, report.triggers, cat)
    return g
