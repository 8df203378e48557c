"""ACLED's admin1 names (`data/geo/acled_admin1.tsv`): every one the development notes use is reachable."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwatch.geo import get_gazetteer
from eventwatch.geo.acled_admin1 import _iso2
from eventwatch.geo.build import data_rows
from eventwatch.geo.divisions import acled_admin1_names
from eventwatch.geo.gazetteer import ADM1
from eventwatch.geo.normalize import key

# ACLED names that no single ISO 3166-2 division is (groups of several, a territory ACLED files under another
# country): a first-level division is not reachable by them, and the README says so. The parts of Shan and Bago
# are divisions of their own (`split` rules in acled_divisions.tsv).
NOT_ONE_DIVISION = {("LY", "East"), ("LY", "West"), ("LY", "South"), ("CN", "Hong Kong")}


def test_one_name_per_division_and_parts_left_out() -> None:
    names = acled_admin1_names([["MM", "Shan-North", "MM-17", "place"], ["MM", "Shan-South", "MM-17", "place"],
                                ["YE", "Taizz", "YE-TA", "name"], ["CN", "Guangdong", "CN-GD", "name"],
                                ["CN", "Hong Kong", "CN-GD", "place"]])
    assert names == {"YE-TA": "Taizz", "CN-GD": "Guangdong"}


def test_the_file_holds_names_only() -> None:
    rows = data_rows("acled_admin1.tsv")
    assert len(rows) > 1000
    assert all(len(r) == 4 and len(r[0]) == 2 and r[3] in ("name", "place", "") for r in rows)


@pytest.mark.parametrize(("name", "country"), [
    ("Taizz", "YE"), ("Sadah", "YE"), ("Ad Dali", "YE"), ("Amanat al Asimah", "YE"), ("Hadramawt", "YE"),
    ("East Azerbaijan", "IR"), ("West Java", "ID"), ("Cataluna", "ES"), ("Zaporizhia", "UA"),
])
def test_acled_names_are_the_division_names(name: str, country: str) -> None:
    gaz = get_gazetteer()
    rows = [r for r, _ in gaz.lookup(key(name)) if gaz.cols.kind[r] == ADM1 and gaz.cols.country[r] == country]
    assert rows and gaz.cols.name[rows[0]] == name


@pytest.mark.parametrize(("town", "part"), [("Lashio", "Shan-North"), ("Taunggyi", "Shan-South"),
                                            ("Tachileik", "Shan-East"), ("Pyay", "Bago-West"), ("Bago", "Bago-East")])
def test_acled_parts_of_a_division(town: str, part: str) -> None:
    from eventwatch.geo import Geocoder

    place = Geocoder(get_gazetteer()).resolve_name(town)
    assert place is not None and place.admin1 == part


def test_every_admin1_of_the_development_notes_is_reachable(shared_eval: Path) -> None:
    gaz = get_gazetteer()
    path = shared_eval / "acled" / "acled_2022_dev.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        pairs = {(_iso2(r["iso"], r["country"]), r["admin1"].strip()) for r in csv.DictReader(fh) if r["admin1"]}
    shown = {(gaz.cols.country[i], gaz.cols.name[i]) for i in range(len(gaz)) if gaz.cols.kind[i] == ADM1}
    unreachable = sorted(p for p in pairs - NOT_ONE_DIVISION if p not in shown)
    assert len(unreachable) <= 0.02 * len(pairs), unreachable
