"""ACLED look-alikes for the merge: rows of one country, division, day and type, each its own event."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from eventwatch.cli import cli
from eventwatch.cli import evaluate as cli_eval
from eventwatch.evaluation.merging_acled import lookalike_records

cli_eval.register(cli)

COLUMNS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2",
           "country", "admin1", "location", "latitude", "longitude", "fatalities", "notes", "timestamp"]


def _export(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        for event_id, day, kind, admin1, note in rows:
            writer.writerow({"event_id_cnty": event_id, "event_date": day, "event_type": kind, "country": "Kenya",
                             "admin1": admin1, "notes": note + " [size=no report]", "inter1": "1"})
    return path


def test_groups_of_one_division_day_and_type_are_topics_and_each_row_its_own_event(tmp_path: Path) -> None:
    path = _export(tmp_path / "acled.csv", [
        ("KEN1", "2024-03-04", "Protests", "Nairobi", "On 4 March 2024, teachers marched in Nairobi."),
        ("KEN2", "2024-03-04", "Protests", "Nairobi", "On 4 March 2024, nurses marched in Nairobi."),
        ("KEN3", "2024-03-04", "Riots", "Nairobi", "On 4 March 2024, a mob attacked a man in Nairobi."),
        ("KEN4", "2024-03-05", "Protests", "Nairobi", "On 5 March 2024, traders marched in Nairobi."),
    ])
    records = lookalike_records(path)
    assert [r["id"] for r in records] == ["KEN1", "KEN2"]  # the riot and the next day's march have no look-alike
    assert records[0]["cluster"] == "KEN1" and records[0]["topic"] == records[1]["topic"]
    assert not records[0]["text"].endswith("]")  # ACLED's size note is not the report's
    halves = [lookalike_records(path, h) for h in ("even", "odd")]
    assert sorted(len(h) for h in halves) == [0, 2]


def test_half_is_refused_for_a_corpus_that_is_not_an_acled_export(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "1", "text": "x", "cluster": "a"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "merge", str(corpus), "--half", "even"])
    assert result.exit_code != 0 and "ACLED export" in result.output
