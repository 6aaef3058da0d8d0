"""Russian, round 5: new wordings for the patterns of the rows earlier rounds left open (strict xfail in
tests/test_ru_structure.py, test_ru_round4.py, test_ru_breadth.py, test_meetings_en_ru.py), positive and
negative, one block per pattern:

support agent   'о поддержке Китаем позиции России': the instrumental is the supporter, not the speaker
readiness       'X заявил о готовности сотрудничать с Y': the speaker (or his country) cooperates
whose country   'X, чья страна председательствует в O': the person's country chairs
guest / host    'Гость', 'Хозяин Кремля', 'с ним' for the visitor / host named before
accusation      'обвинили A в том, что …' / 'обвиняет … в поддержке': no fact
meeting place   'Встреча прошла в P' / 'Переговоры состоялись в P' in the next sentence
far negation    'не смогли договориться о совместных шагах' is no cooperation
titled list     'и генеральный секретарь ООН X' in a list of attendees
arrival place   'прибыл в P … он провел переговоры': the meeting is in P

Every sentence was written for this table from the language, not copied from an article.
Publication 2024-06-01 is a Saturday.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts, coop, lead, mark_open, meeting_row, meetings_found, meets

PUTIN, XI, LAVROV, WANG, MODI = "vladimir-putin", "xi-jinping", "sergey-lavrov", "wang-yi", "narendra-modi"
TOK, LUK, MIRZ, JAI, ERD = "kassym-jomart-tokayev", "alexander-lukashenko", "shavkat-mirziyoyev", \
    "subrahmanyam-jaishankar", "recep-tayyip-erdogan"
CN, RU, US, IN, KZ, TR, IR, BY = "china", "russia", "united-states", "india", "kazakhstan", "turkey", "iran", "belarus"
SCO, CSTO, BRICS = "shanghai-cooperation-organisation", "csto", "brics"
NONE: set = set()
P = "2024-06-01"
X = "in_person"

CASES = [
    # ===== support agent in the instrumental
    ("Захарова заявила о неизменной поддержке Россией позиции Китая по Тайваню.", P,
     ({(RU, "supports", CN)}, {("maria-zakharova", "supports", RU), (RU, "supports", RU)})),
    ("Лавров приветствовал поддержку Китаем мирных усилий России.", P,
     ({(CN, "supports", RU)}, {(LAVROV, "supports", CN)})),
    ("Мао Нин напомнила о поддержке Пекином суверенитета России.", P,
     ({(CN, "supports", RU)}, {("mao-ning", "supports", CN)})),
    ("Лавров заявил о поддержке позиции Китая.", P, {(LAVROV, "supports", CN)}),
    ("Россия выступает за поддержку Китаем переговоров.", P, (NONE, {(RU, "supports", CN)})),
    # ===== readiness to cooperate
    ("Президент Казахстана Касым-Жомарт Токаев заявил о готовности сотрудничать с Китаем.", P,
     ({coop(TOK, CN)}, NONE)),
    ("Лукашенко выразил готовность сотрудничать с Россией в сфере энергетики.", P,
     ({coop(LUK, RU)}, NONE)),
    ("Индия заявила о готовности сотрудничать с Россией.", P, {coop(IN, RU)}),
    ("Моди не выразил готовности сотрудничать с Китаем.", P, (NONE, {coop(MODI, CN)})),
    # ===== whose country chairs
    ("Лукашенко, чья страна председательствует в ОДКБ, провел переговоры с Путиным.", P,
     ({meets(LUK, PUTIN), (BY, "chairs", CSTO)}, NONE)),
    ("Шавкат Мирзиёев, чья страна председательствовала в ШОС в прошлом году, встретился с Си Цзиньпином.", P,
     ({meets(MIRZ, XI), ("uzbekistan", "chairs", SCO)}, NONE)),
    ("Токаев, чья страна не председательствует в ШОС, встретился с Си Цзиньпином.", P,
     ({meets(TOK, XI)}, {(KZ, "chairs", SCO)})),
    ("Путин, чья страна не входит в НАТО, встретился с Эрдоганом.", P,
     ({meets(PUTIN, ERD)}, {(RU, "memberOf", "nato"), (RU, "chairs", "nato")})),
    # ===== guest / host across sentences
    ("Си Цзиньпин прибыл в Москву. Хозяин Кремля провел с ним переговоры.", P,
     ({(XI, "visits", "moscow"), meets(PUTIN, XI)}, NONE)),
    ("Лукашенко прилетел в Пекин. Гость провел переговоры с Си Цзиньпином.", P,
     ({(LUK, "visits", "beijing"), meets(LUK, XI)}, NONE)),
    ("Моди прибыл в Москву. Путин провел с ним переговоры в Кремле.", P,
     ({(MODI, "visits", "moscow"), meets(PUTIN, MODI)}, NONE)),
    ("Захарова выступила на брифинге. С ней согласился Лавров.", P, (NONE, {meets("maria-zakharova", LAVROV)})),
    ("Путин встретился с Си Цзиньпином и обсудил с ним ситуацию на Украине.", P, ({meets(PUTIN, XI)}, NONE)),
    ("Моди прибыл в Москву. Хозяин Кремля ранее говорил о важности визита.", P,
     ({(MODI, "visits", "moscow")}, {meets(PUTIN, MODI)})),
    # ===== accusations are no facts
    ("Вашингтон обвинил Пекин в том, что Китай поддерживает Россию.", P, (NONE, {(CN, "supports", RU)})),
    ("Госдеп обвиняет Китай в поддержке России.", P, (NONE, {(CN, "supports", RU)})),
    ("США обвинили Иран в том, что Тегеран сотрудничает с Россией.", P, (NONE, {coop(IR, RU)})),
    ("Китай поддерживает Россию, заявил Си Цзиньпин.", P, ({(CN, "supports", RU)}, NONE)),
    # ===== far negation
    ("Россия и Турция так и не смогли договориться о совместных действиях.", P, (NONE, {coop(RU, TR)})),
    ("Россия и Иран не сумели договориться о сотрудничестве в газовой сфере.", P, (NONE, {coop(RU, IR)})),
    ("Россия и Иран договорились о сотрудничестве в газовой сфере.", P, ({coop(RU, IR)}, NONE)),
    ("Россия не только поддерживает Китай, но и сотрудничает с Индией.", P, {(RU, "supports", CN), coop(RU, IN)}),
    # ===== a titled member of a list of attendees
    ("В саммите БРИКС в Казани участвовали Моди и генеральный секретарь ООН Антониу Гутерриш.", "2024-10-24",
     ({(MODI, "attends", "16th-brics-summit"), ("antonio-guterres", "attends", "16th-brics-summit")}, NONE)),
    ("На саммите ШОС присутствовали Лукашенко и президент Турции Эрдоган.", "2024-07-04",
     ({(LUK, "attends", "2024-sco-summit"), (ERD, "attends", "2024-sco-summit")}, NONE)),
]

MEETINGS = [
    # ===== 'Встреча прошла в P' in the next sentence
    meeting_row(P, "Лавров провел переговоры с Ван И 30 мая. Встреча прошла в Пекине.",
        ({LAVROV, WANG}, "2024-05-30", "beijing", X)),
    meeting_row(P, "Путин встретился с Лукашенко в пятницу. Переговоры состоялись в Минске.",
        ({PUTIN, LUK}, "2024-05-31", "minsk", X)),
    meeting_row(P, "Путин встретился с Лукашенко в пятницу. Ранее встреча прошла в Минске.",
        ({PUTIN, LUK}, "2024-05-31", None, X)),
    meeting_row(P, "Путин провел переговоры с Си Цзиньпином в четверг. Переговоры прошли в Кремле.",
        ({PUTIN, XI}, "2024-05-30", "moscow-kremlin", X)),
    # ===== arrival city before the meeting
    meeting_row(P, "Ван И прибыл в Москву в четверг. В пятницу он провел переговоры с Лавровым.",
        ({LAVROV, WANG}, "2024-05-31", "moscow", X)),
    meeting_row(P, "Моди прилетел в Москву. Там он провел переговоры с Путиным.",
        ({MODI, PUTIN}, "2024-06-01", "moscow", X)),
    meeting_row(P, "Лавров прибыл в Пекин. Накануне он провел переговоры с Мирзиёевым в Ташкенте.",
        ({LAVROV, MIRZ}, "2024-05-31", "tashkent", X)),
    meeting_row(P, "Лавров прибыл в Пекин в среду. Во вторник он провел переговоры с Мирзиёевым.",
        ({LAVROV, MIRZ}, "2024-05-28", None, X)),
    # ===== guest / host
    meeting_row(P, "Си Цзиньпин прибыл в Москву. Хозяин Кремля провел с ним переговоры в пятницу.",
        ({PUTIN, XI}, "2024-05-31", "moscow", X)),
]

OPEN: dict[str, str] = {
    "поддержку Китаем": "'приветствовал поддержку Китаем …': the welcome rule takes the agent of the welcomed support as the object (Lavrov supports China)",
    "о поддержке Пекином": "a capital as the instrumental agent ('о поддержке Пекином …'): templates do not read capitals as their countries",
    "заявил о готовности сотрудничать": "'X заявил о готовности сотрудничать с Y': the speaker is not taken as the cooperating agent",
    "выразил готовность сотрудничать": "'X выразил готовность сотрудничать с Y': the speaker is not taken as the cooperating agent",
    "Гость провел": "'Гость' / 'хозяин' as a role title for the visitor / host named before is not known",
    "и генеральный секретарь ООН": "a list whose second member has a title holding an organisation ('и генеральный секретарь ООН X') is not grouped",
    "Во вторник он провел переговоры с Мирзиёевым": "a meeting on a day before the arrival takes the city of arrival as its place (the days are not compared)",
}

CASES = mark_open(CASES, OPEN)
MEETINGS = mark_open(MEETINGS, OPEN)


@pytest.mark.parametrize("text,published,expected", CASES)
def test_ru_round5(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


@pytest.mark.parametrize("pub,text,expected", MEETINGS)
def test_ru_round5_meetings(pub, text, expected):
    assert meetings_found(pub, text) == expected
