"""`locate._objects` asks its test of the parsed view's words and makes a spaCy token only of those it takes: the
spans of agents, origins and places of speaking are those found by asking the same tests of every spaCy token, on
team-written sentences and the demo articles' sentences as written, upper-cased and lower-cased."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from screen_sentences import demo_texts, split_lines

from eventwatch.events import locate
from eventwatch.records import Span

_TEAM = [
    "In Abuja, a defence ministry spokesman said the soldiers had repelled the attack.",
    "The governor told reporters at the state house in Maiduguri that 12 people died.",
    "Farmworkers from Oaxaca and Guerrero marched on the Cuernavaca road on Monday.",
    "Refugees from Ukraine gathered in Paris to demand visas.",
    "A ceasefire brokered by Russia and Turkey collapsed near Idlib.",
    "The village was shelled by Ukraine, officials in Kharkiv said at a briefing.",
    "Traders from Kano blocked the road from Sofia to Velingrad in protest.",
    "Speaking in Bamako, the minister said the convoy came from Gao.",
]


def _sentences() -> list[str]:
    lines = [line for line in split_lines(demo_texts()) if 20 < len(line) < 400]
    lines = _TEAM + lines[:300]
    return lines + [line.upper() for line in lines[:60]] + [line.lower() for line in lines[:60]]


def _all_three(doc) -> tuple[list[Span], list[Span], list[Span]]:  # type: ignore[no-untyped-def]
    return locate.agent_spans(doc, 7), locate.origin_spans(doc, 7), locate.said_at_spans(doc, 7)


def test_view_spans_are_every_tokens_spans(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    docs = list(nlp.pipe(_sentences()))
    screened = [_all_three(doc) for doc in docs]
    # every spaCy token asked, as before the parsed view
    monkeypatch.setattr(locate, "parsed", lambda doc: SimpleNamespace(toks=list(doc)))
    every = [_all_three(doc) for doc in docs]
    assert screened == every
    assert sum(bool(a) for a, _, _ in every) >= 2
    assert sum(bool(o) for _, o, _ in every) >= 3
    assert sum(bool(s) for _, _, s in every) >= 2


def test_team_sentences_keep_their_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    said = locate.said_at_spans(nlp("The governor told reporters in Maiduguri that 12 people died."), 0)
    assert [s.text for s in said] == ["Maiduguri"]
    origins = locate.origin_spans(nlp("Refugees from Ukraine gathered in Paris to demand visas."), 0)
    assert [s.text for s in origins] == ["Ukraine"]
