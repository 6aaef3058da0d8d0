"""A family name that is a person's short form ('Kim', 'Ким', 'Wang') also begins other people's names:
followed by capitalised given names that are not that person's own ('Kim Yong Chol', 'Ким Ён Чхоль',
'Kim Yo Jong'), it names someone else; the person's own given names in another spelling ('Kim
Jong-un') and title-case headlines ('Xi Meets Putin In Moscow') keep the short form.
Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

KIM = "kim-jong-un"
ROWS = [
    # another person's name (None: anyone but Kim Jong Un, or nobody)
    ("Ким Чен Ын принял Лаврова. Позднее Ким Ён Чхоль вылетел в Нью-Йорк.", "Ким Ён", None),
    ("Kim Jong Un met Lavrov. Kim Yong Chol later flew to New York.", "Kim Yong", None),
    ("Kim Jong Un met Lavrov on Thursday. His sister Kim Yo Jong issued a statement.", "Kim Yo", None),
    ("Kim Jong-un đã tiếp ông Lavrov. Ông Kim Yong-chol tới New York.", "Kim Yong", None),
    # the person's own name, in another spelling or alone
    ("Kim Jong Un met Lavrov. Kim Jong-un also met Moon Jae-in in May.", "Kim Jong-un", KIM),
    ("Kim Jong Un met Lavrov on Thursday. Kim said the talks were useful.", "Kim said", KIM),
    ("Ким Чен Ын принял Лаврова. Ким подчеркнул важность визита.", "Ким подчеркнул", KIM),
    # a title-case headline
    ("Xi Jinping arrives in Moscow\n\nXi Meets Putin In Moscow", "Xi Meets", "xi-jinping"),
]


@pytest.mark.parametrize("text,at,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_family_name_short_form(text, at, expected):
    pos = text.rindex(at)
    found = {m.entity for m in extract_text(text, published="2018-05-31").mentions
             if m.type == "Person" and m.start == pos}
    if expected is None:
        assert KIM not in found
    else:
        assert found == {expected}
