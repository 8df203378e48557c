/* eventwatch dashboard: map, timeline, filters bound to the URL, a paged table, the event panel and drops.
 *
 * Article text is untrusted: every piece of it reaches the page through textContent or a text node, never
 * innerHTML, and the server's Content-Security-Policy allows no inline script. The filters live in the URL's query
 * string (the same names as the API's parameters), so a view can be shared as a link. */
"use strict";

(function () {
  const TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments"];
  const FILTER_KEYS = ["country", "admin1", "event_type", "sub_event_type", "actor", "since", "until",
    "source_kind", "partisan_only", "min_sources", "include_background", "bbox"];
  const PAGE = 50;
  const POLL_MS = 5000;
  const ROLES = ["trigger", "actor1", "actor2", "place", "date"];

  const $ = (id) => document.getElementById(id);
  const state = { facets: null, total: null, status: null, map: null, cluster: null, drawing: 0 };

  function typeClass(type) {
    const i = TYPES.indexOf(type);
    return "t" + (i < 0 ? 6 : i);
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v; else node.setAttribute(k, String(v));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function showMessage(text) {
    const box = $("message");
    box.textContent = text || "";
    box.hidden = !text;
  }

  async function getJSON(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || ("HTTP " + response.status));
    return body;
  }

  // -- the URL is the state --------------------------------------------------------------------------------
  function params() {
    return new URLSearchParams(window.location.search);
  }

  function filterQuery(extra) {
    const source = params();
    const out = new URLSearchParams();
    for (const key of FILTER_KEYS) for (const value of source.getAll(key)) if (value !== "") out.append(key, value);
    for (const [k, v] of Object.entries(extra || {})) out.set(k, String(v));
    return out;
  }

  function setURL(update, push) {
    const next = params();
    for (const [key, value] of Object.entries(update)) {
      next.delete(key);
      for (const v of [].concat(value)) if (v !== null && v !== undefined && v !== "") next.append(key, v);
    }
    const url = window.location.pathname + (next.toString() ? "?" + next.toString() : "");
    if (push) window.history.pushState(null, "", url); else window.history.replaceState(null, "", url);
  }

  // -- filters ---------------------------------------------------------------------------------------------
  function fillFilters() {
    const f = state.facets;
    const country = $("f-country");
    clear(country);
    for (const c of f.country) country.appendChild(el("option", { value: c.value }, `${c.value} (${c.n})`));
    const admin1 = $("admin1-list");
    clear(admin1);
    for (const a of f.admin1) admin1.appendChild(el("option", { value: a.value }));
    const types = $("f-types");
    for (const node of Array.from(types.querySelectorAll("label"))) node.remove();
    const known = new Set(f.event_type.map((t) => t.value));
    for (const t of TYPES.filter((x) => known.has(x)).concat(Array.from(known).filter((x) => !TYPES.includes(x)))) {
      const n = f.event_type.find((x) => x.value === t).n;
      types.appendChild(el("label", { class: "check" }, el("input", { type: "checkbox", name: "event_type", value: t }),
        el("span", { class: "swatch " + typeClass(t) }), ` ${t} (${n})`));
    }
    const sub = $("f-sub");
    clear(sub);
    sub.appendChild(el("option", { value: "" }, "any"));
    for (const s of f.sub_event_type) sub.appendChild(el("option", { value: s.value }, `${s.value} (${s.n})`));
    const kind = $("f-kind");
    clear(kind);
    kind.appendChild(el("option", { value: "" }, "any"));
    for (const k of f.source_kind) kind.appendChild(el("option", { value: k.value }, `${k.value} (${k.n})`));
  }

  function readFiltersIntoForm() {
    const p = params();
    const form = $("filters");
    for (const option of $("f-country").options) option.selected = p.getAll("country").includes(option.value);
    for (const box of form.querySelectorAll("input[name=event_type]")) box.checked = p.getAll("event_type").includes(box.value);
    for (const [id, key] of [["f-admin1", "admin1"], ["f-sub", "sub_event_type"], ["f-actor", "actor"],
      ["f-since", "since"], ["f-until", "until"], ["f-kind", "source_kind"], ["f-partisan", "partisan_only"],
      ["f-min-sources", "min_sources"]]) {
      $(id).value = p.get(key) || "";
    }
    $("f-background").checked = p.get("include_background") === "true";
    $("f-bbox").checked = p.has("bbox");
  }

  function formFilters() {
    const form = $("filters");
    const update = {};
    update.country = Array.from($("f-country").selectedOptions).map((o) => o.value);
    update.event_type = Array.from(form.querySelectorAll("input[name=event_type]:checked")).map((b) => b.value);
    for (const [id, key] of [["f-admin1", "admin1"], ["f-sub", "sub_event_type"], ["f-actor", "actor"],
      ["f-since", "since"], ["f-until", "until"], ["f-kind", "source_kind"], ["f-partisan", "partisan_only"],
      ["f-min-sources", "min_sources"]]) {
      update[key] = $(id).value.trim();
    }
    update.include_background = $("f-background").checked ? "true" : "";
    update.bbox = $("f-bbox").checked ? mapBBox() : "";
    update.offset = "";
    return update;
  }

  function mapBBox() {
    const b = state.map.getBounds();
    const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
    const west = b.getWest(), east = b.getEast();
    const wide = east - west >= 360;
    return [wide ? -180 : clamp(L.Util.wrapNum(west, [-180, 180], true), -180, 180), clamp(b.getSouth(), -90, 90),
      wide ? 180 : clamp(L.Util.wrapNum(east, [-180, 180], true), -180, 180), clamp(b.getNorth(), -90, 90)]
      .map((x) => x.toFixed(4)).join(",");
  }

  // -- map -------------------------------------------------------------------------------------------------
  async function initMap() {
    const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 11, zoomSnap: 0.5 }).setView([15, 20], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Country outlines: Natural Earth via world-atlas; map: Leaflet");
    state.map = map;
    state.cluster = L.markerClusterGroup({ maxClusterRadius: 45, chunkedLoading: true, showCoverageOnHover: false,
      iconCreateFunction: clusterIcon });
    map.addLayer(state.cluster);
    map.on("moveend", () => {
      if ($("f-bbox").checked) { setURL({ bbox: mapBBox(), offset: "" }); refreshData(); }
    });
    try {
      const response = await fetch("/static/vendor/world-atlas/countries-50m.json");
      const topo = await response.json();
      const land = topojson.feature(topo, topo.objects.countries);
      for (const f of land.features) unwrapGeometry(f.geometry);
      L.geoJSON(land, { interactive: false, style: { color: "#8a8f98", weight: 0.6, fillColor: "#eef0ea", fillOpacity: 1 } })
        .addTo(map).bringToBack();
      $("map").setAttribute("data-basemap", "drawn");
    } catch (err) {
      showMessage("The basemap could not be loaded: " + err.message);
    }
  }

  function unwrapGeometry(geometry) {
    /* Rings that cross the antimeridian (Fiji, Chukotka) jump from 180 to -180; drawn as they are, they would
     * streak across the world. Continue them past 180 instead. */
    if (!geometry) return;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const d = ring[i][0] - ring[i - 1][0];
          if (d > 180) ring[i][0] -= 360; else if (d < -180) ring[i][0] += 360;
        }
      }
    }
  }

  function clusterIcon(cluster) {
    const counts = {};
    let n = 0;
    for (const m of cluster.getAllChildMarkers()) {
      counts[m.options.etype] = (counts[m.options.etype] || 0) + m.options.count;
      n += m.options.count;
    }
    const top = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
    const size = Math.round(26 + Math.min(26, 6 * Math.log10(n + 1) * 2));
    const inner = el("span", {}, String(n));
    return L.divIcon({ html: inner, className: "cluster " + typeClass(top), iconSize: [size, size] });
  }

  function radius(fatalities) {
    return Math.round(10 + Math.min(30, 4 * Math.sqrt(fatalities || 0)));
  }

  function eventMarker(p) {
    const size = radius(p.fatalities);
    const icon = L.divIcon({ className: "ev " + typeClass(p.event_type), iconSize: [size, size] });
    const marker = L.marker([p.latitude, p.longitude], { icon, etype: p.event_type, count: 1,
      title: `${p.event_date || ""} ${p.event_type} — ${p.location || ""}` });
    marker.on("add", () => {
      const node = marker.getElement();
      if (node) node.setAttribute("data-event-id", p.event_id);
    });
    marker.on("click", () => openEvent(p.event_id, true));
    return marker;
  }

  function placeMarker(p) {
    const size = radius(p.fatalities / Math.max(1, p.n)) + Math.min(20, Math.round(4 * Math.log10(p.n + 1)));
    const icon = L.divIcon({ className: "ev place " + typeClass(p.event_type), iconSize: [size, size],
      html: el("span", {}, String(p.n)) });
    const marker = L.marker([p.latitude, p.longitude], { icon, etype: p.event_type, count: p.n });
    marker.on("add", () => {  // a place with one event is that event: it carries the event's id
      const node = marker.getElement();
      if (node && p.event_id) node.setAttribute("data-event-id", p.event_id);
    });
    marker.on("click", async () => {
      /* The place's own events under the current filters: a box a few metres wide around its coordinates. */
      const d = 0.00005;
      const box = [p.longitude - d, p.latitude - d, p.longitude + d, p.latitude + d].map((x) => x.toFixed(5)).join(",");
      const list = el("ul", { class: "place-events" });
      const content = el("div", {}, el("strong", {}, p.location || "?"), ` — ${p.n} events, ${p.fatalities} fatalities`, list);
      const popup = L.popup().setLatLng(marker.getLatLng()).setContent(content).openOn(state.map);
      try {
        const body = await getJSON("/api/events?" + filterQuery({ bbox: box, limit: 20, sort: "-date" }).toString());
        for (const e of body.events) {
          const button = el("button", { type: "button", "data-event-id": e.event_id }, `${e.event_date || "undated"} ${e.event_type}`);
          button.addEventListener("click", () => openEvent(e.event_id, true));
          list.appendChild(el("li", {}, button));
        }
        if (body.total > body.events.length) list.appendChild(el("li", {}, `… and ${body.total - body.events.length} more`));
        popup.update();
      } catch (err) {
        list.appendChild(el("li", {}, err.message));
      }
    });
    return marker;
  }

  async function drawMap(query) {
    const body = await getJSON("/api/map?" + query);
    state.cluster.clearLayers();
    const markers = body.points ? body.points.map(eventMarker) : body.places.map(placeMarker);
    state.markers = new Map(body.points ? body.points.map((p, i) => [p.event_id, markers[i]]) : []);
    state.cluster.addLayers(markers);
    $("map").setAttribute("data-drawn", String(markers.length));
    $("map").setAttribute("data-mode", body.points ? "events" : "places");
  }

  // -- timeline --------------------------------------------------------------------------------------------
  function addDays(day, n) {
    const d = new Date(day + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  async function drawTimeline(query) {
    const body = await getJSON(`/api/timeline?${query}&interval=auto`);
    const interval = body.interval;
    $("interval").textContent = interval;
    const box = $("timeline");
    clear(box);
    const periods = Array.from(new Set(body.series.map((s) => s.period))).sort();
    const width = Math.max(300, box.clientWidth || 800), height = 140, pad = 24;
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
      "aria-label": `events per ${interval} by type` });
    box.appendChild(chart);
    if (!periods.length) {
      const t = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" });
      t.textContent = "no dated events";
      chart.appendChild(t);
      box.setAttribute("data-drawn", "0");
      return;
    }
    const step = interval === "week" ? 7 : 1;
    const first = periods[0], last = periods[periods.length - 1];
    const slots = Math.round((Date.parse(last) - Date.parse(first)) / 864e5 / step) + 1;
    const totals = {};
    for (const s of body.series) totals[s.period] = (totals[s.period] || 0) + s.n;
    const max = Math.max(...Object.values(totals));
    const bw = (width - pad) / slots;
    const stacked = {};
    let bars = 0;
    for (const type of TYPES.concat(["other"])) {
      for (const s of body.series.filter((x) => (TYPES.includes(x.event_type) ? x.event_type : "other") === type)) {
        const i = Math.round((Date.parse(s.period) - Date.parse(first)) / 864e5 / step);
        const below = stacked[s.period] || 0;
        const h = (s.n / max) * (height - pad - 6);
        const rect = svg("rect", { x: pad + i * bw, y: height - pad - below - h, width: Math.max(1, bw - 1), height: h,
          class: "bar " + typeClass(s.event_type), "data-period": s.period });
        const title = svg("title", {});
        title.textContent = `${s.period}: ${s.n} ${s.event_type} (${s.fatalities} fatalities)`;
        rect.appendChild(title);
        rect.addEventListener("click", () => {
          setURL({ since: s.period, until: addDays(s.period, step - 1), offset: "" }, true);
          readFiltersIntoForm();
          refreshData();
        });
        chart.appendChild(rect);
        stacked[s.period] = below + h;
        bars++;
      }
    }
    for (const [x, label, anchor] of [[pad, first, "start"], [width, last, "end"]]) {
      const t = svg("text", { x, y: height - 6, "text-anchor": anchor, class: "axis" });
      t.textContent = label;
      chart.appendChild(t);
    }
    const top = svg("text", { x: 2, y: 12, class: "axis" });
    top.textContent = String(max);
    chart.appendChild(top);
    box.setAttribute("data-drawn", String(bars));
  }

  function drawLegend() {
    const legend = $("legend");
    clear(legend);
    for (const t of TYPES) legend.appendChild(el("span", { class: "key" }, el("span", { class: "swatch " + typeClass(t) }), " " + t));
  }

  // -- table -----------------------------------------------------------------------------------------------
  async function drawTable(query) {
    const p = params();
    const offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
    const sort = p.get("sort") || "-date";
    const body = await getJSON(`/api/events?${query}&sort=${encodeURIComponent(sort)}&limit=${PAGE}&offset=${offset}`);
    const tbody = $("events").tBodies[0];
    clear(tbody);
    for (const e of body.events) {
      const actors = [e.actor1, e.actor2].filter(Boolean).join(" vs ");
      const row = el("tr", { "data-event-id": e.event_id, tabindex: "0" },
        el("td", {}, e.event_date || "undated"),
        el("td", {}, el("span", { class: "swatch " + typeClass(e.event_type) }), ` ${e.event_type}`,
          el("br"), el("small", {}, e.sub_event_type || "")),
        el("td", {}, actors),
        el("td", {}, [e.location, e.admin1].filter(Boolean).join(", ")),
        el("td", {}, e.country || ""),
        el("td", { class: "num" }, String(e.fatalities ?? "")),
        el("td", { class: "num" }, String(e.n_sources ?? 1)));
      row.addEventListener("click", () => openEvent(e.event_id, false));
      row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") openEvent(e.event_id, false); });
      tbody.appendChild(row);
    }
    for (const th of $("events").querySelectorAll("th[data-sort]")) {
      const key = th.getAttribute("data-sort");
      th.classList.toggle("sorted", sort.replace("-", "") === key);
      th.classList.toggle("desc", sort === "-" + key);
    }
    const end = Math.min(body.total, offset + body.events.length);
    $("page").textContent = body.total ? `${offset + 1}–${end} of ${body.total} events` : "no events match";
    $("prev").disabled = offset === 0;
    $("next").disabled = end >= body.total;
    state.total = body.total;
    return body.total;
  }

  function page(delta) {
    const offset = Math.max(0, (parseInt(params().get("offset") || "0", 10) || 0) + delta * PAGE);
    setURL({ offset: offset || "" }, true);
    drawTable(filterQuery().toString()).catch((err) => showMessage(err.message));
  }

  function sortBy(key) {
    const current = params().get("sort") || "-date";
    setURL({ sort: current === "-" + key ? key : "-" + key, offset: "" }, true);
    drawTable(filterQuery().toString()).catch((err) => showMessage(err.message));
  }

  // -- event panel -----------------------------------------------------------------------------------------
  function highlighted(spans) {
    /* The sentence as text nodes, with the trigger, actors, place and date wrapped in <mark> elements. */
    const sentence = spans.find((s) => s.role === "sentence");
    const out = el("p", { class: "sentence" });
    if (!sentence) return out;
    const text = sentence.text;
    const marks = spans.filter((s) => ROLES.includes(s.role))
      .map((s) => ({ role: s.role, start: s.start - sentence.start, end: s.end - sentence.start }))
      .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue;  // overlapping spans: the first one wins
      out.appendChild(document.createTextNode(text.slice(at, m.start)));
      out.appendChild(el("mark", { class: "role-" + m.role, title: m.role }, text.slice(m.start, m.end)));
      at = m.end;
    }
    out.appendChild(document.createTextNode(text.slice(at)));
    return out;
  }

  function field(label, value) {
    if (value === null || value === undefined || value === "") return null;
    return el("div", { class: "field" }, el("dt", {}, label), el("dd", {}, String(value)));
  }

  function safeLink(url, text) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "http:" || parsed.protocol === "https:") {
        return el("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank" }, text || parsed.href);
      }
    } catch (err) { /* not a URL: shown as text below */ }
    return document.createTextNode(text || url || "");
  }

  function reportSays(r) {
    /* What this report itself says (after merge each report keeps its own day, place and toll) and why it was
     * joined to the event; nothing for a store whose reports carry none of it. */
    const parts = [];
    if (r.event_date) parts.push(`says ${String(r.event_date).slice(0, 10)}`);
    if (r.location) parts.push(`at ${r.location}${r.admin1 ? ", " + r.admin1 : ""}`);
    if (r.fatalities !== undefined && r.fatalities !== null) parts.push(`${r.fatalities} killed`);
    if (r.independent === false) parts.push("not independent (a copy or the same outlet again)");
    if (r.joined_by) parts.push(`joined by ${r.joined_by}`);
    return parts.length ? el("div", { class: "says" }, parts.join(" · ")) : null;
  }

  async function openEvent(id, fromMap) {
    setURL({ event: id }, true);
    let e;
    try {
      e = await getJSON("/api/events/" + encodeURIComponent(id));
    } catch (err) {
      showMessage(err.message);
      return;
    }
    const panel = $("panel"), body = $("panel-body");
    clear(body);
    panel.hidden = false;
    panel.setAttribute("data-event-id", e.event_id);
    const precision = { 1: "day", 2: "week", 3: "month" }[e.time_precision] || "";
    body.appendChild(el("h2", {}, el("span", { class: "swatch " + typeClass(e.event_type) }), ` ${e.event_type}`));
    body.appendChild(el("p", { class: "sub" }, e.sub_event_type || ""));
    body.appendChild(highlighted(e.evidence));
    body.appendChild(el("p", { class: "keys" }, ...ROLES.map((r) => el("mark", { class: "role-" + r }, r))));
    const dl = el("dl", {},
      field("Date", e.event_date ? `${e.event_date}${precision ? " (" + precision + ")" : ""}` : "undated"),
      field("Place", [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(", ")),
      field("Coordinates", e.latitude != null ? `${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)}` + (e.geo_precision ? ` (precision ${e.geo_precision})` : "") : null),
      field("Actor 1", [e.actor1, e.assoc_actor_1].filter(Boolean).join("; ")),
      field("Actor 2", [e.actor2, e.assoc_actor_2].filter(Boolean).join("; ")),
      field("Interaction", e.interaction), field("Fatalities", e.fatalities), field("Crowd size", e.size),
      field("Claimed by", e.claimed_by), field("Reports / sources", e.n_reports != null ? `${e.n_reports} / ${e.n_sources}` : null),
      field("Source kinds", e.source_kinds || e.source_kind), field("Partisan sources only", e.partisan_only == null ? null : (e.partisan_only ? "yes" : "no")),
      field("Background", e.background ? "yes: long before its report" : null),
      field("Confidence", e.confidence != null ? Number(e.confidence).toFixed(2) : null), field("Notes", e.notes),
      field("Event id", e.event_id));
    body.appendChild(dl);
    body.appendChild(el("h3", {}, `Reports (${e.reports.length})`));
    const list = el("ol", { class: "reports" });
    for (const r of e.reports) {
      const item = el("li", { class: "report", "data-doc-id": r.doc_id },
        el("div", { class: "outlet" }, el("strong", {}, r.outlet || "unknown outlet"),
          r.kind ? el("span", { class: "kind" }, r.kind) : null,
          r.reported_by ? ` via ${r.reported_by}` : null, r.published ? ` · ${r.published}` : null),
        r.claimed_by ? el("div", { class: "claim" }, `Claimed by: ${r.claimed_by}`) : el("div", { class: "claim" }, "No claim of responsibility"),
        r.title ? el("div", { class: "title" }, r.title) : null,
        reportSays(r),
        r.url ? el("div", { class: "url" }, safeLink(r.url)) : null);
      const own = JSON.stringify(r.evidence) === JSON.stringify(e.evidence);  // the event's sentence is shown above
      if (Array.isArray(r.evidence) && r.evidence.length && !own) item.appendChild(highlighted(r.evidence));
      list.appendChild(item);
    }
    body.appendChild(list);
    markSelected(e.event_id);
    if (e.latitude == null || !state.map || fromMap) return;
    const marker = state.markers && state.markers.get(e.event_id);
    if (marker) state.cluster.zoomToShowLayer(marker, () => markSelected(e.event_id));
    else state.map.setView([e.latitude, e.longitude], Math.max(state.map.getZoom(), 6));
  }

  function markSelected(id) {
    for (const node of document.querySelectorAll(".selected")) node.classList.remove("selected");
    for (const node of document.querySelectorAll(`[data-event-id="${CSS.escape(id)}"]`)) {
      if (node !== $("panel")) node.classList.add("selected");
    }
  }

  function closePanel() {
    $("panel").hidden = true;
    setURL({ event: "" }, true);
  }

  // -- drops -----------------------------------------------------------------------------------------------
  async function drawDrops() {
    const offset = Math.max(0, parseInt(params().get("drops_offset") || "0", 10) || 0);
    const body = await getJSON(`/api/drops?limit=${PAGE}&offset=${offset}`);
    const tbody = $("drops").tBodies[0];
    clear(tbody);
    for (const d of body.drops) {
      tbody.appendChild(el("tr", {}, el("td", {}, d.origin || d.doc_id || ""), el("td", {}, d.stage),
        el("td", {}, d.reason), el("td", {}, d.duplicate_of || ""), el("td", {}, String(d.stored_at || ""))));
    }
    $("drops-stages").textContent = body.by_stage.map((s) => `${s.stage}: ${s.n}`).join(" · ");
    const end = Math.min(body.total, offset + body.drops.length);
    $("drops-page").textContent = body.total ? `${offset + 1}–${end} of ${body.total}` : "nothing dropped";
    $("drops-prev").disabled = offset === 0;
    $("drops-next").disabled = end >= body.total;
  }

  function showView(which, push) {
    const drops = which === "drops";
    $("events-view").hidden = drops;
    $("drops-view").hidden = !drops;
    $("view-events").classList.toggle("active", !drops);
    $("view-drops").classList.toggle("active", drops);
    if (push !== undefined) setURL({ view: drops ? "drops" : "" }, push);
    if (drops) drawDrops().catch((err) => showMessage(err.message));
    else if (state.map) state.map.invalidateSize();
  }

  // -- everything together ---------------------------------------------------------------------------------
  async function refreshData() {
    const ticket = ++state.drawing;
    const query = filterQuery().toString();
    $("dl-csv").href = "/api/events.csv?" + query;
    $("dl-geojson").href = "/api/events.geojson?" + query;
    try {
      await Promise.all([drawTable(query), drawMap(query), drawTimeline(query)]);
      if (ticket === state.drawing) showMessage("");
    } catch (err) {
      showMessage(err.message);
    }
  }

  async function pollStatus() {
    try {
      const s = await getJSON("/api/status");
      $("counts").textContent = `${s.documents} documents · ${s.events} events stored`;
      $("drops-count").textContent = `(${s.drops})`;
      if (s.watch) {
        const live = $("live");
        live.hidden = false;
        live.textContent = `Live: watching ${s.watch.paths.join(", ")}` + (s.watch.running ? " — reading…" : "") +
          (s.watch.error ? ` — last error: ${s.watch.error}` : "");
      }
      if (state.status && (s.events !== state.status.events || s.drops !== state.status.drops)) {
        const added = s.events - state.status.events;
        state.facets = await getJSON("/api/facets");
        fillFilters();
        readFiltersIntoForm();
        await refreshData();
        if (!$("drops-view").hidden) await drawDrops();
        const note = $("live");
        note.hidden = false;
        note.textContent = `${added} new event${added === 1 ? "" : "s"} stored at ${new Date().toLocaleTimeString()}` +
          (s.watch ? ` — watching ${s.watch.paths.join(", ")}` : "");
        note.classList.add("fresh");
        window.setTimeout(() => note.classList.remove("fresh"), 4000);
      }
      state.status = s;
    } catch (err) {
      showMessage("The server does not answer: " + err.message);
    }
  }

  function bind() {
    $("filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      setURL(formFilters(), true);
      refreshData();
    });
    $("reset").addEventListener("click", () => {
      const clearAll = {};
      for (const k of FILTER_KEYS.concat(["offset", "event"])) clearAll[k] = "";
      setURL(clearAll, true);
      readFiltersIntoForm();
      refreshData();
    });
    $("prev").addEventListener("click", () => page(-1));
    $("next").addEventListener("click", () => page(1));
    for (const th of $("events").querySelectorAll("th[data-sort]")) th.addEventListener("click", () => sortBy(th.getAttribute("data-sort")));
    $("close-panel").addEventListener("click", closePanel);
    document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && !$("panel").hidden) closePanel(); });
    $("view-events").addEventListener("click", () => showView("events", true));
    $("view-drops").addEventListener("click", () => showView("drops", true));
    const dropsPage = (delta) => {
      const offset = Math.max(0, (parseInt(params().get("drops_offset") || "0", 10) || 0) + delta * PAGE);
      setURL({ drops_offset: offset || "" }, true);
      drawDrops().catch((err) => showMessage(err.message));
    };
    $("drops-prev").addEventListener("click", () => dropsPage(-1));
    $("drops-next").addEventListener("click", () => dropsPage(1));
    window.addEventListener("popstate", () => {
      readFiltersIntoForm();
      showView(params().get("view") === "drops" ? "drops" : "events");
      refreshData();
      const id = params().get("event");
      if (id) openEvent(id, true); else $("panel").hidden = true;
    });
  }

  async function start() {
    drawLegend();
    bind();
    await initMap();
    try {
      state.facets = await getJSON("/api/facets");
    } catch (err) {
      showMessage(err.message);
      return;
    }
    fillFilters();
    readFiltersIntoForm();
    showView(params().get("view") === "drops" ? "drops" : "events");
    await pollStatus();
    await refreshData();
    const id = params().get("event");
    if (id) await openEvent(id, false);
    document.body.setAttribute("data-ready", "true");
    window.setInterval(pollStatus, POLL_MS);
  }

  document.addEventListener("DOMContentLoaded", start);
})();
