"""Rules across expressions: an expression whose value depends on another one named before it.

A report on quarterly results says "the third quarter" once and then "the quarter", "the latest period", "a
year earlier" or "the 1988 period"; a narrative names a day and then says "that day" or "the next morning";
"the previous Friday" counts back from the day last named, not from the report. The scanner resolves each
expression on its own against the report's date; these rules then re-anchor the ones that refer back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from eventwatch.dates import calendar as cal
from eventwatch.dates.resolve_base import SPOKEN_COPULA, Context
from eventwatch.dates.told import (
    and_day,
    before_an_event,
    earlier_than_named,
    first_of_two_days,
    narrated_part,
    range_years,
    that_season,
    then_named,
    unit_before,
)
from eventwatch.dates.units import Generic, day_of_named_month, later_than_named, referred_unit
from eventwatch.records import DateRef, Span

# "a year ago" next to a quarter means that quarter a year earlier ("profit rose from $3 million a year ago").
_YEAR_BACK = re.compile(r"^(?:a|one)\s+year\s+(?:ago|earlier|before)$|^year[\s-](?:earlier|ago)$", re.IGNORECASE)
_QUARTER_WORDS = re.compile(r"\b(quarter|period)\b", re.IGNORECASE)
# not "this year's"; "next quarter" is ahead of the report, never the quarter it reports on
_SHIFTED = re.compile(r"year-|ago|earlier|previous|last\s+year|\bnext\b|\bcoming\b", re.IGNORECASE)
# "the quarter", "the latest period", "that quarter": the quarter the report is about, not the calendar quarter
# before the report (a company's fiscal first quarter may end in September)
_SAME_QUARTER = re.compile(
    r"^(?:the|its|this|that)\s+(?:(?:comparable\s+|same\s+)?(?P<back>year-earlier|year-ago)\s+|(?:latest|most\s+recent|same|comparable)\s+)?"
    r"(?:quarter|period)(?P<back2>\s+a\s+year\s+(?:ago|earlier))?$"
)
_PERIOD_OF_YEAR = re.compile(r"^(?:the|its)\s+(?P<y>\d{4})\s+(?:quarter|period)$")
# a report that moves on to "the nine months" or "the fiscal year" is no longer about one quarter
_LONGER_PERIOD = re.compile(
    r"\b(?:nine|six|twelve|9|6|12)\s+months\b|\b(?:full|fiscal)\s+year\b|\bfirst\s+half\b", re.IGNORECASE
)
_DAY_AROUND = re.compile(r"(?<!\w)the\s+(?:(?P<week>week)\s+of|day\s+(?P<dir>before|after))\s+$", re.IGNORECASE)
_BETWEEN_CLOCK_AND_DAY = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*)?(?:on\s+)?")
# "the second quarter ended Oct. 31", "the quarter ending July 31": a quarter given by its last day
_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?:on\s+)?")
_THAT_DAY = re.compile(r"^(?:that|the same|that same) day$")
# "the same day" refers back to what was named last, even a month; a bare "that day" is as often generic
_SAME_DAY = re.compile(r"^(?:the|that) same day$")
_NEXT = re.compile(r"^the\s+(?:next|following)\b", re.IGNORECASE)
_PREVIOUS = re.compile(r"^the\s+(?:previous|preceding)\b|^the\s+day\s+(?:before|earlier)$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_BARE_WEEKDAY = re.compile(r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?$")
_OF_THE_DAY = re.compile(r"\s+of\s+(?:the\s+)?")
# kinds that name a time outright, or count it from one ("two days later" after "three days later")
_TOLD_KINDS = frozenset({"date", "iso", "slash_ymd", "slash_mdy", "dotted_dmy", "month_year", "month", "year",
                         "weekday", "relday", "ago", "week_of_month", "fiscal_year"})
_STORY_REACH = 300
_SAME_CLAUSE = re.compile(r"[^.;:!?\n\"“”]{0,40}")  # "Sunday marks the 100th day": the day is the clause's subject
_BEHIND = re.compile(r"\b(?:last|was|were|had|did|[a-z]{3,}ed)\b[^.;]*$")
_QUARTER_REACH = 2000  # characters over which "the quarter" still means the one named
_DAY_REACH = 1500  # ... and "that day" the day named


def _is_quarter(ref: DateRef) -> bool:
    return (
        ref.granularity == "range"
        and ref.first.day == 1
        and ref.first.month in (1, 4, 7, 10)
        and ref.last == cal.month_end(ref.first.year, ref.first.month + 2)
    )


def _quarter_of(quarter: DateRef, year: int) -> DateRef:
    return cal.quarter_ref(year, (quarter.first.month - 1) // 3 + 1)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left + 1 : min(right) if right else len(text)]


@dataclass(slots=True)
class _Memory:
    """The expressions named so far that later ones may refer back to."""

    text: str
    reference: dt.date | None
    day: DateRef | None = None
    quarter: DateRef | None = None
    year: DateRef | None = None
    month: DateRef | None = None
    # the last month named as a whole ("last October"), which "that same day" may point into
    whole_month: DateRef | None = None
    # the last calendar day written out ("On March 1"): a narrative's own time, which a bare weekday after it in
    # the same paragraph counts from when the story has moved a week or more before the report
    story_day: DateRef | None = None
    # the last day or week named ("last week ... the previous week"), which "that week" refers back to
    week: DateRef | None = None

    def narrative_day(self, start: int) -> DateRef | None:
        day = self.story_day
        if day is None or day.span is None or self.reference is None or start - day.span.end >= _DAY_REACH:
            return None
        if (self.reference - day.first).days < 8 or "\n" in self.text[day.span.end:start]:
            return None
        return day

    def topic_quarter(self, start: int) -> DateRef | None:
        """The quarter the passage is about, if named nearby and not since superseded by a longer period."""
        last = self.quarter
        if last is None or last.span is None or start - last.span.end >= _QUARTER_REACH:
            return None
        return None if _LONGER_PERIOD.search(self.text, last.span.end, start) else last

    def day_in_month(self, start: int) -> DateRef | None:
        """The month named last if it was named after the last day: "killed last October ... crossed out that
        same day" is some day of October, not the day named before October."""
        month, day = self.whole_month, self.day
        if month is None or month.span is None or start - month.span.end >= _DAY_REACH:
            return None
        return month if day is None or day.span is None or day.span.end < month.span.start else None

    def named_units(self, start: int) -> dict[str, DateRef | None]:
        """The week (of the day or week named), month and year named last, near enough to be referred back to."""
        def near(ref: DateRef | None) -> DateRef | None:
            return ref if ref is not None and ref.span is not None and start - ref.span.end < _DAY_REACH else None
        return {"week": near(self.week), "month": near(self.month), "year": near(self.year)}

    def near_day(self, start: int, reach: int) -> DateRef | None:
        day = self.day
        return day if day is not None and day.span is not None and start - day.span.end < reach else None

    def remember(self, name: str, ref: DateRef, lowered: str, topic: DateRef | None) -> None:
        # the topic is the latest completed quarter named: a report on the third quarter that mentions "a flat
        # second quarter" or a "fourth-quarter charge" is still about the third. The first quarter named is the
        # topic even if the calendar has not closed it: a "fourth quarter" reported in November is a fiscal one
        if (
            name == "quarter"
            and _is_quarter(ref)
            and not _SHIFTED.search(lowered)
            and not _PERIOD_OF_YEAR.match(lowered)
            and (self.reference is None or ref.last <= self.reference or topic is None)
            and (topic is None or ref.last >= topic.last or "fiscal" in lowered)
        ):
            self.quarter = ref
        # "overnight" is a night across two days and names neither: "that day" still means the day named before
        if ref.granularity == "day" and name not in ("clock", "part_of_day") and lowered != "overnight":
            self.day = ref
            self.week = ref
            if name in ("date", "iso", "slash_ymd", "slash_mdy", "dotted_dmy"):
                self.story_day = ref
        if ref.granularity == "week" and not ref.value.endswith("WXX"):
            self.week = ref
        if ref.granularity == "month" and name in ("month", "month_year", "relunit"):
            self.whole_month = ref
        if ref.granularity in ("year", "month", "day") and name in ("year", "date", "month_year", "iso"):
            self.year = ref
        if ref.granularity in ("month", "day") and name in ("date", "month_year", "month", "iso"):
            self.month = ref


def _quarter_rules(memory: _Memory, name: str, ref: DateRef, lowered: str, span: Span) -> DateRef | None:
    topic = memory.topic_quarter(span.start)
    if topic is not None and (
        (name == "ago" and _YEAR_BACK.match(span.text))
        or (lowered == "last year" and _QUARTER_WORDS.search(_sentence(memory.text, span.start, span.end)))
    ):
        return _quarter_of(topic, topic.first.year - 1)
    if name != "quarter":
        return None
    same = _SAME_QUARTER.match(lowered)
    if same is not None and lowered.startswith("this") and Context(memory.text, memory.reference).future(
            span.start, span.end):
        return None  # "it expects a loss this quarter": the quarter now under way, not the one reported on
    if same is not None and topic is not None:
        return _quarter_of(topic, topic.first.year - (1 if same["back"] or same["back2"] else 0))
    period_of = _PERIOD_OF_YEAR.match(lowered)
    if period_of is not None and memory.quarter is not None:
        # "in the 1988 period": the same quarter of 1988, or the whole of 1988 after "the nine months"
        year = int(period_of["y"])
        return _quarter_of(topic, year) if topic is not None else cal.year_ref(year)
    return None


def _day_rules(memory: _Memory, name: str, ref: DateRef, lowered: str, span: Span) -> DateRef | None:
    text = memory.text
    if name == "same_day":
        month = memory.day_in_month(span.start) if _SAME_DAY.match(lowered) else None
        if month is not None:
            return dataclasses.replace(month, span=None)
        day = memory.near_day(span.start, _DAY_REACH)
        if day is not None:
            step = 1 if _NEXT.match(lowered) else -1 if _PREVIOUS.match(lowered) else 0
            return cal.day_ref(day.first + dt.timedelta(days=step))
        return None
    around = _DAY_AROUND.search(text, max(0, span.start - 24), span.start) if ref.granularity == "day" else None
    if around is not None:
        # "the day before last Tuesday's hearing", "the week of March 6"
        covered = Span(around.start(), span.end, text[around.start() : span.end])
        if around["week"]:
            return dataclasses.replace(cal.week_ref(ref.first), span=covered)
        step = -1 if around["dir"].lower() == "before" else 1
        return dataclasses.replace(cal.day_ref(ref.first + dt.timedelta(days=step)), span=covered)
    if name == "weekday" and lowered.startswith("previous ") and memory.day is not None:
        # "down 4.5% from the previous Friday": the one before the day last named, not before the report
        back = (memory.day.first.weekday() - ref.first.weekday()) % 7 or 7
        return cal.day_ref(memory.day.first - dt.timedelta(days=back))
    if name in ("clock", "part_of_day"):
        day = memory.near_day(span.start, 300)
        return cal.day_ref(day.first) if day is not None else None
    if name == "weekday" and _BARE_WEEKDAY.match(lowered):
        return _story_weekday(memory, ref, span)
    return None


def _story_weekday(memory: _Memory, ref: DateRef, span: Span) -> DateRef | None:
    """A bare weekday in a message quoted from an earlier day counts from that day, not from the report: "On March
    1 the group posted: 'we will strike Sunday night'" is the Sunday after March 1 (before it, in the past tense).
    Only inside a quotation opened after the day is named, close to it: elsewhere news comes back to the report's
    own week at once (measured on TimeBank: a wider rule misdated 16 weekdays for none gained)."""
    story = memory.narrative_day(span.start)
    if story is None or story.span is None or span.start - story.span.end > _STORY_REACH:
        return None
    between = memory.text[story.span.end : span.start]
    if between.count("“") <= between.count("”") and between.count('"') % 2 == 0:
        return None  # not inside a quotation opened after the day was named
    opened = max(between.rfind("“"), between.rfind('"'))
    said = between[opened + 1 :].lower()  # the quotation up to the weekday
    target = ref.first.weekday()
    if not _BEHIND.search(said):
        return cal.day_ref(story.first + dt.timedelta(days=(target - story.first.weekday()) % 7 or 7))
    return cal.day_ref(story.first - dt.timedelta(days=(story.first.weekday() - target) % 7))


def _part_of_the_day_after(text: str, span: Span, following: DateRef | None) -> bool:
    """"the morning of Aug. 7", "the evening of Friday": the part of the day is said of the day named right after,
    not of the day last named (TimeBank and AQUAINT mark the day alone: "the night of Friday, Oct. 23")."""
    if following is None or following.span is None or following.granularity != "day":
        return False
    return _OF_THE_DAY.fullmatch(text, span.end, following.span.start) is not None


def _told_day(memory: _Memory, span: Span) -> tuple[bool, DateRef | None]:
    """The day "Sunday marks the 100th day of..." or "it was a great day for..." is said of: a day named before it
    in its clause, else in the past tense the day last named (unknown when none is), else None (the present
    tense: the report's day, as resolved). Returns (known, day)."""
    day = memory.near_day(span.start, _DAY_REACH)
    if day is not None and day.span is not None and _SAME_CLAUSE.fullmatch(memory.text, day.span.end, span.start):
        return True, dataclasses.replace(day, span=span)
    copula = SPOKEN_COPULA.search(memory.text, max(0, span.start - 16), span.start)
    if copula is None or not (copula["past"] or copula["past2"]):
        return True, None
    return day is not None, dataclasses.replace(day, span=span) if day is not None else None


def _clock_before_day(text: str, clock: DateRef, following: DateRef | None) -> DateRef | None:
    """ "at about 10:35 a.m. (0735 GMT) Friday": a clock time takes the day named just after it. The two are one
    expression (as TimeML marks "10 p.m. Wednesday" and "9 a.m. EST Tuesday" up), whose span runs to the day's
    end, unless a parenthesis comes between: "(0735 GMT)" is a time of its own, which one span would swallow."""
    if following is None or following.granularity != "day" or clock.span is None or following.span is None:
        return None
    if not _BETWEEN_CLOCK_AND_DAY.fullmatch(text, clock.span.end, following.span.start):
        return None
    if "(" in text[clock.span.end : following.span.start]:
        return cal.day_ref(following.first)
    whole = Span(clock.span.start, following.span.end, text[clock.span.start : following.span.end])
    return dataclasses.replace(cal.day_ref(following.first), span=whole)


def _quarter_ended(text: str, ref: DateRef, lowered: str, following: DateRef | None,
                   topic: DateRef | None) -> DateRef | None:
    """A quarter followed by the day it ended. A numbered quarter is of that day's year, whatever the calendar
    says ("the second quarter ended Oct. 31", a fiscal quarter of the year before an October report); "the
    quarter ended July 31", with no quarter named before, is a fiscal quarter and is given the calendar quarter
    holding two of its three months (that of its middle month: May-July is mostly the second)."""
    if following is None or following.granularity != "day" or ref.span is None or following.span is None:
        return None
    if not _ENDED.fullmatch(text, ref.span.end, following.span.start):
        return None
    end = following.first
    same = _SAME_QUARTER.match(lowered)
    if same is not None:
        if topic is not None or same["back"] or same["back2"]:
            return None
        year, middle = cal.add_months(end.year, end.month, -1)
        return cal.quarter_ref(year, (middle - 1) // 3 + 1)
    return _quarter_of(ref, end.year) if _is_quarter(ref) else None


def _apposition_day(text: str, before: DateRef | None, span: Span) -> DateRef | None:
    """ "Oct. 12, the day before the crash": "the day" in apposition to the day named just before is that day;
    anywhere else it is generic ("the day belonged to the Czechs")."""
    if before is None or before.span is None or before.granularity != "day":
        return None
    if text[before.span.end : span.start] != ", ":
        return None
    return dataclasses.replace(cal.day_ref(before.first), span=span)


def anchor(text: str, found: list[tuple[str, DateRef]], reference: dt.date | None) -> list[tuple[str, DateRef]]:
    """`found` (kind, DateRef) in text order, with the expressions that refer back re-anchored."""
    memory = _Memory(text, reference)
    out: list[tuple[str, DateRef]] = []
    joined = -1  # the index of a day already made part of the clock time before it
    covered = -1  # the end of an expression widened over the ones after it ("the same month last year")
    named_last: DateRef | None = None  # the last time named outright, which "two days later" counts from
    for index, (name, ref) in enumerate(found):
        span = ref.span
        assert span is not None
        if span.start < covered:
            continue
        if index == joined:
            memory.remember(name, ref, _SPACES.sub(" ", span.text.lower()), memory.topic_quarter(span.start))
            continue
        lowered = _SPACES.sub(" ", span.text.lower())
        topic = memory.topic_quarter(span.start)
        if (name == "same_day" and _THAT_DAY.match(lowered) and memory.near_day(span.start, _DAY_REACH) is None
                and (not _SAME_DAY.match(lowered) or memory.day_in_month(span.start) is None)):
            continue  # "trades made that day" with no day named before: a generic day, not a date
        if name == "then":  # "until then": the time named last, else nothing
            named = then_named(out, span)
            if named is not None:
                out.append((name, named))
            continue
        if name == "relunit" and before_an_event(text, lowered, span):
            continue  # "the month before the vote": given by an event
        named_units = memory.named_units(span.start) if name in ("relunit", "day_of_month") else {}
        referred = (referred_unit(lowered, span.start, named_units, Context(text, reference), span.end)
                    if name == "relunit" else None)
        if isinstance(referred, Generic):
            continue  # "that week was the hardest", with no day named before: a generic week, not a date
        if name == "ago" and lowered.endswith("later"):
            later = later_than_named(ref, reference, named_last if named_last and named_last.span and
                                     span.start - named_last.span.end < _DAY_REACH else None)
            if later is None:
                continue  # "two days later" after no time named: counted from nothing the text says
            ref = dataclasses.replace(later, span=span)
        following = found[index + 1][1] if index + 1 < len(found) else None
        if name == "part_of_day" and _part_of_the_day_after(text, span, following):
            continue  # "on the morning of Aug. 7": a part of the day named next, which is the expression
        if name == "spoken_day":
            known, told = _told_day(memory, span)
            if not known:
                continue  # "it was a great day for them", with no day told of before: which day is unknown
            ref = told or ref
        if name == "same_day" and lowered == "the day":
            appositive = _apposition_day(text, out[-1][1] if out else None, span)
            if appositive is None:
                continue
            ref = appositive
        clock_day = _clock_before_day(text, ref, following) if name == "clock" else None
        if clock_day is not None and clock_day.span is not None:
            joined = index + 1
        moved = (
            clock_day
            or (_quarter_ended(text, ref, lowered, following, topic) if name == "quarter" else None)
            or _quarter_rules(memory, name, ref, lowered, span)
            or _day_rules(memory, name, ref, lowered, span)
            or referred
            or earlier_than_named(text, name, ref, reference, out)
            or that_season(text, name, span, memory.year)
            or (unit_before(text, lowered, span, reference, named_units) if name == "relunit" else None)
            or (day_of_named_month(ref, lowered, span.start, named_units) if name == "day_of_month" else None)
            or (narrated_part(text, lowered, span, reference, named_units) if name == "relunit" else None)
        )
        if moved is not None:  # a rule returns a span only when it widened the expression ("the week of ...")
            ref = moved if moved.span is not None else dataclasses.replace(moved, span=span)
        memory.remember(name, ref, lowered, topic)
        out.append((name, ref))
        if ref.span is not None and ref.span.end > span.end:
            covered = ref.span.end
        if name in _TOLD_KINDS:
            named_last = ref
        second = and_day(text, name, ref)
        if second is not None:
            out.append((name, second))
    return first_of_two_days(text, range_years(text, _appositions(text, out)))


def _appositions(text: str, found: list[tuple[str, DateRef]]) -> list[tuple[str, DateRef]]:
    """"In the comparable year-ago quarter, the second quarter ended Oct. 31, ...": a quarter in apposition to
    another names the same one, and the second, more specific, says which."""
    out = list(found)
    for index in range(len(out) - 2, -1, -1):
        (name, ref), (next_name, following) = out[index], out[index + 1]
        if name != "quarter" or next_name != "quarter" or ref.span is None or following.span is None:
            continue
        if _is_quarter(ref) and _is_quarter(following) and text[ref.span.end : following.span.start] == ", ":
            out[index] = (name, dataclasses.replace(following, span=ref.span))
    return out
