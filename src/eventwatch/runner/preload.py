"""What our LocalCluster's forkserver imports once for every worker it forks (`runner/forkserver.py`).

Importing this module imports what a worker imports to join the cluster and build its stages: Dask's worker and
nanny, the task and its plugin (`runner/cluster.py`), spaCy without its command line (`runner/lean.py`), the stage
modules, and the libraries the stages import when they are built or first used (onnxruntime and tokenizers for the
arbiter's embedding, lingua for the language filter). Then it loads what the stages of the default settings read and
never change (`load_shared`): the spaCy pipeline, the codebook with its compiled patterns, the arbiter's model and
its embedding session, each behind the `lru_cache` its stage asks through (on a first run, the gazetteer's index is
built first in a child process: `prebuild.py`); each worker still builds and warms its
own stages (`StagesPlugin`), and finds them loaded. That was 1.2-1.6 CPU s of each worker's 2.3 s set-up
(speed45, at load 10), paid once here instead, while the driver starts its cluster; a run whose settings name
another model loads its own, as before. Loading them starts no thread (counted: the server's threads are as many
before and after), and nothing is run on a document here, so no cache of the stages holds anything a worker would
not hold; what is loaded is frozen out of the garbage collector (`gc.freeze`), so that a worker's collections do not
write to it (copying its pages). The imported libraries do start threads of their own (one Python thread and
pyarrow's jemalloc background thread were seen in a server before it forked, speed42); a forked worker holds only
the thread that forked it, and takes none of their work.

The server ends at once when its driver stops it: Python's finalisation of these modules (some 0.1-0.3 s) would hold
the end of a run, since the server shares the driver's standard output. A worker forked from it never runs this
exit handler (multiprocessing ends a forked child with `os._exit`).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
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


def load_shared() -> None:
    """Load, once for every worker forked after it, what the stages of the default settings read and never change
    (see the module's docstring): the same calls, with the same arguments, as building the stages makes."""
    from eventwatch.events.arbiter import load_arbiter
    from eventwatch.events.codebook import load_codebook
    from eventwatch.events.embed import load_embedder
    from eventwatch.nlp import load_nlp
    from eventwatch.runner.prebuild import build_apart
    from eventwatch.settings import Settings

    settings = Settings.load()
    build_apart()  # a first run's gazetteer index built in a child, whose memory is not the workers' (prebuild.py)
    load_nlp(settings)
    load_codebook()
    if settings.arbiter:
        load_embedder(load_arbiter(settings.arbiter_model or None).model.route, fast=True)
    gc.collect()
    gc.freeze()


with contextlib.suppress(Exception):  # a model that cannot be loaded is said by the worker that needs it, as before
    load_shared()


def _exit_at_once() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


atexit.register(_exit_at_once)
