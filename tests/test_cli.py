"""The `kg` command: help texts, bad inputs, exit codes, query formats (run as real subprocesses)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "samples" / "003_91ec62a49ae75b28.txt"


def kg_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_every_command_is_documented_with_an_example():
    runner = CliRunner()
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        tail = result.output.strip().splitlines()
        assert any(line.strip() == "Example:" for line in tail[-4:]), f"kg {name} --help ends without an example"
        assert tail[-1].strip().startswith("kg "), name
    assert "Example:" in runner.invoke(main, ["--help"]).output


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli")
    result = kg_cli("build", str(SAMPLE), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "documents=1" in result.stdout and "meetings=1" in result.stdout
    return out


def test_bad_inputs_are_reported_and_the_rest_is_built(tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    (tmp_path / "in" / "latin1.txt").write_bytes("Caf\xe9 au lait na\xefve".encode("latin-1"))
    out = tmp_path / "out"
    result = kg_cli("build", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "--out", str(out), "-q")
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg:")]
    assert len(errors) == 4, result.stderr
    for name, problem in (("empty.txt", "empty"), ("binary.txt", "binary"), ("latin1.txt", "UTF-8"),
                          ("missing.txt", "no such")):
        assert any(name in e and problem in e for e in errors), (name, result.stderr)
    assert (out / "graph.ttl").stat().st_size > 1000        # the good file was still built


def test_piped_build_has_no_progress_bar(built):
    result = kg_cli("build", str(SAMPLE), "--out", str(built))
    assert "extracting" not in result.stderr


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats(built, fmt):
    result = kg_cli("query", "meetings", "--graph", str(built / "graph.ttl"), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert "2022-02-04" in result.stdout
    if fmt == "json":
        assert json.loads(result.stdout)[0]["mode"] == "InPerson"


def test_query_parameter_is_bound_not_interpolated(built):
    hostile = '" } ; DROP ALL ; SELECT * { ?s ?p "'
    result = kg_cli("query", "document-facts", "--graph", str(built / "graph.ttl"), "--param", f"source={hostile}")
    assert result.returncode == 0, result.stderr
    assert "(no results)" in result.stdout
    ok = kg_cli("query", "document-facts", "--graph", str(built / "graph.ttl"), "--format", "csv",
                "--param", f"source={SAMPLE}")
    assert "supports" in ok.stdout


def test_query_errors_are_one_line(built, tmp_path):
    bad = kg_cli("query", "SELECT ?x WHERE { ?x", "--graph", str(built / "graph.ttl"))
    assert bad.returncode == 1 and bad.stderr.startswith("kg: error: SPARQL error")
    missing = kg_cli("query", "meetings", "--graph", str(tmp_path / "none.ttl"))
    assert missing.returncode == 1 and "no such graph file" in missing.stderr
    unknown = kg_cli("query", "no-such-query", "--graph", str(built / "graph.ttl"))
    assert unknown.returncode == 1 and "named query" in unknown.stderr


def test_validate_conforms_and_fails(built, tmp_path):
    ok = kg_cli("validate", str(built))
    assert ok.returncode == 0 and "conforms" in ok.stdout
    broken = tmp_path / "graph.ttl"
    text = (built / "graph.ttl").read_text(encoding="utf-8")
    broken.write_text(text.replace("cr:quote", "cr:trigger"), encoding="utf-8")
    bad = kg_cli("validate", str(tmp_path))
    assert bad.returncode == 1 and "does not conform" in bad.stderr


def test_evaluate_command(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "doc.json").write_text(json.dumps({
        "doc": SAMPLE.name, "languages": ["en"], "published": "2022-02-05",
        "entities": [{"id": "xi", "name": "Xi Jinping", "type": "Person", "mentions": []},
                     {"id": "putin", "name": "Vladimir Putin", "type": "Person", "mentions": []}],
        "relations": [{"s": "xi", "p": "meets", "o": "putin", "evidence": "…"}],
        "meetings": [{"participants": ["xi", "putin"], "date": "2022-02-04", "place": None, "mode": "in_person"}],
    }), encoding="utf-8")
    result = kg_cli("evaluate", "--gold", str(gold), "--docs", str(SAMPLE.parent))
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("SCORE") and "meeting_f1=1.000" in last
