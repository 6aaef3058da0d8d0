"""A person named in full is then called by one name (kg/extract/surnames.py): the family name, or
the given name for Vietnamese persons, when no other person of the document shares it.

Every text was written for this test. `expected` is the entity the lone name resolves to (None:
it stays unresolved).
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

CASES = [
    ("Chinese Defence Minister Wei Fenghe arrived in Moscow on Tuesday. Wei will attend a forum.",
     "2018-04-03", "Wei", "wei-fenghe"),
    ("Kremlin aide Yuri Ushakov briefed reporters. Ushakov said the talks were useful.",
     "2024-05-16", "Ushakov", "yuri-ushakov"),
    ("Prime Minister Pham Minh Chinh met Li Qiang in Beijing. Chinh thanked his host.",
     "2023-06-27", "Chinh", "pham-minh-chinh"),
    ("Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Nga. Hà cho biết hai bên sẽ hợp tác.",
     "2024-03-01", "Hà", "tran-hong-ha"),
    ("Министр обороны КНР Вэй Фэнхэ прибыл в Москву. Вэй заявил, что визит важен.",
     "2018-04-03", "Вэй", "wei-fenghe"),
    # two persons share the family name: neither is chosen
    ("Vice Premier Zhang Guoqing met General Zhang Youxia in Beijing. Zhang said the trip went well.",
     "2023-05-30", "Zhang", None),
    # the lone name before the full name refers to nobody yet
    ("Wei arrived first. Later, Chinese Defence Minister Wei Fenghe met Sergei Shoigu.", "2018-04-03", "Wei", None),
]


@pytest.mark.parametrize("text,published,word,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_lone_family_name_after_full_name(text, published, word, expected):
    x = extract_text(text, published=published)
    got = [m.entity for m in x.mentions if m.type == "Person" and m.text == word]
    assert got == ([expected] if expected else [])
