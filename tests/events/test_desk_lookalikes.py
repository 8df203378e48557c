"""`events.capitals.desk_lookalikes`: a name the gazetteer holds by no written name, in a wire filed from a town (its
dateline, the desk), read by a look-alike spelling as a place in another first-level division, is a part of the
desk's town (dates44's hunt: "DAR ES SALAAM ... - Unknown men abducted an opposition youth leader from his
home in Mbezi" went to Mbozi district, 700 km off). A name the story backs by its division, or one the gazetteer
holds as written, keeps its reading. Team-written wires in several countries and tenses."""

from __future__ import annotations

import pytest

_WIRES = [
    ('DAR ES SALAAM, 11 May 2026 - Unknown men abducted an opposition youth leader from his home in '
     'Mbezi on Thursday evening, his party said.\n\nA police spokesman in Dodoma rejected the report on '
     'Friday, saying the man had not been arrested by police.',
     'Dar es Salaam', 'Vwawa'),
    ('NAIROBI, 9 June 2026 - Police fired tear gas at hawkers who blocked a road in Kangemi on Monday '
     'morning after county officers demolished their stalls, witnesses said.\n\nThe traders said they had '
     'not been warned before the demolition.',
     'Nairobi', 'Kangema'),
    ('NAIROBI, Nov. 2, 2025 - Youths angered by the death of a boda boda rider stoned a police post '
     'in Kawangware on Saturday and set a patrol car on fire, residents said.\n\nPolice had earlier fired in '
     'the air to disperse them.',
     'Nairobi', 'Kangare'),
    ('MANILA, March 3, 2026 - Unidentified gunmen on a motorcycle shot dead two men outside a chapel '
     'in Tondo late on Sunday, police said.\n\nResidents said the victims had been named on a drug watch '
     'list last year.',
     'Manila', 'Tondod'),
]
_KEPT = [
    ('DAR ES SALAAM, 12 May 2026 - Farmers armed with machetes clashed over a disputed plot in the '
     'village of Mbezi, near Vwawa in Songwe region, on Sunday, leaving three injured, regional police '
     'said.\n\nPolice said 11 people were arrested.',
     'Vwawa'),
    ('DAR ES SALAAM, 12 May 2026 - University students boycotted classes and marched through Mbeya on '
     'Monday to protest a rise in tuition fees, local officials said.\n\nPolice said the march was peaceful.',
     'Mbeya'),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "desk", "away"), _WIRES)
def test_a_desk_neighbourhood_is_no_look_alike_elsewhere(text: str, desk: str, away: str) -> None:
    from eventwatch.api import extract_texts

    places = {e.location for e in extract_texts([text])[0]}
    assert desk in places
    assert away not in places


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place"), _KEPT)
def test_a_name_the_story_backs_or_the_gazetteer_holds_keeps_its_reading(text: str, place: str) -> None:
    from eventwatch.api import extract_texts

    assert place in {e.location for e in extract_texts([text])[0]}
