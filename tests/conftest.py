"""Shared fixtures. `shared_eval` points at ../shared/eval, and skips (saying why) when it is absent."""

from __future__ import annotations

import atexit
import os
import sys
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


def pytest_unconfigure(config: pytest.Config) -> None:
    """Take back the exit handlers that end a process at once with code 0 (`runner/cluster.StagesPlugin` registers one
    when a worker closes; `runner/preload.py` one where the workers' fork server imports it, no longer on every
    import): a test that runs them in pytest's own process would otherwise end the run with code 0 whatever failed,
    and CI would pass a failing suite (it did once, when importing the preload module registered its handler)."""
    for name in ("eventwatch.runner.preload", "eventwatch.runner.cluster"):
        module = sys.modules.get(name)
        if module is not None:
            atexit.unregister(module._exit_at_once)
