"""Persons named inside a quotation that does not hold the meeting's trigger are what was said, not
who met ('«… правительство Путина …», — заявил Ким в начале встречи с Лавровым'); a trigger inside the
quotation keeps the persons it names. Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from fact_check import meeting_row, meetings_found

D = "2018-05-31"
KIM, LAVROV, PUTIN, XI = "kim-jong-un", "sergey-lavrov", "vladimir-putin", "xi-jinping"

ROWS = [
    meeting_row(D, "Ким Чен Ын 31 мая принял в Пхеньяне Сергея Лаврова. «Я высоко ценю то, что правительство Путина "
                   "выступает против гегемонизма США», — заявил Ким Чен Ын в начале встречи.",
                ({KIM, LAVROV}, D, "pyongyang", "in_person")),
    meeting_row(D, "Kim Jong Un received Sergei Lavrov in Pyongyang on Thursday. \"We value President Putin's support,\" "
                   "Kim Jong Un said at the start of the meeting.", ({KIM, LAVROV}, D, "pyongyang", "in_person")),
    meeting_row(D, "金正恩31日在平壤会见拉夫罗夫。金正恩在会见时说：“我们高度赞赏普京政府的立场。”",
                ({KIM, LAVROV}, D, "pyongyang", "in_person")),
    meeting_row(D, "“Chúng tôi đánh giá cao lập trường của Tổng thống Putin”, ông Kim Jong-un nói khi hội kiến "
                   "Ngoại trưởng Sergei Lavrov tại Bình Nhưỡng ngày 31/5.", ({KIM, LAVROV}, D, "pyongyang", "in_person")),
    # the trigger inside the quotation: its persons take part
    meeting_row(D, "«31 мая мы провели хорошие переговоры с Си Цзиньпином в Пекине», — сказал Путин.",
                ({PUTIN, XI}, D, "beijing", "in_person")),
]


@pytest.mark.parametrize("pub,text,expected", ROWS)
def test_quoted_persons_do_not_meet(pub, text, expected):
    assert meetings_found(pub, text) == expected
