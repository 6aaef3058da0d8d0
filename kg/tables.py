"""CSV tables of the graph for spreadsheets and pandas: entities.csv and relations.csv."""
from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

ENTITIES_SPARQL = """
PREFIX cr: <https://w3id.org/cr-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?iri ?type ?label_en ?label_zh_hans ?label_zh_hant ?label_vi ?label_ru ?wikidata (COUNT(DISTINCT ?doc) AS ?documents)
WHERE {
  VALUES ?class { cr:Person cr:Country cr:Organization cr:Place cr:Event cr:Agreement cr:Initiative }
  ?iri a ?class . BIND(STRAFTER(STR(?class), "#") AS ?type)
  OPTIONAL { ?iri rdfs:label ?label_en FILTER(LANG(?label_en) = "en") }
  OPTIONAL { ?iri rdfs:label ?label_zh_hans FILTER(LCASE(LANG(?label_zh_hans)) = "zh-hans") }
  OPTIONAL { ?iri rdfs:label ?label_zh_hant FILTER(LCASE(LANG(?label_zh_hant)) = "zh-hant") }
  OPTIONAL { ?iri rdfs:label ?label_vi FILTER(LANG(?label_vi) = "vi") }
  OPTIONAL { ?iri rdfs:label ?label_ru FILTER(LANG(?label_ru) = "ru") }
  OPTIONAL { ?iri owl:sameAs ?wikidata }
  OPTIONAL { ?iri cr:mentionedIn ?doc }
}
GROUP BY ?iri ?type ?label_en ?label_zh_hans ?label_zh_hant ?label_vi ?label_ru ?wikidata
ORDER BY ?type ?label_en ?iri
"""

RELATIONS_SPARQL = """
PREFIX cr: <https://w3id.org/cr-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?subject ?relation ?object ?quote ?language ?source ?start ?end ?rule ?confidence ?subject_iri ?object_iri
WHERE {
  ?st a cr:Statement ; rdf:subject ?subject_iri ; rdf:predicate ?p ; rdf:object ?object_iri ; cr:hasEvidence ?ev .
  BIND(STRAFTER(STR(?p), "#") AS ?relation)
  OPTIONAL { ?subject_iri rdfs:label ?subject FILTER(LANG(?subject) = "en") }
  OPTIONAL { ?object_iri rdfs:label ?object FILTER(LANG(?object) = "en") }
  ?ev cr:quote ?quote ; cr:language ?language ; cr:sourceDocument ?doc ; cr:startOffset ?start ;
      cr:endOffset ?end ; cr:rule ?rule ; cr:confidence ?confidence .
  ?doc cr:sourcePath ?source .
}
ORDER BY ?subject ?relation ?object ?source ?start ?rule
"""


def to_csv(frame: "pd.DataFrame") -> bytes:
    buf = io.StringIO()
    frame.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue().encode("utf-8")
