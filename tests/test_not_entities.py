"""Phrases that contain a name but name no entity (names.json "not_entities"): the Kremlin inside a
spokesperson's or aide's title is no place; the Kremlin where talks are held is.

Every sentence was written for this test.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

KREMLIN = "moscow-kremlin"

CASES = [
    ("Kremlin spokesman Dmitry Peskov said Moscow was not worried.", False),
    ("A Kremlin aide told reporters the visit was being prepared.", False),
    ("Người phát ngôn Điện Kremlin Dmitry Peskov nói Moscow không lo ngại.", False),
    ("克里姆林宫发言人佩斯科夫表示，俄方对此并不担心。", False),
    ("Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва не обеспокоена.", False),
    ("По данным пресс-службы Кремля, разговор длился час.", False),
    ("Putin received Wang Yi in the Kremlin on Wednesday.", True),
    ("Tổng thống Putin tiếp ông Vương Nghị tại Điện Kremlin.", True),
    ("普京在克里姆林宫会见王毅。", True),
    ("Путин принял Ван И в Кремле.", True),
]


@pytest.mark.parametrize("text,is_place", CASES, ids=[c[0][:30] for c in CASES])
def test_kremlin_in_a_title_is_no_place(text, is_place):
    x = extract_text(text, published="2023-02-22")
    assert (KREMLIN in {m.entity for m in x.mentions}) is is_place


BARE_LINES = [
    # a place or organisation alone on its line (section or tag label) names nothing
    ("World\nAsia Pacific\nPutin arrives in Beijing for talks\nPutin held talks with Xi.", "asia-pacific", False),
    ("Thế giới\nChâu Á\nÔng Putin tới Bắc Kinh\nÔng Putin hội đàm với ông Tập.", "asia", False),
    ("Новости\nЕвропа\nПутин прибыл в Пекин\nПутин провел переговоры с Си.", "europe", False),
    ("NATO\nThe alliance met in Brussels.", "nato", False),
    # the same names inside a sentence, or with other words on the line, are mentions
    ("Putin said trade across Asia Pacific was growing.", "asia-pacific", True),
    ("NATO expansion\nThe alliance met in Brussels.", "nato", True),
]


@pytest.mark.parametrize("text,entity,mentioned", BARE_LINES, ids=[c[0][:30] for c in BARE_LINES])
def test_bare_name_line_is_page_furniture(text, entity, mentioned):
    x = extract_text(text, published="2024-05-16")
    assert (entity in {m.entity for m in x.mentions}) is mentioned
