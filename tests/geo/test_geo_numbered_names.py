"""A place whose name opens on a number word, after "at", "in", "near" or "from" (geo42, trial11's Barbados column:
"blocked the main road at Six Cross Roads", where the model read "Six" as a number and the rest as nothing, and the
item went to its parish's seat): read as a place when the gazetteer names the whole run exactly. Team-written
sentences, other names and countries than trial11's; a number before a place, or a run the gazetteer lacks, is no
place."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _places(nlp: Any, geocoder: Geocoder, text: str) -> list[tuple[str | None, str]]:
    return [(p.span.text if p.span else None, p.country) for p in geocoder.find_places(nlp(text))]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Dozens of villagers blocked the road at Eight Ash Green on Tuesday morning, the police said.", "Eight Ash Green",
     "GB"),
    ("Farmers drove their tractors from Eight Ash Green to Colchester on Friday.", "Eight Ash Green", "GB"),
])
def test_a_numbered_name_the_gazetteer_holds_is_a_place(nlp: Any, geocoder: Geocoder, text: str, name: str,
                                                        country: str) -> None:
    assert (name, country) in _places(nlp, geocoder, text)


@pytest.mark.parametrize("text", [
    "Two men were arrested in London on Monday.",  # a number before a place: the place alone
    "Residents blocked the road at Five Bends Corner on Tuesday.",  # a run the gazetteer lacks
])
def test_no_place_is_made_of_a_number(nlp: Any, geocoder: Geocoder, text: str) -> None:
    spans = [s for s, _ in _places(nlp, geocoder, text)]
    assert not any(s and s.split()[0] in ("Two", "Five") for s in spans), spans
