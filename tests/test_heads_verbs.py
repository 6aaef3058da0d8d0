"""Heading told by a verb: 'X heads / has led / took over as head of O', 'X возглавил / возглавляет O', 'X lãnh đạo /
đứng đầu O', 'X领导/执掌O' give leaderOf; opening an event ('открыл съезд', '宣布…开幕', 'khai mạc …') is
attending it. Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

XI, PUTIN, TOKAYEV, LUKASHENKO = "xi-jinping", "vladimir-putin", "kassym-jomart-tokayev", "alexander-lukashenko"
CPC, BRF3 = "communist-party-of-china", "3rd-belt-and-road-forum"

ROWS = [
    ("Xi Jinping, who heads the Communist Party of China, spoke first.", "2023-10-18", ({(XI, "leaderOf", CPC)}, set())),
    ("Kassym-Jomart Tokayev has led Kazakhstan since 2019.", "2023-10-18", ({(TOKAYEV, "leaderOf", "kazakhstan")}, set())),
    ("Xi Jinping took over as head of the Communist Party of China in 2012.", "2013-03-14", ({(XI, "leaderOf", CPC)}, set())),
    ("Си Цзиньпин возглавил Коммунистическую партию Китая в 2012 году.", "2013-03-14", ({(XI, "leaderOf", CPC)}, set())),
    ("Александр Лукашенко, возглавляющий Белоруссию с 1994 года, прибыл в Пекин.", "2023-03-01",
     ({(LUKASHENKO, "leaderOf", "belarus")}, set())),
    ("Токаев возглавляет Казахстан с 2019 года.", "2023-10-18", ({(TOKAYEV, "leaderOf", "kazakhstan")}, set())),
    ("Tổng thống Kassym-Jomart Tokayev lãnh đạo Kazakhstan từ năm 2019.", "2023-10-18",
     ({(TOKAYEV, "leaderOf", "kazakhstan")}, set())),
    ("Ông Tập Cận Bình đứng đầu Đảng Cộng sản Trung Quốc từ năm 2012.", "2023-10-18", ({(XI, "leaderOf", CPC)}, set())),
    ("习近平执掌中国共产党已超过十年。", "2023-10-18", ({(XI, "leaderOf", CPC)}, set())),
    # opening an event
    ("Ху Цзиньтао открыл XVIII съезд КПК.", "2012-11-08", ({("hu-jintao", "attends", "18th-national-congress-of-the-cpc")}, set())),
    ("习近平宣布第三届“一带一路”国际合作高峰论坛开幕。", "2023-10-18", ({(XI, "attends", BRF3)}, set())),
    ("Chủ tịch Tập Cận Bình khai mạc Diễn đàn Vành đai và Con đường lần thứ ba.", "2023-10-18", ({(XI, "attends", BRF3)}, set())),
    # not heading: a delegation, a noun 'leaders', another person's country
    ("Vladimir Putin led Russia's delegation to the talks.", "2023-10-18", (set(), {(PUTIN, "leaderOf", "russia")})),
    ("Путин возглавил делегацию Китая.", "2023-10-18", (set(), {(PUTIN, "leaderOf", "china")})),
    ("Ông Putin đã gặp lãnh đạo Trung Quốc tại Bắc Kinh.", "2023-10-18", (set(), {(PUTIN, "leaderOf", "china")})),
    ("普京会见中国领导人。", "2023-10-18", (set(), {(PUTIN, "leaderOf", "china")})),
    ("Xi Jinping met leaders of Kazakhstan and Russia.", "2023-10-18", (set(), {(XI, "leaderOf", "kazakhstan")})),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_heads_by_verb(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


def test_leading_a_delegation_is_no_heading():
    assert ("hillary-clinton", "leaderOf", "united-states") not in facts_of(
        "Secretary of State Hillary Clinton led the US delegation and held talks.", published="2012-09-09")
