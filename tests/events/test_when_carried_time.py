"""A bare time carried on in its paragraph ("shortly before midnight") is of the story's day, the lead's, when the
paragraph names no day of its own (`events.when.on_story_day` with the lead's day, in `assemble`). Team-written
stories: an abduction told on Sunday night in a report of Wednesday is Sunday's, not Wednesday's."""

from __future__ import annotations

import pytest

from eventwatch.records import Event


def _events(raw: str) -> list[Event]:
    from eventwatch.api import process_document
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    return list(process_document(Document(raw=raw, origin="story.txt"), Settings.load()).events)


@pytest.mark.slow
@pytest.mark.parametrize(("raw", "day"), [
    ("KAMPALA, March 11, 2026 - A local organiser of the opposition NUP was taken from his home in Gulu on Sunday "
     "night by armed men in plain clothes, the party said on Wednesday.\n\nThe organiser was pushed into a van "
     "shortly before midnight, his brother said. His whereabouts are unknown.", "2026-03-08"),
    ("LUSAKA, 11 March 2026 - A journalist was abducted from his house in Kitwe on Monday evening by unidentified "
     "men, his newspaper said on Wednesday.\n\nHe was taken away at about 9 p.m. His whereabouts remain unknown.",
     "2026-03-09"),
])
def test_a_carried_bare_time_is_the_leads_day(raw: str, day: str) -> None:
    events = _events(raw)
    assert events and {e.event_date for e in events} == {day}
