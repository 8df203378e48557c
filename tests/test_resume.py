"""Killing `eventwatch run` mid-way (a real subprocess, SIGKILL) and running it again loses and doubles nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

CITIES = ["Nairobi", "Mombasa", "Kisumu", "Lagos", "Kano", "Abuja", "Basra", "Mosul", "Karachi", "Lahore",
          "Quetta", "Bogota", "Cali", "Medellin", "Lyon", "Marseille", "Mandalay", "Khartoum", "Kharkiv", "Dhaka"]
VERBS = ["Police arrested {n} students", "Hundreds of traders protested against new taxes",
         "Gunmen killed {n} villagers", "Rioters set fire to {n} shops"]


def _write_corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        city = CITIES[i % len(CITIES)]
        verb = VERBS[i % len(VERBS)].format(n=i % 9 + 2)
        text = (f"Report number {i} from our correspondent\n\n{city}, March {i % 27 + 1}, 2024 — "
                f"{verb} in {city} on Monday, witnesses said. Officials gave no further details about case {i}.\n")
        (folder / f"doc-{i:03d}.txt").write_text(text, encoding="utf-8")


def _eventwatch(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwatch", *args]


def _contents(db: Path) -> tuple[list[str], list[str], int]:
    with duckdb.connect(str(db), read_only=True) as con:
        docs = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
        events = [r[0] for r in con.execute("SELECT event_id FROM events ORDER BY event_id").fetchall()]
        drops = con.execute("SELECT count(*) FROM drops").fetchone()
    return docs, events, int(drops[0]) if drops else 0


@pytest.mark.slow
def test_sigkill_then_resume_stores_everything_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 160)
    reference = tmp_path / "reference.duckdb"
    subprocess.run(_eventwatch("run", str(corpus), "--db", str(reference), "--quiet"), check=True, cwd=tmp_path)
    ref_docs, ref_events, _ = _contents(reference)
    assert len(ref_docs) == 160 and len(ref_events) >= 100

    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(_eventwatch("run", str(corpus), "--db", str(db), "--batch-size", "2", "--quiet"),
                            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 20_000:  # several batches committed, more to come
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be interrupted: make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    partial_docs, partial_events, _ = _contents(db)
    assert 0 < len(partial_docs) < 160, "the kill should land mid-way"
    assert set(partial_events) <= set(ref_events)

    subprocess.run(_eventwatch("run", str(corpus), "--db", str(db), "--quiet"), check=True, cwd=tmp_path)
    docs, events, drops = _contents(db)
    assert docs == ref_docs
    assert events == ref_events
    assert drops == 0

    # and a third run adds nothing at all
    subprocess.run(_eventwatch("run", str(corpus), "--db", str(db), "--quiet"), check=True, cwd=tmp_path)
    assert _contents(db) == (docs, events, drops)
