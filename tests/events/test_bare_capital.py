""""The capital" by its common noun alone, in a wire filed from its country's capital, is the dateline town
(`events.capitals.bare_capital`): with the dateline read ("BUDAPEST, Feb 17, 2026 -"), the geocoder places
nothing at "Police in the capital", and the sentence took the story's last place, so a protest in the capital told
after a strike or a clash in a province became a second telling of that one. Team-written wires in several
countries; a provincial or regional capital, an apposition, "the capital of" a province, money and a desk that is
no capital are left alone."""

from __future__ import annotations

import dataclasses

import pytest

from eventwatch.events.capitals import bare_capital
from eventwatch.geo import get_gazetteer
from eventwatch.geo.gazetteer import capitals
from eventwatch.records import Place, Span


def _capital(iso: str) -> Place:
    gaz = get_gazetteer()
    return gaz.place(capitals(gaz)[iso])


@pytest.mark.parametrize(("text", "iso", "words"), [
    ("In the capital, about 200 farmers threw eggs at the agriculture ministry.", "HU", "the capital"),
    ("Police in the capital blocked 300 workers who tried to march to the labour ministry.", "KH", "the capital"),
    ("Hundreds of students marched in the capital on Monday to demand their classmates' release.", "ET",
     "the capital"),
    ("Youths burnt tyres across the capital city overnight.", "TN", "the capital city"),
])
def test_the_capital_named_by_its_noun_is_the_dateline_capital(text: str, iso: str, words: str) -> None:
    home = _capital(iso)
    [place] = bare_capital(text, 0, len(text), [], home)
    assert place.name == home.name and place.geo_precision == 1
    assert place.span is not None and place.span.text == words


@pytest.mark.parametrize("text", [
    "The wounded were flown to a hospital in Zahedan, the provincial capital.",  # an apposition, a province's
    "Residents fled to the regional capital, Dapaong.",
    "Gunmen attacked a checkpoint in the capital of Nimroz province.",  # "the capital of" another place
    "Police in the provincial capital arrested four men.",
    "Unions protested in the capital markets district's square.",  # money: no town
    "The minister returned to the capital on Monday.",  # a way's end, not "in"
    "In the capital's Wuse district, about 100 people protested.",  # the part it names is the geocoder's
])
def test_other_capitals_and_senses_add_nothing(text: str) -> None:
    assert bare_capital(text, 0, len(text), [], _capital("KE")) == []


@pytest.mark.parametrize("written", [" Khartoum", ", Khartoum"])
def test_the_capital_with_its_name_beside_it_is_the_name_s(written: str) -> None:
    text = f"CAIRO (AP) - Thousands of Sudanese rallied in the capital{written} on Wednesday."
    start = text.index("Khartoum")
    named = dataclasses.replace(_capital("SD"), span=Span(start, start + 8, "Khartoum"))
    assert bare_capital(text, 0, len(text), [named], _capital("EG")) == [named]


def test_a_desk_that_is_no_capital_or_no_dateline_adds_nothing() -> None:
    text = "Police in the capital detained two union organisers."
    provincial = dataclasses.replace(_capital("KE"), name="Kisumu", feature_code="PPLA")
    assert bare_capital(text, 0, len(text), [], None) == []
    assert bare_capital(text, 0, len(text), [], provincial) == []


def test_a_place_already_read_there_is_kept_alone() -> None:
    text = "Police in the capital detained two union organisers."
    home = _capital("KH")
    start = text.index("the capital")
    read = dataclasses.replace(home, span=Span(start, start + 11, "the capital"))
    assert bare_capital(text, 0, len(text), [read], home) == [read]


@pytest.mark.parametrize(("text", "iso", "words"), [
    ("On Tuesday, several hundred traders marched to parliament to protest a new market levy.", "KE", "parliament"),
    ("Hundreds of students demonstrated outside the presidential palace on Monday.", "SN", "presidential palace"),
    ("Later on Monday, nurses rallied in front of the health ministry to demand higher pay.", "PE", "health ministry"),
    ("Youth activists have been protesting outside the parliament building since Monday.", "NP",
     "parliament building"),
    ("Relatives stood outside the parliament to demand answers.", "KG", "parliament"),
    ("Hundreds of farmers stormed the National Assembly on Thursday.", "KH", "National Assembly"),
])
def test_a_seat_of_government_named_as_the_event_s_place_is_the_dateline_capital(text: str, iso: str,
                                                                                 words: str) -> None:
    home = _capital(iso)
    [place] = bare_capital(text, 0, len(text), [], home)
    assert place.name == home.name and place.geo_precision == 1
    assert place.span is not None and place.span.text == words


@pytest.mark.parametrize("text", [
    "Later on Monday, lawyers rallied outside the provincial assembly to demand better security.",
    "According to the interior ministry, police arrested twelve people on Monday.",
    "The ministry said calm had returned.",
    "A member of parliament for the area condemned the attack.",
    "On Tuesday, hundreds of people marched to the governor's office to demand an inquiry.",
])
def test_a_statement_or_a_province_s_seat_adds_nothing(text: str) -> None:
    assert bare_capital(text, 0, len(text), [], _capital("TN")) == []


def test_a_seat_in_a_sentence_that_places_a_town_adds_nothing() -> None:
    text = "Protesters in Kisumu marched to the county ministry office."
    start = text.index("Kisumu")
    kisumu = dataclasses.replace(_capital("KE"), name="Kisumu", feature_code="PPLA",
                                 span=Span(start, start + 6, "Kisumu"))
    assert bare_capital(text, 0, len(text), [kisumu], _capital("KE")) == [kisumu]
    assert bare_capital("Traders marched to parliament.", 0, 30, [], None) == []


# Whole-pipeline wires (`api.extract_texts`): the protest in the capital is an event of the capital.
_WIRES = [
    ("BUDAPEST, Feb 17, 2026 - Several hundred farmers blocked the Röszke border crossing with tractors on "
     "Monday to protest against imports of cheap grain, police said.\n\nIn the capital, about 200 farmers protested "
     "outside the agriculture ministry and police detained three of them.", "Budapest"),
    ("ADDIS ABABA, May 6, 2025 - Fano militiamen and government troops fought in the streets of Gondar on "
     "Sunday, residents said, and at least six civilians were killed by stray bullets.\n\nMeanwhile, hundreds of "
     "university students marched in the capital on Monday to demand the release of classmates detained last "
     "month.", "Addis Ababa"),
    # a seat of government named without its town (dates42)
    ("NAIROBI, Feb 11, 2025 - Police shot dead two men during a raid on a house in Garissa on Monday, a police "
     "statement said.\n\nOn Tuesday, several hundred traders marched to parliament to protest a new market levy. "
     "Police fired tear gas to disperse them.", "Nairobi"),
    # a landmark named without its town (dates42, `story.desk_landmark`)
    ("KAMPALA, Feb 24, 2025 - Soldiers killed four suspected cattle raiders in Moroto district on Sunday, the "
     "army said.\n\nStudents at Makerere University protested on Monday against a fee increase, and police fired "
     "tear gas to disperse them.", "Kampala"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "capital"), _WIRES)
def test_a_protest_in_the_capital_is_placed_there(text: str, capital: str) -> None:
    from eventwatch.api import extract_texts

    events = extract_texts([text])[0]
    assert any(e.location == capital and e.event_type == "Protests" for e in events), [
        (e.location, e.sub_event_type) for e in events]
