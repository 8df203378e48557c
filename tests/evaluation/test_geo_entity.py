"""The geoparsing scorer's same-entity rule (`evaluation/geo_entity.py`), on team-written gold toponyms."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.evaluation.geo import evaluate_geo
from eventwatch.evaluation.geo_entity import EntityJudge, page_title
from eventwatch.geo import Geocoder, get_gazetteer
from eventwatch.records import Place

WIKI = "https://en.wikipedia.org/wiki/"


@pytest.fixture(scope="module")
def judge() -> EntityJudge:
    return EntityJudge(get_gazetteer())


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder(get_gazetteer())


def _one(geocoder: Geocoder, text: str, name: str) -> Place:
    start = text.index(name)
    place = geocoder.resolve_spans(text, [(start, start + len(name))])[0]
    assert place is not None
    return place


def test_page_title_is_read_from_the_address() -> None:
    assert page_title(WIKI + "Democratic_Republic_of_the_Congo") == "Democratic Republic of the Congo"
    assert page_title(WIKI + "R%C3%A9union") == "Réunion"
    assert page_title("") == ""


def test_a_country_drawn_at_another_point_is_the_same_entity(geocoder: Geocoder, judge: EntityJudge) -> None:
    canada = _one(geocoder, "Flu reached Canada in March.", "Canada")
    # a Wikipedia-style point for Canada, far from GeoNames' own but inside the country
    assert judge.same(canada, lat=60.0, lon=-95.0, geonameid=None, page=WIKI + "Canada")
    # another page, or a point outside the country, is not
    assert not judge.same(canada, lat=60.0, lon=-95.0, geonameid=None, page=WIKI + "Canada_Water")
    assert not judge.same(canada, lat=48.0, lon=2.0, geonameid=None, page=WIKI + "Canada")


def test_a_division_namesake_elsewhere_is_not_the_page(geocoder: Geocoder, judge: EntityJudge) -> None:
    province = _one(geocoder, "Cases rose in Angola's Zaire province.", "Zaire")
    assert province.country == "AO"
    # the page "Zaire" is the former state, drawn in the Congo basin: not this province
    assert not judge.same(province, lat=-2.9, lon=23.6, geonameid=None, page=WIKI + "Zaire")
    assert judge.same(province, lat=-6.5, lon=14.0, geonameid=None, page=WIKI + "Zaire_Province") is False
    assert judge.same(province, lat=-6.5, lon=14.0, geonameid=None, page=WIKI + "Zaire")


def test_a_town_is_never_matched_by_name(geocoder: Geocoder, judge: EntityJudge) -> None:
    paris = _one(geocoder, "The council of Paris, Texas met on Monday.", "Paris")
    assert paris.admin1 == "Texas"
    assert not judge.same(paris, lat=48.86, lon=2.35, geonameid=None, page=WIKI + "Paris")


def test_a_geonames_id_decides_when_the_gold_has_one(geocoder: Geocoder, judge: EntityJudge) -> None:
    canada = _one(geocoder, "Flu reached Canada in March.", "Canada")
    assert judge.same(canada, lat=0.0, lon=0.0, geonameid=canada.geonameid, page="")
    assert not judge.same(canada, lat=60.0, lon=-95.0, geonameid=1, page=WIKI + "Canada")


def test_the_report_counts_both_figures(tmp_path: Path) -> None:
    xml = tmp_path / "gold.xml"
    text = "Flu reached Canada and Lyon in March."
    xml.write_text(
        "<articles><article><text>" + text + "</text>"
        "<location><name>Canada</name><start>12</start><end>18</end><lat>60.0</lat><lon>-95.0</lon>"
        "<page>" + WIKI + "Canada</page></location>"
        "<location><name>Lyon</name><start>23</start><end>27</end><lat>45.76</lat><lon>4.84</lon>"
        "<page>" + WIKI + "Lyon</page></location>"
        "</article></articles>", encoding="utf-8")
    report = evaluate_geo(xml, end_to_end=False, nlp=None)
    assert report.gold == 2
    assert report.within_161km == 1  # Canada at GeoNames' point is over 161 km from the gold's
    assert report.entity_or_161km == 2
    assert report.as_dict()["entity_or_161km_rate"] == 1.0
