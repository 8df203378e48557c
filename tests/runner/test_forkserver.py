"""runner/forkserver.py: the environment our workers start with, read once for the nannies and the server."""

from __future__ import annotations

import os
from multiprocessing import forkserver as mp_forkserver
from typing import Any

import dask
import distributed
import distributed.utils
import pytest

import eventwatch.runner.forkserver as forkserver
from eventwatch.runner.cluster import local_client


def test_the_spawn_environment_is_read_once_for_the_nannies_and_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """`local_client` gives Dask's nannies the environment its fork server starts with: one reading of Dask's
    configuration (and of distributed's defaults) serves both, and both get the same variables."""
    reads: list[int] = []
    seen: dict[str, Any] = {}

    def spawn_environ() -> dict[str, str]:
        reads.append(1)
        return {"EVENTWATCH_TEST_LIMIT": "1"}

    def ensure_running() -> None:  # instead of starting a server: what its interpreter would start with
        seen["server"] = os.environ.get("EVENTWATCH_TEST_LIMIT")

    class Cluster:
        def __init__(self, **kwargs: Any) -> None:
            seen["nannies"] = dask.config.get("distributed.nanny.pre-spawn-environ")

    monkeypatch.setattr(forkserver, "spawn_environ", spawn_environ)
    monkeypatch.setattr(forkserver, "available", lambda: True)
    monkeypatch.setattr(mp_forkserver, "ensure_running", ensure_running)
    monkeypatch.setattr(distributed.utils, "_forkserver_preload_set", distributed.utils._forkserver_preload_set)
    monkeypatch.setattr(distributed, "LocalCluster", Cluster)
    monkeypatch.setattr(distributed, "Client", lambda cluster: cluster)
    local_client(2)
    assert reads == [1]
    assert seen == {"server": "1", "nannies": {"EVENTWATCH_TEST_LIMIT": "1"}}
    assert "EVENTWATCH_TEST_LIMIT" not in os.environ
