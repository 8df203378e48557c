"""Lengths and recurrences of time (TimeML's DURATION and SET), for `eventwatch dates` and the TimeML evaluation.

A length is no point in time: "the strike lasted three days" dates nothing, so events never ask for one (the
dates of an event come from `find_dates`). But TimeML annotates it, and TempEval-3 scores it with the dates:
"three days" is `P3D`, "a two-year contract" `P2Y`, "the first nine months" `P9M`, "nearly an hour" `PT1H`,
"2 1/2 years" `P2Y6M`; a length left uncounted keeps its unit with X: "several years" `PXY`, "the next few days"
`PXD`, "for months" `PXM`, "decades" `PXE`. A recurrence says how often: "daily" and "every day" are `P1D`, "every
other week" `P2W`, "each Thursday" `XXXX-WXX-4`, "each July" `XXXX-07`, "Tuesday nights"
`XXXX-WXX-2TNI`.

A length never takes the place of a date the detector read ("two years ago" is a day two years back, "a year
earlier" a year): only a length that holds a shorter date inside it is read as the length ("the past few
weeks", where the detector reads only "the past"). Units are in `data/dates/lengths.tsv`, words of how often in
`data/dates/recurring.tsv`. The module reads the values; the words are in `length_words`, the patterns in
`length_patterns`, the units that are no length (an age, a rate) in `not_lengths`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.dates import length_patterns as pat
from eventwatch.dates.length_words import Unit, count_of, norm, recurring, units
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.not_lengths import a_rate, not_a_length, the_start_of
from eventwatch.records import Span

# TimeML's `mod` for a length, from the word before it
_MODS = (
    (re.compile(r"^(?:nearly|almost|less than|fewer than|under|just under)\b", re.I), "LESS_THAN"),
    (re.compile(r"^(?:more than|over|just over)\b", re.I), "MORE_THAN"),
    (re.compile(r"^(?:at least)\b", re.I), "EQUAL_OR_MORE"),
    (re.compile(r"^(?:up to|at most|no more than)\b", re.I), "EQUAL_OR_LESS"),
    (re.compile(r"^(?:about|around|roughly|approximately|some)\b", re.I), "APPROX"),
)


@dataclass(frozen=True, slots=True)
class Length:
    """A length of time (type DURATION) or a recurrence (type SET), with TimeML's value and mod."""

    span: Span
    value: str
    type: str
    mod: str | None = None


def recurrence(text: str) -> re.Match[str] | None:
    """The first recurrence in `text` ("each Thursday", "daily", "every other week"), for the tense cues: a
    timetable that starts on a day announces that day (see `dates.tense_spans`)."""
    return pat.sets().search(text)


def _value(count: int | None, unit: Unit, half: bool) -> str:
    """ISO 8601 length: 3 days P3D, 2 hours PT2H, two decades P20Y, several decades PXE, 2 1/2 years P2Y6M."""
    prefix = "PT" if unit.designator.startswith("T") else "P"
    if count is None:
        return f"{prefix}X{unit.uncounted[-1]}"
    letter = unit.designator[-1]
    value = f"{prefix}{count * unit.factor}{letter}"
    if half and unit.factor == 1:
        value += {"Y": "6M", "H": "30M", "M": "30S" if prefix == "PT" else "", "D": "T12H"}.get(letter, "")
    return value


def _mod(pre: str | None) -> str | None:
    for pattern, mod in _MODS:
        if pre and pattern.search(pre):
            return mod
    return None


def _span(text: str, m: re.Match[str]) -> Span:
    return Span(m.start(), m.end(), text[m.start() : m.end()])


def _lengths(text: str) -> list[Length]:
    found: list[Length] = []
    for m in pat.counted().finditer(text):
        word = norm(m["num"])
        count = count_of(word)
        if count == 0 or not_a_length(text, m, word):
            continue
        unit = units()[norm(m["unit"])]
        value = _value(count, unit, bool(m["half"] or m["half2"]))
        found.append(Length(_span(text, m), value, "DURATION", _mod(m["pre"])))
    for m in pat.uncounted().finditer(text):
        if the_start_of(text, m):
            continue
        found.append(Length(_span(text, m), _value(None, units()[norm(m["unit"])], False), "DURATION",
                            _mod(m["pre"])))
    for m in pat.BARE_LONG.finditer(text):
        found.append(Length(_span(text, m), _value(1, units()[norm(m["unit"])], False), "DURATION"))
    for m in pat.YEAR_ENDED.finditer(text):
        found.append(Length(_span(text, m), "P1Y", "DURATION"))
    for m in pat.A_WHILE.finditer(text):
        found.append(Length(_span(text, m), "PXX", "DURATION"))
    for m in pat.frequencies().finditer(text) if pat.HOW_MANY_TIMES.search(text) else ():
        found.append(Length(_span(text, m), _value(1, units()[norm(m["unit"])], False), "SET"))
    for m in pat.sets().finditer(text):
        rate_word = m["adverb"] or (m["every"] or "").lower() == "per"
        if rate_word and a_rate(text, m.start(), m.end()):
            continue
        found.append(Length(_span(text, m), _set_value(m), "SET"))
    return found


def _set_value(m: re.Match[str]) -> str:
    lex = lexicon()
    if m["adverb"]:
        return recurring()[m["adverb"].lower()]
    day = m["wday"] or m["wdays"] or m["wday2"]
    if day:
        night = "TNI" if m["night"] or m["wday2"] else ""
        return f"XXXX-WXX-{lex.weekdays[day.lower()] + 1}{night}"
    if m["month"]:
        return f"XXXX-{lex.months[m['month'].lower()]:02d}"
    count = 2 if m["other"] else 1
    if m["num"]:
        count = count_of(m["num"])
    return _value(max(count, 1), units()[norm(m["unit"])], False)


def find_lengths(text: str) -> list[Length]:
    """Every length and recurrence of time in `text`, in text order, not overlapping (the longest at a place)."""
    if pat.trigger().search(text) is None:
        return []
    out: list[Length] = []
    for length in sorted(_lengths(text), key=lambda x: (x.span.start, -x.span.end)):
        if out and length.span.start < out[-1].span.end:
            continue
        out.append(length)
    return out
