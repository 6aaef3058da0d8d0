"""Dates in sentences, resolved against the document's reference date.

Needs: folded sentence text, its language, the reference date (publication date, or a year
inferred from anniversaries of catalogue events). Adds: a `datetime.date` or None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kg.lang import folder_for, language_data


@dataclass(frozen=True, slots=True)
class DateRules:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    patterns: tuple[re.Pattern, ...]
    this_year: tuple[str, ...]
    next_year: tuple[str, ...]
    last_year: tuple[str, ...]
    anniversary: tuple[re.Pattern, ...]
    future: re.Pattern | None = None        # "will", "is set to": a bare weekday lies ahead, not behind
    first_in_text: bool = False             # the earliest expression in the text wins, not the first pattern
    future_after: bool = False              # the future cue may follow the weekday too ('В среду X проведет …')


@cache
def rules_for(folder: str) -> DateRules:
    d = language_data(folder, "dates")
    return DateRules(
        months=d.get("months", {}), weekdays=d.get("weekdays", {}), relative=d.get("relative", {}),
        patterns=tuple(re.compile(p) for p in d.get("patterns", ())),
        this_year=tuple(d.get("this_year", ())), next_year=tuple(d.get("next_year", ())),
        last_year=tuple(d.get("last_year", ())),
        anniversary=tuple(re.compile(p) for p in d.get("anniversary", ())),
        future=re.compile(d["future"]) if d.get("future") else None,
        first_in_text=d.get("first_in_text", False),
        future_after=d.get("future_after", False),
    )


class YearReference(date):
    """A reference date of which only the year is known (31 December of it): a day and month
    resolve in that year; a bare day, weekday or "yesterday" does not resolve."""

    @classmethod
    def of(cls, year: int) -> "YearReference":
        return cls(year, 12, 31)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _with_year(month: int, day: int, ref: date | None) -> date | None:
    """A day-month without a year: the occurrence closest before (or just after) the reference."""
    if ref is None:
        return None
    if isinstance(ref, YearReference):
        return _safe(ref.year, month, day)
    candidate = _safe(ref.year, month, day)
    if candidate and candidate > ref + timedelta(days=45):
        candidate = _safe(ref.year - 1, month, day)
    return candidate


def find_date(folded: str, lang: str, ref: date | None) -> tuple[date | None, tuple[int, int] | None]:
    """The first resolvable date expression in the text, and its span: by pattern order, or by
    position in the text where dates.json says "first_in_text" ('今天上午抵达…，这是他5月7日就任后': today)."""
    r = rules_for(folder_for(lang))
    exact = None if isinstance(ref, YearReference) else ref
    best: tuple[date, tuple[int, int]] | None = None
    for pattern in r.patterns:
        for m in pattern.finditer(folded):
            found = _resolve(m, r, folded, ref, exact)
            if found is None:
                continue
            if not r.first_in_text:
                return found, m.span()
            if best is None or m.start() < best[1][0]:
                best = (found, m.span())
            break
    return best if best is not None else (None, None)


def _resolve(m: re.Match, r: DateRules, folded: str, ref: date | None, exact: date | None) -> date | None:
    """The day a matched date expression names, or None when the reference does not allow it."""
    g = {k: v for k, v in m.groupdict().items() if v}
    if "rel" in g:
        return exact + timedelta(days=r.relative[g["rel"]]) if exact else None
    if "wd" in g:
        if not exact:
            return None
        back = (exact.weekday() - r.weekdays[g["wd"]]) % 7
        if back and r.future is not None and r.future.search(folded, 0, len(folded) if r.future_after else m.start()):
            return exact + timedelta(days=7 - back)     # "will meet on Tuesday"
        return exact - timedelta(days=back)
    month = int(g["m"]) if "m" in g else r.months.get(g.get("mon", "").rstrip("."))
    day = int(g["d"]) if "d" in g else None
    if day is None:
        return None
    if month is None:            # "15日下午": the day in the reference month
        if exact is None:
            return None
        found = _safe(exact.year, exact.month, day)
        if found and found > exact:
            prev = exact.replace(day=1) - timedelta(days=1)
            found = _safe(prev.year, prev.month, day)
        return found
    if "y" in g:
        return _safe(int(g["y"]), month, day)
    ahead = _safe(exact.year, month, day) if exact else None
    if ahead and ahead > exact and r.future is not None \
            and r.future.search(folded, 0, len(folded) if r.future_after else m.start()):
        return ahead        # "will meet in Kazan on October 22" told in June: this year's
    return _with_year(month, day, ref)


@cache
def since_pattern(lang: str) -> re.Pattern | None:
    """dates.json "since": a year that starts a period ('since 2015', '自2015年起', 'từ năm 2015', 'с 2015 года'),
    searched in the few characters around the year."""
    pattern = language_data(folder_for(lang), "dates").get("since")
    return re.compile(pattern) if pattern else None


def relative_year(folded: str, start: int, end: int, lang: str, ref: date | None, reach: int) -> int | None:
    """The year a relative word right around text[start:end] names ("next year's BRICS summit", "明年在印度举行的
    金砖峰会", "hội nghị năm tới", "саммит в следующем году"), counted from the reference date; None if there
    is none or several."""
    if ref is None or isinstance(ref, YearReference):
        return None
    r = rules_for(folder_for(lang))
    around = folded[max(0, start - reach):start] + " " + folded[end:end + reach]
    offsets = {o for o, words in ((0, r.this_year), (1, r.next_year), (-1, r.last_year)) if any(w in around for w in words)}
    return ref.year + offsets.pop() if len(offsets) == 1 else None


def infer_year(sentences: list[tuple[str, str]], known_years: dict[str, int], mentions_by_sentence: list[list[str]]) -> int | None:
    """Year of an undated document from 'this year is the Nth anniversary of <catalogue item>'.

    `sentences` are (folded text, lang); `known_years` maps entity ids to the year they started
    (treaty signed, organisation founded); `mentions_by_sentence` lists the entity ids per sentence.
    """
    votes: dict[int, int] = {}
    for (text, lang), ids in zip(sentences, mentions_by_sentence):
        r = rules_for(folder_for(lang))
        offset = 0 if any(c in text for c in r.this_year) else 1 if any(c in text for c in r.next_year) else None
        if offset is None:
            offset = -1 if any(c in text for c in r.last_year) else None
        if offset is None:
            continue
        for pattern in r.anniversary:
            for m in pattern.finditer(text):
                n = int(m.group("n"))
                for eid in ids:
                    if eid in known_years:
                        year = known_years[eid] + n - offset
                        if year <= date.today().year + 1:     # "25th anniversary of a 2026 plan" is not a year
                            votes[year] = votes.get(year, 0) + 1
    if not votes:
        return None
    return max(votes, key=lambda y: (votes[y], -y))
