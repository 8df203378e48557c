"""The day a correction notice gives in place of the day an earlier version told (issue 12).

"Gunmen ... ambushed an army convoy near Banibangou ... on Tuesday" / "Correction: an earlier version of this story
said the ambush took place on Tuesday. According to the ministry's second statement it took place on Monday, 6
October." (trial14's Niger wire): the lead keeps the wrong day, since a wire corrects by a notice at its foot, not
by rewriting its lead, and ACLED codes the corrected day. The notice's retracted sentence (`corrected.retracted`:
"an earlier version of this story said ...") names the wrong day; the last day the notice's paragraph tells after
it is the right one. Every event of the text dated the wrong day takes the right one; an event of another day is
another occurrence and keeps its own.

Only one wrong day and a right day that differs from it, both whole days, in a text that says it corrects
(`corrected.corrects`); a notice read with no report's day is read against an unread dateline's day
(`dateline_day`), as the lead is. Team-written example: "Correction: A previous version of this article said the
march was held on Friday. It was held on Thursday, 12 March." moves the lead's Friday march to 12 March.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventwatch.dates import find_dates
from eventwatch.dates.dateline_day import dateline_day
from eventwatch.events.corrected import corrects, retracted
from eventwatch.records import DateRef

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def corrected_days(text: str, starts: Sequence[int], reference: dt.date | None) -> dict[dt.date, DateRef]:
    """The right day by the wrong one, for each correction notice's paragraph of `text` (paragraph `starts`) that
    retracts one day and gives another (the module's shape); empty when the text corrects nothing."""
    if not corrects(text):
        return {}
    if reference is None:
        found = dateline_day(text)
        reference = found[0] if found is not None else None
    if reference is None:
        return {}
    out: dict[dt.date, DateRef] = {}
    bounds = [*starts, len(text)]
    for n, start in enumerate(starts):
        paragraph = text[start:bounds[n + 1]]
        sentences = [m.group() for m in _SENTENCE.finditer(paragraph)]
        for i, sentence in enumerate(sentences):
            if not retracted(sentence):
                continue
            wrong = {d.first for d in _days(sentence, reference)}
            right = [d for later in sentences[i + 1:] for d in _days(later, reference)]
            if len(wrong) == 1 and right and right[-1].first not in wrong:
                day = right[-1].first
                out[wrong.pop()] = DateRef(value=day.isoformat(), granularity="day", first=day, last=day)
            break
    return out


def _days(sentence: str, reference: dt.date) -> list[DateRef]:
    return [d for d in find_dates(sentence, reference) if d.granularity == "day" and d.first == d.last]
