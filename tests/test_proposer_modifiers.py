"""Supporting an initiative 'proposed by China' supports the initiative, not its proposer
(relations.json "modifier_after" / "modifier_before": '中方提出的…倡议', 'выдвинутую Китаем инициативу').
Every sentence was written for this test.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

BRI, GDI = "belt-and-road-initiative", "global-development-initiative"

CASES = [
    ("哈萨克斯坦、俄罗斯重申支持中方提出的“一带一路”倡议。",
     {("kazakhstan", "supports", BRI), ("russia", "supports", BRI)}),
    ("俄罗斯支持中国倡导的全球发展倡议。", {("russia", "supports", GDI)}),
    ("Россия поддерживает выдвинутую Китаем инициативу «Один пояс, один путь».", {("russia", "supports", BRI)}),
    ("Russia supports the Global Development Initiative proposed by China.", {("russia", "supports", GDI)}),
    ("Nga ủng hộ Sáng kiến Vành đai và Con đường do Trung Quốc đề xuất.", {("russia", "supports", BRI)}),
    # the proposer is still supported when it is the object itself
    ("中方支持俄方。", {("china", "supports", "russia")}),
    ("Россия поддерживает Китай.", {("russia", "supports", "china")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:25] for c in CASES])
def test_support_goes_to_the_initiative_not_its_proposer(text, expected):
    assert {f for f in facts_of(text, published="2022-06-10") if f[1] == "supports"} == expected
