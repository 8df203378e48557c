"""A small mixed corpus for the sharded runner's tests (team-written text), and the in-process reference run."""

from __future__ import annotations

import json
from pathlib import Path

from eventwatch.readers import iter_documents
from eventwatch.runner import run_into_store
from eventwatch.settings import Settings
from eventwatch.store import Store

CITIES = ["Nairobi", "Kisumu", "Kano", "Basra", "Karachi", "Quetta", "Cali", "Mandalay", "Khartoum", "Dhaka"]
VERBS = ["Police arrested {n} students", "Hundreds of traders protested against new taxes",
         "Gunmen killed {n} villagers", "Rioters set fire to {n} shops"]


def story(i: int) -> str:
    city = CITIES[i % len(CITIES)]
    verb = VERBS[i % len(VERBS)].format(n=i % 9 + 2)
    return (f"{city}, March {i % 27 + 1}, 2024 — {verb} in {city} on Monday, witnesses said. "
            f"Officials gave no further details about case {i}.")


def write_corpus(folder: Path, articles: int = 10, records: int = 14) -> list[str]:
    """Text articles (one an exact copy, one a near copy, one in French, an empty and a binary file) and a JSONL
    export with a blank line and a malformed record."""
    folder.mkdir(parents=True)
    for i in range(articles):
        (folder / f"a{i:02d}.txt").write_text(f"Report {i}\n\n{story(i)}\n", encoding="utf-8")
    (folder / "a00-copy.txt").write_text(f"Report 0\n\n{story(0)}\n", encoding="utf-8")
    (folder / "a01-near.txt").write_text(f"Report 1\n\n{story(1)} The report was updated.\n", encoding="utf-8")
    (folder / "b-french.txt").write_text(
        "La police a arrêté douze étudiants à Dakar lundi après une marche contre la hausse des prix, "
        "selon des témoins qui ont parlé aux journalistes.\n", encoding="utf-8")
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    lines = [json.dumps({"id": f"r{i}", "text": story(100 + i), "published": "2024-03-28"}) for i in range(records)]
    lines.insert(4, "")
    lines.insert(7, "{not json")
    lines.append(json.dumps({"id": "r-copy", "text": story(100)}))  # the same story as r0
    (folder / "e-export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder)]


def reference_run(paths: list[str], db: Path, settings: Settings) -> None:
    with Store(db) as store:
        run_into_store(iter_documents(paths, settings), store, settings)
