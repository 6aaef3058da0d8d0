"""The `kg` command: thin wrappers over the library (kg.build, KnowledgeGraph, kg.query, kg.validate)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.errors import KGError

EXIT_INPUT_ERRORS = 2      # the build finished but some inputs failed
EXIT_INVALID = 1           # validation failed / command error


def _fail(message: str, code: int = EXIT_INVALID) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


def _reported(func):
    """Report KGError (store in use, endpoint refused, ...) as one line and exit 1."""
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KGError as exc:
            _fail(str(exc))
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="cr-kg", prog_name="kg")
def main() -> None:
    """Build a knowledge graph of China–Russia relations from news articles
    (English, Chinese, Vietnamese, Russian) and query, validate and explore it.

    \b
    Example:
      kg build articles/ --out output && kg query meetings --graph output/graph.ttl
    """


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder to write graph.ttl, ontology.ttl, graph.html, entities.csv, relations.csv.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--no-html", is_flag=True, help="Skip graph.html.")
@click.option("--store", "store_path", default=None, type=click.Path(path_type=Path),
              help="Grow the persistent store in this folder (created if missing): unchanged documents are "
                   "skipped, changed ones replaced; then export the whole store to --out.")
def build(inputs: tuple[Path, ...], out_dir: Path, quiet: bool, no_html: bool, store_path: Path | None) -> None:
    """Build the graph from files or folders (.txt .md .html .jsonl; folders are read recursively).

    With no INPUTS the bundled sample articles are built. Inputs that cannot be read are
    reported one line each on stderr; the rest of the build completes and the exit code is 2.

    With --store PATH the graph grows in place: each document is a named graph in the store,
    a re-added unchanged file is skipped, a changed file replaces its old version, and the
    whole store (not only INPUTS) is exported to --out.

    \b
    Example:
      kg build ../articles/ extra.jsonl --out output
      kg build new-this-week/ --store kg-store --out output
    """
    import kg
    from kg.ingest import iter_inputs

    paths = list(inputs)            # none: the bundled samples (kg.build names them samples/...)
    show_bar = not quiet and sys.stderr.isatty()
    total = sum(1 for _ in iter_inputs([p for p in paths if p.exists()] or [kg.sample_corpus()]))
    if store_path is not None:
        _build_store(paths, store_path, out_dir, quiet=quiet, no_html=no_html,
                     show_bar=show_bar, total=total)
        return
    if show_bar:
        with click.progressbar(length=total, label="extracting", file=sys.stderr) as bar:
            graph = kg.build(paths, progress=lambda _a: bar.update(1))
    else:
        graph = kg.build(paths)
    for err in graph.errors:
        click.echo(f"kg: {err}", err=True)
    graph.write(out_dir, html=not no_html)
    if not quiet:
        summary = graph.summary()
        click.echo(" ".join(f"{k}={v}" for k, v in summary.items()) + f"  -> {out_dir}/graph.ttl")
    if graph.errors:
        sys.exit(EXIT_INPUT_ERRORS)


@_reported
def _build_store(paths: list[Path], store_path: Path, out_dir: Path, *, quiet: bool, no_html: bool,
                 show_bar: bool, total: int) -> None:
    from kg.errors import InputError
    from kg.store import GraphStore

    with GraphStore.open(store_path) as store:
        if show_bar:
            with click.progressbar(length=total, label="extracting", file=sys.stderr) as bar:
                report = store.add(paths, progress=lambda _a: bar.update(1))
        else:
            report = store.add(paths)
        errors = list(report.errors) + [InputError(p, "no such file or folder") for p in paths if not p.exists()]
        for err in errors:
            click.echo(f"kg: {err}", err=True)
        store.export(out_dir, html=not no_html)
        if not quiet:
            summary = store.summary()
            click.echo(f"{store_path}: {report.summary()}")
            click.echo(" ".join(f"{k}={v}" for k, v in summary.items()) + f"  -> {out_dir}/graph.ttl")
    if errors:
        sys.exit(EXIT_INPUT_ERRORS)


@main.command()
@click.argument("docs", nargs=-1, required=True)
@click.option("--store", "store_path", required=True, type=click.Path(path_type=Path), help="The store folder.")
@click.option("--out", "out_dir", default=None, type=click.Path(path_type=Path),
              help="Also export the store to this folder afterwards.")
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
@_reported
def remove(docs: tuple[str, ...], store_path: Path, out_dir: Path | None, quiet: bool) -> None:
    """Retract documents from a store: by source path (a folder removes every document under it),
    document id (16 hex digits) or document IRI.

    Facts that only these documents supported disappear; facts other documents also support
    stay, with those documents' evidence. Meetings are re-merged over the remaining documents.
    Exit code 2 when a DOC is not in the store.

    \b
    Example:
      kg remove articles/retracted.txt 3462d4fd392c5213 --store kg-store --out output
    """
    from kg.store import GraphStore

    with GraphStore.open(store_path, create=False) as store:
        report = store.remove(docs)
        for err in report.errors:
            click.echo(f"kg: {err}", err=True)
        if out_dir is not None:
            store.export(out_dir)
        if not quiet:
            click.echo(f"{store_path}: {report.summary()}")
    if report.errors:
        sys.exit(EXIT_INPUT_ERRORS)


@main.command()
@click.option("--store", "store_path", required=True, type=click.Path(path_type=Path), help="The store folder.")
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder to write graph.ttl, graph.trig, graph.nq, ontology.ttl, CSVs and graph.html.")
@click.option("--no-html", is_flag=True, help="Skip graph.html.")
@_reported
def export(store_path: Path, out_dir: Path, no_html: bool) -> None:
    """Export a store: graph.ttl (the union of the document graphs, as `kg build` writes it),
    graph.trig and graph.nq (one named graph per document plus the ontology graph),
    ontology.ttl, entities.csv, relations.csv and graph.html. Opens the store read-only.

    \b
    Example:
      kg export --store kg-store --out output
    """
    from kg.store import GraphStore

    with GraphStore.open(store_path, read_only=True) as store:
        written = store.export(out_dir, html=not no_html)
    click.echo(f"{len(written)} files -> {out_dir}/")


@main.command()
@click.option("--store", "store_path", required=True, type=click.Path(path_type=Path), help="The store folder.")
@click.option("--bind", default="127.0.0.1:7878", show_default=True, metavar="HOST:PORT",
              help="Address to listen on (loopback by default; anything else exposes the store to the network).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates and Graph Store writes (needs exclusive use of the store folder).")
@click.option("--timeout", "timeout_s", type=int, default=None, help="Query timeout in seconds.")
@_reported
def serve(store_path: Path, bind: str, writable: bool, timeout_s: int | None) -> None:
    """Serve a store as a SPARQL 1.1 endpoint (the Oxigraph server): queries at
    http://HOST:PORT/query, Graph Store Protocol at /store, a query UI at /.

    Read-only unless --writable. The default graph is the union of all named graphs
    (documents + ontology), so the bundled queries work unchanged. A read-only server may run
    while `kg query --store` / `kg export` read the same store, but not while it is written
    (`kg build --store`, `kg remove`): stop the server first. Stop it with Ctrl-C.

    \b
    Example:
      kg serve --store kg-store --bind 127.0.0.1:7878
      kg query meetings --endpoint http://127.0.0.1:7878/query
    """
    import os

    from kg.store import serve_command

    host = bind.rsplit(":", 1)[0].strip("[]")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"kg: warning: listening on {bind}: the store is reachable from the network", err=True)
    cmd = serve_command(store_path, bind, writable=writable, timeout_s=timeout_s)
    click.echo(f"kg: serving {store_path} {'read-write' if writable else 'read-only'} at http://{bind}/query",
               err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "posix":
        os.execv(cmd[0], cmd)          # the server replaces this process: signals reach it directly
    import subprocess
    sys.exit(subprocess.call(cmd))


@main.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL (Oxigraph: http://HOST:PORT/store; Fuseki: http://HOST:PORT/DATASET/data).")
@click.option("--store", "store_path", default=None, type=click.Path(path_type=Path),
              help="Push from this store (default: push --file).")
@click.option("--file", "graph_file", default="output/graph.ttl", show_default=True, type=click.Path(path_type=Path),
              help="Turtle file to push when no --store is given.")
@click.option("--graph", "graph_iri", default=None, metavar="IRI",
              help="Target named graph (default: the endpoint's default graph).")
@click.option("--per-document", is_flag=True,
              help="Mirror the store: each document's named graph and the ontology graph under their own IRIs, the union in the default graph (needs --store).")
@click.option("--append", is_flag=True, help="POST (add to the target graph) instead of PUT (replace it).")
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
@_reported
def push(endpoint: str, store_path: Path | None, graph_file: Path, graph_iri: str | None, per_document: bool,
         append: bool, quiet: bool) -> None:
    """Publish the graph to any SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph, Jena Fuseki,
    GraphDB, Virtuoso, Neptune).

    Credentials: KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD in the environment, else the
    endpoint host's entry in ~/.netrc (HTTP Basic). They are never printed.

    \b
    Example:
      kg push --store kg-store --endpoint http://127.0.0.1:7878/store --per-document
      kg push --file output/graph.ttl --endpoint https://triples.example.org/ds/data --graph https://example.org/cr-kg
    """
    from kg._http import public_url
    from kg.store import GraphStore, push as push_graph

    if per_document and graph_iri:
        _fail("--per-document and --graph exclude each other")
    if store_path is not None:
        with GraphStore.open(store_path, read_only=True) as store:
            done = push_graph(endpoint, store=store, graph=graph_iri, per_document=per_document, replace=not append)
    else:
        if per_document:
            _fail("--per-document needs --store PATH")
        if not graph_file.is_file():
            _fail(f"{graph_file}: no such graph file (run `kg build` first or pass --file/--store)")
        done = push_graph(endpoint, turtle=graph_file.read_bytes(), graph=graph_iri, replace=not append)
    if not quiet:
        click.echo(f"pushed {len(done)} graph(s) to {public_url(endpoint)}")


@main.command()
@click.argument("sparql")
@click.option("--graph", "graph_path", default="output/graph.ttl", show_default=True,
              type=click.Path(path_type=Path), help="Turtle file to query.")
@click.option("--store", "store_path", default=None, type=click.Path(path_type=Path),
              help="Query this store instead (read-only; default graph = union of all its graphs).")
@click.option("--endpoint", default=None, metavar="URL",
              help="Query this SPARQL 1.1 endpoint instead (e.g. http://127.0.0.1:7878/query).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to the string VALUE (as an RDF literal, never pasted into the query).")
def query(sparql: str, graph_path: Path, store_path: Path | None, endpoint: str | None, fmt: str,
          params: tuple[str, ...]) -> None:
    """Run SPARQL: inline text, a FILE.rq, or a bundled query NAME.

    \b
    Bundled queries:
      meetings        meetings in date order with place and mode
      supports        who supports whom, with quotes
      memberships     memberships and chairs
      cooperation     cooperation pairs
      document-facts  all facts from one source document (--param source=PATH)

    \b
    Example:
      kg query supports --graph output/graph.ttl --format csv
      kg query meetings --store kg-store
      kg query meetings --endpoint http://127.0.0.1:7878/query
    """
    from kg.query import resolve_query, run, store_from_turtle

    bindings = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name.isidentifier():
            _fail(f"--param {p!r}: expected NAME=VALUE")
        bindings[name] = value
    if store_path is not None and endpoint is not None:
        _fail("--store and --endpoint exclude each other")
    try:
        if endpoint is not None:
            from kg.store import query_endpoint
            frame = query_endpoint(endpoint, sparql, **bindings)
        elif store_path is not None:
            from kg.store import GraphStore
            with GraphStore.open(store_path, read_only=True) as store:
                frame = store.query(sparql, **bindings)
        else:
            if not graph_path.is_file():
                _fail(f"{graph_path}: no such graph file (run `kg build` first or pass --graph)")
            frame = run(store_from_turtle(graph_path), resolve_query(sparql), bindings or None)
    except KGError as exc:
        _fail(str(exc))
    if fmt == "csv":
        click.echo(frame.to_csv(index=False, lineterminator="\n"), nl=False)
    elif fmt == "json":
        click.echo(json.dumps(frame.to_dict(orient="records"), ensure_ascii=False, indent=2, default=str))
    else:
        import pandas as pd
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 80):
            click.echo(frame.fillna("").to_string(index=False) if len(frame) else "(no results)")


@main.command()
@click.argument("directory", default="output", type=click.Path(path_type=Path))
def validate(directory: Path) -> None:
    """Validate DIRECTORY/graph.ttl against the SHACL shapes of the ontology.

    Exit code 0 when the graph conforms; 1 with the violations listed when it does not.

    \b
    Example:
      kg validate output
    """
    from kg.validate import validate_file

    path = directory / "graph.ttl" if directory.is_dir() else directory
    if not path.is_file():
        _fail(f"{path}: no such graph file")
    try:
        result = validate_file(path)
    except Exception as exc:  # noqa: BLE001 - unparsable Turtle
        _fail(f"{path}: cannot read graph ({exc})")
    if result.conforms:
        click.echo(f"{path}: conforms")
        return
    click.echo(result.report)
    _fail(f"{path}: does not conform ({result.violations} violations)")


@main.command()
@click.option("--gold", "gold_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder of gold .json files (shared/eval/GUIDELINES.md format).")
@click.option("--docs", "docs_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder holding the document each gold file names.")
@click.option("-v", "--verbose", is_flag=True, help="List what each document missed and added.")
def evaluate(gold_dir: Path, docs_dir: Path, verbose: bool) -> None:
    """Score extraction against your own annotated articles.

    Each document is built on its own and matched to its gold file by label (entities),
    (subject, relation, object) (relations) and participants + date (meetings). Prints
    precision/recall/F1 per document and per language, and a final SCORE line.

    \b
    Example:
      kg evaluate --gold annotations/ --docs articles/ -v
    """
    from kg.evaluate import evaluate as run_evaluation

    try:
        scores, totals = run_evaluation(gold_dir, docs_dir)
    except KGError as exc:
        _fail(str(exc))
    for doc in scores:
        click.echo(f"{doc.stem} [{doc.lang}] {doc.counts.line()}")
        if verbose:
            for item in doc.missing:
                click.echo(f"   missing  {item}")
            for item in doc.spurious:
                click.echo(f"   spurious {item}")
    click.echo()
    for bucket in sorted(totals):
        click.echo(f"{bucket:8} {totals[bucket].line()}")
    t = totals["all"]
    click.echo(f"SCORE entity_f1={t.prf('e')[2]:.3f} relation_f1={t.prf('r')[2]:.3f} meeting_f1={t.prf('m')[2]:.3f}")


def _examples_last(group: click.Group) -> None:
    """Move each docstring's trailing 'Example:' block to the epilog, so --help ends with it."""
    for command in [group, *group.commands.values()]:
        text = command.help or ""
        head, sep, example = text.partition("\b\n    Example:")
        if not sep:
            head, sep, example = text.partition("\b\nExample:")
        if sep:
            command.help = head.rstrip()
            lines = [line.strip() for line in example.strip("\n").splitlines() if line.strip()]
            command.epilog = "\b\nExample:\n" + "\n".join("  " + line for line in lines)


_examples_last(main)


if __name__ == "__main__":  # pragma: no cover
    try:
        main()
    except KGError as exc:
        _fail(str(exc))
