"""The ACLED evaluation: loading exports, stripping notes, scoring the classifier and a full extract function."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from eventwatch.errors import EvalDataMissing
from eventwatch.evaluation.acled import (
    AcledRow,
    evaluate_classify,
    evaluate_events,
    haversine_km,
    id_half,
    load_acled,
    note_place,
    strip_note,
)
from eventwatch.events import EventCoder
from eventwatch.records import Event, Evidence, Span

COLUMNS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2",
           "country", "admin1", "location", "latitude", "longitude", "fatalities", "notes", "timestamp"]
ROWS = [
    ["XX1", "2023-04-02", "Protests", "Peaceful protest", "Protesters (Kenya)", "6", "", "", "Kenya", "Nairobi",
     "Nairobi", "-1.2833", "36.8167", "0",
     "On 2 April 2023, around 200 teachers marched in Nairobi to demand higher pay. [size=around 200]", "1680500000"],
    ["XX2", "2023-04-03", "Violence against civilians", "Attack", "Unidentified Armed Group (Kenya)", "3",
     "Civilians (Kenya)", "7", "Kenya", "Mombasa", "Mombasa", "-4.05", "39.6667", "1",
     "On 3 April 2023, gunmen shot dead a trader in Mombasa. 1 fatality.", ""],
]


@pytest.fixture()
def export(tmp_path: Path) -> Path:
    path = tmp_path / "export.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(ROWS)
    return path


def test_strip_note_removes_date_and_size_but_keeps_heading() -> None:
    assert strip_note("On 2 April 2023, police fired tear gas. [size=no report]") == "Police fired tear gas."
    assert strip_note("Around 5 May 2023 (as reported), a mob gathered.") == "A mob gathered."
    assert strip_note("Defusal: On 9 June 2023, troops defused a mine.") == "Defusal: Troops defused a mine."
    assert strip_note("Police fired tear gas.") == "Police fired tear gas."


def test_load_acled(export: Path) -> None:
    rows = load_acled(export, strip_date_prefix=True)
    assert [r.event_id for r in rows] == ["XX1", "XX2"]
    assert rows[0].notes == "Around 200 teachers marched in Nairobi to demand higher pay."
    assert rows[1].inter2 == 7 and rows[1].fatalities == 1 and rows[0].inter2 == 0
    assert load_acled(export, strip_date_prefix=False)[0].notes.startswith("On 2 April 2023")
    with pytest.raises(EvalDataMissing):
        load_acled(export.parent / "missing.csv", strip_date_prefix=True)


def test_evaluate_classify_on_small_export(export: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    report = evaluate_classify(load_acled(export, strip_date_prefix=True), EventCoder(), nlp)
    assert report.n == 2
    assert report.event_type_accuracy == 1.0
    assert report.sub_event_type_accuracy == 1.0
    assert report.fatalities_exact == 1.0
    assert report.inter1_accuracy == 1.0
    assert "sub_event_type weighted F1" in report.format()
    assert report.as_dict()["n"] == 2


def _fake_event(row: AcledRow, *, lat_shift: float) -> Event:
    assert row.latitude is not None and row.longitude is not None
    return Event(
        event_id="e", doc_id="d", event_type=row.event_type, sub_event_type=row.sub_event_type,
        evidence=Evidence(sentence=Span(0, 1, "x")), event_date=row.event_date, inter1=row.inter1,
        inter2=row.inter2 or None, latitude=row.latitude + lat_shift, longitude=row.longitude, admin1=row.admin1,
        fatalities=row.fatalities, confidence=0.9,
    )


def test_evaluate_events_scores_place_within_25_km(export: Path) -> None:
    rows = load_acled(export, strip_date_prefix=False)
    by_note = {r.notes: r for r in rows}
    shifts = {"XX1": 0.1, "XX2": 0.5}  # about 11 km and 55 km north

    def extract(text: str, published: str | None) -> list[Event]:
        row = by_note[text]
        return [_fake_event(row, lat_shift=shifts[row.event_id])]

    report = evaluate_events(rows, extract)
    assert report.found == 2
    assert report.event_type_accuracy == 1.0 and report.date_exact == 1.0 and report.admin1_match == 1.0
    assert report.place_within_25km == 0.5
    assert report.inter2_accuracy == 1.0


def test_a_note_with_no_event_is_placed_by_locate_in_the_all_notes_figures(export: Path) -> None:
    """A note the coder codes no event from counts as a miss in the event figures, but the place figures over all
    notes score where the note is read to be: here near Mombasa (within 25 km and its admin1) for the second note."""
    from eventwatch.records import Place

    rows = load_acled(export, strip_date_prefix=False)
    by_note = {r.notes: r for r in rows}

    def extract(text: str, published: str | None) -> list[Event]:
        row = by_note[text]
        return [_fake_event(row, lat_shift=0.0)] if row.event_id == "XX1" else []

    def locate(text: str) -> Place | None:
        row = by_note[text]
        assert row.event_id == "XX2"  # asked only for the note with no event
        return Place("Mombasa", -4.06, 39.67, "KE", admin1="Mombasa")

    without = evaluate_events(rows, extract)
    assert without.found == 1 and without.place_within_25km == 0.5 and without.admin1_match == 0.5
    assert without.place_within_25km_all_notes == 0.5 and without.placed_without_event == 0
    report = evaluate_events(rows, extract, locate)
    assert report.place_within_25km == 0.5 and report.admin1_match == 0.5  # the event figures do not move
    assert report.place_within_25km_all_notes == 1.0 and report.admin1_match_all_notes == 1.0
    assert report.placed_without_event == 1


def test_note_place_reads_the_first_placed_sentence_at_acleds_point(nlp) -> None:  # type: ignore[no-untyped-def]
    """Team-written notes: the town of the lead sentence, not a place of the background after it; a note naming only
    a province is at its seat (ACLED's convention for a province-level event)."""
    from eventwatch.geo import Geocoder, get_gazetteer

    geocoder = Geocoder(get_gazetteer())
    place = note_place("On 4 May 2023, retired teachers sat in front of the town hall in Kisumu over unpaid pensions. "
                       "A similar sit-in took place in Nairobi last year.", nlp, geocoder)
    assert place is not None and place.name == "Kisumu" and place.country == "KE"
    province = note_place("On 9 May 2023, farmers gathered somewhere in Mazandaran province over water quotas.",
                          nlp, geocoder)
    assert province is not None and province.country == "IR" and province.geo_precision == 3
    assert haversine_km(province.latitude, province.longitude, 36.565, 53.059) < 25  # Sari, the seat
    assert note_place("On 9 May 2023, nobody said where anything happened.", nlp, geocoder) is None


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)


# Measured on this sample: event type 0.932, weighted F1 0.924, macro F1 0.753, inter1 0.875, fatalities 0.968.
CLASSIFY_FLOORS = {
    "event_type_accuracy": 0.92,
    "sub_event_type_weighted_f1": 0.91,
    "sub_event_type_macro_f1": 0.74,
    "inter1_accuracy": 0.86,
    "fatalities_exact": 0.96,
}


def test_acled_dev_sample_floor(shared_eval: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    """A fixed random sample of the shared ACLED dev file, read at evaluation time only."""
    rows = load_acled(shared_eval / "acled" / "acled_2022_dev.csv", strip_date_prefix=True)
    sample = random.Random(7).sample(rows, 600)
    report = evaluate_classify(sample, EventCoder(), nlp)
    for name, floor in CLASSIFY_FLOORS.items():
        assert getattr(report, name) >= floor, f"{name} {getattr(report, name):.3f} < {floor}\n{report.format()}"


def test_holdout_split_is_fixed_and_disjoint(export: Path) -> None:
    from eventwatch.evaluation.acled import holdout_split

    rows = load_acled(export, strip_date_prefix=True) * 4
    tune, held = holdout_split(rows)
    assert len(held) == 2 and len(tune) == 6
    assert holdout_split(rows) == (tune, held)


def test_rows_split_by_the_parity_of_their_id_number(export: Path) -> None:
    rows = load_acled(export, strip_date_prefix=True)
    assert [r.event_id for r in id_half(rows, "odd")] == ["XX1"]
    assert [r.event_id for r in id_half(rows, "even")] == ["XX2"]
