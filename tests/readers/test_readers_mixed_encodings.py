"""A file whose lines come in two encodings (UTF-8 with lines pasted from a Latin-1 or Windows-1252 source) is
decoded line by line, where one guess for the whole file would garble one kind of line or drop the file."""

from __future__ import annotations

from pathlib import Path

from eventwatch.readers import iter_documents
from eventwatch.readers.decode import decode_by_line, decode_bytes
from eventwatch.settings import Settings

UTF8_LINES = ["Protesters gathered in Zürich — “café owners” joined them.", "Later, 200 people marched in São Paulo."]
LATIN_LINE = "Police dispersed the crowd in Bogotá and Medellín with water cannon."


def _mixed() -> bytes:
    return (UTF8_LINES[0] + "\n").encode("utf-8") + (LATIN_LINE + "\n").encode("latin-1") + UTF8_LINES[1].encode()


def test_each_line_in_its_own_encoding(tmp_path: Path) -> None:
    text, reason = decode_bytes(_mixed())
    assert reason == "" and text == "\n".join([UTF8_LINES[0], LATIN_LINE, UTF8_LINES[1]])
    path = tmp_path / "mixed.txt"
    path.write_bytes(_mixed() + b"\n\nThe reporting desk filed this story from the capital on Monday.\n")
    [doc] = list(iter_documents([str(path)], Settings()))
    assert doc.dropped is None and "Bogotá" in doc.raw and "São Paulo" in doc.raw and "“café owners”" in doc.raw


def test_windows_1252_quotes_on_a_latin_line() -> None:
    data = "Marchers in Münster".encode() + b"\n" + "“Enough”, said a rally in Lodz".encode("cp1252")
    assert decode_bytes(data)[0] == "Marchers in Münster\n“Enough”, said a rally in Lodz"


def test_a_file_with_no_utf8_is_left_to_one_guess() -> None:
    latin = (LATIN_LINE + "\n" + "Crowds in Bogotá again on Tuesday, said the mayor's office.").encode("latin-1")
    assert decode_by_line(latin) is None  # nothing shows UTF-8: the whole-file guess decides
    assert "Bogotá" in (decode_bytes(latin)[0] or "")
