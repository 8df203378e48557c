"""Bad inputs become drops with reasons or one-line errors with a non-zero exit; the rest of the batch is stored."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

GOOD = ("Protesters marched through Kisumu, Kenya, on Tuesday, March 12, 2024, demanding lower fuel prices. "
        "Police fired tear gas to disperse the crowd of about 500 people.\n")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwatch", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_missing_path_is_a_one_line_error(tmp_path: Path) -> None:
    result = _run("run", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "x.duckdb"), cwd=tmp_path)
    assert result.returncode != 0
    assert "nope.txt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_folder_with_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty_dir").mkdir()
    result = _run("run", str(tmp_path / "empty_dir"), "--db", str(tmp_path / "x.duckdb"), cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_bad_files_are_dropped_with_reasons_and_the_good_one_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin.txt").write_bytes(GOOD.replace("Kisumu", "Kisumu café").encode("cp1252")[:-1] + b"\xff\xfe\x00")
    big = folder / "huge.txt"
    with big.open("wb") as handle:
        line = b"Lorem ipsum dolor sit amet, filler text that no newsroom ever wrote.\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    db = tmp_path / "s.duckdb"
    result = _run("run", str(folder), "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        drops = dict(con.execute("SELECT regexp_extract(origin, '[^/]+$'), reason FROM drops").fetchall())
        stored = [r[0] for r in con.execute("SELECT regexp_extract(origin, '[^/]+$') FROM documents").fetchall()]
        events = con.execute("SELECT count(*) FROM events").fetchone()
    assert "good.txt" in stored
    assert {"empty.txt", "binary.txt", "huge.txt"} <= set(drops)
    assert all(reason for reason in drops.values())
    assert "latin.txt" in stored or "latin.txt" in drops  # decoded, or dropped with a reason: never lost
    assert events is not None and events[0] >= 1
    assert "Dropped" in result.stdout and "huge.txt" in result.stdout
