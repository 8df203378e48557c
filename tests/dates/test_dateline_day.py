"""The report's day of a dateline the clean stage left unread (`dates.dateline_day`, dates49; issues 10 and 12): a
wire's "(wire)" credit in small letters or a weekday before the day. Team-written wires."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.api import extract
from eventwatch.dates import find_dates
from eventwatch.dates.dateline_day import (
    acts_weekday,
    before_the_leads_statement,
    dateline_day,
    lead_dates,
    opens_with_weekday,
    statement_frame,
)


@pytest.mark.parametrize(("text", "day"), [
    ("MOMBASA, October 9, 2024 (wire) - Dock workers walked off the job on Tuesday.", dt.date(2024, 10, 9)),
    ("Strike at the port\n\nMOMBASA, 9 October 2024 (wire) - Dock workers walked off the job on Tuesday.",
     dt.date(2024, 10, 9)),
    ("CASTRIES, Thursday 3 April 2025 - Bus drivers blocked the highway yesterday.", dt.date(2025, 4, 3)),
    ("PORT LOUIS, Mauritius, 2 July 2023 (staff) -- Fishermen marched on Saturday.", dt.date(2023, 7, 2)),
    # no such day: no year, no dash, a date inside a sentence, a dateline past the head's paragraphs
    ("MOMBASA, October 9 (wire) - Dock workers walked off the job on Tuesday.", None),
    ("MOMBASA, October 9, 2024. Dock workers walked off the job on Tuesday.", None),
    ("Dock workers said on October 9, 2024 - a Wednesday - that they would strike.", None),
    ("Strike\n\nPort news\n\nMOMBASA, 9 October 2024 (wire) - Dock workers walked off the job.", None),
])
def test_the_day_of_an_unread_dateline(text: str, day: dt.date | None) -> None:
    found = dateline_day(text)
    assert (found[0] if found else None) == day


def test_the_span_covers_the_whole_head() -> None:
    text = "Strike at the port\nMOMBASA, October 9, 2024 (wire) - Dock workers walked off the job."
    found = dateline_day(text)
    assert found is not None
    start, end = found[1]
    assert text[start:end] == "MOMBASA, October 9, 2024 (wire) - "


def _dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return sorted((e.sub_event_type, e.event_date) for e in extract(text, published))


@pytest.mark.parametrize(("text", "expected"), [
    # the lead's weekday counts back from the dateline's day (Wednesday 9 October 2024: Monday is the 7th), not the
    # dateline's own date in the same sentence
    ("GARISSA, October 9, 2024 (wire) - A roadside bomb exploded under a police vehicle near Garissa on Monday, "
     "killing two officers, the police said.",
     [("Remote explosive/landmine/IED", "2024-10-07")]),
    # a month's turn: Saturday before Tuesday 2 July 2024 is 29 June
    ("NAKURU, 2 July 2024 (wire) - Police fired tear gas at hundreds of students who marched through Nakuru on "
     "Saturday to protest against fee rises.",
     [("Protest with intervention", "2024-06-29")]),
])
def test_a_wires_weekday_reads_against_its_dateline(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def test_a_publication_date_still_rules() -> None:
    text = ("GARISSA, October 9, 2024 (wire) - A roadside bomb exploded under a police vehicle near Garissa on "
            "Monday, killing two officers, the police said.")
    assert _dates(text, "2024-10-16") == [("Remote explosive/landmine/IED", "2024-10-14")]


def test_a_later_paragraph_is_read_again_only_where_a_weekday_opens_a_sentence() -> None:
    """A later paragraph's weekday that opens its sentence ("On Monday, ...") frames a development of its own and is
    read against the dateline's day; a weekday inside a sentence ("said on Monday", "had met on Monday") may be a
    statement's or a retelling's, whose event, dated apart from the lead's, would no longer fold into it (dates49's
    diff of every fix half), so it keeps its reading with no report's day."""
    text = ("HARGEISA, 5 March 2025 (wire) - Traders closed their shops in Hargeisa on Tuesday to protest a new tax."
            "\n\nOn Monday, the traders' union had met the finance minister. The ministry said on Wednesday that "
            "the tax would stay.\n\nAlso on Sunday, drivers parked their lorries across the road at Berbera.")
    days = {d.span.text: d.value for d in lead_dates(text, find_dates(text, None)) if d.span is not None}
    assert (days["Tuesday"], days["Monday"], days["Sunday"]) == ("2025-03-04", "2025-03-03", "2025-03-02")
    assert days.get("Wednesday") is None  # read as without the dateline: no day


@pytest.mark.parametrize(("text", "opens"), [
    ("On Sunday, about 60 fishermen marched to the harbour.", True),
    ("The port was shut. Also on Monday, dock workers stopped work.", True),
    ("Strike news\nEarly on Thursday, police detained two organisers.", True),
    ("Later on Friday night, a group set fire to a lorry.", True),
    ("Separately, on Saturday the union called off its march.", True),
    ('"We will not pay," she said. On Tuesday the market stayed shut.', True),
    ("The ministry said on Sunday that the march was unlawful.", False),
    ("Residents said the trouble began early on Monday morning.", False),
    ("Two more men died on Tuesday in hospital.", False),
    ("Before the vote on Wednesday, crowds gathered.", False),
    # the day of a statement (dates53, dates55), not the day of what is said
    ("On Monday, the navy said its boats had seized two skiffs.", False),
    ("On Friday, police said they have arrested nine men.", False),
    ("On Friday, police said they arrested nine men.", False),
    ("On Friday, a spokesman for the county police told reporters nine men were held.", False),
    # the frame's own act, with a statement after it
    ("On Friday, the army's spokesman, Colonel Amos Otieno, said troops killed nine men.", False),
    ("On Friday, the group claimed it shot two soldiers.", False),
    # the frame's own act, with a statement after it
    ("On Friday, police arrested nine men, a spokesman said.", True),
    ("On Friday, police arrested nine men near Lamu, Colonel Amos Otieno said.", True),
])
def test_a_weekday_that_opens_its_sentence(text: str, opens: bool) -> None:
    day = re.search(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", text, re.IGNORECASE)
    assert day is not None
    assert opens_with_weekday(text, day.start(), text[day.start():day.end()]) is opens


@given(st.sampled_from(["", "Also ", "Also on ", "Separately, on ", "Early on ", "Late on ", "Later on ", "On "]),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
       st.text(alphabet="abcdefghij ,", max_size=30), st.booleans())
def test_an_opening_weekday_is_found_after_any_sentence_and_never_inside_one(
        frame: str, weekday: str, before: str, inside: bool) -> None:
    """Property: a weekday opening a sentence after any earlier sentence is an opening one; the same words after a
    verb in the same sentence ("the police said ...") never are."""
    head = (before + ". " if before.strip() else "") + ("The police said " if inside else "")
    text = head + frame + weekday + ", traders closed their shops."
    start = len(head) + len(frame)
    assert opens_with_weekday(text, start, weekday) is (not inside)


def test_a_wire_dates_a_later_paragraphs_opening_weekday() -> None:
    """End to end: the second paragraph's "On Sunday, ..." is the Sunday before the dateline's Tuesday 11 March
    2025 (undated before, dates51); the lead keeps its Monday."""
    text = ("KISUMU, March 11, 2025 (wire) - Police fired tear gas at traders who marched through Kisumu on Monday "
            "to protest against new market fees, the county said.\n\n"
            "On Sunday, hundreds of boda-boda riders blocked the main road into Homa Bay to protest against the "
            "arrest of a colleague.")
    assert _dates(text) == [("Peaceful protest", "2025-03-09"), ("Protest with intervention", "2025-03-10")]


@given(st.sampled_from(["the navy", "police", "the county's governor", "officials",
                        "a spokesman for the county police"]),
       st.sampled_from(["said", "told reporters", "confirmed", "announced"]),
       st.sampled_from(["had seized", "had been shot", "have arrested", "seized", "were shot", "killed", "will meet"]),
       st.sampled_from(["marched", "closed", "were meeting"]))
def test_a_statement_frame_is_the_statements_day(speaker: str, saying: str, act: str, plain: str) -> None:
    """Property: after an opening "On Monday,", a speaker of up to six words and a verb of saying make the day the
    statement's, whatever the tense of what is said (dates55: "said it killed", "said ... were killed" made copies
    as "said ... had seized" did); the same frame with no verb of saying does not."""
    assert statement_frame(f"On Monday, {speaker} {saying} the men {act} boats.", 9)
    assert not statement_frame(f"On Monday, {speaker} {plain} near the harbour.", 9)
    assert not statement_frame(f"On Monday, {speaker} {plain} near the harbour, police said.", 9)


@pytest.mark.parametrize("later", [
    "On Tuesday, the army said it killed three of the attackers as they fled toward the border.",
    "On Tuesday, the county commissioner said four officers were killed in the attack on the post.",
])
def test_a_wires_later_statement_in_the_past_folds_into_its_lead(later: str) -> None:
    """End to end (dates55, team-written): a later "On Tuesday, the army said it killed ..." tells Monday's attack
    again on the statement's day; read against the dateline it was a second clash or attack on Tuesday, a copy of
    the lead's. Not read, it folds into the lead's event."""
    text = ("GARISSA, October 9, 2024 (wire) - Suspected militants attacked a police post in Hulugho on Monday, "
            "killing four officers, officials said.\n\n" + later)
    assert _dates(text) == [("Armed clash", "2024-10-07")]
    acted = text.replace(later, "On Tuesday, about 200 traders marched through Garissa to demand better security.")
    assert ("Peaceful protest", "2024-10-08") in _dates(acted)  # an act the frame tells is still of its day


def test_a_wires_later_statement_of_its_lead_act_folds_into_it() -> None:
    """End to end (dates53): "On Monday, the navy said its boats had seized ..." is Monday's statement of the
    seizure the lead told on Saturday; read as the seizure's day it gave a second seizure, two days from the lead's
    and no longer folded into it. Kept undated, it is the lead's event told again."""
    text = ("MOMBASA, March 11, 2025 (wire) - Kenyan navy boats seized two skiffs carrying weapons off Lamu on "
            "Saturday, the navy said.\n\n"
            "On Monday, the navy said its boats had seized two skiffs carrying weapons off Lamu and detained their "
            "crews.")
    found = _dates(text)
    assert len(found) == len({sub for sub, _ in found})  # one event per sub-type: no copy
    assert all(day == "2025-03-08" for _, day in found)


@pytest.mark.parametrize(("later", "read"), [
    ("Late on Sunday, the gunmen stormed Kasindi and set fire to houses.", False),
    ("On Sunday night, the gunmen stormed Kasindi and set fire to houses.", False),
    # not the lead's night: the late part of another day, or an earlier part of the day before
    ("Late on Saturday, the gunmen stormed Kasindi and set fire to houses.", True),
    ("On Sunday morning, soldiers patrolled Kasindi.", True),
])
def test_a_late_part_of_the_day_before_the_leads_night_is_that_night(later: str, read: bool) -> None:
    """The lead tells a night as a whole ("in an overnight raid ..., officials said on Monday"); a later paragraph's
    "Late on Sunday" or "On Sunday night" is the same night, not a day of its own (dates53)."""
    text = ("BUTEMBO, March 10, 2026 (wire) - Gunmen killed nine villagers in an overnight raid on Kasindi, "
            "officials said on Monday.\n\n" + later)
    days = [d for d in lead_dates(text, find_dates(text, None)) if d.span is not None and d.span.start > 120]
    assert bool(days) is read
    if not read:  # without the lead's night (and its day the act's, not a statement's), the paragraph is read
        plain = text.replace("in an overnight raid on Kasindi, officials said on Monday",
                             "in a raid on Kasindi on Monday, officials said")
        assert [d.value for d in lead_dates(plain, find_dates(plain, None)) if d.span and d.span.start > 110]



@pytest.mark.parametrize(("lead", "later", "read"), [
    # the lead names only its statement's day: a later earlier day is its act's, told again
    ("Gunmen killed nine villagers in Kasindi, officials said on Monday.",
     "On Sunday, gunmen armed with machetes attacked Kasindi, killing nine villagers.", False),
    ("Police arrested 14 traders in Beni, the mayor said Monday.",
     "On Saturday, police raided the central market in Beni.", False),
    # a later day after the statement's, or a lead that names its act's day
    ("Gunmen killed nine villagers in Kasindi, officials said on Monday.",
     "On Tuesday, soldiers deployed to Kasindi.", True),
    ("Gunmen killed nine villagers in Kasindi on Monday, officials said.",
     "On Sunday, traders marched in Beni against a new tax.", True),
])
def test_a_later_day_before_a_leads_statement_is_its_act(lead: str, later: str, read: bool) -> None:
    """A lead that names no day but a statement's ("officials said on Monday") has its act dated by it; a later
    opening weekday before that day mostly tells the same act, and read against the dateline it was a second attack
    a day before the lead's (dates55, team-written probe)."""
    text = "BENI, March 10, 2026 (wire) - " + lead + "\n\n" + later
    days = [d for d in lead_dates(text, find_dates(text, None)) if d.span is not None and d.span.start > len(lead) + 32]
    assert bool(days) is read
    head, found = len("BENI, March 10, 2026 (wire) - "), find_dates(text, dt.date(2026, 3, 10))
    told = [d for d in found if d.span is not None and head <= d.span.start < head + len(lead)]
    later_day = next(d for d in found if d.span is not None and d.span.start > head + len(lead))
    assert before_the_leads_statement(text, later_day, told) is not read


def test_a_wires_later_telling_of_its_lead_act_before_the_statement_folds_into_it() -> None:
    """End to end (dates55): the later "On Sunday, gunmen ... attacked Kasindi" is the lead's attack, folded into it."""
    text = ("BENI, March 10, 2026 (wire) - Gunmen killed nine villagers in Kasindi, officials said on Monday.\n\n"
            "On Sunday, gunmen armed with machetes attacked Kasindi, killing nine villagers.")
    assert len(_dates(text)) == 1



# -- a later weekday inside a sentence (dates56) ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "inside"), [
    ("Separately, police in Eldoret arrested six youths on Sunday in connection with the looting.", True),
    ("Fishermen also blocked the coast road at Malindi for several hours on Monday, residents said.", True),
    ("The port was shut. In a separate incident, a herder was wounded on Thursday when he stepped on a mine.", True),
    # no mark of another development: it may retell the lead's act
    ("Police in Eldoret arrested six youths on Sunday in connection with the looting.", False),
    ("The port was also shut. A herder was wounded on Thursday when he stepped on a mine.", False),
    # a statement's day, an opening frame (`opens_with_weekday`), the sentence's first words
    ("Separately, the ministry said on Sunday that the march was unlawful.", False),
    ("On Sunday, about 60 fishermen marched to the harbour.", False),
    ("Before dawn on Wednesday, a group also broke into a depot.", False),
])
def test_a_weekday_inside_its_sentence(text: str, inside: bool) -> None:
    day = re.search(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", text, re.IGNORECASE)
    assert day is not None
    assert acts_weekday(text, day.start(), text[day.start():day.end()]) is inside


@given(st.sampled_from(["Separately, police", "Elsewhere, hundreds of riders", "Meanwhile, troops of the third brigade",
                        "In a separate incident, a crowd"]),
       st.sampled_from(["arrested six men", "blocked the road", "burned a lorry", "raided two houses"]),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
       st.sampled_from(["said", "reported", "announced", "confirmed"]), st.text(alphabet="abcdefghij ,",
                                                                                       max_size=30))
def test_an_acts_weekday_is_read_and_a_statements_never(subject: str, act: str, weekday: str, saying: str,
                                                       before: str) -> None:
    """Property: after any earlier sentence, "Separately, <subject> <act> ... on <weekday>" is the act's day;
    "Separately, <subject> <saying> on <weekday> that ..." never is, nor the act's sentence without its mark."""
    head = before + ". " if before.strip() else ""
    acted = f"{head}{subject} {act} near the market on {weekday}."
    said = f"{head}{subject} {saying} on {weekday} that the market was shut."
    assert acts_weekday(acted, acted.rindex(weekday), weekday)
    assert not acts_weekday(said, said.rindex(weekday), weekday)
    plain = f"{head}Police {act} near the market on {weekday}."
    assert not acts_weekday(plain, plain.rindex(weekday), weekday)


def test_a_wire_dates_a_later_paragraphs_act_by_its_inner_weekday() -> None:
    """End to end: the second paragraph's "blocked the main road into Homa Bay on Sunday" is the Sunday before the
    dateline's Tuesday 11 March 2025 (undated on main: only an opening weekday was read)."""
    text = ("KISUMU, March 11, 2025 (wire) - Police fired tear gas at traders who marched through Kisumu on Monday "
            "to protest against new market fees, the county said.\n\n"
            "Separately, hundreds of boda-boda riders blocked the main road into Homa Bay on Sunday to protest "
            "against the arrest of a colleague.")
    assert _dates(text) == [("Peaceful protest", "2025-03-09"), ("Protest with intervention", "2025-03-10")]


def test_a_wires_later_toll_statement_stays_folded_into_its_lead() -> None:
    """End to end: "Meanwhile, ... on Monday evening the county commissioner raised it to four, adding that three
    attackers had also been killed" tells the lead's attack again; its Monday dates the statement, not the killing,
    which keeps main's reading and folds into the lead's clash (no second clash)."""
    text = ("GARISSA, October 9, 2024 (wire) - Suspected militants attacked a police post in Hulugho on Monday, "
            "killing four officers, officials said.\n\n"
            "Meanwhile, police first gave the toll as two; on Monday evening the county commissioner raised it to "
            "four, adding that three attackers had also been killed.")
    assert _dates(text) == [("Armed clash", "2024-10-07")]
