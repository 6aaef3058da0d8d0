"""An undated meeting takes the day of the lead (kg/extract/meetings.py `_date_from_lead`): the first
earlier sentence that names all its participants (or one of them, at most two sentences before)
and a day within three days of publication.

Every text was written for this test; `expected` is the meeting's date (None: stays undated).
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

CASES = [
    # en: the lead gives the weekday, a later paragraph tells the talks without one
    ("Russian President Vladimir Putin and Chinese President Xi Jinping pledged on Thursday to deepen ties.\n\n"
     "The two leaders held talks at the Great Hall of the People.", "2024-05-16", "2024-05-16"),
    # the lead's day is the day before publication
    ("Narendra Modi and Vladimir Putin agreed on Monday to expand trade.\n\n"
     "Modi held talks with Putin in the Kremlin.", "2024-07-09", "2024-07-08"),
    # the lead's day is history, not the article's news
    ("Xi Jinping and Vladimir Putin first met in March 2013.\n\n"
     "Xi held talks with Putin in Moscow.", "2024-05-16", None),
    # a sentence just before naming one of the two gives its day too ('Wei said on Tuesday …' 'Wei … talks with')
    ("Vladimir Putin arrived in Beijing on Thursday.\n\n"
     "Putin held talks with Li Qiang at the Great Hall of the People.", "2024-05-16", "2024-05-16"),
    # … but not from further back
    ("Vladimir Putin arrived in Beijing on Thursday.\n\nThe visit is his first abroad this term.\n\n"
     "Trade has grown fast.\n\nPutin held talks with Li Qiang at the Great Hall of the People.", "2024-05-16", None),
    # zh
    ("国家主席习近平和俄罗斯总统普京16日表示，将深化两国合作。\n\n习近平同普京在人民大会堂会谈。",
     "2024-05-17", "2024-05-16"),
    # vi
    ("Chủ tịch nước Tô Lâm và Tổng thống Nga Vladimir Putin ngày 20/6 khẳng định quyết tâm hợp tác.\n\n"
     "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin tại Phủ Chủ tịch.", "2024-06-21", "2024-06-20"),
    # ru: the lead's weekday wins over the publication day of the wire style
    ("Владимир Путин и Си Цзиньпин во вторник подтвердили курс на сотрудничество.\n\n"
     "Путин провел переговоры с Си Цзиньпином в Кремле.", "2023-03-22", "2023-03-21"),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_undated_meeting_takes_the_lead_day(text, published, expected):
    x = extract_text(text, published=published)
    assert len(x.meetings) == 1
    got = x.meetings[0].date
    assert (got.isoformat() if got else None) == expected


AROUND_TALKS = [
    # '会前' / '会后' (before / after the talks) date a later paragraph by the talks' day; an earlier
    # sentence's own '当天' refers back further, not to the publication day
    ("美国总统特朗普与俄罗斯总统普京16日在赫尔辛基举行会晤。普京当天抵达赫尔辛基的时间比预定晚。\n\n"
     "会前，芬兰总统尼尼斯托在总统府会见普京。", "2018-07-17", "2018-07-16"),
    ("习近平同普京15日在北京举行会谈。\n\n会后，普京会见了国务院总理李强。", "2024-05-17", "2024-05-15"),
]


@pytest.mark.parametrize("text,published,expected", AROUND_TALKS, ids=[c[0][:30] for c in AROUND_TALKS])
def test_meeting_around_the_talks_takes_their_day(text, published, expected):
    last = max(extract_text(text, published=published).meetings, key=lambda m: m.sentences[0])
    assert (last.date.isoformat() if last.date else None) == expected
