"""`eventwatch export`: the default rows, the options that widen them, and one-line errors for a bad --out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli
from eventwatch.cli import data as cli_data
from eventwatch.records import Document, Event, Evidence, Span
from eventwatch.store import Store, event_id

cli_data.register(cli)


def _store(path: Path) -> None:
    sentence = Span(0, 6, "Crowds")
    common = dict(doc_id="d", event_type="Protests", sub_event_type="Peaceful protest",
                  evidence=Evidence(sentence=sentence), actor1="Protesters (Peru)", inter1=6, country="Peru",
                  iso3="PER", latitude=-16.4, longitude=-71.5)
    events = (Event(event_id=event_id("now"), event_date="2024-05-20", **common),  # type: ignore[arg-type]
              Event(event_id=event_id("then"), event_date="2019-11-02", background=True,  # type: ignore[arg-type]
                    **common),
              Event(event_id=event_id("year"), event_date=None, date_value="2011", **common))  # type: ignore[arg-type]
    with Store(path) as store:
        store.write_batch([Document(raw="r", id="d", text="Crowds", events=events)])


def _count(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["export", *args])
    return result.exit_code, result.output


def test_default_export_and_the_options_that_widen_it(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    _store(tmp_path / "s.duckdb")
    out = tmp_path / "e.csv"
    for options, rows in (([], 1), (["--include-background"], 2), (["--all"], 3)):
        code, output = _count("--db", db, "--out", str(out), *options)
        assert code == 0 and f"{rows} events exported" in output
        assert len(out.read_text(encoding="utf-8").splitlines()) == rows + 1


def test_a_bad_out_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    _store(tmp_path / "s.duckdb")
    for fmt in ("csv", "parquet"):
        code, output = _count("--db", db, "--format", fmt, "--out", str(tmp_path / "missing" / f"e.{fmt}"))
        assert code == 1 and "does not exist" in output and "Traceback" not in output
    code, output = _count("--db", db, "--format", "parquet")
    assert code == 1 and "give --out" in output


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders, so the refusal cannot be seen")
def test_a_read_only_out_folder_is_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    _store(tmp_path / "s.duckdb")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, output = _count("--db", db, "--out", str(locked / "e.csv"))
        assert code == 1 and "permission denied" in output
    finally:
        locked.chmod(0o700)


def test_a_read_only_file_system_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root (CI) permissions do not stop a write, but a read-only file system does: the same one-line error."""
    import builtins
    import errno

    db = str(tmp_path / "s.duckdb")
    _store(tmp_path / "s.duckdb")
    real_open = builtins.open

    def read_only(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if str(file).endswith("e.csv") and "w" in mode:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", read_only)
    code, output = _count("--db", db, "--out", str(tmp_path / "e.csv"))
    assert code == 1 and "cannot write" in output and "Read-only file system" in output
