"""A chronology's dated entries are text, not captions, and a heading's kicker is no dateline (dates46, issues 10
and 12; trial12's fix-half class 3). Team-written variants: other countries, date forms and separators."""

from __future__ import annotations

from eventwatch.clean.captions import chronology
from eventwatch.clean.meta import find_dateline
from eventwatch.clean.stage import Clean
from eventwatch.records import Document
from eventwatch.sentences import split_sentences
from eventwatch.settings import Settings

KENYA = """TIMELINE - Protests over the finance bill in Kenya
Nairobi, 20 March 2025

Opposition supporters have staged protests across the country this month. The main events:

March 3, 2025 - Several thousand students marched through Kisumu.

March 9, 2025 - Police fired tear gas at protesters in Nakuru.

March 15, 2025 - Unidentified men set fire to a police post in Eldoret.
"""


def _clean(raw: str) -> Document:
    return Clean(Settings.load())(Document(raw=raw, origin="team"))


def test_timeline_entries_stay_in_the_body_and_the_heading_line_dates_the_report() -> None:
    doc = _clean(KENYA)
    assert doc.captions == ()
    assert "set fire to a police post in Eldoret" in doc.text
    assert doc.dateline.date == "2025-03-20"  # "Nairobi, 20 March 2025" under the heading, not "Timeline"
    assert doc.dateline.place is None


def test_a_lone_dated_caption_is_still_a_caption() -> None:
    raw = ("KAMPALA, 5 May 2025 - Traders closed their shops in protest at a new tax on Monday.\n\n"
           "May 4, 2025 - Traders gather outside a market in Kampala\n\n"
           "The tax was withdrawn on Tuesday after talks with the finance ministry.\n")
    doc = _clean(raw)
    assert [c.date for c in doc.captions] == ["2025-05-04"]


def test_chronology_needs_three_entries_in_a_row() -> None:
    entries = ["2 February 2026: Farmers block a road.", "6 February 2026: Police clear it.",
               "11 February 2026: A toll booth burns."]
    assert chronology(entries)
    assert chronology(["Feb. 2 - A march.", "Feb. 4 - A strike.", "Feb. 9 - A vigil."])
    assert not chronology([entries[0], "A paragraph of text between two photos.", entries[1], entries[2][:0]])
    assert not chronology(["On 5 May 2022, protesters marched.", "On 6 May 2022, police fired.",
                           "On 7 May 2022, a strike began."])  # a sentence's adverbial, as ACLED's notes open


def test_kicker_is_no_dateline_place() -> None:
    assert find_dateline("TIMELINE - Three weeks of road blockades in Cochabamba", None) is None
    assert find_dateline("FACTBOX - Who are the rebels in the north", None) is None
    found = find_dateline("BEIRUT - Protesters blocked roads in the capital on Monday.", None)
    assert found is not None and found.dateline.place == "Beirut"


def test_entry_head_is_a_sentence_of_its_own() -> None:
    for text, head in (("2 February 2026: Several hundred farmers block the highway. It is peaceful.",
                        "2 February 2026:"),
                       ("Feb. 14 - About 2,000 traders march through the city.", "Feb. 14 -"),
                       ("Monday 2 February: Police fire tear gas.", "Monday 2 February:"),
                       ("2/2: Blockaders throw stones.", "2/2:")):
        assert text[slice(*split_sentences(text)[0])] == head
    text = "On 5 May 2022, protesters marched in Lagos."
    assert [text[a:b] for a, b in split_sentences(text)] == [text]
