"""Mountain ranges, deltas, seas and regions news names by themselves (`data/geo/regions.tsv`), divisions since
merged that older reports still name, and a country's embassy, which lies anywhere but in that country
(team-written sentences)."""

from __future__ import annotations

import pytest
from geospans import resolve_names

from eventwatch.geo import Geocoder
from eventwatch.geo.distance import km
from eventwatch.records import Place


def _places(geocoder: Geocoder, text: str, *names: str) -> list[Place | None]:
    return resolve_names(geocoder, text, names)


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("Herders near Ulaanbaatar fear the virus will cross the Ural Mountains into Europe.", "Ural Mountains",
     60.0, 60.0),
    ("Pelicans died by the hundred in the Danube Delta, Romanian vets said.", "Danube Delta", 45.1, 29.3),
    ("Storms cut power across the American South on Tuesday.", "American South", 33.5, -89.0),
    ("Flooding closed roads in South West England overnight.", "South West England", 50.9, -3.4),
    ("Cases doubled in Rhône-Alpes, the regional health agency said.", "Rhône-Alpes", 45.4, 5.5),
    ("Measles spread in the Rift Valley, Kenya's health ministry said.", "Rift Valley", 0.3, 36.0),
])
def test_a_feature_gazetteer_towns_lack_is_at_its_own_point(geocoder: Geocoder, text: str, name: str,
                                                            lat: float, lon: float) -> None:
    """A range, a delta or a region named by itself is that feature, not the report's town by fallback (the Ural
    Mountains were read as Ulaanbaatar, 4,000 km off)."""
    place = _places(geocoder, text, name)[0]
    assert place is not None and place.feature_code == "RGN"
    assert km(place.latitude, place.longitude, lat, lon) < 50.0


def test_the_longer_form_only_for_a_name_that_is_also_something_else(geocoder: Geocoder) -> None:
    """"Amazon" alone is a company before it is a forest; "the Amazon rainforest" is the forest."""
    forest, firm = _places(geocoder, "Fires in the Amazon rainforest worried Amazon investors in Seattle.",
                           "Amazon rainforest", "Amazon")
    assert forest is not None and forest.feature_code == "RGN" and forest.latitude < 0.0
    assert firm is None or firm.feature_code != "RGN"


def test_an_embassy_is_in_the_town_its_name_writes(geocoder: Geocoder) -> None:
    """"The British Embassy Tokyo" is in Tokyo, not at the United Kingdom's point; named by its country alone
    ("the British Embassy said") it stays the country, the government speaking through it."""
    text = "Japan lifted its ban, a trade officer at the British Embassy Tokyo said. The British Embassy welcomed it."
    tokyo, alone = _places(geocoder, text, "British Embassy Tokyo", "British Embassy")
    assert tokyo is not None and tokyo.name == "Tokyo" and tokyo.geo_precision == 2
    assert alone is not None and alone.country == "GB" and alone.feature_code == "PCLI"
    armenia = _places(geocoder, "Talks began at the Embassy of Armenia in Moscow, Russia said.",
                      "Embassy of Armenia")[0]
    assert armenia is None or armenia.country != "CO"  # never the Colombian city named after the country


def test_a_people_alone_is_still_its_country(geocoder: Geocoder) -> None:
    """Only a mission's name loses its country: "Russian diplomats" and "the Russian Foreign Ministry" keep it."""
    people, ministry = _places(geocoder, "Russian diplomats said the Russian Foreign Ministry would reply.",
                               "Russian", "Russian Foreign Ministry")
    assert people is not None and people.country == "RU" and people.feature_code == "PCLI"
    assert ministry is not None and ministry.country == "RU"
