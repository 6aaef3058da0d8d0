"""Cross-sentence reference in every language: pronouns and short references ('He also met …',
'他还会见了…', 'Ông cũng hội kiến …', 'Он также …'), collectives after a reported meeting ('the two
leaders', '两国元首', 'Hai nhà lãnh đạo', 'Лидеры двух стран'), event anaphora ('the summit', '本届峰会',
'hội nghị lần này', 'в ходе саммита') and the dateline as a meeting's place.

Every text here was written for this test; none is copied from the seeds, the corpus or the blind set.
Rows list facts that must be found (`present`) and facts that must not (`absent`).
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

XI, PUTIN, MODI, LI = "xi-jinping", "vladimir-putin", "narendra-modi", "li-qiang"


def meets(a, b):
    return (min(a, b), "meets", max(a, b))


# -- pronouns: the subject of the previous sentence, never one of two competing persons ----------
PRONOUNS = [
    # (text, published, present, absent)
    ("Vladimir Putin held talks with Xi Jinping in Beijing on Thursday. He also met Chinese Premier Li Qiang.",
     "2024-05-17", {meets(PUTIN, LI)}, {meets(XI, LI)}),
    ("At the invitation of Russian President Vladimir Putin, Chinese President Xi Jinping will pay a state visit "
     "to Russia. He will also attend the Victory Day parade.", "2025-05-05",
     {(XI, "attends", "moscow-victory-day-parade")}, {(PUTIN, "attends", "moscow-victory-day-parade")}),
    ("Talks between Xi Jinping and Vladimir Putin lasted three hours. He also met Narendra Modi.", "2024-10-23",
     set(), {meets(XI, MODI), meets(PUTIN, MODI)}),
    ("Xi Jinping and Vladimir Putin met in Beijing on Thursday. He later met Narendra Modi.", "2024-05-17",
     set(), {meets(XI, MODI), meets(PUTIN, MODI)}),
    ("国家主席习近平16日在北京同俄罗斯总统普京举行会谈。他还会见了印度总理莫迪。", "2024-05-17",
     {meets(XI, MODI)}, {meets(PUTIN, MODI)}),
    ("应国家主席习近平邀请，俄罗斯总统普京抵达天津。他将出席上海合作组织峰会。", "2025-08-31",
     {(PUTIN, "attends", "2025-sco-summit")}, {(XI, "attends", "2025-sco-summit")}),
    ("习近平和普京16日举行会谈。他还会见了印度总理莫迪。", "2024-05-17",
     set(), {meets(XI, MODI), meets(PUTIN, MODI)}),
    ("Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Vladimir Putin tại Bắc Kinh ngày 16/5. "
     "Ông cũng hội kiến Thủ tướng Ấn Độ Narendra Modi.", "2024-05-17",
     {meets(XI, MODI)}, {meets(PUTIN, MODI)}),
    ("Theo lời mời của Chủ tịch Trung Quốc Tập Cận Bình, Tổng thống Nga Vladimir Putin sẽ tới Thiên Tân. "
     "Ông sẽ dự Hội nghị thượng đỉnh SCO.", "2025-08-30",
     {(PUTIN, "attends", "2025-sco-summit")}, {(XI, "attends", "2025-sco-summit")}),
    ("Ông Tập Cận Bình và ông Putin hội đàm ngày 16/5. Ông cũng gặp Thủ tướng Ấn Độ Narendra Modi.", "2024-05-17",
     set(), {meets(XI, MODI), meets(PUTIN, MODI)}),
    ("Президент России Владимир Путин провёл переговоры с Председателем КНР Си Цзиньпином в Пекине. "
     "Он также встретился с премьером Госсовета Ли Цяном.", "2024-05-17",
     {meets(PUTIN, LI)}, {meets(XI, LI)}),
    ("Ранее в Китай по приглашению Си Цзиньпина прибыл президент России Владимир Путин. "
     "Он примет участие в саммите ШОС.", "2025-08-31",
     {(PUTIN, "attends", "2025-sco-summit")}, {(XI, "attends", "2025-sco-summit")}),
    ("Путин и Си Цзиньпин провели переговоры в Пекине. Он также встретился с Нарендрой Моди.", "2024-05-17",
     set(), {meets(XI, MODI), meets(PUTIN, MODI)}),
]


@pytest.mark.parametrize("text,published,present,absent", PRONOUNS)
def test_pronoun(text, published, present, absent):
    facts = facts_of(text, published=published)
    assert present <= facts
    assert not absent & facts


def test_vietnamese_honorific_before_a_name_is_no_pronoun():
    x = extract_text("Tổng thống Putin hội đàm với Chủ tịch nước Tô Lâm. Ông bà ta thường nói như vậy.",
                     published="2024-06-20")
    assert not [m for m in x.mentions if m.kind == "pronoun"]
    x = extract_text("Chủ tịch nước Tô Lâm đón Tổng thống Putin. Ông Putin cảm ơn Việt Nam.", published="2024-06-20")
    assert [m.entity for m in x.mentions if m.text == "Ông Putin"] == [PUTIN]
