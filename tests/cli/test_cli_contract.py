"""The command-line contract of DESIGN.md: JSON Lines in, JSON Lines out, with the documented fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli, register_commands

register_commands()

ARREST = "Police detained three journalists at their homes in Kisumu, Kenya, on Monday."
SLOGAN = 'Marchers chanted "Down with the governor" as they walked.'
NOTHING = "The weather in Nairobi was mild and the markets were calm."


def _lines(output: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.slow
def test_extract_from_jsonl_keeps_record_ids_and_evidence() -> None:
    records = "\n".join(json.dumps(r) for r in [
        {"id": "r1", "text": ARREST, "published": "2024-03-13"},
        {"id": "r2", "text": NOTHING, "published": "2024-03-13"},
        "not an object",
    ])
    result = CliRunner().invoke(cli, ["extract", "-"], input=records + "\n{broken\n")
    assert result.exit_code == 0, result.output
    events = [e for e in _lines(result.stdout) if "event_id" in e]
    assert events and {e["doc_id"] for e in events} == {"r1"}
    arrest = events[0]
    assert arrest["sub_event_type"] == "Arrests" and arrest["event_date"] == "2024-03-11"
    assert arrest["country"] == "Kenya" and arrest["location"] == "Kisumu"
    sentence = arrest["evidence"]["sentence"]
    trigger = arrest["evidence"]["trigger"]
    assert sentence["text"][trigger["start"] - sentence["start"]:trigger["end"] - sentence["start"]] == trigger["text"]


@pytest.mark.slow
def test_classify_gives_one_line_per_record_with_nulls_for_no_event(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in
                              enumerate([ARREST, NOTHING, SLOGAN])) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["classify", str(path)])
    assert result.exit_code == 0, result.output
    rows = _lines(result.stdout)
    assert [r["id"] for r in rows] == [0, 1, 2]
    assert rows[0]["event_type"] == "Strategic developments" and rows[0]["sub_event_type"] == "Arrests"
    assert {k: rows[1][k] for k in ("id", "event_type", "sub_event_type")} == {
        "id": 1, "event_type": None, "sub_event_type": None}
    assert all(r["decided_by"] in ("rules", "arbiter", "rules and arbiter agree") for r in rows)
    assert 0.0 < rows[0]["confidence"] <= 1.0  # the arbiter's probability of its answer


@pytest.mark.slow
def test_geocode_with_spans_answers_once_per_span() -> None:
    text = "Youths burned posters in Sabzevar and Doroud, and in Xqzzyville."
    spans = [[text.index("Sabzevar"), text.index("Sabzevar") + 8], [text.index("Doroud"), text.index("Doroud") + 6],
             [text.index("Xqzzyville"), text.index("Xqzzyville") + 10]]
    record = json.dumps({"id": "g", "text": text, "spans": spans})
    result = CliRunner().invoke(cli, ["geocode"], input=record + "\n")
    assert result.exit_code == 0, result.output
    [row] = _lines(result.stdout)
    places = row["places"]
    assert len(places) == 3
    assert places[0]["country"] == "IR" and places[1]["country"] == "IR"
    assert places[0]["geo_precision"] == 1
    assert places[2] is None or places[2]["geo_precision"] >= 2  # unknown: null, or the document place "near"
    assert places[0]["start"] == spans[0][0]


def test_geocode_reads_text_without_case_as_extract_does() -> None:
    # all lower case: "lahore" and "peshawar" are words to the lemmatiser, places to the gazetteer (`lexicon_places`)
    text = "police said protesters blocked roads in lahore and peshawar on monday after the rally."
    result = CliRunner().invoke(cli, ["geocode"], input=json.dumps({"id": "l", "text": text}) + "\n")
    assert result.exit_code == 0, result.output
    [row] = _lines(result.stdout)
    found = {(p["name"], p["start"]) for p in row["places"]}
    assert ("Lahore", text.index("lahore")) in found and ("Peshawar", text.index("peshawar")) in found


def test_dates_are_normalised_against_published() -> None:
    record = json.dumps({"id": "d", "text": "He was killed on January 3, 2020. Crowds gathered yesterday.",
                         "published": "2021-01-05"})
    result = CliRunner().invoke(cli, ["dates"], input=record + "\n")
    assert result.exit_code == 0, result.output
    [row] = _lines(result.stdout)
    assert [(d["text"], d["value"]) for d in row["dates"]] == [("January 3, 2020", "2020-01-03"),
                                                                ("yesterday", "2021-01-04")]


def test_a_bad_published_date_is_a_one_line_error() -> None:
    result = CliRunner().invoke(cli, ["dates", "--published", "fifth of January"], input="")
    assert result.exit_code != 0
    assert "published" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_python_api_extract() -> None:
    import eventwatch

    events = eventwatch.extract(ARREST, published="2024-03-13")
    assert any(e.sub_event_type == "Arrests" and e.location == "Kisumu" for e in events)
    assert all(e.evidence.sentence.text in ARREST for e in events)
    assert eventwatch.extract(SLOGAN.replace("as they walked", "in their homes"), published="2024-03-13") == [] or all(
        "Down with" not in (e.evidence.trigger.text if e.evidence.trigger else "") for e in
        eventwatch.extract(SLOGAN, published="2024-03-13"))


def test_extract_with_the_corpus_country() -> None:
    record = json.dumps({"id": "c1", "text": "Protesters burned tyres in Hays on Monday.", "published": "2022-05-04"})
    result = CliRunner().invoke(cli, ["extract", "--country", "ye", "-"], input=record + "\n")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["country"] for line in result.output.splitlines()] == ["Yemen"]
    bad = CliRunner().invoke(cli, ["extract", "--country", "Yemen", "-"], input=record + "\n")
    assert bad.exit_code == 1 and "ISO 3166-1" in bad.output
