"""The `kg` command: thin wrappers over the library (kg.build, KnowledgeGraph, kg.query, kg.validate)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.errors import KGError, QueryError

EXIT_INPUT_ERRORS = 2      # the build finished but some inputs failed
EXIT_INVALID = 1           # validation failed / command error


def _fail(message: str, code: int = EXIT_INVALID) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


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
def build(inputs: tuple[Path, ...], out_dir: Path, quiet: bool, no_html: bool) -> None:
    """Build the graph from files or folders (.txt .md .html .jsonl; folders are read recursively).

    With no INPUTS the bundled sample articles are built. Inputs that cannot be read are
    reported one line each on stderr; the rest of the build completes and the exit code is 2.

    \b
    Example:
      kg build ../articles/ extra.jsonl --out output
    """
    import kg
    from kg.ingest import iter_inputs

    paths = list(inputs) or [kg.sample_corpus()]
    show_bar = not quiet and sys.stderr.isatty()
    total = sum(1 for _ in iter_inputs([p for p in paths if p.exists()]))
    if show_bar:
        with click.progressbar(length=total, label="extracting", file=sys.stderr) as bar:
            graph = kg.build(paths, progress=lambda _a: bar.update(1))
    else:
        graph = kg.build(paths)
    for path in paths:
        if not path.exists():
            graph.errors.append(kg.InputError(path, "no such file or folder"))
    for err in graph.errors:
        click.echo(f"kg: {err}", err=True)
    graph.write(out_dir, html=not no_html)
    if not quiet:
        summary = graph.summary()
        click.echo(" ".join(f"{k}={v}" for k, v in summary.items()) + f"  -> {out_dir}/graph.ttl")
    if graph.errors:
        sys.exit(EXIT_INPUT_ERRORS)


@main.command()
@click.argument("sparql")
@click.option("--graph", "graph_path", default="output/graph.ttl", show_default=True,
              type=click.Path(path_type=Path), help="Turtle file to query.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to the string VALUE (as an RDF literal, never pasted into the query).")
def query(sparql: str, graph_path: Path, fmt: str, params: tuple[str, ...]) -> None:
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
    """
    from kg.query import resolve_query, run, store_from_turtle

    bindings = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name.isidentifier():
            _fail(f"--param {p!r}: expected NAME=VALUE")
        bindings[name] = value
    if not graph_path.is_file():
        _fail(f"{graph_path}: no such graph file (run `kg build` first or pass --graph)")
    try:
        frame = run(store_from_turtle(graph_path), resolve_query(sparql), bindings or None)
    except QueryError as exc:
        _fail(str(exc))
    if fmt == "csv":
        click.echo(frame.to_csv(index=False, lineterminator="\n"), nl=False)
    elif fmt == "json":
        click.echo(json.dumps(frame.to_dict(orient="records"), ensure_ascii=False, indent=2, default=str))
    else:
        import pandas as pd
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 80):
            click.echo(frame.to_string(index=False) if len(frame) else "(no results)")


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


if __name__ == "__main__":  # pragma: no cover
    try:
        main()
    except KGError as exc:
        _fail(str(exc))
