"""Runners: the one stage list executed in this process (`local`), and over a cluster of workers.

`build_stages` is the list every interface runs; `run_into_store` executes it batch by batch into the store.
The names are loaded from `local` at their first use, not with the package: a cluster's worker imports the package
for `runner.cluster` and `runner.shardwork` alone, and needs neither the store nor the merge that `local`'s
callers do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventwatch.runner.local import RunSummary, SkipStored, build_stages, run_into_store

__all__ = ["RunSummary", "SkipStored", "build_stages", "run_into_store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from eventwatch.runner import local

        return getattr(local, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
