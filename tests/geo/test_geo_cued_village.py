"""A village the gazetteer lacks, which the model tags a place (GPE) and the sentence writes inside a place ("in X",
"at X"), falls back to the unit or the report's place under its own words at precision 2 (`geo/cued.py`): before,
such a name with no candidate was dropped (only a FAC or LOC name fell back), and the report's village was lost.
It stays out after a word of motion or of nearness, before a unit word, when it opens with a side of the compass, and
when its sentence names a place the gazetteer holds. Team-written sentences; the villages are invented. The stories
are placed sentence by sentence, as the pipeline places them (`events/assemble.py`)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _places(nlp: Any, geocoder: Geocoder, *sentences: str) -> dict[str, tuple[str, str, int | None]]:
    text = " ".join(sentences)
    parts, offset = [], 0
    for sentence in sentences:
        parts.append((offset, nlp(sentence)))
        offset += len(sentence) + 1
    return {text[p.span.start:p.span.end]: (p.name, p.country, p.geo_precision)
            for group in geocoder.find_places_in(parts) for p in group if p.span is not None}


@pytest.mark.parametrize(("sentences", "village", "around"), [
    (("Gunmen killed four farmers in Tarsokoba on Monday night.",
      "The attack was the third in Borno State this month, officials said."), "Tarsokoba", ("Borno", "NG", 2)),
    (("Gunmen killed four farmers at Tarsokoba on Monday night.",
      "The attack was the third in Borno State this month, officials said."), "Tarsokoba", ("Borno", "NG", 2)),
    (("Refugee women held a sit-in at the aid office in Ngarmoulé on Wednesday.",
      "They said food rations in Ouaddaï had been cut by half."), "Ngarmoulé", ("Ouaddai", "TD", 2)),
    (("Police fired tear gas at traders in Kimbululo on Friday.",
      "The traders had come from Goma, in North Kivu, to protest a new tax."), "Kimbululo", ("Goma", "CD", 2)),
])
def test_an_unknown_village_inside_which_an_act_is_told_falls_back_under_its_own_words(
        nlp: Any, geocoder: Geocoder, sentences: tuple[str, str], village: str, around: tuple[str, str, int]) -> None:
    assert _places(nlp, geocoder, *sentences).get(village) == around


@pytest.mark.parametrize(("sentences", "name"), [
    # a word of motion: where the families came from, not where anything happened
    (("Hundreds of displaced families arrived from Tarsokoba on Monday.",
      "They are sheltering in Maiduguri, Borno State."), "Tarsokoba"),
    # a word of nearness: a landmark beside the act
    (("Gunmen killed four farmers near Tarsokoba on Monday.",
      "The attack was the third in Borno State this month."), "Tarsokoba"),
    # the sentence names a town the gazetteer holds: that town is the act's place
    (("Gunmen killed four farmers in Tarsokoba on Monday, and two more died in Maiduguri.",
      "The attacks were the third in Borno State this month."), "Tarsokoba"),
    # written with its unit: a district the gazetteer lacks, no more precise than its fallback
    (("Gunmen killed four farmers in the Tarsokoba district on Monday.",
      "The attack was the third in Borno State this month."), "Tarsokoba"),
    # a side of the compass: a zone or a region, not a village
    (("Gunmen killed four farmers in West Tarsokoba on Monday night.",
      "The attack was the third in Borno State this month, officials said."), "West Tarsokoba"),
])
def test_an_unknown_name_not_written_inside_a_place_stays_out(
        nlp: Any, geocoder: Geocoder, sentences: tuple[str, str], name: str) -> None:
    assert name not in _places(nlp, geocoder, *sentences)


def test_a_name_with_no_word_of_where_before_it_stays_out(nlp: Any, geocoder: Geocoder) -> None:
    # the model tags the group's name a place; nothing in the sentence puts an act inside it
    assert "Tarsokoba" not in _places(nlp, geocoder, "Fighters of Tarsokoba said on Monday they had taken the hills.",
                                      "The attack was the third in Borno State this month.")
