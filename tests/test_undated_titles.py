"""Role titles in undated pages: with no publication date, a head-of-state or head-of-government title
names the holder of that office whom the page names by name, else the latest holder; an office list
('президенты России, Турции и Ирана …') resolves the same way. Dated pages take the holder on the day.

Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

from fact_check import check_facts

ROUHANI, PEZESHKIAN = "hassan-rouhani", "masoud-pezeshkian"
PUTIN, ERDOGAN = "vladimir-putin", "recep-tayyip-erdogan"

CASES = [
    # an office list with the holders named right after it, undated
    ("Президенты России, Турции и Ирана Владимир Путин, Реджеп Тайип Эрдоган и Хасан Роухани провели "
     "трехсторонние переговоры в Анкаре.", None,
     ({(PUTIN, "leaderOf", "russia"), (ERDOGAN, "leaderOf", "turkey"), (ROUHANI, "leaderOf", "iran")},
      {(PEZESHKIAN, "leaderOf", "iran")})),
    # a title later in the page names the holder the page named, not today's
    ("Хасан Роухани прибыл в Анкару. «Мы договорились», — сказал иранский президент.", None,
     ({(ROUHANI, "leaderOf", "iran")}, {(PEZESHKIAN, "leaderOf", "iran")})),
    ("Hassan Rouhani arrived in Ankara on Tuesday. The Iranian president said the talks went well.", None,
     ({(ROUHANI, "leaderOf", "iran")}, {(PEZESHKIAN, "leaderOf", "iran")})),
    ("鲁哈尼抵达安卡拉。伊朗总统表示，会谈富有成果。", None,
     ({(ROUHANI, "leaderOf", "iran")}, {(PEZESHKIAN, "leaderOf", "iran")})),
    ("Hassan Rouhani đã tới Ankara. Tổng thống Iran cho biết cuộc hội đàm đạt kết quả tốt.", None,
     ({(ROUHANI, "leaderOf", "iran")}, {(PEZESHKIAN, "leaderOf", "iran")})),
    # nobody named: the latest holder
    ("«Мы договорились», — сказал иранский президент.", None, {(PEZESHKIAN, "leaderOf", "iran")}),
    # a dated page takes the holder on the day
    ("Иранский президент прибыл в Казань.", "2024-10-22",
     ({(PEZESHKIAN, "leaderOf", "iran")}, {(ROUHANI, "leaderOf", "iran")})),
    ("Иранский президент прибыл в Анкару.", "2018-04-03",
     ({(ROUHANI, "leaderOf", "iran")}, {(PEZESHKIAN, "leaderOf", "iran")})),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_undated_titles(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


def test_dated_office_list_unchanged():
    text = "Президенты России и Белоруссии провели переговоры."
    people = {m.entity for m in extract_text(text, published="2019-06-10").mentions if m.type == "Person"}
    assert people == {PUTIN, "alexander-lukashenko"}
