"""Shared fixtures. `shared_eval` points at ../shared/eval, and skips (saying why) when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline (a loaded 2-core CI machine is slow, not wrong); in CI the examples are derandomized so a
# run is reproducible, while local runs keep exploring new inputs.
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent
# The loaded-language scorer a developer may have built into the cache (`eventwatch loaded-model`) would change what
# the sources stage finds; tests use the shipped lexicon unless they build a model themselves.
os.environ["EVENTWATCH_LOADED_MODEL"] = str(ROOT / "tests" / "no-such-loaded-model.json")
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
