"""Meetings held one after another: a host who meets several guests 'separately' / 'in turn', and
several hosts who each receive one guest ('A and B in turn received X', 'A和B分别会见了X', 'A và B lần
lượt tiếp X', 'A и B поочерёдно приняли X'). Each host–guest pair is a meeting of its own; without a
cue, the sentence keeps its usual reading. Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from fact_check import meeting_row, meetings_found

D = "2024-05-16"
XI, PUTIN, LI, LAVROV, WANG = "xi-jinping", "vladimir-putin", "li-qiang", "sergey-lavrov", "wang-yi"
TRUMP, MODI, ERDOGAN = "donald-trump", "narendra-modi", "recep-tayyip-erdogan"
PASHINYAN, ALIYEV, PEZESHKIAN = "nikol-pashinyan", "ilham-aliyev", "masoud-pezeshkian"
TRONG, DUNG = "nguyen-phu-trong", "nguyen-tan-dung"

ROWS = [
    # several hosts, one guest
    meeting_row(D, "Xi Jinping and Li Qiang separately met Russian President Vladimir Putin in Beijing on Thursday.",
                ({XI, PUTIN}, D, "beijing", "in_person"), ({LI, PUTIN}, D, "beijing", "in_person")),
    meeting_row(D, "当天，国家主席习近平和国务院总理李强在北京分别会见了俄罗斯总统普京。",
                ({XI, PUTIN}, D, "beijing", "in_person"), ({LI, PUTIN}, D, "beijing", "in_person")),
    meeting_row(D, "习近平和李强16日在北京先后会见普京。",
                ({XI, PUTIN}, D, "beijing", "in_person"), ({LI, PUTIN}, D, "beijing", "in_person")),
    meeting_row("2013-11-12", "Ngày 12/11, Tổng Bí thư Nguyễn Phú Trọng và Thủ tướng Nguyễn Tấn Dũng đã lần lượt tiếp Tổng thống Putin tại Hà Nội.",
                ({TRONG, PUTIN}, "2013-11-12", "hanoi", "in_person"), ({DUNG, PUTIN}, "2013-11-12", "hanoi", "in_person")),
    meeting_row(D, "В Пекине Си Цзиньпин и Ли Цян поочередно встретились с Владимиром Путиным.",
                ({XI, PUTIN}, D, "beijing", "in_person"), ({LI, PUTIN}, D, "beijing", "in_person")),
    meeting_row(D, "В четверг в Пекине Си Цзиньпин и Ли Цян по отдельности встретились с Владимиром Путиным.",
                ({XI, PUTIN}, D, "beijing", "in_person"), ({LI, PUTIN}, D, "beijing", "in_person")),
    # one host, several guests, the cue after the list or before the verb
    meeting_row(D, "Putin met Pashinyan and Aliyev separately in Moscow on Thursday.",
                ({PUTIN, PASHINYAN}, D, "moscow", "in_person"), ({PUTIN, ALIYEV}, D, "moscow", "in_person")),
    meeting_row(D, "Путин по отдельности встретился в Москве с Пашиняном и Алиевым.",
                ({PUTIN, PASHINYAN}, D, "moscow", "in_person"), ({PUTIN, ALIYEV}, D, "moscow", "in_person")),
    meeting_row("2024-10-23", "В Казани Путин провел двусторонние встречи с Моди, Эрдоганом и Пезешкианом.",
                ({PUTIN, MODI}, "2024-10-23", "kazan", "in_person"), ({PUTIN, ERDOGAN}, "2024-10-23", "kazan", "in_person"),
                ({PUTIN, PEZESHKIAN}, "2024-10-23", "kazan", "in_person")),
    meeting_row(D, "普京16日在莫斯科先后会见了帕希尼扬和阿利耶夫。",
                ({PUTIN, PASHINYAN}, D, "moscow", "in_person"), ({PUTIN, ALIYEV}, D, "moscow", "in_person")),
    # no cue: the sentence keeps its usual reading
    meeting_row(D, "Vladimir Putin and Xi Jinping held talks in Beijing on Thursday.", ({PUTIN, XI}, D, "beijing", "in_person")),
    meeting_row(D, "Путин и Си Цзиньпин приняли в Пекине совместное заявление."),
    meeting_row(D, "Лидеры Путин и Си Цзиньпин приняли Декларацию о многополярном мире."),
    # the cue belongs to another clause
    meeting_row(D, "Xi Jinping met Vladimir Putin in Beijing on Thursday, and the two sides signed separate agreements.",
                ({XI, PUTIN}, D, "beijing", "in_person")),
]


@pytest.mark.parametrize("pub,text,expected", ROWS)
def test_separate_meetings(pub, text, expected):
    assert meetings_found(pub, text) == expected
