"""Vendor the dashboard's front-end libraries and basemap into the package, reproducibly (`make vendor`).

The dashboard must work with no network: no tile server, no CDN. So the map library (Leaflet), its clustering
plug-in (Leaflet.markercluster), the TopoJSON decoder (topojson-client) and a world basemap of country outlines
(world-atlas: Natural Earth's 1:50m countries as TopoJSON) are copied from npm packages at the versions pinned in
`vendor/package.json` and `vendor/package-lock.json` (installed with `npm ci`, so the lock file's integrity hashes
are checked), byte for byte, with each package's licence, into `src/eventwatch/web/static/vendor/`. The files are
committed, so neither users nor CI need npm; `MANIFEST.tsv` records each file's package, version and SHA-256, and a
test checks the committed files against it. Re-running this script on the same lock file gives the same files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "eventwatch" / "web" / "static" / "vendor"

# package -> files to ship (paths inside the npm package); the licence is always among them.
FILES: dict[str, tuple[str, ...]] = {
    "leaflet": ("dist/leaflet.js", "dist/leaflet.css", "LICENSE"),
    "leaflet.markercluster": ("dist/leaflet.markercluster.js", "dist/MarkerCluster.css",
                              "dist/MarkerCluster.Default.css", "MIT-LICENCE.txt"),
    "topojson-client": ("dist/topojson-client.min.js", "LICENSE"),
    "world-atlas": ("countries-50m.json", "LICENSE"),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: install Node.js and npm to rebuild the vendored files", file=sys.stderr)
        return 1
    subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    if OUT.exists():
        shutil.rmtree(OUT)
    rows = ["path\tpackage\tversion\tsha256"]
    for package, files in FILES.items():
        root = HERE / "node_modules" / package
        version = json.loads((root / "package.json").read_text(encoding="utf-8"))["version"]
        for name in files:
            target = OUT / package / Path(name).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / name, target)
            rows.append(f"{target.relative_to(OUT).as_posix()}\t{package}\t{version}\t{sha256(target)}")
    (OUT / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    shutil.rmtree(HERE / "node_modules")
    print(f"vendored {len(rows) - 1} files into {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
