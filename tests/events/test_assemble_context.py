"""The events stage parses a sentence no rule can fire on (one the default prefilter passes for an anchor cue alone)
only for a report where some sentence coded an event: such a sentence gives places and dates to its report's
events and codes none itself, so a report with no event coded needs no more of its sentences parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.events import EventCoder
from eventwatch.events.prefilter import ANCHOR, FIRES
from eventwatch.sentences import split_sentences

CODER = EventCoder()
EXAMPLES = sorted(p for p in (Path(__file__).resolve().parents[2] / "examples").glob("*.txt") if p.stat().st_size > 200)

CONTEXT = "Residents said the police station in Maiduguri stayed shut on Sunday."  # an anchor cue, no rule can fire
EVENT = "Gunmen attacked the station on Monday, killing two officers."


def test_the_level_is_both_tests_at_once() -> None:
    screen = CODER._screen
    sentences = [CONTEXT, EVENT, "The ministry published its annual budget on Tuesday."]
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8", errors="replace")  # one is a binary photo
        sentences += [text[a:b] for a, b in split_sentences(text)]
    levels = [CODER.screen_level(s) for s in sentences]
    assert [bool(v & ANCHOR) for v in levels] == [screen.has_anchor(s) for s in sentences]
    assert [bool(v & FIRES) for v in levels] == [screen.could_fire(s) for s in sentences]
    assert {ANCHOR, ANCHOR | FIRES, 0} <= set(levels)


@pytest.mark.slow
def test_context_sentences_are_parsed_only_in_a_report_with_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    stage = ExtractEvents(Settings.load(arbiter=False, published="2024-03-20"), nlp)
    with_event = Document(raw="", text=f"{CONTEXT} {EVENT}", id="a")
    without = Document(raw="", text=f"{CONTEXT.replace('Maiduguri', 'Kano')} The market reopened on Monday.", id="b")
    out = list(stage.pipe([with_event, without]))
    assert stage.parser.asked == 2  # both sentences of the report with an event, nothing of the other
    [event] = out[0].events
    assert event.location == "Maiduguri"  # carried from the sentence parsed for context
    assert out[1].events == ()
