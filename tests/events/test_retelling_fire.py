"""An armed clash's shooting told again as one side's fire (`retelling._fight_of`): "an army patrol exchanged fire
with armed cattle raiders ... the raiders opened fire from the bush" codes the clash and an attack on civilians nobody
named; the fire is the clash's own, one event. Team-written reports in several countries, words and tenses; an
attack that names its victims, kills, says it is another occurrence or tells another day stays an event of its own."""

from __future__ import annotations

import pytest

_ONE_FIGHT = [
    ("N'DJAMENA, March 4, 2026 (wire) - Two Chadian soldiers were killed on Monday when an army patrol exchanged fire "
     "with armed cattle raiders near Mongo, the army said.\n\nThe patrol had stopped a herd on the road outside the "
     "town, and the raiders opened fire from the bush, the army said.", "Mongo"),
    ("Dushanbe, 9 August 2025. A Tajik border guard was killed on Thursday in a gunfight with Afghan border guards "
     "near Khorog.\n\nThe Afghan guards opened fire on the patrol first, an officer said.", "Khorugh"),
    ("LIMA, Oct. 21, 2025 - Police and members of a drug gang fought a gun battle near Pichari on Sunday, leaving "
     "one officer dead.\n\nArmed men hiding in the trees opened fire on them, the police said.", "Pichari"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place"), _ONE_FIGHT)
def test_the_sides_fire_is_the_clash(text: str, place: str) -> None:
    from eventwatch.api import extract_texts

    events = [e for e in extract_texts([text])[0] if e.location == place]
    assert [e.sub_event_type for e in events] == ["Armed clash"]


_TWO_EVENTS = [
    # the later fire names its victims: an attack on civilians of its own
    ("N'DJAMENA, March 4, 2026 (wire) - Two Chadian soldiers were killed on Monday when an army patrol exchanged fire "
     "with armed cattle raiders near Mongo, the army said.\n\nAs they fled, the raiders opened fire on a minibus "
     "carrying traders to the market, wounding four passengers.", "Mongo"),
    ("N'DJAMENA, March 4, 2026 (wire) - Two Chadian soldiers were killed on Monday when an army patrol exchanged fire "
     "with armed cattle raiders near Mongo, the army said.\n\nThe raiders then opened fire on villagers at a well "
     "outside the town, the army said.", "Mongo"),
    # the later fire kills: its own toll, its own event
    ("Dushanbe, 9 August 2025. A Tajik border guard was killed on Thursday in a gunfight with Afghan border guards "
     "near Khorog.\n\nGunmen later opened fire on a shepherd near Khorog, killing him.", "Khorugh"),
    # another day told: another fight's fire
    ("LIMA, Oct. 21, 2025 - Police and members of a drug gang fought a gun battle near Pichari on Sunday, leaving "
     "one officer dead.\n\nOn Tuesday, armed men opened fire on them near Pichari, the police said.", "Pichari"),
    # another occurrence said in words
    ("LIMA, Oct. 21, 2025 - Police and members of a drug gang fought a gun battle near Pichari on Sunday, leaving "
     "one officer dead.\n\nIn a separate incident, gunmen opened fire on a house in Pichari.", "Pichari"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place"), _TWO_EVENTS)
def test_fire_on_others_stays_an_event(text: str, place: str) -> None:
    from eventwatch.api import extract_texts

    events = [e for e in extract_texts([text])[0] if e.location == place]
    assert len(events) >= 2
