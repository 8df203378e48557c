"""Weekday arithmetic in one place, each convention by its name.

A weekday is Python's number (Monday 0 ... Sunday 6, as `lexicon().weekdays` gives it). Every function counts from a
given day (the report's, or a day the story named) and says whether that day itself counts:

- `previous(day, w)`: the last such weekday strictly before `day` ("last Friday", "the previous Friday");
- `following(day, w)`: the first such weekday strictly after `day` ("next Friday", "the following Monday");
- `on_or_before(day, w)`: `day` itself when it is one, else the last before it (a bare "Friday" told in the past);
- `on_or_after(day, w)`: `day` itself when it is one, else the first after it ("a week from Friday", "will meet
  Friday");
- `of_week(day, w, weeks)`: that weekday of `day`'s own Monday-to-Sunday week, `weeks` weeks on ("this Tuesday",
  "Tuesday of last week", the Saturday of a week's weekend).
"""

from __future__ import annotations

import datetime as dt

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
# A weekday's full name in lower case, for the rules that ask whether an expression is a bare weekday (the scanner
# reads every written form from `lexicon().weekdays`), and a part of the day that may follow it ("Sunday night")
NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"


def previous(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7 or 7)


def following(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7 or 7)


def on_or_before(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def of_week(day: dt.date, weekday: int, weeks: int = 0) -> dt.date:
    return day + dt.timedelta(days=weekday - day.weekday() + 7 * weeks)


def is_weekend(day: dt.date) -> bool:
    return day.weekday() >= SATURDAY
