"""The package layout of DESIGN.md: each part imports only from what stands above it, so there are no import
circles and a part can be read (and replaced) knowing only the floors beneath it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "eventwatch"

# Floor of each top-level module or package; a module may import from its own floor or lower ones.
LAYERS: dict[str, int] = {
    "records": 0, "errors": 0, "settings": 0, "pipeline": 0, "jsonio": 0, "sentences": 0, "lru": 0, "formats": 0,
    "textcase": 0,
    "dates": 1,  # a pure parser: cleaning reads caption and dateline dates with it
    "readers": 2, "clean": 2, "language": 2, "dedupe": 2, "geo": 2, "nlp": 2,
    "events": 3,
    "sources": 4,
    "store": 5, "export": 5,
    "merge": 6,
    "runner": 7,
    "web": 8,
    "evaluation": 9, "training": 9,
    "api": 10, "cli": 11, "__main__": 11, "__init__": 11,
}


def _part(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("eventwatch."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "eventwatch":
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("eventwatch."))
    return found


MODULES = sorted(p for p in SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_only_from_floors_above(path: Path) -> None:
    part = _part(path)
    assert part in LAYERS, f"{part} has no floor in the layout: add it to LAYERS (and to DESIGN's list)"
    upward = sorted(name for name in _imports(path) - {part}
                    if name in LAYERS and LAYERS[name] > LAYERS[part])
    assert not upward, f"{path.relative_to(SRC)} imports from a higher floor: {upward}"


def _loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after `statement` (a subprocess: this one has imported everything)."""
    code = f"import sys\n{statement}\nprint('\\n'.join(sys.modules))"
    env = {**os.environ, "PYTHONPATH": str(SRC.parent)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize(("statement", "absent"), [
    # every command's start: the CLI offers the export formats without loading the export, the store or Arrow
    ("import eventwatch.cli.data", {"eventwatch.export", "eventwatch.store", "pyarrow", "duckdb", "numpy"}),
    # a worker reading plain text, HTML, JSONL or CSV loads no WARC or feed parser
    ("import eventwatch.readers, eventwatch.readers.shards", {"warcio", "feedparser"}),
    # the driver's merge needs the place-name normaliser, not the gazetteer and geocoder behind `eventwatch.geo`
    ("import eventwatch.merge", {"eventwatch.geo.gazetteer", "eventwatch.geo.resolve", "eventwatch.geo.candidates"}),
])
def test_start_up_leaves_unused_modules_unloaded(statement: str, absent: set[str]) -> None:
    loaded = _loaded_after(statement)
    assert absent.isdisjoint(loaded), f"{statement!r} loads {sorted(absent & loaded)}"
    assert statement.split()[1].split(",")[0] in loaded  # the statement ran
