"""Runners: the one stage list executed in this process (`local`), and over a cluster of workers.

`build_stages` is the list every interface runs; `run_into_store` executes it batch by batch into the store.
"""

from eventwatch.runner.local import RunSummary, SkipStored, build_stages, run_into_store

__all__ = ["RunSummary", "SkipStored", "build_stages", "run_into_store"]
