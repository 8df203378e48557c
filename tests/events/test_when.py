from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.events.paragraph_days import caption_dates
from eventwatch.events.when import pick_date
from eventwatch.records import Caption, Span

REF = dt.date(2022, 1, 25)


def _pick(nlp, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(trigger)
    ref = pick_date(doc, 0, Span(start, start + len(trigger), trigger), find_dates(text, REF))
    return ref.value if ref else None


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("On 20 January, the family of a farmer whose body turned up on 13 January protested in Asuncion.", "protested",
     "2022-01-20"),
    ("On 18 January, overnight, gunmen attacked a checkpoint near Kismayo.", "attacked", "2022-01-18"),
    ("On 21 January, veterans of the 2020 war marched in Yerevan.", "marched", "2022-01-21"),
    ("Soldiers shelled the village on Sunday, residents said on Monday.", "shelled", "2022-01-23"),
    ("Workers protested against the current government in Gyumri.", "protested", "2022-01-25"),
])
def test_the_date_attached_to_the_event_verb_wins(nlp, text: str, trigger: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _pick(nlp, text, trigger) == value


def test_no_dates_no_pick(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _pick(nlp, "Gunmen attacked a checkpoint.", "attacked") is None


# -- photo captions date the paragraphs beside them ---------------------------------------------------------------
STARTS = [0, 100, 200, 300]  # four paragraphs; a caption's `at` is the start of the paragraph that followed it


def _caption_days(captions: list[Caption], dated: set[int] | None = None,
                  reference: dt.date | None = REF) -> dict[int, str]:
    found = caption_dates(captions, STARTS, dated or set(), reference)
    return {para: ref.value for para, (ref, _) in found.items()}


def test_a_caption_dates_the_paragraph_after_it_then_the_one_before() -> None:
    found = caption_dates([Caption("Jan 20, 2022 - Youths burn tyres", "2022-01-20", at=100)], STARTS, set(), REF)
    assert {p: r.value for p, (r, _) in found.items()} == {1: "2022-01-20", 0: "2022-01-20"}
    ref, caption = found[1]
    assert ref.time_precision == 1 and ref.span is None and caption.text.startswith("Jan 20")


def test_a_paragraph_with_its_own_date_keeps_it() -> None:
    assert _caption_days([Caption("x", "2022-01-20", at=100)], dated={1}) == {0: "2022-01-20"}
    assert _caption_days([Caption("x", "2022-01-20", at=100)], dated={0, 1}) == {}


def test_the_nearest_caption_wins() -> None:
    captions = [Caption("a", "2022-01-18", at=100), Caption("b", "2022-01-19", at=200),
                Caption("c", "2022-01-20", at=200)]
    # paragraph 1: "a" stands before it (after wins over before); paragraph 2: "c" is right above it
    assert _caption_days(captions) == {0: "2022-01-18", 1: "2022-01-18", 2: "2022-01-20"}


def test_a_last_caption_dates_the_last_paragraph() -> None:
    assert _caption_days([Caption("x", "2022-01-20", at=400)]) == {3: "2022-01-20"}


@pytest.mark.parametrize("caption", [
    Caption("undated", None, at=100),
    Caption("position unknown", "2022-01-20", at=None),
    Caption("inside a paragraph", "2022-01-20", at=150),
    Caption("after the report", "2022-01-26", at=100),
    Caption("not a date", "2022-02-30", at=100),
])
def test_captions_that_date_nothing(caption: Caption) -> None:
    assert _caption_days([caption]) == {}


def test_without_a_reference_a_caption_still_dates() -> None:
    assert _caption_days([Caption("x", "2030-01-20", at=0)], reference=None) == {0: "2030-01-20"}


@pytest.mark.parametrize("text", [
    "Police  fired tear gas at U.S. protesters on 3 May.\n\nTwo were hurt \U0001f600 in the café overnight.",
    "  Gunmen attacked a convoy - killing three - near the border on Friday .",
])
def test_token_at_is_the_first_token_covering_the_offset(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.when import _token_at

    doc = nlp(text)
    for char in range(-2, len(text) + 2):  # every offset, spaces and past the ends included
        walked = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
        found = _token_at(doc, char)
        assert (found.i if found is not None else None) == (walked.i if walked is not None else None), char
    with doc.retokenize() as retokenizer:  # offsets read again once the Doc's tokens change
        retokenizer.merge(doc[0:3])
    assert _token_at(doc, len(doc[0].text) - 1) == doc[0]


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # a date after "since" is when a state began, not the day of the event: none is left to date it
    ("The farmers had blocked the plaza since Tuesday morning.", "blocked", None),
    ("Relatives of a driver missing since 7 January blocked the highway.", "blocked", None),
    # beside another date, the other dates the event (it did already, being the verb's)
    ("On 20 January, relatives of a driver missing since 7 January blocked the highway.", "blocked", "2022-01-20"),
    ("Relatives blocked the highway on Sunday to demand news of a driver missing since 7 January.", "blocked",
     "2022-01-23"),
    # a month or a year after "since" is a long-running state, which stays dated so (the story's background)
    ("Federal forces have been fighting the militia in the region since last year.", "fighting", "2021"),
    ("Separatists have fought for an independent state since 2017.", "fought", "2017"),
])
def test_a_date_after_since_dates_no_event(nlp, text: str, trigger: str, value: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _pick(nlp, text, trigger) == value


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # a frame's day is its main clause's: an act told done in a clause describing a noun is of an earlier day
    # (dates53): a past participle, a relative clause in the passive or the perfect
    ("On Monday, a court in Lira freed the nine traders arrested at the market.", "arrested", None),
    ("On Monday, hundreds of mourners buried the herders killed in the raid near Moroto.", "killed", None),
    ("On Sunday, soldiers reached the village where six people were shot.", "shot", None),
    ("On Sunday, police detained two men who had looted the depot.", "looted", None),
    # the frame dates its main clause's act, and an act under way beside it
    ("On Sunday, police detained two men who had looted the depot.", "detained", "2022-01-23"),
    ("On Monday, police fired tear gas at traders blocking the road.", "blocking", "2022-01-24"),
    # a date of the described act's own still dates it
    ("On Monday, a court freed the nine traders arrested at the market on Saturday.", "arrested", "2022-01-22"),
])
def test_a_frame_does_not_date_an_act_told_done_of_a_noun(nlp, text: str, trigger: str, value: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _pick(nlp, text, trigger) == value


def test_an_event_records_whole_date_dates_all_it_tells(nlp) -> None:  # type: ignore[no-untyped-def]
    """An event record's "On 22 January 2022, ..." is the record's day for every act it tells (ACLED's reading),
    the act told of a noun too; only a weekday frame leaves such an act to the story's day."""
    assert _pick(nlp, "On 22 January 2022, a court freed the nine traders arrested at the market.",
                 "arrested") == "2022-01-22"


# -- a statement's day told after its verb (dates56) ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "value"), [
    # the act's day, not the day the speaker spoke, though the trigger stands nearer the statement's
    ("Three traders died in a riot on Saturday in Kibera after youths looted shops and set up barricades, a "
     "rights group said on Monday.", "barricades", "2022-01-22"),
    ("Gunmen killed four herders at Moroto on Friday and burned their huts, the army said on Sunday.", "burned",
     "2022-01-21"),
    # a weekday's possessive after the verb is the act's day ("said Tuesday's shooting")
    ("Speaking at a briefing on Monday, the commissioner said Saturday's shooting was part of a feud.", "shooting",
     "2022-01-22"),
    # a statement's day alone is still the sentence's day
    ("Youths set up barricades in Kibera, police said on Monday.", "barricades", "2022-01-24"),
])
def test_a_statements_day_loses_to_the_acts(nlp, text: str, trigger: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _pick(nlp, text, trigger) == value


def _pick_own(nlp, text: str, trigger: str, day: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(trigger)
    dates = find_dates(text, REF)
    own = frozenset(d.span.start for d in dates if d.span is not None and d.span.text.startswith(day))
    ref = pick_date(doc, 0, Span(start, start + len(trigger), trigger), dates, own)
    return ref.value if ref else None


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # the day hangs from the act, or from the verb the act hangs from
    ("Police in Eldoret arrested six youths on Sunday in connection with the looting.", "arrested", "2022-01-23"),
    ("Hundreds of riders blocked the road into Homa Bay on Sunday to protest against the arrest of a colleague.",
     "protest", "2022-01-23"),
    # the day of another act: a statement with the act said after it, a release beside the gathering it names
    ("Police first gave the toll as two; on Sunday evening the governor raised it to four, adding that three "
     "attackers had also been killed.", "killed", None),
    ("The ministry said officers had broken up a gathering that blocked traffic and that the three were questioned "
     "and released on Sunday morning.", "gathering", None),
])
def test_a_day_of_its_own_act_dates_no_other(nlp, text: str, trigger: str, value: str | None) -> None:  # type: ignore[no-untyped-def]
    """A wire's later weekday inside a sentence (`dateline_day.acts_days`) dates the act it hangs from only: given
    to another act of the sentence, it made a retelling of the lead's event a copy on another day."""
    assert _pick_own(nlp, text, trigger, "Sunday") == value
