"""Lists of divisions (team-written sentences): a plural unit word after a list types every item, and a division
listed beside another is the division though a town of its name lies in it, unless GeoNames draws the division at
that town."""

from __future__ import annotations

import pytest
from geospans import resolve_names

from eventwatch.geo import Geocoder


@pytest.mark.parametrize(("text", "names", "country"), [
    ("Police in Cordoba and Santa Fe provinces were on alert after the storm.", ("Cordoba", "Santa Fe"), "AR"),
    ("Drought hit Sao Paulo and Minas Gerais states this summer.", ("Sao Paulo", "Minas Gerais"), "BR"),
    ("Lassa fever cases rose in Edo and Ondo states, the health agency said.", ("Edo", "Ondo"), "NG"),
])
def test_a_plural_unit_after_a_list_types_every_item(geocoder: Geocoder, text: str, names: tuple[str, ...],
                                                     country: str) -> None:
    """"Cordoba and Santa Fe provinces": the unit word is written once for both, so Cordoba is the province, not
    the city (which alone it would be)."""
    places = resolve_names(geocoder, text, names)
    assert all(p is not None and p.country == country and p.feature_code == "ADM1" for p in places)


def test_a_single_name_before_a_plural_is_a_group_not_a_division(geocoder: Geocoder) -> None:
    """"the Gulf states" are a group of countries: "Gulf" is not typed as a province (Papua New Guinea has one)."""
    place = resolve_names(geocoder, "Oil prices worried the Gulf states, traders in Dubai said.", ["Gulf"])[0]
    assert place is None or place.feature_code != "ADM1"


@pytest.mark.parametrize(("text", "names", "country"), [
    ("Measles spread in Quebec and Ontario, Health Canada said.", ("Quebec", "Ontario"), "CA"),
    ("The storm cut power in New York and New Jersey overnight.", ("New York", "New Jersey"), "US"),
    ("Drought hit Sao Paulo and Minas Gerais this summer.", ("Sao Paulo", "Minas Gerais"), "BR"),
])
def test_a_listed_division_drawn_away_from_its_town_is_the_division(geocoder: Geocoder, text: str,
                                                                   names: tuple[str, ...], country: str) -> None:
    """Quebec listed with Ontario is the province (drawn 580 km from Quebec City), New York beside New Jersey the
    state."""
    place = resolve_names(geocoder, text, names)[0]
    assert place is not None and place.country == country and place.feature_code == "ADM1"


def test_a_listed_division_drawn_at_its_town_stays_the_town(geocoder: Geocoder) -> None:
    """Puducherry, a territory GeoNames draws at its town, stays the town in "Tamil Nadu, Kerala and Puducherry"
    (the same point; the town is what a site of the report falls back to)."""
    place = resolve_names(geocoder, "The tribunal heard Tamil Nadu, Kerala and Puducherry on the water.",
                          ["Tamil Nadu", "Kerala", "Puducherry"])[2]
    assert place is not None and place.feature_code.startswith("PPL")


def test_a_name_that_ends_in_its_unit_word_is_read_whole(geocoder: Geocoder) -> None:
    """"the Lake District" is the English region, not a Lake County of the United States (the unit word typed only
    the bare "Lake"), and not the look-alike Pakokku District of Myanmar the reading fell to."""
    place = resolve_names(geocoder, "Hikers in the Lake District were rescued by the mountain team.",
                          ["Lake District"])[0]
    assert place is not None and place.feature_code == "RGN" and place.name == "Lake District"
