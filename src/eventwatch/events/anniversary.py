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
keeps its reading (the arbiter trains on those readings). Two kinds of words in the stretch are kept, since the
words alone cannot tell where a remembered noun phrase ends: the verb that does the marking, when the stretch runs on
into the clause that governs the frame for want of a comma ("marking the third anniversary of the coup protesters
marched in Khartoum": "marched" is an ancestor of "marking"); and the remembered event's words when nothing outside
the stretch codes an event and people hold the commemoration ("dozens of people in Minsk commemorated the first
anniversary of the 2021 protests": the sentence tells a commemoration, and its only event word is the old one's).
Only an anniversary said of a time ("The month marked ten years since the rebel raid on Kilwa", "This year marks
the tenth anniversary of the uprising": the marking verb's subject a date) tells no commemoration at all. Counts
inside the stretch are blanked for an event whose trigger lies outside it (`totals.without_running_totals`), in every
text: the dead of a remembered event are never
the toll of the event that remembers it.

The remembered occurrence is not lost for all that: a second reading of the sentence codes the cue words of the
stretch alone (`commemorated_hits`, `EventCoder.remembered`), and the assembler keeps what it codes as a background
event of its own (coder132, issue 10): dated by the stretch's own date ("the 2016 raid"), else counted back from
the report's day ("ten years since": that year, `remembered_day`), never the report's day; kept apart from the
report's events (no fold with them, no toll lent either way). The export leaves it out, as every background event.

Team-written example: "Hundreds of students rallied in the square on Friday to mark ten years since the dormitory
fire, which killed 31 of their classmates." codes one Peaceful protest, with no fatalities, and the fire's deaths
(if the codebook codes them) as a background event of ten years before the report's year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from eventwatch.dates.lexicon import lexicon
from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import Tok, ancestors, text_of
from eventwatch.events.readings import CueHit
from eventwatch.events.syntax import token_at
from eventwatch.records import DateRef


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    m = load_codebook().modality
    frames = re.compile("|".join(f"(?:{p})" for p in m["anniversary_frames"]), re.IGNORECASE)
    return frames, re.compile(m["anniversary_end"], re.IGNORECASE)


def _framed(text: str) -> list[tuple[int, int, int]]:
    """Each anniversary frame of `text` (a sentence): where the frame starts, and the range of the remembered event
    after it, from the frame's end to the next `anniversary_end` or the text's end."""
    frames, end = _patterns()
    found: list[tuple[int, int, int]] = []
    for m in frames.finditer(text):
        stop = end.search(text, m.end())
        found.append((m.start(), m.end(), stop.start() if stop is not None else len(text)))
    return found


def commemorated_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of `text` (a sentence) that name a remembered event (`_framed`)."""
    return [(a, b) for _, a, b in _framed(text)]


def inside(ranges: Sequence[tuple[int, int]], start: int) -> bool:
    """True when the offset `start` lies in one of `ranges`."""
    return any(a <= start < b for a, b in ranges)


def _codes(groups: frozenset[str]) -> bool:
    """True when the cue groups `groups` fire one of the codebook's rules for sentences (no short-text fallback)."""
    return any(rule.fires(groups) for rule in load_codebook().rules if not rule.fallback)


def _said_of_a_time(frame: Tok) -> bool:
    """True when the verb of an anniversary frame has a date for its subject ("The month marked ten years since",
    "Friday marked ten years since", "This year marks the anniversary of"): an anniversary stated, no commemoration
    held."""
    verb = frame if frame.pos_ in ("VERB", "AUX") else frame.head
    return any(c.dep_ in ("nsubj", "npadvmod") and c.ent_type_ == "DATE" for c in verb.children)


def without_commemorated(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` minus the cue words that name a remembered event (see the module docstring): a word that governs the
    frame is kept, and every word is kept when none codes outside the remembered stretches and the anniversary is not
    said of a time."""
    framed = _framed(text_of(sent))
    if not framed:
        return list(hits)
    ranges = [(a, b) for _, a, b in framed]
    frames = [t for t in (token_at(sent, start) for start, _, _ in framed) if t is not None]
    if not any(inside(ranges, h.start) for h in hits):
        return list(hits)
    outside = frozenset(h.group for h in hits if not inside(ranges, h.start))
    if not _codes(outside) and not any(_said_of_a_time(f) for f in frames):
        return list(hits)  # the commemoration told alone: its only event words are the remembered event's
    governing = {node.i for f in frames for node in ancestors(f)}
    return [h for h in hits if not inside(ranges, h.start) or
            ((t := token_at(sent, h.start)) is not None and t.i in governing)]


def commemorated_hits(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """The hits `without_commemorated` drops: the cue words of the remembered event, for its own reading."""
    kept = without_commemorated(sent, hits)
    return [h for h in hits if h not in kept]


# "ten years since", "the tenth anniversary of", "the 10th anniversary of": how long ago the remembered event was
_COUNTED = re.compile(r"\b([a-z]+|\d+)(?:st|nd|rd|th)? (?:years? (?:since|after)|anniversary of)\b", re.IGNORECASE)


def remembered_day(sent: SpacySpan, sent_start: int, dates: Sequence[DateRef], reference: dt.date | None,
                   ) -> DateRef | None:
    """The date of the event a sentence's anniversary remembers: a date told inside the remembered stretch ("the May
    2016 raid"), else the year counted back from the report's day ("ten years since", "the tenth anniversary of"),
    else None (undated: never the report's day). `dates`: the sentence's dates, in the document's offsets."""
    framed = _framed(text_of(sent))
    ranges = [(sent_start + a, sent_start + b) for _, a, b in framed]
    told = next((d for d in dates if d.span is not None and inside(ranges, d.span.start)), None)
    if told is not None or reference is None:
        return told
    words = lexicon()
    for start, end, _ in framed:
        m = _COUNTED.search(text_of(sent), max(0, start - 1), end)
        word = m.group(1).lower() if m else ""
        n = int(word) if word.isdigit() else words.numerals.get(word) or words.ordinals.get(word)
        if n and 0 < n < reference.year:
            year = reference.year - n
            return DateRef(value=str(year), granularity="year", first=dt.date(year, 1, 1), last=dt.date(year, 12, 31))
    return None
