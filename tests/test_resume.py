"""Killing `eventwatch run` mid-way (a real subprocess, SIGKILL) and running it again loses and doubles nothing: the
documents, the per-report events, and the merged events with their links are those of one clean run."""

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
# The same occurrences told again in other words by a second outlet, filed after the first half of the corpus: a
# run killed mid-way has merged some first tellings, and the resumed run must join the second tellings to them.
RETOLD = ["police detained {n} students", "hundreds of traders marched against new taxes",
          "gunmen shot dead {n} villagers", "rioters burned {n} shops"]


def _write_corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    half = count // 2
    for i in range(count):
        k = i % half  # the occurrence: doc k and doc k + half tell the same one
        city = CITIES[k % len(CITIES)]
        n, day = k % 9 + 2, k % 27 + 1
        if i < half:
            text = (f"Report number {i} from our correspondent\n\n{city}, March {day}, 2024 — "
                    f"{VERBS[k % len(VERBS)].format(n=n)} in {city} on Monday, witnesses said. Officials gave no "
                    f"further details about case {k}.\n")
        else:
            text = (f"Dispatch {i} of the evening desk\n\n{city}, March {day}, 2024 — Residents said that on Monday "
                    f"in {city} {RETOLD[k % len(RETOLD)].format(n=n)}, in what is known locally as case {k}.\n")
        (folder / f"doc-{i:03d}.txt").write_text(text, encoding="utf-8")


def _eventwatch(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwatch", *args]


Contents = tuple[list[str], list[str], list[tuple[object, ...]], int]


def _contents(db: Path) -> Contents:
    """Document ids, per-report event ids, merged events (every column but the time of their last change) with their
    links, and the number of drops."""
    with duckdb.connect(str(db), read_only=True) as con:
        docs = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
        reports = [r[0] for r in con.execute("SELECT event_id FROM report_events ORDER BY event_id").fetchall()]
        merged = con.execute("SELECT e.* EXCLUDE (updated_at), list(r.report_event_id ORDER BY r.report_event_id) "
                             "AS linked FROM events e JOIN event_reports r USING (event_id) GROUP BY ALL "
                             "ORDER BY e.event_id").fetchall()
        drops = con.execute("SELECT count(*) FROM drops").fetchone()
    return docs, reports, merged, int(drops[0]) if drops else 0


@pytest.mark.slow
def test_sigkill_then_resume_stores_everything_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 160)
    reference = tmp_path / "reference.duckdb"
    subprocess.run(_eventwatch("run", str(corpus), "--db", str(reference), "--quiet"), check=True, cwd=tmp_path)
    reference_contents = _contents(reference)
    ref_docs, ref_reports, ref_merged, _ = reference_contents
    assert len(ref_docs) == 160 and len(ref_reports) >= 100
    told_twice = [row for row in ref_merged if len(row[-1]) == 2]
    assert len(told_twice) >= 40, "the second tellings should join the first ones"

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

    partial_docs, partial_reports, partial_merged, _ = _contents(db)
    assert 0 < len(partial_docs) < 160, "the kill should land mid-way"
    assert set(partial_reports) <= set(ref_reports)
    assert sum(len(row[-1]) for row in partial_merged) == len(partial_reports)  # every stored report is merged

    subprocess.run(_eventwatch("run", str(corpus), "--db", str(db), "--quiet"), check=True, cwd=tmp_path)
    resumed = _contents(db)
    assert resumed[:2] == (ref_docs, ref_reports)
    assert [_stable(row) for row in resumed[2]] == [_stable(row) for row in ref_merged]
    assert resumed[3] == 0

    # and a third run adds nothing at all
    subprocess.run(_eventwatch("run", str(corpus), "--db", str(db), "--quiet"), check=True, cwd=tmp_path)
    assert _contents(db) == resumed


def _stable(row: tuple[object, ...]) -> tuple[object, ...]:
    """A merged event's row without what may differ between equal stores (a float's last digit)."""
    return tuple(round(v, 9) if isinstance(v, float) else v for v in row)
