"""SPARQL 1.1 over HTTP with the standard library: the Protocol (query) and the Graph Store Protocol.

Private: the public surface is `kg.store.query_endpoint` and `kg.store.push`.

Credentials come from the environment (KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD) or from
~/.netrc (the entry of the endpoint's host), and are sent as HTTP Basic auth. They are never
printed: error messages show the endpoint without any user:password@ part.
"""
from __future__ import annotations

import base64
import netrc
import os
import urllib.error
import urllib.parse
import urllib.request

import pandas as pd
import pyoxigraph as ox

from kg.errors import KGError, QueryError

__all__ = ["EndpointError", "public_url", "graph_store_request", "sparql_query", "values_clause"]

TIMEOUT_S = 120
RESULTS_JSON = "application/sparql-results+json"


class EndpointError(KGError):
    """A SPARQL endpoint refused a request or could not be reached."""


def public_url(url: str) -> str:
    """The URL without credentials (safe to print)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _credentials(url: str) -> tuple[str, str] | None:
    user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD")
    if user:
        return user, password or ""
    parts = urllib.parse.urlsplit(url)
    if parts.username:
        return urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
    try:
        entry = netrc.netrc().authenticators(parts.hostname or "")
    except (OSError, netrc.NetrcParseError):
        return None
    if entry and entry[0]:
        return entry[0], entry[2] or ""
    return None


def _request(method: str, url: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, str, bytes]:
    headers = dict(headers)
    creds = _credentials(url)
    if creds:
        token = base64.b64encode(f"{creds[0]}:{creds[1]}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    req = urllib.request.Request(public_url(url), data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:  # noqa: S310 - user-given endpoint
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:300].decode("utf-8", "replace").strip()
        raise EndpointError(f"{method} {public_url(url)}: HTTP {exc.code} {exc.reason}"
                            + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"{method} {public_url(url)}: cannot connect ({reason})") from None


def _with_param(url: str, graph: str | None) -> str:
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in query if k not in ("graph", "default")]
    extra = urllib.parse.urlencode([("graph", graph)]) if graph else "default"
    q = "&".join(x for x in (urllib.parse.urlencode(query), extra) if x)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, q, parts.fragment))


def graph_store_request(endpoint: str, data: bytes, content_type: str, *, graph: str | None = None,
                        replace: bool = True) -> int:
    """PUT (replace) or POST (merge) `data` into graph `graph` (None: the default graph).

    `endpoint` is the Graph Store Protocol URL (Oxigraph: http://host:port/store,
    Fuseki: http://host:port/DATASET/data). Returns the HTTP status.
    """
    status, _, _ = _request("PUT" if replace else "POST", _with_param(endpoint, graph), data,
                            {"Content-Type": content_type})
    return status


def values_clause(params: dict[str, str]) -> str:
    """A trailing VALUES clause binding each ?name to a string literal (escaped as an RDF term)."""
    if not params:
        return ""
    names = " ".join(f"?{k}" for k in params)
    values = " ".join(str(ox.Literal(v)) for v in params.values())
    return f"\nVALUES ({names}) {{ ({values}) }}\n"


def sparql_query(endpoint: str, sparql: str, params: dict[str, str] | None = None) -> pd.DataFrame:
    """Run a query on a SPARQL 1.1 Protocol endpoint (POST, form-encoded) -> DataFrame.

    SELECT/ASK results are asked as application/sparql-results+json; CONSTRUCT/DESCRIBE as
    N-Triples. Parameters are bound by a trailing VALUES clause of escaped RDF literals.
    """
    from kg.query import _cell

    for k in params or {}:
        if not k.isidentifier():
            raise QueryError(f"bad parameter name {k!r}")
    text = sparql + values_clause(params or {})
    body = urllib.parse.urlencode({"query": text}).encode("utf-8")
    status, ctype, payload = _request("POST", endpoint, body, {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": f"{RESULTS_JSON}, application/n-triples;q=0.9"})
    ctype = ctype.split(";")[0].strip().lower()
    if ctype in ("application/n-triples", "text/plain", "text/turtle"):
        fmt = ox.RdfFormat.TURTLE if ctype == "text/turtle" else ox.RdfFormat.N_TRIPLES
        rows = [(q.subject.value, q.predicate.value, _cell(q.object)) for q in ox.parse(payload, format=fmt)]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    try:
        result = ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as exc:
        raise EndpointError(f"{public_url(endpoint)}: unreadable SPARQL results ({exc})") from None
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        return pd.DataFrame({"ask": [bool(result)]})
    names = [v.value for v in result.variables]
    return pd.DataFrame([[_cell(sol[n]) for n in names] for sol in result], columns=names)
