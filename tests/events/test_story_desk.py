"""The dateline town is where the reporter filed from, not where a wire's events happened (issues 10 and 12): a name
the gazetteer cannot place, which the geocoder reads as the dateline town, goes to the story's lead event place
(`story.off_the_desk`), and an event no place reaches takes the lead's place before the dateline town
(`StoryPlace.fallback`). A dateline town named as a landmark of another place ("north of Cairo", "flown to Lomé for
treatment") still makes the story about it (dates41: dates39's `_landmark` added an event on a reported half).
Team-written reports in several countries."""

from __future__ import annotations

import dataclasses

import pytest

from eventwatch.events.story import StoryPlace, desk_landmark, off_the_desk
from eventwatch.records import Dateline, Document, Event, Evidence, Place, Span


def _place(name: str, country: str, *, code: str = "PPL", written: str | None = None, precision: int = 1,
           gid: int | None = None) -> Place:
    words = written or name
    return Place(name=name, latitude=0.0, longitude=0.0, country=country, feature_code=code,
                 geonameid=gid if gid is not None else abs(hash(name)) % 10_000, geo_precision=precision,
                 span=Span(500, 500 + len(words), words))


def _event(place: Place) -> Event:
    return Event(event_id="e", doc_id="t", event_type="Battles", sub_event_type="Armed clash",
                 evidence=Evidence(sentence=Span(0, 10, "Gunmen...")), location=place.name, country=place.country)


NIAMEY = _place("Niamey", "NE", code="PPLC", gid=1)
MARADI = _place("Maradi", "NE", code="PPLA", gid=2)
QUITO = _place("Quito", "EC", code="PPLC", gid=3)
ESMERALDAS = _place("Esmeraldas", "EC", code="PPLA", gid=4)


@pytest.mark.parametrize(("home", "lead", "written"), [
    # "the village of Dan Kori" (unknown) in a wire filed from NIAMEY on a raid near Maradi, 600 km east
    (NIAMEY, MARADI, "Dan Kori"),
    # "the hamlet of La Tola" in a wire filed from QUITO on a clash near Esmeraldas
    (QUITO, ESMERALDAS, "La Tola"),
    # a day misread as a place ("In Monday's statement, ... air support drove them back")
    (NIAMEY, MARADI, "Monday"),
])
def test_an_unknown_name_read_as_the_dateline_town_goes_to_the_lead(home: Place, lead: Place, written: str) -> None:
    stand_in = _place(home.name, home.country, code=home.feature_code, written=written, precision=2,
                      gid=home.geonameid)
    moved = off_the_desk([stand_in], home, [(_event(lead), lead)])
    assert [(p.name, p.geo_precision) for p in moved] == [(lead.name, 2)]
    assert moved[0].span == stand_in.span  # the words the report wrote stay its evidence


@pytest.mark.parametrize("text", [
    "Police clashed with gang members in the Solino neighbourhood on Monday night.",
    "In the suburb of Solino, youths burnt tyres and threw stones at police vehicles.",
    "Hundreds of traders protested in the Solino slum against the demolition of their stalls.",
    "Gunmen shot dead two men in Solino township late on Friday.",
])
def test_an_unknown_part_of_a_town_read_as_the_dateline_town_stays_there(text: str) -> None:
    start = text.index("Solino")
    stand_in = dataclasses.replace(_place("Niamey", "NE", code="PPLC", written="Solino", precision=2, gid=1),
                                   span=Span(start, start + 6, "Solino"))
    # the lead was at Maradi: a neighbourhood, suburb, slum or township is the desk's own town's
    assert off_the_desk([stand_in], NIAMEY, [(_event(MARADI), MARADI)], text) == [stand_in]
    # the same name told as a village goes to the lead (`test_an_unknown_name_read_as_the_dateline_town_...`)
    village = "Gunmen raided the village of Solino on Monday."
    at = village.index("Solino")
    raided = dataclasses.replace(stand_in, span=Span(at, at + 6, "Solino"))
    assert [p.name for p in off_the_desk([raided], NIAMEY, [(_event(MARADI), MARADI)], village)] == ["Maradi"]


def test_the_dateline_town_stays_where_the_story_has_no_other_place() -> None:
    stand_in = _place("Niamey", "NE", code="PPLC", written="Kokorou", precision=2, gid=1)
    # no event placed yet (the lead itself names only the unknown village)
    assert off_the_desk([stand_in], NIAMEY, []) == [stand_in]
    # the lead placed at the dateline town: a short local brief
    assert off_the_desk([stand_in], NIAMEY, [(_event(NIAMEY), NIAMEY)]) == [stand_in]
    # the lead placed at a country only, or abroad (filed from NIAMEY on a raid in Ecuador): the reading stands
    niger = _place("Niger", "NE", code="PCLI", precision=3, gid=7)
    assert off_the_desk([stand_in], NIAMEY, [(_event(niger), niger)]) == [stand_in]
    assert off_the_desk([stand_in], NIAMEY, [(_event(ESMERALDAS), ESMERALDAS)]) == [stand_in]


@pytest.mark.parametrize("place", [
    # the dateline town named by its own words, outright or as part of a name ("Niamey-based")
    _place("Niamey", "NE", code="PPLC", gid=1),
    _place("Niamey", "NE", code="PPLC", written="Niamey-based", precision=2, gid=1),
    # another town near an unknown name (the geocoder's town named last in the paragraph), not the dateline's
    _place("Zinder", "NE", written="Garin Dogo", precision=2, gid=9),
])
def test_other_places_are_left_as_read(place: Place) -> None:
    assert off_the_desk([place], NIAMEY, [(_event(MARADI), MARADI)]) == [place]


def _story(text: str, dateline: str, home: Place) -> StoryPlace:
    doc = Document(raw=text, text=text, id="t", dateline=Dateline(place=dateline))
    return StoryPlace(doc, home, (0, text.index(" - ") + 3))


@pytest.mark.parametrize("text", [
    "CAIRO, Nov 3 (wire) - A bus overturned near Tukh, in Qalyubia province north of Cairo, killing six.",
    "NIAMEY, May 2 (wire) - Gunmen raided a village about 600 km east of Niamey, killing nine.",
    "QUITO, June 3 (wire) - Troops clashed with gunmen 300 kilometres north-west of Quito on Sunday.",
    "CAIRO, Nov 3 (wire) - A train travelling from Cairo to Mansoura hit a truck near Benha.",
    "LOMÉ, April 29 (wire) - Gunmen attacked a post at Mandouri. The wounded were flown to Lomé for treatment.",
    "CAIRO, Nov 3 (wire) - A bus overturned near Tukh. In Cairo, relatives gathered outside the ministry.",
    "NIAMEY, May 2 (wire) - Gunmen raided Dan Kori. Students marched through Niamey on Monday.",
])
def test_the_dateline_town_named_as_a_place_of_the_story_still_counts(text: str) -> None:
    head = text.split(",")[0]
    story = _story(text, head, _place(head.title(), "XX", code="PPLC", gid=1))
    story.set([_place("Far Town", "XX")])
    assert story.at(len(text)) == []  # the fallback's dateline town is where the story is (`fallback_place`)



def test_the_fallback_is_the_lead_place_before_the_dateline_town() -> None:
    text = "NIAMEY, May 2 (wire) - Gunmen raided a market in Maradi, killing nine. Two more died later."
    story = _story(text, "NIAMEY", NIAMEY)
    at = text.index("Two more")
    # the lead placed its raid at Maradi, 600 km from the desk: an event no place reaches goes there
    assert story.fallback(NIAMEY, NIAMEY, at, [(_event(MARADI), MARADI)]) == MARADI
    # nothing placed yet, the lead at the desk or at the country only: the dateline town stands
    assert story.fallback(NIAMEY, NIAMEY, at, []) == NIAMEY
    assert story.fallback(NIAMEY, NIAMEY, at, [(_event(NIAMEY), NIAMEY)]) == NIAMEY
    niger = _place("Niger", "NE", code="PCLI", precision=3, gid=7)
    assert story.fallback(NIAMEY, NIAMEY, at, [(_event(niger), niger)]) == NIAMEY
    # a lead in another country than the desk's (filed from abroad): the fallback as it was
    assert story.fallback(NIAMEY, NIAMEY, at, [(_event(QUITO), QUITO)]) == NIAMEY
    # a country as the fallback (a report on another country than the desk's) is left alone
    assert story.fallback(niger, NIAMEY, at, [(_event(MARADI), MARADI)]) == niger


def test_a_story_that_names_its_dateline_town_falls_back_to_it() -> None:
    text = "NIAMEY, May 2 (wire) - Gunmen raided Maradi. In Niamey, students marched. Two were hurt."
    story = _story(text, "NIAMEY", NIAMEY)
    assert story.fallback(NIAMEY, NIAMEY, text.index("Two were"), [(_event(MARADI), MARADI)]) == NIAMEY


# Whole-pipeline reports (`api.extract_texts`): a wire's dated dateline is read, so its date anchors the story's
# weekdays, and its town is no place of the story's events unless the story names no other (the short local brief).
# (`dates42-safe`: without the credit in small letters, `clean.meta` reads the dateline with a date and a dash.)
_WIRES = [
    ("ABUJA, March 4, 2024 - Gunmen killed six farmers in an attack on a village in Zamfara state on Sunday, "
     "police said on Monday.\n\nThe attackers stormed the hamlet of Kwanar Dutsi, about 30 km west of Gusau, shortly "
     "after dawn and drove off cattle, residents said. Two more villagers died of their wounds in hospital.",
     "Abuja", "2024-03-03"),
    ("LIMA, May 6, 2024 - Police fired tear gas at hundreds of miners who blocked the Pan-American "
     "highway near Chala, in the Arequipa region, on Sunday, local media reported.\n\n"
     "The miners, who demand the renewal of their permits, burned tyres and threw stones at the officers.",
     "Lima", "2024-05-05"),
    ("KYIV, 12 February 2024 - Russian artillery shelled the town of Kupiansk in the Kharkiv region on "
     "Sunday, killing two civilians, the regional governor said on Monday.\n\nA school and several houses were "
     "damaged, he said.", "Kyiv", "2024-02-11"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "desk", "day"), _WIRES)
def test_a_dated_wire_is_dated_and_not_placed_at_its_desk(text: str, desk: str, day: str) -> None:
    from eventwatch.api import extract_texts

    events = extract_texts([text])[0]
    assert events
    assert desk not in {e.location for e in events}
    assert day in {e.event_date for e in events}


@pytest.mark.slow
def test_a_short_brief_whose_only_place_is_its_dateline_town_stays_there() -> None:
    from eventwatch.api import extract_texts

    text = ("KISUMU, June 4, 2024 - Police fired tear gas at hundreds of traders who were protesting against "
            "new market fees on Monday, witnesses said.\n\nSeveral stalls were set on fire before the crowd "
            "dispersed in the evening.")
    events = extract_texts([text])[0]
    assert events
    assert {e.location for e in events} == {"Kisumu"}
    assert "2024-06-03" in {e.event_date for e in events}


@pytest.mark.parametrize(("text", "carried"), [
    ("The wounded soldiers were flown to Niamey for treatment.", True),
    ("The two wounded soldiers were flown by helicopter to Niamey, where they were treated.", True),
    ("Eleven injured villagers were evacuated to Niamey on Sunday.", True),
    ("Survivors were rushed to Niamey overnight.", True),
    ("Protesters were taken to Niamey's central police station.", False),  # no one hurt: an arrest's way
    ("Hundreds of students marched to Niamey's city hall.", False),
    ("Gunmen attacked a convoy near Niamey, wounding four.", False),  # the town is where it happened
    # a clause told at the town follows it: its event is the town's (dates42)
    ("Nine wounded soldiers were flown to Niamey, where hundreds of relatives protested outside the hospital.", False),
    ("The injured were airlifted to Niamey where angry crowds later blocked the main road.", False),
    ("Two wounded miners were airlifted to Niamey, where they were treated at the public hospital.", True),
    ("The injured were evacuated to Niamey, where the wounded were admitted to the main hospital.", True),
])
def test_the_desk_named_only_as_where_the_wounded_were_carried_is_an_aside(text: str, carried: bool) -> None:
    from eventwatch.events.story import carried_to_desk

    start = text.index("Niamey")
    written = dataclasses.replace(NIAMEY, span=Span(start, start + 6, "Niamey"))
    assert carried_to_desk(text, written, NIAMEY) is carried
    assert not carried_to_desk(text, written, None)  # no read dateline: no desk
    maradi = dataclasses.replace(MARADI, span=Span(start, start + 6, "Niamey"))
    assert not carried_to_desk(text, maradi, NIAMEY)  # another town than the desk's: `asides.treated_at`'s


@pytest.mark.parametrize(("text", "written"), [
    ("On Monday, dozens of activists gathered at Tahrir Square to protest against bread prices.", "Tahrir Square"),
    ("Youths burnt tyres on Kenyatta Avenue overnight.", "Kenyatta"),  # the kind written after the name read
    ("Teachers marched to Plaza Murillo on Tuesday.", "Plaza Murillo"),
    ("Opposition supporters rallied at Uhuru Park before police fired tear gas.", "Uhuru Park"),
])
def test_a_named_square_or_street_read_as_the_dateline_town_stays_there(text: str, written: str) -> None:
    start = text.index(written)
    stand_in = dataclasses.replace(_place("Niamey", "NE", code="PPLC", written=written, precision=2, gid=1),
                                   span=Span(start, start + len(written), written))
    # a wire filed from a town names that town's landmarks without it: not the lead's Maradi
    assert off_the_desk([stand_in], NIAMEY, [(_event(MARADI), MARADI)], text) == [stand_in]


@pytest.mark.parametrize(("text", "written"), [
    ("Students at Makerere University protested on Monday against a fee increase.", "Makerere University"),
    ("Thousands of opposition supporters rallied at the Kamukunji grounds on Monday.", "Kamukunji grounds"),
    ("Garment workers held a rally in front of the National Press Club on Monday.", "National Press Club"),
    ("On Tuesday, thousands of students gathered in Plaza Bolívar to demand free tuition.", "Plaza Bolívar"),
])
def test_a_landmark_named_without_a_town_is_at_the_desk(text: str, written: str) -> None:
    [place] = desk_landmark(text, 0, len(text), [], QUITO)
    assert (place.name, place.geo_precision) == ("Quito", 1)
    assert place.span is not None and place.span.text == written


@pytest.mark.parametrize("text", [
    # the landmark's name is the village the story told of: the village's market, not the desk's
    "ADF rebels attacked the village of Mamove on Sunday. The attackers also looted Mamove market.",
    # a national park is no town's
    "Soldiers clashed with rebels on the edge of Queen Elizabeth National Park on Tuesday.",
    # a square named in no landmark's form
    "Traders protested at the market on Monday.",
])
def test_other_landmarks_are_left_alone(text: str) -> None:
    assert desk_landmark(text, 0, len(text), [], QUITO) == []


def test_a_sentence_placed_already_or_with_no_dateline_is_left_alone() -> None:
    text = "Traders at Mandera's Bulla market protested on Tuesday."
    assert desk_landmark(text, 0, len(text), [ESMERALDAS], QUITO) == [ESMERALDAS]
    assert desk_landmark(text, 0, len(text), [], None) == []
