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
before and after). Then the workers' warm-up report is run once through stages of the server's own
(`warm_shared`), so that what the stages load at their first document is loaded here too; those stages are kept, and
a worker of a run with the server's settings takes them (`take_warmed`) instead of building its own and running the
report through them again, so no cache holds anything a worker would not hold; the tokenizer's thread pool
is kept from starting (`forkserver.QUIET_TOKENIZERS`) and the threads are counted around it. What is loaded is
frozen out of the garbage collector (`gc.freeze`), so that a worker's collections do not write to it (copying its
pages). The imported libraries do start threads of their own (one Python thread and
pyarrow's jemalloc background thread were seen in a server before it forked, speed42); a forked worker holds only
the thread that forked it, and takes none of their work.

The server ends at once when its driver stops it: Python's finalisation of these modules (some 0.1-0.3 s) would hold
the end of a run, since the server shares the driver's standard output. A worker forked from it never runs this
exit handler (multiprocessing ends a forked child with `os._exit`). The handler is registered only where the fork
server imports this module (`AT_ONCE`): ending with code 0 whatever happened is the server's way out, and any other
process that imports the module (a test's, a tool's) keeps its own exit code; once, registered on every import, it
turned pytest's failing run into code 0.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import gc
import importlib
import os
import sys
from typing import TYPE_CHECKING

import distributed.nanny
import distributed.worker  # noqa: F401

import eventwatch.runner.cluster  # noqa: F401  (the task, its plugin, the shards' reader and the parts' writer)
from eventwatch.runner.forkserver import QUIET_TOKENIZERS
from eventwatch.runner.lean import import_spacy

import_spacy()

# the stage modules (`runner.local.stage_specs`) and what building or warming them imports
MODULES = (
    "eventwatch.clean", "eventwatch.language", "eventwatch.dedupe", "eventwatch.sources", "eventwatch.nlp",
    "eventwatch.events.assemble", "onnxruntime", "tokenizers", "lingua",
)
for _name in MODULES:
    importlib.import_module(_name)

if TYPE_CHECKING:
    from types import FrameType

    from eventwatch.runner.shardwork import ShardWorker
    from eventwatch.settings import Settings


def load_shared() -> Settings:
    """Load, once for every worker forked after it, what the stages of the default settings read and never change
    (see the module's docstring): the same calls, with the same arguments, as building the stages makes. Returns
    those settings, which the warm-up (`warm_shared`) builds its stages of."""
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
        arbiter = load_arbiter(settings.arbiter_model or None)
        load_embedder(arbiter.route, fast=True)
        if arbiter.cascade:  # the cascade's 8-bit session too (events/cascade.py), shared by every worker
            load_embedder("onnx8", fast=True)
    return settings


def native_threads() -> int | None:
    """The threads this process runs now, native ones included (Linux's `/proc/self/task`); None where unknown."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return None


# (threads before the server's warm-up, threads after it); None when it was not run
WARMED: tuple[int | None, int | None] | None = None
# the stages the server's warm-up ran its report through, kept for the first worker forked after it (`take_warmed`)
KEPT: ShardWorker | None = None


def warm_shared(settings: Settings | None = None) -> bool:
    """Run the workers' warm-up report (`ShardWorker.warm`) once through stages of the server's own, so that what
    the stages load at their first document and keep in shared caches (lingua's models, the gazetteer's seats,
    pycountry's look-ups, what writing a Parquet part imports) is loaded once here, for every worker forked after:
    a worker's own warm-up then costs some 0.1 CPU s, not 0.5-0.6 (speed53, speed55), and each worker is ready that
    much sooner. The server's stages are kept (`KEPT`): a worker forked from it whose run has these settings takes
    them (`take_warmed`, speed57) instead of building and warming its own (`StagesPlugin`), so a worker holds what
    it held before, stages whose caches were filled by the same report.

    A process that forks must run no thread but the one that forks: the embedding's tokenizer starts a pool of two
    native threads at its first batch unless `QUIET_TOKENIZERS` is in the environment, which `forkserver.
    start_server` sets for the server (ids and vectors are the same without the pool, speed53). So the warm-up runs
    only under that variable, and the threads are counted before and after (`WARMED`): a warm-up that started one
    says so on standard error (the forked workers would inherit a broken pool's locks). `settings`: those
    `load_shared` loaded (the defaults when None). True when it ran."""
    global WARMED, KEPT
    key, value = QUIET_TOKENIZERS
    if os.environ.get(key) != value:
        return False  # the tokenizer would start its pool here
    from eventwatch.runner.shardwork import ShardWorker
    from eventwatch.settings import Settings

    before = native_threads()
    warmed = ShardWorker(settings or Settings.load())
    warmed.warm()
    KEPT = warmed  # kept once its warm-up has run through: a warm-up that raised leaves each worker its own
    WARMED = (before, native_threads())
    if WARMED[0] is not None and WARMED[1] is not None and WARMED[1] > WARMED[0]:
        print(f"eventwatch: the workers' server started {WARMED[1] - WARMED[0]} thread(s) in its warm-up; "
              "forked workers may hang", file=sys.stderr)
    return True


def take_warmed(settings: Settings) -> ShardWorker | None:
    """The stages the server built and warmed (`warm_shared`), for a worker forked from it whose run has the same
    settings but for the store's path (`db`, which a worker's stages never read: they are built without a store),
    instead of building stages and running the warm-up report through them again (some 0.1 CPU s, in each worker
    and on the run's path to its first shard, speed57): the same stages, warmed by the same report, so their caches
    hold what the worker's own would hold and a shard's part is the same bytes. Each process takes them once, so a
    plugin set up again in the same worker (a torn-down plugin, another run) builds its own; None when there are
    none (taken already, or no warm-up ran) or the settings differ."""
    global KEPT
    kept = KEPT
    if kept is None or dataclasses.replace(settings, db=kept.settings.db) != kept.settings:
        return None
    KEPT = None
    return kept


with contextlib.suppress(Exception):  # a model that cannot be loaded is said by the worker that needs it, as before
    warm_shared(load_shared())
gc.collect()
gc.freeze()


def _exit_at_once() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def imported_by_fork_server() -> bool:
    """True when this import is the fork server's preload: multiprocessing's `forkserver` module imports it (its
    `main` imports the preload modules before it serves). Read from the frames that import this module, so nothing
    is set in an environment that the server's children or their children would inherit."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        if frame.f_globals.get("__name__") == "multiprocessing.forkserver":
            return True
        frame = frame.f_back
    return False


# the fork server ends at once with code 0 (see the module's docstring); every other importer keeps its exit code
AT_ONCE = imported_by_fork_server()
if AT_ONCE:
    atexit.register(_exit_at_once)
