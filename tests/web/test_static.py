"""The dashboard's files: vendored libraries exactly as `make vendor` copied them (with their licences), nothing
fetched from elsewhere, no inline script, and article text never handed to innerHTML."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "src" / "eventwatch" / "web" / "static"
VENDOR = STATIC / "vendor"


def test_vendored_files_match_their_manifest_and_carry_licences() -> None:
    lines = (VENDOR / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "path\tpackage\tversion\tsha256"
    listed = {}
    for line in lines[1:]:
        path, package, version, digest = line.split("\t")
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), line
        assert hashlib.sha256((VENDOR / path).read_bytes()).hexdigest() == digest, f"{path} differs from npm's"
        listed[path] = package
    on_disk = {p.relative_to(VENDOR).as_posix() for p in VENDOR.rglob("*") if p.is_file()} - {"MANIFEST.tsv"}
    assert on_disk == set(listed)  # nothing unlisted slipped in
    for package in set(listed.values()):
        assert any(re.search(r"licen[cs]e", Path(p).name, re.I) for p, pkg in listed.items() if pkg == package), package


def test_the_page_loads_only_its_own_files_and_no_inline_script() -> None:
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []  # every script is a file
    assert re.search(r"<[^>]*\son[a-z]+\s*=", page) is None  # no event-handler attributes
    assert "style=" not in page and "<style" not in page
    for ref in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert ref.startswith("/"), f"{ref} is not served by the package itself"


def test_the_script_writes_text_never_html() -> None:
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", (STATIC / "app.js").read_text(encoding="utf-8"), flags=re.S)
    assert "innerHTML" not in code and "outerHTML" not in code and "insertAdjacentHTML" not in code
    assert "document.write" not in code and "eval(" not in code and "new Function" not in code
