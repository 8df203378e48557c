"""A document's events do not depend on what was extracted before it in the process: the caches the stages keep
(parsed sentences, sentence vectors, the lexicons) are keyed on what alone decides their value. Team-written reports
extracted alone, after others, in one batch with others and in the reverse order give the same events, field by
field (a full `eval trials` run over every set forward and backward gave the same events for all 408 documents)."""

from __future__ import annotations

import dataclasses

import pytest

from eventwatch.records import Event

_REPORTS = (
    "KADUNA, March 3, 2026 (wire) - Gunmen blocked the road near Kachia on Monday evening and abducted 14 passengers "
    "from a bus, a police spokesman said. Two of the passengers escaped on Tuesday.",
    "LIMA, Jan 14, 2026 - Police fired tear gas on Tuesday to clear hundreds of farmers who had blocked the "
    "Pan-American highway near Ica. On Wednesday, thousands marched peacefully through Juliaca.",
    "ABIDJAN, April 9, 2026 (wire) - Farmers and herders fought with machetes in the village of Zaibo, in the Daloa "
    "department, on Tuesday. Five people were killed and a dozen huts were burnt, officials said.",
)


def _fields(events: list[Event]) -> list[tuple[object, ...]]:
    """Every field of each event but its ids (which name the document's position in its batch)."""
    return sorted(tuple(v for k, v in dataclasses.asdict(e).items() if k not in ("event_id", "doc_id"))
                  for e in events)


@pytest.mark.slow
def test_a_report_extracted_alone_and_after_others_gives_the_same_events() -> None:
    from eventwatch.api import extract_texts

    alone = [_fields(extract_texts([text])[0]) for text in _REPORTS]
    together = [_fields(events) for events in extract_texts(list(_REPORTS))]
    backward = [_fields(events) for events in extract_texts(list(reversed(_REPORTS)))][::-1]
    again = [_fields(extract_texts([text])[0]) for text in _REPORTS]
    assert all(alone), "each report codes an event"
    assert together == alone
    assert backward == alone
    assert again == alone
