"""Recognition rules beyond spaCy's labels: locative cues, names inside names, demonyms, datelines, scoping."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.records import Place


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, Place]:
    return {p.span.text: p for p in geocoder.find_places(nlp(text)) if p.span is not None}


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Hundreds of protesters in Dahuk demanded their unpaid salaries.", "Dahuk", "IQ"),
    ("Artillery struck positions near Duhok overnight.", "Duhok", "IQ"),
    ("The Kharkiv-based volunteer unit pulled back.", "Kharkiv", "UA"),
    ("In Washington, officials met the envoy for talks.", "Washington", "US"),
])
def test_locative_cues_make_places(nlp: Any, geocoder: Geocoder, text: str, mention: str, country: str) -> None:
    places = _places(nlp, geocoder, text)
    assert mention in places, places
    assert places[mention].country == country


def test_place_inside_an_organisation_name(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "Officials at the Central Bank of Malta said rates would rise.")
    assert places["Malta"].country == "MT"
    assert places["Malta"].geo_precision == 2  # placed through a longer name, not named as the event's place


def test_demonym_the_model_leaves_out(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "Azerbaijani soldiers mined the road last week.")
    assert places["Azerbaijani"].country == "AZ"


def test_all_capitals_dateline(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "KOLKATA, India – Officers arrested two men on Monday.")
    assert places["KOLKATA"].name == "Kolkata"


@pytest.mark.parametrize("text", [
    "Police said the Bank would reopen after the Mission left.",
    "Ian Holloway praised his players. Holloway said the team was ready.",
    "Ali said that Soleimani had been praised.",
])
def test_common_words_and_personal_names_stay_out(nlp: Any, geocoder: Geocoder, text: str) -> None:
    assert _places(nlp, geocoder, text) == {}


def test_a_big_place_that_is_also_a_surname(nlp: Any, geocoder: Geocoder) -> None:
    assert "Houston" in _places(nlp, geocoder, "Flooding closed three schools in Houston on Friday.")
    text = "Actor Denzel Washington won the award. Washington thanked his family."
    assert "Washington" not in _places(nlp, geocoder, text)


def test_town_and_province_in_parentheses(nlp: Any, geocoder: Geocoder) -> None:
    places = geocoder.find_places(nlp("On 4 May 2022, in Villavicencio (Meta), farmers marched to the town hall."))
    assert [p.name for p in places][:1] == ["Villavicencio"]


def test_town_and_part_of_it(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "In Manaus - East Zone (Amazonas), police and a gang exchanged fire on 2 June "
                     "2022.")
    assert places["Manaus"].country == "BR"


def test_place_word_inside_the_entity(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "Russian forces shelled Chervonyi Yar district, Mykolaiv, overnight.")
    # the gazetteer's only Chervonyi Yar lies in another oblast, so the qualifier's region stands in for it
    found = [p for text, p in places.items() if text.startswith("Chervonyi Yar")]
    assert found and found[0].country == "UA" and found[0].admin1 == "Mykolaiv", places


def test_name_with_a_linking_particle_stays_whole(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "Gunmen attacked a checkpoint in Deir ez Zor on Sunday.")
    assert places["Deir ez Zor"].country == "SY", places


def test_a_country_before_a_possessive_stays_the_country(nlp: Any, geocoder: Geocoder) -> None:
    # "Mali's" ran on over its "'s" into the key "malis", a village in Germany; a town's name ending in "'s" still
    # runs on (St. John's, Newfoundland, not Saint John, New Brunswick)
    places = _places(nlp, geocoder, "A drone strike by Mali's army killed 13 villagers near Gao on Sunday.")
    assert places["Mali"].country == "ML" and "Mali's" not in places, places
    places = _places(nlp, geocoder, "Nurses marched through St. John's on Tuesday.")
    assert places["St. John's"].country == "CA", places


def test_a_look_alike_labelled_gpe_is_not_moved_to_the_document_place(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "Firefighters in Salisbury said Yulia had phoned her cousin.")
    assert "Yulia" not in places  # the model's GPE on a first name; only a look-alike town matches it


def test_country_abbreviations_inside_other_names(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "The grant is worth 40 million US dollars, officials said.")
    assert places["US"].country == "US"
    assert "SA" not in _places(nlp, geocoder, "SA Power Networks restored supply on Monday.")


@pytest.mark.parametrize("text", [
    "The MoD has confirmed the death, TASS reported.",
    "Noma said her daughter had a rash.",
])
def test_acronyms_and_speakers_matching_small_towns_are_not_places(nlp: Any, geocoder: Geocoder, text: str) -> None:
    assert _places(nlp, geocoder, text) == {}


def test_town_followed_by_its_province(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "On 3 April 2022, artillery hit Huliaipole, Zaporizhzhia. Casualties unknown.")
    assert places["Huliaipole"].country == "UA", places


def test_big_place_opening_a_sentence(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "The army advanced overnight. Aleppo is surrounded by government forces.")
    assert places["Aleppo"].country == "SY", places


def test_dotted_country_abbreviation_inside_a_name(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "A complaint was filed by the U.S. Securities and Exchange Commission.")
    assert places["U.S."].country == "US", places


def test_a_site_entity_holding_its_town_gives_the_town(nlp: Any, geocoder: Geocoder) -> None:
    # the model reads "the Town Hall in Leeds" as one facility; the town inside it is the place
    places = _places(nlp, geocoder, "Students gathered outside the Town Hall in Leeds on Friday.")
    assert "Leeds" in places and (places["Leeds"].country, places["Leeds"].admin1) == ("GB", "England")


def test_an_entity_ending_in_a_comma_keeps_its_province_apart(nlp: Any, geocoder: Geocoder) -> None:
    """The model may take the comma into the name ("Agua Blanca Sur,"): the province after it is still read as the
    place's province, not as more of its name."""
    places = geocoder.find_places(nlp("On 2 May, in Agua Blanca Sur, Yoro, gunmen killed a driver."))
    assert places and places[0].span is not None
    assert (places[0].span.text, places[0].country, places[0].admin1) == ("Agua Blanca Sur", "HN", "Yoro")


def test_a_word_opens_its_line_alike_on_the_doc_and_on_its_view(nlp: Any) -> None:
    # one test of "opens its line" for a column item's town (read on the Doc) and a dateline's (read on the view)
    from eventwatch.geo.beyond import _opens_line
    from eventwatch.geo.view import words

    doc = nlp("NEWS IN BRIEF\nMOPTI: Traders closed their stalls.\n\nSEGOU, May 2 - Police fired tear gas.")
    view = words(doc)
    opening = [t.text for t in doc if _opens_line(doc, t.i)]
    assert opening == ["NEWS", "MOPTI", "SEGOU"]  # a line break is a word of the line it ends
    assert [w.text for w in view if _opens_line(view, w.i)] == opening
