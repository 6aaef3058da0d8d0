"""Extraction quality on annotated articles, as a regression guard (kg.evaluate, the guidelines' scoring).

The bundled sample articles have gold annotations (tests/data/sample-gold, copied from the
project's evaluation set); the practice corpus (../shared/corpus, when present) has ours in
eval/corpus-gold (evidence as offsets); the ten blind sets (eval/blind … eval/blind10) ship their articles. Thresholds
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


def _scores(gold: Path, docs: Path) -> tuple[float, float, float]:
    _, totals = evaluate(gold, docs)
    t = totals["all"]
    return t.prf("e")[2], t.prf("r")[2], t.prf("m")[2]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="practice corpus ../shared/corpus not present")
def test_practice_corpus_score():
    e, r, m = _scores(ROOT / "eval" / "corpus-gold", CORPUS)
    assert e >= 0.95 and r >= 0.93 and m >= 0.93


@pytest.mark.parametrize("folder,floor", [("blind", (0.93, 0.88, 0.83)), ("blind2", (0.90, 0.82, 0.89)),
                                          ("blind3", (0.86, 0.79, 0.85)), ("blind4", (0.89, 0.73, 0.80)),
                                          ("blind5", (0.85, 0.67, 0.70)), ("blind6", (0.84, 0.74, 0.78)),
                                          ("blind7", (0.84, 0.61, 0.74)), ("blind8", (0.84, 0.69, 0.49)),
                                          ("blind9", (0.87, 0.68, 0.65)), ("blind10", (0.84, 0.60, 0.48))])
def test_blind_set_score(folder, floor):
    scores = _scores(ROOT / "eval" / folder / "gold", ROOT / "eval" / folder / "docs")
    assert all(got >= want for got, want in zip(scores, floor)), (scores, floor)
