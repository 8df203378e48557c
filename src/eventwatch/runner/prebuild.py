"""A user's first cluster run: the gazetteer's index built in a process of its own, not in the workers' server.

On a machine with no compiled gazetteer yet (a first run, a new cache folder, an `INDEX_VERSION` the geocoder
raised), the first process to ask for the gazetteer builds its index (`geo/build.py`: some 35 CPU s, and some
1.3 GB at its peak, for the names of every town, division and country). In `eventwatch run --workers N` that process
was the forkserver, which loads the spaCy pipeline (its place ruler reads the gazetteer) before it forks the workers
(`runner/preload.py`). The build's memory stayed the server's after the build: its heap does not shrink back, and a
process forked from it starts with the server's resident pages as its own, so each worker's peak read 1,628-1,635 MB
on a first run (the lead's first bench run of the twelfth session and a run into a fresh cache; 580-650 MB on every
later run). The server's CPU counts with the driver's in the summary, hence the driver's 39-41 CPU s of those runs.

`build_apart` builds what is missing in a child process that ends when the files are written; the server then loads
the index from its files, as on every later run, so it holds what it holds on a later run and the workers forked from
it are the same processes. What is built is the same: the same code, on the same inputs, writing the same files. The
build's CPU and wall time are not cut (the build is the geocoder's, `geo/build.py`); a failure in the child is left
to the server's own load, which builds or says why it cannot, as before.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from eventwatch.geo.gazetteer import INDEX_FILES, cache_dir, get_gazetteer
from eventwatch.geo.ruler_names import RULER_NAMES_FILE, ruler_names

# what the place ruler reads from the gazetteer's cache folder, as the modules that write and read them name them
BUILT = (*INDEX_FILES, RULER_NAMES_FILE)


def missing(folder: Path) -> bool:
    """True when one of the files the workers' server reads from the gazetteer's cache folder is not there yet."""
    return not all((folder / name).exists() for name in BUILT)


def build_apart(folder: Path | None = None,
                run: Callable[[Sequence[str]], object] = lambda command: subprocess.run(command, check=False)) -> bool:
    """Build the gazetteer's index and the ruler's names in a child process when some are missing from `folder` (the
    gazetteer's cache folder by default); True when a child was run."""
    if not missing(folder or cache_dir()):
        return False
    run([sys.executable, "-m", __name__])
    return True


def build() -> None:
    """What the child runs: the gazetteer loaded (built when missing) and the ruler's names from it, as the place
    ruler loads them (`geo/ruler.py`)."""
    ruler_names(get_gazetteer())


if __name__ == "__main__":
    build()
