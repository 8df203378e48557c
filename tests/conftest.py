"""Shared fixtures. `shared_eval` points at ../shared/eval, and skips (saying why) when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"evaluation material not found at {SHARED_EVAL}: these checks need ../shared/eval")
    return SHARED_EVAL


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from eventwatch.nlp import load_nlp
    from eventwatch.settings import Settings

    return load_nlp(Settings())
