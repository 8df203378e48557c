"""A report's days and paragraphs as the `events` stage reads them (`assemble.ExtractEvents`): a range of named
days is one event per day with its toll shared (ACLED's practice), and a paragraph that carries a date of its own
outside quotes keeps a photo caption beside it from dating its events. Kept apart from the assembler, which only
calls them, so that each stays small enough to read."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from eventwatch.dates import parse_date
from eventwatch.records import DateRef, Document, Event, Place

_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches of a sentence: a date inside a slogan does not date the event around it."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text, start, end)]


def reference_day(doc: Document, published: str | None) -> dt.date | None:
    """The report's day: its own reference date, else the run's `published` setting; None when neither is read."""
    for value in (doc.reference_date, published or None):
        if value:
            ref = parse_date(value, None)
            if ref is not None:
                return ref.last
    return None


def lead_day(placed: Sequence[tuple[Event, Place]], reference: dt.date | None) -> dt.date | None:
    """The day of the story's lead: its first placed event's, else the report's (`StoryPlace.set`)."""
    if placed and placed[0][0].event_date:
        return dt.date.fromisoformat(placed[0][0].event_date)
    return reference


def paragraph_of(starts: list[int], offset: int) -> int:
    """The index of the paragraph holding `offset` (by bisection: linear per sentence would be quadratic)."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def named_days(when: DateRef | None) -> list[DateRef | None]:
    """A range of named days ("1-2 March", "between 2 and 4 January") is one event per day, as ACLED codes it;
    a vague range ("in recent days") stays one event with week precision."""
    if when is None or when.granularity != "range" or when.span is None or not any(c.isdigit() for c in when.span.text):
        return [when]
    length = (when.last - when.first).days + 1
    if not 1 < length <= 7:
        return [when]
    days = [when.first + dt.timedelta(days=i) for i in range(length)]
    return [DateRef(value=d.isoformat(), granularity="day", first=d, last=d, span=when.span) for d in days]


def share_toll(fatalities: int | None, parts: int, index: int) -> int | None:
    """Fatalities of a multi-day report spread over its days, the remainder on the first (ACLED's practice)."""
    if fatalities is None or parts == 1:
        return fatalities
    return share_of(fatalities, parts, index)


def share_of(total: int, parts: int, index: int) -> int:
    """Share `index` of `total` split over `parts`: the remainder one each on the first shares (ACLED's practice for
    a toll over days, and for an event record's toll split among its events, `totals.record_toll`)."""
    return total // parts + (1 if index < total % parts else 0)


def dated_paragraphs(text: str, dates: Sequence[DateRef], starts: list[int]) -> set[int]:
    """Indices of the paragraphs that hold a time expression of their own outside quotes (the dateline's is
    already left out): a photo caption beside such a paragraph does not date its events."""
    ends = [*starts[1:], len(text)]
    out: set[int] = set()
    for d in dates:
        if d.span is None:
            continue
        para = bisect.bisect_right(starts, d.span.start) - 1
        if not any(q0 <= d.span.start < q1 for q0, q1 in quoted_spans(text, starts[para], ends[para])):
            out.add(para)
    return out


# A headline left in the body: one line in capitals with no closing stop ("SUSPECT KILLED AND RIFLES SEIZED IN
# NIGHT RAID"), of two to twenty words.
_HEADLINE = re.compile(r"[^\n.!?:;\"”]{3,200}")


def headline_paragraphs(text: str, starts: list[int], coded: set[int]) -> set[int]:
    """Indices of the paragraphs that are a headline left in the body, when the paragraphs after it (up to the next
    such headline) code an event (`coded`: the paragraphs that coded one).

    Why: a press release's or a bulletin's headline in capitals stands as a paragraph when the cleaner did not take
    it for the title (trial14's fix-half police press release); it tells in short what the paragraphs under it tell,
    in other words ("seized" for weapons recovered, "held" for arrests), so it coded an event of its own beside the
    body's telling. When the body under it codes nothing, the headline is the only telling and keeps its events.
    Team-written example: "GUNMAN SHOT DEAD AND RIFLES SEIZED IN NIGHT RAID" above "Police raided a house in the
    village on Monday and exchanged fire with a gunman, who was killed." codes the clash once."""
    ends = [*starts[1:], len(text)]
    heads = [n for n, (start, end) in enumerate(zip(starts, ends, strict=True)) if n + 1 < len(starts)
             and _is_headline(text[start:end].strip())]
    out: set[int] = set()
    for i, n in enumerate(heads):
        until = heads[i + 1] if i + 1 < len(heads) else len(starts)
        if any(n < p < until for p in coded):
            out.add(n)
    return out


def _is_headline(paragraph: str) -> bool:
    words = paragraph.split()
    return (2 <= len(words) <= 20 and _HEADLINE.fullmatch(paragraph) is not None and paragraph.isupper())
