"""A narrative's own time: relative expressions anchored on the time a story told in the past has set.

The scanner reads a yearless month or day against the report's date (the nearest year, not after the report
when told in the past), and "tomorrow" against the report's day. A story told in the past sets a time of its
own, and what follows it in the same or the next sentence is read against that time instead:

- A yearless month, day or season told in the past right after a time gone by that the story has set is of that time's
  year (after a year) or of the year that puts it nearest that time (after a month or day): "In 1998 the company moved
  to Ohio. In March it opened a second plant" is March 1998, not the March before the report; "he was elected in
  November 2008; in January he took office" is January 2009; "the port was shelled in September 2003; in the winter
  the army left" is the winter of 2003, not the report's last winter. The story's time is a day, month or season
  written with its year in the same sentence, or a time that opens the sentence before as its adverbial ("In 1998,
  ...", "On 1 June 2022, ..."); not a bare year inside a sentence ("back to 2005 levels", "a rebellion in 1997 that
  toppled...", the time of one thing and no frame: on GLOCON's, ACLED's, CASE's and MUC-4's texts a first version that
  let any year set the story's time changed 10 months and days, 8 of them wrongly), nor the time of a past perfect (a
  flashback: "he had been abducted in December 2018 ... he was released on 4 June"). Only when nothing else was named
  between (the story has not come back to the report: "last week", "Friday"), the time lies wholly before the report's
  year, and the clause is told in the simple past (not "in March we will open a plant", nor "has moved in March").
- "Yesterday", "today", "tomorrow" and "tonight" inside a message quoted from an earlier day count from that
  day: "On March 1, 2012, the group wrote: 'We marched yesterday and will march again tomorrow'" is 29
  February and 2 March, as a weekday in such a quotation already was (`anchor_days._story_weekday`).

Both are TimeML's reading (the narrative time a relative expression is anchored on) and an event's: a raid told
"in March" after a sentence opening "In 2011, ..." happened in March 2011.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.anchor_memory import Memory
from eventwatch.dates.resolve_base import Context
from eventwatch.dates.told import in_year
from eventwatch.records import DateRef, Span

# a year written out ("1998", "March 3, 2011", "'98"), which makes a time one named outright
_WRITTEN_YEAR = re.compile(r"(?<![\d/-])(?:1[6-9]|20)\d\d(?!\d)|['’]\d\d\b")
# a word that reads the time against the report's ("last March", "this June", "next May")
_RELATIVE = re.compile(r"\b(?:last|next|this|previous|coming|past)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+(?=[A-Z\"“`'])|\n\s*\n")
# a verb told in the past in the clause of the month (a regular form or a common irregular one)
_PAST = re.compile(r"\b(?:was|were|had|did|said|took|made|went|came|began|became|won|lost|held|left|met|fell|rose|"
                   r"grew|sold|bought|built|found|gave|got|told|wrote|ran|saw|set|put|led|fled|shot|hit|struck|"
                   r"[a-z]{2,}ed)\b")
_FUTURE = re.compile(r"\b(?:will|would|shall|plans?|expects?|hopes?|intends?|aims?|is|are|to)\b|['’]ll\b")
_CLAUSE_AROUND = re.compile(r"[^.;!?\n]*")
_CLAUSE_BEFORE = re.compile(r"[^.;!?\n]*$")
# the end of a stretch begun at the time named ("a 1987 programme ... had bought 481,000 shares through Sept. 29"):
# it runs on towards the report's days as often as not, so the narrative sets no year for it
_STRETCH_END = re.compile(r"\b(?:through|thru|until|till|to|since)\s+$", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b{weekdays.NAME}\b", re.IGNORECASE)
# an adverbial opening its sentence: "On 1 June 2022,", "In 1998", "In November 2008,"
_OPENER = re.compile(r"(?:^|[.!?\n][\"'”’]*\s+|\n)(?:On|In|During|By)\s+$")
_PLUPERFECT = re.compile(r"\bhad\b(?!\s+to\b)", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|['’]ve)\s+(?:\w+\s+)?(?:been|[a-z]+ed)\b")
_NAMED_KINDS = frozenset({"date", "iso", "slash_ymd", "slash_mdy", "dotted_dmy", "month_year", "year", "month",
                          "season"})
_YEARLESS_KINDS = frozenset({"date", "month", "season"})


def _sentences_between(text: str, start: int, end: int) -> int:
    return len(_SENTENCE_END.findall(text, start, min(len(text), end + 1)))


def _clause(text: str, span: Span) -> str:
    """The clause around the expression: back to the last stop before it and on to the next stop after it."""
    before = text[: span.start]
    stop = max(before.rfind(c) for c in ".;!?\n")
    after = _CLAUSE_AROUND.match(text, span.end)
    return text[stop + 1 : after.end() if after else span.end].lower()


def _year_near(named: DateRef, ref: DateRef) -> int:
    """The year of `ref`'s month (and day) told after `named`: a year's own, else the one nearest `named`."""
    if named.granularity == "year":
        return named.first.year
    best = named.first.year
    distance = None
    for year in (named.first.year - 1, named.first.year, named.first.year + 1):
        day = cal.valid_day(year, ref.first.month, ref.first.day if ref.granularity == "day" else 1)
        if day is None:
            continue
        gap = abs((day - named.first).days)
        if distance is None or gap < distance:
            best, distance = year, gap
    return best


def _sets_the_story(text: str, named: DateRef) -> bool:
    """Does `named` open its sentence as the time of what it tells ("On 1 June 2022, ...", "In 1998 the firm...")?
    Such an adverbial sets the narrative's time for the sentence after it too; a time inside a sentence ("the
    2005 levels", "a rebellion in 1997 that toppled...") is the time of that sentence's one thing."""
    assert named.span is not None
    start = max(0, named.span.start - 12)
    return _OPENER.search(text, start, named.span.start) is not None


def _flashback(text: str, named: DateRef) -> bool:
    """Is `named` the time of a past perfect ("he had been abducted in December 2018"): a flashback out of the
    story, which goes on at its own time after it ("The victim was later released on 4 June")."""
    assert named.span is not None
    clause = _CLAUSE_BEFORE.search(text, max(0, named.span.start - 120), named.span.start)
    return clause is not None and _PLUPERFECT.search(clause.group()) is not None


def narrated_year(text: str, name: str, ref: DateRef, reference: dt.date | None,
                  before: list[tuple[str, DateRef]], narrated: set[int]) -> DateRef | None:
    """A yearless month or day told in the past after a time gone by that the story has set: of the year of that
    time (see the module's docstring); None to keep the report's reading. The story's time is the time named last
    (nothing between has brought the story back to the report), a day or month written with its year in the same
    sentence, or one that opens the sentence before as its adverbial ("In 1998, ..."); not a bare year inside a
    sentence ("2005 levels", "the 2000-tonne tanker", "a rebellion in 1997 that..."), which is the time of one
    thing and no frame, nor a past perfect's (a flashback). `narrated` holds the starts of the expressions already
    so read, which set the story's time in turn ("in 1998 ... in March ... in June")."""
    span = ref.span
    if name not in _YEARLESS_KINDS or span is None or reference is None or not before:
        return None
    if ref.granularity not in ("day", "month", "range", "season") or _WRITTEN_YEAR.search(span.text):
        return None
    if (_RELATIVE.search(span.text) or _WEEKDAY.search(span.text)
            or _STRETCH_END.search(text, max(0, span.start - 10), span.start)):
        return None  # "last March"; "Tuesday, February 8" is checked by its weekday; "through Sept. 29" runs on
    kind, named = before[-1]
    if named.span is None or kind not in _NAMED_KINDS:
        return None
    if named.granularity not in ("day", "month", "year", "season") or named.last.year >= reference.year:
        return None
    chained = named.span.start in narrated
    written = _WRITTEN_YEAR.search(named.span.text) is not None
    opens = _sets_the_story(text, named)
    sentences = _sentences_between(text, named.span.end, span.start)
    if not chained and not (written and (opens or (sentences == 0 and named.granularity != "year"))):
        return None
    if sentences > 1 or (sentences == 1 and not (opens or chained)) or _flashback(text, named):
        return None
    clause = _clause(text, span)
    if (not _PAST.search(clause) or _FUTURE.search(clause) or _PRESENT_PERFECT.search(clause)
            or Context(text, reference).future(span.start, span.end)):
        return None
    moved = in_year(ref, _year_near(named, ref))
    if moved is None or moved.first.year == ref.first.year or moved.first > reference:
        return None
    narrated.add(span.start)
    return moved


_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Za-z .]+\)\s*)?[-—–]")
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]+,\s*$")
_QUOTED_DAY = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_STORY_REACH = 300


def quoted_day(memory: Memory, name: str, lowered: str, span: Span) -> DateRef | None:
    """ "Yesterday", "today", "tomorrow", "tonight" inside a message quoted from an earlier day count from that day
    (the day a narrative named, a week or more before the report, close before the quotation); elsewhere, the
    report's day, as resolved."""
    if name != "relday" or lowered not in _QUOTED_DAY:
        return None
    story = memory.narrative_day(span.start)
    if story is None or story.span is None or span.start - story.span.end > _STORY_REACH:
        return None
    if _DATELINE_AFTER.match(memory.text, story.span.end) or _DATELINE_BEFORE.search(
            memory.text, max(0, story.span.start - 40), story.span.start):
        return None  # "JOHANNESBURG, November 30 (ANA) -": the report's own day, whatever the reference says
    between = memory.text[story.span.end : span.start]
    if between.count("“") <= between.count("”") and between.count('"') % 2 == 0:
        return None  # not inside a quotation opened after the day was named
    return cal.day_ref(story.first + dt.timedelta(days=_QUOTED_DAY[lowered]))

