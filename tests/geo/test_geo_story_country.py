"""The report's main place, where an unknown name falls back, lies in the story's own country when its places
plainly lie in one (`context._story_country`, issue 12, "a locale prior"), not in the city across the border the
story names more often. Team-written stories (Apure, Venezuela): other villages, towns and words than the trial
sets'."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str, int | None]]:
    return {p.span.text: (p.name, p.country, p.geo_precision) for p in geocoder.find_places(nlp(text))
            if p.span is not None}


@pytest.mark.parametrize(("text", "name"), [
    ("Soldiers clashed with guerrillas near Caño Rico on Tuesday. Residents fled to Guasdualito and to Arauca, across "
     "the river in Colombia, and to Arauca again. The governor of Apure said troops from San Fernando de Apure and "
     "Elorza had reinforced the area. Colombia closed the bridge from Colombia.", "Caño Rico"),
    ("Gunmen burned two lorries at Las Piedritas on Sunday night, farmers in Guasdualito said. Arauca, the Colombian "
     "city across the river, and Arauca again, sent no help; Colombia said its border was closed. The army moved "
     "troops from Elorza and San Fernando de Apure.", "Las Piedritas"),
])
def test_an_unknown_village_falls_back_in_the_storys_own_country(nlp: Any, geocoder: Geocoder, text: str,
                                                                 name: str) -> None:
    """The Colombian city across the river, named twice with Colombia, is not where a Venezuelan village lies."""
    found = _places(nlp, geocoder, text)
    assert found[name][1:] == ("VE", 2)
