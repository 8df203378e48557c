"""Quotations (`events/quotes.py`): a slogan, chant or placard reports nothing, a quoted threat or plan neither, but
a witness's or an official's account of what happened, told in the past with its own subject, or of what is going
on, told in the present progressive or with "be" ("are still on strike"), reports the event;
what the speakers say they did themselves stays their claim; and a mark right after a colon or a verb of saying
opens a quote, it does not close one. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder
from eventwatch.events.quotes import quoted_ranges


@pytest.mark.parametrize(("text", "sub"), [
    ('"Youths hurled bricks at the clinic and set a police car alight," the district commander told reporters.',
     "Violent demonstration"),
    ('"When the march reached the bridge, officers fired rubber bullets at the crowd," a nurse said.',
     "Protest with intervention"),
    ('"Since this morning the farmers have blocked the highway with their tractors," the mayor said.',
     "Peaceful protest"),
    ('"The nurses marched to the health department and handed in a petition," the union secretary said.',
     "Peaceful protest"),
])
def test_an_account_in_the_past_reports_the_event(coder: EventCoder, nlp, text: str, sub: str  # type: ignore[no-untyped-def]
                                                  ) -> None:
    label = coder.classify(nlp(text))
    assert label is not None and label[1] == sub, label


@pytest.mark.parametrize("text", [
    '"Nurses are still on strike at three hospitals in the province," the health minister said on Friday.',
    '"There are still hundreds of bus drivers on strike in the city," the mayor told reporters.',
    '"Teachers are marching to the education offices as we speak," a union official said on Monday.',
])
def test_an_account_of_what_is_going_on_reports_the_protest(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                            ) -> None:
    assert coder.classify(nlp(text)) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    # the protest is the present clause's subject: a statement about protests, or a plan
    '"Strikes are illegal in essential services," the minister said on Friday.',
    '"The march is planned for Monday," the organisers said.',
    # a simple present is a habit; a negation and a plan stay what they are
    '"Nurses strike every winter," the minister said.',
    '"Nurses are not on strike," the minister said on Friday.',
    '"Teachers are going to march on Monday," the union said.',
    # violence told in the present inside a quote is a campaign described or claimed, not an incident
    '"Our units are now fighting in eleven provinces," the rebel commander claimed.',
])
def test_present_statements_plans_and_habits_in_a_quote_report_nothing(coder: EventCoder, nlp,  # type: ignore[no-untyped-def]
                                                                       text: str) -> None:
    assert coder.classify(nlp(text)) is None


@pytest.mark.parametrize("text", [
    # a threat or a plan in a quote stays one (modal, future)
    '"We will march on parliament next week if our demands are not met," the union leader said.',
    '"Nobody attacked the police station," the station commander said.',
    # a slogan has no clause of its own in the past
    'The minister said the words "burn the city" had no place in politics.',
])
def test_quoted_threats_denials_and_slogans_report_nothing(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                           ) -> None:
    assert coder.classify(nlp(text)) is None


def test_a_slogan_is_still_quoted(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    """The chant is a protest by the marchers outside the quote; the burning inside it is no riot."""
    label = coder.classify(nlp('Students marched through the city centre chanting "We will burn the campus".'))
    assert label == ("Protests", "Peaceful protest")


def test_the_speakers_own_deeds_are_a_claim(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    """What speakers say they did themselves is their claim, as a claim of responsibility is."""
    text = '"We torched the councillor\'s car and we will do it again," the youth leader said.'
    assert coder.classify(nlp(text)) is None


def test_a_person_named_in_an_account_is_no_protest(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp('"The valley has lost its most tireless activist," her sister said.')) is None


@pytest.mark.parametrize("text", [
    '"The vote has demonstrated that the party is united," the spokesman said.',
    "The minister said the audit had demonstrated that the new rules work.",
])
def test_demonstrated_that_is_to_show(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """"Demonstrate" with a that-clause means to show, as with an object; in a quoted account too."""
    assert coder.classify(nlp(text)) is None


@pytest.mark.parametrize(("text", "inside"), [
    # an unpaired mark after a colon or a verb of saying opens a quote going on into the next sentence
    ('A trader who watched the rally said: "Nobody listens to us.', "Nobody listens"),
    ('The organiser said, "We came here in peace.', "We came"),
    # an unpaired mark that opens nothing closes a quote begun in an earlier sentence
    ('We were attacked," the marshal said.', "We were"),
])
def test_unpaired_marks(text: str, inside: str) -> None:
    ranges = quoted_ranges(text)
    at = text.index(inside)
    assert any(start <= at < end for start, end in ranges), ranges
    narration = text.index("said")
    if text.index('"') > narration:
        assert not any(start <= narration < end for start, end in ranges), ranges
