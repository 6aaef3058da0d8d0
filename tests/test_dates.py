"""Date resolution against a reference whose year alone is known (undated documents whose year
comes from "the Nth anniversary of ..."): a day-month resolves in that year, a bare day, a weekday
or "yesterday" does not."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import YearReference, find_date
from kg.text import match_form

FULL = date(2024, 5, 16)
YEAR = YearReference.of(2024)


@pytest.mark.parametrize("text, lang, ref, expected", [
    ("习近平2月4日下午在北京会见普京。", "zh-Hans", YEAR, date(2024, 2, 4)),
    ("習近平4日下午與普丁舉行視訊會晤。", "zh-Hant", YEAR, None),
    ("習近平4日下午與普丁舉行視訊會晤。", "zh-Hant", FULL, date(2024, 5, 4)),
    ("On Tuesday, Putin met Xi in Beijing.", "en", YEAR, None),
    ("On Tuesday, Putin met Xi in Beijing.", "en", FULL, date(2024, 5, 14)),
    ("On February 4, Putin met Xi in Beijing.", "en", YEAR, date(2024, 2, 4)),
    ("Chiều 4/2, Chủ tịch Tập Cận Bình hội đàm với Tổng thống Putin.", "vi", YEAR, date(2024, 2, 4)),
    ("Вчера Путин провёл переговоры с Си Цзиньпином.", "ru", YEAR, None),
    ("4 февраля Путин провёл переговоры с Си Цзиньпином.", "ru", YEAR, date(2024, 2, 4)),
])
def test_year_only_reference(text, lang, ref, expected):
    found, _ = find_date(match_form(text), lang, ref)
    assert found == expected


def test_year_reference_is_a_date_at_the_end_of_its_year():
    assert YEAR == date(2024, 12, 31) and isinstance(YEAR, date)
