"""Deterministic, atomic serialisation: same graph, same bytes."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph
from rdflib import Graph

from .namespaces import PREFIXES
from .triples import TripleSet


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def to_ntriples_sorted(g: Graph | TripleSet | bytes) -> bytes:
    """Canonical N-Triples (sorted lines): the fast, diff-friendly form."""
    if isinstance(g, TripleSet):
        return g.ntriples()
    text = g.decode("utf-8") if isinstance(g, bytes) else g.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted(set(text.splitlines()))
    return ("\n".join(line for line in lines if line.strip()) + "\n").encode("utf-8")


def to_turtle(g: Graph | TripleSet | bytes) -> bytes:
    """Turtle with the project's prefixes, subjects and predicates in sorted order.

    Goes through pyoxigraph (fast) from sorted N-Triples, so the output depends only on the
    set of triples.
    """
    nt = to_ntriples_sorted(g)      # sorted lines: subjects, then predicates, then objects, in order
    triples = [q.triple for q in pyoxigraph.parse(nt, format=pyoxigraph.RdfFormat.N_TRIPLES)]
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes)
