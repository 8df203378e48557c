"""Quarters referred back to in a report on results: "the quarter", "the latest period", "a year earlier", "the
1988 period", "the second quarter ended Oct. 31".

These follow the quarter the report is about (`Memory.topic_quarter`), not the calendar quarter before the
report: a company's fiscal first quarter may end in September.
"""

from __future__ import annotations

import dataclasses
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates.anchor_memory import PERIOD_OF_YEAR, Memory, is_quarter
from eventwatch.dates.resolve_base import Context
from eventwatch.records import DateRef, Span

# "a year ago" next to a quarter means that quarter a year earlier ("profit rose from $3 million a year ago").
_YEAR_BACK = re.compile(r"^(?:a|one)\s+year\s+(?:ago|earlier|before)$|^year[\s-](?:earlier|ago)$", re.IGNORECASE)
_QUARTER_WORDS = re.compile(r"\b(quarter|period)\b", re.IGNORECASE)
# "the quarter", "the latest period", "that quarter": the quarter the report is about, not the calendar quarter
# before the report (a company's fiscal first quarter may end in September)
SAME_QUARTER = re.compile(
    r"^(?:the|its|this|that)\s+(?:(?:comparable\s+|same\s+)?(?P<back>year-earlier|year-ago)\s+|(?:latest|most\s+recent|same|comparable)\s+)?"
    r"(?:quarter|period)(?P<back2>\s+a\s+year\s+(?:ago|earlier))?$"
)
# "the second quarter ended Oct. 31", "the quarter ending July 31": a quarter given by its last day
_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?:on\s+)?")


def _quarter_of(quarter: DateRef, year: int) -> DateRef:
    return cal.quarter_ref(year, (quarter.first.month - 1) // 3 + 1)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left + 1 : min(right) if right else len(text)]


def quarter_rules(memory: Memory, name: str, ref: DateRef, lowered: str, span: Span) -> DateRef | None:
    """The quarter an expression of kind `name` refers to in a results report (see the module's docstring), or
    None to keep the scanner's reading against the report."""
    topic = memory.topic_quarter(span.start)
    if topic is not None and (
        (name == "ago" and _YEAR_BACK.match(span.text))
        or (lowered == "last year" and _QUARTER_WORDS.search(_sentence(memory.text, span.start, span.end)))
    ):
        return _quarter_of(topic, topic.first.year - 1)
    if name != "quarter":
        return None
    same = SAME_QUARTER.match(lowered)
    if same is not None and lowered.startswith("this") and Context(memory.text, memory.reference).future(
            span.start, span.end):
        return None  # "it expects a loss this quarter": the quarter now under way, not the one reported on
    if same is not None and topic is not None:
        return _quarter_of(topic, topic.first.year - (1 if same["back"] or same["back2"] else 0))
    period_of = PERIOD_OF_YEAR.match(lowered)
    if period_of is not None and memory.quarter is not None:
        # "in the 1988 period": the same quarter of 1988, or the whole of 1988 after "the nine months"
        year = int(period_of["y"])
        return _quarter_of(topic, year) if topic is not None else cal.year_ref(year)
    return None


def quarter_ended(text: str, ref: DateRef, lowered: str, following: DateRef | None,
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
    same = SAME_QUARTER.match(lowered)
    if same is not None:
        if topic is not None or same["back"] or same["back2"]:
            return None
        year, middle = cal.add_months(end.year, end.month, -1)
        return cal.quarter_ref(year, (middle - 1) // 3 + 1)
    return _quarter_of(ref, end.year) if is_quarter(ref) else None


def appositions(text: str, found: list[tuple[str, DateRef]]) -> list[tuple[str, DateRef]]:
    """"In the comparable year-ago quarter, the second quarter ended Oct. 31, ...": a quarter in apposition to
    another names the same one, and the second, more specific, says which."""
    out = list(found)
    for index in range(len(out) - 2, -1, -1):
        (name, ref), (next_name, following) = out[index], out[index + 1]
        if name != "quarter" or next_name != "quarter" or ref.span is None or following.span is None:
            continue
        if is_quarter(ref) and is_quarter(following) and text[ref.span.end : following.span.start] == ", ":
            out[index] = (name, dataclasses.replace(following, span=ref.span))
    return out
