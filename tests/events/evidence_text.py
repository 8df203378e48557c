"""What the event tests share to build an event's evidence from a team-written report: the sentence holding the
trigger and the spans of the words given for its fields, found in that sentence (tests/events/test_occurrence.py,
tests/events/test_retelling.py)."""

from __future__ import annotations

from eventwatch.records import Evidence, Span


def evidence_in(text: str, trigger: str, *, place: str | None = None, date: str | None = None,
                actor2: str | None = None) -> Evidence:
    """The evidence of an event whose trigger is the first `trigger` of `text`: its sentence (from the ". " before it
    to the "." after it) and the first span of each field's words at or after the sentence's start."""
    start = text.index(trigger)
    before = text.rfind(". ", 0, start)
    sent_start = before + 2 if before >= 0 else 0
    sent_end = text.find(".", start) + 1

    def span(words: str | None) -> Span | None:
        if words is None:
            return None
        at = text.index(words, sent_start)
        return Span(at, at + len(words), words)

    return Evidence(sentence=Span(sent_start, sent_end, text[sent_start:sent_end]),
                    trigger=Span(start, start + len(trigger), trigger), place=span(place), date=span(date),
                    actor2=span(actor2))
