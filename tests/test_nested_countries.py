"""A country named inside the name of an event or a body is an entity of the page too ('the war in
Ukraine', 'xung đột Ukraine', 'Bộ Ngoại giao Ukraine', 'конфликт на Украине', '乌克兰危机'), as the
guidelines' annotators mark it; it takes part in no relation of its own. Sentences written for this
table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

D = "2024-05-16"

ROWS = [
    # (text, entities that must be there, entities that must not)
    ("Russia's full-scale invasion of Ukraine entered its third year.", {"ukraine", "russia"}, set()),
    ("The talks covered the conflict in Ukraine and trade.", {"ukraine"}, set()),
    ("Hai bên trao đổi về cuộc xung đột Ukraine.", {"ukraine"}, set()),
    ("Bộ Ngoại giao Ukraine sau đó ra tuyên bố phản đối.", {"ukraine", "ministry-of-foreign-affairs-of-ukraine"}, set()),
    ("Стороны обсудили урегулирование конфликта на Украине.", {"ukraine"}, set()),
    ("Министерство иностранных дел Украины выступило с заявлением.", {"ukraine"}, set()),
    ("双方就乌克兰危机交换了意见。", {"ukraine"}, set()),
    ("雙方就烏克蘭危機交換了意見。", {"ukraine"}, set()),
    # an adjective inside a name is no mention of the country
    ("The Russian Foreign Ministry issued a statement.", {"ministry-of-foreign-affairs-of-russia"}, {"russia"}),
]


@pytest.mark.parametrize("text,present,absent", ROWS, ids=[r[0][:40] for r in ROWS])
def test_country_inside_a_name(text, present, absent):
    ids = extract_text(text, published=D).entity_ids
    assert present <= ids, sorted(ids)
    assert not absent & ids, sorted(ids)


def test_a_nested_country_takes_part_in_no_relation():
    x = extract_text("Hai bên trao đổi về cuộc xung đột Ukraine.", published=D)
    assert "ukraine" in x.entity_ids
    assert not any("ukraine" in (f.subject, f.object) for f in x.facts)
