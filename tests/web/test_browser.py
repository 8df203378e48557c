"""The dashboard in a real browser: headless Debian Chromium driven by Selenium, on the demo store served by
`eventwatch serve`. The project's test set-up (`make test`, as root) installs `chromium` and `chromium-driver`;
where they are missing these tests skip and say so (the API tests run regardless)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webstore import HOSTILE, events

from eventwatch.merge import merge_new
from eventwatch.store import Store, event_id

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
# The flags this machine needs: no sandbox as root, and no background traffic to hosts it cannot reach.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not (CHROMIUM.exists() and DRIVER.exists()),
    reason="no headless Chromium at /usr/bin/chromium with /usr/bin/chromedriver: `make test` installs Debian's "
           "chromium and chromium-driver when run as root; the browser tests skip without them")]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo corpus run into a store (plus one hostile article), served by `eventwatch serve --port 0`."""
    db = tmp_path_factory.mktemp("browser") / "demo.duckdb"
    subprocess.run([sys.executable, "-m", "eventwatch", "run", str(ROOT / "examples"), "--db", str(db), "--quiet"],
                   check=True, timeout=600)
    hostile, evs = events()[0]
    # dated a day no demo event of Nairobi is on, so that the merge keeps it an event of its own (on 12 March it
    # would join the demo's Nairobi fuel protest, the same place, day and type)
    evs = [dataclasses.replace(e, event_date="2024-03-15") for e in evs]
    with Store(db) as store, store.transaction():
        store.write_batch([dataclasses.replace(hostile, events=tuple(evs))])
        merge_new(store, [hostile.id])
    proc = subprocess.Popen([sys.executable, "-m", "eventwatch", "serve", "--db", str(db), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert "serving" in line, line
        yield line.split(" on ")[1].split()[0].rstrip("/")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    try:
        yield browser
    finally:
        browser.quit()


def load(driver: Any, url: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, 30).until(lambda d: d.find_elements("css selector", "body[data-ready=true]"))


def errors(driver: Any) -> list[dict[str, Any]]:
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def by_testid(driver: Any, name: str) -> Any:
    return driver.find_element("css selector", f"[data-testid={name}]")


def test_the_page_draws_map_timeline_and_table_with_no_console_errors(driver: Any, served: str) -> None:
    load(driver, served + "/")
    the_map = by_testid(driver, "map")
    assert the_map.get_attribute("data-basemap") == "drawn"  # the country outlines shipped in the package
    assert driver.find_elements("css selector", "[data-testid=map] path.leaflet-interactive, "
                                "[data-testid=map] svg path")  # outlines are SVG paths
    assert int(the_map.get_attribute("data-drawn")) >= 50
    assert driver.find_elements("css selector", "[data-testid=map] .cluster, [data-testid=map] .ev")
    assert int(by_testid(driver, "timeline").get_attribute("data-drawn")) >= 10
    assert len(driver.find_elements("css selector", "[data-testid=timeline] rect.bar")) >= 10
    rows = driver.find_elements("css selector", "[data-testid=events-table] tbody tr[data-event-id]")
    assert len(rows) == 50  # the first page
    assert by_testid(driver, "filters").is_displayed()
    assert errors(driver) == []


def test_a_filter_narrows_every_view_and_is_bound_to_the_url(driver: Any, served: str) -> None:
    from selenium.webdriver.support.ui import Select, WebDriverWait

    load(driver, served + "/")
    before = by_testid(driver, "map").get_attribute("data-drawn")
    select = Select(driver.find_element("id", "f-country"))
    select.select_by_value("Kenya")
    apply = by_testid(driver, "filters").find_element("css selector", "button[type=submit]")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", apply)
    apply.click()
    WebDriverWait(driver, 20).until(lambda d: by_testid(d, "map").get_attribute("data-drawn") != before)
    assert "country=Kenya" in driver.current_url
    rows = driver.find_elements("css selector", "[data-testid=events-table] tbody tr[data-event-id]")
    assert rows and all(r.find_elements("css selector", "td")[4].text == "Kenya" for r in rows)
    shown = int(by_testid(driver, "map").get_attribute("data-drawn"))
    assert shown == len(rows)  # a handful of events: the map draws each one
    ids = [r.get_attribute("data-event-id") for r in rows]
    # the URL is the view: opened afresh, it shows the same filter and the same rows
    load(driver, driver.current_url)
    assert [o.get_attribute("value") for o in Select(driver.find_element("id", "f-country")).all_selected_options] == [
        "Kenya"]
    again = driver.find_elements("css selector", "[data-testid=events-table] tbody tr[data-event-id]")
    assert [r.get_attribute("data-event-id") for r in again] == ids
    assert errors(driver) == []


def test_opening_an_event_shows_its_evidence_and_reports(driver: Any, served: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    load(driver, served + "/?country=Nigeria")
    row = driver.find_element("css selector", "[data-testid=events-table] tbody tr[data-event-id]")
    wanted = row.get_attribute("data-event-id")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
    row.click()
    panel = by_testid(driver, "event-panel")
    WebDriverWait(driver, 20).until(lambda d: panel.get_attribute("data-event-id") == wanted)
    assert panel.is_displayed() and f"event={wanted}" in driver.current_url
    assert panel.find_elements("css selector", ".sentence mark.role-trigger")
    reports = panel.find_elements("css selector", ".reports .report")
    assert reports and reports[0].find_element("css selector", ".outlet").text
    # the map zooms to the event's own marker (out of its cluster), and every event marker carries its id
    WebDriverWait(driver, 20).until(
        lambda d: d.find_elements("css selector", f"[data-testid=map] .ev.selected[data-event-id='{wanted}']"))
    markers = driver.find_elements("css selector", "[data-testid=map] .ev:not(.place)")
    assert all(m.get_attribute("data-event-id") for m in markers)
    assert errors(driver) == []


def test_article_markup_shows_as_text_and_runs_nothing(driver: Any, served: str) -> None:
    hostile = event_id("d-hostile", 1)
    load(driver, f"{served}/?event={hostile}")
    panel = by_testid(driver, "event-panel")
    sentence = panel.find_element("css selector", ".sentence")
    assert sentence.get_attribute("textContent") == HOSTILE  # every character, as text
    assert panel.find_elements("css selector", "script, img, b") == []  # nothing became an element
    assert "<b>Nairobi</b> tax march" in panel.text  # the title too
    assert driver.execute_script("return window.__pwned === undefined") is True
    assert errors(driver) == []


def test_the_drops_view_lists_dropped_documents(driver: Any, served: str) -> None:
    load(driver, served + "/")
    driver.find_element("id", "view-drops").click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(lambda d: d.find_elements("css selector", "[data-testid=drops-table] tbody tr"))
    text = by_testid(driver, "drops-table").text
    assert "empty file" in text and "view=drops" in driver.current_url
    assert errors(driver) == []


def test_the_page_shows_events_ingested_by_serve_watch_without_a_reload(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "eventwatch", "serve", "--db", str(tmp_path / "live.duckdb"),
                             "--port", "0", "--watch", str(inbox), "--interval", "1"], stderr=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stderr is not None
        url = proc.stderr.readline().split(" on ")[1].split()[0]
        load(driver, url)
        assert driver.find_elements("css selector", "[data-testid=events-table] tbody tr") == []
        shutil.copy(ROOT / "examples" / "kenya-2024-03-12-nairobi-fuel-protest.txt", inbox)
        rows = "[data-testid=events-table] tbody tr[data-event-id]"
        WebDriverWait(driver, 120, poll_frequency=0.5).until(lambda d: d.find_elements("css selector", rows))
        assert "new event" in driver.find_element("id", "live").text
        assert int(by_testid(driver, "map").get_attribute("data-drawn")) >= 1
        assert errors(driver) == []
    finally:
        proc.terminate()
        proc.wait(timeout=60)
