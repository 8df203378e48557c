"""The codebook tables the export reads (`data/export/`): complete, consistent with ISO 3166, and, where the
evaluation material is at hand, with ACLED's own country list."""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

from eventwatch.export.acled import countries

REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia",
           "Southeast Asia", "Middle East", "Europe", "Caucasus and Central Asia", "Central America",
           "South America", "Caribbean", "East Asia", "North America", "Oceania", "Antarctica"}


def test_every_iso_country_has_acleds_numeric_code_and_a_region() -> None:
    table = countries()
    for country in pycountry.countries:
        iso, _name, region = table[country.alpha_3]
        assert iso == int(country.numeric) and region in REGIONS, country.alpha_3
    assert table["XKX"] == (0, "Kosovo", "Europe")
    assert table["MEX"][2] == "North America" and table["AFG"][2] == "Caucasus and Central Asia"


def test_regions_and_names_agree_with_acleds_country_list(shared_eval: Path) -> None:
    path = shared_eval / "acled" / "codebook" / "acled_countries.csv"
    by_name = {name: region for _iso, name, region in countries().values()}
    with path.open(encoding="utf-8") as fh:
        theirs = {row["country"]: row["region"] for row in csv.DictReader(fh)}
    assert set(theirs) <= set(by_name)
    assert {n: r for n, r in theirs.items() if by_name[n] != r} == {}
