"""'The Indian leader', '印度领导人', 'Nhà lãnh đạo Ấn Độ', 'индийский лидер', 'лидеры … Индии': a generic
leader word names the office the country's leader holds (catalogue "leader_office": the prime minister
in parliamentary states, else the head of state), unless the page named another leader of that country.
Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

D = "2024-10-23"
MODI, MURMU, PUTIN, XI = "narendra-modi", "droupadi-murmu", "vladimir-putin", "xi-jinping"

ROWS = [
    ("The Indian leader arrived in Moscow on Monday.", D, ({(MODI, "visits", "moscow")}, {(MURMU, "visits", "moscow")})),
    ("印度领导人抵达莫斯科。", D, ({(MODI, "visits", "moscow")}, {(MURMU, "visits", "moscow")})),
    ("Nhà lãnh đạo Ấn Độ đã tới Moskva.", D, ({(MODI, "visits", "moscow")}, {(MURMU, "visits", "moscow")})),
    ("Индийский лидер прибыл в Москву.", D, ({(MODI, "visits", "moscow")}, {(MURMU, "visits", "moscow")})),
    ("Лидеры России, Китая и Индии провели встречу в Казани.", D,
     ({(MODI, "leaderOf", "india")}, {(MURMU, "leaderOf", "india")})),
    ("The Japanese leader arrived in Beijing.", "2024-11-15", ({("shigeru-ishiba", "visits", "beijing")}, set())),
    # presidential states: the head of state
    ("The Russian leader arrived in Beijing.", D, ({(PUTIN, "visits", "beijing")}, set())),
    ("中方领导人抵达莫斯科。", D, ({(XI, "visits", "moscow")}, set())),
    # a leader the page named first
    ("Indian President Droupadi Murmu arrived in Moscow. The Indian leader met Vladimir Putin.", D,
     ({(MURMU, "visits", "moscow")}, {(MODI, "visits", "moscow")})),
    # a title that is no generic leader word keeps its office
    ("The Indian President arrived in Moscow.", D, ({(MURMU, "visits", "moscow")}, {(MODI, "visits", "moscow")})),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_leader_office(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
