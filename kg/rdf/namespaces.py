"""Vocabularies as closed namespaces: a typo is an AttributeError, not a new IRI."""
from __future__ import annotations

import hashlib

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/cr-kg/ontology"
ID = Namespace("https://w3id.org/cr-kg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")


class CR(DefinedNamespace):
    """The cr-kg ontology (ontology/cr.ttl)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Entity: URIRef
    Agent: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    Event: URIRef
    Agreement: URIRef
    Initiative: URIRef
    Meeting: URIRef
    MeetingMode: URIRef
    Document: URIRef
    Statement: URIRef
    Evidence: URIRef
    # meeting modes
    InPerson: URIRef
    VideoConference: URIRef
    PhoneCall: URIRef
    # relations
    meets: URIRef
    leaderOf: URIRef
    supports: URIRef
    opposes: URIRef
    cooperatesWith: URIRef
    memberOf: URIRef
    chairs: URIRef
    attends: URIRef
    hosts: URIRef
    signs: URIRef
    visits: URIRef
    locatedIn: URIRef
    alignsWith: URIRef
    # meeting, statement, evidence, entity, document properties
    participant: URIRef
    date: URIRef
    location: URIRef
    mode: URIRef
    hasEvidence: URIRef
    reportedIn: URIRef
    quote: URIRef
    sourceDocument: URIRef
    startOffset: URIRef
    endOffset: URIRef
    language: URIRef
    rule: URIRef
    trigger: URIRef
    confidence: URIRef
    mentionedIn: URIRef
    provisional: URIRef
    sourcePath: URIRef
    contentHash: URIRef


def digest(*parts: object) -> str:
    """16 hex digits of sha1("a|b|…"): the stable local part of minted IRIs."""
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


MODE_TERMS = {"in_person": CR.InPerson, "video": CR.VideoConference, "phone": CR.PhoneCall}
PREFIXES = {
    "cr": CR._NS, "id": ID, "wd": WD, "schema": SCHEMA, "sem": SEM,
    "prov": Namespace("http://www.w3.org/ns/prov#"), "skos": Namespace("http://www.w3.org/2004/02/skos/core#"),
    "dcterms": Namespace("http://purl.org/dc/terms/"), "owl": Namespace("http://www.w3.org/2002/07/owl#"),
    "rdfs": Namespace("http://www.w3.org/2000/01/rdf-schema#"), "rdf": Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    "xsd": Namespace("http://www.w3.org/2001/XMLSchema#"),
}
