"""`kg serve` (Oxigraph server over a store) and `kg push` (Graph Store Protocol) against live
servers on 127.0.0.1, started and always stopped by the tests."""
from __future__ import annotations

import math
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pandas as pd
import pytest
from click.testing import CliRunner

import kg
from kg._http import EndpointError, _credentials, public_url, values_clause
from kg.cli import main
from kg.query import named_queries, resolve_query, run, store_from_turtle
from kg.store import GraphStore, oxigraph_executable, push, query_endpoint

SAMPLES = sorted(kg.sample_corpus().glob("*.txt"))
READY_TIMEOUT_S = 20


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _server(cmd: list[str], port: int) -> Iterator[str]:
    """Run a server command; yield its base URL once it answers; always stop it."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited {proc.returncode}: {proc.stderr.read().decode()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server not ready after {READY_TIMEOUT_S} s")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


def _rows(frame: pd.DataFrame) -> list[tuple]:
    """Rows as comparable tuples (order-free; GROUP_CONCAT's order is unspecified in SPARQL 1.1,
    so the parts of meetings.rq's `participants` are sorted)."""
    def cell(name: str, v: object) -> object:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return None
        return " & ".join(sorted(v.split(" & "))) if name == "participants" else v
    cols = list(frame.columns)
    return sorted((tuple(cell(c, v) for c, v in zip(cols, row)) for row in frame.itertuples(index=False)), key=repr)


def _params(name: str, source: str) -> dict[str, str]:
    return {"source": source} if "?source" in named_queries()[name] and name == "document-facts" else {}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, str]:
    """(store folder, exported graph.ttl, a stored source path); the store is closed."""
    base = tmp_path_factory.mktemp("serve")
    with GraphStore.open(base / "store") as store:
        store.add(SAMPLES)
        store.export(base / "out", html=False)
        source = sorted(v["source"] for v in store.documents.values())[3]
    return base / "store", base / "out" / "graph.ttl", source


@pytest.fixture(scope="module")
def local_rows(built) -> dict[str, list[tuple]]:
    _, ttl, source = built
    local = store_from_turtle(ttl)
    # (bound with a VALUES clause: kg.query.run's substitutions only bind projected variables)
    return {name: _rows(run(local, resolve_query(name) + values_clause(_params(name, source))))
            for name in named_queries()}


@pytest.fixture(scope="module")
def served(built) -> Iterator[str]:
    """`kg serve` (read-only, loopback) over the built store."""
    store, _, _ = built
    port = _free_port()
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--bind", f"127.0.0.1:{port}"]
    with _server(cmd, port) as base:
        yield base


def test_named_queries_are_not_trivial(local_rows):
    assert local_rows["meetings"] and local_rows["supports"] and local_rows["document-facts"]


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_serve_answers_named_queries_like_local(served, built, local_rows, name):
    _, _, source = built
    remote = query_endpoint(f"{served}/query", name, **_params(name, source))
    assert _rows(remote) == local_rows[name]


def test_serve_is_read_only_by_default(served, built):
    _, ttl, _ = built
    with pytest.raises(EndpointError):
        push(f"{served}/store", turtle=ttl.read_bytes())


def test_query_cli_against_endpoint(served):
    res = CliRunner().invoke(main, ["query", "meetings", "--endpoint", f"{served}/query", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("date,participants,place,mode,sources,meeting")


def test_store_query_matches_local(built, local_rows):
    store, _, source = built
    with GraphStore.open(store, read_only=True) as s:
        for name in named_queries():
            assert _rows(s.query(name, **_params(name, source))) == local_rows[name], name


@pytest.fixture()
def writable(tmp_path) -> Iterator[str]:
    """A live, empty, writable Oxigraph server (its own temporary store folder)."""
    port = _free_port()
    cmd = [oxigraph_executable(), "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"]
    with _server(cmd, port) as base:
        yield base


def test_push_one_graph_lands_and_answers_like_local(writable, built, local_rows, monkeypatch):
    _, ttl, source = built
    monkeypatch.setenv("KG_ENDPOINT_USER", "analyst")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-pw")
    res = CliRunner().invoke(main, ["push", "--file", str(ttl), "--endpoint", f"{writable}/store"])
    assert res.exit_code == 0, res.output
    assert "s3cret-pw" not in res.output and "analyst" not in res.output
    for name in named_queries():
        assert _rows(query_endpoint(f"{writable}/query", name, **_params(name, source))) == local_rows[name], name


def test_push_per_document_named_graphs(writable, built, local_rows):
    store, _, source = built
    res = CliRunner().invoke(main, ["push", "--store", str(store), "--endpoint", f"{writable}/store",
                                    "--per-document"])
    assert res.exit_code == 0, res.output
    with GraphStore.open(store, read_only=True) as s:
        expected = {g: len(s.named_graph(g).splitlines()) for g in s.document_graphs()}
    counts = query_endpoint(f"{writable}/query",
                            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    got = dict(zip(counts["g"], counts["n"]))
    assert {g: got[g] for g in expected} == expected
    # the default graph holds the union, so the named queries answer like the local graph
    for name in named_queries():
        assert _rows(query_endpoint(f"{writable}/query", name, **_params(name, source))) == local_rows[name], name


def test_credentials_never_in_urls_or_messages(tmp_path, monkeypatch):
    assert public_url("https://user:pw@example.org:8443/ds/data?x=1") == "https://example.org:8443/ds/data?x=1"
    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    netrc_file = tmp_path / ".netrc"
    netrc_file.write_text("machine triples.example.org login bob password hunter2\n")
    netrc_file.chmod(0o600)
    assert _credentials("https://triples.example.org/ds/data") == ("bob", "hunter2")
    assert _credentials("https://elsewhere.example.org/") is None
    port = _free_port()        # nothing listens: the error names the endpoint without credentials
    with pytest.raises(EndpointError) as err:
        push(f"http://bob:hunter2@127.0.0.1:{port}/store", turtle=b"")
    assert "hunter2" not in str(err.value) and "bob" not in str(err.value)
