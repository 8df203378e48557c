"""What a text has named so far, for the expressions that refer back to it (`anchor`).

A report on quarterly results names "the third quarter" and then says "the quarter"; a narrative names a day and
then says "that day" or "the same week". `Memory` keeps the last quarter, day, week, month and year named, and
says which of them are still near enough to be referred back to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwatch.dates import calendar as cal
from eventwatch.records import DateRef

# not "this year's"; "next quarter" is ahead of the report, never the quarter it reports on
_SHIFTED = re.compile(r"year-|ago|earlier|previous|last\s+year|\bnext\b|\bcoming\b", re.IGNORECASE)
PERIOD_OF_YEAR = re.compile(r"^(?:the|its)\s+(?P<y>\d{4})\s+(?:quarter|period)$")
# a report that moves on to "the nine months" or "the fiscal year" is no longer about one quarter
_LONGER_PERIOD = re.compile(
    r"\b(?:nine|six|twelve|9|6|12)\s+months\b|\b(?:full|fiscal)\s+year\b|\bfirst\s+half\b", re.IGNORECASE
)
_QUARTER_REACH = 2000  # characters over which "the quarter" still means the one named
DAY_REACH = 1500  # ... and "that day" the day named, "that week" the week


def is_quarter(ref: DateRef) -> bool:
    """Whether `ref` is a calendar quarter's three months: only those can be a results report's topic quarter."""
    return (
        ref.granularity == "range"
        and ref.first.day == 1
        and ref.first.month in (1, 4, 7, 10)
        and ref.last == cal.month_end(ref.first.year, ref.first.month + 2)
    )


@dataclass(slots=True)
class Memory:
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
        """The story's own day a bare weekday at `start` counts from: a calendar day written out close before it, in
        the same paragraph, a week or more before the report (nearer, the weekday is counted from the report)."""
        day = self.story_day
        if day is None or day.span is None or self.reference is None or start - day.span.end >= DAY_REACH:
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
        if month is None or month.span is None or start - month.span.end >= DAY_REACH:
            return None
        return month if day is None or day.span is None or day.span.end < month.span.start else None

    def named_units(self, start: int) -> dict[str, DateRef | None]:
        """The week (of the day or week named), month and year named last, near enough to be referred back to."""
        def near(ref: DateRef | None) -> DateRef | None:
            return ref if ref is not None and ref.span is not None and start - ref.span.end < DAY_REACH else None
        return {"week": near(self.week), "month": near(self.month), "year": near(self.year)}

    def near_day(self, start: int, reach: int) -> DateRef | None:
        """The day named last, if it ends within `reach` characters before `start`: further back is another story."""
        day = self.day
        return day if day is not None and day.span is not None and start - day.span.end < reach else None

    def remember(self, name: str, ref: DateRef, lowered: str, topic: DateRef | None) -> None:
        # the topic is the latest completed quarter named: a report on the third quarter that mentions "a flat
        # second quarter" or a "fourth-quarter charge" is still about the third. The first quarter named is the
        # topic even if the calendar has not closed it: a "fourth quarter" reported in November is a fiscal one
        if (
            name == "quarter"
            and is_quarter(ref)
            and not _SHIFTED.search(lowered)
            and not PERIOD_OF_YEAR.match(lowered)
            and (self.reference is None or ref.last <= self.reference or topic is None)
            and (topic is None or ref.last >= topic.last or "fiscal" in lowered)
        ):
            self.quarter = ref
        # "overnight" is a night across two days and names neither: "that day" still means the day named before;
        # nor do "now" and "these days" (the present as a stretch, TimeML's PRESENT_REF): "on days when prices
        # tumble, trades made that day" after "these days" is generic, and "later that day" after "the town is now
        # calm" is the day the story named before
        if (ref.granularity == "day" and name not in ("clock", "part_of_day", "vague")
                and lowered != "overnight"):
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
