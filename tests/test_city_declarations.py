"""Summit declarations named after their city in Chinese, Vietnamese and Russian (shapes.json
"agreement_name"): '厦门宣言', 'Tuyên bố Bi-sơ-kếch', 'Казанская декларация' — the catalogue's declaration
when it has one, else a provisional agreement. Every text was written for this test."""
from __future__ import annotations

import pytest

from kg.extract import facts_of

XI, PUTIN = "xi-jinping", "vladimir-putin"

CASES = [
    pytest.param("习近平签署了厦门宣言。", "2017-09-05", {(XI, "signs", "new/agreement/厦门宣言")}, id="zh-city-declaration"),
    pytest.param("Tổng thống Putin và Chủ tịch Tập Cận Bình đã thông qua Tuyên bố Kazan.", "2024-10-23",
                 {(PUTIN, "signs", "kazan-declaration"), (XI, "signs", "kazan-declaration")}, id="vi-catalogue-declaration"),
    pytest.param("Tổng thống Putin đã ký Tuyên bố Bi-sơ-kếch.", "2019-06-14",
                 {(PUTIN, "signs", "new/agreement/tuyen-bo-bi-so-kech")}, id="vi-transliterated-city"),
    pytest.param("Путин и Си Цзиньпин подписали Казанскую декларацию.", "2024-10-23",
                 {(PUTIN, "signs", "kazan-declaration"), (XI, "signs", "kazan-declaration")}, id="ru-city-adjective"),
    pytest.param("Путин подписал Бишкекскую декларацию.", "2019-06-14",
                 {(PUTIN, "signs", "new/agreement/бишкекская-декларация")}, id="ru-provisional"),
    pytest.param("Путин упомянул Всеобщую декларацию прав человека.", "2019-06-14", set(), id="ru-not-a-city"),
    pytest.param("习近平发表了重要宣言。", "2017-09-05", set(), id="zh-no-city-no-name"),
    pytest.param("Tổng thống Putin đã ký tuyên bố chung.", "2019-06-14", set(), id="vi-generic-joint-statement"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_city_declarations(text: str, published: str, expected: set) -> None:
    assert {f for f in facts_of(text, published=published) if f[1] == "signs"} == expected
