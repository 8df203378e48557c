"""Times given by an event the text has dated: "the day after his death", "at 6 a.m. ten days before the shooting".

A report tells an event with its day ("Slepian was shot to death last Oct. 23", "the Oct. 23 killing") and
later counts from the event itself, by a word of the same family (`data/dates/event_words.tsv`: a killing is
also "his death" or "the slaying"). The event's day is the day told right with a word of the family: a day
written right before the noun ("the Oct. 23 killing") or the day a verb or noun of the family stands before, a
few words back in the same clause, with no verb of saying between ("killed on Oct. 23", "shot to death last Oct.
23"; not "two guards were killed, police said Monday", whose Monday is the day it was said).

- "the day before his death", "the day after the shooting" is that day, one before or after it (TimeML's DATE);
  with no such day told before, it stays undated, as before (`told.before_an_event`).
- A clock time followed by a count of days or weeks before or after the event ("a jogger saw the car at 6 a.m.
  ten days before the shooting") is on the day counted from the event's.
- A clock time with no day near it, told with the verb the story told the event with ("Slepian was shot to death
  last Oct. 23 ... was shot to death at 10 p.m."), is on the event's day (`event_day`, in `anchor`'s chain after
  the day named within a sentence or so, which comes first).

Events read these dates too: an event told "the day after his death" happened then.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates.lexicon import lexicon
from eventwatch.records import DateRef, Span

_OWNER = r"(?:the|his|her|their|its|this|that)"
# "the day after his death", "the day before the Oct. 23 killing" is dated by its own day and not read here
_DAY_AROUND = re.compile(
    rf"\bthe\s+day\s+(?P<dir>before|after|following)\s+{_OWNER}\s+(?:[a-z-]+\s+)?(?P<word>[a-z]+)\b", re.IGNORECASE
)
_COUNT_AROUND = re.compile(
    rf"\s+(?P<n>[a-z]+|\d+)\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after)\s+{_OWNER}\s+(?:[a-z-]+\s+)?"
    r"(?P<word>[a-z]+)\b",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+(?P<word>[a-z]+)(?:\s+(?P<second>[a-z]+))?\b")  # "the Oct. 23 (sniper) killing"
_SAYING = re.compile(r"\b(?:said|says|told|reported|announced|added|stated|confirmed|according)\b", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"[^.;!?\n]*$")
_WORDS = re.compile(r"[a-z]+")
_WORDS_BEFORE = 4  # a verb and its date: "shot to death last Oct. 23"
_TOLD_KINDS = frozenset({"date", "iso", "slash_ymd", "slash_mdy", "dotted_dmy", "weekday", "relday"})


def _families(word: str) -> tuple[str, ...]:
    return lexicon().event_words.get(word.lower(), ())


def _told_families(text: str, ref: DateRef) -> set[str]:
    """The families of the event words told with the day `ref`: the noun right after it, the words a few words
    before it in its clause (none across a verb of saying)."""
    assert ref.span is not None
    found: set[str] = set()
    after = _NOUN_AFTER.match(text, ref.span.end)
    if after is not None:
        found.update(_families(after["word"]), _families(after["second"] or ""))
    clause = _CLAUSE_BEFORE.search(text, max(0, ref.span.start - 80), ref.span.start)
    words = _WORDS.findall(clause.group().lower() if clause else "")[-_WORDS_BEFORE:]
    if not any(_SAYING.fullmatch(w) for w in words):
        for word in words:
            found.update(_families(word))
    return found


def _event_day(text: str, found: list[tuple[str, DateRef]], word: str, start: int) -> dt.date | None:
    """The day last told before `start` with a word of `word`'s family, if any."""
    families = set(_families(word))
    if not families:
        return None
    for kind, ref in reversed(found):
        if ref.span is None or ref.span.end > start or kind not in _TOLD_KINDS or ref.granularity != "day":
            continue
        if families & _told_families(text, ref):
            return ref.first
    return None


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return 1 if word.lower() in ("a", "one") else lexicon().numerals.get(word.lower())


def event_times(text: str, found: list[tuple[str, DateRef]]) -> list[tuple[str, DateRef]]:
    """`found` with the days counted from a dated event added ("the day after his death") or re-anchored (a clock
    time "ten days before the shooting"); see the module's docstring."""
    out = list(found)
    added = False
    days_around = _DAY_AROUND.finditer(text) if "day " in text or "DAY " in text else ()
    for m in days_around:
        if any(r.span is not None and r.span.start < m.end() and m.start() < r.span.end for _, r in out):
            continue  # already an expression, or holds one ("the day after the Oct. 23 killing")
        day = _event_day(text, out, m["word"], m.start())
        if day is None:
            continue
        step = -1 if m["dir"].lower() == "before" else 1
        span = Span(m.start(), m.end(), m.group())
        out.append(("event_day", dataclasses.replace(cal.day_ref(day + dt.timedelta(days=step)), span=span)))
        added = True
    for index, (kind, ref) in enumerate(out):
        if kind != "clock" or ref.span is None:
            continue
        after = _COUNT_AROUND.match(text, ref.span.end)
        n = _count(after["n"]) if after is not None else None
        if after is None or n is None:
            continue
        day = _event_day(text, out, after["word"], ref.span.start)
        if day is None:
            continue
        unit = 7 if after["unit"].lower().startswith("week") else 1
        days = n * unit * (-1 if after["dir"].lower() == "before" else 1)
        out[index] = (kind, dataclasses.replace(cal.day_ref(day + dt.timedelta(days=days)), span=ref.span))
    if not added:
        return out
    return sorted(out, key=lambda item: item[1].span.start if item[1].span is not None else -1)


# a past form of a verb that says, reports or is an auxiliary: the day it is told with is when something was said
_NOT_AN_EVENT = frozenset({"said", "told", "reported", "announced", "added", "stated", "confirmed", "was", "were",
                           "had", "did", "made", "got", "went", "came"})
_LETTERS = re.compile(r"[A-Za-z]+")
_EVENT_REACH = 40  # characters between a verb and the day it is told with ("shot to death last Oct. 23")


def _event_verb(text: str, start: int) -> str | None:
    """The verb told in the past closest before `start` in its clause ("was shot to death at 10 p.m.": shot)."""
    clause = _CLAUSE_BEFORE.search(text, max(0, start - 120), start)
    words = _LETTERS.findall(clause.group() if clause else "")
    for word in reversed(words[-6:]):
        if word.islower() and word not in _NOT_AN_EVENT and (
                (len(word) > 4 and word.endswith("ed")) or word in lexicon().past_verbs):
            return str(word)
    return None


def event_day(text: str, name: str, ref: DateRef, before: list[tuple[str, DateRef]]) -> DateRef | None:
    """A clock time with no day named near it, told with a verb the story told before with a day, is on that day:
    "Slepian was shot to death last Oct. 23 ... He was shot to death at 10 p.m." is 23 October at 10 p.m., not
    the report's evening (the same verb told twice of the same subject is one event). Only a verb of the event,
    not of saying ("police said on Monday ... said at 10 a.m."), and only a day the same verb stood right before,
    within a few words of its clause; else None (the report's day, as resolved)."""
    span = ref.span
    if name != "clock" or span is None:
        return None
    verb = _event_verb(text, span.start)
    if verb is None:
        return None
    told = re.compile(rf"\b{verb}\b")
    for kind, named in reversed(before):
        if named.span is None or named.granularity != "day" or kind not in _TOLD_KINDS:
            continue
        window = text[max(0, named.span.start - _EVENT_REACH) : named.span.start]
        hits = list(told.finditer(window))
        hit = hits[-1] if hits else None
        if hit is not None and not re.search(r"[.;!?\n]", window[hit.end() :]):
            return cal.day_ref(named.first)
    return None
