"""The cluster's driver writes the store and never parses: building its loader does not import spaCy, nor datasketch
(its LSH module imports scipy: the MinHash values and the bands are computed in `eventwatch.dedupe`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from eventwatch.events.assemble import ExtractEvents
from eventwatch.runner.local import EVENTS_STAGE, stage_specs
from eventwatch.settings import Settings


def test_events_stage_identity_is_the_stages_own() -> None:
    assert (ExtractEvents.name, ExtractEvents.version) == EVENTS_STAGE
    assert [s.name for s in stage_specs(Settings())][-2] == ExtractEvents.name


def test_driver_loader_does_not_import_spacy(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from eventwatch.cli.cluster import run_on_cluster\n"
        "from eventwatch.runner.cluster import DaskExecutor\n"
        "from eventwatch.runner.driver import Loader\n"
        "from eventwatch.settings import Settings\n"
        "from eventwatch.store import Store\n"
        f"with Store(Path({str(tmp_path)!r}) / 'd.duckdb') as store:\n"
        f"    Loader(store, Settings(), Path({str(tmp_path)!r}) / 'parts')\n"
        "from eventwatch.events import interaction\n"  # what the merge reads of the events package, per event
        "assert interaction(1, 8) == 18\n"
        "assert 'spacy' not in sys.modules, 'the driver imported spaCy'\n"
        "assert 'datasketch' not in sys.modules, 'the driver imported datasketch (and with it scipy)'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
