"""What the team-written trial sets' tests share (tests/test_trial*_golden.py): the country of a trial file's name
and the floors check, so each set's test keeps only what is its own (files, floors, no-event stories, columns).

A failing floor prints the fix half's misses only: the report half's errors are not to be read (read them and the
half stops being a test of unseen news).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from eventwatch.evaluation.golden import score_halves

Floors = Mapping[str, tuple[float, float, float, float]]


def country(name: str) -> str:
    """The country slug a trial file's name starts with: "south-africa-2025-03-10-alice-….txt" -> "south-africa"."""
    found = re.match(r"(.+?)-\d{4}-\d{2}-\d{2}-", name)
    assert found, name
    return found.group(1)


def assert_floors(folder: Path, expected: Path, floors: Floors) -> None:
    """Extract the folder, print each half's summary line and fail on a figure under its floor."""
    from eventwatch.api import extract_folder

    for half, report in score_halves(expected, extract_folder(folder)).items():
        print(half, report.as_dict())
        shown = report.misses if half == "fix" else "the report half's misses are not to be read"
        failing = report.below(floors[half])
        assert not failing, (half, failing, shown)
