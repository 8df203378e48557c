"""What the team-written trial sets' tests share (tests/test_trial*_golden.py): the country of a trial file's name,
the check of how a set splits into halves and the floors check, so each set's test keeps only what is its own (files,
floors, no-event stories, columns, the earlier sets it must not repeat).

A failing floor prints the fix half's misses only: the report half's errors are not to be read (read them and the
half stops being a test of unseen news).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from eventwatch.evaluation.golden import halves, load_expected, score_halves

FIXTURES = Path(__file__).resolve().parent / "fixtures"

Floors = Mapping[str, tuple[float, ...]]


def country(name: str) -> str:
    """The country slug a trial file's name starts with: "south-africa-2025-03-10-alice-….txt" -> "south-africa"."""
    found = re.match(r"(.+?)-\d{4}-\d{2}-\d{2}-", name)
    assert found, name
    return found.group(1)


def assert_split(folder: Path, expected_path: Path, *, no_event: set[str], columns: set[str], min_countries: int,
                 earlier: Sequence[str]) -> None:
    """24 files, each with its gold, in two halves of 12; in each half two stories with no ACLED event (among the
    `no_event` countries) and, when the set has brief-news `columns`, one of them; at least `min_countries`
    countries, none more than three times; no file name shared with the `earlier` sets' folders."""
    expected = load_expected(expected_path)
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert sorted(expected) == files and len(files) == 24
    parts = halves(files)
    assert len(parts["fix"]) == len(parts["report"]) == 12
    for names in parts.values():
        empty = {country(n) for n in names if not expected[n]}
        assert len(empty) == 2 and empty <= no_event
        if columns:
            assert len(columns & set(names)) == 1
    per_country = Counter(country(n) for n in files)
    assert len(per_country) >= min_countries and max(per_country.values()) <= 3
    assert not set(files) & {p.name for name in earlier for p in (FIXTURES / name).glob("*.txt")}


def assert_floors(folder: Path, expected: Path, floors: Floors) -> None:
    """Extract the folder, print each half's summary line and fail on a figure under its floor."""
    from eventwatch.api import extract_folder

    for half, report in score_halves(expected, extract_folder(folder)).items():
        print(half, report.as_dict())
        shown = report.misses if half == "fix" else "the report half's misses are not to be read"
        failing = report.below(floors[half])
        assert not failing, (half, failing, shown)
