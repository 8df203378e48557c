"""Rules for times a sentence gives by another time it names, rather than by the report's date.

The scanner resolves each expression against the report's date. Three kinds are said of a time named beside
them in the same sentence instead:

- "earlier" and "before" count from a time the sentence has named, where "ago" counts from the report: "profit
  for 2012 fell from a year earlier" is 2011, "shares closed at $12 on Wednesday, up from $10 a week earlier" is
  the Wednesday before that one. (TimeML anchors these to the time they are said of; a quarter's results are
  handled apart by `anchor`, whose topic quarter comes first.)
- The first end of a range takes the year written on the second: "between January and March 2012" is January
  2012, "from December to February 2012" December 2011, whatever the report's date would make of "January".
- "that summer", "that spring" after a year named are that year's season ("the war ended in 1945; that summer
  soldiers came home").
- "The end of the year", "the start of the month" in a sentence that tells of a year or month gone by, in the
  past tense, are of that year or month: "in 2011 the firm said it would hire 300 people by the end of the year"
  is the end of 2011, not of the report's year ("in 2011 sales fell; we will recover by the end of the year",
  about the future, keeps the report's).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.resolve_base import Context, apply_part
from eventwatch.records import DateRef, Span

# kinds that name a time outright (not "yesterday" or "last week", which are themselves counted from the report)
_NAMED_KINDS = frozenset({"date", "iso", "slash_ymd", "slash_mdy", "dotted_dmy", "month_year", "year", "weekday"})
# a weekday is mostly the day something was said ("the company said Friday that profit rose from a year
# earlier"): a count of years is not taken from it, a count of days or weeks is ("up from $10 a week earlier")
_SAID_DAY_KINDS = frozenset({"weekday"})
_EARLIER = re.compile(r"\b(?:earlier|before)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+(?=[A-Z\"“`'])|\n")
# between the two ends of a range: "January to March 2012", "Jan. 5-March 3, 2012", "between June and August
# 2010"; not "in January, and in March 2012" (two times, each its own)
_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|and|or|through|thru|until|till)\s*", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:last|next|this|previous|coming)\b", re.IGNORECASE)  # "June last year": its own year
_WRITTEN_YEAR = re.compile(r"(?<![\d/-])(?:1[6-9]|20)\d\d(?!\d)|['’]\d\d\b")
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)
_SEASON_REACH = 600  # characters over which "that summer" still means the year named


def _in_sentence(text: str, start: int, end: int) -> bool:
    """No sentence ends between `start` and `end` (the boundary's capital may be the character at `end`)."""
    return _SENTENCE_END.search(text, start, min(len(text), end + 1)) is None


def in_year(ref: DateRef, year: int) -> DateRef | None:
    """`ref` moved to `year`, keeping its month and day (a day, a month, a part of a month or a season); None
    otherwise. It moves a date written with its numbers ("on February 29", "June 5-7") into the year the story gives
    it, so a day that year lacks is no date and a range keeps its day numbers; `calendar.moved`, which keeps a
    unit's shape instead (a month's end, a day clamped), moves what was read against the report's year
    (`tests/dates/test_dates_year_moves.py` pins where the two part)."""
    if ref.granularity == "season":
        return cal.season_ref(year, ref.first.month)
    if ref.granularity == "day":
        day = cal.valid_day(year, ref.first.month, ref.first.day)
        return cal.day_ref(day) if day else None
    if ref.granularity == "month":
        return cal.month_ref(year, ref.first.month)
    if ref.granularity == "range" and ref.first.year == ref.last.year and ref.first.month == ref.last.month:
        first = cal.valid_day(year, ref.first.month, ref.first.day)
        last = cal.valid_day(year, ref.last.month, ref.last.day)
        return cal.range_ref(first, last) if first and last else None
    return None


# the granularities a time must have for a count of each unit to be taken from it: "a month earlier" is not
# counted from a year ("against the 2010 base of 100, after a drop a month earlier")
_FINE_ENOUGH = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}


def _counted_back(ref: DateRef, reference: dt.date, anchor: DateRef) -> DateRef | None:
    """The same count back as `ref` is from the report ("a year earlier" resolved as a year before the report),
    taken from `anchor` instead, at the granularity `ref` has."""
    if anchor.granularity not in _FINE_ENOUGH.get(ref.granularity, ()):
        return None
    if ref.granularity == "day":
        return cal.day_ref(anchor.first - (reference - ref.first))
    if ref.granularity == "week":
        weeks = (cal.week_ref(reference).first - ref.first).days // 7
        return cal.week_ref(anchor.first - dt.timedelta(days=7 * weeks))
    if ref.granularity == "month":
        months = (reference.year * 12 + reference.month) - (ref.first.year * 12 + ref.first.month)
        y, mo = cal.add_months(anchor.first.year, anchor.first.month, -months)
        return cal.month_ref(y, mo)
    if ref.granularity == "year":
        years = reference.year - ref.first.year
        if anchor.granularity == "year":
            return cal.year_ref(anchor.first.year - years)
        if anchor.granularity in ("day", "month"):  # "on March 3, 2012 ... a year earlier": that day of 2011
            return in_year(anchor, anchor.first.year - years)
    return None


def earlier_than_named(text: str, name: str, ref: DateRef, reference: dt.date | None,
                       before: list[tuple[str, DateRef]]) -> DateRef | None:
    """ "a year earlier", "two days before": counted from the last time named outright earlier in the same
    sentence, when there is one (else, as resolved, from the report)."""
    span = ref.span
    if name != "ago" or reference is None or span is None or not _EARLIER.search(span.text):
        return None
    if not before:
        return None
    kind, named = before[-1]  # the nearest time before it: "last year ... a year earlier" is not from one before
    if named.span is None or not _in_sentence(text, named.span.end, span.start) or kind not in _NAMED_KINDS:
        return None
    if kind in _SAID_DAY_KINDS and ref.granularity not in ("day", "week"):
        return None
    return _counted_back(ref, reference, named)


def that_season(text: str, name: str, span: Span, year: DateRef | None) -> DateRef | None:
    """ "that summer" after a year named: that year's summer (the season alone is matched, "that" before it)."""
    season = lexicon().seasons.get(span.text.lower()) if name == "season" else None  # the word alone
    if season is None or year is None or year.span is None or span.start - year.span.end > _SEASON_REACH:
        return None
    if _THAT_BEFORE.search(text, max(0, span.start - 6), span.start) is None:
        return None
    return cal.season_ref(year.first.year, season[0])


def range_years(text: str, found: list[tuple[str, DateRef]]) -> list[tuple[str, DateRef]]:
    """The first end of a range written without a year takes the year of the second ("from January to March
    2012"), the year before when its month comes later in the calendar ("from December to February 2012")."""
    out = list(found)
    for index in range(len(out) - 1):
        (name, first), (_, second) = out[index], out[index + 1]
        if first.span is None or second.span is None or first.granularity not in ("day", "month", "range"):
            continue
        if _WRITTEN_YEAR.search(first.span.text) or _RELATIVE.search(first.span.text):
            continue
        if not _WRITTEN_YEAR.search(second.span.text):
            continue
        if not _RANGE_LINK.fullmatch(text, first.span.end, second.span.start):
            continue
        if second.granularity not in ("day", "month", "range"):
            continue
        year = second.first.year - (1 if first.first.month > second.first.month else 0)
        moved = in_year(first, year) if year != first.first.year else None
        if moved is not None:
            out[index] = (name, dataclasses.replace(moved, span=first.span))
    return out


# between two times of a list: "on Feb. 10 and Feb. 12", "in January, and in March", "March 3 or on April 5"
_LIST_LINK = re.compile(r"\s*,?\s*(?:and|or|&)\s+(?:(?:on|in)\s+)?", re.IGNORECASE)
_LISTED_KINDS = frozenset({"date", "month", "month_year"})
_SLACK = dt.timedelta(days=7)


def _nearest_to(first: DateRef, ref: DateRef, reference: dt.date | None) -> int | None:
    """The year that puts `ref`'s month (and day) closest to `first` (a later one on a tie), on the same side of
    the report as `first` when that one is wholly on one side: a list told in the past is all past ("held on
    Dec. 2 and Jan. 3", said in December, is last January; a week's slack, as for a past verb's day), one
    about the future all ahead ("will resume on Dec. 28 and Jan. 3")."""
    best: tuple[int, int] | None = None
    for year in (first.first.year + 1, first.first.year, first.first.year - 1):
        moved = in_year(ref, year)
        if moved is None:
            continue
        if reference is not None and first.last <= reference and moved.first > reference + _SLACK:
            continue
        if reference is not None and first.first > reference and moved.first <= reference:
            continue
        distance = abs((moved.first - first.first).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def listed_years(text: str, found: list[tuple[str, DateRef]], reference: dt.date | None) -> list[tuple[str, DateRef]]:
    """A day or month written without a year and joined by "and" or "or" to the time named just before it is
    told with it ("rebels stormed the town on Feb. 10 and Feb. 12", "in November and in January"): its year
    is the one that puts it nearest that time, which the tense of their sentence has already placed. Read on
    its own it took the year nearest the report, so in a December report the first, after a past verb, was
    last February and the second the coming one."""
    out = list(found)
    for index in range(1, len(out)):
        (before_name, first), (name, second) = out[index - 1], out[index]
        if first.span is None or second.span is None or before_name not in _LISTED_KINDS or name not in _LISTED_KINDS:
            continue
        if first.granularity not in ("day", "month") or second.granularity not in ("day", "month"):
            continue
        if _WRITTEN_YEAR.search(second.span.text) or _RELATIVE.search(second.span.text):
            continue
        if not _LIST_LINK.fullmatch(text, first.span.end, second.span.start):
            continue
        year = _nearest_to(first, second, reference)
        moved = in_year(second, year) if year is not None and year != second.first.year else None
        if moved is not None:
            out[index] = (name, dataclasses.replace(moved, span=second.span))
    return out


# "8 and 9 March": the first day said by its number alone, before the day written out with its month
_DAY_AND_BEFORE = re.compile(r"\b(?:on|of|from|since|between|by|during|until)\s+(?P<d>3[01]|[12]\d|0?[1-9])"
                             r"(?:st|nd|rd|th)?\s+(?:and|or|&)\s+$", re.IGNORECASE)


def first_of_two_days(text: str, found: list[tuple[str, DateRef]]) -> list[tuple[str, DateRef]]:
    """ "on 8 and 9 March" names two days, the 8th first (as "April 24 and 25" does, the month written first;
    `anchor` reads that one): an event on them begins on the 8th, not the 9th."""
    out: list[tuple[str, DateRef]] = []
    for name, ref in found:
        span = ref.span
        if name == "date" and ref.granularity == "day" and span is not None and span.text[:1].isdigit():
            m = _DAY_AND_BEFORE.search(text, max(0, span.start - 40), span.start)
            day = cal.valid_day(ref.first.year, ref.first.month, int(m["d"])) if m else None
            if m is not None and day is not None and day < ref.first:
                out.append((name, dataclasses.replace(cal.day_ref(day), span=Span(m.start("d"), m.end("d"), m["d"]))))
        out.append((name, ref))
    return out


_UNIT_BEFORE = re.compile(r"\s+(?:before|earlier)(?=\s*(?:[.,;:!?)\"'”’]|$))")
_THE_UNIT = re.compile(r"^the (?P<u>week|month|year)$")


def unit_before(text: str, lowered: str, span: Span, reference: dt.date | None,
                named: dict[str, DateRef | None]) -> DateRef | None:
    """ "from 2.9 percent the month before", "up from the year before": the unit before the time of that unit
    last named (February: January), or before the report's when none is. Only at the end of its clause: "the
    month before the vote" is before an event, which no rule here dates. Returns the widened expression."""
    unit = _THE_UNIT.match(lowered)
    after = _UNIT_BEFORE.match(text, span.end) if unit else None
    if unit is None or after is None or reference is None:
        return None
    last = named.get(unit["u"])
    base = last.first if last is not None else reference
    if unit["u"] == "week":
        moved = cal.week_ref(base - dt.timedelta(days=7))
    elif unit["u"] == "month":
        moved = cal.month_ref(*cal.add_months(base.year, base.month, -1))
    else:
        moved = cal.year_ref(base.year - 1)
    return dataclasses.replace(moved, span=Span(span.start, after.end(), text[span.start : after.end()]))


_BEFORE_EVENT = re.compile(r"\s+(?:before|after|prior\s+to|following)\s+(?:the|a|an|his|her|their|its)\s",
                           re.IGNORECASE)


def before_an_event(text: str, lowered: str, span: Span) -> bool:
    """ "the month before the vote", "the year after his arrest": a time given by an event, not the report's
    month or year (nor a date at all, for want of the event's)."""
    return _THE_UNIT.match(lowered) is not None and _BEFORE_EVENT.match(text, span.end) is not None


# "until then", "by then": the time last named (TimeML marks "then" with that time's value); "since then" is left
# out, as TimeBank leaves it (it is the stretch since, not the time)
_THEN_REACH = 600
_THEN_KINDS = frozenset({"day", "month", "year", "season"})


def then(m: re.Match[str], ctx: Context) -> DateRef | None:
    """The scanner's answer for "then" after "until"/"by": a placeholder that `then_named` replaces by the time
    last named, only when indefinite references are asked for (an event is never dated by a deadline's "then")."""
    return cal.day_ref(ctx.reference) if ctx.indefinite and ctx.reference is not None else None


def then_named(found: list[tuple[str, DateRef]], span: Span) -> DateRef | None:
    """ "Conversion rights end on Nov. 30. Until then, the stock remains convertible": "then" is the time named
    last before it (a day, month, year or season, within a few sentences), with its value; None if none is."""
    for _, ref in reversed(found):
        if ref.span is None or span.start - ref.span.end > _THEN_REACH:
            return None
        if ref.granularity in _THEN_KINDS and ref.value[:1].isdigit():
            return dataclasses.replace(ref, span=span)
    return None


# "on April 24 and 25": a second day of the same month; not "on May 5 and 6 people died", nor "and 25%"
_AND_DAY = re.compile(r"\s+(?:and|or|&)\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%:/-]|[.,]\d|\s*[a-z%$])")


def and_day(text: str, name: str, ref: DateRef) -> DateRef | None:
    """The second day of "April 24 and 25", after the first, in the same month and year."""
    if name != "date" or ref.granularity != "day" or ref.span is None:
        return None
    m = _AND_DAY.match(text, ref.span.end)
    if m is None or int(m["d"]) <= ref.first.day:
        return None
    day = cal.valid_day(ref.first.year, ref.first.month, int(m["d"]))
    if day is None:
        return None
    return dataclasses.replace(cal.day_ref(day), span=Span(m.start("d"), m.end(), text[m.start("d") : m.end()]))


# "the end of the year", "the start of the month": a part of the unit said with "the" (see `narrated_part`)
_PART_OF_THE_UNIT = re.compile(r"^(?P<part>the (?:end|beginning|start|middle) of) the (?P<u>year|month)$")
_TOLD_PAST = re.compile(r"\b(?:said|told|was|were|had|did|would|[a-z]{3,}ed)\b", re.IGNORECASE)
# the present or the future between them: the part is the report's year's ("in 2011 sales fell; we will...")
_TOLD_NOW = re.compile(r"\b(?:will|shall|is|are|plans|expects|hopes|aims|intends|wants)\b|['’]ll\b", re.IGNORECASE)


def narrated_part(text: str, lowered: str, span: Span, reference: dt.date | None,
                  named: dict[str, DateRef | None]) -> DateRef | None:
    """ "In 2011 the firm said it would hire 300 people by the end of the year": the part of the year (month)
    named last in the same sentence when that one is gone by and the sentence tells of it in the past tense
    between the two; else None (the report's year, as resolved)."""
    m = _PART_OF_THE_UNIT.match(lowered)
    told = named.get(m["u"]) if m else None
    if m is None or told is None or told.span is None or reference is None:
        return None
    if told.last >= reference or not _in_sentence(text, told.span.end, span.start):
        return None
    between = text[told.span.end : span.start]
    if not _TOLD_PAST.search(between) or _TOLD_NOW.search(between):
        return None
    unit = cal.year_ref(told.first.year) if m["u"] == "year" else cal.month_ref(told.first.year, told.first.month)
    return apply_part(unit, m["part"])
