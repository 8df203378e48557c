"""What an anniversary remembers: the event a commemoration is held for is background, and its toll is no toll of
the commemoration (coder99, issue 10).

Why: "rallied in the square on Friday to mark ten years since the dormitory fire, which killed 31 of their
classmates" reports a rally; the fire is remembered, and its dead became the rally's fatalities. "The month marked ten
years since the rebel raid on Kilwa in May 2016" reports nothing of this month, yet its raid was coded as a clash
(trial15's fix half had one of each: an anniversary march given an old explosion's toll, and a monthly summary's "for
reference" line whose old assault was coded, at a namesake abroad besides). The parse often fails such sentences (a
heading glued to them, the relative clause hung on the date), so the remembered stretch is read from the words: from
the end of an anniversary frame (`anniversary_frames` in modality.toml: "to mark five years since", "the tenth
anniversary of") to a semicolon, a comma that opens no relative clause (", which killed" goes on) or the sentence's
end (`anniversary_end`).

Cue words inside the stretch are dropped in a story's sentences (`without_commemorated`); a short text read alone
keeps its reading (the arbiter trains on those readings). Counts inside the stretch are blanked for an event whose
trigger lies outside it (`totals.without_running_totals`), in every text: the dead of a remembered event are never
the toll of the event that remembers it.

Team-written example: "Hundreds of students rallied in the square on Friday to mark ten years since the dormitory
fire, which killed 31 of their classmates." codes one Peaceful protest, with no fatalities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import text_of
from eventwatch.events.readings import CueHit


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    m = load_codebook().modality
    frames = re.compile("|".join(f"(?:{p})" for p in m["anniversary_frames"]), re.IGNORECASE)
    return frames, re.compile(m["anniversary_end"], re.IGNORECASE)


def commemorated_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of `text` (a sentence) that name a remembered event: from each anniversary frame's end
    to the next `anniversary_end` or the text's end."""
    frames, end = _patterns()
    ranges: list[tuple[int, int]] = []
    for m in frames.finditer(text):
        stop = end.search(text, m.end())
        ranges.append((m.end(), stop.start() if stop is not None else len(text)))
    return ranges


def inside(ranges: Sequence[tuple[int, int]], start: int) -> bool:
    """True when the offset `start` lies in one of `ranges`."""
    return any(a <= start < b for a, b in ranges)


def without_commemorated(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` minus the cue words that name a remembered event (see the module docstring)."""
    ranges = commemorated_ranges(text_of(sent))
    if not ranges:
        return list(hits)
    return [h for h in hits if not inside(ranges, h.start)]
