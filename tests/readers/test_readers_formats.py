"""Each supported format read from files the test writes: text, HTML, JSONL, CSV, feeds, gzip, stdin, folders."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from helpers_readers import ARTICLE, page

from eventwatch.errors import InputNotFound, NoReadableInput
from eventwatch.readers import ReadStats, iter_documents
from eventwatch.settings import Settings

S = Settings()


def read(paths: list[str], settings: Settings = S, **kw: object) -> list:  # type: ignore[type-arg]
    return list(iter_documents(paths, settings, **kw))  # type: ignore[arg-type]


def test_text_file_normalises_whitespace_and_entities(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("Police\u00a0arrested  two men\r\nin Tunis &amp; Sfax.\u200b\r\n".encode())
    [doc] = read([str(f)])
    assert doc.dropped is None
    assert doc.raw == "Police arrested two men\nin Tunis & Sfax."
    assert doc.origin == str(f)


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "farmers.html"
    f.write_text(page(), encoding="utf-8")
    [doc] = read([str(f)])
    assert doc.dropped is None
    assert "blocked the main highway into Lyon" in doc.raw
    assert "Subscribe to our newsletter" not in doc.raw
    assert doc.title == "Farmers block highway near Lyon"
    assert doc.byline == "Ana Ruiz"
    assert doc.source == "Valley Courier"
    assert doc.url == "https://courier.example/farmers"
    assert doc.published == "2021-03-04"


def test_html_in_declared_legacy_encoding(tmp_path: Path) -> None:
    body = "Des manifestants ont bloqué la préfecture de Nantes pendant trois heures, selon la police locale."
    html = page(title="Blocage à Nantes", body=body).replace("charset='utf-8'", "charset='windows-1252'")
    f = tmp_path / "nantes.htm"
    f.write_bytes(html.encode("cp1252"))
    [doc] = read([str(f)])
    assert "bloqué la préfecture" in doc.raw
    assert doc.title == "Blocage à Nantes"


def test_undeclared_cp1251_text_is_detected(tmp_path: Path) -> None:
    text = "Протестующие собрались у здания администрации города и потребовали отставки мэра. " * 3
    f = tmp_path / "ru.txt"
    f.write_bytes(text.encode("cp1251"))
    [doc] = read([str(f)])
    assert doc.dropped is None
    assert doc.raw.startswith("Протестующие собрались")


def test_utf16_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes("\ufeffStrikers marched in Accra.".encode("utf-16-le"))
    [doc] = read([str(f)])
    assert doc.raw == "Strikers marched in Accra."


def test_jsonl_records_with_configured_field_names(tmp_path: Path) -> None:
    f = tmp_path / "export.jsonl"
    rows = [
        {"body": ARTICLE, "uid": "a1", "date": "2021-03-04T10:00:00Z", "link": "https://x.example/1", "outlet": "X"},
        {"body": "<p>First paragraph here.</p><p>Second one.</p>", "uid": "a2"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    settings = Settings(
        text_field="body", id_field="uid", published_field="date", url_field="link", source_field="outlet"
    )
    docs = read([str(f)], settings)
    assert [d.origin for d in docs] == [f"{f}#1", f"{f}#2"]
    assert docs[0].published == "2021-03-04" and docs[0].url == "https://x.example/1" and docs[0].source == "X"
    assert docs[0].id == "a1"
    assert docs[1].raw == "First paragraph here.\n\nSecond one."


def test_json_array_file(tmp_path: Path) -> None:
    f = tmp_path / "export.json"
    f.write_text(json.dumps([{"text": ARTICLE}, 5]), encoding="utf-8")
    docs = read([str(f)])
    assert docs[0].dropped is None and docs[0].raw == ARTICLE
    assert docs[1].dropped is not None and "not a JSON object" in docs[1].dropped.reason


def test_csv_with_quoted_multiline_field_and_latin1(tmp_path: Path) -> None:
    f = tmp_path / "export.csv"
    content = 'id,title,text,published\n1,Grève,"Les cheminots sont en grève.\nDeuxième ligne.",2022-05-01\n'
    f.write_bytes(content.encode("latin-1"))
    [doc] = read([str(f)])
    assert doc.dropped is None
    assert doc.title == "Grève"
    assert doc.raw == "Les cheminots sont en grève.\nDeuxième ligne."
    assert doc.published == "2022-05-01"
    assert doc.origin == f"{f}#1"


def test_csv_without_text_column_is_a_drop(tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("id,body\n1,hello\n", encoding="utf-8")
    [doc] = read([str(f)])
    assert doc.dropped is not None and "no 'text' column" in doc.dropped.reason


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Valley Courier</title>
<item><title>Farmers block highway</title><link>https://courier.example/1</link>
<pubDate>Thu, 04 Mar 2021 09:00:00 GMT</pubDate><author>desk@courier.example (Ana Ruiz)</author>
<description>&lt;p&gt;Farmers blocked the highway.&lt;/p&gt;&lt;script&gt;bad()&lt;/script&gt;
&lt;p&gt;Police diverted traffic.&lt;/p&gt;</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Post</title>
<entry><title>Dockers strike</title><link href="https://post.example/d"/><updated>2022-06-01T12:00:00Z</updated>
<content type="html">&lt;p&gt;Dock workers walked out in Mombasa.&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_are_documents(tmp_path: Path) -> None:
    f = tmp_path / "feed.rss"
    f.write_text(RSS, encoding="utf-8")
    docs = read([str(f)])
    assert docs[0].raw == "Farmers blocked the highway.\n\nPolice diverted traffic."
    assert docs[0].title == "Farmers block highway" and docs[0].published == "2021-03-04"
    assert docs[0].source == "Valley Courier" and docs[0].url == "https://courier.example/1"
    assert docs[0].origin == f"{f}#1"
    assert docs[1].dropped is not None and "no text" in docs[1].dropped.reason


def test_atom_feed_sniffed_from_xml_extension(tmp_path: Path) -> None:
    f = tmp_path / "feed.xml"
    f.write_text(ATOM, encoding="utf-8")
    [doc] = read([str(f)])
    assert doc.raw == "Dock workers walked out in Mombasa."
    assert doc.published == "2022-06-01" and doc.source == "Coast Post"


def test_gzip_and_sniffing_unknown_extension(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (tmp_path / "b.dat").write_bytes(page().encode())
    (tmp_path / "c.data.gz").write_bytes(gzip.compress(json.dumps({"text": "From a gzipped JSON line."}).encode()))
    docs = read([str(tmp_path)])
    assert docs[0].raw == ARTICLE
    assert docs[1].title == "Farmers block highway near Lyon"
    assert docs[2].raw == "From a gzipped JSON line."


def test_stdin(tmp_path: Path) -> None:
    stream = io.BytesIO(b'{"text": "one"}\n{"text": "two"}\n')
    docs = read(["-"], stdin=stream)
    assert [d.raw for d in docs] == ["one", "two"]
    assert [d.origin for d in docs] == ["-#1", "-#2"]


def test_folders_recursive_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("zeta text", encoding="utf-8")
    (tmp_path / "a.txt").write_text("alpha text", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text("hidden", encoding="utf-8")
    stats = ReadStats()
    docs = read([str(tmp_path)], stats=stats)
    assert [d.raw for d in docs] == ["alpha text", "zeta text"]
    assert stats.files == 2 and stats.documents == 2


def test_glob(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    docs = read([str(tmp_path / "x*.txt")])
    assert [d.raw for d in docs] == ["x1.txt", "x2.txt"]


def test_missing_path_raises_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("fine", encoding="utf-8")
    seen: list[object] = []
    with pytest.raises(InputNotFound, match=r"missing\.txt"):
        seen.extend(iter_documents([str(tmp_path / "ok.txt"), str(tmp_path / "missing.txt")], S))
    assert seen == []


def test_missing_path_raises_at_call_time(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        iter_documents([str(tmp_path / "nope")], S)


def test_empty_folder_and_unmatched_glob_raise(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoReadableInput):
        iter_documents([str(tmp_path / "empty")], S)
    with pytest.raises(NoReadableInput):
        iter_documents([str(tmp_path / "*.nothing")], S)
