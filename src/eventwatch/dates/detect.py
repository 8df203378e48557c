"""Find every time expression in a text: scan with the master pattern, keep the longest kind at each start,
resolve it against the reference, then apply the few rules that need more than one expression.

With `reference=None`, expressions that need a reference (relative ones, and day-month without a year) are
skipped rather than returned without a value: a `DateRef` always has a value and the days it covers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache

from eventwatch.dates.anchor import anchor
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.patterns import kinds
from eventwatch.dates.periods import that_before
from eventwatch.dates.resolve import HANDLERS
from eventwatch.dates.resolve_base import Context
from eventwatch.dates.starts import search
from eventwatch.records import DateRef, Span
from eventwatch.textcase import capitals

_SPACES = re.compile(r"\s+")
# kinds made of common words ("this week", "noon", "spring", "today"), which a capital in mid-sentence turns
# into part of a name; month and weekday names are capitalised anyway
_COMMON_WORD_KINDS = frozenset(
    {"relunit", "relday", "same_day", "spoken_day", "season", "vague", "clock", "part_of_day", "then", "this_time"}
)
_TRAILING_NOISE = re.compile(r"[\s,]+$")
# "every Friday", "each July", "every other week", "Tuesday nights": a recurring time (TimeML's SET), which is
# no day or month an event happened on
_EVERY_BEFORE = re.compile(r"\bevery\s+(?:other\s+|single\s+)?$|\beach\s+$", re.IGNORECASE)  # not "each other"
_PLURAL_PART_AFTER = re.compile(r"\s+(?:mornings|afternoons|evenings|nights)\b", re.IGNORECASE)


def _recurring(text: str, start: int, end: int) -> bool:
    """A recurring time rather than a date: after "every"/"each", or a day followed by a plural part of day."""
    before = text[max(0, start - 20) : start].lower()
    every = ("every" in before or "each" in before) and _EVERY_BEFORE.search(before) is not None
    return every or (text[end : end + 1] == " " and _PLURAL_PART_AFTER.match(text, end) is not None)


_ARTICLE_AND_NAME = re.compile(r"the\s+[A-Z][a-z]+\s+[A-Z][a-z]")


def _in_title(text: str, start: int) -> bool:
    """A capitalised common time word in mid-sentence is part of a name: ABC's "This Week", the film "High
    Noon", the "Spring of Life" marches, USA Today; after an article, only before another capitalised word ("the
    Summer Olympics", "the Spring Festival", but "in the Spring of 2012" is a season)."""
    if _ARTICLE_AND_NAME.match(text, start):
        return True
    if not text[start : start + 1].isupper():
        return False
    before = text[max(0, start - 40) : start].rstrip().rstrip("\"'`‘“(").rstrip()
    return bool(before) and before[-1] not in ".!?:;\n_-—–"


# "that Summer", "that same Winter": a season said after "that" is the season even written with a capital, as some
# writers capitalise seasons; not before another capitalised word ("that Spring Festival")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _that_season(text: str, name: str, start: int, end: int) -> bool:
    """A season word after "that", not starting a name of more capitalised words."""
    return (name == "season" and that_before(text, start) is not None
            and _CAPITAL_AFTER.match(text, end) is None)


# text written all in capitals (wire copy, telex archives): read in sentence case, where the rules' cues hold (a
# capitalised "TODAY" in mid-sentence is no name there, "ATTACKED" a verb told in the past), with the month and
# weekday names keeping their capital; the offsets are the same, the spans keep the text as written
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)\]]*\s+|\n\s*\n)\s*[\"'“‘(\[]*([a-z])")


def _in_capitals(text: str) -> bool:
    """At least 20 letters (`textcase.capitals`), 90% or more of them capitals."""
    counted = capitals(text)
    return counted is not None and counted[0] >= 0.9 * counted[1]


@cache
def _names() -> re.Pattern[str]:
    lex = lexicon()
    words = sorted(set(lex.months) | set(lex.weekdays), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


def sentence_case(text: str) -> str:
    """`text` (written in capitals) in lower case, with a capital at each sentence's start and on each month and
    weekday name; `text` itself when lower case would change its length ("İ")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    out = list(lowered)
    for m in _SENTENCE_START.finditer(lowered):
        out[m.start(1)] = out[m.start(1)].upper()
    for m in _names().finditer(lowered):
        out[m.start()] = out[m.start()].upper()
    return "".join(out)


def _candidates(text: str, start: int) -> list[tuple[str, re.Match[str]]]:
    """Every kind that matches at `start`, longest first (ties keep the order of the cascade)."""
    matches = []
    for kind in kinds():
        m = kind.regex.match(text, start)
        if m and m.end() > start:
            matches.append((kind.name, m))
    matches.sort(key=lambda item: item[1].start() - item[1].end())
    return matches


def scan(text: str, reference: dt.date | None, *, indefinite: bool = False,
         printed: bool = False) -> list[tuple[str, DateRef]]:
    """(kind, DateRef) for every expression, in text order, non-overlapping. `printed` resolves a yearless day
    as a caption or dateline prints it (the latest such day at most a week after the reference)."""
    written = text
    if _in_capitals(text):
        text = sentence_case(text)
    ctx = Context(text, reference, indefinite, printed)
    found: list[tuple[str, DateRef]] = []
    pos = 0
    while True:
        start = search(text, pos)  # where the master's search finds a match (`dates/starts.py`)
        if start is None:
            break
        resolved: tuple[str, re.Match[str], DateRef] | None = None
        for name, m in _candidates(text, start):
            ref = HANDLERS[name](m, ctx)
            if ref is not None:
                resolved = (name, m, ref)
                break
        if resolved is None:
            word = re.match(r"\w+|.", text[start:])
            pos = start + (len(word.group()) if word else 1)
            continue
        name, m, ref = resolved
        if ((name in _COMMON_WORD_KINDS and _in_title(text, m.start()) and not _that_season(text, name, m.start(),
                                                                                              m.end()))
                or _recurring(text, m.start(), m.end())):
            pos = m.end()
            continue
        end = m.end()
        trimmed = _TRAILING_NOISE.sub("", text[m.start() : end])
        end = m.start() + len(trimmed)
        found.append((name, dataclasses.replace(ref, span=Span(m.start(), end, text[m.start() : end]))))
        pos = end
    anchored = anchor(text, found, reference)
    if text is written:
        return anchored
    return [(kind, dataclasses.replace(ref, span=Span(ref.span.start, ref.span.end,
                                                      written[ref.span.start:ref.span.end])))
            if ref.span is not None else (kind, ref) for kind, ref in anchored]


def find_dates(text: str, reference: dt.date | None, *, indefinite: bool = False) -> list[DateRef]:
    """Every time expression in `text`, sorted by position, normalised against `reference`.

    `indefinite=True` also returns "the past", "the future", "soon"... with wide windows (for evaluation
    against TimeML's PAST_REF / FUTURE_REF); they date nothing, so events should not ask for them.
    """
    return [ref for _, ref in scan(text, reference, indefinite=indefinite)]
