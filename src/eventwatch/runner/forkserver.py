"""Our LocalCluster's workers forked from one process that has imported what every worker imports.

Dask's nannies start each worker as a fresh interpreter (multiprocessing's `spawn`): every worker then imports Dask,
spaCy, onnxruntime and eventwatch's stage modules (compiling them from source where no bytecode is kept) before it
builds its stages, some 0.7 CPU s of a worker's 1.8-2.0 s of start (measured: a worker's CPU when its stages are
built and warmed, 1.82-1.98 s spawned, 1.14-1.24 s forked), paid by each worker and, since a run's shards wait for
it, in the run's wall time. With multiprocessing's `forkserver` the imports are paid once, by a server
process that our driver starts at the very beginning of `eventwatch run --workers N` (while the driver imports its
own modules on the other core): each worker is forked from it with those modules imported, then builds and warms
its stages as before (`StagesPlugin`). What the worker computes is unchanged: it imports the same modules, only in
another process; what the server loads and runs before the fork (`runner/preload.py`: the shared models, one
warm-up report) starts no thread pool, since forking a process that runs threads is unsafe (`QUIET_TOKENIZERS`).

The server is started with the environment the nannies would give a spawned worker before its interpreter starts
(Dask's `distributed.nanny.pre-spawn-environ`, less `MALLOC_TRIM_THRESHOLD_`: see `runner/cluster.py`; the thread
limits that numpy's BLAS reads when it is imported; and the hash seed the nannies set), since a forked worker
inherits the server's environment, its allocator's settings and its hash seed. A cluster the user runs
(`--scheduler`) is not touched, and where a platform has no forkserver the workers are spawned as before.

The server's CPU is nobody's `RUSAGE_SELF`: `server_cpu_seconds` reads it, and the run's summary counts it with the
driver's. The workers are the server's children, not the driver's: once our cluster has closed, the driver stops the
server (`stop_server`), which has waited for each worker, and waits for it, so that a run's whole CPU is still the
driver's process and its children's (`bench/same_output.py`, `bench/compare.py`); the server then ends without
Python's finalisation of what it imported (`preload.py`).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from typing import Any

PRELOAD = "eventwatch.runner.preload"
# Dask's nannies give their workers this hash seed unless `pre-spawn-environ` sets one (distributed.nanny.Nanny)
_DASK_HASH_SEED = "6640"
# the variable under which the `tokenizers` library (the embedding's `encode_batch`) starts no thread pool of its own,
# set for the server, whose warm-up must leave it with no thread when it forks (runner/preload.warm_shared)
QUIET_TOKENIZERS = ("TOKENIZERS_PARALLELISM", "false")
# the one variable of Dask's `pre-spawn-environ` our workers start without (runner/cluster.py says why)
NOT_SPAWNED_WITH = "MALLOC_TRIM_THRESHOLD_"


def spawn_environ() -> dict[str, str]:
    """The environment Dask's nannies set before starting a worker process, without `NOT_SPAWNED_WITH`."""
    import dask

    with_distributed_defaults()
    environ: dict[str, Any] = dask.config.get("distributed.nanny.pre-spawn-environ", default={}) or {}
    return {key: str(value) for key, value in environ.items() if key != NOT_SPAWNED_WITH}


def with_distributed_defaults() -> None:
    """Dask's configuration with distributed's defaults in it, as importing `distributed` leaves it. Dask knows them
    only once `distributed.config` has read its `distributed.yaml`, and `eventwatch run` starts the server before
    it imports `distributed` (0.6 CPU s, paid while the server imports): without them `pre-spawn-environ` read {},
    and the server, so every worker forked from it, started without the one-thread limits (OMP_NUM_THREADS,
    MKL_NUM_THREADS, OPENBLAS_NUM_THREADS = 1), numpy's OpenBLAS in each worker with a thread per core. The file is
    read as `distributed.config` reads it (a user's own settings keep their priority, and reading the defaults
    again when `distributed` is imported changes nothing); libyaml's loader where there is one (3 ms, not 15)."""
    import importlib.util

    if "distributed.config" in sys.modules:  # read already
        return
    import dask.config
    import yaml  # type: ignore[import-untyped]  # Dask's own dependency

    spec = importlib.util.find_spec("distributed")
    if spec is None or spec.origin is None:
        return
    with open(os.path.join(os.path.dirname(spec.origin), "distributed.yaml"), encoding="utf-8") as file:
        defaults = yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    dask.config.update_defaults(defaults)


def available() -> bool:
    return "forkserver" in multiprocessing.get_all_start_methods()


def start_server(environ: dict[str, str] | None = None) -> bool:
    """Start this process's forkserver with `PRELOAD` imported, unless it runs already; False where the platform
    has none. Returns at once: the server imports while this process goes on. `environ`: `spawn_environ()` when the
    caller has computed it already (`runner/cluster.local_client` gives it to Dask's nannies too)."""
    if not available():
        return False
    from multiprocessing import forkserver

    environ = dict(spawn_environ() if environ is None else environ)
    if environ.get("PYTHONHASHSEED") in (None, "0"):
        environ["PYTHONHASHSEED"] = _DASK_HASH_SEED
    environ.setdefault(*QUIET_TOKENIZERS)  # no thread pool in the server's warm-up (runner/preload.warm_shared)
    multiprocessing.get_context("forkserver").set_forkserver_preload([PRELOAD])
    saved = {key: os.environ.get(key) for key in environ}
    os.environ.update(environ)  # the server's environment, read when its interpreter starts
    try:
        forkserver.ensure_running()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return True


def use_server(environ: dict[str, str] | None = None) -> dict[str, Any]:
    """Dask's configuration for a LocalCluster whose nannies fork their workers from this process's forkserver
    (started now, with `environ` as in `start_server`, if it is not running); {} (spawned workers) where there is
    none. Dask's own set-up of a forkserver
    imports every package it knows of into the calling process (pandas among them) to preload them: ours preloads
    what our workers need, and Dask is told its set-up is done."""
    if not start_server(environ):
        return {}
    import distributed.utils

    distributed.utils._forkserver_preload_set = True  # our server, our preload (see above)
    return {"distributed.worker.multiprocessing-method": "forkserver"}


def server_cpu_seconds() -> float:
    """CPU seconds (user + system) this process's forkserver has used (0.0 with none): the imports its workers
    share."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if not pid:
        return 0.0
    try:
        import psutil  # type: ignore[import-untyped]  # Dask's own dependency

        times = psutil.Process(pid).cpu_times()
    except Exception:  # the server has ended, or psutil cannot read it
        return 0.0
    return float(times.user + times.system)


def stop_server() -> None:
    """Stop this process's forkserver, if it runs, and wait for it (its workers must have ended: see above)."""
    from multiprocessing import forkserver

    if getattr(forkserver._forkserver, "_forkserver_pid", None):
        forkserver._forkserver._stop()  # type: ignore[attr-defined]
