"""An air defence's tally of a night's salvo (`salvo.salvo_tally`, coder104): "shot down 41 of the 60 drones launched
at the country" counts weapons stopped across a country, no Disrupted weapons use at a place; the strikes that got
through keep their events. Team-written reports; an interception with no count out of a number keeps its event."""

from __future__ import annotations

import pytest

_STRIKE = ("KYIV, March 3, 2026 (wire) - Russian drones struck a grain terminal in the port of Izmail overnight, "
           "setting a warehouse on fire, the regional governor said on Tuesday.\n\n")


def _types(text: str) -> list[str]:
    from eventwatch.api import extract_texts

    return sorted(f"{e.event_type} / {e.sub_event_type}" for e in extract_texts([text])[0])


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "The air force said it had destroyed 41 of the 60 drones launched at the country overnight.",
    "Ukraine's air force said it had shot down 38 of 45 attack drones and two of three missiles.",
])
def test_a_salvo_tally_is_no_event(later: str) -> None:
    assert _types(_STRIKE + later) == ["Explosions/Remote violence / Air/drone strike"]


def test_the_tally_reads_a_count_out_of_a_number() -> None:
    from eventwatch.events.salvo import _salvo

    assert _salvo().search("it had shot down twelve of the fifteen Shahed drones") is not None
    assert _salvo().search("air defence units shot down two drones over the port") is None


@pytest.mark.slow
def test_an_interception_over_a_place_with_no_tally_keeps_its_event() -> None:
    text = _STRIKE + "Air defence units shot down two drones over the port of Reni on Monday night."
    assert "Strategic developments / Disrupted weapons use" in _types(text)
