"""A trip to several places told as one list ('visited Minsk, Berlin, Paris and Tashkent'): each listed
place is visited (relations.json "coordinated" on the visits rule). Every sentence was written for this test."""
from __future__ import annotations

import pytest

from kg.extract import facts_of

PUTIN = "vladimir-putin"
CASES = [
    ("Vladimir Putin visited Minsk, Berlin, Paris and Tashkent after his inauguration.", "2012-06-06",
     {(PUTIN, "visits", p) for p in ("minsk", "berlin", "paris", "tashkent")}),
    ("Vladimir Putin will travel to Kazakhstan and Uzbekistan next week.", "2024-05-20",
     {(PUTIN, "visits", "kazakhstan"), (PUTIN, "visits", "uzbekistan")}),
    ("Владимир Путин побывал в Минске, Берлине, Париже и Ташкенте.", "2012-06-06",
     {(PUTIN, "visits", p) for p in ("minsk", "berlin", "paris", "tashkent")}),
    ("Tổng thống Vladimir Putin đã thăm Minsk, Berlin, Paris và Tashkent.", "2012-06-06",
     {(PUTIN, "visits", p) for p in ("minsk", "berlin", "paris", "tashkent")} | {(PUTIN, "leaderOf", "russia")}),
    # a place after a clause boundary or a person after 'and' is no further stop of the trip
    ("Vladimir Putin visited Minsk, where Alexander Lukashenko met him.", "2024-05-23",
     {(PUTIN, "visits", "minsk"), ("alexander-lukashenko", "meets", PUTIN)}),
    ("Vladimir Putin visited China and Russia's exports grew.", "2024-05-23", {(PUTIN, "visits", "china")}),
    ("Vladimir Putin travelled to Harbin, capital of Heilongjiang province.", "2024-05-17",
     {(PUTIN, "visits", "harbin"), ("harbin", "locatedIn", "heilongjiang")}),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_each_listed_place_is_visited(text, published, expected):
    assert facts_of(text, published=published) == expected
