"""SPARQL over a built graph with pyoxigraph; bundled named queries (kg/queries/*.rq).

Parameters are bound as RDF terms (pyoxigraph substitutions), never pasted into query text.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import QueryError

if TYPE_CHECKING:
    import pandas as pd


def named_queries() -> dict[str, str]:
    """name -> SPARQL text of the bundled queries."""
    base = resources.files("kg") / "queries"
    return {p.name[:-3]: p.read_text(encoding="utf-8") for p in sorted(base.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".rq")}


def describe(text: str) -> str:
    """The first comment line of a query file."""
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def resolve_query(spec: str) -> str:
    """A named query, a .rq file, or inline SPARQL."""
    queries = named_queries()
    if spec in queries:
        return queries[spec]
    path = Path(spec)
    if spec.endswith(".rq"):
        if not path.is_file():
            raise QueryError(f"{spec}: no such query file")
        return path.read_text(encoding="utf-8")
    if not any(k in spec.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise QueryError(f"{spec!r} is neither SPARQL, a .rq file nor a named query ({', '.join(queries)})")
    return spec


def _cell(term) -> object:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith("#integer") or dt.endswith("#int") or dt.endswith("#long"):
            return int(term.value)
        if dt.endswith("#decimal") or dt.endswith("#double") or dt.endswith("#float"):
            return float(term.value)
        return term.value
    return term.value


def run(store: ox.Store, sparql: str, params: dict[str, str] | None = None) -> "pd.DataFrame":
    """Run a SELECT (or ASK) query; `params` bind variables to string literals."""
    subs = {ox.Variable(k): ox.Literal(v) for k, v in (params or {}).items()}
    try:
        result = store.query(sparql, substitutions=subs) if subs else store.query(sparql)
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"SPARQL error: {exc}") from exc
    return to_frame(result)


def to_frame(result: object) -> "pd.DataFrame":
    """A pyoxigraph query result (solutions, boolean or triples) as a DataFrame."""
    import pandas as pd

    if isinstance(result, (bool, ox.QueryBoolean)):
        return pd.DataFrame({"ask": [bool(result)]})
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return pd.DataFrame([[_cell(sol[n]) for n in names] for sol in result], columns=names)
    triples = [(t.subject.value, t.predicate.value, _cell(t.object)) for t in result]
    return pd.DataFrame(triples, columns=["subject", "predicate", "object"])


def store_from_turtle(path: Path) -> ox.Store:
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, OSError) as exc:
        raise QueryError(f"{path}: cannot load graph ({exc})") from exc
    return store
