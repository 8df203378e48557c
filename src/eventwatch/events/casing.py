"""Restoring the case of text written all in capitals (wire copy, telex archives) or all in lower case (scraped
regional news, transcripts).

spaCy's small model, the sentence splitter and the cue patterns that look at capitals all assume mixed case: in
all-capital text every word looks like a name and no sentence seems to end; in all-lower-case text no sentence seems to
begin. Such text is put in sentence case before it is split and parsed: lower case, with a capital at the start of
each sentence, for the pronoun "I" and for the days and months ("since Tuesday morning": the date reader looks for
the capital). Words the model's lemmatiser does not know are names and get a capital too when the caller passes its
lexicon (`lexicon.py`), and so do the places the gazetteer is sure of, but only in text that carries no case at all
(`case_free`): lower-case text with a capital or two (an acronym, a name someone typed) is put in sentence case but
keeps its unknown words as they are, since a word the lemmatiser lacks ("ceasefire", "rearrested") is no name. Text
whose sentences begin with capitals is ordinary text however few names it holds, and is left alone. Names that are
English words stay in lower case (the dictionaries of actors and places match without case); the length of the text
never changes, so every offset still points into the original.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.textcase import capitals, same_length

if TYPE_CHECKING:
    from eventwatch.events.lexicon import Lexicon

_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)\]]*\s+|\n\s*\n)\s*([a-z])")
# a sentence's first letter, after any opening quote or bracket (either case: `needs_case` looks at which it is)
_ANY_START = re.compile(r"(?:^|[.!?][\"'”’)\]]*\s+|\n\s*\n)\s*[\"'“‘(\[]*([A-Za-z])")
_PRONOUN = re.compile(r"\bi\b")
# English writes the days of the week and the months with a capital, and the date reader looks for them so ("since
# Tuesday morning"); "may", "march" and "august" are words as well and stay as sentence case leaves them
_CALENDAR = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|april|june|july|"
                       r"september|october|november|december)\b")


def needs_case(text: str) -> bool:
    """True when at least 20 letters are written and 90% or more of them are capitals, or when the text is written in
    lower case: no capital at all, or 1% or fewer with its sentences beginning in lower case. A text with a few
    capitals whose sentences begin with one is ordinary text with few names ("The workers marched on the municipal
    offices on Tuesday demanding ... said Grahammer."): the share of capitals alone took it for lower case and lost
    its names, and one opening with a quote or a figure ("\"Almost 400 migrants left ...", "30 people marched in
    Leichlingen ...") lost the capital of its first word."""
    counted = capitals(text)
    if counted is None:
        return False
    upper, letters = counted
    if upper >= 0.9 * letters or upper == 0:
        return True
    if upper > 0.01 * letters:
        return False
    starts = [m.group(1) for m in _ANY_START.finditer(text)]
    return 2 * sum(1 for c in starts if c.isupper()) < len(starts)


def case_free(text: str) -> bool:
    """True when `text` says nothing by its capitals: every letter a capital (97% or more: a unit such as "km" or a
    name such as "McDONALD" may keep a small letter in wire copy) or none a capital. Only then can a word be taken for
    a name because the model does not know it (`lexicon.py`); a text with a few capitals among 99% lower case
    ("Grahammer said the court ...") has its names written, and its other unknown words are words."""
    counted = capitals(text)
    if counted is None:
        return False
    upper, letters = counted
    return upper == 0 or upper >= 0.97 * letters


def restore_case(text: str, lexicon: Lexicon | None = None) -> str:
    """`text` in sentence case when it is all capitals or all lower case (see `needs_case`); else unchanged. With the
    model's `lexicon`, words it does not know are names and get their capital back (`lexicon.py`)."""
    if not needs_case(text):
        return text
    out = list(same_length(text, str.lower))
    for m in _SENTENCE_START.finditer("".join(out)):
        out[m.start(1)] = out[m.start(1)].upper()
    for m in _PRONOUN.finditer("".join(out)):
        out[m.start()] = "I"
    for m in _CALENDAR.finditer("".join(out)):
        out[m.start()] = out[m.start()].upper()
    restored = "".join(out)
    return lexicon.restore_names(restored) if lexicon is not None and case_free(text) else restored
