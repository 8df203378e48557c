"""A cheap sentence splitter used before parsing, so that only sentences that can hold an event are parsed.

spaCy's parser would split better, but running it over every sentence is exactly the cost we avoid; the parse
of each selected chunk still re-splits it if the regex merged two sentences.
"""

from __future__ import annotations

import re

_PARA = re.compile(r"\n\s*\n")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and an upper-case
# letter, digit or opening quote; common abbreviations are protected below.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(\s+)(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|No|Vol|approx|est|Inc|Ltd|Co|Corp|vs|Ex|Brig|Prof|Hon|Mt|Ft|Cpl|Pvt|Supt|Insp)|\b[A-Z](?:\.[A-Z])*)\.$"
)

# A chronology's entry opens its paragraph on its day and a colon or a dash: "2 February 2026: Several hundred
# farmers block the highway ...", "Feb. 2 - ...", "Monday 2 February: ...", "2/2: ...". The head is a sentence of its
# own: glued to the entry's first sentence it hid that sentence's verb from the parse (nothing was coded from
# "14 February 2026: About 2,000 lorry drivers and traders march through Cochabamba city"), and the assembler
# dates the entry's events by it (`events.paragraph_days.entry_days`). A day followed by a comma ("On 5 May 2022,
# ...", an ACLED note's opening) is a sentence's adverbial and is left alone.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
ENTRY_HEAD = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)"
    r"\s*(?::|\s[-–—]{1,2})\s+(?=\S)")


def entry_head(text: str, start: int, end: int) -> int | None:
    """The end of the chronology entry's head that opens the paragraph `text[start:end]` (`ENTRY_HEAD`), if any."""
    found = ENTRY_HEAD.match(text, start, end)
    return found.end() if found is not None else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of `text`, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in [*_PARA.finditer(text), None]:
        end = para.start() if para is not None else len(text)
        head = entry_head(text, pos, end)
        if head is not None:  # "2 February 2026: ...": the entry's day, a sentence of its own (`ENTRY_HEAD`)
            _emit(text, pos, head, spans)
            pos = head
        _split_paragraph(text, pos, end, spans)
        if para is not None:
            pos = para.end()
    return spans


def _split_paragraph(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    chunk_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        # only the last word before the boundary can be an abbreviation: searching all of a long run of rejected
        # boundaries ("A. B. C. ...") again at each one would be quadratic
        if _ABBREV.search(text, max(chunk_start, match.start(1) - 16), match.start(1)):
            continue
        _emit(text, chunk_start, match.start(1), out)
        chunk_start = match.end()
    _emit(text, chunk_start, end, out)


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs begin: events borrow places and dates only within their paragraph."""
    return [0, *(m.end() for m in _PARA.finditer(text))]
