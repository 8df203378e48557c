"""The locale prior: a name said alone is read where the report is (team-written sentences and articles)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from geospans import resolve_names

from eventwatch.evaluation.geo import evaluate_geo
from eventwatch.geo import Geocoder
from eventwatch.geo.locale import LocaleVotes, domain_country

LOCAL_NEWS = Path(__file__).resolve().parent.parent / "fixtures" / "geo" / "local_news.xml"


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.example-gazette.co.uk/local/a", "GB"), ("http://news.example.ng/x", "NG"),
    ("https://example.com/a", None), ("https://example.tv/a", None), ("not a url", None), (None, None),
])
def test_domain_country(url: str | None, country: str | None) -> None:
    assert domain_country(url) == country


def test_votes_need_enough_evidence() -> None:
    votes = LocaleVotes()
    votes.add("US", 7, 1.0)
    assert votes.locale().country is None  # one unsure town is not a locale
    votes.add("US", 7, 1.0)
    assert (votes.locale().country, votes.locale().admin1) == ("US", 7)
    votes.add("GB", None, 3.0)
    assert votes.locale().country == "GB" and votes.locale().admin1 is None  # the state lies in another country


def test_a_qualified_name_decides_its_bare_mentions(geocoder: Geocoder) -> None:
    text = "Dublin, Ohio opened a park. Later Dublin officials said Dublin would open another."
    places = resolve_names(geocoder, text, ["Dublin", "Dublin", "Dublin"])
    assert all(p is not None and (p.country, p.admin1) == ("US", "Ohio") for p in places)


def test_two_qualified_readings_stay_apart(geocoder: Geocoder) -> None:
    text = "Paris, Texas sends its band to Paris, France in May."
    home, abroad = resolve_names(geocoder, text, ["Paris", "Paris"])
    assert home is not None and home.country == "US" and abroad is not None and abroad.country == "FR"


def test_the_web_address_says_where_a_name_is(geocoder: Geocoder) -> None:
    text = "Residents of Richmond protested against the library closure."
    start = text.index("Richmond")
    votes = LocaleVotes()
    votes.add(domain_country("https://www.example.co.uk/news"), None, 2.0)
    place = geocoder.resolve_spans(text, [(start, start + 8)], votes=votes)[0]
    assert place is not None and place.country == "GB"


def test_a_country_by_its_own_name_is_not_a_town(geocoder: Geocoder) -> None:
    text = "Iran, January 5 - Tehran and Mashhad saw protests. He was killed in Iraq."
    place = resolve_names(geocoder, text, ["Tehran", "Mashhad", "Iraq"])[2]
    assert place is not None and place.country == "IQ" and place.feature_code.startswith("PCL")


def test_local_news_floor() -> None:
    """The team-written local news (`tests/fixtures/geo/local_news.xml`): namesakes at home and abroad."""
    report = evaluate_geo(LOCAL_NEWS, end_to_end=False, nlp=None)
    assert report.gold == 76
    assert report.accuracy_161 >= 0.92, report.format()


@pytest.mark.slow
def test_paris_texas_and_the_marib_drone(nlp: Any) -> None:
    from eventwatch.api import extract

    events = extract("PARIS, Texas — Police in Paris arrested two men after a protest outside the courthouse on "
                     "Monday.", "2024-03-12")
    assert events and all(e.country == "United States" and e.admin1 == "Texas" for e in events)
    text = ("ADEN, Yemen, July 23, 2024 — A drone hit an army camp west of Marib, an officer in the army's Third "
            "Military Region told reporters.")
    events = extract(text, "2024-07-23")
    assert events and all(e.country == "Yemen" for e in events)


def test_a_dateline_abroad_yields_to_the_country_the_text_is_about() -> None:
    from eventwatch.geo.locale import weigh_locale

    outside, text = LocaleVotes(), LocaleVotes()
    outside.add("LB", 11, 3.0)  # "BEIRUT, Sept 5 —"
    text.add("LB", 11, 1.0)
    for admin1 in (21, 21, None):
        text.add("SY", admin1, 1.0)  # three places in Syria named surely
    assert weigh_locale(outside, text).country == "SY"
    text = LocaleVotes()
    text.add("LB", 11, 1.0)
    text.add("SY", 21, 1.0)
    assert weigh_locale(outside, text).country == "LB"  # one place abroad does not make the report about it


def test_an_unknown_site_falls_back_to_the_town_in_the_reports_state(geocoder: Geocoder) -> None:
    # each town is named once: the report's state (its town named with the state) decides which one it is about
    text = ("New homes recall the porches of Savannah. Buyers in Leesburg, Va. like the trails. The Maple Hollow "
            "Swim Club opens in May.")
    club = resolve_names(geocoder, text, ["Savannah", "Leesburg", "Va.", "Maple Hollow Swim Club"])[3]
    assert club is not None and (club.name, club.admin1, club.geo_precision) == ("Leesburg", "Virginia", 2)


def test_a_big_city_elsewhere_in_the_country_overshadows_a_village_of_the_reports_state(geocoder: Geocoder) -> None:
    # Louisville, Ohio is a village; Kentucky's Louisville is seventy times its size
    text = "COLUMBUS, Ohio - The Buckeyes beat Louisville 70-61 on Friday in Columbus, Ohio."
    team = resolve_names(geocoder, text, ["COLUMBUS", "Ohio", "Louisville", "Columbus", "Ohio"])[2]
    assert team is not None and team.admin1 == "Kentucky"


def test_a_town_of_the_reports_state_stays_against_a_modest_city_elsewhere(geocoder: Geocoder) -> None:
    text = "LEXINGTON, Ky. - The county fair in Richmond drew record crowds, Lexington officials said."
    town = resolve_names(geocoder, text, ["LEXINGTON", "Ky.", "Richmond", "Lexington"])[2]
    assert town is not None and town.admin1 == "Kentucky"


def test_a_capital_abroad_whose_country_is_named_beats_the_locales_namesake(geocoder: Geocoder) -> None:
    """A capital carries its country: in a report from London that names the United States, "in Washington" is
    the capital, not the English town Washington; without the country named the locale's town stands."""
    votes = LocaleVotes()
    votes.add(domain_country("https://www.example-gazette.co.uk/world"), None, 2.0)
    text = ("LONDON - The latest on the sanctions row between Britain and the United States. In Washington, "
            "officials said London would act first.")
    names = ["LONDON", "Britain", "United States", "Washington", "London"]
    place = resolve_names(geocoder, text, names, votes)[3]
    assert place is not None and place.admin1 == "District of Columbia"
    home = "LONDON - The latest on the sanctions row. In Washington, officials said London would act first."
    place = resolve_names(geocoder, home, ["LONDON", "Washington", "London"], votes)[1]
    assert place is not None and place.country == "GB"


