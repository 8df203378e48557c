"""A report's word fields are read when the merge first asks for one, the same as when they were read at once."""

from __future__ import annotations

import pytest
from mergerows import row

from eventwatch.merge import load_rules, report_texts, to_report

_WORD_FIELDS = ("late", "early", "reference", "near", "targets", "cause", "stance", "workforce", "caps", "words",
                "names", "orgs", "doc_names", "parts", "spots", "seen", "initials")


def _kano_row(**fields: object) -> dict[str, object]:
    return row(1, "d1", sentence="Gunmen from the Rapid Support Forces shelled Kofar Mata market in Kano on Monday "
                                 "night, killing 3 traders, police in Kano said.", fatalities=3,
               doc_title="Market shelled in Kano", doc_text="Kano, Nigeria. Gunmen shelled a market. Zango ward "
               "residents fled to Ungogo.", lead=True, **fields)


def test_word_fields_are_not_read_until_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    read = report_texts._read

    def counted(*args: object) -> report_texts.Texts:
        calls.append("read")
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(report_texts, "_read", counted)
    report = to_report(_kano_row(), load_rules())
    assert calls == []  # building the report reads none of its words
    assert report.country == "Nigeria" and report.location == "Kano"  # its other fields are there at once
    words, spots = report.words, report.spots
    assert calls == ["read"]  # the first word field asked for reads them all, once
    assert report.words is words and report.spots is spots and calls == ["read"]
    assert "3 dead" in words


def test_word_fields_are_what_an_eager_reading_gives() -> None:
    rules = load_rules()
    for fields in ({}, {"geo_precision": 3, "location": "Kano", "place_span": True}, {"place_span": False}):
        first = to_report(_kano_row(**fields), rules)
        second = to_report(_kano_row(**fields), rules)
        values = {name: getattr(first, name) for name in _WORD_FIELDS}  # every field read, in this order
        for name in reversed(_WORD_FIELDS):  # the other report's read in the opposite order
            assert getattr(second, name) == values[name], name


def test_document_text_kept_only_for_a_report_that_reads_it() -> None:
    rules = load_rules()
    town = to_report(_kano_row(), rules)  # placed at a town by a word of its own: no document names
    province = to_report(_kano_row(geo_precision=3), rules)  # placed at its province: its document's names count
    assert "doc_text" not in town.row and "doc_text" not in province.row
    assert town.doc_names == frozenset()
    assert "zango" in province.doc_names
    assert repr(province.reading) == "Reading(read)"  # its inputs, the document's text among them, let go
