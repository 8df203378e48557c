"""A town named only as a spokesperson's seat or where a statement was issued is an aside (`asides.speaker_at`,
trial10's class 2c): "a police spokesman in Dodoma rejected the report" does not pull an abduction in Dar es Salaam
to Dodoma, nor "the army said in a statement issued in Bangkok" a shelling near the border to Bangkok. Team-written
sentences and wires (dates44), other words, countries and tenses than the trial sets'."""

from __future__ import annotations

import pytest

from eventwatch.events.asides import speaker_at
from eventwatch.records import Place, Span


def _at(text: str, written: str) -> Place:
    start = text.index(written)
    return Place(name=written, latitude=0.0, longitude=0.0, country="XX", feature_code="PPL",
                 span=Span(start, start + len(written), written))


@pytest.mark.parametrize(("text", "town"), [
    ("A police spokeswoman in Lusaka said officers detained nine traders after clearing the road.", "Lusaka"),
    ("The police spokesman in Dodoma rejected the report on Monday.", "Dodoma"),
    ("Two farmers were wounded, the army said in a statement issued in Bangkok.", "Bangkok"),
    ("At a press conference in Goma on Sunday, a rebel spokesman said fighters had captured two villages.", "Goma"),
    ("A military spokesperson at Maiduguri said three soldiers were wounded.", "Maiduguri"),
    ("Eleven people were arrested, the police said in a communiqué released in Niamey.", "Niamey"),
    ("Spokesmen in the city of Tegucigalpa denied that troops had fired.", "Tegucigalpa"),
])
def test_a_spokesperson_s_town_is_an_aside(text: str, town: str) -> None:
    assert speaker_at(text, _at(text, town))


@pytest.mark.parametrize(("text", "town"), [
    # the officials of a town may tell of their own town's event: only the spokesperson's seat is read
    ("Officials in Kisumu said twelve traders were arrested.", "Kisumu"),
    ("Protesters in Lusaka said police had beaten them.", "Lusaka"),
    # a spokesperson's words about a town are no seat
    ("A rebel spokesman said fighters had captured Masisi on Sunday.", "Masisi"),
    ("A spokesman for the Lusaka police said nine traders were detained.", "Lusaka"),
    # a statement's subject, not where it was issued
    ("The statement condemned the attack in Kidal.", "Kidal"),
])
def test_other_towns_are_not(text: str, town: str) -> None:
    assert not speaker_at(text, _at(text, town))


_WIRES = [
    ("LUSAKA, 21 April 2026 - Market traders blocked a road in Kitwe on Monday with stalls and burning tyres "
     "to protest a new levy, witnesses said.\n\nA police spokeswoman in Lusaka said officers detained nine traders "
     "after clearing the road.", "Lusaka"),
    ("BANGKOK, 14 January 2026 - Rockets fired from across the border landed on farmland near Kap Choeng in Surin "
     "province on Monday, wounding a farmer, the army said in a statement issued in Bangkok.\n\nOfficials on "
     "the other side denied that their troops had fired.", "Bangkok"),
    ("Residents of Rampur village blocked the national highway near Sitapur for four hours on Friday after a boy was "
     "killed by a speeding truck. A police spokesperson in Lucknow said the driver had been arrested and the "
     "blockade was cleared by evening.", "Lucknow"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "town"), _WIRES)
def test_no_event_at_the_statement_s_town(text: str, town: str) -> None:
    from eventwatch.api import extract_texts

    events = extract_texts([text])[0]
    assert events
    assert all(e.location != town for e in events)
