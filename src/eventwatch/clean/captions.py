"""Photo captions: short dated lines between paragraphs ("Jan 4, 2021—Students torch a billboard ...",
"Night marches - 31 Dec") and short lines printed twice near the top of a page.

Captions are not sentences of the report, so they leave the body; but they say when a photographed event
happened, so they are kept as `Caption(text, date)` evidence. The date is read by `eventwatch.dates` (its
`printed_days`), the same parser that reads the report's sentences, with the rule for a day printed without a
year: the latest such day at most a week after the report's date.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.dates import printed_days
from eventwatch.sentences import ENTRY_HEAD

MAX_CAPTION_CHARS = 180
MAX_CAPTION_WORDS = 28
_SEP = r"\s*(?:—|–|-{1,2}|\||:|·)\s*"
_AFTER_DATE = re.compile(rf"{_SEP}(?P<rest>\S.*)", re.DOTALL)
_BEFORE_DATE = re.compile(rf"(?P<rest>.*?\S){_SEP}", re.DOTALL)
_WORD = re.compile(r"[^\W\d_]{2,}")


def is_short(line: str) -> bool:
    """Short enough to be a caption (`MAX_CAPTION_CHARS`, `MAX_CAPTION_WORDS`): a longer line is body text even
    when it carries a date."""
    return len(line) <= MAX_CAPTION_CHARS and len(line.split()) <= MAX_CAPTION_WORDS


def chronology(lines: list[str]) -> bool:
    """Whether the lines hold a chronology's entries rather than a page's dated photo captions: three or more lines
    in a row open on a day and a colon or a dash (`sentences.ENTRY_HEAD`: "11 February 2026: Unidentified men set
    fire to a toll booth ..."). A timeline's entries were taken for captions and cut out of the body with their
    events, and they dated the paragraphs beside them (trial12's Bolivia timeline lost its toll booth, its truce and
    its warning, dates46); a photo's caption stands between paragraphs of text, one at a time."""
    run = 0
    for line in lines:
        run = run + 1 if ENTRY_HEAD.match(line.strip()) else 0
        if run >= 3:
            return True
    return False


def dated_caption(line: str, reference: dt.date | None) -> tuple[bool, str | None]:
    """(is a dated caption, its ISO date). The date fills one end of the line, a dash (or bar, colon) parts it
    from the rest, and the rest holds words, not just another date. A caption whose yearless date cannot be
    placed (no reference) is still a caption, with no date."""
    if not is_short(line):
        return False, None
    text = line.strip()
    days = printed_days(text, reference)
    if not days:
        return False, None
    (first, first_ref), (last, last_ref) = days[0], days[-1]
    after = _AFTER_DATE.fullmatch(text, first.end) if first.start == 0 else None
    if after and _WORD.search(after["rest"]):
        return True, first_ref.value if first_ref else None
    before = _BEFORE_DATE.fullmatch(text, 0, last.start) if text[last.end:] in ("", ".") else None
    if before and _WORD.search(before["rest"]):
        return True, last_ref.value if last_ref else None
    return False, None


def marked_caption_date(line: str, reference: dt.date | None) -> str | None:
    """The date of a line that markup says is a caption (HTML `<figcaption>`): its date at either end as in
    `dated_caption`, else the one calendar day printed anywhere in it ("Youths burn tyres in Tabriz on Jan 4,
    2021."); a caption naming two different days says nothing sure about the photo, so it has no date."""
    dated, date = dated_caption(line, reference)
    if dated:
        return date
    days = {ref.value for _, ref in printed_days(line.strip(), reference) if ref is not None}
    return days.pop() if len(days) == 1 else None
