"""An organisation's title before a list of titled people names only its own holder: in '联合国秘书长潘基文、
日本首相安倍晋三' Abe does not lead the UN. Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

ROWS = [
    ("联合国秘书长潘基文、日本首相安倍晋三等将出席开幕式。", "2014-02-07",
     ({("ban-ki-moon", "leaderOf", "united-nations"), ("shinzo-abe", "leaderOf", "japan")},
      {("shinzo-abe", "leaderOf", "united-nations")})),
    ("聯合國秘書長古特雷斯、土耳其總統艾爾段出席論壇。", "2024-10-23",
     ({("antonio-guterres", "leaderOf", "united-nations")}, {("recep-tayyip-erdogan", "leaderOf", "united-nations")})),
    ("日本首相安倍晋三、联合国秘书长潘基文出席。", "2014-02-07",
     ({("ban-ki-moon", "leaderOf", "united-nations")}, {("shinzo-abe", "leaderOf", "united-nations")})),
    ("UN Secretary-General Antonio Guterres and Turkish President Recep Tayyip Erdogan attended the forum.", "2024-10-23",
     ({("antonio-guterres", "leaderOf", "united-nations")}, {("recep-tayyip-erdogan", "leaderOf", "united-nations")})),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_title_before_a_list(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
