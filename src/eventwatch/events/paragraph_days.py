"""The day a paragraph takes as a whole: a photo caption's beside it, a chronology entry's head; and the paragraphs a
label opens as background, which date no event (split from `events.when`, which picks a sentence's date)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from eventwatch.records import Caption, DateRef
from eventwatch.sentences import entry_head


def caption_dates(captions: Sequence[Caption], starts: Sequence[int], dated: set[int],
                  reference: dt.date | None) -> dict[int, tuple[DateRef, Caption]]:
    """The date each undated paragraph takes from a photo caption beside it, by paragraph index.

    A dated caption ("Jan 4, 2021—Youths torch a billboard") stands between paragraphs and says when the
    photographed event happened; the issue's order is the event's own date, the sentence's, then "the caption or
    paragraph context". Layouts differ (a caption under its photo above the text it illustrates, or after it), so a
    caption dates the paragraph that follows it and, failing that, the one before it; the nearest caption wins.
    A paragraph with a time expression of its own (`dated`) keeps it, and a caption dated after the report
    (`reference`) dates nothing: it would turn a real event into a plan.
    """
    after: dict[int, tuple[DateRef, Caption]] = {}
    before: dict[int, tuple[DateRef, Caption]] = {}
    for caption in captions:
        day = _day(caption.date)
        if day is None or caption.at is None or (reference is not None and day > reference):
            continue
        following = bisect.bisect_left(starts, caption.at)  # len(starts) when the caption came last
        if following < len(starts) and starts[following] != caption.at:
            continue  # not between two paragraphs: where it stood is unknown
        ref = DateRef(value=day.isoformat(), granularity="day", first=day, last=day)
        if following < len(starts) and following not in dated:
            after[following] = (ref, caption)  # a later caption before the same paragraph is nearer to it
        if following > 0 and following - 1 not in dated:
            before.setdefault(following - 1, (ref, caption))  # the first caption after a paragraph is nearest
    return {**before, **after}


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def entry_days(text: str, starts: Sequence[int], dates: Sequence[DateRef]) -> dict[int, DateRef]:
    """The day of each paragraph that is a chronology's entry, by paragraph index: one that opens on a day and a
    colon or a dash ("9 May 2026: Police try to reopen the bridge ...", `sentences.ENTRY_HEAD`).
    A timeline tells each entry's events in the present, each under its own day; the entry's day dates every event
    of it that names no day of its own, before the lead's or the report's day, and no entry's day carries into the
    next (trial12's Bolivia timeline: five entries, two events, both dated 6 February). Team-written example:
    "14 May 2026: Masked men burn a customs post outside the town overnight." is of 14 May in a timeline published
    on the 20th. `dates` are the text's dates (document offsets), read by `find_dates`."""
    out: dict[int, DateRef] = {}
    bounds = [*starts, len(text)]
    for n, start in enumerate(starts):
        head = entry_head(text, start, bounds[n + 1])
        if head is None:
            continue
        told = [d for d in dates if d.span is not None and start <= d.span.start < head]
        if told:
            out[n] = told[0]
    return out


# "Background, October-November 2024:", "Background:", "BACKGROUND -": a paragraph's label saying it tells the past
_BACKGROUND_LABEL = re.compile(r"(?:Background|BACKGROUND)(?:,[^:\n]{1,40})?\s*(?::|\s[-–—])\s")


def background_paragraphs(text: str, starts: Sequence[int]) -> set[int]:
    """The paragraphs a label opens as background (`_BACKGROUND_LABEL`), by index: a timeline's or incident notes'
    "Background" entry tells what led to the story, and ACLED codes none of it, whatever day its sentences seem to
    take (trial12's Bolivia timeline: "Background, October-November 2024: ... Four police officers were held hostage
    by blockaders in the Chapare region" was coded an abduction on the report's day). Team-written example:
    "Background: two police posts were burnt in the same district in 2019." codes nothing."""
    return {n for n, start in enumerate(starts) if _BACKGROUND_LABEL.match(text, start)}


# "TIMELINE: Fighting in the port city", "Timeline of the unrest", "CHRONOLOGY - Two years of raids": a box's heading,
# a paragraph of its own with no sentence in it
_BOX_HEADING = re.compile(r"(?:TIMELINE|Timeline|CHRONOLOGY|Chronology)\b(?:\s*[:\-–—]\s*|\s+of\s+)?[^.!?\n]{0,60}\s*")
# How many paragraphs of story a box's heading follows at least: a report told first (a timeline that opens the text
# is the report itself, and its entries are its events)
_STORY_BEFORE_BOX = 2


def timeline_box(text: str, starts: Sequence[int]) -> set[int]:
    """The paragraphs of a timeline box appended to a report, by index: its heading (`_BOX_HEADING`) after at least
    `_STORY_BEFORE_BOX` paragraphs of the story, and every paragraph after it. A box recalls the earlier rounds of
    what the report tells ("- July 2023: clashes ... kill five people") and ends on the report's own event told
    again; ACLED codes the report's event once, from the story, and none of the box. Read as the story, an old
    entry became an event of its month and the last entry a copy of the lead. A chronology that is the report
    (its heading opens the text) keeps its entries' events (`entry_days`). Team-written example: under a report of
    a clash in Sirte, "TIMELINE: Sirte since 2020" then "- March 2021: a convoy is ambushed on the coast road"
    codes nothing."""
    bounds = [*starts, len(text)]
    for n, start in enumerate(starts):
        if n >= _STORY_BEFORE_BOX and _BOX_HEADING.fullmatch(text, start, bounds[n + 1]):
            return set(range(n, len(starts)))
    return set()
