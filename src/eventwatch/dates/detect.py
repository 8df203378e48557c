"""Find every time expression in a text: scan with the master pattern, keep the longest kind at each start,
resolve it against the reference, then apply the few rules that need more than one expression.

With `reference=None`, expressions that need a reference (relative ones, and day-month without a year) are
skipped rather than returned without a value: a `DateRef` always has a value and the days it covers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates.patterns import kinds, master
from eventwatch.dates.resolve import HANDLERS
from eventwatch.dates.resolve_base import Context
from eventwatch.records import DateRef, Span

# "a year ago" next to a quarter means that quarter a year earlier ("profit rose from $3 million a year ago").
_YEAR_BACK = re.compile(r"^(?:a|one)\s+year\s+(?:ago|earlier|before)$|^year[\s-](?:earlier|ago)$", re.IGNORECASE)
_TRAILING_NOISE = re.compile(r"[\s,]+$")
_QUARTER_WORDS = re.compile(r"\b(quarter|period)\b", re.IGNORECASE)
_SHIFTED = re.compile(r"year|ago|earlier|previous", re.IGNORECASE)
_THAT_MONTH = re.compile(r"^(?:that|the\s+following|the\s+next)\s+month$")
_THAT_YEAR = re.compile(r"^(?:(?:later|earlier)\s+)?(?:that|the\s+following|the\s+next)\s+year$")


def _is_quarter(ref: DateRef) -> bool:
    return (
        ref.granularity == "range"
        and ref.first.day == 1
        and ref.first.month in (1, 4, 7, 10)
        and ref.last == cal.month_end(ref.first.year, ref.first.month + 2)
    )


def _candidates(text: str, start: int) -> list[tuple[str, re.Match[str]]]:
    """Every kind that matches at `start`, longest first (ties keep the order of the cascade)."""
    matches = []
    for kind in kinds():
        m = kind.regex.match(text, start)
        if m and m.end() > start:
            matches.append((kind.name, m))
    matches.sort(key=lambda item: item[1].start() - item[1].end())
    return matches


def scan(text: str, reference: dt.date | None, *, indefinite: bool = False) -> list[tuple[str, DateRef]]:
    """(kind, DateRef) for every expression, in text order, non-overlapping."""
    ctx = Context(text, reference, indefinite)
    pattern = master()
    found: list[tuple[str, DateRef]] = []
    pos = 0
    while True:
        hit = pattern.search(text, pos)
        if hit is None:
            break
        resolved: tuple[str, re.Match[str], DateRef] | None = None
        for name, m in _candidates(text, hit.start()):
            ref = HANDLERS[name](m, ctx)
            if ref is not None:
                resolved = (name, m, ref)
                break
        if resolved is None:
            word = re.match(r"\w+|.", text[hit.start() :])
            pos = hit.start() + (len(word.group()) if word else 1)
            continue
        name, m, ref = resolved
        end = m.end()
        trimmed = _TRAILING_NOISE.sub("", text[m.start() : end])
        end = m.start() + len(trimmed)
        found.append((name, dataclasses.replace(ref, span=Span(m.start(), end, text[m.start() : end]))))
        pos = end
    return _anchor(text, found)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left + 1 : min(right) if right else len(text)]


def _anchor(text: str, found: list[tuple[str, DateRef]]) -> list[tuple[str, DateRef]]:
    """Rules across expressions: "a year ago" in a report on a quarter means that quarter a year before;
    "that year" / "the following year" follow the last year named; a lone clock time takes the preceding day;
    "the previous Friday" is the Friday before the day last named."""
    out: list[tuple[str, DateRef]] = []
    last_day: DateRef | None = None
    last_quarter: DateRef | None = None
    last_year: DateRef | None = None
    last_month: DateRef | None = None
    for name, ref in found:
        span = ref.span
        assert span is not None
        lowered = span.text.lower()
        if last_quarter is not None and last_quarter.span and span.start - last_quarter.span.end < 2000 and (
            (name == "ago" and _YEAR_BACK.match(span.text))
            or (lowered == "last year" and _QUARTER_WORDS.search(_sentence(text, span.start, span.end)))
        ):
            year_before = cal.quarter_ref(last_quarter.first.year - 1, (last_quarter.first.month - 1) // 3 + 1)
            ref = dataclasses.replace(year_before, span=span)
        elif name == "weekday" and lowered.startswith("previous ") and last_day is not None:
            # "down 4.5% from the previous Friday": the one before the day last named, not before the report
            back = (last_day.first.weekday() - ref.first.weekday()) % 7 or 7
            ref = dataclasses.replace(cal.day_ref(last_day.first - dt.timedelta(days=back)), span=span)
        elif name == "clock" and last_day is not None and last_day.span and span.start - last_day.span.end < 300:
            ref = dataclasses.replace(last_day, span=span)
        elif _THAT_MONTH.match(lowered) and last_month is not None:
            step = 1 if "following" in lowered or "next" in lowered else 0
            y, mo = cal.add_months(last_month.first.year, last_month.first.month, step)
            ref = dataclasses.replace(cal.month_ref(y, mo), span=span)
        elif _THAT_YEAR.match(lowered) and last_year is not None:
            step = 1 if "following" in lowered or "next" in lowered else 0
            ref = dataclasses.replace(cal.year_ref(last_year.first.year + step), span=span)
        if name == "quarter" and _is_quarter(ref) and not _SHIFTED.search(lowered):
            last_quarter = ref
        if ref.granularity == "day" and name != "clock":
            last_day = ref
        if ref.granularity in ("year", "month", "day") and name in ("year", "date", "month_year", "iso"):
            last_year = ref
        if ref.granularity in ("month", "day") and name in ("date", "month_year", "month", "iso"):
            last_month = ref
        out.append((name, ref))
    return out


def find_dates(text: str, reference: dt.date | None, *, indefinite: bool = False) -> list[DateRef]:
    """Every time expression in `text`, sorted by position, normalised against `reference`.

    `indefinite=True` also returns "the past", "the future", "soon"... with wide windows (for evaluation
    against TimeML's PAST_REF / FUTURE_REF); they date nothing, so events should not ask for them.
    """
    return [ref for _, ref in scan(text, reference, indefinite=indefinite)]
