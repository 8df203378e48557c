"""Photo captions: short dated lines between paragraphs ("Jan 4, 2021—Students torch a billboard ...",
"Night marches - 31 Dec") and short lines printed twice near the top of a page.

Captions are not sentences of the report, so they leave the body; but they say when a photographed event
happened, so they are kept as `Caption(text, date)` evidence.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.clean.dates import DATE, from_match

MAX_CAPTION_CHARS = 180
MAX_CAPTION_WORDS = 28
_SEP = r"\s*(?:—|–|-{1,2}|\||:|·)\s*"
_LEADING = re.compile(rf"(?:{DATE}){_SEP}(?P<rest>\S.*)", re.IGNORECASE)
_TRAILING = re.compile(rf"(?P<rest>.*?\S){_SEP}(?:{DATE})\.?", re.IGNORECASE)


def is_short(line: str) -> bool:
    return len(line) <= MAX_CAPTION_CHARS and len(line.split()) <= MAX_CAPTION_WORDS


def dated_caption(line: str, reference: dt.date | None) -> tuple[bool, str | None]:
    """(is a dated caption, its ISO date). The rest of the line must hold words, not just another date."""
    if not is_short(line):
        return False, None
    for pattern in (_LEADING, _TRAILING):
        match = pattern.fullmatch(line.strip())
        if match and re.search(r"[^\W\d_]{2,}", match.group("rest")):
            return True, from_match(match, reference)
    return False, None
