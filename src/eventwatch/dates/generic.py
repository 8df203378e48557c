"""A generic "today": the present age set against another time, TimeML's `PRESENT_REF`, not the report's day.

"Today, more people own phones than ever" and "Unlike in the 1990s, the region today depends on tourism" speak
of the present as an era; "Police arrested two men today" and "Today, I'm here to tell you" speak of the
report's day. What tells them apart in news is the contrast the sentence draws: the same sentence names another
age ("in the past", "a generation ago", "in the 1990s", "than ever", "used to", "back then"), and its verb near
"today" is not a past form ("was arrested today", "said today"). Only the bare "today" is read so, never "today's"
(already no date) nor "today at noon". Events are not touched: the reading applies only when indefinite
references are asked for (`eventwatch dates`, the TimeML evaluation), and an event dated by such a sentence would
still take the report's day.
"""

from __future__ import annotations

import dataclasses
import re

from eventwatch.records import DateRef

PRESENT_REF = "PRESENT_REF"

# another age named in the same sentence, against which "today" is the present one
_OTHER_AGE = re.compile(
    r"\b(?:than\s+ever|in\s+the\s+past|used\s+to|back\s+then|in\s+those\s+days|at\s+that\s+time|"
    r"(?:a|one|two|three|several|many|a\s+few|\d+)\s+(?:generations?|decades?|centuries|century|years)\s+ago|"
    r"a\s+generation\s+ago|(?:in|during|since)\s+the\s+(?:\d{2,4}|['’]\d\d)s|"
    r"(?:in|during)\s+the\s+\w+(?:-\w+)?\s+century|unlike\s+(?:in|during|before)|"
    r"compared\s+(?:with|to)\s+(?:the\s+)?(?:past|\d{4}|['’]?\d\ds)|once\s+(?:was|were|had)|"
    r"in\s+(?:1[6-9]|20)\d\d\b)",
    re.IGNORECASE,
)
# a past form beside "today" ("was arrested today", "said today", "today announced"): the report's own day
_PAST_NEAR = re.compile(r"\b(?:\w+ed|said|told|met|took|made|gave|went|came|left|held|won|lost|began|"
                        r"sent|saw|put|set|shot|hit|fell|rose|was|were|had|did)\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[;:—–]|\s-\s")
_SENTENCE_END = re.compile(r"[.!?]\s|\n\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end] (a full stop, question or exclamation mark and a space
    end one; a blank line too)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    after = _SENTENCE_END.search(text, end, end + 400)
    return (before[-1] if before else max(0, start - 400)), (after.start() + 1 if after else min(len(text), end + 400))


def generic_today(text: str, start: int, end: int) -> bool:
    """Whether the bare "today" at text[start:end] is the present age: its sentence names another age, and no
    past form stands within three words either side of it in its clause (a semicolon or a dash ends one)."""
    first, last = _sentence(text, start, end)
    if not _OTHER_AGE.search(text, first, last):
        return False
    left = " ".join(_CLAUSE_MARK.split(text[first:start])[-1].split()[-3:])
    right = " ".join(_CLAUSE_MARK.split(text[end:last])[0].split()[:3])
    return not (_PAST_NEAR.search(left) or _PAST_NEAR.search(right))


def as_present_ref(ref: DateRef) -> DateRef:
    """The same days (an event would still take the report's day), with TimeML's value for the present age."""
    return dataclasses.replace(ref, value=PRESENT_REF)
