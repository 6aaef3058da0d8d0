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


# -- event anaphora: a generic reference to the latest named event with the same head noun -------
BRICS16, BRF3 = "16th-brics-summit", "3rd-belt-and-road-forum"
EVENTS = [
    ("国家主席习近平抵达喀山出席金砖国家领导人第十六次会晤。本次峰会期间，习近平会见了印度总理莫迪。", "2024-10-22",
     {meets(XI, MODI)}, "kazan"),
    ("国家主席习近平抵达喀山出席金砖国家领导人第十六次会晤。峰会期间，习近平同普京举行会谈。", "2024-10-22",
     {meets(XI, PUTIN)}, "kazan"),
    ("第三届“一带一路”国际合作高峰论坛在北京开幕。俄罗斯总统普京出席本届论坛。", "2023-10-18",
     {(PUTIN, "attends", BRF3)}, None),
    ("第三届“一带一路”国际合作高峰论坛在北京开幕。普京出席此次论坛并发表讲话。", "2023-10-18",
     {(PUTIN, "attends", BRF3)}, None),
    ("Chủ tịch Trung Quốc Tập Cận Bình đến Kazan dự Hội nghị thượng đỉnh BRICS. Bên lề hội nghị, ông Tập hội kiến "
     "Thủ tướng Ấn Độ Narendra Modi.", "2024-10-22", {meets(XI, MODI)}, "kazan"),
    ("Chủ tịch Trung Quốc Tập Cận Bình đến Kazan dự Hội nghị thượng đỉnh BRICS. Tại hội nghị lần này, ông Tập đã gặp "
     "Tổng thống Putin.", "2024-10-22", {meets(XI, PUTIN)}, "kazan"),
    ("Hội nghị thượng đỉnh BRICS khai mạc tại Kazan. Chủ tịch Trung Quốc Tập Cận Bình tham dự Hội nghị.", "2024-10-22",
     {(XI, "attends", BRICS16)}, None),
    ("Председатель КНР Си Цзиньпин прибыл в Казань на саммит БРИКС. На полях саммита он провёл встречу "
     "с премьер-министром Индии Нарендрой Моди.", "2024-10-22", {meets(XI, MODI)}, "kazan"),
    ("Саммит БРИКС открылся в Казани. Председатель КНР Си Цзиньпин принял участие в саммите.", "2024-10-22",
     {(XI, "attends", BRICS16)}, None),
    ("Xi Jinping attended the BRICS summit in Kazan. On the sidelines of the summit, he met Narendra Modi.",
     "2024-10-22", {meets(XI, MODI)}, "kazan"),
]


@pytest.mark.parametrize("text,published,present,place", EVENTS)
def test_event_anaphora(text, published, present, place):
    x = extract_text(text, published=published)
    assert present <= {f.key() for f in x.facts}
    if place:
        assert [m.place for m in x.meetings] == [place]


@pytest.mark.parametrize("text,published,absent", [
    # another event of the same kind, named by something the catalogue lacks
    ("Саммит БРИКС открылся в Казани. Премьер-министр Индии Нарендра Моди примет участие в саммите G20 в Рио.",
     "2024-10-22", (MODI, "attends", BRICS16)),
    ("国家主席习近平抵达喀山出席金砖国家领导人第十六次会晤。莫迪表示，印方支持G20峰会期间提出的倡议。", "2024-10-22",
     ("india", "supports", BRICS16)),
    ("Xi Jinping attended the BRICS summit in Kazan. Narendra Modi will attend the summit in Rio next year.",
     "2024-10-22", (MODI, "attends", BRICS16)),
])
def test_no_event_anaphora(text, published, absent):
    assert absent not in facts_of(text, published=published)


# -- the dateline's place for a meeting in person that names none ---------------------------------
DATELINES = [
    ("MOSCOW, March 21 (Reuters) - Chinese President Xi Jinping arrived in Moscow on Monday.\n\n"
     "On Tuesday he held talks with Vladimir Putin.", "2023-03-21", "moscow"),
    ("BEIJING, March 21 (Reuters) - Xi Jinping held talks with Vladimir Putin in Moscow on Tuesday.",
     "2023-03-21", "moscow"),
    ("新华社北京5月16日电 国家主席习近平16日同俄罗斯总统普京举行会谈。", "2024-05-16", "beijing"),
    ("TTXVN/Hà Nội - Chủ tịch nước Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin sáng 20/6.", "2024-06-20", "hanoi"),
    ("Hà Nội (TTXVN 20/6) - Chủ tịch nước Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin.", "2024-06-20", "hanoi"),
    ("МОСКВА, 21 марта - РИА Новости. Владимир Путин и Си Цзиньпин провели переговоры.", "2023-03-21", "moscow"),
    ("Владимир Путин провёл переговоры с Си Цзиньпином.\n\n21 марта 2023 года\n\nМосква, Кремль", "2023-03-21",
     "moscow-kremlin"),
    # no place: a call, a place in no participant's country, a visit elsewhere
    ("MOSCOW, March 21 (Reuters) - Xi Jinping held a phone call with Vladimir Putin on Tuesday.", "2023-03-21", None),
    ("新华社北京5月16日电 国家主席习近平16日同俄罗斯总统普京通电话。", "2024-05-16", None),
    ("MOSCOW, March 21 (Reuters) - Kim Jong Un and Xi Jinping held talks on Tuesday, state media said.",
     "2023-03-21", None),
    ("（中央社台北4日電）中國國家主席習近平下午與俄羅斯總統普丁舉行會晤。", "2024-02-04", None),
    ("МОСКВА, 21 марта. /ТАСС/. Владимир Путин провёл переговоры с Си Цзиньпином в ходе визита в Китай.",
     "2023-03-21", None),
]


@pytest.mark.parametrize("text,published,place", DATELINES)
def test_dateline_place(text, published, place):
    x = extract_text(text, published=published)
    assert [m.place for m in x.meetings] == [place]


# -- collectives: the persons (and their countries) of the pair just named -----------------------
COLLECTIVES = [
    ("Vladimir Putin held talks with Xi Jinping in Kazan on Tuesday. Xi Jinping said China supports Russia. "
     "Putin also met Narendra Modi on Tuesday. The two leaders agreed to expand cooperation.", "2024-10-23",
     {("narendra-modi", "cooperatesWith", PUTIN)}, {(PUTIN, "cooperatesWith", XI)}),
    ("俄罗斯总统普京22日在喀山同国家主席习近平举行会谈。习近平指出，中方支持俄方。当天，普京还会见了印度总理莫迪。"
     "两国领导人同意加强合作。", "2024-10-23",
     {("narendra-modi", "cooperatesWith", PUTIN)}, {(PUTIN, "cooperatesWith", XI)}),
    ("Tổng thống Nga Vladimir Putin hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại Kazan. Ông Tập Cận Bình khẳng "
     "định Trung Quốc ủng hộ Nga. Cùng ngày, Tổng thống Putin hội kiến Thủ tướng Ấn Độ Narendra Modi. Hai nhà lãnh "
     "đạo nhất trí tăng cường hợp tác.", "2024-10-23",
     {("india", "cooperatesWith", "russia")}, {("china", "cooperatesWith", "russia")}),
    ("Владимир Путин провёл переговоры с Си Цзиньпином в Казани. Си Цзиньпин заявил, что Китай поддерживает Россию. "
     "Затем Путин встретился с премьер-министром Индии Нарендрой Моди. Лидеры двух стран договорились расширять "
     "сотрудничество.", "2024-10-23",
     {("india", "cooperatesWith", "russia")}, {("china", "cooperatesWith", "russia")}),
    # the meeting's pair, named earlier, still stands for 'the two leaders' after sentences naming one person
    ("Xi Jinping held talks with Vladimir Putin in Beijing. Xi said China supports Russia. Putin thanked China. "
     "The two leaders agreed to expand cooperation.", "2024-05-16",
     {(PUTIN, "cooperatesWith", XI)}, set()),
]


@pytest.mark.parametrize("text,published,present,absent", COLLECTIVES)
def test_collective_after_a_meeting(text, published, present, absent):
    facts = facts_of(text, published=published)
    assert present <= facts
    assert not absent & facts


# -- short references: a title alone stands for the person holding it ----------------------------
SHORT_REFERENCES = [
    ("国家主席习近平16日在北京同俄罗斯总统普京举行会谈。俄方领导人表示，俄方支持一带一路倡议。", "2024-05-16",
     "俄方领导人", PUTIN),
    ("Xi Jinping met Vladimir Putin in Beijing. The Kremlin leader said Russia supports the Belt and Road Initiative.",
     "2024-05-16", "Kremlin leader", PUTIN),
    ("Chủ tịch Tập Cận Bình hội đàm với Tổng thống Putin. Người đứng đầu Điện Kremlin khẳng định Nga ủng hộ Trung "
     "Quốc.", "2024-05-16", "Người đứng đầu Điện Kremlin", PUTIN),
    ("Си Цзиньпин провёл переговоры с Путиным. Глава Кремля заявил, что Россия поддерживает Китай.", "2024-05-16",
     "Глава Кремля", PUTIN),
    # a title opening the next sentence is not attached to the name that closes the previous one
    ("Си Цзиньпин провёл переговоры с Путиным. Китайский лидер заявил, что Китай поддерживает Россию.", "2024-05-16",
     "Китайский лидер", XI),
]


@pytest.mark.parametrize("text,published,surface,person", SHORT_REFERENCES)
def test_short_reference(text, published, surface, person):
    x = extract_text(text, published=published)
    assert [m.entity for m in x.mentions if m.text == surface] == [person]


def test_pronoun_after_a_relative_clause_is_not_its_person():
    facts = facts_of("Vladimir Putin, whom Kim Jong Un met in Pyongyang, said he would attend the Victory Day "
                     "parade.", published="2024-05-01")
    assert ("kim-jong-un", "attends", "moscow-victory-day-parade") not in facts


# -- 'they' opening a clause: the two persons of two countries just named, else nothing ----------
PAIRS = [
    ("Xi Jinping held talks with Vladimir Putin in Beijing on Thursday. They agreed to deepen cooperation in energy.",
     "2024-05-16", {(PUTIN, "cooperatesWith", XI)}),
    ("国家主席习近平16日在北京同俄罗斯总统普京举行会谈。他们同意深化能源合作。", "2024-05-16",
     {(PUTIN, "cooperatesWith", XI)}),
    ("Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Vladimir Putin tại Bắc Kinh. Họ nhất trí tăng cường "
     "hợp tác năng lượng.", "2024-05-16", {("china", "cooperatesWith", "russia")}),
    ("Владимир Путин провёл переговоры с Си Цзиньпином в Пекине. Они договорились расширять сотрудничество "
     "в энергетике.", "2024-05-16", {("china", "cooperatesWith", "russia")}),
    # after 'the two leaders' of the previous sentence
    ("Владимир Путин и Си Цзиньпин провели переговоры в Пекине. Лидеры двух стран подписали совместное заявление. "
     "Они также посетили Харбин.", "2024-05-17", {(PUTIN, "visits", "harbin"), (XI, "visits", "harbin")}),
    ("Xi Jinping held talks with Vladimir Putin in Beijing. The two leaders signed a joint statement. They later "
     "visited Harbin.", "2024-05-17", {(PUTIN, "visits", "harbin"), (XI, "visits", "harbin")}),
]


@pytest.mark.parametrize("text,published,present", PAIRS)
def test_they_after_a_meeting(text, published, present):
    assert present <= facts_of(text, published=published)


@pytest.mark.parametrize("text", [
    "Xi Jinping held talks with Vladimir Putin in Beijing. Analysts said they support the Belt and Road Initiative.",
    "Xi Jinping held talks with Vladimir Putin in Beijing. Officials of both governments attended. They support "
    "the Belt and Road Initiative.",
    "Putin met Lavrov and Shoigu in Moscow. They support the Belt and Road Initiative.",
])
def test_they_without_a_pair(text):
    facts = facts_of(text, published="2024-05-16")
    assert not {f for f in facts if f[1] == "supports" and f[0] in (XI, PUTIN)}
