"""The team's probe articles (tests/data/probe_*/, see tests/probe_score.py) as a regression guard:
relation precision and recall and correct meetings may not fall below what they are now (floors a
little under the current figures). These articles were written to try rules out, so the figures say
nothing about unseen articles; tests/test_dev_score.py and the blind sets do."""
from __future__ import annotations

import pytest

from probe_score import PROBES, score_dir

FLOORS = {      # folder: (relation precision, relation recall, meetings right)
    "probe_en": (0.97, 0.85, 9),
    "probe_ru": (0.84, 0.67, 8),
    "probe_ru_multi": (0.91, 0.88, 3),
    "probe_vi": (0.95, 0.90, 9),
    "probe_vi_multi": (0.97, 0.85, 2),
    "probe_zh": (0.92, 0.87, 18),
    "probe_zh_multi": (0.96, 0.86, 4),
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_probe_articles_hold(folder):
    s = score_dir(PROBES / folder)
    precision, recall, meetings = FLOORS[folder]
    assert s.precision >= precision and s.recall >= recall and s.meetings_ok >= meetings, "\n".join(s.lines)


def test_every_probe_folder_is_guarded():
    assert {p.name for p in PROBES.glob("probe_*") if p.is_dir()} == set(FLOORS)
