"""SHACL validation of a built graph against ontology/shapes.ttl (with the ontology for RDFS)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: int
    report: str


def _bundled(name: str) -> Graph:
    g = Graph()
    g.parse(data=(resources.files("kg") / "data" / "ontology" / name).read_text(encoding="utf-8"), format="turtle")
    return g


def validate_graph(data: Graph) -> ValidationResult:
    """Validate `data` against the bundled shapes, with RDFS inference over the ontology."""
    from pyshacl import validate
    conforms, report_graph, text = validate(
        data, shacl_graph=_bundled("shapes.ttl"), ont_graph=_bundled("cr.ttl"),
        inference="rdfs", abort_on_first=False, allow_warnings=True)
    from rdflib.namespace import SH
    violations = len(set(report_graph.subjects(predicate=SH.resultSeverity)))
    return ValidationResult(bool(conforms), violations, text)


def validate_file(path: Path) -> ValidationResult:
    g = Graph()
    g.parse(path, format="turtle")
    return validate_graph(g)
