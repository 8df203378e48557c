"""The contract commands answer a bad record (no text, text not a string, bad JSON, an unreadable publication date)
with an error line for that record and go on; --strict stops at it with a one-line error."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli
from eventwatch.cli import data as cli_data
from eventwatch.cli import tools as cli_tools

for module in (cli_data, cli_tools):
    module.register(cli)

RECORDS = "\n".join([
    json.dumps({"id": "ok1", "text": "Police arrested 12 students in Kisumu on Monday.", "published": "2024-03-12"}),
    json.dumps({"id": "no-text"}),
    "{broken",
    json.dumps({"id": "number", "text": 42}),
    json.dumps({"id": "ambiguous", "text": "Police arrested 3 students in Kisumu on Monday.",
                "published": "12/03/2024"}),
    json.dumps({"id": "ok2", "text": "Police arrested 12 students in Kisumu on Monday.",
                "published": "12 March 2024"}),
]) + "\n"


def _lines(output: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.slow
@pytest.mark.parametrize("command", ["dates", "classify", "geocode", "extract", "loaded"])
def test_a_bad_record_is_an_error_line_and_the_stream_goes_on(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "-"], input=RECORDS)
    assert result.exit_code == 0, result.output
    lines = _lines(result.stdout)
    errors = {line.get("id"): line["error"] for line in lines if "error" in line}
    assert "the record has no \"text\"" in errors["no-text"]
    assert "not a string (int)" in errors["number"]
    assert "not a JSON object" in errors[None]
    ids = [line.get("id", line.get("doc_id")) for line in lines]
    assert ids[-1] == "ok2" and "ok1" in ids  # records after the bad ones are answered
    if command in ("dates", "extract"):  # the commands that read `published`
        assert "date_order" in errors["ambiguous"]


def test_strict_stops_at_the_first_bad_record() -> None:
    result = CliRunner().invoke(cli, ["dates", "--strict", "-"], input=RECORDS)
    assert result.exit_code == 1 and "no \"text\"" in result.output and "Traceback" not in result.output


def test_published_option_reads_written_dates_and_refuses_ambiguous_ones() -> None:
    record = json.dumps({"id": "r", "text": "Police marched yesterday in Kisumu."}) + "\n"
    ok = CliRunner().invoke(cli, ["dates", "--published", "12 March 2024", "-"], input=record)
    assert _lines(ok.stdout)[0]["dates"][0]["value"] == "2024-03-11"
    bad = CliRunner().invoke(cli, ["dates", "--published", "12/03/2024", "-"], input=record)
    assert bad.exit_code == 1 and "date_order" in bad.output and "Traceback" not in bad.output


def test_run_drops_a_record_whose_date_cannot_be_read_and_date_order_reads_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.store import Store

    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Police arrested 12 students in Kisumu on Monday, officials "
                                "said.", "published": "12/03/2024"}) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    assert CliRunner().invoke(cli, ["run", str(path), "--db", db, "--quiet"]).exit_code == 0
    with Store(db, read_only=True) as store:
        [drop] = store.query("SELECT stage, reason FROM drops")
        assert drop["stage"] == "published" and "date_order" in drop["reason"]
        assert store.count("documents") == 0
    config = tmp_path / "dmy.toml"
    config.write_text('date_order = "DMY"\n', encoding="utf-8")
    assert CliRunner().invoke(cli, ["run", str(path), "--db", db, "--config", str(config), "-q"]).exit_code == 0
    with Store(db, read_only=True) as store:
        assert store.query("SELECT published FROM documents") == [{"published": "2024-03-12"}]


def test_the_python_api_refuses_an_unreadable_date() -> None:
    import eventwatch
    from eventwatch.dates.published import UnreadableDate

    with pytest.raises(UnreadableDate, match="date_order"):
        eventwatch.extract("Police arrested 12 students in Kisumu on Monday.", published="12/03/2024")


def test_the_newcomer_path_is_documented() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/eventwatch" in readme and "source .venv/bin/activate" in readme
    help_text = CliRunner().invoke(cli, ["run", "--help"]).output
    assert "summary" in help_text and "stdout" in help_text and "cut" in help_text


@pytest.mark.slow
def test_the_run_summary_says_when_a_table_is_cut(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.records import Document, Event, Evidence, Span
    from eventwatch.store import Store, event_id

    db = tmp_path / "s.duckdb"
    sentence = Span(0, 6, "Crowds")
    events = tuple(Event(event_id=event_id("d", n), doc_id="d", event_type="Protests",
                         sub_event_type="Peaceful protest", evidence=Evidence(sentence=sentence),
                         event_date=f"2024-{1 + n // 28:02d}-{1 + n % 28:02d}", actor1="Protesters (Kenya)",
                         country="Kenya", iso3="KEN", location=f"Town {n}") for n in range(45))
    with Store(db) as store:
        from eventwatch.merge import merge_new

        store.write_batch([Document(raw="r", id="d", text="Crowds", events=events)])
        merge_new(store)
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", str(path), "--db", str(db)])
    assert "the first 40 of 45 shown" in " ".join(result.stdout.split())
