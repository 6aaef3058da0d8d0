"""'The Chinese minister', 'российский министр': a country adjective and a role noun point back to the
last-named person of that country who is not a head of state or government
(kg/extract/role_anaphora.py). Every text was written for this test.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

CASES = [
    ("China's new defence minister, Wei Fenghe, arrived in Moscow. The Chinese minister's remarks were blunt.",
     "2018-04-03", "The Chinese minister", "wei-fenghe"),
    ("Sergei Lavrov met Wang Yi in Beijing. The Russian diplomat later flew to Pyongyang.",
     "2023-10-19", "The Russian diplomat", "sergey-lavrov"),
    ("Глава МИД России Сергей Лавров прибыл в Пхеньян. Российский министр выступил против санкций США.",
     "2023-10-19", "Российский министр", "sergey-lavrov"),
    ("Министр обороны Китая Ли Шанфу прибыл в Москву. Путин принял китайского министра в Кремле.",
     "2023-04-16", "китайского министра", "li-shangfu"),
    # the only Russian named is the president: a 'minister' is someone else
    ("Vladimir Putin arrived in Beijing. The Russian minister did not comment.", "2024-05-16",
     "The Russian minister", None),
    # no person of that country named before
    ("Xi Jinping met Vladimir Putin. The Indian minister was absent.", "2024-05-16", "The Indian minister", None),
]


@pytest.mark.parametrize("text,published,phrase,expected", CASES, ids=[c[2] for c in CASES])
def test_country_role_phrase_points_back(text, published, phrase, expected):
    x = extract_text(text, published=published)
    got = [m.entity for m in x.mentions if m.text == phrase]
    assert got == ([expected] if expected else [])


def test_resolved_phrase_carries_the_relation():
    x = extract_text("Глава МИД России Сергей Лавров прибыл в Пхеньян. Российский министр также выступил против "
                     "наращивания военной активности США, Японии и Южной Кореи.", published="2023-10-19")
    assert {f.object for f in x.facts if f.relation == "opposes" and f.subject == "sergey-lavrov"} \
        == {"united-states", "japan", "south-korea"}
