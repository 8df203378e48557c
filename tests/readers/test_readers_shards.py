"""Shards: reading a corpus shard by shard yields what reading it whole yields (documents, origins, drops, skip
counts), and large files really are cut into ranges."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from helpers_readers import page, write_warc
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventwatch.errors import NoReadableInput
from eventwatch.readers import ReadStats, iter_documents
from eventwatch.readers.shards import Shard, plan_shards, read_shard
from eventwatch.settings import Settings

SETTINGS = Settings(max_bytes=5000)
STORIES = [
    "Police arrested 12 students in Kisumu on Monday after a march.",
    "Hundreds of traders protested against new taxes in Kano.",
    "Gunmen killed four villagers near Bauchi, residents said.",
]


def _whole(paths: list[str], stats: ReadStats | None = None) -> list[object]:
    return list(iter_documents(paths, SETTINGS, stats=stats))


def _sharded(shards: list[Shard], stats: ReadStats | None = None) -> list[object]:
    return [doc for shard in shards for doc in read_shard(shard, SETTINGS, stats)]


def _corpus(folder: Path) -> list[str]:
    folder.mkdir()
    lines = []
    for i in range(23):
        if i == 5:
            lines.append("")  # a blank line keeps its number
        elif i == 9:
            lines.append("{not json")
        elif i == 13:
            lines.append(json.dumps({"id": f"r{i}", "text": "x" * 6000}))  # over max_bytes
        else:
            lines.append(json.dumps({"id": f"r{i}", "text": STORIES[i % 3] + f" Case {i}."}))
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = ["id,text,published"]
    for i in range(17):
        text = f'"{STORIES[i % 3]}\nSecond line, with a comma, of case {i}."' if i % 4 == 0 else f'"{STORIES[i % 3]}"'
        rows.append(f"c{i},{text},2024-03-0{i % 9 + 1}")
        if i == 7:
            rows.append("")
    (folder / "b.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    records = [("request", "", "", b""), ("response", "200 OK", "text/html", page().encode()),
               ("response", "404 Not Found", "text/html", b"<p>gone</p>")] * 7
    write_warc(folder / "c.warc", records, gzip=False)
    write_warc(folder / "d.warc.gz", records, gzip=True)
    items = "".join(f"<item><title>Story {i}</title><description>{STORIES[i % 3]} Item {i}.</description>"
                    f"<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>" for i in range(11))
    (folder / "e.rss").write_text(f"<?xml version='1.0'?><rss><channel><title>Wire</title>{items}</channel></rss>",
                                  encoding="utf-8")
    for i in range(5):
        (folder / f"f{i}.txt").write_text(f"{STORIES[i % 3]} Report {i} of the day.\n", encoding="utf-8")
    (folder / "g-empty.txt").write_bytes(b"")
    (folder / "h.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return [str(folder)]


def test_sharded_reading_equals_whole_reading(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "corpus")
    whole_stats, shard_stats = ReadStats(), ReadStats()
    whole = _whole(paths, whole_stats)
    shards = list(plan_shards(paths, SETTINGS, 4, split_bytes=0))
    assert _sharded(shards, shard_stats) == whole
    assert shard_stats.skipped == whole_stats.skipped and shard_stats.documents == whole_stats.documents
    kinds = Counter(p.kind for s in shards for p in s.pieces)
    assert kinds["jsonl"] >= 5 and kinds["csv"] >= 4 and kinds["warc"] >= 2 * 2 and kinds["feed"] == 3
    assert [s.seq for s in shards] == list(range(len(shards)))
    assert len({s.key for s in shards}) == len(shards)


def test_small_files_are_grouped_and_keys_follow_content(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "corpus")
    shards = list(plan_shards(paths, SETTINGS, 4))  # default split size: every file here is read whole
    assert all(p.kind == "file" for s in shards for p in s.pieces)
    assert len(shards) < 12
    assert _sharded(shards) == _whole(paths)
    again = [s.key for s in plan_shards(paths, SETTINGS, 4)]
    assert again == [s.key for s in shards]
    (tmp_path / "corpus" / "f0.txt").write_text("Changed text of the report.\n", encoding="utf-8")
    changed = [s.key for s in plan_shards(paths, SETTINGS, 4)]
    assert sum(a != b for a, b in zip(again, changed, strict=True)) == 1
    assert [s.key for s in plan_shards(paths, SETTINGS, 4, salt="other settings")] != again


def test_damaged_files_stay_whole(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    long_field = 'id,text\n1,"' + "a line of a field that never closes\n" * 4000 + '"\n2,a fine row\n'
    (folder / "too-long-field.csv").write_text(long_field, encoding="utf-8")  # csv.Error: field larger than limit
    (folder / "cut.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nshort")
    (folder / "array.jsonl").write_text(json.dumps([{"text": s} for s in STORIES]), encoding="utf-8")
    shards = list(plan_shards([str(folder)], SETTINGS, 1, split_bytes=0))
    assert all(p.kind == "file" for s in shards for p in s.pieces)
    assert _sharded(shards) == _whole([str(folder)])


def test_stdin_cannot_be_sharded() -> None:
    with pytest.raises(NoReadableInput, match="stdin"):
        plan_shards(["-"], SETTINGS, 4)


_LINE = st.one_of(
    st.builds(lambda t, i: json.dumps({"id": i, "text": t}), st.text(min_size=0, max_size=40), st.integers(0, 99)),
    st.sampled_from(["", "   ", "{broken", "[1, 2]", json.dumps({"title": "no text"})]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_LINE, min_size=1, max_size=30), size=st.integers(1, 7), trailing=st.booleans())
@example(lines=["", "   "], size=1, trailing=False)  # only blank lines: one "empty file" drop, read whole
def test_jsonl_ranges_property(tmp_path: Path, lines: list[str], size: int, trailing: bool) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(lines) + ("\n" if trailing else ""), encoding="utf-8")
    shards = list(plan_shards([str(path)], SETTINGS, size, split_bytes=0))
    assert _sharded(shards) == _whole([str(path)])


_CELL = st.text(alphabet=st.sampled_from(list("ab ,\"\n")), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=25), size=st.integers(1, 6))
def test_csv_ranges_property(tmp_path: Path, rows: list[tuple[str, str]], size: int) -> None:
    def quote(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    path = tmp_path / "p.csv"
    body = "".join(f"{quote(a)},{quote(b + ' words of a report')}\n" for a, b in rows)
    path.write_text("id,text\n" + body, encoding="utf-8")
    shards = list(plan_shards([str(path)], SETTINGS, size, split_bytes=0))
    assert _sharded(shards) == _whole([str(path)])


def test_last_shards_of_a_folder_shrink(tmp_path: Path) -> None:
    """The last shards of a run of whole files are each half of what is left (down to an eighth of the size), so
    that the workers finish together; every file is in one shard, in reading order."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(107):
        (folder / f"r{i:03d}.txt").write_text(f"{STORIES[i % 3]} Report {i}.\n", encoding="utf-8")
    shards = list(plan_shards([str(folder)], SETTINGS, 16))
    sizes = [len(s.pieces) for s in shards]
    assert sizes == [16] * 5 + [14, 7, 3, 3]  # 27 left: 14, 13 left: 7, 6 left: 3, and the 3 left (not 2 and 1)
    assert [p.path for s in shards for p in s.pieces] == sorted(str(p) for p in folder.iterdir())
    assert _sharded(shards) == _whole([str(folder)])
    # a folder ending in a file cut into ranges keeps shards of the full size before it
    (folder / "z.jsonl").write_text("".join(json.dumps({"text": f"{STORIES[0]} {i}"}) + "\n" for i in range(40)),
                                    encoding="utf-8")
    sizes = [len(s.pieces) for s in plan_shards([str(folder)], SETTINGS, 16, split_bytes=1000)]
    assert sizes[:7] == [16] * 6 + [11]
