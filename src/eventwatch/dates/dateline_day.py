"""The report's day told by a dateline the clean stage left in the text (issues 10 and 12, dates49).

A wire filed as "YEREVAN, March 17, 2026 (wire) - Russian border guards handed control of the Agarak crossing ...
on Monday" names its day at its head, but a credit the clean stage does not know ("(wire)", in small letters) or a
weekday before the day ("ROSEAU, Monday 8 December 2025 - ...") leaves the dateline unread: the report then has no
day, and "on Monday", "last Tuesday" or "on the eve of the vote" are counted from nothing (the lead's event took the
dateline's own day, 17 March, for Monday the 16th). Reading such a dateline's place brings its own trouble (dates44
and dates45 read the tagged dateline whole, and a found event was lost on a set the team does not read); its day
alone is what a publication date would have given, so it is read here, and only when no publication date is known,
for the dateline's own paragraph and, in the later paragraphs, for a weekday that opens its sentence (`lead_dates`,
`opens_with_weekday`; dates51) or one inside a sentence that dates the act it hangs from (`acts_weekday`; dates56).

The shape is strict: a paragraph among the text's first two that opens with a place in capitals, a comma, a date
the publication-date parser reads whole (`published.parse_published`: "March 17, 2026", "9 August 2025", "Monday 8
December 2025"), an optional credit in parentheses and a dash. A day without its year is no such day (its year
would be a guess), nor is a date in a sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.dates import weekdays
from eventwatch.dates.anchor_days import SAID_BEFORE_DAY, SAYING
from eventwatch.dates.detect import find_dates
from eventwatch.dates.published import UnreadableDate, parse_published
from eventwatch.dates.single import printed_days
from eventwatch.records import DateRef

_UP = "A-ZÀ-ÖØ-Þ"
_CAPS = rf"[{_UP}][{_UP}.'’\-]+(?:\s+[{_UP}][{_UP}.'’\-]+){{0,3}}"
_REGION = r"(?:,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})?"
# "YEREVAN, March 17, 2026 (wire) - ", "ROSEAU, Monday 8 December 2025 - ", "GAZA CITY, Gaza Strip, 5 May 2024 — "
_HEAD = re.compile(rf"{_CAPS}{_REGION},\s*(?P<date>[\w .,]{{6,40}}?\d{{4}})\s*(?:\([^()\n]{{1,40}}\))?"
                   r"\s*(?:—|–|-{1,2})\s+(?=\S)")
HEAD_PARAGRAPHS = 2  # a headline, then the dateline's paragraph
# A wire's dateline prints its day without the year ("TRIPOLI, June 10 (wire) - ", "GAZA CITY, 3 May (wire) - "):
# the year is the one a whole day the body tells gives it (`year_told`)
_YEARLESS = re.compile(rf"{_CAPS}{_REGION},\s*(?P<date>[A-Za-z]{{3,9}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Za-z]{{3,9}}\.?)"
                       r"\s*(?:\([^()\n]{1,40}\))?\s*(?:—|–|-{1,2})\s+(?=\S)")
# How many days before a yearless dateline's day a whole day of the body may lie and give it its year: a report's
# week ("The fighting broke out in the early hours of 9 June 2026" under "June 10")
YEAR_REACH = 7
# a line that is not blank: a paragraph of cleaned text (one per line), and the unit the head of a report is
# counted in here and by `numbered_day.head_day`
PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
_WEEKDAY = re.compile(rf"{weekdays.NAME}\b", re.IGNORECASE)
# What may stand between a sentence's start and the weekday that frames it: "On Sunday, ...", "Also on Monday, ...",
# "Early on Thursday, ...", "Later on Thursday night, ...", "Separately, on Friday ..."
_FRAME = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)\s*(?:(?:also|separately|later|earlier|then|meanwhile|and|but)\s*,?\s+)?"
                    r"(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
# After "On Monday,": a speaker of up to six words, perhaps with a name in apposition, and a verb of saying ("the army
# said", "a spokesman for the county police told reporters", "the army's spokesman, Colonel Amos Otieno, said", "the
# group claimed"), with no other stop between
_WORD = r"[A-Za-z][\w'’.-]*"
_STATEMENT = re.compile(rf",?\s+(?:{_WORD}\s+){{0,6}}(?:{_WORD},\s+(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’.-]*,\s+)?"
                        rf"(?:{SAYING}|claimed|wrote|posted)\b")


# The lead tells a night's end: "in an overnight attack", "in the early hours", "before dawn"
_NIGHT = re.compile(r"\b(?:overnight|(?:in\s+)?the\s+(?:small|early)\s+hours|before\s+dawn|pre-?dawn)\b", re.IGNORECASE)
# A weekday told as its day's late part: "Late on Sunday", "On Sunday night", "Sunday evening"
_LATE_BEFORE = re.compile(r"\blate\s+(?:on\s+)?$", re.IGNORECASE)
_LATE_AFTER = re.compile(r"\s+(?:evening|night)\b", re.IGNORECASE)


def opens_with_weekday(text: str, start: int, told: str) -> bool:
    """Whether the date told at `start` (its words `told`) is a weekday that opens its sentence, framing what the
    sentence tells ("On Sunday, about 80 residents gathered ...", "Also on Monday, the army opened a base ..."),
    and not a statement's day (`statement_frame`)."""
    return (_WEEKDAY.match(told) is not None and _FRAME.search(text, max(0, start - 60), start) is not None
            and not statement_frame(text, start + len(told)))


# A weekday among its sentence's first three words frames the sentence ("Before dawn on Wednesday, a group ..."):
# only `opens_with_weekday`'s frames are read (dates51 left this one out: it made a copy of the lead's looting)
_NEAR_START = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)\s*(?:\S+\s+){0,3}$")
_SENTENCE_REACH = 300


# A sentence that tells another development than the one before: "Separately, ...", "In a separate incident, ...",
# "Elsewhere, ...", "Meanwhile, ...", "Farmers also blocked ..."
_ANOTHER = re.compile(r"\b(?:also|separately|separate|elsewhere|meanwhile)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)")


def acts_weekday(text: str, start: int, told: str) -> bool:
    """Whether the date told at `start` (its words `told`) is a weekday inside a sentence that tells another
    development, after its first words, with no verb of saying before it: "Separately, police in Kisumu arrested
    two men on Sunday", "Farmers also blocked the road at Kitale on Monday"; not "police said on Sunday" (the
    statement's day) nor an opening "On Sunday, ..." (`opens_with_weekday`). Such a day is the day of the act it
    hangs from, and of that act only (`acts_days`). Without the sentence's mark of another development, the weekday
    dated retellings of the lead's event apart from it (two report halves each extracted more events, their one to
    one precision fell), so it keeps main's reading."""
    if (_WEEKDAY.match(told) is None or SAID_BEFORE_DAY.search(text, max(0, start - 16), start) is not None
            or opens_with_weekday(text, start, told)):
        return False
    reach = max(0, start - _SENTENCE_REACH)
    if _NEAR_START.search(text, reach, start) is not None:
        return False
    opening = max((m.end() for m in _SENTENCE_START.finditer(text, reach, start)), default=reach)
    return _ANOTHER.search(text, opening, start) is not None


def acts_days(text: str, dates: list[DateRef]) -> frozenset[int]:
    """The starts of the dates that `lead_dates` read in the later paragraphs by `acts_weekday`: a day that dates
    only the act it hangs from in the parse (`events.when.pick_date`'s `own_act`). A weekday inside a sentence
    hangs from one of several acts; given to another ("the deputy governor raised the toll on Sunday evening,
    adding that four attackers had been killed", "the three were questioned and released on Saturday morning"
    beside the gathering the statement names), it dated a retelling of the lead's event apart from it, a copy
    (dates51's first version, and this round's on the fix halves); with no day of its own such an act keeps main's
    reading and folds into the lead's event."""
    found = dateline_day(text)
    if found is None:
        return frozenset()
    stop = text.find("\n", found[1][1])
    stop = len(text) if stop < 0 else stop
    return frozenset(d.span.start for d in dates if d.span is not None and stop <= d.span.start
                     and acts_weekday(text, d.span.start, d.span.text))


def statement_frame(text: str, end: int) -> bool:
    """Whether the words after a day that opens its sentence (at `end`) say that someone spoke: "On Tuesday, the army
    said it killed three of the attackers", "On Tuesday, the county commissioner said four officers were killed in
    the attack", "On Monday, the navy said its boats had seized two skiffs". The day is the statement's, as
    `anchor_days` reads "On Monday, officials said"; what is said is mostly the act the lead told on its own day,
    and, read as the act's day, it was a second attack or clash a day or two from the lead's that no longer folded
    into it (dates53's team-written probe for an act told in the perfect, dates55's for one told in the past or the
    passive). Unread, the act keeps main's reading: no day of its own, and it folds into the lead's event."""
    return _STATEMENT.match(text, end) is not None


def dateline_day(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The day of a dateline that opens one of the text's first `HEAD_PARAGRAPHS` paragraphs and the dateline's
    offsets (its date is the report's, no event's); None when there is no such dateline or its date is not one
    whole day with its year."""
    for number, paragraph in enumerate(PARAGRAPH.finditer(text)):
        if number >= HEAD_PARAGRAPHS:
            break
        start = paragraph.start() + len(paragraph.group()) - len(paragraph.group().lstrip())
        head = _HEAD.match(text, start, paragraph.end())
        if head is None:
            head = _YEARLESS.match(text, start, paragraph.end())
            day = year_told(text, head.group("date")) if head is not None else None
            if head is None:
                continue
        else:
            day = whole_day(head.group("date"))
        return (day, (head.start(), head.end())) if day else None
    return None


def desk_day(text: str) -> dt.date | None:
    """The day of the text's dateline (`dateline_day`), for a report with no publication date: the day a story's
    lead is counted back from (`events.when.lead_date`), so that a detail sentence with no day of its own is of the
    lead's day, as in a report whose publication date is known. None when there is no such dateline."""
    found = dateline_day(text)
    return found[0] if found is not None else None


def year_told(text: str, date: str) -> dt.date | None:
    """A yearless dateline's `date` ("June 10") as the day of the one year in which a whole day the text tells
    ("the early hours of 9 June 2026") lies at most `YEAR_REACH` days before it, or a day into the next year when
    the day told is a December's under a January dateline; None when no whole day of the text, or days of more
    than one year, fit. A wire prints no year in its dateline, and without a publication date the report had no
    day: its "on Tuesday" was read against nothing, and a timeline's "July 2023" below it became the report's
    year. The year is what the body says; a dateline whose year nothing in the text gives stays unread (a guess)."""
    found: set[dt.date] = set()
    for _, ref in printed_days(text, None):
        if ref is None or ref.granularity != "day":
            continue
        for year in (ref.first.year, ref.first.year + 1):
            day = whole_day(f"{date} {year}")
            if day is not None and 0 <= (day - ref.first).days <= YEAR_REACH:
                found.add(day)
    return found.pop() if len(found) == 1 else None


def whole_day(value: str) -> dt.date | None:
    """A head's date as one whole day with its year (`parse_published`), None when it is unreadable or not one
    whole day: a dateline's or a head line's date (`numbered_day.head_day`) dates nothing less precise."""
    try:
        day = parse_published(value)
    except UnreadableDate:
        return None
    return dt.date.fromisoformat(day) if day else None


def lead_dates(text: str, dates: list[DateRef]) -> list[DateRef]:
    """`dates` (found with no report's day) with those of an unread dateline's paragraph read again against its day
    (`dateline_day`), and the dateline's own date left out: the lead's weekday is the lead event's day ("YEREVAN,
    March 17, 2026 (wire) - ... handed control of the Agarak crossing ... on Monday": 16 March).

    In the later paragraphs only weekdays are read again: one that opens its sentence ("On Sunday, about 80
    parishioners gathered ...", "Also on Monday, the army opened a base ...": `opens_with_weekday`, dates51), a frame
    that tells a development of its own, on its own day; and one inside its sentence that is no statement's day
    ("Police in Kisumu arrested two men on Sunday": `acts_weekday`, dates56), which dates only the act it hangs from
    (`acts_days`). Every other date of the later paragraphs keeps main's reading: read
    whole, their events, once dated apart from the lead's, no longer folded into it when they retell it (a toll told
    again, the wounded flown to the desk's town, a statement's "unlicensed gathering" with the day the detainees were
    released, a bare "in the morning" given the dateline's day: dates49's and dates51's diffs of every fix half)."""
    found = dateline_day(text)
    if found is None:
        return dates
    day, (start, end) = found
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    found_again = [d for d in find_dates(text, day) if d.span is not None and end <= d.span.start]
    lead = [d for d in found_again if d.span is not None and d.span.start < stop]
    night = {d.first for d in lead} if _NIGHT.search(text, end, stop) else set()
    again = lead + [d for d in found_again if d.span is not None and stop <= d.span.start
                    and _read_later(text, d.span.start, d.span.text)
                    and not the_leads_night(text, d, night) and not before_the_leads_statement(text, d, lead)]
    told = [(d.span.start, d.span.end) for d in again if d.span is not None]
    kept = [d for d in dates if d.span is None or not (start <= d.span.start < stop or any(
        s < d.span.end and d.span.start < e for s, e in told))]
    return sorted(kept + again, key=lambda d: d.span.start if d.span is not None else -1)


def _read_later(text: str, start: int, told: str) -> bool:
    return opens_with_weekday(text, start, told) or acts_weekday(text, start, told)


def before_the_leads_statement(text: str, date: DateRef, lead: list[DateRef]) -> bool:
    """Whether a later opening weekday falls before the day of a lead that names no day but a statement's
    ("Gunmen killed nine villagers in Kasindi, officials said on Monday": `SAID_BEFORE_DAY`). Such a lead's act is
    dated by the statement; a later "On Sunday, gunmen attacked Kasindi, killing nine villagers" mostly tells that
    act on its own day, and read against the dateline it was a second attack a day before the lead's that no longer
    folded into it (dates55's team-written probe). Unread, it keeps main's reading (no day) and folds into the
    lead's. A lead with a day of its act ("attacked the post on Monday, officials said") keeps every later weekday."""
    told = [d for d in lead if d.span is not None and d.granularity == "day"]
    if date.span is None or not told or any(
            SAID_BEFORE_DAY.search(text, max(0, d.span.start - 16), d.span.start) is None for d in told if d.span):
        return False
    return date.first < min(d.first for d in told)


def the_leads_night(text: str, date: DateRef, night: set[dt.date]) -> bool:
    """Whether a later opening weekday told as its day's late part ("Late on Sunday, the attackers stormed ...",
    "On Sunday night, ...") is the night the lead told as a whole ("killed 12 villagers in an overnight attack ...,
    officials said on Monday"): its day is the day before one the lead names (`night`: the lead's days, when it
    tells a night by "overnight", "the early hours" or "before dawn"). One night spans two days; read against the
    dateline, the later telling was a second attack a day before the lead's, and both told by the text, they did not
    fold (dates53's team-written probe). Unread, it keeps main's reading (no day) and folds into the lead's."""
    span = date.span
    if span is None or not night or (date.first + dt.timedelta(days=1)) not in night:
        return False
    return (_LATE_BEFORE.search(text, max(0, span.start - 10), span.start) is not None
            or span.text.lower().startswith("late")
            or _LATE_AFTER.match(text, span.start + len(span.text.split()[0])) is not None)
