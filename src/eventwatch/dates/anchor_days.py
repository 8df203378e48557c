"""Days referred back to: "that day", "the next morning", "the previous Friday", "Oct. 12, the day before the
crash", a clock time and the day named after it, a weekday in a message quoted from an earlier day.

Each rule re-anchors one expression on the day a narrative has named (`Memory`) or names right beside it, where
the scanner resolved it on its own against the report's date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.anchor_memory import DAY_REACH, Memory
from eventwatch.dates.resolve_base import SPOKEN_COPULA
from eventwatch.records import DateRef, Span

_DAY_AROUND = re.compile(r"(?<!\w)the\s+(?:(?P<week>week)\s+of|day\s+(?P<dir>before|after))\s+$", re.IGNORECASE)
_BETWEEN_CLOCK_AND_DAY = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*)?(?:on\s+)?")
# "the same day" refers back to what was named last, even a month; a bare "that day" is as often generic
SAME_DAY = re.compile(r"^(?:the|that) same day$")
_NEXT = re.compile(r"^the\s+(?:next|following)\b|^the\s+\w+\s+after$", re.IGNORECASE)
_PREVIOUS = re.compile(r"^the\s+(?:previous|preceding)\b|^the\s+\w+\s+(?:before|earlier)$", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(rf"^(?:on\s+)?{weekdays.NAME}{weekdays.PART_OF_DAY}$")
_OF_THE_DAY = re.compile(r"\s+of\s+(?:the\s+)?")
_STORY_REACH = 300
_SAME_CLAUSE = re.compile(r"[^.;:!?\n\"“”]{0,40}")  # "Sunday marks the 100th day": the day is the clause's subject
_BEHIND = re.compile(r"\b(?:last|was|were|had|did|[a-z]{3,}ed)\b[^.;]*$")


def day_rules(memory: Memory, name: str, ref: DateRef, lowered: str, span: Span) -> DateRef | None:
    """The day an expression of kind `name` refers back to (see the module's docstring), or None to keep the
    scanner's reading against the report."""
    text = memory.text
    if name == "relday" and lowered == "overnight":
        return overnight(memory, span)
    if name == "same_day":
        month = memory.day_in_month(span.start) if SAME_DAY.match(lowered) else None
        if month is not None:
            return dataclasses.replace(month, span=None)
        day = memory.near_day(span.start, DAY_REACH)
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
        return cal.day_ref(weekdays.previous(memory.day.first, ref.first.weekday()))
    if name == "weekday" and lowered.startswith("following ") and memory.day is not None:
        # "the plant was seized on March 3; the following Monday the army left": the first such day after the day
        # last named, as "the previous Friday" is the last before it (with no day named, after the report)
        return cal.day_ref(weekdays.following(memory.day.first, ref.first.weekday()))
    if name in ("clock", "part_of_day"):
        day = memory.near_day(span.start, 300)
        return cal.day_ref(day.first) if day is not None else None
    if name == "weekday" and _BARE_WEEKDAY.match(lowered):
        return _weekday_of_day(memory, ref, span) or _story_weekday(memory, ref, span)
    return None


# "by overnight selling", "the overnight raid": a noun's modifier, said of the night that led into the day named
_MODIFIER_BEFORE = re.compile(r"\b(?:the|an?|by|from|of|in|on|after|with|its|their|his|her|['’]s)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+[a-z]")
# the day named is the day something was said ("police said on Monday", "On Monday, officials said")
# (both also read by `dateline_day`: "On Monday, the army said it killed ...", "officials said on Monday")
SAYING = r"(?:said|told|reported|announced|confirmed|added|stated)"
SAID_BEFORE_DAY = re.compile(rf"\b{SAYING}\s+(?:on\s+)?$")
_SAID_AFTER_DAY = re.compile(rf",?\s+(?:[A-Za-z]+\s+){{0,3}}{SAYING}\b")
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’]*\s")
_NIGHT_REACH = 300


def overnight(memory: Memory, span: Span) -> DateRef | None:
    """ "Overnight" after a day named in its sentence or the one before is a night beside that day, not the
    report's: the night of that day ("On 2 March, overnight, gunmen raided a border post", "fighting on Friday
    went on overnight"), or the night that led into it when it modifies a noun ("shares in Seoul fell on Friday,
    dragged down by overnight selling on Wall Street", as TimeBank dates such a night) or when that day is the day
    something was said of it ("police said on Monday that three people were killed overnight"). With no day named
    near, the report's (as resolved). TimeML marks the night with the day it begins on (`…TNI`)."""
    day = memory.near_day(span.start, _NIGHT_REACH)
    if day is None or day.span is None or day.span.end > span.start:
        return None
    text = memory.text
    if len(_SENTENCE_STOP.findall(text, day.span.end, span.start)) > 1:
        return None  # more than a sentence away: the narrative has moved on
    modifier = _MODIFIER_BEFORE.search(text, max(0, span.start - 8), span.start) and _WORD_AFTER.match(text, span.end)
    said = (SAID_BEFORE_DAY.search(text, max(0, day.span.start - 16), day.span.start)
            or _SAID_AFTER_DAY.match(text, day.span.end))
    before = bool(modifier) or bool(said)
    return cal.day_ref(day.first - dt.timedelta(days=1 if before else 0))


# "on Jan. 21, a Friday": the weekday in apposition to the day just named
_WEEKDAY_OF = re.compile(r",\s+(?:which\s+(?:is|was)\s+|it\s+being\s+)?an?\s+")


def _weekday_of_day(memory: Memory, ref: DateRef, span: Span) -> DateRef | None:
    """ "The hearing is set for Jan. 21, a Friday": a weekday in apposition to the day named just before it, and
    that day's own weekday, is that day, not the report's week's ("On Tuesday, a Monday deadline passed" is no
    apposition: another weekday)."""
    day = memory.day
    if day is None or day.span is None or not _WEEKDAY_OF.fullmatch(memory.text, day.span.end, span.start):
        return None
    return cal.day_ref(day.first) if day.first.weekday() == ref.first.weekday() else None


def _story_weekday(memory: Memory, ref: DateRef, span: Span) -> DateRef | None:
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
        return cal.day_ref(weekdays.following(story.first, target))
    return cal.day_ref(weekdays.on_or_before(story.first, target))


def part_of_the_day_after(text: str, span: Span, following: DateRef | None) -> bool:
    """"the morning of Aug. 7", "the evening of Friday": the part of the day is said of the day named right after,
    not of the day last named (TimeBank and AQUAINT mark the day alone: "the night of Friday, Oct. 23")."""
    if following is None or following.span is None or following.granularity != "day":
        return False
    return _OF_THE_DAY.fullmatch(text, span.end, following.span.start) is not None


def told_day(memory: Memory, span: Span) -> tuple[bool, DateRef | None]:
    """The day "Sunday marks the 100th day of..." or "it was a great day for..." is said of: a day named before it
    in its clause, else in the past tense the day last named (unknown when none is), else None (the present
    tense: the report's day, as resolved). Returns (known, day)."""
    day = memory.near_day(span.start, DAY_REACH)
    if day is not None and day.span is not None and _SAME_CLAUSE.fullmatch(memory.text, day.span.end, span.start):
        return True, dataclasses.replace(day, span=span)
    copula = SPOKEN_COPULA.search(memory.text, max(0, span.start - 16), span.start)
    if copula is None or not (copula["past"] or copula["past2"]):
        return True, None
    return day is not None, dataclasses.replace(day, span=span) if day is not None else None


def clock_before_day(text: str, clock: DateRef, following: DateRef | None) -> DateRef | None:
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


def apposition_day(text: str, before: DateRef | None, span: Span) -> DateRef | None:
    """ "Oct. 12, the day before the crash": "the day" in apposition to the day named just before is that day;
    anywhere else it is generic ("the day belonged to the Czechs")."""
    if before is None or before.span is None or before.granularity != "day":
        return None
    if text[before.span.end : span.start] != ", ":
        return None
    return dataclasses.replace(cal.day_ref(before.first), span=span)
