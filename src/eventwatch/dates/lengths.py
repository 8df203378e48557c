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
`data/dates/recurring.tsv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwatch.dates.lexicon import lexicon
from eventwatch.records import Span

# an uncounted number: "several years" is some years, TimeML's X
_VAGUE = frozenset({"a few", "few", "several", "a number of", "many", "some", "the next few"})
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
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


@dataclass(frozen=True, slots=True)
class _Unit:
    designator: str  # "D", "W", "TH"...
    factor: int  # units of the designator in one ("decade": 10 years)
    uncounted: str  # the designator of an uncounted length ("decades": E)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("eventwatch").joinpath("data", "dates", name).read_text(encoding="utf-8")
    return [[c.strip() for c in line.split("\t")] for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def _units() -> dict[str, _Unit]:
    return {r[0]: _Unit(r[1], int(r[2]), r[3]) for r in _rows("lengths.tsv")}


@cache
def _recurring() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("recurring.tsv")}


@cache
def _numbers() -> dict[str, int]:
    """Numbers written in words: the date lexicon's, the compounds "twenty-four", and hundreds."""
    numbers = {word: value for word, value in lexicon().numerals.items() if word not in _VAGUE}
    for t, tens in enumerate(_TENS_WORDS):
        for u, unit in enumerate(_UNITS_WORDS):
            for joint in ("-", " "):
                numbers[f"{tens}{joint}{unit}"] = 10 * (t + 2) + u + 1
    numbers["couple of"] = 2  # "the next couple of years"
    numbers["a hundred"] = 100
    for u, unit in enumerate(_UNITS_WORDS):
        numbers[f"{unit} hundred"] = 100 * (u + 1)
    return numbers


def _alternation(words: object) -> str:
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_PRE = (r"(?P<pre>(?:nearly|almost|about|around|roughly|approximately|more\s+than|less\s+than|fewer\s+than|"
        r"at\s+least|at\s+most|up\s+to|no\s+more\s+than|just\s+over|just\s+under|over(?=\s+(?:a|an|\d)))\s+)?")
# "the last": the verb "last" ("may last three days") is no determiner
_DET = (r"(?P<det>(?:(?:the|these|those)\s+(?:(?:past|last|next|previous|coming|first|latest|final|following|"
        r"remaining|preceding|initial|early|recent)\s+)?|(?:past|next|previous|coming|first|latest|final|"
        r"recent)\s+)?)")
_ADJ = r"(?:(?:more|additional|extra|full|whole|straight|consecutive|successive|long)\s+)?"


@cache
def _counted() -> re.Pattern[str]:
    """"the past five years", "nearly an hour", "a two-year contract", "2 1/2 years", "a minute and a half"."""
    number = rf"(?P<num>(?<![\d.,$£€])\d{{1,3}}(?![\d]|[.,]\d)|\b(?:{_alternation(_numbers())})\b)"
    unit = rf"(?P<unit>{_alternation(_units())})\b"
    return re.compile(
        rf"\b{_PRE}{_DET}{number}(?P<half>\s+1/2|\s+and\s+a\s+half)?(?:\s*-\s*|\s+){_ADJ}{unit}"
        r"(?P<half2>\s+and\s+a\s+half)?(?:-long\b)?",
        re.IGNORECASE,
    )


@cache
def _uncounted() -> re.Pattern[str]:
    """"several years", "the next few days", "the weeks ahead", "for months", "recent quarters"."""
    plural = _alternation(w for w in _units() if w.endswith(("s", "ies")) and " " not in w)
    vague = r"(?:a\s+few|few|several|many|a\s+number\s+of)"
    return re.compile(
        rf"\b{_PRE}(?:(?P<det>(?:the\s+(?:past|last|next|previous|coming|first|early|recent|final)|"
        rf"past|next|previous|coming|first|recent)\s+)"
        rf"(?:{vague}\s+)?|{vague}\s+|(?<=\bfor\s)|the\s+(?=\w+\s+ahead\b))"
        rf"(?P<unit>{plural})\b(?:\s+ahead\b)?",
        re.IGNORECASE,
    )


@cache
def _sets() -> re.Pattern[str]:
    """"every day", "each month", "every other week", "every three years", "per hour", "each Thursday", "each
    July", "Tuesday nights", "on Fridays", "daily", "annually"."""
    lex = lexicon()
    units = _alternation(w for w in _units() if " " not in w)
    number = rf"(?:\d{{1,3}}|{_alternation(_numbers())})"
    return re.compile(
        rf"\b(?:(?P<every>every|each|per)\s+(?:(?P<other>other)\s+|(?P<num>{number})\s+)?"
        rf"(?:(?P<unit>{units})|(?P<wday>{_alternation(w for w in lex.weekdays if len(w) > 3)})|"
        rf"(?P<month>{_alternation(w for w in lex.months if len(w) > 3)}))"
        rf"|(?P<wdays>{_alternation(w for w in lex.weekdays if len(w) > 3)})s\b(?P<night>\s+nights)?"
        rf"|(?P<wday2>{_alternation(w for w in lex.weekdays if len(w) > 3)})\s+nights"
        rf"|(?P<adverb>{_alternation(_recurring())}))\b",
        re.IGNORECASE,
    )


def recurrence(text: str) -> re.Match[str] | None:
    """The first recurrence in `text` ("each Thursday", "daily", "every other week"), for the tense cues: a
    timetable that starts on a day announces that day (see `dates.tense_spans`)."""
    return _sets().search(text)


# "a 6-year-old", "52 years old": an age, which TimeML leaves unmarked (TimeBank and AQUAINT mark one age in 30)
_AGE_AFTER = re.compile(r"-old\b|\s+old\b", re.IGNORECASE)
# "$40 a year", "four flights a week", "24 hours a day": a rate, which TimeML marks in a few uses only (as SET)
_AMOUNT_BEFORE = re.compile(
    r"(?:\d[\d,.]*%?|\b(?:percent|cents?|dollars?|times|twice|once|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens?|hundreds?|thousands?|millions?|billions?))(?:\s+[a-z]+s)?\s+$",
    re.IGNORECASE,
)
# "three-quarters of its food", "more than a quarter of the market": a fraction, not three months
_FRACTION_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# "he will one day return": some day, not a length of one day
_SOME_DAY_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|should|must|to|i|we|you|he|she|they|it)\s+$", re.IGNORECASE
)


def _not_a_length(text: str, m: re.Match[str], count_word: str) -> bool:
    """The few counted units that are no length: an age, a rate ("$40 a year"), a fraction of a quarter, "a
    second" (an ordinal: "a second group"), "one day" after a modal or a subject (some day), a title ("60
    Minutes")."""
    unit, end = m["unit"], m.end()
    if _AGE_AFTER.match(text, end) or (unit.lower().startswith("second") and count_word in ("a", "an")):
        return True
    if count_word in ("a", "an") and _AMOUNT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return True
    if unit.lower().startswith("quarter") and (_FRACTION_AFTER.match(text, end) or "-" in m.group()):
        return not m["det"]
    if count_word == "one" and unit.lower() == "day" and _SOME_DAY_BEFORE.search(text, 0, m.start()):
        return True
    return unit[:1].isupper() and unit[1:2].islower() and m.start() != m.start("unit")


# "the year ended March 31", "the fiscal year ending June 30": a company's twelve months named by the day they end,
# which straddle two calendar years; TimeML annotates the length (7 uses in 8), while a quarter so named stays a date
_YEAR_ENDED = re.compile(r"\bthe\s+(?:fiscal\s+)?year\s+(?:ended|ending)\b", re.IGNORECASE)
# "for a while": a length of no stated unit
_A_WHILE = re.compile(r"(?<=\bfor\s)a\s+(?:little\s+)?while\b", re.IGNORECASE)


def _value(count: int | None, unit: _Unit, half: bool) -> str:
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


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower())


def _lengths(text: str) -> list[Length]:
    found: list[Length] = []
    for m in _counted().finditer(text):
        word = _norm(m["num"])
        count = int(word) if word.isdigit() else _numbers()[word]
        if count == 0 or _not_a_length(text, m, word):
            continue
        unit = _units()[_norm(m["unit"])]
        value = _value(count, unit, bool(m["half"] or m["half2"]))
        found.append(Length(_span(text, m), value, "DURATION", _mod(m["pre"])))
    for m in _uncounted().finditer(text):
        found.append(Length(_span(text, m), _value(None, _units()[_norm(m["unit"])], False), "DURATION",
                            _mod(m["pre"])))
    for m in _YEAR_ENDED.finditer(text):
        found.append(Length(_span(text, m), "P1Y", "DURATION"))
    for m in _A_WHILE.finditer(text):
        found.append(Length(_span(text, m), "PXX", "DURATION"))
    for m in _sets().finditer(text):
        found.append(Length(_span(text, m), _set_value(m), "SET"))
    return found


def _set_value(m: re.Match[str]) -> str:
    lex = lexicon()
    if m["adverb"]:
        return _recurring()[m["adverb"].lower()]
    day = m["wday"] or m["wdays"] or m["wday2"]
    if day:
        night = "TNI" if m["night"] or m["wday2"] else ""
        return f"XXXX-WXX-{lex.weekdays[day.lower()] + 1}{night}"
    if m["month"]:
        return f"XXXX-{lex.months[m['month'].lower()]:02d}"
    count = 2 if m["other"] else 1
    if m["num"]:
        word = _norm(m["num"])
        count = int(word) if word.isdigit() else _numbers()[word]
    return _value(max(count, 1), _units()[_norm(m["unit"])], False)


@cache
def _trigger() -> re.Pattern[str]:
    """A word without which a text holds no length (a unit, a word of how often, "every", a weekday): most are
    passed over with this one scan instead of the four patterns'."""
    words = [*(w for w in _units() if " " not in w), *_recurring(), "while", "every", "each",
             *(w + "s" for w in lexicon().weekdays if len(w) > 3), *(w for w in lexicon().weekdays if len(w) > 3)]
    return re.compile(rf"\b(?:{_alternation(words)})(?![\w])", re.IGNORECASE)


def find_lengths(text: str) -> list[Length]:
    """Every length and recurrence of time in `text`, in text order, not overlapping (the longest at a place)."""
    if _trigger().search(text) is None:
        return []
    out: list[Length] = []
    for length in sorted(_lengths(text), key=lambda x: (x.span.start, -x.span.end)):
        if out and length.span.start < out[-1].span.end:
            continue
        out.append(length)
    return out
