"""Extraction quality on annotated articles, as a regression guard (kg.evaluate, the guidelines' scoring).

The bundled sample articles have gold annotations (tests/data/sample-gold, copied from the
project's evaluation set); the practice corpus (../shared/corpus, when present) has ours in
eval/corpus-gold (evidence as offsets); the blind set (eval/blind) ships its articles. Thresholds
sit a little under the current figures.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def test_sample_articles_score():
    _, totals = evaluate(ROOT / "tests" / "data" / "sample-gold", kg.sample_corpus())
    t = totals["all"]
    assert t.prf("e")[2] >= 0.95
    assert t.prf("r")[2] >= 0.90
    assert t.prf("m")[2] == 1.0
    assert t.n["m_date"] == t.n["m_mode"] == t.n["m_place"] == t.n["m_tp_gold"] == 5


@pytest.mark.skipif(not CORPUS.is_dir(), reason="practice corpus ../shared/corpus not present")
def test_practice_corpus_score():
    _, totals = evaluate(ROOT / "eval" / "corpus-gold", CORPUS)
    t = totals["all"]
    assert t.prf("e")[2] >= 0.95
    assert t.prf("r")[2] >= 0.90
    assert t.prf("m")[2] >= 0.90


def test_blind_set_score():
    _, totals = evaluate(ROOT / "eval" / "blind" / "gold", ROOT / "eval" / "blind" / "docs")
    t = totals["all"]
    assert t.prf("e")[2] >= 0.90
    assert t.prf("r")[2] >= 0.75
    assert t.prf("m")[2] >= 0.80
