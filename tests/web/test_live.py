"""`serve --watch`: the server's own process ingests new and changed files while requests read the same store."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwatch.errors import EventwatchError, InputNotFound
from eventwatch.runner import SkipStored
from eventwatch.settings import Settings
from eventwatch.store import Store
from eventwatch.web.app import create_app
from eventwatch.web.live import Watcher
from eventwatch.web.reads import Reader

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.slow
def test_new_files_are_ingested_and_served_without_a_restart(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with Store(tmp_path / "live.duckdb") as store:
        watcher = Watcher([str(inbox)], store, Settings.load(), interval=1)
        reader = Reader(store)  # as the server does: cursors first, then the writer thread
        with TestClient(create_app(reader, live=watcher.state)) as client:
            assert watcher.tick().read == 0  # an empty folder is fine: material may come later
            shutil.copy(EXAMPLES / "kenya-2024-03-12-nairobi-fuel-protest.txt", inbox)
            first = watcher.tick()
            assert (first.read, first.stored) == (1, 1) and first.events >= 1
            status = client.get("/api/status").json()
            assert status["documents"] == 1 and status["events"] == first.events
            assert status["watch"]["documents"] == 1 and status["watch"]["error"] is None
            assert client.get("/api/events?country=Kenya&include_background=true").json()["total"] == first.events
            assert watcher.tick().read == 0  # nothing changed: nothing is read again
            shutil.copy(EXAMPLES / "chile-2024-04-11-student-marches.txt", inbox)
            feed = inbox / "kenya-2024-03-12-nairobi-fuel-protest.txt"
            os.utime(feed, (feed.stat().st_atime, feed.stat().st_mtime + 5))  # touched: re-read, but stored once
            second = watcher.tick()
            assert (second.read, second.stored, second.already_stored) == (2, 1, 1)
            assert client.get("/api/status").json()["documents"] == 2
        skip = next(s for s in watcher._stages or [] if isinstance(s, SkipStored))
        assert not any(isinstance(v, set | dict | list) for v in vars(skip).values())  # the store holds the ids


def test_watching_needs_real_paths(tmp_path: Path) -> None:
    with Store(tmp_path / "w.duckdb") as store:
        with pytest.raises(InputNotFound):
            Watcher([str(tmp_path / "missing")], store, Settings.load())
        with pytest.raises(EventwatchError, match="stdin"):
            Watcher(["-"], store, Settings.load())
