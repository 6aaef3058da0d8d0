"""Generic names of recurring forums and expos resolve like summits (kg/data/catalogue/series.json): the
Eastern Economic Forum, the St. Petersburg International Economic Forum, the Belt and Road Forum and the
China International Import Expo named without an edition are the catalogue edition nearest the document's
date (ongoing, next within 400 days, or just past); a year written right next to the name picks that year's
edition ('the 2019 Eastern Economic Forum', '2018年东方经济论坛', 'ВЭФ 2018 года'), and so does a relative year
word counted from the document's date ("next year's BRICS summit", '明年在印度举行的金砖峰会'); an ordinal is the
edition's own name; an undated document, or a date no edition is near, gives the series' generic entity
('eastern-economic-forum'), except that an open series (EEF, SPIEF, CIIE: "edition_label") dated far from
any catalogue edition makes a provisional edition of the document's year (so do the Boao Forum for Asia
and the Munich Security Conference, open series with no catalogue editions).

Every sentence was written for this table. Columns: text, published, the Event mentions (exactly), facts
that must be found, facts that must not.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

PUTIN, XI = "vladimir-putin", "xi-jinping"
EEF, EEF4, EEF5, EEF7, EEF8, EEF9 = ("eastern-economic-forum", "4th-eastern-economic-forum", "5th-eastern-economic-forum",
                                     "7th-eastern-economic-forum", "8th-eastern-economic-forum",
                                     "9th-eastern-economic-forum")
BRF, BRF2, BRF3 = "belt-and-road-forum", "2nd-belt-and-road-forum", "3rd-belt-and-road-forum"
CIIE1, CIIE7, CIIE8 = ("1st-china-international-import-expo", "7th-china-international-import-expo",
                       "8th-china-international-import-expo")
BRICS17, BRICS18, SCO24, SCO25 = "17th-brics-summit", "18th-brics-summit", "2024-sco-summit", "2025-sco-summit"
EEF2026 = "new/event/eastern-economic-forum-2026"
NONE: set = set()

ROWS = [
    # ---------------- en
    pytest.param("Putin spoke at the Eastern Economic Forum in Vladivostok.", "2019-09-05", {EEF5},
                 {(PUTIN, "attends", EEF5), ("vladivostok", "hosts", EEF5)}, NONE, id="en-dated-during"),
    pytest.param("Putin spoke at the 2019 Eastern Economic Forum.", "2024-03-01", {EEF5},
                 {(PUTIN, "attends", EEF5)}, {(PUTIN, "attends", EEF9)}, id="en-year-before-name"),
    pytest.param("Putin attended the Belt and Road Forum in 2019.", "2024-03-01", {BRF2},
                 {(PUTIN, "attends", BRF2)}, {(PUTIN, "attends", BRF3)}, id="en-year-after-name"),
    pytest.param("Putin recalled the fifth Eastern Economic Forum.", "2024-03-01", {EEF5}, NONE, NONE,
                 id="en-ordinal"),
    pytest.param("Putin spoke at the Eastern Economic Forum in Vladivostok.", None, {EEF},        # undated: generic
                 {(PUTIN, "attends", EEF), ("vladivostok", "hosts", EEF)}, NONE, id="en-undated"),
    pytest.param("Putin will attend the Eastern Economic Forum in September.", "2026-03-01",      # open series, no
                 {"new/event/eastern-economic-forum-2026"},                                      # 2026 edition listed
                 {(PUTIN, "attends", "new/event/eastern-economic-forum-2026")}, NONE, id="en-far-open"),
    pytest.param("Xi Jinping attended the Belt and Road Forum in Beijing.", "2021-03-01", {BRF},  # closed, far: generic
                 {(XI, "attends", BRF), ("beijing", "hosts", BRF)}, NONE, id="en-far-closed"),
    pytest.param("The Belt and Road Forum opened in Beijing on Tuesday.", "2023-10-17", {BRF3},
                 {("beijing", "hosts", BRF3)}, NONE, id="en-brf-opened"),
    pytest.param("Xi Jinping delivered a keynote speech at the opening of the CIIE in Shanghai.", "2018-11-05", {CIIE1},
                 {(XI, "attends", CIIE1), ("shanghai", "hosts", CIIE1)}, NONE, id="en-ciie-acronym"),
    pytest.param("Putin addressed the plenary session of SPIEF.", "2023-06-16", {"spief-2023"},
                 {(PUTIN, "attends", "spief-2023")}, NONE, id="en-spief-acronym"),
    pytest.param("The Eastern Economic Forum's organisers said the forum drew 7,000 participants.", "2023-09-12",
                 {EEF8}, NONE, {(PUTIN, "attends", EEF8)}, id="en-organisers"),
    pytest.param("Xi Jinping did not attend the Eastern Economic Forum.", "2024-09-05", {EEF9},
                 NONE, {(XI, "attends", EEF9)}, id="en-negated"),
    pytest.param("Russia's eastern regions held an economic forum.", "2024-09-05", NONE, NONE, NONE,
                 id="en-neg-common-noun"),
    pytest.param("Xi Jinping proposed the Belt and Road Initiative in 2013.", "2024-03-01", NONE, NONE, NONE,
                 id="en-neg-initiative"),
    pytest.param("Since 2015, the Eastern Economic Forum has been held in Vladivostok.", "2024-09-05", {EEF9},
                 NONE, {("vladivostok", "hosts", "1st-eastern-economic-forum")}, id="en-since-year"),
    # a year that starts a period is not the edition's (dates.json "since")
    pytest.param("自2015年起，东方经济论坛每年在符拉迪沃斯托克举行。", "2024-09-05", {EEF9}, NONE,
                 {("vladivostok", "hosts", "1st-eastern-economic-forum")}, id="zh-since-year"),
    pytest.param("Kể từ năm 2015, Diễn đàn Kinh tế phương Đông được tổ chức tại Vladivostok.", "2024-09-05", {EEF9},
                 NONE, {("vladivostok", "hosts", "1st-eastern-economic-forum")}, id="vi-since-year"),
    pytest.param("С 2015 года Восточный экономический форум проходит во Владивостоке.", "2024-09-05", {EEF9},
                 NONE, {("vladivostok", "hosts", "1st-eastern-economic-forum")}, id="ru-since-year"),
    # ---------------- zh-Hans
    pytest.param("普京出席东方经济论坛全会。", "2022-09-07", {EEF7}, {(PUTIN, "attends", EEF7)}, NONE,
                 id="zh-dated"),
    pytest.param("普京出席2018年东方经济论坛。", "2024-03-01", {EEF4}, {(PUTIN, "attends", EEF4)}, NONE,
                 id="zh-year"),
    pytest.param("第五届东方经济论坛在符拉迪沃斯托克开幕。", "2019-09-04", {EEF5},
                 {("vladivostok", "hosts", EEF5)}, NONE, id="zh-ordinal"),
    pytest.param("习近平出席进博会开幕式。", "2024-11-05", {CIIE7}, {(XI, "attends", CIIE7)}, NONE,
                 id="zh-ciie-short"),
    pytest.param("普京曾出席一带一路国际合作高峰论坛。", None, {BRF}, {(PUTIN, "attends", BRF)}, NONE,
                 id="zh-undated"),
    pytest.param("普京出席圣彼得堡国际经济论坛。", "2015-06-19", {"spief-2015"},
                 {(PUTIN, "attends", "spief-2015")}, NONE, id="zh-spief"),
    # ---------------- zh-Hant
    pytest.param("普丁出席東方經濟論壇全體會議。", "2023-09-12", {EEF8}, {(PUTIN, "attends", EEF8)}, NONE,
                 id="zht-dated"),
    pytest.param("習近平出席第三屆「一帶一路」國際合作高峰論壇開幕式。", "2023-10-18", {BRF3},
                 {(XI, "attends", BRF3)}, {(XI, "attends", BRF)}, id="zht-ordinal"),
    pytest.param("習近平在上海出席進博會。", "2025-11-05", {CIIE8},
                 {(XI, "attends", CIIE8), ("shanghai", "hosts", CIIE8)}, NONE, id="zht-ciie"),
    # ---------------- vi
    pytest.param("Tổng thống Putin phát biểu tại Diễn đàn Kinh tế phương Đông ở Vladivostok.", "2022-09-07", {EEF7},
                 {(PUTIN, "attends", EEF7)}, NONE, id="vi-dated"),
    pytest.param("Ông Putin nhắc lại Diễn đàn Kinh tế phương Đông lần thứ 5.", "2024-03-01", {EEF5}, NONE, NONE,
                 id="vi-ordinal"),
    pytest.param("Ông Putin dự Diễn đàn Kinh tế phương Đông năm 2018.", "2024-03-01", {EEF4},
                 {(PUTIN, "attends", EEF4)}, NONE, id="vi-year"),
    pytest.param("Thủ tướng Phạm Minh Chính dự Hội chợ Nhập khẩu Quốc tế Trung Quốc tại Thượng Hải.", "2024-11-05",
                 {CIIE7}, {("pham-minh-chinh", "attends", CIIE7), ("shanghai", "hosts", CIIE7)}, NONE, id="vi-ciie"),
    pytest.param("Tổng thống Putin dự Diễn đàn Vành đai và Con đường tại Bắc Kinh.", None, {BRF},
                 {(PUTIN, "attends", BRF), ("beijing", "hosts", BRF)}, NONE, id="vi-undated"),
    pytest.param("Tổng thống Putin dự SPIEF.", "2024-06-07", {"spief-2024"}, {(PUTIN, "attends", "spief-2024")}, NONE,
                 id="vi-spief-acronym"),
    # ---------------- ru
    pytest.param("Путин выступил на пленарном заседании ВЭФ.", "2024-09-05", {EEF9}, {(PUTIN, "attends", EEF9)},
                 NONE, id="ru-acronym-dated"),
    pytest.param("Путин выступил на ВЭФ-2019.", "2024-03-01", {EEF5}, {(PUTIN, "attends", EEF5)}, NONE,
                 id="ru-acronym-year"),
    pytest.param("Путин вспомнил Восточный экономический форум 2018 года.", "2024-03-01", {EEF4}, NONE, NONE,
                 id="ru-year-genitive"),
    pytest.param("Путин выступил на ПМЭФ.", "2025-06-20", {"spief-2025"}, {(PUTIN, "attends", "spief-2025")}, NONE,
                 id="ru-spief"),
    pytest.param("Си Цзиньпин принял участие в форуме «Один пояс, один путь» в Пекине.", "2019-04-26", {BRF2},
                 {(XI, "attends", BRF2), ("beijing", "hosts", BRF2)}, NONE, id="ru-brf-dated"),
    pytest.param("Путин выступил на Восточном экономическом форуме.", None, {EEF}, {(PUTIN, "attends", EEF)}, NONE,
                 id="ru-undated"),
    pytest.param("Путин выступит на ПМЭФ в июне.", "2026-02-01",    # open series: SPIEF 2026 is not in the catalogue
                 {"new/event/st-petersburg-international-economic-forum-2026"},
                 {(PUTIN, "attends", "new/event/st-petersburg-international-economic-forum-2026")}, NONE,
                 id="ru-far-open"),
    pytest.param("Организаторы ВЭФ сообщили о рекордном числе участников.", "2024-09-05", {EEF9}, NONE,
                 {(PUTIN, "attends", EEF9)}, id="ru-organisers"),
    pytest.param("Восточная экономика растёт.", "2024-09-05", NONE, NONE, NONE, id="ru-neg"),
    # ---------------- open series without catalogue editions: the provisional edition of the year; undated, generic
    pytest.param("习近平出席博鳌亚洲论坛年会开幕式。", "2018-04-10", {"new/event/boao-forum-for-asia-2018"},
                 {(XI, "attends", "new/event/boao-forum-for-asia-2018")}, NONE, id="zh-boao-dated"),
    pytest.param("Tập Cận Bình dự Diễn đàn châu Á Bác Ngao.", None, {"boao-forum-for-asia"},
                 {(XI, "attends", "boao-forum-for-asia")}, NONE, id="vi-boao-undated"),
    pytest.param("Wang Yi spoke at the Munich Security Conference.", "2024-02-17",
                 {"new/event/munich-security-conference-2024"},
                 {("wang-yi", "attends", "new/event/munich-security-conference-2024")}, NONE, id="en-msc-dated"),
    pytest.param("Wang Yi spoke at the Munich Security Conference.", None, {"munich-security-conference"},
                 {("wang-yi", "attends", "munich-security-conference")}, NONE, id="en-msc-undated"),
    # ---------------- a future edition named with its year is one node in every language: the open series'
    # provisional edition, also when a shape finds the whole name ('the 2026 Eastern Economic Forum')
    pytest.param("Putin will attend the 2026 Eastern Economic Forum.", "2026-03-01", {EEF2026},
                 {(PUTIN, "attends", EEF2026)}, NONE, id="en-future-year"),
    pytest.param("Путин выступит на ВЭФ-2026.", "2026-03-01", {EEF2026}, {(PUTIN, "attends", EEF2026)}, NONE,
                 id="ru-future-year"),
    pytest.param("普京将出席2026年东方经济论坛。", "2026-03-01", {EEF2026}, {(PUTIN, "attends", EEF2026)}, NONE,
                 id="zh-future-year"),
    pytest.param("Ông Putin sẽ dự Diễn đàn Kinh tế phương Đông 2026.", "2026-03-01", {EEF2026},
                 {(PUTIN, "attends", EEF2026)}, NONE, id="vi-future-year"),
    # ---------------- a relative year word next to the name counts from the document's date (dates.json
    # next_year / last_year / this_year); an announced edition without a day is named by the year in its names
    pytest.param("Vladimir Putin will attend next year's BRICS summit in India.", "2025-09-01", {BRICS18},
                 {(PUTIN, "attends", BRICS18)}, {(PUTIN, "attends", BRICS17)}, id="en-next-year"),
    pytest.param("Xi Jinping attended last year's SCO summit, the ministry recalled.", "2025-06-01", {SCO24},
                 {(XI, "attends", SCO24)}, NONE, id="en-last-year"),
    pytest.param("Xi Jinping will attend this year's SCO summit.", "2025-06-01", {SCO25},
                 {(XI, "attends", SCO25)}, NONE, id="en-this-year"),
    pytest.param("The BRICS summit opened in Rio de Janeiro; India will chair the group next year.", "2025-07-06",
                 {BRICS17}, NONE, NONE, id="en-next-year-elsewhere"),
    pytest.param("普京将出席明年在印度举行的金砖峰会。", "2025-09-01", {BRICS18},
                 {(PUTIN, "attends", BRICS18)}, {(PUTIN, "attends", BRICS17)}, id="zh-next-year"),
    pytest.param("习近平去年出席了上合组织峰会。", "2025-06-01", {SCO24}, {(XI, "attends", SCO24)}, NONE,
                 id="zh-last-year"),
    pytest.param("Ông Putin sẽ dự Hội nghị thượng đỉnh BRICS năm tới.", "2025-09-01", {BRICS18},
                 {(PUTIN, "attends", BRICS18)}, NONE, id="vi-next-year"),
    pytest.param("Chủ tịch Tập Cận Bình đã dự Hội nghị thượng đỉnh SCO năm ngoái.", "2025-06-01", {SCO24},
                 {(XI, "attends", SCO24)}, NONE, id="vi-last-year"),
    pytest.param("Путин примет участие в саммите БРИКС в следующем году.", "2025-09-01", {BRICS18},
                 {(PUTIN, "attends", BRICS18)}, NONE, id="ru-next-year"),
    pytest.param("Си Цзиньпин участвовал в саммите ШОС в прошлом году.", "2025-06-01", {SCO24},
                 {(XI, "attends", SCO24)}, NONE, id="ru-last-year"),
]


@pytest.mark.parametrize("text,published,events,present,absent", ROWS)
def test_recurring_edition(text, published, events, present, absent):
    doc = extract_text(text, published=published)
    assert {m.entity for m in doc.mentions if m.type == "Event" and m.entity} == events
    facts = facts_of(text, published=published)
    assert present <= facts, present - facts
    assert not absent & facts, absent & facts


PARADE_2015, PARADE_2025 = "2015-china-victory-day-parade", "2025-china-victory-day-parade"
# the Beijing parade named by its day or its square resolves by the document's date, like other series
PARADES = [
    ("Kim Jong Un attended the September 3 military parade in Beijing.", "2025-09-03", PARADE_2025),
    ("Путин посетил парад 3 сентября в Пекине.", "2015-09-03", PARADE_2015),
    ("Chủ tịch Putin dự lễ duyệt binh tại Bắc Kinh.", "2025-09-03", PARADE_2025),
    ("普京出席天安门阅兵。", "2015-09-03", PARADE_2015),
    ("普京出席九三阅兵。", "2025-09-03", PARADE_2025),
]


@pytest.mark.parametrize("text,published,parade", PARADES, ids=[p[0][:30] for p in PARADES])
def test_beijing_parade_by_its_day(text, published, parade):
    attends = {f for f in facts_of(text, published=published) if f[1] == "attends"}
    assert len(attends) == 1 and next(iter(attends))[2] == parade
