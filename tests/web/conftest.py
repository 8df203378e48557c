"""Fixtures of the web tests: the small store of `webstore`, and a test client of the API over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from webstore import fill

from eventwatch.store import Store
from eventwatch.web.app import create_app
from eventwatch.web.reads import Reader


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "web.duckdb") as s:
        fill(s)
        yield s


@pytest.fixture()
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(Reader(store))) as c:
        yield c

