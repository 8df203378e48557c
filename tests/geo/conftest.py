"""The geocoder every test module of this folder resolves with (one per module, as each module had its own)."""

from __future__ import annotations

import pytest

from eventwatch.geo import Geocoder, get_gazetteer


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder(get_gazetteer())
