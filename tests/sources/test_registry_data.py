"""The packaged outlet registry, row by row: every kind, scale, side and country valid, enough outlets in every
region ACLED covers, and the outlets of the running example's conflict coded as the registry says they are."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pycountry
import pytest

from eventwatch.sources import KINDS, SCALES, SIDES, load_registry, normalize_name
from eventwatch.sources.registry import RegistryRow, is_country, parse_registry

ROWS: list[RegistryRow] = load_registry().rows

# ACLED's regions (its codebook) by the countries we check each of them through; every region must have outlets.
REGIONS: dict[str, set[str]] = {
    "Western Africa": {"NG", "GH", "CI", "SN", "ML", "BF", "NE", "MR", "LR", "SL", "GN"},
    "Middle Africa": {"CD", "CM", "CF", "TD", "BI", "GA", "CG", "AO"},
    "Eastern Africa": {"KE", "SO", "ET", "ER", "UG", "RW", "TZ", "SS", "MZ", "MG", "MU"},
    "Southern Africa": {"ZA", "ZW", "ZM", "MW", "BW", "NA", "SZ", "LS"},
    "Northern Africa": {"EG", "LY", "TN", "DZ", "MA", "SD", "EH"},
    "South Asia": {"IN", "PK", "BD", "NP", "LK", "BT", "MV"},
    "Southeast Asia": {"MM", "TH", "KH", "LA", "VN", "PH", "ID", "MY", "SG", "TL", "BN"},
    "Middle East": {"IR", "IQ", "SY", "LB", "IL", "PS", "JO", "TR", "SA", "AE", "QA", "KW", "BH", "OM", "YE"},
    "Europe": {"UA", "RU", "BY", "MD", "FR", "DE", "GB", "IT", "ES", "PL", "RS", "GR", "XK", "NL", "BE"},
    "Caucasus and Central Asia": {"GE", "AM", "AZ", "KZ", "KG", "TJ", "UZ", "TM", "AF"},
    "Central America": {"MX", "GT", "SV", "HN", "NI", "CR", "PA"},
    "South America": {"CO", "VE", "PE", "EC", "BO", "BR", "AR", "CL", "PY", "UY", "GY", "SR"},
    "Caribbean": {"HT", "DO", "CU", "JM", "TT", "PR"},
    "East Asia": {"CN", "HK", "TW", "MN", "JP", "KR", "KP"},
    "North America": {"US", "CA"},
    "Oceania": {"AU", "NZ", "PG", "FJ", "SB"},
}


def test_the_registry_holds_at_least_400_outlets() -> None:
    assert len(ROWS) >= 400


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.outlet.id)
def test_every_row_has_a_valid_kind_scale_side_and_country(row: RegistryRow) -> None:
    outlet = row.outlet
    assert outlet.kind in KINDS
    assert outlet.source_scale in SCALES
    assert is_country(outlet.country)
    assert outlet.side in (*SIDES, "")
    if outlet.kind in {"state-affiliated", "partisan"}:
        assert outlet.side and outlet.party_to, "a state-affiliated or partisan outlet speaks for a side"
    if outlet.kind == "state-affiliated":
        assert outlet.side == "government"
    assert all(is_country(c) for c in outlet.party_to)
    assert outlet.name.strip() == outlet.name and outlet.name


@pytest.mark.parametrize("region", sorted(REGIONS))
def test_every_acled_region_has_outlets(region: str) -> None:
    outlets = [r for r in ROWS if r.outlet.country in REGIONS[region]]
    assert len(outlets) >= 8, f"{region}: only {len(outlets)} outlets"
    assert len({r.outlet.kind for r in outlets}) >= 2


def test_no_domain_names_two_outlets() -> None:
    counts = Counter(d for r in ROWS for d in r.domains)
    assert [d for d, n in counts.items() if n > 1] == []


def test_a_name_two_outlets_share_is_told_apart_by_their_countries() -> None:
    """A shared name ("The Star", Kenya and Malaysia) is resolved by the report's country, so two outlets of one
    country must never share one."""
    by_key: dict[str, list[str]] = {}
    for row in ROWS:
        for key in {normalize_name(n) for n in row.names}:
            by_key.setdefault(key, []).append(row.outlet.country)
    clashes = {k: v for k, v in by_key.items() if len(v) != len(set(v))}
    assert clashes == {}


def test_no_outlet_is_known_by_a_country_name() -> None:
    """A title like "Iran: People celebrate ..." must not name an outlet called "Iran"."""
    countries = {normalize_name(c.name) for c in pycountry.countries}
    names = {normalize_name(n) for r in ROWS for n in r.names}
    assert names & countries == set()


@pytest.mark.parametrize(("outlet_id", "kind", "side", "country"), [
    ("irna", "state-affiliated", "government", "IR"),
    ("tasnim", "state-affiliated", "government", "IR"),
    ("fars", "state-affiliated", "government", "IR"),
    ("press-tv", "state-affiliated", "government", "IR"),
    ("pmoi", "partisan", "opposition movement", "IR"),
    ("ncri", "partisan", "opposition movement", "IR"),
    ("iran-international", "partisan", "opposition movement", "IR"),
    ("al-masirah", "partisan", "armed group", "YE"),
    ("sana", "state-affiliated", "government", "SY"),
    ("rt", "state-affiliated", "government", "RU"),
    ("reuters", "wire", "", "GB"),
    ("sohr", "ngo", "", "SY"),
])
def test_the_conflicts_outlets_are_coded_as_they_are(outlet_id: str, kind: str, side: str, country: str) -> None:
    outlet = load_registry().get(outlet_id)
    assert outlet is not None
    assert (outlet.kind, outlet.side, outlet.country) == (kind, side, country)


def test_the_packaged_files_parse_alone_with_their_own_line_numbers() -> None:
    folder = resources.files("eventwatch.data").joinpath("sources").joinpath("outlets")
    total = 0
    for file in folder.iterdir():
        if file.name.endswith(".tsv"):
            rows = parse_registry(file.read_text(encoding="utf-8"), file.name)
            assert all(r.origin.startswith(f"{file.name}:") for r in rows)
            total += len(rows)
    assert total == len(ROWS)  # ids are unique across the packaged files too
