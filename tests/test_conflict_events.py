"""Wars and crises as named events (catalogue aliases of `russian-invasion-of-ukraine`), with three
guards: a catalogue event starting more than a year after the report is not what it names
(kg/extract/document.py `_not_yet_held`); nobody attends or hosts a war or an election (catalogue
"gathering": false); a stance on settling a war is no stance on the war (relations.json
"settlement_cue").

Every text was written for this test; leaderOf facts are left out of the comparison.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

WAR = "russian-invasion-of-ukraine"

MENTIONS = [
    pytest.param("Putin and Xi discussed the war in Ukraine.", "2023-03-21", True, id="en-war-in-ukraine"),
    pytest.param("The Ukraine crisis dominated the talks.", "2023-03-21", True, id="en-ukraine-crisis-2023"),
    pytest.param("The Ukraine crisis dominated the talks.", "2014-05-20", False, id="en-ukraine-crisis-2014-is-not-2022"),
    pytest.param("双方就乌克兰危机交换了意见。", "2023-03-21", True, id="zh-wukelan-weiji"),
    pytest.param("雙方就烏克蘭危機交換了意見。", "2023-03-21", True, id="zh-hant-weiji"),
    pytest.param("双方就乌克兰危机交换了意见。", "2014-03-04", False, id="zh-2014-crisis-is-not-2022"),
    pytest.param("Hai bên trao đổi về chiến sự Nga - Ukraine.", "2024-06-20", True, id="vi-chien-su"),
    pytest.param("Стороны обсудили украинский кризис.", "2023-03-21", True, id="ru-ukrainskiy-krizis"),
    pytest.param("Стороны обсудили ситуацию вокруг конфликта на Украине.", "2024-05-16", True, id="ru-konflikt-na-ukraine"),
    pytest.param("Стороны обсудили украинский кризис.", "2015-05-08", False, id="ru-2015-crisis-is-not-2022"),
]


@pytest.mark.parametrize("text,published,named", MENTIONS)
def test_the_war_is_named_only_after_it_began(text: str, published: str, named: bool) -> None:
    entities = {m.entity for m in extract_text(text, published=published).mentions}
    assert (WAR in entities) == named


FACTS = [
    pytest.param("Putin and Xi discussed the Ukraine crisis in Moscow.", "2023-03-21", set(),
                 id="en-crisis-in-a-city-is-not-hosted"),
    pytest.param("China supports a political settlement of the Ukraine crisis.", "2023-03-21", set(),
                 id="en-support-for-settling-it"),
    pytest.param("中方支持俄乌战争通过谈判解决。", "2023-03-21", set(), id="zh-support-for-negotiated-end"),
    pytest.param("Việt Nam ủng hộ giải quyết xung đột Nga - Ukraine bằng biện pháp hòa bình.", "2023-03-21", set(),
                 id="vi-support-for-peaceful-settlement"),
    pytest.param("Пхеньян выразил поддержку специальной военной операции.", "2024-06-19",
                 {("north-korea", "supports", WAR)}, id="ru-support-for-the-operation-itself"),
]


@pytest.mark.parametrize("text,published,expected", FACTS)
def test_stances_and_venues_of_a_war(text: str, published: str, expected: set) -> None:
    assert {f for f in facts_of(text, published=published) if f[1] != "leaderOf"} == expected
