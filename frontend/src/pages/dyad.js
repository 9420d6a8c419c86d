// Dyad explorer: two actors, Goldstein and quad-class counts over time; click a period to list
// its events.

import { getJSON, pageParams, setPageParams } from "../lib/api.js";
import { timeChart } from "../lib/charts.js";
import { clear, el, message, number, section, table } from "../lib/dom.js";
import { QUADS, dayToSeconds } from "../lib/quads.js";
import { actorPicker, eventsTable, field, select, showError } from "../lib/widgets.js";

const app = document.getElementById("app");
const params = pageParams();
const a = actorPicker({ label: "Actor A", name: "a", value: params.get("a") || "" });
const b = actorPicker({ label: "Actor B", name: "b", value: params.get("b") || "" });
const by = select("by", [["day", "Day"], ["week", "Week"], ["month", "Month"]], params.get("by") || "month");
const directed = el("input", { type: "checkbox", name: "directed", id: "directed" });
directed.checked = params.get("directed") === "true";
const results = el("div", { id: "dyad-results" });
const form = el("form", { class: "controls", id: "dyad-form" },
  a.element, b.element, field("By", by),
  el("div", { class: "field check" }, directed, el("label", { for: "directed", text: "Only A → B" })),
  el("button", { type: "submit", text: "Show" }));
form.addEventListener("submit", (event) => {
  event.preventDefault();
  show();
});
clear(app);
app.append(form, results);

async function show() {
  clear(results);
  const first = a.input.value.trim().toUpperCase();
  const second = b.input.value.trim().toUpperCase();
  if (!first || !second) {
    results.append(message("Choose two actors (type a code or a name, then pick a suggestion)."));
    return;
  }
  const query = { a: first, b: second, by: by.value, directed: directed.checked ? "true" : "" };
  setPageParams(query);
  let data;
  try {
    data = await getJSON("/v1/dyad", query);
  } catch (error) {
    showError(results, error);
    return;
  }
  if (!data.bins.length) {
    results.append(message(`No events between ${first} and ${second}.`));
    return;
  }
  const events = el("div", { id: "period-events" });
  const pick = (index) => periodEvents(events, data, index);
  const x = data.bins.map((bin) => dayToSeconds(bin.start));
  const charts = section(`${data.a} ${data.directed ? "→" : "–"} ${data.b} by ${data.by}`);
  results.append(charts);
  timeChart(charts, {
    title: "Goldstein (mean per event)", x, height: 200, onPick: pick, yLabel: "Goldstein",
    series: [{ label: "Mean Goldstein", color: "#555", values: data.bins.map((bin) => bin.goldstein_mean) }],
  });
  timeChart(charts, {
    title: "Events by quad class", x, onPick: pick, yLabel: "events",
    series: QUADS.map((q) => ({ label: q.label, color: q.color, values: data.bins.map((bin) => bin.events[q.key]) })),
  });
  charts.append(el("p", { class: "muted", text: "Click a point (or a period below) to list its events." }));
  results.append(events, section("Periods", periodsTable(data, pick)));
}

function periodsTable(data, pick) {
  const rows = data.bins.filter((bin) => bin.events.total > 0).map((bin) => {
    const index = data.bins.indexOf(bin);
    return el("tr", {},
      el("td", {}, el("button", { type: "button", class: "link period-button", dataset: { period: bin.period }, text: bin.period, onclick: () => pick(index) })),
      ...QUADS.map((q) => el("td", { class: "num", text: number(bin.events[q.key]) })),
      el("td", { class: "num", text: number(bin.events.total) }),
      el("td", { class: "num", text: number(bin.goldstein_mean, 2) }));
  });
  return table(["Period", ...QUADS.map((q) => q.short), "Events", "Mean Goldstein"], rows, { class: "periods" });
}

async function periodEvents(container, data, index) {
  const bin = data.bins[index];
  clear(container);
  const panel = section(`Events in ${bin.period} (${bin.start} to ${bin.end})`);
  container.append(panel);
  try {
    const page = await getJSON("/v1/events", {
      dyad: `${data.a},${data.b}`, directed: data.directed ? "true" : "", since: bin.start, until: bin.end, limit: 100,
    });
    panel.append(eventsTable(page.events));
    if (page.next_cursor) {
      const more = new URLSearchParams({ dyad: `${data.a},${data.b}`, since: bin.start, until: bin.end });
      panel.append(el("p", {}, el("a", { href: `/events?${more}`, text: "More in the events table" })));
    }
  } catch (error) {
    showError(panel, error);
  }
  container.scrollIntoView({ behavior: "smooth", block: "start" });
}

if (a.input.value && b.input.value) show();
