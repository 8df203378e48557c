"""HTTP API and dashboard under load: a synthetic store of 100,000 events served by `eventwatch serve`.

Measures, on this machine, the latency of the routes the dashboard opens with (`/api/events` first page, the map
aggregate, the timeline aggregate; target < 300 ms each), then 2,000 requests from 20 concurrent clients over a mix
of routes (target: no error; p50/p95/p99 reported), and, when headless Chromium is installed, the time the page
takes to draw map, timeline and table. The store is generated here (seeded, so every run serves the same data):
events spread over 60 countries, 3,000 places and two years, each with a document and an evidence sentence.

    python bench/bench_web.py [--events 100000] [--requests 2000] [--clients 20]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from eventwatch.store import Store

TYPES = (("Protests", "Peaceful protest"), ("Protests", "Protest with intervention"),
         ("Riots", "Mob violence"), ("Riots", "Violent demonstration"), ("Battles", "Armed clash"),
         ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Violence against civilians", "Attack"),
         ("Violence against civilians", "Abduction/forced disappearance"), ("Strategic developments", "Arrests"))
TARGET_MS = 300.0


def build_store(path: Path, n_events: int, seed: int = 15) -> None:
    """A store of `n_events` synthetic events written with SQL (the pipeline is not what is measured here)."""
    rng = random.Random(seed)
    countries = [(f"Country {i:02d}", f"C{i:02d}", rng.uniform(-40, 55), rng.uniform(-120, 150)) for i in range(60)]
    places = []
    for p in range(3000):
        name, iso3, lat, lon = countries[rng.randrange(len(countries))]
        places.append((p, f"Town {p}", f"Province {p % 40}", name, iso3, round(lat + rng.uniform(-6, 6), 4),
                       round(lon + rng.uniform(-6, 6), 4)))
    with Store(path) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE places (p INTEGER, location VARCHAR, admin1 VARCHAR, country VARCHAR, "
                    "iso3 VARCHAR, latitude DOUBLE, longitude DOUBLE)")
        con.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)", places)
        con.execute("CREATE TEMP TABLE types (t INTEGER, event_type VARCHAR, sub_event_type VARCHAR)")
        con.executemany("INSERT INTO types VALUES (?, ?, ?)", [(i, a, b) for i, (a, b) in enumerate(TYPES)])
        con.execute("SELECT setseed(0.15)")
        con.execute(f"""
            CREATE TEMP TABLE gen AS SELECT i, printf('%016x', hash(i)) AS event_id,
                printf('doc%06d', i // 5) AS doc_id,
                CAST(floor(random() * 3000) AS INTEGER) AS p, CAST(floor(random() * {len(TYPES)}) AS INTEGER) AS t,
                DATE '2023-01-01' + CAST(floor(random() * 730) AS INTEGER) AS event_date,
                CAST(CASE WHEN random() < 0.7 THEN 0 ELSE floor(random() * 30) END AS INTEGER) AS fatalities,
                random() < 0.02 AS background
            FROM range({n_events}) AS r(i)""")
        con.execute("""
            INSERT INTO events (event_id, doc_id, event_date, time_precision, event_type, sub_event_type, actor1,
                actor2, country, iso3, admin1, location, latitude, longitude, geo_precision, fatalities, notes,
                source, background, confidence)
            SELECT g.event_id, g.doc_id, g.event_date, 1, ty.event_type, ty.sub_event_type,
                'Protesters (' || pl.country || ')', CASE WHEN g.t % 3 = 0 THEN 'Police Forces of ' || pl.country END,
                pl.country, pl.iso3, pl.admin1, pl.location, pl.latitude, pl.longitude, 1, g.fatalities,
                'Synthetic event ' || g.i, 'Bench Wire', g.background, 0.8
            FROM gen g JOIN places pl USING (p) JOIN types ty USING (t)""")
        con.execute("""
            INSERT INTO evidence SELECT event_id, 'sentence', 0, 60, 'Synthetic sentence about event ' || i || '.'
            FROM gen""")
        con.execute("""
            INSERT INTO documents (id, origin, title, published, text, n_events, source)
            SELECT DISTINCT doc_id, 'bench', 'Report ' || doc_id, '2024-12-31', 'Synthetic report text.', 5,
                'Bench Wire' FROM gen""")


class Server:
    """`eventwatch serve --port 0` in its own process, as a user runs it."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "eventwatch", "serve", "--db", str(db), "--port", "0"],
                                     stderr=subprocess.PIPE, text=True)
        assert self.proc.stderr is not None
        line = self.proc.stderr.readline()
        if " on " not in line:
            self.stop()
            raise SystemExit(f"the server did not start: {line}")
        self.url = line.split(" on ")[1].split()[0]
        parts = urlsplit(self.url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=60)


def timed_get(con: http.client.HTTPConnection, path: str) -> tuple[float, int, int]:
    start = time.perf_counter()
    con.request("GET", path)
    response = con.getresponse()
    body = response.read()
    return (time.perf_counter() - start) * 1000, response.status, len(body)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def opening_routes(server: Server, repeats: int) -> dict[str, dict[str, float]]:
    routes = {"/api/events (first page)": "/api/events", "/api/map (by place)": "/api/map",
              "/api/timeline (by day and type)": "/api/timeline?interval=auto",
              "/api/events filtered (country, type, dates)": "/api/events?country=country%2007&event_type=Protests"
                                                             "&since=2024-01&until=2024-06&sort=-fatalities"}
    out = {}
    con = http.client.HTTPConnection(server.host, server.port, timeout=60)
    for name, path in routes.items():
        first, status, size = timed_get(con, path)
        assert status == 200, (path, status)
        times = [timed_get(con, path)[0] for _ in range(repeats)]
        out[name] = {"first_ms": first, "median_ms": statistics.median(times), "p95_ms": pct(times, 95),
                     "max_ms": max(times), "bytes": size}
    con.close()
    return out


def concurrent(server: Server, total: int, clients: int, seed: int = 15) -> dict[str, float]:
    rng = random.Random(seed)
    ids: list[str] = []
    con = http.client.HTTPConnection(server.host, server.port, timeout=60)
    con.request("GET", "/api/events?limit=200&sort=fatalities")
    ids = [e["event_id"] for e in json.loads(con.getresponse().read())["events"]]
    con.close()
    mix = ["/api/events", "/api/events?offset=500&sort=date", "/api/map", "/api/timeline", "/api/status",
           "/api/events?country=Country%2012&event_type=Riots", "/api/events?actor=police&bbox=-20,-10,60,40",
           "/api/timeline?interval=week&country=Country%2003", "/api/facets", "/api/drops"]
    paths = [rng.choice(mix) if rng.random() < 0.8 else f"/api/events/{rng.choice(ids)}" for _ in range(total)]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    queue = iter(paths)

    def client() -> None:
        c = http.client.HTTPConnection(server.host, server.port, timeout=60)
        while True:
            with lock:
                path = next(queue, None)
            if path is None:
                break
            try:
                ms, status, _ = timed_get(c, path)
            except (OSError, http.client.HTTPException) as exc:
                with lock:
                    errors.append(f"{path}: {exc}")
                c.close()
                c = http.client.HTTPConnection(server.host, server.port, timeout=60)
                continue
            with lock:
                latencies.append(ms)
                if status != 200:
                    errors.append(f"{path}: HTTP {status}")
        c.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    for e in errors[:5]:
        print("  error:", e)
    return {"requests": len(paths), "errors": len(errors), "p50_ms": pct(latencies, 50), "p95_ms": pct(latencies, 95),
            "p99_ms": pct(latencies, 99), "max_ms": max(latencies), "requests_per_s": len(paths) / wall}


def page_load(server: Server) -> tuple[float, int, int] | None:
    """Seconds until the dashboard has drawn map, timeline and table in headless Chromium, the markers drawn and
    the console errors seen, or None without a browser."""
    if not (Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists()):
        return None
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        start = time.perf_counter()
        driver.get(server.url)
        WebDriverWait(driver, 120).until(lambda d: d.find_elements("css selector", "body[data-ready=true]"))
        seconds = time.perf_counter() - start
        drawn = int(driver.find_element("id", "map").get_attribute("data-drawn") or 0)
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        for e in errors[:3]:
            print("  console:", e["message"])
        return seconds, drawn, len(errors)
    finally:
        driver.quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        build_store(db, args.events)
        print(f"HTTP API: {args.events:,} synthetic events stored in {time.perf_counter() - start:.1f} s")
        server = Server(db)
        try:
            failed = False
            print(f"| route | first request | median of {args.repeats} | p95 | max | response |")
            print("|---|---|---|---|---|---|")
            for name, m in opening_routes(server, args.repeats).items():
                ok = m["p95_ms"] < TARGET_MS
                failed |= not ok
                print(f"| {name} | {m['first_ms']:.0f} ms | {m['median_ms']:.0f} ms | {m['p95_ms']:.0f} ms | "
                      f"{m['max_ms']:.0f} ms | {m['bytes'] / 1024:.0f} KB |{'' if ok else ' over 300 ms'}")
            c = concurrent(server, args.requests, args.clients)
            failed |= c["errors"] > 0
            print(f"{c['requests']:,} requests from {args.clients} concurrent clients: {c['errors']} errors, "
                  f"p50 {c['p50_ms']:.0f} ms, p95 {c['p95_ms']:.0f} ms, p99 {c['p99_ms']:.0f} ms, "
                  f"max {c['max_ms']:.0f} ms, {c['requests_per_s']:.0f} requests/s")
            page = page_load(server)
            print("dashboard drawn (map, timeline, table) in headless Chromium: " + (
                f"{page[0]:.2f} s, {page[1]:,} place markers clustered, {page[2]} console errors" if page
                else "skipped (no /usr/bin/chromium)"))
            failed |= bool(page and page[2])
        finally:
            server.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
