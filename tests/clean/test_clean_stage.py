"""The clean stage on team-written scraped texts: furniture, captions, titles, datelines, credits, drops."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.clean import Clean
from eventwatch.records import Dateline, Document
from eventwatch.settings import Settings

CLEAN = Clean(Settings())
PARA = (
    "Hundreds of farmers blocked the main highway into Lyon on Tuesday with tractors, demanding lower fuel "
    "taxes, organisers said. Police diverted traffic for several hours and no arrests were reported."
)


def clean(raw: str, **kw: object) -> Document:
    return CLEAN(Document(raw=raw, **kw))  # type: ignore[arg-type]


def test_a_caption_between_wrapped_lines_stands_before_the_next_paragraph() -> None:
    raw = "\n".join([
        "Farmers drove their tractors into the centre of Lyon,",
        "blocking the ring road for most of the day.",
        "Jan 9, 2024 - Tractors on the Lyon ring road",
        "Police said the blockade was lifted by the evening.",
    ])
    doc = clean(raw, published="2024-01-10")
    [caption] = doc.captions
    assert caption.date == "2024-01-09"
    assert doc.text[caption.at:].startswith("Police said") and doc.text[:caption.at].endswith("day.\n\n")


def test_furniture_lines_are_removed() -> None:
    raw = "\n\n".join(
        [
            "300 x 250",
            "Share on Facebook",
            "Subscribe to our newsletter for daily updates",
            "We use cookies to improve your experience. Accept all cookies",
            "Home > World > Europe",
            "Advertisement",
            PARA,
            "Read more:",
            "© 2021 Valley Courier. All rights reserved.",
            "* * *",
        ]
    )
    doc = clean(raw)
    assert doc.text == PARA


def test_short_line_repeated_in_body_is_furniture_but_prose_repeated_is_kept_once() -> None:
    raw = "\n\n".join(
        [PARA, "Tap to expand image", "Second paragraph of the report, long enough.", "Tap to expand image", PARA]
    )
    doc = clean(raw)
    assert doc.text == PARA + "\n\nSecond paragraph of the report, long enough."


def test_dated_captions_leave_the_body_with_their_dates() -> None:
    raw = "\n\n".join(
        [
            "KABUL, March 3 (Reuters) - " + PARA,
            "March 2, 2022 — Farmers park tractors outside the ministry",
            "Second paragraph with more detail about the blockade and the police response to it.",
            "Tractors at the toll gate | 1 March",
        ]
    )
    doc = clean(raw, published="2022-03-03")
    assert [(c.text, c.date) for c in doc.captions] == [
        ("March 2, 2022 — Farmers park tractors outside the ministry", "2022-03-02"),
        ("Tractors at the toll gate | 1 March", "2022-03-01"),
    ]
    assert "Farmers park tractors" not in doc.text and "toll gate" not in doc.text
    # where each caption stood: before the second paragraph, and after the last one (the text's end)
    assert [c.at for c in doc.captions] == [doc.text.index("Second paragraph"), len(doc.text)]
    assert doc.dateline.place == "Kabul" and doc.dateline.date == "2022-03-03"
    assert doc.reported_by == "Reuters"
    assert doc.text.startswith("KABUL, March 3 (Reuters) - ")


@pytest.mark.parametrize(
    ("first", "place", "date", "agency"),
    [
        ("BEIRUT (AP) — ", "Beirut", None, "AP"),
        ("Iran, January 5, 2021—", "Iran", "2021-01-05", None),
        ("NAIROBI, Kenya, 5 January 2021 (AFP) - ", "Nairobi, Kenya", "2021-01-05", "AFP"),
        ("LAGOS — ", "Lagos", None, None),
        ("Dec 30 (Reuters) - ", None, None, "Reuters"),
    ],
)
def test_datelines(first: str, place: str | None, date: str | None, agency: str | None) -> None:
    doc = clean(first + PARA)
    if first.startswith("Dec"):
        # A yearless date with no place is not a dateline of ours; only the agency credit is.
        assert doc.reported_by == "Reuters" or doc.dateline.place is None
        return
    assert doc.dateline.place == place
    assert doc.dateline.date == date
    assert doc.reported_by == agency
    assert doc.text.startswith(first.strip()[:5])


@pytest.mark.parametrize(
    ("first", "place", "date", "agency"),
    [
        ("Flooding closes schools by Jane Doe and John Roe KAMPALA, March 3 (Reuters) - ", "Kampala", "2022-03-03",
         "Reuters"),
        ("By Jane Doe NEW YORK, March 3 - ", "New York", "2022-03-03", None),
        ("Flooding Closes Schools KAMPALA, March 3 (Reuters) - ", "Kampala", "2022-03-03", "Reuters"),
        ("Farmers block highway by Ana Ruiz GAZA CITY, Gaza Strip (Reuters) - ", "Gaza City, Gaza Strip", None,
         "Reuters"),
        ("LA PAZ, March 3 (Reuters) - ", "La Paz", "2022-03-03", "Reuters"),  # capitals throughout: one name
    ],
)
def test_dateline_behind_a_headline_or_byline(first: str, place: str, date: str | None, agency: str | None) -> None:
    """A headline or byline glued in front of the dateline on the first line: the place is the capitals'."""
    doc = clean(first + PARA, published="2022-03-04")
    assert (doc.dateline.place, doc.dateline.date, doc.reported_by) == (place, date, agency)
    assert doc.text.startswith(first.strip())  # the line stays whole in the text, so spans stay honest


@pytest.mark.parametrize(
    ("first", "place", "date", "agency"),
    [
        ("RÍO BLANCO, Chile — ", "Río Blanco, Chile", None, None),  # an accented capital inside the name
        ("SÃO TOMÉ (Reuters) - ", "São Tomé", None, "Reuters"),
        ("Évreux, March 3, 2022 — ", "Évreux", "2022-03-03", None),  # an accented capital opening the name
        ("Storm hits coast by Ana Ruiz CÓRDOBA, March 3 (Reuters) - ", "Córdoba", "2022-03-03", "Reuters"),
    ],
)
def test_datelines_with_accented_capitals(first: str, place: str, date: str | None, agency: str | None) -> None:
    """Spanish, Portuguese and French place names keep their accents in capitals; they are datelines as well."""
    doc = clean(first + PARA, published="2022-03-04")
    assert (doc.dateline.place, doc.dateline.date, doc.reported_by) == (place, date, agency)


@pytest.mark.parametrize(
    "first",
    [
        "Talks at NATO, March 3 - 5, ended without a deal. ",  # a range, not a dash opening the report
        "Officials at NATO (Reuters) - said nothing more. ",  # the report must open after the dash
        "Police said the UN (United Nations) - and Reuters - would not comment. ",  # not a wire service
        "Farmers marched on the ministry. Officials at NATO, March 3 (Reuters) - Nobody came. ",  # after a sentence
        "Farmers marched on the ministry " * 11 + "KABUL (Reuters) - Nobody came. ",  # beyond the reach
    ],
)
def test_capitals_in_a_body_sentence_are_no_dateline(first: str) -> None:
    doc = clean(first + PARA, published="2022-03-04")
    assert doc.dateline.place is None and doc.dateline.date is None


def test_yearless_dateline_resolved_against_published() -> None:
    doc = clean("KABUL, Dec 30 (Reuters) - " + PARA, published="2022-01-02")
    assert doc.dateline.date == "2021-12-30"
    assert clean("KABUL, Dec 30 (Reuters) - " + PARA).dateline.date is None  # no reference: no guess


def test_ordinary_sentence_is_not_a_dateline() -> None:
    doc = clean("Police, witnesses said, fired - at least twice - into the air. " + PARA)
    assert doc.dateline.place is None and doc.dateline.date is None


def test_byline_and_reporting_credit() -> None:
    raw = "\n\n".join(
        [
            "Farmers block highway near Lyon",
            "By Ana Ruiz and Tomas Berg",
            PARA,
            "Reporting by Lina Haddad in Lyon; Editing by Tom Wright",
        ]
    )
    doc = clean(raw)
    assert doc.title == "Farmers block highway near Lyon"
    assert doc.byline == "Ana Ruiz and Tomas Berg"
    assert doc.reported_by == "Lina Haddad"
    assert doc.text == PARA


@pytest.mark.parametrize(("line", "reported_by"), [
    ("By Rami Haddad — Published 5 September 2024", None),  # a page's time stamp is nobody's credit
    ("By Rami Haddad – Updated September 5 2024", None),
    ("By Rami Haddad | Levant Observer", "Levant Observer"),  # an outlet after the byline is
])
def test_what_follows_a_byline_is_an_outlet_not_a_time_stamp(line: str, reported_by: str | None) -> None:
    doc = clean("\n\n".join(["Farmers block highway near Lyon", line, PARA]))
    assert doc.byline == "Rami Haddad"
    assert doc.reported_by == reported_by


@pytest.mark.parametrize(("first", "byline", "place", "agency"), [
    ("By Jane Doe Staff WriterKABUL — ", "Jane Doe Staff Writer", "Kabul", None),  # glued where a break was lost
    ("By Jane Doe Staff WriterKABUL, March 3 (Reuters) - ", "Jane Doe Staff Writer", "Kabul", "Reuters"),
    ("By Jane Doe KABUL (Reuters) - ", "Jane Doe", "Kabul", "Reuters"),
    ("By Jane Doe KABUL — ", "Jane Doe", "Kabul", None),  # a whole byline before a bare dateline
    ("Flooding closes schools by Jane Doe and John Roe KAMPALA, March 3 (Reuters) - ", "Jane Doe and John Roe",
     "Kampala", "Reuters"),
    ("Schools Closed By Floods KAMPALA, March 3 (Reuters) - ", None, "Kampala", "Reuters"),  # no person named
    ("Hosts beaten by Lions AFP Sports Desk KAMPALA, March 3 (Reuters) - ", None, "Kampala", "Reuters"),  # mixed
    ("Town retaken from fighters led by ISIS- Army KAMPALA, March 3 (Reuters) - ", None, "Kampala", "Reuters"),
    ("Talks resume By JOE BLOGGS and ANA McKAY KAMPALA (Reuters) - ", "JOE BLOGGS and ANA McKAY", "Kampala",
     "Reuters"),  # names in capitals, as agencies print them
    ("Flooding closes schools KAMPALA — ", None, None, None),  # a bare dateline after a headline: not read
])
def test_a_byline_glued_before_the_dateline_is_the_byline(first: str, byline: str | None, place: str | None,
                                                          agency: str | None) -> None:
    """A byline on the dateline's line is recorded as the byline, as the same byline on a line of its own is; the
    line stays whole in the text."""
    doc = clean(first + PARA, published="2022-03-04")
    assert (doc.byline, doc.dateline.place, doc.reported_by) == (byline, place, agency)
    assert doc.text.startswith(first.strip())


def test_a_byline_of_its_own_line_comes_before_a_glued_one() -> None:
    doc = clean("\n\n".join(["Farmers block highway near Lyon", "By Ana Ruiz", "By Jane Doe KABUL — " + PARA]))
    assert (doc.byline, doc.dateline.place) == ("Ana Ruiz", "Kabul")


def test_a_name_in_capitals_after_few_small_letters_is_one_name() -> None:
    doc = clean("McALLEN, Texas, March 3 (AP) - " + PARA, published="2022-03-04")
    assert (doc.dateline.place, doc.dateline.date, doc.byline) == ("McALLEN, Texas", "2022-03-03", None)


def test_known_title_is_kept_and_removed_from_body() -> None:
    doc = clean("Farmers block highway\n\n" + PARA, title="Farmers block highway")
    assert doc.title == "Farmers block highway" and doc.text == PARA


def test_wrapped_lines_are_joined_and_paragraphs_kept() -> None:
    raw = "Police said the march\nwas peaceful and ended\nnear the town hall.\n\nA second paragraph follows here."
    doc = clean(raw)
    assert (
        doc.text
        == "Police said the march was peaceful and ended near the town hall.\n\nA second paragraph follows here."
    )


def test_id_is_sha256_of_text_and_deterministic() -> None:
    doc = clean(PARA)
    assert doc.id == hashlib.sha256(doc.text.encode()).hexdigest()[:16]
    assert clean("728 x 90\n\n" + PARA).id == doc.id


def test_empty_and_short_are_drops() -> None:
    empty = clean("728 x 90\n\nShare\n\nAdvertisement")
    assert empty.dropped is not None and (empty.dropped.stage, empty.dropped.reason) == (
        "clean",
        "empty after cleaning",
    )
    short = clean("Police came.")
    assert short.dropped is not None and short.dropped.reason == "too short: 12 characters"


lines = st.lists(
    st.one_of(
        st.sampled_from(["728 x 90", "Share", "Advertisement", PARA, "Jan 4, 2021—Youths burn tyres", "By Ana Ruiz"]),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120),
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(lines=lines, sep=st.sampled_from(["\n", "\n\n", "\r\n\r\n"]))
def test_clean_properties(lines: list[str], sep: str) -> None:
    doc = clean(sep.join(lines), published="2021-01-05")
    assert doc.id == hashlib.sha256(doc.text.encode()).hexdigest()[:16]
    for line in doc.text.split("\n\n") if doc.text else []:
        assert line and line == line.strip()
    assert "728 x 90" not in doc.text.split("\n\n")
    for caption in doc.captions:
        assert caption.text not in doc.text.split("\n\n")
        assert caption.date is None or len(caption.date) == 10
        assert caption.at is not None and 0 <= caption.at <= len(doc.text)
        assert caption.at in (0, len(doc.text)) or doc.text[caption.at - 2:caption.at] == "\n\n"
    if doc.dropped is None:
        assert len(doc.text) >= 40
    assert CLEAN(Document(raw=sep.join(lines), published="2021-01-05")) == doc  # deterministic


@pytest.mark.parametrize(("line", "published", "date"), [
    ("2024-03-02-Farmers park tractors outside the ministry", None, "2024-03-02"),  # an ISO day glued to the dash
    ("Fri Mar 1, 2024 - Farmers park tractors outside the ministry", None, "2024-03-01"),  # abbreviated weekday
    ("Tractors at the toll gate - 20 April", "2024-03-03", "2023-04-20"),  # a photo is of the past: last April
    ("Tractors at the toll gate - 8 March", "2024-03-03", "2024-03-08"),  # up to a week after the report
    ("Tractors at the toll gate - 1 March", None, None),  # no year and no date to place it: a caption, undated
])
def test_caption_dates_are_read_by_the_one_date_parser(line: str, published: str | None, date: str | None) -> None:
    doc = clean("\n\n".join([PARA, line, "Second paragraph with more detail about the blockade and the police."]),
                published=published)
    assert [(c.text, c.date) for c in doc.captions] == [(line, date)]


def test_an_impossible_day_makes_no_caption_and_a_weekday_is_not_a_place() -> None:
    doc = clean("\n\n".join([PARA, "Feb 30, 2024 - Tractors at the toll gate"]), published="2024-03-03")
    assert not doc.captions and "Tractors at the toll gate" in doc.text
    doc = clean("KABUL, Tuesday, March 3 (Reuters) - " + PARA, published="2020-03-05")
    assert (doc.dateline.place, doc.dateline.date) == ("Kabul", "2020-03-03")


@pytest.mark.parametrize(("stamp", "day"), [
    ("Lakeside Wire, Bangkok, 17 October 2020", "2020-10-17"),
    ("Harbour Gazette live updates, Friday, November 29, 2024", "2024-11-29"),
])
def test_the_pages_date_line_dates_a_report_whose_dateline_has_none(stamp: str, day: str) -> None:
    # a report with no publication date and a dateline without a date ("BANGKOK — ...") or none at all: the header
    # line holding outlet, place and day anchors "on Friday" as a dated dateline would
    raw = "\n\n".join(["Police disperse rally in capital", stamp, "BANGKOK — " + PARA])
    doc = clean(raw)
    assert doc.dateline is not None and doc.dateline.date == day
    assert doc.reference_date == day
    assert stamp in doc.text  # the line stays where it was: the text and its id do not change


def test_a_date_inside_a_header_line_or_a_publication_date_wins_over_no_stamp() -> None:
    raw = "\n\n".join(["Police disperse rally in capital", "Updated 17 October 2020 at noon", "BANGKOK — " + PARA])
    assert clean(raw).dateline.date is None  # the day does not end the line: no stamp
    raw = "\n\n".join(["Police disperse rally in capital", "Lakeside Wire, Bangkok, 17 October 2020",
                       "BANGKOK — " + PARA])
    assert clean(raw, published="2020-10-18").dateline.date is None  # metadata gave the day already


@pytest.mark.parametrize(("first", "place", "date"), [
    # a report written all in lower case: no capital marks the place, so its shape alone does ("place, day:")
    ("ludhiana, february 14, 2024: ", "Ludhiana", "2024-02-14"),
    ("new delhi, 14 february 2024 - ", "New Delhi", "2024-02-14"),
    ("sadar bazar, ludhiana, february 14, 2024: ", "Sadar Bazar, Ludhiana", "2024-02-14"),
])
def test_a_lower_case_report_has_its_dateline_read(first: str, place: str, date: str) -> None:
    doc = clean(first + "police on wednesday detained around 40 farmers who had blocked the toll plaza since "
                "tuesday morning. the farmers were released in the evening, police said.")
    assert (doc.dateline.place, doc.dateline.date) == (place, date)


def test_a_lower_case_sentence_with_a_date_is_no_dateline() -> None:
    # more than three words before the date: a sentence, not a place
    doc = clean("the police in the city said on february 14, 2024: nothing more would be done about the farmers "
                "who blocked the plaza.")
    assert doc.dateline.date is None


@pytest.mark.parametrize(("first", "place", "date", "agency"), [
    # a wire's dateline with a two-digit year after the day and month (telex and agency copy); the century is
    # POSIX's %y (69-99 the 1900s, 00-68 the 2000s)
    ("MOMBASA, 14 MAR 24 (WIRE) -- [TEXT] ", "Mombasa", "2024-03-14", "WIRE"),
    ("QUITO, 3 FEB 91 (EFE) -- [TEXT] ", "Quito", "1991-02-03", "EFE"),
    ("Quito, 3 Feb 91 (EFE) - ", "Quito", "1991-02-03", "EFE"),
    ("MOMBASA, MAR 14 24 (WIRE) -- ", "Mombasa", "2024-03-14", "WIRE"),
    ("MOMBASA, 14 MAR 2024 (WIRE) -- ", "Mombasa", "2024-03-14", "WIRE"),  # a year of four digits, as before
])
def test_a_wire_dateline_with_a_two_digit_year(first: str, place: str, date: str, agency: str) -> None:
    doc = clean(first + PARA)
    assert (doc.dateline.place, doc.dateline.date, doc.reported_by) == (place, date, agency)
    assert doc.reference_date == date  # "on Tuesday" of the report is read against it


def test_a_two_digit_number_after_a_day_in_a_sentence_is_no_year() -> None:
    # only between a dateline's day and its agency or dash is "24" a year; in a sentence it is a count
    doc = clean("Police said on 14 March 24 people were hurt when farmers blocked the highway into Lyon with "
                "tractors, demanding lower fuel taxes.", published="2024-03-15")
    assert doc.dateline.date is None
    doc = clean("MOMBASA, 14 MAR 24 people were hurt -- " + PARA)
    assert doc.dateline.date is None


@pytest.mark.parametrize("stamp", ["By staff writer | Sunday, April 6, 2025", "Metro desk · Sunday, April 6, 2025"])
def test_a_bylines_date_after_a_bar_is_the_pages_date_line(stamp: str) -> None:
    # the page's byline and date on one line, split by a bar or a middle dot, is the report's day: without it the
    # report had no reference, the lead's "on Saturday" was left unread, and the line's day (read as a photo
    # caption's, as it still is) dated the lead's rally to Sunday
    raw = "\n\n".join(["Hundreds rally outside the courthouse", stamp, "SPRINGFIELD — " + PARA])
    doc = clean(raw)
    assert (doc.dateline.place, doc.dateline.date) == ("Springfield", "2025-04-06")
    assert doc.reference_date == "2025-04-06"


@pytest.mark.parametrize(("stamp", "day"), [
    ("Thursday, 14 March 2024", "2024-03-14"),
    ("Saturday, June 8, 2024", "2024-06-08"),
    ("8 June 2024", "2024-06-08"),
    ("Fri 11 Oct 2024", "2024-10-11"),
    ("2025-01-20", "2025-01-20"),
])
def test_a_day_alone_on_a_header_line_is_the_pages_date_line(stamp: str, day: str) -> None:
    # a brief-news column prints its heading and its day on lines of their own, then items with no dateline
    # ("REGIONAL ROUNDUP" / "Thursday, 14 March 2024" / "KISUMU: Police fired tear gas on Wednesday ..."): the day
    # alone is the page's date, as one after a comma or a bar is; without it every item's "on Wednesday" was undated
    item = ("KISUMU: Police fired tear gas on Wednesday to disperse traders who had blocked the road to the market "
            "in protest at new stall fees, and three traders were arrested, the county commander said.")
    doc = clean("\n\n".join(["REGIONAL ROUNDUP", stamp, item]))
    assert doc.dateline is not None and doc.dateline.date == day
    assert doc.reference_date == day
    assert stamp in doc.text  # the line stays where it was: the text and its id do not change


@pytest.mark.parametrize("line", ["Monday, March 4", "Updated 8 June 2024 at noon",
                                  "8 June 2024 - Traders block a road"])
def test_a_header_line_with_more_than_a_whole_day_is_no_date_line(line: str) -> None:
    # no year (nothing places it), words after the day, or a caption's text after its dash: no page date
    doc = clean("\n\n".join(["REGIONAL ROUNDUP", line, "KISUMU: " + PARA]))
    assert doc.reference_date is None


@pytest.mark.parametrize(("head", "date"), [
    ("Saint-Louis, Senegal - March 4, 2026", "2026-03-04"),
    ("Kaolack - Wednesday, March 4, 2026", "2026-03-04"),
])
def test_a_place_dash_day_line_is_the_page_date_not_a_caption(head: str, date: str) -> None:
    """A head line of a place in capitalised words, a dash and a whole day is the page's date line: the report's
    day (its "on Monday" is counted from it), not a photo's caption dating the lead's paragraph."""
    doc = clean(f"FISHERS BLOCK THE PORT\n{head}\n\n{PARA}")
    assert doc.dateline.date == date
    assert doc.captions == ()


def test_a_caption_of_small_words_before_its_dash_stays_a_caption() -> None:
    doc = clean(f"{PARA}\n\nFarmers drive tractors into the city - March 3, 2026\n\n{PARA}")
    assert [c.date for c in doc.captions] == ["2026-03-03"]


def test_a_dateline_whose_day_follows_its_dash_gets_that_day() -> None:
    """"DAKAR, Senegal - Thursday, March 5, 2026" on a line of its own: the dateline's place is read, and the day
    after its dash is the report's (before, the report had no day and its "on Tuesday" was undated)."""
    doc = clean(f"Fishers block the port\n\nDAKAR, Senegal - Thursday, March 5, 2026\n\n{PARA}")
    assert doc.dateline.date == "2026-03-05"


@pytest.mark.parametrize("first", [
    "DAKAR, Senegal - Thursday, March 5, 2026, officials said fishers would strike.",  # words after the day
    "DAKAR, Senegal - Officials said on Thursday, March 5, 2026 that fishers would strike at the port.",
])
def test_a_dateline_with_words_beside_the_day_after_its_dash_gets_no_day(first: str) -> None:
    doc = clean(f"Fishers block the port\n\n{first}\n\n{PARA}")
    assert doc.dateline == Dateline("Dakar, Senegal", None)
