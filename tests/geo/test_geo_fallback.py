"""Where a name the gazetteer cannot place falls back to: the town its paragraph has just named, or a town named
only in a site's name (team-written reports)."""

from __future__ import annotations

from geospans import resolve_names

from eventwatch.geo import Geocoder
from eventwatch.geo.fallback import paragraph_numbers
from eventwatch.geo.locale import DOMAIN_WEIGHT, LocaleVotes, domain_country


def test_paragraph_numbers() -> None:
    text = "Lyon first.\n\nThen Nice.\nAnd Metz."
    assert paragraph_numbers(text, [0, text.index("Nice"), text.index("Metz")]) == [0, 2, 3]


def test_an_unknown_site_is_at_the_town_its_paragraph_just_named(geocoder: Geocoder) -> None:
    # a weekend digest that names Denver and Chicago twice each, and a gallery in a paragraph about Chicago
    text = ("Denver's food trucks return on Friday; Denver also hosts a beer week.\n\n"
            "A sculpture show opens in Chicago this month. The Copper Heron Gallery, a Chicago favourite, will "
            "stay open late.")
    places = resolve_names(geocoder, text, ["Denver", "Denver", "Chicago", "Copper Heron Gallery", "Chicago"])
    gallery = places[3]
    assert gallery is not None and gallery.name == "Chicago" and gallery.geo_precision == 2


def test_a_site_in_another_paragraph_falls_back_to_the_main_place(geocoder: Geocoder) -> None:
    text = ("Denver's food trucks return on Friday; Denver also hosts a beer week.\n\n"
            "A sculpture show opens in Chicago this month.\n\n"
            "The Copper Heron Gallery will stay open late.")
    gallery = resolve_names(geocoder, text, ["Denver", "Denver", "Chicago", "Copper Heron Gallery"])[3]
    assert gallery is not None and gallery.name == "Denver"


def test_a_report_about_one_town_keeps_it_after_a_small_town_named_in_passing(geocoder: Geocoder) -> None:
    # a history of Memphis that names Memphis three times and, once, the small Tennessee town of Collierville
    text = ("Memphis grew along the river. Memphis traders shipped cotton, and Memphis bankers lent to them. "
            "A rail line ran out to Collierville, and the depot on Front Street handled the bales.")
    street = resolve_names(geocoder, text, ["Memphis", "Memphis", "Memphis", "Collierville", "Front Street"])[4]
    assert street is not None and street.name == "Memphis"


def test_a_small_namesake_far_off_does_not_draw_the_sites_after_it(geocoder: Geocoder) -> None:
    # a golf course named "Kingfisher" is read as the small Oklahoma town; the report is about a Maryland town
    text = ("Homes in Frederick, Md. sell fast. Golfers play at Kingfisher, and children attend the Maple "
            "Ridge Academy nearby.")
    school = resolve_names(geocoder, text, ["Frederick", "Md.", "Kingfisher", "Maple Ridge Academy"])[3]
    assert school is not None and school.admin1 == "Maryland"


COURT = ("A man appeared before Leeds Crown Court on Monday. He was arrested at his flat on Harehills Lane after a "
         "raid on Brudenell Terrace.")
COURT_NAMES = ["Leeds Crown Court", "Harehills Lane", "Brudenell Terrace"]


def test_a_town_named_only_in_a_court_s_name_is_the_report_s_place(geocoder: Geocoder) -> None:
    # a British paper's report (its `.co.uk` address) that names its town only in the court's name
    votes = LocaleVotes()
    votes.add(domain_country("https://www.example-post.co.uk/news/court"), None, DOMAIN_WEIGHT)
    court, lane, terrace = resolve_names(geocoder, COURT, COURT_NAMES, votes)
    assert court is not None and court.name == "Leeds"
    for street in (lane, terrace):
        assert street is not None and street.name == "Leeds" and street.geo_precision == 2


def test_a_town_named_only_in_a_name_needs_the_report_s_own_word(geocoder: Geocoder) -> None:
    # the same report with nothing saying where it is from: a part of a name alone places nothing, as before
    assert resolve_names(geocoder, COURT, COURT_NAMES)[1] is None
