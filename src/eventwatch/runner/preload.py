"""What our LocalCluster's forkserver imports once for every worker it forks (`runner/forkserver.py`).

Importing this module imports what a worker imports to join the cluster and build its stages: Dask's worker and
nanny, the task and its plugin (`runner/cluster.py`), spaCy without its command line (`runner/lean.py`), the stage
modules, and the libraries the stages import when they are built or first used (onnxruntime and tokenizers for the
arbiter's embedding, lingua for the language filter). Only imports: nothing here builds a stage or loads a model,
so each worker builds its own stages as it always did. The imported libraries do start threads of their own (one
Python thread and pyarrow's jemalloc background thread were seen in a server before it forked, speed42); a forked
worker holds only the thread that forked it, and takes none of their work.

The server ends at once when its driver stops it: Python's finalisation of these modules (some 0.1-0.3 s) would hold
the end of a run, since the server shares the driver's standard output. A worker forked from it never runs this
exit handler (multiprocessing ends a forked child with `os._exit`).
"""

from __future__ import annotations

import atexit
import importlib
import os
import sys

import distributed.nanny
import distributed.worker  # noqa: F401

import eventwatch.runner.cluster  # noqa: F401  (the task, its plugin, the shards' reader and the parts' writer)
from eventwatch.runner.lean import import_spacy

import_spacy()

# the stage modules (`runner.local.stage_specs`) and what building or warming them imports
MODULES = (
    "eventwatch.clean", "eventwatch.language", "eventwatch.dedupe", "eventwatch.sources", "eventwatch.nlp",
    "eventwatch.events.assemble", "onnxruntime", "tokenizers", "lingua",
)
for _name in MODULES:
    importlib.import_module(_name)


def _exit_at_once() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


atexit.register(_exit_at_once)
