"""Named events and places the catalogue lacks, found by the shape of their name
(kg/extract/shaped.py, kg/lang/<lang>/shapes.json "event" and "place"): an ordinal and a head, a
commemorated anniversary, a venue's name and head word.

Every sentence was written for this test. `expected` is the provisional entity's name as found in
the text, None when the sentence names no new one (a generic meeting, a catalogue name, a
lower-case common noun, a known venue with its city in front).
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

CASES = [
    # -- English: ordinal/year + capitalised name + head; ordinal head of a body; anniversaries --------
    ("Lavrov flew to Tashkent for the 3rd Central Asia-Russia Foreign Ministers Meeting on Friday.", "2023-04-14",
     "3rd Central Asia-Russia Foreign Ministers Meeting"),
    ("The 12th Moscow Conference on International Security opened on Tuesday.", "2024-08-13",
     "12th Moscow Conference on International Security"),
    ("Mongolia will host the Seventh Russian-Mongolian Business Forum in Ulaanbaatar.", "2019-09-02",
     "Seventh Russian-Mongolian Business Forum"),
    ("Shoigu addressed the 11th Beijing Xiangshan Forum by video.", "2024-09-13", "11th Beijing Xiangshan Forum"),
    ("Putin went to Minsk for the 85th anniversary of the Liberation of Belarus.", "2029-07-03",
     "85th anniversary of the Liberation of Belarus"),
    ("Guests gathered for the 70th anniversary of the end of the Korean War.", "2023-07-27",
     "70th anniversary of the end of the Korean War"),
    # without an ordinal: capitalised words before a capitalised head
    ("Wei will also attend the Moscow Conference on International Security next week.", "2018-04-03",
     "Moscow Conference on International Security"),
    ("Mishustin spoke at the Russian-Chinese Business Forum in Shanghai.", "2023-05-24",
     "Russian-Chinese Business Forum"),
    ("Officials said the summit would focus on trade.", "2023-05-24", None),
    # Title Case headlines: capitals mark no name
    ("Putin Heads To Tianjin Business Forum After Talks With Xi", "2025-08-31", None),
    # not named: no capitalised name between ordinal and head, or a lower-case topic
    ("It was the leaders' 40th meeting and their second round of talks this year.", "2023-03-21", None),
    ("The ministers marked the 75th anniversary of diplomatic ties.", "2024-05-16", None),
    ("The 3rd plenary session approved the plan.", "2024-07-18", None),
    # -- Chinese: 第N届…head; name + 第N次…会晤 (the name must begin with a known name) -----------------------
    ("王毅出席第十一届世界和平论坛开幕式并致辞。", "2023-07-03", "第十一届世界和平论坛"),
    ("第五届中俄地方合作论坛在哈尔滨举行。", "2025-11-20", "第五届中俄地方合作论坛"),
    ("第六屆中俄地方合作論壇於今日開幕。", "2026-11-20", "第六屆中俄地方合作論壇"),
    ("李强同米舒斯京共同主持中俄总理第三十次定期会晤。", "2025-11-04", "中俄总理第三十次定期会晤"),
    ("两国元首第四十次会晤在克里姆林宫举行。", "2023-03-21", None),
    ("双方举行第二次会议，讨论合作事宜。", "2023-03-21", None),
    ("这是他第三次出席该论坛。", "2023-03-21", None),
    # -- Vietnamese: head + name + "lần thứ N"; kỷ niệm N năm + a victory or war ----------------------------
    ("Phó Thủ tướng dự Diễn đàn Kinh tế Việt - Nga lần thứ 5 tại Moskva.", "2023-06-15",
     "Diễn đàn Kinh tế Việt - Nga lần thứ 5"),
    ("Hội chợ Thương mại Trung Quốc - ASEAN lần thứ 20 khai mạc sáng nay.", "2023-09-16",
     "Hội chợ Thương mại Trung Quốc - ASEAN lần thứ 20"),
    ("Đoàn đại biểu dự lễ kỷ niệm 80 năm Chiến thắng Stalingrad.", "2023-02-02",
     "lễ kỷ niệm 80 năm Chiến thắng Stalingrad"),
    ("Hai bên đã gặp nhau lần thứ 3 trong năm nay.", "2023-02-02", None),
    ("Hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao.", "2025-01-18", None),
    # -- Russian: ordinal + adjectives + head + complement; anniversaries --------------------------------
    ("Лавров выступил на XI Московской конференции по международной безопасности.", "2023-08-15",
     "XI Московской конференции по международной безопасности"),
    ("Глава МИД прибыл на 5-й форум \"Россия — исламский мир\" в Казани.", "2023-05-18",
     "5-й форум \"Россия — исламский мир\""),
    ("Делегации съехались на 30-ю сессию Межпарламентской ассамблеи СНГ.", "2025-04-09",
     "30-ю сессию Межпарламентской"),
    ("Путин поздравил ветеранов с 80-летием Курской битвы.", "2023-08-23", "80-летием Курской битвы"),
    ("Эксперты обсудили 30-летие распада СССР и его итоги.", "2021-12-26", None),
    ("Это была их сороковая встреча.", "2023-03-21", None),
    # without an ordinal: a capitalised adjective mid-sentence starts a name
    ("Мишустин выступил на Российско-китайском деловом форуме в Шанхае.", "2023-05-24",
     "Российско-китайском деловом форуме"),
    ("Международный форум прошел в Москве.", "2023-05-24", None),
    ("В субботу прошел второй раунд переговоров.", "2023-03-21", None),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_event_name_shapes(text, published, expected):
    x = extract_text(text, published=published)
    found = [m for m in x.mentions if m.type == "Event" and m.entity.startswith("new/event/")]
    if expected is None:
        assert found == []
        return
    assert [m.text for m in found] == [expected]
    assert x.provisional[found[0].entity].type == "Event"


def test_catalogue_event_is_not_replaced():
    """A name the catalogue already resolves stays the catalogue's event."""
    x = extract_text("Putin attended the 9th Eastern Economic Forum in Vladivostok.", published="2024-09-05")
    assert [m.entity for m in x.mentions if m.type == "Event"] == ["9th-eastern-economic-forum"]


def test_found_event_gets_attendees_and_host():
    x = extract_text("李强在莫斯科同米舒斯京举行中俄总理第二十九次定期会晤。", published="2024-08-21")
    [event] = [m.entity for m in x.mentions if m.type == "Event"]
    attends = {f.subject for f in x.facts if f.relation == "attends" and f.object == event}
    assert attends == {"li-qiang", "mikhail-mishustin"}


PLACE_CASES = [
    # -- English: capitalised name + head ------------------------------------------------------------------
    ("Putin toured Novosibirsk State University on Thursday.", "2024-09-04", "Novosibirsk State University"),
    ("Xi laid flowers at the Tomb of the Unknown Soldier and visited the Bolshoi Theatre.", "2015-05-09",
     "Bolshoi Theatre"),
    ("The delegation flew into Tashkent International Airport late on Sunday.", "2022-09-11",
     "Tashkent International Airport"),
    ("Lavrov said on Monday that talks would continue.", "2023-03-20", None),
    ("Russia's Putin Visits Harbin Institute of Technology After Talks With Xi", "2024-05-17", None),
    ("President Xi Jinping said the Kremlin Palace was full.", "2024-05-16", None),
    # -- Chinese: a known place's name + characters + a venue word ------------------------------------------
    ("普京参观哈尔滨工业大学并同师生交流。", "2024-05-17", "哈尔滨工业大学"),
    ("李强随后参观了喀山联邦大学。", "2024-10-23", "喀山联邦大学"),
    ("普丁參觀哈爾濱工業大學。", "2024-05-17", "哈爾濱工業大學"),
    ("习近平在北京人民大会堂同普京会谈。", "2024-05-16", None),
    ("哈尔滨工业大学校长致欢迎辞。", "2024-05-17", None),
    # -- Vietnamese: venue word + capitalised name ---------------------------------------------------------
    ("Đoàn đã tới thăm Bảo tàng Hermitage và cung điện Mùa Đông.", "2024-06-20", "Bảo tàng Hermitage"),
    ("Đoàn đã tới thăm Đại học Quốc gia Hà Nội.", "2024-06-20", None),   # ends with a known city: not told apart
    ("Lễ đón diễn ra tại Nhà khách Chính phủ Điện Biên.", "2024-06-20", "Nhà khách Chính phủ Điện Biên"),
    ("Ông đến sân bay lúc 10 giờ sáng.", "2024-06-20", None),
    # -- Russian: head + quoted or capitalised name; capitalised adjectives + head ---------------------------
    ("Путин посетил космодром Плесецк в пятницу.", "2023-09-13", "космодром Плесецк"),
    ("Делегация прибыла в аэропорт «Толмачево».", "2023-03-20", "аэропорт «Толмачево»"),
    # universities, institutes and academies are organisations (test_ru_structure), not places
    ("Си Цзиньпин выступил в Казахстанском национальном университете.", "2013-09-07", None),
    ("Самолет приземлился в аэропорту Пекина.", "2023-03-20", None),
    ("Министр вернулся в аэропорт к вечеру.", "2023-03-20", None),
]


@pytest.mark.parametrize("text,published,expected", PLACE_CASES, ids=[c[0][:40] for c in PLACE_CASES])
def test_place_name_shapes(text, published, expected):
    x = extract_text(text, published=published)
    found = [m for m in x.mentions if m.type == "Place" and m.entity.startswith("new/place/")]
    if expected is None:
        assert found == []
        return
    assert [m.text for m in found] == [expected]


def test_found_place_is_visited():
    x = extract_text("On Friday Putin visited the Harbin Institute of Technology.", published="2024-05-17")
    assert ("vladimir-putin", "visits", "new/place/harbin-institute-of-technology") in {f.key() for f in x.facts}


VENUE_CASES = [
    # an undated text: the edition whose own name holds the place the text names
    ("Xi and Putin last met at a summit of the Shanghai Cooperation Organization in the Uzbek city of Samarkand.",
     None, "2022-sco-summit"),
    ("Путин и Си Цзиньпин встречались на саммите ШОС в Самарканде.", None, "2022-sco-summit"),
    # the Shanghai inside the organisation's name is no venue: every edition would match
    ("Xi and Putin met at a summit of the Shanghai Cooperation Organization.", None, None),
]


@pytest.mark.parametrize("text,published,edition", VENUE_CASES, ids=[c[0][:40] for c in VENUE_CASES])
def test_place_in_an_edition_name_picks_the_edition(text, published, edition):
    x = extract_text(text, published=published)
    editions = [m.entity for m in x.mentions if m.type == "Event"]
    assert editions == ([edition] if edition else [])


def test_places_named_in_an_event_skip_organisation_names():
    from kg.extract.gazetteer import default_gazetteer
    from kg.extract.venues import places_named_in, venue_in_name
    cat = default_gazetteer().catalogue
    assert places_named_in(cat, "2022-sco-summit") == {"samarkand"}
    assert venue_in_name(cat, "16th-brics-summit") == "kazan"
    assert "shanghai" not in places_named_in(cat, "2025-sco-summit")


def test_catalogue_title_inside_a_longer_title_keeps_its_entity():
    """'совместное заявление о <catalogue title>': the whole title is a surface of the catalogue agreement."""
    x = extract_text("Лидеры подписали совместное заявление о плане развития ключевых направлений российско-китайского "
                     "экономического сотрудничества до 2030 года.", published="2023-03-21")
    found = {(m.text.split()[0], m.entity) for m in x.mentions if m.type == "Agreement"}
    assert found == {("совместное", "joint-statement-2023-economic-cooperation-2030"),
                     ("плане", "joint-statement-2023-economic-cooperation-2030")}


def test_numbered_edition_of_a_generic_event_takes_its_later_mentions():
    """'第8屆中俄博覽會 … 中俄博覽會': the undated catalogue expo named inside a numbered edition is that edition."""
    x = extract_text("普丁出席第8屆中俄博覽會開幕式。他說，中俄博覽會是兩國合作的重要平台。", published="2024-05-17")
    assert {m.entity for m in x.mentions if m.type == "Event"} == {"new/event/第8届中俄博览会"}


def test_undated_series_takes_the_edition_of_the_nearest_place():
    """An undated text naming Beijing (as a country) and Samarkand: the venue next to the summit wins."""
    x = extract_text("Xi and Putin met in September at a summit of the Shanghai Cooperation Organization in the Uzbek "
                     "city of Samarkand, where Putin acknowledged Beijing's concerns.")
    assert [m.entity for m in x.mentions if m.type == "Event"] == ["2022-sco-summit"]


@pytest.mark.parametrize("text,published,edition,label", [
    ("Putin flew to Yerevan for the CSTO summit.", "2022-11-23", "new/event/csto-summit-2022", "2022 CSTO summit"),
    ("Путин прибыл в Ереван на саммит ОДКБ.", "2022-11-23", "new/event/csto-summit-2022", "2022 CSTO summit"),
    ("李强出席东亚峰会。", "2023-09-07", "new/event/east-asia-summit-2023", "2023 East Asia Summit"),
    ("Thủ tướng dự Hội nghị Cấp cao ASEAN tại Jakarta.", "2023-09-05", "new/event/asean-summit-2023", "2023 ASEAN summit"),
    # the year the sentence names wins over the document's
    ("Putin recalled the CSTO summit of 2019 in Bishkek.", "2022-11-23", "new/event/csto-summit-2019", "2019 CSTO summit"),
    # a year elsewhere in the sentence is not the summit's
    ("Leaders met at the ASEAN summit, the bloc's first enlargement since 1999.", "2025-10-27",
     "new/event/asean-summit-2025", "2025 ASEAN summit"),
    # a series the catalogue has editions of keeps the catalogue's edition
    ("Putin attended the CICA summit in Astana.", "2022-10-13", "6th-cica-summit", None),
])
def test_open_series_edition(text, published, edition, label):
    """A summit of a series the catalogue has no edition of (series.json "edition_label") is a
    provisional event of the sentence's or the document's year."""
    x = extract_text(text, published=published)
    assert [m.entity for m in x.mentions if m.type == "Event"] == [edition]
    if label is not None:
        assert x.provisional[edition].labels["en"] == label


def test_generic_series_name_is_a_surface_of_the_edition():
    """'Hội nghị thượng đỉnh SCO' names the 2019 edition in this document: kept as its surface
    (skos:altLabel), like the names and short names of other entities."""
    x = extract_text("Hội nghị thượng đỉnh SCO diễn ra tại Bishkek ngày 14/6.", published="2019-06-14")
    assert ("Hội nghị thượng đỉnh SCO", "vi") in x.surface_forms["2019-sco-summit"]


# a Russian name found in several case forms is one provisional entity, labelled in the nominative
# (names.json "inflect"; kg/extract/inflect.py nominative)
RU_CASE_FORMS = [
    ("Путин выступил на XV Красноярском экономическом форуме. XV Красноярский экономический форум прошел в "
     "Красноярске. Участники XV Красноярского экономического форума обсудили торговлю.", "Event",
     "XV Красноярский экономический форум"),
    ("Министры подписали меморандум о сотрудничестве в области энергетики. Меморандумом о сотрудничестве в области "
     "энергетики, по словам министров, предусмотрены поставки.", "Agreement", "меморандум о сотрудничестве в области энергетики"),
]


@pytest.mark.parametrize("text,kind,label", RU_CASE_FORMS, ids=[r[1] for r in RU_CASE_FORMS])
def test_russian_case_forms_are_one_entity(text, kind, label):
    x = extract_text(text, published="2025-04-18")
    ids = {m.entity for m in x.mentions if m.type == kind}
    assert len(ids) == 1
    assert x.provisional[ids.pop()].labels["ru"] == label


@pytest.mark.parametrize("phrase,cited", [
    ("Петербургском международном юридическом форуме", "Петербургский международный юридический форум"),
    ("Международной выставке «Иннопром»", "Международная выставка «Иннопром»"),
    ("Российских железных дорог", "Российские железные дороги"),
    ("Совместным заявлением", "Совместное заявление"),
    ("Форума будущих технологий", "Форум будущих технологий"),
    ("Дворце независимости", "Дворец независимости"),
])
def test_russian_nominative(phrase, cited):
    from kg.extract.inflect import nominative
    assert nominative(phrase) == cited
