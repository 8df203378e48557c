"""Bytes to clean text: binary sniffing, encoding detection and whitespace normalisation.

Scraped news arrives in every encoding and with every kind of odd whitespace (no-break spaces, zero-width
characters, Windows line ends). Everything downstream assumes NFC text with plain spaces and `\\n` line ends,
so that character offsets (`Span`) mean the same thing for every input. A byte string that cannot be decoded
sensibly is reported as a reason (a string), never guessed into mojibake.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

import charset_normalizer

# Magic numbers of binary formats users commonly drop into a folder of articles by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"SQLite format 3", "SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Spaces that look like a space but are not U+0020; zero-width characters that only break tokens.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x85")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_MULTISPACE = re.compile(" {2,}")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def binary_kind(head: bytes) -> str | None:
    """Name the binary format of `head` (the first bytes of a file), or None when it may be text."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head[:8192]:
        return "NUL bytes"
    return None


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (`<meta charset=...>`), if it is a known codec."""
    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_sane(text: str) -> bool:
    """Reject decodings full of control characters or replacement marks: they are not text."""
    if not text:
        return True
    bad = sum(
        1
        for ch in text[:20000]
        if ch == "\ufffd" or (unicodedata.category(ch) in {"Cc", "Co", "Cs", "Cn"} and ch not in "\n\r\t\f\v")
    )
    return bad / min(len(text), 20000) < 0.01


# Single-byte Latin code pages charset-normalizer often cannot tell apart on short texts; Windows-1252 is by far
# the most common of them in news pages and exports, so it wins when it decodes the bytes as well.
_LATIN_LOOKALIKES = frozenset(
    {"cp1250", "cp1252", "cp850", "cp775", "cp852", "cp437", "cp858", "hp_roman8", "latin_1", "mac_roman",
     "mac_latin2", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14",
     "iso8859_15", "iso8859_16", "cp1254", "cp1257", "cp1258"}
)  # fmt: skip


def guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's best guess, preferring Windows-1252 among Latin look-alikes; None if nothing fits."""
    best = charset_normalizer.from_bytes(data[:2_000_000]).best()
    if best is None:
        return None
    if best.encoding in _LATIN_LOOKALIKES:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best.encoding)


def decode_by_line(data: bytes) -> str | None:
    """A file whose lines come in two encodings (UTF-8 text with lines pasted from a Windows-1252 or Latin-1
    source) decoded line by line: each line as UTF-8 when it is valid UTF-8, else as Windows-1252 (Latin-1 for
    the five bytes it leaves undefined). None when no line holds valid non-ASCII UTF-8: then nothing shows the
    file is UTF-8 at all, and one guess for the whole file is right. A single guess for a mixed file reads every
    line in one code page and garbles the UTF-8 ones (a Cyrillic code page for "café" and "Bogotá")."""
    lines: list[str] = []
    utf8 = 0
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                lines.append(line.decode("latin-1"))
    return "\n".join(lines) if utf8 else None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str | None, str]:
    """Decode `data` to text; returns (text, "") or (None, reason).

    Order: byte-order mark, strict UTF-8 (most of the web), the declared charset, then charset-normalizer's
    statistical guess. Each candidate must look like text, or the next one is tried.
    """
    if not data.strip():
        return None, "empty file"
    kind = binary_kind(data[:8192])
    if kind is not None:
        return None, f"binary file ({kind})"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), ""
            except UnicodeDecodeError:
                return None, f"undecodable: invalid {codec} after its byte-order mark"
    candidates = ["utf-8"]
    if declared:
        candidates.append(declared)
    for codec in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_sane(text):
            return text, ""
    mixed = decode_by_line(data)
    if mixed is not None and _looks_sane(mixed):
        return mixed, ""
    encoding = guess_encoding(data)
    if encoding is None:
        return None, "undecodable: not valid UTF-8 and no text encoding fits"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None, f"undecodable: not valid UTF-8 nor {encoding}"
    if not _looks_sane(text):
        return None, f"undecodable: decoding as {encoding} gives control characters, not text"
    return text, ""


def normalise_text(text: str, *, unescape: bool = True) -> str:
    """NFC, `\\n` line ends, plain spaces, no zero-width or control characters, no trailing spaces."""
    text = _LINE_BREAKS.sub("\n", text)
    if unescape and _ENTITY.search(text):
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _MULTISPACE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()
