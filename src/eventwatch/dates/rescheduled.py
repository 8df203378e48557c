"""A plan moved from one day to another: "the council moved the vote from Monday to Friday".

Read on its own, each weekday of such a change is the most recent one (the clause is in the past tense), so a
vote moved on a Wednesday "from Monday to Friday" came out as the Monday just gone and the Friday before it.
A change of plan is told before the new day comes, so the day it went to is the coming one (the report's own
day when it is that weekday, as for "will meet Wednesday"); the day it came from is given by the direction of
the move: the last such weekday before the new day for a delay ("postponed the hearing from Tuesday to
Thursday": the Tuesday two days before), the first after it for a move forward ("brought the march forward from
Saturday to Thursday"), and for a move either way ("moved", "rescheduled", "changed") the one nearest the new day.

A stretch of days with no move ("the summit runs from Friday to Sunday", "shares fell from Monday to Friday") is put in
one week when its two weekdays, each read alone in the tense of the words before it, came out with the end before the
start: "runs" makes Friday the coming one but leaves Sunday, after "Friday to", the last one, so the end moves after
the start (and "schools are closed from Monday to Friday", said on a Wednesday, is this week's); told in the simple
past ("fell", said on a Wednesday: Monday two days ago, Friday five) the start moves back before the end.

Weekdays only: a month or a dated day keeps its year by the rules of its own (`resolve_base.with_year`), which
the tense of a narrative sets; a week's window is what "from Monday to Friday" leaves open.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.resolve_base import told_in_past
from eventwatch.records import DateRef

_LATER = r"postponed|delayed|deferred|adjourned"
_EARLIER = r"advanced"
_EITHER = r"moved|rescheduled|shifted|changed|switched|rearranged"
_PHRASAL = r"brought|pulled|pushed|put|held"  # a move only with its particle: "brought forward", "put off"
# the verb of the move, its object (a few words, no clause of its own), a particle, and "from" right before the
# first day: "postponed the hearing from", "brought the march forward from", "pushed the vote back from"
_MOVE = re.compile(
    rf"\b(?:(?P<later>{_LATER})|(?P<earlier>{_EARLIER})|(?P<either>{_EITHER})|(?P<phrasal>{_PHRASAL}))\b"
    r"(?P<object>(?:\s+(?!(?:and|but|that|which|who|when|to|by|from)\b)[\w'’-]+){0,5}?)"
    r"(?:\s+(?:(?P<forward>forward|up)|(?P<back>back|off|over)))?\s+from\s+$",
    re.IGNORECASE,
)
_TO = re.compile(r"\s+(?:to|until|till)\s+(?:on\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(rf"^{weekdays.NAME}$", re.IGNORECASE)
_REACH = 80  # characters from the verb to the first day


def _weekday(ref: DateRef, name: str) -> bool:
    return (name == "weekday" and ref.granularity == "day" and ref.span is not None
            and _BARE_WEEKDAY.match(ref.span.text) is not None)


def _stretch(text: str, start: tuple[str, DateRef],
             end: tuple[str, DateRef]) -> tuple[tuple[str, DateRef], tuple[str, DateRef]]:
    """A stretch "from X to Y" whose end was read before its start, put in one week: told in the simple past
    ("fell from Monday to Friday" on a Wednesday: Monday two days ago, Friday five), the start moves back before
    the end; otherwise ("runs from Friday to Sunday": the coming Friday; "are closed from Monday to Friday") the
    end moves after the start."""
    (start_name, first), (end_name, last) = start, end
    assert first.span is not None
    if told_in_past(text, text.rindex("from", 0, first.span.start)):  # the verb before "from" ("fell from")
        moved = weekdays.previous(last.first, first.first.weekday())
        return (start_name, dataclasses.replace(cal.day_ref(moved), span=first.span)), end
    moved = weekdays.following(first.first, last.first.weekday())
    return start, (end_name, dataclasses.replace(cal.day_ref(moved), span=last.span))


def rescheduled(text: str, found: list[tuple[str, DateRef]], reference: dt.date | None) -> list[tuple[str, DateRef]]:
    """`found` with the two weekdays of a plan moved "from X to Y" read as the change says, and a stretch "from X
    to Y" ending after it starts (module docstring)."""
    if reference is None:
        return found
    out = list(found)
    for index in range(1, len(out)):
        (first_name, first), (name, second) = out[index - 1], out[index]
        if not (_weekday(first, first_name) and _weekday(second, name)):
            continue
        assert first.span is not None and second.span is not None
        if _TO.fullmatch(text, first.span.end, second.span.start) is None:
            continue
        move = _MOVE.search(text, max(0, first.span.start - _REACH), first.span.start)
        if move is None or (move["phrasal"] and not (move["forward"] or move["back"])):
            if second.first < first.first and _FROM.search(text, max(0, first.span.start - 6), first.span.start):
                out[index - 1], out[index] = _stretch(text, out[index - 1], out[index])
            continue
        new = weekdays.on_or_after(reference, second.first.weekday())
        back = weekdays.previous(new, first.first.weekday())
        ahead = weekdays.following(new, first.first.weekday())
        if move["later"] or move["back"]:
            old = back
        elif move["earlier"] or move["forward"]:
            old = ahead
        else:
            old = back if new - back <= ahead - new else ahead
        out[index - 1] = (first_name, dataclasses.replace(cal.day_ref(old), span=first.span))
        out[index] = (name, dataclasses.replace(cal.day_ref(new), span=second.span))
    return out
