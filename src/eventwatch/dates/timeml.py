"""TimeML's conventions for a time expression (what `eventwatch dates` prints): `value` and `mod`.

Events keep ACLED's conventions (a day, or the first day of what an expression covers, with a precision); a
TimeML value says what was written: "early December" is `2012-12` with mod START, "last summer" `2012-SU`, "the
1990s" `199`, "the 20th century" `19`, a generic "now" `PRESENT_REF`, "the past" `PAST_REF`, "the future"
`FUTURE_REF`, a week `2012-W49`, a quarter `2012-Q3`, "Friday morning" `2012-12-07TMO`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.generic import PRESENT_REF
from eventwatch.dates.lexicon import lexicon
from eventwatch.records import DateRef, Span

_PART_WORDS = re.compile(r"\b(early|mid|late|end|beginning|start|middle|earlier|later|rest|half)\b", re.I)
_CLOCK = re.compile(
    r"\b(\d{1,2})(?::(\d\d))?\s*(a\.?m|p\.?m|in\s+the\s+(?:morning|afternoon|evening))\b\.?|\b(\d{1,2}):(\d\d)\b", re.I
)
# TimeML's `mod`: where in the period (START, MID, END) or how near the value is (APPROX, LESS_THAN, MORE_THAN)
_MODS = (
    (re.compile(r"\b(?:early|beginning|start|dawn)\b", re.I), "START"),
    (re.compile(r"\b(?:mid|middle)\b", re.I), "MID"),
    (re.compile(r"\b(?:late|end|year[\s-]end|close)\b", re.I), "END"),
    (re.compile(r"^(?:about|around|some|approximately|roughly|nearly|almost)\b|\bor so\b", re.I), "APPROX"),
    (re.compile(r"^(?:more than|over)\b", re.I), "MORE_THAN"),
    (re.compile(r"^(?:less than|under)\b", re.I), "LESS_THAN"),
)


def _closing_day(lowered: str) -> bool:
    """The bare hyphenated "year-end" ("close by year-end", "down 4% since year-end") is the accounts'
    closing day, December 31, as TimeML annotates it; "the end of the year" and "year end" stay the year
    with `mod` END (a stretch of it, not a day)."""
    return lowered == "year-end"


# a range written as two days: "from Aug. 26 to Oct. 20", "between March 3 and April 5", "2-4 January"
_TWO_DAYS = re.compile(
    r"(?:(?:from|between)\s+)?(?P<a>\S.*?)(?:\s*[-–—]\s*|\s+(?:to|through|until|till|and)\s+)(?P<b>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
_DAY_NUMBER = re.compile(r"(?<![\d/-])\d{1,2}(?:st|nd|rd|th)?(?![\d/-])")


def _two_days(ref: DateRef) -> re.Match[str] | None:
    """The two days of a range written as two days, each with a day's number (not "1957-58", a span of years)."""
    if ref.span is None or ref.granularity != "range" or (ref.last - ref.first).days > 366:
        return None
    m = _TWO_DAYS.fullmatch(ref.span.text)
    if m is None or not (_DAY_NUMBER.search(m["a"]) and _DAY_NUMBER.search(m["b"])):
        return None
    return m


def timeml_expressions(refs: list[DateRef]) -> list[DateRef]:
    """The expressions as TimeML marks them up: a range of days written as two days is two expressions, each
    day its own (TimeML has no range value, and annotates "from Aug. 26 to Oct. 20" as two dates, as "April 24
    and 25" already is); events keep the range with its first day and precision (see `find_dates`)."""
    out: list[DateRef] = []
    for ref in refs:
        m = _two_days(ref)
        if m is None or ref.span is None:
            out.append(ref)
            continue
        start = ref.span.start
        for group, day in (("a", ref.first), ("b", ref.last)):
            span = Span(start + m.start(group), start + m.end(group), m[group])
            out.append(dataclasses.replace(cal.day_ref(day), span=span))
    return out


def timeml_mod(ref: DateRef) -> str | None:
    """TimeML's `mod` for an expression ("early December" -> START, "the late 1970s" -> END), else None."""
    text = ref.span.text if ref.span else ""
    if _closing_day(re.sub(r"\s+", " ", text.lower()).strip()):
        return None  # a day, not the end of a period
    for pattern, mod in _MODS:
        if pattern.search(text):
            return mod
    return None


@cache
def _parts_of_day() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The words for parts of the day as compiled patterns, longest first, built once: `_time_suffix` runs for
    every date `eventwatch dates` prints, and escaping, sorting and looking up each word's pattern there cost
    about a twentieth of the command's time."""
    ordered = sorted(lexicon().times_of_day.items(), key=lambda item: -len(item[0]))
    return tuple((re.compile(rf"\b{re.escape(word)}\b"), code) for word, code in ordered)


def _time_suffix(text: str) -> str:
    """TimeML's time of day ("T22:00", "TMO") from the words of the expression, or ""."""
    clock = _CLOCK.search(text)
    if clock:
        if clock[4]:
            return f"T{int(clock[4]):02d}:{clock[5]}"
        afternoon = clock[3].lower().startswith("p") or clock[3].lower().endswith(("afternoon", "evening"))
        hour = int(clock[1]) % 12 + (12 if afternoon else 0)
        return f"T{hour:02d}:{clock[2] or '00'}"
    lowered = text.lower()
    weekday = any(day in lowered for day in lexicon().weekdays)
    for pattern, code in _parts_of_day():
        if pattern.search(lowered):
            if weekday and code in ("MO", "NI"):
                return ""  # TimeBank mostly annotates "Friday night" / "Friday morning" without the part of day
            return "T" + code
    if re.search(r"\blast night\b", lowered):
        return "TNI"
    return ""


def to_timeml_value(ref: DateRef) -> str:
    """The TimeML value for a DateRef, following the TimeBank conventions.

    Vague phrases map to PRESENT_REF / PAST_REF / FUTURE_REF, quarters to 1998-Q1, halves to 1998-H1, seasons
    to 1998-SU, decades to 199, weeks to 1998-W12 (a weekend to 1998-W12-WE), and "late November" style
    parts to the month or year they are part of (TimeML puts the part in a separate `mod` attribute).
    """
    if ref.value == PRESENT_REF:  # a generic "today" (`dates.generic`)
        return PRESENT_REF
    text = ref.span.text if ref.span else ""
    lowered = re.sub(r"\s+", " ", text.lower()).strip()
    phrase = lexicon().vague.get(lowered)
    if phrase is not None:
        return phrase.timeml
    first, last = ref.first, ref.last
    if ref.granularity == "day":
        return first.isoformat() + _time_suffix(text)
    if ref.granularity == "month":
        # "that same day" pointing into a month named before: a day of that month, which one unknown
        unknown_day = "-XX" if re.search(r"\bday\b", lowered) else ""
        return f"{first.year:04d}-{first.month:02d}{unknown_day}"
    if ref.granularity == "year":
        return f"{first.year:04d}"
    if ref.granularity == "decade":
        return f"{first.year // 10:03d}"
    if ref.granularity == "century":
        return f"{first.year // 100:02d}"
    if ref.granularity == "week":
        if ref.value.endswith("-WXX"):  # "for the week": a week of the year, which one unsaid
            return ref.value
        iso_year, iso_week, _ = first.isocalendar()
        return f"{iso_year:04d}-W{iso_week:02d}"
    if ref.granularity == "season":
        code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}.get(first.month, "SU")
        return f"{first.year:04d}-{code}"
    # ranges
    if first.day == 1 and last == cal.month_end(last.year, last.month) and first.year == last.year:
        months = last.month - first.month + 1
        if months == 3 and first.month in (1, 4, 7, 10):
            return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
        if months == 6 and first.month in (1, 7):
            return f"{first.year:04d}-H{1 if first.month == 1 else 2}"
    if first.weekday() == weekdays.SATURDAY and (last - first).days == 1:
        iso_year, iso_week, _ = first.isocalendar()
        return f"{iso_year:04d}-W{iso_week:02d}-WE"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year < last.year:
        return f"{first.year:04d}/{last.year:04d}"  # "1957-58": the years, as an ISO 8601 interval
    if (last - first).days == 6 and "week" in lowered:
        # "the first week of April", seven days of a month: the ISO week holding most of them (its middle day)
        iso_year, iso_week, _ = (first + dt.timedelta(days=3)).isocalendar()
        return f"{iso_year:04d}-W{iso_week:02d}"
    if _closing_day(lowered) and first.year == last.year:
        return f"{first.year:04d}-12-31"
    if _PART_WORDS.search(lowered):
        if "week" in lowered:
            iso_year, iso_week, _ = first.isocalendar()
            return f"{iso_year:04d}-W{iso_week:02d}"
        season = next((code for word, (_, code) in lexicon().seasons.items() if word in lowered.split()), None)
        if season is not None:  # "the early summer": TimeML keeps the season, the part goes to `mod`
            return f"{first.year - (1 if season == 'WI' and first.month <= 2 else 0):04d}-{season}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}"
        if first.year == last.year:
            return f"{first.year:04d}"
        return f"{first.year // 10:03d}"
    return ref.value


@dataclasses.dataclass(frozen=True, slots=True)
class Timex3:
    """One expression as TimeML annotates it: its span, type (DATE, TIME, DURATION or SET), value and mod."""

    span: Span
    type: str
    value: str
    mod: str | None
    date: DateRef | None = None  # the date read, for a DATE or TIME (its days, for events' conventions)


def timexes(text: str, reference: dt.date | None) -> list[Timex3]:
    """Every TimeML expression of a text: the dates `find_dates` reads (TIME when the value has a clock or a part of
    the day), and the lengths and recurrences of `dates.lengths`. A length never takes a date's place, unless the
    date lies inside it and is shorter ("the past few weeks" is `PXW`, not "the past" followed by "few weeks")."""
    from eventwatch.dates.detect import find_dates
    from eventwatch.dates.lengths import find_lengths

    dates = timeml_expressions(find_dates(text, reference, indefinite=True))
    dropped: set[int] = set()
    kept: list[Timex3] = []
    for x in find_lengths(text):
        if _an_offset(text, x.span, dates):
            continue
        over = [i for i, d in enumerate(dates) if d.span and x.span.start < d.span.end and d.span.start < x.span.end]
        if all(_inside(dates[i], x.span) for i in over):
            dropped.update(over)
            kept.append(Timex3(x.span, x.type, x.value, x.mod))
    for i, ref in enumerate(dates):
        if i in dropped or ref.span is None:
            continue
        value = to_timeml_value(ref)
        kind = "TIME" if value[:1].isdigit() and "T" in value else "DATE"
        kept.append(Timex3(ref.span, kind, value, timeml_mod(ref), ref))
    return sorted(kept, key=lambda t: t.span.start)


# "at 6 a.m. ten days before the shooting": the count after a time, before "before" or "after", is how far that
# time lies from the event named next, part of the time's own expression (TimeML marks the time, one expression
# with its offset), not a length of its own
_OFFSET_AFTER = re.compile(r"\s+(?:before|after|earlier|later)\b", re.IGNORECASE)


def _an_offset(text: str, span: Span, dates: list[DateRef]) -> bool:
    """A length right after a date (only spaces between) and followed by "before", "after", "earlier" or "later"."""
    if not _OFFSET_AFTER.match(text, span.end):
        return False
    return any(d.span is not None and d.span.end <= span.start and not text[d.span.end : span.start].strip()
               for d in dates)


def _inside(ref: DateRef, span: Span) -> bool:
    """A date read in part of a longer length ("the past" of "the past few weeks")."""
    s = ref.span
    return s is not None and span.start <= s.start and s.end <= span.end and s.end - s.start < span.end - span.start
