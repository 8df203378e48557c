"""`eventwatch serve --watch PATH...`: ingest new material inside the server's process while it serves.

DuckDB lets one process write a store, so a separate `eventwatch run` cannot add to a store that is being served.
The watcher is that run inside the server: every `interval` seconds it looks for files under PATH that are new or
changed since it last looked (a folder a feed is saved into, a WARC being appended to, a single file rewritten),
reads only those, runs them through the same stages as `eventwatch run` into the store's one connection, and the
page, polling `/api/status`, shows the new events. Documents already stored are skipped, so re-reading a changed
feed adds only its new items. A failing tick is reported in the status and tried again at the next one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwatch.errors import EventwatchError, NoReadableInput
from eventwatch.readers import ReadStats, read_source
from eventwatch.readers.sources import Source, expand_paths
from eventwatch.runner import RunSummary, SkipStored, build_stages, run_into_store
from eventwatch.settings import Settings
from eventwatch.store import Store


class Watcher:
    """Polls PATHS and stores what is new; `state()` is what `/api/status` reports under `watch`."""

    def __init__(self, paths: Sequence[str], store: Store, settings: Settings, interval: float = 30.0) -> None:
        if any(p == "-" for p in paths):
            raise EventwatchError("--watch takes files, folders or globs, not stdin (-)")
        self.paths = list(paths)
        self.store = store
        self.settings = settings
        self.interval = interval
        self._seen: dict[str, tuple[float, int]] = {}
        self._stages: list[Any] | None = None
        self._lock = threading.Lock()
        self._state: dict[str, Any] = {"paths": self.paths, "interval": interval, "ticks": 0, "running": False,
                                       "last_tick": None, "documents": 0, "events": 0, "drops": 0, "error": None}
        self.changed()  # a missing path is an error now, before the server starts

    def changed(self) -> list[tuple[Source, tuple[float, int]]]:
        """Files under the watched paths that are new or changed since the last look, with their (mtime, size)."""
        found: list[Source] = []
        for raw in self.paths:
            try:
                found.extend(expand_paths([raw]))
            except NoReadableInput:
                continue  # an empty folder now may receive files later
        fresh = []
        for source in found:
            try:
                st = Path(source.path).stat()
            except OSError:
                continue
            key = (st.st_mtime, st.st_size)
            if self._seen.get(source.path) != key:
                fresh.append((source, key))
        return fresh

    def tick(self) -> RunSummary:
        """Read what changed and store it; the files are marked seen only once their batch is stored."""
        with self._lock:
            self._state["running"] = True
            try:
                changed = self.changed()
                if self._stages is None:
                    self._stages = build_stages(self.settings, self.store)
                skip = next(s for s in self._stages if isinstance(s, SkipStored))
                stats = ReadStats()
                docs = (doc for source, _ in changed for doc in read_source(source, self.settings, stats=stats))
                summary = run_into_store(docs, self.store, self.settings, stages=self._stages)
                skip.advance()  # what this tick stored is skipped at the next, looked up in the store
                self._seen.update((source.path, key) for source, key in changed)
                self._state.update(documents=self._state["documents"] + summary.stored,
                                   events=self._state["events"] + summary.events,
                                   drops=self._state["drops"] + len(summary.drops), error=None)
                return summary
            except (EventwatchError, OSError) as exc:
                self._state["error"] = str(exc)
                raise
            finally:
                self._state.update(running=False, ticks=self._state["ticks"] + 1,
                                   last_tick=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))

    def run(self, stop: threading.Event) -> None:
        """Tick until `stop` is set; an error is kept in the state and the next tick tries again."""
        while not stop.is_set():
            with contextlib.suppress(EventwatchError, OSError):  # kept in the state; the next tick tries again
                self.tick()
            deadline = time.monotonic() + self.interval
            while not stop.is_set() and time.monotonic() < deadline:
                stop.wait(min(1.0, self.interval))

    def state(self) -> dict[str, Any]:
        """A copy of the watcher's state for the API: the ticking thread goes on updating its own."""
        return dict(self._state)
