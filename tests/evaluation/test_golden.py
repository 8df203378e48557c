"""The golden-file scorer (`evaluation.golden`): an expected event is found by type and place, and a place is the
place only in its country (a namesake abroad is a wrong place, however alike the names)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from eventwatch.evaluation.golden import (
    Expected,
    GoldenReport,
    _matching,
    actor_head,
    halves,
    load_expected,
    score,
    score_halves,
)
from eventwatch.records import Event, Evidence, Span


def _event(event_id: str, location: str, country: str, place_text: str | None = None) -> Event:
    sentence = Span(0, 40, "Supporters rallied outside the town hall.")
    place = Span(0, len(place_text), place_text) if place_text else None
    return Event(event_id=event_id, doc_id="d", event_type="Protests", sub_event_type="Peaceful protest",
                 evidence=Evidence(sentence=sentence, place=place), event_date="2025-04-05", country=country,
                 location=location)


WANTED = {"lebanon-rally.txt": [Expected("Protests", "Peaceful protest", "Lebanon", "United States", "2025-04-05",
                                         0, True)]}


def test_a_namesake_in_another_country_is_no_match() -> None:
    abroad = score(WANTED, {"lebanon-rally.txt": [_event("a", "Lebanon", "Lebanon")]})
    assert abroad.found_type == 0 and abroad.unmatched_extracted == 1 and abroad.precision == 0.0
    home = score(WANTED, {"lebanon-rally.txt": [_event("b", "Lebanon", "United States")]})
    assert home.found_type == 1 and home.precision == 1.0 and home.found_date == 1


def test_a_place_found_in_the_words_counts_only_in_the_expected_country() -> None:
    written = score(WANTED, {"lebanon-rally.txt": [_event("c", "City of Lebanon", "United States", "Lebanon")]})
    assert written.found_type == 1
    elsewhere = score(WANTED, {"lebanon-rally.txt": [_event("d", "Lebanon Springs", "Canada", "Lebanon")]})
    assert elsewhere.found_type == 0


def test_one_occurrence_extracted_twice_is_a_copy_only_one_to_one() -> None:
    twice = score(WANTED, {"lebanon-rally.txt": [_event("e", "Lebanon", "United States"),
                                                 _event("f", "Lebanon", "United States")]})
    assert twice.precision == 1.0 and twice.as_dict()["precision_one_to_one"] == 0.5
    two_days = {"lebanon-rally.txt": [*WANTED["lebanon-rally.txt"], Expected(
        "Protests", "Peaceful protest", "Lebanon", "United States", "2025-04-06", 0, True)]}
    # two expected rallies, one event for either: one pair; two events: two pairs, whichever way they are listed
    assert score(two_days, {"lebanon-rally.txt": [_event("g", "Lebanon", "United States")]}).paired == 1
    both = score(two_days, {"lebanon-rally.txt": [_event("h", "Lebanon", "United States"),
                                                  _event("i", "Lebanon", "United States")]})
    assert both.paired == 2 and both.as_dict()["precision_one_to_one"] == 1.0


def test_the_pairing_is_a_maximum_matching_not_first_come() -> None:
    # the first expected event may be either extracted event, the second only the first: both pair
    assert _matching([[0, 1], [0]]) == 2 and _matching([[0], [0]]) == 1 and _matching([[], [2]]) == 1


def test_the_halves_alternate_in_file_name_order() -> None:
    assert halves(["c.txt", "a.txt", "d.txt", "b.txt", "e.txt"]) == {"fix": ["a.txt", "c.txt", "e.txt"],
                                                                     "report": ["b.txt", "d.txt"]}


def test_expected_and_extracted_must_name_the_same_documents(tmp_path: Path) -> None:
    expected = tmp_path / "expected.json"
    expected.write_text(json.dumps({"missing.txt": []}), encoding="utf-8")
    with pytest.raises(ValueError, match="different documents"):
        score_halves(expected, {"other.txt": []})
    assert score_halves(expected, {"missing.txt": []})["fix"].expected == 0


def test_below_names_each_figure_under_its_floor_and_holds_a_floor_at_its_printed_figure() -> None:
    # 50 extracted, 17 paired one to one: 17/50 prints 0.34 though it is 0.33999... as a float; the floor is on the
    # one-to-one precision, not on the precision that forgives copies (1 - 10/50 = 0.8 here)
    report = GoldenReport(expected=10, found_type=6, found_date=5, found_fatalities=3, extracted=50,
                          unmatched_extracted=10, paired=17)
    assert report.below((0.6, 0.34, 0.5, 0.5)) == []
    assert report.below((0.61, 0.35, 0.5, 0.6)) == ["recall_type_place 0.6 < 0.61",
                                                    "precision_one_to_one 0.34 < 0.35",
                                                    "fatalities_of_found 0.5 < 0.6"]


def test_below_floors_the_actors_of_found_when_six_floors_are_given_and_refuses_another_count() -> None:
    # 4 found events whose gold names the actors: 3 with actor1 right, 2 with actor2 right
    report = GoldenReport(expected=5, found_type=4, found_date=4, found_fatalities=4, found_with_actors=4,
                          found_actor1=3, found_actor2=2, extracted=5, paired=4)
    assert report.below((0.8, 0.8, 0.8, 1.0, 0.75, 0.5)) == []
    assert report.below((0.8, 0.8, 0.8, 1.0, 0.8, 0.6)) == ["actor1_of_found 0.75 < 0.8", "actor2_of_found 0.5 < 0.6"]
    assert report.below((0.8, 0.8, 0.8, 1.0)) == []
    with pytest.raises(ValueError, match="5 floors"):
        report.below((0.8, 0.8, 0.8, 1.0, 0.75))


def test_the_export_view_leaves_background_out_of_both_sides_and_the_old_view_keeps_it(tmp_path: Path) -> None:
    # a story of a rally today that recalls last year's riot: the gold lists the riot marked background, the
    # pipeline extracts the rally and a second, background rally at another town (a flagged recall)
    expected = tmp_path / "expected.json"
    expected.write_text(json.dumps({"rally.txt": [
        {"event_type": "Protests", "sub_event_type": "Peaceful protest", "location": "Lebanon",
         "country": "United States", "date": "2025-04-05"},
        {"event_type": "Riots", "sub_event_type": "Violent demonstration", "location": "Dayton",
         "country": "United States", "date": "2024-04-01", "background": True}]}), encoding="utf-8")
    recalled = dataclasses.replace(_event("r", "Xenia", "United States"), background=True)
    extracted = {"rally.txt": [_event("t", "Lebanon", "United States"), recalled]}
    export = score_halves(expected, extracted)["fix"]
    assert (export.expected, export.extracted, export.as_dict()["precision_one_to_one"]) == (1, 1, 1.0)
    old = score_halves(expected, extracted, view="all")["fix"]
    assert (old.expected, old.extracted, old.found_type, old.as_dict()["precision_one_to_one"]) == (2, 2, 1, 0.5)
    # a gold event the pipeline flags as background is a miss in the export's view
    flagged = {"rally.txt": [dataclasses.replace(_event("t", "Lebanon", "United States"), background=True)]}
    assert score_halves(expected, flagged)["fix"].found_type == 0
    with pytest.raises(ValueError, match="unknown view"):
        score_halves(expected, extracted, view="everything")


def test_an_actor_is_compared_by_its_name_before_the_bracket() -> None:
    assert actor_head("Military Forces of Ghana (2017-)") == actor_head("military forces of ghana") != ""
    assert actor_head("Military Forces of Ghana (2017-) Navy") == actor_head("Military Forces of Ghana (2009-2017)")
    assert actor_head("Protesters (Ghana)") == "protesters" != actor_head("Rioters (Ghana)")
    assert actor_head(None) == actor_head("") == ""


def test_the_actor_columns_count_found_events_whose_gold_names_actors(tmp_path: Path) -> None:
    # a rally the police broke up: actor1 right, actor2 wrong (the gold names no second actor); a gold file without
    # actors (the demo corpus's) counts for neither column
    expected = tmp_path / "expected.json"
    expected.write_text(json.dumps({"rally.txt": [
        {"event_type": "Protests", "sub_event_type": "Peaceful protest", "location": "Lebanon",
         "country": "United States", "date": "2025-04-05", "actor1": "Protesters (United States)", "actor2": None},
        {"event_type": "Protests", "sub_event_type": "Peaceful protest", "location": "Dayton",
         "country": "United States", "date": "2025-04-05"}]}), encoding="utf-8")
    gold = load_expected(expected)
    assert (gold["rally.txt"][0].actor2, gold["rally.txt"][1].actor1) == ("", None)
    crowd = dataclasses.replace(_event("p", "Lebanon", "United States"), actor1="Protesters (United States)",
                                actor2="Police Forces of the United States (2025-)")
    other = dataclasses.replace(_event("q", "Dayton", "United States"), actor1="Rioters (United States)")
    report = score(gold, {"rally.txt": [crowd, other]})
    assert (report.found_type, report.found_with_actors, report.found_actor1, report.found_actor2) == (2, 1, 1, 0)
    assert (report.as_dict()["actor1_of_found"], report.as_dict()["actor2_of_found"]) == (1.0, 0.0)
    alone = score(gold, {"rally.txt": [dataclasses.replace(crowd, actor2=None)]})
    assert alone.found_actor2 == 1
