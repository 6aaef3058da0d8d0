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
