"""A wire's desk town (its dateline, read) named in a sentence only as where the wounded were taken, or as the bearing
of the event's town, adds no event there (`events.story.treated_retold`, `bearing_to_desk`): unread, the dateline left
such copies undated and they folded into the lead's; read, they took a day of their own. Team-written wires in
several countries and tenses; a sentence counting more dead, or a bearing from a town that is not the desk, keeps
its reading."""

from __future__ import annotations

import pytest

_COPIES = [
    # the wounded flown to the desk town, their condition dated a day after the attack
    ("BAMAKO, 12 March 2026 - Gunmen ambushed an army convoy near Douentza on Tuesday evening, wounding three "
     "soldiers, the army said.\n\nThe three wounded soldiers were flown to Bamako, where they were treated at the "
     "Gabriel Touré hospital and were said to be out of danger on Wednesday.", "Bamako"),
    ("LA PAZ, Oct. 2, 2025 - Miners blocked the highway near Oruro on Tuesday and fought with police, "
     "leaving six officers injured, the police said.\n\nTwo of the injured officers were taken to La Paz, where they "
     "were being treated on Wednesday.", "La Paz"),
    # the desk town as the bearing of the event's town
    ("KATHMANDU, 4 June 2026 - Villagers set fire to a police post in Bhaktapur, east of Kathmandu, on "
     "Wednesday after a road accident killed a schoolgirl, police said.", "Kathmandu"),
    ("NAIROBI, Feb. 9, 2026 - Bandits attacked a cattle camp in Isiolo, about 270 km north of Nairobi, on "
     "Sunday night, killing two herders, police said.", "Nairobi"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "desk"), _COPIES)
def test_no_copy_at_the_desk(text: str, desk: str) -> None:
    from eventwatch.api import extract_texts

    events = extract_texts([text])[0]
    assert events
    assert desk not in {e.location for e in events}


@pytest.mark.slow
def test_a_telling_with_more_dead_keeps_its_toll() -> None:
    from eventwatch.api import extract_texts

    text = ("ABIDJAN, April 8, 2025 - Young men from the village of Zaibo and herders from a nearby camp "
            "attacked each other with machetes on Sunday, injuring ten people, local officials said.\n\nTwo of the "
            "injured died at the regional hospital in Daloa on Monday night, bringing the toll to two.")
    assert max((e.fatalities or 0) for e in extract_texts([text])[0]) == 2
