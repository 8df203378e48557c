"""Fixtures the event tests share: one `EventCoder` per test module (it holds only compiled cues and look-ups, built
once), beside the session's spaCy pipeline (`nlp`, in the top conftest)."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()
