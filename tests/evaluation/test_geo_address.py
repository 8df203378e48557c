"""What an article's web address tells the geoparsing scorer of its locale (`evaluation.geo.address_votes`): the
same signals the pipeline gives the resolver, so the scorer measures what a run would place (team-written
sentences; the outlets are the packaged registry's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.evaluation.geo import address_votes, evaluate_geo
from eventwatch.geo import Geocoder, get_gazetteer
from eventwatch.sources.registry import Registry, load_registry

TEXT = "Traders in Hyderabad shut their shops on Tuesday over the power cuts."


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


@pytest.mark.parametrize(("url", "countries"), [
    ("https://www.dawn.com/news/1", {"PK": 3.0}),  # a national paper on a generic domain: the registry knows it
    ("https://www.thehindu.com/news/national/x", {"IN": 3.0}),
    ("https://www.example-gazette.co.uk/local/a", {"GB": 2.0}),  # a country's domain, no registry outlet
    ("https://www.example.com/a", {}),  # neither
    ("", {}),
])
def test_the_address_votes_the_outlets_country(registry: Registry, url: str, countries: dict[str, float]) -> None:
    assert dict(address_votes(url, registry).countries) == countries


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.dawn.com/news/1", "PK"), ("https://www.thehindu.com/news/1", "IN"),
])
def test_a_bare_name_is_read_in_the_outlets_country(registry: Registry, url: str, country: str) -> None:
    geocoder = Geocoder(get_gazetteer())
    start = TEXT.index("Hyderabad")
    place = geocoder.resolve_spans(TEXT, [(start, start + 9)], votes=address_votes(url, registry))[0]
    assert place is not None and place.country == country


def test_the_scorer_reads_the_outlet(tmp_path: Path) -> None:
    """The Pakistani city's gold: within 161 km when the article's link is a Pakistani paper's, not otherwise
    (India's Hyderabad, the larger, is 1,000 km away)."""
    start = TEXT.index("Hyderabad")
    topo = (f"<toponym><start>{start}</start><end>{start + 9}</end><extractedName>Hyderabad</extractedName>"
            "<latitude>25.39</latitude><longitude>68.37</longitude><type>Literal</type></toponym>")
    scored = []
    for link in ("https://www.dawn.com/news/1", "https://www.example.com/news/1"):
        xml = tmp_path / "gold.xml"
        xml.write_text(f'<articles><article file="2"><link>{link}</link><text>{TEXT}</text><toponyms>{topo}'
                       "</toponyms></article></articles>", encoding="utf-8")
        scored.append(evaluate_geo(xml, end_to_end=False, nlp=None).within_161km)
    assert scored == [1, 0]
