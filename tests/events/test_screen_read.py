"""The sentence screen's reading of a sentence (`CueReader.screen_read`) handed on to the coder: the same level as
`screen_level`, the same cue patterns as looking the text up again, and the same hits and codings from `cue_hits` and
`code_and_read`; a reading of another text is never taken (`CueScreens.patterns_of` looks that one up afresh)."""

from __future__ import annotations

import pytest
from screen_sentences import demo_texts, split_lines

from eventwatch.events import EventCoder
from eventwatch.events.literals import Chosen

CODER = EventCoder()
KILLING = "Gunmen killed four villagers near Gao on Tuesday, residents said."
PROTEST = "Police fired tear gas at students marching on parliament in Kampala."
NOTHING = "The minister visited the flooded district and promised aid."


def _sentences() -> list[str]:
    lines = [KILLING, PROTEST, NOTHING, *split_lines(demo_texts())]
    return lines + [line.upper() for line in lines]


def test_screen_read_is_the_level_and_the_patterns_of_the_text() -> None:
    screens = CODER._group_screens
    for sentence in _sentences():
        level, seen = CODER.screen_read(sentence)
        assert level == CODER.screen_level(sentence), sentence
        assert seen.text == sentence
        assert seen.patterns == screens.candidates(screens.words_in(sentence)), sentence


def test_patterns_of_takes_a_reading_of_that_text_only() -> None:
    screens = CODER._group_screens
    own = screens.chosen(KILLING)
    assert screens.patterns_of(KILLING, own) is own.patterns
    other = screens.chosen(NOTHING)
    assert screens.patterns_of(KILLING, other) == own.patterns  # looked up afresh: the killing's patterns
    assert screens.patterns_of(KILLING, other) != other.patterns
    assert screens.patterns_of(KILLING, Chosen(KILLING, {})) == {}  # a reading of the text is taken as it is


@pytest.mark.slow
def test_coding_with_the_screen_reading_codes_the_same(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [KILLING, PROTEST, NOTHING, *split_lines(demo_texts())[:60]]
    for text in texts:
        sent = nlp(text)[:]
        seen = CODER.screen_read(text)[1]
        assert CODER.cue_hits(sent, read=seen) == CODER.cue_hits(sent), text
        assert CODER.code_and_read(sent, screened=seen) == CODER.code_and_read(sent, screened=True), text
        # another sentence's reading: the text's own cue hits, not the other's
        assert CODER.cue_hits(sent, read=CODER.screen_read(NOTHING)[1]) == CODER.cue_hits(sent), text
    assert {h.group for h in CODER.cue_hits(nlp(KILLING)[:], read=CODER.screen_read(NOTHING)[1])}
