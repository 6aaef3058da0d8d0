"""Summits named by their host city alone (kg/extract/place_events.py; shapes.json "place_event"):
the document's own summit held there, else the catalogue summit held there nearest the report's
date within a year. The city hosts it.

Every text was written for this test; only `attends` and `hosts` facts are compared.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

XI, PUTIN, MODI = "xi-jinping", "vladimir-putin", "narendra-modi"
SCO18, SCO19, BRICS16 = "2018-sco-summit", "2019-sco-summit", "16th-brics-summit"


def hosts(place: str, event: str) -> tuple[str, str, str]:
    return (place, "hosts", event)


def attends(person: str, event: str) -> tuple[str, str, str]:
    return (person, "attends", event)


CASES = [
    pytest.param("习近平出席青岛峰会。", "2018-06-11", {hosts("qingdao", SCO18), attends(XI, SCO18)}, id="zh-city-summit"),
    pytest.param("上海合作组织青岛峰会取得圆满成功。莫迪出席了青岛峰会。", "2018-06-11",
                 {hosts("qingdao", SCO18), attends(MODI, SCO18)}, id="zh-city-summit-after-full-name"),
    pytest.param("習近平出席青島峰會。", "2018-06-11", {hosts("qingdao", SCO18), attends(XI, SCO18)}, id="zh-hant-city-summit"),
    pytest.param("Putin hailed the Kazan summit as a success.", "2024-10-25", {hosts("kazan", BRICS16)}, id="en-city-summit"),
    pytest.param("Narendra Modi attended the Kazan summit.", "2024-10-25",
                 {hosts("kazan", BRICS16), attends(MODI, BRICS16)}, id="en-attended-city-summit"),
    pytest.param("Leaders gathered for the summit in Kazan.", "2024-10-20", {hosts("kazan", BRICS16)}, id="en-summit-in-city"),
    pytest.param("Путин назвал саммит в Казани успешным.", "2024-10-25", {hosts("kazan", BRICS16)}, id="ru-summit-v-city"),
    pytest.param("Tổng thống Putin dự Hội nghị thượng đỉnh Kazan.", "2024-10-25",
                 {hosts("kazan", BRICS16), attends(PUTIN, BRICS16)}, id="vi-city-summit"),
    pytest.param("Tổng thống Putin dự thượng đỉnh tại Bishkek.", "2019-06-14",
                 {hosts("bishkek", SCO19), attends(PUTIN, SCO19)}, id="vi-summit-tai-city"),
    # negative: no summit held there near the date, a forum is no summit, an undated page with two
    # summits in the same city
    pytest.param("Putin hailed the Kazan summit as a success.", "2019-05-01", set(), id="en-no-summit-there-that-year"),
    pytest.param("The Kazan Forum opened on Tuesday.", "2024-05-14", set(), id="en-forum-is-no-summit"),
    pytest.param("Xi Jinping recalled the Astana summit.", None, set(), id="en-undated-two-astana-summits"),
    pytest.param("习近平出席哈尔滨峰会。", "2024-10-25", set(), id="zh-city-without-a-summit"),
    # two summits held in one city the same week (Ufa 2015: BRICS and SCO): the one of the organisation
    # the page names; without one, the nearest
    pytest.param("上海合作组织成员国元首理事会第十四次会议在杜尚别举行。中方支持俄方办好明年的乌法峰会。", "2014-09-12",
                 {hosts("dushanbe", "2014-sco-summit"), hosts("ufa", "2015-sco-summit"), hosts("russia", "2015-sco-summit")},
                 id="zh-city-summit-of-named-organisation"),
    pytest.param("BRICS leaders agreed to meet again next year. Putin invited them to the Ufa summit.", "2014-07-16",
                 {hosts("ufa", "7th-brics-summit")}, id="en-city-summit-of-named-organisation"),
    pytest.param("Лидеры ШОС обсудили расширение. Путин пригласил коллег на саммит в Уфе.", "2014-09-12",
                 {hosts("ufa", "2015-sco-summit")}, id="ru-city-summit-of-named-organisation"),
    pytest.param("Putin invited them to the Ufa summit.", "2014-09-12", {hosts("ufa", "7th-brics-summit")},
                 id="en-city-summit-nearest-without-organisation"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_city_named_summit(text: str, published: str | None, expected: set) -> None:
    got = {f for f in facts_of(text, published=published) if f[1] in ("attends", "hosts")}
    assert got == expected
