"""`eventwatch eval trials` (`evaluation.trials`): the trial sets found in their numbers' order, one summary line per
set and half, and a listing of the fix half's events that never names a report-half file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwatch.cli import cli, register_commands
from eventwatch.evaluation.trials import find_sets, fix_half_listing, half_lines
from eventwatch.records import Event, Evidence, Span

register_commands()

GOLD = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "country": "Kenya", "date": "2025-03-04",
        "fatalities": 0, "actor1": "Protesters (Kenya)", "actor2": None}


def _set(root: Path, name: str) -> Path:
    """A two-article trial set: a protest in Nakuru (fix half, position 0) and one in Kisumu (report half)."""
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "kenya-2025-03-04-a-nakuru-traders.txt").write_text(
        "NAKURU, 4 March 2025 - Hundreds of market traders marched through Nakuru on Tuesday to protest against a "
        "new stall levy, chanting and carrying placards, before handing a petition to the county offices.\n",
        encoding="utf-8")
    (folder / "kenya-2025-03-04-b-kisumu-nurses.txt").write_text(
        "KISUMU, 4 March 2025 - Nurses held a peaceful sit-in outside the Kisumu county hospital on Tuesday over "
        "three months of unpaid wages, their union said.\n", encoding="utf-8")
    gold = {"kenya-2025-03-04-a-nakuru-traders.txt": [dict(GOLD, location="Nakuru")],
            "kenya-2025-03-04-b-kisumu-nurses.txt": [dict(GOLD, location="Kisumu")]}
    (root / f"{name}_expected.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def _event(event_id: str, location: str) -> Event:
    sentence = Span(0, 30, "Traders marched through the town.")
    return Event(event_id=event_id, doc_id="d", event_type="Protests", sub_event_type="Peaceful protest",
                 evidence=Evidence(sentence=sentence), event_date="2025-03-04", country="Kenya", location=location)


def test_sets_are_found_in_the_order_of_their_numbers(tmp_path: Path) -> None:
    for name in ("trial10", "trial2", "trial"):
        _set(tmp_path, name)
    (tmp_path / "trial3").mkdir()  # no gold beside it: not a set
    assert [p.name for p in find_sets(tmp_path)] == ["trial", "trial2", "trial10"]


def test_a_half_line_scores_that_half_only(tmp_path: Path) -> None:
    folder = _set(tmp_path, "trial")
    extracted = {"kenya-2025-03-04-a-nakuru-traders.txt": [_event("a", "Nakuru"), _event("b", "Eldoret")],
                 "kenya-2025-03-04-b-kisumu-nurses.txt": []}
    fix, report = (json.loads(line.split(" ", 2)[2]) for line in half_lines(folder, extracted))
    figures = (fix["expected"], fix["extracted"], fix["recall_type_place"], fix["precision_one_to_one"])
    assert figures == (1, 2, 1.0, 0.5)
    assert (report["expected"], report["extracted"], report["recall_type_place"]) == (1, 0, 0.0)
    assert "misses" not in fix and "misses" not in report


def test_the_listing_marks_extra_events_and_never_names_the_report_half(tmp_path: Path) -> None:
    folder = _set(tmp_path, "trial")
    extracted = {"kenya-2025-03-04-a-nakuru-traders.txt": [_event("a", "Nakuru"), _event("b", "Eldoret")],
                 "kenya-2025-03-04-b-kisumu-nurses.txt": [_event("c", "Kisumu")]}
    listing = "\n".join(fix_half_listing(folder, extracted))
    assert "nakuru-traders" in listing and "kisumu" not in listing.lower()
    assert "ok    Protests / Peaceful protest | Nakuru" in listing
    assert "EXTRA Protests / Peaceful protest | Eldoret" in listing


def test_the_command_prints_each_half_and_lists_the_fix_half(tmp_path: Path) -> None:
    folder = _set(tmp_path, "trial")
    shown = tmp_path / "fix.txt"
    result = CliRunner().invoke(cli, ["eval", "trials", str(folder), "--show-fix", str(shown)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split(" ", 2)[:2] for line in lines] == [["trial", "fix"], ["trial", "report"]]
    assert json.loads(lines[0].split(" ", 2)[2])["recall_type_place"] == 1.0  # the Nakuru march is found
    assert "nakuru-traders" in shown.read_text(encoding="utf-8")
    only = CliRunner().invoke(cli, ["eval", "trials", str(folder), "--half", "report"])
    assert [line.split(" ", 2)[1] for line in only.output.splitlines()] == ["report"]


def test_no_set_under_the_root_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "trials", "--root", str(tmp_path)])
    assert result.exit_code != 0 and "no trial folder" in result.output
