"""A cluster's worker loads what its stages need and nothing it never uses: not the store (DuckDB) nor the merge,
which only the driver runs, nor pandas, which pyarrow would import to write a part; and a worker of our own
LocalCluster ends without freeing its models once it has closed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from eventwatch.settings import Settings

_PART = (
    "from pathlib import Path\n"
    "from eventwatch.records import Document, Drop\n"
    "from eventwatch.runner.parts import read_part, write_part\n"
    "docs = [Document(raw='r', origin='a.txt', text='Police dispersed a march in Lagos.', title='March'),\n"
    "        Document(raw='s', origin='b.txt', dropped=Drop('language', 'not English'))]\n"
    "write_part(Path({folder!r}), 'k', docs, {{'key': 'k'}})\n"
    "assert [d.origin for d in read_part(Path({folder!r}), 'k')] == ['a.txt', 'b.txt']\n"
)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


def test_a_worker_imports_neither_the_store_nor_the_merge_nor_pandas() -> None:
    code = (
        "import sys\n"
        "from eventwatch.runner.cluster import StagesPlugin, process_shard\n"  # what a task's unpickling imports
        "from eventwatch.settings import Settings\n"
        "plugin = StagesPlugin(Settings())\n"
        "plugin.setup(None)\n"  # the stages built and warmed: a part written
        "loaded = [m for m in ('duckdb', 'eventwatch.store', 'eventwatch.merge', 'pandas') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_stages_load_spacy_without_its_command_line() -> None:
    """spaCy's command line (typer, weasel, httpx, requests) is not imported by building the stages; `spacy.info`
    and `spacy.cli` still work when asked for, and the model annotates as it does after a plain `import spacy`."""
    code = (
        "import sys\n"
        "from eventwatch.runner.local import stage_specs\n"
        "from eventwatch.settings import Settings\n"
        "[spec.build() for spec in stage_specs(Settings()) if spec.name == 'events']\n"
        "loaded = [m for m in ('spacy.cli', 'typer', 'weasel', 'httpx', 'requests') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "import spacy\n"
        "assert spacy.info()['spacy_version'] == spacy.__version__\n"
        "import spacy.cli\n"
        "assert callable(spacy.cli.download)\n"
        f"nlp = spacy.load({Settings().spacy_model!r})\n"
        "print([(t.text, t.tag_, t.dep_, t.ent_type_) for t in nlp('Police fired at marchers in Lagos.')])\n"
    )
    lean = _run(code)
    assert lean.returncode == 0, lean.stderr[-2000:]
    plain = _run("import spacy\n" + code[code.index("nlp = "):])
    assert plain.returncode == 0, plain.stderr[-2000:]
    assert lean.stdout.splitlines()[-1] == plain.stdout.splitlines()[-1]


def test_a_part_is_the_same_bytes_whether_pyarrow_found_pandas_or_not(tmp_path: Path) -> None:
    with_pandas, without = tmp_path / "with", tmp_path / "without"
    done = _run("import pandas\n" + _PART.format(folder=str(with_pandas)))
    assert done.returncode == 0, done.stderr[-2000:]
    done = _run(_PART.format(folder=str(without)) + (
        "import sys\n"
        "assert 'pandas' not in sys.modules\n"
        "import pyarrow as pa\n"
        "assert pa.table({'a': [1]}).to_pandas()['a'].tolist() == [1]\n"  # what asks for pandas still gets it
    ))
    assert done.returncode == 0, done.stderr[-2000:]
    assert (with_pandas / "k.parquet").read_bytes() == (without / "k.parquet").read_bytes()


def test_a_closed_worker_of_our_cluster_exits_at_once_and_others_as_they_would() -> None:
    code = (
        "import sys\n"
        "from eventwatch.runner.cluster import StagesPlugin\n"
        "from eventwatch.settings import Settings\n"
        "StagesPlugin(Settings(), exit_at_once={flag}).teardown(None)\n"
        "print('closed', end='')\n"
        "sys.exit(3)\n"
    )
    ours = _run(code.format(flag=True))
    assert (ours.returncode, ours.stdout) == (0, "closed")  # output flushed, no finalisation
    theirs = _run(code.format(flag=False))
    assert (theirs.returncode, theirs.stdout) == (3, "closed")


def test_writing_the_store_does_not_import_pandas(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from eventwatch.records import Document, Drop\n"
        "from eventwatch.runner.local import store_batch\n"
        "from eventwatch.store import Store\n"
        f"with Store(Path({str(tmp_path)!r}) / 's.duckdb') as store:\n"
        "    docs = [Document(raw='r', origin='a.txt', id='a1', text='Police dispersed a march in Lagos.'),\n"
        "            Document(raw='s', origin='b.txt', dropped=Drop('language', 'not English'))]\n"
        "    store_batch(store, docs, 'test@1')\n"
        "    assert store.query('SELECT count(*) AS n FROM documents')[0]['n'] == 1\n"
        "assert 'pandas' not in sys.modules\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr[-2000:]
