"""A wire whose dateline the clean stage leaves in the text ("KAMPALA, Jan. 5, 2026 (wire) - ") names its desk's
town, not the scene: once the lead is placed at a village away from the desk, the desk's town named only as where a
statement was issued ("said in a statement issued at its headquarters in Kampala") or where the wounded were carried
("flown to Kampala, where they were treated") is no place of a second event, and sets no place the story's later
sentences inherit (`asides._SPEAKER_BEFORE`, `assemble`'s unread desk for `story.carried_to_desk`, `StoryPlace.set`
passing by asides). trial9's Cuyuni patrol, near Eteringbang, had both; team-written reports in other countries,
words and tenses."""

from __future__ import annotations

import pytest

from eventwatch.api import extract

_REPORTS = [
    ("KAMPALA, Jan. 5, 2026 (wire) - Gunmen ambushed a police patrol near Kasese on Sunday evening, wounding three "
     "officers, police said.\n\nThe officers returned fire and the attackers fled towards the hills, the police said "
     "in a statement issued at its headquarters in Kampala.\n\nThe three wounded officers were flown by helicopter to "
     "Kampala, where they were treated at a military hospital.", "Kasese", "2026-01-05"),
    ("ABUJA, Mar. 3, 2026 (wire) - Armed men attacked an army checkpoint near Gwoza on Monday night, wounding two "
     "soldiers, the army said.\n\nThe soldiers repelled the attackers, the army said in a statement issued at its "
     "headquarters in Abuja.\n\nThe two wounded soldiers were airlifted to Abuja, where they are being treated.",
     "Gwoza", "2026-03-03"),
    ("NAIROBI, Feb. 10, 2026 (wire) - Suspected militants fired on a police convoy near Mandera on Monday, injuring "
     "four officers.\n\nPolice fought back for an hour, the police service said in a communique released from its "
     "head office in Nairobi.\n\nThe injured officers were rushed to Nairobi, where they were admitted to hospital.",
     "Mandera", "2026-02-10"),
]


@pytest.mark.parametrize(("text", "scene", "published"), _REPORTS)
def test_the_unread_desk_named_as_an_aside_adds_no_event(text: str, scene: str, published: str) -> None:
    events = extract(text, published)
    assert {e.location for e in events} == {scene}
    assert len(events) == 1
